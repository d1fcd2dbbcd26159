// Random load/store sequence 0 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x828b06658190f8b3
        ldr     x1, =0x3edfe64d230294e9
        ldr     x2, =0xbbfc7ff23177d681
        ldr     x3, =0x674908a1e2a2a5b8
        ldr     x4, =0x764218f98eeb0b20
        ldr     x5, =0xc3fd7194f3e5f843
        ldr     x6, =0xce0cc2957781feed
        ldr     x7, =0x80000000
        ldr     x8, =0x2bf0b038203671a4
        ldr     x9, =0x10f088a27b0b0269
        ldr     x10, =0xb09ff5a79820f254
        ldr     x11, =0x7626b50bec0d6c76
        ldr     x12, =0x639b30afddf0fbda
        ldr     x13, =0x09b3592fe0f57b8a
        ldr     x14, =0xae890c5ac322be6a
        ldr     x15, =0x2be95c30026b4a00
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
        ldpsw x4, x14, [x20, #4]
        mov x17, #0
        ldrh w4, [x20, w17, sxtw]
        add x20, x28, #128
        ldp x11, x1, [x20, #16]!
        mov x19, x20
        ldur x15, [x20, #31]
        cas x1, x11, [x20]
        ldpsw x11, x4, [x20, #20]
        ldrsh w1, [x20, #26]
        ldsminl w7, w13, [x20]
        casal w11, w5, [x20]
        stnp x13, x5, [x20, #24]
        add x20, x28, #128
        stp x7, x11, [x20, #16]!
        mov x19, x20
        ldpsw x8, x9, [x20, #-16]
        mov x16, #3
        ldr x12, [x20, x16, lsl #3]
        ldursb w1, [x20, #101]
        add x20, x28, #128
        ldrsh w4, [x20], #-24
        mov x18, x20
        add x20, x28, #128
        stp x2, x11, [x20, #-24]!
        mov x19, x20
        mov x17, #-1
        ldrb w13, [x20, w17, sxtw]
        ldrh w15, [x20, #20]
        ldpsw x3, x10, [x20, #-24]
        add x20, x28, #128
        ldr w10, [x20], #-11
        mov x18, x20
        strh w12, [x20, #12]
        ldursb w2, [x20, #57]
        ldxr x0, [x20]
        stxr w16, x15, [x20]
        mov x17, x16
        add x20, x28, #128
        ldr w8, [x20, #11]!
        mov x19, x20
        add x20, x28, #128
        ldp x10, x15, [x20, #0]!
        mov x19, x20
        add x20, x28, #128
        stlr w12, [x20]
        add x20, x28, #128
        ldrsh w10, [x20], #-31
        mov x18, x20
        ldur w6, [x20, #65]
        mov x16, #5
        str x12, [x20, x16, lsl #3]
        ldrsw x2, [x20, #40]
        add x20, x28, #128
        ldp x0, x1, [x20, #24]!
        mov x19, x20
        casal x0, x11, [x20]
        ldursb w7, [x20, #-56]
        str w3, [x20, #12]
        mov x16, #3
        str x6, [x20, x16, lsl #3]
        mov x17, #17
        strb w6, [x20, w17, sxtw]
        add x20, x28, #128
        ldp x1, x4, [x20], #16
        mov x19, x20
        ldrsb x10, [x20, #5]
        add x20, x28, #128
        stp x9, x15, [x20], #-24
        mov x19, x20
        add x20, x28, #128
        ldrb w11, [x20], #25
        mov x18, x20
        sturh w7, [x20, #63]
        casa x3, x15, [x20]
        add x20, x28, #128
        ldrsh w2, [x20], #15
        mov x18, x20
        ldpsw x6, x3, [x20, #16]
        add x20, x28, #128
        str w7, [x20], #-1
        mov x18, x20
        mov x16, #9
        str x12, [x20, x16, lsl #3]
        ldxr x2, [x20]
        stxr w16, x2, [x20]
        mov x17, x16
        sturb w9, [x20, #2]
        ldur x6, [x20, #-103]
        sturh w10, [x20, #32]
        ldeoralh w9, w8, [x20]
        ldxr x14, [x20]
        stxr w16, x8, [x20]
        mov x17, x16
        ldrb w15, [x20, #6]
        stur w7, [x20, #-96]
        add x20, x28, #128
        stlr w3, [x20]
        casal w5, w3, [x20]
        ldpsw x12, x13, [x20, #12]
        ldr x15, [x20, #56]
        mov x16, #9
        ldr x2, [x20, x16, lsl #3]
        mov x17, #11
        ldrsb w12, [x20, w17, sxtw]
        ldur x12, [x20, #85]
        add x20, x28, #128
        stp x8, x2, [x20, #-32]!
        mov x19, x20
        ldrsw x4, [x20, #8]
        ldeorl x3, x12, [x20]
        ldrsb x10, [x20, #13]
        ldur w2, [x20, #25]
        casal w4, w4, [x20]
        sturh w13, [x20, #-20]
        add x20, x28, #128
        ldr w9, [x20], #16
        mov x18, x20
        strb w11, [x20, #5]
        str w6, [x20, #28]
        add x20, x28, #128
        ldp x0, x1, [x20, #-24]!
        mov x19, x20
        sturh w5, [x20, #43]
        ldrh w2, [x20, #16]
        stnp x14, x7, [x20, #32]
        add x20, x28, #128
        stlr w4, [x20]
        add x20, x28, #128
        str w12, [x20, #-15]!
        mov x19, x20
        add x20, x28, #128
        stp x12, x13, [x20], #8
        mov x19, x20
        sturh w5, [x20, #-34]
        ldsminal w3, w12, [x20]
        b       1f
        .ltorg
1:
