// Mistakes people make while writing by hand: each line is rejected by GNU as (messages recorded).
mov x0
mov x0, x1, x2
mov x0, #0x123456789
mov w0, x1
add x0, x1, #4097
add w0, w1, x2
sub sp, x0, #1, lsl #13
and x0, x1, #0x1234
orr w0, w1, #0x100000000
lsl x0, x1, #70
lsr w0, w1, x2
ubfx x0, x1, #8, #60
bfi w0, w1, #30, #4
cset x0, xx
csel x0, x1, x2
ccmp x0, #32, #0, eq
ccmp x0, #3, #16, eq
madd x0, x1, x2
udiv x0, x1, w2
cbz x0
tbz x0, #1
b.foo _start
b
bl x0
br _start
ret sp
svc #0x10000
brk
hint #-1
dmb foo
isb #16
msr foo, #1
msr daifset, #16
mrs x0
mrs x0, s3_8_c0_c0_0
sys #8, c7, c5, #0
sys #0, c16, c5, #0
irg x0
irg x0, x1, sp
addg x0, x1, #16
addg x0, x1, #16, #16
subg x0, x1, #-16, #1
gmi x0, x1, sp
subp x0, x1, w2
stg x0, [x1, #16]!, #16
stg w0, [x1]
st2g x0, [x1, x2]
stgp x0, [x1]
ldg x0, [x1], #16
ldgm x0, [x1, #16]
add x0, x1, #1 // ok line to anchor
add x0, x1, x2, lsl #64
add x0, x1, #foo
add x0, x1, #1, lsl #3
add x0, x1, x2, uxtb #5
add x0, sp, x2, lsl #5
adds sp, x1, #1
cmp x0
cmp x0, #1, #2
mov x0, #
movz x0, #1, lsl #15
movk x0, #0x10000
movn w0, #1, lsl #48
and w0, w1, #0
eor x0, x1
tst x0
neg x0
ngc x0, #1
mvn x0, #1
csinc x0, x1, x2, xx
cinc x0, x1, al
cneg x0
mul x0, x1, #2
smull x0, x1, x2
umulh w0, w1, w2
crc32b x0, w1, w2
rbit x0, w1
clz x0
extr x0, x1, x2, #64
ror w0, w1, #32
sxtb x0, x1
uxtb x0, w1
bfc x0, #64, #1
sbfiz w0, w1, #0, #33
adr x0
adrp w0, _start
tbz x0, #64, _start
tbnz w0, #32, _start
cbz sp, _start
b.eq
br sp
blr xzr
svc #-1
udf #65536
hint #0x80
bti cj
clrex #16
isb foo
msr tco, #5
mrs tco, x0
msr x0, tco
sys #0, c7, c5
sysl #0, c7, c5, #0, x0
dc zva
dc zva, w0
ic ivau
tlbi vmalle1, x0
irg sp, sp, sp
irg x0, x1, #1
gmi sp, x1, x2
addg x0, x1, #-16, #1
subp sp, x1, x2
cmpp x0, #1
stg x0, [x1, #-4112]
stg x0, [x1, x2]
stg x0, x1
stz2g x0, [x1, #17]!
stgp x0, x1, [x2], #17
ldg x0, [x1, #4096]
stzgm x0, [x1, #16]
