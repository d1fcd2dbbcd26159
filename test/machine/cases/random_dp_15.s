// Random integer data-processing sequence 15 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0xffffffff
        ldr     x1, =0x7fffffffffffffff
        ldr     x2, =0x7fffffffffffffff
        ldr     x3, =0x06bb8101b2f9e8d6
        ldr     x4, =0x613c4586cfaafd05
        ldr     x5, =0xb4882bae00bc411b
        ldr     x6, =0x64637ccd368aa539
        ldr     x7, =0xa8540ba5bf68196c
        ldr     x8, =0xca626f401b1e58d1
        ldr     x9, =0x5a055a93ff005742
        ldr     x10, =0x50ecdcbe273c88ce
        ldr     x11, =0x28c84457240c733e
        ldr     x12, =0x3e88cff55f41d2f2
        ldr     x13, =0x9599b8ffba5b0bdb
        ldr     x14, =0x0099beb98212c7b0
        ldr     x15, =0x9284ef73421700cf
        msr     nzcv, x14
        asr w14, w10, #13
        movk x3, #47585, lsl #16
        ands w13, w12, w14, lsl #9
        movn x0, #2905, lsl #16
        mvn x0, x2
        ror x14, x9, #33
        add w11, w3, w13, lsr #1
        ccmn w3, w5, #14, gt
        clz x3, x2
        extr w15, w4, w0, #24
        adc w5, w14, w7
        lsrv w2, w12, w5
        mvn x1, x10
        orr x15, x13, #0xf0f0f0f0f0f0f0f0
        smulh x12, x8, x13
        ccmp w1, w12, #4, hi
        ccmp w8, w12, #11, vs
        cset w5, vs
        crc32h w12, w10, w5
        ngc w10, w5
        umulh x14, x3, x5
        movz w12, #17275, lsl #16
        neg w13, w9
        add x6, x4, x6, lsl #2
        csneg x2, x8, x4, pl
        adds x4, x15, #1675, lsl #12
        movz w7, #28737, lsl #0
        csinc x14, x12, x15, eq
        ngc w15, w1
        add w8, w12, #414, lsl #12
        csneg x11, x12, x14, hi
        ccmn w2, w3, #4, vc
        movn x11, #19790, lsl #32
        orr w13, w8, w12, lsr #0
        sdiv x4, x11, x12
        add x6, x11, #3347
        bfi x2, x3, #30, #3
        ngcs w12, w6
        bic w11, w14, w11, lsl #9
        ubfiz w9, w5, #23, #8
        crc32w w11, w3, w12
        cmp w5, w15
        mrs x14, nzcv
        adds x8, x1, #1782
        movz x12, #26001, lsl #0
        rbit x0, x6
        sbc x10, x4, x0
        ror w4, w6, #1
        umulh x3, x3, x13
        ccmp w4, #14, #5, al
        crc32ch w8, w13, w14
        umsubl x11, w2, w4, x6
        cset x0, le
        cls w6, w5
        cset w2, mi
        udiv w6, w6, w2
        crc32h w11, w12, w5
        add x7, x13, w11, uxtb #2
        extr x3, x0, x10, #49
        lsrv w4, w12, w1
        cmp w6, w7
        ubfiz w9, w5, #23, #8
        movk x4, #8232, lsl #32
        ccmp w15, w4, #0, lt
        cmn w6, w11
        smulh x12, x10, x0
        csneg w10, w9, w3, vc
        bfxil x10, x13, #46, #11
        smsubl x5, w3, w3, x14
        crc32cx w5, w10, x5
        crc32cx w6, w5, x2
        tst w9, w5
        smulh x14, x15, x14
        bfxil x15, x5, #46, #12
        csneg x9, x15, x5, vs
        cmp w15, w11
        adcs w7, w12, w3
        smulh x11, x1, x12
        subs w15, w8, #264
        adds x6, x13, w10, uxtb #4
        b       1f
        .ltorg
1:
