// Advanced SIMD floating-point semantics (emulator/isa/groups/simdFloatVector.ts): per-lane arithmetic, pairwise
// and across-lanes reductions (the Arm ARM's Reduce tree), compares producing all-ones lanes, estimates, narrowing
// and lengthening conversions, by-element forms. Results are computed into a temporary list before any lane is
// written (a destination may also be a source); a 64-bit vector or a scalar result clears the rest of the register.

import type { Cpu } from '../cpu.js';
import * as fpModule from '../fp.js';
import type { Fmt, Rounding } from '../fp.js';
import { type Builder, type DecodeInput, undefinedOp } from './common.js';
import * as fpExec from './fp.js';

/** The soft-float helpers as plain properties (a module namespace's getters are slow in hot paths under CJS).*/
const fp = { ...fpModule };

const { H, S, D } = fp;
const { getElem, setElem, setScalar } = fpExec;

interface Shape {
  readonly f: Fmt;
  /** Lanes operated on (1 for scalar forms). */
  readonly lanes: number;
  readonly scalar: boolean;
}

function shapeOf(d: DecodeInput): Shape {
  const half = d.id.endsWith('_h');
  const f = half ? H : d.f['sz'] ? D : S;
  const scalar = d.id.includes('_scal');
  const bytes = d.f['Q'] === 0 ? 8 : 16;
  return { f, lanes: scalar ? 1 : bytes / (f.N / 8), scalar };
}

function readLanes(c: Cpu, reg: number, f: Fmt, lanes: number, first = 0): bigint[] {
  const out: bigint[] = [];
  for (let i = 0; i < lanes; i++) out.push(getElem(c, reg, first + i, f.N));
  return out;
}

/** Writes lanes from lane 0 and clears the rest of the register. */
function writeLanes(c: Cpu, reg: number, bits: number, values: readonly bigint[]): void {
  c.v.fill(0, reg * 16, reg * 16 + 16);
  values.forEach((v, i) => setElem(c, reg, i, bits, v));
}

const ones = (f: Fmt): bigint => (1n << BigInt(f.N)) - 1n;

type Bin = (x: bigint, y: bigint, f: Fmt, c: Cpu) => bigint;
type Un = (x: bigint, f: Fmt, c: Cpu) => bigint;

function finish(run: (c: Cpu) => void): (c: Cpu) => void {
  return (c) => { run(c); c.pc += 4; };
}

const fastLanes = new Float64Array(4);

/** Per-lane binary operation (vector or scalar three same); `fast` selects fp.fastArith (0 add .. 3 div). */
function lanewise(fn: Bin, fast?: number): Builder {
  return (d) => {
    const s = shapeOf(d);
    const rd = d.f['Rd']!, rn = d.f['Rn']!, rm = d.f['Rm']!;
    if (fast !== undefined && s.f !== H) {
      const single = s.f === S, lanes = s.lanes, size = single ? 4 : 8;
      return finish((c) => {
        const v = c.vView;
        let ok = true;
        for (let i = 0; i < lanes && ok; i++) {
          const a = single ? v.getFloat32(rn * 16 + i * size, true) : v.getFloat64(rn * 16 + i * size, true);
          const b = single ? v.getFloat32(rm * 16 + i * size, true) : v.getFloat64(rm * 16 + i * size, true);
          const r = fp.fastArith(fast, a, b, single, c);
          if (r === undefined) ok = false; else fastLanes[i] = r;
        }
        if (ok) {
          c.v.fill(0, rd * 16, rd * 16 + 16);
          for (let i = 0; i < lanes; i++) {
            if (single) v.setFloat32(rd * 16 + i * size, fastLanes[i]!, true); else v.setFloat64(rd * 16 + i * size, fastLanes[i]!, true);
          }
          return;
        }
        const a = readLanes(c, rn, s.f, s.lanes), b = readLanes(c, rm, s.f, s.lanes);
        writeLanes(c, rd, s.f.N, a.map((x, i) => fn(x, b[i]!, s.f, c)));
      });
    }
    return finish((c) => {
      const a = readLanes(c, rn, s.f, s.lanes), b = readLanes(c, rm, s.f, s.lanes);
      writeLanes(c, rd, s.f.N, a.map((x, i) => fn(x, b[i]!, s.f, c)));
    });
  };
}

/** Pairwise over the concatenation Vm:Vn (lanes of Vn first). */
function pairwise(fn: Bin): Builder {
  return (d) => {
    const s = shapeOf(d);
    const rd = d.f['Rd']!, rn = d.f['Rn']!, rm = d.f['Rm']!;
    return finish((c) => {
      const all = [...readLanes(c, rn, s.f, s.lanes), ...readLanes(c, rm, s.f, s.lanes)];
      const out: bigint[] = [];
      for (let i = 0; i < s.lanes; i++) out.push(fn(all[2 * i]!, all[2 * i + 1]!, s.f, c));
      writeLanes(c, rd, s.f.N, out);
    });
  };
}

/** Fused multiply-add into the destination lanes (FMLA, FMLS). */
function accumulate(negate: boolean): Builder {
  return (d) => {
    const s = shapeOf(d);
    const rd = d.f['Rd']!, rn = d.f['Rn']!, rm = d.f['Rm']!;
    return finish((c) => {
      const acc = readLanes(c, rd, s.f, s.lanes), a = readLanes(c, rn, s.f, s.lanes), b = readLanes(c, rm, s.f, s.lanes);
      writeLanes(c, rd, s.f.N, acc.map((x, i) => fp.mulAdd(x, negate ? fp.neg(a[i]!, s.f) : a[i]!, b[i]!, s.f, c)));
    });
  };
}

const mask = (ok: boolean, f: Fmt): bigint => (ok ? ones(f) : 0n);
const cmp = (cond: 'eq' | 'ge' | 'gt', absolute = false): Bin => (x, y, f, c) =>
  mask(fp.compareCond(absolute ? fp.abs(x, f) : x, absolute ? fp.abs(y, f) : y, f, c, cond), f);

/** Per-lane unary operation (two-register miscellaneous). */
function unary(fn: Un): Builder {
  return (d) => {
    const s = shapeOf(d);
    const rd = d.f['Rd']!, rn = d.f['Rn']!;
    return finish((c) => writeLanes(c, rd, s.f.N, readLanes(c, rn, s.f, s.lanes).map((x) => fn(x, s.f, c))));
  };
}

const rmodeOr = (r: Rounding | 'fpcr', c: Cpu): Rounding => (r === 'fpcr' ? fp.roundingOf(c) : r);
const toInt = (r: Rounding | 'fpcr', unsigned: boolean): Un => (x, f, c) => fp.toFixed(x, f, 0, unsigned, f.N, rmodeOr(r, c), c);
const fromInt = (unsigned: boolean): Un => (x, f, c) => fp.fromFixed(x, f.N, 0, unsigned, f, fp.roundingOf(c), c);
const roundInt = (r: Rounding | 'fpcr', exact: boolean): Un => (x, f, c) => fp.roundInt(x, f, rmodeOr(r, c), exact, c);
const roundIntN = (r: Rounding | 'fpcr', bits: number): Un => (x, f, c) => fp.roundIntN(x, f, rmodeOr(r, c), bits, c);
const zeroCmp = (cond: 'eq' | 'ge' | 'gt', swap: boolean): Un => (x, f, c) => mask(swap ? fp.compareCond(0n, x, f, c, cond) : fp.compareCond(x, 0n, f, c, cond), f);

/** FCVTN/FCVTN2/FCVTXN(2): narrow every lane of Vn into the lower or upper half of Vd. */
function narrow(upper: boolean, toOdd: boolean): Builder {
  return (d) => {
    const wide = toOdd || d.f['sz'] ? D : S;
    const narrowF = wide === D ? S : H;
    const lanes = 128 / wide.N;
    const rd = d.f['Rd']!, rn = d.f['Rn']!;
    return finish((c) => {
      const out = readLanes(c, rn, wide, lanes).map((x) => fp.convert(x, wide, narrowF, toOdd ? fp.RO : fp.roundingOf(c), c));
      if (upper) out.forEach((v, i) => setElem(c, rd, lanes + i, narrowF.N, v));
      else writeLanes(c, rd, narrowF.N, out);
    });
  };
}

/** FCVTL/FCVTL2: lengthen the lower or upper half of Vn. */
function lengthen(upper: boolean): Builder {
  return (d) => {
    const wide = d.f['sz'] ? D : S;
    const narrowF = wide === D ? S : H;
    const lanes = 128 / wide.N;
    const rd = d.f['Rd']!, rn = d.f['Rn']!;
    return finish((c) => {
      const src = readLanes(c, rn, narrowF, lanes, upper ? lanes : 0);
      writeLanes(c, rd, wide.N, src.map((x) => fp.convert(x, narrowF, wide, fp.roundingOf(c), c)));
    });
  };
}

/** By-element forms: the element Vm[index] against every lane of Vn. */
function byElement(kind: 'mla' | 'mls' | 'mul' | 'mulx'): Builder {
  return (d) => {
    const s = shapeOf(d);
    const half = s.f === H;
    const rm = half ? d.f['Rm']! : (d.f['M']! << 4) | d.f['Rm']!;
    const index = half ? (d.f['H']! << 2) | (d.f['L']! << 1) | d.f['M']! : s.f === D ? d.f['H']! : (d.f['H']! << 1) | d.f['L']!;
    const rd = d.f['Rd']!, rn = d.f['Rn']!;
    return finish((c) => {
      const e = getElem(c, rm, index, s.f.N);
      const a = readLanes(c, rn, s.f, s.lanes);
      const acc = readLanes(c, rd, s.f, s.lanes);
      writeLanes(c, rd, s.f.N, a.map((x, i) => {
        switch (kind) {
          case 'mla': return fp.mulAdd(acc[i]!, x, e, s.f, c);
          case 'mls': return fp.mulAdd(acc[i]!, fp.neg(x, s.f), e, s.f, c);
          case 'mul': return fp.mul(x, e, s.f, c);
          default: return fp.mul(x, e, s.f, c, true);
        }
      }));
    });
  };
}

/** The Arm ARM's Reduce: op(Reduce(lower half), Reduce(upper half)). */
function reduce(values: readonly bigint[], fn: Bin, f: Fmt, c: Cpu): bigint {
  if (values.length === 1) return values[0]!;
  const half = values.length / 2;
  const lo = reduce(values.slice(0, half), fn, f, c);
  const hi = reduce(values.slice(half), fn, f, c);
  return fn(lo, hi, f, c);
}

function acrossLanes(fn: Bin): Builder {
  return (d) => {
    const f = d.id.endsWith('_h') ? H : S;
    const lanes = d.id.endsWith('_h') ? (d.f['Q'] ? 8 : 4) : 4;
    const rd = d.f['Rd']!, rn = d.f['Rn']!;
    return finish((c) => setScalar(c, rd, f.N, reduce(readLanes(c, rn, f, lanes), fn, f, c)));
  };
}

function pairScalar(fn: Bin): Builder {
  return (d) => {
    const f = d.id.endsWith('_h') ? H : d.f['sz'] ? D : S;
    const rd = d.f['Rd']!, rn = d.f['Rn']!;
    return finish((c) => setScalar(c, rd, f.N, fn(getElem(c, rn, 0, f.N), getElem(c, rn, 1, f.N), f, c)));
  };
}

/** Fixed-point conversions by immediate: the element size from the id's last letter, fbits = esize - immhb. */
function fixedPointOp(toFp: boolean, unsigned: boolean): Builder {
  return (d) => {
    const f = d.id.endsWith('_h') ? H : d.id.endsWith('_d') ? D : S;
    const scalar = d.id.includes('_fixs_');
    const lanes = scalar ? 1 : (d.f['Q'] ? 16 : 8) / (f.N / 8);
    const fbits = f.N - d.f['immhb']!;
    const rd = d.f['Rd']!, rn = d.f['Rn']!;
    return finish((c) => writeLanes(c, rd, f.N, readLanes(c, rn, f, lanes).map((x) => (toFp
      ? fp.fromFixed(x, f.N, fbits, unsigned, f, fp.roundingOf(c), c)
      : fp.toFixed(x, f, fbits, unsigned, f.N, fp.RZ, c)))));
  };
}

type Six<N extends string> = Record<`${N}_fixv_${'s' | 'd' | 'h'}` | `${N}_fixs_${'s' | 'd' | 'h'}`, Builder>;
function all6<N extends string>(name: N, b: Builder): Six<N> {
  const out: Record<string, Builder> = {};
  for (const k of ['fixv', 'fixs']) for (const t of ['s', 'd', 'h']) out[`${name}_${k}_${t}`] = b;
  return out as Six<N>;
}

/** The element format of the complex forms (size 01 H, 10 S, 11 D) and their lane count. */
function complexShape(d: DecodeInput): { f: Fmt; lanes: number } {
  const f = d.f['size'] === 1 ? H : d.f['size'] === 2 ? S : D;
  return { f, lanes: (d.f['Q'] ? 16 : 8) / (f.N / 8) };
}

/** FCADD: (re, im) + rot(Vm pair), rot = 90: (-im2, re2), 270: (im2, -re2). */
const complexAdd: Builder = (d) => {
  const { f, lanes } = complexShape(d);
  const rd = d.f['Rd']!, rn = d.f['Rn']!, rm = d.f['Rm']!, rot = d.f['rot']!;
  return finish((c) => {
    const a = readLanes(c, rn, f, lanes), b = readLanes(c, rm, f, lanes);
    const out: bigint[] = [];
    for (let e = 0; e < lanes; e += 2) {
      const e1 = rot === 0 ? fp.neg(b[e + 1]!, f) : b[e + 1]!;
      const e3 = rot === 0 ? b[e]! : fp.neg(b[e]!, f);
      out.push(fp.add(a[e]!, e1, f, c), fp.add(a[e + 1]!, e3, f, c));
    }
    writeLanes(c, rd, f.N, out);
  });
};

/** FCMLA (vector or by element): Vd pair += rotated partial product of the Vn and Vm pairs (fused). */
function complexMulAdd(byElement: boolean): Builder {
  return (d) => {
    const { f, lanes } = complexShape(d);
    const rd = d.f['Rd']!, rn = d.f['Rn']!, rot = d.f['rot']!;
    const rm = byElement ? (d.f['M']! << 4) | d.f['Rm']! : d.f['Rm']!;
    const index = !byElement ? -1 : f === H ? (d.f['H']! << 1) | d.f['L']! : d.f['H']!;
    return finish((c) => {
      const n = readLanes(c, rn, f, lanes), m = readLanes(c, rm, f, lanes), acc = readLanes(c, rd, f, lanes);
      const out: bigint[] = [];
      for (let e = 0; e < lanes; e += 2) {
        const re2 = byElement ? m[2 * index]! : m[e]!, im2 = byElement ? m[2 * index + 1]! : m[e + 1]!;
        let e1: bigint, e2: bigint, e3: bigint, e4: bigint;
        switch (rot) {
          case 0: e1 = re2; e2 = n[e]!; e3 = im2; e4 = n[e]!; break;
          case 1: e1 = fp.neg(im2, f); e2 = n[e + 1]!; e3 = re2; e4 = n[e + 1]!; break;
          case 2: e1 = fp.neg(re2, f); e2 = n[e]!; e3 = fp.neg(im2, f); e4 = n[e]!; break;
          default: e1 = im2; e2 = n[e + 1]!; e3 = fp.neg(re2, f); e4 = n[e + 1]!; break;
        }
        out.push(fp.mulAdd(acc[e]!, e2, e1, f, c), fp.mulAdd(acc[e + 1]!, e4, e3, f, c));
      }
      writeLanes(c, rd, f.N, out);
    });
  };
}

/** BFMLALB/BFMLALT: single lanes += BFloat16 lanes 2e+top of Vn times Vm (or Vm[index]), widened exactly, fused. */
function bfMulAdd(top: number, byElem: boolean): Builder {
  return (d) => {
    const rd = d.f['Rd']!, rn = d.f['Rn']!, rm = d.f['Rm']!;
    const index = byElem ? (d.f['H']! << 2) | (d.f['L']! << 1) | d.f['M']! : 0;
    return finish((c) => {
      const acc = readLanes(c, rd, S, 4);
      const out = acc.map((x, e) => {
        const a = getElem(c, rn, 2 * e + top, 16) << 16n;
        const b = getElem(c, rm, byElem ? index : 2 * e + top, 16) << 16n;
        return fp.mulAdd(x, a, b, S, c);
      });
      writeLanes(c, rd, 32, out);
    });
  };
}

/** BFCVTN/BFCVTN2: four singles to BFloat16 in the lower (upper half kept clear) or upper half. */
function bfNarrow(upper: boolean): Builder {
  return (d) => {
    const rd = d.f['Rd']!, rn = d.f['Rn']!;
    return finish((c) => {
      const out = readLanes(c, rn, S, 4).map((x) => fp.convert(x, S, fp.BF, fp.roundingOf(c), c));
      if (upper) out.forEach((v, i) => setElem(c, rd, 4 + i, 16, v));
      else writeLanes(c, rd, 16, out);
    });
  };
}

/** FMLAL/FMLSL(2): single lanes of Vd += (-)half lanes of the lower or upper part of Vn times Vm (or Vm[index]). */
function wideningMulAdd(sub: boolean, upper: boolean, byElem: boolean): Builder {
  return (d) => {
    // The vector form's bit 22 (sz) must be 0: objdump ignores it, the Arm ARM (and qemu) make sz = 1 UNDEFINED.
    if (!byElem && (d.word >>> 22) & 1) return undefinedOp(d.word);
    const lanes = d.f['Q'] ? 4 : 2;
    const rd = d.f['Rd']!, rn = d.f['Rn']!, rm = d.f['Rm']!;
    const index = byElem ? (d.f['H']! << 2) | (d.f['L']! << 1) | d.f['M']! : 0;
    const first = upper ? lanes : 0;
    return finish((c) => {
      const acc = readLanes(c, rd, S, lanes), a = readLanes(c, rn, H, lanes, first);
      const b = byElem ? Array<bigint>(lanes).fill(getElem(c, rm, index, 16)) : readLanes(c, rm, H, lanes, first);
      writeLanes(c, rd, 32, acc.map((x, i) => fp.mulAddH(x, sub ? fp.neg(a[i]!, H) : a[i]!, b[i]!, c)));
    });
  };
}

type Vec2<N extends string> = Record<`${N}_vec` | `${N}_vec_h`, Builder>;
type Scal2<N extends string> = Record<`${N}_scal` | `${N}_scal_h`, Builder>;
/** Vector forms (single/double and half). */
function vec2<N extends string>(name: N, b: Builder): Vec2<N> {
  return { [`${name}_vec`]: b, [`${name}_vec_h`]: b } as Vec2<N>;
}
/** Scalar forms (single/double and half). */
function scal2<N extends string>(name: N, b: Builder): Scal2<N> {
  return { [`${name}_scal`]: b, [`${name}_scal_h`]: b } as Scal2<N>;
}
/** Vector and scalar forms. */
function all4<N extends string>(name: N, b: Builder): Vec2<N> & Scal2<N> {
  return { ...vec2(name, b), ...scal2(name, b) };
}

const add: Bin = (x, y, f, c) => fp.add(x, y, f, c);
const maxNum: Bin = (x, y, f, c) => fp.maxMinNum(x, y, f, c, true);
const minNum: Bin = (x, y, f, c) => fp.maxMinNum(x, y, f, c, false);
const max: Bin = (x, y, f, c) => fp.maxMin(x, y, f, c, true);
const min: Bin = (x, y, f, c) => fp.maxMin(x, y, f, c, false);

export const fpVectorSemantics = {
  ...vec2('FMAXNM', lanewise(maxNum)),
  ...vec2('FMLA', accumulate(false)),
  ...vec2('FADD', lanewise(add, 0)),
  ...all4('FMULX', lanewise((x, y, f, c) => fp.mul(x, y, f, c, true))),
  ...all4('FCMEQ', lanewise(cmp('eq'))),
  ...vec2('FMAX', lanewise(max)),
  ...all4('FRECPS', lanewise((x, y, f, c) => fp.recipStep(x, y, f, c, false))),
  ...vec2('FMINNM', lanewise(minNum)),
  ...vec2('FMLS', accumulate(true)),
  ...vec2('FSUB', lanewise((x, y, f, c) => fp.sub(x, y, f, c), 1)),
  ...vec2('FMIN', lanewise(min)),
  ...all4('FRSQRTS', lanewise((x, y, f, c) => fp.recipStep(x, y, f, c, true))),
  ...vec2('FMAXNMP', pairwise(maxNum)),
  ...vec2('FADDP', pairwise(add)),
  ...vec2('FMUL', lanewise((x, y, f, c) => fp.mul(x, y, f, c), 2)),
  ...all4('FCMGE', lanewise(cmp('ge'))),
  ...all4('FACGE', lanewise(cmp('ge', true))),
  ...vec2('FMAXP', pairwise(max)),
  ...vec2('FDIV', lanewise((x, y, f, c) => fp.div(x, y, f, c), 3)),
  ...vec2('FMINNMP', pairwise(minNum)),
  ...all4('FABD', lanewise((x, y, f, c) => fp.abs(fp.sub(x, y, f, c), f))),
  ...all4('FCMGT', lanewise(cmp('gt'))),
  ...all4('FACGT', lanewise(cmp('gt', true))),
  ...vec2('FMINP', pairwise(min)),

  ...vec2('FRINTN', unary(roundInt(fp.RN, false))),
  ...vec2('FRINTM', unary(roundInt(fp.RM, false))),
  ...all4('FCVTNS', unary(toInt(fp.RN, false))),
  ...all4('FCVTMS', unary(toInt(fp.RM, false))),
  ...all4('FCVTAS', unary(toInt(fp.RA, false))),
  ...all4('SCVTF', unary(fromInt(false))),
  FRINT32Z_vec: unary(roundIntN(fp.RZ, 32)),
  FRINT64Z_vec: unary(roundIntN(fp.RZ, 64)),
  ...all4('FCMGT_zero', unary(zeroCmp('gt', false))),
  ...all4('FCMEQ_zero', unary(zeroCmp('eq', false))),
  ...all4('FCMLT_zero', unary(zeroCmp('gt', true))),
  ...vec2('FABS', unary((x, f) => fp.abs(x, f))),
  ...vec2('FRINTP', unary(roundInt(fp.RP, false))),
  ...vec2('FRINTZ', unary(roundInt(fp.RZ, false))),
  ...all4('FCVTPS', unary(toInt(fp.RP, false))),
  ...all4('FCVTZS', unary(toInt(fp.RZ, false))),
  ...all4('FRECPE', unary((x, f, c) => fp.recipEstimate(x, f, c))),
  // Unsigned estimates (UnsignedRecipEstimate, UnsignedRSqrtEstimate): bits 31:23 of the 0.32 fraction index the
  // same 9-bit estimate tables as FRECPE/FRSQRTE; inputs below 0.5 (0.25 for the square root) give all ones.
  URECPE_vec: unary((x) => (x < 0x8000_0000n ? 0xffff_ffffn : BigInt(fp.recipEstimateInt(Number(x >> 23n))) << 23n)),
  URSQRTE_vec: unary((x) => (x < 0x4000_0000n ? 0xffff_ffffn : BigInt(fp.rsqrtEstimateInt(Number(x >> 23n))) << 23n)),
  ...scal2('FRECPX', unary((x, f, c) => fp.recpX(x, f, c))),
  ...vec2('FRINTA', unary(roundInt(fp.RA, false))),
  ...vec2('FRINTX', unary(roundInt('fpcr', true))),
  ...all4('FCVTNU', unary(toInt(fp.RN, true))),
  ...all4('FCVTMU', unary(toInt(fp.RM, true))),
  ...all4('FCVTAU', unary(toInt(fp.RA, true))),
  ...all4('UCVTF', unary(fromInt(true))),
  FRINT32X_vec: unary(roundIntN('fpcr', 32)),
  FRINT64X_vec: unary(roundIntN('fpcr', 64)),
  ...all4('FCMGE_zero', unary(zeroCmp('ge', false))),
  ...all4('FCMLE_zero', unary(zeroCmp('ge', true))),
  ...vec2('FNEG', unary((x, f) => fp.neg(x, f))),
  ...vec2('FRINTI', unary(roundInt('fpcr', false))),
  ...all4('FCVTPU', unary(toInt(fp.RP, true))),
  ...all4('FCVTZU', unary(toInt(fp.RZ, true))),
  ...all4('FRSQRTE', unary((x, f, c) => fp.rsqrtEstimate(x, f, c))),
  ...vec2('FSQRT', unary((x, f, c) => fp.sqrt(x, f, c))),

  FCVTN_vec: narrow(false, false),
  FCVTN2_vec: narrow(true, false),
  FCVTXN_vec: narrow(false, true),
  FCVTXN2_vec: narrow(true, true),
  FCVTXN_scal: ((d) => {
    const rd = d.f['Rd']!, rn = d.f['Rn']!;
    return finish((c) => setScalar(c, rd, 32, fp.convert(getElem(c, rn, 0, 64), D, S, fp.RO, c)));
  }) as Builder,
  FCVTL_vec: lengthen(false),
  FCVTL2_vec: lengthen(true),

  ...all4('FMLA_elem', byElement('mla')),
  ...all4('FMLS_elem', byElement('mls')),
  ...all4('FMUL_elem', byElement('mul')),
  ...all4('FMULX_elem', byElement('mulx')),

  ...all6('SCVTF', fixedPointOp(true, false)),
  ...all6('UCVTF', fixedPointOp(true, true)),
  ...all6('FCVTZS', fixedPointOp(false, false)),
  ...all6('FCVTZU', fixedPointOp(false, true)),

  FMLAL_vec: wideningMulAdd(false, false, false), FMLAL_elem: wideningMulAdd(false, false, true),
  FMLSL_vec: wideningMulAdd(true, false, false), FMLSL_elem: wideningMulAdd(true, false, true),
  FMLAL2_vec: wideningMulAdd(false, true, false), FMLAL2_elem: wideningMulAdd(false, true, true),
  FMLSL2_vec: wideningMulAdd(true, true, false), FMLSL2_elem: wideningMulAdd(true, true, true),
  FCADD_vec: complexAdd,
  FCMLA_vec: complexMulAdd(false),
  FCMLA_elem: complexMulAdd(true),
  BFMLALB_vec: bfMulAdd(0, false), BFMLALT_vec: bfMulAdd(1, false), BFMLALB_elem: bfMulAdd(0, true), BFMLALT_elem: bfMulAdd(1, true),
  BFCVTN_vec: bfNarrow(false),
  BFCVTN2_vec: bfNarrow(true),

  FMAXNMV_vec: acrossLanes(maxNum), FMAXNMV_vec_h: acrossLanes(maxNum),
  FMINNMV_vec: acrossLanes(minNum), FMINNMV_vec_h: acrossLanes(minNum),
  FMAXV_vec: acrossLanes(max), FMAXV_vec_h: acrossLanes(max),
  FMINV_vec: acrossLanes(min), FMINV_vec_h: acrossLanes(min),

  FMAXNMP_pair_scal: pairScalar(maxNum), FMAXNMP_pair_scal_h: pairScalar(maxNum),
  FADDP_pair_scal: pairScalar(add), FADDP_pair_scal_h: pairScalar(add),
  FMAXP_pair_scal: pairScalar(max), FMAXP_pair_scal_h: pairScalar(max),
  FMINNMP_pair_scal: pairScalar(minNum), FMINNMP_pair_scal_h: pairScalar(minNum),
  FMINP_pair_scal: pairScalar(min), FMINP_pair_scal_h: pairScalar(min),
} satisfies Record<string, Builder>;
