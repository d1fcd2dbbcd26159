// Random integer data-processing sequence 4 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0xffffffff
        ldr     x1, =0x7fffffffffffffff
        ldr     x2, =0xa8870b337006e2e5
        ldr     x3, =0xdedd2b00fcf95d2f
        ldr     x4, =0xea6f83b879159511
        ldr     x5, =0xe182ad2e587bc23a
        ldr     x6, =0x7b2d754ef1273190
        ldr     x7, =0xd5fc201cc7785117
        ldr     x8, =0xdec86d2dd3b59299
        ldr     x9, =0x64184e879df02176
        ldr     x10, =0x0af492fd9540275a
        ldr     x11, =0x7fffffff
        ldr     x12, =0x7fffffff
        ldr     x13, =0x4ee127b86799fc16
        ldr     x14, =0xff903c6707ccbe17
        ldr     x15, =0xffffffffffffffff
        msr     nzcv, x4
        sbcs x10, x15, x5
        sbcs x1, x3, x1
        adds w13, w12, #2703
        ccmn w8, #9, #9, vc
        csneg x3, x8, x3, mi
        madd x7, x5, x1, x1
        rbit x13, x5
        extr w11, w3, w10, #1
        mrs x1, nzcv
        and w2, w12, w1, lsl #17
        csinv w0, w11, w0, gt
        sub x13, x6, w10, sxtb #2
        madd x12, x5, x11, x15
        csinv w2, w0, w3, vs
        mrs x14, nzcv
        cmp w0, w4
        ccmp x15, #31, #6, ls
        extr w15, w3, w5, #1
        msub w4, w1, w10, w7
        extr w0, w10, w15, #22
        ccmp w4, w0, #14, ne
        sbcs x8, x2, x11
        mvn w2, w5
        mrs x12, nzcv
        bfi x15, x3, #48, #14
        adds w9, w3, w0, lsr #1
        adds x8, x6, #1858, lsl #12
        ror w7, w10, #20
        sub w7, w9, w8, lsl #8
        csinc x7, x7, x7, cc
        add x2, x6, #2878
        orr x9, x0, x13, lsr #6
        smaddl x6, w15, w6, x8
        ubfiz x15, x4, #56, #8
        extr w14, w4, w0, #1
        csel w11, w9, w12, eq
        csinv x7, x11, x9, al
        umaddl x9, w11, w9, x14
        mrs x1, nzcv
        mrs x5, nzcv
        adc w2, w8, w12
        orr w15, w10, w5, ror #3
        adds x3, x5, x0, lsl #49
        csinv w1, w7, w15, al
        msub w4, w9, w14, w5
        csneg w8, w10, w8, eq
        ands w2, w14, #0x80000001
        add x9, x13, w0, sxth #2
        movz w10, #43908, lsl #0
        movn x15, #28498, lsl #32
        tst x14, x7
        clz x14, x10
        rev32 x2, x5
        mrs x12, nzcv
        add x3, x10, #1689, lsl #12
        mrs x12, nzcv
        movn x7, #63916, lsl #32
        adcs w7, w11, w0
        crc32x w3, w2, x4
        smulh x0, x1, x8
        cmn x2, x3
        adds w5, w5, #2429
        csel w0, w11, w13, vc
        rev16 x11, x14
        add x7, x12, w2, uxth #3
        rorv x11, x8, x5
        cset w11, ne
        orr x5, x8, #0xffff0000ffff0000
        sdiv x9, x13, x12
        orn w10, w4, w6, asr #15
        umaddl x13, w2, w4, x2
        ccmp w8, w7, #2, eq
        ror x4, x0, #10
        smulh x6, x2, x11
        ngc w0, w1
        rev w0, w0
        asr w4, w8, #10
        movn w4, #22912, lsl #0
        add x1, x13, #3170
        adcs w10, w3, w5
        b       1f
        .ltorg
1:
