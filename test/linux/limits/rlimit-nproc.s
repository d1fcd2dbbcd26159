// RLIMIT_NPROC is the task cap (run with --max-tasks 10): getrlimit and prlimit64 report {10, 10}; raising the
// hard limit gives EPERM and soft > hard EINVAL (getrlimit(2), do_prlimit); a lowered soft limit of 2 is
// honoured: one child, then fork fails with EAGAIN until the zombie is reaped; the soft limit can go back up to
// the hard one. Exit status 0 when every step is as Linux does, else the number of the failed step.
        .text
        .global _start
_start:
        // 1: prlimit64(0, RLIMIT_NPROC, NULL, &old) gives {10, 10}.
        mov     x28, #1
        mov     x0, #0
        mov     x1, #6
        mov     x2, #0
        adr     x3, old
        mov     x8, #261
        svc     #0
        cbnz    x0, fail
        ldp     x1, x2, [x3]
        cmp     x1, #10
        b.ne    fail
        cmp     x2, #10
        b.ne    fail
        // 2: setrlimit above the hard limit: EPERM.
        mov     x28, #2
        mov     x1, #20
        mov     x2, #20
        bl      setnproc
        cmn     x0, #1
        b.ne    fail
        // 3: soft above hard: EINVAL.
        mov     x28, #3
        mov     x1, #5
        mov     x2, #3
        bl      setnproc
        cmn     x0, #22
        b.ne    fail
        // 4: soft 2, hard 10; getrlimit reads it back.
        mov     x28, #4
        mov     x1, #2
        mov     x2, #10
        bl      setnproc
        cbnz    x0, fail
        mov     x0, #6
        adr     x1, old
        mov     x8, #163                // getrlimit
        svc     #0
        cbnz    x0, fail
        ldp     x1, x2, [x1]
        cmp     x1, #2
        b.ne    fail
        cmp     x2, #10
        b.ne    fail
        // 5: one child (2 tasks), then EAGAIN while it is a zombie.
        mov     x28, #5
        bl      fork
        cbz     x0, child
        cmp     x0, #0
        b.lt    fail
        mov     x21, x0
        mov     x0, #1                  // waitid(P_PID, child, &info, WEXITED|WNOWAIT, NULL): a zombie, not reaped
        mov     x1, x21
        adr     x2, info
        mov     x3, #4
        movk    x3, #0x100, lsl #16
        mov     x4, #0
        mov     x8, #95
        svc     #0
        cbnz    x0, fail
        mov     x28, #6
        bl      fork
        cmn     x0, #11                 // EAGAIN
        b.ne    fail
        // 7: reaped, a fork works again.
        mov     x28, #7
        mov     x0, x21
        mov     x1, #0
        mov     x2, #0
        mov     x3, #0
        mov     x8, #260
        svc     #0
        cmp     x0, x21
        b.ne    fail
        bl      fork
        cbz     x0, child
        cmp     x0, #0
        b.le    fail
        // 8: the soft limit back up to the hard one.
        mov     x28, #8
        mov     x1, #10
        mov     x2, #10
        bl      setnproc
        cbnz    x0, fail
        mov     x0, #0
        mov     x8, #94
        svc     #0

child:  mov     x0, #0
        mov     x8, #93
        svc     #0

setnproc:
        adr     x3, new
        stp     x1, x2, [x3]
        mov     x0, #6
        mov     x1, x3
        mov     x8, #164                // setrlimit
        svc     #0
        ret

fork:   mov     x0, #17
        mov     x1, #0
        mov     x2, #0
        mov     x3, #0
        mov     x4, #0
        mov     x8, #220
        svc     #0
        ret

fail:   mov     x0, x28
        mov     x8, #94
        svc     #0

        .data
        .balign 16
old:    .quad   0, 0
new:    .quad   0, 0
info:   .space  128
