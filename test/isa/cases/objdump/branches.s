// Listing fixture: branches and PC-relative operands naming symbols (<sym>, <sym+0x..>), data decoded by -D.
// Built by scripts/gen-isa-objdump-fixtures.mjs with GNU as/ld.
    .text
    .globl _start
_start:
    bl helper
    b.ne _start
    adr x1, message
    adrp x2, message
    ldr x3, message
    cbz x0, helper
    tbz w0, #3, _start
helper:
    ret
    .data
message:
    .word 0x12345678
    .byte 1, 2, 3
