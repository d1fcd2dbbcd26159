// Advanced SIMD floating point (vector and scalar forms of the Arm ARM's "Advanced SIMD three same", "two-register
// miscellaneous", "by element", "across lanes" and "scalar pairwise" groups, plus FCVTN/FCVTL/FCVTXN): arithmetic,
// fused multiply-add, min/max (number), pairwise operations, compares (register and #0.0), absolute compares,
// reciprocal (square root) estimates and steps, rounding to integral, conversions to and from integers.
//
// Id conventions for the executor: `<NAME>_vec` (single/double vector: fields sz, Q), `<NAME>_vec_h` (half vector,
// FEAT_FP16: Q), `<NAME>_scal` (single/double scalar: sz), `<NAME>_scal_h` (half scalar). By-element forms have the
// element index in H:L(:M) and the register in M:Rm (single/double) or Rm (half).

import type { Feature } from '../api.js';
import { custom } from '../operands.js';
import { builders, type Fields, type Operand } from '../table.js';
import { choice, fixedChoice, fpReg, indexRangeError, parseScalarText, parseVectorText, vecReg, type FieldChoice } from './simdOperands.js';
import { fpZero } from './simdFloat.js';

const { form } = builders('simdFp');

const VEC_SD = choice([['sz', 1], ['Q', 1]], ['2s', '4s', undefined, '2d']);
const VEC_H = choice([['Q', 1]], ['4h', '8h']);
const VEC_S = choice([['Q', 1]], ['2s', '4s']);
const SCAL_SD = choice([['sz', 1]], ['s', 'd']);
const SCAL_H = fixedChoice('h');

interface Shape {
  readonly suffix: '_vec' | '_vec_h' | '_scal' | '_scal_h';
  /** Encoding prefix up to and including bit 21/17 according to the group, built by each family. */
  readonly reg: (field: string) => Operand;
  readonly feature: Feature;
}

/** A vector register; a scalar register as the first operand is GNU's 'operand mismatch' (its scalar twin's answer). */
const vr = (field: string, c: FieldChoice): Operand => {
  const op = vecReg(field, c);
  return { ...op, parse: (text, f, ctx) => (ctx.operandNumber === 1 && parseScalarText(text) ? 'operand mismatch' : op.parse(text, f, ctx)) };
};
const sr = (field: string, c: FieldChoice): Operand => fpReg(field, c);
const vecSD = (field: string): Operand => vr(field, VEC_SD);
const vecH = (field: string): Operand => vr(field, VEC_H);
const scalSD = (field: string): Operand => sr(field, SCAL_SD);
const scalH = (field: string): Operand => sr(field, SCAL_H);

const SHAPES = {
  vec: { suffix: '_vec', reg: vecSD, feature: 'simd' },
  vecH: { suffix: '_vec_h', reg: vecH, feature: 'fp16' },
  scal: { suffix: '_scal', reg: scalSD, feature: 'simd' },
  scalH: { suffix: '_scal_h', reg: scalH, feature: 'fp16' },
} as const satisfies Record<string, Shape>;

const noQ1D = (f: Readonly<Fields>): boolean => !(f.sz === 1 && f.Q === 0);

// --- Three same ----------------------------------------------------------------------------------------------

function threeSame<N extends string>(name: N, u: number, a: number, opc: string, summary: string) {
  const m = name.toLowerCase();
  const ops = (s: Shape): Operand[] => [s.reg('Rd'), s.reg('Rn'), s.reg('Rm')];
  return [
    form({ id: `${name}_vec` as `${N}_vec`, mnemonic: m, encoding: `0 Q:1 ${u} 01110 ${a} sz:1 1 Rm:5 11 ${opc} 1 Rn:5 Rd:5`, operands: ops(SHAPES.vec), valid: noQ1D, feature: 'simd', summary }),
    form({ id: `${name}_vec_h` as `${N}_vec_h`, mnemonic: m, encoding: `0 Q:1 ${u} 01110 ${a} 10 Rm:5 00 ${opc} 1 Rn:5 Rd:5`, operands: ops(SHAPES.vecH), feature: 'fp16', summary: `${summary} (half precision)` }),
  ] as const;
}

function threeSameScalar<N extends string>(name: N, u: number, a: number, opc: string, summary: string) {
  const m = name.toLowerCase();
  const ops = (s: Shape): Operand[] => [s.reg('Rd'), s.reg('Rn'), s.reg('Rm')];
  return [
    form({ id: `${name}_scal` as `${N}_scal`, mnemonic: m, encoding: `01 ${u} 11110 ${a} sz:1 1 Rm:5 11 ${opc} 1 Rn:5 Rd:5`, operands: ops(SHAPES.scal), feature: 'simd', summary: `${summary} (scalar)` }),
    form({ id: `${name}_scal_h` as `${N}_scal_h`, mnemonic: m, encoding: `01 ${u} 11110 ${a} 10 Rm:5 00 ${opc} 1 Rn:5 Rd:5`, operands: ops(SHAPES.scalH), feature: 'fp16', summary: `${summary} (scalar, half precision)` }),
  ] as const;
}

// --- Two-register miscellaneous ------------------------------------------------------------------------------

interface MiscOptions {
  readonly zero?: boolean;
  readonly feature?: Feature;
}

const miscOperands = (s: Shape, o: MiscOptions): Operand[] => (o.zero ? [s.reg('Rd'), s.reg('Rn'), fpZero] : [s.reg('Rd'), s.reg('Rn')]);
const miscMnemonic = (name: string): string => name.replace(/_zero$/, '').toLowerCase();

/** Vector single/double form only (FRINT32/64). */
function miscVecOnly<N extends string>(name: N, u: number, a: number, opcode: string, summary: string, o: MiscOptions = {}) {
  return form({ id: `${name}_vec` as `${N}_vec`, mnemonic: miscMnemonic(name), encoding: `0 Q:1 ${u} 01110 ${a} sz:1 10000 ${opcode} 10 Rn:5 Rd:5`, operands: miscOperands(SHAPES.vec, o), valid: noQ1D, feature: o.feature ?? 'simd', summary });
}

function misc<N extends string>(name: N, u: number, a: number, opcode: string, summary: string, o: MiscOptions = {}) {
  return [
    miscVecOnly(name, u, a, opcode, summary, o),
    form({ id: `${name}_vec_h` as `${N}_vec_h`, mnemonic: miscMnemonic(name), encoding: `0 Q:1 ${u} 01110 ${a} 111100 ${opcode} 10 Rn:5 Rd:5`, operands: miscOperands(SHAPES.vecH, o), feature: 'fp16', summary: `${summary} (half precision)` }),
  ] as const;
}

function miscScalar<N extends string>(name: N, u: number, a: number, opcode: string, summary: string, o: MiscOptions = {}) {
  return [
    form({ id: `${name}_scal` as `${N}_scal`, mnemonic: miscMnemonic(name), encoding: `01 ${u} 11110 ${a} sz:1 10000 ${opcode} 10 Rn:5 Rd:5`, operands: miscOperands(SHAPES.scal, o), feature: o.feature ?? 'simd', summary: `${summary} (scalar)` }),
    form({ id: `${name}_scal_h` as `${N}_scal_h`, mnemonic: miscMnemonic(name), encoding: `01 ${u} 11110 ${a} 111100 ${opcode} 10 Rn:5 Rd:5`, operands: miscOperands(SHAPES.scalH, o), feature: 'fp16', summary: `${summary} (scalar, half precision)` }),
  ] as const;
}

// --- By element ------------------------------------------------------------------------------------------------

/** The element operand of the by-element forms: Vm.<T>[index] with the register in M:Rm (or Rm for half). */
function byElement(half: boolean): Operand {
  return custom({
    syntax: '<Vm>.<Ts>[<index>]',
    format(f) {
      if (half) return `v${f.Rm}.h[${(f.H! << 2) | (f.L! << 1) | f.M!}]`;
      const reg = (f.M! << 4) | f.Rm!;
      return f.sz ? `v${reg}.d[${f.H}]` : `v${reg}.s[${(f.H! << 1) | f.L!}]`;
    },
    parse(text, f, ctx) {
      const r = parseVectorText(text);
      if (!r) return `operand ${ctx.operandNumber} must be a SIMD vector element`;
      if (r.arrangement === undefined || r.index === undefined) return `expected an element index at operand ${ctx.operandNumber}`;
      // GNU also accepts the older spelling with a whole arrangement: v2.4s[1] = v2.s[1].
      const letter = r.arrangement.replace(/^[0-9]+/, '');
      if (half) {
        if (letter !== 'h') { ctx.definite = true; return 'operand mismatch'; }
        if (r.num > 15) { ctx.definite = true; return `register number out of range 0 to 15 at operand ${ctx.operandNumber}`; }
        if (r.index > 7) { ctx.definite = true; return indexRangeError('h', ctx); }
        f.Rm = r.num; f.H = r.index >> 2; f.L = (r.index >> 1) & 1; f.M = r.index & 1;
        return undefined;
      }
      const sz = letter === 'd' ? 1 : letter === 's' ? 0 : -1;
      if (sz < 0 || (f.sz !== undefined && f.sz !== sz)) { ctx.definite = true; return 'operand mismatch'; }
      const max = sz ? 1 : 3;
      if (r.index > max) { ctx.definite = true; return indexRangeError(letter, ctx); }
      f.sz = sz; f.M = r.num >> 4; f.Rm = r.num & 15;
      if (sz) { f.H = r.index; f.L = 0; } else { f.H = r.index >> 1; f.L = r.index & 1; }
      return undefined;
    },
  });
}

function element<N extends string>(name: N, u: number, opcode: string, summary: string) {
  const m = name.replace(/_elem$/, '').toLowerCase();
  const validSD = (f: Readonly<Fields>): boolean => !(f.sz === 1 && (f.L === 1 || f.Q === 0));
  const validScal = (f: Readonly<Fields>): boolean => !(f.sz === 1 && f.L === 1);
  return [
    form({ id: `${name}_vec` as `${N}_vec`, mnemonic: m, encoding: `0 Q:1 ${u} 01111 1 sz:1 L:1 M:1 Rm:4 ${opcode} H:1 0 Rn:5 Rd:5`, operands: [vecSD('Rd'), vecSD('Rn'), byElement(false)], valid: validSD, feature: 'simd', summary }),
    form({ id: `${name}_vec_h` as `${N}_vec_h`, mnemonic: m, encoding: `0 Q:1 ${u} 01111 00 L:1 M:1 Rm:4 ${opcode} H:1 0 Rn:5 Rd:5`, operands: [vecH('Rd'), vecH('Rn'), byElement(true)], feature: 'fp16', summary: `${summary} (half precision)` }),
    form({ id: `${name}_scal` as `${N}_scal`, mnemonic: m, encoding: `01 ${u} 11111 1 sz:1 L:1 M:1 Rm:4 ${opcode} H:1 0 Rn:5 Rd:5`, operands: [scalSD('Rd'), scalSD('Rn'), byElement(false)], valid: validScal, feature: 'simd', summary: `${summary} (scalar)` }),
    form({ id: `${name}_scal_h` as `${N}_scal_h`, mnemonic: m, encoding: `01 ${u} 11111 00 L:1 M:1 Rm:4 ${opcode} H:1 0 Rn:5 Rd:5`, operands: [scalH('Rd'), scalH('Rn'), byElement(true)], feature: 'fp16', summary: `${summary} (scalar, half precision)` }),
  ] as const;
}

// --- Across lanes and scalar pairwise ------------------------------------------------------------------------

function acrossLanes<N extends string>(name: N, a: number, opcode: string, summary: string) {
  const m = name.toLowerCase();
  return [
    form({ id: `${name}_vec` as `${N}_vec`, mnemonic: m, encoding: `0 1 1 01110 ${a} 0 11000 ${opcode} 10 Rn:5 Rd:5`, operands: [sr('Rd', fixedChoice('s')), vr('Rn', fixedChoice('4s'))], feature: 'simd', summary }),
    form({ id: `${name}_vec_h` as `${N}_vec_h`, mnemonic: m, encoding: `0 Q:1 0 01110 ${a} 0 11000 ${opcode} 10 Rn:5 Rd:5`, operands: [scalH('Rd'), vecH('Rn')], feature: 'fp16', summary: `${summary} (half precision)` }),
  ] as const;
}

function pairwiseScalar<N extends string>(name: N, a: number, opcode: string, summary: string) {
  const m = name.replace(/_pair$/, '').toLowerCase();
  return [
    form({ id: `${name}_scal` as `${N}_scal`, mnemonic: m, encoding: `01 1 11110 ${a} sz:1 11000 ${opcode} 10 Rn:5 Rd:5`, operands: [scalSD('Rd'), vr('Rn', choice([['sz', 1]], ['2s', '2d']))], feature: 'simd', summary }),
    form({ id: `${name}_scal_h` as `${N}_scal_h`, mnemonic: m, encoding: `01 0 11110 ${a} 0 11000 ${opcode} 10 Rn:5 Rd:5`, operands: [scalH('Rd'), vr('Rn', fixedChoice('2h'))], feature: 'fp16', summary: `${summary} (half precision)` }),
  ] as const;
}

// --- Narrowing and lengthening conversions -------------------------------------------------------------------

function narrowLong<Id extends string>(id: Id, mnemonic: string, encoding: string, rd: FieldChoice, rn: FieldChoice, summary: string, feature: Feature = 'simd') {
  return form({ id, mnemonic, encoding, operands: [vr('Rd', rd), vr('Rn', rn)], feature, summary });
}

const fix = (t: string): FieldChoice => fixedChoice(t);

// --- Fixed-point conversions (shift by immediate) ------------------------------------------------------------

/** `#<fbits>` of the vector/scalar fixed-point conversions: fbits = esize - immhb (immhb holds immh:immb below esize). */
function fbitsImm(esize: number): Operand {
  return custom({
    syntax: '#<fbits>',
    format: (f) => `#${esize - f.immhb!}`,
    parse(text, f, ctx) {
      const m = /^#?\s*([0-9]+|0x[0-9a-fA-F]+)$/.exec(text.trim());
      const v = m ? Number(m[1]) : NaN;
      // GNU checks 1..64 before the element size: #0 is reported against 64 whatever the arrangement.
      if (!(v >= 1 && v <= esize)) { ctx.definite = true; return `immediate value out of range 1 to ${v >= 1 ? esize : 64} at operand ${ctx.operandNumber}`; }
      f.immhb = esize - v;
      return undefined;
    },
  });
}

/** FCVTZS/FCVTZU/SCVTF/UCVTF (vector and scalar, fixed point): ids <NAME>_fixv_<s|d|h> and <NAME>_fixs_<s|d|h>. */
function fixedPoint<N extends string>(name: N, u: number, opcode: string, summary: string) {
  const m = name.toLowerCase();
  const v = (s: string) => `0 Q:1 ${u} 011110 ${s} ${opcode} 1 Rn:5 Rd:5`;
  const sc = (s: string) => `01 ${u} 111110 ${s} ${opcode} 1 Rn:5 Rd:5`;
  return [
    form({ id: `${name}_fixv_s` as `${N}_fixv_s`, mnemonic: m, encoding: v('01 immhb:5'), operands: [vr('Rd', choice([['Q', 1]], ['2s', '4s'])), vr('Rn', choice([['Q', 1]], ['2s', '4s'])), fbitsImm(32)], feature: 'simd', summary }),
    form({ id: `${name}_fixv_d` as `${N}_fixv_d`, mnemonic: m, encoding: v('1 immhb:6'), operands: [vr('Rd', choice([['Q', 1]], [undefined, '2d'])), vr('Rn', choice([['Q', 1]], [undefined, '2d'])), fbitsImm(64)], valid: (f) => f.Q === 1, feature: 'simd', summary }),
    form({ id: `${name}_fixv_h` as `${N}_fixv_h`, mnemonic: m, encoding: v('001 immhb:4'), operands: [vr('Rd', VEC_H), vr('Rn', VEC_H), fbitsImm(16)], feature: 'fp16', summary: `${summary} (half precision)` }),
    form({ id: `${name}_fixs_s` as `${N}_fixs_s`, mnemonic: m, encoding: sc('01 immhb:5'), operands: [sr('Rd', fix('s')), sr('Rn', fix('s')), fbitsImm(32)], feature: 'simd', summary: `${summary} (scalar)` }),
    form({ id: `${name}_fixs_d` as `${N}_fixs_d`, mnemonic: m, encoding: sc('1 immhb:6'), operands: [sr('Rd', fix('d')), sr('Rn', fix('d')), fbitsImm(64)], feature: 'simd', summary: `${summary} (scalar)` }),
    form({ id: `${name}_fixs_h` as `${N}_fixs_h`, mnemonic: m, encoding: sc('001 immhb:4'), operands: [sr('Rd', SCAL_H), sr('Rn', SCAL_H), fbitsImm(16)], feature: 'fp16', summary: `${summary} (scalar, half precision)` }),
  ] as const;
}



// --- Complex arithmetic (FEAT_FCMA) and BFloat16 narrowing (FEAT_BF16) -----------------------------------

const VEC_HSD = choice([['size', 2], ['Q', 1]], [undefined, undefined, '4h', '8h', '2s', '4s', undefined, '2d']);
const ROT90 = choice([['rot', 1]], ['#90', '#270']);
const ROT = choice([['rot', 2]], ['#0', '#90', '#180', '#270']);

/** A rotation written '#<n>' (FCADD: 90/270, FCMLA: 0/90/180/270). */
function rotation(c: FieldChoice): Operand {
  return custom({
    syntax: '#<rotate>',
    format: (f) => c.format(f),
    parse(text, f, ctx) {
      const m = /^#?\s*([0-9]+)$/.exec(text.trim());
      if (!m || c.parse(`#${Number(m[1])}`, f)) {
        ctx.definite = true;
        return `rotate expected to be ${c.tokens.length === 2 ? '90 or 270' : '0, 90, 180 or 270'} at operand ${ctx.operandNumber}`;
      }
      return undefined;
    },
  });
}

/** FCMLA by element: Vm.<T>[index], H:L (half, register M:Rm) or H (single, register M:Rm). */
function complexElement(): Operand {
  return custom({
    syntax: '<Vm>.<Ts>[<index>]',
    format(f) {
      const reg = (f.M! << 4) | f.Rm!;
      return f.size === 1 ? `v${reg}.h[${(f.H! << 1) | f.L!}]` : `v${reg}.s[${f.H}]`;
    },
    parse(text, f, ctx) {
      const r = parseVectorText(text);
      if (!r || r.arrangement === undefined || r.index === undefined) return `expected an element index at operand ${ctx.operandNumber}`;
      const letter = r.arrangement.replace(/^[0-9]+/, '');
      const size = letter === 'h' ? 1 : letter === 's' ? 2 : -1;
      if (size < 0 || (f.size !== undefined && f.size !== size)) { ctx.definite = true; return 'operand mismatch'; }
      const max = size === 1 ? (f.Q === 0 ? 1 : 3) : 1;
      if (r.index > max) { ctx.definite = true; return indexRangeError(letter, ctx, max); }
      f.M = r.num >> 4; f.Rm = r.num & 15;
      if (size === 1) { f.H = r.index >> 1; f.L = r.index & 1; } else { f.H = r.index; f.L = 0; }
      return undefined;
    },
  });
}

const complexFeature = (f: Readonly<Fields>): boolean => f.size !== 0 && !(f.size === 3 && f.Q === 0);

// --- Widening half-precision multiply-add (FEAT_FHM) ---------------------------------------------------------

/** Vm.h[index] with the index in H:L:M and the register in Rm (V0-V15). */
function halfElement(): Operand {
  return custom({
    syntax: '<Vm>.H[<index>]',
    format: (f) => `v${f.Rm}.h[${(f.H! << 2) | (f.L! << 1) | f.M!}]`,
    parse(text, f, ctx) {
      const r = parseVectorText(text);
      if (!r || r.arrangement === undefined || r.index === undefined) return `expected an element index at operand ${ctx.operandNumber}`;
      if (r.arrangement.replace(/^[0-9]+/, '') !== 'h') { ctx.definite = true; return 'operand mismatch'; }
      if (r.num > 15) { ctx.definite = true; return `register number out of range 0 to 15 at operand ${ctx.operandNumber}`; }
      if (r.index > 7) { ctx.definite = true; return indexRangeError('h', ctx, 7); }
      f.Rm = r.num; f.H = r.index >> 2; f.L = (r.index >> 1) & 1; f.M = r.index & 1;
      return undefined;
    },
  });
}

