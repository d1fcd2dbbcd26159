// Random load/store sequence 7 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x63530a5869040e6d
        ldr     x1, =0x6fcb4bc22094d23d
        ldr     x2, =0x6a5bed8063268ecb
        ldr     x3, =0x1
        ldr     x4, =0xcbea1463eb45e076
        ldr     x5, =0xc62ca6989144ae56
        ldr     x6, =0xa87407f28598fe3e
        ldr     x7, =0x80000000
        ldr     x8, =0x70a2ec02eea466e2
        ldr     x9, =0x6ee18b2c56a6b137
        ldr     x10, =0xa0c36ba66e216a5e
        ldr     x11, =0xffffffffffffffff
        ldr     x12, =0x430f5ebb864ae489
        ldr     x13, =0x0e9d39241a471f9c
        ldr     x14, =0xffffffff
        ldr     x15, =0x9786ec8af8ebb958
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
        ldapr x11, [x20]
        add x20, x28, #128
        ldp x0, x14, [x20, #8]!
        mov x19, x20
        mov x17, #-3
        ldrsb w9, [x20, w17, sxtw]
        cas x13, x1, [x20]
        ldr w10, [x20, #28]
        ldaddal w5, w0, [x20]
        ldur x7, [x20, #-1]
        add x20, x28, #128
        ldar w10, [x20]
        ldxr x10, [x20]
        stxr w16, x6, [x20]
        mov x17, x16
        ldpsw x14, x1, [x20, #4]
        add x20, x28, #128
        strb w6, [x20], #28
        mov x18, x20
        add x20, x28, #128
        stp x10, x15, [x20, #8]!
        mov x19, x20
        stur w12, [x20, #19]
        stur w15, [x20, #-79]
        stur x5, [x20, #45]
        ldnp w13, w15, [x20, #12]
        ldp w14, w0, [x20, #-20]
        add x20, x28, #128
        str x10, [x20, #-27]!
        mov x19, x20
        add x20, x28, #128
        ldp x6, x2, [x20, #-8]!
        mov x19, x20
        ldxr x5, [x20]
        stxr w16, x3, [x20]
        mov x17, x16
        strh w6, [x20, #10]
        mov x16, #8
        str x2, [x20, x16, lsl #3]
        str w0, [x20, #44]
        add x20, x28, #128
        ldr x8, [x20, #-16]!
        mov x19, x20
        cas x14, x8, [x20]
        ldurb w2, [x20, #-85]
        add x20, x28, #128
        stp x4, x3, [x20, #16]!
        mov x19, x20
        str x2, [x20, #32]
        add x20, x28, #128
        ldr x6, [x20, #8]!
        mov x19, x20
        ldrsb x2, [x20, #0]
        ldur x7, [x20, #-126]
        ldnp w1, w12, [x20, #24]
        ldp w3, w1, [x20, #-20]
        ldur x9, [x20, #-88]
        ldxr x12, [x20]
        stxr w16, x4, [x20]
        mov x17, x16
        ldr x3, [x20, #104]
        str x12, [x20, #0]
        mov x16, #8
        str x0, [x20, x16, lsl #3]
        ldur x3, [x20, #-25]
        add x20, x28, #128
        stp x2, x9, [x20, #-16]!
        mov x19, x20
        stp x13, x8, [x20, #8]
        ldpsw x4, x0, [x20, #-20]
        ldrh w6, [x20, #6]
        add x20, x28, #128
        str w2, [x20, #-18]!
        mov x19, x20
        strb w11, [x20, #14]
        ldurb w2, [x20, #-33]
        strb w5, [x20, #4]
        str w11, [x20, #0]
        sturb w8, [x20, #-34]
        ldrh w6, [x20, #22]
        ldp x1, x7, [x20, #-64]
        sturh w1, [x20, #42]
        add x20, x28, #128
        ldr x11, [x20, #3]!
        mov x19, x20
        ldnp w13, w2, [x20, #8]
        add x20, x28, #128
        ldr w10, [x20], #-12
        mov x18, x20
        ldrsb w10, [x20, #1]
        ldxr x10, [x20]
        stxr w16, x4, [x20]
        mov x17, x16
        ldursb w13, [x20, #57]
        ldsetb w1, w13, [x20]
        ldxr x4, [x20]
        stxr w16, x10, [x20]
        mov x17, x16
        ldumaxah w3, w5, [x20]
        add x20, x28, #128
        ldr w5, [x20, #-19]!
        mov x19, x20
        ldurh w15, [x20, #0]
        ldrsh w13, [x20, #28]
        add x20, x28, #128
        ldp x7, x6, [x20, #24]!
        mov x19, x20
        strh w13, [x20, #0]
        mov x16, #3
        ldr x7, [x20, x16, lsl #3]
        ldpsw x5, x10, [x20, #24]
        ldr w14, [x20, #40]
        swpl x1, x14, [x20]
        add x20, x28, #128
        str w7, [x20, #-29]!
        mov x19, x20
        ldumaxh w3, w12, [x20]
        ldpsw x12, x8, [x20, #4]
        cas w4, w0, [x20]
        add x20, x28, #128
        ldar w12, [x20]
        add x20, x28, #128
        stp x9, x10, [x20, #0]!
        mov x19, x20
        casa x7, x10, [x20]
        ldursh w1, [x20, #-13]
        ldur x4, [x20, #-2]
        add x20, x28, #128
        ldp x5, x0, [x20, #-16]!
        mov x19, x20
        b       1f
        .ltorg
1:
