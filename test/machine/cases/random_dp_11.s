// Random integer data-processing sequence 11 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x71a4c95c5eb8c301
        ldr     x1, =0xbf715bec6826ced1
        ldr     x2, =0x11e16a5a5760d98f
        ldr     x3, =0xdebb0d1079849b3d
        ldr     x4, =0xc54d1e365ede1d84
        ldr     x5, =0x7fffffffffffffff
        ldr     x6, =0xbe7283f53af751d9
        ldr     x7, =0x0
        ldr     x8, =0x7820131e4f31a043
        ldr     x9, =0x714258c66ffbe836
        ldr     x10, =0x31e6908ce085bd52
        ldr     x11, =0x7fffffffffffffff
        ldr     x12, =0xf714b5ccb7ab3130
        ldr     x13, =0x82a123b2f2d3d3e9
        ldr     x14, =0x0ba03730c69246dc
        ldr     x15, =0x80291b9983b8d0e3
        msr     nzcv, x3
        bfi w5, w4, #24, #5
        bfi w8, w15, #1, #31
        eon x12, x9, x4, lsl #12
        sbfx x13, x2, #42, #22
        eor w12, w3, #0x7ffffffe
        movn w3, #33506, lsl #0
        negs w3, w6
        add x2, x3, x2, asr #33
        cmp x10, x12
        orr w5, w14, w7, ror #16
        madd w11, w14, w7, w11
        neg x11, x13
        lslv x2, x1, x0
        mrs x12, nzcv
        and x14, x11, #0xf0f0f0f0f0f0f0f0
        extr x3, x8, x9, #34
        movn w10, #48770, lsl #0
        ands x1, x11, #0x5555555555555555
        mrs x11, nzcv
        add w9, w3, w12, asr #6
        madd x4, x0, x2, x14
        adds w4, w13, w10, lsr #5
        sdiv w14, w6, w0
        rev w0, w2
        ccmn w1, #31, #14, vc
        sdiv x5, x12, x12
        ngc x5, x4
        movz x9, #52354, lsl #0
        ngc x6, x3
        lsl x7, x1, #56
        csetm x10, mi
        movz x7, #55730, lsl #32
        add x15, x11, x10, lsr #17
        movn x4, #26647, lsl #32
        ands x3, x8, #0xff
        msub w4, w11, w7, w8
        lsl x10, x2, #57
        cmp w2, w3
        ccmn w6, #21, #0, pl
        smulh x7, x8, x6
        add x7, x2, w1, sxth #3
        crc32h w14, w8, w11
        adds x5, x14, w12, uxtw #4
        asrv x7, x1, x4
        crc32h w7, w5, w12
        csneg x15, x10, x0, vs
        subs w0, w1, #2939
        umaddl x9, w0, w7, x7
        ccmp x14, #13, #15, ge
        rbit w13, w9
        umulh x15, x2, x12
        adc w4, w13, w15
        negs w8, w5
        smaddl x8, w0, w0, x2
        sbfiz w11, w1, #18, #10
        rev16 w15, w0
        sbcs w11, w2, w11
        sdiv w8, w14, w1
        movz x11, #20767, lsl #32
        madd w4, w7, w5, w2
        cmn w9, w2
        madd w0, w4, w10, w8
        extr x15, x8, x12, #52
        subs x5, x14, x10, lsr #3
        adds x9, x5, #946
        asr w4, w14, #4
        csneg w12, w9, w5, lt
        cmn x13, x11
        csneg w15, w11, w13, ne
        movk x12, #47496, lsl #32
        madd w4, w8, w4, w3
        madd x14, x10, x3, x5
        asr w6, w6, #17
        csneg x13, x9, x11, ls
        bfi x15, x5, #10, #19
        csetm w4, eq
        cset w13, hi
        mrs x5, nzcv
        and x1, x13, #0x7ffffffffffffffe
        sbc w14, w1, w5
        b       1f
        .ltorg
1:
