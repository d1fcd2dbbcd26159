// MRS of the ID registers Linux emulates for EL0. Our CPU model advertises only what the emulator implements, so
// feature fields are compared as "present" with qemu's max CPU; MPIDR/REVIDR/MMFR1/MMFR2/DFR0 compare whole.
// mode: none
        mrs     x0, id_aa64pfr0_el1
        ubfx    x1, x0, #16, #4         // FP: 0xf = not implemented
        cmp     x1, #15
        cset    x1, ne
        ubfx    x0, x0, #0, #4          // EL0: AArch64
        mrs     x2, id_aa64pfr1_el1
        ubfx    x2, x2, #8, #4          // MTE
        cmp     x2, #2
        cset    x2, hs
        mrs     x3, id_aa64isar0_el1
        ubfx    x4, x3, #16, #4         // CRC32
        ubfx    x3, x3, #20, #4         // Atomic (LSE) = 2
        mrs     x5, id_aa64mmfr1_el1
        mrs     x6, id_aa64mmfr2_el1
        mrs     x7, id_aa64dfr0_el1
        mrs     x9, mpidr_el1
        mrs     x10, revidr_el1
        mrs     x11, s3_0_c0_c4_4        // ID_AA64ZFR0_EL1
        mov     x11, #0                 // (readable without SIGILL)
        msr     nzcv, xzr
