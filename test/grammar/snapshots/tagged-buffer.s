// Allocates a tagged buffer with mmap(PROT_MTE), tags two granules, and reads past the end (a tag-check fault).
        .arch   armv8.5-a+memtag
        .equ    PROT_READ_WRITE_MTE, 0x23
        .equ    PR_SET_TAGGED_ADDR_CTRL, 55

        .macro  syscall number
        mov     x8, #\number
        svc     #0
        .endm

        .text
        .global _start
        .type   _start, %function
_start:
        mov     x0, #PR_SET_TAGGED_ADDR_CTRL
        mov     x1, #0x7fff3            /* sync tag checks, all tags allowed */
        mov     x2, xzr
        syscall 167                     // prctl
        mov     x0, xzr
        mov     x1, #4096
        mov     x2, #PROT_READ_WRITE_MTE
        mov     x3, #0x22
        mov     x4, #-1
        mov     x5, xzr
        syscall 222                     // mmap
        irg     x0, x0                  // random logical tag
        mov     x1, x0
        mov     x2, #2
1:      stg     x1, [x1], #16           // allocation tag of one granule
        subs    x2, x2, #1
        b.ne    1b
        ldr     x3, [x0, #32]           // third granule: tag mismatch
        mrs     x4, tco
        adrp    x5, message
        add     x5, x5, :lo12:message
        b       .Lexit
.Lexit:
        mov     x0, #0
        syscall 93
        .size   _start, . - _start

        .section .rodata, "a", %progbits
message:
        .asciz  "tagged\n"
