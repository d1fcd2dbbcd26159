// Advanced SIMD integer forms whose elements keep their size: three registers of the same type (vector and
// scalar), the two-register miscellaneous group (including the narrowing XTN/SQXTN family, SHLL and the pairwise
// long adds), the across-lanes reductions and the scalar pairwise ADDP, with GNU's aliases MOV (ORR Vd, Vn, Vn)
// and MVN (NOT). Executed by emulator/machine/exec/simdInteger.ts.

import { choice, fpReg as fpRegBase, vecReg as vecRegBase, type FieldChoice } from './simdOperands.js';
import {
  alsoField, arrAll, arrB, arrHS, arrNo64, arrQB, fixedArr, narrowHigh, narrowLow, scalarAll, scalarBySize, scalarD,
  scalarHS, shllShift, simdRegister, wideBySize, zeroImm,
} from './simdIntegerOperands.js';
import { builders, type Fields, type Operand } from '../table.js';

const vecReg = (field: string, c: FieldChoice): Operand => simdRegister(vecRegBase(field, c));
const fpReg = (field: string, c: FieldChoice): Operand => simdRegister(fpRegBase(field, c));
const { form, alias } = builders('simdFp');

type SizeClass = 'all' | 'no64' | 'hs' | 'b' | 'bh';
const vecValid: Record<SizeClass, (f: Readonly<Fields>) => boolean> = {
  all: (f) => f.size !== 3 || f.Q === 1,
  no64: (f) => f.size !== 3,
  hs: (f) => f.size === 1 || f.size === 2,
  b: (f) => f.size === 0,
  bh: (f) => f.size! <= 1,
};
const vecArr: Record<SizeClass, FieldChoice> = {
  all: arrAll, no64: arrNo64, hs: arrHS, b: arrB,
  bh: arrNo64,
};
type ScalarClass = 'all' | 'd' | 'hs';
const scalarValid: Record<ScalarClass, (f: Readonly<Fields>) => boolean> = {
  all: () => true,
  d: (f) => f.size === 3,
  hs: (f) => f.size === 1 || f.size === 2,
};
const scalarWidth: Record<ScalarClass, FieldChoice> = { all: scalarAll, d: scalarD, hs: scalarHS };

// ---- Three same ------------------------------------------------------------------------------------------

/** [name, U, opcode, vector sizes, scalar sizes or '' (no scalar form), summary] */
const threeSame = [
  ['SHADD', 0, '00000', 'no64', '', 'Signed halving add.'],
  ['UHADD', 1, '00000', 'no64', '', 'Unsigned halving add.'],
  ['SQADD', 0, '00001', 'all', 'all', 'Signed saturating add (sets FPSR.QC on saturation).'],
  ['UQADD', 1, '00001', 'all', 'all', 'Unsigned saturating add (sets FPSR.QC on saturation).'],
  ['SRHADD', 0, '00010', 'no64', '', 'Signed rounding halving add.'],
  ['URHADD', 1, '00010', 'no64', '', 'Unsigned rounding halving add.'],
  ['SHSUB', 0, '00100', 'no64', '', 'Signed halving subtract.'],
  ['UHSUB', 1, '00100', 'no64', '', 'Unsigned halving subtract.'],
  ['SQSUB', 0, '00101', 'all', 'all', 'Signed saturating subtract (sets FPSR.QC on saturation).'],
  ['UQSUB', 1, '00101', 'all', 'all', 'Unsigned saturating subtract (sets FPSR.QC on saturation).'],
  ['CMGT', 0, '00110', 'all', 'd', 'Compare signed greater than: all ones where Vn > Vm, else zero.'],
  ['CMHI', 1, '00110', 'all', 'd', 'Compare unsigned higher: all ones where Vn > Vm, else zero.'],
  ['CMGE', 0, '00111', 'all', 'd', 'Compare signed greater than or equal.'],
  ['CMHS', 1, '00111', 'all', 'd', 'Compare unsigned higher or same.'],
  ['SSHL', 0, '01000', 'all', 'd', 'Signed shift left by register (negative amounts shift right).'],
  ['USHL', 1, '01000', 'all', 'd', 'Unsigned shift left by register (negative amounts shift right).'],
  ['SQSHL', 0, '01001', 'all', 'all', 'Signed saturating shift left by register.'],
  ['UQSHL', 1, '01001', 'all', 'all', 'Unsigned saturating shift left by register.'],
  ['SRSHL', 0, '01010', 'all', 'd', 'Signed rounding shift left by register.'],
  ['URSHL', 1, '01010', 'all', 'd', 'Unsigned rounding shift left by register.'],
  ['SQRSHL', 0, '01011', 'all', 'all', 'Signed saturating rounding shift left by register.'],
  ['UQRSHL', 1, '01011', 'all', 'all', 'Unsigned saturating rounding shift left by register.'],
  ['SMAX', 0, '01100', 'no64', '', 'Signed maximum.'],
  ['UMAX', 1, '01100', 'no64', '', 'Unsigned maximum.'],
  ['SMIN', 0, '01101', 'no64', '', 'Signed minimum.'],
  ['UMIN', 1, '01101', 'no64', '', 'Unsigned minimum.'],
  ['SABD', 0, '01110', 'no64', '', 'Signed absolute difference.'],
  ['UABD', 1, '01110', 'no64', '', 'Unsigned absolute difference.'],
  ['SABA', 0, '01111', 'no64', '', 'Signed absolute difference and accumulate.'],
  ['UABA', 1, '01111', 'no64', '', 'Unsigned absolute difference and accumulate.'],
  ['ADD', 0, '10000', 'all', 'd', 'Add (vector).'],
  ['SUB', 1, '10000', 'all', 'd', 'Subtract (vector).'],
  ['CMTST', 0, '10001', 'all', 'd', 'Compare bitwise test: all ones where Vn AND Vm is not zero.'],
  ['CMEQ', 1, '10001', 'all', 'd', 'Compare equal: all ones where Vn = Vm, else zero.'],
  ['MLA', 0, '10010', 'no64', '', 'Multiply-add to accumulator: Vd += Vn * Vm.'],
  ['MLS', 1, '10010', 'no64', '', 'Multiply-subtract from accumulator: Vd -= Vn * Vm.'],
  ['MUL', 0, '10011', 'no64', '', 'Multiply (low half of each product).'],
  ['PMUL', 1, '10011', 'b', '', 'Polynomial multiply over {0,1} (bytes, low half).'],
  ['SMAXP', 0, '10100', 'no64', '', 'Signed maximum pairwise.'],
  ['UMAXP', 1, '10100', 'no64', '', 'Unsigned maximum pairwise.'],
  ['SMINP', 0, '10101', 'no64', '', 'Signed minimum pairwise.'],
  ['UMINP', 1, '10101', 'no64', '', 'Unsigned minimum pairwise.'],
  ['SQDMULH', 0, '10110', 'hs', 'hs', 'Signed saturating doubling multiply returning the high half.'],
  ['SQRDMULH', 1, '10110', 'hs', 'hs', 'Signed saturating rounding doubling multiply returning the high half.'],
  ['ADDP', 0, '10111', 'all', '', 'Add pairwise: adjacent element pairs of Vn:Vm.'],
] as const;

const scalarThreeSame = threeSame.filter((e): e is Extract<(typeof threeSame)[number], readonly [string, number, string, string, ScalarClass, string]> => e[4] !== '');

/** [name, U, size, summary] of the bitwise three-same forms (opcode 00011). */
const logic = [
  ['AND', 0, '00', 'Bitwise AND (vector).'],
  ['BIC', 0, '01', 'Bitwise bit clear (vector): Vn AND NOT Vm.'],
  ['ORR', 0, '10', 'Bitwise inclusive OR (vector).'],
  ['ORN', 0, '11', 'Bitwise inclusive OR NOT (vector): Vn OR NOT Vm.'],
  ['EOR', 1, '00', 'Bitwise exclusive OR (vector).'],
  ['BSL', 1, '01', 'Bitwise select: each bit from Vn where Vd has 1, else from Vm.'],
  ['BIT', 1, '10', 'Bitwise insert if true: Vd bits replaced by Vn where Vm has 1.'],
  ['BIF', 1, '11', 'Bitwise insert if false: Vd bits replaced by Vn where Vm has 0.'],
] as const;

// ---- Two-register miscellaneous --------------------------------------------------------------------------

type MiscKind = 'same' | 'zero' | 'pairLong';
/** [name, U, opcode, vector sizes, scalar sizes or '', kind, summary] */
const misc = [
  ['REV64', 0, '00000', 'no64', '', 'same', 'Reverse the elements in each doubleword.'],
  ['REV32', 1, '00000', 'bh', '', 'same', 'Reverse the elements in each word.'],
  ['REV16', 0, '00001', 'b', '', 'same', 'Reverse the bytes in each halfword.'],
  ['SADDLP', 0, '00010', 'no64', '', 'pairLong', 'Signed add long pairwise.'],
  ['UADDLP', 1, '00010', 'no64', '', 'pairLong', 'Unsigned add long pairwise.'],
  ['SUQADD', 0, '00011', 'all', 'all', 'same', 'Signed saturating accumulate of unsigned value: Vd += Vn.'],
  ['USQADD', 1, '00011', 'all', 'all', 'same', 'Unsigned saturating accumulate of signed value: Vd += Vn.'],
  ['CLS', 0, '00100', 'no64', '', 'same', 'Count leading sign bits.'],
  ['CLZ', 1, '00100', 'no64', '', 'same', 'Count leading zero bits.'],
  ['CNT', 0, '00101', 'b', '', 'same', 'Population count per byte.'],
  ['SADALP', 0, '00110', 'no64', '', 'pairLong', 'Signed add and accumulate long pairwise.'],
  ['UADALP', 1, '00110', 'no64', '', 'pairLong', 'Unsigned add and accumulate long pairwise.'],
  ['SQABS', 0, '00111', 'all', 'all', 'same', 'Signed saturating absolute value.'],
  ['SQNEG', 1, '00111', 'all', 'all', 'same', 'Signed saturating negate.'],
  ['CMGT', 0, '01000', 'all', 'd', 'zero', 'Compare signed greater than zero.'],
  ['CMGE', 1, '01000', 'all', 'd', 'zero', 'Compare signed greater than or equal to zero.'],
  ['CMEQ', 0, '01001', 'all', 'd', 'zero', 'Compare equal to zero.'],
  ['CMLE', 1, '01001', 'all', 'd', 'zero', 'Compare signed less than or equal to zero.'],
  ['CMLT', 0, '01010', 'all', 'd', 'zero', 'Compare signed less than zero.'],
  ['ABS', 0, '01011', 'all', 'd', 'same', 'Absolute value (vector).'],
  ['NEG', 1, '01011', 'all', 'd', 'same', 'Negate (vector).'],
] as const;

/** [name, U, opcode, has scalar, summary] of the narrowing forms (Vd narrow, Vn wide). */
const narrowing = [
  ['XTN', 0, '10010', false, 'Extract narrow: the low half of each element.'],
  ['SQXTUN', 1, '10010', true, 'Signed saturating extract unsigned narrow.'],
  ['SQXTN', 0, '10100', true, 'Signed saturating extract narrow.'],
  ['UQXTN', 1, '10100', true, 'Unsigned saturating extract narrow.'],
] as const;

function arrChoice(table: readonly (string | undefined)[]): FieldChoice {
  return choice([['size', 2], ['Q', 1]], table);
}
const pairLongDest = arrChoice(['4h', '8h', '2s', '4s', '1d', '2d', undefined, undefined]);

// ---- Across lanes ----------------------------------------------------------------------------------------

/** [name, U, opcode, long, summary] */
const across = [
  ['SADDLV', 0, '00011', true, 'Signed add long across vector.'],
  ['UADDLV', 1, '00011', true, 'Unsigned add long across vector.'],
  ['SMAXV', 0, '01010', false, 'Signed maximum across vector.'],
  ['UMAXV', 1, '01010', false, 'Unsigned maximum across vector.'],
  ['SMINV', 0, '11010', false, 'Signed minimum across vector.'],
  ['UMINV', 1, '11010', false, 'Unsigned minimum across vector.'],
  ['ADDV', 0, '11011', false, 'Add across vector.'],
] as const;
const acrossSource = arrChoice(['8b', '16b', '4h', '8h', undefined, '4s', undefined, undefined]);
const acrossValid = (f: Readonly<Fields>): boolean => f.size! < 2 || (f.size === 2 && f.Q === 1);

const Vd = (c: FieldChoice): Operand => vecReg('Rd', c);
const Vn = (c: FieldChoice): Operand => vecReg('Rn', c);
const Vm = (c: FieldChoice): Operand => vecReg('Rm', c);
const Sd = (c: FieldChoice): Operand => fpReg('Rd', c);
const Sn = (c: FieldChoice): Operand => fpReg('Rn', c);
const Sm = (c: FieldChoice): Operand => fpReg('Rm', c);

export const simdIntegerSameForms = [
  ...threeSame.map(([name, u, opc, sizes, , summary]) => form({
    id: `${name}_vec` as `${typeof name}_vec`, mnemonic: name.toLowerCase(), feature: 'simd',
    encoding: `0 Q:1 ${u} 01110 size:2 1 Rm:5 ${opc} 1 Rn:5 Rd:5`,
    operands: [Vd(vecArr[sizes]), Vn(vecArr[sizes]), Vm(vecArr[sizes])], summary, valid: vecValid[sizes],
  })),
  ...scalarThreeSame.map(([name, u, opc, , sizes, summary]) => form({
    id: `${name}_scalar` as `${typeof name}_scalar`, mnemonic: name.toLowerCase(), feature: 'simd',
    encoding: `01 ${u} 11110 size:2 1 Rm:5 ${opc} 1 Rn:5 Rd:5`,
    operands: [Sd(scalarWidth[sizes]), Sn(scalarWidth[sizes]), Sm(scalarWidth[sizes])], summary: `${summary} Scalar.`,
    valid: scalarValid[sizes],
  })),
  ...logic.map(([name, u, size, summary]) => form({
    id: `${name}_vec` as `${typeof name}_vec`, mnemonic: name.toLowerCase(), feature: 'simd',
    encoding: `0 Q:1 ${u} 01110 ${size} 1 Rm:5 00011 1 Rn:5 Rd:5`,
    operands: [Vd(arrQB), Vn(arrQB), Vm(arrQB)], summary,
  })),
  ...misc.map(([name, u, opc, sizes, , kind, summary]) => form({
    id: `${name}${kind === 'zero' ? '_zero' : ''}_vec` as `${typeof name}${'' | '_zero'}_vec`,
    mnemonic: name.toLowerCase(), feature: 'simd',
    encoding: `0 Q:1 ${u} 01110 size:2 10000 ${opc} 10 Rn:5 Rd:5`,
    operands: kind === 'zero' ? [Vd(vecArr[sizes]), Vn(vecArr[sizes]), zeroImm]
      : kind === 'pairLong' ? [Vd(pairLongDest), Vn(vecArr[sizes])]
      : [Vd(vecArr[sizes]), Vn(vecArr[sizes])],
    summary, valid: vecValid[sizes as SizeClass],
  })),
  ...misc.filter((e) => e[4] !== '').map(([name, u, opc, , sizes, kind, summary]) => form({
    id: `${name}${kind === 'zero' ? '_zero' : ''}_scalar` as `${typeof name}${'' | '_zero'}_scalar`,
    mnemonic: name.toLowerCase(), feature: 'simd',
    encoding: `01 ${u} 11110 size:2 10000 ${opc} 10 Rn:5 Rd:5`,
    operands: kind === 'zero' ? [Sd(scalarWidth[sizes as ScalarClass]), Sn(scalarWidth[sizes as ScalarClass]), zeroImm]
      : [Sd(scalarWidth[sizes as ScalarClass]), Sn(scalarWidth[sizes as ScalarClass])],
    summary: `${summary} Scalar.`, valid: scalarValid[sizes as ScalarClass],
  })),
  form({
    id: 'NOT_vec', mnemonic: 'not', feature: 'simd', encoding: '0 Q:1 1 01110 00 10000 00101 10 Rn:5 Rd:5',
    operands: [Vd(arrQB), Vn(arrQB)], summary: 'Bitwise NOT (vector).',
  }),
  form({
    id: 'RBIT_vec', mnemonic: 'rbit', feature: 'simd', encoding: '0 Q:1 1 01110 01 10000 00101 10 Rn:5 Rd:5',
    operands: [Vd(arrQB), Vn(arrQB)], summary: 'Reverse the bits in each byte.',
  }),
  ...narrowing.flatMap(([name, u, opc, , summary]) => [
    form({
      id: `${name}_vec` as `${typeof name}_vec`, mnemonic: name.toLowerCase(), feature: 'simd',
      encoding: `0 0 ${u} 01110 size:2 10000 ${opc} 10 Rn:5 Rd:5`,
      operands: [Vd(narrowLow), Vn(wideBySize)], summary: `${summary} Writes the low half of Vd.`, valid: vecValid.no64,
    }),
    form({
      id: `${name}2_vec` as `${typeof name}2_vec`, mnemonic: `${name.toLowerCase()}2`, feature: 'simd',
      encoding: `0 1 ${u} 01110 size:2 10000 ${opc} 10 Rn:5 Rd:5`,
      operands: [Vd(narrowHigh), Vn(wideBySize)], summary: `${summary} Writes the high half of Vd.`, valid: vecValid.no64,
    }),
  ]),
  ...narrowing.filter((e) => e[3]).map(([name, u, opc, , summary]) => form({
    id: `${name}_scalar` as `${typeof name}_scalar`, mnemonic: name.toLowerCase(), feature: 'simd',
    encoding: `01 ${u} 11110 size:2 10000 ${opc} 10 Rn:5 Rd:5`,
    operands: [Sd(scalarBySize(['b', 'h', 's', undefined])), Sn(scalarBySize(['h', 's', 'd', undefined]))],
    summary: `${summary} Scalar.`, valid: vecValid.no64,
  })),
  form({
    id: 'SHLL_vec', mnemonic: 'shll', feature: 'simd', encoding: '0 0 1 01110 size:2 10000 10011 10 Rn:5 Rd:5',
    operands: [Vd(wideBySize), Vn(narrowLow), shllShift], summary: 'Shift left long by the element size (low half of Vn).',
    valid: vecValid.no64,
  }),
  form({
    id: 'SHLL2_vec', mnemonic: 'shll2', feature: 'simd', encoding: '0 1 1 01110 size:2 10000 10011 10 Rn:5 Rd:5',
    operands: [Vd(wideBySize), Vn(narrowHigh), shllShift], summary: 'Shift left long by the element size (high half of Vn).',
    valid: vecValid.no64,
  }),
  ...across.map(([name, u, opc, long, summary]) => form({
    id: name, mnemonic: name.toLowerCase(), feature: 'simd',
    encoding: `0 Q:1 ${u} 01110 size:2 11000 ${opc} 10 Rn:5 Rd:5`,
    operands: [Sd(scalarBySize(long ? ['h', 's', 'd', undefined] : ['b', 'h', 's', undefined])), Vn(acrossSource)],
    summary, valid: acrossValid,
  })),
  form({
    id: 'ADDP_scalar', mnemonic: 'addp', feature: 'simd', encoding: '01 0 11110 11 11000 11011 10 Rn:5 Rd:5',
    operands: [Sd(fixedArr('d')), Vn(fixedArr('2d'))], summary: 'Add pairwise (scalar): the two doublewords of Vn.',
  }),
];

export const simdIntegerSameAliases = [
  alias({
    id: 'MOV_orr_vec', aliasOf: 'ORR_vec', mnemonic: 'mov', feature: 'simd',
    encoding: '0 Q:1 0 01110 10 1 Rm:5 00011 1 Rn:5 Rd:5', when: (f) => f.Rm === f.Rn,
    operands: [Vd(arrQB), alsoField(Vn(arrQB), 'Rn', 'Rm')], summary: 'Move vector: ORR Vd, Vn, Vn.',
  }),
  alias({
    id: 'MVN_not_vec', aliasOf: 'NOT_vec', mnemonic: 'mvn', feature: 'simd',
    encoding: '0 Q:1 1 01110 00 10000 00101 10 Rn:5 Rd:5',
    operands: [Vd(arrQB), Vn(arrQB)], summary: 'Bitwise NOT (vector), the preferred spelling of NOT.',
  }),
];
