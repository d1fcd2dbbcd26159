// Semantics of the Advanced SIMD integer forms (emulator/isa/groups/simdInteger*.ts): three same, two-register
// miscellaneous, across lanes, shift by immediate, three different, by element and dot products, vector and
// scalar. The reference operations read elements as unsigned BigInts (any element size up to 64 bits, exact
// intermediate values as in the Arm ARM's pseudocode), combine them and write them back truncated; where every
// intermediate value is exact in a double, the same operations run on numbers (./simdIntegerNumber.ts). 64-bit and
// scalar results zero the upper part of Vd, the '2' narrowing forms write the upper half and keep the lower one.
// Saturating operations set FPSR.QC (bit 27). None of these instructions faults: each op ends by moving the pc to
// the next instruction. Register numbers and sizes are read from the word, laid out the same way by every form.

import type { Cpu, Op } from '../cpu.js';
import { type Builder, type DecodeInput, undefinedOp } from './common.js';
import { simdIntegerForms, type SimdIntegerFormId } from '../../isa/groups/simdInteger.js';
import * as num from './simdIntegerNumber.js';

const QC = 1 << 27;
type Lane = bigint;

// ---- Element access ----------------------------------------------------------------------------------------

/** Reads `count` unsigned elements of `esize` bits of V[reg], starting at element `first`. */
function read(c: Cpu, reg: number, esize: number, count: number, first = 0): Lane[] {
  const out: Lane[] = new Array<Lane>(count);
  const view = c.vView;
  const bytes = esize >> 3;
  let off = reg * 16 + first * bytes;
  for (let i = 0; i < count; i++, off += bytes) {
    switch (esize) {
      case 8: out[i] = BigInt(c.v[off]!); break;
      case 16: out[i] = BigInt(view.getUint16(off, true)); break;
      case 32: out[i] = BigInt(view.getUint32(off, true)); break;
      default: out[i] = view.getBigUint64(off, true);
    }
  }
  return out;
}

/** Writes elements (truncated to `esize` bits) at element `first` of V[reg]; zeroes the bytes after them. */
function write(c: Cpu, reg: number, esize: number, values: readonly Lane[], first = 0): void {
  const view = c.vView;
  const bytes = esize >> 3;
  const base = reg * 16;
  let off = base + first * bytes;
  for (let i = 0; i < values.length; i++, off += bytes) {
    const v = values[i]!;
    switch (esize) {
      case 8: c.v[off] = Number(BigInt.asUintN(8, v)); break;
      case 16: view.setUint16(off, Number(BigInt.asUintN(16, v)), true); break;
      case 32: view.setUint32(off, Number(BigInt.asUintN(32, v)), true); break;
      default: view.setBigUint64(off, BigInt.asUintN(64, v), true);
    }
  }
  c.v.fill(0, off, base + 16);
}

// ---- Arithmetic helpers ------------------------------------------------------------------------------------

const S = (x: Lane, esize: number): Lane => BigInt.asIntN(esize, x);
const ONES: Record<number, Lane> = { 8: 0xffn, 16: 0xffffn, 32: 0xffffffffn, 64: 0xffffffffffffffffn, 128: (1n << 128n) - 1n };
const ones = (esize: number): Lane => ONES[esize]!;
const SMAX: Record<number, Lane> = { 8: 0x7fn, 16: 0x7fffn, 32: 0x7fffffffn, 64: 0x7fffffffffffffffn, 128: (1n << 127n) - 1n };
const abs = (x: Lane): Lane => (x < 0n ? -x : x);
const bool = (b: boolean, esize: number): Lane => (b ? ones(esize) : 0n);

/** Signed saturation to `esize` bits (sets FPSR.QC when it saturates). */
function satS(c: Cpu, x: Lane, esize: number): Lane {
  const max = SMAX[esize]!;
  if (x > max) { c.fpsr |= QC; return max; }
  if (x < -max - 1n) { c.fpsr |= QC; return -max - 1n; }
  return x;
}

/** Unsigned saturation to `esize` bits (sets FPSR.QC when it saturates). */
function satU(c: Cpu, x: Lane, esize: number): Lane {
  if (x < 0n) { c.fpsr |= QC; return 0n; }
  const max = ones(esize);
  if (x > max) { c.fpsr |= QC; return max; }
  return x;
}

/** Shift by a signed amount (negative: right, arithmetic for negative x), with optional rounding. */
function shiftBy(x: Lane, shift: number, round: boolean): Lane {
  if (shift >= 0) return x << BigInt(shift);
  const n = BigInt(-shift);
  return round ? (x + (1n << (n - 1n))) >> n : x >> n;
}

/** Right shift by an immediate 1..64 with optional rounding. */
function shr(x: Lane, n: number, round: boolean): Lane {
  const b = BigInt(n);
  return round ? (x + (1n << (b - 1n))) >> b : x >> b;
}

/** Polynomial (carry-less) multiply of two `esize`-bit values. */
function pmul(a: Lane, b: Lane, esize: number): Lane {
  let r = 0n;
  for (let i = 0; i < esize; i++) if ((b >> BigInt(i)) & 1n) r ^= a << BigInt(i);
  return r;
}

function clz(x: Lane, esize: number): number {
  let n = 0;
  for (let i = esize - 1; i >= 0 && ((x >> BigInt(i)) & 1n) === 0n; i--) n++;
  return n;
}

function cls(x: Lane, esize: number): number {
  const sign = (x >> BigInt(esize - 1)) & 1n;
  let n = 0;
  for (let i = esize - 2; i >= 0 && ((x >> BigInt(i)) & 1n) === sign; i--) n++;
  return n;
}

function popcount(x: Lane): number {
  let n = 0;
  for (; x !== 0n; x &= x - 1n) n++;
  return n;
}

function rbit8(x: Lane): Lane {
  let v = Number(x), r = 0;
  for (let i = 0; i < 8; i++) { r = (r << 1) | (v & 1); v >>= 1; }
  return BigInt(r);
}

// ---- Domains: BigInt (reference, any element size) and number (fast path, see ./simdIntegerNumber.ts) ----

interface Domain<T> {
  read(c: Cpu, reg: number, e: number, count: number, first?: number): T[];
  write(c: Cpu, reg: number, e: number, values: readonly T[], first?: number): void;
  sext(x: T, e: number): T;
  shl(x: T, sh: number): T;
  readonly zero: T;
}
const BIG: Domain<Lane> = { read, write, sext: S, shl: (x, sh) => x << BigInt(sh), zero: 0n };
const NUM: Domain<number> = { read: num.readN, write: num.writeN, sext: num.sN, shl: (x, sh) => x * 2 ** sh, zero: 0 };
/** The number fast path applies to element size `e` when the host is little-endian and the op is exact there. */
const fast = (e: number, maxE: number | undefined): boolean => num.NUMBER_PATH && maxE !== undefined && e <= maxE;

// ---- Word fields -------------------------------------------------------------------------------------------

const rd = (w: number): number => w & 31;
const rn = (w: number): number => (w >>> 5) & 31;
const rm = (w: number): number => (w >>> 16) & 31;
const q = (w: number): number => (w >>> 30) & 1;
const size = (w: number): number => (w >>> 22) & 3;

// ---- Three same --------------------------------------------------------------------------------------------

/** (c, element of Vn, element of Vm, element of Vd, esize) -> result element. */
type Op3 = (c: Cpu, a: Lane, b: Lane, d: Lane, e: number) => Lane;
const shiftAmount = (b: Lane): number => Number(BigInt.asIntN(8, b));

const threeSameOps: Record<string, Op3> = {
  SHADD: (_c, a, b, _d, e) => (S(a, e) + S(b, e)) >> 1n,
  UHADD: (_c, a, b) => (a + b) >> 1n,
  SQADD: (c, a, b, _d, e) => satS(c, S(a, e) + S(b, e), e),
  UQADD: (c, a, b, _d, e) => satU(c, a + b, e),
  SRHADD: (_c, a, b, _d, e) => (S(a, e) + S(b, e) + 1n) >> 1n,
  URHADD: (_c, a, b) => (a + b + 1n) >> 1n,
  SHSUB: (_c, a, b, _d, e) => (S(a, e) - S(b, e)) >> 1n,
  UHSUB: (_c, a, b) => (a - b) >> 1n,
  SQSUB: (c, a, b, _d, e) => satS(c, S(a, e) - S(b, e), e),
  UQSUB: (c, a, b, _d, e) => satU(c, a - b, e),
  CMGT: (_c, a, b, _d, e) => bool(S(a, e) > S(b, e), e),
  CMHI: (_c, a, b, _d, e) => bool(a > b, e),
  CMGE: (_c, a, b, _d, e) => bool(S(a, e) >= S(b, e), e),
  CMHS: (_c, a, b, _d, e) => bool(a >= b, e),
  SSHL: (_c, a, b, _d, e) => shiftBy(S(a, e), shiftAmount(b), false),
  USHL: (_c, a, b) => shiftBy(a, shiftAmount(b), false),
  SQSHL: (c, a, b, _d, e) => satS(c, shiftBy(S(a, e), shiftAmount(b), false), e),
  UQSHL: (c, a, b, _d, e) => satU(c, shiftBy(a, shiftAmount(b), false), e),
  SRSHL: (_c, a, b, _d, e) => shiftBy(S(a, e), shiftAmount(b), true),
  URSHL: (_c, a, b) => shiftBy(a, shiftAmount(b), true),
  SQRSHL: (c, a, b, _d, e) => satS(c, shiftBy(S(a, e), shiftAmount(b), true), e),
  UQRSHL: (c, a, b, _d, e) => satU(c, shiftBy(a, shiftAmount(b), true), e),
  SMAX: (_c, a, b, _d, e) => (S(a, e) >= S(b, e) ? a : b),
  UMAX: (_c, a, b) => (a >= b ? a : b),
  SMIN: (_c, a, b, _d, e) => (S(a, e) <= S(b, e) ? a : b),
  UMIN: (_c, a, b) => (a <= b ? a : b),
  SABD: (_c, a, b, _d, e) => abs(S(a, e) - S(b, e)),
  UABD: (_c, a, b) => abs(a - b),
  SABA: (_c, a, b, d, e) => d + abs(S(a, e) - S(b, e)),
  UABA: (_c, a, b, d) => d + abs(a - b),
  ADD: (_c, a, b) => a + b,
  SUB: (_c, a, b) => a - b,
  CMTST: (_c, a, b, _d, e) => bool((a & b) !== 0n, e),
  CMEQ: (_c, a, b, _d, e) => bool(a === b, e),
  MLA: (_c, a, b, d) => d + a * b,
  MLS: (_c, a, b, d) => d - a * b,
  MUL: (_c, a, b) => a * b,
  PMUL: (_c, a, b, _d, e) => pmul(a, b, e),
  SQDMULH: (c, a, b, _d, e) => satS(c, (2n * S(a, e) * S(b, e)) >> BigInt(e), e),
  SQRDMULH: (c, a, b, _d, e) => satS(c, (2n * S(a, e) * S(b, e) + (1n << BigInt(e - 1))) >> BigInt(e), e),
};
const pairwiseOps: Record<string, Op3> = {
  SMAXP: threeSameOps.SMAX!, UMAXP: threeSameOps.UMAX!, SMINP: threeSameOps.SMIN!, UMINP: threeSameOps.UMIN!,
  ADDP: threeSameOps.ADD!,
};
const logicOps: Record<string, Op3> = {
  AND: (_c, a, b) => a & b,
  BIC: (_c, a, b) => a & ~b,
  ORR: (_c, a, b) => a | b,
  ORN: (_c, a, b) => a | ~b,
  EOR: (_c, a, b) => a ^ b,
  BSL: (_c, a, b, d) => (d & a) | (~d & b),
  BIT: (_c, a, b, d) => (d & ~b) | (a & b),
  BIF: (_c, a, b, d) => (d & b) | (a & ~b),
};

type Op3Of<T> = (c: Cpu, a: T, b: T, d: T, e: number) => T;

function sameKernel<T>(D: Domain<T>, op: Op3Of<T>, pairwise: boolean, e: number, n: number, Rd: number, Rn: number, Rm: number): Op {
  return (c) => {
    const a = D.read(c, Rn, e, n), b = D.read(c, Rm, e, n), acc = D.read(c, Rd, e, n);
    const out = new Array<T>(n);
    if (pairwise) {
      const all = [...a, ...b];
      for (let i = 0; i < n; i++) out[i] = op(c, all[2 * i]!, all[2 * i + 1]!, D.zero, e);
    } else {
      for (let i = 0; i < n; i++) out[i] = op(c, a[i]!, b[i]!, acc[i]!, e);
    }
    D.write(c, Rd, e, out);
  };
}

function threeSame(name: string, pairwise: boolean, scalar: boolean): Builder {
  const big = (pairwise ? pairwiseOps : threeSameOps)[name]!;
  const fastOp = (pairwise ? num.pairwiseNum : num.threeSameNum)[name];
  return (d) => {
    const w = d.word, e = 8 << size(w), n = scalar ? 1 : (q(w) ? 128 : 64) / e;
    const hot = scalar ? undefined : num.hotSameKernel(name, pairwise, e, n, rd(w), rn(w), rm(w));
    if (hot) return hot;
    return fast(e, fastOp?.[1]) ? num.sameKernelN(fastOp![0], pairwise, e, n, rd(w), rn(w), rm(w)) : sameKernel(BIG, big, pairwise, e, n, rd(w), rn(w), rm(w));
  };
}

/** Bitwise forms: 32-bit words through the number path (BigInt doublewords on big-endian hosts). */
const logicNum: Record<string, (a: number, b: number, d: number) => number> = {
  AND: (a, b) => a & b, BIC: (a, b) => a & ~b, ORR: (a, b) => a | b, ORN: (a, b) => a | ~b, EOR: (a, b) => a ^ b,
  BSL: (a, b, d) => (d & a) | (~d & b), BIT: (a, b, d) => (d & ~b) | (a & b), BIF: (a, b, d) => (d & b) | (a & ~b),
};
function logicVector(name: string): Builder {
  const big = logicOps[name]!, small = logicNum[name]!;
  return (d) => {
    const w = d.word, Rd = rd(w), Rn = rn(w), Rm = rm(w);
    if (!num.NUMBER_PATH) return sameKernel(BIG, big, false, 64, q(w) ? 2 : 1, Rd, Rn, Rm);
    return num.sameKernelN((_c, a, b, acc) => small(a, b, acc), false, 32, q(w) ? 4 : 2, Rd, Rn, Rm);
  };
}

// ---- Two-register miscellaneous ----------------------------------------------------------------------------

/** (c, element of Vn, element of Vd, esize) -> result element. */
type Op2 = (c: Cpu, a: Lane, d: Lane, e: number) => Lane;
const miscOps: Record<string, Op2> = {
  SUQADD: (c, a, d, e) => satS(c, S(d, e) + a, e),
  USQADD: (c, a, d, e) => satU(c, d + S(a, e), e),
  CLS: (_c, a, _d, e) => BigInt(cls(a, e)),
  CLZ: (_c, a, _d, e) => BigInt(clz(a, e)),
  CNT: (_c, a) => BigInt(popcount(a)),
  NOT: (_c, a) => ~a,
  RBIT: (_c, a) => rbit8(a),
  SQABS: (c, a, _d, e) => satS(c, abs(S(a, e)), e),
  SQNEG: (c, a, _d, e) => satS(c, -S(a, e), e),
  CMGT_zero: (_c, a, _d, e) => bool(S(a, e) > 0n, e),
  CMGE_zero: (_c, a, _d, e) => bool(S(a, e) >= 0n, e),
  CMEQ_zero: (_c, a, _d, e) => bool(a === 0n, e),
  CMLE_zero: (_c, a, _d, e) => bool(S(a, e) <= 0n, e),
  CMLT_zero: (_c, a, _d, e) => bool(S(a, e) < 0n, e),
  ABS: (_c, a, _d, e) => abs(S(a, e)),
  NEG: (_c, a) => -a,
};

type Op2Of<T> = (c: Cpu, a: T, d: T, e: number) => T;

function miscKernel<T>(D: Domain<T>, op: Op2Of<T>, e: number, n: number, Rd: number, Rn: number): Op {
  return (c) => {
    const a = D.read(c, Rn, e, n), acc = D.read(c, Rd, e, n);
    D.write(c, Rd, e, a.map((x, i) => op(c, x, acc[i]!, e)));
  };
}

function misc(name: string, scalar: boolean, fixedEsize?: number): Builder {
  const big = miscOps[name]!, fastOp = num.miscNum[name];
  return (d) => {
    const w = d.word, e = fixedEsize ?? 8 << size(w), n = scalar ? 1 : (q(w) ? 128 : 64) / e;
    const hot = scalar ? undefined : num.hotMiscKernel(name, e, n, rd(w), rn(w));
    if (hot) return hot;
    return fast(e, fastOp?.[1]) ? num.miscKernelN(fastOp![0], e, n, rd(w), rn(w)) : miscKernel(BIG, big, e, n, rd(w), rn(w));
  };
}

/** REV16/REV32/REV64: reverse the order of the elements inside each container of `container` bits. */
function reverse(container: number): Builder {
  return (d) => {
    const w = d.word, e = 8 << size(w), n = (q(w) ? 128 : 64) / e, per = container / e;
    const D = rd(w), N = rn(w);
    const Dm: Domain<number> | Domain<Lane> = num.NUMBER_PATH && e <= 32 ? NUM : BIG;
    return (c) => {
      const a = (Dm as Domain<unknown>).read(c, N, e, n);
      (Dm as Domain<unknown>).write(c, D, e, a.map((_x, i) => a[i - (i % per) + (per - 1 - (i % per))]!));
    };
  };
}

/** SADDLP/UADDLP/SADALP/UADALP. */
function pairLong(signed: boolean, accumulate: boolean): Builder {
  return (d) => {
    const w = d.word, e = 8 << size(w), n = (q(w) ? 128 : 64) / e;
    const D = rd(w), N = rn(w);
    if (num.NUMBER_PATH && e <= 16) {
      return (c) => {
        const a = num.readN(c, N, e, n).map((x) => (signed ? num.sN(x, e) : x));
        const acc = num.readN(c, D, 2 * e, n / 2);
        const out: number[] = [];
        for (let i = 0; i < n / 2; i++) out.push(a[2 * i]! + a[2 * i + 1]! + (accumulate ? acc[i]! : 0));
        num.writeN(c, D, 2 * e, out);
      };
    }
    return (c) => {
      const a = read(c, N, e, n).map((x) => (signed ? S(x, e) : x));
      const acc = read(c, D, 2 * e, n / 2);
      const out: Lane[] = [];
      for (let i = 0; i < n / 2; i++) out.push(a[2 * i]! + a[2 * i + 1]! + (accumulate ? acc[i]! : 0n));
      write(c, D, 2 * e, out);
    };
  };
}

/** Narrowing (wide element of 2*esize bits) -> narrow element. */
type NarrowOp = (c: Cpu, a: Lane, e: number) => Lane;
const narrowOps: Record<string, NarrowOp> = {
  XTN: (_c, a) => a,
  SQXTN: (c, a, e) => satS(c, S(a, 2 * e), e),
  UQXTN: (c, a, e) => satU(c, a, e),
  SQXTUN: (c, a, e) => satU(c, S(a, 2 * e), e),
};

type NarrowOf<T> = (c: Cpu, a: T, e: number) => T;

function narrowKernel<T>(D: Domain<T>, op: NarrowOf<T>, e: number, n: number, first: number, Rd: number, Rn: number): Op {
  return (c) => D.write(c, Rd, e, D.read(c, Rn, 2 * e, n).map((x) => op(c, x, e)), first);
}

/** XTN/SQXTN/UQXTN/SQXTUN, vector (low or high half of Vd) or scalar. */
function narrow(name: string, high: boolean, scalar: boolean): Builder {
  const big = narrowOps[name]!, fastOp = num.narrowNum[name];
  return (d) => {
    const w = d.word, e = 8 << size(w), n = scalar ? 1 : 64 / e, first = high ? n : 0;
    return fast(e, fastOp?.[1]) ? num.narrowKernelN((c, a) => fastOp![0](c, a, e), e, n, first, rd(w), rn(w)) : narrowKernel(BIG, big, e, n, first, rd(w), rn(w));
  };
}

function shll(high: boolean): Builder {
  return (d) => {
    const w = d.word, e = 8 << size(w), n = 64 / e;
    const D = rd(w), N = rn(w);
    if (num.NUMBER_PATH && e <= 16) return (c) => num.writeN(c, D, 2 * e, num.readN(c, N, e, n, high ? n : 0).map((x) => x * 2 ** e));
    return (c) => write(c, D, 2 * e, read(c, N, e, n, high ? n : 0).map((x) => x << BigInt(e)));
  };
}

// ---- Across lanes ------------------------------------------------------------------------------------------

type AcrossOp = (values: readonly Lane[], e: number) => Lane;
const acrossOps: Record<string, AcrossOp> = {
  ADDV: (v) => v.reduce((s, x) => s + x, 0n),
  SADDLV: (v, e) => v.reduce((s, x) => s + S(x, e), 0n),
  UADDLV: (v) => v.reduce((s, x) => s + x, 0n),
  SMAXV: (v, e) => v.reduce((m, x) => (S(x, e) > S(m, e) ? x : m)),
  UMAXV: (v) => v.reduce((m, x) => (x > m ? x : m)),
  SMINV: (v, e) => v.reduce((m, x) => (S(x, e) < S(m, e) ? x : m)),
  UMINV: (v) => v.reduce((m, x) => (x < m ? x : m)),
};

function acrossLanes(name: string, long: boolean): Builder {
  const big = acrossOps[name]!, fastOp = num.acrossNum[name];
  return (d) => {
    const w = d.word, e = 8 << size(w), n = (q(w) ? 128 : 64) / e;
    const D = rd(w), N = rn(w), out = long ? 2 * e : e;
    const hot = long ? undefined : num.hotAcrossKernel(name, e, n, D, N);
    if (hot) return hot;
    if (fast(e, fastOp?.[1])) return (c) => num.writeN(c, D, out, [fastOp![0](num.readN(c, N, e, n), e)]);
    return (c) => write(c, D, out, [big(read(c, N, e, n), e)]);
  };
}

const addpScalar: Builder = (d) => {
  const D = rd(d.word), N = rn(d.word);
  return (c) => {
    const a = read(c, N, 64, 2);
    write(c, D, 64, [a[0]! + a[1]!]);
  };
};

// ---- Shift by immediate ------------------------------------------------------------------------------------

/** (c, element of Vn, element of Vd, esize, shift) -> result. Right shifts get 1..esize, left 0..esize-1. */
type ShiftOp = (c: Cpu, a: Lane, d: Lane, e: number, sh: number) => Lane;
const shiftOps: Record<string, [right: boolean, op: ShiftOp]> = {
  SSHR: [true, (_c, a, _d, e, sh) => shr(S(a, e), sh, false)],
  USHR: [true, (_c, a, _d, _e, sh) => shr(a, sh, false)],
  SSRA: [true, (_c, a, d, e, sh) => d + shr(S(a, e), sh, false)],
  USRA: [true, (_c, a, d, _e, sh) => d + shr(a, sh, false)],
  SRSHR: [true, (_c, a, _d, e, sh) => shr(S(a, e), sh, true)],
  URSHR: [true, (_c, a, _d, _e, sh) => shr(a, sh, true)],
  SRSRA: [true, (_c, a, d, e, sh) => d + shr(S(a, e), sh, true)],
  URSRA: [true, (_c, a, d, _e, sh) => d + shr(a, sh, true)],
  SRI: [true, (_c, a, d, e, sh) => {
    const mask = ones(e) >> BigInt(sh);
    return (d & ~mask) | (a >> BigInt(sh));
  }],
  SHL: [false, (_c, a, _d, _e, sh) => a << BigInt(sh)],
  SLI: [false, (_c, a, d, e, sh) => {
    const mask = (ones(e) << BigInt(sh)) & ones(e);
    return (d & ~mask) | ((a << BigInt(sh)) & mask);
  }],
  SQSHLU: [false, (c, a, _d, e, sh) => satU(c, S(a, e) << BigInt(sh), e)],
  SQSHL: [false, (c, a, _d, e, sh) => satS(c, S(a, e) << BigInt(sh), e)],
  UQSHL: [false, (c, a, _d, e, sh) => satU(c, a << BigInt(sh), e)],
};
/** Narrowing right shifts: (c, wide element, narrow esize, shift) -> narrow result. */
const narrowShiftOps: Record<string, NarrowShiftOp> = {
  SHRN: (_c, a, _e, sh) => shr(a, sh, false),
  RSHRN: (_c, a, _e, sh) => shr(a, sh, true),
  SQSHRN: (c, a, e, sh) => satS(c, shr(S(a, 2 * e), sh, false), e),
  SQRSHRN: (c, a, e, sh) => satS(c, shr(S(a, 2 * e), sh, true), e),
  SQSHRUN: (c, a, e, sh) => satU(c, shr(S(a, 2 * e), sh, false), e),
  SQRSHRUN: (c, a, e, sh) => satU(c, shr(S(a, 2 * e), sh, true), e),
  UQSHRN: (c, a, e, sh) => satU(c, shr(a, sh, false), e),
  UQRSHRN: (c, a, e, sh) => satU(c, shr(a, sh, true), e),
};
type NarrowShiftOp = (c: Cpu, a: Lane, e: number, sh: number) => Lane;

/** immh:immb = esize + left shift = 2 * esize - right shift. */
const immhb = (w: number): number => (w >>> 16) & 0x7f;

type ShiftOf<T> = (c: Cpu, a: T, d: T, e: number, sh: number) => T;

function shiftKernel<T>(D: Domain<T>, op: ShiftOf<T>, e: number, n: number, sh: number, Rd: number, Rn: number): Op {
  return (c) => {
    const a = D.read(c, Rn, e, n), acc = D.read(c, Rd, e, n);
    D.write(c, Rd, e, a.map((x, i) => op(c, x, acc[i]!, e, sh)));
  };
}

function shiftImmediate(name: string, e: number, scalar: boolean): Builder {
  const [right, big] = shiftOps[name]!, fastOp = num.shiftNum[name];
  return (d) => {
    const w = d.word, n = scalar ? 1 : (q(w) ? 128 : 64) / e;
    const sh = right ? 2 * e - immhb(w) : immhb(w) - e;
    return fast(e, fastOp ? 32 : undefined) ? num.shiftKernelN(fastOp!, e, n, sh, rd(w), rn(w)) : shiftKernel(BIG, big, e, n, sh, rd(w), rn(w));
  };
}

type NarrowShiftOf<T> = (c: Cpu, a: T, e: number, sh: number) => T;

function narrowShiftKernel<T>(D: Domain<T>, op: NarrowShiftOf<T>, e: number, n: number, sh: number, first: number, Rd: number, Rn: number): Op {
  return (c) => D.write(c, Rd, e, D.read(c, Rn, 2 * e, n).map((x) => op(c, x, e, sh)), first);
}

function narrowShift(name: string, e: number, high: boolean, scalar: boolean): Builder {
  const big = narrowShiftOps[name]!, fastOp = num.narrowShiftNum[name];
  return (d) => {
    const w = d.word, n = scalar ? 1 : 64 / e, sh = 2 * e - immhb(d.word), first = high ? n : 0;
    const hot = scalar ? undefined : num.hotNarrowShiftKernel(name, e, n, sh, first, rd(w), rn(w));
    if (hot) return hot;
    return fast(e, fastOp ? 16 : undefined)
      ? num.narrowKernelN((c, a) => fastOp!(c, a, e, sh), e, n, first, rd(w), rn(w))
      : narrowShiftKernel(BIG, big, e, n, sh, first, rd(w), rn(w));
  };
}

function longKernel<T>(D: Domain<T>, signed: boolean, e: number, n: number, sh: number, first: number, Rd: number, Rn: number): Op {
  return (c) => D.write(c, Rd, 2 * e, D.read(c, Rn, e, n, first).map((x) => D.shl(signed ? D.sext(x, e) : x, sh)));
}

function shiftLeftLong(signed: boolean, e: number, high: boolean): Builder {
  return (d) => {
    const w = d.word, n = 64 / e, sh = immhb(w) - e, first = high ? n : 0;
    return num.NUMBER_PATH && e <= 16 ? longKernel(NUM, signed, e, n, sh, first, rd(w), rn(w)) : longKernel(BIG, signed, e, n, sh, first, rd(w), rn(w));
  };
}

// ---- Three different ---------------------------------------------------------------------------------------

/** (c, a, b, accumulator, narrow esize) -> result; a/b already sign- or zero-extended as the op needs. */
type LongOp = (c: Cpu, a: Lane, b: Lane, d: Lane, e: number) => Lane;
type DiffKind = 'long' | 'wide' | 'narrow';
const diffOps: Record<string, [kind: DiffKind, signed: boolean, op: LongOp]> = {
  SADDL: ['long', true, (_c, a, b) => a + b],
  UADDL: ['long', false, (_c, a, b) => a + b],
  SADDW: ['wide', true, (_c, a, b) => a + b],
  UADDW: ['wide', false, (_c, a, b) => a + b],
  SSUBL: ['long', true, (_c, a, b) => a - b],
  USUBL: ['long', false, (_c, a, b) => a - b],
  SSUBW: ['wide', true, (_c, a, b) => a - b],
  USUBW: ['wide', false, (_c, a, b) => a - b],
  ADDHN: ['narrow', false, (_c, a, b, _d, e) => (a + b) >> BigInt(e)],
  RADDHN: ['narrow', false, (_c, a, b, _d, e) => (a + b + (1n << BigInt(e - 1))) >> BigInt(e)],
  SUBHN: ['narrow', false, (_c, a, b, _d, e) => (a - b) >> BigInt(e)],
  RSUBHN: ['narrow', false, (_c, a, b, _d, e) => (a - b + (1n << BigInt(e - 1))) >> BigInt(e)],
  SABAL: ['long', true, (_c, a, b, d) => d + abs(a - b)],
  UABAL: ['long', false, (_c, a, b, d) => d + abs(a - b)],
  SABDL: ['long', true, (_c, a, b) => abs(a - b)],
  UABDL: ['long', false, (_c, a, b) => abs(a - b)],
  SMLAL: ['long', true, (_c, a, b, d) => d + a * b],
  UMLAL: ['long', false, (_c, a, b, d) => d + a * b],
  SMLSL: ['long', true, (_c, a, b, d) => d - a * b],
  UMLSL: ['long', false, (_c, a, b, d) => d - a * b],
  SMULL: ['long', true, (_c, a, b) => a * b],
  UMULL: ['long', false, (_c, a, b) => a * b],
  SQDMULL: ['long', true, (c, a, b, _d, e) => satS(c, 2n * a * b, 2 * e)],
  SQDMLAL: ['long', true, (c, a, b, d, e) => satS(c, S(d, 2 * e) + satS(c, 2n * a * b, 2 * e), 2 * e)],
  SQDMLSL: ['long', true, (c, a, b, d, e) => satS(c, S(d, 2 * e) - satS(c, 2n * a * b, 2 * e), 2 * e)],
  PMULL: ['long', false, (_c, a, b, _d, e) => pmul(a, b, e)],
};

type LongOf<T> = (c: Cpu, a: T, b: T, d: T, e: number) => T;

function differentKernel<T>(D: Domain<T>, kind: DiffKind, signed: boolean, op: LongOf<T>, e: number, n: number, part: number, Rd: number, Rn: number, Rm: number): Op {
  const ext = (x: T): T => (signed ? D.sext(x, e) : x);
  return (c) => {
    const a = kind === 'long' ? D.read(c, Rn, e, n, part).map(ext) : D.read(c, Rn, 2 * e, n);
    const b = kind === 'narrow' ? D.read(c, Rm, 2 * e, n) : D.read(c, Rm, e, n, part).map(ext);
    if (kind === 'wide' && signed) for (let i = 0; i < n; i++) a[i] = D.sext(a[i]!, 2 * e);
    if (kind === 'narrow') {
      D.write(c, Rd, e, a.map((x, i) => op(c, x, b[i]!, D.zero, e)), part);
      return;
    }
    const acc = D.read(c, Rd, 2 * e, n);
    D.write(c, Rd, 2 * e, a.map((x, i) => op(c, x, b[i]!, acc[i]!, e)));
  };
}

function threeDifferent(name: string, high: boolean, scalar: boolean): Builder {
  const [kind, signed, big] = diffOps[name]!, fastOp = num.diffNum[name];
  return (d) => {
    const w = d.word, e = 8 << size(w), n = scalar ? 1 : 64 / e, part = high ? n : 0;
    return fast(e, fastOp ? 16 : undefined)
      ? differentKernel(NUM, kind, signed, fastOp!, e, n, part, rd(w), rn(w), rm(w))
      : differentKernel(BIG, kind, signed, big, e, n, part, rd(w), rn(w), rm(w));
  };
}

/** PMULL/PMULL2 .1q: carry-less product of one doubleword of each source, 128 bits. */
function pmull64(high: boolean): Builder {
  return (d) => {
    const w = d.word, D = rd(w), N = rn(w), M = rm(w), part = high ? 1 : 0;
    return (c) => {
      const r = pmul(read(c, N, 64, 1, part)[0]!, read(c, M, 64, 1, part)[0]!, 64);
      write(c, D, 64, [r, r >> 64n]);
    };
  };
}

// ---- By element --------------------------------------------------------------------------------------------

/** Register and index of the element operand: .h uses v0-v15 and H:L:M, .s uses M:Rm and H:L. */
function elementOf(w: number): { reg: number; index: number } {
  const H = (w >>> 11) & 1, L = (w >>> 21) & 1, M = (w >>> 20) & 1;
  return size(w) === 1 ? { reg: (w >>> 16) & 15, index: (H << 2) | (L << 1) | M } : { reg: (w >>> 16) & 31, index: (H << 1) | L };
}

function elementSameKernel<T>(D: Domain<T>, op: Op3Of<T>, e: number, n: number, el: { reg: number; index: number }, Rd: number, Rn: number): Op {
  return (c) => {
    const b = D.read(c, el.reg, e, 1, el.index)[0]!;
    const a = D.read(c, Rn, e, n), acc = D.read(c, Rd, e, n);
    D.write(c, Rd, e, a.map((x, i) => op(c, x, b, acc[i]!, e)));
  };
}

function elementSame(name: string, scalar: boolean): Builder {
  const big = threeSameOps[name]!, fastOp = num.threeSameNum[name];
  return (d) => {
    const w = d.word, e = 8 << size(w), n = scalar ? 1 : (q(w) ? 128 : 64) / e;
    const el = elementOf(w);
    return fast(e, fastOp?.[1]) ? elementSameKernel(NUM, fastOp![0], e, n, el, rd(w), rn(w)) : elementSameKernel(BIG, big, e, n, el, rd(w), rn(w));
  };
}

function elementLongKernel<T>(D: Domain<T>, signed: boolean, op: LongOf<T>, e: number, n: number, first: number, el: { reg: number; index: number }, Rd: number, Rn: number): Op {
  const ext = (x: T): T => (signed ? D.sext(x, e) : x);
  return (c) => {
    const b = ext(D.read(c, el.reg, e, 1, el.index)[0]!);
    const a = D.read(c, Rn, e, n, first).map(ext), acc = D.read(c, Rd, 2 * e, n);
    D.write(c, Rd, 2 * e, a.map((x, i) => op(c, x, b, acc[i]!, e)));
  };
}

function elementLong(name: string, high: boolean, scalar: boolean): Builder {
  const [, signed, big] = diffOps[name]!, fastOp = num.diffNum[name];
  return (d) => {
    const w = d.word, e = 8 << size(w), n = scalar ? 1 : 64 / e, first = high ? n : 0;
    const el = elementOf(w);
    return fast(e, fastOp ? 16 : undefined)
      ? elementLongKernel(NUM, signed, fastOp!, e, n, first, el, rd(w), rn(w))
      : elementLongKernel(BIG, signed, big, e, n, first, el, rd(w), rn(w));
  };
}

/** SDOT/UDOT (vector, or by a 4-byte group of Vm): 32-bit accumulators += four byte products each. */
function dotProduct(signed: boolean, byElement: boolean): Builder {
  return (d) => {
    const w = d.word, n = q(w) ? 4 : 2, Rd = rd(w), Rn = rn(w);
    const Rm = byElement ? (w >>> 16) & 31 : rm(w), group = byElement ? (((w >>> 11) & 1) << 1) | ((w >>> 21) & 1) : -1;
    return (c) => {
      const a = num.readN(c, Rn, 8, 4 * n), b = num.readN(c, Rm, 8, 16), acc = num.readN(c, Rd, 32, n);
      const ext = (x: number): number => (signed ? (x << 24) >> 24 : x);
      const out: number[] = [];
      for (let i = 0; i < n; i++) {
        let sum = acc[i]!;
        for (let k = 0; k < 4; k++) sum += ext(a[4 * i + k]!) * ext(b[(group < 0 ? 4 * i : 4 * group) + k]!);
        out.push(sum);
      }
      num.writeN(c, Rd, 32, out);
    };
  };
}

// ---- The table ---------------------------------------------------------------------------------------------

const undefinedHere: Builder = (d: DecodeInput) => undefinedOp(d.word);

/** Builds the semantics of one form from its id (see the id scheme in emulator/isa/groups/simdInteger*.ts). */
function builderFor(id: string): Builder | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^([A-Z]+)_vec$/.exec(id)) && logicOps[m[1]!]) return logicVector(m[1]!);
  if ((m = /^(NOT|RBIT)_vec$/.exec(id))) return misc(m[1]!, false, 8);
  if ((m = /^REV(16|32|64)_vec$/.exec(id))) return reverse(Number(m[1]));
  if ((m = /^([SU])ADD?LP_vec$/.exec(id)) || (m = /^([SU])ADALP_vec$/.exec(id))) return pairLong(m[1] === 'S', id.includes('ADALP'));
  if ((m = /^([A-Z]+?)(2?)_vec$/.exec(id)) && narrowOps[m[1]!]) return narrow(m[1]!, m[2] === '2', false);
  if ((m = /^SHLL(2?)_vec$/.exec(id))) return shll(m[1] === '2');
  if ((m = /^([A-Z]+)_scalar$/.exec(id)) && narrowOps[m[1]!]) return narrow(m[1]!, false, true);
  if ((m = /^([A-Z]+)(_zero)?_vec$/.exec(id)) && miscOps[m[1]! + (m[2] ?? '')]) return misc(m[1]! + (m[2] ?? ''), false);
  if ((m = /^([A-Z]+)(_zero)?_scalar$/.exec(id)) && miscOps[m[1]! + (m[2] ?? '')]) return misc(m[1]! + (m[2] ?? ''), true);
  if ((m = /^([A-Z]+)_vec$/.exec(id)) && pairwiseOps[m[1]!]) return threeSame(m[1]!, true, false);
  if ((m = /^([A-Z]+)_vec$/.exec(id)) && threeSameOps[m[1]!]) return threeSame(m[1]!, false, false);
  if ((m = /^([A-Z]+)_scalar$/.exec(id)) && /^SQDM(LAL|LSL|ULL)$/.test(m[1]!)) return threeDifferent(m[1]!, false, true);
  if ((m = /^([A-Z]+)_scalar$/.exec(id)) && threeSameOps[m[1]!]) return threeSame(m[1]!, false, true);
  if (acrossOps[id]) return acrossLanes(id, /ADDLV$/.test(id));
  if (id === 'ADDP_scalar') return addpScalar;
  if ((m = /^([A-Z]+)_(v|s)i(8|16|32|64)$/.exec(id)) && shiftOps[m[1]!]) return shiftImmediate(m[1]!, Number(m[3]), m[2] === 's');
  if ((m = /^([A-Z]+?)(2?)_(v|s)i(8|16|32)$/.exec(id)) && narrowShiftOps[m[1]!]) return narrowShift(m[1]!, Number(m[4]), m[2] === '2', m[3] === 's');
  if ((m = /^([SU])SHLL(2?)_vi(8|16|32)$/.exec(id))) return shiftLeftLong(m[1] === 'S', Number(m[3]), m[2] === '2');
  if ((m = /^([A-Z]+?)(2?)_vec$/.exec(id)) && diffOps[m[1]!]) return threeDifferent(m[1]!, m[2] === '2', false);
  if ((m = /^([SU])DOT_(vec|elem)$/.exec(id))) return dotProduct(m[1] === 'S', m[2] === 'elem');
  if ((m = /^PMULL(2?)_1q$/.exec(id))) return pmull64(m[1] === '2');
  if ((m = /^(MUL|MLA|MLS|SQDMULH|SQRDMULH)_elem(_scalar)?$/.exec(id))) return elementSame(m[1]!, m[2] !== undefined);
  if ((m = /^([A-Z]+?)(2?)_elem(_scalar)?$/.exec(id)) && diffOps[m[1]!]) return elementLong(m[1]!, m[2] === '2', m[3] !== undefined);
  return undefined;
}

/** None of these instructions faults or branches: each op computes, then moves the pc to the next instruction. */
function advancing(builder: Builder): Builder {
  return (d) => {
    const op = builder(d);
    return (c) => {
      op(c);
      c.pc += 4;
    };
  };
}

/** Ids of forms that builderFor cannot map (must stay empty: checked by test/machine/simdInteger*.test.ts). */
export const simdIntegerUnmapped: string[] = [];

/** Semantics of every Advanced SIMD integer form, keyed by form id. */
export const simdIntegerSemantics = Object.fromEntries(simdIntegerForms.map((def) => {
  const builder = builderFor(def.id);
  if (!builder) simdIntegerUnmapped.push(def.id);
  return [def.id, builder ? advancing(builder) : undefinedHere];
})) as Record<SimdIntegerFormId, Builder>;
