// SIMD copy, permute, table lookup and modified-immediate: GNU as assembles each line (scripts/gen-isa-expectations.mjs records the word or error).
dup v0.16b, v1.b[15]
dup v0.4h, v1.h[7]
dup v0.2s, v31.s[3]
dup v0.2d, v1.d[1]
dup b0, v1.b[3]
mov h0, v1.h[7]
mov s31, v1.s[0]
mov d2, v3.d[1]
dup v0.8b, w1
dup v0.8h, wzr
dup v0.4s, w30
dup v0.2d, x1
ins v0.b[15], w1
mov v0.h[7], w1
mov v0.s[3], wzr
mov v0.d[1], x2
ins v0.s[1], v1.s[2]
mov v0.b[0], v31.b[15]
mov v0.d[1], v1.d[0]
umov w0, v1.b[15]
umov w0, v1.h[7]
umov w0, v1.s[3]
mov w0, v1.s[3]
umov x0, v1.d[1]
mov x0, v1.d[0]
smov w0, v1.b[0]
smov w0, v1.h[7]
smov x0, v1.b[15]
smov x0, v1.s[3]
ext v0.8b, v1.8b, v2.8b, #7
ext v0.16b, v1.16b, v2.16b, #15
zip1 v0.16b, v1.16b, v2.16b
zip2 v0.4h, v1.4h, v2.4h
uzp1 v0.2s, v1.2s, v2.2s
uzp2 v0.2d, v1.2d, v2.2d
trn1 v0.8h, v1.8h, v2.8h
trn2 v0.4s, v1.4s, v2.4s
tbl v0.8b, {v1.16b}, v2.8b
tbl v0.16b, {v1.16b, v2.16b}, v3.16b
tbl v0.16b, {v30.16b, v31.16b, v0.16b}, v3.16b
tbx v0.8b, {v1.16b-v4.16b}, v5.8b
tbx v0.16b, {v1.16b}, v5.16b
movi v0.2s, #0xff
movi v0.4s, #0x12, lsl #24
movi v0.4h, #0x80, lsl #8
movi v0.8h, #0
movi v0.2s, #0x12, msl #16
movi v0.16b, 0xffffffffffffffee
movi v0.4h, 0xffffffffffffffee
orr v0.4s, #0xffffffffffffffee
bic v0.8h, #0xffffffffffffffee, lsl #8
mvni v0.4s, 0xffffffffffffffee, msl #8
movi v0.16b, 0xffffffffffffff00
movi v0.2d, #0xffffffffffffffee
movi v0.16b, #0xaa
movi v0.8b, #255
movi d0, #0xff00ff00ff00ff00
movi d31, #0
movi v0.2d, #0xffffffffffffffff
mvni v0.4s, #0x12, lsl #16
mvni v0.4h, #0x1
mvni v0.2s, #0x12, msl #8
orr v0.4s, #0x12, lsl #8
orr v0.8h, #0xff
bic v0.2s, #0x12, lsl #24
bic v0.4h, #0x1, lsl #8
fmov v0.2s, #1.0
fmov v0.4s, #-31.0
fmov v0.2d, #0.125
fmov v0.4h, #1.9375
fmov v0.8h, #-2.5
MOV V0.S[1], W1
DUP V0.4S, V1.S[0]
// Errors.
dup v0.2d, w1
dup v0.4s, x1
dup v0.1d, v1.d[0]
dup v0.4s, v1.h[0]
dup v0.4s, v1.s[4]
mov v0.s[1], x1
mov v0.s[1], v1.h[1]
umov w0, v1.d[0]
umov x0, v1.s[0]
smov w0, v1.s[0]
smov x0, v1.d[0]
mov w0, v1.b[0]
ext v0.8b, v1.8b, v2.8b, #8
ext v0.16b, v1.16b, v2.16b, #16
ext v0.16b, v1.8b, v2.16b, #1
zip1 v0.1d, v1.1d, v2.1d
zip1 v0.4s, v1.4s, v2.2s
tbl v0.8b, {v1.8b}, v2.8b
tbl v0.16b, {v1.16b-v5.16b}, v2.16b
movi v0.4s, #0x100
movi v0.4s, #0x12, lsl #4
movi v0.4h, #0x12, lsl #16
movi v0.2s, #0x12, msl #24
movi d0, #0x1234
movi v0.2d, #0x0f
movi v0.1d, #0
orr v0.16b, #0x12
bic v0.2d, #0x12
fmov v0.4s, #0.1
fmov v0.4s, #32.0
fmov v0.1d, #1.0
movi v0.4s, #0x1200
movi v0.4h, #0x1200
orr v0.4s, #0x120000
bic v0.8h, #0xff00
mvni v0.2s, #0x12000000
movi v0.4s, #0x12, lsl #0
movi v0.8b, #0x12, lsl #0
movi v0.4s, #-1
movi v0.8b, #-1
movi v0.4h, #-128
movi v0.4s, #-129
movi v0.2s, #0x12, msl #0
movi v0.16b, #0x100
fmov v0.4s, #0x70
fmov v0.4s, #1
fmov v0.2d, #-2
orr v0.4s, #0x12, lsl #4
bic v0.8h, #0x12, lsl #4
movi v0.8b, #0x12, lsl #8
orr v0.4s, #0x12, msl #8
movi v0.4s, #0x12, lsl #32
movi v0.4s, #0x12, asr #8
tbl v0.8b, {v1.16b, v2.8b}, v2.8b
dup v0.4s, v1.4s[1]
dup v0.4s, v1.2s[3]
dup v0.16b, v1.16b[1]
ins v0.4s[1], w1
mov v0.4s[1], v1.4s[2]
umov w0, v1.4s[1]
mov v0.2d[1], x1
mov x0, v1.2d[1]
dup v0.4s, v1.1s[1]
dup v0.4s, v1.8s[1]
