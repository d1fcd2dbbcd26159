// 1000 times: fork, the child touches 64 KiB of fresh memory and exits with 3, the parent reaps it with wait4.
// Far more children than the task cap and than the memory limit of 4 MiB could hold at once: each exited and
// reaped child must give back its task slot, its memory and its charge. Exit status 0; 201-203 name a failure.
        .text
        .global _start
_start:
        mov     x19, #1000
1:      mov     x0, #17                 // fork
        mov     x1, #0
        mov     x2, #0
        mov     x3, #0
        mov     x4, #0
        mov     x8, #220
        svc     #0
        cbz     x0, child
        tbnz    x0, #63, 3f
        mov     x0, #-1                 // wait4(-1, &status, 0, NULL)
        ldr     x1, =status
        mov     x2, #0
        mov     x3, #0
        mov     x8, #260
        svc     #0
        tbnz    x0, #63, 4f
        ldr     x1, =status
        ldr     w1, [x1]
        cmp     w1, #0x300
        mov     x0, #203
        b.ne    fail
        subs    x19, x19, #1
        b.ne    1b
        mov     x0, #0
        b       fail
3:      mov     x0, #201
        b       fail
4:      mov     x0, #202
fail:   mov     x8, #94
        svc     #0

child:  mov     x0, #0                  // mmap 64 KiB and touch it
        mov     x1, #0x10000
        mov     x2, #3
        mov     x3, #0x22
        mov     x4, #-1
        mov     x5, #0
        mov     x8, #222
        svc     #0
        mov     x1, #0
2:      strb    w1, [x0, x1]
        add     x1, x1, #4096
        cmp     x1, #0x10000
        b.lo    2b
        mov     x0, #3
        mov     x8, #93
        svc     #0

        .bss
        .balign 4
status: .skip   4
