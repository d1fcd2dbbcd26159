// Random integer data-processing sequence 9 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x97b6c876f1e0ec2c
        ldr     x1, =0x87178fe59eff4d99
        ldr     x2, =0x48dc4448e5d621b5
        ldr     x3, =0x3b9a6cf2eec6a7dc
        ldr     x4, =0xd8bf9ad958f0d9ae
        ldr     x5, =0x3920a8649115c183
        ldr     x6, =0x8000000000000000
        ldr     x7, =0x7fffffffffffffff
        ldr     x8, =0x33ffc3a505cf5c79
        ldr     x9, =0xc0a4244d38519097
        ldr     x10, =0x165a8e6368e8f480
        ldr     x11, =0x40fd71db110a1cfa
        ldr     x12, =0x85d27ef92441007f
        ldr     x13, =0x6c572a47179cab27
        ldr     x14, =0x8000000000000000
        ldr     x15, =0xae8144eff4d14f48
        msr     nzcv, x4
        smulh x13, x11, x10
        sbcs x15, x14, x13
        orn w1, w11, w7, lsr #23
        subs w1, w2, w13, asr #23
        sub x10, x8, w0, sxtb #4
        mrs x10, nzcv
        mvn w2, w7
        cset w14, le
        crc32w w15, w0, w6
        adc w13, w9, w9
        neg w13, w5
        smsubl x7, w11, w2, x5
        neg w0, w5
        crc32ch w5, w8, w13
        lsr x5, x2, #15
        csetm x9, cc
        umaddl x14, w0, w13, x15
        mrs x6, nzcv
        ngcs w5, w11
        crc32b w14, w13, w5
        rbit w6, w14
        subs x9, x1, w2, sxth #3
        ccmp x1, #28, #10, cc
        tst x13, x3
        sub x1, x8, x12, asr #58
        crc32cb w3, w12, w6
        crc32ch w1, w13, w9
        mrs x11, nzcv
        sbc w4, w1, w14
        sbc x0, x11, x3
        sub w3, w8, #1291, lsl #12
        csinc x0, x15, x11, lt
        extr x10, x13, x7, #52
        extr x4, x2, x9, #53
        cmn x8, x12
        csneg w12, w0, w4, ls
        csetm x5, cs
        ngc w14, w0
        rev w10, w14
        csneg x8, x12, x6, le
        adc x11, x15, x14
        smsubl x11, w7, w3, x5
        ccmn w5, #30, #8, vs
        ccmp x7, x13, #14, mi
        crc32w w2, w10, w8
        mvn x4, x4
        csinc x9, x4, x0, cs
        umaddl x14, w14, w1, x4
        sbfx w10, w10, #7, #25
        umulh x8, x2, x14
        and x0, x8, #0xfffffffffffff000
        rev w13, w0
        extr w14, w8, w13, #29
        umulh x8, x4, x5
        msub x13, x8, x11, x14
        lslv w13, w8, w12
        sbc w13, w14, w11
        cset w14, ls
        bfi x5, x3, #34, #12
        ubfx w6, w14, #24, #2
        adds x12, x10, #256
        negs w3, w3
        movz x5, #53158, lsl #16
        extr w0, w0, w10, #4
        rev16 w13, w13
        crc32x w13, w3, x0
        extr w13, w6, w9, #10
        movk x5, #54710, lsl #16
        eor w2, w0, w15, lsr #31
        orr x15, x7, #0xf0f0f0f0f0f0f0f0
        ccmn x4, #23, #13, vc
        ubfx w5, w13, #26, #6
        movn w9, #46809, lsl #0
        cset x8, lt
        smulh x5, x14, x11
        asr x6, x5, #37
        bfi x12, x15, #1, #6
        ccmp w8, #31, #13, cs
        csetm w1, eq
        bics x14, x9, x5, lsl #34
        b       1f
        .ltorg
1:
