// STG/STZG/ST2G/STZ2G in post-index, pre-index and offset forms, LDG reading them back, STGP storing data and tag.
// mode: sync
        mov     x0, x28
        mov     x1, #0xff
        str     x1, [x28, #0x40]        // data that STZG must zero
        mov     x2, #(3 << 56)
        orr     x2, x2, x28
        stg     x2, [x0], #16           // granule 0 -> 3, x0 += 16
        mov     x3, #(5 << 56)
        orr     x3, x3, x28
        add     x4, x28, #0x30
        stg     x3, [x4, #-16]!         // granule 2 -> 5, x4 = base + 0x20
        mov     x5, #(7 << 56)
        orr     x5, x5, x28
        stzg    x5, [x28, #0x40]        // granule 4 -> 7, zeroed
        mov     x6, #(9 << 56)
        orr     x6, x6, x28
        add     x7, x28, #0x60
        st2g    x6, [x7]                // granules 6, 7 -> 9
        mov     x8, #(11 << 56)
        orr     x8, x8, x28
        add     x9, x28, #0x80
        stz2g   x8, [x9], #32           // granules 8, 9 -> 11, x9 += 32
        mov     x10, #(13 << 56)
        orr     x10, x10, x28
        mov     x11, #0x1111
        mov     x12, #0x2222
        stgp    x11, x12, [x10, #0xa0]  // granule 10 -> 13 with data
        ldg     x13, [x28, #0x20]
        mov     x14, x28
        add     x14, x14, #0x68
        ldg     x14, [x14]              // inside granule 6: aligned down
        ldr     x15, [x10, #0xa8]       // checked load through tag 13 matches
        ldg     x16, [x27]              // untagged memory reads tag 0
        mov     x17, #(6 << 56)
        orr     x17, x17, x27
        stg     x17, [x17]              // ignored on untagged memory
        ldg     x18, [x17]
