// Fork loop against the task cap (like RLIMIT_NPROC): children exit at once but stay zombies (counted) until
// reaped, so fork fails with EAGAIN once the cap is reached. The parent then reaps every zombie (wait4 until
// ECHILD), after which a fork works again. Exit status: the number of children forked before EAGAIN;
// 201-204 name a failed check.
        .text
        .global _start
_start:
        mov     x19, #0
1:      bl      fork
        cbz     x0, child
        tbnz    x0, #63, 2f
        add     x19, x19, #1
        b       1b
2:      cmn     x0, #11                 // -EAGAIN
        mov     x0, #201
        b.ne    fail
3:      mov     x0, #-1                 // wait4(-1, NULL, 0, NULL) until -ECHILD
        mov     x1, #0
        mov     x2, #0
        mov     x3, #0
        mov     x8, #260
        svc     #0
        tbz     x0, #63, 3b
        cmn     x0, #10                 // -ECHILD
        mov     x0, #202
        b.ne    fail
        bl      fork                    // the slots are free again
        cbz     x0, child
        tbnz    x0, #63, 4f
        mov     x0, #-1
        ldr     x1, =status
        mov     x2, #0
        mov     x3, #0
        mov     x8, #260
        svc     #0
        tbnz    x0, #63, 4f
        ldr     x1, =status
        ldr     w1, [x1]
        cmp     w1, #0x500              // exited with status 5
        mov     x0, #204
        b.ne    fail
        mov     x0, x19
        mov     x8, #94
        svc     #0
4:      mov     x0, #203
fail:   mov     x8, #94
        svc     #0
child:  mov     x0, #5
        mov     x8, #93
        svc     #0

fork:   mov     x0, #17                 // clone(SIGCHLD, 0, 0, 0, 0): fork
        mov     x1, #0
        mov     x2, #0
        mov     x3, #0
        mov     x4, #0
        mov     x8, #220
        svc     #0
        ret

        .bss
        .balign 4
status: .skip   4
