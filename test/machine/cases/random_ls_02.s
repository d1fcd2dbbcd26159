// Random load/store sequence 2 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0xf75f1bf1ef528d30
        ldr     x1, =0x208f983f76b25ef2
        ldr     x2, =0xd6b203be88e143d9
        ldr     x3, =0x19d6380b016fb6fc
        ldr     x4, =0x2ac12a1a7840c7e9
        ldr     x5, =0x7fffffff
        ldr     x6, =0xcd1f83dfac92ccd1
        ldr     x7, =0x0
        ldr     x8, =0xf96ca4334999cea3
        ldr     x9, =0x5aef941f96407d5e
        ldr     x10, =0xfc21811ae39ce1cd
        ldr     x11, =0x4715ae6004fdf601
        ldr     x12, =0x80000000
        ldr     x13, =0xffffffffffffffff
        ldr     x14, =0x89fd02b1ca874d09
        ldr     x15, =0x7fffffff
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
        add x20, x28, #128
        str w6, [x20], #20
        mov x18, x20
        ldeoral x15, x14, [x20]
        ldp x4, x14, [x20, #16]
        add x20, x28, #128
        stp x12, x9, [x20, #-16]!
        mov x19, x20
        ldsminl w8, w1, [x20]
        ldrsb x6, [x20, #3]
        ldr x15, [x20, #40]
        mov x17, #31
        ldrh w5, [x20, w17, sxtw]
        ldursh w5, [x20, #118]
        ldrb w3, [x20, #8]
        swpah w3, w0, [x20]
        add x20, x28, #128
        ldp x12, x6, [x20], #16
        mov x19, x20
        ldp w8, w10, [x20, #-16]
        ldnp w7, w8, [x20, #4]
        mov x17, #-18
        strh w0, [x20, w17, sxtw]
        ldpsw x5, x14, [x20, #-28]
        add x20, x28, #128
        ldapr x3, [x20]
        add x20, x28, #128
        stlr x15, [x20]
        ldpsw x0, x15, [x20, #24]
        ldpsw x7, x13, [x20, #12]
        strh w3, [x20, #10]
        ldpsw x12, x6, [x20, #-32]
        ldsmaxal w8, w11, [x20]
        mov x17, #8
        strb w3, [x20, w17, sxtw]
        casa w4, w14, [x20]
        ldr w10, [x20, #32]
        mov x17, #0
        ldrh w3, [x20, w17, sxtw]
        ldur x8, [x20, #11]
        add x20, x28, #128
        stlr w8, [x20]
        mov x17, #17
        ldrb w7, [x20, w17, sxtw]
        str w1, [x20, #4]
        cas x2, x3, [x20]
        ldclra x4, x3, [x20]
        add x20, x28, #128
        ldp x1, x2, [x20], #0
        mov x19, x20
        str x9, [x20, #72]
        add x20, x28, #128
        ldp x5, x9, [x20, #8]!
        mov x19, x20
        ldxr x7, [x20]
        stxr w16, x9, [x20]
        mov x17, x16
        ldxr x11, [x20]
        stxr w16, x14, [x20]
        mov x17, x16
        add x20, x28, #128
        ldp x1, x12, [x20, #16]!
        mov x19, x20
        casa x14, x12, [x20]
        ldsmina w9, w1, [x20]
        mov x17, #29
        strb w12, [x20, w17, sxtw]
        casa x4, x13, [x20]
        sturh w11, [x20, #-111]
        mov x16, #10
        str x7, [x20, x16, lsl #3]
        casa x9, x8, [x20]
        add x20, x28, #128
        str x5, [x20, #13]!
        mov x19, x20
        mov x17, #20
        strh w7, [x20, w17, sxtw]
        mov x16, #4
        str x11, [x20, x16, lsl #3]
        casa w4, w13, [x20]
        add x20, x28, #128
        ldp x8, x5, [x20], #8
        mov x19, x20
        mov x17, #-1
        strh w10, [x20, w17, sxtw]
        add x20, x28, #128
        ldp x9, x10, [x20], #8
        mov x19, x20
        casa w8, w14, [x20]
        ldur w8, [x20, #112]
        ldadda w7, w11, [x20]
        ldnp x14, x12, [x20, #24]
        add x20, x28, #128
        ldapr w0, [x20]
        casa w10, w9, [x20]
        add x20, x28, #128
        ldapr x15, [x20]
        ldurb w6, [x20, #-49]
        add x20, x28, #128
        ldr w12, [x20, #-13]!
        mov x19, x20
        add x20, x28, #128
        stp x8, x7, [x20, #-16]!
        mov x19, x20
        add x20, x28, #128
        stp x14, x6, [x20, #0]!
        mov x19, x20
        stp x6, x2, [x20, #-8]
        add x20, x28, #128
        ldapr w1, [x20]
        add x20, x28, #128
        stp x7, x4, [x20], #-24
        mov x19, x20
        mov x17, #6
        strb w10, [x20, w17, sxtw]
        ldur x2, [x20, #27]
        mov x17, #28
        ldrh w13, [x20, w17, sxtw]
        ldpsw x13, x8, [x20, #-8]
        mov x16, #14
        ldr x5, [x20, x16, lsl #3]
        ldr x3, [x20, #8]
        ldurh w7, [x20, #86]
        ldp w12, w15, [x20, #20]
        casal x15, x7, [x20]
        mov x17, #29
        ldrh w4, [x20, w17, sxtw]
        ldrsh x2, [x20, #8]
        mov x17, #-9
        ldrb w7, [x20, w17, sxtw]
        mov x16, #8
        str x15, [x20, x16, lsl #3]
        b       1f
        .ltorg
1:
