// Random load/store sequence 9 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x1b3bfce981b1a06d
        ldr     x1, =0xe418c03f791079af
        ldr     x2, =0x69762e63ac8e71ab
        ldr     x3, =0xd87cc727483d3fa7
        ldr     x4, =0xb63b1e081634130b
        ldr     x5, =0xdb873c625ef29ce9
        ldr     x6, =0xef4eecb9b0c4135e
        ldr     x7, =0xb9e17a079d1be64b
        ldr     x8, =0xd7ff7edd7117ecf4
        ldr     x9, =0xf1829cf67800d181
        ldr     x10, =0x9827c40432d2e0db
        ldr     x11, =0xa38251cb8c92de97
        ldr     x12, =0x0
        ldr     x13, =0xdbd4d5b93fffbccd
        ldr     x14, =0xea32708fe7878eef
        ldr     x15, =0x7fffffffffffffff
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
        stur x6, [x20, #-70]
        ldxr x15, [x20]
        stxr w16, x14, [x20]
        mov x17, x16
        ldxr x3, [x20]
        stxr w16, x15, [x20]
        mov x17, x16
        ldeora x15, x14, [x20]
        add x20, x28, #128
        ldp x7, x13, [x20], #-8
        mov x19, x20
        mov x16, #10
        str x6, [x20, x16, lsl #3]
        ldxr x1, [x20]
        stxr w16, x7, [x20]
        mov x17, x16
        str x9, [x20, #112]
        add x20, x28, #128
        stp x3, x1, [x20, #24]!
        mov x19, x20
        add x20, x28, #128
        str x13, [x20, #26]!
        mov x19, x20
        strh w13, [x20, #6]
        ldrh w11, [x20, #24]
        casa w5, w4, [x20]
        add x20, x28, #128
        strb w3, [x20], #12
        mov x18, x20
        add x20, x28, #128
        ldapr w1, [x20]
        cas w7, w11, [x20]
        ldursh w5, [x20, #-107]
        swpalh w8, w12, [x20]
        cas w7, w1, [x20]
        add x20, x28, #128
        ldr x8, [x20, #-22]!
        mov x19, x20
        add x20, x28, #128
        ldrsh w8, [x20], #-11
        mov x18, x20
        add x20, x28, #128
        strb w7, [x20], #18
        mov x18, x20
        ldpsw x6, x3, [x20, #4]
        ldpsw x4, x6, [x20, #24]
        add x20, x28, #128
        strb w6, [x20], #6
        mov x18, x20
        ldumaxb w15, w14, [x20]
        ldurb w2, [x20, #-117]
        str x12, [x20, #96]
        add x20, x28, #128
        str w7, [x20, #-30]!
        mov x19, x20
        mov x17, #7
        ldrb w11, [x20, w17, sxtw]
        ldsmaxalh w14, w7, [x20]
        ldursh w4, [x20, #-9]
        ldsminlb w10, w1, [x20]
        stnp x2, x9, [x20, #-40]
        add x20, x28, #128
        stlr w10, [x20]
        add x20, x28, #128
        ldapr w15, [x20]
        mov x16, #4
        ldr x2, [x20, x16, lsl #3]
        add x20, x28, #128
        ldr w15, [x20, #-1]!
        mov x19, x20
        ldur w8, [x20, #-39]
        add x20, x28, #128
        stp x5, x9, [x20, #24]!
        mov x19, x20
        mov x17, #-22
        ldrb w1, [x20, w17, sxtw]
        ldxr x4, [x20]
        stxr w16, x10, [x20]
        mov x17, x16
        ldpsw x8, x7, [x20, #0]
        add x20, x28, #128
        ldp x13, x9, [x20], #-32
        mov x19, x20
        stur x3, [x20, #-9]
        ldurh w3, [x20, #22]
        stur x15, [x20, #-98]
        ldclrb w4, w5, [x20]
        ldp w14, w13, [x20, #12]
        stur x11, [x20, #11]
        mov x16, #3
        str x15, [x20, x16, lsl #3]
        add x20, x28, #128
        stp x3, x14, [x20], #24
        mov x19, x20
        ldp x14, x5, [x20, #-56]
        add x20, x28, #128
        ldar x2, [x20]
        ldr w0, [x20, #36]
        str x11, [x20, #8]
        strh w2, [x20, #26]
        add x20, x28, #128
        ldp x13, x11, [x20, #-16]!
        mov x19, x20
        ldumin w4, w7, [x20]
        mov x16, #2
        str x9, [x20, x16, lsl #3]
        ldclra x12, x2, [x20]
        mov x16, #1
        ldr x12, [x20, x16, lsl #3]
        add x20, x28, #128
        str w2, [x20], #15
        mov x18, x20
        mov x16, #13
        str x3, [x20, x16, lsl #3]
        mov x17, #-29
        ldrsb w10, [x20, w17, sxtw]
        stur w14, [x20, #-124]
        stnp x5, x0, [x20, #16]
        add x20, x28, #128
        str x11, [x20, #26]!
        mov x19, x20
        ldxr x11, [x20]
        stxr w16, x4, [x20]
        mov x17, x16
        add x20, x28, #128
        ldrsh w11, [x20], #27
        mov x18, x20
        ldurb w11, [x20, #-96]
        mov x16, #3
        ldr x12, [x20, x16, lsl #3]
        ldpsw x8, x2, [x20, #-24]
        add x20, x28, #128
        stp x8, x13, [x20], #0
        mov x19, x20
        add x20, x28, #128
        ldp x3, x6, [x20], #0
        mov x19, x20
        stp w2, w0, [x20, #8]
        strh w11, [x20, #12]
        add x20, x28, #128
        ldrb w9, [x20], #1
        mov x18, x20
        add x20, x28, #128
        ldrb w14, [x20], #0
        mov x18, x20
        add x20, x28, #128
        ldp x12, x8, [x20], #0
        mov x19, x20
        b       1f
        .ltorg
1:
