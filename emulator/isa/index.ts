// The public face of the instruction layer (contract in ./api.ts): the one table's forms, the decoder, the
// objdump-compatible disassembler, the single-instruction assembler, fixup arithmetic and system registers.

import type { AssembleInstructionContext, DecodedInstruction, Disassembly, FormInfo, InstructionAssembly, RelocKind, Symbolizer, SystemRegisterInfo } from './api.js';
import { assembleInstruction as assembleOne } from './assembler.js';
import { decode as decodeWord } from './decoder.js';
import { disassemble as disassembleWord } from './disassembler.js';
import { applyFixup as applyOne, type FixupResult } from './fixups.js';
import { allDefs } from './registry.js';
import { systemRegisterList } from './sysregs.js';
import { condNames, extendNames, shiftNames } from './operands.js';
import { systemOperandNames } from './groups/system.js';

export type { FormId, AliasId } from './registry.js';
export type { FixupResult } from './fixups.js';
export { mnemonics, featureName } from './assembler.js';
export { createResolver, evaluateExpression } from './expression.js';
export { encodeBitmask, decodeBitmask } from './bitmask.js';
export { allSystemRegisterNames } from './sysregs.js';

/** Operand words the assembler accepts, by category, for completion and grammars. */
export function operandVocabulary(): Readonly<Record<string, readonly string[]>> {
  return {
    condition: condNames.slice(),
    conditionAlias: ['hs', 'lo', 'ul', 'nlast', 'last', 'none', 'any', 'first', 'nfrst', 'pmore', 'plast', 'tcont', 'tstop'],
    shift: shiftNames.slice(),
    extend: extendNames.slice(),
    ...systemOperandNames,
  };
}

/** Every instruction form and alias, from the one table (aliases have `aliasOf`). */
export function forms(): readonly FormInfo[] {
  return allDefs;
}

/** The preferred (non-alias) form of a 32-bit word and its raw fields; undefined when unallocated. */
export function decode(word: number): DecodedInstruction | undefined {
  return decodeWord(word);
}

/** GNU objdump -d text for the word at `address`; `symbolize` names branch targets like objdump's <sym+0x10>. */
export function disassemble(word: number, address: bigint, symbolize?: Symbolizer): Disassembly {
  return disassembleWord(word, address, symbolize);
}

/**
 * Assembles one instruction (GNU syntax). Never throws. On error, `column` is the 0-based offset into
 * `operandText` of the operand at fault (absent when the error concerns the whole instruction).
 */
export function assembleInstruction(mnemonic: string, operandText: string, ctx: AssembleInstructionContext): InstructionAssembly {
  try {
    return assembleOne(mnemonic, operandText, ctx);
  } catch (e) {
    return { ok: false, message: `internal assembler error: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Resolves a fixup: `value` is S + A, `place` is P. Returns the patched word or an error value. */
export function applyFixup(word: number, kind: RelocKind, value: bigint, place: bigint): FixupResult {
  return applyOne(word, kind, value, place);
}

/** System registers MRS/MSR know by name. */
export function systemRegisters(): readonly SystemRegisterInfo[] {
  return systemRegisterList;
}
