// IRG with a single included tag is deterministic; ADDG/SUBG skip excluded tags; GMI, SUBP, SUBPS, CMPP.
// mode: sync
// include: 0x0124
        irg     x0, x28                 // include {2, 5, 8}: one of them
        mov     x1, #0xfffb             // exclude all but 2 via Xm (plus GCR)
        irg     x2, x28, x1
        mov     x3, #(2 << 56)
        orr     x3, x3, x28
        addg    x4, x3, #16, #1         // 2 -> 5
        addg    x5, x3, #32, #2         // 2 -> 5 -> 8
        addg    x6, x3, #0, #3          // 2 -> 5 -> 8 -> 2
        subg    x7, x3, #48, #1
        mov     x9, #(7 << 56)
        orr     x9, x9, x28
        addg    x10, x9, #0, #0         // 7 excluded: moves to 8
        mov     x11, #0x10
        gmi     x12, x4, x11
        subp    x13, x4, x3
        subps   x14, x3, x4
        mrs     x15, nzcv
        cmpp    x4, x4
        mrs     x16, nzcv
        and     x0, x0, #0x0f00000000000000
        mov     x17, #0x0124
        lsr     x18, x0, #56
        lsr     x17, x17, x18
        and     x17, x17, #1            // 1 when IRG's tag is included
        mov     x0, #0
        mov     x18, #0                 // the random tag itself is not compared (qemu-user uses RRND = 1)
