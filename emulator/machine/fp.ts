// Soft-float helpers of the SIMD&FP semantics, written after the Arm ARM pseudocode (FPUnpack, FPRound,
// FPProcessNaN(s), FPAdd, FPMulAdd, FPToFixed, FPRoundInt, FPConvert, FPCompare...). Values are raw bit patterns
// (bigint) of half (16), single (32) or double (64) precision; every operation takes an `FpEnv` (FPCR in, FPSR
// flags accumulated) so FPCR.RMode, FZ, FZ16, DN and AHP and the cumulative FPSR flags behave exactly as the
// architecture says. Finite values are exact (mantissa bigint, binary exponent): sums and products are exact,
// quotients and square roots carry a sticky bit, so every result (fused multiply-add included) is rounded once.
// Pure functions: no machine state.

/** FPCR in, FPSR out (the Cpu has both fields). */
export interface FpEnv {
  fpcr: number;
  fpsr: number;
}

export const FPSR_IOC = 1, FPSR_DZC = 2, FPSR_OFC = 4, FPSR_UFC = 8, FPSR_IXC = 16, FPSR_IDC = 128;
/** FPCR bits implemented (AHP, DN, FZ, RMode, FZ16); the others are RES0 in AArch64 without FEAT_AFP or traps. */
export const FPCR_MASK = 0x07c80000;
/** FPSR bits kept: N, Z, C, V (AArch32 view), QC, IDC, IXC, UFC, OFC, DZC, IOC. */
export const FPSR_MASK = 0xf800009f;

const FPCR_AHP = 1 << 26, FPCR_DN = 1 << 25, FPCR_FZ = 1 << 24, FPCR_FZ16 = 1 << 19;

/** Rounding modes: the FPCR.RMode encodings 0..3, then ties-away and round-to-odd. */
export const RN = 0, RP = 1, RM = 2, RZ = 3, RA = 4, RO = 5;
export type Rounding = number;

export interface Fmt {
  readonly N: 16 | 32 | 64;
  readonly E: number;
  readonly F: number;
  /** BFloat16: 16 bits with single precision's exponent; FZ (not FZ16) applies. */
  readonly bf?: boolean;
}
export const H: Fmt = { N: 16, E: 5, F: 10 };
export const S: Fmt = { N: 32, E: 8, F: 23 };
export const D: Fmt = { N: 64, E: 11, F: 52 };
export const BF: Fmt = { N: 16, E: 8, F: 7, bf: true };
export function fmtOf(bits: number): Fmt {
  return bits === 16 ? H : bits === 32 ? S : D;
}

export const T_ZERO = 0, T_FINITE = 1, T_INF = 2, T_QNAN = 3, T_SNAN = 4;

/** An unpacked operand: finite values are (-1)^sign * mant * 2^exp exactly. */
export interface Unpacked {
  type: number;
  sign: number;
  mant: bigint;
  exp: number;
}

export function roundingOf(env: FpEnv): Rounding {
  return (env.fpcr >>> 22) & 3;
}

function expMax(f: Fmt): number {
  return (1 << f.E) - 1;
}

/** FPUnpack: FZ (FZ16 for half) flushes denormal inputs to zero, raising IDC for single and double. */
export function unpack(bits: bigint, f: Fmt, env: FpEnv, opts: { noFz16?: boolean; ahp?: boolean; noIdc?: boolean } = {}): Unpacked {
  const sign = Number((bits >> BigInt(f.N - 1)) & 1n);
  const e = Number((bits >> BigInt(f.F)) & BigInt(expMax(f)));
  const frac = bits & ((1n << BigInt(f.F)) - 1n);
  if (e === 0) {
    if (frac === 0n) return { type: T_ZERO, sign, mant: 0n, exp: 0 };
    const flush = f.N === 16 && !f.bf ? !opts.noFz16 && (env.fpcr & FPCR_FZ16) !== 0 : (env.fpcr & FPCR_FZ) !== 0;
    if (flush) {
      if ((f.N !== 16 || f.bf) && !opts.noIdc) env.fpsr |= FPSR_IDC;
      return { type: T_ZERO, sign, mant: 0n, exp: 0 };
    }
    return { type: T_FINITE, sign, mant: frac, exp: 2 - (1 << (f.E - 1)) - f.F };
  }
  if (e === expMax(f) && !(f.N === 16 && opts.ahp)) {
    if (frac === 0n) return { type: T_INF, sign, mant: 0n, exp: 0 };
    const quiet = (frac >> BigInt(f.F - 1)) & 1n;
    return { type: quiet ? T_QNAN : T_SNAN, sign, mant: 0n, exp: 0 };
  }
  return { type: T_FINITE, sign, mant: frac | (1n << BigInt(f.F)), exp: e - ((1 << (f.E - 1)) - 1) - f.F };
}

export function isNaNType(t: number): boolean {
  return t >= T_QNAN;
}

export function zero(sign: number, f: Fmt): bigint {
  return BigInt(sign) << BigInt(f.N - 1);
}

export function infinity(sign: number, f: Fmt): bigint {
  return (BigInt(sign) << BigInt(f.N - 1)) | (BigInt(expMax(f)) << BigInt(f.F));
}

export function maxNormal(sign: number, f: Fmt): bigint {
  return (BigInt(sign) << BigInt(f.N - 1)) | (BigInt(expMax(f) - 1) << BigInt(f.F)) | ((1n << BigInt(f.F)) - 1n);
}

export function defaultNaN(f: Fmt): bigint {
  return (BigInt(expMax(f)) << BigInt(f.F)) | (1n << BigInt(f.F - 1));
}

/** 1.0, 2.0, 1.5 with a sign (FPOne, FPTwo, FPOnePointFive). */
export function constant(sign: number, f: Fmt, which: 'one' | 'two' | 'onePointFive'): bigint {
  const bias = (1 << (f.E - 1)) - 1;
  const e = which === 'two' ? bias + 1 : bias;
  const frac = which === 'onePointFive' ? 1n << BigInt(f.F - 1) : 0n;
  return (BigInt(sign) << BigInt(f.N - 1)) | (BigInt(e) << BigInt(f.F)) | frac;
}

export function neg(bits: bigint, f: Fmt): bigint {
  return bits ^ (1n << BigInt(f.N - 1));
}

export function abs(bits: bigint, f: Fmt): bigint {
  return bits & ((1n << BigInt(f.N - 1)) - 1n);
}

/** FPProcessNaN: signalling NaNs are quietened (IOC); FPCR.DN gives the default NaN. */
export function processNaN(type: number, bits: bigint, f: Fmt, env: FpEnv): bigint {
  let r = bits;
  if (type === T_SNAN) {
    r = bits | (1n << BigInt(f.F - 1));
    env.fpsr |= FPSR_IOC;
  }
  if (env.fpcr & FPCR_DN) r = defaultNaN(f);
  return r;
}

/** FPProcessNaNs: the first signalling NaN, else the first quiet NaN, or undefined when there is none. */
export function processNaNs(a: Unpacked, b: Unpacked, x: bigint, y: bigint, f: Fmt, env: FpEnv): bigint | undefined {
  if (a.type === T_SNAN) return processNaN(a.type, x, f, env);
  if (b.type === T_SNAN) return processNaN(b.type, y, f, env);
  if (a.type === T_QNAN) return processNaN(a.type, x, f, env);
  if (b.type === T_QNAN) return processNaN(b.type, y, f, env);
  return undefined;
}

export function processNaNs3(a: Unpacked, b: Unpacked, c: Unpacked, x: bigint, y: bigint, z: bigint, f: Fmt, env: FpEnv): bigint | undefined {
  if (a.type === T_SNAN) return processNaN(a.type, x, f, env);
  if (b.type === T_SNAN) return processNaN(b.type, y, f, env);
  if (c.type === T_SNAN) return processNaN(c.type, z, f, env);
  if (a.type === T_QNAN) return processNaN(a.type, x, f, env);
  if (b.type === T_QNAN) return processNaN(b.type, y, f, env);
  if (c.type === T_QNAN) return processNaN(c.type, z, f, env);
  return undefined;
}

function bitLength(v: bigint): number {
  return v.toString(2).length;
}

/**
 * FPRound of the nonzero value (-1)^sign * mant * 2^exp (plus a sticky fraction below mant's last bit when
 * `sticky`). `flush` says whether FZ/FZ16 applies (conversions ignore FZ16). `ahp` selects the alternative
 * half-precision format.
 */
export function round(sign: number, mant: bigint, exp: number, sticky: boolean, f: Fmt, env: FpEnv, rounding: Rounding, opts: { noFz16?: boolean; ahp?: boolean } = {}): bigint {
  const bl = bitLength(mant);
  const exponent = exp + bl - 1;
  const minExp = 2 - (1 << (f.E - 1));
  const flush = f.N === 16 && !f.bf ? !opts.noFz16 && (env.fpcr & FPCR_FZ16) !== 0 : (env.fpcr & FPCR_FZ) !== 0;
  if (flush && exponent < minExp) {
    env.fpsr |= FPSR_UFC;
    return zero(sign, f);
  }
  let biased = Math.max(exponent - minExp + 1, 0);
  const lsbExp = biased > 0 ? exponent - f.F : minExp - f.F;
  const shift = lsbExp - exp;
  let intMant: bigint;
  // error compared with one half: -1 below, 0 equal, 1 above; inexact when rem != 0 or sticky.
  let half: number;
  let inexact: boolean;
  if (shift <= 0) {
    intMant = mant << BigInt(-shift);
    half = -1;
    inexact = sticky;
  } else {
    const s = BigInt(shift);
    intMant = mant >> s;
    const rem = mant & ((1n << s) - 1n);
    const h = 1n << (s - 1n);
    half = rem > h ? 1 : rem < h ? -1 : sticky ? 1 : 0;
    inexact = rem !== 0n || sticky;
  }
  if (biased === 0 && inexact) env.fpsr |= FPSR_UFC;
  let roundUp = false;
  let overflowToInf = true;
  switch (rounding) {
    case RN: roundUp = half > 0 || (half === 0 && (intMant & 1n) === 1n); break;
    case RP: roundUp = inexact && sign === 0; overflowToInf = sign === 0; break;
    case RM: roundUp = inexact && sign === 1; overflowToInf = sign === 1; break;
    case RA: roundUp = half >= 0 && inexact; break;
    default: overflowToInf = false; break;
  }
  if (roundUp) {
    intMant += 1n;
    if (intMant === 1n << BigInt(f.F)) biased = 1;
    if (intMant === 1n << BigInt(f.F + 1)) { biased += 1; intMant >>= 1n; }
  }
  if (inexact && rounding === RO) intMant |= 1n;
  let result: bigint;
  if (!(f.N === 16 && opts.ahp)) {
    if (biased >= expMax(f)) {
      result = overflowToInf ? infinity(sign, f) : maxNormal(sign, f);
      env.fpsr |= FPSR_OFC;
      inexact = true;
    } else {
      result = (BigInt(sign) << BigInt(f.N - 1)) | (BigInt(biased) << BigInt(f.F)) | (intMant & ((1n << BigInt(f.F)) - 1n));
    }
  } else if (biased >= 1 << f.E) {
    result = (BigInt(sign) << 15n) | 0x7fffn;
    env.fpsr |= FPSR_IOC;
    inexact = false;
  } else {
    result = (BigInt(sign) << 15n) | (BigInt(biased) << BigInt(f.F)) | (intMant & ((1n << BigInt(f.F)) - 1n));
  }
  if (inexact) env.fpsr |= FPSR_IXC;
  return result;
}

/** Exact sum of two finite values as (sign, mant, exp) with mant >= 0. */
function addExact(sa: number, ma: bigint, ea: number, sb: number, mb: bigint, eb: number): { sign: number; mant: bigint; exp: number } {
  const e = Math.min(ea, eb);
  const a = (ma << BigInt(ea - e)) * (sa ? -1n : 1n);
  const b = (mb << BigInt(eb - e)) * (sb ? -1n : 1n);
  const s = a + b;
  return { sign: s < 0n ? 1 : 0, mant: s < 0n ? -s : s, exp: e };
}

/** Rounds an exact value that may be zero: zero results take the sign the rounding mode gives. */
function roundOrZero(sign: number, mant: bigint, exp: number, f: Fmt, env: FpEnv, rounding: Rounding): bigint {
  if (mant === 0n) return zero(rounding === RM ? 1 : 0, f);
  return round(sign, mant, exp, false, f, env, rounding);
}

export function add(x: bigint, y: bigint, f: Fmt, env: FpEnv, subtract = false): bigint {
  const a = unpack(x, f, env);
  const b = unpack(y, f, env);
  const nan = processNaNs(a, b, x, y, f, env);
  if (nan !== undefined) return nan;
  const sb = subtract ? b.sign ^ 1 : b.sign;
  const inf1 = a.type === T_INF, inf2 = b.type === T_INF;
  if (inf1 && inf2 && a.sign !== sb) { env.fpsr |= FPSR_IOC; return defaultNaN(f); }
  if ((inf1 && a.sign === 0) || (inf2 && sb === 0)) return infinity(0, f);
  if (inf1 || inf2) return infinity(1, f);
  if (a.type === T_ZERO && b.type === T_ZERO && a.sign === sb) return zero(a.sign, f);
  const r = addExact(a.sign, a.mant, a.exp, sb, b.mant, b.exp);
  return roundOrZero(r.sign, r.mant, r.exp, f, env, roundingOf(env));
}

export function sub(x: bigint, y: bigint, f: Fmt, env: FpEnv): bigint {
  return add(x, y, f, env, true);
}

/** FPMul, or FPMulX (`x`: infinity times zero gives 2.0). */
export function mul(x: bigint, y: bigint, f: Fmt, env: FpEnv, mulx = false): bigint {
  const a = unpack(x, f, env);
  const b = unpack(y, f, env);
  const nan = processNaNs(a, b, x, y, f, env);
  if (nan !== undefined) return nan;
  const sign = a.sign ^ b.sign;
  const inf1 = a.type === T_INF, inf2 = b.type === T_INF, z1 = a.type === T_ZERO, z2 = b.type === T_ZERO;
  if ((inf1 && z2) || (z1 && inf2)) {
    if (mulx) return constant(sign, f, 'two');
    env.fpsr |= FPSR_IOC;
    return defaultNaN(f);
  }
  if (inf1 || inf2) return infinity(sign, f);
  if (z1 || z2) return zero(sign, f);
  return round(sign, a.mant * b.mant, a.exp + b.exp, false, f, env, roundingOf(env));
}

export function div(x: bigint, y: bigint, f: Fmt, env: FpEnv): bigint {
  const a = unpack(x, f, env);
  const b = unpack(y, f, env);
  const nan = processNaNs(a, b, x, y, f, env);
  if (nan !== undefined) return nan;
  const sign = a.sign ^ b.sign;
  const inf1 = a.type === T_INF, inf2 = b.type === T_INF, z1 = a.type === T_ZERO, z2 = b.type === T_ZERO;
  if ((inf1 && inf2) || (z1 && z2)) { env.fpsr |= FPSR_IOC; return defaultNaN(f); }
  if (inf1 || z2) {
    if (!inf1) env.fpsr |= FPSR_DZC;
    return infinity(sign, f);
  }
  if (z1 || inf2) return zero(sign, f);
  // Quotient with at least F + 3 significant bits, and a sticky remainder.
  const extra = f.F + 4 + bitLength(b.mant) - bitLength(a.mant) + 2;
  const num = a.mant << BigInt(Math.max(extra, 0));
  const q = num / b.mant;
  const rem = num % b.mant;
  return round(sign, q, a.exp - b.exp - Math.max(extra, 0), rem !== 0n, f, env, roundingOf(env));
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

export function sqrt(x: bigint, f: Fmt, env: FpEnv): bigint {
  const a = unpack(x, f, env);
  if (isNaNType(a.type)) return processNaN(a.type, x, f, env);
  if (a.type === T_ZERO) return zero(a.sign, f);
  if (a.type === T_INF && a.sign === 0) return infinity(0, f);
  if (a.sign === 1) { env.fpsr |= FPSR_IOC; return defaultNaN(f); }
  // sqrt(mant * 2^exp): make exp even and scale so the root has >= F + 3 bits.
  let mant = a.mant;
  let exp = a.exp;
  const want = 2 * (f.F + 4) - bitLength(mant) + 2;
  const shift = Math.max(want, 0) + ((exp - Math.max(want, 0)) & 1 ? 1 : 0);
  mant <<= BigInt(shift);
  exp -= shift;
  const r = isqrt(mant);
  return round(0, r, exp / 2, r * r !== mant, f, env, roundingOf(env));
}

/** FPMulAdd(addend, op1, op2): addend + op1 * op2 with a single rounding. */
export function mulAdd(addend: bigint, x: bigint, y: bigint, f: Fmt, env: FpEnv): bigint {
  const c = unpack(addend, f, env);
  const a = unpack(x, f, env);
  const b = unpack(y, f, env);
  return mulAddRest(c, a, b, processNaNs3(c, a, b, addend, x, y, f, env), f, env);
}

/**
 * FPMulAdd after its NaN operands were processed (`nan`, or undefined): a quiet NaN addend with inf * 0 is the
 * default NaN (Invalid Operation), then the infinities, exact zeros and the fused sum rounded once to `f`.
 */
function mulAddRest(c: Unpacked, a: Unpacked, b: Unpacked, nan: bigint | undefined, f: Fmt, env: FpEnv): bigint {
  const inf1 = a.type === T_INF, inf2 = b.type === T_INF, z1 = a.type === T_ZERO, z2 = b.type === T_ZERO;
  if (c.type === T_QNAN && ((inf1 && z2) || (z1 && inf2))) {
    env.fpsr |= FPSR_IOC;
    nan = defaultNaN(f);
  }
  if (nan !== undefined) return nan;
  const infA = c.type === T_INF, zA = c.type === T_ZERO;
  const signP = a.sign ^ b.sign;
  const infP = inf1 || inf2, zP = z1 || z2;
  if ((inf1 && z2) || (z1 && inf2) || (infA && infP && c.sign !== signP)) { env.fpsr |= FPSR_IOC; return defaultNaN(f); }
  if ((infA && c.sign === 0) || (infP && signP === 0)) return infinity(0, f);
  if (infA || infP) return infinity(1, f);
  if (zA && zP && c.sign === signP) return zero(c.sign, f);
  const r = zP ? { sign: c.sign, mant: c.mant, exp: c.exp } : addExact(c.sign, c.mant, c.exp, signP, a.mant * b.mant, a.exp + b.exp);
  return roundOrZero(r.sign, r.mant, r.exp, f, env, roundingOf(env));
}

/** FPConvertNaN between formats: sign kept, quiet bit set, the payload's top bits kept. */
function convertNaN(x: bigint, from: Fmt, to: Fmt): bigint {
  const sign = (x >> BigInt(from.N - 1)) & 1n;
  const payload = x & ((1n << BigInt(from.F - 1)) - 1n);
  const shifted = to.F >= from.F ? payload << BigInt(to.F - from.F) : payload >> BigInt(from.F - to.F);
  return (sign << BigInt(to.N - 1)) | (BigInt(expMax(to)) << BigInt(to.F)) | (1n << BigInt(to.F - 1)) | shifted;
}

/** FPMulAddH (FMLAL/FMLSL): single addend + half op1 * half op2, rounded once to single; NaNs converted to single. */
export function mulAddH(addend: bigint, x: bigint, y: bigint, env: FpEnv): bigint {
  const c = unpack(addend, S, env);
  const a = unpack(x, H, env);
  const b = unpack(y, H, env);
  let nan: bigint | undefined;
  if (c.type === T_SNAN) nan = processNaN(c.type, addend, S, env);
  else if (a.type === T_SNAN) nan = processNaN(a.type, convertNaN(x, H, S), S, env);
  else if (b.type === T_SNAN) nan = processNaN(b.type, convertNaN(y, H, S), S, env);
  else if (c.type === T_QNAN) nan = processNaN(c.type, addend, S, env);
  else if (a.type === T_QNAN) nan = processNaN(a.type, convertNaN(x, H, S), S, env);
  else if (b.type === T_QNAN) nan = processNaN(b.type, convertNaN(y, H, S), S, env);
  return mulAddRest(c, a, b, nan, S, env);
}

/** FRECPS (2 - op1*op2) and FRSQRTS ((3 - op1*op2) / 2), fused. */
export function recipStep(x: bigint, y: bigint, f: Fmt, env: FpEnv, rsqrt: boolean): bigint {
  const nx = neg(x, f);
  const a = unpack(nx, f, env);
  const b = unpack(y, f, env);
  const nan = processNaNs(a, b, nx, y, f, env);
  if (nan !== undefined) return nan;
  const inf1 = a.type === T_INF, inf2 = b.type === T_INF, z1 = a.type === T_ZERO, z2 = b.type === T_ZERO;
  if ((inf1 && z2) || (z1 && inf2)) return constant(0, f, rsqrt ? 'onePointFive' : 'two');
  if (inf1 || inf2) return infinity(a.sign ^ b.sign, f);
  const three = rsqrt ? 3n : 2n;
  const r = z1 || z2 ? { sign: 0, mant: three, exp: 0 } : addExact(0, three, 0, a.sign ^ b.sign, a.mant * b.mant, a.exp + b.exp);
  return roundOrZero(r.sign, r.mant, rsqrt ? r.exp - 1 : r.exp, f, env, roundingOf(env));
}

/** Compares finite/zero/infinite unpacked values: -1, 0, 1. */
function compareValues(a: Unpacked, b: Unpacked): number {
  const va = a.type === T_ZERO ? 0 : a.type === T_INF ? 2 : 1;
  const vb = b.type === T_ZERO ? 0 : b.type === T_INF ? 2 : 1;
  const sa = va === 0 ? 0 : a.sign ? -1 : 1;
  const sb = vb === 0 ? 0 : b.sign ? -1 : 1;
  if (sa !== sb) return sa < sb ? -1 : 1;
  if (sa === 0) return 0;
  let mag: number;
  if (va === 2 || vb === 2) mag = va === vb ? 0 : va === 2 ? 1 : -1;
  else {
    const r = addExact(0, a.mant, a.exp, 1, b.mant, b.exp);
    mag = r.mant === 0n ? 0 : r.sign ? -1 : 1;
  }
  return sa > 0 ? mag : -mag;
}

/** FPCompare: NZCV (0011 unordered, 0110 equal, 1000 less, 0010 greater); signalling compares raise IOC on any NaN. */
export function compare(x: bigint, y: bigint, f: Fmt, env: FpEnv, signalNaNs: boolean): number {
  const a = unpack(x, f, env);
  const b = unpack(y, f, env);
  if (isNaNType(a.type) || isNaNType(b.type)) {
    if (a.type === T_SNAN || b.type === T_SNAN || signalNaNs) env.fpsr |= FPSR_IOC;
    return 0b0011;
  }
  const c = compareValues(a, b);
  return c === 0 ? 0b0110 : c < 0 ? 0b1000 : 0b0010;
}

/** FPCompareEQ/GE/GT for the vector compares: false on NaN (EQ raises IOC only for signalling NaNs). */
export function compareCond(x: bigint, y: bigint, f: Fmt, env: FpEnv, cond: 'eq' | 'ge' | 'gt'): boolean {
  const a = unpack(x, f, env);
  const b = unpack(y, f, env);
  if (isNaNType(a.type) || isNaNType(b.type)) {
    if (a.type === T_SNAN || b.type === T_SNAN || cond !== 'eq') env.fpsr |= FPSR_IOC;
    return false;
  }
  const c = compareValues(a, b);
  return cond === 'eq' ? c === 0 : cond === 'ge' ? c >= 0 : c > 0;
}

/** FPMax / FPMin. */
export function maxMin(x: bigint, y: bigint, f: Fmt, env: FpEnv, isMax: boolean): bigint {
  const a = unpack(x, f, env);
  const b = unpack(y, f, env);
  const nan = processNaNs(a, b, x, y, f, env);
  if (nan !== undefined) return nan;
  const c = compareValues(a, b);
  const pickA = isMax ? c > 0 : c < 0;
  const r = pickA ? a : b;
  if (r.type === T_INF) return infinity(r.sign, f);
  if (r.type === T_ZERO) return zero(isMax ? a.sign & b.sign : a.sign | b.sign, f);
  return round(r.sign, r.mant, r.exp, false, f, env, roundingOf(env));
}

/** FPMaxNum / FPMinNum: one quiet NaN is replaced by the infinity that loses. */
export function maxMinNum(x: bigint, y: bigint, f: Fmt, env: FpEnv, isMax: boolean): bigint {
  const ta = unpack(x, f, env).type;
  const tb = unpack(y, f, env).type;
  let p = x, q = y;
  if (ta === T_QNAN && tb !== T_QNAN) p = infinity(isMax ? 1 : 0, f);
  else if (ta !== T_QNAN && tb === T_QNAN) q = infinity(isMax ? 1 : 0, f);
  return maxMin(p, q, f, env, isMax);
}

/** Rounds (-1)^sign * mant * 2^exp to an integer by `rounding`: [integer (signed bigint), inexact]. */
function roundToInteger(u: Unpacked, rounding: Rounding): { value: bigint; inexact: boolean } {
  let intPart: bigint;
  let half: number;
  let inexact: boolean;
  if (u.exp >= 0) {
    intPart = u.mant << BigInt(u.exp);
    half = -1;
    inexact = false;
  } else {
    const s = BigInt(-u.exp);
    intPart = u.mant >> s;
    const rem = u.mant & ((1n << s) - 1n);
    const h = 1n << (s - 1n);
    half = rem > h ? 1 : rem < h ? -1 : 0;
    inexact = rem !== 0n;
  }
  // RoundDown of the signed value: negative values with a fraction go one further.
  let v = u.sign ? -intPart : intPart;
  if (u.sign && inexact) {
    v -= 1n;
    // Error measured from the rounded-down value: 1 - frac.
    half = -half;
  }
  let up = false;
  switch (rounding) {
    case RN: up = half > 0 || (half === 0 && (v & 1n) === 1n); break;
    case RP: up = inexact; break;
    case RM: up = false; break;
    case RZ: up = inexact && v < 0n; break;
    case RA: up = half > 0 || (half === 0 && v >= 0n); break;
    default: break;
  }
  if (up) v += 1n;
  return { value: v, inexact };
}

/** FPToFixed: to a signed or unsigned `bits`-bit integer with `fbits` fraction bits, saturating (IOC). */
export function toFixed(x: bigint, f: Fmt, fbits: number, unsigned: boolean, bits: number, rounding: Rounding, env: FpEnv): bigint {
  const a = unpack(x, f, env);
  if (isNaNType(a.type)) { env.fpsr |= FPSR_IOC; return 0n; }
  const min = unsigned ? 0n : -(1n << BigInt(bits - 1));
  const max = unsigned ? (1n << BigInt(bits)) - 1n : (1n << BigInt(bits - 1)) - 1n;
  if (a.type === T_INF) { env.fpsr |= FPSR_IOC; return BigInt.asUintN(bits, a.sign ? min : max); }
  if (a.type === T_ZERO) return 0n;
  const r = roundToInteger({ ...a, exp: a.exp + fbits }, rounding);
  if (r.value < min) { env.fpsr |= FPSR_IOC; return BigInt.asUintN(bits, min); }
  if (r.value > max) { env.fpsr |= FPSR_IOC; return BigInt.asUintN(bits, max); }
  if (r.inexact) env.fpsr |= FPSR_IXC;
  return BigInt.asUintN(bits, r.value);
}

/** FixedToFP: a `bits`-bit integer (raw, interpreted signed or unsigned) with `fbits` fraction bits. */
export function fromFixed(raw: bigint, bits: number, fbits: number, unsigned: boolean, f: Fmt, rounding: Rounding, env: FpEnv): bigint {
  const v = unsigned ? BigInt.asUintN(bits, raw) : BigInt.asIntN(bits, raw);
  if (v === 0n) return zero(0, f);
  return round(v < 0n ? 1 : 0, v < 0n ? -v : v, -fbits, false, f, env, rounding);
}

/** FPRoundInt (FRINTN/P/M/Z/A/I/X; `exact` raises IXC). */
export function roundInt(x: bigint, f: Fmt, rounding: Rounding, exact: boolean, env: FpEnv): bigint {
  const a = unpack(x, f, env);
  if (isNaNType(a.type)) return processNaN(a.type, x, f, env);
  if (a.type === T_INF) return infinity(a.sign, f);
  if (a.type === T_ZERO) return zero(a.sign, f);
  const r = roundToInteger(a, rounding);
  if (r.inexact && exact) env.fpsr |= FPSR_IXC;
  if (r.value === 0n) return zero(a.sign, f);
  return round(a.sign, r.value < 0n ? -r.value : r.value, 0, false, f, env, RZ);
}

/** FPRoundIntN (FRINT32Z/X, FRINT64Z/X): out-of-range, infinite and NaN inputs give the most negative integer (IOC). */
export function roundIntN(x: bigint, f: Fmt, rounding: Rounding, intBits: number, env: FpEnv): bigint {
  const a = unpack(x, f, env);
  const mostNegative = (): bigint => { env.fpsr |= FPSR_IOC; return round(1, 1n, intBits - 1, false, f, env, RZ); };
  if (isNaNType(a.type) || a.type === T_INF) return mostNegative();
  if (a.type === T_ZERO) return zero(a.sign, f);
  const r = roundToInteger(a, rounding);
  if (r.value < -(1n << BigInt(intBits - 1)) || r.value > (1n << BigInt(intBits - 1)) - 1n) return mostNegative();
  if (r.inexact) env.fpsr |= FPSR_IXC;
  if (r.value === 0n) return zero(a.sign, f);
  return round(a.sign, r.value < 0n ? -r.value : r.value, 0, false, f, env, RZ);
}

/** FPConvert between precisions (FZ16 ignored; FPCR.AHP selects the alternative half format). */
export function convert(x: bigint, from: Fmt, to: Fmt, rounding: Rounding, env: FpEnv): bigint {
  const ahp = (env.fpcr & FPCR_AHP) !== 0;
  const a = unpack(x, from, env, { noFz16: true, ahp: from.N === 16 && ahp });
  const altTo = to.N === 16 && !to.bf && ahp;
  if (isNaNType(a.type)) {
    let r: bigint;
    if (altTo) r = zero(a.sign, to);
    else if (env.fpcr & FPCR_DN) r = defaultNaN(to);
    else {
      // FPConvertNaN: sign, quiet bit set, payload's top bits kept.
      const payload = x & ((1n << BigInt(from.F - 1)) - 1n);
      const shifted = to.F >= from.F ? payload << BigInt(to.F - from.F) : payload >> BigInt(from.F - to.F);
      r = (BigInt(a.sign) << BigInt(to.N - 1)) | (BigInt(expMax(to)) << BigInt(to.F)) | (1n << BigInt(to.F - 1)) | shifted;
    }
    if (a.type === T_SNAN || altTo) env.fpsr |= FPSR_IOC;
    return r;
  }
  if (a.type === T_INF) {
    if (altTo) { env.fpsr |= FPSR_IOC; return (BigInt(a.sign) << 15n) | 0x7fffn; }
    return infinity(a.sign, to);
  }
  if (a.type === T_ZERO) return zero(a.sign, to);
  return round(a.sign, a.mant, a.exp, false, to, env, rounding, { noFz16: true, ahp: altTo });
}

/** FJCVTZS: double to int32 rounding toward zero, modulo 2^32; returns [result, Z flag]. */
export function jsConvert(x: bigint, env: FpEnv): { value: bigint; z: boolean } {
  const a = unpack(x, D, env);
  if (isNaNType(a.type)) { env.fpsr |= FPSR_IOC; return { value: 0n, z: false }; }
  if (a.type === T_INF) { env.fpsr |= FPSR_IOC; return { value: 0n, z: false }; }
  if (a.type === T_ZERO) {
    const denormal = (x & ((1n << 52n) - 1n)) !== 0n;
    return { value: 0n, z: a.sign === 0 && !denormal };
  }
  const r = roundToInteger(a, RZ);
  const value = BigInt.asUintN(32, r.value);
  if (r.value < -(1n << 31n) || r.value > (1n << 31n) - 1n) { env.fpsr |= FPSR_IOC; return { value, z: false }; }
  if (r.inexact) { env.fpsr |= FPSR_IXC; return { value, z: false }; }
  return { value, z: true };
}

/** VFPExpandImm: the 8-bit FMOV immediate as a value of format f. */
export function expandImm(imm8: number, f: Fmt): bigint {
  const sign = BigInt((imm8 >> 7) & 1);
  const b6 = (imm8 >> 6) & 1;
  const expBits = f.E;
  // exp = NOT(b6) : Replicate(b6, E-3) : imm8<5:4>
  let exp = (b6 ^ 1) << (expBits - 1);
  for (let i = 0; i < expBits - 3; i++) exp |= b6 << (expBits - 2 - i);
  exp |= (imm8 >> 4) & 3;
  const frac = BigInt(imm8 & 15) << BigInt(f.F - 4);
  return (sign << BigInt(f.N - 1)) | (BigInt(exp) << BigInt(f.F)) | frac;
}

/** RecipEstimate: a in [256, 511] (0.5 <= x < 1 in 1/512 steps) -> [256, 511] (1 <= 1/x < 2 in 1/256 steps). */
export function recipEstimateInt(a: number): number {
  const b = Math.floor((1 << 19) / (a * 2 + 1));
  return Math.floor((b + 1) / 2);
}

/** RecipSqrtEstimate: a in [128, 511] (0.25 <= x < 1) -> [256, 511]. */
export function rsqrtEstimateInt(a0: number): number {
  const a = a0 < 256 ? a0 * 2 + 1 : (((a0 >> 1) << 1) + 1) * 2;
  let b = 512;
  while (a * (b + 1) * (b + 1) < 2 ** 28) b++;
  return Math.floor((b + 1) / 2);
}

const MASK52 = (1n << 52n) - 1n;

/** The fraction as 52 bits and the biased exponent of a finite value's encoding. */
function rawParts(x: bigint, f: Fmt): { fraction: bigint; exp: number } {
  return { fraction: (x & ((1n << BigInt(f.F)) - 1n)) << BigInt(52 - f.F), exp: Number((x >> BigInt(f.F)) & BigInt(expMax(f))) };
}

function flushOn(f: Fmt, env: FpEnv): boolean {
  return f.N === 16 && !f.bf ? (env.fpcr & FPCR_FZ16) !== 0 : (env.fpcr & FPCR_FZ) !== 0;
}

/** FPRecipEstimate (FRECPE). */
export function recipEstimate(x: bigint, f: Fmt, env: FpEnv): bigint {
  const a = unpack(x, f, env);
  if (isNaNType(a.type)) return processNaN(a.type, x, f, env);
  if (a.type === T_INF) return zero(a.sign, f);
  if (a.type === T_ZERO) { env.fpsr |= FPSR_DZC; return infinity(a.sign, f); }
  const lead = bitLength(a.mant) - 1 + a.exp;
  const tiny = f.N === 16 ? -16 : f.N === 32 ? -128 : -1024;
  if (lead < tiny) {
    const rm = roundingOf(env);
    const toInf = rm === RN || (rm === RP && a.sign === 0) || (rm === RM && a.sign === 1);
    env.fpsr |= FPSR_OFC | FPSR_IXC;
    return toInf ? infinity(a.sign, f) : maxNormal(a.sign, f);
  }
  const big = f.N === 16 ? 14 : f.N === 32 ? 126 : 1022;
  if (flushOn(f, env) && lead >= big) { env.fpsr |= FPSR_UFC; return zero(a.sign, f); }
  let { fraction, exp } = rawParts(x, f);
  if (exp === 0) {
    if (((fraction >> 51n) & 1n) === 0n) { exp = -1; fraction = (fraction << 2n) & MASK52; }
    else fraction = (fraction << 1n) & MASK52;
  }
  const scaled = 256 | Number(fraction >> 44n);
  let resultExp = (f.N === 16 ? 29 : f.N === 32 ? 253 : 2045) - exp;
  const est = recipEstimateInt(scaled);
  let frac = BigInt(est & 0xff) << 44n;
  if (resultExp === 0) frac = (1n << 51n) | (frac >> 1n);
  else if (resultExp === -1) { frac = (1n << 50n) | (frac >> 2n); resultExp = 0; }
  return (BigInt(a.sign) << BigInt(f.N - 1)) | (BigInt(resultExp) << BigInt(f.F)) | (frac >> BigInt(52 - f.F));
}

/** FPRSqrtEstimate (FRSQRTE). */
export function rsqrtEstimate(x: bigint, f: Fmt, env: FpEnv): bigint {
  const a = unpack(x, f, env);
  if (isNaNType(a.type)) return processNaN(a.type, x, f, env);
  if (a.type === T_ZERO) { env.fpsr |= FPSR_DZC; return infinity(a.sign, f); }
  if (a.sign === 1) { env.fpsr |= FPSR_IOC; return defaultNaN(f); }
  if (a.type === T_INF) return zero(0, f);
  let { fraction, exp } = rawParts(x, f);
  if (exp === 0) {
    while (((fraction >> 51n) & 1n) === 0n) { fraction = (fraction << 1n) & MASK52; exp -= 1; }
    fraction = (fraction << 1n) & MASK52;
  }
  const scaled = (exp & 1) === 0 ? 256 | Number(fraction >> 44n) : 128 | Number(fraction >> 45n);
  const resultExp = Math.floor(((f.N === 16 ? 44 : f.N === 32 ? 380 : 3068) - exp) / 2);
  const est = rsqrtEstimateInt(scaled);
  return (BigInt(resultExp) << BigInt(f.F)) | (BigInt(est & 0xff) << BigInt(f.F - 8));
}

/** FPRecpX (FRECPX): the exponent inverted, fraction cleared. */
export function recpX(x: bigint, f: Fmt, env: FpEnv): bigint {
  const a = unpack(x, f, env);
  if (isNaNType(a.type)) return processNaN(a.type, x, f, env);
  const exp = Number((x >> BigInt(f.F)) & BigInt(expMax(f)));
  const e = exp === 0 ? expMax(f) - 1 : ~exp & expMax(f);
  return (BigInt(a.sign) << BigInt(f.N - 1)) | (BigInt(e) << BigInt(f.F));
}

// --- Fast path ------------------------------------------------------------------------------------------------
// JavaScript numbers are IEEE binary64 with round-to-nearest-even, so under FPCR.RMode = RN and FZ = 0 a double
// add/sub/mul/div gives the architecture's result whenever no NaN is involved; single precision is the double
// result rounded once more by Math.fround (correct for +, -, *, / of binary32 operands). The only work left is
// the Inexact flag, decided exactly with TwoSum/TwoProduct error terms. Anything else (NaNs, overflow, results
// or operands near the subnormal range, other FPCR settings) returns undefined and takes the exact path above.

const SPLIT = 134217729; // 2^27 + 1
const BIG = 2 ** 500, SMALL = 2 ** -500;

/** The rounding error of the product a*b (a, b, a*b well inside the normal range): a*b - fl(a*b). */
function productError(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

const inRange = (x: number): boolean => { const m = Math.abs(x); return m > SMALL && m < BIG; };

/**
 * a op b (0 add, 1 sub, 2 mul, 3 div) for single (`single`) or double operands given as numbers, or undefined
 * when the exact path is needed. Sets FPSR.IXC.
 */
export function fastArith(op: number, a: number, b: number, single: boolean, env: FpEnv): number | undefined {
  if ((env.fpcr & (FPCR_FZ | (3 << 22))) !== 0) return undefined;
  let r: number;
  let inexact: boolean;
  if (op <= 1) {
    const y = op === 1 ? -b : b;
    r = a + y;
    if (r !== r) return undefined;
    if (r === Infinity || r === -Infinity) return isFinite(a) && isFinite(y) ? undefined : r; // overflow: exact path
    const bb = r - a;
    inexact = (a - (r - bb)) + (y - bb) !== 0;
  } else {
    if (!isFinite(a) || !isFinite(b) || a === 0 || b === 0) {
      if (op === 3 && (b === 0 || (!isFinite(a) && !isFinite(b)))) return undefined;
      r = op === 2 ? a * b : a / b;
      if (r !== r) return undefined;
      return r;
    }
    if (!inRange(a) || !inRange(b)) return undefined;
    if (op === 2) {
      r = a * b;
      inexact = productError(a, b, r) !== 0;
    } else {
      r = a / b;
      if (!inRange(r)) return undefined;
      inexact = r * b !== a || productError(r, b, r * b) !== 0;
    }
  }
  if (single) {
    const s = Math.fround(r);
    if (s === Infinity || s === -Infinity) return undefined;
    const m = Math.abs(s);
    if (m < 2 ** -126 && (s !== r || inexact)) return undefined;
    if (s !== r) inexact = true;
    r = s;
  } else if (r !== 0 && Math.abs(r) < 2 ** -1022) return undefined;
  if (inexact) env.fpsr |= FPSR_IXC;
  return r;
}
