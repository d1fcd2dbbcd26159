// Tag check mode none: mismatches are ignored.
// mode: none
        mov     x0, #(1 << 56)
        orr     x0, x0, x28
        stg     x0, [x0]
        mov     x1, #(2 << 56)
        orr     x1, x1, x28
        mov     x2, #0x5a
        str     x2, [x1]
        ldr     x3, [x1]
