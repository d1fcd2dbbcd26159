// Random integer data-processing sequence 23 (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).
// mode: none
        ldr     x0, =0x82a3d6b8fd76d287
        ldr     x1, =0x6a56318da1356c53
        ldr     x2, =0x637741707ada63f9
        ldr     x3, =0x7fffffffffffffff
        ldr     x4, =0x65baadb9bef65ccd
        ldr     x5, =0x0cd0769d863cf5e5
        ldr     x6, =0x4d32e0f68a9fe53d
        ldr     x7, =0x80000000
        ldr     x8, =0x4b6dec81cb5ae318
        ldr     x9, =0x976e18bfed72a180
        ldr     x10, =0x712a07ee5610a512
        ldr     x11, =0xf0949da7607d6571
        ldr     x12, =0xffffffffffffffff
        ldr     x13, =0x1
        ldr     x14, =0x8f0d4441355d7972
        ldr     x15, =0xf970d4550d9d1938
        msr     nzcv, x4
        mrs x12, nzcv
        subs x7, x5, x11, lsl #49
        movz x14, #14421, lsl #16
        cmp x6, x13
        madd w6, w7, w8, w8
        rbit w10, w11
        mrs x6, nzcv
        rbit w0, w12
        umulh x7, x5, x0
        cmn w11, w4
        extr x13, x6, x14, #4
        mvn w14, w9
        adds w5, w4, #3677, lsl #12
        umaddl x11, w12, w11, x7
        adcs x4, x9, x8
        umulh x1, x1, x1
        negs x12, x10
        ccmn x0, x5, #15, eq
        add x2, x8, #2317, lsl #12
        cmp x2, x6
        cset x1, vs
        extr w1, w5, w1, #3
        rev16 x13, x10
        orr w7, w3, #0x55555555
        csel x1, x15, x10, pl
        ands x7, x6, #0xf0f0f0f0f0f0f0f0
        msub w15, w15, w7, w8
        extr w9, w6, w10, #31
        bic w15, w13, w8, asr #0
        add x1, x10, x9, lsl #31
        mrs x15, nzcv
        and w13, w15, w8, asr #5
        add x8, x9, w0, sxtb #2
        sdiv w1, w2, w11
        adds w10, w12, #3903
        adds w11, w4, #862, lsl #12
        umulh x1, x2, x15
        crc32ch w4, w7, w6
        cset w4, gt
        ubfx w2, w2, #22, #9
        sub x10, x2, w7, uxtw #1
        msub x1, x14, x0, x14
        madd w9, w6, w9, w0
        cset x6, lt
        rbit w10, w9
        sbfx w6, w10, #3, #7
        smaddl x10, w7, w7, x9
        movk x13, #47302, lsl #32
        ror x6, x5, #51
        ccmp x13, #11, #6, ls
        csetm w15, mi
        ccmp x15, x11, #6, cc
        and x10, x10, #0x7ffffffffffffffe
        and x8, x8, #0xff
        cmp x14, x3
        csinv w6, w8, w4, lt
        orn w11, w0, w3, asr #21
        asr x3, x9, #57
        extr x5, x1, x8, #46
        subs w12, w0, w15, lsr #4
        asrv x6, x5, x5
        add x3, x1, w0, sxtw #0
        umsubl x3, w9, w6, x9
        smulh x8, x11, x7
        extr x13, x3, x13, #31
        lsr w11, w11, #11
        asr w7, w9, #29
        crc32h w15, w14, w15
        crc32ch w9, w5, w5
        ccmp w8, #31, #6, cc
        asrv w7, w3, w2
        cset x8, ls
        movn w8, #10765, lsl #16
        ror x12, x5, #36
        sub x9, x7, x14, asr #15
        add x8, x7, w9, sxtw #3
        adcs w0, w6, w14
        mrs x13, nzcv
        bics w8, w10, w15, asr #19
        eor w8, w13, #0x7ffffffe
        b       1f
        .ltorg
1:
