// Random load/store sequence 8 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x80000000
        ldr     x1, =0x80000000
        ldr     x2, =0xd92146fb2751762e
        ldr     x3, =0xd1d459b5555cb348
        ldr     x4, =0xe3d05d374f399838
        ldr     x5, =0x04e64da3e2937a4d
        ldr     x6, =0x16adad7aa35438c6
        ldr     x7, =0x39fe4ebb399a00d4
        ldr     x8, =0x8000000000000000
        ldr     x9, =0x7fffffffffffffff
        ldr     x10, =0x7fffffff
        ldr     x11, =0xfadc4e9f53d343dc
        ldr     x12, =0x4ccb0961a0cfd4fd
        ldr     x13, =0x3cf93fa026d7b02f
        ldr     x14, =0x8000000000000000
        ldr     x15, =0x4714995ebdad61a7
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
        ldpsw x15, x6, [x20, #16]
        add x20, x28, #128
        ldr w6, [x20, #-29]!
        mov x19, x20
        mov x17, #28
        ldrsb w13, [x20, w17, sxtw]
        ldnp w10, w8, [x20, #8]
        add x20, x28, #128
        stp x2, x5, [x20], #24
        mov x19, x20
        add x20, x28, #128
        stp x9, x6, [x20], #16
        mov x19, x20
        mov x16, #11
        str x0, [x20, x16, lsl #3]
        add x20, x28, #128
        ldp x15, x14, [x20, #-8]!
        mov x19, x20
        ldrb w4, [x20, #8]
        str w5, [x20, #36]
        add x20, x28, #128
        ldp x0, x6, [x20, #24]!
        mov x19, x20
        ldnp x4, x12, [x20, #56]
        casa w15, w13, [x20]
        ldpsw x7, x3, [x20, #0]
        ldpsw x8, x7, [x20, #-20]
        ldpsw x14, x7, [x20, #28]
        add x20, x28, #128
        ldrsh w2, [x20], #-26
        mov x18, x20
        stur w7, [x20, #-52]
        add x20, x28, #128
        ldrb w0, [x20], #-14
        mov x18, x20
        add x20, x28, #128
        stp x10, x14, [x20], #8
        mov x19, x20
        mov x17, #8
        ldrh w10, [x20, w17, sxtw]
        add x20, x28, #128
        ldp x14, x0, [x20, #-24]!
        mov x19, x20
        ldsminlh w1, w15, [x20]
        ldumaxal x9, x15, [x20]
        stp w0, w4, [x20, #-20]
        add x20, x28, #128
        strb w8, [x20], #-28
        mov x18, x20
        mov x16, #7
        ldr x6, [x20, x16, lsl #3]
        add x20, x28, #128
        str w1, [x20], #14
        mov x18, x20
        mov x16, #13
        ldr x13, [x20, x16, lsl #3]
        str w7, [x20, #56]
        add x20, x28, #128
        ldr w4, [x20], #-9
        mov x18, x20
        ldnp w4, w12, [x20, #-20]
        ldur w5, [x20, #38]
        mov x16, #12
        str x14, [x20, x16, lsl #3]
        ldrh w6, [x20, #12]
        add x20, x28, #128
        ldp x6, x14, [x20, #-24]!
        mov x19, x20
        add x20, x28, #128
        ldp x7, x9, [x20], #16
        mov x19, x20
        mov x16, #7
        ldr x9, [x20, x16, lsl #3]
        add x20, x28, #128
        stp x14, x5, [x20, #24]!
        mov x19, x20
        add x20, x28, #128
        ldp x8, x3, [x20], #16
        mov x19, x20
        casa w5, w1, [x20]
        add x20, x28, #128
        stp x5, x0, [x20, #-8]!
        mov x19, x20
        add x20, x28, #128
        str x9, [x20, #-12]!
        mov x19, x20
        add x20, x28, #128
        ldr w15, [x20], #3
        mov x18, x20
        ldset w0, w12, [x20]
        add x20, x28, #128
        str w5, [x20, #-2]!
        mov x19, x20
        add x20, x28, #128
        stp x1, x15, [x20, #8]!
        mov x19, x20
        lduminal x13, x13, [x20]
        ldpsw x12, x13, [x20, #-4]
        ldnp w7, w13, [x20, #-20]
        ldxr x11, [x20]
        stxr w16, x12, [x20]
        mov x17, x16
        ldpsw x15, x13, [x20, #28]
        mov x17, #9
        strb w15, [x20, w17, sxtw]
        ldaddalb w7, w8, [x20]
        ldur x10, [x20, #52]
        ldp x3, x13, [x20, #-16]
        stnp w2, w5, [x20, #4]
        stp w0, w11, [x20, #4]
        ldrb w11, [x20, #10]
        add x20, x28, #128
        ldapr w7, [x20]
        casal w13, w12, [x20]
        add x20, x28, #128
        stp x6, x0, [x20, #-16]!
        mov x19, x20
        mov x16, #5
        str x3, [x20, x16, lsl #3]
        add x20, x28, #128
        str x2, [x20, #14]!
        mov x19, x20
        mov x16, #1
        str x13, [x20, x16, lsl #3]
        ldxr x9, [x20]
        stxr w16, x9, [x20]
        mov x17, x16
        ldur x2, [x20, #-70]
        ldpsw x9, x11, [x20, #8]
        casal x6, x7, [x20]
        stur x15, [x20, #-65]
        cas x14, x13, [x20]
        str x7, [x20, #32]
        ldxr x7, [x20]
        stxr w16, x3, [x20]
        mov x17, x16
        add x20, x28, #128
        ldrsh w13, [x20], #-31
        mov x18, x20
        ldur w5, [x20, #-120]
        add x20, x28, #128
        ldr w15, [x20, #-28]!
        mov x19, x20
        add x20, x28, #128
        ldar w5, [x20]
        add x20, x28, #128
        ldp x15, x14, [x20, #0]!
        mov x19, x20
        add x20, x28, #128
        ldr w0, [x20, #-2]!
        mov x19, x20
        ldur w14, [x20, #-117]
        b       1f
        .ltorg
1:
