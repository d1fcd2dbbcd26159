// SYNTAX TEST "source.aarch64-asm" "C preprocessor lines in .S files"
#include <asm/unistd.h>
// <- meta.preprocessor.include.aarch64-asm punctuation.definition.directive.aarch64-asm
//^^^^^^ keyword.control.directive.include.aarch64-asm
//       ^^^^^^^^^^^^^^ string.quoted.other.lt-gt.include.aarch64-asm
#include "local.h"
//       ^^^^^^^^^ string.quoted.double.include.aarch64-asm
#define PROT_MTE 0x20
//^^^^^ keyword.control.directive.define.aarch64-asm
//      ^^^^^^^^ entity.name.function.preprocessor.aarch64-asm
//               ^^^^ constant.numeric.hex.aarch64-asm
#ifdef PROT_MTE
//^^^^ keyword.control.directive.conditional.aarch64-asm
#else
//^^^ keyword.control.directive.conditional.aarch64-asm
#endif
//^^^^ keyword.control.directive.conditional.aarch64-asm
# this is a comment, not a directive
// <- comment.line.number-sign.aarch64-asm
#define TAGGED(p) ((p) | (1 << 56))
// <----------------------------------- meta.preprocessor.macro.aarch64-asm
#if defined(PROT_MTE) && PROT_MTE == 0x20
// <----------------------------------------- meta.preprocessor.conditional.aarch64-asm
#endif
