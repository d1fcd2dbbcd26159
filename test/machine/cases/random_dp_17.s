// Random integer data-processing sequence 17 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x2be68caa511752d1
        ldr     x1, =0x7fffffff
        ldr     x2, =0x7fffffff
        ldr     x3, =0xa30d01c076e2ab2c
        ldr     x4, =0x9b46e00dfff33496
        ldr     x5, =0xd23e57e050c2e1f8
        ldr     x6, =0xffffffff
        ldr     x7, =0xb768800c7e03b99f
        ldr     x8, =0xba1f21dcd764a320
        ldr     x9, =0x4ae2a3d59f7f42d2
        ldr     x10, =0xb5c2be8b58b68749
        ldr     x11, =0x7fffffffffffffff
        ldr     x12, =0xffffffff
        ldr     x13, =0x8000000000000000
        ldr     x14, =0x44f559d745b3fb87
        ldr     x15, =0x1
        msr     nzcv, x12
        sbc w8, w15, w15
        csinc w10, w8, w0, eq
        negs w11, w15
        add w0, w0, #4025
        adds w15, w12, #3239, lsl #12
        umaddl x0, w10, w15, x14
        extr x0, x10, x6, #54
        adds x5, x8, w11, uxth #0
        crc32w w14, w2, w9
        mrs x4, nzcv
        bfi w15, w9, #5, #8
        clz x13, x11
        cmn x14, x10
        adc w11, w13, w2
        csetm w13, ne
        add x2, x6, x6, asr #19
        add w3, w2, #1908, lsl #12
        msub w1, w3, w4, w7
        umulh x11, x3, x8
        adc w10, w9, w9
        csel w9, w3, w10, vc
        umsubl x7, w11, w12, x6
        mrs x10, nzcv
        umaddl x5, w5, w2, x15
        cls w9, w14
        cmn w15, w9
        umaddl x6, w7, w4, x15
        adc w9, w15, w9
        extr w14, w5, w8, #2
        smulh x11, x10, x2
        msub x13, x8, x6, x13
        ccmn w6, w7, #3, eq
        lslv x15, x6, x14
        madd w7, w11, w15, w15
        adc w0, w14, w0
        sub w11, w11, #2642, lsl #12
        cmp x15, x1
        ccmp x12, #12, #6, eq
        orr x7, x5, #0xff
        adds x7, x6, x13, asr #40
        msub w0, w11, w6, w12
        negs x10, x6
        add w5, w13, #1855, lsl #12
        cset x12, ls
        smulh x11, x10, x0
        movk w14, #37742, lsl #0
        cset x3, eq
        crc32w w9, w15, w6
        crc32h w9, w3, w10
        csel w0, w12, w4, eq
        rev16 x7, x5
        bfi x0, x5, #15, #37
        lsr x6, x13, #3
        clz w10, w13
        umulh x9, x11, x11
        lsl x11, x14, #30
        ror x11, x1, #12
        cset w1, lt
        smaddl x8, w15, w2, x1
        tst w9, w14
        asr w8, w11, #13
        cset w3, vc
        sub x2, x9, #1995
        ubfx x0, x4, #28, #11
        extr x5, x8, x9, #1
        smsubl x1, w7, w0, x14
        orn x5, x7, x1, lsl #18
        sbfiz w14, w9, #18, #4
        csel x14, x15, x10, lt
        asrv x12, x12, x13
        umulh x9, x15, x10
        madd x2, x13, x11, x4
        crc32cb w1, w7, w13
        csinv w13, w14, w10, al
        mrs x13, nzcv
        rev32 x2, x2
        umaddl x8, w11, w14, x14
        movz w11, #45258, lsl #16
        and w6, w15, #0xff
        msub x3, x10, x3, x13
        b       1f
        .ltorg
1:
