// Listing fixture (object file): relocated branches and literals name their targets after the relocation's
// symbol (`bl 0 <ext>`), sections whose first symbol is not at their start (`<d0-0x..>`).
.text
.globl f1
f0: nop
f1: nop
  bl f1
  bl ext
  b.eq f1
  adr x0, f1
  ldr x1, f1
  bl f0
.data
  .word 7
d0: .word 0
.globl d1
d1: .word 1
.text
  adr x2, d1
  ldr x3, d0
