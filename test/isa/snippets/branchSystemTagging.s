// Branch, system and memory tagging snippets (see scripts/gen-isa-expectations.mjs).
b _start
b sym_local
b undefined_sym
b undefined_sym+8
bl undefined_sym
bl _start
b.eq _start
b.ne sym_local
b.hs _start
b.lo _start
b.ul _start
b.nlast _start
b.al _start
b.nv _start
b.eq undefined_sym
bc.eq _start
cbz x0, _start
cbnz w3, sym_local
cbz x1, undefined_sym
tbz x0, #3, _start
tbz w0, #3, _start
tbnz x5, #63, sym_local
tbz w1, #32, _start
tbz x1, #64, _start
tbnz x2, #1, undefined_sym
adr x0, _start
br x3
blr x4
ret
ret x5
ret lr
braa x0, x1
braaz x2
blraa x3, sp
blrabz x4
retaa
retab
svc #0
svc 0x80
hvc #1
brk #0x3e8
hlt #0xf000
udf #0
udf #65535
dcps1
dcps2 #5
nop
yield
wfe
wfi
sev
sevl
hint #6
hint #0x7f
hint #128
bti
bti c
bti j
bti jc
bti x
paciasp
autiasp
pacibsp
autibsp
paciaz
xpaclri
pacia1716
autib1716
esb
psb csync
tsb csync
csdb
clrex
clrex #5
dsb sy
dsb ish
dsb #12
dsb #0
ssbb
pssbb
dmb ishld
dmb oshst
dmb #0
isb
isb sy
isb #3
sb
msr tco, #1
msr tco, #0
msr daifset, #2
msr daifclr, #15
msr ssbs, #1
msr dit, #0
msr pan, #1
msr tco, #2
cfinv
mrs x0, tco
msr tco, x1
mrs x0, nzcv
msr nzcv, x1
mrs x0, fpcr
msr fpsr, x2
mrs x0, tpidr_el0
msr tpidr_el0, x3
mrs x0, tpidrro_el0
mrs x0, dczid_el0
mrs x0, ctr_el0
mrs x0, cntvct_el0
mrs x0, cntfrq_el0
mrs x0, midr_el1
mrs x0, mpidr_el1
mrs x0, revidr_el1
mrs x0, id_aa64pfr0_el1
mrs x0, id_aa64pfr1_el1
mrs x0, id_aa64isar0_el1
mrs x0, id_aa64isar1_el1
mrs x0, id_aa64mmfr0_el1
mrs x0, id_aa64dfr0_el1
mrs x0, gcr_el1
msr gcr_el1, x0
mrs x0, rgsr_el1
mrs x0, gmid_el1
mrs x0, s3_3_c15_c2_0
msr s3_0_c15_c0_0, x1
mrs x0, S3_3_C4_C2_7
mrs x0, rndr
mrs x0, no_such_reg
mrs w0, tco
sys #0, c7, c5, #0
sys #3, c7, c5, #1, x3
sysl x0, #0, c1, c2, #3
dc zva, x0
dc gva, x1
dc gzva, x2
dc cvau, x3
dc cvac, x4
dc civac, x5
dc cvap, x6
dc cvadp, x7
dc cgvac, x8
dc cgdvac, x9
dc cigvac, x10
dc ivac, x11
dc zva
dc foo, x0
ic ivau, x9
ic iallu
ic ialluis
tlbi vmalle1
tlbi vae1, x0
at s1e0r, x1
cfp rctx, x0
dvp rctx, x1
cpp rctx, x2
irg x0, sp
irg x0, x1, x2
irg x0, x1, xzr
irg w0, w1
gmi x0, x1, x2
gmi x0, sp, x2
addg x0, x1, #16, #3
subg sp, sp, #1008, #15
subp x0, x1, x2
subps x0, sp, x2
cmpp x0, x1
stg x0, [x1]
stg x0, [x1, #16]
stg x0, [x1, #-4096]
stg x0, [x1, #4080]
stg x0, [x1, #4096]
stg x0, [x1, #8]
stg sp, [sp, #32]!
stg x0, [x1], #-16
stg x0, [x1, #0]!
stzg x2, [x3, #48]
stzg x2, [x3, #48]!
stzg x2, [x3], #48
st2g x4, [x5]
st2g x4, [x5, #-32]!
st2g x4, [x5], #4080
stz2g x6, [sp, #64]
stz2g x6, [sp, #64]!
stz2g x6, [sp], #-4096
ldg x0, [x1]
ldg x0, [x1, #-16]
ldg x0, [sp, #4080]
ldg x0, [x1, #16]!
ldg sp, [x1]
stgp x0, x1, [x2]
stgp x0, x1, [x2, #16]
stgp x0, x1, [x2, #-1024]!
stgp x0, x1, [x2], #1008
stgp x0, x1, [x2, #1024]
stgp x0, x1, [x2, #8]
stgp xzr, xzr, [sp]
stgm x0, [x1]
stzgm x0, [x1]
ldgm x0, [x1]
stgm x0, [x1, #0]
mov x0, #0x10000
mov w0, #0x10000
bic x0, x1, #0xff
uxtw x0, w1
isb sy
tst x0, #-2
mov x1, #-0x10000
mov sp, #0x10
mov x0, xzr
cmp sp, #4
cmp x0, #1, lsl #12
cinc w0, w0, eq
movz x0, #:abs_g0_nc:undefined_sym
movk x0, #:abs_g3:undefined_sym
adrp x0, :pg_hi21:undefined_sym
adrp x0, :pg_hi21_nc:undefined_sym
add x0, x0, #:tprel_lo12_nc:undefined_sym
add x0, x0, #:tprel_hi12:undefined_sym, lsl #12
add x0, x1, :lo12:undefined_sym+16
bl sym_local
b.gt sym_local
cbz w0, sym_local
tbnz w3, #7, _start
adr x9, sym_local+4
b _start+8
