// Listing fixture: loads/stores, data processing, data in code ($d), zero runs, several symbols at one address,
// a literal pool and odd-sized data. Built by scripts/gen-isa-objdump-fixtures.mjs with GNU as/ld.
    .text
    .globl _start
    .type _start, %function
_start:
    mov x0, #0
    ldr x1, [sp, #8]
    ldp x2, x3, [sp, #-16]!
    stp x2, x3, [sp], #16
    ldrb w4, [x1, x2]
    ldrsw x5, [x1, w2, sxtw #2]
    ldxr x6, [x1]
    stxr w7, x6, [x1]
    ldadd x0, x1, [x2]
    stadd x0, [x2]
    casal w0, w1, [sp]
    prfm pldl1keep, [x0, #64]
    ldr x8, =0x123456789
    add x0, x0, #1
    .word 0, 0, 0, 0
local_label:
alt_label:
    ldur x9, [x0, #-1]
    .byte 1, 2
    .align 2
    .globl second
second:
    sub sp, sp, #32
    ldapr w0, [x1]
    irg x0, sp
    stg x0, [x0, #16]!
    .word 0x12345678
    .hword 0x1234
    .byte 7
    .align 3
    .quad 0
    .data
table:
    .quad 1, 2, 3
