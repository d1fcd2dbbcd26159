// Random load/store sequence 3 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x9bb17ece94f4d7cc
        ldr     x1, =0xb1bd29ad5635a732
        ldr     x2, =0xd828701b2e20127f
        ldr     x3, =0x21ef1e39d10785ef
        ldr     x4, =0xffffffffffffffff
        ldr     x5, =0x3dfcae3a9a777865
        ldr     x6, =0x21b3dc29bac665fa
        ldr     x7, =0x893b7c65c9e314c4
        ldr     x8, =0xaa9838b6cb8c7816
        ldr     x9, =0x5acf7128f062de09
        ldr     x10, =0x014f2d44c432a86f
        ldr     x11, =0xbb6defe55e53f205
        ldr     x12, =0x3063ac84bfe91a6c
        ldr     x13, =0x0
        ldr     x14, =0x0
        ldr     x15, =0x0e0d213c1b91a4ff
        add x20, x28, #128
        str     x0, [x20, #-128]
        str     x1, [x20, #-120]
        str     x2, [x20, #-112]
        str     x3, [x20, #-104]
        str     x4, [x20, #-96]
        str     x5, [x20, #-88]
        str     x6, [x20, #-80]
        str     x7, [x20, #-72]
        str     x8, [x20, #-64]
        str     x9, [x20, #-56]
        str     x10, [x20, #-48]
        str     x11, [x20, #-40]
        str     x12, [x20, #-32]
        str     x13, [x20, #-24]
        str     x14, [x20, #-16]
        str     x15, [x20, #-8]
        str     x0, [x20, #0]
        str     x1, [x20, #8]
        str     x2, [x20, #16]
        str     x3, [x20, #24]
        str     x4, [x20, #32]
        str     x5, [x20, #40]
        str     x6, [x20, #48]
        str     x7, [x20, #56]
        str     x8, [x20, #64]
        str     x9, [x20, #72]
        str     x10, [x20, #80]
        str     x11, [x20, #88]
        str     x12, [x20, #96]
        str     x13, [x20, #104]
        str     x14, [x20, #112]
        str     x15, [x20, #120]
        ldur w3, [x20, #97]
        ldxr x7, [x20]
        stxr w16, x14, [x20]
        mov x17, x16
        add x20, x28, #128
        ldp x12, x15, [x20], #-16
        mov x19, x20
        ldseta x12, x5, [x20]
        ldur w9, [x20, #120]
        add x20, x28, #128
        ldr x10, [x20, #9]!
        mov x19, x20
        ldaddb w13, w11, [x20]
        ldursh w10, [x20, #5]
        ldp x12, x6, [x20, #-32]
        add x20, x28, #128
        str w7, [x20, #-6]!
        mov x19, x20
        add x20, x28, #128
        ldp x14, x0, [x20], #8
        mov x19, x20
        str w8, [x20, #52]
        stnp w10, w15, [x20, #-28]
        mov x16, #5
        ldr x12, [x20, x16, lsl #3]
        mov x17, #16
        strb w8, [x20, w17, sxtw]
        ldursh w9, [x20, #86]
        str x7, [x20, #104]
        add x20, x28, #128
        stp x9, x10, [x20], #24
        mov x19, x20
        ldxr x10, [x20]
        stxr w16, x13, [x20]
        mov x17, x16
        add x20, x28, #128
        ldr x4, [x20, #5]!
        mov x19, x20
        str x6, [x20, #32]
        swpalb w1, w2, [x20]
        stp x2, x8, [x20, #48]
        ldxr x0, [x20]
        stxr w16, x12, [x20]
        mov x17, x16
        stur x6, [x20, #40]
        ldxr x5, [x20]
        stxr w16, x12, [x20]
        mov x17, x16
        add x20, x28, #128
        ldrsh w12, [x20], #-16
        mov x18, x20
        add x20, x28, #128
        str w15, [x20], #-27
        mov x18, x20
        stur w15, [x20, #-76]
        sturb w6, [x20, #-108]
        strh w15, [x20, #8]
        add x20, x28, #128
        ldapr x1, [x20]
        ldur x9, [x20, #84]
        mov x16, #2
        ldr x0, [x20, x16, lsl #3]
        add x20, x28, #128
        ldr w9, [x20], #17
        mov x18, x20
        add x20, x28, #128
        stp x13, x12, [x20, #0]!
        mov x19, x20
        ldrsh w12, [x20, #14]
        cas w0, w7, [x20]
        ldpsw x15, x14, [x20, #-16]
        stp x3, x9, [x20, #-24]
        ldumina w10, w1, [x20]
        casa x7, x5, [x20]
        ldxr x15, [x20]
        stxr w16, x3, [x20]
        mov x17, x16
        ldeora x1, x3, [x20]
        add x20, x28, #128
        ldp x1, x11, [x20], #16
        mov x19, x20
        ldpsw x6, x3, [x20, #-12]
        ldrh w4, [x20, #26]
        add x20, x28, #128
        stp x11, x0, [x20], #-16
        mov x19, x20
        add x20, x28, #128
        stp x9, x13, [x20], #-32
        mov x19, x20
        ldpsw x6, x11, [x20, #-28]
        mov x16, #4
        ldr x7, [x20, x16, lsl #3]
        ldr x12, [x20, #104]
        add x20, x28, #128
        strb w2, [x20], #19
        mov x18, x20
        add x20, x28, #128
        ldapr w2, [x20]
        ldur w5, [x20, #2]
        ldnp w4, w7, [x20, #16]
        ldxr x6, [x20]
        stxr w16, x1, [x20]
        mov x17, x16
        casal x14, x6, [x20]
        add x20, x28, #128
        ldrb w11, [x20], #-24
        mov x18, x20
        sturb w0, [x20, #7]
        add x20, x28, #128
        ldrsh w12, [x20], #-16
        mov x18, x20
        ldursh w11, [x20, #98]
        mov x17, #18
        ldrb w5, [x20, w17, sxtw]
        ldumax w11, w11, [x20]
        add x20, x28, #128
        stlr w12, [x20]
        add x20, x28, #128
        ldapr w9, [x20]
        add x20, x28, #128
        stlr x14, [x20]
        add x20, x28, #128
        ldp x9, x15, [x20], #16
        mov x19, x20
        mov x16, #3
        str x0, [x20, x16, lsl #3]
        add x20, x28, #128
        stlr x10, [x20]
        casa w6, w5, [x20]
        ldpsw x11, x10, [x20, #-12]
        str w10, [x20, #44]
        mov x16, #14
        ldr x6, [x20, x16, lsl #3]
        ldrsb x12, [x20, #12]
        ldur x11, [x20, #-32]
        ldr w8, [x20, #4]
        ldsminl w3, w6, [x20]
        ldur x2, [x20, #54]
        add x20, x28, #128
        ldar w13, [x20]
        b       1f
        .ltorg
1:
