// Random integer data-processing sequence 3 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0xffffffff
        ldr     x1, =0x7d48fbbe5764f84a
        ldr     x2, =0xd56ec9c7b0a45fee
        ldr     x3, =0x990cfe33287873c8
        ldr     x4, =0xffffffff
        ldr     x5, =0x49a909dace3161dd
        ldr     x6, =0x8f2cf3c907d2397f
        ldr     x7, =0x80000000
        ldr     x8, =0xe80e88cbab71eb84
        ldr     x9, =0xffffffff
        ldr     x10, =0x1c4c038b9ad9d3c4
        ldr     x11, =0x76d7c5344d8f0a68
        ldr     x12, =0x9d29fb94e20dc195
        ldr     x13, =0x6914f7f6ea3687c2
        ldr     x14, =0xb66c4517787eed68
        ldr     x15, =0xffffffffffffffff
        msr     nzcv, x10
        neg x1, x3
        msub w10, w0, w12, w4
        extr w6, w10, w2, #13
        clz x3, x11
        extr x10, x7, x2, #31
        udiv w13, w2, w0
        add x3, x8, #423, lsl #12
        bfxil w8, w0, #19, #3
        ccmn x0, #14, #1, lt
        ccmn w11, #26, #4, le
        sbcs x0, x14, x5
        extr x2, x3, x11, #26
        eor w3, w6, #0xff
        sbfx x5, x0, #58, #2
        ccmp x7, x4, #8, vs
        lsrv w6, w5, w0
        mrs x4, nzcv
        adds w9, w1, w8, asr #7
        mrs x10, nzcv
        cmp w9, w15
        sub x2, x11, #2083
        tst w8, w14
        eon x9, x11, x4, ror #26
        madd x3, x0, x0, x7
        eon x14, x12, x12, lsl #37
        madd x14, x3, x5, x4
        csetm x15, lt
        cls w14, w3
        rorv x12, x4, x5
        movz x6, #50989, lsl #16
        sub x13, x2, x9, lsl #17
        ngcs w11, w3
        sub x0, x9, #153
        movz x0, #39716, lsl #0
        csinc x10, x5, x3, ge
        mrs x9, nzcv
        cset w0, vs
        bfi w4, w1, #11, #18
        add x3, x9, x7, lsr #3
        cmp x10, x2
        tst w5, w4
        subs x11, x0, x15, lsr #58
        movk x9, #2610, lsl #32
        cmp x1, x3
        msub x13, x11, x14, x14
        adds w4, w0, w0, lsr #18
        smulh x11, x13, x14
        csetm w0, le
        udiv w1, w3, w13
        movk w3, #35361, lsl #16
        add x14, x2, w2, sxtw #1
        orn w10, w14, w0, asr #23
        cset w3, ge
        csinc w1, w9, w2, cs
        cmp x4, x14
        lsl x10, x14, #25
        umulh x9, x4, x9
        rev x12, x5
        clz x2, x0
        sub x12, x12, w3, sxth #2
        crc32h w13, w7, w2
        ubfx x11, x3, #5, #8
        add w1, w1, w3, lsr #16
        extr w4, w9, w5, #26
        ands w12, w13, #0x7ffffffe
        extr x4, x12, x13, #44
        clz x2, x1
        and x3, x0, #0x3fc
        orr w6, w13, w11, asr #0
        sbcs x6, x0, x7
        sub x4, x3, w4, uxtw #3
        smaddl x9, w5, w11, x3
        orr x12, x8, x11, ror #49
        sdiv x15, x7, x6
        cmp x15, x7
        lsr x15, x4, #16
        tst w2, w8
        orr w9, w13, #0x7ffffffe
        movk w12, #55150, lsl #0
        extr x0, x7, x15, #57
        b       1f
        .ltorg
1:
