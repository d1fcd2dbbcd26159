// Bitfield moves, extract, shifts by register, conditional select/compare.
// mode: none
        ldr     x0, =0x8123456789abcdef
        ubfx    x1, x0, #4, #12
        sbfx    x2, x0, #60, #4
        bfi     x3, x0, #8, #16
        sbfiz   w4, w0, #3, #7
        lsl     x5, x0, #7
        asr     x6, x0, #63
        ror     x7, x0, #13
        extr    x8, x0, x1, #17
        extr    w9, w0, w1, #5
        mov     x10, #67
        lsl     x11, x0, x10
        asr     w12, w0, w10
        ror     x13, x0, x10
        cmp     x0, #0
        csel    x14, x0, x1, lt
        csinc   x15, x0, x1, ge
        csneg   w16, w0, w1, ge
        csinv   x17, x0, x1, eq
        ccmp    x1, #5, #4, lt
        mrs     x18, nzcv
        ccmn    w0, w1, #2, eq
        mrs     x19, nzcv
        sxtb    x20, w0
        uxth    w21, w0
        bfxil   x22, x0, #60, #4
        tst     x0, #0xff00
        mrs     x23, nzcv
        bics    x24, x0, x0
        mrs     x25, nzcv
