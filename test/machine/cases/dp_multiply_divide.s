// Multiply (low, high, long, negated), divide (incl. by zero and INT_MIN / -1), CRC32/CRC32C, CLZ/CLS/RBIT/REV.
// mode: none
        ldr     x0, =0xfedcba9876543210
        ldr     x1, =0x0123456789abcdef
        mul     x2, x0, x1
        umulh   x3, x0, x1
        smulh   x4, x0, x1
        smaddl  x5, w0, w1, x1
        umsubl  x6, w0, w1, x1
        mneg    w7, w0, w1
        msub    x8, x0, x1, x0
        udiv    x9, x0, x1
        sdiv    x10, x0, x1
        udiv    x11, x0, xzr
        mov     x12, #0x8000000000000000
        mov     x13, #-1
        sdiv    x12, x12, x13
        sdiv    w13, w0, w1
        crc32b  w14, w0, w1
        crc32x  w15, w0, x1
        crc32ch w16, w0, w1
        crc32cx w17, w0, x1
        clz     x18, x1
        cls     w19, w0
        rbit    x20, x1
        rev     x21, x1
        rev16   w22, w1
        rev32   x23, x1
        clz     w24, wzr
        cls     x25, x13
        umull   x26, w0, w1
