// Random load/store sequence 9 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0xee15f95d0762513d
        ldr     x1, =0x1
        ldr     x2, =0x27486b4eb50f7144
        ldr     x3, =0x928d8cd09745baea
        ldr     x4, =0x1
        ldr     x5, =0xa7b0d89ea862aa9a
        ldr     x6, =0xeede550b1b3bfce9
        ldr     x7, =0x7fffffff
        ldr     x8, =0x3f3d69762e63ac8e
        ldr     x9, =0x3202d87cc727483d
        ldr     x10, =0x612ab63b1e081634
        ldr     x11, =0x50a9db873c625ef2
        ldr     x12, =0xf4aeef4eecb9b0c4
        ldr     x13, =0x9541b9e17a079d1b
        ldr     x14, =0xffffffffffffffff
        ldr     x15, =0xf1829cf67800d181
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
        ldr x14, [x20, #64]
        mov x16, #8
        str x6, [x20, x16, lsl #3]
        ldpsw x12, x2, [x20, #-4]
        casal x9, x15, [x20]
        ldur w15, [x20, #7]
        ldp x13, x15, [x20, #-8]
        ldursh w2, [x20, #-9]
        ldur w12, [x20, #-1]
        ldurb w3, [x20, #-17]
        add x20, x28, #128
        ldrsh w9, [x20], #29
        mov x18, x20
        mov x17, #-18
        strh w7, [x20, w17, sxtw]
        ldurb w3, [x20, #-42]
        add x20, x28, #128
        ldp x15, x6, [x20, #-24]!
        mov x19, x20
        ldsetah w10, w10, [x20]
        strh w3, [x20, #26]
        ldr x10, [x20, #16]
        ldxr x13, [x20]
        stxr w16, x1, [x20]
        mov x17, x16
        ldrh w11, [x20, #24]
        strb w1, [x20, #9]
        ldrh w3, [x20, #16]
        add x20, x28, #128
        ldapr w1, [x20]
        ldxr x0, [x20]
        stxr w16, x14, [x20]
        mov x17, x16
        casa x11, x5, [x20]
        mov x17, #29
        ldrsb w15, [x20, w17, sxtw]
        ldur w14, [x20, #74]
        ldurh w1, [x20, #4]
        cas x10, x5, [x20]
        add x20, x28, #128
        ldr w5, [x20, #-27]!
        mov x19, x20
        stp w7, w2, [x20, #-8]
        ldnp x9, x4, [x20, #48]
        add x20, x28, #128
        stlr x6, [x20]
        ldr w8, [x20, #28]
        add x20, x28, #128
        str w2, [x20, #-21]!
        mov x19, x20
        ldumax w5, w0, [x20]
        cas w7, w6, [x20]
        ldxr x13, [x20]
        stxr w16, x1, [x20]
        mov x17, x16
        add x20, x28, #128
        str w7, [x20, #-13]!
        mov x19, x20
        ldur x13, [x20, #-68]
        ldxr x2, [x20]
        stxr w16, x10, [x20]
        mov x17, x16
        add x20, x28, #128
        ldar x2, [x20]
        ldp x3, x15, [x20, #48]
        str x10, [x20, #40]
        mov x17, #22
        strh w8, [x20, w17, sxtw]
        ldurb w2, [x20, #22]
        mov x17, #-1
        ldrb w2, [x20, w17, sxtw]
        mov x16, #7
        str x10, [x20, x16, lsl #3]
        add x20, x28, #128
        stp x9, x15, [x20, #24]!
        mov x19, x20
        ldursh w1, [x20, #108]
        add x20, x28, #128
        ldp x10, x9, [x20, #24]!
        mov x19, x20
        add x20, x28, #128
        str x9, [x20, #-22]!
        mov x19, x20
        add x20, x28, #128
        ldr x15, [x20, #3]!
        mov x19, x20
        str x13, [x20, #24]
        ldxr x2, [x20]
        stxr w16, x5, [x20]
        mov x17, x16
        add x20, x28, #128
        ldrsh w13, [x20], #28
        mov x18, x20
        casal w5, w8, [x20]
        mov x16, #3
        str x8, [x20, x16, lsl #3]
        ldr w11, [x20, #8]
        stnp x11, x15, [x20, #-40]
        stnp x7, x8, [x20, #48]
        str w5, [x20, #20]
        cas x5, x2, [x20]
        mov x16, #11
        ldr x13, [x20, x16, lsl #3]
        ldr x11, [x20, #8]
        stur w4, [x20, #-6]
        add x20, x28, #128
        str w10, [x20, #29]!
        mov x19, x20
        casa w12, w4, [x20]
        mov x17, #-10
        strb w9, [x20, w17, sxtw]
        add x20, x28, #128
        ldrb w13, [x20], #-11
        mov x18, x20
        mov x17, #28
        strb w6, [x20, w17, sxtw]
        str w12, [x20, #48]
        mov x16, #13
        ldr x15, [x20, x16, lsl #3]
        add x20, x28, #128
        ldapr x3, [x20]
        stur x10, [x20, #-110]
        add x20, x28, #128
        ldr w4, [x20, #-8]!
        mov x19, x20
        add x20, x28, #128
        str w3, [x20, #-22]!
        mov x19, x20
        ldpsw x13, x11, [x20, #12]
        ldur x4, [x20, #101]
        add x20, x28, #128
        ldar x11, [x20]
        add x20, x28, #128
        ldr x0, [x20, #-26]!
        mov x19, x20
        ldursb w12, [x20, #9]
        b       1f
        .ltorg
1:
