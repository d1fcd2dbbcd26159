// SIMD&FP loads/stores: GNU as assembles each line (scripts/gen-isa-expectations.mjs records the word or error).
ldr b0, [x1]
ldr h1, [x2, #2]
ldr s2, [x3, #16380]
ldr d3, [sp, #32760]
ldr q4, [x5, #65520]
str b31, [x30, #4095]
str q0, [x1, #16]
ldr q0, [x1, #-16]
ldr d0, [x1, #3]
str s0, [x1, #-256]
ldr q0, [x1, #:lo12:data_sym]
ldr d7, [x1, :lo12:data_sym]
ldur q1, [x2, #-256]
stur h3, [sp, #255]
ldur b0, [x1]
ldr q0, [x1, #16]!
ldr b0, [x1, #-256]!
str d0, [sp], #-8
str q31, [x0], #255
ldr h0, [x1, x2]
ldr h0, [x1, x2, lsl #1]
ldr q0, [x1, x2, lsl #4]
str s0, [x1, w2, uxtw]
str s0, [x1, w2, sxtw #2]
ldr d0, [x1, x2, sxtx #3]
ldr b0, [x1, x2, lsl #0]
ldr b0, [x1, w2, sxtw #0]
ldr s0, data_sym
ldr q0, sym_local
ldp s0, s1, [x0]
ldp d0, d1, [x0, #-512]
ldp q0, q1, [x0, #1008]
stp q30, q31, [sp, #-1024]!
stp s0, s1, [x0], #252
ldp d0, d1, [x0, #8]!
ldnp q0, q1, [x0, #32]
stnp s2, s3, [sp, #-256]
ld1 {v0.16b}, [x0]
ld1 {v0.8b, v1.8b}, [x0], #16
ld1 {v0.4h-v2.4h}, [x0], x2
ld1 {v31.1d, v0.1d, v1.1d, v2.1d}, [sp], #32
st1 {v0.2d-v3.2d}, [x0], #64
st1 {v5.4s}, [x1], x9
ld2 {v0.8h, v1.8h}, [x0]
ld3 {v0.2s-v2.2s}, [x0], #24
ld4 {v28.16b-v31.16b}, [x0], #64
st2 {v30.2d, v31.2d}, [x0]
st3 {v1.4s, v2.4s, v3.4s}, [x0], x1
st4 {v0.8b-v3.8b}, [x0]
ld1 {v0.b}[15], [x0]
ld1 {v0.h}[7], [x0], #2
ld1 {v0.s}[3], [x0], x3
ld1 {v0.d}[1], [sp]
ld2 {v0.b, v1.b}[8], [x0], #2
ld3 {v30.s, v31.s, v0.s}[1], [x0], #12
ld4 {v0.d-v3.d}[1], [x0], #32
st1 {v3.h}[5], [x2]
st2 {v3.s, v4.s}[2], [x2], #8
st3 {v3.b-v5.b}[9], [x2], x7
st4 {v3.h, v4.h, v5.h, v6.h}[0], [x2], #8
ld1r {v0.8b}, [x0]
ld1r {v0.1d}, [x0], #8
ld2r {v0.4s, v1.4s}, [x0], #8
ld3r {v0.2d-v2.2d}, [x0], x5
ld4r {v0.8h-v3.8h}, [sp], #8
LDR Q0, [X1, #16]
ld1 {V0.16B, V1.16B}, [X0]
// Errors.
ldr q0, [x1, #65536]
ldr s0, [x1, #-257]
ldr q0, [x1, x2, lsl #3]
ldr h0, [x1, w2]
ldr q0, [x1], x2
ldp q0, q1, [x0, #8]
ldp s0, d1, [x0]
ldp q0, q1, [x0, #1024]
ldr b0, data_sym
ld1 {v0.16b}, [x0], #8
ld1 {v0.16b, v2.16b}, [x0]
ld2 {v0.1d, v1.1d}, [x0]
ld1 {v0.b}[16], [x0]
ld1 {v0.4s, v1.2s}, [x0]
ld1 {v0.16b}, [x0], xzr
ld1 {v0.16b}, [x0], sp
ld1 {v0.16b}, [x0, #16]
ld1r {v0.4s}, [x0], #8
ld3 {v0.s, v1.s}[1], [x0]
st1r {v0.4s}, [x0]
ldr q0, [x1, #16]!!
ld1 {v0.16b, v1.16b, v2.16b, v3.16b, v4.16b}, [x0]
ld3 {v0.4s, v1.4s}, [x0]
ld2 {v0.s, v1.d}[1], [x0]
ldr h0, sym_local
ldr b0, [x1, w2]
ldr b0, [x1, w2, uxtw #1]
ld1 {v0.16b}, [x0], w1
ld1 {v0.16b}, [x0], #0
ld4 {v0.b, v1.b, v2.b, v3.b}[16], [x0]
ld1 {v0.4s-v1.4s}, [x0]
