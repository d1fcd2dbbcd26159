// Random load/store sequence 5 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x7fffffff
        ldr     x1, =0x80000000
        ldr     x2, =0x7fffffff
        ldr     x3, =0xf458609b6258de9a
        ldr     x4, =0x86c18806bb688d97
        ldr     x5, =0x68b3c2d73faa30bb
        ldr     x6, =0xa0ca09f07a5a0a50
        ldr     x7, =0xa6f6ee8a1f2f78b4
        ldr     x8, =0x7796134bbb9f23b1
        ldr     x9, =0x67a94ca45cb74126
        ldr     x10, =0x532dee68b403ce53
        ldr     x11, =0x3915e3e7a5e31e58
        ldr     x12, =0xf073dd51f87d752e
        ldr     x13, =0xe43e70b3b8078771
        ldr     x14, =0x7a22ba4b2fb378e9
        ldr     x15, =0x4adbc38b1dc2049d
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
        str w12, [x20], #-1
        mov x18, x20
        add x20, x28, #128
        ldapr w15, [x20]
        ldrsw x9, [x20, #44]
        casal w14, w11, [x20]
        stur x9, [x20, #73]
        str w14, [x20, #12]
        ldurb w5, [x20, #-28]
        ldrb w8, [x20, #7]
        sturb w11, [x20, #-109]
        add x20, x28, #128
        stp x1, x10, [x20], #-24
        mov x19, x20
        ldpsw x5, x3, [x20, #-28]
        ldrsb x12, [x20, #5]
        ldr x6, [x20, #96]
        ldr x14, [x20, #32]
        ldr x9, [x20, #48]
        stp x1, x0, [x20, #56]
        add x20, x28, #128
        ldp x12, x13, [x20], #16
        mov x19, x20
        add x20, x28, #128
        stp x0, x7, [x20, #-24]!
        mov x19, x20
        ldxr x8, [x20]
        stxr w16, x15, [x20]
        mov x17, x16
        add x20, x28, #128
        ldrb w14, [x20], #6
        mov x18, x20
        add x20, x28, #128
        ldp x9, x2, [x20, #-8]!
        mov x19, x20
        mov x16, #14
        ldr x1, [x20, x16, lsl #3]
        add x20, x28, #128
        str x5, [x20, #-4]!
        mov x19, x20
        mov x17, #19
        strh w9, [x20, w17, sxtw]
        mov x17, #1
        strh w1, [x20, w17, sxtw]
        add x20, x28, #128
        stp x3, x14, [x20], #16
        mov x19, x20
        mov x17, #-27
        strh w2, [x20, w17, sxtw]
        ldpsw x12, x1, [x20, #20]
        ldrsb w5, [x20, #2]
        sturh w5, [x20, #108]
        add x20, x28, #128
        ldapr w11, [x20]
        add x20, x28, #128
        ldr w5, [x20, #30]!
        mov x19, x20
        ldr x9, [x20, #32]
        mov x17, #-26
        ldrsb w4, [x20, w17, sxtw]
        casa w14, w13, [x20]
        add x20, x28, #128
        ldapr x2, [x20]
        str x3, [x20, #72]
        sturh w10, [x20, #-77]
        mov x16, #4
        ldr x11, [x20, x16, lsl #3]
        sturb w11, [x20, #-47]
        ldxr x1, [x20]
        stxr w16, x9, [x20]
        mov x17, x16
        mov x17, #-2
        ldrh w8, [x20, w17, sxtw]
        stp w1, w3, [x20, #-28]
        mov x16, #8
        str x2, [x20, x16, lsl #3]
        add x20, x28, #128
        stp x12, x1, [x20], #-24
        mov x19, x20
        stnp w4, w10, [x20, #-12]
        mov x17, #28
        ldrb w6, [x20, w17, sxtw]
        casal w11, w10, [x20]
        add x20, x28, #128
        ldapr w1, [x20]
        stnp x14, x7, [x20, #8]
        mov x17, #-22
        ldrh w7, [x20, w17, sxtw]
        mov x17, #-22
        strh w14, [x20, w17, sxtw]
        ldp x2, x15, [x20, #8]
        ldsetal w10, w15, [x20]
        ldrsb x3, [x20, #11]
        add x20, x28, #128
        ldp x11, x2, [x20, #0]!
        mov x19, x20
        add x20, x28, #128
        ldr x6, [x20, #-19]!
        mov x19, x20
        ldrsw x15, [x20, #56]
        ldp w8, w7, [x20, #0]
        add x20, x28, #128
        ldr w10, [x20, #-29]!
        mov x19, x20
        add x20, x28, #128
        stp x9, x4, [x20, #-32]!
        mov x19, x20
        add x20, x28, #128
        ldr w1, [x20, #-32]!
        mov x19, x20
        casal w3, w13, [x20]
        ldurb w6, [x20, #0]
        ldursh w10, [x20, #106]
        add x20, x28, #128
        str w13, [x20], #12
        mov x18, x20
        add x20, x28, #128
        stlr x14, [x20]
        ldnp w6, w4, [x20, #0]
        add x20, x28, #128
        stlr w11, [x20]
        ldpsw x1, x13, [x20, #-32]
        ldumaxalb w2, w15, [x20]
        ldclralb w13, w2, [x20]
        strh w4, [x20, #8]
        add x20, x28, #128
        ldrb w8, [x20], #4
        mov x18, x20
        ldr w8, [x20, #28]
        mov x17, #-22
        strh w0, [x20, w17, sxtw]
        ldxr x5, [x20]
        stxr w16, x5, [x20]
        mov x17, x16
        add x20, x28, #128
        ldr w15, [x20, #14]!
        mov x19, x20
        add x20, x28, #128
        ldr w5, [x20, #-9]!
        mov x19, x20
        add x20, x28, #128
        stp x14, x6, [x20], #24
        mov x19, x20
        b       1f
        .ltorg
1:
