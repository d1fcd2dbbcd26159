// Documentation of the GNU as directives most used in AArch64 code, for hover and completion. Each entry has
// the directive's argument syntax (also turned into a completion snippet) and a one-line explanation.

export interface DirectiveInfo {
  readonly name: string;
  /** Argument syntax, Arm-ARM-style placeholders in angle brackets, optional parts in braces. */
  readonly arguments: string;
  readonly summary: string;
}

const d = (name: string, args: string, summary: string): DirectiveInfo => ({ name, arguments: args, summary });

export const directives: readonly DirectiveInfo[] = [
  d('.text', '', 'Switch to the .text (code) section.'),
  d('.data', '', 'Switch to the .data (initialised, writable data) section.'),
  d('.bss', '', 'Switch to the .bss (zero-initialised data) section.'),
  d('.section', '<name>{, "<flags>"{, %<type>}}', 'Switch to (and create) the named section; flags such as "ax", "aw", type %progbits or %nobits.'),
  d('.pushsection', '<name>{, "<flags>"}', 'Push the current section and switch to the named section.'),
  d('.popsection', '', 'Return to the section saved by the last .pushsection.'),
  d('.previous', '', 'Swap back to the section in use before the last section switch.'),
  d('.global', '<symbol>', 'Make the symbol visible to the linker (binding GLOBAL).'),
  d('.globl', '<symbol>', 'Same as .global: make the symbol visible to the linker.'),
  d('.local', '<symbol>', 'Give the symbol LOCAL binding.'),
  d('.weak', '<symbol>', 'Give the symbol WEAK binding.'),
  d('.hidden', '<symbol>', 'Set the symbol visibility to STV_HIDDEN.'),
  d('.type', '<symbol>, %<function|object>', 'Set the ELF symbol type (%function or %object).'),
  d('.size', '<symbol>, <expression>', 'Set the ELF symbol size, typically `.size f, . - f`.'),
  d('.align', '<power-of-two exponent>{, <fill>}', 'On AArch64, pad to a multiple of 2^n bytes (like .p2align).'),
  d('.p2align', '<exponent>{, <fill>{, <max>}}', 'Pad the location counter to a multiple of 2^exponent bytes.'),
  d('.balign', '<bytes>{, <fill>{, <max>}}', 'Pad the location counter to a multiple of the given byte count.'),
  d('.byte', '<expression>{, ...}', 'Emit 8-bit values.'),
  d('.hword', '<expression>{, ...}', 'Emit 16-bit values.'),
  d('.short', '<expression>{, ...}', 'Emit 16-bit values.'),
  d('.2byte', '<expression>{, ...}', 'Emit unaligned 16-bit values.'),
  d('.word', '<expression>{, ...}', 'Emit 32-bit values.'),
  d('.long', '<expression>{, ...}', 'Emit 32-bit values.'),
  d('.int', '<expression>{, ...}', 'Emit 32-bit values.'),
  d('.4byte', '<expression>{, ...}', 'Emit unaligned 32-bit values.'),
  d('.xword', '<expression>{, ...}', 'Emit 64-bit values (AArch64 spelling).'),
  d('.dword', '<expression>{, ...}', 'Emit 64-bit values.'),
  d('.quad', '<expression>{, ...}', 'Emit 64-bit values.'),
  d('.8byte', '<expression>{, ...}', 'Emit unaligned 64-bit values.'),
  d('.inst', '<expression>{, ...}', 'Emit 32-bit instruction words (marked as code for the disassembler).'),
  d('.ascii', '"<string>"{, ...}', 'Emit the bytes of the strings, without a terminator.'),
  d('.asciz', '"<string>"{, ...}', 'Emit the strings, each followed by a zero byte.'),
  d('.string', '"<string>"{, ...}', 'Emit the strings, each followed by a zero byte.'),
  d('.skip', '<size>{, <fill>}', 'Emit size bytes of fill (default zero).'),
  d('.space', '<size>{, <fill>}', 'Emit size bytes of fill (default zero).'),
  d('.zero', '<size>', 'Emit size zero bytes.'),
  d('.fill', '<repeat>{, <size>{, <value>}}', 'Emit repeat copies of a size-byte value.'),
  d('.org', '<expression>{, <fill>}', 'Advance the location counter to the given section offset.'),
  d('.equ', '<symbol>, <expression>', 'Define the symbol as the value of the expression.'),
  d('.set', '<symbol>, <expression>', 'Define (or redefine) the symbol as the value of the expression.'),
  d('.equiv', '<symbol>, <expression>', 'Like .equ, but an error if the symbol is already defined.'),
  d('.comm', '<symbol>, <size>{, <align>}', 'Declare a common symbol of the given size.'),
  d('.lcomm', '<symbol>, <size>{, <align>}', 'Reserve size bytes of local common storage in .bss.'),
  d('.macro', '<name> {<parameter>{, ...}}', 'Start a macro definition; parameters are written \\name in the body.'),
  d('.endm', '', 'End a macro definition.'),
  d('.exitm', '', 'Leave the current macro expansion early.'),
  d('.purgem', '<name>', 'Delete a macro definition.'),
  d('.rept', '<count>', 'Repeat the lines up to .endr count times.'),
  d('.irp', '<symbol>, <value>{, ...}', 'Repeat the lines up to .endr once per value, with \\symbol replaced.'),
  d('.irpc', '<symbol>, <characters>', 'Repeat the lines up to .endr once per character.'),
  d('.endr', '', 'End a .rept, .irp or .irpc block.'),
  d('.if', '<expression>', 'Assemble the following lines if the expression is non-zero.'),
  d('.ifdef', '<symbol>', 'Assemble the following lines if the symbol is defined.'),
  d('.ifndef', '<symbol>', 'Assemble the following lines if the symbol is not defined.'),
  d('.ifeq', '<expression>', 'Assemble the following lines if the expression is zero.'),
  d('.ifne', '<expression>', 'Assemble the following lines if the expression is non-zero.'),
  d('.ifc', '<string1>, <string2>', 'Assemble the following lines if the two strings are equal.'),
  d('.ifnc', '<string1>, <string2>', 'Assemble the following lines if the two strings differ.'),
  d('.ifb', '<text>', 'Assemble the following lines if the argument is blank.'),
  d('.ifnb', '<text>', 'Assemble the following lines if the argument is not blank.'),
  d('.elseif', '<expression>', 'Alternative condition inside an .if block.'),
  d('.else', '', 'Alternative branch of an .if block.'),
  d('.endif', '', 'End an .if block.'),
  d('.include', '"<file>"', 'Assemble another source file at this point.'),
  d('.incbin', '"<file>"{, <skip>{, <count>}}', 'Include a binary file verbatim.'),
  d('.arch', '<architecture>', 'Select the target architecture, e.g. armv8.5-a+memtag (enables MTE instructions).'),
  d('.arch_extension', '<extension>', 'Enable an architecture extension, e.g. memtag for MTE.'),
  d('.cpu', '<cpu>', 'Select the target processor and its extensions.'),
  d('.error', '"<message>"', 'Report an error with the message.'),
  d('.warning', '"<message>"', 'Report a warning with the message.'),
  d('.print', '"<message>"', 'Print the message while assembling.'),
  d('.file', '"<name>"', 'Record the source file name.'),
  d('.ident', '"<text>"', 'Add an identification string to the .comment section.'),
  d('.ltorg', '', 'Emit the pending literal pool (constants from `ldr x0, =value`) here.'),
  d('.pool', '', 'Same as .ltorg: emit the pending literal pool.'),
  d('.req', '<register>', 'Define a register alias: `name .req x0`.'),
  d('.unreq', '<alias>', 'Remove a register alias defined with .req.'),
  d('.cfi_startproc', '', 'Start call-frame information for a function.'),
  d('.cfi_endproc', '', 'End call-frame information for a function.'),
  d('.end', '', 'End of the assembly file; the rest is ignored.'),
];

const byName = new Map(directives.map((x) => [x.name, x]));

/** Looks up a directive by name (case-insensitive, with the leading dot). */
export function findDirective(name: string): DirectiveInfo | undefined {
  return byName.get(name.toLowerCase());
}
