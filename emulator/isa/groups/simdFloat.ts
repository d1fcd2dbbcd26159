// Scalar floating point (Arm ARM "Data Processing -- Scalar Floating-Point and Advanced SIMD"): FMOV (register,
// general, immediate, top half), 1-, 2- and 3-source arithmetic, rounding to integral, precision conversion,
// compares, conditional compare/select, and conversions to and from integer and fixed point.
//
// Field conventions for the executor: single/double forms have `ftype0` (bit 22: 0 = S, 1 = D); the half-precision
// twin of each form has the same id with '_h' (feature fp16, ftype 11 fixed). FCVT has `ftype` (source) and `opc`
// (destination) as the Arm ARM names them (00 S, 01 D, 11 H). Integer conversions have `sf` (W/X); fixed-point
// ones `scale` (fbits = 64 - scale).

import type { Feature } from '../api.js';
import { cond, custom, gpr, imm } from '../operands.js';
import { builders, type Fields, type Operand, type ParseContext } from '../table.js';
import { choice, fixedChoice, fpReg, parseVectorText, type FieldChoice } from './simdOperands.js';

const { form } = builders('simdFp');

const SD = choice([['ftype0', 1]], ['s', 'd']);
const HH = fixedChoice('h');
const ANY = choice([['ftype', 2]], ['s', 'd', undefined, 'h']);
const OPC = choice([['opc', 2]], ['s', 'd', undefined, 'h']);

/** VFPExpandImm as a JS number (imm8 = a:b:cdefgh -> +-(16 + efgh)/16 * 2^(exp)). */
export function fpImmValue(imm8: number): number {
  const sign = (imm8 >> 7) & 1 ? -1 : 1;
  const b6 = (imm8 >> 6) & 1;
  const e = b6 ? -3 + ((imm8 >> 4) & 3) : 1 + ((imm8 >> 4) & 3);
  return sign * ((16 + (imm8 & 15)) / 16) * 2 ** e;
}

/** objdump's text of an FP immediate: printf("%.18e"). */
export function formatFpImm(value: number): string {
  return value.toExponential(18).replace(/e([+-])(\d)$/, 'e$10$2');
}

const fpNumber = /^#?\s*([-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?)$/;

/** The 8-bit FMOV immediate in field `field`, written as a floating-point constant. */
export function fpImm(field = 'imm8'): Operand {
  return {
    syntax: '#<imm>',
    format(f) {
      return `#${formatFpImm(fpImmValue(f[field]!))}`;
    },
    parse(text, f, ctx) {
      const m = fpNumber.exec(text.trim());
      const bad = `invalid floating-point constant at operand ${ctx.operandNumber}`;
      if (!m) return bad;
      const v = Number(m[1]);
      for (let i = 0; i < 256; i++) {
        if (fpImmValue(i) === v) { f[field] = i; return undefined; }
      }
      return bad;
    },
  };
}

/** The '#0.0' of the compare-with-zero forms. */
export const fpZero: Operand = custom({
  syntax: '#0.0',
  format: () => '#0.0',
  parse(text, _f, ctx: ParseContext) {
    const m = fpNumber.exec(text.trim());
    if (!m || Number(m[1]) !== 0) return `immediate zero expected at operand ${ctx.operandNumber}`;
    return undefined;
  },
});

/** `Vn.d[1]`: the top half of a 128-bit register (FMOV to/from a general register). */
function topHalf(field: string): Operand {
  return custom({
    syntax: `<V${field.replace(/^R/, '').toLowerCase()}>.D[1]`,
    format: (f) => `v${f[field]}.d[1]`,
    parse(text, f, ctx) {
      const r = parseVectorText(text);
      if (r && r.index !== undefined && (r.arrangement !== 'd' || r.index !== 1)) ctx.definite = true;
      if (!r || r.arrangement !== 'd' || r.index !== 1) return `the top half of a 128-bit FP/SIMD register is expected at operand ${ctx.operandNumber}`;
      f[field] = r.num;
      return undefined;
    },
  });
}

/** Fixed-point fraction bits: fbits = 64 - scale, 1..32 for W registers, 1..64 for X. */
const fbits: Operand = custom({
  syntax: '#<fbits>',
  format: (f) => `#${64 - f.scale!}`,
  parse(text, f, ctx) {
    const m = /^#?\s*([0-9]+|0x[0-9a-fA-F]+)$/.exec(text.trim());
    const max = f.sf === 0 ? 32 : 64;
    const v = m ? Number(m[1]) : NaN;
    if (!(v >= 1 && v <= max)) return `immediate value out of range 1 to ${max} at operand ${ctx.operandNumber}`;
    f.scale = 64 - v;
    return undefined;
  },
});

const sfMatchesType = (f: Fields): string | undefined => (f.sf === f.ftype0 ? undefined : 'operand mismatch');

/** A single/double form and its half-precision twin ('_h', feature fp16). `T` in the encoding is the type. */
function typed<Id extends string>(id: Id, mnemonic: string, encoding: string, ops: (w: FieldChoice) => Operand[], summary: string, extra: { feature?: Feature; valid?: (f: Readonly<Fields>) => boolean; noHalf?: boolean } = {}) {
  const sd = form({ id, mnemonic, encoding: encoding.replace('T', '0 ftype0:1'), operands: ops(SD), summary, feature: extra.feature ?? 'fp', ...(extra.valid ? { valid: extra.valid } : {}) });
  const h = form({ id: `${id}_h` as `${Id}_h`, mnemonic, encoding: encoding.replace('T', '11'), operands: ops(HH), summary: `${summary} (half precision)`, feature: 'fp16' as Feature, ...(extra.valid ? { valid: extra.valid } : {}) });
  return [sd, h] as const;
}

const rd = (w: FieldChoice): Operand => fpReg('Rd', w);
const rn = (w: FieldChoice): Operand => fpReg('Rn', w);
const rm = (w: FieldChoice): Operand => fpReg('Rm', w);
const ra = (w: FieldChoice): Operand => fpReg('Ra', w);
const Rgd = gpr('Rd', { field: 'sf' });
const Rgn = gpr('Rn', { field: 'sf' });

function oneSource<Id extends string>(id: Id, mnemonic: string, opcode: string, summary: string) {
  return typed(id, mnemonic, `00011110 T 1 ${opcode} 10000 Rn:5 Rd:5`, (w) => [rd(w), rn(w)], summary);
}

function twoSource<Id extends string>(id: Id, mnemonic: string, opcode: string, summary: string) {
  return typed(id, mnemonic, `00011110 T 1 Rm:5 ${opcode} 10 Rn:5 Rd:5`, (w) => [rd(w), rn(w), rm(w)], summary);
}

function threeSource<Id extends string>(id: Id, mnemonic: string, o1: string, o0: string, summary: string) {
  return typed(id, mnemonic, `00011111 T ${o1} Rm:5 ${o0} Ra:5 Rn:5 Rd:5`, (w) => [rd(w), rn(w), rm(w), ra(w)], summary);
}

/** FP to integer (Rd general, Rn FP). */
function toInt<Id extends string>(id: Id, mnemonic: string, rmodeOpcode: string, summary: string) {
  return typed(id, mnemonic, `sf:1 0011110 T 1 ${rmodeOpcode} 000000 Rn:5 Rd:5`, (w) => [Rgd, rn(w)], summary);
}

function fixed<Id extends string>(id: Id, mnemonic: string, rmodeOpcode: string, toFp: boolean, summary: string) {
  return typed(id, mnemonic, `sf:1 0011110 T 0 ${rmodeOpcode} scale:6 Rn:5 Rd:5`,
    (w) => (toFp ? [rd(w), Rgn, fbits] : [Rgd, rn(w), fbits]), summary, { valid: (f) => f.sf === 1 || f.scale! >= 32 });
}

const rounding = { N: 'to nearest, ties to even', P: 'toward +infinity', M: 'toward -infinity', Z: 'toward zero', A: 'to nearest, ties away from zero' } as const;

export const simdFloatScalarForms = [
  // 1 source.
  ...oneSource('FMOV_reg', 'fmov', '000000', 'Floating-point move register.'),
  ...oneSource('FABS', 'fabs', '000001', 'Floating-point absolute value (sign bit cleared; no exceptions).'),
  ...oneSource('FNEG', 'fneg', '000010', 'Floating-point negate (sign bit inverted; no exceptions).'),
  ...oneSource('FSQRT', 'fsqrt', '000011', 'Floating-point square root.'),
  ...oneSource('FRINTN', 'frintn', '001000', `Round to integral, ${rounding.N}.`),
  ...oneSource('FRINTP', 'frintp', '001001', `Round to integral, ${rounding.P}.`),
  ...oneSource('FRINTM', 'frintm', '001010', `Round to integral, ${rounding.M}.`),
  ...oneSource('FRINTZ', 'frintz', '001011', `Round to integral, ${rounding.Z}.`),
  ...oneSource('FRINTA', 'frinta', '001100', `Round to integral, ${rounding.A}.`),
  ...oneSource('FRINTX', 'frintx', '001110', 'Round to integral exact (FPCR rounding mode; Inexact raised).'),
  ...oneSource('FRINTI', 'frinti', '001111', 'Round to integral using the FPCR rounding mode.'),
  form({ id: 'FRINT32Z', mnemonic: 'frint32z', encoding: '00011110 0 ftype0:1 1 010000 10000 Rn:5 Rd:5', operands: [rd(SD), rn(SD)], feature: 'frintts', summary: 'Round to a 32-bit integral value toward zero (out of range: most negative integer, Invalid Operation).' }),
  form({ id: 'FRINT32X', mnemonic: 'frint32x', encoding: '00011110 0 ftype0:1 1 010001 10000 Rn:5 Rd:5', operands: [rd(SD), rn(SD)], feature: 'frintts', summary: 'Round to a 32-bit integral value, FPCR rounding mode.' }),
  form({ id: 'FRINT64Z', mnemonic: 'frint64z', encoding: '00011110 0 ftype0:1 1 010010 10000 Rn:5 Rd:5', operands: [rd(SD), rn(SD)], feature: 'frintts', summary: 'Round to a 64-bit integral value toward zero.' }),
  form({ id: 'FRINT64X', mnemonic: 'frint64x', encoding: '00011110 0 ftype0:1 1 010011 10000 Rn:5 Rd:5', operands: [rd(SD), rn(SD)], feature: 'frintts', summary: 'Round to a 64-bit integral value, FPCR rounding mode.' }),
  form({ id: 'FCVT', mnemonic: 'fcvt', encoding: '00011110 ftype:2 1 0001 opc:2 10000 Rn:5 Rd:5', operands: [fpReg('Rd', OPC), fpReg('Rn', ANY)],
    valid: (f) => f.ftype !== 2 && f.opc !== 2 && f.ftype !== f.opc, finish: (f) => (f.ftype === f.opc ? 'operand mismatch' : undefined),
    summary: 'Floating-point convert precision (half, single, double), FPCR rounding; FPCR.AHP selects the alternative half format.' }),

  form({ id: 'BFCVT', mnemonic: 'bfcvt', encoding: '00011110 01 1 000110 10000 Rn:5 Rd:5', operands: [fpReg('Rd', HH), fpReg('Rn', fixedChoice('s'))], feature: 'bf16', specialises: ['FCVT'],
    summary: 'Convert single precision to BFloat16 (FPCR rounding).' }),

  // 2 source.
  ...twoSource('FMUL', 'fmul', '0000', 'Floating-point multiply.'),
  ...twoSource('FDIV', 'fdiv', '0001', 'Floating-point divide.'),
  ...twoSource('FADD', 'fadd', '0010', 'Floating-point add.'),
  ...twoSource('FSUB', 'fsub', '0011', 'Floating-point subtract.'),
  ...twoSource('FMAX', 'fmax', '0100', 'Floating-point maximum (NaN operands propagate).'),
  ...twoSource('FMIN', 'fmin', '0101', 'Floating-point minimum (NaN operands propagate).'),
  ...twoSource('FMAXNM', 'fmaxnm', '0110', 'Floating-point maximum number (a single quiet NaN loses).'),
  ...twoSource('FMINNM', 'fminnm', '0111', 'Floating-point minimum number (a single quiet NaN loses).'),
  ...twoSource('FNMUL', 'fnmul', '1000', 'Floating-point multiply, negated.'),

  // 3 source.
  ...threeSource('FMADD', 'fmadd', '0', '0', 'Fused multiply-add: Ra + Rn * Rm, rounded once.'),
  ...threeSource('FMSUB', 'fmsub', '0', '1', 'Fused multiply-subtract: Ra - Rn * Rm, rounded once.'),
  ...threeSource('FNMADD', 'fnmadd', '1', '0', 'Fused negated multiply-add: -Ra - Rn * Rm, rounded once.'),
  ...threeSource('FNMSUB', 'fnmsub', '1', '1', 'Fused negated multiply-subtract: -Ra + Rn * Rm, rounded once.'),

  // Compare, conditional compare, conditional select, immediate.
  ...typed('FCMP', 'fcmp', '00011110 T 1 Rm:5 001000 Rn:5 00000', (w) => [rn(w), rm(w)], 'Floating-point quiet compare: sets NZCV (unordered = 0011); Invalid Operation only for signalling NaNs.'),
  ...typed('FCMP_zero', 'fcmp', '00011110 T 1 ----- 001000 Rn:5 01000', (w) => [rn(w), fpZero], 'Floating-point quiet compare with zero.'),
  ...typed('FCMPE', 'fcmpe', '00011110 T 1 Rm:5 001000 Rn:5 10000', (w) => [rn(w), rm(w)], 'Floating-point signalling compare: any NaN raises Invalid Operation.'),
  ...typed('FCMPE_zero', 'fcmpe', '00011110 T 1 ----- 001000 Rn:5 11000', (w) => [rn(w), fpZero], 'Floating-point signalling compare with zero.'),
  ...typed('FCCMP', 'fccmp', '00011110 T 1 Rm:5 cond:4 01 Rn:5 0 nzcv:4', (w) => [rn(w), rm(w), imm('nzcv', 4, { syntax: '#<nzcv>' }), cond()], 'Floating-point conditional quiet compare: NZCV = cond ? compare(Rn, Rm) : nzcv.'),
  ...typed('FCCMPE', 'fccmpe', '00011110 T 1 Rm:5 cond:4 01 Rn:5 1 nzcv:4', (w) => [rn(w), rm(w), imm('nzcv', 4, { syntax: '#<nzcv>' }), cond()], 'Floating-point conditional signalling compare.'),
  ...typed('FCSEL', 'fcsel', '00011110 T 1 Rm:5 cond:4 11 Rn:5 Rd:5', (w) => [rd(w), rn(w), rm(w), cond()], 'Floating-point conditional select: Rd = cond ? Rn : Rm.'),
  ...typed('FMOV_imm', 'fmov', '00011110 T 1 imm8:8 100 00000 Rd:5', (w) => [rd(w), fpImm()], 'Floating-point move immediate (+-n/16 * 2^r, 16 <= n <= 31, -3 <= r <= 4).'),

  // Conversions to and from integers.
  ...toInt('FCVTNS', 'fcvtns', '00 000', `Convert to signed integer, rounding ${rounding.N}.`),
  ...toInt('FCVTNU', 'fcvtnu', '00 001', `Convert to unsigned integer, rounding ${rounding.N}.`),
  ...typed('SCVTF', 'scvtf', 'sf:1 0011110 T 1 00 010 000000 Rn:5 Rd:5', (w) => [rd(w), Rgn], 'Signed integer convert to floating point (FPCR rounding).'),
  ...typed('UCVTF', 'ucvtf', 'sf:1 0011110 T 1 00 011 000000 Rn:5 Rd:5', (w) => [rd(w), Rgn], 'Unsigned integer convert to floating point (FPCR rounding).'),
  ...toInt('FCVTAS', 'fcvtas', '00 100', `Convert to signed integer, rounding ${rounding.A}.`),
  ...toInt('FCVTAU', 'fcvtau', '00 101', `Convert to unsigned integer, rounding ${rounding.A}.`),
  ...toInt('FCVTPS', 'fcvtps', '01 000', `Convert to signed integer, rounding ${rounding.P}.`),
  ...toInt('FCVTPU', 'fcvtpu', '01 001', `Convert to unsigned integer, rounding ${rounding.P}.`),
  ...toInt('FCVTMS', 'fcvtms', '10 000', `Convert to signed integer, rounding ${rounding.M}.`),
  ...toInt('FCVTMU', 'fcvtmu', '10 001', `Convert to unsigned integer, rounding ${rounding.M}.`),
  ...toInt('FCVTZS', 'fcvtzs', '11 000', `Convert to signed integer, rounding ${rounding.Z}.`),
  ...toInt('FCVTZU', 'fcvtzu', '11 001', `Convert to unsigned integer, rounding ${rounding.Z}.`),
  ...fixed('FCVTZS_fix', 'fcvtzs', '11 000', false, 'Convert to signed fixed point with fbits fraction bits, rounding toward zero.'),
  ...fixed('FCVTZU_fix', 'fcvtzu', '11 001', false, 'Convert to unsigned fixed point with fbits fraction bits, rounding toward zero.'),
  ...fixed('SCVTF_fix', 'scvtf', '00 010', true, 'Signed fixed point (fbits fraction bits) convert to floating point.'),
  ...fixed('UCVTF_fix', 'ucvtf', '00 011', true, 'Unsigned fixed point (fbits fraction bits) convert to floating point.'),
  form({ id: 'FJCVTZS', mnemonic: 'fjcvtzs', encoding: '0 0011110 01 1 11 110 000000 Rn:5 Rd:5', operands: [gpr('Rd', 'w'), fpReg('Rn', fixedChoice('d'))], feature: 'jscvt',
    summary: 'JavaScript convert: double to int32 toward zero, modulo 2^32; Z = 1 when the conversion was exact.' }),

  // FMOV between general and FP registers.
  form({ id: 'FMOV_to_gpr', mnemonic: 'fmov', encoding: 'sf:1 0011110 0 ftype0:1 1 00 110 000000 Rn:5 Rd:5', operands: [Rgd, rn(SD)], valid: (f) => f.sf === f.ftype0, finish: sfMatchesType,
    summary: 'Move an FP register to a general register (Wd = Sn, Xd = Dn).' }),
  form({ id: 'FMOV_from_gpr', mnemonic: 'fmov', encoding: 'sf:1 0011110 0 ftype0:1 1 00 111 000000 Rn:5 Rd:5', operands: [rd(SD), Rgn], valid: (f) => f.sf === f.ftype0, finish: sfMatchesType,
    summary: 'Move a general register to an FP register (Sd = Wn, Dd = Xn; upper bits cleared).' }),
  form({ id: 'FMOV_to_gpr_h', mnemonic: 'fmov', encoding: 'sf:1 0011110 11 1 00 110 000000 Rn:5 Rd:5', operands: [Rgd, rn(HH)], feature: 'fp16', summary: 'Move a half-precision register to a general register (zero-extended).' }),
  form({ id: 'FMOV_from_gpr_h', mnemonic: 'fmov', encoding: 'sf:1 0011110 11 1 00 111 000000 Rn:5 Rd:5', operands: [rd(HH), Rgn], feature: 'fp16', summary: 'Move the low 16 bits of a general register to a half-precision register.' }),
  form({ id: 'FMOV_to_top', mnemonic: 'fmov', encoding: '1 0011110 10 1 01 110 000000 Rn:5 Rd:5', operands: [gpr('Rd', 'x'), topHalf('Rn')], summary: 'Move the top 64 bits of a vector register to a general register.' }),
  form({ id: 'FMOV_from_top', mnemonic: 'fmov', encoding: '1 0011110 10 1 01 111 000000 Rn:5 Rd:5', operands: [topHalf('Rd'), gpr('Rn', 'x')], summary: 'Move a general register to the top 64 bits of a vector register (low half kept).' }),
];

export const simdFloatScalarAliases = [];
