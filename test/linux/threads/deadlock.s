// Deadlock: a thread and the main thread each wait on a futex nobody will wake. Linux hangs; the emulator
// ends the program with SIGKILL and a note naming both waits.
        .text
        .global _start
_start:
        ldr     x0, =0x3d0f00
        ldr     x1, =stack_top
        ldr     x2, =tid
        mrs     x3, tpidr_el0
        ldr     x4, =ctid
        mov     x8, #220
        svc     #0
        ldr     x0, =word
        mov     x1, #128                // FUTEX_WAIT | FUTEX_PRIVATE_FLAG
        mov     x2, #0
        mov     x3, #0
        mov     x8, #98
        svc     #0
        mov     x0, #3
        mov     x8, #94
        svc     #0
        .ltorg
        .data
        .balign 16
word:    .word 0
tid:     .word 0
ctid:    .word 0
        .balign 16
stack:   .space 4096
stack_top:
