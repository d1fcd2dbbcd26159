// Random integer data-processing sequence 20 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x1
        ldr     x1, =0xf80ca640de2e44b8
        ldr     x2, =0x583956e6b4b65d22
        ldr     x3, =0xae2aa8ed5c6cf33d
        ldr     x4, =0xa0a3bad001f4baf1
        ldr     x5, =0x4411a690273bfbc9
        ldr     x6, =0x3d659f5baf1976c0
        ldr     x7, =0xb29a61ae5c1eb715
        ldr     x8, =0x4f343633134ccd03
        ldr     x9, =0x4f8db7aa4e79c663
        ldr     x10, =0x9b567880e5186ea3
        ldr     x11, =0x5ebc81a576bccd1b
        ldr     x12, =0x41d553b2f4508c34
        ldr     x13, =0x80000000
        ldr     x14, =0x724119b1066c21f0
        ldr     x15, =0x8b044371c9157bb3
        msr     nzcv, x1
        smulh x8, x11, x4
        and w12, w3, #0xffff0000
        adcs x11, x9, x14
        add w0, w11, w1, lsr #25
        sub w0, w7, #2416, lsl #12
        cmn w0, w12
        ccmn w10, #23, #2, gt
        cls x3, x10
        subs w2, w0, w6, asr #3
        ccmp x4, #8, #2, eq
        ngcs w12, w4
        smsubl x8, w11, w6, x11
        add x8, x6, x4, lsr #63
        ccmn x0, x12, #14, hi
        crc32x w12, w7, x7
        sub w0, w7, #2245
        sbcs x1, x15, x7
        sub x12, x5, #38, lsl #12
        movn x4, #38988, lsl #32
        orn x15, x10, x11, ror #29
        asr x8, x8, #39
        sbfiz x8, x15, #39, #20
        add w3, w8, #3973, lsl #12
        sub w2, w10, w10, asr #7
        extr x2, x3, x14, #46
        smulh x4, x9, x1
        crc32cw w1, w3, w4
        lsl x11, x11, #12
        umulh x14, x3, x0
        smsubl x4, w9, w4, x12
        extr x8, x13, x9, #50
        add x4, x3, #1607
        movz w7, #35183, lsl #0
        smsubl x6, w5, w11, x10
        umsubl x1, w5, w11, x10
        adcs w6, w6, w0
        bfi w8, w13, #2, #30
        umsubl x8, w13, w15, x1
        orr w14, w6, #0xff
        msub w13, w3, w14, w1
        ccmn w8, w2, #14, vs
        cset w7, eq
        bfi x0, x15, #35, #29
        and x0, x3, x6, lsl #42
        umulh x11, x1, x0
        subs x1, x12, w13, uxtb #1
        csinc x9, x0, x2, cc
        madd x14, x11, x12, x2
        smaddl x11, w7, w3, x6
        bfxil w7, w5, #2, #26
        crc32h w13, w4, w13
        sbc x8, x6, x12
        eon w1, w2, w1, ror #10
        bfi x1, x12, #39, #20
        cset w7, vc
        crc32h w12, w8, w4
        sub w15, w9, w7, asr #28
        ands w3, w11, #0x55555555
        add x8, x5, w9, uxtb #3
        crc32ch w3, w14, w1
        ccmn w10, w3, #9, vs
        bfxil x9, x11, #46, #3
        ands w2, w8, #0xffff0000
        cmn x4, x4
        sdiv x0, x4, x7
        eon w2, w6, w7, asr #27
        adcs x0, x15, x7
        rev32 x4, x9
        movk x10, #16790, lsl #16
        rbit w5, w15
        adds x13, x12, w12, uxtw #2
        ubfx w0, w6, #25, #3
        csneg x5, x14, x7, lt
        cmn x6, x12
        rev16 w13, w14
        orr w14, w4, w10, asr #18
        csel x13, x3, x3, ne
        ccmn x9, #17, #5, le
        csetm w7, vc
        neg w0, w13
        b       1f
        .ltorg
1:
