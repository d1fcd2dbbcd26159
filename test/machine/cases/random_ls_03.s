// Random load/store sequence 3 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x1
        ldr     x1, =0xf7d7e36c1342943f
        ldr     x2, =0x0
        ldr     x3, =0x7fffffffffffffff
        ldr     x4, =0xb1bd29ad5635a732
        ldr     x5, =0xd828701b2e20127f
        ldr     x6, =0x21ef1e39d10785ef
        ldr     x7, =0xffffffffffffffff
        ldr     x8, =0x3dfcae3a9a777865
        ldr     x9, =0x21b3dc29bac665fa
        ldr     x10, =0x893b7c65c9e314c4
        ldr     x11, =0xaa9838b6cb8c7816
        ldr     x12, =0x5acf7128f062de09
        ldr     x13, =0x014f2d44c432a86f
        ldr     x14, =0xbb6defe55e53f205
        ldr     x15, =0x3063ac84bfe91a6c
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
        ldpsw x13, x12, [x20, #-16]
        add x20, x28, #128
        ldr w9, [x20], #25
        mov x18, x20
        strb w11, [x20, #8]
        add x20, x28, #128
        ldp x1, x15, [x20, #-16]!
        mov x19, x20
        add x20, x28, #128
        ldr x1, [x20, #-20]!
        mov x19, x20
        ldpsw x14, x11, [x20, #16]
        ldxr x10, [x20]
        stxr w16, x10, [x20]
        mov x17, x16
        stp x15, x1, [x20, #32]
        mov x16, #3
        ldr x14, [x20, x16, lsl #3]
        add x20, x28, #128
        strb w12, [x20], #17
        mov x18, x20
        stur x4, [x20, #-127]
        add x20, x28, #128
        ldar x3, [x20]
        ldur x8, [x20, #-19]
        add x20, x28, #128
        ldar w4, [x20]
        add x20, x28, #128
        ldr w7, [x20], #-6
        mov x18, x20
        stp w0, w12, [x20, #-28]
        casa w8, w4, [x20]
        mov x16, #14
        str x1, [x20, x16, lsl #3]
        strh w12, [x20, #4]
        ldurb w4, [x20, #40]
        ldadda x7, x7, [x20]
        casa x10, x11, [x20]
        add x20, x28, #128
        ldr w13, [x20, #4]!
        mov x19, x20
        mov x16, #2
        ldr x5, [x20, x16, lsl #3]
        mov x17, #-25
        strh w11, [x20, w17, sxtw]
        ldr x1, [x20, #16]
        strh w2, [x20, #22]
        add x20, x28, #128
        stlr w0, [x20]
        mov x17, #2
        strh w1, [x20, w17, sxtw]
        ldursb w12, [x20, #117]
        ldpsw x5, x0, [x20, #-12]
        add x20, x28, #128
        ldr x12, [x20, #24]!
        mov x19, x20
        stur w11, [x20, #-112]
        ldnp w3, w11, [x20, #-16]
        swplh w15, w0, [x20]
        mov x16, #8
        ldr x4, [x20, x16, lsl #3]
        add x20, x28, #128
        ldapr w6, [x20]
        ldur w5, [x20, #9]
        stur x10, [x20, #77]
        ldnp x12, x0, [x20, #-48]
        mov x16, #3
        str x14, [x20, x16, lsl #3]
        ldurh w0, [x20, #71]
        sturb w14, [x20, #20]
        mov x16, #3
        str x9, [x20, x16, lsl #3]
        mov x17, #21
        ldrb w14, [x20, w17, sxtw]
        add x20, x28, #128
        ldp x12, x13, [x20, #-24]!
        mov x19, x20
        add x20, x28, #128
        ldar w7, [x20]
        add x20, x28, #128
        ldr x3, [x20, #-3]!
        mov x19, x20
        stp x10, x13, [x20, #-40]
        strh w11, [x20, #26]
        add x20, x28, #128
        str w3, [x20, #-11]!
        mov x19, x20
        ldursb w3, [x20, #83]
        ldsetalb w0, w13, [x20]
        ldpsw x11, x9, [x20, #20]
        mov x16, #4
        str x6, [x20, x16, lsl #3]
        ldpsw x1, x6, [x20, #16]
        ldrsw x4, [x20, #48]
        ldr w1, [x20, #28]
        str x0, [x20, #24]
        ldclra w2, w8, [x20]
        ldrsb w12, [x20, #9]
        strh w14, [x20, #10]
        add x20, x28, #128
        stlr w5, [x20]
        stur x8, [x20, #51]
        add x20, x28, #128
        ldr x5, [x20, #-20]!
        mov x19, x20
        ldpsw x12, x0, [x20, #-20]
        stur w7, [x20, #50]
        add x20, x28, #128
        ldr w10, [x20], #-26
        mov x18, x20
        ldeoralb w15, w1, [x20]
        ldur x3, [x20, #38]
        ldumaxl x11, x9, [x20]
        strb w6, [x20, #10]
        ldurh w0, [x20, #63]
        ldxr x15, [x20]
        stxr w16, x10, [x20]
        mov x17, x16
        add x20, x28, #128
        stlr x6, [x20]
        strh w11, [x20, #24]
        casal x10, x11, [x20]
        ldr w0, [x20, #48]
        mov x16, #3
        ldr x11, [x20, x16, lsl #3]
        mov x17, #14
        strb w11, [x20, w17, sxtw]
        b       1f
        .ltorg
1:
