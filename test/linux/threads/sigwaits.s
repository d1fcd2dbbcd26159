// Waiting and interval timers: with SIGALRM blocked, rt_sigtimedwait(1 s) takes the SIGALRM that setitimer(50 ms)
// sends (si_code SI_KERNEL); a 100 ms nanosleep runs to its end while the timer's blocked signal becomes pending
// (nothing waits forever), and rt_sigtimedwait with a zero timeout then takes that pending signal; with a handler
// and SIGALRM unblocked, a 1 s nanosleep ended by a 100 ms timer returns EINTR with the time left (more than
// 0.85 s, at most 0.9 s) in *rem. Prints one line per step.
        .text
        .global _start
_start:
        // rt_sigprocmask(SIG_BLOCK, {SIGALRM}, NULL, 8)
        mov     x0, #0
        ldr     x1, =alrm
        mov     x2, #0
        mov     x3, #8
        mov     x8, #135
        svc     #0
        cbnz    x0, fail
        ldr     x0, =50000
        bl      arm
        // rt_sigtimedwait({SIGALRM}, &info, {1, 0}, 8) = 14, si_code 0x80
        ldr     x0, =alrm
        ldr     x1, =info
        ldr     x2, =onesec
        mov     x3, #8
        mov     x8, #137
        svc     #0
        cmp     x0, #14
        b.ne    fail
        ldr     x1, =info
        ldr     w0, [x1, #8]
        cmp     w0, #0x80
        b.ne    fail
        adr     x1, msg_wait
        mov     x2, #msg_wait_len
        bl      print
        // setitimer(50 ms) again, nanosleep(100 ms, NULL) = 0
        ldr     x0, =50000
        bl      arm
        ldr     x0, =ms100
        mov     x1, #0
        mov     x8, #101
        svc     #0
        cbnz    x0, fail
        // rt_sigtimedwait({SIGALRM}, NULL, {0, 0}, 8) = 14: the timer's signal was pending
        bl      take_alrm
        cmp     x0, #14
        b.ne    fail
        adr     x1, msg_sleep
        mov     x2, #msg_sleep_len
        bl      print
        // rt_sigtimedwait({SIGALRM}, NULL, {0, 0}, 8) = -EAGAIN: nothing pending now
        bl      take_alrm
        cmn     x0, #11
        b.ne    fail
        // rt_sigaction(SIGALRM, {handler}, NULL, 8), unblock it, setitimer(100 ms), nanosleep(1 s, &rem) = -EINTR
        ldr     x1, =act
        adr     x0, handler
        str     x0, [x1]
        mov     x0, #14
        mov     x2, #0
        mov     x3, #8
        mov     x8, #134
        svc     #0
        cbnz    x0, fail
        mov     x0, #1                  // SIG_UNBLOCK
        ldr     x1, =alrm
        mov     x2, #0
        mov     x3, #8
        mov     x8, #135
        svc     #0
        ldr     x0, =100000
        bl      arm
        ldr     x0, =onesec
        ldr     x1, =rem
        mov     x8, #101
        svc     #0
        cmn     x0, #4
        b.ne    fail
        ldr     x1, =count
        ldr     w0, [x1]
        cmp     w0, #1
        b.ne    fail
        ldr     x1, =rem
        ldr     x0, [x1]                // tv_sec 0
        cbnz    x0, fail
        ldr     x0, [x1, #8]            // 850,000,000 < tv_nsec <= 900,000,000
        ldr     x2, =850000000
        cmp     x0, x2
        b.le    fail
        ldr     x2, =900000000
        cmp     x0, x2
        b.gt    fail
        adr     x1, msg_rem
        mov     x2, #msg_rem_len
        bl      print
        mov     x0, #0
        mov     x8, #94
        svc     #0

// rt_sigtimedwait({SIGALRM}, NULL, {0, 0}, 8): a pending SIGALRM (14), else -EAGAIN
take_alrm:
        ldr     x0, =alrm
        mov     x1, #0
        ldr     x2, =zero
        mov     x3, #8
        mov     x8, #137
        svc     #0
        ret

// setitimer(ITIMER_REAL, {0, x0 microseconds}, NULL)
arm:    ldr     x1, =itv
        str     x0, [x1, #24]
        mov     x0, #0
        mov     x2, #0
        mov     x8, #103
        svc     #0
        cbnz    x0, fail
        ret

handler:
        ldr     x3, =count
        ldr     w4, [x3]
        add     w4, w4, #1
        str     w4, [x3]
        ret

fail:   adr     x1, msg_fail
        mov     x2, #5
        bl      print
        mov     x0, #1
        mov     x8, #94
        svc     #0
print:  mov     x0, #1
        mov     x8, #64
        svc     #0
        ret

msg_wait:  .ascii "sigtimedwait took the timer's blocked SIGALRM\n"
        .equ msg_wait_len, . - msg_wait
msg_sleep: .ascii "nanosleep ran to its end; the SIGALRM stayed pending\n"
        .equ msg_sleep_len, . - msg_sleep
msg_rem:   .ascii "interrupted nanosleep: EINTR and the time left in rem\n"
        .equ msg_rem_len, . - msg_rem
msg_fail:  .ascii "FAIL\n"
        .ltorg
        .data
        .balign 8
alrm:   .quad   1 << 13
onesec: .quad   1, 0
ms100:  .quad   0, 100000000
zero:   .quad   0, 0
rem:    .quad   0, 0
act:    .quad   0, 0, 0, 0
itv:    .quad   0, 0, 0, 0
info:   .space  128
count:  .word   0
