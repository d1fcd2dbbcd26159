// Async mode: the mismatching store happens; the fault (si_code 8, si_addr 0) arrives at the next kernel entry.
// mode: async
        mov     x0, #(1 << 56)
        orr     x0, x0, x28
        stg     x0, [x0]
        mov     x1, #(2 << 56)
        orr     x1, x1, x28
        mov     x2, #0x5a
        str     x2, [x1]
        mov     x8, #172                // getpid: a kernel entry
        svc     #0
