// Random integer data-processing sequence 16 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x1f5014cf05ef2259
        ldr     x1, =0xdb0d9fc289b7dfe7
        ldr     x2, =0x0
        ldr     x3, =0xd58427b41a8fb0e3
        ldr     x4, =0x2f3baec2e4b09292
        ldr     x5, =0xb4878e921d6f6c8c
        ldr     x6, =0x45742fef9984581c
        ldr     x7, =0x10c5b3d2fb4031df
        ldr     x8, =0x8000000000000000
        ldr     x9, =0x21d0c6406324a71b
        ldr     x10, =0xb0b511bbd64abc3c
        ldr     x11, =0x6a0a9ac55e83b62d
        ldr     x12, =0x712f06a1f3b8382c
        ldr     x13, =0x4cf2147cef8306bd
        ldr     x14, =0x1b4c5072af826d2f
        ldr     x15, =0x0e1ba86c987cf3dd
        msr     nzcv, x11
        tst x8, x3
        cmp w10, w1
        cset x13, ls
        cmp w12, w0
        smulh x12, x3, x7
        neg x12, x0
        mrs x15, nzcv
        asrv w15, w3, w7
        crc32h w8, w3, w1
        orn w2, w14, w1, asr #20
        sbc w0, w9, w14
        bics w12, w0, w11, ror #21
        sub w15, w8, w5, lsr #12
        sub w7, w1, #621, lsl #12
        crc32cw w1, w1, w0
        movk x12, #15535, lsl #48
        lslv x12, x7, x0
        asrv w13, w6, w13
        rbit x1, x10
        cmn x15, x14
        add x14, x15, w15, uxth #1
        udiv w6, w2, w6
        rev16 w8, w0
        lsl w1, w4, #30
        umsubl x9, w8, w10, x2
        extr w15, w15, w10, #7
        cmp x2, x0
        lsl w1, w8, #11
        extr x13, x15, x4, #34
        movk x14, #13469, lsl #32
        and x12, x5, #0x8000000000000001
        orr x7, x2, #0xf0f0f0f0f0f0f0f0
        extr w4, w5, w10, #31
        lsrv w2, w0, w11
        and w8, w5, #0x7ffffffe
        umsubl x12, w8, w15, x8
        csel w9, w13, w2, mi
        orn x8, x3, x9, lsr #17
        umulh x11, x9, x8
        cset w13, cs
        lslv x2, x4, x12
        ccmn w15, #30, #8, ne
        adcs x15, x1, x6
        msub w1, w4, w13, w8
        csinc w7, w10, w10, gt
        lsl w15, w11, #10
        csetm x7, eq
        orr w9, w0, #0x80000001
        neg x13, x1
        cmn w14, w12
        mrs x13, nzcv
        csneg w15, w11, w12, pl
        smulh x1, x11, x12
        csinc x5, x5, x13, vs
        subs x8, x1, x13, lsr #55
        csetm x6, vs
        cls w15, w15
        csel w5, w2, w11, hi
        eon x2, x8, x14, lsl #45
        mrs x15, nzcv
        bic x10, x12, x7, lsl #55
        csinv x8, x7, x6, lt
        ubfx w8, w15, #13, #18
        neg w12, w12
        subs x1, x14, w12, sxth #4
        lsrv w7, w4, w5
        subs x11, x4, w6, uxth #1
        rorv x7, x13, x11
        crc32w w7, w15, w10
        smulh x4, x5, x8
        ubfiz x6, x14, #45, #14
        mrs x3, nzcv
        add x9, x6, x13, lsr #32
        umsubl x12, w8, w9, x0
        msub x10, x8, x11, x2
        orr x11, x6, x5, lsl #4
        ngcs x5, x9
        adds x9, x9, w4, uxtb #4
        ands w9, w10, #0xff
        movz w15, #7775, lsl #0
        b       1f
        .ltorg
1:
