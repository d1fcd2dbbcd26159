// FEAT_I8MM (GNU's extension name: i8mm, part of Armv8.6-A): the 8-bit integer matrix multiply-accumulates SMMLA,
// UMMLA and USMMLA (2x8 by 8x2 byte matrices into a 2x2 matrix of words), and the mixed-sign dot products USDOT
// (vector and by element) and SUDOT (by element). The by-element operand is one 4-byte group of v0-v31.

import { choice, fixedChoice, parseVectorText, vecReg as vecRegBase, type FieldChoice } from './simdOperands.js';
import { simdRegister } from './simdIntegerOperands.js';
import { builders, type Operand } from '../table.js';

const { form } = builders('simdFp');
const vecReg = (field: string, c: FieldChoice): Operand => simdRegister(vecRegBase(field, c));
const acc = choice([['Q', 1]], ['2s', '4s']);
const src = choice([['Q', 1]], ['8b', '16b']);

/** The 4-byte group of the dot products by element: v0-v31 '.4b[H:L]' (register M:Rm). */
const groupElement: Operand = {
  syntax: '<Vm>.4B[<index>]',
  format: (f) => `v${(f.M! << 4) | f.Rm!}.4b[${(f.H! << 1) | f.L!}]`,
  parse(text, f, ctx) {
    const r = parseVectorText(text);
    if (!r || r.index === undefined) return `operand ${ctx.operandNumber} must be a SIMD vector element`;
    if (r.arrangement !== '4b') {
      ctx.definite = true;
      return 'operand mismatch';
    }
    if (r.index > 3) { ctx.definite = true; return `register element index out of range 0 to 3 at operand ${ctx.operandNumber}`; }
    f.H = r.index >> 1; f.L = r.index & 1; f.M = r.num >> 4; f.Rm = r.num & 15;
    return undefined;
  },
};

/** [id, U, B (bit 11), summary] of the matrix multiply-accumulates. */
const mmla = [
  ['SMMLA', 0, 0, 'Signed 8-bit integer matrix multiply-accumulate: the 2x2 word matrix Vd += (2x8 matrix Vn) x (8x2 matrix Vm, by rows).'],
  ['UMMLA', 1, 0, 'Unsigned 8-bit integer matrix multiply-accumulate into the 2x2 word matrix Vd.'],
  ['USMMLA', 0, 1, 'Unsigned by signed 8-bit integer matrix multiply-accumulate into the 2x2 word matrix Vd.'],
] as const;

export const simdI8mmForms = [
  ...mmla.map(([id, u, b, summary]) => form({
    id, mnemonic: id.toLowerCase(), feature: 'i8mm', encoding: `0 1 ${u} 01110 10 0 Rm:5 1010 ${b} 1 Rn:5 Rd:5`,
    operands: [vecReg('Rd', fixedChoice('4s')), vecReg('Rn', fixedChoice('16b')), vecReg('Rm', fixedChoice('16b'))], summary,
  })),
  form({
    id: 'USDOT_vec', mnemonic: 'usdot', feature: 'i8mm', encoding: '0 Q:1 0 01110 10 0 Rm:5 1 0011 1 Rn:5 Rd:5',
    operands: [vecReg('Rd', acc), vecReg('Rn', src), vecReg('Rm', src)],
    summary: 'Dot product of unsigned bytes of Vn and signed bytes of Vm: each word of Vd += the sum of four products.',
  }),
  form({
    id: 'USDOT_elem', mnemonic: 'usdot', feature: 'i8mm', encoding: '0 Q:1 0 01111 10 L:1 M:1 Rm:4 1111 H:1 0 Rn:5 Rd:5',
    operands: [vecReg('Rd', acc), vecReg('Rn', src), groupElement],
    summary: 'Dot product of unsigned bytes of Vn with one signed 4-byte group of Vm.',
  }),
  form({
    id: 'SUDOT_elem', mnemonic: 'sudot', feature: 'i8mm', encoding: '0 Q:1 0 01111 00 L:1 M:1 Rm:4 1111 H:1 0 Rn:5 Rd:5',
    operands: [vecReg('Rd', acc), vecReg('Rn', src), groupElement],
    summary: 'Dot product of signed bytes of Vn with one unsigned 4-byte group of Vm.',
  }),
];

export const simdI8mmAliases = [] as const;

export type SimdI8mmFormId = (typeof simdI8mmForms)[number]['id'];
