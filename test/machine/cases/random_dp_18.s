// Random integer data-processing sequence 18 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0xea3a0cdaf8a89884
        ldr     x1, =0x021130005762e9c5
        ldr     x2, =0x87592f371ee35e95
        ldr     x3, =0xffffffff
        ldr     x4, =0x1
        ldr     x5, =0x0
        ldr     x6, =0x5d3590daf246d234
        ldr     x7, =0xe96fea389f280c27
        ldr     x8, =0xffffffff
        ldr     x9, =0x48ee389d33ea69ad
        ldr     x10, =0xcfbb27d80d1d7f9c
        ldr     x11, =0xc6439dc79b64fe77
        ldr     x12, =0xb3efb1b4d521b451
        ldr     x13, =0xee0beed3f2b9c914
        ldr     x14, =0xd9c77b98e5983e82
        ldr     x15, =0xff58811ca6d46693
        msr     nzcv, x4
        subs w2, w14, #150, lsl #12
        subs x3, x2, w9, sxth #4
        crc32w w12, w1, w8
        ccmp x2, #28, #4, cc
        lsl x10, x0, #39
        mrs x11, nzcv
        adc w1, w2, w2
        crc32ch w6, w6, w8
        umsubl x1, w8, w14, x2
        mrs x3, nzcv
        add x5, x3, w2, uxth #3
        ccmp w15, #14, #4, ne
        sbfx w7, w5, #8, #16
        msub w8, w15, w3, w3
        and x14, x9, x13, asr #3
        bfxil x14, x12, #52, #1
        movn x11, #58890, lsl #48
        neg x6, x3
        mrs x12, nzcv
        cmn w12, w6
        eor x9, x7, #0xfffffffffffff000
        lsr w4, w9, #9
        madd x9, x11, x13, x14
        lsrv w15, w2, w8
        movz x9, #16156, lsl #32
        rev16 w6, w11
        extr w11, w3, w6, #14
        csinc x11, x5, x4, eq
        asrv x2, x13, x1
        ccmn w14, w2, #11, mi
        smulh x2, x14, x7
        smulh x7, x3, x5
        and w0, w8, #0x3fc
        and w0, w5, w6, lsl #20
        sub x15, x11, w10, uxtw #4
        umulh x11, x4, x4
        ands x4, x2, #0x3fc
        lsr w6, w9, #0
        bic x0, x7, x4, asr #28
        ror w5, w6, #2
        smsubl x1, w0, w4, x3
        bfi w14, w8, #13, #17
        sbcs x13, x1, x13
        madd x10, x0, x15, x4
        eon x11, x6, x7, ror #46
        add x11, x1, w2, uxtw #1
        adcs w15, w15, w1
        sdiv x0, x8, x12
        and x6, x8, x15, lsl #38
        rev w13, w4
        adds w1, w1, w0, lsr #19
        csinc w3, w15, w11, ne
        extr x3, x4, x1, #5
        extr x8, x11, x3, #52
        subs x3, x5, w1, uxtw #0
        subs x9, x4, w8, uxtb #4
        add w11, w3, #3804, lsl #12
        csinv x4, x15, x1, vc
        mvn w2, w7
        msub w6, w2, w11, w7
        lsrv x9, x7, x14
        tst w11, w12
        madd x2, x4, x9, x7
        adds x1, x2, w9, sxth #0
        clz w8, w5
        orr x5, x0, #0xff
        cmn x1, x0
        smsubl x1, w1, w10, x7
        ngcs w12, w12
        msub w15, w0, w9, w1
        clz w1, w5
        bfi w14, w3, #23, #7
        ubfx x8, x2, #17, #35
        extr x2, x12, x13, #5
        cset w6, pl
        subs x14, x7, x3, asr #1
        extr x8, x15, x1, #44
        extr w6, w4, w8, #22
        ngcs w7, w10
        umsubl x11, w2, w0, x13
        b       1f
        .ltorg
1:
