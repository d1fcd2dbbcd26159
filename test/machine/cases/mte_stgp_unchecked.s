// STGP's data store is not tag checked: storing through tag 9 over granules tagged 4 succeeds and retags them.
// STZG on untagged memory still zeroes the data.
// mode: sync
        mov     x0, #(4 << 56)
        orr     x0, x0, x28
        st2g    x0, [x0]
        mov     x1, #(9 << 56)
        orr     x1, x1, x28
        mov     x2, #0x1234
        mov     x3, #0x5678
        stgp    x2, x3, [x1, #16]!
        ldr     x4, [x1]
        mov     x5, #-1
        str     x5, [x27, #32]
        stzg    x27, [x27, #32]
        ldr     x6, [x27, #32]
