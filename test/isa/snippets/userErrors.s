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
