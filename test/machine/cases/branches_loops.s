// Branches: counted loops with b.cond, cbz/cbnz, tbz/tbnz (low and high bits), bl/ret, blr/br through registers.
// mode: none
        mov     x0, #0
        mov     x1, #100
1:      add     x0, x0, x1
        subs    x1, x1, #1
        b.ne    1b
        mov     x2, #0
        ldr     x3, =0x8000000100000005
2:      add     x2, x2, #1
        lsr     x3, x3, #1
        tbnz    x3, #0, 2b
        tbz     x3, #63, 3f
        mov     x4, #99
3:      mov     x5, #7
4:      sub     x5, x5, #1
        add     x6, x6, x5
        cbnz    x5, 4b
        cbz     x5, 5f
        mov     x7, #99
5:      bl      double
        mov     x8, x0
        adr     x9, double
        blr     x9
        adr     x10, 6f
        br      x10
        mov     x11, #99
6:      mov     x12, #0
        mov     x13, #20
7:      tbz     x13, #0, 8f
        add     x12, x12, x13
8:      sub     x13, x13, #1
        cmp     x13, #0
        b.gt    7b
        csinc   x14, x12, x13, ge
        b       9f
double: add     x0, x0, x0
        ret
9:
