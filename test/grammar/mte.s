// SYNTAX TEST "source.aarch64-asm" "every MTE instruction gets the MTE mnemonic scope"
        .arch armv8.5-a+memtag
        irg     x0, sp
//      ^^^ keyword.mnemonic.mte.aarch64-asm
//              ^^ variable.other.register.general.x.aarch64-asm
        irg     x0, x1, x2
//      ^^^ keyword.mnemonic.mte.aarch64-asm
        gmi     x3, x0, x3
//      ^^^ keyword.mnemonic.mte.aarch64-asm
        addg    x0, x1, #16, #1
//      ^^^^ keyword.mnemonic.mte.aarch64-asm
//                       ^^ constant.numeric.decimal.aarch64-asm
        subg    sp, x1, #32, #15
//      ^^^^ keyword.mnemonic.mte.aarch64-asm
        subp    x0, x1, x2
//      ^^^^ keyword.mnemonic.mte.aarch64-asm
        subps   x0, x1, x2
//      ^^^^^ keyword.mnemonic.mte.aarch64-asm
        cmpp    x1, x2
//      ^^^^ keyword.mnemonic.mte.aarch64-asm
        ldg     x0, [x1]
//      ^^^ keyword.mnemonic.mte.aarch64-asm
        ldg     x0, [x1, #16]
//      ^^^ keyword.mnemonic.mte.aarch64-asm
        stg     x0, [x1]
//      ^^^ keyword.mnemonic.mte.aarch64-asm
        stg     x0, [x1, #16]!
//      ^^^ keyword.mnemonic.mte.aarch64-asm
        stg     x0, [x1], #16
//      ^^^ keyword.mnemonic.mte.aarch64-asm
        stzg    x0, [x1, #-16]
//      ^^^^ keyword.mnemonic.mte.aarch64-asm
        st2g    sp, [x1]
//      ^^^^ keyword.mnemonic.mte.aarch64-asm
        stz2g   x0, [sp, #32]!
//      ^^^^^ keyword.mnemonic.mte.aarch64-asm
        stgp    x2, x3, [x1, #64]
//      ^^^^ keyword.mnemonic.mte.aarch64-asm
        ldgm    x0, [x1]
//      ^^^^ keyword.mnemonic.mte.aarch64-asm
        stgm    x0, [x1]
//      ^^^^ keyword.mnemonic.mte.aarch64-asm
        stzgm   x0, [x1]
//      ^^^^^ keyword.mnemonic.mte.aarch64-asm
        IRG     X0, SP
//      ^^^ keyword.mnemonic.mte.aarch64-asm
//              ^^ variable.other.register.general.x.aarch64-asm
tagged: stg     x0, [x0], #16
// <------ entity.name.label.aarch64-asm
//      ^^^ keyword.mnemonic.mte.aarch64-asm
        dc      gva, x0
//      ^^ keyword.mnemonic.system.aarch64-asm
//              ^^^ support.constant.operation.mte.aarch64-asm
        dc      gzva, x0
//              ^^^^ support.constant.operation.mte.aarch64-asm
        dc      cgvac, x0
//              ^^^^^ support.constant.operation.mte.aarch64-asm
        dc      cgdvac, x0
//              ^^^^^^ support.constant.operation.mte.aarch64-asm
        dc      cgvap, x0
//              ^^^^^ support.constant.operation.mte.aarch64-asm
        dc      cgdvap, x0
//              ^^^^^^ support.constant.operation.mte.aarch64-asm
        dc      cgvadp, x0
//              ^^^^^^ support.constant.operation.mte.aarch64-asm
        dc      cgdvadp, x0
//              ^^^^^^^ support.constant.operation.mte.aarch64-asm
        dc      igvac, x0
//              ^^^^^ support.constant.operation.mte.aarch64-asm
        dc      igsw, x0
//              ^^^^ support.constant.operation.mte.aarch64-asm
        dc      igdvac, x0
//              ^^^^^^ support.constant.operation.mte.aarch64-asm
        dc      igdsw, x0
//              ^^^^^ support.constant.operation.mte.aarch64-asm
        dc      cgsw, x0
//              ^^^^ support.constant.operation.mte.aarch64-asm
        dc      cgdsw, x0
//              ^^^^^ support.constant.operation.mte.aarch64-asm
        dc      cigsw, x0
//              ^^^^^ support.constant.operation.mte.aarch64-asm
        dc      cigdsw, x0
//              ^^^^^^ support.constant.operation.mte.aarch64-asm
        dc      cigvac, x0
//              ^^^^^^ support.constant.operation.mte.aarch64-asm
        dc      cigdvac, x0
//              ^^^^^^^ support.constant.operation.mte.aarch64-asm
        dc      civac, x0
//              ^^^^^ support.constant.operation.aarch64-asm - support.constant.operation.mte
        msr     tco, #1
//              ^^^ support.variable.system-register.aarch64-asm
        mrs     x1, gcr_el1
//                  ^^^^^^^ support.variable.system-register.aarch64-asm
