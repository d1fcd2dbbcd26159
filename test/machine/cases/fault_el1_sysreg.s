// Reading an EL1-only system register at EL0 is SIGILL.
// mode: none
// linux-patch: 8 01 Linux reports SIGILL from EL0 undefined instructions with ILL_ILLOPC (1); qemu-user uses ILL_ILLOPN (2).
        mov     x1, #3
        mrs     x0, sctlr_el1
