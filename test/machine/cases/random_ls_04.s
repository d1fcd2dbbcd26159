// Random load/store sequence 4 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x5860f5009d95b616
        ldr     x1, =0x0
        ldr     x2, =0xda8274a3ed468e42
        ldr     x3, =0xc1a5273289b6261f
        ldr     x4, =0x017aa6bdbc61c1d8
        ldr     x5, =0xbd5f605eb5cbb9c8
        ldr     x6, =0xde4de4b3dd05dcbd
        ldr     x7, =0xb3e156afeea0486e
        ldr     x8, =0xe06261097fac4dd0
        ldr     x9, =0x356d61666416c66c
        ldr     x10, =0xce00e13bd33987c5
        ldr     x11, =0x8a3382d07a9743a6
        ldr     x12, =0xc16367bfc7a6dbdf
        ldr     x13, =0x90aef5375d9d35ff
        ldr     x14, =0x9e5b82f35ebd8797
        ldr     x15, =0x97a8e3182c67a875
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
        ldur w1, [x20, #85]
        mov x16, #14
        ldr x14, [x20, x16, lsl #3]
        mov x16, #14
        str x1, [x20, x16, lsl #3]
        add x20, x28, #128
        ldr w10, [x20, #-25]!
        mov x19, x20
        mov x16, #0
        ldr x15, [x20, x16, lsl #3]
        casa w8, w5, [x20]
        mov x16, #7
        ldr x6, [x20, x16, lsl #3]
        ldset w12, w7, [x20]
        casal x5, x3, [x20]
        swpa w9, w9, [x20]
        mov x17, #-7
        ldrh w10, [x20, w17, sxtw]
        ldp w7, w12, [x20, #12]
        add x20, x28, #128
        str w7, [x20, #24]!
        mov x19, x20
        stur w3, [x20, #-47]
        add x20, x28, #128
        str w15, [x20], #-5
        mov x18, x20
        add x20, x28, #128
        str x9, [x20, #-10]!
        mov x19, x20
        str w4, [x20, #44]
        add x20, x28, #128
        str x10, [x20, #19]!
        mov x19, x20
        mov x17, #14
        strb w1, [x20, w17, sxtw]
        add x20, x28, #128
        stp x7, x9, [x20, #-32]!
        mov x19, x20
        ldur x7, [x20, #-75]
        ldpsw x8, x3, [x20, #-20]
        mov x17, #-27
        ldrb w7, [x20, w17, sxtw]
        add x20, x28, #128
        stp x2, x4, [x20, #-16]!
        mov x19, x20
        ldseta w15, w15, [x20]
        add x20, x28, #128
        str w8, [x20, #-32]!
        mov x19, x20
        ldsetlh w15, w10, [x20]
        ldpsw x11, x3, [x20, #-4]
        ldurb w1, [x20, #-91]
        mov x17, #3
        ldrb w12, [x20, w17, sxtw]
        ldur w13, [x20, #-78]
        add x20, x28, #128
        stlr x11, [x20]
        ldxr x10, [x20]
        stxr w16, x15, [x20]
        mov x17, x16
        ldxr x9, [x20]
        stxr w16, x1, [x20]
        mov x17, x16
        mov x16, #4
        str x5, [x20, x16, lsl #3]
        sturb w4, [x20, #-122]
        sturh w14, [x20, #-52]
        ldxr x5, [x20]
        stxr w16, x14, [x20]
        mov x17, x16
        stur w9, [x20, #-21]
        casal w11, w11, [x20]
        add x20, x28, #128
        stlr w5, [x20]
        ldur w7, [x20, #101]
        ldrsh x1, [x20, #24]
        ldeor w15, w10, [x20]
        add x20, x28, #128
        str x4, [x20, #23]!
        mov x19, x20
        ldp x6, x4, [x20, #56]
        ldnp w3, w1, [x20, #12]
        swpa w10, w15, [x20]
        ldur w14, [x20, #-43]
        casa w11, w11, [x20]
        ldur w14, [x20, #-103]
        ldxr x15, [x20]
        stxr w16, x14, [x20]
        mov x17, x16
        add x20, x28, #128
        ldapr w2, [x20]
        mov x17, #9
        ldrsb w14, [x20, w17, sxtw]
        add x20, x28, #128
        strb w2, [x20], #-29
        mov x18, x20
        stnp w3, w0, [x20, #28]
        ldxr x2, [x20]
        stxr w16, x5, [x20]
        mov x17, x16
        add x20, x28, #128
        stlr w0, [x20]
        str x1, [x20, #56]
        ldur w6, [x20, #-113]
        cas w2, w9, [x20]
        casal x1, x3, [x20]
        ldxr x9, [x20]
        stxr w16, x9, [x20]
        mov x17, x16
        cas x13, x2, [x20]
        ldurb w0, [x20, #8]
        mov x17, #19
        strb w15, [x20, w17, sxtw]
        ldursh w1, [x20, #14]
        ldur w6, [x20, #9]
        add x20, x28, #128
        ldr w7, [x20], #-16
        mov x18, x20
        ldursh w7, [x20, #56]
        ldnp x11, x8, [x20, #-8]
        mov x16, #8
        str x9, [x20, x16, lsl #3]
        add x20, x28, #128
        ldapr x10, [x20]
        ldpsw x8, x13, [x20, #20]
        sturh w4, [x20, #-17]
        add x20, x28, #128
        stp x1, x7, [x20, #-16]!
        mov x19, x20
        mov x17, #-11
        ldrsb w10, [x20, w17, sxtw]
        add x20, x28, #128
        str x12, [x20, #17]!
        mov x19, x20
        stnp w12, w14, [x20, #12]
        stur w4, [x20, #70]
        b       1f
        .ltorg
1:
