// Preemption: the main thread yields to a thread that spins without any system call until a flag is set;
// only a time-slice switch lets the main thread run again and set it. Then a FUTEX_WAIT with a 1 ms timeout
// that nobody wakes returns ETIMEDOUT while the other thread still runs, and nanosleep lets it run.
        .text
        .global _start
_start:
        ldr     x0, =ctid
        mov     w1, #1
        str     w1, [x0]
        ldr     x0, =0x3d0f00
        ldr     x1, =stack_top
        ldr     x2, =tid
        mrs     x3, tpidr_el0
        ldr     x4, =ctid
        mov     x8, #220
        svc     #0
        cbz     x0, spinner
        mov     x8, #124                // sched_yield: the spinner runs first
        svc     #0
        ldr     x0, =flag
        mov     w1, #1
        str     w1, [x0]                // release the spinner (it may only see this after a switch)
2:      ldr     x0, =printed            // wait until it has printed, so the order is fixed on real CPUs too
        ldr     w0, [x0]
        cbnz    w0, 3f
        mov     x8, #124
        svc     #0
        b       2b
3:      ldr     x0, =word
        mov     x1, #0                  // FUTEX_WAIT, word == 0, 1 ms timeout
        mov     x2, #0
        ldr     x3, =timeout
        mov     x8, #98
        svc     #0
        cmn     x0, #110                // -ETIMEDOUT
        b.ne    fail
        adr     x1, msg_timeout
        mov     x2, #9
        bl      print
join:   ldr     x0, =ctid
        ldr     w2, [x0]
        cbz     w2, 1f
        mov     x1, #0
        mov     x3, #0
        mov     x8, #98
        svc     #0
        b       join
1:      ldr     x0, =spins
        ldr     x0, [x0]
        cbz     x0, fail
        adr     x1, msg_done
        mov     x2, #5
        bl      print
        mov     x0, #0
        mov     x8, #94
        svc     #0

spinner:
        mov     x19, #0
1:      add     x19, x19, #1
        ldr     x0, =flag
        ldr     w0, [x0]
        cbz     w0, 1b
        ldr     x0, =spins
        str     x19, [x0]
        adr     x1, msg_spun
        mov     x2, #5
        bl      print
        ldr     x0, =printed
        mov     w1, #1
        str     w1, [x0]
        ldr     x0, =timeout
        mov     x1, #0
        mov     x8, #101                // nanosleep(1 ms)
        svc     #0
        mov     x0, #0
        mov     x8, #93
        svc     #0

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
msg_timeout: .ascii "timedout\n"
msg_done:    .ascii "done\n"
msg_spun:    .ascii "spun\n"
msg_fail:    .ascii "FAIL\n"
        .ltorg
        .data
        .balign 8
timeout: .quad 0, 1000000
spins:   .quad 0
flag:    .word 0
printed: .word 0
word:    .word 0
tid:     .word 0
ctid:    .word 0
        .balign 16
stack:   .space 4096
stack_top:
