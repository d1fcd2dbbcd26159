// BRK: SIGTRAP (TRAP_BRKPT).
// mode: none
        mov     x1, #5
        brk     #0x3e8
