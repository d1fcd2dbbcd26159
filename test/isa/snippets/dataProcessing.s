// Data processing snippets: GNU as assembles each line (scripts/gen-isa-expectations.mjs records the word or error).
add x0, x1, #16
add w3, w4, #0xfff
add x0, sp, #1, lsl #12
add sp, sp, #16
add x0, x1, #4096
add x0, x1, #-1
sub x0, x1, #-8
adds x0, x1, #3
subs w0, w1, #4095
cmp x0, #5
cmp w0, #-1
cmn x1, #7
mov x0, sp
mov sp, x1
mov wsp, w2
add x0, x1, #:lo12:data_sym
add x0, x1, :lo12:data_sym+8
add x0, x1, #0x1000000
add x0, x1, #0x1001
add x0, w1, #1
add x0, x1
add x0, x1, #1,
and x0, x1, #0xff
and w0, w1, #0x80000001
orr x0, x1, #0x5555555555555555
eor x2, x3, #0xfffffffffffffffe
ands x0, x1, #0x3
tst w5, #0x10
and x0, x1, #0
and sp, x1, #0xf0
mov x0, #0x10
mov x0, #0
mov w0, #-1
mov x0, #-1
mov x0, #0xffff0000ffff0000
mov x0, #0x12340000
mov x0, #0x1234567
mov w0, #0xffff0000
mov x0, #-65537
mov w1, #0x5555
mov x9, #0xffffffffffff1234
movz x0, #0x10, lsl #32
movz w0, #1, lsl #32
movz x0, #0x10000
movn w1, #0xffff
movk x1, #0x1234, lsl #16
movk w1, #0x1234, lsl #48
movz x0, #:abs_g1:data_sym
movk x0, #:abs_g0_nc:data_sym
movz x0, #:abs_g2:undefined_sym
movz x0, #:abs_g0_s:data_sym
movn x0, #:abs_g1_s:data_sym
adr x0, _start
adr x1, sym_local
adr x2, undefined_sym
adrp x0, data_sym
adrp x0, :got:data_sym
adrp x3, sym_local
adrp x0, _start+0x1000
sbfm x0, x1, #3, #2
bfm w0, w1, #5, #4
ubfm x0, x1, #60, #59
asr x0, x1, #5
asr w0, w1, #31
lsl x0, x1, #3
lsl w0, w1, #31
lsl x0, x1, #0
lsr x0, x1, #63
lsr w0, w1, #0
ubfx x0, x1, #4, #8
ubfx x0, x1, #0, #8
sbfx x0, x1, #0, #8
sbfx w0, w1, #1, #31
sbfiz x0, x1, #4, #8
ubfiz w0, w1, #31, #1
bfi x0, x1, #8, #16
bfxil x0, x1, #8, #16
bfc x0, #8, #16
sxtb x0, w1
sxth w0, w1
sxtw x0, w1
uxtb w0, w1
uxth w0, w1
ubfx x0, x1, #60, #8
lsl x0, x1, #64
extr x0, x1, x2, #3
extr w0, w1, w2, #31
ror x0, x1, #7
ror w3, w3, #1
addg x0, x1, #16, #3
addg sp, sp, #1008, #15
subg x0, sp, #0, #0
addg x0, x1, #8, #1
addg x0, x1, #1024, #1
irg x0, sp
irg x0, x1, x2
irg sp, x1, xzr
gmi x0, x1, x2
gmi x0, sp, x2
subp x0, x1, x2
subp x0, sp, sp
subps x0, x1, x2
cmpp x0, x1
cmpp sp, x1
and x0, x1, x2
and x0, x1, x2, lsl #3
bic w0, w1, w2, ror #31
orr x0, xzr, x1
orr x0, xzr, x1, lsl #2
mov x0, x1
mov w0, wzr
orn x0, x1, x2, asr #4
mvn x0, x1
mvn w0, w1, lsr #3
eor x0, x1, x2
eon x0, x1, x2
ands x0, x1, x2
tst x1, x2, lsl #5
bics x0, x1, x2
add x0, x1, x2
add x0, x1, x2, lsl #3
add w0, w1, w2, asr #31
add x0, x1, x2, ror #3
sub x0, x1, x2, lsr #63
subs x0, x1, x2
cmp x0, x1
cmp w0, w1, lsl #2
cmn x0, x1
neg x0, x1
neg w0, w1, lsl #5
negs x0, x1
add x0, x1, w2, uxtw
add x0, x1, w2, sxtw #2
add x0, sp, x2
add x0, sp, x2, lsl #2
add x0, x1, x2, uxtx
add x0, x1, x2, sxtx #4
add w0, wsp, w2
add w0, w3, w2, uxtb #1
add sp, x1, w2, uxth
sub x0, sp, w3, sxth #3
adds x0, sp, x1
subs x0, x1, w2, uxtw #4
cmp sp, x1
cmp x1, w2, sxtw
cmn sp, w1, uxtw #2
add x0, x1, w2, uxtw #5
adc x0, x1, x2
adcs w0, w1, w2
sbc x0, x1, x2
sbcs x0, x1, x2
ngc x0, x1
ngcs w0, w1
rmif x0, #3, #4
setf8 w0
setf16 w1
ccmp x0, #3, #4, lo
ccmp w0, w1, #0, eq
ccmn x0, x1, #15, ne
ccmn x0, #31, #2, al
csel x0, x1, x2, cs
csel w0, w1, w2, nv
csinc x0, x1, x2, ge
csinv x0, x1, x2, lt
csneg x0, x1, x2, gt
cset w0, hs
cset x0, eq
csetm x0, ne
cinc x0, x1, mi
cinv x0, x1, pl
cneg x0, x1, vs
cneg x0, xzr, vc
cset x0, al
csel x0, x1, x2, hi
csel x0, x1, x2, ls
csel x0, x1, x2, le
udiv x0, x1, x2
sdiv w0, w1, w2
lslv x0, x1, x2
lsl x0, x1, x2
lsr w0, w1, w2
asr x0, x1, x2
ror x0, x1, x2
rorv x0, x1, x2
crc32b w0, w1, w2
crc32h w0, w1, w2
crc32w w0, w1, w2
crc32x w0, w1, x2
crc32cb w0, w1, w2
crc32ch w0, w1, w2
crc32cw w0, w1, w2
crc32cx w0, w1, x2
crc32x w0, w1, w2
pacga x0, x1, sp
rbit x0, x1
rev16 w0, w1
rev w0, w1
rev x0, x1
rev32 x0, x1
rev64 x0, x1
clz x0, x1
cls w0, w1
pacia x0, x1
pacia x0, sp
pacib x0, x1
pacda x0, x1
pacdb x0, x1
autia x0, x1
autib x0, x1
autda x0, x1
autdb x0, x1
paciza x0
pacizb x0
pacdza x0
pacdzb x0
autiza x0
autizb x0
autdza x0
autdzb x0
xpaci x0
xpacd x0
madd x0, x1, x2, x3
msub w0, w1, w2, w3
mul x0, x1, x2
mneg w0, w1, w2
smaddl x0, w1, w2, x3
smsubl x0, w1, w2, x3
smull x0, w1, w2
smnegl x0, w1, w2
umaddl x0, w1, w2, x3
umsubl x0, w1, w2, x3
umull x0, w1, w2
umnegl x0, w1, w2
smulh x0, x1, x2
umulh x0, x1, x2
foo x0
ADD X0, X1, #3
add x0, Sp, #1
mov x0, fp
mov lr, ip0
mov ip1, x0
add x0, x1, 12
add x0, x1, #(1<<4)+2
