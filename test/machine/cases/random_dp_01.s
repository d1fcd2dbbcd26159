// Random integer data-processing sequence 1 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x7fffffffffffffff
        ldr     x1, =0x09ad22c389fe3728
        ldr     x2, =0x452f2f94a7eefbe4
        ldr     x3, =0x0
        ldr     x4, =0x9246afb3edece573
        ldr     x5, =0x1
        ldr     x6, =0x0
        ldr     x7, =0x5f252ea36770e8a0
        ldr     x8, =0x8000000000000000
        ldr     x9, =0xf43fc72b1a0d8f45
        ldr     x10, =0x80000000
        ldr     x11, =0xc197dcbdcb4f90b8
        ldr     x12, =0x8000000000000000
        ldr     x13, =0x9629cafdeaa8c726
        ldr     x14, =0x2afd78ae9b8a7f9a
        ldr     x15, =0xdf717f7d23a83df8
        msr     nzcv, x12
        mvn x2, x1
        extr x9, x8, x15, #16
        extr x14, x12, x4, #19
        extr x15, x13, x7, #53
        ccmn x9, #9, #12, gt
        crc32b w10, w0, w7
        lsl x13, x9, #47
        ccmn w4, w14, #2, mi
        asr x8, x10, #5
        crc32cx w2, w4, x1
        msub w6, w9, w2, w5
        sdiv w2, w7, w10
        mrs x7, nzcv
        csetm x4, lt
        umulh x13, x0, x10
        movz x1, #21069, lsl #48
        mrs x14, nzcv
        ands w11, w8, #0xff
        lsrv w4, w2, w8
        add x1, x15, x3, lsl #19
        eor x14, x7, #0xfffffffffffff000
        crc32h w12, w1, w14
        orn x14, x13, x14, lsr #24
        asrv w4, w15, w14
        bfxil x10, x13, #28, #25
        csel x1, x0, x7, hi
        mrs x3, nzcv
        extr x6, x2, x8, #62
        mrs x3, nzcv
        sub x9, x5, x10, asr #2
        smulh x11, x7, x12
        tst w11, w9
        msub w6, w10, w2, w0
        asr w11, w4, #27
        subs x6, x6, w9, sxtb #1
        subs w5, w8, #3802, lsl #12
        udiv w14, w5, w10
        lslv x6, x13, x5
        subs x8, x11, x15, asr #40
        cmp w2, w9
        orr w13, w10, w13, ror #25
        orr w12, w0, #0x55555555
        umulh x11, x9, x8
        mvn w11, w6
        mrs x14, nzcv
        ubfx x12, x5, #4, #16
        adds w3, w4, #183, lsl #12
        negs x0, x14
        umulh x13, x1, x13
        add x12, x13, #343
        smsubl x5, w15, w2, x13
        ror x2, x9, #6
        ccmp w8, #8, #9, eq
        add x13, x9, w1, uxtw #0
        movz x8, #34591, lsl #0
        mrs x12, nzcv
        lsl w14, w13, #16
        crc32cx w11, w6, x11
        extr x13, x6, x1, #21
        rorv x0, x5, x1
        ccmn x14, #3, #2, cs
        extr x2, x2, x8, #58
        rbit w8, w1
        add x3, x13, w9, sxth #2
        negs w2, w9
        umulh x2, x12, x11
        ccmn w8, w10, #3, vc
        extr w7, w8, w6, #24
        csel w11, w4, w12, mi
        orr w8, w9, #0xffff0000
        tst x8, x7
        csinv x6, x11, x3, vs
        tst w7, w14
        add x15, x5, w11, sxth #2
        orr w13, w9, #0x55555555
        sbcs x6, x2, x13
        mrs x15, nzcv
        mrs x2, nzcv
        umsubl x6, w6, w2, x8
        umulh x0, x13, x9
        b       1f
        .ltorg
1:
