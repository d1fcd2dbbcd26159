// Advanced SIMD integer snippets (three same, two-register misc, across lanes, shift by immediate, three different,
// by element; vector and scalar): GNU as assembles each line (scripts/gen-isa-expectations.mjs records the word or
// the error). Spellings first, then rejected lines, then two samples of every form and alias of the table.
ADD V0.16B, V1.16B, V2.16B
add  v0.2d ,v1.2d , v2.2d
not v0.16b, v1.16b
not v3.8b, v4.8b
orr v0.16b, v1.16b, v1.16b
orr v5.8b, v6.8b, v6.8b
sshll v0.8h, v1.8b, #0
ushll2 v0.2d, v1.4s, #0
shl v0.4s, v1.4s, 3
shl v0.2d, v1.2d, #63
cmeq v0.4s, v1.4s, 0
cmeq d0, d1, #0
cmge v2.2d, v3.2d, #0
sshr d0, d1, #64
ushr v0.2d, v1.2d, #1+2
sri v0.16b, v1.16b, #8
sli v0.16b, v1.16b, #7
sqshlu b0, b1, #7
uqshl h0, h1, #15
sqrshrun2 v0.16b, v1.8h, #8
mul v0.8h, v1.8h, v15.h[7]
mla v0.4s, v1.4s, v31.s[3]
mls v0.4h, v1.4h, v2.h[0]
umull2 v0.4s, v1.8h, v15.h[5]
smlsl v0.2d, v1.2s, v20.s[2]
pmull v0.8h, v1.8b, v2.8b
pmull v0.1q, v1.1d, v2.1d
pmull2 v0.1q, v1.2d, v2.2d
addp d0, v1.2d
addp v0.2d, v1.2d, v2.2d
addv s0, v1.4s
saddlv d0, v1.4s
uaddlv h0, v1.8b
shll2 v0.4s, v1.8h, #16
shll v0.2d, v1.2s, #32
sqxtn b0, h1
sqxtun2 v0.4s, v1.2d
sqdmull s0, h1, v2.h[7]
sqdmlal d0, s1, s2
sqrdmulh h0, h1, v15.h[3]
rev64 v0.16b, v1.16b
rev32 v0.8h, v1.8h
rev16 v0.16b, v1.16b
cnt v0.8b, v1.8b
rbit v0.16b, v1.16b
uadalp v0.1d, v1.2s
saddlp v0.2d, v1.4s
usqadd d0, d1
suqadd b0, b1
sqneg s0, s1
abs d0, d1
neg v0.2d, v1.2d
bsl v0.16b, v1.16b, v2.16b
bif v0.8b, v1.8b, v2.8b
shl v0.4s, v1.4s, #32
sshr v0.4s, v1.4s, #33
mul v0.8h, v1.8h, v16.h[1]
mul v0.4s, v1.4s, v2.s[4]
add v0.1d, v1.1d, v2.1d
mul v0.2d, v1.2d, v2.2d
cmeq v0.4s, v1.4s, #1
shll v0.8h, v1.8b, #7
add v0.16b, v1.8h, v2.16b
sqdmulh v0.16b, v1.16b, v2.16b
addv s0, v1.2s
sxtl v0.2d, v1.4s
shrn v0.8b, v1.8h, #9
xtn v0.8b, v1.8b
add d0, d1, v2.2d
add s0, s1, s2
shadd v6.8b, v21.8b, v5.8b
shadd v15.8b, v4.8b, v17.8b
uhadd v30.4h, v26.4h, v21.4h
uhadd v14.16b, v31.16b, v1.16b
sqadd v9.4s, v11.4s, v0.4s
sqadd v21.16b, v25.16b, v11.16b
uqadd v0.4h, v14.4h, v31.4h
uqadd v31.4s, v5.4s, v10.4s
srhadd v21.8h, v16.8h, v30.8h
srhadd v21.4s, v18.4s, v15.4s
urhadd v10.4s, v14.4s, v8.4s
urhadd v4.16b, v4.16b, v1.16b
shsub v22.4s, v0.4s, v18.4s
shsub v3.8b, v13.8b, v30.8b
uhsub v16.16b, v28.16b, v12.16b
uhsub v19.16b, v28.16b, v1.16b
sqsub v10.2s, v22.2s, v1.2s
sqsub v27.4h, v19.4h, v7.4h
uqsub v18.4s, v11.4s, v5.4s
uqsub v4.2d, v16.2d, v30.2d
cmgt v6.8b, v25.8b, v2.8b
cmgt v23.2s, v14.2s, v28.2s
cmhi v2.16b, v15.16b, v31.16b
cmhi v8.4h, v4.4h, v22.4h
cmge v12.16b, v15.16b, v17.16b
cmge v0.16b, v31.16b, v3.16b
cmhs v13.2s, v27.2s, v12.2s
cmhs v17.4s, v12.4s, v2.4s
sshl v2.2s, v4.2s, v8.2s
sshl v12.8h, v16.8h, v28.8h
ushl v24.4s, v31.4s, v16.4s
ushl v27.8b, v23.8b, v25.8b
sqshl v16.4s, v17.4s, v14.4s
sqshl v21.8h, v20.8h, v25.8h
uqshl v18.8b, v1.8b, v9.8b
uqshl v31.8b, v12.8b, v13.8b
srshl v13.2s, v19.2s, v30.2s
srshl v29.8h, v17.8h, v31.8h
urshl v13.4h, v27.4h, v1.4h
urshl v7.8b, v29.8b, v0.8b
sqrshl v23.8h, v31.8h, v25.8h
sqrshl v20.4s, v18.4s, v0.4s
uqrshl v27.2s, v18.2s, v2.2s
uqrshl v15.4h, v12.4h, v29.4h
smax v10.8b, v17.8b, v27.8b
smax v30.4s, v27.4s, v8.4s
umax v10.4s, v31.4s, v26.4s
umax v6.4h, v20.4h, v30.4h
smin v1.8h, v25.8h, v2.8h
smin v25.16b, v12.16b, v6.16b
umin v19.4s, v22.4s, v16.4s
umin v29.4s, v27.4s, v6.4s
sabd v15.4h, v25.4h, v16.4h
sabd v15.8b, v18.8b, v17.8b
uabd v30.8h, v23.8h, v24.8h
uabd v8.8b, v5.8b, v9.8b
saba v23.4h, v9.4h, v19.4h
saba v21.4s, v22.4s, v30.4s
uaba v0.4s, v2.4s, v27.4s
uaba v15.4h, v22.4h, v7.4h
add v26.2s, v28.2s, v4.2s
add v9.8b, v2.8b, v2.8b
sub v28.2s, v17.2s, v27.2s
sub v30.4h, v0.4h, v10.4h
cmtst v0.4s, v3.4s, v28.4s
cmtst v21.16b, v14.16b, v22.16b
cmeq v25.2d, v12.2d, v31.2d
cmeq v6.4h, v24.4h, v1.4h
mla v18.8h, v13.8h, v13.8h
mla v30.16b, v6.16b, v29.16b
mls v28.4h, v14.4h, v14.4h
mls v1.8h, v9.8h, v4.8h
mul v10.8b, v20.8b, v26.8b
mul v14.16b, v17.16b, v24.16b
pmul v9.16b, v20.16b, v0.16b
pmul v16.16b, v31.16b, v23.16b
smaxp v19.4s, v8.4s, v5.4s
smaxp v19.8b, v15.8b, v8.8b
umaxp v20.4s, v5.4s, v5.4s
umaxp v2.2s, v29.2s, v9.2s
sminp v22.8b, v6.8b, v26.8b
sminp v5.8h, v29.8h, v19.8h
uminp v24.4s, v31.4s, v29.4s
uminp v26.4h, v14.4h, v26.4h
sqdmulh v15.8h, v28.8h, v4.8h
sqdmulh v6.8h, v14.8h, v28.8h
sqrdmulh v24.8h, v7.8h, v29.8h
sqrdmulh v23.8h, v5.8h, v15.8h
addp v26.4s, v27.4s, v9.4s
addp v11.4s, v20.4s, v2.4s
sqadd d25, d12, d11
sqadd b4, b19, b23
uqadd b23, b9, b7
uqadd h5, h8, h0
sqsub d29, d17, d30
sqsub s2, s22, s23
uqsub b26, b0, b22
uqsub h6, h4, h12
cmgt d19, d17, d18
cmgt d27, d16, d3
cmhi d15, d18, d25
cmhi d0, d10, d31
cmge d24, d17, d22
cmge d27, d5, d26
cmhs d18, d31, d31
cmhs d19, d25, d4
sshl d12, d5, d28
sshl d2, d13, d28
ushl d31, d13, d0
ushl d29, d14, d11
sqshl s0, s3, s1
sqshl s4, s2, s27
uqshl b15, b30, b11
uqshl s4, s29, s24
srshl d22, d21, d4
srshl d18, d17, d23
urshl d5, d4, d17
urshl d14, d2, d1
sqrshl s26, s7, s21
sqrshl b7, b27, b13
uqrshl s12, s19, s30
uqrshl d14, d0, d24
add d7, d29, d15
add d8, d21, d10
sub d11, d23, d25
sub d23, d10, d13
cmtst d20, d23, d25
cmtst d18, d8, d29
cmeq d0, d22, d21
cmeq d17, d24, d13
sqdmulh h4, h4, h2
sqdmulh h25, h27, h22
sqrdmulh s13, s4, s7
sqrdmulh h23, h6, h3
and v1.8b, v3.8b, v26.8b
and v9.8b, v12.8b, v29.8b
bic v24.16b, v9.16b, v2.16b
bic v16.16b, v14.16b, v0.16b
orr v16.8b, v12.8b, v23.8b
orr v19.16b, v10.16b, v15.16b
orn v10.8b, v17.8b, v25.8b
orn v27.8b, v15.8b, v1.8b
eor v29.8b, v28.8b, v3.8b
eor v7.16b, v8.16b, v28.16b
bsl v28.16b, v19.16b, v16.16b
bsl v11.16b, v0.16b, v4.16b
bit v7.16b, v24.16b, v24.16b
bit v21.16b, v14.16b, v9.16b
bif v7.8b, v15.8b, v19.8b
bif v22.16b, v24.16b, v5.16b
rev64 v25.4h, v10.4h
rev64 v22.8h, v17.8h
rev32 v21.16b, v2.16b
rev32 v28.16b, v0.16b
rev16 v17.16b, v6.16b
rev16 v8.16b, v29.16b
saddlp v18.2s, v15.4h
saddlp v7.4h, v28.8b
uaddlp v3.4s, v24.8h
uaddlp v7.4h, v20.8b
suqadd v1.4s, v12.4s
suqadd v4.2s, v14.2s
usqadd v12.8b, v19.8b
usqadd v23.8b, v19.8b
cls v13.8h, v22.8h
cls v9.16b, v12.16b
clz v0.8b, v1.8b
clz v19.4s, v16.4s
cnt v8.8b, v29.8b
cnt v29.16b, v27.16b
sadalp v25.4h, v11.8b
sadalp v11.1d, v7.2s
uadalp v28.2s, v11.4h
uadalp v21.4s, v0.8h
sqabs v12.2s, v5.2s
sqabs v27.4s, v1.4s
sqneg v14.4s, v10.4s
sqneg v6.4s, v9.4s
cmgt v30.16b, v8.16b, #0
cmgt v25.4s, v1.4s, #0
cmge v30.2s, v12.2s, #0
cmge v18.4h, v6.4h, #0
cmeq v30.16b, v12.16b, #0
cmeq v0.16b, v12.16b, #0
cmle v19.8b, v2.8b, #0
cmle v31.4s, v18.4s, #0
cmlt v11.4s, v20.4s, #0
cmlt v31.8b, v5.8b, #0
abs v20.4s, v16.4s
abs v23.16b, v1.16b
neg v9.2s, v17.2s
neg v17.4h, v15.4h
suqadd d28, d12
suqadd d24, d8
usqadd s19, s1
usqadd h2, h28
sqabs s5, s24
sqabs b18, b29
sqneg s0, s20
sqneg h6, h2
cmgt d28, d29, #0
cmgt d12, d12, #0
cmge d30, d5, #0
cmge d6, d31, #0
cmeq d23, d27, #0
cmeq d20, d12, #0
cmle d27, d2, #0
cmle d30, d0, #0
cmlt d6, d11, #0
cmlt d10, d3, #0
abs d3, d25
abs d20, d2
neg d21, d30
neg d12, d18
mvn v7.8b, v28.8b
mvn v18.8b, v24.8b
rbit v20.16b, v15.16b
rbit v16.8b, v29.8b
xtn v21.8b, v2.8h
xtn v20.8b, v0.8h
xtn2 v17.8h, v15.4s
xtn2 v29.8h, v25.4s
sqxtun v2.2s, v22.2d
sqxtun v15.8b, v10.8h
sqxtun2 v17.16b, v25.8h
sqxtun2 v18.8h, v3.4s
sqxtn v15.8b, v22.8h
sqxtn v5.2s, v11.2d
sqxtn2 v14.16b, v27.8h
sqxtn2 v21.4s, v9.2d
uqxtn v23.4h, v21.4s
uqxtn v20.2s, v9.2d
uqxtn2 v27.8h, v17.4s
uqxtn2 v21.8h, v21.4s
sqxtun b3, h22
sqxtun s15, d26
sqxtn h22, s16
sqxtn s4, d7
uqxtn b9, h21
uqxtn s11, d11
shll v7.8h, v12.8b, #8
shll v12.4s, v11.4h, #16
shll2 v23.4s, v5.8h, #16
shll2 v16.8h, v9.16b, #8
saddlv d21, v5.4s
saddlv h13, v12.8b
uaddlv h11, v28.16b
uaddlv h18, v3.8b
smaxv b10, v9.8b
smaxv b18, v0.16b
umaxv b21, v22.8b
umaxv b13, v9.16b
sminv b8, v27.16b
sminv s14, v24.4s
uminv h28, v15.8h
uminv b6, v0.16b
addv h20, v31.4h
addv b22, v3.8b
addp d0, v4.2d
addp d8, v23.2d
sshr v31.16b, v9.16b, #1
sshr v13.16b, v8.16b, #6
sshr v21.4h, v29.4h, #4
sshr v16.8h, v15.8h, #14
sshr v8.4s, v6.4s, #23
sshr v18.2s, v18.2s, #20
sshr v26.2d, v30.2d, #19
sshr v7.2d, v25.2d, #18
ushr v15.8b, v21.8b, #6
ushr v21.16b, v21.16b, #7
ushr v8.8h, v15.8h, #12
ushr v26.4h, v9.4h, #8
ushr v25.4s, v31.4s, #2
ushr v18.4s, v14.4s, #27
ushr v15.2d, v1.2d, #12
ushr v27.2d, v29.2d, #47
ssra v22.8b, v9.8b, #5
ssra v4.16b, v21.16b, #2
ssra v4.8h, v25.8h, #4
ssra v10.8h, v27.8h, #7
ssra v24.4s, v17.4s, #30
ssra v3.4s, v3.4s, #13
ssra v27.2d, v12.2d, #44
ssra v10.2d, v0.2d, #27
usra v2.16b, v29.16b, #1
usra v7.16b, v12.16b, #7
usra v5.8h, v0.8h, #1
usra v20.8h, v12.8h, #4
usra v22.2s, v23.2s, #29
usra v8.4s, v0.4s, #19
usra v5.2d, v9.2d, #51
usra v25.2d, v17.2d, #16
srshr v28.16b, v1.16b, #3
srshr v17.16b, v26.16b, #2
srshr v29.4h, v17.4h, #16
srshr v1.4h, v8.4h, #10
srshr v13.2s, v8.2s, #23
srshr v15.2s, v27.2s, #26
srshr v0.2d, v8.2d, #9
srshr v12.2d, v29.2d, #15
urshr v12.8b, v9.8b, #4
urshr v10.8b, v29.8b, #1
urshr v5.4h, v5.4h, #5
urshr v22.4h, v7.4h, #10
urshr v19.4s, v28.4s, #6
urshr v8.4s, v14.4s, #18
urshr v11.2d, v21.2d, #53
urshr v0.2d, v19.2d, #12
srsra v20.16b, v11.16b, #2
srsra v20.8b, v15.8b, #2
srsra v22.8h, v4.8h, #4
srsra v18.4h, v14.4h, #7
srsra v20.2s, v10.2s, #12
srsra v8.2s, v2.2s, #16
srsra v13.2d, v14.2d, #36
srsra v6.2d, v26.2d, #35
ursra v5.8b, v31.8b, #1
ursra v22.8b, v2.8b, #2
ursra v2.8h, v10.8h, #5
ursra v28.4h, v2.4h, #15
ursra v26.2s, v15.2s, #8
ursra v27.4s, v10.4s, #19
ursra v29.2d, v29.2d, #17
ursra v13.2d, v16.2d, #26
sri v14.16b, v23.16b, #8
sri v28.16b, v28.16b, #3
sri v6.4h, v21.4h, #11
sri v15.4h, v9.4h, #5
sri v21.2s, v17.2s, #7
sri v31.4s, v9.4s, #4
sri v8.2d, v16.2d, #15
sri v6.2d, v27.2d, #16
shl v30.16b, v0.16b, #1
shl v31.8b, v21.8b, #2
shl v18.4h, v17.4h, #5
shl v17.8h, v9.8h, #0
shl v24.4s, v13.4s, #18
shl v20.4s, v26.4s, #27
shl v28.2d, v5.2d, #34
shl v27.2d, v30.2d, #44
sli v6.8b, v14.8b, #7
sli v0.8b, v13.8b, #6
sli v1.4h, v19.4h, #5
sli v21.4h, v27.4h, #3
sli v4.2s, v6.2s, #14
sli v13.2s, v16.2s, #10
sli v27.2d, v17.2d, #21
sli v29.2d, v1.2d, #5
sqshlu v8.16b, v17.16b, #1
sqshlu v22.8b, v27.8b, #7
sqshlu v0.8h, v26.8h, #4
sqshlu v29.8h, v29.8h, #3
sqshlu v29.4s, v6.4s, #26
sqshlu v4.4s, v0.4s, #14
sqshlu v16.2d, v15.2d, #27
sqshlu v2.2d, v21.2d, #10
sqshl v20.8b, v27.8b, #6
sqshl v20.8b, v14.8b, #6
sqshl v22.4h, v14.4h, #4
sqshl v27.8h, v19.8h, #1
sqshl v2.4s, v20.4s, #2
sqshl v13.2s, v25.2s, #15
sqshl v0.2d, v5.2d, #63
sqshl v14.2d, v29.2d, #47
uqshl v13.8b, v29.8b, #5
uqshl v21.16b, v29.16b, #5
uqshl v22.8h, v29.8h, #6
uqshl v13.8h, v21.8h, #1
uqshl v27.2s, v6.2s, #1
uqshl v2.4s, v3.4s, #16
uqshl v0.2d, v12.2d, #19
uqshl v11.2d, v26.2d, #57
sshr d20, d18, #50
sshr d26, d9, #24
ushr d15, d16, #39
ushr d22, d23, #56
ssra d12, d10, #47
ssra d28, d13, #6
usra d11, d15, #4
usra d18, d15, #43
srshr d10, d9, #40
srshr d16, d9, #53
urshr d28, d29, #37
urshr d23, d20, #34
srsra d17, d8, #27
srsra d1, d13, #12
ursra d6, d29, #48
ursra d0, d8, #10
sri d29, d29, #50
sri d12, d29, #17
shl d27, d24, #31
shl d11, d10, #17
sli d3, d18, #24
sli d16, d5, #15
sqshlu b31, b5, #0
sqshlu b5, b16, #3
sqshlu h19, h6, #4
sqshlu h2, h5, #7
sqshlu s2, s9, #7
sqshlu s21, s13, #0
sqshlu d2, d12, #30
sqshlu d18, d10, #17
sqshl b28, b12, #5
sqshl b1, b23, #0
sqshl h9, h0, #3
sqshl h0, h3, #9
sqshl s25, s17, #22
sqshl s11, s1, #30
sqshl d29, d15, #32
sqshl d10, d25, #5
uqshl b10, b12, #4
uqshl b24, b1, #7
uqshl h24, h19, #1
uqshl h14, h31, #1
uqshl s25, s27, #18
uqshl s30, s10, #18
uqshl d26, d28, #12
uqshl d14, d22, #31
shrn v5.8b, v24.8h, #7
shrn v7.8b, v7.8h, #7
shrn2 v24.16b, v11.8h, #3
shrn2 v24.16b, v7.8h, #5
shrn v20.4h, v23.4s, #11
shrn v1.4h, v2.4s, #11
shrn2 v24.8h, v29.4s, #5
shrn2 v12.8h, v6.4s, #1
shrn v16.2s, v5.2d, #23
shrn v16.2s, v20.2d, #7
shrn2 v31.4s, v28.2d, #17
shrn2 v20.4s, v1.2d, #31
rshrn v24.8b, v4.8h, #8
rshrn v18.8b, v6.8h, #4
rshrn2 v24.16b, v9.8h, #3
rshrn2 v26.16b, v20.8h, #8
rshrn v14.4h, v20.4s, #16
rshrn v16.4h, v29.4s, #2
rshrn2 v24.8h, v12.4s, #6
rshrn2 v19.8h, v4.4s, #10
rshrn v3.2s, v26.2d, #1
rshrn v23.2s, v31.2d, #17
rshrn2 v23.4s, v9.2d, #5
rshrn2 v31.4s, v12.2d, #13
sqshrn v9.8b, v21.8h, #8
sqshrn v4.8b, v13.8h, #5
sqshrn2 v5.16b, v0.8h, #8
sqshrn2 v26.16b, v13.8h, #4
sqshrn v22.4h, v10.4s, #5
sqshrn v3.4h, v16.4s, #5
sqshrn2 v16.8h, v11.4s, #8
sqshrn2 v9.8h, v13.4s, #16
sqshrn v26.2s, v16.2d, #4
sqshrn v8.2s, v2.2d, #12
sqshrn2 v22.4s, v2.2d, #14
sqshrn2 v28.4s, v9.2d, #1
sqrshrn v12.8b, v17.8h, #6
sqrshrn v21.8b, v23.8h, #7
sqrshrn2 v12.16b, v8.8h, #6
sqrshrn2 v22.16b, v20.8h, #3
sqrshrn v23.4h, v17.4s, #6
sqrshrn v30.4h, v31.4s, #4
sqrshrn2 v26.8h, v31.4s, #11
sqrshrn2 v25.8h, v21.4s, #7
sqrshrn v18.2s, v17.2d, #29
sqrshrn v24.2s, v13.2d, #32
sqrshrn2 v19.4s, v29.2d, #20
sqrshrn2 v19.4s, v12.2d, #23
sqshrun v31.8b, v3.8h, #4
sqshrun v6.8b, v5.8h, #2
sqshrun2 v23.16b, v4.8h, #4
sqshrun2 v12.16b, v22.8h, #7
sqshrun v12.4h, v15.4s, #8
sqshrun v18.4h, v9.4s, #7
sqshrun2 v20.8h, v18.4s, #14
sqshrun2 v1.8h, v2.4s, #12
sqshrun v17.2s, v3.2d, #26
sqshrun v29.2s, v13.2d, #25
sqshrun2 v7.4s, v21.2d, #30
sqshrun2 v31.4s, v21.2d, #9
sqrshrun v4.8b, v15.8h, #8
sqrshrun v22.8b, v15.8h, #3
sqrshrun2 v15.16b, v1.8h, #6
sqrshrun2 v0.16b, v17.8h, #1
sqrshrun v31.4h, v26.4s, #16
sqrshrun v26.4h, v28.4s, #6
sqrshrun2 v6.8h, v30.4s, #2
sqrshrun2 v30.8h, v18.4s, #13
sqrshrun v23.2s, v14.2d, #20
sqrshrun v29.2s, v25.2d, #19
sqrshrun2 v22.4s, v27.2d, #7
sqrshrun2 v30.4s, v1.2d, #15
uqshrn v3.8b, v19.8h, #3
uqshrn v24.8b, v0.8h, #7
uqshrn2 v14.16b, v4.8h, #7
uqshrn2 v1.16b, v7.8h, #8
uqshrn v30.4h, v7.4s, #16
uqshrn v27.4h, v7.4s, #15
uqshrn2 v24.8h, v24.4s, #10
uqshrn2 v27.8h, v8.4s, #15
uqshrn v16.2s, v17.2d, #14
uqshrn v1.2s, v25.2d, #16
uqshrn2 v31.4s, v19.2d, #9
uqshrn2 v30.4s, v4.2d, #4
uqrshrn v22.8b, v2.8h, #1
uqrshrn v24.8b, v4.8h, #5
uqrshrn2 v1.16b, v10.8h, #6
uqrshrn2 v28.16b, v18.8h, #8
uqrshrn v13.4h, v6.4s, #1
uqrshrn v28.4h, v10.4s, #13
uqrshrn2 v14.8h, v28.4s, #4
uqrshrn2 v4.8h, v23.4s, #5
uqrshrn v21.2s, v5.2d, #22
uqrshrn v12.2s, v9.2d, #1
uqrshrn2 v16.4s, v19.2d, #16
uqrshrn2 v30.4s, v11.2d, #8
sqshrn b18, h25, #2
sqshrn b25, h11, #3
sqshrn h13, s15, #15
sqshrn h8, s21, #16
sqshrn s2, d13, #3
sqshrn s8, d28, #9
sqrshrn b27, h11, #3
sqrshrn b16, h28, #5
sqrshrn h24, s0, #15
sqrshrn h13, s6, #1
sqrshrn s5, d16, #17
sqrshrn s26, d30, #1
sqshrun b15, h11, #7
sqshrun b12, h21, #3
sqshrun h6, s10, #12
sqshrun h1, s8, #3
sqshrun s9, d31, #24
sqshrun s3, d6, #25
sqrshrun b4, h21, #8
sqrshrun b9, h3, #4
sqrshrun h7, s5, #2
sqrshrun h9, s4, #7
sqrshrun s31, d6, #32
sqrshrun s14, d10, #15
uqshrn b6, h22, #3
uqshrn b5, h19, #8
uqshrn h22, s18, #4
uqshrn h29, s0, #15
uqshrn s24, d19, #24
uqshrn s15, d21, #9
uqrshrn b22, h12, #5
uqrshrn b15, h7, #2
uqrshrn h17, s15, #9
uqrshrn h14, s30, #4
uqrshrn s4, d20, #1
uqrshrn s15, d12, #11
sshll v10.8h, v6.8b, #1
sshll v31.8h, v27.8b, #7
sshll2 v11.8h, v31.16b, #7
sshll2 v22.8h, v20.16b, #1
sshll v25.4s, v22.4h, #10
sshll v9.4s, v11.4h, #15
sshll2 v1.4s, v6.8h, #14
sshll2 v20.4s, v3.8h, #10
sshll v31.2d, v0.2s, #30
sshll v20.2d, v23.2s, #14
sshll2 v6.2d, v4.4s, #24
sshll2 v31.2d, v14.4s, #24
uxtl v4.8h, v4.8b
ushll v14.8h, v19.8b, #2
ushll2 v0.8h, v12.16b, #3
ushll2 v30.8h, v2.16b, #1
ushll v24.4s, v29.4h, #4
ushll v26.4s, v27.4h, #10
ushll2 v22.4s, v29.8h, #13
ushll2 v2.4s, v28.8h, #4
ushll v1.2d, v23.2s, #24
ushll v18.2d, v31.2s, #13
ushll2 v20.2d, v1.4s, #26
ushll2 v5.2d, v24.4s, #21
saddl v29.2d, v28.2s, v4.2s
saddl v19.8h, v14.8b, v26.8b
saddl2 v1.4s, v9.8h, v18.8h
saddl2 v28.4s, v10.8h, v16.8h
uaddl v6.2d, v24.2s, v29.2s
uaddl v7.2d, v29.2s, v11.2s
uaddl2 v9.4s, v2.8h, v30.8h
uaddl2 v21.4s, v24.8h, v2.8h
saddw v19.4s, v24.4s, v4.4h
saddw v17.4s, v3.4s, v3.4h
saddw2 v27.4s, v31.4s, v30.8h
saddw2 v30.4s, v30.4s, v25.8h
uaddw v31.8h, v26.8h, v16.8b
uaddw v30.8h, v15.8h, v26.8b
uaddw2 v2.4s, v7.4s, v29.8h
uaddw2 v15.4s, v15.4s, v1.8h
ssubl v19.8h, v31.8b, v29.8b
ssubl v15.4s, v6.4h, v21.4h
ssubl2 v30.4s, v16.8h, v2.8h
ssubl2 v4.4s, v4.8h, v2.8h
usubl v2.8h, v6.8b, v22.8b
usubl v13.4s, v28.4h, v21.4h
usubl2 v17.2d, v3.4s, v6.4s
usubl2 v16.8h, v19.16b, v3.16b
ssubw v23.2d, v19.2d, v29.2s
ssubw v8.4s, v4.4s, v17.4h
ssubw2 v11.4s, v15.4s, v17.8h
ssubw2 v1.2d, v11.2d, v8.4s
usubw v20.8h, v26.8h, v7.8b
usubw v17.2d, v9.2d, v23.2s
usubw2 v3.4s, v5.4s, v27.8h
usubw2 v7.4s, v16.4s, v8.8h
addhn v21.8b, v11.8h, v3.8h
addhn v30.4h, v21.4s, v31.4s
addhn2 v0.4s, v30.2d, v24.2d
addhn2 v29.8h, v4.4s, v17.4s
raddhn v4.2s, v25.2d, v23.2d
raddhn v7.4h, v15.4s, v31.4s
raddhn2 v13.8h, v8.4s, v13.4s
raddhn2 v25.16b, v9.8h, v11.8h
sabal v1.8h, v9.8b, v0.8b
sabal v10.8h, v14.8b, v3.8b
sabal2 v27.2d, v12.4s, v19.4s
sabal2 v2.4s, v15.8h, v2.8h
uabal v6.4s, v23.4h, v22.4h
uabal v9.2d, v19.2s, v25.2s
uabal2 v31.4s, v20.8h, v19.8h
uabal2 v22.4s, v11.8h, v21.8h
subhn v25.2s, v12.2d, v19.2d
subhn v19.4h, v19.4s, v10.4s
subhn2 v13.16b, v31.8h, v21.8h
subhn2 v28.8h, v21.4s, v10.4s
rsubhn v13.2s, v31.2d, v29.2d
rsubhn v23.2s, v6.2d, v12.2d
rsubhn2 v21.4s, v15.2d, v13.2d
rsubhn2 v25.4s, v26.2d, v30.2d
sabdl v22.4s, v12.4h, v23.4h
sabdl v0.2d, v13.2s, v20.2s
sabdl2 v27.8h, v23.16b, v21.16b
sabdl2 v27.8h, v5.16b, v7.16b
uabdl v17.2d, v27.2s, v11.2s
uabdl v16.8h, v13.8b, v28.8b
uabdl2 v20.2d, v16.4s, v19.4s
uabdl2 v1.4s, v1.8h, v26.8h
smlal v31.8h, v15.8b, v17.8b
smlal v19.8h, v1.8b, v3.8b
smlal2 v29.8h, v2.16b, v9.16b
smlal2 v5.8h, v4.16b, v3.16b
umlal v15.2d, v20.2s, v22.2s
umlal v4.2d, v4.2s, v31.2s
umlal2 v22.8h, v28.16b, v16.16b
umlal2 v0.8h, v20.16b, v14.16b
sqdmlal v25.2d, v19.2s, v21.2s
sqdmlal v14.4s, v13.4h, v20.4h
sqdmlal2 v22.4s, v26.8h, v5.8h
sqdmlal2 v1.4s, v7.8h, v30.8h
smlsl v28.2d, v31.2s, v15.2s
smlsl v11.4s, v27.4h, v10.4h
smlsl2 v13.2d, v1.4s, v22.4s
smlsl2 v27.8h, v1.16b, v7.16b
umlsl v7.8h, v11.8b, v15.8b
umlsl v1.2d, v30.2s, v10.2s
umlsl2 v15.2d, v22.4s, v19.4s
umlsl2 v16.4s, v16.8h, v21.8h
sqdmlsl v4.2d, v13.2s, v4.2s
sqdmlsl v12.4s, v29.4h, v28.4h
sqdmlsl2 v6.2d, v5.4s, v5.4s
sqdmlsl2 v20.2d, v7.4s, v15.4s
smull v14.8h, v22.8b, v17.8b
smull v21.8h, v26.8b, v9.8b
smull2 v9.4s, v31.8h, v13.8h
smull2 v16.4s, v1.8h, v13.8h
umull v13.2d, v23.2s, v3.2s
umull v25.4s, v23.4h, v6.4h
umull2 v17.8h, v19.16b, v9.16b
umull2 v27.8h, v5.16b, v6.16b
sqdmull v13.2d, v19.2s, v29.2s
sqdmull v10.4s, v24.4h, v10.4h
sqdmull2 v23.2d, v1.4s, v29.4s
sqdmull2 v3.2d, v10.4s, v31.4s
pmull v28.8h, v10.8b, v22.8b
pmull v14.8h, v1.8b, v20.8b
pmull2 v19.8h, v6.16b, v26.16b
pmull2 v18.8h, v22.16b, v19.16b
pmull v13.1q, v20.1d, v30.1d
pmull v27.1q, v24.1d, v17.1d
pmull2 v5.1q, v22.2d, v21.2d
pmull2 v26.1q, v26.2d, v7.2d
sqdmlal d27, s15, s3
sqdmlal d1, s4, s26
sqdmlsl s10, h9, h7
sqdmlsl s17, h30, h20
sqdmull d25, s10, s2
sqdmull d26, s1, s24
mul v9.4h, v18.4h, v1.h[5]
mul v25.4h, v12.4h, v14.h[2]
mla v14.8h, v2.8h, v14.h[5]
mla v15.4s, v4.4s, v7.s[2]
mls v21.4s, v2.4s, v26.s[0]
mls v1.8h, v24.8h, v1.h[7]
sqdmulh v13.8h, v14.8h, v14.h[7]
sqdmulh v23.4s, v21.4s, v2.s[3]
sqrdmulh v9.4h, v14.4h, v7.h[6]
sqrdmulh v26.2s, v21.2s, v20.s[2]
smlal v20.4s, v30.4h, v4.h[4]
smlal v20.2d, v7.2s, v13.s[3]
smlal2 v17.4s, v27.8h, v3.h[7]
smlal2 v14.2d, v1.4s, v10.s[1]
umlal v3.4s, v29.4h, v9.h[2]
umlal v14.2d, v30.2s, v5.s[3]
umlal2 v6.4s, v4.8h, v4.h[1]
umlal2 v7.4s, v16.8h, v11.h[5]
sqdmlal v1.2d, v6.2s, v29.s[2]
sqdmlal v23.2d, v4.2s, v24.s[3]
sqdmlal2 v16.4s, v20.8h, v13.h[1]
sqdmlal2 v11.4s, v23.8h, v1.h[4]
smlsl v2.2d, v15.2s, v16.s[1]
smlsl v6.2d, v28.2s, v27.s[3]
smlsl2 v28.4s, v11.8h, v8.h[6]
smlsl2 v15.4s, v17.8h, v8.h[2]
umlsl v13.4s, v0.4h, v8.h[3]
umlsl v28.2d, v2.2s, v10.s[1]
umlsl2 v20.2d, v26.4s, v19.s[1]
umlsl2 v29.2d, v5.4s, v29.s[0]
sqdmlsl v7.4s, v6.4h, v12.h[4]
sqdmlsl v4.4s, v11.4h, v12.h[4]
sqdmlsl2 v7.4s, v27.8h, v8.h[0]
sqdmlsl2 v14.4s, v0.8h, v8.h[6]
smull v7.2d, v12.2s, v10.s[3]
smull v2.4s, v8.4h, v3.h[6]
smull2 v17.2d, v17.4s, v17.s[1]
smull2 v23.4s, v9.8h, v12.h[7]
umull v28.2d, v28.2s, v25.s[0]
umull v24.2d, v28.2s, v30.s[2]
umull2 v30.4s, v31.8h, v2.h[0]
umull2 v28.4s, v25.8h, v13.h[2]
sqdmull v11.4s, v9.4h, v9.h[1]
sqdmull v16.4s, v6.4h, v3.h[3]
sqdmull2 v23.2d, v0.4s, v11.s[2]
sqdmull2 v26.2d, v19.4s, v21.s[2]
sqdmulh h13, h0, v13.h[0]
sqdmulh h2, h16, v9.h[6]
sqrdmulh h13, h1, v7.h[1]
sqrdmulh h7, h31, v10.h[3]
sqdmlal d6, s20, v5.s[3]
sqdmlal s11, h1, v14.h[7]
sqdmlsl d18, s0, v6.s[2]
sqdmlsl s9, h9, v14.h[5]
sqdmull s28, h6, v9.h[0]
sqdmull d19, s7, v16.s[2]
mov v12.8b, v5.8b
mov v30.16b, v3.16b
mvn v11.16b, v9.16b
mvn v2.16b, v21.16b
sxtl v26.8h, v27.8b
sxtl v3.8h, v26.8b
sxtl2 v3.8h, v13.16b
sxtl2 v24.8h, v3.16b
sxtl v22.4s, v7.4h
sxtl v22.4s, v29.4h
sxtl2 v31.4s, v15.8h
sxtl2 v31.4s, v20.8h
sxtl v13.2d, v0.2s
sxtl v2.2d, v7.2s
sxtl2 v17.2d, v14.4s
sxtl2 v27.2d, v27.4s
uxtl v15.8h, v16.8b
uxtl v3.8h, v9.8b
uxtl2 v8.8h, v25.16b
uxtl2 v5.8h, v17.16b
uxtl v10.4s, v24.4h
uxtl v16.4s, v6.4h
uxtl2 v19.4s, v7.8h
uxtl2 v5.4s, v5.8h
uxtl v21.2d, v27.2s
uxtl v4.2d, v5.2s
uxtl2 v27.2d, v22.4s
uxtl2 v5.2d, v7.4s
sdot v0.2s, v1.8b, v2.8b
udot v31.4s, v30.16b, v29.16b
sdot v0.2s, v1.8b, v2.4b[0]
udot v0.4s, v1.16b, v31.4b[2]
sdot v0.4s, v1.16b, v2.4b[4]
sdot v0.4s, v1.8h, v2.8h
