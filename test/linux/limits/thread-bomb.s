// Thread bomb: clone threads (each waits forever on a futex) until clone fails; prints EAGAIN (task cap) or
// ENOMEM (memory budget: each thread is charged for its host-side state) or "other", and exits with the number
// of threads made (modulo 256) through exit_group, which ends the waiting threads too.
        .text
        .global _start
_start:
        mov     x19, #0
1:      ldr     x0, =0x50f00            // CLONE_VM|FS|FILES|SIGHAND|THREAD|SYSVSEM
        mov     x1, #0                  // the thread never touches the stack
        mov     x2, #0
        mov     x3, #0
        mov     x4, #0
        mov     x8, #220
        svc     #0
        cbz     x0, thread
        tbnz    x0, #63, 2f
        add     x19, x19, #1
        b       1b
2:      adr     x1, other
        mov     x2, #6
        cmn     x0, #11
        b.ne    3f
        adr     x1, eagain
        mov     x2, #7
3:      cmn     x0, #12
        b.ne    4f
        adr     x1, enomem
        mov     x2, #7
4:      mov     x0, #1
        mov     x8, #64
        svc     #0
        mov     x0, x19
        mov     x8, #94
        svc     #0

thread: ldr     x0, =word               // futex(&word, FUTEX_WAIT, 0, NULL): nobody wakes it
        mov     x1, #0
        mov     x2, #0
        mov     x3, #0
        mov     x8, #98
        svc     #0
        b       thread

eagain: .ascii  "EAGAIN\n"
enomem: .ascii  "ENOMEM\n"
other:  .ascii  "other\n"

        .bss
        .balign 4
word:   .skip   4
