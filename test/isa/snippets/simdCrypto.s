// march: armv8.6-a+crypto+sha3
// FEAT_RDM, FEAT_AES, FEAT_SHA1/SHA256/SHA512/SHA3, the FEAT_BF16 dot products and FEAT_I8MM: GNU as assembles each line (or rejects it) (scripts/gen-isa-expectations.mjs).
sqrdmlah v0.4h, v1.4h, v2.4h
sqrdmlah v31.8h, v30.8h, v29.8h
sqrdmlah v3.2s, v4.2s, v5.2s
sqrdmlah v3.4s, v4.4s, v31.4s
sqrdmlsh v0.4h, v1.4h, v2.4h
sqrdmlsh v7.4s, v8.4s, v9.4s
sqrdmlah h0, h1, h2
sqrdmlah s31, s30, s29
sqrdmlsh h5, h6, h7
sqrdmlsh s8, s9, s10
sqrdmlah v0.4h, v1.4h, v15.h[7]
sqrdmlah v2.8h, v3.8h, v0.h[0]
sqrdmlah v4.2s, v5.2s, v31.s[3]
sqrdmlah v6.4s, v7.4s, v16.s[1]
sqrdmlsh v0.8h, v1.8h, v2.h[5]
sqrdmlsh v0.4s, v1.4s, v20.s[2]
sqrdmlah h0, h1, v15.h[3]
sqrdmlah s0, s1, v31.s[3]
sqrdmlsh h2, h3, v4.h[6]
sqrdmlsh s4, s5, v17.s[0]
sqrdmlah v0.8b, v1.8b, v2.8b
sqrdmlah v0.2d, v1.2d, v2.2d
sqrdmlah b0, b1, b2
sqrdmlah d0, d1, d2
sqrdmlah v0.4h, v1.4h, v16.h[0]
sqrdmlah v0.4h, v1.4h, v2.h[8]
sqrdmlah v0.4s, v1.4s, v2.s[4]
sqrdmlah v0.4s, v1.4h, v2.4h
aese v0.16b, v1.16b
aese v31.16b, v30.16b
aesd v2.16b, v3.16b
aesmc v4.16b, v5.16b
aesimc v31.16b, v0.16b
aese v0.8b, v1.8b
aesmc v0.4s, v1.4s
pmull v0.1q, v1.1d, v2.1d
pmull2 v31.1q, v30.2d, v29.2d
sha1c q0, s1, v2.4s
sha1c q31, s30, v29.4s
sha1p q3, s4, v5.4s
sha1m q6, s7, v8.4s
sha1su0 v9.4s, v10.4s, v11.4s
sha256h q12, q13, v14.4s
sha256h2 q15, q16, v17.4s
sha256su1 v18.4s, v19.4s, v20.4s
sha1h s21, s22
sha1su1 v23.4s, v24.4s
sha256su0 v25.4s, v26.4s
sha1c q0, q1, v2.4s
sha256h q0, s1, v2.4s
sha1h d0, d1
sha256su0 v0.2d, v1.2d
sha512h q0, q1, v2.2d
sha512h q31, q30, v29.2d
sha512h2 q3, q4, v5.2d
sha512su0 v6.2d, v7.2d
sha512su1 v8.2d, v9.2d, v10.2d
rax1 v11.2d, v12.2d, v13.2d
eor3 v14.16b, v15.16b, v16.16b, v17.16b
eor3 v31.16b, v0.16b, v31.16b, v0.16b
bcax v18.16b, v19.16b, v20.16b, v21.16b
xar v22.2d, v23.2d, v24.2d, #0
xar v25.2d, v26.2d, v27.2d, #63
xar v0.2d, v1.2d, v2.2d, #17
xar v0.2d, v1.2d, v2.2d, #64
xar v0.2d, v1.2d, v2.2d, #-1
eor3 v0.8b, v1.8b, v2.8b, v3.8b
rax1 v0.4s, v1.4s, v2.4s
sha512h q0, q1, v2.4s
bfdot v0.2s, v1.4h, v2.4h
bfdot v31.4s, v30.8h, v29.8h
bfdot v0.2s, v1.4h, v2.2h[0]
bfdot v3.4s, v4.8h, v31.2h[3]
bfdot v5.4s, v6.8h, v16.2h[2]
bfdot v7.2s, v8.4h, v15.2h[1]
bfmmla v0.4s, v1.8h, v2.8h
bfmmla v31.4s, v30.8h, v29.8h
bfdot v0.4s, v1.8h, v2.h[3]
bfdot v0.4s, v1.8h, v2.2h[4]
bfdot v0.4s, v1.4h, v2.4h
bfmmla v0.2s, v1.4h, v2.4h
smmla v0.4s, v1.16b, v2.16b
ummla v31.4s, v30.16b, v29.16b
usmmla v3.4s, v4.16b, v5.16b
usdot v0.2s, v1.8b, v2.8b
usdot v31.4s, v30.16b, v29.16b
usdot v0.2s, v1.8b, v2.4b[0]
usdot v3.4s, v4.16b, v31.4b[3]
sudot v5.2s, v6.8b, v16.4b[2]
sudot v7.4s, v8.16b, v15.4b[1]
smmla v0.2s, v1.8b, v2.8b
usdot v0.4s, v1.16b, v2.4b[4]
sudot v0.4s, v1.16b, v2.b[1]
sudot v0.4s, v1.16b, v2.16b
