// Random load/store sequence 2 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x7fffffffffffffff
        ldr     x1, =0x183b9f3593eaf75f
        ldr     x2, =0xef528d30642f208f
        ldr     x3, =0x76b25ef28429d6b2
        ldr     x4, =0x88e143d93ed119d6
        ldr     x5, =0x016fb6fcf8d92ac1
        ldr     x6, =0x7840c7e959cf7648
        ldr     x7, =0x142d1f4a2ef42807
        ldr     x8, =0x83dfac92ccd1d0d6
        ldr     x9, =0xf2c45882d6c8202c
        ldr     x10, =0xf96ca4334999cea3
        ldr     x11, =0x5aef941f96407d5e
        ldr     x12, =0xfc21811ae39ce1cd
        ldr     x13, =0x4715ae6004fdf601
        ldr     x14, =0x80000000
        ldr     x15, =0xffffffffffffffff
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
        ldurh w7, [x20, #-119]
        ldxr x4, [x20]
        stxr w16, x14, [x20]
        mov x17, x16
        ldumaxalh w5, w13, [x20]
        add x20, x28, #128
        stp x6, x4, [x20, #16]!
        mov x19, x20
        lduminl x8, x15, [x20]
        add x20, x28, #128
        ldar w10, [x20]
        ldxr x12, [x20]
        stxr w16, x9, [x20]
        mov x17, x16
        ldnp w13, w6, [x20, #-32]
        ldurb w1, [x20, #0]
        add x20, x28, #128
        ldapr x6, [x20]
        ldursb w9, [x20, #-9]
        casal x7, x15, [x20]
        stp x3, x9, [x20, #-16]
        add x20, x28, #128
        ldar x4, [x20]
        ldsmaxab w10, w1, [x20]
        add x20, x28, #128
        str w12, [x20], #6
        mov x18, x20
        str w8, [x20, #16]
        add x20, x28, #128
        ldr w4, [x20], #8
        mov x18, x20
        add x20, x28, #128
        strb w10, [x20], #25
        mov x18, x20
        ldursb w8, [x20, #-80]
        mov x16, #9
        ldr x1, [x20, x16, lsl #3]
        ldpsw x11, x3, [x20, #28]
        ldxr x5, [x20]
        stxr w16, x15, [x20]
        mov x17, x16
        ldur w15, [x20, #-66]
        stp x13, x11, [x20, #-24]
        add x20, x28, #128
        ldr w12, [x20], #6
        mov x18, x20
        ldsmaxlh w12, w7, [x20]
        ldnp x7, x8, [x20, #-40]
        add x20, x28, #128
        ldp x2, x0, [x20, #16]!
        mov x19, x20
        ldr w10, [x20, #32]
        mov x16, #8
        str x3, [x20, x16, lsl #3]
        ldpsw x4, x11, [x20, #0]
        add x20, x28, #128
        str w12, [x20], #24
        mov x18, x20
        add x20, x28, #128
        stp x1, x15, [x20, #-24]!
        mov x19, x20
        mov x17, #17
        ldrsb w14, [x20, w17, sxtw]
        add x20, x28, #128
        ldar w3, [x20]
        mov x17, #-25
        strb w2, [x20, w17, sxtw]
        stp w3, w11, [x20, #-28]
        ldur w1, [x20, #35]
        mov x17, #27
        ldrb w5, [x20, w17, sxtw]
        mov x16, #3
        ldr x5, [x20, x16, lsl #3]
        add x20, x28, #128
        ldr w12, [x20], #27
        mov x18, x20
        add x20, x28, #128
        ldapr x12, [x20]
        swpal w14, w12, [x20]
        add x20, x28, #128
        ldrb w0, [x20], #-23
        mov x18, x20
        ldnp x7, x13, [x20, #32]
        add x20, x28, #128
        str w4, [x20, #29]!
        mov x19, x20
        add x20, x28, #128
        strb w1, [x20], #22
        mov x18, x20
        add x20, x28, #128
        ldp x5, x7, [x20, #8]!
        mov x19, x20
        strh w8, [x20, #28]
        str x5, [x20, #0]
        ldnp w12, w7, [x20, #12]
        stp x14, x12, [x20, #-32]
        stur w5, [x20, #-122]
        add x20, x28, #128
        ldar x6, [x20]
        add x20, x28, #128
        str w10, [x20], #-2
        mov x18, x20
        ldur w13, [x20, #8]
        ldxr x2, [x20]
        stxr w16, x10, [x20]
        mov x17, x16
        add x20, x28, #128
        ldr w13, [x20], #31
        mov x18, x20
        mov x17, #-9
        ldrb w7, [x20, w17, sxtw]
        ldp w5, w14, [x20, #-8]
        mov x17, #15
        ldrb w4, [x20, w17, sxtw]
        ldur w13, [x20, #42]
        ldursh w1, [x20, #-55]
        ldsmaxal w4, w12, [x20]
        mov x17, #-4
        ldrh w10, [x20, w17, sxtw]
        ldursh w3, [x20, #-46]
        add x20, x28, #128
        ldar w11, [x20]
        casal w6, w2, [x20]
        ldp x15, x13, [x20, #-56]
        cas x5, x9, [x20]
        cas w10, w2, [x20]
        stur w11, [x20, #103]
        add x20, x28, #128
        str x9, [x20, #29]!
        mov x19, x20
        add x20, x28, #128
        strb w9, [x20], #-26
        mov x18, x20
        ldursb w0, [x20, #-35]
        ldxr x3, [x20]
        stxr w16, x12, [x20]
        mov x17, x16
        ldp x7, x6, [x20, #32]
        casa x13, x14, [x20]
        mov x16, #5
        str x7, [x20, x16, lsl #3]
        b       1f
        .ltorg
1:
