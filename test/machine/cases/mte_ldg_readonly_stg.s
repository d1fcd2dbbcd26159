// A tag store needs write permission: STG on a read-only mapping is SIGSEGV (SEGV_ACCERR).
// mode: sync
        add     x0, x27, #0x1000
        mov     x1, #0x1000
        mov     x2, #1                  // PROT_READ
        mov     x8, #226                // mprotect
        svc     #0
        add     x0, x27, #0x1000
        ldg     x3, [x0]
        stg     x0, [x0]
