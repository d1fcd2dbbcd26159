// BFDOT (vector, by element) and BFMMLA on infinities, NaNs, denormals (flushed), overflow and inexact sums (round
// to odd); FPCR rounding mode and FZ are ignored, FPSR unchanged (x1). Expected values: qemu-aarch64 -cpu max (scripts/gen-machine-expectations.mjs).
// mode: none
        adr     x0, 1f
        b       2f
        .balign 16
1:
        .quad   0x00007f8040003f80, 0xc0407f7f00017fc0
        .quad   0x7f8000003f803f80, 0x3f817f7f40003f80
        .quad   0x000000013f800000, 0x7f80000080000000
        .quad   0x34014b803b803f81, 0x0100808000800080
        .quad   0x3401cb803b803f81, 0x010000803f003f00
        .quad   0xcb8000004b800001, 0x3f80000100800000
        .quad   0xa252ff80d5c9a593, 0xee4121541818e847
        .quad   0x9e9178d2cb6bb088, 0x1b8bf967f3aaa15c
2:
        ldp     q0, q1, [x0, #0]
        ldp     q2, q3, [x0, #32]
        ldp     q4, q5, [x0, #64]
        ldp     q6, q7, [x0, #96]
        .arch_extension bf16
        mov     x1, #0x00c00000
        orr     x1, x1, #0x01000000
        msr     fpcr, x1    // RMode = round toward zero, FZ: BF16 dot products ignore FPCR
        msr     fpsr, xzr
        mov     v16.16b, v2.16b
        bfdot   v16.4s, v0.8h, v1.8h
        mov     v17.16b, v2.16b
        bfdot   v17.2s, v0.4h, v1.4h
        mov     v18.16b, v5.16b
        bfdot   v18.4s, v3.8h, v4.8h
        mov     v19.16b, v2.16b
        bfdot   v19.4s, v3.8h, v4.8h
        mov     v20.16b, v6.16b
        bfdot   v20.4s, v6.8h, v7.8h
        mov     v21.16b, v7.16b
        bfdot   v21.2s, v7.4h, v6.4h
        mov     v22.16b, v2.16b
        bfdot   v22.4s, v0.8h, v1.2h[0]
        mov     v23.16b, v5.16b
        bfdot   v23.4s, v3.8h, v4.2h[3]
        msr     fpcr, xzr
        mov     v24.16b, v6.16b
        bfdot   v24.2s, v6.4h, v7.2h[2]
        mov     v25.16b, v5.16b
        bfdot   v25.4s, v4.8h, v3.2h[1]
        mov     v26.16b, v2.16b
        bfmmla  v26.4s, v0.8h, v1.8h
        mov     v27.16b, v5.16b
        bfmmla  v27.4s, v3.8h, v4.8h
        mov     v28.16b, v7.16b
        bfmmla  v28.4s, v6.8h, v7.8h
        mov     v29.16b, v6.16b
        bfmmla  v29.4s, v29.8h, v29.8h
        mov     v30.16b, v7.16b
        bfdot   v30.4s, v30.8h, v30.8h
        mov     v31.16b, v5.16b
        bfmmla  v31.4s, v1.8h, v0.8h
        stp     q16, q17, [x28, #0]
        stp     q18, q19, [x28, #32]
        stp     q20, q21, [x28, #64]
        stp     q22, q23, [x28, #96]
        stp     q24, q25, [x28, #128]
        stp     q26, q27, [x28, #160]
        stp     q28, q29, [x28, #192]
        stp     q30, q31, [x28, #224]
        mrs     x1, fpsr
        mrs     x2, fpcr
        msr     fpcr, xzr
        mov     x0, #0
        msr     nzcv, xzr
