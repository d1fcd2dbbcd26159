// MAP_SHARED memory across fork, with MTE (synchronous checks): the parent maps a shared and a private PROT_MTE
// page and forks. The child tags granule 0 of both with tag 5 and stores 42 through the tagged pointers, then
// waits on a futex word in the shared page (FUTEX_WAIT without FUTEX_PRIVATE_FLAG) until the parent wakes it.
// The parent wakes it (FUTEX_WAKE must find the child's waiter: the futex is keyed by the shared page), reaps it,
// and finds tag 5 and 42 in the shared page (Linux shares the pages and their tags, memory-tagging-extension.rst)
// and tag 0 and 0 in its private copy. qemu-aarch64 7.2 shares the data but not the tags.
        .arch armv8.5-a+memtag
        .text
        .global _start
_start:
        mov     x0, #55                 // PR_SET_TAGGED_ADDR_CTRL
        ldr     x1, =0x7fff3            // ENABLE | SYNC | all tags
        mov     x2, #0
        mov     x3, #0
        mov     x4, #0
        mov     x8, #167
        svc     #0
        mov     x0, #0
        mov     x1, #4096
        mov     x2, #0x23               // PROT_READ|WRITE|MTE
        mov     x3, #0x21               // MAP_SHARED|MAP_ANONYMOUS
        mov     x4, #-1
        mov     x5, #0
        mov     x8, #222
        svc     #0
        mov     x19, x0
        mov     x0, #0
        mov     x1, #4096
        mov     x2, #0x23
        mov     x3, #0x22               // MAP_PRIVATE|MAP_ANONYMOUS
        mov     x4, #-1
        mov     x5, #0
        mov     x8, #222
        svc     #0
        mov     x23, x0
        mov     x0, #17                 // SIGCHLD: fork
        mov     x1, #0
        mov     x2, #0
        mov     x3, #0
        mov     x4, #0
        mov     x8, #220
        svc     #0
        cbz     x0, child
        mov     x21, x0
        // Wake the child's futex waiter: FUTEX_WAKE on the shared word until it wakes one (bounded).
        mov     x25, #1000
wake:   add     x0, x19, #64
        mov     x1, #1                  // FUTEX_WAKE
        mov     x2, #1
        mov     x8, #98
        svc     #0
        cmp     x0, #1
        b.eq    woken
        mov     x8, #124                // sched_yield
        svc     #0
        subs    x25, x25, #1
        b.ne    wake
        b       fail
woken:  adr     x1, msg_woke
        mov     x2, #msg_woke_len
        bl      print
        mov     w1, #1
        str     w1, [x19, #64]
        add     x0, x19, #64
        mov     x1, #1
        mov     x2, #1
        mov     x8, #98
        svc     #0
        bl      waitchild
        cbnz    w0, fail
        mov     x2, x19
        ldg     x2, [x2]
        lsr     x3, x2, #56
        cmp     x3, #5
        b.ne    fail
        ldr     x3, [x2]
        cmp     x3, #42
        b.ne    fail
        adr     x1, msg_shared
        mov     x2, #msg_shared_len
        bl      print
        mov     x2, x23
        ldg     x2, [x2]
        cmp     x2, x23
        b.ne    fail
        ldr     x3, [x2]
        cbnz    x3, fail
        adr     x1, msg_private
        mov     x2, #msg_private_len
        bl      print
        mov     x0, #0
        mov     x8, #94
        svc     #0

child:  mov     x1, #42
        mov     x3, #5
        orr     x20, x19, x3, lsl #56
        stg     x20, [x20]
        str     x1, [x20]
        orr     x24, x23, x3, lsl #56
        stg     x24, [x24]
        str     x1, [x24]
cwait:  add     x0, x19, #64
        mov     x1, #0                  // FUTEX_WAIT (shared)
        mov     x2, #0
        mov     x3, #0
        mov     x8, #98
        svc     #0
        ldr     w1, [x19, #64]
        cbz     w1, cwait
        mov     x0, #0
        mov     x8, #94
        svc     #0

waitchild:
        mov     x0, x21
        ldr     x1, =status
        mov     x2, #0
        mov     x3, #0
        mov     x8, #260                // wait4
        svc     #0
        cmp     x0, x21
        b.ne    fail
        ldr     x1, =status
        ldr     w0, [x1]
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

msg_woke:    .ascii "woke the child's futex waiter\n"
        .equ msg_woke_len, . - msg_woke
msg_shared:  .ascii "shared page: tag 5, value 42\n"
        .equ msg_shared_len, . - msg_shared
msg_private: .ascii "private page: tag 0, value 0\n"
        .equ msg_private_len, . - msg_private
msg_fail:    .ascii "FAIL\n"
        .ltorg
        .data
        .balign 8
status: .quad   0
