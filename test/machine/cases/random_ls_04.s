// Random load/store sequence 4 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0xbc61c1d806f5bd5f
        ldr     x1, =0xb5cbb9c8328dde4d
        ldr     x2, =0xdd05dcbd0dcdb3e1
        ldr     x3, =0xeea0486e1919e062
        ldr     x4, =0x7fac4dd0b1ba356d
        ldr     x5, =0x6416c66c5fcbce00
        ldr     x6, =0x7fffffff
        ldr     x7, =0x43a666b7c16367bf
        ldr     x8, =0xdbdfd51e90aef537
        ldr     x9, =0x35ff32dd9e5b82f3
        ldr     x10, =0x87977cae97a8e318
        ldr     x11, =0x7fffffffffffffff
        ldr     x12, =0xa8d5f79a5e5a4520
        ldr     x13, =0x8000000000000000
        ldr     x14, =0x0d2ad8fa4907c785
        ldr     x15, =0xb4d4513fc1b7611e
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
        ldnp x7, x10, [x20, #-16]
        add x20, x28, #128
        stp x6, x2, [x20, #-32]!
        mov x19, x20
        ldxr x7, [x20]
        stxr w16, x11, [x20]
        mov x17, x16
        mov x17, #-22
        ldrsb w3, [x20, w17, sxtw]
        ldpsw x3, x6, [x20, #20]
        add x20, x28, #128
        str w12, [x20], #-7
        mov x18, x20
        casal w0, w7, [x20]
        ldxr x0, [x20]
        stxr w16, x11, [x20]
        mov x17, x16
        ldp x8, x7, [x20, #-24]
        str w3, [x20, #0]
        ldpsw x4, x0, [x20, #28]
        add x20, x28, #128
        stp x2, x3, [x20], #-24
        mov x19, x20
        mov x16, #1
        ldr x4, [x20, x16, lsl #3]
        mov x16, #4
        str x1, [x20, x16, lsl #3]
        add x20, x28, #128
        ldp x3, x12, [x20, #-32]!
        mov x19, x20
        strb w7, [x20, #14]
        ldpsw x11, x0, [x20, #16]
        add x20, x28, #128
        stp x3, x7, [x20, #24]!
        mov x19, x20
        stp x3, x10, [x20, #16]
        mov x17, #23
        strh w2, [x20, w17, sxtw]
        add x20, x28, #128
        str w12, [x20, #-18]!
        mov x19, x20
        add x20, x28, #128
        stp x4, x13, [x20, #24]!
        mov x19, x20
        ldxr x3, [x20]
        stxr w16, x2, [x20]
        mov x17, x16
        ldp w8, w1, [x20, #8]
        add x20, x28, #128
        ldapr w11, [x20]
        sturb w13, [x20, #-116]
        strh w9, [x20, #0]
        add x20, x28, #128
        ldrb w6, [x20], #-6
        mov x18, x20
        swpal w11, w3, [x20]
        add x20, x28, #128
        stp x15, x13, [x20, #-24]!
        mov x19, x20
        add x20, x28, #128
        ldp x1, x5, [x20], #24
        mov x19, x20
        add x20, x28, #128
        ldr w14, [x20, #-18]!
        mov x19, x20
        ldxr x7, [x20]
        stxr w16, x5, [x20]
        mov x17, x16
        casa w10, w9, [x20]
        add x20, x28, #128
        stp x4, x14, [x20], #-8
        mov x19, x20
        add x20, x28, #128
        ldp x3, x9, [x20], #8
        mov x19, x20
        ldumina w3, w6, [x20]
        add x20, x28, #128
        stlr x15, [x20]
        mov x16, #3
        ldr x9, [x20, x16, lsl #3]
        ldrsw x7, [x20, #24]
        add x20, x28, #128
        str w13, [x20, #22]!
        mov x19, x20
        add x20, x28, #128
        ldr x12, [x20, #-16]!
        mov x19, x20
        sturb w10, [x20, #-85]
        add x20, x28, #128
        ldapr w12, [x20]
        str w15, [x20, #8]
        add x20, x28, #128
        ldr w5, [x20, #-23]!
        mov x19, x20
        ldrsh x15, [x20, #4]
        stnp w9, w12, [x20, #24]
        ldclrlh w2, w9, [x20]
        add x20, x28, #128
        ldr w9, [x20, #-6]!
        mov x19, x20
        stur x6, [x20, #-109]
        ldr w2, [x20, #56]
        add x20, x28, #128
        ldp x7, x2, [x20, #24]!
        mov x19, x20
        sturb w14, [x20, #-70]
        ldp w6, w15, [x20, #-16]
        str w9, [x20, #52]
        strb w1, [x20, #10]
        casal x4, x11, [x20]
        stur w15, [x20, #-110]
        ldr w9, [x20, #48]
        ldursh w1, [x20, #14]
        ldur w6, [x20, #9]
        strh w13, [x20, #6]
        ldrsb x8, [x20, #8]
        ldeoral w1, w1, [x20]
        add x20, x28, #128
        ldp x9, x10, [x20], #24
        mov x19, x20
        add x20, x28, #128
        stp x10, x8, [x20, #8]!
        mov x19, x20
        ldeorl w1, w7, [x20]
        add x20, x28, #128
        stlr w5, [x20]
        casa w13, w5, [x20]
        ldxr x1, [x20]
        stxr w16, x5, [x20]
        mov x17, x16
        add x20, x28, #128
        ldr w3, [x20, #-5]!
        mov x19, x20
        strh w14, [x20, #26]
        mov x16, #2
        ldr x4, [x20, x16, lsl #3]
        stur x8, [x20, #23]
        add x20, x28, #128
        str x7, [x20, #12]!
        mov x19, x20
        add x20, x28, #128
        ldp x12, x10, [x20], #8
        mov x19, x20
        mov x17, #-15
        ldrh w3, [x20, w17, sxtw]
        add x20, x28, #128
        str x10, [x20, #-25]!
        mov x19, x20
        ldpsw x12, x5, [x20, #12]
        b       1f
        .ltorg
1:
