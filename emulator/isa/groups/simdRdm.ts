// FEAT_RDM (GNU's extension name: rdma, part of Armv8.1-A): SQRDMLAH and SQRDMLSH, signed saturating rounding
// doubling multiply accumulate (subtract) returning the high half, in the vector, scalar, vector-by-element and
// scalar-by-element forms. Elements are halfwords or words (size 01/10); the by-element operand is v0-v15 .h[0-7]
// or v0-v31 .s[0-3], as for SQRDMULH (./simdIntegerOperands.ts byElement).

import { fpReg as fpRegBase, vecReg as vecRegBase, type FieldChoice } from './simdOperands.js';
import { arrHS, byElement, scalarHS, simdRegister } from './simdIntegerOperands.js';
import { builders, type Fields, type Operand } from '../table.js';

const { form } = builders('simdFp');
const vecReg = (field: string, c: FieldChoice): Operand => simdRegister(vecRegBase(field, c));
const fpReg = (field: string, c: FieldChoice): Operand => simdRegister(fpRegBase(field, c));
const hs = (f: Readonly<Fields>): boolean => f.size === 1 || f.size === 2;
const elem = byElement();

/** [name, S bit of the three-same-extra forms, opcode of the by-element forms, what it does] */
const ops = [
  ['SQRDMLAH', 0, '1101', 'Signed saturating rounding doubling multiply-accumulate returning the high half'],
  ['SQRDMLSH', 1, '1111', 'Signed saturating rounding doubling multiply-subtract returning the high half'],
] as const;

export const simdRdmForms = ops.flatMap(([name, s, opc, what]) => [
  form({
    id: `${name}_vec` as `${typeof name}_vec`, mnemonic: name.toLowerCase(), feature: 'rdma',
    encoding: `0 Q:1 1 01110 size:2 0 Rm:5 1000 ${s} 1 Rn:5 Rd:5`,
    operands: [vecReg('Rd', arrHS), vecReg('Rn', arrHS), vecReg('Rm', arrHS)], valid: hs,
    summary: `${what}: Vd += (or -=) the rounded high half of 2*Vn*Vm, saturated (sets FPSR.QC).`,
  }),
  form({
    id: `${name}_scalar` as `${typeof name}_scalar`, mnemonic: name.toLowerCase(), feature: 'rdma',
    encoding: `01 1 11110 size:2 0 Rm:5 1000 ${s} 1 Rn:5 Rd:5`,
    operands: [fpReg('Rd', scalarHS), fpReg('Rn', scalarHS), fpReg('Rm', scalarHS)], valid: hs,
    summary: `${what} (scalar).`,
  }),
  form({
    id: `${name}_elem` as `${typeof name}_elem`, mnemonic: name.toLowerCase(), feature: 'rdma',
    encoding: `0 Q:1 1 01111 size:2 L:1 M:1 Rm:4 ${opc} H:1 0 Rn:5 Rd:5`,
    operands: [vecReg('Rd', arrHS), vecReg('Rn', arrHS), elem], valid: hs,
    summary: `${what}, by element.`,
  }),
  form({
    id: `${name}_elem_scalar` as `${typeof name}_elem_scalar`, mnemonic: name.toLowerCase(), feature: 'rdma',
    encoding: `01 1 11111 size:2 L:1 M:1 Rm:4 ${opc} H:1 0 Rn:5 Rd:5`,
    operands: [fpReg('Rd', scalarHS), fpReg('Rn', scalarHS), elem], valid: hs,
    summary: `${what}, by element (scalar).`,
  }),
]);

export const simdRdmAliases = [] as const;

export type SimdRdmFormId = (typeof simdRdmForms)[number]['id'];
