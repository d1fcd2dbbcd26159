// Random integer data-processing sequence 7 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x479567c27b403ed7
        ldr     x1, =0x8000000000000000
        ldr     x2, =0xaa7e701ea55f2904
        ldr     x3, =0xbd1113a29cb59bac
        ldr     x4, =0x5551e36c3bd41540
        ldr     x5, =0x91d5873183840dc7
        ldr     x6, =0xfe3492d730883ecf
        ldr     x7, =0x928267e55024572b
        ldr     x8, =0x1
        ldr     x9, =0x6ee17ec9908d80b2
        ldr     x10, =0x189d50054811c1ac
        ldr     x11, =0xfbb4b7b14faf6903
        ldr     x12, =0xffffffffffffffff
        ldr     x13, =0x1e96a76203aca994
        ldr     x14, =0x54eba0c991567ca2
        ldr     x15, =0x7224fd32a4ae7520
        msr     nzcv, x0
        sub w10, w1, w4, asr #26
        add x9, x15, w11, sxth #3
        ngcs w7, w9
        cls w12, w11
        ands w13, w6, #0xff
        csinc x15, x7, x7, al
        mrs x8, nzcv
        clz w9, w13
        cmp w3, w7
        mvn x3, x2
        csneg x15, x6, x11, cs
        extr x6, x6, x10, #37
        csetm x10, pl
        add x7, x6, x3, lsr #60
        csinv x7, x3, x10, gt
        ror w7, w2, #8
        eor x15, x10, #0xffff0000ffff0000
        sbcs w1, w11, w6
        cset x4, pl
        cmn x7, x9
        umaddl x3, w1, w15, x13
        subs x2, x4, x0, lsr #46
        ccmn x8, #16, #4, ge
        crc32cw w12, w14, w11
        bfi w13, w1, #7, #25
        lsl w10, w9, #1
        ngcs x1, x13
        eor x13, x0, #0xf0f0f0f0f0f0f0f0
        ror w12, w12, #11
        movn w10, #24453, lsl #16
        smulh x9, x0, x7
        subs x14, x8, #960
        orn w1, w10, w6, asr #27
        extr w11, w14, w15, #21
        mrs x5, nzcv
        ccmn x4, #21, #8, lt
        ngc x14, x2
        orn w7, w3, w9, lsr #3
        add x14, x11, x10, lsl #11
        and x15, x0, #0x8000000000000001
        sub w3, w11, #3745
        lslv x14, x10, x9
        add w13, w9, w3, asr #15
        adcs w14, w9, w11
        adcs x7, x6, x2
        smulh x11, x5, x8
        ccmp x5, x7, #14, hi
        lslv w9, w0, w0
        cset w7, mi
        ccmn w2, #16, #13, pl
        extr x8, x13, x4, #52
        sub x7, x5, #3181
        add x15, x5, #3764
        adc w15, w14, w3
        sbcs x5, x3, x6
        movz w1, #8652, lsl #16
        extr w11, w9, w6, #16
        csetm x6, gt
        orr w5, w8, #0x7ffffffe
        subs w0, w4, #1620
        lsl x12, x13, #56
        mrs x13, nzcv
        clz w10, w0
        sbfiz w1, w6, #30, #2
        csel x5, x5, x13, al
        lsl w8, w11, #9
        ubfiz w12, w6, #22, #7
        csetm x11, cc
        cset x6, ge
        adds w9, w2, #1744
        cmn x1, x3
        csinv w5, w14, w11, vs
        eor w13, w0, #0x80000001
        csel x1, x15, x0, vc
        rorv w8, w7, w0
        adcs x0, x11, x5
        asr x3, x15, #12
        cmn w1, w6
        rbit w11, w7
        mvn x6, x11
        b       1f
        .ltorg
1:
