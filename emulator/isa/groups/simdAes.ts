// FEAT_AES (GNU's extension name: aes, also in +crypto): AESE/AESD (AddRoundKey, then (Inv)ShiftRows and
// (Inv)SubBytes) and AESMC/AESIMC ((Inv)MixColumns), on whole 128-bit registers written as .16b. PMULL/PMULL2 .1q,
// the other FEAT_PMULL instructions of the same extension, are in ./simdIntegerLong.ts.

import { fixedChoice, vecReg as vecRegBase } from './simdOperands.js';
import { simdRegister } from './simdIntegerOperands.js';
import { builders, type Operand } from '../table.js';

const { form } = builders('simdFp');
const v16b = (field: string): Operand => simdRegister(vecRegBase(field, fixedChoice('16b')));

/** [id, opcode (bits 16-12), summary] of the AES two-register group 0100 1110 0010 1000 0 opcode 10 Rn Rd. */
const aes = [
  ['AESE', '00100', 'AES single round encryption: Vd = SubBytes(ShiftRows(Vd EOR Vn)).'],
  ['AESD', '00101', 'AES single round decryption: Vd = InvSubBytes(InvShiftRows(Vd EOR Vn)).'],
  ['AESMC', '00110', 'AES mix columns: Vd = MixColumns(Vn).'],
  ['AESIMC', '00111', 'AES inverse mix columns: Vd = InvMixColumns(Vn).'],
] as const;

export const simdAesForms = aes.map(([id, opc, summary]) => form({
  id, mnemonic: id.toLowerCase(), feature: 'aes', encoding: `01001110 00 10100 ${opc} 10 Rn:5 Rd:5`,
  operands: [v16b('Rd'), v16b('Rn')], summary,
}));

export const simdAesAliases = [] as const;

export type SimdAesFormId = (typeof simdAesForms)[number]['id'];
