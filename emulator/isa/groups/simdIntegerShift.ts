// Advanced SIMD shift by immediate, vector and scalar: SSHR/USHR/SSRA/USRA/SRSHR/URSHR/SRSRA/URSRA, SRI/SLI, SHL,
// SQSHL/UQSHL/SQSHLU (immediate), the narrowing SHRN family and SSHLL/USHLL with their aliases SXTL/UXTL.
// The element size is the position of the highest set bit of immh, so each operation is described once per
// element size (ids end in _vi8.._vi64 for vectors, _si8.._si64 for scalars): the field `sh` holds the bits of
// immh:immb below that marker, which also keeps these patterns clear of the modified-immediate group (immh = 0).

import { fpReg as fpRegBase, vecReg as vecRegBase, type FieldChoice } from './simdOperands.js';
import { arrQ, fixedArr, shiftImm, simdRegister } from './simdIntegerOperands.js';
import { builders, type Operand } from '../table.js';

const vecReg = (field: string, c: FieldChoice): Operand => simdRegister(vecRegBase(field, c));
const fpReg = (field: string, c: FieldChoice): Operand => simdRegister(fpRegBase(field, c));
const { form, alias } = builders('simdFp');

/** immh:immb bits for an element size: the fixed marker and the width of `sh`. */
const SIZES = [[8, '0001', 3], [16, '001', 4], [32, '01', 5], [64, '1', 6]] as const;
const NARROW_SIZES = [SIZES[0], SIZES[1], SIZES[2]] as const;
const letter = { 8: 'b', 16: 'h', 32: 's', 64: 'd' } as const;
const wideLetter = { 8: 'h', 16: 's', 32: 'd' } as const;
const lowArr = { 8: '8b', 16: '4h', 32: '2s' } as const;
const highArr = { 8: '16b', 16: '8h', 32: '4s' } as const;
const wideArr = { 8: '8h', 16: '4s', 32: '2d' } as const;

/** [name, U, opcode, right shift, scalar sizes ('d' or 'all'), summary] */
const sameSize = [
  ['SSHR', 0, '00000', true, 'd', 'Signed shift right (immediate).'],
  ['USHR', 1, '00000', true, 'd', 'Unsigned shift right (immediate).'],
  ['SSRA', 0, '00010', true, 'd', 'Signed shift right and accumulate (immediate).'],
  ['USRA', 1, '00010', true, 'd', 'Unsigned shift right and accumulate (immediate).'],
  ['SRSHR', 0, '00100', true, 'd', 'Signed rounding shift right (immediate).'],
  ['URSHR', 1, '00100', true, 'd', 'Unsigned rounding shift right (immediate).'],
  ['SRSRA', 0, '00110', true, 'd', 'Signed rounding shift right and accumulate (immediate).'],
  ['URSRA', 1, '00110', true, 'd', 'Unsigned rounding shift right and accumulate (immediate).'],
  ['SRI', 1, '01000', true, 'd', 'Shift right and insert: the bits of Vd above the shifted value are kept.'],
  ['SHL', 0, '01010', false, 'd', 'Shift left (immediate).'],
  ['SLI', 1, '01010', false, 'd', 'Shift left and insert: the bits of Vd below the shift are kept.'],
  ['SQSHLU', 1, '01100', false, 'all', 'Signed saturating shift left unsigned (immediate).'],
  ['SQSHL', 0, '01110', false, 'all', 'Signed saturating shift left (immediate).'],
  ['UQSHL', 1, '01110', false, 'all', 'Unsigned saturating shift left (immediate).'],
] as const;

/** [name, U, opcode, has scalar, summary] of the narrowing right shifts. */
const narrowShifts = [
  ['SHRN', 0, '10000', false, 'Shift right narrow (immediate).'],
  ['RSHRN', 0, '10001', false, 'Rounding shift right narrow (immediate).'],
  ['SQSHRN', 0, '10010', true, 'Signed saturating shift right narrow (immediate).'],
  ['SQRSHRN', 0, '10011', true, 'Signed saturating rounded shift right narrow (immediate).'],
  ['SQSHRUN', 1, '10000', true, 'Signed saturating shift right unsigned narrow (immediate).'],
  ['SQRSHRUN', 1, '10001', true, 'Signed saturating rounded shift right unsigned narrow (immediate).'],
  ['UQSHRN', 1, '10010', true, 'Unsigned saturating shift right narrow (immediate).'],
  ['UQRSHRN', 1, '10011', true, 'Unsigned saturating rounded shift right narrow (immediate).'],
] as const;

const longShifts = [
  ['SSHLL', 0, 'SXTL', 'Signed shift left long (immediate).'],
  ['USHLL', 1, 'UXTL', 'Unsigned shift left long (immediate).'],
] as const;

type Size = 8 | 16 | 32 | 64;
type NSize = 8 | 16 | 32;

export const simdIntegerShiftForms = [
  ...sameSize.flatMap(([name, u, opc, right, , summary]) => SIZES.map(([es, marker, bits]) => form({
    id: `${name}_vi${es}` as `${typeof name}_vi${Size}`, mnemonic: name.toLowerCase(), feature: 'simd',
    encoding: `0 Q:1 ${u} 011110 ${marker} sh:${bits} ${opc} 1 Rn:5 Rd:5`,
    operands: [vecReg('Rd', arrQ(es)), vecReg('Rn', arrQ(es)), shiftImm(es, right)], summary,
    ...(es === 64 ? { valid: (f: Readonly<Record<string, number>>) => f.Q === 1 } : {}),
  }))),
  ...sameSize.flatMap(([name, u, opc, right, scalar, summary]) => SIZES.filter(([es]) => scalar === 'all' || es === 64).map(([es, marker, bits]) => form({
    id: `${name}_si${es}` as `${typeof name}_si${Size}`, mnemonic: name.toLowerCase(), feature: 'simd',
    encoding: `01 ${u} 111110 ${marker} sh:${bits} ${opc} 1 Rn:5 Rd:5`,
    operands: [fpReg('Rd', fixedArr(letter[es])), fpReg('Rn', fixedArr(letter[es])), shiftImm(es, right)],
    summary: `${summary} Scalar.`,
  }))),
  ...narrowShifts.flatMap(([name, u, opc, , summary]) => NARROW_SIZES.flatMap(([es, marker, bits]) => [
    form({
      id: `${name}_vi${es}` as `${typeof name}_vi${NSize}`, mnemonic: name.toLowerCase(), feature: 'simd',
      encoding: `0 0 ${u} 011110 ${marker} sh:${bits} ${opc} 1 Rn:5 Rd:5`,
      operands: [vecReg('Rd', fixedArr(lowArr[es])), vecReg('Rn', fixedArr(wideArr[es])), shiftImm(es, true)],
      summary: `${summary} Writes the low half of Vd.`,
    }),
    form({
      id: `${name}2_vi${es}` as `${typeof name}2_vi${NSize}`, mnemonic: `${name.toLowerCase()}2`, feature: 'simd',
      encoding: `0 1 ${u} 011110 ${marker} sh:${bits} ${opc} 1 Rn:5 Rd:5`,
      operands: [vecReg('Rd', fixedArr(highArr[es])), vecReg('Rn', fixedArr(wideArr[es])), shiftImm(es, true)],
      summary: `${summary} Writes the high half of Vd.`,
    }),
  ])),
  ...narrowShifts.filter((e) => e[3]).flatMap(([name, u, opc, , summary]) => NARROW_SIZES.map(([es, marker, bits]) => form({
    id: `${name}_si${es}` as `${typeof name}_si${NSize}`, mnemonic: name.toLowerCase(), feature: 'simd',
    encoding: `01 ${u} 111110 ${marker} sh:${bits} ${opc} 1 Rn:5 Rd:5`,
    operands: [fpReg('Rd', fixedArr(letter[es])), fpReg('Rn', fixedArr(wideLetter[es])), shiftImm(es, true)],
    summary: `${summary} Scalar.`,
  }))),
  ...longShifts.flatMap(([name, u, , summary]) => NARROW_SIZES.flatMap(([es, marker, bits]) => [
    form({
      id: `${name}_vi${es}` as `${typeof name}_vi${NSize}`, mnemonic: name.toLowerCase(), feature: 'simd',
      encoding: `0 0 ${u} 011110 ${marker} sh:${bits} 10100 1 Rn:5 Rd:5`,
      operands: [vecReg('Rd', fixedArr(wideArr[es])), vecReg('Rn', fixedArr(lowArr[es])), shiftImm(es, false)],
      summary: `${summary} Low half of Vn.`,
    }),
    form({
      id: `${name}2_vi${es}` as `${typeof name}2_vi${NSize}`, mnemonic: `${name.toLowerCase()}2`, feature: 'simd',
      encoding: `0 1 ${u} 011110 ${marker} sh:${bits} 10100 1 Rn:5 Rd:5`,
      operands: [vecReg('Rd', fixedArr(wideArr[es])), vecReg('Rn', fixedArr(highArr[es])), shiftImm(es, false)],
      summary: `${summary} High half of Vn.`,
    }),
  ])),
];

export const simdIntegerShiftAliases = [
  ...longShifts.flatMap(([name, u, aliasName, summary]) => NARROW_SIZES.flatMap(([es, marker, bits]) => [
    alias({
      id: `${aliasName}_vi${es}` as `${typeof aliasName}_vi${NSize}`, aliasOf: `${name}_vi${es}`, mnemonic: aliasName.toLowerCase(),
      feature: 'simd', encoding: `0 0 ${u} 011110 ${marker} ${'0'.repeat(bits)} 10100 1 Rn:5 Rd:5`,
      operands: [vecReg('Rd', fixedArr(wideArr[es])), vecReg('Rn', fixedArr(lowArr[es]))],
      summary: `${summary.replace(' (immediate).', '')} by 0: ${aliasName === 'SXTL' ? 'sign' : 'zero'}-extend each element (low half).`,
    }),
    alias({
      id: `${aliasName}2_vi${es}` as `${typeof aliasName}2_vi${NSize}`, aliasOf: `${name}2_vi${es}`, mnemonic: `${aliasName.toLowerCase()}2`,
      feature: 'simd', encoding: `0 1 ${u} 011110 ${marker} ${'0'.repeat(bits)} 10100 1 Rn:5 Rd:5`,
      operands: [vecReg('Rd', fixedArr(wideArr[es])), vecReg('Rn', fixedArr(highArr[es]))],
      summary: `${summary.replace(' (immediate).', '')} by 0: ${aliasName === 'SXTL' ? 'sign' : 'zero'}-extend each element (high half).`,
    }),
  ])),
];
