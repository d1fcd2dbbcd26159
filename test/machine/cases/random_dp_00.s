// Random integer data-processing sequence 0 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0xb63a74abb3ac4626
        ldr     x1, =0x5123501a1a713f6c
        ldr     x2, =0xffffffffffffffff
        ldr     x3, =0x1fefa751e422f49d
        ldr     x4, =0x494fc4db03d99e6f
        ldr     x5, =0x666e9eae0b2b22c8
        ldr     x6, =0x8000000000000000
        ldr     x7, =0xb87b7ba22589da99
        ldr     x8, =0xe53927a7cf9fa9f2
        ldr     x9, =0xffffffffffffffff
        ldr     x10, =0x9f7a3f94ba8a02a0
        ldr     x11, =0x1
        ldr     x12, =0x2a8eade0e2b94706
        ldr     x13, =0x7fffffff
        ldr     x14, =0xa73c39b7876222cf
        ldr     x15, =0x43052219100cb54b
        msr     nzcv, x15
        orr w11, w0, #0x3fc
        extr w8, w9, w4, #24
        sbfx w11, w6, #20, #9
        msub w8, w0, w13, w7
        mrs x8, nzcv
        adds x13, x12, w15, sxtw #4
        ccmn w12, w7, #10, ge
        csneg w9, w7, w9, lt
        movn x2, #33955, lsl #16
        ccmp w7, #13, #11, ne
        ubfx x3, x2, #63, #1
        rev32 x12, x13
        adds x8, x9, #2514, lsl #12
        umsubl x15, w11, w11, x2
        sub x15, x2, #215
        rev16 x6, x11
        eon x10, x13, x15, lsr #48
        orr w14, w4, w10, lsl #16
        csel x10, x13, x3, al
        cmn x11, x7
        sbcs x5, x12, x5
        subs w5, w9, #3683
        crc32h w3, w13, w5
        smsubl x2, w11, w3, x12
        sub w2, w1, w12, lsr #22
        ccmn w15, w8, #8, cs
        sbcs x1, x6, x1
        msub w15, w5, w1, w3
        cset x1, eq
        extr w4, w12, w6, #12
        movz w5, #59689, lsl #16
        umulh x9, x8, x2
        movz w13, #43113, lsl #16
        crc32x w3, w11, x3
        add w8, w9, w13, lsl #4
        orr w8, w0, #0xff
        mvn w2, w13
        csetm x8, cs
        mrs x9, nzcv
        extr x6, x2, x6, #55
        madd x2, x12, x6, x4
        udiv x12, x5, x11
        crc32h w0, w1, w11
        mvn x1, x2
        lsl w8, w11, #29
        orr x12, x7, x2, lsl #23
        ubfx x13, x14, #16, #16
        sub x0, x2, w11, uxtb #3
        extr w9, w0, w0, #19
        umaddl x7, w15, w0, x13
        add x10, x13, w8, sxth #0
        bic x6, x0, x5, lsr #9
        lsr w11, w5, #0
        eor x15, x10, #0x5555555555555555
        umaddl x14, w10, w11, x14
        eon x5, x2, x14, asr #18
        movz x4, #40235, lsl #48
        asr w15, w3, #17
        mrs x8, nzcv
        csneg x14, x14, x0, cc
        sdiv w11, w5, w7
        extr w9, w10, w3, #21
        lsl x13, x5, #39
        ands w9, w2, #0x80000001
        udiv w2, w0, w5
        movn x0, #233, lsl #16
        clz x11, x1
        smulh x9, x6, x1
        sbc w14, w3, w3
        rorv w15, w0, w15
        cmp w1, w15
        eor w8, w13, #0x55555555
        csneg w1, w10, w14, hi
        cset w0, pl
        cls x13, x1
        sbc w14, w12, w12
        csetm x6, vc
        csel x5, x12, x14, vc
        crc32x w11, w10, x12
        and x2, x2, #0x3fc
        b       1f
        .ltorg
1:
