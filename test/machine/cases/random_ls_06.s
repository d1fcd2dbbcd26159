// Random load/store sequence 6 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x585f965d42c041c0
        ldr     x1, =0xffffffff
        ldr     x2, =0x8000000000000000
        ldr     x3, =0x7fffffff
        ldr     x4, =0x854a2d23e6c000bc
        ldr     x5, =0x5de56d940514441a
        ldr     x6, =0x4b2e95f4b26e2a96
        ldr     x7, =0xae577c9b1eae4cd6
        ldr     x8, =0xf777b5c89be92a3a
        ldr     x9, =0xd91e0c8b4aa5a161
        ldr     x10, =0x0
        ldr     x11, =0x1
        ldr     x12, =0x7fffffffffffffff
        ldr     x13, =0x4cb4feb22ff14a84
        ldr     x14, =0x1
        ldr     x15, =0xcbe3b279190d74e1
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
        add x20, x28, #128
        ldp x6, x15, [x20, #24]!
        mov x19, x20
        add x20, x28, #128
        stlr x7, [x20]
        ldpsw x6, x7, [x20, #4]
        add x20, x28, #128
        ldp x10, x9, [x20, #0]!
        mov x19, x20
        stur x6, [x20, #20]
        add x20, x28, #128
        ldp x11, x13, [x20, #-24]!
        mov x19, x20
        ldpsw x3, x2, [x20, #8]
        ldxr x9, [x20]
        stxr w16, x14, [x20]
        mov x17, x16
        add x20, x28, #128
        stlr w13, [x20]
        cas w10, w10, [x20]
        ldur x11, [x20, #-112]
        mov x16, #8
        ldr x7, [x20, x16, lsl #3]
        mov x16, #1
        str x8, [x20, x16, lsl #3]
        add x20, x28, #128
        ldr w8, [x20], #26
        mov x18, x20
        ldclral w11, w12, [x20]
        strb w7, [x20, #10]
        stp w7, w9, [x20, #20]
        mov x16, #8
        str x10, [x20, x16, lsl #3]
        ldp w12, w7, [x20, #-28]
        mov x16, #1
        ldr x3, [x20, x16, lsl #3]
        stnp x10, x12, [x20, #-8]
        ldumaxlb w10, w9, [x20]
        mov x16, #11
        ldr x3, [x20, x16, lsl #3]
        ldr w14, [x20, #24]
        add x20, x28, #128
        stlr x0, [x20]
        str w1, [x20, #16]
        ldr x14, [x20, #72]
        ldp w9, w6, [x20, #-32]
        add x20, x28, #128
        stp x6, x15, [x20, #-16]!
        mov x19, x20
        mov x16, #2
        ldr x8, [x20, x16, lsl #3]
        ldrb w6, [x20, #6]
        add x20, x28, #128
        str x9, [x20, #7]!
        mov x19, x20
        add x20, x28, #128
        ldrb w5, [x20], #1
        mov x18, x20
        ldp w1, w14, [x20, #-12]
        ldurh w10, [x20, #21]
        ldxr x14, [x20]
        stxr w16, x8, [x20]
        mov x17, x16
        add x20, x28, #128
        ldr x14, [x20, #14]!
        mov x19, x20
        add x20, x28, #128
        ldapr w10, [x20]
        ldpsw x7, x10, [x20, #-24]
        ldurh w13, [x20, #-24]
        swp x13, x1, [x20]
        ldeorh w6, w9, [x20]
        add x20, x28, #128
        ldr w9, [x20, #12]!
        mov x19, x20
        casal x10, x1, [x20]
        add x20, x28, #128
        ldp x4, x7, [x20, #-16]!
        mov x19, x20
        add x20, x28, #128
        ldar w7, [x20]
        casa x15, x14, [x20]
        ldursh w4, [x20, #-56]
        ldrsb w2, [x20, #13]
        ldurh w3, [x20, #-36]
        add x20, x28, #128
        ldar x6, [x20]
        add x20, x28, #128
        ldr w0, [x20, #16]!
        mov x19, x20
        mov x17, #-10
        ldrh w15, [x20, w17, sxtw]
        add x20, x28, #128
        stp x8, x9, [x20, #0]!
        mov x19, x20
        mov x16, #1
        str x0, [x20, x16, lsl #3]
        add x20, x28, #128
        ldrsh w11, [x20], #23
        mov x18, x20
        mov x16, #3
        str x6, [x20, x16, lsl #3]
        add x20, x28, #128
        ldp x11, x14, [x20, #8]!
        mov x19, x20
        stnp w9, w14, [x20, #16]
        ldrh w13, [x20, #22]
        add x20, x28, #128
        ldr w14, [x20, #-6]!
        mov x19, x20
        ldurh w3, [x20, #-28]
        add x20, x28, #128
        ldrsh w12, [x20], #7
        mov x18, x20
        add x20, x28, #128
        ldp x2, x6, [x20, #-16]!
        mov x19, x20
        mov x16, #12
        str x8, [x20, x16, lsl #3]
        str x15, [x20, #112]
        ldrsw x13, [x20, #36]
        casal x15, x2, [x20]
        add x20, x28, #128
        str w1, [x20, #20]!
        mov x19, x20
        str x7, [x20, #24]
        strh w14, [x20, #10]
        add x20, x28, #128
        ldr w2, [x20, #-28]!
        mov x19, x20
        ldr x9, [x20, #8]
        stur x8, [x20, #84]
        ldxr x12, [x20]
        stxr w16, x15, [x20]
        mov x17, x16
        add x20, x28, #128
        ldr x13, [x20, #-25]!
        mov x19, x20
        add x20, x28, #128
        ldr w2, [x20, #-5]!
        mov x19, x20
        ldursh w8, [x20, #61]
        ldsmaxlb w14, w0, [x20]
        add x20, x28, #128
        strb w9, [x20], #-15
        mov x18, x20
        b       1f
        .ltorg
1:
