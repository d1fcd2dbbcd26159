// Random load/store sequence 8 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x22ea1079dbeade07
        ldr     x1, =0x8000000000000000
        ldr     x2, =0xffffffffffffffff
        ldr     x3, =0x80000000
        ldr     x4, =0x9c7102a4ce871054
        ldr     x5, =0x80000000
        ldr     x6, =0xd92146fb2751762e
        ldr     x7, =0xd1d459b5555cb348
        ldr     x8, =0xe3d05d374f399838
        ldr     x9, =0x04e64da3e2937a4d
        ldr     x10, =0x16adad7aa35438c6
        ldr     x11, =0x39fe4ebb399a00d4
        ldr     x12, =0x8000000000000000
        ldr     x13, =0x7fffffffffffffff
        ldr     x14, =0x7fffffff
        ldr     x15, =0xfadc4e9f53d343dc
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
        stp x1, x15, [x20, #-8]!
        mov x19, x20
        add x20, x28, #128
        ldr x15, [x20, #-3]!
        mov x19, x20
        casa w11, w8, [x20]
        add x20, x28, #128
        stp x4, x14, [x20, #24]!
        mov x19, x20
        swplh w12, w4, [x20]
        ldpsw x0, x6, [x20, #-20]
        mov x16, #5
        ldr x13, [x20, x16, lsl #3]
        ldursb w10, [x20, #-40]
        ldursb w11, [x20, #114]
        str x15, [x20, #104]
        add x20, x28, #128
        ldp x6, x11, [x20, #16]!
        mov x19, x20
        ldxr x11, [x20]
        stxr w16, x0, [x20]
        mov x17, x16
        add x20, x28, #128
        ldp x15, x14, [x20, #-8]!
        mov x19, x20
        mov x17, #17
        ldrh w7, [x20, w17, sxtw]
        add x20, x28, #128
        str x2, [x20, #-11]!
        mov x19, x20
        ldpsw x10, x0, [x20, #-8]
        add x20, x28, #128
        ldar w9, [x20]
        ldrsh w14, [x20, #4]
        mov x17, #31
        ldrh w9, [x20, w17, sxtw]
        add x20, x28, #128
        str w9, [x20], #-24
        mov x18, x20
        add x20, x28, #128
        ldp x3, x9, [x20, #24]!
        mov x19, x20
        ldursh w14, [x20, #13]
        add x20, x28, #128
        ldr w7, [x20, #6]!
        mov x19, x20
        add x20, x28, #128
        stp x12, x5, [x20, #8]!
        mov x19, x20
        casal w10, w14, [x20]
        ldrh w6, [x20, #2]
        ldxr x14, [x20]
        stxr w16, x0, [x20]
        mov x17, x16
        stnp x13, x1, [x20, #-48]
        add x20, x28, #128
        stp x15, x13, [x20, #8]!
        mov x19, x20
        ldumax x8, x0, [x20]
        ldursh w3, [x20, #-11]
        ldnp w8, w4, [x20, #28]
        add x20, x28, #128
        ldar x11, [x20]
        ldnp x14, x6, [x20, #-32]
        add x20, x28, #128
        stp x1, x10, [x20, #-24]!
        mov x19, x20
        add x20, x28, #128
        ldp x8, x7, [x20, #24]!
        mov x19, x20
        ldpsw x8, x4, [x20, #16]
        mov x16, #2
        ldr x0, [x20, x16, lsl #3]
        casal x6, x8, [x20]
        mov x16, #8
        ldr x6, [x20, x16, lsl #3]
        add x20, x28, #128
        ldr w12, [x20], #-22
        mov x18, x20
        ldur w9, [x20, #-117]
        ldrh w6, [x20, #14]
        stp x10, x14, [x20, #8]
        mov x17, #11
        ldrb w3, [x20, w17, sxtw]
        ldpsw x6, x14, [x20, #-24]
        add x20, x28, #128
        ldp x5, x1, [x20, #8]!
        mov x19, x20
        ldpsw x1, x3, [x20, #-16]
        strh w9, [x20, #0]
        add x20, x28, #128
        stp x6, x9, [x20, #-8]!
        mov x19, x20
        ldursh w14, [x20, #40]
        strb w12, [x20, #0]
        mov x16, #1
        str x14, [x20, x16, lsl #3]
        ldxr x1, [x20]
        stxr w16, x15, [x20]
        mov x17, x16
        add x20, x28, #128
        str x3, [x20, #1]!
        mov x19, x20
        casa x13, x9, [x20]
        strh w7, [x20, #2]
        add x20, x28, #128
        ldp x7, x13, [x20, #-8]!
        mov x19, x20
        ldsmaxal w13, w15, [x20]
        stp x11, x15, [x20, #0]
        ldursh w7, [x20, #24]
        ldurb w11, [x20, #-86]
        ldpsw x8, x7, [x20, #-20]
        swpb w12, w2, [x20]
        add x20, x28, #128
        ldar x8, [x20]
        add x20, x28, #128
        ldrb w13, [x20], #9
        mov x18, x20
        add x20, x28, #128
        ldr x0, [x20, #-21]!
        mov x19, x20
        add x20, x28, #128
        ldp x15, x10, [x20, #24]!
        mov x19, x20
        ldsminab w12, w10, [x20]
        add x20, x28, #128
        strb w2, [x20], #22
        mov x18, x20
        add x20, x28, #128
        strb w4, [x20], #-29
        mov x18, x20
        ldsmaxa w3, w13, [x20]
        mov x17, #-7
        strb w2, [x20, w17, sxtw]
        sturb w2, [x20, #-70]
        add x20, x28, #128
        ldar x10, [x20]
        ldursh w0, [x20, #38]
        ldursb w13, [x20, #73]
        mov x16, #6
        ldr x13, [x20, x16, lsl #3]
        ldumaxal x7, x11, [x20]
        ldxr x7, [x20]
        stxr w16, x3, [x20]
        mov x17, x16
        b       1f
        .ltorg
1:
