// FEAT_I8MM SMMLA/UMMLA/USMMLA and USDOT/SUDOT (vector, by element) on extreme bytes and wrapping word sums.
// Expected values: qemu-aarch64 -cpu max (scripts/gen-machine-expectations.mjs).
// mode: none
        adr     x0, 1f
        b       2f
        .balign 16
1:
        .quad   0x8080808080808080, 0x7f7f7f7f7f7f7f7f
        .quad   0xffffffffffffffff, 0x8080808080808080
        .quad   0x800000007fffffff, 0x00000001ffffffff
        .quad   0x8080800001ff7f80, 0x7f7f7f7fffffffff
        .quad   0x2b4d6d7e92ec259c, 0x07467bcc19d9d27f
        .quad   0x5c8de2b43848e7e8, 0xaa30b1df1f481b3e
        .quad   0xb496033983d02e42, 0xddb06ce10300eb40
        .quad   0x60e09f0abd7447dd, 0xd8391032ac4d2b15
2:
        ldp     q0, q1, [x0, #0]
        ldp     q2, q3, [x0, #32]
        ldp     q4, q5, [x0, #64]
        ldp     q6, q7, [x0, #96]
        .arch_extension i8mm
        mov     v16.16b, v2.16b
        smmla   v16.4s, v0.16b, v1.16b
        mov     v17.16b, v2.16b
        ummla   v17.4s, v0.16b, v1.16b
        mov     v18.16b, v2.16b
        usmmla  v18.4s, v0.16b, v1.16b
        mov     v19.16b, v2.16b
        usmmla  v19.4s, v1.16b, v0.16b
        mov     v20.16b, v6.16b
        smmla   v20.4s, v4.16b, v5.16b
        mov     v21.16b, v7.16b
        ummla   v21.4s, v5.16b, v6.16b
        mov     v22.16b, v2.16b
        usdot   v22.4s, v0.16b, v1.16b
        mov     v23.16b, v2.16b
        usdot   v23.2s, v3.8b, v3.8b
        mov     v24.16b, v6.16b
        usdot   v24.4s, v4.16b, v5.16b
        mov     v25.16b, v2.16b
        usdot   v25.4s, v0.16b, v3.4b[0]
        mov     v26.16b, v2.16b
        usdot   v26.2s, v1.8b, v3.4b[3]
        mov     v27.16b, v2.16b
        sudot   v27.4s, v0.16b, v3.4b[1]
        mov     v28.16b, v2.16b
        sudot   v28.2s, v3.8b, v1.4b[2]
        mov     v29.16b, v4.16b
        sudot   v29.4s, v6.16b, v7.4b[3]
        mov     v30.16b, v5.16b
        smmla   v30.4s, v30.16b, v30.16b
        mov     v31.16b, v4.16b
        usdot   v31.4s, v31.16b, v31.4b[2]
        stp     q16, q17, [x28, #0]
        stp     q18, q19, [x28, #32]
        stp     q20, q21, [x28, #64]
        stp     q22, q23, [x28, #96]
        stp     q24, q25, [x28, #128]
        stp     q26, q27, [x28, #160]
        stp     q28, q29, [x28, #192]
        stp     q30, q31, [x28, #224]
        mov     x0, #0
        msr     nzcv, xzr
