// hello.s: the tiny program the end-to-end tests debug. It writes a greeting to standard output
// with the Linux write system call and exits with status 0.
        .global _start
        .text
_start:
        mov     x0, #1              // file descriptor: stdout
        adr     x1, message         // buffer
        mov     x2, #11             // length of "hello, MTE\n"
        mov     x8, #64             // __NR_write
        svc     #0
        mov     x0, #0              // exit status
        mov     x8, #93             // __NR_exit
        svc     #0

message:
        .ascii  "hello, MTE\n"
