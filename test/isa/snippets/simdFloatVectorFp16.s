// march: armv8.5-a+memtag+rng+fp16
// Half-precision Advanced SIMD floating point (FEAT_FP16): GNU as assembles each line (scripts/gen-isa-expectations.mjs).
fmaxnm v0.8h, v1.8h, v31.8h
fmla v1.4h, v2.4h, v30.4h
fadd v2.8h, v3.8h, v29.8h
fmulx v3.4h, v4.4h, v28.4h
fcmeq v4.8h, v5.8h, v27.8h
fmax v5.4h, v6.4h, v26.4h
frecps v6.8h, v7.8h, v25.8h
fminnm v7.4h, v8.4h, v24.4h
fmls v8.8h, v9.8h, v23.8h
fsub v9.4h, v10.4h, v22.4h
fmin v10.8h, v11.8h, v21.8h
frsqrts v11.4h, v12.4h, v20.4h
fmaxnmp v12.8h, v13.8h, v19.8h
faddp v13.4h, v14.4h, v18.4h
fmul v14.8h, v15.8h, v17.8h
fcmge v15.4h, v16.4h, v16.4h
facge v16.8h, v17.8h, v15.8h
fmaxp v17.4h, v18.4h, v14.4h
fdiv v18.8h, v19.8h, v13.8h
fminnmp v19.4h, v20.4h, v12.4h
fabd v20.8h, v21.8h, v11.8h
fcmgt v21.4h, v22.4h, v10.4h
facgt v22.8h, v23.8h, v9.8h
fminp v23.4h, v24.4h, v8.4h
fmulx h0, h2, h3
fcmeq h1, h3, h4
frecps h2, h4, h5
frsqrts h3, h5, h6
fcmge h4, h6, h7
facge h5, h7, h8
fabd h6, h8, h9
fcmgt h7, h9, h10
facgt h8, h10, h11
frintn v0.8h, v5.8h
frintm v1.4h, v6.4h
fcvtns v2.8h, v7.8h
fcvtms v3.4h, v8.4h
fcvtas v4.8h, v9.8h
scvtf v5.4h, v10.4h
fabs v6.8h, v11.8h
frintp v7.4h, v12.4h
frintz v8.8h, v13.8h
fcvtps v9.4h, v14.4h
fcvtzs v10.8h, v15.8h
frecpe v11.4h, v16.4h
frinta v12.8h, v17.8h
frintx v13.4h, v18.4h
fcvtnu v14.8h, v19.8h
fcvtmu v15.4h, v20.4h
fcvtau v16.8h, v21.8h
ucvtf v17.4h, v22.4h
fneg v18.8h, v23.8h
frinti v19.4h, v24.4h
fcvtpu v20.8h, v25.8h
fcvtzu v21.4h, v26.4h
frsqrte v22.8h, v27.8h
fsqrt v23.4h, v28.4h
fcvtns h0, h7
fcvtms h1, h8
fcvtas h2, h9
scvtf h3, h10
fcvtps h4, h11
fcvtzs h5, h12
frecpe h6, h13
frecpx h7, h14
fcvtnu h8, h15
fcvtmu h9, h16
fcvtau h10, h17
ucvtf h11, h18
fcvtpu h12, h19
fcvtzu h13, h20
frsqrte h14, h21
fcmgt v0.8h, v1.8h, #0.0
fcmgt h0, h2, #0.0
fcmeq v1.8h, v2.8h, #0.0
fcmeq h1, h3, #0.0
fcmlt v2.8h, v3.8h, #0.0
fcmlt h2, h4, #0.0
fcmge v3.8h, v4.8h, #0.0
fcmge h3, h5, #0.0
fcmle v4.8h, v5.8h, #0.0
fcmle h4, h6, #0.0
fmla v0.8h, v1.8h, v15.h[7]
fmla v2.4h, v3.4h, v4.h[2]
fmla h5, h6, v7.h[5]
fmls v0.8h, v1.8h, v15.h[7]
fmls v2.4h, v3.4h, v4.h[2]
fmls h5, h6, v7.h[5]
fmul v0.8h, v1.8h, v15.h[7]
fmul v2.4h, v3.4h, v4.h[2]
fmul h5, h6, v7.h[5]
fmulx v0.8h, v1.8h, v15.h[7]
fmulx v2.4h, v3.4h, v4.h[2]
fmulx h5, h6, v7.h[5]
fmla v0.8h, v1.8h, v16.h[0]
fmla v0.8h, v1.8h, v1.h[8]
fmaxnmv h0, v1.4h
fmaxnmv h2, v3.8h
fminnmv h0, v1.4h
fminnmv h2, v3.8h
fmaxv h0, v1.4h
fmaxv h2, v3.8h
fminv h0, v1.4h
fminv h2, v3.8h
fmaxnmp h0, v1.2h
faddp h0, v1.2h
fmaxp h0, v1.2h
fminnmp h0, v1.2h
fminp h0, v1.2h
frint32z v0.8h, v1.8h
fcvtzs v0.8h, v1.8h, #16
fcvtzu v0.4h, v1.4h, #1
scvtf v0.8h, v1.8h, #5
ucvtf h0, h1, #16
fcvtzs h2, h3, #9
fcvtzs v0.8h, v1.8h, #17
fcvtzs v0.8h, v1.8h, #0
fcadd v0.4h, v1.4h, v2.4h, #90
fcadd v0.8h, v1.8h, v2.8h, #270
fcmla v0.8h, v1.8h, v2.8h, #180
fcmla v0.8h, v1.8h, v2.h[3], #90
fcmla v0.4h, v1.4h, v2.h[1], #0
fcmla v0.4h, v1.4h, v2.h[2], #0
fmla v0.8h, v1.8h, v2.8h[7]
fmlal v0.2s, v1.2h, v2.2h
fmlsl2 v0.4s, v1.4h, v2.h[7]
