// FEAT_SHA512 and FEAT_SHA3: SHA512H/SHA512H2 (hash update parts 1 and 2), SHA512SU0/SHA512SU1 (schedule updates),
// and the SHA3 helpers EOR3 (three-way exclusive or), BCAX (bit clear and exclusive or), RAX1 (rotate and
// exclusive or) and XAR (exclusive or and rotate). GNU as 2.40 accepts the SHA512 instructions under +sha2 and
// the SHA3 ones under +sha3 (it also wants Armv8.2-A for those; the table has one feature per form: sha3).

import { imm } from '../operands.js';
import { fixedChoice, fpReg as fpRegBase, vecReg as vecRegBase } from './simdOperands.js';
import { simdRegister } from './simdIntegerOperands.js';
import { builders, type Operand } from '../table.js';

const { form } = builders('simdFp');
const q = (field: string): Operand => simdRegister(fpRegBase(field, fixedChoice('q')));
const v2d = (field: string): Operand => simdRegister(vecRegBase(field, fixedChoice('2d')));
const v16b = (field: string): Operand => simdRegister(vecRegBase(field, fixedChoice('16b')));

/** Three registers: 1100 1110 011 Rm 1 0 00 opcode Rn Rd. [id, opcode, operands, feature, summary] */
const three = [
  ['SHA512H', '00', [q('Rd'), q('Rn'), v2d('Rm')], 'sha2', 'SHA512 hash update, part 1.'],
  ['SHA512H2', '01', [q('Rd'), q('Rn'), v2d('Rm')], 'sha2', 'SHA512 hash update, part 2.'],
  ['SHA512SU1', '10', [v2d('Rd'), v2d('Rn'), v2d('Rm')], 'sha2', 'SHA512 schedule update 1.'],
  ['RAX1', '11', [v2d('Rd'), v2d('Rn'), v2d('Rm')], 'sha3', 'Rotate and exclusive or: each doubleword Vd = Vn EOR (Vm rotated left by 1).'],
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
];

export const simdSha3Aliases = [] as const;

export type SimdSha3FormId = (typeof simdSha3Forms)[number]['id'];
