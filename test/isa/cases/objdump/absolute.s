// Listing fixture: absolute (.equ) symbols naming branch targets in the object file, and a string in .text
// whose labels cut words (-d: "out of bounds" at the cut; -D: the word decoded without its hex).
    .equ SYS_write, 0x10
    .equ GRANULE, 16
    .text
    .globl _start
_start:
    mov x0, #1
    mov x1, #2
    mov x2, #3
    mov x3, #4
    mov x4, #5
    mov x5, #6
    b.ne .-4
    cbz x0, _start
first:
    .ascii "0123456789:;"
    .byte 0x30
cut_here:
    .ascii "<=>?0123456789"
    .align 2
    ret
