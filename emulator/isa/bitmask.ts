// Logical (bitmask) immediates: the N:immr:imms encoding of a rotated, replicated run of ones (Arm ARM
// DecodeBitMasks), in both directions.

const MASK64 = (1n << 64n) - 1n;

/** Decodes N:immr:imms for a 32- or 64-bit operation; undefined when the encoding is reserved. */
export function decodeBitmask(n: number, immr: number, imms: number, is64: boolean): bigint | undefined {
  const combined = (n << 6) | (~imms & 0x3f);
  if (combined === 0) return undefined;
  const len = 31 - Math.clz32(combined);
  if (len < 1) return undefined;
  if (!is64 && n === 1) return undefined;
  const esize = 1 << len;
  const levels = esize - 1;
  const s = imms & levels;
  const r = immr & levels;
  if (s === levels) return undefined;
  const ones = (1n << BigInt(s + 1)) - 1n;
  const emask = esize === 64 ? MASK64 : (1n << BigInt(esize)) - 1n;
  const rotated = r === 0 ? ones : ((ones >> BigInt(r)) | (ones << BigInt(esize - r))) & emask;
  let value = 0n;
  const size = is64 ? 64 : 32;
  for (let i = 0; i < size; i += esize) value |= rotated << BigInt(i);
  return value & (is64 ? MASK64 : 0xffffffffn);
}

export interface BitmaskFields {
  readonly N: number;
  readonly immr: number;
  readonly imms: number;
}

/** Encodes a value as a logical immediate for a 32- or 64-bit operation; undefined when impossible. */
export function encodeBitmask(value: bigint, is64: boolean): BitmaskFields | undefined {
  const lo = Number(value & 0xffffffffn) >>> 0;
  const hi = is64 ? Number((value >> 32n) & 0xffffffffn) >>> 0 : lo;
  if (hi !== lo) return encodeElement64(value & MASK64);
  // The value repeats with a period of at most 32 bits: work on 32-bit numbers (no BigInt in the common case).
  if (lo === 0 || lo === 0xffffffff) return undefined;
  let esize = 32;
  while (esize > 2) {
    const half = esize / 2;
    const hmask = (1 << half) - 1;
    if ((lo & hmask) !== ((lo >>> half) & hmask)) break;
    esize = half;
  }
  const emask = esize === 32 ? 0xffffffff : (1 << esize) - 1;
  const elem = (lo & emask) >>> 0;
  const ones = popcount32(elem);
  const run = 2 ** ones - 1;
  for (let r = 0; r < esize; r++) {
    const rotated = r === 0 ? run : (((run >>> r) | (run << (esize - r))) & emask) >>> 0;
    if (rotated === elem) return { N: 0, immr: r, imms: (((~(esize - 1) << 1) & 0x3f) | (ones - 1)) & 0x3f };
  }
  return undefined;
}

/** A 64-bit element (the two halves differ): the rotation search in BigInt. */
function encodeElement64(elem: bigint): BitmaskFields | undefined {
  const ones = popcount(elem);
  if (ones === 0 || ones === 64) return undefined;
  const run = (1n << BigInt(ones)) - 1n;
  for (let r = 0; r < 64; r++) {
    const rotated = r === 0 ? run : ((run >> BigInt(r)) | (run << BigInt(64 - r))) & MASK64;
    if (rotated === elem) return { N: 1, immr: r, imms: ones - 1 };
  }
  return undefined;
}

function popcount32(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function popcount(v: bigint): number {
  let n = 0;
  while (v !== 0n) { v &= v - 1n; n++; }
  return n;
}
