// Robust futexes (set_robust_list(2), Documentation/locking/robust-futexes.rst): a child registers a robust list
// in MAP_SHARED memory whose one entry's futex word holds its tid with FUTEX_WAITERS, and exits holding it; the
// kernel marks the word FUTEX_OWNER_DIED (keeping FUTEX_WAITERS), which the parent reads as 0xc0000000.
// get_robust_list gives the head back. Exit status 0, or the number of the failed step.
        .text
        .global _start
_start: mov     x0, #0
        mov     x1, #4096
        mov     x2, #3
        mov     x3, #0x21               // MAP_SHARED|MAP_ANONYMOUS
        mov     x4, #-1
        mov     x5, #0
        mov     x8, #222
        svc     #0
        mov     x19, x0                 // head at +0: {next, futex_offset, list_op_pending}; entry at +64: {next}; word at +72
        mov     x0, #17
        mov     x1, #0
        mov     x2, #0
        mov     x3, #0
        mov     x4, #0
        mov     x8, #220
        svc     #0
        cbz     x0, child
        mov     x21, x0
        mov     x28, #1
        mov     x0, x21
        mov     x1, #0
        mov     x2, #0
        mov     x3, #0
        mov     x8, #260
        svc     #0
        cmp     x0, x21
        b.ne    fail
        mov     x28, #2
        ldr     w0, [x19, #72]
        mov     w1, #0xc0000000
        cmp     w0, w1
        b.ne    fail
        mov     x0, #0
        mov     x8, #94
        svc     #0

child:  add     x1, x19, #64            // head.next = &entry
        str     x1, [x19]
        mov     x1, #8                  // futex_offset: the word follows the entry's next pointer
        str     x1, [x19, #8]
        str     xzr, [x19, #16]
        str     x19, [x19, #64]         // entry.next = &head (end of the list)
        mov     x8, #178                // gettid
        svc     #0
        orr     w0, w0, #0x80000000     // held by us, with waiters
        str     w0, [x19, #72]
        mov     x0, x19
        mov     x1, #24
        mov     x8, #99                 // set_robust_list
        svc     #0
        cbnz    x0, cfail
        mov     x0, #0
        ldr     x1, =slot
        add     x2, x1, #8
        mov     x8, #100                // get_robust_list(0, &head, &len)
        svc     #0
        cbnz    x0, cfail
        ldr     x1, =slot
        ldr     x2, [x1]
        cmp     x2, x19
        b.ne    cfail
        mov     x0, #0
        mov     x8, #93                 // exit holding the robust futex
        svc     #0
cfail:  mov     x0, #3
        mov     x8, #93
        svc     #0

fail:   mov     x0, x28
        mov     x8, #94
        svc     #0
        .ltorg
        .data
        .balign 8
slot:   .quad   0, 0
