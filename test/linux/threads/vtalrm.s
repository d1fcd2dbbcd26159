// vtalrm: ITIMER_VIRTUAL counts CPU time (setitimer(2)). Arms it for 0.3 s, sleeps 0.1 s (no CPU time), checks
// with getitimer that more than 0.2 s is left (else exit 1), prints a line, re-arms it for 2 ms and loops without
// system calls: SIGVTALRM's default action ends the process (status 128 + 26 under a shell; wait status 26).
        .text
        .global _start
_start:
        adrp    x19, data
        add     x19, x19, :lo12:data
        mov     x0, #1                  // ITIMER_VIRTUAL
        add     x1, x19, #0             // {interval 0, value 0.3 s}
        mov     x2, #0
        mov     x8, #103                // setitimer
        svc     #0
        add     x0, x19, #32            // 0.1 s
        mov     x1, #0
        mov     x8, #101                // nanosleep
        svc     #0
        mov     x0, #1
        add     x1, x19, #64
        mov     x8, #102                // getitimer
        svc     #0
        ldr     x0, [x19, #88]          // it_value.tv_usec (tv_sec is 0)
        mov     x1, #0x0d40
        movk    x1, #0x3, lsl #16       // 200000
        cmp     x0, x1
        b.le    fail
        mov     x0, #1
        add     x1, x19, #96
        mov     x2, #msglen
        mov     x8, #64                 // write
        svc     #0
        mov     x0, #1
        add     x1, x19, #128           // {interval 0, value 2 ms}
        mov     x2, #0
        mov     x8, #103
        svc     #0
1:      add     x3, x3, #1
        b       1b
fail:   mov     x0, #1
        mov     x8, #94                 // exit_group
        svc     #0

        .data
        .balign 8
data:   .quad   0, 0, 0, 300000         // +0: itimerval 0.3 s
        .quad   0, 100000000            // +32: timespec 0.1 s
        .quad   0, 0                    // +48: pad
        .quad   0, 0, 0, 0              // +64: getitimer result
msg:    .ascii  "sleeping used no CPU time\n"
        .equ    msglen, . - msg
        .balign 8
        .skip   96 + 32 - (. - data)
        .quad   0, 0, 0, 2000           // +128: itimerval 2 ms
