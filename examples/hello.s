// hello.s: writes a greeting with the write system call and exits with status 0.
// Build and run: aarch64-mte run examples/hello.s   (or: aarch64-mte as --exe hello.s -o hello)

        .equ SYS_write, 64
        .equ SYS_exit, 93
        .equ STDOUT, 1

        .text
        .global _start
        .type _start, %function
_start:
        mov     x0, #STDOUT
        adrp    x1, message
        add     x1, x1, :lo12:message
        mov     x2, #message_length
        mov     x8, #SYS_write
        svc     #0

        mov     x0, #0
        mov     x8, #SYS_exit
        svc     #0
        .size _start, . - _start

        .section .rodata
message:
        .ascii  "Hello, world!\n"
        .equ message_length, . - message
