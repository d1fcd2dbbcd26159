// Random integer data-processing sequence 10 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x2d071b13e7fdc64a
        ldr     x1, =0x7e62b41e17970034
        ldr     x2, =0x03bd9b122947b22f
        ldr     x3, =0x0
        ldr     x4, =0x5e919546eb176762
        ldr     x5, =0x18e858b5ae321b7c
        ldr     x6, =0x05640c887dc7e071
        ldr     x7, =0xe35ead00c99e33b1
        ldr     x8, =0xbeba64566b24cf9d
        ldr     x9, =0x6ecb563cab0e0973
        ldr     x10, =0xc139b0d4be7bb5e2
        ldr     x11, =0x37c3ab95e44a39d5
        ldr     x12, =0x5114d2a97a24d401
        ldr     x13, =0x1
        ldr     x14, =0x1ca67eef5db1bf0e
        ldr     x15, =0x0e942e5671ba5177
        msr     nzcv, x15
        and w2, w12, #0xf0f0f0f0
        umulh x7, x0, x0
        umulh x3, x9, x15
        sub x10, x14, w10, sxth #2
        extr w8, w9, w8, #21
        adcs w15, w5, w13
        movz x11, #9037, lsl #0
        cls x4, x13
        adds x5, x0, w3, sxth #2
        csinv x1, x12, x9, cs
        mrs x0, nzcv
        ands w9, w11, #0x55555555
        madd x0, x11, x14, x14
        extr w13, w7, w9, #12
        cmn w5, w13
        crc32cb w5, w3, w12
        umulh x11, x12, x0
        bfi w4, w0, #13, #5
        adds x15, x9, w1, uxtb #4
        extr w0, w9, w10, #24
        sub w10, w12, w6, asr #10
        cset x1, vs
        and x8, x6, #0x8000000000000001
        ngc w3, w15
        crc32w w5, w2, w3
        subs x1, x4, #2814
        extr x0, x3, x6, #32
        orr w12, w13, w9, lsl #10
        ands w7, w0, w5, ror #6
        lsl w2, w13, #8
        sub w2, w8, w3, asr #11
        asr w1, w14, #1
        msub w8, w2, w5, w4
        extr x10, x7, x3, #24
        ngcs w3, w1
        umsubl x10, w15, w10, x9
        csetm w0, ge
        smulh x15, x7, x12
        crc32ch w13, w14, w3
        rev w12, w11
        umsubl x14, w1, w2, x9
        bfxil w1, w2, #2, #15
        smsubl x8, w8, w14, x7
        subs x9, x12, w1, uxtw #4
        add w12, w3, #643, lsl #12
        mvn x14, x0
        bfi w0, w14, #24, #2
        msub w12, w2, w1, w3
        mrs x8, nzcv
        csel w9, w14, w8, lt
        ror x12, x10, #10
        ngc x4, x8
        subs x3, x1, x10, lsr #6
        cmp x9, x8
        sub w11, w12, #2519
        smsubl x6, w11, w14, x9
        mrs x3, nzcv
        movz x6, #29091, lsl #0
        add x6, x4, x15, lsr #59
        sbc x9, x5, x2
        movn x10, #1299, lsl #16
        sub x0, x12, x13, lsl #48
        umaddl x13, w8, w12, x1
        extr w3, w6, w12, #27
        sbc w14, w5, w15
        msub w12, w14, w7, w8
        smulh x10, x7, x13
        adds w11, w1, #3161
        adcs x8, x12, x8
        adds x9, x15, w5, uxth #4
        msub w14, w6, w12, w6
        add w14, w12, w3, lsl #26
        cset w10, vs
        csetm w3, ge
        umulh x1, x7, x14
        sub w8, w5, #89, lsl #12
        movk x4, #13910, lsl #48
        umaddl x10, w9, w3, x14
        ands x11, x1, x14, lsl #55
        umulh x0, x7, x11
        b       1f
        .ltorg
1:
