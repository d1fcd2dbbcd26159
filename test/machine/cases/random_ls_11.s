// Random load/store sequence 11 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0xfe23a16519cc2758
        ldr     x1, =0xdb6ab3048dc6720a
        ldr     x2, =0x53e69952013ce09c
        ldr     x3, =0x1
        ldr     x4, =0xffffffff
        ldr     x5, =0x7fffffffffffffff
        ldr     x6, =0xdfc4f2ae079f47e7
        ldr     x7, =0xc46a8a33e3b1bcd5
        ldr     x8, =0xffffffffffffffff
        ldr     x9, =0x8237a7903b4f436a
        ldr     x10, =0x58f447e7d01045ff
        ldr     x11, =0x7fffffff
        ldr     x12, =0x5916bc64335a2992
        ldr     x13, =0xd0617c3da8daf0ad
        ldr     x14, =0xe73f99d9a18637d9
        ldr     x15, =0xd92c5c5f961b6665
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
        ldpsw x9, x3, [x20, #28]
        ldurh w15, [x20, #112]
        ldsminlh w0, w9, [x20]
        ldrsb w13, [x20, #14]
        ldrsh x15, [x20, #6]
        add x20, x28, #128
        ldapr x15, [x20]
        add x20, x28, #128
        str x10, [x20, #21]!
        mov x19, x20
        mov x16, #5
        str x1, [x20, x16, lsl #3]
        stnp w0, w10, [x20, #-28]
        ldr x13, [x20, #56]
        cas x14, x2, [x20]
        stp w15, w4, [x20, #-32]
        add x20, x28, #128
        ldr w1, [x20, #-6]!
        mov x19, x20
        ldurb w12, [x20, #-48]
        cas x2, x5, [x20]
        stur w8, [x20, #95]
        add x20, x28, #128
        str w1, [x20], #-9
        mov x18, x20
        add x20, x28, #128
        stp x13, x10, [x20, #-16]!
        mov x19, x20
        ldnp x7, x6, [x20, #16]
        ldxr x2, [x20]
        stxr w16, x10, [x20]
        mov x17, x16
        str x1, [x20, #8]
        ldr x13, [x20, #88]
        ldurh w8, [x20, #-17]
        mov x17, #8
        ldrsb w11, [x20, w17, sxtw]
        swplh w10, w0, [x20]
        stp w10, w9, [x20, #8]
        sturb w2, [x20, #109]
        ldr w7, [x20, #4]
        ldrb w11, [x20, #14]
        ldur x10, [x20, #74]
        add x20, x28, #128
        stlr w0, [x20]
        ldursh w6, [x20, #113]
        casa w6, w8, [x20]
        add x20, x28, #128
        ldar w4, [x20]
        str w3, [x20, #20]
        ldclrlh w1, w8, [x20]
        ldursh w10, [x20, #-44]
        sturb w9, [x20, #-99]
        add x20, x28, #128
        ldr w11, [x20], #-6
        mov x18, x20
        mov x17, #-8
        ldrh w3, [x20, w17, sxtw]
        ldur w7, [x20, #-84]
        ldrsh x14, [x20, #22]
        mov x17, #-11
        ldrsb w8, [x20, w17, sxtw]
        swp x12, x0, [x20]
        add x20, x28, #128
        ldrb w12, [x20], #24
        mov x18, x20
        add x20, x28, #128
        str w0, [x20, #18]!
        mov x19, x20
        add x20, x28, #128
        strb w1, [x20], #-18
        mov x18, x20
        ldpsw x8, x7, [x20, #-24]
        mov x16, #3
        str x11, [x20, x16, lsl #3]
        mov x16, #2
        ldr x15, [x20, x16, lsl #3]
        add x20, x28, #128
        ldp x8, x9, [x20, #-8]!
        mov x19, x20
        mov x16, #11
        ldr x3, [x20, x16, lsl #3]
        ldpsw x14, x4, [x20, #16]
        casa w14, w15, [x20]
        ldur w9, [x20, #-91]
        ldurb w2, [x20, #-90]
        ldur w12, [x20, #-82]
        add x20, x28, #128
        stlr w7, [x20]
        add x20, x28, #128
        stlr x0, [x20]
        add x20, x28, #128
        ldar x7, [x20]
        add x20, x28, #128
        stp x2, x15, [x20, #16]!
        mov x19, x20
        ldpsw x5, x12, [x20, #-28]
        ldxr x13, [x20]
        stxr w16, x4, [x20]
        mov x17, x16
        ldr x1, [x20, #64]
        ldumax x10, x1, [x20]
        add x20, x28, #128
        ldapr w7, [x20]
        mov x17, #-29
        ldrh w14, [x20, w17, sxtw]
        mov x16, #1
        str x2, [x20, x16, lsl #3]
        add x20, x28, #128
        ldr x10, [x20, #-10]!
        mov x19, x20
        ldursh w7, [x20, #59]
        casa w13, w9, [x20]
        ldpsw x5, x14, [x20, #-4]
        ldr w15, [x20, #40]
        add x20, x28, #128
        ldr w1, [x20, #31]!
        mov x19, x20
        ldumaxlh w12, w3, [x20]
        ldxr x12, [x20]
        stxr w16, x13, [x20]
        mov x17, x16
        mov x16, #3
        str x13, [x20, x16, lsl #3]
        add x20, x28, #128
        stp x7, x15, [x20, #-16]!
        mov x19, x20
        ldpsw x12, x2, [x20, #0]
        stur w9, [x20, #-19]
        b       1f
        .ltorg
1:
