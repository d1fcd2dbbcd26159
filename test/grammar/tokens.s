// SYNTAX TEST "source.aarch64-asm" "every token class outside the instruction table"
/* block comment
   spanning lines */
// <----- comment.block.aarch64-asm
# a hash comment at the start of a line
// <- comment.line.number-sign.aarch64-asm punctuation.definition.comment.aarch64-asm
        .arch armv8.5-a+memtag
//      ^^^^^ keyword.other.directive.aarch64-asm
//            ^^^^^^^^^^^^^^^^ support.constant.architecture.aarch64-asm
        .section .rodata, "a", %progbits
//      ^^^^^^^^ keyword.other.directive.section.aarch64-asm
//               ^^^^^^^ entity.name.section.aarch64-asm
//                        ^^^ string.quoted.double.aarch64-asm
//                             ^^^^^^^^^ support.type.symbol-type.aarch64-asm
msg:    .asciz "tab\there\n\"q\"\101"
// <--- entity.name.label.aarch64-asm
// ^ punctuation.separator.label.aarch64-asm
//      ^^^^^^ keyword.other.directive.aarch64-asm
//             ^ string.quoted.double.aarch64-asm punctuation.definition.string.begin.aarch64-asm
//                 ^^ constant.character.escape.aarch64-asm
//                       ^^ constant.character.escape.aarch64-asm
//                         ^^ constant.character.escape.aarch64-asm
//                            ^^ constant.character.escape.aarch64-asm
//                              ^^^^ constant.character.escape.aarch64-asm
.Lbuf:  .quad 0x10, -1, 0b101, 42, 1.5e3, 'a'
// <----- entity.name.label.local.aarch64-asm
//            ^^^^ constant.numeric.hex.aarch64-asm
//                  ^ keyword.operator.arithmetic.aarch64-asm
//                   ^ constant.numeric.decimal.aarch64-asm
//                      ^^^^^ constant.numeric.binary.aarch64-asm
//                             ^^ constant.numeric.decimal.aarch64-asm
//                                 ^^^^^ constant.numeric.float.aarch64-asm
//                                        ^^^ string.quoted.single.character.aarch64-asm
        .equ BUF_SIZE, 64
//      ^^^^ keyword.other.directive.aarch64-asm
//           ^^^^^^^^ variable.other.symbol.aarch64-asm
LIMIT = 3
// <----- entity.name.constant.aarch64-asm
//    ^ keyword.operator.assignment.aarch64-asm
        .macro  save_pair a, b
//      ^^^^^^ keyword.other.directive.macro.aarch64-asm
//              ^^^^^^^^^ entity.name.function.macro.aarch64-asm
        stp     \a, \b, [sp, #-16]!
//              ^^ variable.parameter.macro.aarch64-asm
//                      ^ punctuation.definition.address.begin.aarch64-asm
//                       ^^ variable.language.register.special.aarch64-asm
//                           ^ keyword.operator.immediate.aarch64-asm
//                               ^ punctuation.definition.address.end.aarch64-asm
//                                ^ keyword.operator.writeback.aarch64-asm
        .endm
//      ^^^^^ keyword.control.directive.aarch64-asm
        .if LIMIT > 2
//      ^^^ keyword.control.directive.aarch64-asm
        .endif
//      ^^^^^^ keyword.control.directive.aarch64-asm
        .text
        .global _start
//      ^^^^^^^ keyword.other.directive.aarch64-asm
//              ^^^^^^ variable.other.symbol.aarch64-asm
        .type _start, %function
//                    ^^^^^^^^^ support.type.symbol-type.aarch64-asm
_start:
// <------ entity.name.label.aarch64-asm
        save_pair x29, x30
//      ^^^^^^^^^ entity.name.function.macro.call.aarch64-asm
//                ^^^ variable.other.register.general.x.aarch64-asm
1:      b       1b
// <- entity.name.label.numeric.aarch64-asm
//               ^^ entity.name.label.numeric.reference.aarch64-asm
        b       2f ; 2: b .Lbuf
//              ^^ entity.name.label.numeric.reference.aarch64-asm
//                 ^ punctuation.separator.statement.aarch64-asm
//                   ^ entity.name.label.numeric.aarch64-asm
//                            ^^^^^ variable.other.label.local.aarch64-asm
        adrp    x0, :pg_hi21:msg // page
//                  ^ punctuation.definition.relocation.aarch64-asm
//                   ^^^^^^^ support.function.relocation.aarch64-asm
//                          ^ punctuation.definition.relocation.aarch64-asm
//                           ^^^ variable.other.symbol.aarch64-asm
//                               ^^^^^^^ comment.line.double-slash.aarch64-asm
        add     x0, x0, :lo12:msg
//                       ^^^^ support.function.relocation.aarch64-asm
//                            ^^^ variable.other.symbol.aarch64-asm - keyword
        ldr     x1, =msg
//                  ^ keyword.operator.literal-pool.aarch64-asm
        add     w0, w1, w2, uxtw #2
//              ^^ variable.other.register.general.w.aarch64-asm
//                          ^^^^ keyword.operator.extend.aarch64-asm
        add     x0, x1, x2, lsl #3
//                          ^^^ keyword.operator.shift.aarch64-asm
        mov     x0, xzr
//                  ^^^ variable.language.register.special.aarch64-asm
        mov     fp, lr
//              ^^ variable.other.register.alias.aarch64-asm
//                  ^^ variable.other.register.alias.aarch64-asm
        add     v0.16b, v1.16b, v2.16b
//              ^^ variable.other.register.vector.aarch64-asm
//                ^ punctuation.separator.arrangement.aarch64-asm
//                 ^^^ support.type.arrangement.aarch64-asm
        mov     v1.s[2], w0
//              ^^ variable.other.register.vector.aarch64-asm
//                 ^ support.type.arrangement.aarch64-asm
//                  ^ punctuation.definition.index.begin.aarch64-asm
//                   ^ constant.numeric.index.aarch64-asm
        ldr     q0, [x1]
//              ^^ variable.other.register.fp.aarch64-asm
        fmov    d1, #1.5
//              ^^ variable.other.register.fp.aarch64-asm
//                   ^^^ constant.numeric.float.aarch64-asm
        csel    x0, x1, x2, ne
//                          ^^ support.constant.condition.aarch64-asm
        b.eq    1b
//      ^ keyword.mnemonic.branch.aarch64-asm
//       ^ punctuation.separator.condition.aarch64-asm
//        ^^ support.constant.condition.aarch64-asm
        mrs     x0, tco
//                  ^^^ support.variable.system-register.aarch64-asm
        msr     gcr_el1, x1
//              ^^^^^^^ support.variable.system-register.aarch64-asm
        mrs     x2, rgsr_el1
//                  ^^^^^^^^ support.variable.system-register.aarch64-asm
        mrs     x3, s3_3_c4_c2_7
//                  ^^^^^^^^^^^^ support.variable.system-register.generic.aarch64-asm
        mov     x0, #'a'
//                   ^^^ string.quoted.single.character.aarch64-asm
        add     wsp, w1, #-1
//              ^^^ variable.language.register.special.aarch64-asm
//                       ^ keyword.operator.immediate.aarch64-asm
//                        ^ keyword.operator.arithmetic.aarch64-asm
//                         ^ constant.numeric.decimal.aarch64-asm
        mov     x0, #0x10
//                  ^ keyword.operator.immediate.aarch64-asm
//                   ^^^^ constant.numeric.hex.aarch64-asm
        mov     v1.4s[2], w0
//              ^^ variable.other.register.vector.aarch64-asm
//                 ^^ support.type.arrangement.aarch64-asm
//                    ^ constant.numeric.index.aarch64-asm
        sub     x0, x1, w2, sxtw
//                          ^^^^ keyword.operator.extend.aarch64-asm
        ADD     X0, X1, #1
//      ^^^ keyword.mnemonic.data-processing-immediate.aarch64-asm
//              ^^ variable.other.register.general.x.aarch64-asm
        stp     x29, x30, [sp, #-16]!
//      ^^^ keyword.mnemonic.load-store.aarch64-asm
        ret
//      ^^^ keyword.mnemonic.branch.aarch64-asm
        dmb     ish
//      ^^^ keyword.mnemonic.system.aarch64-asm
        mul     x0, x1, x2
//      ^^^ keyword.mnemonic.data-processing-register.aarch64-asm
//                ^ punctuation.separator.operand.aarch64-asm
        ld1     {v0.16b, v1.16b}, [x0]
//              ^ punctuation.definition.list.begin.aarch64-asm
//                             ^ punctuation.definition.list.end.aarch64-asm
        mov     w0, v1.s[2]
//                        ^ punctuation.definition.index.end.aarch64-asm
        .quad   . - _start
//              ^ variable.language.location-counter.aarch64-asm
        .ascii  "ab"
//                 ^ string.quoted.double.aarch64-asm punctuation.definition.string.end.aarch64-asm
        dmb     ish
//              ^^^ support.constant.operation.aarch64-asm
        msr     daifset, #2
//              ^^^^^^^ support.constant.operation.aarch64-asm
        bti     c
//              ^ support.constant.operation.aarch64-asm
        b       c
//              ^ variable.other.symbol.aarch64-asm
