// march: armv8-a
// On plain ARMv8.0-A, GNU as accepts the hint-space instructions (they are NOPs without their extension) and
// rejects the extensions' other instructions, system registers and PSTATE fields.
paciasp
autiasp
pacibsp
bti c
bti
xpaclri
pacia1716
esb
csdb
psb csync
ssbb
clearbhb
sb
cfinv
retaa
pacia x0, x1
irg x0, x1
stg x0, [x1]
addg x0, x1, #16, #1
cmpp x0, x1
msr tco, #1
msr ssbs, #1
msr daifset, #2
mrs x0, tco
msr tco, x0
mrs x0, rndr
mrs x0, tpidr_el0
dc gva, x0
dc zva, x0
dc civac, x0
crc32b w0, w1, w2
ldadd x0, x1, [x2]
rmif x0, #3, #4
