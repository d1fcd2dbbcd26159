// Fork bomb: every process forks in a loop forever; only the first process stops, after 1000 failed forks,
// with exit_group(0), which ends the run. The task cap and the memory budget keep the host's memory bounded.
        .text
        .global _start
_start:
        mov     x20, #1                 // 1 in the first process, 0 in the others
        mov     x19, #0
1:      mov     x0, #17                 // fork
        mov     x1, #0
        mov     x2, #0
        mov     x3, #0
        mov     x4, #0
        mov     x8, #220
        svc     #0
        cbz     x0, 2f
        tbz     x0, #63, 1b
        cbz     x20, 1b
        add     x19, x19, #1
        cmp     x19, #1000
        b.lo    1b
        mov     x0, #0
        mov     x8, #94
        svc     #0
2:      mov     x20, #0
        b       1b
