// ADDS/SUBS/ADCS/SBCS flag edge cases (64- and 32-bit): carries, signed overflow, zero results.
// mode: none
        mov     x1, #0x7fffffffffffffff
        adds    x0, x1, #1
        mrs     x2, nzcv
        mov     x3, #-1
        adds    x4, x3, #1
        mrs     x5, nzcv
        mov     w6, #0x80000000
        subs    w7, w6, #1
        mrs     x8, nzcv
        subs    x9, x1, x1
        mrs     x10, nzcv
        mov     x11, #-1
        adcs    x12, x11, x11
        mrs     x13, nzcv
        sbcs    w14, wzr, w11
        mrs     x15, nzcv
        mov     x16, #0x8000000000000000
        subs    x17, x16, #1
        mrs     x18, nzcv
        cmn     w11, #1
        mrs     x19, nzcv
        adds    w20, w6, w6
        mrs     x21, nzcv
