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
  const size = is64 ? 64 : 32;
  const full = is64 ? MASK64 : 0xffffffffn;
  value &= full;
  if (value === 0n || value === full) return undefined;
  // Find the smallest element size whose replication gives the value.
  let esize = size;
  while (esize > 2) {
    const half = esize / 2;
    const hmask = (1n << BigInt(half)) - 1n;
    if ((value & hmask) !== ((value >> BigInt(half)) & hmask)) break;
    esize = half;
  }
  const emask = esize === 64 ? MASK64 : (1n << BigInt(esize)) - 1n;
  const elem = value & emask;
  // The element must be a rotated run of ones: find the rotation that makes it 0...01...1.
  const ones = popcount(elem);
  const run = (1n << BigInt(ones)) - 1n;
  for (let r = 0; r < esize; r++) {
    // Rotating run right by r must give elem.
    const rotated = r === 0 ? run : ((run >> BigInt(r)) | (run << BigInt(esize - r))) & emask;
    if (rotated === elem) {
      const imms = ((~(esize - 1) << 1) & 0x3f) | (ones - 1);
      return { N: esize === 64 ? 1 : 0, immr: r, imms: imms & 0x3f };
    }
  }
  return undefined;
}

function popcount(v: bigint): number {
  let n = 0;
  while (v !== 0n) { v &= v - 1n; n++; }
  return n;
}
