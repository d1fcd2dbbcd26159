// SP base with a register offset is checked (unlike SP with an immediate offset). SP stays untagged (qemu-user
// cannot build a signal frame on a tagged SP); the allocation tag is 6, SP's logical tag 0.
// mode: sync
        add     x0, x28, #0x8000
        mov     x3, #(6 << 56)
        orr     x3, x3, x0
        stg     x3, [x3]
        mov     x6, sp
        mov     sp, x0
        ldr     x1, [sp, #0]            // unchecked
        str     x1, [sp, #8]            // unchecked
        mov     x2, #0
        ldr     x1, [sp, x2]            // checked: 0 != 6
