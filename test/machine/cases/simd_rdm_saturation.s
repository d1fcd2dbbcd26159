// FEAT_RDM SQRDMLAH/SQRDMLSH (vector, scalar, by element) on saturating and rounding edges; FPSR.QC after
// three of them (x2, x4, x9) and at the end (x1). Expected values: qemu-aarch64 -cpu max (scripts/gen-machine-expectations.mjs).
// mode: none
        adr     x0, 1f
        b       2f
        .balign 16
1:
        .quad   0x400080007fff8000, 0x80011234ffff0001
        .quad   0x40007fff7fff8000, 0x8000edccffff0001
        .quad   0xc00080007fff7fff, 0x7ffe010080000000
        .quad   0x7fffffff80000000, 0x0000000140000000
        .quad   0x7fffffff80000000, 0xffffffffc0000000
        .quad   0x800000007fffffff, 0x8000000112345678
        .quad   0x9f2e3ed4478ef375, 0xa60e07d44a8199f2
        .quad   0xa7840a6540732ecf, 0xa83ac7780ddc7528
2:
        ldp     q0, q1, [x0, #0]
        ldp     q2, q3, [x0, #32]
        ldp     q4, q5, [x0, #64]
        ldp     q6, q7, [x0, #96]
        msr     fpsr, xzr
        mov     v16.16b, v2.16b
        sqrdmlah v16.8h, v0.8h, v1.8h
        mrs     x2, fpsr
        msr     fpsr, xzr
        mov     v17.16b, v2.16b
        sqrdmlah v17.4h, v0.4h, v1.4h
        mov     v18.16b, v2.16b
        sqrdmlsh v18.8h, v0.8h, v1.8h
        mrs     x4, fpsr
        msr     fpsr, xzr
        mov     v19.16b, v5.16b
        sqrdmlah v19.4s, v3.4s, v4.4s
        mov     v20.16b, v5.16b
        sqrdmlsh v20.2s, v3.2s, v4.2s
        mov     v21.16b, v6.16b
        sqrdmlah v21.8h, v6.8h, v7.8h
        mov     v22.16b, v2.16b
        sqrdmlah h22, h0, h1
        mov     v23.16b, v5.16b
        sqrdmlsh s23, s3, s4
        mrs     x9, fpsr
        msr     fpsr, xzr
        mov     v24.16b, v2.16b
        sqrdmlah v24.8h, v0.8h, v1.h[7]
        mov     v25.16b, v2.16b
        sqrdmlsh v25.4h, v1.4h, v0.h[1]
        mov     v26.16b, v5.16b
        sqrdmlah v26.4s, v3.4s, v4.s[0]
        mov     v27.16b, v3.16b
        sqrdmlsh v27.2s, v4.2s, v5.s[3]
        mov     v28.16b, v2.16b
        sqrdmlah h28, h0, v1.h[2]
        mov     v29.16b, v4.16b
        sqrdmlsh s29, s3, v5.s[1]
        mov     v30.16b, v7.16b
        sqrdmlah v30.4s, v6.4s, v7.4s
        mov     v31.16b, v7.16b
        sqrdmlsh v31.8h, v7.8h, v6.h[5]
        stp     q16, q17, [x28, #0]
        stp     q18, q19, [x28, #32]
        stp     q20, q21, [x28, #64]
        stp     q22, q23, [x28, #96]
        stp     q24, q25, [x28, #128]
        stp     q26, q27, [x28, #160]
        stp     q28, q29, [x28, #192]
        stp     q30, q31, [x28, #224]
        mrs     x1, fpsr
        mov     x0, #0
        msr     nzcv, xzr
