// Random integer data-processing sequence 2 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x1
        ldr     x1, =0x7fffffffffffffff
        ldr     x2, =0x59375e585d9da290
        ldr     x3, =0xfb37d1b0c90e2e8d
        ldr     x4, =0x0b74934ef54c8c4c
        ldr     x5, =0x38993a4ea92999c6
        ldr     x6, =0xe4c4695480d08154
        ldr     x7, =0x7fffffff
        ldr     x8, =0xc94fd226de3d2b63
        ldr     x9, =0x7fffffffffffffff
        ldr     x10, =0x559f78911c6cc5d5
        ldr     x11, =0xfe7cb6408b6f999b
        ldr     x12, =0x2c30cf378c5431e7
        ldr     x13, =0xc317984d7441b36e
        ldr     x14, =0xd91a55f99cbd63a5
        ldr     x15, =0x208145b46bf8a504
        msr     nzcv, x15
        adcs w6, w0, w4
        umulh x15, x9, x7
        cls w12, w13
        umsubl x11, w13, w11, x14
        ngc x10, x7
        sub w13, w9, #1362
        smaddl x12, w10, w1, x12
        smsubl x9, w9, w4, x2
        extr w14, w5, w7, #3
        ands w14, w6, #0x3fc
        smaddl x2, w12, w12, x12
        extr w11, w13, w2, #25
        subs x0, x14, #3974
        sub x6, x11, #1343, lsl #12
        smsubl x12, w13, w9, x10
        smulh x13, x7, x11
        subs x10, x10, #1895
        rev x10, x11
        crc32ch w14, w12, w9
        ror x13, x3, #7
        extr w5, w9, w2, #6
        adc w2, w1, w9
        bic x9, x9, x0, lsl #13
        csetm w15, pl
        tst x13, x12
        ubfiz w0, w4, #28, #4
        sub w7, w1, #397
        ror x10, x14, #58
        ccmp x8, #28, #7, mi
        madd w15, w8, w8, w5
        tst w3, w11
        subs x6, x7, x12, lsr #35
        mrs x12, nzcv
        mrs x3, nzcv
        cmp x15, x15
        msub w12, w0, w10, w2
        sbfx x11, x6, #60, #1
        cmn x0, x0
        eon w8, w11, w2, ror #0
        cmn w12, w2
        movk w2, #46330, lsl #16
        lslv w13, w12, w3
        udiv w14, w4, w4
        mrs x6, nzcv
        ngc x15, x14
        umaddl x9, w12, w7, x13
        mrs x4, nzcv
        subs x14, x11, w14, uxtb #4
        crc32w w1, w12, w3
        sub w8, w14, w13, lsr #4
        csel w2, w5, w6, ne
        tst x11, x15
        sub w3, w10, #3073, lsl #12
        eor w1, w9, w15, lsl #27
        eor x11, x14, #0xff
        movk x2, #63364, lsl #48
        msub w9, w11, w10, w7
        umaddl x11, w1, w11, x14
        adc w1, w14, w7
        sub x1, x2, w15, sxtb #0
        rbit w11, w14
        csel w0, w7, w8, vs
        ror w14, w13, #5
        extr w13, w12, w5, #1
        csneg x10, x2, x5, cc
        madd w12, w10, w13, w10
        umulh x7, x12, x15
        adds w3, w13, #3009
        add x1, x6, x5, asr #28
        add x0, x14, #3238
        sbcs x14, x1, x11
        add x0, x6, w12, sxth #2
        mrs x13, nzcv
        bfi x4, x5, #14, #50
        sbfiz w12, w12, #18, #10
        csetm x13, hi
        adds x1, x14, #1156, lsl #12
        csetm w0, ls
        lsrv x7, x12, x12
        sbfiz x4, x4, #42, #10
        b       1f
        .ltorg
1:
