// Random integer data-processing sequence 5 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x49de2dd81b5c7acd
        ldr     x1, =0x1965ef4d2e6a95ef
        ldr     x2, =0xa296ce96f9cba85c
        ldr     x3, =0x53dee07b64311102
        ldr     x4, =0xffffffff
        ldr     x5, =0x981246e9a8d76902
        ldr     x6, =0xffffffff
        ldr     x7, =0x1
        ldr     x8, =0xf0ab45c22088bcfb
        ldr     x9, =0x4bd31ec13b3b8f71
        ldr     x10, =0xffbe7a0ac62fa24b
        ldr     x11, =0x8000000000000000
        ldr     x12, =0x80000000
        ldr     x13, =0x9a860b3b06455b7a
        ldr     x14, =0x74c6a39cf285d9d7
        ldr     x15, =0xfc4fb003493c1bd9
        msr     nzcv, x13
        mrs x7, nzcv
        asr x9, x13, #35
        smsubl x9, w2, w7, x7
        mrs x12, nzcv
        tst w9, w8
        rev16 x5, x15
        csinv x10, x0, x12, vs
        mrs x1, nzcv
        msub w9, w8, w3, w3
        csinc x11, x3, x8, ls
        rorv w13, w5, w0
        movk w15, #51269, lsl #0
        umulh x2, x5, x15
        umsubl x4, w6, w8, x10
        bfi x4, x6, #63, #1
        cmp x2, x13
        ccmn x11, #18, #11, lt
        neg w4, w3
        asrv x3, x0, x6
        sub x1, x2, #1296
        ccmp w8, w5, #4, ls
        cset x11, vs
        csetm x13, ne
        eon x5, x8, x3, asr #28
        smulh x15, x13, x5
        bfi w6, w10, #24, #1
        crc32w w1, w0, w3
        subs w4, w3, w2, lsl #0
        adds x15, x6, x4, lsr #0
        ccmn x0, #29, #1, cs
        subs x7, x0, #3211
        msub w3, w4, w8, w0
        umulh x11, x3, x13
        eor w6, w3, #0xff
        and x7, x0, x15, ror #23
        extr x1, x14, x15, #14
        umsubl x13, w12, w4, x6
        add w15, w8, w15, asr #4
        crc32ch w10, w10, w10
        crc32ch w0, w6, w7
        ccmn x4, x9, #12, cc
        bfxil x12, x12, #43, #9
        orr w7, w9, #0x80000001
        csinv w10, w5, w7, ne
        mrs x3, nzcv
        mrs x3, nzcv
        csneg w0, w10, w0, eq
        crc32x w12, w6, x7
        ubfx w2, w4, #8, #7
        movn x15, #8362, lsl #0
        ngcs x9, x3
        csinv x15, x0, x10, vs
        ccmn w6, w10, #6, ge
        smsubl x3, w10, w3, x6
        umulh x2, x2, x14
        asr w10, w8, #14
        ccmp x3, x5, #10, hi
        crc32h w4, w6, w1
        eon w6, w9, w5, asr #29
        negs w10, w13
        movz w3, #28770, lsl #0
        crc32cx w0, w6, x0
        rev w6, w0
        tst x14, x2
        subs x12, x14, x6, lsr #51
        cls x5, x11
        lsr w15, w13, #24
        add w1, w10, w6, lsr #4
        umsubl x15, w2, w2, x7
        rbit x7, x9
        subs w12, w11, #739
        crc32x w4, w3, x14
        ubfiz w15, w3, #9, #7
        adds x12, x3, w11, sxtw #3
        rev16 x9, x3
        rev16 x7, x13
        umulh x2, x4, x3
        csetm x1, ls
        sbfiz x3, x12, #31, #16
        madd w14, w9, w13, w12
        b       1f
        .ltorg
1:
