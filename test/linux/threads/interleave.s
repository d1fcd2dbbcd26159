// Two threads print a letter five times each with a busy loop between prints and no synchronisation: the
// interleaving comes from time slices only, so it must be the same in every run.
        .text
        .global _start
_start:
        ldr     x0, =ctid
        mov     w1, #1
        str     w1, [x0]
        ldr     x0, =0x3d0f00
        ldr     x1, =stack_top
        ldr     x2, =tid
        mrs     x3, tpidr_el0
        ldr     x4, =ctid
        mov     x8, #220
        svc     #0
        adr     x20, letter_a
        cbnz    x0, loop
        adr     x20, letter_b
loop:   mov     x21, #5
1:      mov     x22, #7000
2:      subs    x22, x22, #1
        b.ne    2b
        mov     x0, #1
        mov     x1, x20
        mov     x2, #1
        mov     x8, #64
        svc     #0
        subs    x21, x21, #1
        b.ne    1b
        adr     x0, letter_b
        cmp     x20, x0
        b.ne    join
        mov     x0, #0
        mov     x8, #93
        svc     #0
join:   ldr     x0, =ctid
        ldr     w2, [x0]
        cbz     w2, 1f
        mov     x1, #0
        mov     x3, #0
        mov     x8, #98
        svc     #0
        b       join
1:      mov     x0, #1
        adr     x1, newline
        mov     x2, #1
        mov     x8, #64
        svc     #0
        mov     x0, #0
        mov     x8, #94
        svc     #0
letter_a: .ascii "a"
letter_b: .ascii "b"
newline:  .ascii "\n"
        .ltorg
        .data
        .balign 16
tid:     .word 0
ctid:    .word 0
        .balign 16
stack:   .space 4096
stack_top:
