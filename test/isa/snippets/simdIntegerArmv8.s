// march: armv8-a
// Advanced SIMD integer lines under GNU as's default architecture: the base forms assemble, the dot products
// (FEAT_DotProd) and PMULL .1q (FEAT_PMULL) are rejected with GNU's feature message.
add v0.16b, v1.16b, v2.16b
sqrdmulh v0.4s, v1.4s, v2.s[3]
uaddlv d0, v1.4s
pmull v0.8h, v1.8b, v2.8b
sdot v0.2s, v1.8b, v2.8b
udot v0.4s, v1.16b, v2.4b[1]
pmull v0.1q, v1.1d, v2.1d
pmull2 v0.1q, v1.2d, v2.2d
