// Listing fixture: a data object (STT_OBJECT) inside .text, which objdump -d dumps as hex words and characters.
.text
.globl _start
_start: nop
.type obj,%object
obj: .word 0x41424344
 .byte 0x20, 0x7e, 0x7f, 0x0a, 1
 .align 2
 .word 0,0,0,0,0
 .word 1
.type fn,%function
fn: ret
