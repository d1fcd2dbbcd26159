// Random load/store sequence 6 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0xb5c89be92a3afa32
        ldr     x1, =0x0c8b4aa5a161156b
        ldr     x2, =0x2e647b0f1c8e9eac
        ldr     x3, =0x1
        ldr     x4, =0x7fffffffffffffff
        ldr     x5, =0x4cb4feb22ff14a84
        ldr     x6, =0x1
        ldr     x7, =0xcbe3b279190d74e1
        ldr     x8, =0x1f934ac6c0af8e42
        ldr     x9, =0xf2da3d5eb2615b57
        ldr     x10, =0x7716167711897b77
        ldr     x11, =0x79e908c2eed49349
        ldr     x12, =0xe7ddb7c6c5947aed
        ldr     x13, =0xe9bd676a075951bf
        ldr     x14, =0xf942a7aac597d999
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
        str w10, [x20, #8]
        stp x11, x0, [x20, #-64]
        stur x15, [x20, #93]
        ldp w11, w10, [x20, #8]
        ldclral w11, w12, [x20]
        add x20, x28, #128
        stp x8, x7, [x20], #-24
        mov x19, x20
        ldxr x7, [x20]
        stxr w16, x9, [x20]
        mov x17, x16
        ldsetah w9, w10, [x20]
        mov x17, #-18
        ldrsb w7, [x20, w17, sxtw]
        ldxr x1, [x20]
        stxr w16, x10, [x20]
        mov x17, x16
        add x20, x28, #128
        ldr x8, [x20, #-9]!
        mov x19, x20
        add x20, x28, #128
        stp x12, x7, [x20, #-32]!
        mov x19, x20
        ldxr x12, [x20]
        stxr w16, x6, [x20]
        mov x17, x16
        add x20, x28, #128
        stp x9, x8, [x20, #0]!
        mov x19, x20
        ldurh w10, [x20, #26]
        ldpsw x14, x2, [x20, #12]
        ldxr x5, [x20]
        stxr w16, x0, [x20]
        mov x17, x16
        add x20, x28, #128
        strb w15, [x20], #-9
        mov x18, x20
        ldursb w15, [x20, #-2]
        ldxr x15, [x20]
        stxr w16, x10, [x20]
        mov x17, x16
        ldpsw x6, x4, [x20, #-32]
        add x20, x28, #128
        stlr x9, [x20]
        ldur w10, [x20, #-40]
        mov x17, #-25
        ldrsb w7, [x20, w17, sxtw]
        mov x16, #6
        ldr x1, [x20, x16, lsl #3]
        add x20, x28, #128
        ldrsh w9, [x20], #-22
        mov x18, x20
        add x20, x28, #128
        stlr x2, [x20]
        ldr x5, [x20, #24]
        str w5, [x20, #44]
        casa w4, w11, [x20]
        casal w13, w0, [x20]
        add x20, x28, #128
        ldp x13, x7, [x20, #-16]!
        mov x19, x20
        stur x8, [x20, #83]
        stur x8, [x20, #-35]
        str w5, [x20, #32]
        add x20, x28, #128
        ldr x5, [x20, #0]!
        mov x19, x20
        stnp x12, x15, [x20, #-40]
        add x20, x28, #128
        ldp x1, x11, [x20, #24]!
        mov x19, x20
        ldxr x10, [x20]
        stxr w16, x4, [x20]
        mov x17, x16
        casa w0, w9, [x20]
        add x20, x28, #128
        ldapr w6, [x20]
        mov x17, #20
        strh w13, [x20, w17, sxtw]
        ldr w12, [x20, #12]
        add x20, x28, #128
        stp x3, x12, [x20], #-24
        mov x19, x20
        add x20, x28, #128
        ldrsh w6, [x20], #-24
        mov x18, x20
        ldr w6, [x20, #12]
        lduminab w4, w7, [x20]
        ldxr x11, [x20]
        stxr w16, x0, [x20]
        mov x17, x16
        add x20, x28, #128
        ldrsh w11, [x20], #23
        mov x18, x20
        stur x6, [x20, #30]
        add x20, x28, #128
        stp x14, x12, [x20], #-32
        mov x19, x20
        add x20, x28, #128
        str w3, [x20, #-20]!
        mov x19, x20
        stp w11, w4, [x20, #-8]
        ldr x10, [x20, #24]
        ldursh w4, [x20, #64]
        add x20, x28, #128
        ldr w7, [x20, #17]!
        mov x19, x20
        ldur w10, [x20, #-77]
        mov x17, #3
        ldrb w0, [x20, w17, sxtw]
        add x20, x28, #128
        ldp x15, x14, [x20], #-32
        mov x19, x20
        casa w13, w8, [x20]
        str x15, [x20, #40]
        ldurh w2, [x20, #-127]
        add x20, x28, #128
        ldr x7, [x20, #-2]!
        mov x19, x20
        stur w6, [x20, #-54]
        ldnp w2, w4, [x20, #24]
        add x20, x28, #128
        str w2, [x20], #19
        mov x18, x20
        add x20, x28, #128
        ldp x15, x8, [x20], #-8
        mov x19, x20
        ldxr x15, [x20]
        stxr w16, x14, [x20]
        mov x17, x16
        mov x16, #13
        str x7, [x20, x16, lsl #3]
        add x20, x28, #128
        stlr w2, [x20]
        add x20, x28, #128
        ldp x13, x1, [x20], #8
        mov x19, x20
        add x20, x28, #128
        str w14, [x20], #14
        mov x18, x20
        ldrsb x9, [x20, #7]
        ldursb w4, [x20, #-19]
        swpa w9, w11, [x20]
        ldrsb w14, [x20, #7]
        add x20, x28, #128
        ldrb w12, [x20], #10
        mov x18, x20
        sturb w6, [x20, #65]
        ldxr x8, [x20]
        stxr w16, x4, [x20]
        mov x17, x16
        mov x16, #7
        ldr x2, [x20, x16, lsl #3]
        b       1f
        .ltorg
1:
