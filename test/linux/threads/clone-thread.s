// Raw clone of a thread: CLONE_VM|FS|FILES|SIGHAND|THREAD|SYSVSEM|SETTLS|PARENT_SETTID|CHILD_CLEARTID|CHILD_SETTID.
// The thread checks its TLS register and tid, writes a line and exits (exit, not exit_group); the parent
// waits on the CLONE_CHILD_CLEARTID word with FUTEX_WAIT until the kernel clears it, then checks the tids.
        .arch armv8.5-a+memtag
        .text
        .global _start
_start:
        ldr     x0, =0x13d0f00          // flags
        ldr     x1, =stack_top
        ldr     x2, =ptid
        ldr     x3, =tls_block
        ldr     x4, =ctid
        mov     x8, #220                // clone
        svc     #0
        cbz     x0, child
        mov     x19, x0                 // tid
wait:   ldr     x0, =ctid
        ldr     w2, [x0]
        cbz     w2, joined
        mov     x1, #0                  // FUTEX_WAIT
        mov     x3, #0
        mov     x8, #98
        svc     #0
        b       wait
joined: ldr     x0, =ptid
        ldr     w1, [x0]
        cmp     w1, w19
        b.ne    fail
        ldr     x0, =result
        ldr     x1, [x0]
        cmp     x1, #3
        b.ne    fail
        adr     x1, msg_parent
        mov     x2, #7
        bl      print
        mov     x0, #0
        mov     x8, #94
        svc     #0
fail:   adr     x1, msg_fail
        mov     x2, #5
        bl      print
        mov     x0, #1
        mov     x8, #94
        svc     #0

child:  mov     x20, #0
        mrs     x0, tpidr_el0
        ldr     x1, =tls_block
        cmp     x0, x1
        cinc    x20, x20, eq
        mov     x8, #178                // gettid
        svc     #0
        mov     x21, x0
        mov     x8, #172                // getpid
        svc     #0
        cmp     x0, #0
        b.le    1f
        cmp     x21, x0
        cinc    x20, x20, ne            // tid differs from pid
1:      ldr     x0, =ctid
        ldr     w0, [x0]
        cmp     w0, w21
        cinc    x20, x20, eq            // CLONE_CHILD_SETTID wrote the tid
        ldr     x0, =result
        str     x20, [x0]
        adr     x1, msg_child
        mov     x2, #6
        bl      print
        mov     x0, #0
        mov     x8, #93                 // exit: this thread only
        svc     #0

print:  mov     x0, #1
        mov     x8, #64
        svc     #0
        ret

msg_parent: .ascii "joined\n"
msg_child:  .ascii "child\n"
msg_fail:   .ascii "FAIL\n"
        .ltorg

        .data
        .balign 16
ptid:   .word   0
ctid:   .word   0
result: .quad   0
tls_block: .quad 0, 0
        .balign 16
stack:  .space  4096
stack_top:
