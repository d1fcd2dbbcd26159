// Random load/store sequence 7 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x8598fe3e1797ca14
        ldr     x1, =0xfbeab497d27c1196
        ldr     x2, =0xec02eea466e2c779
        ldr     x3, =0x8b2c56a6b1373659
        ldr     x4, =0x6ba66e216a5e0881
        ldr     x5, =0xd87f22d2839185a8
        ldr     x6, =0x430f5ebb864ae489
        ldr     x7, =0x0e9d39241a471f9c
        ldr     x8, =0xffffffff
        ldr     x9, =0x9786ec8af8ebb958
        ldr     x10, =0x8000000000000000
        ldr     x11, =0x675e9d2a1ff5ea5e
        ldr     x12, =0xffffffff
        ldr     x13, =0x26d131f390ba174e
        ldr     x14, =0xffffffffffffffff
        ldr     x15, =0x0
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
        mov x17, #31
        strh w14, [x20, w17, sxtw]
        add x20, x28, #128
        ldr w10, [x20, #6]!
        mov x19, x20
        ldursb w1, [x20, #-55]
        mov x17, #-15
        strb w6, [x20, w17, sxtw]
        ldxr x1, [x20]
        stxr w16, x10, [x20]
        mov x17, x16
        add x20, x28, #128
        ldapr x2, [x20]
        add x20, x28, #128
        stp x10, x12, [x20], #24
        mov x19, x20
        ldurb w15, [x20, #-79]
        ldrsw x13, [x20, #32]
        add x20, x28, #128
        ldp x13, x15, [x20, #-8]!
        mov x19, x20
        add x20, x28, #128
        ldp x4, x14, [x20], #-32
        mov x19, x20
        sturb w11, [x20, #43]
        add x20, x28, #128
        ldp x5, x3, [x20, #-16]!
        mov x19, x20
        casal x5, x3, [x20]
        ldp x6, x14, [x20, #-40]
        add x20, x28, #128
        stlr x14, [x20]
        ldrsh w9, [x20, #20]
        ldrsw x14, [x20, #8]
        add x20, x28, #128
        stp x8, x2, [x20, #-32]!
        mov x19, x20
        add x20, x28, #128
        str x14, [x20, #-23]!
        mov x19, x20
        add x20, x28, #128
        stp x2, x7, [x20], #-32
        mov x19, x20
        mov x17, #6
        ldrb w15, [x20, w17, sxtw]
        add x20, x28, #128
        stlr x2, [x20]
        stnp x4, x7, [x20, #-48]
        str w1, [x20, #0]
        casal w6, w3, [x20]
        strb w3, [x20, #2]
        ldrb w6, [x20, #14]
        add x20, x28, #128
        ldr x2, [x20, #4]!
        mov x19, x20
        sturb w11, [x20, #87]
        ldxr x3, [x20]
        stxr w16, x9, [x20]
        mov x17, x16
        ldrb w12, [x20, #11]
        sturb w3, [x20, #50]
        ldpsw x15, x10, [x20, #12]
        mov x17, #-3
        strb w8, [x20, w17, sxtw]
        strh w9, [x20, #16]
        ldrb w2, [x20, #1]
        mov x16, #3
        str x1, [x20, x16, lsl #3]
        mov x16, #4
        ldr x10, [x20, x16, lsl #3]
        ldrsw x8, [x20, #20]
        add x20, x28, #128
        ldapr w5, [x20]
        add x20, x28, #128
        str w11, [x20, #1]!
        mov x19, x20
        mov x17, #9
        ldrb w14, [x20, w17, sxtw]
        mov x17, #13
        strh w12, [x20, w17, sxtw]
        mov x16, #11
        str x9, [x20, x16, lsl #3]
        str x0, [x20, #88]
        add x20, x28, #128
        ldp x12, x1, [x20], #-32
        mov x19, x20
        stur x3, [x20, #15]
        ldrsw x10, [x20, #20]
        ldursh w10, [x20, #-108]
        ldrsb w10, [x20, #1]
        add x20, x28, #128
        ldr w8, [x20, #-2]!
        mov x19, x20
        ldseth w11, w8, [x20]
        strh w12, [x20, #20]
        add x20, x28, #128
        ldp x11, x13, [x20, #8]!
        mov x19, x20
        ldursh w6, [x20, #-102]
        casal x3, x9, [x20]
        add x20, x28, #128
        stlr w4, [x20]
        add x20, x28, #128
        stp x0, x13, [x20, #0]!
        mov x19, x20
        mov x17, #-10
        ldrb w7, [x20, w17, sxtw]
        ldr x8, [x20, #24]
        ldxr x7, [x20]
        stxr w16, x6, [x20]
        mov x17, x16
        add x20, x28, #128
        ldr w4, [x20], #-7
        mov x18, x20
        ldpsw x12, x14, [x20, #4]
        ldur x9, [x20, #-98]
        str w6, [x20, #44]
        stp x3, x13, [x20, #8]
        ldp x12, x13, [x20, #0]
        ldpsw x10, x12, [x20, #-8]
        add x20, x28, #128
        ldr w14, [x20, #-10]!
        mov x19, x20
        ldxr x15, [x20]
        stxr w16, x9, [x20]
        mov x17, x16
        add x20, x28, #128
        ldp x3, x12, [x20, #-8]!
        mov x19, x20
        stp x10, x15, [x20, #-56]
        ldursb w6, [x20, #117]
        add x20, x28, #128
        ldr w5, [x20, #-16]!
        mov x19, x20
        mov x16, #4
        ldr x9, [x20, x16, lsl #3]
        add x20, x28, #128
        stp x7, x2, [x20, #-24]!
        mov x19, x20
        stp x8, x0, [x20, #8]
        mov x17, #29
        ldrh w10, [x20, w17, sxtw]
        ldpsw x8, x15, [x20, #-32]
        b       1f
        .ltorg
1:
