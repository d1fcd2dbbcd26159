// Advanced SIMD integer forms on operands of different sizes: the three-different group (long, wide and
// narrowing high-half adds/subtracts, absolute differences, multiplies and PMULL on bytes), their scalar
// saturating doubling multiplies, and the integer multiplies by element (vector and scalar). Each '2' spelling
// (upper half of the narrow operand) is its own form with Q fixed to 1.

import { choice, fpReg as fpRegBase, parseVectorText, vecReg as vecRegBase, type FieldChoice } from './simdOperands.js';
import { arrHS, byElement, fixedArr, narrowHigh, narrowLow, scalarBySize, scalarHS, simdRegister, wideBySize } from './simdIntegerOperands.js';
import { builders, type Fields, type Operand } from '../table.js';

const vecReg = (field: string, c: FieldChoice): Operand => simdRegister(vecRegBase(field, c));
const fpReg = (field: string, c: FieldChoice): Operand => simdRegister(fpRegBase(field, c));
const { form } = builders('simdFp');

type Kind = 'long' | 'wide' | 'narrow';
/** [name, U, opcode, kind, sizes ('no64', 'hs', 'b'), summary] */
const threeDifferent = [
  ['SADDL', 0, '0000', 'long', 'no64', 'Signed add long.'],
  ['UADDL', 1, '0000', 'long', 'no64', 'Unsigned add long.'],
  ['SADDW', 0, '0001', 'wide', 'no64', 'Signed add wide.'],
  ['UADDW', 1, '0001', 'wide', 'no64', 'Unsigned add wide.'],
  ['SSUBL', 0, '0010', 'long', 'no64', 'Signed subtract long.'],
  ['USUBL', 1, '0010', 'long', 'no64', 'Unsigned subtract long.'],
  ['SSUBW', 0, '0011', 'wide', 'no64', 'Signed subtract wide.'],
  ['USUBW', 1, '0011', 'wide', 'no64', 'Unsigned subtract wide.'],
  ['ADDHN', 0, '0100', 'narrow', 'no64', 'Add returning the high narrow half.'],
  ['RADDHN', 1, '0100', 'narrow', 'no64', 'Rounding add returning the high narrow half.'],
  ['SABAL', 0, '0101', 'long', 'no64', 'Signed absolute difference and accumulate long.'],
  ['UABAL', 1, '0101', 'long', 'no64', 'Unsigned absolute difference and accumulate long.'],
  ['SUBHN', 0, '0110', 'narrow', 'no64', 'Subtract returning the high narrow half.'],
  ['RSUBHN', 1, '0110', 'narrow', 'no64', 'Rounding subtract returning the high narrow half.'],
  ['SABDL', 0, '0111', 'long', 'no64', 'Signed absolute difference long.'],
  ['UABDL', 1, '0111', 'long', 'no64', 'Unsigned absolute difference long.'],
  ['SMLAL', 0, '1000', 'long', 'no64', 'Signed multiply-add long.'],
  ['UMLAL', 1, '1000', 'long', 'no64', 'Unsigned multiply-add long.'],
  ['SQDMLAL', 0, '1001', 'long', 'hs', 'Signed saturating doubling multiply-add long.'],
  ['SMLSL', 0, '1010', 'long', 'no64', 'Signed multiply-subtract long.'],
  ['UMLSL', 1, '1010', 'long', 'no64', 'Unsigned multiply-subtract long.'],
  ['SQDMLSL', 0, '1011', 'long', 'hs', 'Signed saturating doubling multiply-subtract long.'],
  ['SMULL', 0, '1100', 'long', 'no64', 'Signed multiply long.'],
  ['UMULL', 1, '1100', 'long', 'no64', 'Unsigned multiply long.'],
  ['SQDMULL', 0, '1101', 'long', 'hs', 'Signed saturating doubling multiply long.'],
  ['PMULL', 0, '1110', 'long', 'b', 'Polynomial multiply long (bytes to halfwords).'],
] as const;

const sizeValid = {
  no64: (f: Readonly<Fields>) => f.size !== 3,
  hs: (f: Readonly<Fields>) => f.size === 1 || f.size === 2,
  b: (f: Readonly<Fields>) => f.size === 0,
} as const;

function operandsOf(kind: Kind, high: boolean, third: (c: FieldChoice) => Operand): Operand[] {
  const narrow = high ? narrowHigh : narrowLow;
  if (kind === 'long') return [vecReg('Rd', wideBySize), vecReg('Rn', narrow), third(narrow)];
  if (kind === 'wide') return [vecReg('Rd', wideBySize), vecReg('Rn', wideBySize), third(narrow)];
  return [vecReg('Rd', narrow), vecReg('Rn', wideBySize), third(wideBySize)];
}
const Vm = (c: FieldChoice): Operand => vecReg('Rm', c);

/** [name, U, opcode, summary] of the scalar saturating doubling multiplies (Vd s/d, Vn/Vm h/s). */
const scalarDifferent = [
  ['SQDMLAL', '1001', 'Signed saturating doubling multiply-add long (scalar).'],
  ['SQDMLSL', '1011', 'Signed saturating doubling multiply-subtract long (scalar).'],
  ['SQDMULL', '1101', 'Signed saturating doubling multiply long (scalar).'],
] as const;
const scalarWide = scalarBySize([undefined, 's', 'd', undefined]);

/** By element, elements keep their size: [name, U, opcode, summary]. */
const elemSame = [
  ['MUL', 0, '1000', 'Multiply by element.'],
  ['MLA', 1, '0000', 'Multiply-add to accumulator by element.'],
  ['MLS', 1, '0100', 'Multiply-subtract from accumulator by element.'],
  ['SQDMULH', 0, '1100', 'Signed saturating doubling multiply returning high half, by element.'],
  ['SQRDMULH', 0, '1101', 'Signed saturating rounding doubling multiply returning high half, by element.'],
] as const;
/** By element, long results: [name, U, opcode, summary]. */
const elemLong = [
  ['SMLAL', 0, '0010', 'Signed multiply-add long by element.'],
  ['UMLAL', 1, '0010', 'Unsigned multiply-add long by element.'],
  ['SQDMLAL', 0, '0011', 'Signed saturating doubling multiply-add long by element.'],
  ['SMLSL', 0, '0110', 'Signed multiply-subtract long by element.'],
  ['UMLSL', 1, '0110', 'Unsigned multiply-subtract long by element.'],
  ['SQDMLSL', 0, '0111', 'Signed saturating doubling multiply-subtract long by element.'],
  ['SMULL', 0, '1010', 'Signed multiply long by element.'],
  ['UMULL', 1, '1010', 'Unsigned multiply long by element.'],
  ['SQDMULL', 0, '1011', 'Signed saturating doubling multiply long by element.'],
] as const;
const elemScalar = [
  ['SQDMULH', '1100', false, 'Signed saturating doubling multiply returning high half, by element (scalar).'],
  ['SQRDMULH', '1101', false, 'Signed saturating rounding doubling multiply returning high half, by element (scalar).'],
  ['SQDMLAL', '0011', true, 'Signed saturating doubling multiply-add long by element (scalar).'],
  ['SQDMLSL', '0111', true, 'Signed saturating doubling multiply-subtract long by element (scalar).'],
  ['SQDMULL', '1011', true, 'Signed saturating doubling multiply long by element (scalar).'],
] as const;
const hsValid = sizeValid.hs;

/** The 4-byte group of the dot products by element: v0-v31 '.4b[H:L]' (Rm = M:Rm). */
const dotElement: Operand = {
  syntax: '<Vm>.4B[<index>]',
  format: (f) => `v${(f.M! << 4) | f.Rm!}.4b[${(f.H! << 1) | f.L!}]`,
  parse(text, f, ctx) {
    const r = parseVectorText(text);
    if (!r) return `operand ${ctx.operandNumber} must be a SIMD vector element`;
    if (r.arrangement !== '4b' || r.index === undefined) return 'operand mismatch';
    if (r.index > 3) { ctx.definite = true; return `register element index out of range 0 to 3 at operand ${ctx.operandNumber}`; }
    f.H = r.index >> 1; f.L = r.index & 1; f.M = r.num >> 4; f.Rm = r.num & 15;
    return undefined;
  },
};
const dotAcc = choice([['Q', 1]], ['2s', '4s']);
const dotSrc = choice([['Q', 1]], ['8b', '16b']);
/** [name, U, summary] of the dot products (FEAT_DotProd). */
const dots = [
  ['SDOT', 0, 'Signed dot product: each 32-bit element of Vd += the sum of four signed byte products.'],
  ['UDOT', 1, 'Unsigned dot product: each 32-bit element of Vd += the sum of four unsigned byte products.'],
] as const;
const elem = byElement();

export const simdIntegerLongForms = [
  ...threeDifferent.flatMap(([name, u, opc, kind, sizes, summary]) => [
    form({
      id: `${name}_vec` as `${typeof name}_vec`, mnemonic: name.toLowerCase(), feature: 'simd',
      encoding: `0 0 ${u} 01110 size:2 1 Rm:5 ${opc} 00 Rn:5 Rd:5`,
      operands: operandsOf(kind, false, Vm), summary: `${summary} Low halves.`, valid: sizeValid[sizes],
    }),
    form({
      id: `${name}2_vec` as `${typeof name}2_vec`, mnemonic: `${name.toLowerCase()}2`, feature: 'simd',
      encoding: `0 1 ${u} 01110 size:2 1 Rm:5 ${opc} 00 Rn:5 Rd:5`,
      operands: operandsOf(kind, true, Vm), summary: `${summary} High halves.`, valid: sizeValid[sizes],
    }),
  ]),
  form({
    id: 'PMULL_1q', mnemonic: 'pmull', feature: 'aes', encoding: '0 0 0 01110 11 1 Rm:5 1110 00 Rn:5 Rd:5', specialises: ['PMULL_vec'],
    operands: [vecReg('Rd', fixedArr('1q')), vecReg('Rn', fixedArr('1d')), vecReg('Rm', fixedArr('1d'))],
    summary: 'Polynomial multiply long of the low doublewords into a 128-bit result (FEAT_PMULL).',
  }),
  form({
    id: 'PMULL2_1q', mnemonic: 'pmull2', feature: 'aes', encoding: '0 1 0 01110 11 1 Rm:5 1110 00 Rn:5 Rd:5', specialises: ['PMULL2_vec'],
    operands: [vecReg('Rd', fixedArr('1q')), vecReg('Rn', fixedArr('2d')), vecReg('Rm', fixedArr('2d'))],
    summary: 'Polynomial multiply long of the high doublewords into a 128-bit result (FEAT_PMULL).',
  }),
  ...scalarDifferent.map(([name, opc, summary]) => form({
    id: `${name}_scalar` as `${typeof name}_scalar`, mnemonic: name.toLowerCase(), feature: 'simd',
    encoding: `01 0 11110 size:2 1 Rm:5 ${opc} 00 Rn:5 Rd:5`,
    operands: [fpReg('Rd', scalarWide), fpReg('Rn', scalarHS), fpReg('Rm', scalarHS)], summary, valid: hsValid,
  })),
  ...elemSame.map(([name, u, opc, summary]) => form({
    id: `${name}_elem` as `${typeof name}_elem`, mnemonic: name.toLowerCase(), feature: 'simd',
    encoding: `0 Q:1 ${u} 01111 size:2 L:1 M:1 Rm:4 ${opc} H:1 0 Rn:5 Rd:5`,
    operands: [vecReg('Rd', arrHS), vecReg('Rn', arrHS), elem], summary, valid: hsValid,
  })),
  ...elemLong.flatMap(([name, u, opc, summary]) => [
    form({
      id: `${name}_elem` as `${typeof name}_elem`, mnemonic: name.toLowerCase(), feature: 'simd',
      encoding: `0 0 ${u} 01111 size:2 L:1 M:1 Rm:4 ${opc} H:1 0 Rn:5 Rd:5`,
      operands: [vecReg('Rd', wideBySize), vecReg('Rn', narrowLow), elem], summary: `${summary} Low half of Vn.`, valid: hsValid,
    }),
    form({
      id: `${name}2_elem` as `${typeof name}2_elem`, mnemonic: `${name.toLowerCase()}2`, feature: 'simd',
      encoding: `0 1 ${u} 01111 size:2 L:1 M:1 Rm:4 ${opc} H:1 0 Rn:5 Rd:5`,
      operands: [vecReg('Rd', wideBySize), vecReg('Rn', narrowHigh), elem], summary: `${summary} High half of Vn.`, valid: hsValid,
    }),
  ]),
  ...dots.map(([name, u, summary]) => form({
    id: `${name}_vec` as `${typeof name}_vec`, mnemonic: name.toLowerCase(), feature: 'dotprod',
    encoding: `0 Q:1 ${u} 01110 10 0 Rm:5 1 0010 1 Rn:5 Rd:5`,
    operands: [vecReg('Rd', dotAcc), vecReg('Rn', dotSrc), vecReg('Rm', dotSrc)], summary,
  })),
  ...dots.map(([name, u, summary]) => form({
    id: `${name}_elem` as `${typeof name}_elem`, mnemonic: name.toLowerCase(), feature: 'dotprod',
    encoding: `0 Q:1 ${u} 01111 10 L:1 M:1 Rm:4 1110 H:1 0 Rn:5 Rd:5`,
    operands: [vecReg('Rd', dotAcc), vecReg('Rn', dotSrc), dotElement], summary: summary.replace('products.', 'products with one 4-byte group of Vm.'),
  })),
  ...elemScalar.map(([name, opc, long, summary]) => form({
    id: `${name}_elem_scalar` as `${typeof name}_elem_scalar`, mnemonic: name.toLowerCase(), feature: 'simd',
    encoding: `01 0 11111 size:2 L:1 M:1 Rm:4 ${opc} H:1 0 Rn:5 Rd:5`,
    operands: [fpReg('Rd', long ? scalarWide : scalarHS), fpReg('Rn', scalarHS), elem], summary, valid: hsValid,
  })),
];

export const simdIntegerLongAliases = [] as const;
