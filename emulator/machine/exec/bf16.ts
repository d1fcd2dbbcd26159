// Semantics of the BFloat16 dot products (emulator/isa/groups/simdBf16.ts): BFDOT (vector, by element) and BFMMLA.
// Both are built from the Arm ARM's BFDotAdd (without FEAT_EBF16): sum + (a0*b0 + a1*b1), where each BFloat16
// product is formed in single precision and each addition rounds to odd, with denormal inputs and outputs
// flushed to zero (tininess before rounding), default NaN and overflow to infinity; FPCR is ignored and FPSR is
// not updated. Arithmetic is exact on BigInt significands before the one rounding of each step.

import type { Cpu } from '../cpu.js';
import type { Builder } from './common.js';
import type { SimdBf16FormId } from '../../isa/groups/simdBf16.js';

const DEFAULT_NAN = 0x7fc00000;

type Value =
  | { readonly kind: 'nan' }
  | { readonly kind: 'inf'; readonly sign: number }
  | { readonly kind: 'zero'; readonly sign: number }
  | { readonly kind: 'finite'; readonly sign: number; readonly mant: bigint; readonly exp: number };

/** Unpacks single-precision bits; denormals read as zero. */
function unpack(bits: number): Value {
  const sign = bits >>> 31, e = (bits >>> 23) & 0xff, frac = bits & 0x7fffff;
  if (e === 0xff) return frac ? { kind: 'nan' } : { kind: 'inf', sign };
  if (e === 0) return { kind: 'zero', sign };
  return { kind: 'finite', sign, mant: BigInt(frac | 0x800000), exp: e - 150 };
}

const zero = (sign: number): number => (sign << 31) >>> 0;
const inf = (sign: number): number => ((sign << 31) | 0x7f800000) >>> 0;

/** Rounds sign * mant * 2^exp (mant > 0) to single precision: round to odd, flush tiny, overflow to infinity. */
function round(sign: number, mant: bigint, exp: number): number {
  const len = mant.toString(2).length;
  const top = exp + len - 1;
  if (top < -126) return zero(sign);
  let q: bigint;
  const shift = len - 24;
  if (shift > 0) {
    q = mant >> BigInt(shift);
    if (mant & ((1n << BigInt(shift)) - 1n)) q |= 1n;
  } else q = mant << BigInt(-shift);
  if (top > 127) return inf(sign);
  return ((sign << 31) | ((top + 127) << 23) | (Number(q) & 0x7fffff)) >>> 0;
}

function mul(a: number, b: number): number {
  const x = unpack(a), y = unpack(b);
  if (x.kind === 'nan' || y.kind === 'nan') return DEFAULT_NAN;
  const sign = ('sign' in x ? x.sign : 0) ^ ('sign' in y ? y.sign : 0);
  if ((x.kind === 'inf' && y.kind === 'zero') || (x.kind === 'zero' && y.kind === 'inf')) return DEFAULT_NAN;
  if (x.kind === 'inf' || y.kind === 'inf') return inf(sign);
  if (x.kind === 'zero' || y.kind === 'zero') return zero(sign);
  return round(sign, x.mant * y.mant, x.exp + y.exp);
}

function add(a: number, b: number): number {
  const x = unpack(a), y = unpack(b);
  if (x.kind === 'nan' || y.kind === 'nan') return DEFAULT_NAN;
  if (x.kind === 'inf' && y.kind === 'inf') return x.sign === y.sign ? inf(x.sign) : DEFAULT_NAN;
  if (x.kind === 'inf' || y.kind === 'inf') return inf(x.kind === 'inf' ? x.sign : (y as { sign: number }).sign);
  if (x.kind === 'zero' && y.kind === 'zero') return zero(x.sign & y.sign);
  if (x.kind === 'zero') return round(y.sign, (y as { mant: bigint }).mant, (y as { exp: number }).exp);
  if (y.kind === 'zero') return round(x.sign, (x as { mant: bigint }).mant, (x as { exp: number }).exp);
  const fx = x as { sign: number; mant: bigint; exp: number }, fy = y as { sign: number; mant: bigint; exp: number };
  const e = Math.min(fx.exp, fy.exp);
  const sx = (fx.sign ? -fx.mant : fx.mant) << BigInt(fx.exp - e);
  const sy = (fy.sign ? -fy.mant : fy.mant) << BigInt(fy.exp - e);
  const sum = sx + sy;
  if (sum === 0n) return 0;
  return sum < 0n ? round(1, -sum, e) : round(0, sum, e);
}

/** BFDotAdd: sum + (a0*b0 + a1*b1); a and b hold two BFloat16 values each (element 0 in bits 15:0). */
export function bfDotAdd(sum: number, a: number, b: number): number {
  const p0 = mul((a << 16) >>> 0, (b << 16) >>> 0);
  const p1 = mul((a & 0xffff0000) >>> 0, (b & 0xffff0000) >>> 0);
  return add(sum, add(p0, p1));
}

const word = (c: Cpu, reg: number, i: number): number => c.vView.getUint32(reg * 16 + 4 * i, true);

function bfdot(byElement: boolean): Builder {
  return (d) => {
    const w = d.word, Rd = w & 31, Rn = (w >>> 5) & 31, n = (w >>> 30) & 1 ? 4 : 2;
    const Rm = (w >>> 16) & 31, index = byElement ? (((w >>> 11) & 1) << 1) | ((w >>> 21) & 1) : -1;
    return (c) => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) out.push(bfDotAdd(word(c, Rd, i), word(c, Rn, i), word(c, Rm, index >= 0 ? index : i)));
      c.v.fill(0, Rd * 16, Rd * 16 + 16);
      out.forEach((v, i) => c.vView.setUint32(Rd * 16 + 4 * i, v, true));
      c.pc += 4;
    };
  };
}

const bfmmla: Builder = (d) => {
  const w = d.word, Rd = w & 31, Rn = (w >>> 5) & 31, Rm = (w >>> 16) & 31;
  return (c) => {
    const out: number[] = [];
    for (let i = 0; i < 2; i++) {
      for (let j = 0; j < 2; j++) {
        let sum = word(c, Rd, 2 * i + j);
        for (let k = 0; k < 2; k++) sum = bfDotAdd(sum, word(c, Rn, 2 * i + k), word(c, Rm, 2 * j + k));
        out.push(sum);
      }
    }
    out.forEach((v, i) => c.vView.setUint32(Rd * 16 + 4 * i, v, true));
    c.pc += 4;
  };
};

export const bf16Semantics: Record<SimdBf16FormId, Builder> = {
  BFDOT_vec: bfdot(false), BFDOT_elem: bfdot(true), BFMMLA: bfmmla,
};
