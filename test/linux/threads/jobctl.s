// Job control (signal(7), wait4(2)): the parent stops a spinning child with SIGSTOP and wait4(WUNTRACED) reports
// status 0x137f; with SA_NOCLDSTOP set for SIGCHLD no SIGCHLD comes for the stop; SIGCONT and wait4(WCONTINUED)
// report 0xffff; SIGKILL ends the child (status 9). Exit status 0, or the number of the failed step.
        .text
        .global _start
_start:
        ldr     x1, =act                // rt_sigaction(SIGCHLD, {handler, SA_NOCLDSTOP}, NULL, 8)
        adr     x0, onchld
        str     x0, [x1]
        mov     x0, #1                  // SA_NOCLDSTOP
        str     x0, [x1, #8]
        mov     x0, #17
        mov     x2, #0
        mov     x3, #8
        mov     x8, #134
        svc     #0
        mov     x0, #17                 // fork
        mov     x1, #0
        mov     x2, #0
        mov     x3, #0
        mov     x4, #0
        mov     x8, #220
        svc     #0
        cbz     x0, child
        mov     x21, x0
        mov     x28, #1
        mov     x1, #19                 // SIGSTOP
        bl      killchild
        mov     x2, #2                  // WUNTRACED
        bl      waitchild
        mov     w2, #0x137f
        cmp     w0, w2
        b.ne    fail
        mov     x28, #2
        mov     x8, #124                // let SIGCHLD arrive, if it would
        svc     #0
        ldr     x1, =chld
        ldr     w0, [x1]
        cbnz    w0, fail
        mov     x28, #3
        mov     x1, #18                 // SIGCONT
        bl      killchild
        mov     x2, #8                  // WCONTINUED
        bl      waitchild
        mov     w2, #0xffff
        cmp     w0, w2
        b.ne    fail
        mov     x28, #4
        mov     x1, #9
        bl      killchild
        mov     x2, #0
        bl      waitchild
        cmp     w0, #9
        b.ne    fail
        mov     x0, #0
        mov     x8, #94
        svc     #0

child:  mov     x8, #124
        svc     #0
        b       child

onchld: ldr     x3, =chld
        mov     w4, #1
        str     w4, [x3]
        ret

killchild:
        mov     x0, x21
        mov     x8, #129
        svc     #0
        cbnz    x0, fail
        ret

waitchild:                              // wait4(child, &status, x2, NULL) -> w0 = status
        mov     x0, x21
        ldr     x1, =status
        mov     x3, #0
        mov     x8, #260
        svc     #0
        cmp     x0, x21
        b.ne    fail
        ldr     x1, =status
        ldr     w0, [x1]
        ret

fail:   mov     x0, x28
        mov     x8, #94
        svc     #0
        .ltorg
        .data
        .balign 8
act:    .quad   0, 0, 0, 0
status: .quad   0
chld:   .word   0
