// Advanced SIMD floating point (fp helper): GNU as assembles each line (scripts/gen-isa-expectations.mjs records the word or error).
fmaxnm v0.2s, v1.2s, v31.2s
fmla v1.4s, v2.4s, v30.4s
fadd v2.2d, v3.2d, v29.2d
fmulx v3.2s, v4.2s, v28.2s
fcmeq v4.4s, v5.4s, v27.4s
fmax v5.2d, v6.2d, v26.2d
frecps v6.2s, v7.2s, v25.2s
fminnm v7.4s, v8.4s, v24.4s
fmls v8.2d, v9.2d, v23.2d
fsub v9.2s, v10.2s, v22.2s
fmin v10.4s, v11.4s, v21.4s
frsqrts v11.2d, v12.2d, v20.2d
fmaxnmp v12.2s, v13.2s, v19.2s
faddp v13.4s, v14.4s, v18.4s
fmul v14.2d, v15.2d, v17.2d
fcmge v15.2s, v16.2s, v16.2s
facge v16.4s, v17.4s, v15.4s
fmaxp v17.2d, v18.2d, v14.2d
fdiv v18.2s, v19.2s, v13.2s
fminnmp v19.4s, v20.4s, v12.4s
fabd v20.2d, v21.2d, v11.2d
fcmgt v21.2s, v22.2s, v10.2s
facgt v22.4s, v23.4s, v9.4s
fminp v23.2d, v24.2d, v8.2d
fadd v0.1d, v1.1d, v2.1d
fadd v0.4s, v1.4s, v2.2s
fadd v0.8b, v1.8b, v2.8b
fmulx d0, d2, d3
fcmeq s1, s3, s4
frecps d2, d4, d5
frsqrts s3, s5, s6
fcmge d4, d6, d7
facge s5, s7, s8
fabd d6, d8, d9
fcmgt s7, s9, s10
facgt d8, d10, d11
frintn v0.4s, v5.4s
frintm v1.2d, v6.2d
fcvtns v2.2s, v7.2s
fcvtms v3.4s, v8.4s
fcvtas v4.2d, v9.2d
scvtf v5.2s, v10.2s
fabs v6.4s, v11.4s
frintp v7.2d, v12.2d
frintz v8.2s, v13.2s
fcvtps v9.4s, v14.4s
fcvtzs v10.2d, v15.2d
frecpe v11.2s, v16.2s
frinta v12.4s, v17.4s
frintx v13.2d, v18.2d
fcvtnu v14.2s, v19.2s
fcvtmu v15.4s, v20.4s
fcvtau v16.2d, v21.2d
ucvtf v17.2s, v22.2s
fneg v18.4s, v23.4s
frinti v19.2d, v24.2d
fcvtpu v20.2s, v25.2s
fcvtzu v21.4s, v26.4s
frsqrte v22.2d, v27.2d
fsqrt v23.2s, v28.2s
frint32z v1.4s, v2.4s
frint32z v3.2d, v4.2d
frint32x v1.4s, v2.4s
frint32x v3.2d, v4.2d
frint64z v1.4s, v2.4s
frint64z v3.2d, v4.2d
frint64x v1.4s, v2.4s
frint64x v3.2d, v4.2d
fcvtns d0, d7
fcvtms s1, s8
fcvtas d2, d9
scvtf s3, s10
fcvtps d4, d11
fcvtzs s5, s12
frecpe d6, d13
frecpx s7, s14
fcvtnu d8, d15
fcvtmu s9, s16
fcvtau d10, d17
ucvtf s11, s18
fcvtpu d12, d19
fcvtzu s13, s20
frsqrte d14, d21
fcmgt v0.2s, v1.2s, #0.0
fcmgt d0, d2, #0
fcmgt s0, s2, #0.0
fcmeq v1.4s, v2.4s, #0.0
fcmeq d1, d3, #0
fcmeq s1, s3, #0.0
fcmlt v2.2d, v3.2d, #0.0
fcmlt d2, d4, #0
fcmlt s2, s4, #0.0
fcmge v3.2s, v4.2s, #0.0
fcmge d3, d5, #0
fcmge s3, s5, #0.0
fcmle v4.4s, v5.4s, #0.0
fcmle d4, d6, #0
fcmle s4, s6, #0.0
fcmeq v0.4s, v1.4s, #1.0
fcvtn v0.4h, v1.4s
fcvtn v2.2s, v3.2d
fcvtn2 v0.8h, v1.4s
fcvtn2 v2.4s, v3.2d
fcvtl v0.4s, v1.4h
fcvtl v2.2d, v3.2s
fcvtl2 v0.4s, v1.8h
fcvtl2 v2.2d, v3.4s
fcvtxn v0.2s, v1.2d
fcvtxn2 v0.4s, v1.2d
fcvtxn s0, d1
fcvtxn h0, s1
fcvtn v0.8h, v1.4s
fcvtl v0.2d, v1.4s
fmla v0.4s, v1.4s, v2.s[3]
fmla v3.2s, v4.2s, v31.s[0]
fmla v5.2d, v6.2d, v17.d[1]
fmla s7, s8, v9.s[2]
fmla d10, d11, v30.d[0]
fmls v0.4s, v1.4s, v2.s[3]
fmls v3.2s, v4.2s, v31.s[0]
fmls v5.2d, v6.2d, v17.d[1]
fmls s7, s8, v9.s[2]
fmls d10, d11, v30.d[0]
fmul v0.4s, v1.4s, v2.s[3]
fmul v3.2s, v4.2s, v31.s[0]
fmul v5.2d, v6.2d, v17.d[1]
fmul s7, s8, v9.s[2]
fmul d10, d11, v30.d[0]
fmulx v0.4s, v1.4s, v2.s[3]
fmulx v3.2s, v4.2s, v31.s[0]
fmulx v5.2d, v6.2d, v17.d[1]
fmulx s7, s8, v9.s[2]
fmulx d10, d11, v30.d[0]
fmla v0.4s, v1.4s, v2.s[4]
fmla v0.2d, v1.2d, v2.d[2]
fmla v0.2d, v1.2d, v2.s[1]
fmla v0.1d, v1.1d, v2.d[1]
fmul s0, s1, v2.d[0]
fmaxnmv s0, v1.4s
fmaxnmv s2, v3.2s
fmaxnmv d0, v1.2d
fminnmv s0, v1.4s
fminnmv s2, v3.2s
fminnmv d0, v1.2d
fmaxv s0, v1.4s
fmaxv s2, v3.2s
fmaxv d0, v1.2d
fminv s0, v1.4s
fminv s2, v3.2s
fminv d0, v1.2d
fmaxnmp s0, v1.2s
fmaxnmp d2, v3.2d
fmaxnmp s0, v1.4s
faddp s0, v1.2s
faddp d2, v3.2d
faddp s0, v1.4s
fmaxp s0, v1.2s
fmaxp d2, v3.2d
fmaxp s0, v1.4s
fminnmp s0, v1.2s
fminnmp d2, v3.2d
fminnmp s0, v1.4s
fminp s0, v1.2s
fminp d2, v3.2d
fminp s0, v1.4s
FADD V0.4S, V1.4S, V2.4S
fmla v0.4s, v1.4s, v2.s[ 1 ]
fcvtzs v0.4s, v1.4s, #3
fcvtzs v0.2s, v1.2s, #32
fcvtzu v0.2d, v1.2d, #64
scvtf v0.2d, v1.2d, #1
ucvtf v2.4s, v3.4s, #17
fcvtzs s0, s1, #1
fcvtzu d0, d1, #64
scvtf s2, s3, #32
ucvtf d4, d5, #7
fcvtzs v0.4s, v1.4s, #33
fcvtzs v0.4s, v1.4s, #0
scvtf d0, d1, #65
fcvtzs v0.1d, v1.1d, #3
fcadd v0.4s, v1.4s, v2.4s, #90
fcadd v0.2d, v1.2d, v2.2d, #270
fcadd v0.2s, v1.2s, v2.2s, #180
fcmla v0.4s, v1.4s, v2.4s, #0
fcmla v0.2d, v1.2d, v2.2d, #90
fcmla v0.2s, v1.2s, v2.2s, #180
fcmla v0.4s, v1.4s, v2.4s, #45
fcmla v0.4s, v1.4s, v2.s[1], #270
fcmla v0.4s, v1.4s, v31.s[0], #90
fcmla v0.4s, v1.4s, v2.s[2], #0
fcadd v0.1d, v1.1d, v2.1d, #90
bfcvtn v0.4h, v1.4s
bfcvtn2 v0.8h, v1.4s
fmla v0.4s, v1.4s, v2.4s[1]
fmla v0.2d, v1.2d, v2.2d[1]
fmla s0, s1, v2.4s[3]
fmla v0.4s, v1.4s, v2.2s[1]
fcmla v0.4s, v1.4s, v2.4s[1], #90
bfmlalb v0.4s, v1.8h, v2.8h
bfmlalt v0.4s, v1.8h, v2.h[2]
