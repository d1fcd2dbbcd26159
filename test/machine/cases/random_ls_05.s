// Random load/store sequence 5 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x60c43e9cbf24aaa2
        ldr     x1, =0x7dbb5bc8b1972354
        ldr     x2, =0x1
        ldr     x3, =0x026a5314dbad9ad7
        ldr     x4, =0x2aeef373da943657
        ldr     x5, =0x2c9ac14738f93dbc
        ldr     x6, =0x401b95ce2ee63036
        ldr     x7, =0x1
        ldr     x8, =0x6598285e6718d9c1
        ldr     x9, =0x27617ee8cb5ff458
        ldr     x10, =0x6258de9a725786c1
        ldr     x11, =0xbb688d97db4f68b3
        ldr     x12, =0xffffffffffffffff
        ldr     x13, =0x0a50065fa6f6ee8a
        ldr     x14, =0x78b436bf7796134b
        ldr     x15, =0x23b130f567a94ca4
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
        ldrsb w3, [x20, #12]
        mov x17, #-11
        strh w3, [x20, w17, sxtw]
        add x20, x28, #128
        str w1, [x20], #29
        mov x18, x20
        stur w3, [x20, #-121]
        ldrsh w3, [x20, #12]
        ldxr x11, [x20]
        stxr w16, x11, [x20]
        mov x17, x16
        stur x5, [x20, #117]
        add x20, x28, #128
        strb w15, [x20], #-9
        mov x18, x20
        mov x16, #13
        ldr x14, [x20, x16, lsl #3]
        str w9, [x20, #44]
        ldur w14, [x20, #-21]
        mov x17, #-17
        strh w9, [x20, w17, sxtw]
        ldxr x1, [x20]
        stxr w16, x6, [x20]
        mov x17, x16
        stp w3, w8, [x20, #-16]
        ldclr w15, w3, [x20]
        mov x17, #11
        strh w11, [x20, w17, sxtw]
        add x20, x28, #128
        ldapr x9, [x20]
        add x20, x28, #128
        str x3, [x20, #-15]!
        mov x19, x20
        cas x5, x12, [x20]
        add x20, x28, #128
        ldr w7, [x20], #-11
        mov x18, x20
        cas w11, w9, [x20]
        add x20, x28, #128
        ldr x0, [x20, #-9]!
        mov x19, x20
        ldur x0, [x20, #-40]
        strh w0, [x20, #14]
        ldxr x11, [x20]
        stxr w16, x12, [x20]
        mov x17, x16
        ldxr x12, [x20]
        stxr w16, x6, [x20]
        mov x17, x16
        add x20, x28, #128
        stlr x7, [x20]
        add x20, x28, #128
        stp x12, x8, [x20, #8]!
        mov x19, x20
        ldur w6, [x20, #-6]
        ldrb w6, [x20, #14]
        stur w5, [x20, #-125]
        casal w3, w4, [x20]
        stp x1, x8, [x20, #24]
        casal w14, w7, [x20]
        mov x16, #9
        ldr x9, [x20, x16, lsl #3]
        ldumaxh w0, w8, [x20]
        ldr x12, [x20, #16]
        ldxr x15, [x20]
        stxr w16, x0, [x20]
        mov x17, x16
        add x20, x28, #128
        str w14, [x20, #30]!
        mov x19, x20
        ldursb w0, [x20, #-15]
        strb w9, [x20, #4]
        ldnp w5, w4, [x20, #-8]
        add x20, x28, #128
        ldr x15, [x20, #-17]!
        mov x19, x20
        ldxr x2, [x20]
        stxr w16, x1, [x20]
        mov x17, x16
        ldeor x10, x3, [x20]
        sturh w12, [x20, #-53]
        ldxr x9, [x20]
        stxr w16, x11, [x20]
        mov x17, x16
        mov x16, #2
        str x9, [x20, x16, lsl #3]
        ldsmin w14, w1, [x20]
        stnp x1, x6, [x20, #56]
        ldursh w12, [x20, #108]
        strh w9, [x20, #8]
        ldursb w10, [x20, #11]
        ldrsb x6, [x20, #5]
        stur x10, [x20, #95]
        strb w1, [x20, #11]
        add x20, x28, #128
        stp x14, x7, [x20, #-24]!
        mov x19, x20
        ldrsb w7, [x20, #4]
        add x20, x28, #128
        ldar w1, [x20]
        mov x17, #-1
        ldrsb w9, [x20, w17, sxtw]
        ldxr x11, [x20]
        stxr w16, x14, [x20]
        mov x17, x16
        ldurh w10, [x20, #-65]
        add x20, x28, #128
        ldrb w15, [x20], #-29
        mov x18, x20
        ldxr x10, [x20]
        stxr w16, x11, [x20]
        mov x17, x16
        add x20, x28, #128
        ldapr w4, [x20]
        ldr x0, [x20, #88]
        mov x16, #8
        str x9, [x20, x16, lsl #3]
        ldur w7, [x20, #108]
        ldrb w10, [x20, #10]
        mov x17, #-23
        ldrh w15, [x20, w17, sxtw]
        ldr w1, [x20, #36]
        ldur w3, [x20, #-3]
        casa w0, w3, [x20]
        stp w10, w5, [x20, #-16]
        ldxr x12, [x20]
        stxr w16, x15, [x20]
        mov x17, x16
        add x20, x28, #128
        ldapr w8, [x20]
        add x20, x28, #128
        ldr w6, [x20, #8]!
        mov x19, x20
        mov x17, #-20
        ldrsb w11, [x20, w17, sxtw]
        ldursh w13, [x20, #80]
        add x20, x28, #128
        stp x0, x11, [x20, #-16]!
        mov x19, x20
        b       1f
        .ltorg
1:
