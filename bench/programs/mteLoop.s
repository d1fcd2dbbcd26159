// CPU-bound MTE benchmark: tag a 64 KiB PROT_MTE buffer with IRG/STG, then sweep it granule by granule
// (load, add, store, addg) with synchronous tag checks on. ITERATIONS sweeps of 4096 granules, 7 instructions
// per granule: about 1e8 instructions for ITERATIONS = 3500.
        .arch armv8.5-a+memtag
        .text
        .global _start
_start:
        mov     x0, #55                 // prctl(PR_SET_TAGGED_ADDR_CTRL, ENABLE | TCF_SYNC | include 0xfffe)
        ldr     x1, =(1 | 2 | (0xfffe << 3))
        mov     x2, #0
        mov     x3, #0
        mov     x4, #0
        mov     x8, #167
        svc     #0
        mov     x0, #0x200000000        // mmap(0x200000000, 64 KiB, RW | PROT_MTE, PRIVATE | ANON | FIXED)
        mov     x1, #0x10000
        mov     x2, #0x23
        mov     x3, #0x32
        mov     x4, #-1
        mov     x5, #0
        mov     x8, #222
        svc     #0
        irg     x20, x0                 // a random non-zero tag for the whole buffer
        mov     x1, x20
        mov     x2, #4096
1:      stg     x1, [x1], #16
        subs    x2, x2, #1
        b.ne    1b
        ldr     x9, =ITERATIONS
outer:
        mov     x0, x20
        mov     x2, #4096
inner:
        ldr     x3, [x0]
        add     x3, x3, #1
        str     x3, [x0]
        addg    x0, x0, #16, #0
        subs    x2, x2, #1
        b.ne    inner
        subs    x9, x9, #1
        b.ne    outer
        ldr     x0, [x20]               // exit status: the first granule's counter (mod 256)
        mov     x8, #93
        svc     #0
        .ltorg
