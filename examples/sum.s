// sum.s: adds the numbers in a table with a loop and a called function, and exits with the sum (mod 256)
// as its status. Exercises macros, .rept, numeric local labels, literal pools and relocations.

        .macro syscall number
        mov     x8, #\number
        svc     #0
        .endm

        .data
        .balign 8
table:
        .set value, 1
        .rept 10
        .quad value
        .set value, value * 2
        .endr
table_end:

        .text
        .global _start
_start:
        ldr     x0, =table
        ldr     x1, =(table_end - table) / 8
        bl      sum
        and     x0, x0, #0xff           // 1023 & 0xff = 255
        syscall 93

        // sum(x0 = pointer, x1 = count) -> x0
        .type sum, %function
sum:
        mov     x2, #0
1:      cbz     x1, 2f
        ldr     x3, [x0], #8
        add     x2, x2, x3
        sub     x1, x1, #1
        b       1b
2:      mov     x0, x2
        ret
        .size sum, . - sum
