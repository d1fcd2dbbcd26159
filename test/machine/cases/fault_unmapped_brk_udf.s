// A load from unmapped memory: SIGSEGV, SEGV_MAPERR with si_addr.
// mode: none
        mov     x0, #0x100000000
        ldr     x1, [x0, #0x10]
