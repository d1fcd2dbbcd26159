// Random integer data-processing sequence 14 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x9053e36315ad6450
        ldr     x1, =0x36774adf2ab4b05e
        ldr     x2, =0x05b04f418d968a6e
        ldr     x3, =0x1
        ldr     x4, =0xe0ff49bb2b2553fc
        ldr     x5, =0x8076ca0562e75da9
        ldr     x6, =0x8f14e15393a1c2e7
        ldr     x7, =0x3155616e406cbe57
        ldr     x8, =0xe6f03a13220a32a7
        ldr     x9, =0xba66fd3745c56c3d
        ldr     x10, =0x80000000
        ldr     x11, =0x85cf858a0ab63949
        ldr     x12, =0x76966f7f876e3464
        ldr     x13, =0xd1259026fc673df6
        ldr     x14, =0xffffffffffffffff
        ldr     x15, =0xfc09b327b6e7a96e
        msr     nzcv, x2
        cset w14, eq
        adds w4, w3, #997
        adds x5, x1, w14, sxth #1
        ror x11, x13, #55
        ror w13, w4, #25
        ands x8, x1, #0x3fc
        madd w4, w14, w13, w10
        sbfx x5, x7, #43, #13
        csinc x3, x3, x12, al
        cset w15, cs
        msub w1, w8, w14, w7
        asrv x2, x14, x3
        csetm w15, lt
        ubfiz w11, w2, #14, #16
        msub w4, w11, w4, w4
        crc32w w8, w12, w10
        smulh x10, x13, x6
        csinc x2, x11, x14, gt
        subs w10, w12, w10, asr #22
        csel x15, x9, x6, ls
        extr x6, x15, x2, #23
        udiv w6, w8, w3
        adcs w2, w1, w12
        crc32h w1, w3, w12
        and w2, w13, #0xff
        smulh x10, x5, x3
        csinv w3, w1, w9, le
        extr x10, x12, x3, #40
        cmn x5, x0
        csetm x8, mi
        madd w6, w15, w13, w12
        add x11, x6, #2595
        movn x5, #4888, lsl #16
        sub x3, x8, #3797, lsl #12
        csel w14, w5, w13, ge
        cset x4, vc
        umsubl x0, w5, w13, x9
        sub x3, x3, x13, lsr #46
        bics x0, x12, x15, lsl #3
        extr x4, x9, x9, #39
        adds w5, w15, #1930
        csetm x12, vc
        bic x7, x4, x10, lsl #23
        mrs x15, nzcv
        rbit w7, w9
        umulh x9, x3, x5
        crc32h w2, w13, w1
        lsrv w12, w14, w0
        rev w1, w13
        ccmn x11, x14, #0, ne
        mvn x15, x6
        smulh x10, x1, x5
        lsl x1, x10, #24
        adds x13, x2, w15, sxtb #3
        smaddl x9, w7, w8, x11
        msub x3, x14, x9, x2
        mrs x5, nzcv
        csneg x12, x10, x8, pl
        negs x4, x5
        crc32ch w6, w6, w10
        sbc w0, w12, w1
        sbfiz w0, w10, #16, #10
        ngc w8, w11
        cset w3, ne
        bfxil w10, w7, #31, #1
        madd x12, x14, x5, x14
        crc32cb w14, w4, w14
        extr x3, x0, x13, #25
        movn x3, #52157, lsl #0
        smsubl x0, w15, w1, x14
        mrs x3, nzcv
        csel w0, w14, w14, ne
        mrs x1, nzcv
        umulh x6, x12, x6
        umsubl x3, w1, w3, x3
        csinc x6, x6, x7, al
        mrs x1, nzcv
        umsubl x13, w8, w7, x13
        ccmp w11, w8, #14, eq
        tst w13, w15
        b       1f
        .ltorg
1:
