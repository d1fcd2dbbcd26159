// Random load/store sequence 1 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x7fffffff
        ldr     x1, =0xa09828cb30add4b0
        ldr     x2, =0x7fffffffffffffff
        ldr     x3, =0xab73ee2e06e82b67
        ldr     x4, =0xfcfadb0cac52fbbf
        ldr     x5, =0xf83d8b8d8301f17b
        ldr     x6, =0x09fa4f5fd91abfd7
        ldr     x7, =0xffffffff
        ldr     x8, =0xf1bfa6add8011f88
        ldr     x9, =0xd9ebdab76c8dc9fb
        ldr     x10, =0xc6baf82fc2e45dc1
        ldr     x11, =0xffffffffffffffff
        ldr     x12, =0x79041bfeee72e037
        ldr     x13, =0x32c534297efe5a83
        ldr     x14, =0x7314bcdbd2e55b0c
        ldr     x15, =0x9ed01708c21d5fee
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
        ldrb w12, [x20], #-4
        mov x18, x20
        stp w13, w4, [x20, #0]
        ldpsw x0, x1, [x20, #-32]
        casal w4, w9, [x20]
        sturh w11, [x20, #93]
        mov x17, #-31
        ldrh w2, [x20, w17, sxtw]
        ldur x11, [x20, #28]
        ldxr x15, [x20]
        stxr w16, x9, [x20]
        mov x17, x16
        add x20, x28, #128
        ldp x12, x11, [x20, #16]!
        mov x19, x20
        add x20, x28, #128
        stp x11, x4, [x20], #-32
        mov x19, x20
        ldursb w8, [x20, #126]
        ldurb w4, [x20, #7]
        stnp x8, x12, [x20, #-64]
        ldpsw x13, x7, [x20, #28]
        add x20, x28, #128
        stlr w6, [x20]
        ldurh w3, [x20, #-33]
        mov x17, #-11
        strb w1, [x20, w17, sxtw]
        ldr w5, [x20, #44]
        mov x17, #20
        strb w1, [x20, w17, sxtw]
        ldumaxalh w15, w4, [x20]
        ldclrlb w3, w8, [x20]
        add x20, x28, #128
        stlr w1, [x20]
        mov x17, #-29
        ldrb w4, [x20, w17, sxtw]
        lduminlb w11, w2, [x20]
        add x20, x28, #128
        ldapr x6, [x20]
        add x20, x28, #128
        stp x12, x3, [x20, #-24]!
        mov x19, x20
        add x20, x28, #128
        ldar x6, [x20]
        stur w0, [x20, #81]
        add x20, x28, #128
        ldr w1, [x20, #0]!
        mov x19, x20
        ldaddlb w9, w9, [x20]
        ldxr x7, [x20]
        stxr w16, x9, [x20]
        mov x17, x16
        stur w6, [x20, #-87]
        add x20, x28, #128
        ldapr w14, [x20]
        add x20, x28, #128
        stp x11, x15, [x20], #8
        mov x19, x20
        add x20, x28, #128
        stlr x3, [x20]
        stp w6, w2, [x20, #16]
        ldpsw x4, x9, [x20, #28]
        add x20, x28, #128
        ldp x9, x10, [x20, #8]!
        mov x19, x20
        ldrb w6, [x20, #8]
        ldrsw x3, [x20, #48]
        ldxr x2, [x20]
        stxr w16, x7, [x20]
        mov x17, x16
        stur x5, [x20, #108]
        add x20, x28, #128
        stp x5, x14, [x20], #8
        mov x19, x20
        add x20, x28, #128
        str w15, [x20], #8
        mov x18, x20
        strh w4, [x20, #0]
        ldxr x0, [x20]
        stxr w16, x12, [x20]
        mov x17, x16
        ldxr x11, [x20]
        stxr w16, x15, [x20]
        mov x17, x16
        stp w3, w9, [x20, #24]
        ldrsw x5, [x20, #28]
        mov x17, #29
        ldrsb w1, [x20, w17, sxtw]
        ldur w4, [x20, #-36]
        str w11, [x20, #28]
        ldclrh w5, w11, [x20]
        add x20, x28, #128
        stp x3, x11, [x20, #-8]!
        mov x19, x20
        strb w9, [x20, #4]
        add x20, x28, #128
        ldr x4, [x20, #-21]!
        mov x19, x20
        add x20, x28, #128
        ldp x5, x0, [x20], #8
        mov x19, x20
        ldpsw x12, x0, [x20, #4]
        mov x17, #-4
        strb w7, [x20, w17, sxtw]
        ldxr x12, [x20]
        stxr w16, x9, [x20]
        mov x17, x16
        add x20, x28, #128
        ldp x13, x10, [x20], #0
        mov x19, x20
        add x20, x28, #128
        stp x2, x13, [x20, #0]!
        mov x19, x20
        ldrsh w1, [x20, #20]
        stur w5, [x20, #81]
        str w14, [x20, #56]
        stur w7, [x20, #37]
        ldpsw x13, x3, [x20, #-32]
        swp x7, x6, [x20]
        add x20, x28, #128
        strb w4, [x20], #-17
        mov x18, x20
        add x20, x28, #128
        ldr x3, [x20, #-16]!
        mov x19, x20
        ldpsw x9, x13, [x20, #-16]
        add x20, x28, #128
        stp x9, x5, [x20, #8]!
        mov x19, x20
        add x20, x28, #128
        ldp x4, x3, [x20, #-32]!
        mov x19, x20
        mov x16, #3
        ldr x13, [x20, x16, lsl #3]
        strb w12, [x20, #11]
        add x20, x28, #128
        ldrb w4, [x20], #-24
        mov x18, x20
        ldclrb w8, w0, [x20]
        stp w11, w8, [x20, #-8]
        stnp w11, w5, [x20, #16]
        str x5, [x20, #72]
        b       1f
        .ltorg
1:
