// Random load/store sequence 10 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0xffffffff
        ldr     x1, =0x1ebb3d2cc97b1043
        ldr     x2, =0x4a0a6d340e984386
        ldr     x3, =0xbfb09071e7fae611
        ldr     x4, =0x1b9b6fe43cb5e6b0
        ldr     x5, =0x80000000
        ldr     x6, =0xba20f45beefc4ad8
        ldr     x7, =0xdf8c67dfe6971b48
        ldr     x8, =0x59a90148fd2d960c
        ldr     x9, =0x0
        ldr     x10, =0x7e47481d878d3ae9
        ldr     x11, =0x7db8a78e08062f2f
        ldr     x12, =0x8084db4b098107a8
        ldr     x13, =0xc39862bad17e254d
        ldr     x14, =0x1
        ldr     x15, =0x0
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
        ldumaxa x9, x14, [x20]
        ldxr x15, [x20]
        stxr w16, x5, [x20]
        mov x17, x16
        ldrb w14, [x20, #5]
        ldpsw x2, x3, [x20, #-24]
        add x20, x28, #128
        ldp x12, x1, [x20, #-24]!
        mov x19, x20
        ldpsw x15, x7, [x20, #-24]
        add x20, x28, #128
        ldrsh w6, [x20], #21
        mov x18, x20
        mov x17, #-10
        ldrb w5, [x20, w17, sxtw]
        mov x17, #-24
        ldrsb w6, [x20, w17, sxtw]
        add x20, x28, #128
        ldapr w14, [x20]
        ldpsw x3, x12, [x20, #-20]
        mov x16, #0
        str x9, [x20, x16, lsl #3]
        add x20, x28, #128
        ldp x14, x8, [x20, #-32]!
        mov x19, x20
        stnp w5, w12, [x20, #4]
        sturb w14, [x20, #-17]
        strh w12, [x20, #20]
        casa x3, x1, [x20]
        add x20, x28, #128
        str w14, [x20, #14]!
        mov x19, x20
        ldursb w15, [x20, #33]
        strh w6, [x20, #22]
        ldumaxa x3, x3, [x20]
        ldurh w15, [x20, #63]
        ldursb w8, [x20, #-122]
        sturb w9, [x20, #20]
        ldxr x0, [x20]
        stxr w16, x14, [x20]
        mov x17, x16
        stp x11, x5, [x20, #-24]
        add x20, x28, #128
        ldrb w11, [x20], #-32
        mov x18, x20
        mov x17, #-28
        strh w5, [x20, w17, sxtw]
        add x20, x28, #128
        ldapr x10, [x20]
        mov x17, #20
        strb w5, [x20, w17, sxtw]
        casal w0, w8, [x20]
        ldur x0, [x20, #8]
        str x9, [x20, #88]
        ldur x7, [x20, #1]
        cas w12, w12, [x20]
        casa w0, w3, [x20]
        ldxr x4, [x20]
        stxr w16, x15, [x20]
        mov x17, x16
        cas x13, x9, [x20]
        add x20, x28, #128
        strb w4, [x20], #-12
        mov x18, x20
        add x20, x28, #128
        ldr w15, [x20, #-23]!
        mov x19, x20
        ldpsw x6, x0, [x20, #-28]
        mov x17, #-2
        ldrsb w8, [x20, w17, sxtw]
        add x20, x28, #128
        ldr x8, [x20, #16]!
        mov x19, x20
        add x20, x28, #128
        ldapr x9, [x20]
        stp w8, w12, [x20, #12]
        add x20, x28, #128
        ldar w5, [x20]
        str x15, [x20, #8]
        ldxr x2, [x20]
        stxr w16, x1, [x20]
        mov x17, x16
        add x20, x28, #128
        str w5, [x20, #4]!
        mov x19, x20
        mov x16, #4
        ldr x8, [x20, x16, lsl #3]
        add x20, x28, #128
        ldar w9, [x20]
        ldur x3, [x20, #-35]
        add x20, x28, #128
        ldp x8, x3, [x20, #16]!
        mov x19, x20
        mov x17, #17
        ldrh w7, [x20, w17, sxtw]
        stnp w8, w14, [x20, #-8]
        stp x7, x6, [x20, #8]
        add x20, x28, #128
        stp x0, x2, [x20, #-8]!
        mov x19, x20
        mov x16, #1
        ldr x8, [x20, x16, lsl #3]
        ldsminalh w11, w9, [x20]
        casal w13, w14, [x20]
        add x20, x28, #128
        ldr w2, [x20, #28]!
        mov x19, x20
        ldxr x0, [x20]
        stxr w16, x13, [x20]
        mov x17, x16
        add x20, x28, #128
        stp x6, x4, [x20, #16]!
        mov x19, x20
        ldumina w6, w6, [x20]
        casa w4, w6, [x20]
        casa x13, x8, [x20]
        mov x16, #9
        str x9, [x20, x16, lsl #3]
        ldpsw x8, x0, [x20, #-8]
        add x20, x28, #128
        str w3, [x20], #-19
        mov x18, x20
        strh w13, [x20, #12]
        strb w14, [x20, #13]
        ldnp x11, x1, [x20, #-64]
        stur x4, [x20, #11]
        ldurb w15, [x20, #-60]
        ldrsw x13, [x20, #12]
        ldursh w14, [x20, #-52]
        mov x17, #6
        ldrsb w7, [x20, w17, sxtw]
        ldpsw x7, x9, [x20, #-20]
        ldrsw x5, [x20, #56]
        ldur x11, [x20, #52]
        b       1f
        .ltorg
1:
