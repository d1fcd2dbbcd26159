// Random load/store sequence 11 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0xa6236c21a56f5ac4
        ldr     x1, =0x09d8a0ea8237a790
        ldr     x2, =0x7fffffff
        ldr     x3, =0x0cb7a1d8e8e5df58
        ldr     x4, =0x4c3497975916bc64
        ldr     x5, =0x29923856d0617c3d
        ldr     x6, =0xf0ad9d2de73f99d9
        ldr     x7, =0x37d90519d92c5c5f
        ldr     x8, =0x6665d3c6b9b2b3b9
        ldr     x9, =0xffffffff
        ldr     x10, =0xf2f1ec2c43ce4d80
        ldr     x11, =0x6dabdf9cc3d764c7
        ldr     x12, =0x7fffffff
        ldr     x13, =0xc1517c58c90d326d
        ldr     x14, =0xebe46f1133b1dd5a
        ldr     x15, =0x3d4bbfc275b358e1
        add x20, x28, #128
        str     x0, [x20, #-128]
        str     x1, [x20, #-120]
        str     x2, [x20, #-112]
        str     x3, [x20, #-104]
        str     x4, [x20, #-96]
        str     x5, [x20, #-88]
        str     x6, [x20, #-80]
        str     x7, [x20, #-72]
        str     x8, [x20, #-64]
        str     x9, [x20, #-56]
        str     x10, [x20, #-48]
        str     x11, [x20, #-40]
        str     x12, [x20, #-32]
        str     x13, [x20, #-24]
        str     x14, [x20, #-16]
        str     x15, [x20, #-8]
        str     x0, [x20, #0]
        str     x1, [x20, #8]
        str     x2, [x20, #16]
        str     x3, [x20, #24]
        str     x4, [x20, #32]
        str     x5, [x20, #40]
        str     x6, [x20, #48]
        str     x7, [x20, #56]
        str     x8, [x20, #64]
        str     x9, [x20, #72]
        str     x10, [x20, #80]
        str     x11, [x20, #88]
        str     x12, [x20, #96]
        str     x13, [x20, #104]
        str     x14, [x20, #112]
        str     x15, [x20, #120]
        ldur w11, [x20, #-127]
        casa w15, w13, [x20]
        mov x16, #13
        str x8, [x20, x16, lsl #3]
        casal w12, w15, [x20]
        add x20, x28, #128
        str w14, [x20, #-10]!
        mov x19, x20
        ldnp x10, x15, [x20, #32]
        ldrsw x2, [x20, #24]
        add x20, x28, #128
        ldrb w8, [x20], #-1
        mov x18, x20
        add x20, x28, #128
        str w1, [x20], #-9
        mov x18, x20
        mov x16, #8
        ldr x15, [x20, x16, lsl #3]
        ldur x7, [x20, #-26]
        casal w2, w10, [x20]
        mov x17, #-1
        ldrsb w0, [x20, w17, sxtw]
        ldr x13, [x20, #88]
        ldrsh w11, [x20, #8]
        ldpsw x11, x15, [x20, #4]
        ldpsw x10, x0, [x20, #16]
        mov x16, #0
        str x9, [x20, x16, lsl #3]
        add x20, x28, #128
        stp x5, x2, [x20, #-24]!
        mov x19, x20
        ldxr x3, [x20]
        stxr w16, x13, [x20]
        mov x17, x16
        mov x17, #-22
        ldrb w11, [x20, w17, sxtw]
        ldrh w14, [x20, #20]
        ldurb w10, [x20, #-80]
        mov x16, #4
        ldr x11, [x20, x16, lsl #3]
        add x20, x28, #128
        ldp x6, x1, [x20], #-32
        mov x19, x20
        mov x17, #22
        strh w0, [x20, w17, sxtw]
        cas w11, w10, [x20]
        ldursh w6, [x20, #-15]
        add x20, x28, #128
        ldar x8, [x20]
        ldxr x7, [x20]
        stxr w16, x10, [x20]
        mov x17, x16
        add x20, x28, #128
        ldr x9, [x20, #-3]!
        mov x19, x20
        ldur w11, [x20, #-102]
        add x20, x28, #128
        stp x8, x6, [x20], #-32
        mov x19, x20
        casal w12, w13, [x20]
        add x20, x28, #128
        ldp x9, x2, [x20], #-32
        mov x19, x20
        ldursh w10, [x20, #56]
        ldxr x7, [x20]
        stxr w16, x9, [x20]
        mov x17, x16
        ldur w0, [x20, #-30]
        mov x16, #5
        ldr x8, [x20, x16, lsl #3]
        add x20, x28, #128
        ldp x1, x10, [x20, #-16]!
        mov x19, x20
        add x20, x28, #128
        stp x12, x15, [x20, #16]!
        mov x19, x20
        stp w7, w2, [x20, #8]
        str x4, [x20, #16]
        casa x8, x9, [x20]
        add x20, x28, #128
        str w5, [x20, #24]!
        mov x19, x20
        ldurh w14, [x20, #-28]
        ldxr x9, [x20]
        stxr w16, x10, [x20]
        mov x17, x16
        mov x17, #14
        strb w14, [x20, w17, sxtw]
        add x20, x28, #128
        ldr x5, [x20, #-11]!
        mov x19, x20
        mov x16, #13
        ldr x11, [x20, x16, lsl #3]
        add x20, x28, #128
        ldp x8, x12, [x20, #-16]!
        mov x19, x20
        sturh w7, [x20, #-61]
        stur w11, [x20, #26]
        add x20, x28, #128
        ldp x7, x5, [x20], #24
        mov x19, x20
        str w7, [x20, #36]
        ldxr x1, [x20]
        stxr w16, x9, [x20]
        mov x17, x16
        ldsetalb w4, w13, [x20]
        str w9, [x20, #32]
        str x8, [x20, #96]
        strb w10, [x20, #14]
        mov x17, #-4
        ldrsb w2, [x20, w17, sxtw]
        casa x15, x2, [x20]
        ldxr x8, [x20]
        stxr w16, x11, [x20]
        mov x17, x16
        add x20, x28, #128
        stp x6, x5, [x20, #-8]!
        mov x19, x20
        mov x16, #4
        ldr x13, [x20, x16, lsl #3]
        ldpsw x2, x5, [x20, #24]
        mov x17, #-12
        strh w12, [x20, w17, sxtw]
        stur w1, [x20, #-86]
        add x20, x28, #128
        ldp x1, x15, [x20, #8]!
        mov x19, x20
        ldur w3, [x20, #-18]
        ldxr x13, [x20]
        stxr w16, x15, [x20]
        mov x17, x16
        stur x7, [x20, #-9]
        add x20, x28, #128
        stlr w10, [x20]
        ldxr x2, [x20]
        stxr w16, x8, [x20]
        mov x17, x16
        add x20, x28, #128
        str w9, [x20, #13]!
        mov x19, x20
        ldur x13, [x20, #-54]
        ldpsw x9, x2, [x20, #20]
        ldpsw x12, x3, [x20, #24]
        ldp w14, w8, [x20, #-16]
        add x20, x28, #128
        ldp x9, x12, [x20, #-8]!
        mov x19, x20
        b       1f
        .ltorg
1:
