// The assembler's one door into the instruction layer: single-instruction encoding comes from emulator/isa;
// fixups the assembler resolves itself go through the same layer (see ./relocate.ts).
import type { AssembleInstructionContext, InstructionAssembly, RelocKind } from '../isa/api.js';
import { assembleInstruction } from '../isa/index.js';
import { relocateWord } from './relocate.js';

export { ABSOLUTE_SYMBOL } from '../isa/api.js';

export function encodeInstruction(mnemonic: string, operands: string, ctx: AssembleInstructionContext): InstructionAssembly {
  try {
    return assembleInstruction(mnemonic, operands, ctx);
  } catch (e) {
    // A defect in the instruction layer must not take the whole assembly down.
    return { ok: false, message: `internal error while assembling \`${mnemonic}': ${e instanceof Error ? e.message : String(e)}` };
  }
}

export function resolveFixup(word: number, kind: RelocKind, value: bigint, place: bigint): number | string {
  return relocateWord(word, kind, value, place);
}
