// Load/store addressing modes: pre/post-index write-back, register offsets with extend/shift, sign-extending loads,
// pairs (incl. LDPSW), literal loads, exclusives, LSE atomics, CAS, acquire/release.
// mode: none
        ldr     x0, =0x8899aabbccddeeff
        mov     x1, x27
        str     x0, [x1, #8]!
        str     x0, [x1], #16
        ldrsb   x2, [x27, #8]
        ldrsh   w3, [x27, #9]
        ldrsw   x4, [x27, #12]
        mov     w5, #-8
        ldr     x6, [x1, w5, sxtw]
        mov     x7, #1
        ldr     x8, [x27, x7, lsl #3]
        ldrb    w9, [x27, x7]
        stp     w0, w7, [x27, #64]
        ldpsw   x10, x11, [x27, #64]
        ldp     x12, x13, [x27, #8]
        ldr     x14, lit
        ldxr    x15, [x27]
        stxr    w16, x0, [x27]
        stxr    w17, x0, [x27]
        mov     x18, #5
        ldadd   x18, x19, [x27]
        ldr     x20, [x27]
        mov     x21, #3
        add     x1, x27, #64
        ldumax  x21, x22, [x1]
        mov     x23, x20
        cas     x23, x7, [x27]
        ldar    x24, [x27]
        add     x1, x27, #16
        stlr    x7, [x1]
        swpb    w7, w25, [x1]
        ldr     x26, [x27, #16]
        b       1f
lit:    .quad   0x1122334455667788
1:
        add     x1, x27, #0x80
        ldr     x2, [x1, #-8]!          // negative pre-index write-back
        str     x2, [x1], #-16          // negative post-index write-back
        ldr     w3, [x1, #-4]!
        ldur    x4, [x1, #-3]
        stur    x4, [x1, #-9]
