// march: armv8-a
// The same extensions under plain Armv8-A: GNU as rejects each line (scripts/gen-isa-expectations.mjs).
sqrdmlah v0.4h, v1.4h, v2.4h
sqrdmlsh s0, s1, v2.s[1]
aese v0.16b, v1.16b
aesimc v0.16b, v1.16b
pmull v0.1q, v1.1d, v2.1d
sha1c q0, s1, v2.4s
sha1h s0, s1
sha256su1 v0.4s, v1.4s, v2.4s
sha512h q0, q1, v2.2d
sha512su0 v0.2d, v1.2d
eor3 v0.16b, v1.16b, v2.16b, v3.16b
bcax v0.16b, v1.16b, v2.16b, v3.16b
rax1 v0.2d, v1.2d, v2.2d
xar v0.2d, v1.2d, v2.2d, #3
bfdot v0.2s, v1.4h, v2.4h
bfdot v0.4s, v1.8h, v2.2h[1]
bfmmla v0.4s, v1.8h, v2.8h
smmla v0.4s, v1.16b, v2.16b
usdot v0.4s, v1.16b, v2.16b
sudot v0.2s, v1.8b, v2.4b[1]
