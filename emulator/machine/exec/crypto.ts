// Semantics of the cryptographic extensions (emulator/isa/groups/simdAes.ts, simdSha.ts, simdSha3.ts): AES rounds
// and column mixing, SHA1/SHA256 hash and schedule updates on 32-bit words, SHA512 updates on 64-bit words, and the
// SHA3 helpers EOR3/BCAX/RAX1/XAR, the SM3 hash steps and the SM4 rounds, following the Arm ARM's pseudocode (the AES S-box is computed from its
// definition: multiplicative inverse in GF(2^8) followed by the affine map). Results replace the whole 128-bit
// register (SHA1H's S result zero-extends). No form faults or touches FPSR: each op ends at the next instruction.

import type { Cpu } from '../cpu.js';
import type { Builder } from './common.js';
import type { SimdAesFormId } from '../../isa/groups/simdAes.js';
import type { SimdShaFormId } from '../../isa/groups/simdSha.js';
import type { SimdSha3FormId } from '../../isa/groups/simdSha3.js';

// ---- AES -----------------------------------------------------------------------------------------------------

/** Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x + 1. */
function gmul(a: number, b: number): number {
  let r = 0;
  for (; b; b >>= 1) {
    if (b & 1) r ^= a;
    a = ((a << 1) ^ (a & 0x80 ? 0x11b : 0)) & 0xff;
  }
  return r;
}

const SBOX = new Uint8Array(256);
const INV_SBOX = new Uint8Array(256);
for (let x = 0; x < 256; x++) {
  let inv = 0;
  if (x) for (let y = 1; y < 256; y++) if (gmul(x, y) === 1) { inv = y; break; }
  const rotl = (v: number, n: number): number => ((v << n) | (v >> (8 - n))) & 0xff;
  const s = inv ^ rotl(inv, 1) ^ rotl(inv, 2) ^ rotl(inv, 3) ^ rotl(inv, 4) ^ 0x63;
  SBOX[x] = s;
  INV_SBOX[s] = x;
}

/** Byte i of the state is row i % 4 of column i / 4; row r moves left (encrypt) or right (decrypt) by r columns. */
function shiftRows(s: Uint8Array, inverse: boolean): Uint8Array {
  const out = new Uint8Array(16);
  for (let c = 0; c < 4; c++) for (let r = 0; r < 4; r++) out[r + 4 * c] = s[r + 4 * ((inverse ? c - r + 4 : c + r) % 4)]!;
  return out;
}

function mixColumns(s: Uint8Array, inverse: boolean): Uint8Array {
  const m = inverse ? [14, 11, 13, 9] : [2, 3, 1, 1];
  const out = new Uint8Array(16);
  for (let c = 0; c < 4; c++) {
    for (let r = 0; r < 4; r++) {
      let v = 0;
      for (let k = 0; k < 4; k++) v ^= gmul(s[4 * c + k]!, m[(k - r + 4) % 4]!);
      out[4 * c + r] = v;
    }
  }
  return out;
}

const reg = (c: Cpu, n: number): Uint8Array => c.v.slice(n * 16, n * 16 + 16);

function aesRound(decrypt: boolean): Builder {
  return (d) => {
    const Rd = d.word & 31, Rn = (d.word >>> 5) & 31;
    return (c) => {
      const x = reg(c, Rd), k = reg(c, Rn);
      for (let i = 0; i < 16; i++) x[i] = x[i]! ^ k[i]!;
      const shifted = shiftRows(x, decrypt), box = decrypt ? INV_SBOX : SBOX;
      for (let i = 0; i < 16; i++) c.v[Rd * 16 + i] = box[shifted[i]!]!;
      c.pc += 4;
    };
  };
}

function aesMix(inverse: boolean): Builder {
  return (d) => {
    const Rd = d.word & 31, Rn = (d.word >>> 5) & 31;
    return (c) => {
      c.v.set(mixColumns(reg(c, Rn), inverse), Rd * 16);
      c.pc += 4;
    };
  };
}

export const aesSemantics: Record<SimdAesFormId, Builder> = {
  AESE: aesRound(false), AESD: aesRound(true), AESMC: aesMix(false), AESIMC: aesMix(true),
};

// ---- SHA1 and SHA256 (32-bit words, word 0 = bits 31:0) -------------------------------------------------------

type W4 = [number, number, number, number];
const words = (c: Cpu, n: number): W4 => [0, 1, 2, 3].map((i) => c.vView.getUint32(n * 16 + 4 * i, true)) as W4;
function setWords(c: Cpu, n: number, w: readonly number[]): void {
  c.v.fill(0, n * 16, n * 16 + 16);
  w.forEach((x, i) => c.vView.setUint32(n * 16 + 4 * i, x >>> 0, true));
}
const rol = (x: number, n: number): number => ((x << n) | (x >>> (32 - n))) >>> 0;
const ror = (x: number, n: number): number => ((x >>> n) | (x << (32 - n))) >>> 0;
const choose = (x: number, y: number, z: number): number => (((y ^ z) & x) ^ z) >>> 0;
const parity = (x: number, y: number, z: number): number => (x ^ y ^ z) >>> 0;
const majority = (x: number, y: number, z: number): number => ((x & y) | ((x | y) & z)) >>> 0;

/** Three-register forms: Rd, Rn, Rm of the word, run by `op` with the pc advanced after. */
function three(op: (c: Cpu, Rd: number, Rn: number, Rm: number) => void): Builder {
  return (d) => {
    const w = d.word, Rd = w & 31, Rn = (w >>> 5) & 31, Rm = (w >>> 16) & 31;
    return (c) => { op(c, Rd, Rn, Rm); c.pc += 4; };
  };
}

function sha1Hash(f: (x: number, y: number, z: number) => number): Builder {
  return three((c, Rd, Rn, Rm) => {
    let [x0, x1, x2, x3] = words(c, Rd);
    let y = c.vView.getUint32(Rn * 16, true);
    const w = words(c, Rm);
    for (let e = 0; e < 4; e++) {
      y = (y + rol(x0, 5) + f(x1, x2, x3) + w[e]!) >>> 0;
      x1 = rol(x1, 30);
      [y, x0, x1, x2, x3] = [x3, y, x0, x1, x2];
    }
    setWords(c, Rd, [x0, x1, x2, x3]);
  });
}

const sigma0 = (x: number): number => (ror(x, 2) ^ ror(x, 13) ^ ror(x, 22)) >>> 0;
const sigma1 = (x: number): number => (ror(x, 6) ^ ror(x, 11) ^ ror(x, 25)) >>> 0;

/** SHA256hash(X, Y, W, part1) of the Arm ARM: four rounds; part 1 returns X (ABCD), part 2 Y (EFGH). */
function sha256Hash(xIn: W4, yIn: W4, w: W4, part1: boolean): W4 {
  let x = [...xIn] as W4, y = [...yIn] as W4;
  for (let e = 0; e < 4; e++) {
    const t = (y[3] + sigma1(y[0]) + choose(y[0], y[1], y[2]) + w[e]!) >>> 0;
    const newX3 = (t + x[3]) >>> 0;
    const newY3 = (t + sigma0(x[0]) + majority(x[0], x[1], x[2])) >>> 0;
    x = [newY3, x[0], x[1], x[2]];
    y = [newX3, y[0], y[1], y[2]];
  }
  return part1 ? x : y;
}

const sha1su0 = three((c, Rd, Rn, Rm) => {
  const a = words(c, Rd), b = words(c, Rn), m = words(c, Rm);
  const t = [a[2], a[3], b[0], b[1]];
  setWords(c, Rd, t.map((x, i) => x ^ a[i]! ^ m[i]!));
});

const sha256su1 = three((c, Rd, Rn, Rm) => {
  const a = words(c, Rd), b = words(c, Rn), m = words(c, Rm);
  const t0 = [b[1], b[2], b[3], m[0]];
  const s1 = (x: number): number => (ror(x, 17) ^ ror(x, 19) ^ (x >>> 10)) >>> 0;
  const r = [0, 0, 0, 0];
  r[0] = (s1(m[2]) + a[0] + t0[0]!) >>> 0;
  r[1] = (s1(m[3]) + a[1] + t0[1]!) >>> 0;
  r[2] = (s1(r[0]) + a[2] + t0[2]!) >>> 0;
  r[3] = (s1(r[1]) + a[3] + t0[3]!) >>> 0;
  setWords(c, Rd, r);
});

const sha1h = three((c, Rd, Rn) => setWords(c, Rd, [rol(c.vView.getUint32(Rn * 16, true), 30)]));

const sha1su1 = three((c, Rd, Rn) => {
  const x = words(c, Rd), y = words(c, Rn);
  const t = [x[0] ^ y[1], x[1] ^ y[2], x[2] ^ y[3], x[3]];
  setWords(c, Rd, [rol(t[0]!, 1), rol(t[1]!, 1), rol(t[2]!, 1), (rol(t[3]!, 1) ^ rol(t[0]!, 2)) >>> 0]);
});

const sha256su0 = three((c, Rd, Rn) => {
  const a = words(c, Rd), b = words(c, Rn);
  const t = [a[1], a[2], a[3], b[0]];
  setWords(c, Rd, t.map((x, i) => ((ror(x, 7) ^ ror(x, 18) ^ (x >>> 3)) + a[i]!) >>> 0));
});

export const shaSemantics: Record<SimdShaFormId, Builder> = {
  SHA1C: sha1Hash(choose), SHA1P: sha1Hash(parity), SHA1M: sha1Hash(majority), SHA1SU0: sha1su0,
  SHA256H: three((c, Rd, Rn, Rm) => setWords(c, Rd, sha256Hash(words(c, Rd), words(c, Rn), words(c, Rm), true))),
  SHA256H2: three((c, Rd, Rn, Rm) => setWords(c, Rd, sha256Hash(words(c, Rn), words(c, Rd), words(c, Rm), false))),
  SHA256SU1: sha256su1, SHA1H: sha1h, SHA1SU1: sha1su1, SHA256SU0: sha256su0,
};

// ---- SHA512 and SHA3 (64-bit lanes: [low, high]) ---------------------------------------------------------------

const M64 = (1n << 64n) - 1n;
const dwords = (c: Cpu, n: number): [bigint, bigint] => [c.vView.getBigUint64(n * 16, true), c.vView.getBigUint64(n * 16 + 8, true)];
function setDwords(c: Cpu, n: number, lo: bigint, hi: bigint): void {
  c.vView.setBigUint64(n * 16, lo & M64, true);
  c.vView.setBigUint64(n * 16 + 8, hi & M64, true);
}
const ror64 = (x: bigint, n: bigint): bigint => ((x >> n) | (x << (64n - n))) & M64;
const rol64 = (x: bigint, n: bigint): bigint => ror64(x, (64n - n) % 64n);
const not64 = (x: bigint): bigint => x ^ M64;

const sha512h = three((c, Rd, Rn, Rm) => {
  const [x0, x1] = dwords(c, Rn), [y0, y1] = dwords(c, Rm), [w0, w1] = dwords(c, Rd);
  const s1 = (x: bigint): bigint => ror64(x, 14n) ^ ror64(x, 18n) ^ ror64(x, 41n);
  const hi = (((y1 & x0) ^ (not64(y1) & x1)) + s1(y1) + w1) & M64;
  const tmp = (hi + y0) & M64;
  const lo = (((tmp & y1) ^ (not64(tmp) & x0)) + s1(tmp) + w0) & M64;
  setDwords(c, Rd, lo, hi);
});

const sha512h2 = three((c, Rd, Rn, Rm) => {
  const [x0] = dwords(c, Rn), [y0, y1] = dwords(c, Rm), [w0, w1] = dwords(c, Rd);
  const s0 = (x: bigint): bigint => ror64(x, 28n) ^ ror64(x, 34n) ^ ror64(x, 39n);
  const hi = (((x0 & y1) ^ (x0 & y0) ^ (y1 & y0)) + s0(y0) + w1) & M64;
  const lo = (((hi & y0) ^ (hi & y1) ^ (y1 & y0)) + s0(hi) + w0) & M64;
  setDwords(c, Rd, lo, hi);
});

const sha512su0 = three((c, Rd, Rn) => {
  const [w0, w1] = dwords(c, Rd), [x0] = dwords(c, Rn);
  const s0 = (x: bigint): bigint => ror64(x, 1n) ^ ror64(x, 8n) ^ (x >> 7n);
  setDwords(c, Rd, w0 + s0(w1), w1 + s0(x0));
});

const sha512su1 = three((c, Rd, Rn, Rm) => {
  const [w0, w1] = dwords(c, Rd), [x0, x1] = dwords(c, Rn), [y0, y1] = dwords(c, Rm);
  const s1 = (x: bigint): bigint => ror64(x, 19n) ^ ror64(x, 61n) ^ (x >> 6n);
  setDwords(c, Rd, w0 + s1(x0) + y0, w1 + s1(x1) + y1);
});

/** Lane-wise 64-bit operation on Vn, Vm and (EOR3/BCAX) Va. */
function lanes(op: (n: bigint, m: bigint, a: bigint, imm6: bigint) => bigint): Builder {
  return (d) => {
    const w = d.word, Rd = w & 31, Rn = (w >>> 5) & 31, Rm = (w >>> 16) & 31, Ra = (w >>> 10) & 31;
    const imm6 = BigInt((w >>> 10) & 63);
    return (c) => {
      const n = dwords(c, Rn), m = dwords(c, Rm), a = dwords(c, Ra);
      setDwords(c, Rd, op(n[0], m[0], a[0], imm6), op(n[1], m[1], a[1], imm6));
      c.pc += 4;
    };
  };
}

// ---- SM3 and SM4 (32-bit words, word 3 = bits 127:96) --------------------------------------------------------

const sm3ss1: Builder = (d) => {
  const w = d.word, Rd = w & 31, Rn = (w >>> 5) & 31, Rm = (w >>> 16) & 31, Ra = (w >>> 10) & 31;
  return (c) => {
    const top = rol((rol(words(c, Rn)[3], 12) + words(c, Rm)[3] + words(c, Ra)[3]) >>> 0, 7);
    setWords(c, Rd, [0, 0, 0, top]);
    c.pc += 4;
  };
};

/** SM3TT1A/1B (tt2 false) and SM3TT2A/2B: one compression step on Vd with the word Vm.s[imm2]. */
function sm3tt(tt2: boolean, boolB: boolean): Builder {
  return (d) => {
    const w = d.word, Rd = w & 31, Rn = (w >>> 5) & 31, Rm = (w >>> 16) & 31, index = (w >>> 12) & 3;
    return (c) => {
      const [d0, d1, d2, d3] = words(c, Rd);
      const n3 = words(c, Rn)[3], wj = words(c, Rm)[index]!;
      let t: number;
      if (!tt2) {
        const fn = boolB ? ((d3 & d1) | (d3 & d2) | (d1 & d2)) >>> 0 : (d1 ^ d3 ^ d2) >>> 0;
        t = (fn + d0 + (n3 ^ rol(d3, 12)) + wj) >>> 0;
      } else {
        const fn = boolB ? ((d3 & d2) | (~d3 & d1)) >>> 0 : (d1 ^ d3 ^ d2) >>> 0;
        const t2 = (fn + d0 + n3 + wj) >>> 0;
        t = (t2 ^ rol(t2, 9) ^ rol(t2, 17)) >>> 0;
      }
      setWords(c, Rd, [d1, rol(d2, tt2 ? 19 : 9), d3, t]);
      c.pc += 4;
    };
  };
}

const sm3partw1 = three((c, Rd, Rn, Rm) => {
  const vd = words(c, Rd), vn = words(c, Rn), vm = words(c, Rm);
  const r = [0, 1, 2].map((i) => (vd[i]! ^ vn[i]! ^ rol(vm[i + 1]!, 15)) >>> 0);
  const p1 = (x: number): number => (x ^ rol(x, 15) ^ rol(x, 23)) >>> 0;
  r[0] = p1(r[0]!); r[1] = p1(r[1]!); r[2] = p1(r[2]!);
  r[3] = p1((vd[3] ^ vn[3] ^ rol(r[0]!, 15)) >>> 0);
  setWords(c, Rd, r);
});

const sm3partw2 = three((c, Rd, Rn, Rm) => {
  const vd = words(c, Rd), vn = words(c, Rn), vm = words(c, Rm);
  const tmp = vn.map((x, i) => (x ^ rol(vm[i]!, 7)) >>> 0);
  const r = vd.map((x, i) => (x ^ tmp[i]!) >>> 0);
  let t2 = rol(tmp[0]!, 15);
  t2 = (t2 ^ rol(t2, 15) ^ rol(t2, 23)) >>> 0;
  r[3] = (r[3]! ^ t2) >>> 0;
  setWords(c, Rd, r);
});

/**
 * The SM4 S-box, computed from its algebraic definition (GB/T 32907): the affine map A(x) = M x + 0xd3 (M the
 * circulant matrix of 0xa7) around the multiplicative inverse in GF(2^8) modulo x^8+x^7+x^6+x^5+x^4+x^2+1.
 */
const SM4_SBOX = (() => {
  const mul = (a: number, b: number): number => {
    let r = 0;
    for (; b; b >>= 1) { if (b & 1) r ^= a; a <<= 1; if (a & 0x100) a ^= 0x1f5; }
    return r;
  };
  const affine = (x: number): number => {
    let r = 0;
    for (let i = 0; i < 8; i++) {
      let b = x & (((0xa7 << i) | (0xa7 >>> (8 - i))) & 0xff);
      b ^= b >> 4; b ^= b >> 2; b ^= b >> 1;
      r |= (b & 1) << i;
    }
    return r ^ 0xd3;
  };
  const inverse = new Uint8Array(256);
  for (let x = 1; x < 256; x++) for (let y = 1; y < 256; y++) if (mul(x, y) === 1) { inverse[x] = y; break; }
  const box = new Uint8Array(256);
  for (let x = 0; x < 256; x++) box[x] = affine(inverse[affine(x)]!);
  return box;
})();

const sm4Tau = (x: number): number =>
  ((SM4_SBOX[x >>> 24]! << 24) | (SM4_SBOX[(x >>> 16) & 255]! << 16) | (SM4_SBOX[(x >>> 8) & 255]! << 8) | SM4_SBOX[x & 255]!) >>> 0;

/** Four SM4 rounds on `state` with the four words of `keys`; `linear` is L (encryption) or L' (key schedule). */
function sm4Rounds(state: W4, keys: W4, linear: (x: number) => number): W4 {
  let r = [...state] as W4;
  for (let i = 0; i < 4; i++) {
    const t = sm4Tau((r[3] ^ r[2] ^ r[1] ^ keys[i]!) >>> 0);
    r = [r[1], r[2], r[3], (linear(t) ^ r[0]) >>> 0];
  }
  return r;
}

const sm4e = three((c, Rd, Rn) => setWords(c, Rd, sm4Rounds(words(c, Rd), words(c, Rn),
  (x) => (x ^ rol(x, 2) ^ rol(x, 10) ^ rol(x, 18) ^ rol(x, 24)) >>> 0)));
const sm4ekey = three((c, Rd, Rn, Rm) => setWords(c, Rd, sm4Rounds(words(c, Rn), words(c, Rm),
  (x) => (x ^ rol(x, 13) ^ rol(x, 23)) >>> 0)));

export const sha3Semantics: Record<SimdSha3FormId, Builder> = {
  SHA512H: sha512h, SHA512H2: sha512h2, SHA512SU1: sha512su1, SHA512SU0: sha512su0,
  RAX1: lanes((n, m) => n ^ rol64(m, 1n)),
  EOR3: lanes((n, m, a) => n ^ m ^ a),
  BCAX: lanes((n, m, a) => n ^ (m & not64(a))),
  XAR: lanes((n, m, _a, imm6) => ror64(n ^ m, imm6)),
  SM3SS1: sm3ss1, SM3TT1A: sm3tt(false, false), SM3TT1B: sm3tt(false, true), SM3TT2A: sm3tt(true, false), SM3TT2B: sm3tt(true, true),
  SM3PARTW1: sm3partw1, SM3PARTW2: sm3partw2, SM4EKEY: sm4ekey, SM4E: sm4e,
};

export const cryptoSemantics = { ...aesSemantics, ...shaSemantics, ...sha3Semantics };
