// SIMD&FP load/store semantics: LDR/STR/LDUR/STUR of B/H/S/D/Q registers (all addressing modes, literal), pairs of
// S/D/Q registers, and the structure loads/stores LD1-LD4/ST1-ST4 (multiple structures, one lane, replicate).
// Every access is one contiguous block of memory (at most 64 bytes) checked as a whole through Cpu.load/store or
// Cpu.slowAccess: translation, permissions and the MTE tag of every granule it touches are checked before any byte
// or register changes, so a faulting instruction has no effect (registers, memory and write-back unchanged).
// Tag checking follows the integer rule (Arm ARM: tagchecked = wback || n != 31). Pairs take Cpu.fastPage when the
// page is in the TLB and every tag matches; anything else goes the exact way above.

import type { Cpu } from '../cpu.js';
import * as aluModule from '../alu.js';
import { type Builder, type DecodeInput, fld, rsp, signExtend } from './common.js';
import { addressPlan, effectiveAddress, writeBack, type AddressMode } from './loadStore.js';
import { isTagCheckedAccess } from '../mteTags.js';
const { R } = aluModule;

/** log2 of the access size of a single-register form: opc1 selects Q when size = 00. */
function singleLog2(d: DecodeInput): number {
  return fld(d, 'opc1') ? 4 : fld(d, 'size');
}

/** Copies `bytes` loaded bytes from the Cpu scratch buffer (offset `from`) into V[t], zeroing the rest. */
function scratchToV(c: Cpu, t: number, from: number, bytes: number): void {
  const v = c.v, base = t * 16, s = c.scratch;
  for (let i = 0; i < bytes; i++) v[base + i] = s[from + i]!;
  for (let i = bytes; i < 16; i++) v[base + i] = 0;
}

/** Writes ldLo/ldHi (zero-extended by Cpu.load; ld2Lo/ld2Hi too for 16 bytes) into V[t], zeroing the rest. */
function loadedToV(c: Cpu, t: number, bytes: number): void {
  const view = c.vView, base = t * 16;
  view.setInt32(base, c.ldLo, true);
  view.setInt32(base + 4, c.ldHi, true);
  if (bytes === 16) {
    view.setInt32(base + 8, c.ld2Lo, true);
    view.setInt32(base + 12, c.ld2Hi, true);
  } else {
    view.setInt32(base + 8, 0, true);
    view.setInt32(base + 12, 0, true);
  }
}

/** LDR/LDUR (SIMD&FP register) in an integer-style addressing mode. */
export function loadSingle(mode: AddressMode, immField: string): Builder {
  return (d) => {
    const log2 = singleLog2(d);
    const bytes = 1 << log2;
    const p = addressPlan(d, mode, bytes, immField);
    const t = fld(d, 'Rt');
    return (c) => {
      effectiveAddress(c, p);
      if (bytes === 16 ? !c.load16(R[0], R[1], p.checked) : !c.load(R[0], R[1], bytes, p.checked)) return;
      writeBack(c, p);
      loadedToV(c, t, bytes);
      c.pc += 4;
    };
  };
}

/** STR/STUR (SIMD&FP register). */
export function storeSingle(mode: AddressMode, immField: string): Builder {
  return (d) => {
    const log2 = singleLog2(d);
    const bytes = 1 << log2;
    const p = addressPlan(d, mode, bytes, immField);
    const t = fld(d, 'Rt');
    return (c) => {
      const view = c.vView, base = t * 16;
      const a = view.getInt32(base, true), b = view.getInt32(base + 4, true);
      effectiveAddress(c, p);
      if (bytes === 16) {
        if (!c.store16(R[0], R[1], p.checked, a, b, view.getInt32(base + 8, true), view.getInt32(base + 12, true))) return;
      } else if (!c.store(R[0], R[1], bytes, p.checked, a, b)) return;
      writeBack(c, p);
      c.pc += 4;
    };
  };
}

/** LDR (literal) of S/D/Q: PC-relative, never tag checked. */
export const loadLiteral: Builder = (d) => {
  const bytes = 4 << fld(d, 'opc');
  const target = BigInt(d.pc) + BigInt(signExtend(fld(d, 'imm19'), 19) * 4);
  const lo = Number(target & 0xffffffffn) | 0, hi = Number((target >> 32n) & 0xffffffffn) | 0;
  const t = fld(d, 'Rt');
  return (c) => {
    if (bytes === 16 ? !c.load16(lo, hi, false) : !c.load(lo, hi, bytes, false)) return;
    loadedToV(c, t, bytes);
    c.pc += 4;
  };
};

/** LDP/LDNP (SIMD&FP): one block of 2 * size bytes. */
export function loadPair(mode: AddressMode): Builder {
  return (d) => {
    const size = 4 << fld(d, 'opc');
    const p = addressPlan(d, mode === 'unsigned' ? 'unscaled' : mode, size, 'imm7');
    const t = fld(d, 'Rt'), t2 = fld(d, 'Rt2');
    return (c) => {
      effectiveAddress(c, p);
      const page = c.fastPage(R[0], R[1], 2 * size, false, p.checked);
      if (page !== null) {
        // The same bytes and order as the scratch path below: V[t] first, then V[t2], the rest of each zeroed.
        const data = page.data, v = c.v, off = R[0] & 4095;
        for (let i = 0; i < size; i++) v[t * 16 + i] = data[off + i]!;
        if (size < 16) v.fill(0, t * 16 + size, t * 16 + 16);
        for (let i = 0; i < size; i++) v[t2 * 16 + i] = data[off + size + i]!;
        if (size < 16) v.fill(0, t2 * 16 + size, t2 * 16 + 16);
        writeBack(c, p);
        c.pc += 4;
        return;
      }
      if (!c.slowAccess(R[0], R[1], 2 * size, 'read', p.checked)) return;
      writeBack(c, p);
      scratchToV(c, t, 0, size);
      scratchToV(c, t2, size, size);
      c.pc += 4;
    };
  };
}

/** STP/STNP (SIMD&FP). */
export function storePair(mode: AddressMode): Builder {
  return (d) => {
    const size = 4 << fld(d, 'opc');
    const p = addressPlan(d, mode === 'unsigned' ? 'unscaled' : mode, size, 'imm7');
    const t = fld(d, 'Rt'), t2 = fld(d, 'Rt2');
    return (c) => {
      const v = c.v, s = c.scratch;
      effectiveAddress(c, p);
      const page = c.fastPage(R[0], R[1], 2 * size, true, p.checked);
      if (page !== null) {
        const data = page.data, off = R[0] & 4095;
        for (let i = 0; i < size; i++) data[off + i] = v[t * 16 + i]!;
        for (let i = 0; i < size; i++) data[off + size + i] = v[t2 * 16 + i]!;
        writeBack(c, p);
        c.pc += 4;
        return;
      }
      for (let i = 0; i < size; i++) s[i] = v[t * 16 + i]!;
      for (let i = 0; i < size; i++) s[size + i] = v[t2 * 16 + i]!;
      if (!c.slowAccess(R[0], R[1], 2 * size, 'write', p.checked)) return;
      writeBack(c, p);
      c.pc += 4;
    };
  };
}

// ---- Structures -------------------------------------------------------------------------------------------

export type PostMode = 'none' | 'imm' | 'reg';

/** Base address and post-index plan of a structure access. */
interface StructPlan {
  readonly base: number;
  readonly checked: boolean;
  readonly post: PostMode;
  /** Post-index immediate (the transfer size) or the register slot of Xm. */
  readonly amount: number;
}

function structPlan(d: DecodeInput, post: PostMode, bytes: number): StructPlan {
  const n = fld(d, 'Rn');
  return { base: rsp(n), checked: isTagCheckedAccess(n === 31, post !== 'none', false), post, amount: post === 'reg' ? fld(d, 'Rm') : bytes };
}

/** Performs the block access at [base] (`bytes` long, data in scratch) and the post-index write-back. */
function structAccess(c: Cpu, p: StructPlan, bytes: number, access: 'read' | 'write'): boolean {
  const x = c.x;
  const bl = x[2 * p.base]!, bh = x[2 * p.base + 1]!;
  if (!c.slowAccess(bl, bh, bytes, access, p.checked)) return false;
  if (p.post !== 'none') {
    let al: number, ah: number;
    if (p.post === 'imm') { al = p.amount; ah = 0; }
    else { al = x[2 * p.amount]!; ah = x[2 * p.amount + 1]!; }
    const s = (bl >>> 0) + (al >>> 0);
    x[2 * p.base] = s | 0;
    x[2 * p.base + 1] = (bh + ah + (s > 0xffffffff ? 1 : 0)) | 0;
  }
  return true;
}

/**
 * LDn/STn multiple structures: `regs` registers; `n` = elements per structure (1 for LD1 with any register count).
 * Memory holds the structures one after another: element e of register r is at (e * n + r) * esize for n > 1.
 */
export function multiple(load: boolean, n: number, regs: number, post: PostMode): Builder {
  return (d) => {
    const q = fld(d, 'Q'), esize = 1 << fld(d, 'size');
    const regBytes = q ? 16 : 8;
    const bytes = regBytes * regs;
    const p = structPlan(d, post, bytes);
    const t = fld(d, 'Rt');
    const elements = regBytes / esize;
    return (c) => {
      const v = c.v, s = c.scratch;
      if (!load) {
        for (let r = 0; r < regs; r++) {
          const reg = ((t + r) & 31) * 16;
          if (n === 1) s.set(v.subarray(reg, reg + regBytes), r * regBytes);
          else for (let e = 0; e < elements; e++) s.set(v.subarray(reg + e * esize, reg + (e + 1) * esize), (e * n + r) * esize);
        }
        if (!structAccess(c, p, bytes, 'write')) return;
        c.pc += 4;
        return;
      }
      if (!structAccess(c, p, bytes, 'read')) return;
      for (let r = 0; r < regs; r++) {
        const reg = ((t + r) & 31) * 16;
        if (n === 1) v.set(s.subarray(r * regBytes, (r + 1) * regBytes), reg);
        else for (let e = 0; e < elements; e++) v.set(s.subarray((e * n + r) * esize, (e * n + r + 1) * esize), reg + e * esize);
        if (!q) v.fill(0, reg + 8, reg + 16);
      }
      c.pc += 4;
    };
  };
}

/** Element size (bytes) and index of a single-structure lane form. */
function lane(d: DecodeInput): { esize: number; index: number } {
  const q = fld(d, 'Q'), s = fld(d, 'S'), size = fld(d, 'size');
  switch (fld(d, 'opc')) {
    case 0: return { esize: 1, index: (q << 3) | (s << 2) | size };
    case 1: return { esize: 2, index: (q << 2) | (s << 1) | (size >> 1) };
    default: return size === 0 ? { esize: 4, index: (q << 1) | s } : { esize: 8, index: q };
  }
}

/** LDn/STn single structure: one lane of n registers (the other lanes keep their values). */
export function singleLane(load: boolean, n: number, post: PostMode): Builder {
  return (d) => {
    const { esize, index } = lane(d);
    const bytes = esize * n;
    const p = structPlan(d, post, bytes);
    const t = fld(d, 'Rt');
    const at = index * esize;
    return (c) => {
      const v = c.v, s = c.scratch;
      if (!load) {
        for (let r = 0; r < n; r++) {
          const reg = ((t + r) & 31) * 16 + at;
          s.set(v.subarray(reg, reg + esize), r * esize);
        }
        if (!structAccess(c, p, bytes, 'write')) return;
        c.pc += 4;
        return;
      }
      if (!structAccess(c, p, bytes, 'read')) return;
      for (let r = 0; r < n; r++) v.set(s.subarray(r * esize, (r + 1) * esize), ((t + r) & 31) * 16 + at);
      c.pc += 4;
    };
  };
}

