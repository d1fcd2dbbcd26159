// Advanced SIMD copy/permute/table/modified-immediate semantics: DUP, INS, UMOV, SMOV, EXT, ZIP/UZP/TRN, TBL/TBX and
// MOVI/MVNI/ORR/BIC/FMOV (vector, immediate). Registers are bytes of Cpu.v (V0-V31, 16 bytes each, little-endian);
// a 64-bit (Q = 0) result zeroes bits 127:64 of the destination. Sources are read before the destination is written,
// so overlapping registers (zip1 v0.4s, v0.4s, v1.4s) behave as in the Arm ARM.

import type { Cpu } from '../cpu.js';
import { type Builder, type DecodeInput, fld, wz } from './common.js';

/** Element size (log2 bytes) of an imm5 field: its lowest set bit. */
function imm5Size(imm5: number): number {
  return imm5 & 1 ? 0 : imm5 & 2 ? 1 : imm5 & 4 ? 2 : 3;
}

/** Scratch for results built before they are written (sources may be the destination). */
const tmp = new Uint8Array(16);

function writeResult(c: Cpu, d: number, bytes: number): void {
  // Byte loops: subarray views allocate on every call.
  const v = c.v, base = d * 16;
  for (let i = 0; i < bytes; i++) v[base + i] = tmp[i]!;
  for (let i = bytes; i < 16; i++) v[base + i] = 0;
}

/** DUP (element): vector or scalar (scalar writes one element and zeroes the rest). */
function dupElement(scalar: boolean): Builder {
  return (d) => {
    const imm5 = fld(d, 'imm5'), size = imm5Size(imm5), esize = 1 << size;
    const from = fld(d, 'Rn') * 16 + (imm5 >> (size + 1)) * esize;
    const total = scalar ? esize : fld(d, 'Q') ? 16 : 8;
    const rd = fld(d, 'Rd');
    return (c) => {
      const v = c.v;
      for (let o = 0; o < total; o++) tmp[o] = v[from + (o & (esize - 1))]!;
      writeResult(c, rd, total);
      c.pc += 4;
    };
  };
}

/** Writes the low `esize` bytes of X[n] (31 = XZR) into tmp at `at`. */
function gprBytes(c: Cpu, n: number, esize: number, at: number): void {
  const lo = n === 31 ? 0 : c.x[2 * n]!, hi = n === 31 ? 0 : c.x[2 * n + 1]!;
  for (let i = 0; i < esize; i++) tmp[at + i] = (i < 4 ? lo >>> (8 * i) : hi >>> (8 * (i - 4))) & 0xff;
}

const dupGeneral: Builder = (d) => {
  const esize = 1 << imm5Size(fld(d, 'imm5'));
  const total = fld(d, 'Q') ? 16 : 8;
  const n = fld(d, 'Rn'), rd = fld(d, 'Rd');
  return (c) => {
    gprBytes(c, n, esize, 0);
    for (let o = esize; o < total; o++) tmp[o] = tmp[o - esize]!;
    writeResult(c, rd, total);
    c.pc += 4;
  };
};

const insGeneral: Builder = (d) => {
  const imm5 = fld(d, 'imm5'), size = imm5Size(imm5), esize = 1 << size;
  const at = fld(d, 'Rd') * 16 + (imm5 >> (size + 1)) * esize;
  const n = fld(d, 'Rn');
  return (c) => {
    gprBytes(c, n, esize, 0);
    const v = c.v;
    for (let i = 0; i < esize; i++) v[at + i] = tmp[i]!;
    c.pc += 4;
  };
};

const insElement: Builder = (d) => {
  const imm5 = fld(d, 'imm5'), size = imm5Size(imm5), esize = 1 << size;
  const to = fld(d, 'Rd') * 16 + (imm5 >> (size + 1)) * esize;
  const from = fld(d, 'Rn') * 16 + (fld(d, 'imm4') >> size) * esize;
  return (c) => {
    c.v.copyWithin(to, from, from + esize);
    c.pc += 4;
  };
};

/** UMOV/SMOV: element to W (Q = 0) or X (Q = 1), zero- or sign-extended. */
function moveToGeneral(signed: boolean): Builder {
  return (d) => {
    const imm5 = fld(d, 'imm5'), size = imm5Size(imm5);
    const from = fld(d, 'Rn') * 16 + (imm5 >> (size + 1)) * (1 << size);
    const x64 = fld(d, 'Q') === 1;
    const t = wz(fld(d, 'Rd'));
    return (c) => {
      const view = c.vView;
      let lo: number, hi = 0;
      switch (size) {
        case 0: lo = signed ? view.getInt8(from) : view.getUint8(from); break;
        case 1: lo = signed ? view.getInt16(from, true) : view.getUint16(from, true); break;
        case 2: lo = view.getInt32(from, true); break;
        default: lo = view.getInt32(from, true); hi = view.getInt32(from + 4, true);
      }
      if (size < 3 && x64) hi = signed ? lo >> 31 : 0;
      c.x[2 * t] = lo;
      c.x[2 * t + 1] = x64 ? hi : 0;
      c.pc += 4;
    };
  };
}

const ext: Builder = (d) => {
  const total = fld(d, 'Q') ? 16 : 8, pos = fld(d, 'imm4');
  const n = fld(d, 'Rn') * 16, m = fld(d, 'Rm') * 16, rd = fld(d, 'Rd');
  return (c) => {
    const v = c.v;
    for (let i = 0; i < total; i++) {
      const k = pos + i;
      tmp[i] = k < total ? v[n + k]! : v[m + k - total]!;
    }
    writeResult(c, rd, total);
    c.pc += 4;
  };
};

type PermuteKind = 'UZP1' | 'UZP2' | 'TRN1' | 'TRN2' | 'ZIP1' | 'ZIP2';

/** Source (0 = Vn, 1 = Vm) and element index of result element i. */
function permuteSource(kind: PermuteKind, i: number, elements: number): [number, number] {
  const half = elements / 2, p = i >> 1, odd = i & 1;
  switch (kind) {
    case 'UZP1': return 2 * i < elements ? [0, 2 * i] : [1, 2 * i - elements];
    case 'UZP2': return 2 * i + 1 < elements ? [0, 2 * i + 1] : [1, 2 * i + 1 - elements];
    case 'TRN1': return [odd, 2 * p];
    case 'TRN2': return [odd, 2 * p + 1];
    case 'ZIP1': return [odd, p];
    case 'ZIP2': return [odd, half + p];
  }
}

function permute(kind: PermuteKind): Builder {
  return (d) => {
    const esize = 1 << fld(d, 'size'), total = fld(d, 'Q') ? 16 : 8, elements = total / esize;
    const regs = [fld(d, 'Rn') * 16, fld(d, 'Rm') * 16];
    const rd = fld(d, 'Rd');
    // Byte offsets of each result element's source, computed once.
    const sources: number[] = [];
    for (let i = 0; i < elements; i++) {
      const [r, e] = permuteSource(kind, i, elements);
      sources.push(regs[r]! + e * esize);
    }
    return (c) => {
      const v = c.v;
      for (let i = 0; i < elements; i++) tmp.set(v.subarray(sources[i]!, sources[i]! + esize), i * esize);
      writeResult(c, rd, total);
      c.pc += 4;
    };
  };
}

function table(extension: boolean, regs: number): Builder {
  return (d) => {
    const total = fld(d, 'Q') ? 16 : 8;
    const n = fld(d, 'Rn'), m = fld(d, 'Rm') * 16, rd = fld(d, 'Rd');
    const limit = 16 * regs;
    return (c) => {
      const v = c.v;
      for (let i = 0; i < total; i++) {
        const index = v[m + i]!;
        if (index < limit) tmp[i] = v[((n + (index >> 4)) & 31) * 16 + (index & 15)]!;
        else tmp[i] = extension ? v[rd * 16 + i]! : 0;
      }
      writeResult(c, rd, total);
      c.pc += 4;
    };
  };
}

/** AdvSIMDExpandImm (plus the FP16 FMOV form): the 64-bit pattern as [lo, hi] 32-bit words. */
export function expandImmediate(op: number, cmode: number, imm8: number, half: boolean): [number, number] {
  const a = imm8 >> 7, b = (imm8 >> 6) & 1, cd = (imm8 >> 4) & 3, efgh = imm8 & 15;
  let w: number;
  switch (cmode >> 1) {
    case 0: w = imm8; break;
    case 1: w = imm8 << 8; break;
    case 2: w = imm8 << 16; break;
    case 3: w = imm8 << 24; break;
    case 4: w = (imm8 << 16) | imm8; break;
    case 5: w = (imm8 << 24) | (imm8 << 8); break;
    case 6: w = cmode & 1 ? (imm8 << 16) | 0xffff : (imm8 << 8) | 0xff; break;
    default:
      if ((cmode & 1) === 0 && op === 0) { w = imm8 * 0x01010101; break; }
      if ((cmode & 1) === 0) {
        let lo = 0, hi = 0;
        for (let i = 0; i < 4; i++) {
          if ((imm8 >> i) & 1) lo |= 0xff << (8 * i);
          if ((imm8 >> (i + 4)) & 1) hi |= 0xff << (8 * i);
        }
        return [lo | 0, hi | 0];
      }
      if (half) {
        const h = (a << 15) | ((b ^ 1) << 14) | ((b ? 3 : 0) << 12) | (cd << 10) | (efgh << 6);
        w = (h << 16) | h;
        break;
      }
      if (op === 0) { w = (a << 31) | ((b ^ 1) << 30) | ((b ? 0x1f : 0) << 25) | (cd << 23) | (efgh << 19); break; }
      return [0, (a << 31) | ((b ^ 1) << 30) | ((b ? 0xff : 0) << 22) | (cd << 20) | (efgh << 16)];
  }
  return [w | 0, w | 0];
}

type ImmediateOp = 'mov' | 'mvn' | 'orr' | 'bic';

function modifiedImmediate(kind: ImmediateOp, op: number, cmodeOf: (d: DecodeInput) => number, half = false): Builder {
  return (d) => {
    const imm8 = (fld(d, 'abc') << 5) | fld(d, 'defgh');
    let [lo, hi] = expandImmediate(op, cmodeOf(d), imm8, half);
    if (kind === 'mvn') { lo = ~lo; hi = ~hi; }
    const q = fld(d, 'Q', 0) === 1 || d.id === 'MOVI_2d' || d.id === 'FMOV_vimm_d';
    const base = fld(d, 'Rd') * 16;
    return (c) => {
      const view = c.vView;
      for (let k = 0; k < (q ? 2 : 1); k++) {
        const at = base + 8 * k;
        if (kind === 'orr') {
          view.setInt32(at, view.getInt32(at, true) | lo, true);
          view.setInt32(at + 4, view.getInt32(at + 4, true) | hi, true);
        } else if (kind === 'bic') {
          view.setInt32(at, view.getInt32(at, true) & ~lo, true);
          view.setInt32(at + 4, view.getInt32(at + 4, true) & ~hi, true);
        } else {
          view.setInt32(at, lo, true);
          view.setInt32(at + 4, hi, true);
        }
      }
      if (!q) c.v.fill(0, base + 8, base + 16);
      c.pc += 4;
    };
  };
}

const shifted32 = (low: number) => (d: DecodeInput) => (fld(d, 'sh') << 1) | low;
const shifted16 = (low: number) => (d: DecodeInput) => 0b1000 | (fld(d, 'sh') << 1) | low;
const msl = (d: DecodeInput) => 0b1100 | fld(d, 'sh');
const fixed = (cmode: number) => () => cmode;

/** Semantics of every form of emulator/isa/groups/simdPermute.ts. */
export const simdPermuteSemantics = {
  DUP_elem: dupElement(false),
  DUP_elem_scalar: dupElement(true),
  DUP_gen: dupGeneral,
  INS_gen: insGeneral,
  INS_elem: insElement,
  SMOV: moveToGeneral(true),
  UMOV: moveToGeneral(false),
  EXT: ext,
  UZP1: permute('UZP1'),
  UZP2: permute('UZP2'),
  TRN1: permute('TRN1'),
  TRN2: permute('TRN2'),
  ZIP1: permute('ZIP1'),
  ZIP2: permute('ZIP2'),
  TBL_1: table(false, 1), TBL_2: table(false, 2), TBL_3: table(false, 3), TBL_4: table(false, 4),
  TBX_1: table(true, 1), TBX_2: table(true, 2), TBX_3: table(true, 3), TBX_4: table(true, 4),
  MOVI_32: modifiedImmediate('mov', 0, shifted32(0)),
  ORR_vimm_32: modifiedImmediate('orr', 0, shifted32(1)),
  MOVI_16: modifiedImmediate('mov', 0, shifted16(0)),
  ORR_vimm_16: modifiedImmediate('orr', 0, shifted16(1)),
  MOVI_msl: modifiedImmediate('mov', 0, msl),
  MOVI_8: modifiedImmediate('mov', 0, fixed(0b1110)),
  FMOV_vimm_s: modifiedImmediate('mov', 0, fixed(0b1111)),
  FMOV_vimm_h: modifiedImmediate('mov', 0, fixed(0b1111), true),
  MVNI_32: modifiedImmediate('mvn', 1, shifted32(0)),
  BIC_vimm_32: modifiedImmediate('bic', 1, shifted32(1)),
  MVNI_16: modifiedImmediate('mvn', 1, shifted16(0)),
  BIC_vimm_16: modifiedImmediate('bic', 1, shifted16(1)),
  MVNI_msl: modifiedImmediate('mvn', 1, msl),
  MOVI_64_scalar: modifiedImmediate('mov', 1, fixed(0b1110)),
  MOVI_2d: modifiedImmediate('mov', 1, fixed(0b1110)),
  FMOV_vimm_d: modifiedImmediate('mov', 1, fixed(0b1111)),
} satisfies Record<string, Builder>;
