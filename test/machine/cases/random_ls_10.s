// Random load/store sequence 10 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x67dfe6971b48ad06
        ldr     x1, =0x0148fd2d960c3e9b
        ldr     x2, =0x5c22c3f22d0a8078
        ldr     x3, =0x7e47481d878d3ae9
        ldr     x4, =0x7db8a78e08062f2f
        ldr     x5, =0x8084db4b098107a8
        ldr     x6, =0xc39862bad17e254d
        ldr     x7, =0x1
        ldr     x8, =0x0
        ldr     x9, =0x1202d336f387532f
        ldr     x10, =0xe5194dce8fc9431f
        ldr     x11, =0x10c41cd879678b1a
        ldr     x12, =0x32e8e78c01c2b473
        ldr     x13, =0xc476a70c38e1b710
        ldr     x14, =0x0591041f39170822
        ldr     x15, =0xdeee4198c1f6fc35
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
        mov x16, #0
        str x3, [x20, x16, lsl #3]
        stp w6, w4, [x20, #0]
        casa x12, x3, [x20]
        ldpsw x14, x9, [x20, #4]
        add x20, x28, #128
        ldp x14, x8, [x20, #-32]!
        mov x19, x20
        ldursb w5, [x20, #76]
        add x20, x28, #128
        stp x9, x11, [x20], #16
        mov x19, x20
        add x20, x28, #128
        ldapr x12, [x20]
        mov x16, #13
        str x2, [x20, x16, lsl #3]
        ldurh w5, [x20, #-61]
        mov x16, #2
        ldr x14, [x20, x16, lsl #3]
        mov x16, #12
        str x1, [x20, x16, lsl #3]
        str w1, [x20, #48]
        add x20, x28, #128
        ldar w1, [x20]
        sturb w0, [x20, #-37]
        add x20, x28, #128
        ldapr x14, [x20]
        stp w3, w9, [x20, #-16]
        stnp w14, w1, [x20, #-12]
        add x20, x28, #128
        ldrb w2, [x20], #30
        mov x18, x20
        add x20, x28, #128
        ldp x0, x6, [x20], #-32
        mov x19, x20
        add x20, x28, #128
        ldrsh w9, [x20], #10
        mov x18, x20
        ldnp w1, w5, [x20, #8]
        ldumaxalb w0, w7, [x20]
        ldr w9, [x20, #44]
        ldur x7, [x20, #1]
        ldrsh w12, [x20, #26]
        ldxr x11, [x20]
        stxr w16, x0, [x20]
        mov x17, x16
        ldursh w4, [x20, #47]
        add x20, x28, #128
        str w13, [x20, #9]!
        mov x19, x20
        str w4, [x20, #12]
        add x20, x28, #128
        ldr w10, [x20, #31]!
        mov x19, x20
        ldpsw x14, x6, [x20, #-32]
        strb w14, [x20, #6]
        ldp w0, w15, [x20, #-32]
        ldxr x0, [x20]
        stxr w16, x9, [x20]
        mov x17, x16
        ldpsw x10, x8, [x20, #0]
        ldxr x5, [x20]
        stxr w16, x11, [x20]
        mov x17, x16
        add x20, x28, #128
        stp x6, x14, [x20, #24]!
        mov x19, x20
        mov x17, #15
        ldrsb w15, [x20, w17, sxtw]
        stur x3, [x20, #-6]
        add x20, x28, #128
        str w6, [x20], #-14
        mov x18, x20
        stp w10, w4, [x20, #-16]
        mov x16, #10
        str x13, [x20, x16, lsl #3]
        ldr w14, [x20, #28]
        str x7, [x20, #64]
        ldur w15, [x20, #-122]
        casa x6, x9, [x20]
        ldpsw x7, x0, [x20, #-24]
        str x4, [x20, #8]
        ldr w6, [x20, #24]
        add x20, x28, #128
        ldp x9, x11, [x20], #16
        mov x19, x20
        ldsetl x2, x12, [x20]
        add x20, x28, #128
        ldapr x13, [x20]
        mov x16, #14
        str x6, [x20, x16, lsl #3]
        ldxr x7, [x20]
        stxr w16, x10, [x20]
        mov x17, x16
        ldpsw x13, x6, [x20, #-8]
        add x20, x28, #128
        ldp x6, x15, [x20, #16]!
        mov x19, x20
        add x20, x28, #128
        ldar x13, [x20]
        stp w9, w13, [x20, #12]
        stnp w6, w11, [x20, #-32]
        ldurh w1, [x20, #-99]
        ldclrl x9, x8, [x20]
        str x1, [x20, #104]
        ldrb w4, [x20, #9]
        ldeora x4, x5, [x20]
        mov x16, #14
        ldr x14, [x20, x16, lsl #3]
        ldpsw x14, x12, [x20, #8]
        mov x16, #1
        str x12, [x20, x16, lsl #3]
        mov x17, #9
        strh w12, [x20, w17, sxtw]
        stur w5, [x20, #27]
        add x20, x28, #128
        ldr x11, [x20, #20]!
        mov x19, x20
        sturb w12, [x20, #-40]
        ldursb w4, [x20, #70]
        add x20, x28, #128
        ldp x7, x6, [x20, #0]!
        mov x19, x20
        ldxr x13, [x20]
        stxr w16, x15, [x20]
        mov x17, x16
        mov x17, #22
        ldrb w8, [x20, w17, sxtw]
        add x20, x28, #128
        str w10, [x20, #-31]!
        mov x19, x20
        ldp x6, x1, [x20, #-64]
        ldrsw x15, [x20, #36]
        add x20, x28, #128
        stp x10, x3, [x20], #8
        mov x19, x20
        b       1f
        .ltorg
1:
