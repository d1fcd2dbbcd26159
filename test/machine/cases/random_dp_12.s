// Random integer data-processing sequence 12 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x8e594dca44a80827
        ldr     x1, =0xc73c09e5f6308d19
        ldr     x2, =0xceb7504285861948
        ldr     x3, =0x9ef2f5a493451ad6
        ldr     x4, =0xd88c381e9ba9fd78
        ldr     x5, =0x440fd142b6746f8f
        ldr     x6, =0x7fffffffffffffff
        ldr     x7, =0x392e1a4195a74c38
        ldr     x8, =0xdd3b8ad42d3ee280
        ldr     x9, =0x4d69c6f7fa720347
        ldr     x10, =0x91f8d942ad13803f
        ldr     x11, =0xa471e4eea673c83b
        ldr     x12, =0x8c8cde50bf7cb81d
        ldr     x13, =0x167c3d9cef6acce0
        ldr     x14, =0xfd16a2386b55a190
        ldr     x15, =0x7fffffffffffffff
        msr     nzcv, x14
        ccmp x9, x10, #2, ge
        add w13, w1, w12, asr #19
        adds x1, x7, x10, lsl #49
        umulh x0, x15, x5
        smsubl x3, w4, w0, x2
        extr w5, w3, w2, #19
        ccmn w8, #25, #10, eq
        adds x13, x9, #502, lsl #12
        lsl x7, x13, #24
        sub x4, x2, x3, lsr #48
        cset x11, eq
        sbcs w3, w2, w5
        smsubl x13, w0, w8, x11
        bic x14, x3, x11, lsr #46
        smsubl x13, w6, w13, x3
        extr w3, w15, w12, #24
        subs x0, x12, w10, sxtw #4
        subs x5, x6, x1, lsl #62
        orr x14, x10, #0x8000000000000001
        rbit w5, w1
        crc32ch w11, w8, w10
        cmp w12, w0
        extr x4, x7, x15, #35
        csetm w11, ge
        ngc w1, w7
        sub x9, x15, #1496
        ands w15, w9, w5, lsl #1
        smulh x13, x11, x11
        smsubl x15, w12, w11, x3
        asr w3, w11, #5
        umulh x10, x2, x14
        subs x1, x8, w9, uxtb #3
        add x5, x3, w8, uxth #3
        umulh x11, x9, x2
        ccmn w9, w15, #15, vs
        orr x8, x7, x10, asr #44
        eor x15, x0, #0x5555555555555555
        adcs x12, x8, x14
        smaddl x3, w0, w6, x1
        cset x13, gt
        crc32h w1, w8, w13
        ccmp x10, #30, #0, gt
        crc32cw w3, w12, w2
        smsubl x3, w8, w2, x10
        neg x15, x7
        add x2, x0, w3, sxtb #3
        eor w15, w5, #0x55555555
        ror w5, w12, #21
        mvn x5, x5
        ror w11, w1, #1
        extr w8, w1, w4, #22
        udiv x3, x10, x6
        sbfx w5, w5, #4, #25
        csneg x15, x5, x5, ne
        subs x12, x5, w2, uxth #3
        sbfx x2, x13, #36, #13
        add x11, x9, x12, lsr #26
        movk x3, #16606, lsl #0
        adcs x5, x11, x0
        mrs x8, nzcv
        ccmn x1, x5, #0, hi
        subs w12, w1, w7, asr #13
        mrs x7, nzcv
        cset w7, lt
        asr w8, w2, #0
        mvn x1, x8
        subs x12, x5, w12, sxtw #1
        ands x0, x13, #0x5555555555555555
        extr w4, w6, w14, #12
        csel w10, w10, w12, al
        umsubl x4, w4, w11, x11
        asr x9, x4, #25
        sdiv w11, w9, w4
        smaddl x7, w7, w2, x9
        crc32h w12, w13, w8
        sub x2, x9, #2230
        subs x12, x4, #516
        sub w14, w6, w3, lsl #27
        tst x2, x9
        movz x4, #33237, lsl #48
        b       1f
        .ltorg
1:
