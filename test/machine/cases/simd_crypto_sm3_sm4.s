// FEAT_SM3 and FEAT_SM4 results, and URECPE/URSQRTE on edge inputs (stored to the tagged region), including Rd = Rn = Rm.
// Expected values: qemu-aarch64 -cpu max (scripts/gen-machine-expectations.mjs). Each result register starts as a copy of an input.
// mode: none
        adr     x0, 1f
        b       2f
        .balign 16
1:
        .quad   0x27ae6b1ff4bdb52a, 0x1a23b247c9cf23f5
        .quad   0xb37bc348ee6e708c, 0x24919a8d2502f9ca
        .quad   0x54296609a57d26a5, 0x4ca564d74f811c2c
        .quad   0x065e28e21576139a, 0x9b73968414d2647f
        .quad   0xceb11b9097af9811, 0xf9b424d451a160e0
        .quad   0xfd6ac13ea4397a6a, 0x897b5a9b25c74c20
        .quad   0xe057829c89692083, 0x3a041f1fa2acd453
        .quad   0x7fffffff80000000, 0x3fffffffffffffff
        .quad   0x40000000c0ffee00, 0x00000001bfffffff
2:
        ldp     q0, q1, [x0, #0]
        ldp     q2, q3, [x0, #32]
        ldp     q4, q5, [x0, #64]
        ldp     q6, q7, [x0, #96]
        ldr     q8, [x0, #128]
        .arch_extension sm4
        mov     v16.16b, v0.16b
        sm3ss1  v16.4s, v1.4s, v2.4s, v3.4s
        mov     v17.16b, v0.16b
        sm3tt1a v17.4s, v1.4s, v2.s[0]
        mov     v18.16b, v3.16b
        sm3tt1b v18.4s, v4.4s, v5.s[3]
        mov     v19.16b, v4.16b
        sm3tt2a v19.4s, v5.4s, v6.s[1]
        mov     v20.16b, v5.16b
        sm3tt2b v20.4s, v6.4s, v1.s[2]
        mov     v21.16b, v6.16b
        sm3partw1 v21.4s, v0.4s, v2.4s
        mov     v22.16b, v1.16b
        sm3partw2 v22.4s, v3.4s, v4.4s
        mov     v23.16b, v2.16b
        sm4e    v23.4s, v5.4s
        mov     v24.16b, v3.16b
        sm4ekey v24.4s, v6.4s, v0.4s
        mov     v25.16b, v4.16b
        sm4e    v25.4s, v25.4s
        mov     v26.16b, v5.16b
        sm3partw1 v26.4s, v26.4s, v26.4s
        mov     v27.16b, v6.16b
        sm3tt1b v27.4s, v27.4s, v27.s[1]
        urecpe  v28.4s, v7.4s
        ursqrte v29.4s, v7.4s
        urecpe  v30.2s, v8.2s
        ursqrte v31.4s, v8.4s
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
