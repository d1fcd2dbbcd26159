// Random integer data-processing sequence 8 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x49a9a224c32c1877
        ldr     x1, =0xffffffffffffffff
        ldr     x2, =0xce5783ba2d2d4243
        ldr     x3, =0xe6cb6c54f5c56925
        ldr     x4, =0x0ad139968cdd2325
        ldr     x5, =0xef8e37a0bb30fa52
        ldr     x6, =0x1a85dcdfcb83db04
        ldr     x7, =0xc9e597e96bdf333a
        ldr     x8, =0x1c02870ea2d7b0c1
        ldr     x9, =0x80000000
        ldr     x10, =0x24ea7a29cf29dc9b
        ldr     x11, =0x7fffffff
        ldr     x12, =0xd8819afbb184bfca
        ldr     x13, =0x8000000000000000
        ldr     x14, =0x216b789ccbe36289
        ldr     x15, =0x2a16c9103ded8275
        msr     nzcv, x6
        ubfx x6, x6, #62, #2
        bics x3, x13, x12, asr #14
        extr x5, x5, x5, #18
        orn x2, x5, x4, lsr #26
        msub w2, w15, w11, w4
        add x0, x9, #2600
        rbit x3, x4
        sbc x2, x2, x1
        udiv x0, x4, x10
        csneg w14, w5, w8, mi
        cset x1, pl
        adc x7, x0, x4
        adc x6, x2, x14
        madd x12, x9, x15, x8
        subs x6, x11, w11, uxtb #0
        eor w13, w10, #0xff
        cset w14, pl
        csetm w2, eq
        add x10, x2, #163
        rev16 x8, x4
        movk x1, #65443, lsl #48
        adds w4, w9, #1872
        rorv x0, x12, x7
        ands w8, w4, w6, asr #2
        adds x15, x13, w6, uxtw #4
        ccmp x0, #29, #13, cs
        adcs w9, w8, w1
        movn w9, #39838, lsl #16
        orr w12, w4, #0xf0f0f0f0
        sbc x12, x10, x15
        cmp w13, w8
        movn w7, #23716, lsl #0
        adcs x5, x1, x15
        movn x15, #37402, lsl #16
        msub w10, w8, w3, w7
        msub w13, w15, w6, w14
        madd x5, x10, x4, x15
        udiv w2, w5, w13
        sbc w11, w9, w5
        sub w2, w4, #1110
        sbfx x14, x9, #61, #3
        movk w9, #17730, lsl #16
        ror w2, w2, #23
        csneg x10, x12, x8, mi
        rorv x8, x13, x5
        umsubl x6, w13, w8, x1
        sbcs w14, w13, w1
        smulh x11, x7, x2
        cmp w15, w15
        adds w3, w8, #200
        tst w0, w6
        extr w14, w14, w0, #16
        msub x15, x10, x6, x15
        clz w6, w12
        ccmp w8, w2, #15, lt
        tst w11, w0
        lsrv w0, w14, w11
        and w9, w12, w6, ror #17
        mrs x6, nzcv
        msub x9, x9, x8, x14
        umaddl x3, w0, w13, x2
        sbc x4, x0, x5
        msub w10, w12, w11, w5
        cmp x3, x1
        movn w14, #59083, lsl #16
        smulh x14, x13, x3
        mrs x5, nzcv
        umulh x8, x2, x1
        adc w3, w2, w15
        extr x4, x2, x3, #63
        lsl w3, w6, #5
        tst w5, w6
        rorv x15, x11, x14
        ubfx x9, x8, #63, #1
        umsubl x13, w12, w5, x0
        adcs w5, w14, w3
        csneg x1, x2, x6, cc
        adcs w2, w8, w15
        madd w14, w9, w0, w10
        add x2, x6, w9, uxth #0
        b       1f
        .ltorg
1:
