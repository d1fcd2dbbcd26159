// FEAT_SHA512 and FEAT_SHA3 results (stored to the tagged region), including Rd = Rn = Rm.
// Expected values: qemu-aarch64 -cpu max (scripts/gen-machine-expectations.mjs).
// mode: none
        adr     x0, 1f
        b       2f
        .balign 16
1:
        .quad   0xe057829c89692083, 0x3a041f1fa2acd453
        .quad   0xaa7956c802eaa72f, 0x67a0279b33375bc2
        .quad   0x204bbf246fa1a19c, 0x343c5f9c35d1bf4b
        .quad   0x6088819c3d10c058, 0x9815a65add4674b9
        .quad   0x9ce5a178a44eb618, 0x79910cd7cd3a315f
        .quad   0xfbad5b25a5e89027, 0x43f6bc7b7cd0064c
        .quad   0x20b5bf1d66b2f43c, 0xd10a688dfc945a70
        .quad   0xcc2bb516a34e49c0, 0xf9b2f089b8f8d5e1
2:
        ldp     q0, q1, [x0, #0]
        ldp     q2, q3, [x0, #32]
        ldp     q4, q5, [x0, #64]
        ldp     q6, q7, [x0, #96]
        .arch_extension sha3
        mov     v16.16b, v0.16b
        sha512h  q16, q1, v2.2d
        mov     v17.16b, v3.16b
        sha512h2 q17, q1, v2.2d
        mov     v18.16b, v5.16b
        sha512su0 v18.2d, v4.2d
        mov     v19.16b, v0.16b
        sha512su1 v19.2d, v6.2d, v7.2d
        mov     v20.16b, v0.16b
        rax1    v20.2d, v1.2d, v2.2d
        mov     v21.16b, v0.16b
        eor3    v21.16b, v1.16b, v2.16b, v3.16b
        mov     v22.16b, v0.16b
        bcax    v22.16b, v4.16b, v5.16b, v6.16b
        mov     v23.16b, v0.16b
        xar     v23.2d, v1.2d, v2.2d, #0
        mov     v24.16b, v0.16b
        xar     v24.2d, v1.2d, v2.2d, #1
        mov     v25.16b, v0.16b
        xar     v25.2d, v3.2d, v4.2d, #17
        mov     v26.16b, v0.16b
        xar     v26.2d, v5.2d, v6.2d, #63
        mov     v27.16b, v7.16b
        rax1    v27.2d, v27.2d, v27.2d
        mov     v28.16b, v6.16b
        sha512h  q28, q28, v28.2d
        mov     v29.16b, v5.16b
        sha512su1 v29.2d, v29.2d, v29.2d
        mov     v30.16b, v4.16b
        eor3    v30.16b, v30.16b, v1.16b, v30.16b
        mov     v31.16b, v3.16b
        bcax    v31.16b, v31.16b, v31.16b, v2.16b
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