/** FMLAL/FMLSL(2): vector (<NAME>_vec) and by element (<NAME>_elem). */
function widening<N extends string>(name: N, u: number, s: number, vecOp: string, elemOp: string, summary: string) {
  const m = name.toLowerCase();
  const wide = choice([['Q', 1]], ['2s', '4s']);
  const half = choice([['Q', 1]], ['2h', '4h']);
  return [
    form({ id: `${name}_vec` as `${N}_vec`, mnemonic: m, encoding: `0 Q:1 ${u} 01110 ${s} - 1 Rm:5 ${vecOp} Rn:5 Rd:5`, operands: [vr('Rd', wide), vr('Rn', half), vr('Rm', half)], feature: 'fp16fml', summary }),
    form({ id: `${name}_elem` as `${N}_elem`, mnemonic: m, encoding: `0 Q:1 ${u} 01111 10 L:1 M:1 Rm:4 ${elemOp} H:1 0 Rn:5 Rd:5`, operands: [vr('Rd', wide), vr('Rn', half), halfElement()], feature: 'fp16fml', summary: `${summary} By element.` }),
  ] as const;
}

export const simdFloatVectorForms = [
  ...threeSame('FMAXNM', 0, 0, '000', 'Floating-point maximum number, per lane.'),
  ...threeSame('FMLA', 0, 0, '001', 'Fused multiply-add to accumulator, per lane: Vd += Vn * Vm.'),
  ...threeSame('FADD', 0, 0, '010', 'Floating-point add, per lane.'),
  ...threeSame('FMULX', 0, 0, '011', 'Floating-point multiply extended (infinity times zero gives 2.0).'),
  ...threeSameScalar('FMULX', 0, 0, '011', 'Floating-point multiply extended (infinity times zero gives 2.0).'),
  ...threeSame('FCMEQ', 0, 0, '100', 'Floating-point compare equal: all ones per lane when equal.'),
  ...threeSameScalar('FCMEQ', 0, 0, '100', 'Floating-point compare equal: all ones per lane when equal.'),
  ...threeSame('FMAX', 0, 0, '110', 'Floating-point maximum, per lane.'),
  ...threeSame('FRECPS', 0, 0, '111', 'Reciprocal step: 2.0 - Vn * Vm, fused.'),
  ...threeSameScalar('FRECPS', 0, 0, '111', 'Reciprocal step: 2.0 - Vn * Vm, fused.'),
  ...threeSame('FMINNM', 0, 1, '000', 'Floating-point minimum number, per lane.'),
  ...threeSame('FMLS', 0, 1, '001', 'Fused multiply-subtract from accumulator, per lane: Vd -= Vn * Vm.'),
  ...threeSame('FSUB', 0, 1, '010', 'Floating-point subtract, per lane.'),
  ...threeSame('FMIN', 0, 1, '110', 'Floating-point minimum, per lane.'),
  ...threeSame('FRSQRTS', 0, 1, '111', 'Reciprocal square root step: (3.0 - Vn * Vm) / 2, fused.'),
  ...threeSameScalar('FRSQRTS', 0, 1, '111', 'Reciprocal square root step: (3.0 - Vn * Vm) / 2, fused.'),
  ...threeSame('FMAXNMP', 1, 0, '000', 'Floating-point maximum number of adjacent pairs of Vn:Vm.'),
  ...threeSame('FADDP', 1, 0, '010', 'Floating-point add adjacent pairs of Vn:Vm.'),
  ...threeSame('FMUL', 1, 0, '011', 'Floating-point multiply, per lane.'),
  ...threeSame('FCMGE', 1, 0, '100', 'Floating-point compare greater than or equal (signalling).'),
  ...threeSameScalar('FCMGE', 1, 0, '100', 'Floating-point compare greater than or equal (signalling).'),
  ...threeSame('FACGE', 1, 0, '101', 'Floating-point absolute compare greater than or equal.'),
  ...threeSameScalar('FACGE', 1, 0, '101', 'Floating-point absolute compare greater than or equal.'),
  ...threeSame('FMAXP', 1, 0, '110', 'Floating-point maximum of adjacent pairs of Vn:Vm.'),
  ...threeSame('FDIV', 1, 0, '111', 'Floating-point divide, per lane.'),
  ...threeSame('FMINNMP', 1, 1, '000', 'Floating-point minimum number of adjacent pairs of Vn:Vm.'),
  ...threeSame('FABD', 1, 1, '010', 'Floating-point absolute difference, per lane.'),
  ...threeSameScalar('FABD', 1, 1, '010', 'Floating-point absolute difference, per lane.'),
  ...threeSame('FCMGT', 1, 1, '100', 'Floating-point compare greater than (signalling).'),
  ...threeSameScalar('FCMGT', 1, 1, '100', 'Floating-point compare greater than (signalling).'),
  ...threeSame('FACGT', 1, 1, '101', 'Floating-point absolute compare greater than.'),
  ...threeSameScalar('FACGT', 1, 1, '101', 'Floating-point absolute compare greater than.'),
  ...threeSame('FMINP', 1, 1, '110', 'Floating-point minimum of adjacent pairs of Vn:Vm.'),

  ...misc('FRINTN', 0, 0, '11000', 'Round to integral, to nearest with ties to even, per lane.'),
  ...misc('FRINTM', 0, 0, '11001', 'Round to integral toward -infinity, per lane.'),
  ...misc('FCVTNS', 0, 0, '11010', 'Convert to signed integer, to nearest with ties to even, per lane.'),
  ...miscScalar('FCVTNS', 0, 0, '11010', 'Convert to signed integer, to nearest with ties to even, per lane.'),
  ...misc('FCVTMS', 0, 0, '11011', 'Convert to signed integer toward -infinity, per lane.'),
  ...miscScalar('FCVTMS', 0, 0, '11011', 'Convert to signed integer toward -infinity, per lane.'),
  ...misc('FCVTAS', 0, 0, '11100', 'Convert to signed integer, to nearest with ties away, per lane.'),
  ...miscScalar('FCVTAS', 0, 0, '11100', 'Convert to signed integer, to nearest with ties away, per lane.'),
  ...misc('SCVTF', 0, 0, '11101', 'Signed integer convert to floating point, per lane.'),
  ...miscScalar('SCVTF', 0, 0, '11101', 'Signed integer convert to floating point, per lane.'),
  miscVecOnly('FRINT32Z', 0, 0, '11110', 'Round to a 32-bit integral value toward zero, per lane.', { feature: 'frintts' }),
  miscVecOnly('FRINT64Z', 0, 0, '11111', 'Round to a 64-bit integral value toward zero, per lane.', { feature: 'frintts' }),
  ...misc('FCMGT_zero', 0, 1, '01100', 'Floating-point compare greater than zero.', { zero: true }),
  ...miscScalar('FCMGT_zero', 0, 1, '01100', 'Floating-point compare greater than zero.', { zero: true }),
  ...misc('FCMEQ_zero', 0, 1, '01101', 'Floating-point compare equal to zero.', { zero: true }),
  ...miscScalar('FCMEQ_zero', 0, 1, '01101', 'Floating-point compare equal to zero.', { zero: true }),
  ...misc('FCMLT_zero', 0, 1, '01110', 'Floating-point compare less than zero.', { zero: true }),
  ...miscScalar('FCMLT_zero', 0, 1, '01110', 'Floating-point compare less than zero.', { zero: true }),
  ...misc('FABS', 0, 1, '01111', 'Floating-point absolute value, per lane.'),
  ...misc('FRINTP', 0, 1, '11000', 'Round to integral toward +infinity, per lane.'),
  ...misc('FRINTZ', 0, 1, '11001', 'Round to integral toward zero, per lane.'),
  ...misc('FCVTPS', 0, 1, '11010', 'Convert to signed integer toward +infinity, per lane.'),
  ...miscScalar('FCVTPS', 0, 1, '11010', 'Convert to signed integer toward +infinity, per lane.'),
  ...misc('FCVTZS', 0, 1, '11011', 'Convert to signed integer toward zero, per lane.'),
  ...miscScalar('FCVTZS', 0, 1, '11011', 'Convert to signed integer toward zero, per lane.'),
  ...misc('FRECPE', 0, 1, '11101', 'Reciprocal estimate (8 bits), per lane.'),
  ...miscScalar('FRECPE', 0, 1, '11101', 'Reciprocal estimate (8 bits), per lane.'),
  form({ id: 'URECPE_vec', mnemonic: 'urecpe', encoding: '0 Q:1 0 01110 1 0 10000 11100 10 Rn:5 Rd:5', operands: [vr('Rd', VEC_S), vr('Rn', VEC_S)], feature: 'simd',
    summary: 'Unsigned reciprocal estimate of 32-bit fixed-point fractions (0.32), per lane; below 0.5 gives all ones.' }),
  form({ id: 'URSQRTE_vec', mnemonic: 'ursqrte', encoding: '0 Q:1 1 01110 1 0 10000 11100 10 Rn:5 Rd:5', operands: [vr('Rd', VEC_S), vr('Rn', VEC_S)], feature: 'simd',
    summary: 'Unsigned reciprocal square root estimate of 32-bit fixed-point fractions (0.32), per lane; below 0.25 gives all ones.' }),
  ...miscScalar('FRECPX', 0, 1, '11111', 'Reciprocal exponent (scalar).'),
  ...misc('FRINTA', 1, 0, '11000', 'Round to integral, to nearest with ties away, per lane.'),
  ...misc('FRINTX', 1, 0, '11001', 'Round to integral exact (FPCR rounding, Inexact raised), per lane.'),
  ...misc('FCVTNU', 1, 0, '11010', 'Convert to unsigned integer, to nearest with ties to even, per lane.'),
  ...miscScalar('FCVTNU', 1, 0, '11010', 'Convert to unsigned integer, to nearest with ties to even, per lane.'),
  ...misc('FCVTMU', 1, 0, '11011', 'Convert to unsigned integer toward -infinity, per lane.'),
  ...miscScalar('FCVTMU', 1, 0, '11011', 'Convert to unsigned integer toward -infinity, per lane.'),
  ...misc('FCVTAU', 1, 0, '11100', 'Convert to unsigned integer, to nearest with ties away, per lane.'),
  ...miscScalar('FCVTAU', 1, 0, '11100', 'Convert to unsigned integer, to nearest with ties away, per lane.'),
  ...misc('UCVTF', 1, 0, '11101', 'Unsigned integer convert to floating point, per lane.'),
  ...miscScalar('UCVTF', 1, 0, '11101', 'Unsigned integer convert to floating point, per lane.'),
  miscVecOnly('FRINT32X', 1, 0, '11110', 'Round to a 32-bit integral value (FPCR rounding), per lane.', { feature: 'frintts' }),
  miscVecOnly('FRINT64X', 1, 0, '11111', 'Round to a 64-bit integral value (FPCR rounding), per lane.', { feature: 'frintts' }),
  ...misc('FCMGE_zero', 1, 1, '01100', 'Floating-point compare greater than or equal to zero.', { zero: true }),
  ...miscScalar('FCMGE_zero', 1, 1, '01100', 'Floating-point compare greater than or equal to zero.', { zero: true }),
  ...misc('FCMLE_zero', 1, 1, '01101', 'Floating-point compare less than or equal to zero.', { zero: true }),
  ...miscScalar('FCMLE_zero', 1, 1, '01101', 'Floating-point compare less than or equal to zero.', { zero: true }),
  ...misc('FNEG', 1, 1, '01111', 'Floating-point negate, per lane.'),
  ...misc('FRINTI', 1, 1, '11001', 'Round to integral (FPCR rounding), per lane.'),
  ...misc('FCVTPU', 1, 1, '11010', 'Convert to unsigned integer toward +infinity, per lane.'),
  ...miscScalar('FCVTPU', 1, 1, '11010', 'Convert to unsigned integer toward +infinity, per lane.'),
  ...misc('FCVTZU', 1, 1, '11011', 'Convert to unsigned integer toward zero, per lane.'),
  ...miscScalar('FCVTZU', 1, 1, '11011', 'Convert to unsigned integer toward zero, per lane.'),
  ...misc('FRSQRTE', 1, 1, '11101', 'Reciprocal square root estimate (8 bits), per lane.'),
  ...miscScalar('FRSQRTE', 1, 1, '11101', 'Reciprocal square root estimate (8 bits), per lane.'),
  ...misc('FSQRT', 1, 1, '11111', 'Floating-point square root, per lane.'),

  narrowLong('FCVTN_vec', 'fcvtn', '0 0 0 01110 0 sz:1 10000 10110 10 Rn:5 Rd:5', choice([['sz', 1]], ['4h', '2s']), choice([['sz', 1]], ['4s', '2d']), 'Convert to lower precision (FPCR rounding) into the lower half; upper half cleared.'),
  narrowLong('FCVTN2_vec', 'fcvtn2', '0 1 0 01110 0 sz:1 10000 10110 10 Rn:5 Rd:5', choice([['sz', 1]], ['8h', '4s']), choice([['sz', 1]], ['4s', '2d']), 'Convert to lower precision into the upper half; lower half kept.'),
  narrowLong('FCVTL_vec', 'fcvtl', '0 0 0 01110 0 sz:1 10000 10111 10 Rn:5 Rd:5', choice([['sz', 1]], ['4s', '2d']), choice([['sz', 1]], ['4h', '2s']), 'Convert the lower half to higher precision.'),
  narrowLong('FCVTL2_vec', 'fcvtl2', '0 1 0 01110 0 sz:1 10000 10111 10 Rn:5 Rd:5', choice([['sz', 1]], ['4s', '2d']), choice([['sz', 1]], ['8h', '4s']), 'Convert the upper half to higher precision.'),
  form({ id: 'FCVTXN_scal', mnemonic: 'fcvtxn', encoding: '01 1 11110 0 1 10000 10110 10 Rn:5 Rd:5', operands: [sr('Rd', fix('s')), sr('Rn', fix('d'))], feature: 'simd', summary: 'Convert double to single with round to odd (scalar).' }),
  narrowLong('FCVTXN_vec', 'fcvtxn', '0 0 1 01110 0 1 10000 10110 10 Rn:5 Rd:5', fix('2s'), fix('2d'), 'Convert double to single with round to odd into the lower half.'),
  narrowLong('FCVTXN2_vec', 'fcvtxn2', '0 1 1 01110 0 1 10000 10110 10 Rn:5 Rd:5', fix('4s'), fix('2d'), 'Convert double to single with round to odd into the upper half.'),

  ...element('FMLA_elem', 0, '0001', 'Fused multiply-add by element: Vd += Vn * Vm[index].'),
  ...element('FMLS_elem', 0, '0101', 'Fused multiply-subtract by element: Vd -= Vn * Vm[index].'),
  ...element('FMUL_elem', 0, '1001', 'Floating-point multiply by element.'),
  ...element('FMULX_elem', 1, '1001', 'Floating-point multiply extended by element.'),

  ...acrossLanes('FMAXNMV', 0, '01100', 'Floating-point maximum number across lanes.'),
  ...acrossLanes('FMINNMV', 1, '01100', 'Floating-point minimum number across lanes.'),
  ...acrossLanes('FMAXV', 0, '01111', 'Floating-point maximum across lanes.'),
  ...acrossLanes('FMINV', 1, '01111', 'Floating-point minimum across lanes.'),

  ...fixedPoint('SCVTF', 0, '11100', 'Signed fixed point (fbits fraction bits) to floating point, per lane.'),
  ...fixedPoint('UCVTF', 1, '11100', 'Unsigned fixed point (fbits fraction bits) to floating point, per lane.'),
  ...fixedPoint('FCVTZS', 0, '11111', 'Floating point to signed fixed point (fbits fraction bits), toward zero, per lane.'),
  ...fixedPoint('FCVTZU', 1, '11111', 'Floating point to unsigned fixed point (fbits fraction bits), toward zero, per lane.'),

  form({ id: 'FCADD_vec', mnemonic: 'fcadd', encoding: '0 Q:1 1 01110 size:2 0 Rm:5 111 rot:1 0 1 Rn:5 Rd:5', operands: [vr('Rd', VEC_HSD), vr('Rn', VEC_HSD), vr('Rm', VEC_HSD), rotation(ROT90)],
    valid: complexFeature, feature: 'fcma', summary: 'Complex add with rotate (#90 or #270) of pairs of (real, imaginary) lanes.' }),
  form({ id: 'FCMLA_vec', mnemonic: 'fcmla', encoding: '0 Q:1 1 01110 size:2 0 Rm:5 110 rot:2 1 Rn:5 Rd:5', operands: [vr('Rd', VEC_HSD), vr('Rn', VEC_HSD), vr('Rm', VEC_HSD), rotation(ROT)],
    valid: complexFeature, feature: 'fcma', summary: 'Complex fused multiply-add with rotate of pairs of (real, imaginary) lanes.' }),
  form({ id: 'FCMLA_elem', mnemonic: 'fcmla', encoding: '0 Q:1 1 01111 size:2 L:1 M:1 Rm:4 0 rot:2 1 H:1 0 Rn:5 Rd:5', operands: [vr('Rd', VEC_HSD), vr('Rn', VEC_HSD), complexElement(), rotation(ROT)],
    valid: (f) => ((f.size === 1 && !(f.Q === 0 && f.H === 1)) || (f.size === 2 && f.Q === 1 && f.L === 0)), feature: 'fcma', summary: 'Complex fused multiply-add with rotate by an element pair.' }),
  form({ id: 'BFMLALB_vec', mnemonic: 'bfmlalb', encoding: '0 0 1 01110 11 0 Rm:5 111111 Rn:5 Rd:5', operands: [vr('Rd', fix('4s')), vr('Rn', fix('8h')), vr('Rm', fix('8h'))], feature: 'bf16', summary: 'BFloat16 widening multiply-add of the even (bottom) lanes into single lanes (fused, FPCR).' }),
  form({ id: 'BFMLALT_vec', mnemonic: 'bfmlalt', encoding: '0 1 1 01110 11 0 Rm:5 111111 Rn:5 Rd:5', operands: [vr('Rd', fix('4s')), vr('Rn', fix('8h')), vr('Rm', fix('8h'))], feature: 'bf16', summary: 'BFloat16 widening multiply-add of the odd (top) lanes into single lanes (fused, FPCR).' }),
  form({ id: 'BFMLALB_elem', mnemonic: 'bfmlalb', encoding: '0 0 0 01111 11 L:1 M:1 Rm:4 1111 H:1 0 Rn:5 Rd:5', operands: [vr('Rd', fix('4s')), vr('Rn', fix('8h')), halfElement()], feature: 'bf16', summary: 'BFloat16 widening multiply-add of the even lanes by an element.' }),
  form({ id: 'BFMLALT_elem', mnemonic: 'bfmlalt', encoding: '0 1 0 01111 11 L:1 M:1 Rm:4 1111 H:1 0 Rn:5 Rd:5', operands: [vr('Rd', fix('4s')), vr('Rn', fix('8h')), halfElement()], feature: 'bf16', summary: 'BFloat16 widening multiply-add of the odd lanes by an element.' }),
  narrowLong('BFCVTN_vec', 'bfcvtn', '0 0 0 01110 10 10000 10110 10 Rn:5 Rd:5', fix('4h'), fix('4s'), 'Convert single to BFloat16 (FPCR rounding) into the lower half.', 'bf16'),
  narrowLong('BFCVTN2_vec', 'bfcvtn2', '0 1 0 01110 10 10000 10110 10 Rn:5 Rd:5', fix('8h'), fix('4s'), 'Convert single to BFloat16 into the upper half.', 'bf16'),

  ...widening('FMLAL', 0, 0, '111011', '0000', 'Widening fused multiply-add: single lanes of Vd += half lanes of Vn * Vm (lower halves).'),
  ...widening('FMLSL', 0, 1, '111011', '0100', 'Widening fused multiply-subtract (lower halves).'),
  ...widening('FMLAL2', 1, 0, '110011', '1000', 'Widening fused multiply-add (upper halves).'),
  ...widening('FMLSL2', 1, 1, '110011', '1100', 'Widening fused multiply-subtract (upper halves).'),

  ...pairwiseScalar('FMAXNMP_pair', 0, '01100', 'Floating-point maximum number of the pair (scalar pairwise).'),
  ...pairwiseScalar('FADDP_pair', 0, '01101', 'Floating-point add of the pair (scalar pairwise).'),
  ...pairwiseScalar('FMAXP_pair', 0, '01111', 'Floating-point maximum of the pair (scalar pairwise).'),
  ...pairwiseScalar('FMINNMP_pair', 1, '01100', 'Floating-point minimum number of the pair (scalar pairwise).'),
  ...pairwiseScalar('FMINP_pair', 1, '01111', 'Floating-point minimum of the pair (scalar pairwise).'),
];

export const simdFloatVectorAliases = [];
