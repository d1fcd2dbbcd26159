// Write-back forms of every tag store: STZG/ST2G/STZ2G/STGP pre- and post-index, negative offsets; MSR TCO from a
// register; LDG with a negative offset.
// mode: sync
        mov     x0, #(6 << 56)
        orr     x0, x0, x28
        add     x1, x0, #0x80
        mov     x9, #-1
        stp     x9, x9, [x28, #0x60]
        stp     x9, x9, [x28, #0x70]
        stzg    x1, [x1, #-32]!         // granule 6 -> 6, zeroed, x1 = +0x60
        st2g    x1, [x1], #-64          // granules 6, 7, x1 = +0x20
        mov     x2, #(10 << 56)
        orr     x2, x2, x28
        add     x3, x2, #0xc0
        stz2g   x2, [x3, #-64]!         // granules 8, 9 -> 10, x3 = +0x80
        stz2g   x2, [x3, #32]           // granules 10, 11
        mov     x4, #0x4444
        stgp    x4, x9, [x3], #48       // granule 8 -> tag of x3 (0), x3 = +0xb0
        add     x5, x28, #0xe0
        stgp    x9, x4, [x5, #-16]!     // granule 13 -> 0, x5 = +0xd0
        ldg     x6, [x3, #-32]
        ldg     x7, [x1, #64]
        mov     x8, #(1 << 25)
        msr     tco, x8
        mrs     x10, tco
        msr     tco, xzr
        mrs     x11, tco
        ldr     x12, [x0, #0x60]        // tag 6 matches
