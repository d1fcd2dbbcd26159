// A store pair across two granules whose second tag mismatches writes nothing (sync).
// mode: sync
        mov     x0, #(1 << 56)
        orr     x0, x0, x28
        stg     x0, [x0]
        mov     x1, #(2 << 56)
        orr     x1, x1, x28
        stg     x1, [x1, #16]
        mov     x2, #-1
        mov     x3, #-1
        stp     x2, x3, [x0, #8]
