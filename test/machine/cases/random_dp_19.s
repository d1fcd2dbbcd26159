// Random integer data-processing sequence 19 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x1
        ldr     x1, =0xe928df68db379765
        ldr     x2, =0xa90746e63ca93564
        ldr     x3, =0x8a6cf3ae22757d0a
        ldr     x4, =0x0
        ldr     x5, =0xffffffffffffffff
        ldr     x6, =0xcecc10dc3c96e9ca
        ldr     x7, =0x7fffffff
        ldr     x8, =0x8000000000000000
        ldr     x9, =0x7ebb4a6f60aeb2b9
        ldr     x10, =0x4ec8a9fa55400dd1
        ldr     x11, =0x2ebd08590b56983f
        ldr     x12, =0x1
        ldr     x13, =0xeb2a7af4c29ac002
        ldr     x14, =0xb17b270e60e4890e
        ldr     x15, =0x8e9e2ad671d19573
        msr     nzcv, x1
        extr x9, x1, x0, #23
        mrs x9, nzcv
        lsr w5, w14, #0
        csinc x8, x6, x11, ls
        asrv w12, w5, w15
        rev w5, w9
        madd w3, w3, w4, w13
        extr x13, x4, x3, #44
        mvn x2, x6
        ccmn w0, #2, #10, gt
        subs x13, x12, #67
        csetm x5, ge
        crc32h w8, w13, w9
        lsl w1, w5, #7
        extr x15, x9, x6, #6
        csinv w9, w1, w5, cc
        subs x13, x12, w10, uxtb #3
        ngc w11, w12
        csel w11, w1, w15, mi
        orr w9, w11, #0x80000001
        mrs x7, nzcv
        csel x1, x8, x0, vc
        lsr x14, x8, #19
        madd x9, x9, x5, x7
        tst w1, w2
        subs w15, w9, w5, lsl #10
        sbcs w8, w11, w0
        orr x9, x3, x14, ror #22
        add x3, x2, #235, lsl #12
        adc x5, x5, x2
        movz x0, #13461, lsl #32
        umaddl x4, w15, w6, x3
        add x8, x14, #3433
        cset w14, le
        crc32w w13, w5, w5
        eor w11, w3, w15, ror #8
        sub x15, x7, w4, sxtb #1
        sbfiz w11, w0, #13, #3
        asr x10, x12, #0
        adds x4, x13, w6, sxth #1
        cmn w1, w6
        umulh x10, x0, x0
        sub x13, x5, x10, lsl #53
        bfi w6, w9, #3, #28
        asr x10, x6, #12
        add w4, w15, w9, lsr #0
        orr x15, x9, x11, asr #52
        csetm x14, ge
        csel w9, w15, w7, pl
        msub w2, w9, w13, w13
        orr x3, x2, x4, lsl #51
        sbc x12, x7, x12
        orr x6, x7, #0x7ffffffffffffffe
        ccmn x1, x11, #4, al
        sdiv x2, x4, x2
        subs w14, w7, w3, lsl #26
        umulh x4, x5, x2
        smulh x2, x10, x9
        rev16 w2, w11
        ubfx w12, w2, #31, #1
        rorv x2, x8, x7
        lsl w12, w14, #2
        umaddl x2, w8, w4, x0
        umaddl x11, w11, w4, x11
        add x14, x1, w6, uxtw #3
        tst w12, w15
        crc32ch w12, w4, w0
        rev w0, w13
        mrs x3, nzcv
        movz w2, #28380, lsl #16
        sub x3, x5, w0, uxtw #1
        smsubl x5, w11, w0, x7
        sbfx x5, x10, #57, #5
        sub w4, w11, #2119
        extr w4, w7, w11, #4
        add x1, x5, w11, uxth #4
        csinc x15, x12, x15, lt
        csneg w10, w8, w13, ne
        and w14, w12, #0xff
        csel w3, w7, w12, hi
        b       1f
        .ltorg
1:
