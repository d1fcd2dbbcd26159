// stdin-state: reads standard input to its end, then writes one 24-byte record to standard output: the revents
// of ppoll({0, POLLIN}) with a zero timeout (at offset 6 of the pollfd, the record's first 8 bytes), the result
// of lseek(0, 0, SEEK_CUR) (8 bytes) and the st_mode of fstat(0) (8 bytes). Used by test/linux/stdinCli.test.ts:
// a pipe at its end polls POLLHUP and does not seek (ESPIPE), a regular file's position is its size.
        .text
        .global _start
_start:
        adrp    x20, buf
        add     x20, x20, :lo12:buf
1:      mov     x0, #0
        mov     x1, x20
        mov     x2, #256
        mov     x8, #63                 // read
        svc     #0
        cmp     x0, #0
        b.gt    1b
        adrp    x19, rec
        add     x19, x19, :lo12:rec
        str     wzr, [x19]              // pollfd: fd 0
        mov     w1, #1
        strh    w1, [x19, #4]           // events POLLIN
        strh    wzr, [x19, #6]
        mov     x0, x19
        mov     x1, #1
        add     x2, x20, #512           // zero timespec
        stp     xzr, xzr, [x2]
        mov     x3, #0
        mov     x4, #8
        mov     x8, #73                 // ppoll
        svc     #0
        mov     x0, #0
        mov     x1, #0
        mov     x2, #1                  // SEEK_CUR
        mov     x8, #62                 // lseek
        svc     #0
        str     x0, [x19, #8]
        mov     x0, #0
        mov     x1, x20
        mov     x8, #80                 // fstat
        svc     #0
        ldr     w0, [x20, #16]          // st_mode
        str     x0, [x19, #16]
        mov     x0, #1
        mov     x1, x19
        mov     x2, #24
        mov     x8, #64                 // write
        svc     #0
        mov     x0, #0
        mov     x8, #94                 // exit_group
        svc     #0

        .bss
        .balign 16
rec:    .skip   32
buf:    .skip   1024
