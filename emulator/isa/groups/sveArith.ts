// SVE (FEAT_SVE) integer and floating-point arithmetic (FADD/FSUB/FMUL/FDIV/FMAX/FMIN/... predicated, FADD/FSUB/FMUL/
// FTSMUL/FRECPS/FRSQRTS unpredicated), the predicated unary forms (SXTB..UXTW, ABS, NEG, CLS, CLZ, CNT, CNOT, NOT,
// FABS, FNEG), the integer reductions (SADDV/UADDV/SMAXV/UMAXV/SMINV/UMINV/ORV/EORV/ANDV), MOVPRFX, logical forms, and
// the predicated multiply-adds (integer MLA/MLS/MAD/MSB,
// floating-point FMLA/FMLS/FNMLA/FNMLS/FMAD/FMSB/FNMAD/FNMSB): the predicated binary group (ADD/SUB/SUBR, SMAX/UMAX/SMIN/
// UMIN/SABD/UABD, MUL/SMULH/UMULH, SDIV/UDIV/SDIVR/UDIVR for s and d elements, ORR/EOR/AND/BIC: `Zdn, Pg/M, Zdn,
// Zm`), the unpredicated ADD/SUB/SQADD/UQADD/SQSUB/UQSUB, the unpredicated bitwise AND/ORR/EOR/BIC (.d, with MOV
// for ORR of one register), and SEL (with MOV Zd, Pg/M, Zn when Zm is Zd). Texts follow GNU as/objdump 2.40. Like
// every SVE form, these execute as undefined instructions (emulator/machine/exec/sve.ts): SVE is not advertised.

import { imm } from '../operands.js';
import { builders, type Fields } from '../table.js';
import { choice, fixedChoice, fpReg } from './simdOperands.js';
import { deferredChecks, zWhole, dupImm, dupImmFinish, dupShift, governing, governingMerging, pReg, predicate, tiedZReg, zReg } from './sveOperands.js';

const { form, alias } = builders('simdFp');

const sizeBHSD = choice([['size', 2]], ['b', 'h', 's', 'd']);
const sizeSD = choice([['size', 2]], [undefined, undefined, 's', 'd']);

/** Predicated binary: 00000100 size 0 group:2 opc:3 000 Pg Zm Zdn. [id, group, opc, sizes, summary] */
const predicated = [
  ['ADD', '00', '000', 'Add'], ['SUB', '00', '001', 'Subtract'], ['SUBR', '00', '011', 'Reversed subtract (Zm - Zdn)'],
  ['SMAX', '01', '000', 'Signed maximum'], ['UMAX', '01', '001', 'Unsigned maximum'],
  ['SMIN', '01', '010', 'Signed minimum'], ['UMIN', '01', '011', 'Unsigned minimum'],
  ['SABD', '01', '100', 'Signed absolute difference'], ['UABD', '01', '101', 'Unsigned absolute difference'],
  ['MUL', '10', '000', 'Multiply'], ['SMULH', '10', '010', 'Signed multiply returning the high half'],
  ['UMULH', '10', '011', 'Unsigned multiply returning the high half'],
  ['SDIV', '10', '100', 'Signed divide'], ['UDIV', '10', '101', 'Unsigned divide'],
  ['SDIVR', '10', '110', 'Signed reversed divide (Zm / Zdn)'], ['UDIVR', '10', '111', 'Unsigned reversed divide (Zm / Zdn)'],
  ['ORR', '11', '000', 'Bitwise or'], ['EOR', '11', '001', 'Bitwise exclusive or'],
  ['AND', '11', '010', 'Bitwise and'], ['BIC', '11', '011', 'Bitwise clear (Zdn AND NOT Zm)'],
] as const;

function binaryPredicated<const N extends (typeof predicated)[number][0]>(name: N, group: string, opc: string, what: string) {
  const size = group === '10' && opc.startsWith('1') ? sizeSD : sizeBHSD;
  return form({
    id: `SVE_${name}_zpzz` as `SVE_${N}_zpzz`, mnemonic: name.toLowerCase(), feature: 'sve',
    encoding: `00000100 size:2 0 ${group} ${opc} 000 Pg:3 Zm:5 Zdn:5`,
    operands: [zReg('Zdn', size, 'defer'), governingMerging('Pg'), tiedZReg('Zdn', size), zReg('Zm', size, 'defer')],
    valid: (f: Readonly<Fields>) => size.format(f) !== undefined,
    finish: deferredChecks,
    summary: `${what}, active elements of Zdn and Zm into Zdn; inactive elements unchanged (SVE).`,
  });
}

const sizeHSD = choice([['size', 2]], [undefined, 'h', 's', 'd']);

/**
 * Multiply-add, predicated: the accumulating forms (MLA/MLS, FMLA/FMLS/FNMLA/FNMLS: `Zda, Pg/M, Zn, Zm`) and the
 * multiplicand-overwriting ones (MAD/MSB, FMAD/FMSB/FNMAD/FNMSB: `Zdn, Pg/M, Zm, Za`). [id, encoding, summary]
 */
const multiplyAdd = [
  ['MLA', 'int', '00000100 size:2 0 Zm:5 01 0 Pg:3 Zn:5 Zda:5', 'Multiply-add: Zda += Zn * Zm'],
  ['MLS', 'int', '00000100 size:2 0 Zm:5 01 1 Pg:3 Zn:5 Zda:5', 'Multiply-subtract: Zda -= Zn * Zm'],
  ['MAD', 'int', '00000100 size:2 0 Zm:5 11 0 Pg:3 Za:5 Zdn:5', 'Multiply-add: Zdn = Za + Zdn * Zm'],
  ['MSB', 'int', '00000100 size:2 0 Zm:5 11 1 Pg:3 Za:5 Zdn:5', 'Multiply-subtract: Zdn = Za - Zdn * Zm'],
  ['FMLA', 'fp', '01100101 size:2 1 Zm:5 0 00 Pg:3 Zn:5 Zda:5', 'Floating-point fused multiply-add: Zda += Zn * Zm'],
  ['FMLS', 'fp', '01100101 size:2 1 Zm:5 0 01 Pg:3 Zn:5 Zda:5', 'Floating-point fused multiply-subtract: Zda -= Zn * Zm'],
  ['FNMLA', 'fp', '01100101 size:2 1 Zm:5 0 10 Pg:3 Zn:5 Zda:5', 'Floating-point negated fused multiply-add: Zda = -Zda - Zn * Zm'],
  ['FNMLS', 'fp', '01100101 size:2 1 Zm:5 0 11 Pg:3 Zn:5 Zda:5', 'Floating-point negated fused multiply-subtract: Zda = -Zda + Zn * Zm'],
  ['FMAD', 'fp', '01100101 size:2 1 Za:5 1 00 Pg:3 Zm:5 Zdn:5', 'Floating-point fused multiply-add: Zdn = Za + Zdn * Zm'],
  ['FMSB', 'fp', '01100101 size:2 1 Za:5 1 01 Pg:3 Zm:5 Zdn:5', 'Floating-point fused multiply-subtract: Zdn = Za - Zdn * Zm'],
  ['FNMAD', 'fp', '01100101 size:2 1 Za:5 1 10 Pg:3 Zm:5 Zdn:5', 'Floating-point negated fused multiply-add: Zdn = -Za - Zdn * Zm'],
  ['FNMSB', 'fp', '01100101 size:2 1 Za:5 1 11 Pg:3 Zm:5 Zdn:5', 'Floating-point negated fused multiply-subtract: Zdn = -Za + Zdn * Zm'],
] as const;

function multiplyAddForm<const N extends (typeof multiplyAdd)[number][0]>(name: N, kind: 'int' | 'fp', encoding: string, what: string) {
  const size = kind === 'fp' ? sizeHSD : sizeBHSD;
  const accumulating = encoding.includes('Zda');
  const regs = accumulating ? ['Zda', 'Zn', 'Zm'] : ['Zdn', 'Zm', 'Za'];
  return form({
    id: `SVE_${name}_zpzzz` as `SVE_${N}_zpzzz`, mnemonic: name.toLowerCase(), feature: 'sve', encoding,
    operands: [zReg(regs[0]!, size, 'defer'), governingMerging('Pg'), zReg(regs[1]!, size, 'defer'), zReg(regs[2]!, size, 'defer')],
    valid: (f: Readonly<Fields>) => size.format(f) !== undefined,
    finish: deferredChecks,
    summary: `${what}, active elements; inactive elements unchanged (SVE).`,
  });
}

/**
 * Integer compares into a predicate (`Pd, Pg/Z, Zn, Zm|#imm`), setting NZCV: with vectors of the same element size,
 * with wide (doubleword) second elements, with a signed 5-bit or an unsigned 7-bit immediate.
 * [name, bits 15:13 (vectors), bit 4 (ne)]
 */
const compareVectors = [
  ['CMPHS', '000', 0, false], ['CMPHI', '000', 1, false], ['CMPEQ', '001', 0, true], ['CMPNE', '001', 1, true],
  ['CMPGE', '010', 0, true], ['CMPGT', '010', 1, true], ['CMPLT', '011', 0, true], ['CMPLE', '011', 1, true],
  ['CMPGE', '100', 0, false], ['CMPGT', '100', 1, false], ['CMPEQ', '101', 0, false], ['CMPNE', '101', 1, false],
  ['CMPHS', '110', 0, true], ['CMPHI', '110', 1, true], ['CMPLO', '111', 0, true], ['CMPLS', '111', 1, true],
] as const;

const compareWhat: Record<string, string> = {
  CMPEQ: 'equal to', CMPNE: 'not equal to', CMPGE: 'signed greater than or equal to', CMPGT: 'signed greater than',
  CMPLT: 'signed less than', CMPLE: 'signed less than or equal to', CMPHS: 'unsigned higher than or same as',
  CMPHI: 'unsigned higher than', CMPLO: 'unsigned lower than', CMPLS: 'unsigned lower than or same as',
};

const sizeBHS = choice([['size', 2]], ['b', 'h', 's', undefined]);
const compareFinish = deferredChecks;

function compareVector<const N extends (typeof compareVectors)[number][0], const W extends boolean>(name: N, op: string, ne: number, wide: W) {
  const size = wide ? sizeBHS : sizeBHSD;
  return form({
    id: `SVE_${name}_${wide ? 'wide' : 'vec'}` as `SVE_${N}_${W extends true ? 'wide' : 'vec'}`, mnemonic: name.toLowerCase(), feature: 'sve',
    encoding: `00100100 size:2 0 Zm:5 ${op} Pg:3 Zn:5 ${ne} Pd:4`,
    operands: [pReg('Pd', size), governing('Pg', true), zReg('Zn', size, 'defer'), zReg('Zm', wide ? fixedChoice('d') : size, 'defer')],
    valid: (f: Readonly<Fields>) => size.format(f) !== undefined, finish: compareFinish,
    summary: `Compare active elements of Zn ${compareWhat[name]} ${wide ? 'the overlapping doubleword of Zm' : 'Zm'}: Pd (inactive false), NZCV (SVE).`,
  });
}

/** The reversed spellings GNU as accepts for vectors of one size (`cmple Pd, Pg/Z, Zn, Zm` is CMPGE with Zm, Zn). */
const reversedCompares = [['CMPLE', 'CMPGE'], ['CMPLT', 'CMPGT'], ['CMPLO', 'CMPHI'], ['CMPLS', 'CMPHS']] as const;

const compareSigned = [['CMPGE', '0', '0', 0], ['CMPGT', '0', '0', 1], ['CMPLT', '0', '1', 0], ['CMPLE', '0', '1', 1], ['CMPEQ', '1', '0', 0], ['CMPNE', '1', '0', 1]] as const;
const compareUnsigned = [['CMPHS', 0, 0], ['CMPHI', 0, 1], ['CMPLO', 1, 0], ['CMPLS', 1, 1]] as const;

function compareImmediate<const N extends string>(name: N, encoding: string, immediate: ReturnType<typeof imm>) {
  return form({
    id: `SVE_${name}_imm` as `SVE_${N}_imm`, mnemonic: name.toLowerCase(), feature: 'sve', encoding,
    operands: [pReg('Pd', sizeBHSD), governing('Pg', true), zReg('Zn', sizeBHSD, 'defer'), immediate], finish: compareFinish,
    summary: `Compare active elements of Zn ${compareWhat[name]} an immediate: Pd (inactive false), NZCV (SVE).`,
  });
}

/** Predicate logical operations on .b predicates: 00100101 op S 00 Pm 01 Pg o2 Pn o3 Pd. [name, op S o2 o3, summary] */
const predicateLogical = [
  ['AND', '0000', 'Pn AND Pm'], ['BIC', '0001', 'Pn AND NOT Pm'], ['EOR', '0010', 'Pn EOR Pm'],
  ['ANDS', '0100', 'Pn AND Pm, setting NZCV'], ['BICS', '0101', 'Pn AND NOT Pm, setting NZCV'], ['EORS', '0110', 'Pn EOR Pm, setting NZCV'],
  ['ORR', '1000', 'Pn OR Pm'], ['ORN', '1001', 'Pn OR NOT Pm'], ['NOR', '1010', 'NOT (Pn OR Pm)'], ['NAND', '1011', 'NOT (Pn AND Pm)'],
  ['ORRS', '1100', 'Pn OR Pm, setting NZCV'], ['ORNS', '1101', 'Pn OR NOT Pm, setting NZCV'],
  ['NORS', '1110', 'NOT (Pn OR Pm), setting NZCV'], ['NANDS', '1111', 'NOT (Pn AND Pm), setting NZCV'],
] as const;

const pb = (field: string) => pReg(field, fixedChoice('b'), true);
const predicateLogicalEncoding = (bits: string): string => `00100101 ${bits[0]} ${bits[1]} 00 Pm:4 01 Pg:4 ${bits[2]} Pn:4 ${bits[3]} Pd:4`;

function predicateLogicalForm<const N extends (typeof predicateLogical)[number][0]>(name: N, bits: string, what: string) {
  return form({
    id: `SVE_${name}_p` as `SVE_${N}_p`, mnemonic: name.toLowerCase(), feature: 'sve', encoding: predicateLogicalEncoding(bits),
    operands: [pb('Pd'), predicate('Pg', 'z'), pb('Pn'), pb('Pm')], finish: deferredChecks,
    summary: `Predicate ${what}, active elements (inactive false) (SVE).`,
  });
}

/** CPY (immediate), zeroing (M = 0) or merging (M = 1): GNU objdump always prints its MOV alias. */
const cpyImmSpec = (merging: 0 | 1) => ({
  encoding: `00000101 size:2 01 Pg:4 0 ${merging} sh:1 imm8:8 Zd:5`,
  operands: [zReg('Zd', sizeBHSD), predicate('Pg', merging ? true : 'z'), dupImm(), dupShift()],
  // DUP's messages, for operand 3; GNU calls every unencodable CPY value an invalid arithmetic immediate.
  finish: (f: Fields): string | undefined =>
    dupImmFinish(f)?.replace('invalid replicated MOV immediate', 'invalid arithmetic immediate').replace(/operand 2$/, 'operand 3') ?? deferredChecks(f),
  // Byte elements shifted by 8 are unallocated (objdump prints a value no assembler input gives back).
  valid: (f: Readonly<Fields>) => f['size'] !== 0 || f['sh'] === 0,
  summary: `Copy a signed 8-bit immediate, optionally shifted left by 8, to the active elements of Zd (inactive ${merging ? 'unchanged' : 'zero'}) (SVE).`,
});

/** Floating-point binary, predicated: 01100101 size 00 opc:4 100 Pg Zm Zdn (h, s, d). [name, opc, summary] */
const fpPredicated = [
  ['FADD', '0000', 'Floating-point add'], ['FSUB', '0001', 'Floating-point subtract'], ['FMUL', '0010', 'Floating-point multiply'],
  ['FSUBR', '0011', 'Floating-point reversed subtract (Zm - Zdn)'], ['FMAXNM', '0100', 'Floating-point maximum number'],
  ['FMINNM', '0101', 'Floating-point minimum number'], ['FMAX', '0110', 'Floating-point maximum'], ['FMIN', '0111', 'Floating-point minimum'],
  ['FABD', '1000', 'Floating-point absolute difference'], ['FSCALE', '1001', 'Floating-point scale by a power of two (Zm as signed integers)'],
  ['FMULX', '1010', 'Floating-point multiply extended'], ['FDIVR', '1100', 'Floating-point reversed divide (Zm / Zdn)'],
  ['FDIV', '1101', 'Floating-point divide'],
] as const;

function fpBinaryPredicated<const N extends (typeof fpPredicated)[number][0]>(name: N, opc: string, what: string) {
  return form({
    id: `SVE_${name}_zpzz` as `SVE_${N}_zpzz`, mnemonic: name.toLowerCase(), feature: 'sve',
    encoding: `01100101 size:2 00 ${opc} 100 Pg:3 Zm:5 Zdn:5`,
    operands: [zReg('Zdn', sizeHSD, 'defer'), governingMerging('Pg'), tiedZReg('Zdn', sizeHSD), zReg('Zm', sizeHSD, 'defer')],
    valid: (f: Readonly<Fields>) => f['size'] !== 0, finish: deferredChecks,
    summary: `${what}, active elements of Zdn and Zm into Zdn; inactive elements unchanged (SVE).`,
  });
}

/** Floating-point binary, unpredicated: 01100101 size 0 Zm 000 opc Zn Zd (h, s, d). [name, opc, summary] */
const fpUnpredicated = [
  ['FADD', '000', 'Floating-point add'], ['FSUB', '001', 'Floating-point subtract'], ['FMUL', '010', 'Floating-point multiply'],
  ['FTSMUL', '011', 'Floating-point trigonometric starting value'], ['FRECPS', '110', 'Floating-point reciprocal step'],
  ['FRSQRTS', '111', 'Floating-point reciprocal square root step'],
] as const;

function fpBinaryUnpredicated<const N extends (typeof fpUnpredicated)[number][0]>(name: N, opc: string, what: string) {
  return form({
    id: `SVE_${name}_zzz` as `SVE_${N}_zzz`, mnemonic: name.toLowerCase(), feature: 'sve',
    encoding: `01100101 size:2 0 Zm:5 000 ${opc} Zn:5 Zd:5`,
    operands: [zReg('Zd', sizeHSD, 'defer'), zReg('Zn', sizeHSD, 'defer'), zReg('Zm', sizeHSD, 'defer')],
    valid: (f: Readonly<Fields>) => f['size'] !== 0, finish: deferredChecks,
    summary: `${what}, every element of Zn and Zm into Zd (SVE).`,
  });
}

/** Integer and FP unary, predicated: 00000100 size 01 opc:4 101 Pg Zn Zd (`Zd, Pg/M, Zn`). [name, opc, sizes, summary] */
const unaryPredicated = [
  ['SXTB', '0000', 'hsd', 'Sign-extend the low byte'], ['UXTB', '0001', 'hsd', 'Zero-extend the low byte'],
  ['SXTH', '0010', 'sd', 'Sign-extend the low halfword'], ['UXTH', '0011', 'sd', 'Zero-extend the low halfword'],
  ['SXTW', '0100', 'd', 'Sign-extend the low word'], ['UXTW', '0101', 'd', 'Zero-extend the low word'],
  ['ABS', '0110', 'bhsd', 'Absolute value'], ['NEG', '0111', 'bhsd', 'Negate'], ['CLS', '1000', 'bhsd', 'Count leading sign bits'],
  ['CLZ', '1001', 'bhsd', 'Count leading zero bits'], ['CNT', '1010', 'bhsd', 'Count set bits'],
  ['CNOT', '1011', 'bhsd', 'Logical invert (1 where the element is zero, else 0)'], ['FABS', '1100', 'hsd', 'Floating-point absolute value'],
  ['FNEG', '1101', 'hsd', 'Floating-point negate'], ['NOT', '1110', 'bhsd', 'Bitwise invert'],
] as const;

function unaryPredicatedForm<const N extends (typeof unaryPredicated)[number][0]>(name: N, opc: string, sizes: string, what: string) {
  const size = choice([['size', 2]], ['b', 'h', 's', 'd'].map((l) => (sizes.includes(l) ? l : undefined)));
  return form({
    id: `SVE_${name}_zpz` as `SVE_${N}_zpz`, mnemonic: name.toLowerCase(), feature: 'sve',
    encoding: `00000100 size:2 01 ${opc} 101 Pg:3 Zn:5 Zd:5`,
    operands: [zReg('Zd', size, 'defer'), governingMerging('Pg'), zReg('Zn', size, 'defer')],
    valid: (f: Readonly<Fields>) => size.format(f) !== undefined, finish: deferredChecks,
    summary: `${what}, active elements of Zn into Zd; inactive elements unchanged (SVE).`,
  });
}

/** Integer reductions to a SIMD&FP scalar: 00000100 size 0 op:5 001 Pg Zn Vd. [name, op, sizes, wide result, summary] */
const reductions = [
  ['SADDV', '00000', 'bhs', true, 'Signed add of the active elements, into Dd'], ['UADDV', '00001', 'bhsd', true, 'Unsigned add of the active elements, into Dd'],
  ['SMAXV', '01000', 'bhsd', false, 'Signed maximum of the active elements'], ['UMAXV', '01001', 'bhsd', false, 'Unsigned maximum of the active elements'],
  ['SMINV', '01010', 'bhsd', false, 'Signed minimum of the active elements'], ['UMINV', '01011', 'bhsd', false, 'Unsigned minimum of the active elements'],
  ['ORV', '11000', 'bhsd', false, 'Bitwise or of the active elements'], ['EORV', '11001', 'bhsd', false, 'Bitwise exclusive or of the active elements'],
  ['ANDV', '11010', 'bhsd', false, 'Bitwise and of the active elements'],
] as const;

function reduction<const N extends (typeof reductions)[number][0]>(name: N, op: string, sizes: string, wide: boolean, what: string) {
  const size = choice([['size', 2]], ['b', 'h', 's', 'd'].map((l) => (sizes.includes(l) ? l : undefined)));
  return form({
    id: `SVE_${name}` as `SVE_${N}`, mnemonic: name.toLowerCase(), feature: 'sve',
    encoding: `00000100 size:2 0 ${op} 001 Pg:3 Zn:5 Vd:5`,
    operands: [fpReg('Vd', wide ? fixedChoice('d') : size), governing('Pg', false), zReg('Zn', size, 'defer')],
    valid: (f: Readonly<Fields>) => size.format(f) !== undefined, finish: deferredChecks,
    summary: `${what} of Zn into a SIMD&FP scalar (SVE).`,
  });
}

/** MOVPRFX: predicated (zeroing M = 0, merging M = 1) and unpredicated. */
const movprfxPredicated = (merging: 0 | 1) => form({
  id: merging ? 'SVE_MOVPRFX_m' : 'SVE_MOVPRFX_z', mnemonic: 'movprfx', feature: 'sve',
  encoding: `00000100 size:2 01000 ${merging} 001 Pg:3 Zn:5 Zd:5`,
  operands: [zReg('Zd', sizeBHSD, 'defer'), merging ? governingMerging('Pg') : governing('Pg', true), zReg('Zn', sizeBHSD, 'defer')],
  finish: deferredChecks,
  summary: `Move prefix: copy the active elements of Zn to Zd (inactive ${merging ? 'unchanged' : 'zero'}), to be combined with the next destructive instruction (SVE).`,
});

/** Unpredicated add/subtract: 00000100 size 1 Zm 000 opc Zn Zd. */
const unpredicated = [
  ['ADD', '000', 'Add'], ['SUB', '001', 'Subtract'], ['SQADD', '100', 'Signed saturating add'],
  ['UQADD', '101', 'Unsigned saturating add'], ['SQSUB', '110', 'Signed saturating subtract'], ['UQSUB', '111', 'Unsigned saturating subtract'],
] as const;

function binaryUnpredicated<const N extends (typeof unpredicated)[number][0]>(name: N, opc: string, what: string) {
  return form({
    id: `SVE_${name}_zzz` as `SVE_${N}_zzz`, mnemonic: name.toLowerCase(), feature: 'sve',
    encoding: `00000100 size:2 1 Zm:5 000 ${opc} Zn:5 Zd:5`,
    operands: [zReg('Zd', sizeBHSD, 'defer'), zReg('Zn', sizeBHSD, 'defer'), zReg('Zm', sizeBHSD, 'defer')], finish: deferredChecks,
    summary: `${what}, every element of Zn and Zm into Zd (SVE).`,
  });
}

const logical = [['AND', '00', 'Bitwise and'], ['ORR', '01', 'Bitwise or'], ['EOR', '10', 'Bitwise exclusive or'], ['BIC', '11', 'Bitwise clear (Zn AND NOT Zm)']] as const;

const dReg = (field: string) => zReg(field, fixedChoice('d'), 'defer');
const logicalSpec = (opc: string) => ({ encoding: `00000100 ${opc} 1 Zm:5 001100 Zn:5 Zd:5` });

const selSpec = {
  encoding: '00000101 size:2 1 Zm:5 11 Pg:4 Zn:5 Zd:5',
};

export const sveArithForms = [
  // Unpredicated first: GNU's message for `add z0.b, x1, x2` is the unpredicated form's.
  ...unpredicated.map(([name, opc, what]) => binaryUnpredicated(name, opc, what)),
  ...fpUnpredicated.map(([name, opc, what]) => fpBinaryUnpredicated(name, opc, what)),
  ...fpPredicated.map(([name, opc, what]) => fpBinaryPredicated(name, opc, what)),
  ...unaryPredicated.map(([name, opc, sizes, what]) => unaryPredicatedForm(name, opc, sizes, what)),
  ...reductions.map(([name, op, sizes, wide, what]) => reduction(name, op, sizes, wide, what)),
  movprfxPredicated(0), movprfxPredicated(1),
  form({
    id: 'SVE_MOVPRFX', mnemonic: 'movprfx', feature: 'sve', encoding: '00000100 00 1 00000 101111 Zn:5 Zd:5',
    operands: [zWhole('Zd'), zWhole('Zn')], finish: deferredChecks,
    summary: 'Move prefix: copy Zn to Zd, to be combined with the next destructive instruction (SVE).',
  }),
  ...multiplyAdd.map(([name, kind, encoding, what]) => multiplyAddForm(name, kind, encoding, what)),
  ...compareVectors.map(([name, op, ne, wide]) => compareVector(name, op, ne, wide)),
  ...compareSigned.map(([name, op, o2, ne]) => compareImmediate(name, `00100101 size:2 0 imm5:5 ${op} 0 ${o2} Pg:3 Zn:5 ${ne} Pd:4`,
    imm('imm5', 5, { signed: true, format: 'dec', syntax: '#<imm>' }))),
  ...compareUnsigned.map(([name, lt, ne]) => compareImmediate(name, `00100100 size:2 1 imm7:7 ${lt} Pg:3 Zn:5 ${ne} Pd:4`,
    imm('imm7', 7, { format: 'dec', syntax: '#<imm>' }))),
  ...predicated.map(([name, group, opc, what]) => binaryPredicated(name, group, opc, what)),
  ...logical.map(([name, opc, what]) => form({
    id: `SVE_${name}_zzz_d` as `SVE_${typeof name}_zzz_d`, mnemonic: name.toLowerCase(), feature: 'sve', ...logicalSpec(opc),
    operands: [dReg('Zd'), dReg('Zn'), dReg('Zm')], finish: deferredChecks, summary: `${what} of the whole vectors Zn and Zm into Zd (SVE).`,
  })),
  ...predicateLogical.map(([name, bits, what]) => predicateLogicalForm(name, bits, what)),
  form({
    id: 'SVE_SEL_p', mnemonic: 'sel', feature: 'sve', encoding: predicateLogicalEncoding('0011'),
    operands: [pb('Pd'), predicate('Pg'), pb('Pn'), pb('Pm')], finish: deferredChecks,
    summary: 'Select predicate elements: Pn where Pg is true, else Pm (SVE).',
  }),
  form({ id: 'SVE_CPY_i_z', mnemonic: 'cpy', feature: 'sve', ...cpyImmSpec(0) }),
  form({ id: 'SVE_CPY_i_m', mnemonic: 'cpy', feature: 'sve', ...cpyImmSpec(1) }),
  form({
    id: 'SVE_SEL_z', mnemonic: 'sel', feature: 'sve', ...selSpec,
    operands: [zReg('Zd', sizeBHSD, 'defer'), predicate('Pg'), zReg('Zn', sizeBHSD, 'defer'), zReg('Zm', sizeBHSD, 'defer')], finish: deferredChecks,
    summary: 'Select: each element of Zd from Zn where Pg is true, else from Zm (SVE).',
  }),
];

export const sveArithAliases = [
  alias({ id: 'SVE_MOV_CPY_i_z', mnemonic: 'mov', feature: 'sve', aliasOf: 'SVE_CPY_i_z', ...cpyImmSpec(0) }),
  alias({ id: 'SVE_MOV_CPY_i_m', mnemonic: 'mov', feature: 'sve', aliasOf: 'SVE_CPY_i_m', ...cpyImmSpec(1) }),
  // Predicate moves (GNU objdump's preferred forms of ORR/ORRS, AND/ANDS, EOR/EORS and SEL).
  ...(['ORR', 'ORRS'] as const).map((name) => alias({
    id: `SVE_${name === 'ORR' ? 'MOV' : 'MOVS'}_p_orr` as const, mnemonic: name === 'ORR' ? 'mov' : 'movs', feature: 'sve', aliasOf: `SVE_${name}_p`,
    encoding: predicateLogicalEncoding(name === 'ORR' ? '1000' : '1100'), operands: [pb('Pd'), pb('Pn')],
    when: (f) => f['Pn'] === f['Pm'] && f['Pn'] === f['Pg'], finish: (f) => { f['Pm'] = f['Pn']!; f['Pg'] = f['Pn']!; return deferredChecks(f); },
    summary: `Copy predicate Pn to Pd${name === 'ORRS' ? ', setting NZCV' : ''} (SVE).`,
  })),
  ...(['AND', 'ANDS'] as const).map((name) => alias({
    id: `SVE_${name === 'AND' ? 'MOV' : 'MOVS'}_p_and` as const, mnemonic: name === 'AND' ? 'mov' : 'movs', feature: 'sve', aliasOf: `SVE_${name}_p`,
    encoding: predicateLogicalEncoding(name === 'AND' ? '0000' : '0100'), operands: [pb('Pd'), predicate('Pg', 'z'), pb('Pn')],
    when: (f) => f['Pn'] === f['Pm'], finish: (f) => { f['Pm'] = f['Pn']!; return deferredChecks(f); },
    summary: `Copy the active elements of Pn to Pd, inactive false${name === 'ANDS' ? ', setting NZCV' : ''} (SVE).`,
  })),
  ...(['EOR', 'EORS'] as const).map((name) => alias({
    id: `SVE_${name === 'EOR' ? 'NOT' : 'NOTS'}_p` as const, mnemonic: name === 'EOR' ? 'not' : 'nots', feature: 'sve', aliasOf: `SVE_${name}_p`,
    encoding: predicateLogicalEncoding(name === 'EOR' ? '0010' : '0110'), operands: [pb('Pd'), predicate('Pg', 'z'), pb('Pn')],
    when: (f) => f['Pm'] === f['Pg'], finish: (f) => { f['Pm'] = f['Pg']!; return deferredChecks(f); },
    summary: `Invert the active elements of Pn into Pd, inactive false${name === 'EORS' ? ', setting NZCV' : ''} (SVE).`,
  })),
  alias({
    id: 'SVE_MOV_p_sel', mnemonic: 'mov', feature: 'sve', aliasOf: 'SVE_SEL_p', encoding: predicateLogicalEncoding('0011'),
    operands: [pb('Pd'), predicate('Pg', true), pb('Pn')], when: (f) => f['Pm'] === f['Pd'],
    finish: (f) => { f['Pm'] = f['Pd']!; return deferredChecks(f); },
    summary: 'Copy the active elements of Pn to Pd, keeping the inactive ones (SVE).',
  }),
  ...reversedCompares.map(([name, base]) => alias({
    id: `SVE_${name}_vec_reversed` as const, mnemonic: name.toLowerCase(), feature: 'sve', aliasOf: `SVE_${base}_vec`, asmOnly: true,
    encoding: `00100100 size:2 0 Zm:5 ${base === 'CMPGE' || base === 'CMPGT' ? '100' : '000'} Pg:3 Zn:5 ${base === 'CMPGT' || base === 'CMPHI' ? 1 : 0} Pd:4`,
    operands: [pReg('Pd', sizeBHSD), governing('Pg', true), zReg('Zm', sizeBHSD, 'defer'), zReg('Zn', sizeBHSD, 'defer')], finish: compareFinish,
    summary: `${name.toLowerCase()} Pd, Pg/Z, Zn, Zm: ${base.toLowerCase()} with the vectors swapped (SVE).`,
  })),
  alias({
    id: 'SVE_MOV_ORR_zzz', mnemonic: 'mov', feature: 'sve', aliasOf: 'SVE_ORR_zzz_d', ...logicalSpec('01'),
    operands: [dReg('Zd'), dReg('Zn')], when: (f) => f['Zn'] === f['Zm'], finish: (f) => { f['Zm'] = f['Zn']!; return deferredChecks(f); },
    summary: 'Move a whole vector: ORR Zd.D, Zn.D, Zn.D (SVE).',
  }),
  alias({
    id: 'SVE_MOV_SEL_z', mnemonic: 'mov', feature: 'sve', aliasOf: 'SVE_SEL_z', ...selSpec,
    operands: [zReg('Zd', sizeBHSD, 'defer'), predicate('Pg', true), zReg('Zn', sizeBHSD, 'defer')], when: (f) => f['Zd'] === f['Zm'],
    finish: (f) => { f['Zm'] = f['Zd']!; return deferredChecks(f); },
    summary: 'Move the active elements of Zn into Zd, keeping the inactive ones: SEL Zd, Pg, Zn, Zd (SVE).',
  }),
];

export type SveArithFormId = (typeof sveArithForms)[number]['id'];
