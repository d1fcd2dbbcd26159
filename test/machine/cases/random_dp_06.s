// Random integer data-processing sequence 6 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x18b9e301b4898441
        ldr     x1, =0x769e0ea1b089e0a9
        ldr     x2, =0xa3e7dc0c5ae15c62
        ldr     x3, =0x85a50a0a57d3c811
        ldr     x4, =0xd8fd9066853b1ad1
        ldr     x5, =0x2330737580732e1e
        ldr     x6, =0xf15df07ce8aaed03
        ldr     x7, =0xa253c33125ce0fa7
        ldr     x8, =0xb6617cfbdd46f769
        ldr     x9, =0x1
        ldr     x10, =0xec3a1eefc9fb0cb9
        ldr     x11, =0xff02727e87591da3
        ldr     x12, =0xf9692030ccd4674d
        ldr     x13, =0x47f302330da0a5ca
        ldr     x14, =0xffffffff
        ldr     x15, =0x6e98a4210cd858a3
        msr     nzcv, x11
        crc32w w8, w11, w1
        subs x14, x3, x7, lsr #2
        subs x14, x1, x15, asr #58
        msub x12, x1, x3, x6
        lslv x14, x8, x1
        lsrv x6, x0, x6
        extr w8, w1, w9, #20
        smulh x11, x15, x8
        mvn w14, w3
        mrs x3, nzcv
        and x5, x3, x9, ror #47
        bics x8, x1, x10, ror #45
        tst x4, x15
        msub x11, x0, x15, x5
        bfi w14, w7, #27, #1
        csetm x9, le
        mrs x9, nzcv
        sbc x9, x11, x6
        umulh x13, x5, x4
        csinc x2, x9, x14, ne
        madd w12, w13, w9, w7
        ands x9, x10, x6, lsr #14
        umulh x4, x2, x13
        negs x14, x0
        negs w9, w14
        subs x11, x12, x10, asr #63
        crc32cx w9, w12, x14
        umsubl x9, w12, w8, x12
        movz w7, #30538, lsl #0
        rev w14, w10
        extr w6, w11, w8, #11
        add x4, x7, w14, sxtw #2
        add x11, x1, w1, sxth #1
        sub w0, w14, #3344, lsl #12
        smulh x5, x9, x3
        eor w0, w7, #0xff
        ccmp w11, #18, #15, ls
        mrs x6, nzcv
        sub w8, w0, #2592
        csel w2, w0, w13, vs
        adc x12, x4, x13
        ubfiz w1, w3, #16, #14
        subs w15, w5, w9, lsl #10
        csinv x10, x6, x2, gt
        rorv x3, x5, x2
        rev w5, w14
        smsubl x13, w12, w12, x9
        asrv w4, w9, w1
        ubfiz x9, x6, #18, #2
        adds x12, x15, w11, sxtb #0
        cmn w8, w7
        adc x11, x5, x11
        add x11, x3, #783, lsl #12
        mvn w10, w9
        crc32ch w5, w10, w4
        neg w15, w3
        crc32x w4, w4, x11
        ccmp w7, w10, #14, lt
        cset w15, cs
        movn w3, #48061, lsl #16
        movn x3, #19624, lsl #32
        smulh x9, x5, x3
        ccmn x2, x3, #12, lt
        csel x14, x2, x8, cc
        sub x8, x8, w12, uxtw #4
        adds w0, w7, #3876, lsl #12
        extr x11, x15, x13, #36
        crc32cw w12, w11, w4
        sub w9, w0, #561
        madd w9, w0, w13, w14
        rev32 x10, x5
        mrs x10, nzcv
        ccmn x0, x10, #11, hi
        orr x7, x7, #0xf0f0f0f0f0f0f0f0
        adc w4, w8, w9
        mrs x11, nzcv
        add x7, x11, w0, sxtb #2
        bfi w12, w5, #17, #6
        rev32 x11, x12
        csneg x11, x8, x2, ne
        b       1f
        .ltorg
1:
