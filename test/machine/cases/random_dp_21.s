// Random integer data-processing sequence 21 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x6ee9da3a01dd200b
        ldr     x1, =0x7fffffff
        ldr     x2, =0x925f167821ab5551
        ldr     x3, =0xf5f433ab11488c1e
        ldr     x4, =0xc03f84469cda7ced
        ldr     x5, =0xc7e0bdac54019259
        ldr     x6, =0x8000000000000000
        ldr     x7, =0x91324934acba6b32
        ldr     x8, =0xffffffff
        ldr     x9, =0x7e28418609f68927
        ldr     x10, =0xfba6ce9462eb6f4b
        ldr     x11, =0xffffffff
        ldr     x12, =0xb66100bcf2c4796b
        ldr     x13, =0x2559395632f81691
        ldr     x14, =0xffffffffffffffff
        ldr     x15, =0x2377ce744edd47ff
        msr     nzcv, x10
        crc32x w15, w6, x14
        crc32cx w15, w14, x1
        clz w11, w4
        rev16 w0, w11
        ands w0, w13, #0xf0f0f0f0
        adds x7, x11, w0, uxth #0
        extr w5, w9, w13, #14
        sbc w8, w15, w9
        tst x10, x10
        ands w12, w8, w6, asr #0
        neg x6, x5
        csinv x14, x5, x13, cs
        mrs x14, nzcv
        cset x1, hi
        subs w15, w13, w6, lsl #22
        subs w7, w3, #1501, lsl #12
        extr w0, w3, w3, #20
        sub x8, x2, #422
        sub x9, x0, #283, lsl #12
        extr x10, x14, x13, #16
        bic w3, w6, w14, ror #1
        clz w12, w15
        crc32x w8, w5, x14
        and w4, w10, w14, asr #23
        cmp x4, x7
        and w13, w11, #0x7ffffffe
        sbc x11, x12, x0
        mrs x7, nzcv
        adds x9, x11, w2, sxtb #3
        rev32 x3, x8
        lsl x5, x5, #41
        orr x15, x7, x3, lsl #51
        add x6, x10, x1, lsr #48
        adc x10, x3, x6
        adds x3, x8, x14, lsr #42
        orn x15, x13, x6, ror #57
        extr w10, w11, w4, #30
        ubfx x14, x1, #23, #32
        ubfx x15, x0, #19, #43
        adcs w0, w1, w7
        movk x14, #14458, lsl #0
        lsrv x10, x15, x5
        adcs w6, w3, w14
        udiv x7, x14, x12
        ands x9, x7, #0x3fc
        bfxil x11, x9, #61, #2
        crc32b w8, w3, w5
        csneg x14, x3, x1, hi
        sbc x11, x2, x13
        umulh x6, x4, x7
        csetm w2, ge
        sub x15, x10, #1964
        eon x4, x14, x10, ror #22
        umulh x14, x7, x11
        umaddl x6, w10, w11, x3
        and w6, w15, #0x55555555
        asrv x15, x7, x0
        mrs x3, nzcv
        eor x6, x13, #0xf0f0f0f0f0f0f0f0
        adcs w15, w9, w13
        sub x14, x0, #4089, lsl #12
        sbcs w7, w6, w1
        sub w1, w9, w4, lsr #12
        asrv w5, w11, w1
        madd w5, w7, w10, w11
        ngcs w14, w3
        smulh x14, x7, x5
        adds x1, x0, w11, sxtb #0
        sub w12, w1, w1, lsr #0
        extr w4, w10, w15, #13
        ubfx w3, w15, #21, #11
        rev16 x3, x4
        subs w9, w3, w9, asr #5
        cset w13, mi
        msub x7, x8, x12, x8
        madd w9, w15, w2, w15
        adds x14, x13, w11, uxtb #4
        adds w7, w2, w3, lsr #2
        negs x10, x6
        crc32b w2, w14, w14
        b       1f
        .ltorg
1:
