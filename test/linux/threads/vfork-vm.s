// clone(CLONE_VM | CLONE_VFORK | SIGCHLD) on its own stack, as glibc's posix_spawn does: the child runs in the
// parent's memory while the parent waits, so what it stores (here execve's error, -ENOSYS: the emulator never
// runs host programs) is seen by the parent when the child has exited; the parent's registers are intact. Linux
// shares the memory (clone(2)); qemu-aarch64 7.2 turns this clone into a fork, so the parent sees 0 there.
        .text
        .global _start
_start:
        mov     x19, #0x123             // a callee-saved value the parent must still have afterwards
        ldr     x20, =result
        mov     x0, #0x4100             // CLONE_VM | CLONE_VFORK
        add     x0, x0, #0x11           // | SIGCHLD  (0x4111)
        ldr     x1, =stack_top
        mov     x2, #0
        mov     x3, #0
        mov     x4, #0
        mov     x8, #220
        svc     #0
        cbz     x0, child
        mov     x21, x0
        cmp     x19, #0x123
        b.ne    fail
        ldr     x1, [x20]
        cmn     x1, #38                 // -ENOSYS from the child's execve
        b.ne    fail
        mov     x0, x21                 // reap it: status 127
        ldr     x1, =status
        mov     x2, #0
        mov     x3, #0
        mov     x8, #260
        svc     #0
        cmp     x0, x21
        b.ne    fail
        ldr     x1, =status
        ldr     w1, [x1]
        mov     w2, #0x7f00             // exit status 127
        cmp     w1, w2
        b.ne    fail
        adr     x1, msg_ok
        mov     x2, #msg_ok_len
        mov     x0, #1
        mov     x8, #64
        svc     #0
        mov     x0, #0
        mov     x8, #94
        svc     #0

child:  mov     x19, #0                 // the parent's saved registers are not the child's
        adr     x0, path
        mov     x1, #0
        mov     x2, #0
        mov     x8, #221                // execve
        svc     #0
        str     x0, [x20]               // into the parent's memory
        mov     x0, #127
        mov     x8, #93
        svc     #0

fail:   mov     x0, #1
        mov     x8, #94
        svc     #0

path:   .asciz  "/proc/self/exe"
msg_ok: .ascii  "the parent saw the child's execve error: -ENOSYS\n"
        .equ    msg_ok_len, . - msg_ok
        .ltorg
        .data
        .balign 16
result: .quad   0
status: .quad   0
        .space  4096
stack_top:
