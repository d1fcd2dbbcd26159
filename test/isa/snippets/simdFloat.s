// Scalar and vector floating point (fp helper): GNU as assembles each line (scripts/gen-isa-expectations.mjs records the word or error).
fmov s0, s1
fmov d31, d30
fabs s2, s3
fneg d4, d5
fsqrt s6, s7
frintn d0, d1
frintp s0, s1
frintm d2, d3
frintz s4, s5
frinta d6, d7
frintx s8, s9
frinti d10, d11
frint32z s0, s1
frint32x d0, d1
frint64z s2, s3
frint64x d4, d5
fcvt d0, s1
fcvt s0, d1
fcvt h0, s1
fcvt h2, d3
fcvt s4, h5
fcvt d6, h7
fcvt s0, s1
fmul s0, s1, s2
fdiv d0, d1, d2
fadd s3, s4, s5
fsub d6, d7, d8
fmax s9, s10, s11
fmin d12, d13, d14
fmaxnm s15, s16, s17
fminnm d18, d19, d20
fnmul s21, s22, s23
fmadd s0, s1, s2, s3
fmsub d0, d1, d2, d3
fnmadd s4, s5, s6, s7
fnmsub d8, d9, d10, d11
fcmp s0, s1
fcmp d2, d3
fcmp s0, #0.0
fcmp d0, #0
fcmp s0, 0.0
fcmp s0, #1.0
fcmpe s4, s5
fcmpe d6, #0.0
fccmp s0, s1, #0, eq
fccmp d2, d3, #15, hs
fccmpe s4, s5, #8, lt
fccmpe d6, d7, #0xa, nv
fcsel s0, s1, s2, eq
fcsel d3, d4, d5, al
fmov s0, #1.0
fmov d0, #1.5
fmov d0, #-31.0
fmov s1, #0.125
fmov d2, #2
fmov s3, #1.0e0
fmov d4, #1.9375
fmov s5, 15.5
fmov s0, #0.0
fmov d0, #1.1
fmov d0, #32.0
fmov d0, #0x70
fcvtns w0, s1
fcvtns x0, d1
fcvtnu w2, d3
fcvtnu x2, s3
fcvtas w4, s5
fcvtau x6, d7
fcvtps w8, s9
fcvtpu x10, d11
fcvtms w12, d13
fcvtmu x14, s15
fcvtzs w16, s17
fcvtzu x18, d19
fcvtzs wzr, d0
scvtf s0, w1
scvtf d0, x1
ucvtf s2, x3
ucvtf d4, w5
scvtf s6, wzr
fcvtzs w0, s1, #1
fcvtzs w0, s1, #32
fcvtzs x0, d1, #64
fcvtzu w2, d3, #16
fcvtzu x4, s5, #7
scvtf s0, w1, #32
scvtf d0, x1, #64
ucvtf s2, x3, #33
ucvtf d4, w5, #1
fcvtzs w0, s1, #33
scvtf d0, x1, #0
fjcvtzs w0, d1
fjcvtzs w0, s1
fmov w0, s1
fmov s0, w1
fmov x2, d3
fmov d2, x3
fmov x0, v1.d[1]
fmov v0.d[1], x0
fmov V3.D[1], x4
fmov v0.d[0], x0
fmov x0, v0.d[0]
fmov w0, d0
fmov s0, x0
fmov s0, d1
fadd s0, s1, d2
fadd s0, s1
fmov h0, h1
fadd h0, h1, h2
fcvtzs w0, h1
fmov h0, w1
fcmp h0, #0.0
fmadd h0, h1, h2, h3
FADD S0, S1, S2
FMOV D0, #1.0
bfcvt h0, s1
