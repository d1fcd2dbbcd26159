// march: armv8.5-a+memtag+rng+fp16
// Half-precision scalar floating point (FEAT_FP16): GNU as assembles each line (scripts/gen-isa-expectations.mjs).
fmov h0, h1
fabs h2, h3
fneg h4, h5
fsqrt h6, h7
frintn h0, h1
frintp h0, h1
frintm h0, h1
frintz h0, h1
frinta h0, h1
frintx h0, h1
frinti h0, h1
fmul h0, h1, h2
fdiv h0, h1, h2
fadd h0, h1, h2
fsub h0, h1, h2
fmax h0, h1, h2
fmin h0, h1, h2
fmaxnm h0, h1, h2
fminnm h0, h1, h2
fnmul h0, h1, h2
fmadd h0, h1, h2, h3
fmsub h0, h1, h2, h3
fnmadd h0, h1, h2, h3
fnmsub h0, h1, h2, h3
fcmp h0, h1
fcmp h0, #0.0
fcmpe h0, h1
fcmpe h0, #0.0
fccmp h0, h1, #3, ne
fccmpe h0, h1, #3, ne
fcsel h0, h1, h2, gt
fmov h0, #1.0
fmov h1, #-0.25
fcvtns w0, h1
fcvtnu x0, h1
fcvtas w0, h1
fcvtau x0, h1
fcvtps w0, h1
fcvtpu x0, h1
fcvtms w0, h1
fcvtmu x0, h1
fcvtzs w0, h1
fcvtzu x0, h1
scvtf h0, w1
ucvtf h0, x1
fcvtzs w0, h1, #5
fcvtzu x0, h1, #64
scvtf h0, x1, #12
ucvtf h0, w1, #32
fmov w0, h1
fmov x0, h1
fmov h0, w1
fmov h0, x1
frint32z h0, h1
fcvt h0, h1
bfcvt h0, s1
