// Checked and unchecked accesses: matching tags, TCO=1, SP with immediate offset, untagged memory, then a mismatch.
// mode: sync
        mov     x0, #(4 << 56)
        orr     x0, x0, x28
        st2g    x0, [x0]                // granules 0-1 tag 4
        mov     x1, #0x77
        str     x1, [x0, #8]            // match
        ldr     x2, [x0, #8]
        msr     tco, #1
        mov     x3, #(9 << 56)
        orr     x3, x3, x28
        str     x1, [x3]                // unchecked while TCO = 1
        mrs     x4, tco
        msr     tco, #0
        mrs     x5, tco
        mov     x6, sp
        mov     x7, #(2 << 56)
        orr     x7, x7, x28
        add     x7, x7, #0x100
        stg     x7, [x7, #16]           // granule 0x110 -> 2; 0x100 stays 0
        mov     sp, x7
        str     x1, [sp]                // SP base, no offset: unchecked (tag 2 vs 0)
        str     x1, [sp, #16]!          // write-back: checked, tags match (2)
        ldr     x8, [sp], #-16          // checked, match
        mov     sp, x6
        mov     x9, #(15 << 56)
        orr     x9, x9, x27
        str     x1, [x9]                // untagged memory: unchecked
        ldr     x10, [x9]
        mov     x11, #(5 << 56)
        orr     x11, x11, x28
        str     x1, [x11, #16]          // mismatch: SIGSEGV, nothing written
        mov     x12, #1
