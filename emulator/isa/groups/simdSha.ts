// FEAT_SHA1 and FEAT_SHA256 (GNU's extension name: sha2, also in +crypto): the SHA1 hash updates SHA1C/SHA1P/SHA1M
// (choose, parity, majority), SHA1H (fixed rotate), the schedule updates SHA1SU0/SHA1SU1, and SHA256H/SHA256H2
// (hash update, parts 1 and 2), SHA256SU0/SHA256SU1 (schedule updates). Hash state lives in whole Q registers
// (SHA1's E value in an S register); message words are .4s vectors.

import { fixedChoice, fpReg as fpRegBase, vecReg as vecRegBase } from './simdOperands.js';
import { simdRegister } from './simdIntegerOperands.js';
import { builders, type Operand } from '../table.js';

const { form } = builders('simdFp');
const q = (field: string): Operand => simdRegister(fpRegBase(field, fixedChoice('q')));
const s = (field: string): Operand => simdRegister(fpRegBase(field, fixedChoice('s')));
const v4s = (field: string): Operand => simdRegister(vecRegBase(field, fixedChoice('4s')));

/** Three registers: 0101 1110 000 Rm 0 opcode 00 Rn Rd. [id, opcode, operands, summary] */
const three = [
  ['SHA1C', '000', [q('Rd'), s('Rn'), v4s('Rm')], 'SHA1 hash update (choose): four rounds on the hash state Qd with E in Sn and message words Vm.'],
  ['SHA1P', '001', [q('Rd'), s('Rn'), v4s('Rm')], 'SHA1 hash update (parity): four rounds on Qd with E in Sn and message words Vm.'],
  ['SHA1M', '010', [q('Rd'), s('Rn'), v4s('Rm')], 'SHA1 hash update (majority): four rounds on Qd with E in Sn and message words Vm.'],
  ['SHA1SU0', '011', [v4s('Rd'), v4s('Rn'), v4s('Rm')], 'SHA1 schedule update 0.'],
  ['SHA256H', '100', [q('Rd'), q('Rn'), v4s('Rm')], 'SHA256 hash update, part 1 (new ABCD in Qd).'],
  ['SHA256H2', '101', [q('Rd'), q('Rn'), v4s('Rm')], 'SHA256 hash update, part 2 (new EFGH in Qd).'],
  ['SHA256SU1', '110', [v4s('Rd'), v4s('Rn'), v4s('Rm')], 'SHA256 schedule update 1.'],
] as const;

/** Two registers: 0101 1110 0010 1000 0 opcode 10 Rn Rd. [id, opcode, operands, summary] */
const two = [
  ['SHA1H', '00000', [s('Rd'), s('Rn')], 'SHA1 fixed rotate: Sd = Sn rotated left by 30.'],
  ['SHA1SU1', '00001', [v4s('Rd'), v4s('Rn')], 'SHA1 schedule update 1.'],
  ['SHA256SU0', '00010', [v4s('Rd'), v4s('Rn')], 'SHA256 schedule update 0.'],
] as const;

export const simdShaForms = [
  ...three.map(([id, opc, operands, summary]) => form({
    id, mnemonic: id.toLowerCase(), feature: 'sha2', encoding: `01011110 00 0 Rm:5 0 ${opc} 00 Rn:5 Rd:5`, operands, summary,
  })),
  ...two.map(([id, opc, operands, summary]) => form({
    id, mnemonic: id.toLowerCase(), feature: 'sha2', encoding: `01011110 00 10100 ${opc} 10 Rn:5 Rd:5`, operands, summary,
  })),
];

export const simdShaAliases = [] as const;

export type SimdShaFormId = (typeof simdShaForms)[number]['id'];
