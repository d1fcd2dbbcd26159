// The real instruction table and assembler, as the language server injects them into the pure language service.
import { assembleInstruction, createResolver, forms, operandVocabulary, systemRegisters } from '../emulator/isa/index.js';
import { assemble, defaultFeatures, parseArchitecture } from '../emulator/asm/index.js';
import type { InstructionTable } from './service/catalog.js';
import { systemOperationClasses } from './service/operations.js';
import type { Assembler } from './service/diagnostics.js';

const resolver = createResolver();

export const instructionTable: InstructionTable = {
  forms,
  systemRegisters,
  systemOperations: () => systemOperationClasses({
    forms, systemRegisters, operandVocabulary,
    assembles: (mnemonic, operands, features) => assembleInstruction(mnemonic, operands, { address: 0n, features, resolver }).ok,
  }),
};

export const assembler: Assembler = {
  assemble,
  parseArchitecture: (text) => parseArchitecture(text),
  // `aarch64-mte as` without -march uses these (GNU as's armv8-a), not assemble()'s bare default.
  defaultFeatures,
};
