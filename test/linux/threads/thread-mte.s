// Per-thread MTE controls and signals to threads. A thread inherits the tag-check mode at clone
// (PR_GET_TAGGED_ADDR_CTRL), switches itself to async mode without changing the main thread's, and makes a
// mismatching store: SIGSEGV/SEGV_MTEAERR is delivered to that thread (its handler sees its own tid). Then
// tgkill sends SIGUSR1 to a second thread, whose handler runs in that thread.
        .arch armv8.5-a+memtag
        .text
        .global _start
_start:
        mov     x0, #55
        ldr     x1, =0x7fff3            // ENABLE | SYNC, tags 1-15
        bl      prctl
        mov     x0, #0
        mov     x1, #4096
        mov     x2, #0x23
        mov     x3, #0x22
        mov     x4, #-1
        mov     x5, #0
        mov     x8, #222
        svc     #0
        ldr     x1, =page
        str     x0, [x1]
        mov     x0, #11                 // SIGSEGV
        ldr     x1, =act_segv
        bl      sigaction
        mov     x0, #10                 // SIGUSR1
        ldr     x1, =act_usr1
        bl      sigaction

        adr     x5, thread1
        ldr     x1, =stack1_top
        bl      spawn
        bl      join
        mov     x0, #56                 // PR_GET_TAGGED_ADDR_CTRL
        mov     x1, #0
        bl      prctl
        ldr     x1, =0x7fff3
        cmp     x0, x1
        b.ne    fail
        ldr     x0, =inherited
        ldr     x0, [x0]
        ldr     x1, =0x7fff3
        cmp     x0, x1
        b.ne    fail
        ldr     x0, =segv_tid
        ldr     w0, [x0]
        ldr     x1, =tid1
        ldr     w1, [x1]
        cmp     w0, w1
        b.ne    fail
        ldr     x0, =segv_code
        ldr     w0, [x0]
        cmp     w0, #8                  // SEGV_MTEAERR
        b.ne    fail
        adr     x1, msg_async
        mov     x2, #30
        bl      print

        adr     x5, thread2
        ldr     x1, =stack2_top
        bl      spawn
        mov     x20, x0
        mov     x8, #172
        svc     #0                      // getpid
        mov     x1, x20
        mov     x2, #10
        mov     x8, #131                // tgkill(pid, tid, SIGUSR1)
        svc     #0
        cbnz    x0, fail
        bl      join
        ldr     x0, =usr1_tid
        ldr     w0, [x0]
        cmp     w0, w20
        b.ne    fail
        adr     x1, msg_usr1
        mov     x2, #26
        bl      print
        mov     x0, #0
        mov     x8, #94
        svc     #0

thread1:
        mov     x0, #56
        mov     x1, #0
        bl      prctl
        ldr     x1, =inherited
        str     x0, [x1]
        mov     x0, #55
        ldr     x1, =0x7fff5            // ENABLE | ASYNC
        bl      prctl
        ldr     x0, =page
        ldr     x0, [x0]
        mov     x1, #2
        orr     x0, x0, x1, lsl #56
        str     x1, [x0]                // mismatch: async fault, noticed at the next kernel entry
        mov     x8, #172
        svc     #0
        b       fail                    // not reached: the handler ends the thread

thread2:
1:      ldr     x0, =usr1_tid
        ldr     w0, [x0]
        cbnz    w0, 2f
        mov     x8, #124                // sched_yield
        svc     #0
        b       1b
2:      mov     x0, #0
        mov     x8, #93
        svc     #0

on_segv:                                // x1 = siginfo
        ldr     w19, [x1, #8]
        mov     x8, #178
        svc     #0
        ldr     x1, =segv_tid
        str     w0, [x1]
        ldr     x1, =segv_code
        str     w19, [x1]
        mov     x0, #0
        mov     x8, #93                 // this thread exits from its handler
        svc     #0

on_usr1:
        mov     x8, #178
        svc     #0
        ldr     x1, =usr1_tid
        str     w0, [x1]
        ret                             // through the restorer

restorer:
        mov     x8, #139
        svc     #0

spawn:                                  // x5 = entry, x1 = stack top; returns the tid in x0
        ldr     x0, =ctid
        mov     w2, #1
        str     w2, [x0]
        ldr     x0, =0x3d0f00           // VM|FS|FILES|SIGHAND|THREAD|SYSVSEM|SETTLS|PARENT_SETTID|CHILD_CLEARTID
        ldr     x2, =tid1
        mrs     x3, tpidr_el0
        ldr     x4, =ctid
        mov     x8, #220
        svc     #0
        cbnz    x0, 1f
        br      x5
1:      ret

join:   ldr     x0, =ctid
        ldr     w2, [x0]
        cbz     w2, 1f
        mov     x1, #0
        mov     x3, #0
        mov     x8, #98
        svc     #0
        b       join
1:      ret

prctl:  mov     x2, #0
        mov     x3, #0
        mov     x4, #0
        mov     x8, #167
        svc     #0
        ret
sigaction:
        mov     x2, #0
        mov     x3, #8
        mov     x8, #134
        svc     #0
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

msg_async: .ascii "async fault in its own thread\n"
msg_usr1:  .ascii "SIGUSR1 ran in its thread\n"
msg_fail:  .ascii "FAIL\n"
        .ltorg
        .data
        .balign 8
act_segv:  .quad on_segv, 0x04000004, restorer, 0     // SA_SIGINFO | SA_RESTORER
act_usr1:  .quad on_usr1, 0x04000004, restorer, 0
page:      .quad 0
inherited: .quad 0
tid1:      .word 0
ctid:      .word 0
segv_tid:  .word 0
segv_code: .word 0
usr1_tid:  .word 0
        .balign 16
stack1:    .space 8192
stack1_top:
stack2:    .space 8192
stack2_top:
