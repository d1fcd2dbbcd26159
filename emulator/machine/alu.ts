// 64-bit integer arithmetic on int32 halves for the executor (no BigInt on the hot path): shifts, rotates,
// extends, multiplication, bit counting, CRC32 and the bitfield masks. Two-word results are returned in the
// shared array R (R[0] low word, R[1] high word; read right after the call, the executor is single-threaded).
// Importers bind R and the functions to module-local constants once (`const { add64 } = alu`): under a CommonJS
// transform every `alu.x` access would otherwise be a getter call on the hot path.

export const R = new Int32Array(2);

export function setResult(lo: number, hi: number): void {
  R[0] = lo;
  R[1] = hi;
}

/** Logical shift left of a 64-bit value by 0..63. */
export function lsl64(lo: number, hi: number, n: number): void {
  n &= 63;
  if (n === 0) { R[0] = lo; R[1] = hi; }
  else if (n < 32) { R[1] = (hi << n) | (lo >>> (32 - n)); R[0] = lo << n; }
  else { R[1] = lo << (n - 32); R[0] = 0; }
}

export function lsr64(lo: number, hi: number, n: number): void {
  n &= 63;
  if (n === 0) { R[0] = lo; R[1] = hi; }
  else if (n < 32) { R[0] = (lo >>> n) | (hi << (32 - n)); R[1] = hi >>> n | 0; }
  else { R[0] = hi >>> (n - 32) | 0; R[1] = 0; }
}

export function asr64(lo: number, hi: number, n: number): void {
  n &= 63;
  if (n === 0) { R[0] = lo; R[1] = hi; }
  else if (n < 32) { R[0] = (lo >>> n) | (hi << (32 - n)); R[1] = hi >> n; }
  else { R[0] = hi >> (n - 32); R[1] = hi >> 31; }
}

export function ror64(lo: number, hi: number, n: number): void {
  n &= 63;
  if (n === 0) { R[0] = lo; R[1] = hi; }
  else if (n < 32) { R[0] = (lo >>> n) | (hi << (32 - n)); R[1] = (hi >>> n) | (lo << (32 - n)); }
  else if (n === 32) { R[0] = hi; R[1] = lo; }
  else { const m = n - 32; R[0] = (hi >>> m) | (lo << (32 - m)); R[1] = (lo >>> m) | (hi << (32 - m)); }
}

export function ror32(v: number, n: number): number {
  n &= 31;
  return n === 0 ? v | 0 : (v >>> n) | (v << (32 - n));
}

/** DecodeShift types: 0 LSL, 1 LSR, 2 ASR, 3 ROR; 64-bit. */
export function shift64(lo: number, hi: number, type: number, n: number): void {
  switch (type) {
    case 0: lsl64(lo, hi, n); break;
    case 1: lsr64(lo, hi, n); break;
    case 2: asr64(lo, hi, n); break;
    default: ror64(lo, hi, n);
  }
}

export function shift32(v: number, type: number, n: number): number {
  n &= 31;
  switch (type) {
    case 0: return v << n;
    case 1: return (v >>> n) | 0;
    case 2: return v >> n;
    default: return ror32(v, n);
  }
}

/** ExtendReg: option 0..7 = UXTB, UXTH, UXTW, UXTX, SXTB, SXTH, SXTW, SXTX, then LSL by 0..4. */
export function extend64(lo: number, hi: number, option: number, shift: number): void {
  let l = lo, h = hi;
  switch (option) {
    case 0: l = lo & 0xff; h = 0; break;
    case 1: l = lo & 0xffff; h = 0; break;
    case 2: h = 0; break;
    case 3: break;
    case 4: l = (lo << 24) >> 24; h = l >> 31; break;
    case 5: l = (lo << 16) >> 16; h = l >> 31; break;
    case 6: h = lo >> 31; break;
    default: break;
  }
  lsl64(l, h, shift);
}

/** Unsigned 32x32 -> 64 multiply into rl/rh. */
export function umul32(a: number, b: number): void {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  R[0] = ((mid << 16) | (p00 & 0xffff)) | 0;
  R[1] = (p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)) | 0;
}

/** Low 64 bits of a 64x64 product into rl/rh. */
export function mul64(al: number, ah: number, bl: number, bh: number): void {
  umul32(al, bl);
  R[1] = (R[1] + Math.imul(al, bh) + Math.imul(ah, bl)) | 0;
}

/** 64-bit add with carry-in into rl/rh. */
export function add64(al: number, ah: number, bl: number, bh: number, carry: number): void {
  const s = (al >>> 0) + (bl >>> 0) + carry;
  R[0] = s | 0;
  R[1] = (ah + bh + (s > 0xffffffff ? 1 : 0)) | 0;
}

export function toBigU(lo: number, hi: number): bigint {
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

export function toBigS(lo: number, hi: number): bigint {
  return (BigInt(hi | 0) << 32n) | BigInt(lo >>> 0);
}

export function fromBig(v: bigint): void {
  R[0] = Number(v & 0xffffffffn) | 0;
  R[1] = Number((v >> 32n) & 0xffffffffn) | 0;
}

/** UMULH / SMULH: the high 64 bits of the 128-bit product. */
export function mulHigh(al: number, ah: number, bl: number, bh: number, signed: boolean): void {
  const p = signed ? toBigS(al, ah) * toBigS(bl, bh) : toBigU(al, ah) * toBigU(bl, bh);
  fromBig(p >> 64n);
}

/** UDIV/SDIV 64-bit; division by zero gives 0; INT64_MIN / -1 gives INT64_MIN. */
export function div64(al: number, ah: number, bl: number, bh: number, signed: boolean): void {
  if ((bl | bh) === 0) { R[0] = 0; R[1] = 0; return; }
  if (!signed && ah === 0 && bh === 0) {
    R[0] = Math.floor((al >>> 0) / (bl >>> 0)) | 0;
    R[1] = 0;
    return;
  }
  const a = signed ? toBigS(al, ah) : toBigU(al, ah);
  const b = signed ? toBigS(bl, bh) : toBigU(bl, bh);
  fromBig(a / b); // BigInt division truncates toward zero, as the Arm ARM's RoundTowardsZero.
}

export function div32(a: number, b: number, signed: boolean): number {
  if (b === 0) return 0;
  if (signed) {
    if (a === -2147483648 && b === -1) return a;
    return (a / b) | 0; // `| 0` truncates toward zero.
  }
  return Math.floor((a >>> 0) / (b >>> 0)) | 0;
}

export function clz64(lo: number, hi: number): number {
  return hi !== 0 ? Math.clz32(hi) : 32 + Math.clz32(lo);
}

/** CLS: leading bits equal to the sign bit, not counting the sign bit. */
export function cls64(lo: number, hi: number): number {
  const s = hi >> 31;
  return clz64(lo ^ s, hi ^ s) - 1;
}

export function cls32(v: number): number {
  return Math.clz32(v ^ (v >> 31)) - 1;
}

export function rbit32(v: number): number {
  v = ((v >>> 1) & 0x55555555) | ((v & 0x55555555) << 1);
  v = ((v >>> 2) & 0x33333333) | ((v & 0x33333333) << 2);
  v = ((v >>> 4) & 0x0f0f0f0f) | ((v & 0x0f0f0f0f) << 4);
  v = ((v >>> 8) & 0x00ff00ff) | ((v & 0x00ff00ff) << 8);
  return ((v >>> 16) | (v << 16)) | 0;
}

export function rev32(v: number): number {
  return ((v >>> 24) | ((v >>> 8) & 0xff00) | ((v << 8) & 0xff0000) | (v << 24)) | 0;
}

export function rev16(v: number): number {
  return (((v >>> 8) & 0x00ff00ff) | ((v << 8) & 0xff00ff00)) | 0;
}

function crcTable(poly: number): Uint32Array {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ poly : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
}
const CRC32_TABLE = crcTable(0xedb88320);
const CRC32C_TABLE = crcTable(0x82f63b78);

/** CRC32{B,H,W,X} / CRC32C*: reflected CRC of `bytes` bytes of (lo, hi) onto acc, no inversion (as the Arm ARM). */
export function crc32(acc: number, lo: number, hi: number, bytes: number, castagnoli: boolean): number {
  const t = castagnoli ? CRC32C_TABLE : CRC32_TABLE;
  let c = acc >>> 0;
  for (let i = 0; i < bytes; i++) {
    const b = i < 4 ? (lo >>> (8 * i)) & 0xff : (hi >>> (8 * (i - 4))) & 0xff;
    c = (t[(c ^ b) & 0xff]! ^ (c >>> 8)) >>> 0;
  }
  return c | 0;
}

/** DecodeBitMasks(N, imms, immr, immediate) for datasize 32/64: wmask and tmask as bigint, or undefined. */
export function decodeBitMasks(n: number, imms: number, immr: number, immediate: boolean, datasize: number): { wmask: bigint; tmask: bigint } | undefined {
  const combined = (n << 6) | (~imms & 0x3f);
  if (combined === 0) return undefined;
  const len = 31 - Math.clz32(combined);
  if (len < 1) return undefined;
  const levels = (1 << len) - 1;
  if (immediate && (imms & levels) === levels) return undefined;
  const s = imms & levels;
  const r = immr & levels;
  const diff = (s - r) & levels;
  const esize = 1 << len;
  if (esize > datasize) return undefined;
  const emask = (1n << BigInt(esize)) - 1n;
  const welem = (1n << BigInt(s + 1)) - 1n;
  const telem = (1n << BigInt(diff + 1)) - 1n;
  const rotated = r === 0 ? welem : ((welem >> BigInt(r)) | (welem << BigInt(esize - r))) & emask;
  let wmask = 0n;
  let tmask = 0n;
  for (let i = 0; i < datasize; i += esize) {
    wmask |= rotated << BigInt(i);
    tmask |= telem << BigInt(i);
  }
  return { wmask, tmask };
}

/** Register value as a branch target: TBI drops the top byte (sign-extending from bit 55). */
export function branchTarget(lo: number, hi: number): number {
  const h = hi & 0xffffff;
  if ((h & 0x800000) !== 0) {
    // Upper-half address: never mapped for EL0; keep it recognisably invalid so the fetch faults.
    return 2 ** 64 - 2 ** 56 + (h * 4294967296 + (lo >>> 0));
  }
  return h * 4294967296 + (lo >>> 0);
}
