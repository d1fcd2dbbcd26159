// FEAT_BF16 Advanced SIMD dot products (GNU's extension name: bf16, part of Armv8.6-A): BFDOT (vector, and by a
// pair of halfwords of Vm written .2h[index]) and BFMMLA (2x4 by 4x2 matrix multiply-accumulate). BFMLALB/BFMLALT,
// BFCVTN/BFCVTN2 and BFCVT are in ./simdFloatVector.ts and ./simdFloat.ts.

import { choice, fixedChoice, parseVectorText, vecReg as vecRegBase, type FieldChoice } from './simdOperands.js';
import { simdRegister } from './simdIntegerOperands.js';
import { builders, type Operand } from '../table.js';

const { form } = builders('simdFp');
const vecReg = (field: string, c: FieldChoice): Operand => simdRegister(vecRegBase(field, c));
const acc = choice([['Q', 1]], ['2s', '4s']);
const src = choice([['Q', 1]], ['4h', '8h']);

/** The pair of BFloat16 values of BFDOT by element: v0-v31 '.2h[H:L]' (register M:Rm). */
const pairElement: Operand = {
  syntax: '<Vm>.2H[<index>]',
  format: (f) => `v${(f.M! << 4) | f.Rm!}.2h[${(f.H! << 1) | f.L!}]`,
  parse(text, f, ctx) {
    const r = parseVectorText(text);
    if (!r) return `operand ${ctx.operandNumber} must be a SIMD vector element`;
    if (r.arrangement !== '2h' || r.index === undefined) {
      // An element of another size (v2.h[3]) is GNU's 'operand mismatch', not the vector form's message.
      if (r.index !== undefined) ctx.definite = true;
      return 'operand mismatch';
    }
    if (r.index > 3) { ctx.definite = true; return `register element index out of range 0 to 3 at operand ${ctx.operandNumber}`; }
    f.H = r.index >> 1; f.L = r.index & 1; f.M = r.num >> 4; f.Rm = r.num & 15;
    return undefined;
  },
};

export const simdBf16Forms = [
  form({
    id: 'BFDOT_vec', mnemonic: 'bfdot', feature: 'bf16', encoding: '0 Q:1 1 01110 01 0 Rm:5 1 1111 1 Rn:5 Rd:5',
    operands: [vecReg('Rd', acc), vecReg('Rn', src), vecReg('Rm', src)],
    summary: 'BFloat16 dot product: each single lane of Vd += the sum of two BFloat16 products (round to odd, FPCR ignored).',
  }),
  form({
    id: 'BFDOT_elem', mnemonic: 'bfdot', feature: 'bf16', encoding: '0 Q:1 0 01111 01 L:1 M:1 Rm:4 1111 H:1 0 Rn:5 Rd:5',
    operands: [vecReg('Rd', acc), vecReg('Rn', src), pairElement],
    summary: 'BFloat16 dot product with one pair of BFloat16 values of Vm.',
  }),
  form({
    id: 'BFMMLA', mnemonic: 'bfmmla', feature: 'bf16', encoding: '0 1 1 01110 01 0 Rm:5 1110 1 1 Rn:5 Rd:5',
    operands: [vecReg('Rd', fixedChoice('4s')), vecReg('Rn', fixedChoice('8h')), vecReg('Rm', fixedChoice('8h'))],
    summary: 'BFloat16 matrix multiply-accumulate: the 2x2 single matrix Vd += (2x4 matrix Vn) x (4x2 matrix Vm, by rows).',
  }),
];

export const simdBf16Aliases = [] as const;

export type SimdBf16FormId = (typeof simdBf16Forms)[number]['id'];
