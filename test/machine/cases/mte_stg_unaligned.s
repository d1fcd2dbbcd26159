// A tag store to an address that is not 16-byte aligned is an alignment fault (SIGBUS, BUS_ADRALN).
// mode: sync
        mov     x0, #(3 << 56)
        orr     x0, x0, x28
        add     x0, x0, #8
        stg     x0, [x0]
