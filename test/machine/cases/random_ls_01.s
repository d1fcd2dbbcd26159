// Random load/store sequence 1 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x3a9ac544a4a9247f
        ldr     x1, =0x32bc32d1f57b6115
        ldr     x2, =0xbbfc7e4fa09828cb
        ldr     x3, =0xd4b0a18e0ce230a1
        ldr     x4, =0xcc9a2970e771ab73
        ldr     x5, =0xffffffffffffffff
        ldr     x6, =0xfbbf7d66f83d8b8d
        ldr     x7, =0xf17b0b9d09fa4f5f
        ldr     x8, =0xbfd7746e9ec559af
        ldr     x9, =0x06da181c1dadf1bf
        ldr     x10, =0xd8011f886165d9eb
        ldr     x11, =0x6c8dc9fbf6dbc6ba
        ldr     x12, =0xc2e45dc13e6e2473
        ldr     x13, =0x80000000
        ldr     x14, =0xee72e0378b6a32c5
        ldr     x15, =0x7efe5a83b75e7314
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
        ldp w5, w0, [x20, #20]
        lduminl x12, x12, [x20]
        sturh w13, [x20, #-108]
        ldxr x8, [x20]
        stxr w16, x9, [x20]
        mov x17, x16
        sturb w0, [x20, #62]
        casa w9, w3, [x20]
        add x20, x28, #128
        stp x11, x13, [x20, #-24]!
        mov x19, x20
        stnp w2, w7, [x20, #16]
        ldurh w9, [x20, #-22]
        ldrsh w11, [x20, #2]
        add x20, x28, #128
        stlr w3, [x20]
        add x20, x28, #128
        ldrb w3, [x20], #28
        mov x18, x20
        mov x16, #12
        ldr x3, [x20, x16, lsl #3]
        ldurb w15, [x20, #64]
        add x20, x28, #128
        ldr w7, [x20], #-17
        mov x18, x20
        add x20, x28, #128
        str w6, [x20], #-13
        mov x18, x20
        ldpsw x3, x15, [x20, #-4]
        add x20, x28, #128
        ldp x12, x1, [x20, #-16]!
        mov x19, x20
        sturb w5, [x20, #-64]
        add x20, x28, #128
        ldrsh w1, [x20], #-3
        mov x18, x20
        ldurb w11, [x20, #-97]
        add x20, x28, #128
        str w6, [x20, #-14]!
        mov x19, x20
        strb w15, [x20, #2]
        ldr x12, [x20, #104]
        casa w2, w11, [x20]
        mov x16, #10
        ldr x9, [x20, x16, lsl #3]
        str w12, [x20, #8]
        mov x17, #-7
        strh w9, [x20, w17, sxtw]
        cas w1, w12, [x20]
        casal x12, x4, [x20]
        ldp w13, w4, [x20, #24]
        add x20, x28, #128
        str w7, [x20, #-23]!
        mov x19, x20
        ldpsw x15, x0, [x20, #-8]
        str x10, [x20, #112]
        stnp x11, x15, [x20, #40]
        mov x17, #16
        strh w3, [x20, w17, sxtw]
        add x20, x28, #128
        stlr w2, [x20]
        mov x17, #-4
        strh w4, [x20, w17, sxtw]
        sturb w10, [x20, #41]
        ldpsw x8, x5, [x20, #-32]
        ldursh w3, [x20, #6]
        stnp w14, w9, [x20, #-20]
        ldsminalb w2, w5, [x20]
        ldxr x5, [x20]
        stxr w16, x12, [x20]
        mov x17, x16
        mov x17, #-27
        ldrsb w9, [x20, w17, sxtw]
        strh w0, [x20, #12]
        ldp w1, w13, [x20, #-4]
        add x20, x28, #128
        ldp x0, x12, [x20, #-8]!
        mov x19, x20
        add x20, x28, #128
        stp x8, x3, [x20, #-24]!
        mov x19, x20
        ldpsw x0, x8, [x20, #4]
        add x20, x28, #128
        ldrsh w7, [x20], #29
        mov x18, x20
        strh w2, [x20, #28]
        ldr x6, [x20, #8]
        mov x17, #-19
        strh w2, [x20, w17, sxtw]
        ldpsw x5, x11, [x20, #8]
        cas x3, x1, [x20]
        ldpsw x9, x5, [x20, #-16]
        mov x17, #3
        ldrb w11, [x20, w17, sxtw]
        stp x0, x10, [x20, #8]
        add x20, x28, #128
        stp x0, x9, [x20, #0]!
        mov x19, x20
        ldsmina w11, w13, [x20]
        add x20, x28, #128
        stlr w10, [x20]
        mov x16, #5
        str x4, [x20, x16, lsl #3]
        add x20, x28, #128
        ldr w15, [x20, #17]!
        mov x19, x20
        add x20, x28, #128
        ldp x2, x3, [x20, #8]!
        mov x19, x20
        mov x16, #8
        ldr x14, [x20, x16, lsl #3]
        add x20, x28, #128
        ldapr x6, [x20]
        add x20, x28, #128
        ldar x13, [x20]
        ldpsw x0, x13, [x20, #12]
        casal w7, w6, [x20]
        swph w15, w4, [x20]
        add x20, x28, #128
        ldapr x0, [x20]
        add x20, x28, #128
        str w4, [x20], #-22
        mov x18, x20
        ldxr x5, [x20]
        stxr w16, x7, [x20]
        mov x17, x16
        ldnp w4, w3, [x20, #-32]
        ldrh w1, [x20, #2]
        ldclral x4, x8, [x20]
        add x20, x28, #128
        ldrsh w0, [x20], #-8
        mov x18, x20
        mov x17, #8
        ldrsb w11, [x20, w17, sxtw]
        stur w8, [x20, #-50]
        b       1f
        .ltorg
1:
