// Fast paths of the Advanced SIMD integer semantics (emulator/machine/exec/simdInteger.ts): the same operations on
// JS numbers for the element sizes where every intermediate value stays exact in a double (below 2^53), read and
// written through typed-array views of the V registers. Each entry gives the largest element size it is exact
// for; larger sizes (and the operations not listed) use the BigInt reference operations. Results may be negative
// or wider than the element: a typed-array store truncates them modulo 2^esize, as the BigInt path does.

import type { Cpu } from '../cpu.js';

const QC = 1 << 27;

/** True on little-endian hosts, where typed-array element order matches the register layout. */
export const NUMBER_PATH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function arrayOf(c: Cpu, e: number): Uint8Array | Uint16Array | Uint32Array {
  return e === 8 ? c.v : e === 16 ? c.vU16 : c.vU32;
}

/** Reads `count` unsigned elements (8, 16 or 32 bits) of V[reg] from element `first` (any host byte order). */
export function readN(c: Cpu, reg: number, e: number, count: number, first = 0): number[] {
  const out = new Array<number>(count);
  if (!NUMBER_PATH) {
    const off = reg * 16 + (first * e) / 8, view = c.vView;
    for (let i = 0; i < count; i++) out[i] = e === 8 ? view.getUint8(off + i) : e === 16 ? view.getUint16(off + 2 * i, true) : view.getUint32(off + 4 * i, true);
    return out;
  }
  const arr = arrayOf(c, e);
  const base = reg * (128 / e) + first;
  for (let i = 0; i < count; i++) out[i] = arr[base + i]!;
  return out;
}

/** Writes elements (truncated) at element `first` of V[reg] and zeroes the bytes after them. */
export function writeN(c: Cpu, reg: number, e: number, values: readonly number[], first = 0): void {
  if (!NUMBER_PATH) {
    const off = reg * 16 + (first * e) / 8, view = c.vView;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (e === 8) view.setUint8(off + i, v); else if (e === 16) view.setUint16(off + 2 * i, v, true); else view.setUint32(off + 4 * i, v, true);
    }
  } else {
    const arr = arrayOf(c, e);
    const base = reg * (128 / e) + first;
    for (let i = 0; i < values.length; i++) arr[base + i] = values[i]!;
  }
  c.v.fill(0, reg * 16 + ((first + values.length) * e) / 8, reg * 16 + 16);
}

export const sN = (x: number, e: number): number => (e === 32 ? x | 0 : (x << (32 - e)) >> (32 - e));
const onesN = (e: number): number => (e === 32 ? 0xffffffff : (1 << e) - 1);
const boolN = (b: boolean): number => (b ? -1 : 0);
const half = (x: number): number => Math.floor(x / 2);

export function satSN(c: Cpu, x: number, e: number): number {
  const max = 2 ** (e - 1) - 1;
  if (x > max) { c.fpsr |= QC; return max; }
  if (x < -max - 1) { c.fpsr |= QC; return -max - 1; }
  return x;
}

export function satUN(c: Cpu, x: number, e: number): number {
  if (x < 0) { c.fpsr |= QC; return 0; }
  const max = onesN(e);
  if (x > max) { c.fpsr |= QC; return max; }
  return x;
}

function pmulN(a: number, b: number, e: number): number {
  let r = 0;
  for (let i = 0; i < e; i++) if ((b >>> i) & 1) r ^= a << i;
  return r >>> 0;
}

const POPCOUNT = Uint8Array.from({ length: 256 }, (_, i) => { let n = 0; for (let v = i; v; v &= v - 1) n++; return n; });
const RBIT = Uint8Array.from({ length: 256 }, (_, i) => { let r = 0; for (let b = 0; b < 8; b++) r |= ((i >> b) & 1) << (7 - b); return r; });
const clzN = (x: number, e: number): number => Math.clz32(x) - (32 - e);
const clsN = (x: number, e: number): number => {
  const s = sN(x, e);
  return clzN((s < 0 ? ~s : s) & onesN(e), e) - 1;
};

type Op3 = (c: Cpu, a: number, b: number, d: number, e: number) => number;
/** Three same on numbers: [operation, largest exact element size]. */
export const threeSameNum: Record<string, readonly [Op3, number]> = {
  SHADD: [(_c, a, b, _d, e) => half(sN(a, e) + sN(b, e)), 32],
  UHADD: [(_c, a, b) => half(a + b), 32],
  SQADD: [(c, a, b, _d, e) => satSN(c, sN(a, e) + sN(b, e), e), 32],
  UQADD: [(c, a, b, _d, e) => satUN(c, a + b, e), 32],
  SRHADD: [(_c, a, b, _d, e) => half(sN(a, e) + sN(b, e) + 1), 32],
  URHADD: [(_c, a, b) => half(a + b + 1), 32],
  SHSUB: [(_c, a, b, _d, e) => half(sN(a, e) - sN(b, e)), 32],
  UHSUB: [(_c, a, b) => half(a - b), 32],
  SQSUB: [(c, a, b, _d, e) => satSN(c, sN(a, e) - sN(b, e), e), 32],
  UQSUB: [(c, a, b, _d, e) => satUN(c, a - b, e), 32],
  CMGT: [(_c, a, b, _d, e) => boolN(sN(a, e) > sN(b, e)), 32],
  CMHI: [(_c, a, b) => boolN(a > b), 32],
  CMGE: [(_c, a, b, _d, e) => boolN(sN(a, e) >= sN(b, e)), 32],
  CMHS: [(_c, a, b) => boolN(a >= b), 32],
  SMAX: [(_c, a, b, _d, e) => (sN(a, e) >= sN(b, e) ? a : b), 32],
  UMAX: [(_c, a, b) => (a >= b ? a : b), 32],
  SMIN: [(_c, a, b, _d, e) => (sN(a, e) <= sN(b, e) ? a : b), 32],
  UMIN: [(_c, a, b) => (a <= b ? a : b), 32],
  SABD: [(_c, a, b, _d, e) => Math.abs(sN(a, e) - sN(b, e)), 32],
  UABD: [(_c, a, b) => Math.abs(a - b), 32],
  SABA: [(_c, a, b, d, e) => d + Math.abs(sN(a, e) - sN(b, e)), 32],
  UABA: [(_c, a, b, d) => d + Math.abs(a - b), 32],
  ADD: [(_c, a, b) => a + b, 32],
  SUB: [(_c, a, b) => a - b, 32],
  CMTST: [(_c, a, b) => boolN((a & b) !== 0), 32],
  CMEQ: [(_c, a, b) => boolN(a === b), 32],
  MLA: [(_c, a, b, d) => d + Math.imul(a, b), 32],
  MLS: [(_c, a, b, d) => d - Math.imul(a, b), 32],
  MUL: [(_c, a, b) => Math.imul(a, b), 32],
  PMUL: [(_c, a, b, _d, e) => pmulN(a, b, e), 8],
  SQDMULH: [(c, a, b, _d, e) => satSN(c, Math.floor((2 * sN(a, e) * sN(b, e)) / 2 ** e), e), 16],
  SQRDMULH: [(c, a, b, _d, e) => satSN(c, Math.floor((2 * sN(a, e) * sN(b, e) + 2 ** (e - 1)) / 2 ** e), e), 16],
};
export const pairwiseNum: Record<string, readonly [Op3, number]> = {
  SMAXP: threeSameNum.SMAX!, UMAXP: threeSameNum.UMAX!, SMINP: threeSameNum.SMIN!, UMINP: threeSameNum.UMIN!,
  ADDP: threeSameNum.ADD!,
};

type Op2 = (c: Cpu, a: number, d: number, e: number) => number;
export const miscNum: Record<string, readonly [Op2, number]> = {
  SUQADD: [(c, a, d, e) => satSN(c, sN(d, e) + a, e), 32],
  USQADD: [(c, a, d, e) => satUN(c, d + sN(a, e), e), 32],
  CLS: [(_c, a, _d, e) => clsN(a, e), 32],
  CLZ: [(_c, a, _d, e) => clzN(a, e), 32],
  CNT: [(_c, a) => POPCOUNT[a]!, 8],
  NOT: [(_c, a) => ~a, 32],
  RBIT: [(_c, a) => RBIT[a]!, 8],
  SQABS: [(c, a, _d, e) => satSN(c, Math.abs(sN(a, e)), e), 32],
  SQNEG: [(c, a, _d, e) => satSN(c, -sN(a, e), e), 32],
  CMGT_zero: [(_c, a, _d, e) => boolN(sN(a, e) > 0), 32],
  CMGE_zero: [(_c, a, _d, e) => boolN(sN(a, e) >= 0), 32],
  CMEQ_zero: [(_c, a) => boolN(a === 0), 32],
  CMLE_zero: [(_c, a, _d, e) => boolN(sN(a, e) <= 0), 32],
  CMLT_zero: [(_c, a, _d, e) => boolN(sN(a, e) < 0), 32],
  ABS: [(_c, a, _d, e) => Math.abs(sN(a, e)), 32],
  NEG: [(_c, a) => -a, 32],
};

/** Narrowing from 2*esize bits: exact while the wide element is at most 32 bits. */
type NarrowOp = (c: Cpu, a: number, e: number) => number;
export const narrowNum: Record<string, readonly [NarrowOp, number]> = {
  XTN: [(_c, a) => a, 16],
  SQXTN: [(c, a, e) => satSN(c, sN(a, 2 * e), e), 16],
  UQXTN: [(c, a, e) => satUN(c, a, e), 16],
  SQXTUN: [(c, a, e) => satUN(c, sN(a, 2 * e), e), 16],
};

type AcrossOp = (v: readonly number[], e: number) => number;
export const acrossNum: Record<string, readonly [AcrossOp, number]> = {
  ADDV: [(v) => v.reduce((s, x) => s + x, 0), 32],
  SADDLV: [(v, e) => v.reduce((s, x) => s + sN(x, e), 0), 16],
  UADDLV: [(v) => v.reduce((s, x) => s + x, 0), 16],
  SMAXV: [(v, e) => v.reduce((m, x) => (sN(x, e) > sN(m, e) ? x : m)), 32],
  UMAXV: [(v) => v.reduce((m, x) => (x > m ? x : m)), 32],
  SMINV: [(v, e) => v.reduce((m, x) => (sN(x, e) < sN(m, e) ? x : m)), 32],
  UMINV: [(v) => v.reduce((m, x) => (x < m ? x : m)), 32],
};

type ShiftOp = (c: Cpu, a: number, d: number, e: number, sh: number) => number;
const shrN = (x: number, sh: number, round: boolean): number => Math.floor((round ? x + 2 ** (sh - 1) : x) / 2 ** sh);
/** Same-size shifts by immediate (every element size up to 32 is exact). */
export const shiftNum: Partial<Record<string, ShiftOp>> = {
  SSHR: (_c, a, _d, e, sh) => shrN(sN(a, e), sh, false),
  USHR: (_c, a, _d, _e, sh) => shrN(a, sh, false),
  SSRA: (_c, a, d, e, sh) => d + shrN(sN(a, e), sh, false),
  USRA: (_c, a, d, _e, sh) => d + shrN(a, sh, false),
  SRSHR: (_c, a, _d, e, sh) => shrN(sN(a, e), sh, true),
  URSHR: (_c, a, _d, _e, sh) => shrN(a, sh, true),
  SRSRA: (_c, a, d, e, sh) => d + shrN(sN(a, e), sh, true),
  URSRA: (_c, a, d, _e, sh) => d + shrN(a, sh, true),
  SRI: (_c, a, d, e, sh) => {
    const kept = d - (d % 2 ** (e - sh));
    return kept + shrN(a, sh, false);
  },
  SHL: (_c, a, _d, _e, sh) => a * 2 ** sh,
  SLI: (_c, a, d, e, sh) => ((a * 2 ** sh) % 2 ** e) + (d % 2 ** sh),
  SQSHLU: (c, a, _d, e, sh) => satUN(c, sN(a, e) * 2 ** sh, e),
  SQSHL: (c, a, _d, e, sh) => satSN(c, sN(a, e) * 2 ** sh, e),
  UQSHL: (c, a, _d, e, sh) => satUN(c, a * 2 ** sh, e),
};

type NarrowShiftOp = (c: Cpu, a: number, e: number, sh: number) => number;
/** Narrowing right shifts (exact for narrow element sizes up to 16: the source is at most 32 bits). */
export const narrowShiftNum: Partial<Record<string, NarrowShiftOp>> = {
  SHRN: (_c, a, _e, sh) => shrN(a, sh, false),
  RSHRN: (_c, a, _e, sh) => shrN(a, sh, true),
  SQSHRN: (c, a, e, sh) => satSN(c, shrN(sN(a, 2 * e), sh, false), e),
  SQRSHRN: (c, a, e, sh) => satSN(c, shrN(sN(a, 2 * e), sh, true), e),
  SQSHRUN: (c, a, e, sh) => satUN(c, shrN(sN(a, 2 * e), sh, false), e),
  SQRSHRUN: (c, a, e, sh) => satUN(c, shrN(sN(a, 2 * e), sh, true), e),
  UQSHRN: (c, a, e, sh) => satUN(c, shrN(a, sh, false), e),
  UQRSHRN: (c, a, e, sh) => satUN(c, shrN(a, sh, true), e),
};

type LongOp = (c: Cpu, a: number, b: number, d: number, e: number) => number;
/** Three different on numbers, for narrow element sizes up to 16 (wide results up to 32 bits). */
export const diffNum: Partial<Record<string, LongOp>> = {
  SADDL: (_c, a, b) => a + b,
  UADDL: (_c, a, b) => a + b,
  SADDW: (_c, a, b) => a + b,
  UADDW: (_c, a, b) => a + b,
  SSUBL: (_c, a, b) => a - b,
  USUBL: (_c, a, b) => a - b,
  SSUBW: (_c, a, b) => a - b,
  USUBW: (_c, a, b) => a - b,
  ADDHN: (_c, a, b, _d, e) => Math.floor((a + b) / 2 ** e),
  RADDHN: (_c, a, b, _d, e) => Math.floor((a + b + 2 ** (e - 1)) / 2 ** e),
  SUBHN: (_c, a, b, _d, e) => Math.floor((a - b) / 2 ** e),
  RSUBHN: (_c, a, b, _d, e) => Math.floor((a - b + 2 ** (e - 1)) / 2 ** e),
  SABAL: (_c, a, b, d) => d + Math.abs(a - b),
  UABAL: (_c, a, b, d) => d + Math.abs(a - b),
  SABDL: (_c, a, b) => Math.abs(a - b),
  UABDL: (_c, a, b) => Math.abs(a - b),
  SMLAL: (_c, a, b, d) => d + a * b,
  UMLAL: (_c, a, b, d) => d + a * b,
  SMLSL: (_c, a, b, d) => d - a * b,
  UMLSL: (_c, a, b, d) => d - a * b,
  SMULL: (_c, a, b) => a * b,
  UMULL: (_c, a, b) => a * b,
  SQDMULL: (c, a, b, _d, e) => satSN(c, 2 * a * b, 2 * e),
  SQDMLAL: (c, a, b, d, e) => satSN(c, sN(d, 2 * e) + satSN(c, 2 * a * b, 2 * e), 2 * e),
  SQDMLSL: (c, a, b, d, e) => satSN(c, sN(d, 2 * e) - satSN(c, 2 * a * b, 2 * e), 2 * e),
  PMULL: (_c, a, b, _d, e) => pmulN(a, b, e),
};

// ---- Allocation-free kernels over the typed-array views (the hot paths of string and memory routines) ----

const tmp = new Float64Array(16);

/** Finishes a result of `n` elements in tmp: stores it into V[rd] and zeroes the rest of the register. */
function store(c: Cpu, arr: Uint8Array | Uint16Array | Uint32Array, rd: number, e: number, n: number, first = 0): void {
  const per = 128 / e, base = rd * per + first;
  for (let i = 0; i < n; i++) arr[base + i] = tmp[i]!;
  if ((first + n) * e < 128) c.v.fill(0, rd * 16 + ((first + n) * e) / 8, rd * 16 + 16);
}