/** LDnR: one n-element structure replicated to every lane of n registers (upper half zeroed when Q = 0). */
export function replicate(n: number, post: PostMode): Builder {
  return (d) => {
    const q = fld(d, 'Q'), esize = 1 << fld(d, 'size');
    const bytes = esize * n;
    const p = structPlan(d, post, bytes);
    const t = fld(d, 'Rt');
    const regBytes = q ? 16 : 8;
    return (c) => {
      if (!structAccess(c, p, bytes, 'read')) return;
      const v = c.v, s = c.scratch;
      for (let r = 0; r < n; r++) {
        const reg = ((t + r) & 31) * 16;
        const element = s.subarray(r * esize, (r + 1) * esize);
        for (let o = 0; o < regBytes; o += esize) v.set(element, reg + o);
        if (!q) v.fill(0, reg + 8, reg + 16);
      }
      c.pc += 4;
    };
  };
}

function structureSemantics(): Record<string, Builder> {
  const out: Record<string, Builder> = {};
  const posts: [string, PostMode][] = [['', 'none'], ['_posti', 'imm'], ['_postr', 'reg']];
  for (const [suffix, post] of posts) {
    for (const load of [false, true]) {
      const p = load ? 'LD' : 'ST';
      for (const regs of [1, 2, 3, 4]) out[`${p}1_${regs}reg${suffix}`] = multiple(load, 1, regs, post);
      for (const n of [2, 3, 4]) out[`${p}${n}_mult${suffix}`] = multiple(load, n, n, post);
      if (post === 'none') for (const n of [1, 2, 3, 4]) out[`${p}${n}_lane`] = singleLane(load, n, 'none');
      if (post === 'imm') for (const n of [1, 2, 3, 4]) out[`${p}${n}_lane_post`] = (d) => singleLane(load, n, d.f['Rm'] === 31 ? 'imm' : 'reg')(d);
    }
    for (const n of [1, 2, 3, 4]) out[`LD${n}R${suffix}`] = replicate(n, post);
  }
  return out;
}

type Suffix = '' | '_posti' | '_postr';
type StructId =
  | `${'LD' | 'ST'}1_${1 | 2 | 3 | 4}reg${Suffix}`
  | `${'LD' | 'ST'}${2 | 3 | 4}_mult${Suffix}`
  | `${'LD' | 'ST'}${1 | 2 | 3 | 4}_lane${'' | '_post'}`
  | `LD${1 | 2 | 3 | 4}R${Suffix}`;

/** Semantics of every form of emulator/isa/groups/simdLoadStore.ts. */
export const simdLoadStoreSemantics = {
  LDR_simd_imm: loadSingle('unsigned', 'imm12'),
  STR_simd_imm: storeSingle('unsigned', 'imm12'),
  LDR_simd_pre: loadSingle('pre', 'imm9'),
  STR_simd_pre: storeSingle('pre', 'imm9'),
  LDR_simd_post: loadSingle('post', 'imm9'),
  STR_simd_post: storeSingle('post', 'imm9'),
  LDR_simd_reg: loadSingle('register', 'imm9'),
  STR_simd_reg: storeSingle('register', 'imm9'),
  LDUR_simd: loadSingle('unscaled', 'imm9'),
  STUR_simd: storeSingle('unscaled', 'imm9'),
  LDR_simd_lit: loadLiteral,
  LDP_simd_off: loadPair('unsigned'),
  STP_simd_off: storePair('unsigned'),
  LDP_simd_pre: loadPair('pre'),
  STP_simd_pre: storePair('pre'),
  LDP_simd_post: loadPair('post'),
  STP_simd_post: storePair('post'),
  LDNP_simd: loadPair('unsigned'),
  STNP_simd: storePair('unsigned'),
  ...(structureSemantics() as Record<StructId, Builder>),
} satisfies Record<string, Builder>;
