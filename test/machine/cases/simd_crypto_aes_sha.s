// FEAT_AES and FEAT_SHA1/SHA256 results (stored to the tagged region), FEAT_AES's FIPS-197 state bytes in v0/v1.
// Expected values: qemu-aarch64 -cpu max (scripts/gen-machine-expectations.mjs). Each result register starts as a copy of an input.
// mode: none
        adr     x0, 1f
        b       2f
        .balign 16
1:
        .quad   0x0706050403020100, 0x0f0e0d0c0b0a0908
        .quad   0x8899aabbccddeeff, 0x0011223344556677
        .quad   0x27ae6b1ff4bdb52a, 0x1a23b247c9cf23f5
        .quad   0xb37bc348ee6e708c, 0x24919a8d2502f9ca
        .quad   0x54296609a57d26a5, 0x4ca564d74f811c2c
        .quad   0x065e28e21576139a, 0x9b73968414d2647f
        .quad   0xceb11b9097af9811, 0xf9b424d451a160e0
        .quad   0xfd6ac13ea4397a6a, 0x897b5a9b25c74c20
2:
        ldp     q0, q1, [x0, #0]
        ldp     q2, q3, [x0, #32]
        ldp     q4, q5, [x0, #64]
        ldp     q6, q7, [x0, #96]
        .arch_extension crypto
        mov     v16.16b, v0.16b
        aese    v16.16b, v1.16b
        mov     v17.16b, v0.16b
        aesd    v17.16b, v1.16b
        mov     v18.16b, v0.16b
        aesmc   v18.16b, v2.16b
        mov     v19.16b, v0.16b
        aesimc  v19.16b, v3.16b
        mov     v20.16b, v2.16b
        sha1c   q20, s4, v5.4s
        mov     v21.16b, v3.16b
        sha1p   q21, s4, v5.4s
        mov     v22.16b, v2.16b
        sha1m   q22, s6, v7.4s
        mov     v23.16b, v0.16b
        sha1h   s23, s3
        mov     v24.16b, v6.16b
        sha1su0 v24.4s, v4.4s, v5.4s
        mov     v25.16b, v2.16b
        sha1su1 v25.4s, v7.4s
        mov     v26.16b, v6.16b
        sha256h q26, q4, v5.4s
        mov     v27.16b, v6.16b
        sha256h2 q27, q4, v5.4s
        mov     v28.16b, v7.16b
        sha256su0 v28.4s, v3.4s
        mov     v29.16b, v2.16b
        sha256su1 v29.4s, v4.4s, v5.4s
        mov     v30.16b, v5.16b
        aese    v30.16b, v30.16b
        mov     v31.16b, v4.16b
        sha256h q31, q31, v31.4s
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