export function sameKernelN(op: Op3, pairwise: boolean, e: number, n: number, rd: number, rn: number, rm: number) {
  const per = 128 / e, A = rn * per, B = rm * per, D = rd * per;
  return (c: Cpu): void => {
    const arr = arrayOf(c, e);
    if (pairwise) {
      for (let i = 0; i < n; i++) {
        const j = 2 * i;
        const x = j < n ? arr[A + j]! : arr[B + j - n]!;
        const y = j + 1 < n ? arr[A + j + 1]! : arr[B + j + 1 - n]!;
        tmp[i] = op(c, x, y, 0, e);
      }
    } else {
      for (let i = 0; i < n; i++) tmp[i] = op(c, arr[A + i]!, arr[B + i]!, arr[D + i]!, e);
    }
    store(c, arr, rd, e, n);
  };
}

export function miscKernelN(op: Op2, e: number, n: number, rd: number, rn: number) {
  const per = 128 / e, A = rn * per, D = rd * per;
  return (c: Cpu): void => {
    const arr = arrayOf(c, e);
    for (let i = 0; i < n; i++) tmp[i] = op(c, arr[A + i]!, arr[D + i]!, e);
    store(c, arr, rd, e, n);
  };
}

export function shiftKernelN(op: ShiftOp, e: number, n: number, sh: number, rd: number, rn: number) {
  const per = 128 / e, A = rn * per, D = rd * per;
  return (c: Cpu): void => {
    const arr = arrayOf(c, e);
    for (let i = 0; i < n; i++) tmp[i] = op(c, arr[A + i]!, arr[D + i]!, e, sh);
    store(c, arr, rd, e, n);
  };
}

/** Narrowing kernels: wide elements of Vn (2*e bits) to narrow elements at element `first` of Vd. */
export function narrowKernelN(op: (c: Cpu, a: number) => number, e: number, n: number, first: number, rd: number, rn: number) {
  const A = rn * (64 / e);
  return (c: Cpu): void => {
    const wide = arrayOf(c, 2 * e);
    for (let i = 0; i < n; i++) tmp[i] = op(c, wide[A + i]!);
    store(c, arrayOf(c, e), rd, e, n, first);
  };
}

// ---- Hand-specialised kernels for the forms glibc's string routines run most ------------------------------------
// The generic kernels above call their lane operation through one shared call site (megamorphic, never inlined);
// these loops compute the same values inline. Results go through tmp and store() exactly as above.

/** Three-same and pairwise forms (undefined: use the generic kernel). */
export function hotSameKernel(name: string, pairwise: boolean, e: number, n: number, rd: number, rn: number, rm: number): ((c: Cpu) => void) | undefined {
  if (!NUMBER_PATH || e > 32) return undefined;
  const per = 128 / e, A = rn * per, B = rm * per;
  if (pairwise) {
    const pick = (arr: Uint8Array | Uint16Array | Uint32Array, j: number): number => (j < n ? arr[A + j]! : arr[B + j - n]!);
    switch (name) {
      case 'UMAXP': return (c) => { const arr = arrayOf(c, e); for (let i = 0; i < n; i++) { const x = pick(arr, 2 * i), y = pick(arr, 2 * i + 1); tmp[i] = x >= y ? x : y; } store(c, arr, rd, e, n); };
      case 'UMINP': return (c) => { const arr = arrayOf(c, e); for (let i = 0; i < n; i++) { const x = pick(arr, 2 * i), y = pick(arr, 2 * i + 1); tmp[i] = x <= y ? x : y; } store(c, arr, rd, e, n); };
      case 'ADDP': return (c) => { const arr = arrayOf(c, e); for (let i = 0; i < n; i++) tmp[i] = pick(arr, 2 * i) + pick(arr, 2 * i + 1); store(c, arr, rd, e, n); };
      default: return undefined;
    }
  }
  switch (name) {
    case 'CMEQ': return (c) => { const arr = arrayOf(c, e); for (let i = 0; i < n; i++) tmp[i] = arr[A + i] === arr[B + i] ? -1 : 0; store(c, arr, rd, e, n); };
    case 'CMHI': return (c) => { const arr = arrayOf(c, e); for (let i = 0; i < n; i++) tmp[i] = arr[A + i]! > arr[B + i]! ? -1 : 0; store(c, arr, rd, e, n); };
    case 'CMHS': return (c) => { const arr = arrayOf(c, e); for (let i = 0; i < n; i++) tmp[i] = arr[A + i]! >= arr[B + i]! ? -1 : 0; store(c, arr, rd, e, n); };
    case 'CMTST': return (c) => { const arr = arrayOf(c, e); for (let i = 0; i < n; i++) tmp[i] = (arr[A + i]! & arr[B + i]!) !== 0 ? -1 : 0; store(c, arr, rd, e, n); };
    case 'UMAX': return (c) => { const arr = arrayOf(c, e); for (let i = 0; i < n; i++) { const x = arr[A + i]!, y = arr[B + i]!; tmp[i] = x >= y ? x : y; } store(c, arr, rd, e, n); };
    case 'UMIN': return (c) => { const arr = arrayOf(c, e); for (let i = 0; i < n; i++) { const x = arr[A + i]!, y = arr[B + i]!; tmp[i] = x <= y ? x : y; } store(c, arr, rd, e, n); };
    case 'ADD': return (c) => { const arr = arrayOf(c, e); for (let i = 0; i < n; i++) tmp[i] = arr[A + i]! + arr[B + i]!; store(c, arr, rd, e, n); };
    case 'SUB': return (c) => { const arr = arrayOf(c, e); for (let i = 0; i < n; i++) tmp[i] = arr[A + i]! - arr[B + i]!; store(c, arr, rd, e, n); };
    default: return undefined;
  }
}

/** Two-register misc forms. */
export function hotMiscKernel(name: string, e: number, n: number, rd: number, rn: number): ((c: Cpu) => void) | undefined {
  if (!NUMBER_PATH || e > 32) return undefined;
  const A = rn * (128 / e);
  switch (name) {
    case 'CMEQ_zero': return (c) => { const arr = arrayOf(c, e); for (let i = 0; i < n; i++) tmp[i] = arr[A + i] === 0 ? -1 : 0; store(c, arr, rd, e, n); };
    case 'NOT': return (c) => { const arr = arrayOf(c, e); for (let i = 0; i < n; i++) tmp[i] = ~arr[A + i]!; store(c, arr, rd, e, n); };
    default: return undefined;
  }
}

/** SHRN/RSHRN (narrow elements of e <= 16 bits: the wide source is at most 32 bits, so >>> is the exact floor). */
export function hotNarrowShiftKernel(name: string, e: number, n: number, sh: number, first: number, rd: number, rn: number): ((c: Cpu) => void) | undefined {
  if (!NUMBER_PATH || e > 16 || (name !== 'SHRN' && name !== 'RSHRN')) return undefined;
  const A = rn * (64 / e);
  if (name === 'SHRN') return (c) => { const wide = arrayOf(c, 2 * e); for (let i = 0; i < n; i++) tmp[i] = wide[A + i]! >>> sh; store(c, arrayOf(c, e), rd, e, n, first); };
  // a + 2^(sh-1) can reach 2^32 for e = 16: keep it a double and divide (exact, as shrN does).
  const half = 2 ** (sh - 1), div = 2 ** sh;
  return (c) => { const wide = arrayOf(c, 2 * e); for (let i = 0; i < n; i++) tmp[i] = Math.floor((wide[A + i]! + half) / div); store(c, arrayOf(c, e), rd, e, n, first); };
}

/** UMAXV/UMINV (vector to one element, the rest of the register zeroed as writeN does). */
export function hotAcrossKernel(name: string, e: number, n: number, rd: number, rn: number): ((c: Cpu) => void) | undefined {
  if (!NUMBER_PATH || e > 32 || (name !== 'UMAXV' && name !== 'UMINV')) return undefined;
  const A = rn * (128 / e);
  const max = name === 'UMAXV';
  return (c) => {
    const arr = arrayOf(c, e);
    let m = arr[A]!;
    for (let i = 1; i < n; i++) { const x = arr[A + i]!; if (max ? x > m : x < m) m = x; }
    tmp[0] = m;
    store(c, arr, rd, e, 1);
  };
}
