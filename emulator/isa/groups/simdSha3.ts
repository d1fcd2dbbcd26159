// FEAT_SHA512, FEAT_SHA3, FEAT_SM3 and FEAT_SM4 (the Arm ARM's cryptographic three-register, four-register, two-register
// SHA512 and three-register imm2 groups): SHA512H/SHA512H2 (hash update parts 1 and 2), SHA512SU0/SHA512SU1 (schedule
// updates), the SHA3 helpers EOR3 (three-way exclusive or), BCAX (bit clear and exclusive or), RAX1 (rotate and
// exclusive or) and XAR (exclusive or and rotate), the SM3 hash steps SM3SS1/SM3TT1A/1B/2A/2B/SM3PARTW1/2 and the SM4
// cipher SM4E/SM4EKEY. GNU as 2.40 accepts the SHA512 instructions under +sha2, the SHA3 ones under +sha3 and the
// SM3/SM4 ones under +sm4; those two also need Armv8.2-A (the assembler's feature requirements, ../assembler.ts).

import { imm } from '../operands.js';
import { fixedChoice, fpReg as fpRegBase, indexRangeError, vecElement, vecReg as vecRegBase } from './simdOperands.js';
import { simdRegister } from './simdIntegerOperands.js';
import { builders, type Operand } from '../table.js';

const { form } = builders('simdFp');
const q = (field: string): Operand => simdRegister(fpRegBase(field, fixedChoice('q')));
const v2d = (field: string): Operand => simdRegister(vecRegBase(field, fixedChoice('2d')));
const v16b = (field: string): Operand => simdRegister(vecRegBase(field, fixedChoice('16b')));
const v4s = (field: string): Operand => simdRegister(vecRegBase(field, fixedChoice('4s')));
/** Vm.s[imm2] of the SM3TT forms. */
const sElement = vecElement('Rm', {
  letters: ['s'],
  format: (f) => ({ letter: 's', index: f.imm2! }),
  parse(letter, index, f, ctx) {
    if (letter !== 's') return 'operand mismatch';
    if (index > 3) return indexRangeError('s', ctx);
    f.imm2 = index;
    return undefined;
  },
});

/** Three registers: 1100 1110 011 Rm 1 0 00 opcode Rn Rd. [id, opcode, operands, feature, summary] */
const three = [
  ['SHA512H', '00', [q('Rd'), q('Rn'), v2d('Rm')], 'sha2', 'SHA512 hash update, part 1.'],
  ['SHA512H2', '01', [q('Rd'), q('Rn'), v2d('Rm')], 'sha2', 'SHA512 hash update, part 2.'],
  ['SHA512SU1', '10', [v2d('Rd'), v2d('Rn'), v2d('Rm')], 'sha2', 'SHA512 schedule update 1.'],
  ['RAX1', '11', [v2d('Rd'), v2d('Rn'), v2d('Rm')], 'sha3', 'Rotate and exclusive or: each doubleword Vd = Vn EOR (Vm rotated left by 1).'],
] as const;

/** SM3/SM4 three registers: 1100 1110 011 Rm 1 1 00 opcode Rn Rd. [id, opcode, summary] */
const sm3sm4 = [
  ['SM3PARTW1', '00', 'SM3 message expansion, part 1 (W[j] words from Vd, Vn and Vm).'],
  ['SM3PARTW2', '01', 'SM3 message expansion, part 2.'],
  ['SM4EKEY', '10', 'SM4 key schedule: four rounds of round keys from the key words in Vn and the constants in Vm.'],
] as const;

/** SM3TT*: 1100 1110 010 Rm 10 imm2 opcode Rn Rd. [id, opcode, summary] */
const sm3tt = [
  ['SM3TT1A', '00', 'SM3 compression TT1, rounds 0 to 15 (XOR boolean function), with the word Vm.s[index].'],
  ['SM3TT1B', '01', 'SM3 compression TT1, rounds 16 to 63 (majority function), with the word Vm.s[index].'],
  ['SM3TT2A', '10', 'SM3 compression TT2, rounds 0 to 15 (XOR boolean function), with the word Vm.s[index].'],
  ['SM3TT2B', '11', 'SM3 compression TT2, rounds 16 to 63 (choose function), with the word Vm.s[index].'],
] as const;

export const simdSha3Forms = [
  ...three.map(([id, opc, operands, feature, summary]) => form({
    id, mnemonic: id.toLowerCase(), feature, encoding: `11001110 011 Rm:5 1 0 00 ${opc} Rn:5 Rd:5`, operands, summary,
  })),
  form({
    id: 'SHA512SU0', mnemonic: 'sha512su0', feature: 'sha2', encoding: '11001110 110 00000 1000 00 Rn:5 Rd:5',
    operands: [v2d('Rd'), v2d('Rn')], summary: 'SHA512 schedule update 0.',
  }),
  form({
    id: 'EOR3', mnemonic: 'eor3', feature: 'sha3', encoding: '11001110 000 Rm:5 0 Ra:5 Rn:5 Rd:5',
    operands: [v16b('Rd'), v16b('Rn'), v16b('Rm'), v16b('Ra')], summary: 'Three-way exclusive or: Vd = Vn EOR Vm EOR Va.',
  }),
  form({
    id: 'BCAX', mnemonic: 'bcax', feature: 'sha3', encoding: '11001110 001 Rm:5 0 Ra:5 Rn:5 Rd:5',
    operands: [v16b('Rd'), v16b('Rn'), v16b('Rm'), v16b('Ra')], summary: 'Bit clear and exclusive or: Vd = Vn EOR (Vm AND NOT Va).',
  }),
  form({
    id: 'XAR', mnemonic: 'xar', feature: 'sha3', encoding: '11001110 100 Rm:5 imm6:6 Rn:5 Rd:5',
    operands: [v2d('Rd'), v2d('Rn'), v2d('Rm'), imm('imm6', 6, { format: 'dec', syntax: '#<imm6>' })],
    summary: 'Exclusive or and rotate: each doubleword Vd = (Vn EOR Vm) rotated right by imm6.',
  }),
  ...sm3sm4.map(([id, opc, summary]) => form({
    id, mnemonic: id.toLowerCase(), feature: 'sm4', encoding: `11001110 011 Rm:5 1 1 00 ${opc} Rn:5 Rd:5`, operands: [v4s('Rd'), v4s('Rn'), v4s('Rm')], summary,
  })),
  ...sm3tt.map(([id, opc, summary]) => form({
    id, mnemonic: id.toLowerCase(), feature: 'sm4', encoding: `11001110 010 Rm:5 10 imm2:2 ${opc} Rn:5 Rd:5`, operands: [v4s('Rd'), v4s('Rn'), sElement], summary,
  })),
  form({
    id: 'SM3SS1', mnemonic: 'sm3ss1', feature: 'sm4', encoding: '11001110 010 Rm:5 0 Ra:5 Rn:5 Rd:5',
    operands: [v4s('Rd'), v4s('Rn'), v4s('Rm'), v4s('Ra')], summary: 'SM3 SS1: top word of Vd = ((Vn.s[3] ROL 12) + Vm.s[3] + Va.s[3]) ROL 7, other words zero.',
  }),
  form({
    id: 'SM4E', mnemonic: 'sm4e', feature: 'sm4', encoding: '11001110 110 00000 1000 01 Rn:5 Rd:5',
    operands: [v4s('Rd'), v4s('Rn')], summary: 'SM4 encode: four rounds on the data in Vd with the round keys in Vn.',
  }),
];

export const simdSha3Aliases = [] as const;

export type SimdSha3FormId = (typeof simdSha3Forms)[number]['id'];
