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
        ldurb w14, [x20, #73]
        ldxr x0, [x20]
        stxr w16, x13, [x20]
        mov x17, x16
        ldnp w11, w1, [x20, #-8]
        ldur x15, [x20, #31]
        stnp x7, x1, [x20, #8]
        ldp w13, w0, [x20, #-8]
        ldxr x1, [x20]
        stxr w16, x2, [x20]
        mov x17, x16
        ldxr x11, [x20]
        stxr w16, x10, [x20]
        mov x17, x16
        ldur x13, [x20, #-114]
        mov x16, #11
        str x5, [x20, x16, lsl #3]
        add x20, x28, #128
        stp x1, x13, [x20, #24]!
        mov x19, x20
        ldurb w7, [x20, #-117]
        ldr w9, [x20, #20]
        ldur w12, [x20, #83]
        add x20, x28, #128
        ldrsh w5, [x20], #26
        mov x18, x20
        ldurb w8, [x20, #42]
        sturb w5, [x20, #113]
        add x20, x28, #128
        str x13, [x20, #16]!
        mov x19, x20
        add x20, x28, #128
        ldrsh w15, [x20], #16
        mov x18, x20
        mov x16, #4
        ldr x2, [x20, x16, lsl #3]
        ldadda x1, x5, [x20]
        mov x17, #4
        ldrb w12, [x20, w17, sxtw]
        add x20, x28, #128
        ldp x9, x12, [x20, #24]!
        mov x19, x20
        mov x16, #6
        ldr x8, [x20, x16, lsl #3]
        add x20, x28, #128
        stlr w15, [x20]
        mov x16, #12
        str x14, [x20, x16, lsl #3]
        ldxr x12, [x20]
        stxr w16, x5, [x20]
        mov x17, x16
        add x20, x28, #128
        ldapr w1, [x20]
        mov x17, #0
        ldrsb w6, [x20, w17, sxtw]
        mov x16, #3
        str x15, [x20, x16, lsl #3]
        sturh w9, [x20, #70]
        mov x17, #-30
        ldrb w10, [x20, w17, sxtw]
        add x20, x28, #128
        stp x1, x6, [x20, #16]!
        mov x19, x20
        stnp w0, w11, [x20, #0]
        add x20, x28, #128
        ldr w10, [x20], #-13
        mov x18, x20
        ldurb w7, [x20, #39]
        add x20, x28, #128
        strb w7, [x20], #22
        mov x18, x20
        casa x8, x14, [x20]
        ldxr x3, [x20]
        stxr w16, x7, [x20]
        mov x17, x16
        ldxr x10, [x20]
        stxr w16, x12, [x20]
        mov x17, x16
        ldursh w15, [x20, #-95]
        cas x15, x11, [x20]
        ldumaxal w14, w7, [x20]
        add x20, x28, #128
        stp x3, x15, [x20, #-24]!
        mov x19, x20
        add x20, x28, #128
        ldr x9, [x20, #-10]!
        mov x19, x20
        ldur x4, [x20, #62]
        stur w9, [x20, #-113]
        add x20, x28, #128
        ldapr w2, [x20]
        mov x17, #7
        strb w2, [x20, w17, sxtw]
        add x20, x28, #128
        ldrb w6, [x20], #-7
        mov x18, x20
        ldrsb w13, [x20, #12]
        ldxr x7, [x20]
        stxr w16, x9, [x20]
        mov x17, x16
        add x20, x28, #128
        stlr w8, [x20]
        add x20, x28, #128
        str x4, [x20, #31]!
        mov x19, x20
        mov x16, #3
        str x6, [x20, x16, lsl #3]
        add x20, x28, #128
        stp x0, x15, [x20, #16]!
        mov x19, x20
        mov x16, #0
        ldr x13, [x20, x16, lsl #3]
        ldrh w13, [x20, #14]
        ldxr x4, [x20]
        stxr w16, x13, [x20]
        mov x17, x16
        stur x6, [x20, #114]
        str w7, [x20, #32]
        mov x16, #0
        ldr x12, [x20, x16, lsl #3]
        add x20, x28, #128
        ldar x10, [x20]
        ldur x0, [x20, #-128]
        add x20, x28, #128
        ldp x11, x1, [x20, #-16]!
        mov x19, x20
        add x20, x28, #128
        strb w14, [x20], #10
        mov x18, x20
        add x20, x28, #128
        strb w7, [x20], #-32
        mov x18, x20
        str w14, [x20, #16]
        ldur w9, [x20, #94]
        mov x17, #17
        ldrb w4, [x20, w17, sxtw]
        add x20, x28, #128
        ldapr x12, [x20]
        ldr w0, [x20, #56]
        add x20, x28, #128
        strb w1, [x20], #-22
        mov x18, x20
        stp x10, x0, [x20, #-64]
        swpal w0, w13, [x20]
        ldpsw x10, x2, [x20, #-16]
        ldaddal w12, w15, [x20]
        ldnp w4, w11, [x20, #16]
        lduminal w5, w3, [x20]
        strh w14, [x20, #16]
        b       1f
        .ltorg
1:
