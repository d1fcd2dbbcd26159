// Every condition after CMP/CMN (immediate and register, 64- and 32-bit) in counted loops and forward branches,
// with values crossing the signed and unsigned boundaries.
// mode: none
        mov     x0, #-3
        mov     x1, #0
1:      add     x1, x1, #1
        add     x0, x0, #1
        cmp     x0, #3
        b.lt    1b                      // signed: runs 6 times
        mov     x0, #-3
        mov     x2, #0
2:      add     x2, x2, #1
        add     x0, x0, #1
        cmp     x0, #3
        b.lo    2b                      // unsigned: -2 is huge, runs once
        mov     x0, #20
        mov     x3, #0
3:      add     x3, x3, #1
        sub     x0, x0, #1
        cmp     x0, #10
        b.gt    3b
        mov     x4, #0
        mov     x0, #0
        mov     x5, #7
4:      add     x4, x4, #1
        add     x0, x0, #2
        cmp     x0, x5
        b.ls    4b
        mov     w0, #0x7fff
        movk    w0, #0xfffd
        movk    w0, #0x7fff, lsl #16
        mov     x6, #0
5:      add     x6, x6, #1
        adds    w0, w0, #1
        b.vc    5b                      // until the 32-bit signed overflow
        mov     x0, #-5
        mov     x7, #0
6:      add     x7, x7, #1
        cmn     x0, #1
        add     x0, x0, #1
        b.mi    6b
        mov     x8, #0
        mov     w0, #10
7:      add     x8, x8, #1
        sub     w0, w0, #3
        cmp     w0, #0
        b.ge    7b
        mov     x9, #0
        mov     x0, #0x8000000000000000
        add     x0, x0, #4
        mov     x10, #0x8000000000000000
8:      add     x9, x9, #1
        sub     x0, x0, #1
        cmp     x0, x10
        b.hi    8b                      // unsigned: 0x8000...03 down to 0x8000...00, 4 times
        mov     x11, #0
        mov     x0, #3
9:      add     x11, x11, #1
        subs    x0, x0, #1
        b.pl    9b
        mov     x12, #0
        mov     x0, #5
10:     add     x12, x12, #1
        sub     x0, x0, #1
        cmp     x0, #2
        b.hs    10b
        mov     x13, #0
        mov     x0, #0
11:     add     x13, x13, #1
        add     x0, x0, #1
        cmp     x0, #4
        b.le    11b
        mov     x14, #0
        mov     x15, #-1
        cmp     x15, #1
        b.cs    12f
        mov     x14, #1
12:     cmp     x15, x15
        b.eq    13f
        mov     x14, #2
13:
