// Random integer data-processing sequence 22 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0xe6e791a280ffc393
        ldr     x1, =0x7fffffffffffffff
        ldr     x2, =0xb08a4111cde160f8
        ldr     x3, =0xe2fea86ce099e574
        ldr     x4, =0xdaf055cc858107ff
        ldr     x5, =0x9655f1cbee0fbc12
        ldr     x6, =0x738e6742906274b5
        ldr     x7, =0xffffffffffffffff
        ldr     x8, =0x3233777a6553d38f
        ldr     x9, =0x6adc5ad3bb5d3994
        ldr     x10, =0xac3eea5fbe9e40b7
        ldr     x11, =0x42a7d69f0f01e4a9
        ldr     x12, =0x7fffffff
        ldr     x13, =0x80000000
        ldr     x14, =0xe8495ed645a93a71
        ldr     x15, =0xb43812134010c822
        msr     nzcv, x11
        rev x9, x11
        ands w4, w0, #0xf0f0f0f0
        umulh x9, x9, x2
        subs x6, x6, x4, lsl #52
        csel x4, x6, x15, ge
        sub w4, w15, w4, asr #11
        sbc w1, w8, w6
        lsrv x1, x5, x7
        umulh x5, x4, x8
        smsubl x11, w15, w14, x2
        mrs x0, nzcv
        movz x11, #30599, lsl #32
        smulh x7, x15, x4
        sbfiz w9, w8, #15, #1
        tst x8, x8
        smaddl x6, w0, w0, x8
        tst w4, w7
        crc32cx w6, w5, x2
        crc32w w8, w3, w1
        ccmp w9, #24, #1, ls
        smulh x6, x8, x1
        movk w10, #48495, lsl #0
        adds x12, x15, w7, uxtw #2
        csinc x6, x12, x11, mi
        extr x1, x10, x11, #50
        bfi w13, w15, #7, #1
        sdiv w11, w0, w15
        lsrv w8, w10, w15
        adc w14, w8, w0
        extr x15, x3, x0, #63
        mrs x10, nzcv
        smaddl x11, w2, w4, x14
        lsr w3, w5, #2
        negs x6, x15
        extr x13, x15, x15, #5
        ngc w12, w7
        subs w2, w11, #735, lsl #12
        adds x14, x12, w13, uxtb #2
        csetm x8, gt
        sbfx w12, w7, #20, #5
        ccmn w11, #9, #5, gt
        smaddl x13, w8, w11, x14
        umaddl x4, w9, w1, x14
        rorv x5, x4, x4
        cset w2, hi
        lsrv w5, w3, w9
        msub w15, w8, w9, w13
        lsl x9, x0, #24
        subs w6, w9, #1627
        umsubl x15, w6, w15, x6
        bic w14, w11, w8, lsr #2
        cset w8, cs
        umulh x14, x10, x11
        crc32cw w15, w12, w12
        sub x12, x2, w15, uxtw #4
        crc32h w9, w9, w10
        sbfx w6, w5, #19, #11
        mrs x5, nzcv
        crc32x w11, w14, x2
        add w14, w15, w12, asr #24
        crc32cb w4, w1, w15
        movk w3, #10423, lsl #0
        crc32x w0, w15, x6
        sub x7, x1, x1, lsl #53
        ccmp x4, #24, #7, ne
        extr x14, x11, x6, #45
        movk x15, #6747, lsl #16
        smaddl x11, w1, w2, x10
        sub x10, x7, #654
        crc32cw w5, w12, w6
        adcs w14, w10, w1
        cmn x0, x2
        negs w10, w13
        rev16 w14, w1
        crc32cb w3, w0, w4
        csneg x15, x3, x0, le
        extr w0, w3, w11, #26
        lsr w14, w12, #5
        adds w13, w10, w13, asr #20
        crc32x w15, w14, x15
        b       1f
        .ltorg
1:
