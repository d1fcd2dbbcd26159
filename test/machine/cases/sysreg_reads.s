// EL0-readable system registers: DCZID_EL0, TPIDR_EL0 round trip, FPCR; DC ZVA / DC GVA / DC GZVA observed only in
// the first 64 bytes of an aligned 512-byte block (qemu's max CPU zeroes/tags 512-byte blocks, Linux hardware here 64).
// mode: sync
// linux-patch: 0 04 DCZID_EL0 reads 4 (64-byte blocks, DZP = 0) on the hardware this emulator models; qemu's max CPU has 7 (512 bytes).
        mrs     x0, dczid_el0
        mov     x1, #0x1234
        msr     tpidr_el0, x1
        mrs     x2, tpidr_el0
        mov     x3, #(1 << 24)
        msr     fpcr, x3
        mrs     x4, fpcr
        mov     x5, #-1
        add     x6, x27, #0x400
        stp     x5, x5, [x6]
        stp     x5, x5, [x6, #0x30]
        dc      zva, x6
        ldr     x7, [x6, #0x38]
        mov     x8, #(12 << 56)
        orr     x8, x8, x28
        add     x8, x8, #0x400
        dc      gva, x8
        ldg     x9, [x8, #0x30]
        str     x5, [x8, #0x30]         // checked store through tag 12: matches
        mov     x10, #(14 << 56)
        orr     x10, x10, x28
        add     x10, x10, #0x800
        mov     x11, x28
        str     x5, [x11, #0x810]
        dc      gzva, x10
        ldg     x11, [x10, #0x10]
        ldr     x12, [x10, #0x10]
        mrs     x13, tco
        dc      civac, x6
        dc      cvau, x6
        ic      ivau, x6
        mov     x3, #0
        msr     fpcr, x3
