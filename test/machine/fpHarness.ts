// Floating-point execution cases shared by the unit tier (test/machine/fpQemu.test.ts, committed qemu results) and
// the oracle tier (test/oracle/fp-qemu.test.ts, a fresh qemu run): a seeded generator of one-instruction cases
// (instruction text, V0-V3, X0-X1, FPCR and NZCV inputs, edge values such as NaNs, infinities, denormals, -0 and
// rounding ties), and our machine's run of them. A case's result is 96 bytes: V0-V3, X0, X1, FPSR, NZCV after the
// instruction, the layout the qemu program writes (test/oracle/fpQemu.ts).
import assert from 'node:assert/strict';
import { assembleInstruction, createResolver } from '../../emulator/isa/index.js';
import type { Feature } from '../../emulator/isa/api.js';
import { createMachine, type MachineImpl } from '../../emulator/machine/index.js';

export interface FpCase {
  readonly line: string;
  /** V0..V3 inputs, 64 bytes as hex. */
  readonly v: string;
  /** X0, X1 inputs as 16 hex digits each. */
  readonly x: readonly [string, string];
  readonly fpcr: number;
  readonly nzcv: number;
}

export const RESULT_BYTES = 96;

/** xorshift32, seeded. */
export function rng(seed: number): (n: number) => number {
  let s = seed >>> 0 || 1;
  return (n) => {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s % n;
  };
}

type Rnd = (n: number) => number;
const pick = <T>(r: Rnd, a: readonly T[]): T => a[r(a.length)]!;

function randBits(r: Rnd, bits: number): bigint {
  let v = 0n;
  for (let i = 0; i < bits; i += 16) v = (v << 16n) | BigInt(r(0x10000));
  return BigInt.asUintN(bits, v);
}

const PARAMS = { 16: { E: 5, F: 10 }, 32: { E: 8, F: 23 }, 64: { E: 11, F: 52 } } as const;

/** An interesting value of an element size: specials, boundaries, or a random number of moderate magnitude. */
export function fpValue(r: Rnd, bits: 16 | 32 | 64): bigint {
  const { E, F } = PARAMS[bits];
  const bias = (1 << (E - 1)) - 1;
  const sign = BigInt(r(2)) << BigInt(bits - 1);
  const make = (e: number, frac: bigint): bigint => sign | (BigInt(e) << BigInt(F)) | frac;
  const fracMask = (1n << BigInt(F)) - 1n;
  switch (r(16)) {
    case 0: return sign; // zero
    case 1: return make((1 << E) - 1, 0n); // infinity
    case 2: return make((1 << E) - 1, (1n << BigInt(F - 1)) | (randBits(r, F) & (r(2) ? fracMask : 0n))); // quiet NaN
    case 3: return make((1 << E) - 1, (randBits(r, F - 1) | 1n)); // signalling NaN
    case 4: return make(0, randBits(r, F) | 1n); // denormal
    case 5: return make(pick(r, [1, 2, (1 << E) - 2]), pick(r, [0n, fracMask, randBits(r, F)])); // smallest/largest normals
    case 6: return make(bias + r(3) - 1, pick(r, [0n, 1n << BigInt(F - 1), 1n << BigInt(F - 2), 3n << BigInt(F - 2), fracMask])); // 0.5..4, ties
    case 7: { // a small integer plus a half, quarter or tiny fraction (rounding to integral)
      const e = bias + r(Math.min(F, 20));
      return make(e, randBits(r, F) & ~((1n << BigInt(Math.max(F - (e - bias) - 2, 0))) - 1n));
    }
    case 8: return make(bias + F - 1 + r(4), randBits(r, F)); // around 2^F: integers, conversions
    case 9: return make(bias + 29 + r(36), randBits(r, F)); // around 2^31, 2^32, 2^63, 2^64 (saturation)
    default: return make(bias - 8 + r(17), randBits(r, F)); // moderate magnitudes
  }
}

function hexLE(v: bigint, bytes: number): string {
  let s = '';
  for (let i = 0; i < bytes; i++) s += Number((v >> BigInt(8 * i)) & 0xffn).toString(16).padStart(2, '0');
  return s;
}

/** A 128-bit register of `esize` lanes (hex, little-endian). */
function vector(r: Rnd, esize: 16 | 32 | 64): string {
  let s = '';
  for (let i = 0; i < 128 / esize; i++) s += hexLE(r(8) === 0 ? randBits(r, esize) : fpValue(r, esize), esize / 8);
  return s;
}

function gprValue(r: Rnd): bigint {
  switch (r(6)) {
    case 0: return pick(r, [0n, 1n, 0xffffffffffffffffn, 0x8000000000000000n, 0x7fffffffffffffffn, 0x80000000n, 0x7fffffffn, 0xffffffffn, 0x1000001n, 0xffffffn]);
    case 1: return BigInt(r(2000)) - 1000n & 0xffffffffffffffffn;
    case 2: return randBits(r, 32);
    case 3: return randBits(r, 24) << BigInt(r(40));
    default: return randBits(r, 64);
  }
}

const CONDS = ['eq', 'ne', 'cs', 'cc', 'mi', 'pl', 'vs', 'vc', 'hi', 'ls', 'ge', 'lt', 'gt', 'le', 'al', 'nv'];

interface Template {
  readonly weight: number;
  readonly make: (r: Rnd) => { line: string; esize: 16 | 32 | 64 };
}

const SIZE_OF = { h: 16, s: 32, d: 64 } as const;
type Letter = keyof typeof SIZE_OF;
const letter = (r: Rnd, half = true): Letter => (half && r(5) === 0 ? 'h' : r(2) ? 's' : 'd');
const v = (r: Rnd): number => r(4);
const fbitsFor = (r: Rnd, sf: boolean): number => 1 + r(sf ? 64 : 32);

/** FMOV immediate values (a:b:cdefgh), as GNU accepts them. */
function fmovImmText(r: Rnd): string {
  const imm8 = r(256);
  const sign = (imm8 >> 7) & 1 ? -1 : 1;
  const b6 = (imm8 >> 6) & 1;
  const e = b6 ? -3 + ((imm8 >> 4) & 3) : 1 + ((imm8 >> 4) & 3);
  return String(sign * ((16 + (imm8 & 15)) / 16) * 2 ** e);
}

export const SCALAR_TEMPLATES: readonly Template[] = [
  { weight: 10, make: (r) => { const l = letter(r); return { line: `${pick(r, ['fmov', 'fabs', 'fneg', 'fsqrt', 'frintn', 'frintp', 'frintm', 'frintz', 'frinta', 'frintx', 'frinti'])} ${l}${v(r)}, ${l}${v(r)}`, esize: SIZE_OF[l] }; } },
  { weight: 3, make: (r) => { const l = letter(r, false); return { line: `${pick(r, ['frint32z', 'frint32x', 'frint64z', 'frint64x'])} ${l}${v(r)}, ${l}${v(r)}`, esize: SIZE_OF[l] }; } },
  { weight: 4, make: (r) => { const [a, b] = pick(r, [['s', 'd'], ['d', 's'], ['h', 's'], ['s', 'h'], ['h', 'd'], ['d', 'h']] as const); return { line: `fcvt ${a}${v(r)}, ${b}${v(r)}`, esize: SIZE_OF[b] }; } },
  { weight: 1, make: (r) => ({ line: `bfcvt h${v(r)}, s${v(r)}`, esize: 32 }) },
  { weight: 20, make: (r) => { const l = letter(r); return { line: `${pick(r, ['fmul', 'fdiv', 'fadd', 'fsub', 'fmax', 'fmin', 'fmaxnm', 'fminnm', 'fnmul'])} ${l}${v(r)}, ${l}${v(r)}, ${l}${v(r)}`, esize: SIZE_OF[l] }; } },
  { weight: 12, make: (r) => { const l = letter(r); return { line: `${pick(r, ['fmadd', 'fmsub', 'fnmadd', 'fnmsub'])} ${l}${v(r)}, ${l}${v(r)}, ${l}${v(r)}, ${l}${v(r)}`, esize: SIZE_OF[l] }; } },
  { weight: 5, make: (r) => { const l = letter(r); return { line: `${pick(r, ['fcmp', 'fcmpe'])} ${l}${v(r)}, ${r(3) ? `${l}${v(r)}` : '#0.0'}`, esize: SIZE_OF[l] }; } },
  { weight: 4, make: (r) => { const l = letter(r); return { line: `${pick(r, ['fccmp', 'fccmpe'])} ${l}${v(r)}, ${l}${v(r)}, #${r(16)}, ${pick(r, CONDS)}`, esize: SIZE_OF[l] }; } },
  { weight: 2, make: (r) => { const l = letter(r); return { line: `fcsel ${l}${v(r)}, ${l}${v(r)}, ${l}${v(r)}, ${pick(r, CONDS)}`, esize: SIZE_OF[l] }; } },
  { weight: 1, make: (r) => { const l = letter(r); return { line: `fmov ${l}${v(r)}, #${fmovImmText(r)}`, esize: SIZE_OF[l] }; } },
  { weight: 12, make: (r) => { const l = letter(r); const sf = r(2) === 1; return { line: `${pick(r, ['fcvtns', 'fcvtnu', 'fcvtas', 'fcvtau', 'fcvtps', 'fcvtpu', 'fcvtms', 'fcvtmu', 'fcvtzs', 'fcvtzu'])} ${sf ? 'x' : 'w'}${r(2)}, ${l}${v(r)}`, esize: SIZE_OF[l] }; } },
  { weight: 4, make: (r) => { const l = letter(r); const sf = r(2) === 1; return { line: `${pick(r, ['fcvtzs', 'fcvtzu'])} ${sf ? 'x' : 'w'}${r(2)}, ${l}${v(r)}, #${fbitsFor(r, sf)}`, esize: SIZE_OF[l] }; } },
  { weight: 6, make: (r) => { const l = letter(r); const sf = r(2) === 1; return { line: `${pick(r, ['scvtf', 'ucvtf'])} ${l}${v(r)}, ${sf ? 'x' : 'w'}${r(2)}${r(3) === 0 ? `, #${fbitsFor(r, sf)}` : ''}`, esize: SIZE_OF[l] }; } },
  { weight: 2, make: (r) => ({ line: `fjcvtzs w${r(2)}, d${v(r)}`, esize: 64 }) },
  { weight: 3, make: (r) => ({ line: pick(r, [`fmov w${r(2)}, s${v(r)}`, `fmov x${r(2)}, d${v(r)}`, `fmov s${v(r)}, w${r(2)}`, `fmov d${v(r)}, x${r(2)}`, `fmov x${r(2)}, v${v(r)}.d[1]`, `fmov v${v(r)}.d[1], x${r(2)}`, `fmov w${r(2)}, h${v(r)}`, `fmov x${r(2)}, h${v(r)}`, `fmov h${v(r)}, w${r(2)}`]), esize: 64 }) },
];

const THREE_SAME = ['fmaxnm', 'fmla', 'fadd', 'fmulx', 'fcmeq', 'fmax', 'frecps', 'fminnm', 'fmls', 'fsub', 'fmin', 'frsqrts', 'fmaxnmp', 'faddp', 'fmul', 'fcmge', 'facge', 'fmaxp', 'fdiv', 'fminnmp', 'fabd', 'fcmgt', 'facgt', 'fminp'];
const THREE_SAME_SCALAR = ['fmulx', 'fcmeq', 'frecps', 'frsqrts', 'fcmge', 'facge', 'fabd', 'fcmgt', 'facgt'];
const MISC = ['frintn', 'frintm', 'fcvtns', 'fcvtms', 'fcvtas', 'scvtf', 'fabs', 'frintp', 'frintz', 'fcvtps', 'fcvtzs', 'frecpe', 'frinta', 'frintx', 'fcvtnu', 'fcvtmu', 'fcvtau', 'ucvtf', 'fneg', 'frinti', 'fcvtpu', 'fcvtzu', 'frsqrte', 'fsqrt'];
const MISC_SCALAR = ['fcvtns', 'fcvtms', 'fcvtas', 'scvtf', 'fcvtps', 'fcvtzs', 'frecpe', 'frecpx', 'fcvtnu', 'fcvtmu', 'fcvtau', 'ucvtf', 'fcvtpu', 'fcvtzu', 'frsqrte'];
const ZERO_CMP = ['fcmgt', 'fcmeq', 'fcmlt', 'fcmge', 'fcmle'];
const ARRANGEMENTS = [['2s', 32], ['4s', 32], ['2d', 64], ['4h', 16], ['8h', 16]] as const;
const arrangement = (r: Rnd, half = true): readonly [string, 16 | 32 | 64] => (half && r(5) === 0 ? ARRANGEMENTS[3 + r(2)]! : ARRANGEMENTS[r(3)]!);

/** Advanced SIMD floating point (do not change: the committed fixture's 'vector' set depends on it). */
export const VECTOR_TEMPLATES: readonly Template[] = [
  { weight: 24, make: (r) => { const [a, e] = arrangement(r); return { line: `${pick(r, THREE_SAME)} v${v(r)}.${a}, v${v(r)}.${a}, v${v(r)}.${a}`, esize: e }; } },
  { weight: 6, make: (r) => { const l = letter(r); return { line: `${pick(r, THREE_SAME_SCALAR)} ${l}${v(r)}, ${l}${v(r)}, ${l}${v(r)}`, esize: SIZE_OF[l] }; } },
  { weight: 16, make: (r) => { const [a, e] = arrangement(r); return { line: `${pick(r, MISC)} v${v(r)}.${a}, v${v(r)}.${a}`, esize: e }; } },
  { weight: 3, make: (r) => { const [a, e] = arrangement(r, false); return { line: `${pick(r, ['frint32z', 'frint32x', 'frint64z', 'frint64x'])} v${v(r)}.${a}, v${v(r)}.${a}`, esize: e }; } },
  { weight: 8, make: (r) => { const l = letter(r); return { line: `${pick(r, MISC_SCALAR)} ${l}${v(r)}, ${l}${v(r)}`, esize: SIZE_OF[l] }; } },
  { weight: 5, make: (r) => { if (r(2)) { const [a, e] = arrangement(r); return { line: `${pick(r, ZERO_CMP)} v${v(r)}.${a}, v${v(r)}.${a}, #0.0`, esize: e }; } const l = letter(r); return { line: `${pick(r, ZERO_CMP)} ${l}${v(r)}, ${l}${v(r)}, #0.0`, esize: SIZE_OF[l] }; } },
  { weight: 6, make: (r) => pick(r, [
    { line: `fcvtn v${v(r)}.4h, v${v(r)}.4s`, esize: 32 as const }, { line: `fcvtn2 v${v(r)}.8h, v${v(r)}.4s`, esize: 32 as const },
    { line: `fcvtn v${v(r)}.2s, v${v(r)}.2d`, esize: 64 as const }, { line: `fcvtn2 v${v(r)}.4s, v${v(r)}.2d`, esize: 64 as const },
    { line: `fcvtl v${v(r)}.4s, v${v(r)}.4h`, esize: 16 as const }, { line: `fcvtl2 v${v(r)}.4s, v${v(r)}.8h`, esize: 16 as const },
    { line: `fcvtl v${v(r)}.2d, v${v(r)}.2s`, esize: 32 as const }, { line: `fcvtl2 v${v(r)}.2d, v${v(r)}.4s`, esize: 32 as const },
    { line: `fcvtxn v${v(r)}.2s, v${v(r)}.2d`, esize: 64 as const }, { line: `fcvtxn2 v${v(r)}.4s, v${v(r)}.2d`, esize: 64 as const },
    { line: `fcvtxn s${v(r)}, d${v(r)}`, esize: 64 as const },
  ]) },
  { weight: 8, make: (r) => {
    const op = pick(r, ['fmla', 'fmls', 'fmul', 'fmulx']);
    const k = r(5);
    if (k === 0) return { line: `${op} v${v(r)}.2d, v${v(r)}.2d, v${v(r)}.d[${r(2)}]`, esize: 64 };
    if (k === 1) { const a = pick(r, ['2s', '4s']); return { line: `${op} v${v(r)}.${a}, v${v(r)}.${a}, v${v(r)}.s[${r(4)}]`, esize: 32 }; }
    if (k === 2) { const a = pick(r, ['4h', '8h']); return { line: `${op} v${v(r)}.${a}, v${v(r)}.${a}, v${v(r)}.h[${r(8)}]`, esize: 16 }; }
    const l = letter(r);
    return { line: `${op} ${l}${v(r)}, ${l}${v(r)}, v${v(r)}.${l}[${r(l === 'd' ? 2 : l === 's' ? 4 : 8)}]`, esize: SIZE_OF[l] };
  } },
  { weight: 4, make: (r) => { const op = pick(r, ['fmaxnmv', 'fminnmv', 'fmaxv', 'fminv']); return r(3) ? { line: `${op} s${v(r)}, v${v(r)}.4s`, esize: 32 } : { line: `${op} h${v(r)}, v${v(r)}.${pick(r, ['4h', '8h'])}`, esize: 16 }; } },
  { weight: 4, make: (r) => { const op = pick(r, ['fmaxnmp', 'faddp', 'fmaxp', 'fminnmp', 'fminp']); const l = letter(r); return { line: `${op} ${l}${v(r)}, v${v(r)}.2${l}`, esize: SIZE_OF[l] }; } },
];

/** Forms added after the 'vector' set (do not change: the committed fixture's 'extra' set depends on it). */
export const EXTRA_TEMPLATES: readonly Template[] = [
  { weight: 10, make: (r) => {
    const op = pick(r, ['fcvtzs', 'fcvtzu', 'scvtf', 'ucvtf']);
    const k = r(6);
    if (k === 0) return { line: `${op} v${v(r)}.2d, v${v(r)}.2d, #${1 + r(64)}`, esize: 64 };
    if (k === 1) { const a = pick(r, ['2s', '4s']); return { line: `${op} v${v(r)}.${a}, v${v(r)}.${a}, #${1 + r(32)}`, esize: 32 }; }
    if (k === 2) { const a = pick(r, ['4h', '8h']); return { line: `${op} v${v(r)}.${a}, v${v(r)}.${a}, #${1 + r(16)}`, esize: 16 }; }
    const l = letter(r);
    return { line: `${op} ${l}${v(r)}, ${l}${v(r)}, #${1 + r(SIZE_OF[l])}`, esize: SIZE_OF[l] };
  } },
];

/** FEAT_FCMA complex arithmetic and BFCVTN (do not change: the committed fixture's 'complex' set depends on it). */
export const COMPLEX_TEMPLATES: readonly Template[] = [
  { weight: 4, make: (r) => { const [a, e] = pick(r, [['4h', 16], ['8h', 16], ['2s', 32], ['4s', 32], ['2d', 64]] as const); return { line: `fcadd v${v(r)}.${a}, v${v(r)}.${a}, v${v(r)}.${a}, #${pick(r, [90, 270])}`, esize: e }; } },
  { weight: 6, make: (r) => { const [a, e] = pick(r, [['4h', 16], ['8h', 16], ['2s', 32], ['4s', 32], ['2d', 64]] as const); return { line: `fcmla v${v(r)}.${a}, v${v(r)}.${a}, v${v(r)}.${a}, #${pick(r, [0, 90, 180, 270])}`, esize: e }; } },
  { weight: 4, make: (r) => {
    const k = r(3);
    const rot = pick(r, [0, 90, 180, 270]);
    if (k === 0) return { line: `fcmla v${v(r)}.4s, v${v(r)}.4s, v${v(r)}.s[${r(2)}], #${rot}`, esize: 32 };
    if (k === 1) return { line: `fcmla v${v(r)}.8h, v${v(r)}.8h, v${v(r)}.h[${r(4)}], #${rot}`, esize: 16 };
    return { line: `fcmla v${v(r)}.4h, v${v(r)}.4h, v${v(r)}.h[${r(2)}], #${rot}`, esize: 16 };
  } },
  { weight: 2, make: (r) => (r(2) ? { line: `bfcvtn v${v(r)}.4h, v${v(r)}.4s`, esize: 32 } : { line: `bfcvtn2 v${v(r)}.8h, v${v(r)}.4s`, esize: 32 }) },
];

/** FEAT_FHM widening multiply-add (do not change: the committed fixture's 'fhm' set depends on it). */
export const FHM_TEMPLATES: readonly Template[] = [
  { weight: 1, make: (r) => {
    const op = pick(r, ['fmlal', 'fmlsl', 'fmlal2', 'fmlsl2']);
    const [w, h] = pick(r, [['2s', '2h'], ['4s', '4h']] as const);
    return { line: r(2) ? `${op} v${v(r)}.${w}, v${v(r)}.${h}, v${v(r)}.${h}` : `${op} v${v(r)}.${w}, v${v(r)}.${h}, v${v(r)}.h[${r(8)}]`, esize: 16 };
  } },
];

/** BFMLALB/BFMLALT (do not change: the committed fixture's 'bf16' set depends on it). */
export const BF16_TEMPLATES: readonly Template[] = [
  { weight: 1, make: (r) => {
    const op = pick(r, ['bfmlalb', 'bfmlalt']);
    return { line: r(2) ? `${op} v${v(r)}.4s, v${v(r)}.8h, v${v(r)}.8h` : `${op} v${v(r)}.4s, v${v(r)}.8h, v${v(r)}.h[${r(8)}]`, esize: 32 };
  } },
];

/** FPCR: random rounding mode, FZ, DN, FZ16 and AHP (AHP rarely). */
function fpcrValue(r: Rnd): number {
  let v = r(4) << 22;
  if (r(5) === 0) v |= 1 << 24;
  if (r(5) === 0) v |= 1 << 25;
  if (r(5) === 0) v |= 1 << 19;
  if (r(12) === 0) v |= 1 << 26;
  return v >>> 0;
}

export function generateCases(seed: number, count: number, templates: readonly Template[] = SCALAR_TEMPLATES): FpCase[] {
  const r = rng(seed);
  const total = templates.reduce((s, t) => s + t.weight, 0);
  const out: FpCase[] = [];
  for (let i = 0; i < count; i++) {
    let k = r(total);
    let t = templates[0]!;
    for (const candidate of templates) { if (k < candidate.weight) { t = candidate; break; } k -= candidate.weight; }
    const { line, esize } = t.make(r);
    out.push({
      line,
      v: vector(r, esize) + vector(r, esize) + vector(r, esize) + vector(r, esize),
      x: [hexLE(gprValue(r), 8), hexLE(gprValue(r), 8)],
      fpcr: fpcrValue(r),
      nzcv: r(16) << 28,
    });
  }
  return out;
}

function bytesOf(hex: string): Uint8Array {
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}

function leBig(hex: string): bigint {
  return Buffer.from(hex, 'hex').readBigUInt64LE(0);
}

const FEATURES = new Set<Feature>(['base', 'fp', 'simd', 'fp16', 'fp16fml', 'bf16', 'frintts', 'jscvt', 'fcma', 'dotprod']);
const CODE = 0x400000n;

/** A machine with the lines assembled (by our assembler, itself checked against GNU as) at CODE. */
export function machineFor(lines: readonly string[]): MachineImpl {
  const code = new Uint8Array(lines.length * 4);
  const view = new DataView(code.buffer);
  lines.forEach((line, i) => {
    const space = line.search(/\s/);
    const r = assembleInstruction(line.slice(0, space), line.slice(space + 1).trim(), { address: CODE + BigInt(i * 4), features: FEATURES, resolver: createResolver() });
    assert.ok(r.ok, `cannot assemble '${line}': ${r.ok ? '' : r.message}`);
    if (r.ok) view.setUint32(i * 4, r.word, true);
  });
  const m = createMachine({ seed: 1 });
  m.map(CODE, Math.max(4096, Math.ceil(code.length / 4096) * 4096), { read: true, write: false, execute: true, tagged: false }, 'text');
  m.writeMemory(CODE, code);
  return m;
}

/** Runs every case on our machine: one instruction each, from the same inputs as the qemu program. */
export function runOurs(cases: readonly FpCase[]): string[] {
  const m = machineFor(cases.map((c) => c.line));
  const out: string[] = [];
  const result = Buffer.alloc(RESULT_BYTES);
  cases.forEach((c, i) => {
    const v = bytesOf(c.v);
    for (let n = 0; n < 4; n++) m.setV(n, v.subarray(n * 16, n * 16 + 16));
    m.setX(0, leBig(c.x[0]));
    m.setX(1, leBig(c.x[1]));
    m.setSystemRegister('fpcr', BigInt(c.fpcr));
    m.setSystemRegister('fpsr', 0n);
    m.setNZCV(c.nzcv);
    m.setPC(CODE + BigInt(i * 4));
    const stop = m.step();
    if (stop.kind !== 'step') { out.push(`stop ${stop.kind}`); return; }
    for (let n = 0; n < 4; n++) Buffer.from(m.getV(n)).copy(result, n * 16);
    result.writeBigUInt64LE(BigInt.asUintN(64, m.getX(0)), 64);
    result.writeBigUInt64LE(BigInt.asUintN(64, m.getX(1)), 72);
    result.writeBigUInt64LE(BigInt.asUintN(64, m.getSystemRegister("fpsr")), 80);
    result.writeBigUInt64LE(BigInt(m.getNZCV() >>> 0), 88);
    out.push(result.toString('hex'));
  });
  return out;
}

/** Human-readable difference of two results. */
export function describe(c: FpCase, ours: string, theirs: string): string {
  const names = ['v0', 'v1', 'v2', 'v3', 'x0', 'x1', 'fpsr', 'nzcv'];
  const parts: string[] = [];
  const width = [32, 32, 32, 32, 16, 16, 16, 16];
  let off = 0;
  names.forEach((n, i) => {
    const a = ours.slice(off, off + width[i]!), b = theirs.slice(off, off + width[i]!);
    if (a !== b) parts.push(`${n}: ours ${a} qemu ${b}`);
    off += width[i]!;
  });
  return `'${c.line}' v=${c.v} x=${c.x.join(',')} fpcr=0x${c.fpcr.toString(16)} nzcv=0x${(c.nzcv >>> 0).toString(16)}: ${parts.join('; ')}`;
}
