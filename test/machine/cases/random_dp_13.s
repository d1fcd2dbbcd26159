// Random integer data-processing sequence 13 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x7d51b25b64e5401b
        ldr     x1, =0x2a31db0f55819b81
        ldr     x2, =0x97d5465909c67317
        ldr     x3, =0x1
        ldr     x4, =0xc7acf1f6a96273b0
        ldr     x5, =0x1
        ldr     x6, =0x519966451d0e489d
        ldr     x7, =0xffffffffffffffff
        ldr     x8, =0x427f475a27365368
        ldr     x9, =0xd1a1746dababfc78
        ldr     x10, =0x8000000000000000
        ldr     x11, =0x7fffffff
        ldr     x12, =0x0bf7ab9a6b053013
        ldr     x13, =0xc3b8f8250db43548
        ldr     x14, =0x0b9c6e92c1ba99c8
        ldr     x15, =0x7fffffff
        msr     nzcv, x14
        mrs x15, nzcv
        movz w12, #46468, lsl #16
        cmp w6, w2
        ccmn x14, #22, #14, lt
        orr x5, x11, #0x3fc
        add w1, w9, #2374, lsl #12
        sbfiz w11, w10, #17, #9
        csetm w2, ls
        csel x14, x2, x1, vc
        adc w9, w15, w6
        mrs x10, nzcv
        lsr w5, w9, #4
        eor w4, w12, w7, ror #13
        sub x4, x13, w7, sxth #3
        adds x11, x6, w13, uxtw #4
        msub x5, x15, x11, x5
        asrv x13, x11, x4
        tst x9, x15
        movz w14, #5696, lsl #16
        adc w14, w7, w3
        rbit x11, x13
        smulh x14, x7, x15
        crc32cb w15, w8, w7
        ngc x2, x15
        sbcs w13, w15, w2
        umulh x11, x1, x11
        lsl x4, x10, #9
        orn x12, x6, x13, ror #26
        smaddl x0, w8, w13, x12
        extr x6, x4, x8, #56
        rev32 x12, x14
        ngc x14, x4
        umaddl x7, w5, w8, x10
        mrs x14, nzcv
        bics x15, x10, x12, asr #0
        subs x5, x5, w1, sxth #0
        subs x9, x15, #2685
        adds x9, x15, #547, lsl #12
        adcs x5, x4, x14
        crc32cb w9, w6, w13
        extr x7, x9, x6, #6
        crc32cx w3, w1, x15
        madd w14, w14, w8, w3
        adc x8, x10, x0
        extr w0, w6, w15, #0
        sbfx x4, x14, #2, #10
        adcs w1, w11, w8
        sbc w0, w14, w9
        cmn x13, x2
        smulh x14, x11, x1
        csinc x15, x3, x2, gt
        sbc w3, w4, w13
        csinv x2, x9, x12, gt
        eon w11, w14, w2, ror #21
        csinv x10, x12, x11, gt
        cmn w15, w1
        adc x6, x5, x9
        ror x2, x13, #49
        sub x1, x0, w3, sxtb #4
        extr w0, w9, w12, #20
        eor x1, x5, x7, ror #47
        eor x15, x14, x8, ror #55
        clz w5, w12
        orr w6, w5, w12, lsl #27
        extr x14, x1, x11, #16
        csinv w8, w2, w7, pl
        movk w1, #49457, lsl #0
        cls x5, x7
        sbc w13, w0, w7
        and x2, x0, x3, lsl #40
        cmp x4, x8
        smulh x14, x7, x2
        eor w11, w11, w7, lsr #14
        extr x8, x6, x6, #40
        and x11, x12, x9, ror #49
        crc32x w7, w10, x12
        msub w1, w13, w12, w10
        subs x6, x9, w5, sxtw #1
        extr x12, x15, x13, #51
        smulh x6, x15, x3
        b       1f
        .ltorg
1:
