// One memory budget for all processes (run with --max-memory 12M): with 8 MiB touched, fork fails with ENOMEM
// (the child's copy does not fit); with 4 MiB touched it works, and the child, touching 4 MiB more, passes the
// shared limit and is killed with SIGKILL (the parent's wait4 sees status 9). Exit status 0 when all held;
// 201-206 name a failed check.
        .text
        .global _start
_start:
        mov     x0, #0                  // mmap(NULL, 8 MiB, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)
        mov     x1, #0x800000
        bl      map
        mov     x20, x0
        mov     x1, #0x800000
        bl      touch
        bl      fork
        cbz     x0, unexpected
        cmn     x0, #12                 // -ENOMEM
        mov     x0, #202
        b.ne    fail
        add     x0, x20, #0x400000      // munmap the upper 4 MiB
        mov     x1, #0x400000
        mov     x8, #215
        svc     #0
        cbnz    x0, 9f
        bl      fork
        cbz     x0, child
        tbnz    x0, #63, 8f
        mov     x0, #-1
        ldr     x1, =status
        mov     x2, #0
        mov     x3, #0
        mov     x8, #260
        svc     #0
        tbnz    x0, #63, 8f
        ldr     x1, =status
        ldr     w1, [x1]
        cmp     w1, #9                  // killed by SIGKILL
        mov     x0, #205
        b.ne    fail
        mov     x0, #0
        b       fail
8:      mov     x0, #204
        b       fail
9:      mov     x0, #203
fail:   mov     x8, #94
        svc     #0
unexpected:
        mov     x0, #206
        b       fail

child:  mov     x0, #0                  // 4 MiB more: the shared budget is exceeded while touching it
        mov     x1, #0x400000
        bl      map
        mov     x1, #0x400000
        bl      touch
        mov     x0, #7
        mov     x8, #93
        svc     #0

map:    mov     x2, #3
        mov     x3, #0x22
        mov     x4, #-1
        mov     x5, #0
        mov     x8, #222
        svc     #0
        tbnz    x0, #63, 1f
        ret
1:      mov     x0, #201
        b       fail

touch:  mov     x2, #0                  // writes one byte in each page of [x0, x0 + x1)
1:      strb    w2, [x0, x2]
        add     x2, x2, #4096
        cmp     x2, x1
        b.lo    1b
        ret

fork:   mov     x0, #17
        mov     x1, #0
        mov     x2, #0
        mov     x3, #0
        mov     x4, #0
        mov     x8, #220
        svc     #0
        ret

        .bss
        .balign 4
status: .skip   4
