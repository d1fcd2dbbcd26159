// Interval and POSIX timers: setitimer(ITIMER_REAL, 1 ms) while the program spins (no system call) delivers
// SIGALRM to its handler; getitimer of a disarmed timer reads 0; ppoll(NULL, 0, NULL) (glibc's pause) waits for
// the next one and returns EINTR; a periodic timer_create(CLOCK_MONOTONIC, SIGEV_SIGNAL SIGUSR1) timer delivers
// SI_TIMER signals carrying the sigev_value until timer_delete. Prints one line per step.
        .text
        .global _start
_start:
        // rt_sigaction(SIGALRM, {handler, SA_SIGINFO}, NULL, 8)
        ldr     x1, =act
        adr     x0, handler
        str     x0, [x1]
        mov     x0, #4                  // SA_SIGINFO
        str     x0, [x1, #8]
        mov     x0, #14
        mov     x2, #0
        mov     x3, #8
        mov     x8, #134
        svc     #0
        mov     x0, #10                 // SIGUSR1, same handler
        ldr     x1, =act
        mov     x2, #0
        mov     x3, #8
        mov     x8, #134
        svc     #0
        // setitimer(ITIMER_REAL, {0, 1000 us}, NULL)
        ldr     x1, =itv
        mov     x0, #1000
        str     x0, [x1, #24]
        mov     x0, #0
        mov     x2, #0
        mov     x8, #103
        svc     #0
        cbnz    x0, fail
        ldr     x20, =count
spin:   ldr     w0, [x20]
        cbz     w0, spin
        adr     x1, msg_spin
        mov     x2, #msg_spin_len
        bl      print
        // getitimer: disarmed now.
        mov     x0, #0
        ldr     x1, =cur
        mov     x8, #102
        svc     #0
        ldr     x0, [x1, #16]
        ldr     x2, [x1, #24]
        orr     x0, x0, x2
        cbnz    x0, fail
        // Again, and wait in ppoll(NULL, 0, NULL, NULL, 8): EINTR.
        mov     x0, #0
        ldr     x1, =itv
        mov     x2, #0
        mov     x8, #103
        svc     #0
        mov     x0, #0
        mov     x1, #0
        mov     x2, #0
        mov     x3, #0
        mov     x4, #8
        mov     x8, #73
        svc     #0
        cmn     x0, #4
        b.ne    fail
        ldr     w0, [x20]
        cmp     w0, #2
        b.ne    fail
        adr     x1, msg_pause
        mov     x2, #msg_pause_len
        bl      print
        // timer_create(CLOCK_MONOTONIC, {value 0x77, SIGUSR1, SIGEV_SIGNAL}, &id)
        mov     x0, #1
        ldr     x1, =sev
        ldr     x2, =tid
        mov     x8, #107
        svc     #0
        cbnz    x0, fail
        // timer_settime(id, 0, {interval 2 ms, value 1 ms}, NULL)
        ldr     x2, =its
        ldr     x3, =tid
        ldr     w0, [x3]
        mov     x1, #0
        mov     x3, #0
        mov     x8, #110
        svc     #0
        cbnz    x0, fail
wait3:  ldr     w0, [x20]
        cmp     w0, #5                  // 2 SIGALRMs + 3 SIGUSR1s
        b.lt    wait3
        ldr     x3, =tid
        ldr     w0, [x3]
        mov     x8, #111                // timer_delete
        svc     #0
        cbnz    x0, fail
        ldr     x1, =lastval
        ldr     x0, [x1]
        cmp     x0, #0x77
        b.ne    fail
        ldr     x1, =lastcode
        ldr     w0, [x1]
        cmn     w0, #2                  // SI_TIMER
        b.ne    fail
        adr     x1, msg_timer
        mov     x2, #msg_timer_len
        bl      print
        mov     x0, #0
        mov     x8, #94
        svc     #0

// handler(sig, info, uc): count++, remember si_code and si_value.
handler:
        ldr     x3, =count
        ldr     w4, [x3]
        add     w4, w4, #1
        str     w4, [x3]
        ldr     w4, [x1, #8]
        ldr     x3, =lastcode
        str     w4, [x3]
        ldr     x4, [x1, #24]
        ldr     x3, =lastval
        str     x4, [x3]
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

msg_spin:  .ascii "SIGALRM interrupted a loop without system calls\n"
        .equ msg_spin_len, . - msg_spin
msg_pause: .ascii "pause (ppoll) returned EINTR after SIGALRM\n"
        .equ msg_pause_len, . - msg_pause
msg_timer: .ascii "POSIX timer: 3 SIGUSR1 with SI_TIMER and sigev_value 0x77\n"
        .equ msg_timer_len, . - msg_timer
msg_fail:  .ascii "FAIL\n"
        .ltorg
        .data
        .balign 8
act:    .quad   0, 0, 0, 0
itv:    .quad   0, 0, 0, 0
cur:    .quad   0, 0, 0, 0
sev:    .quad   0x77
        .word   10, 0, 0, 0
        .word   0
its:    .quad   0, 2000000, 0, 1000000
tid:    .word   0
        .balign 8
count:  .word   0
lastcode: .word 0
lastval: .quad  0
