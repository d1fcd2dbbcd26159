// Load/store semantics: single registers (all addressing modes), pairs, literal loads, exclusives with a
// single-thread monitor, load-acquire/store-release, LSE atomics and prefetch. Every access goes through
// Cpu.load/store (software TLB, permissions, MTE checks of every granule before any byte is written). A base of SP
// with an immediate (or no) offset and no write-back is unchecked; pre/post-index from SP, register offsets and
// every other base are checked (Arm ARM: tagchecked = wback || n != 31).

import * as cpuModule from '../cpu.js';
import type { Cpu } from '../cpu.js';
import * as aluModule from '../alu.js';
import { type Builder, type DecodeInput, type Op, fld, rsp, rz, wz, signExtend, undefinedOp } from './common.js';
import { isTagCheckedAccess } from '../mteTags.js';
const { SLOT_SP } = cpuModule;

const { R, setResult, extend64, add64 } = aluModule;

export type AddressMode = 'unsigned' | 'unscaled' | 'pre' | 'post' | 'register' | 'none';

/** Computes the access address into R[0]/rh from the base (and writes nothing). */
export interface AddressPlan {
  readonly base: number;
  readonly offLo: number;
  readonly offHi: number;
  readonly mode: AddressMode;
  readonly m: number;
  readonly option: number;
  readonly amount: number;
  readonly checked: boolean;
}

export function addressPlan(d: DecodeInput, mode: AddressMode, scale: number, immField: string): AddressPlan {
  const n = fld(d, 'Rn');
  const base = rsp(n);
  let off = 0;
  let m = 0, option = 3, amount = 0;
  if (mode === 'unsigned') off = fld(d, immField) * scale;
  else if (mode === 'unscaled' || mode === 'pre' || mode === 'post') {
    const width = immField === 'imm7' ? 7 : 9;
    off = signExtend(fld(d, immField), width) * (immField === 'imm7' || immField === 'simm9scaled' ? scale : 1);
  } else if (mode === 'register') {
    m = rz(fld(d, 'Rm'));
    option = fld(d, 'option', 3);
    amount = fld(d, 'S', 0) ? Math.log2(scale) : 0;
  }
  const checked = isTagCheckedAccess(n === 31, mode === 'pre' || mode === 'post', mode === 'register');
  return { base, offLo: off | 0, offHi: off < 0 ? -1 : 0, mode, m, option, amount, checked };
}

/** Effective address into R[0]/rh. */
export function effectiveAddress(c: Cpu, p: AddressPlan): void {
  const x = c.x;
  const bl = x[2 * p.base]!, bh = x[2 * p.base + 1]!;
  if (p.mode === 'post' || p.mode === 'none') { setResult(bl, bh); return; }
  if (p.mode === 'register') {
    extend64(x[2 * p.m]!, x[2 * p.m + 1]!, p.option, p.amount);
    add64(bl, bh, R[0], R[1], 0);
    return;
  }
  const s = (bl >>> 0) + (p.offLo >>> 0);
  setResult(s | 0, (bh + p.offHi + (s > 0xffffffff ? 1 : 0)) | 0);
}

/** Writes back base + offset for pre/post-index (call after the access succeeded). */
export function writeBack(c: Cpu, p: AddressPlan): void {
  if (p.mode !== 'pre' && p.mode !== 'post') return;
  const x = c.x;
  const bl = x[2 * p.base]!, bh = x[2 * p.base + 1]!;
  const s = (bl >>> 0) + (p.offLo >>> 0);
  x[2 * p.base] = s | 0;
  x[2 * p.base + 1] = (bh + p.offHi + (s > 0xffffffff ? 1 : 0)) | 0;
}

/** Where a loaded integer goes: size in bytes, sign-extend or not, 32- or 64-bit destination. */
function writeLoaded(c: Cpu, t: number, size: number, signed: boolean, dest64: boolean): void {
  const x = c.x;
  let lo = c.ldLo, hi = c.ldHi;
  if (signed && size < 8) {
    if (size === 1) lo = (lo << 24) >> 24;
    else if (size === 2) lo = (lo << 16) >> 16;
    hi = lo >> 31;
  }
  x[2 * t] = lo;
  x[2 * t + 1] = dest64 ? hi : 0;
}

export interface IntAccess {
  readonly size: number;
  readonly signed?: boolean;
  readonly dest64?: boolean;
  readonly mode: AddressMode;
  /** Name of the immediate field (imm12, imm9). */
  readonly imm?: string;
}

/** LDR/LDRB/LDRH/LDRSB/LDRSH/LDRSW/LDUR*/
export function loadInt(a: IntAccess): Builder {
  return (d) => {
    const p = addressPlan(d, a.mode, a.size, a.imm ?? (a.mode === 'unsigned' ? 'imm12' : 'imm9'));
    const t = wz(fld(d, 'Rt'));
    const size = a.size, signed = a.signed ?? false, dest64 = a.dest64 ?? size === 8;
    const checked = p.checked;
    if (a.mode === 'unsigned' || a.mode === 'unscaled') {
      const base = p.base, offLo = p.offLo, offHi = p.offHi;
      if (size === 8) {
        return (c) => {
          const x = c.x;
          const s = (x[2 * base]! >>> 0) + (offLo >>> 0);
          if (!c.load(s | 0, (x[2 * base + 1]! + offHi + (s > 0xffffffff ? 1 : 0)) | 0, 8, checked)) return;
          x[2 * t] = c.ldLo; x[2 * t + 1] = c.ldHi;
          c.pc += 4;
        };
      }
      return (c) => {
        const x = c.x;
        const s = (x[2 * base]! >>> 0) + (offLo >>> 0);
        if (!c.load(s | 0, (x[2 * base + 1]! + offHi + (s > 0xffffffff ? 1 : 0)) | 0, size, checked)) return;
        writeLoaded(c, t, size, signed, dest64);
        c.pc += 4;
      };
    }
    return (c) => {
      effectiveAddress(c, p);
      if (!c.load(R[0], R[1], size, checked)) return;
      writeBack(c, p);
      writeLoaded(c, t, size, signed, dest64);
      c.pc += 4;
    };
  };
}

/** STR/STRB/STRH/STUR* */
export function storeInt(a: IntAccess): Builder {
  return (d) => {
    const p = addressPlan(d, a.mode, a.size, a.imm ?? (a.mode === 'unsigned' ? 'imm12' : 'imm9'));
    const t = rz(fld(d, 'Rt'));
    const size = a.size;
    const checked = p.checked;
    if (a.mode === 'unsigned' || a.mode === 'unscaled') {
      const base = p.base, offLo = p.offLo, offHi = p.offHi;
      return (c) => {
        const x = c.x;
        const s = (x[2 * base]! >>> 0) + (offLo >>> 0);
        if (!c.store(s | 0, (x[2 * base + 1]! + offHi + (s > 0xffffffff ? 1 : 0)) | 0, size, checked, x[2 * t]!, x[2 * t + 1]!)) return;
        c.pc += 4;
      };
    }
    return (c) => {
      const x = c.x;
      // Read the data before write-back (STR x1, [x1], #8 stores the old x1).
      const vlo = x[2 * t]!, vhi = x[2 * t + 1]!;
      effectiveAddress(c, p);
      if (!c.store(R[0], R[1], size, checked, vlo, vhi)) return;
      writeBack(c, p);
      c.pc += 4;
    };
  };
}

/** LDR (literal) / LDRSW (literal): PC-relative, unchecked. */
export function loadLiteral(size: number, signed: boolean): Builder {
  return (d) => {
    const target = BigInt(d.pc) + BigInt(signExtend(fld(d, 'imm19'), 19) * 4);
    const lo = Number(target & 0xffffffffn) | 0, hi = Number((target >> 32n) & 0xffffffffn) | 0;
    const t = wz(fld(d, 'Rt'));
    return (c) => {
      if (!c.load(lo, hi, size, false)) return;
      writeLoaded(c, t, size, signed, size === 8 || signed);
      c.pc += 4;
    };
  };
}

export interface PairAccess {
  /** Size of one register in bytes (4 or 8). */
  readonly size: number;
  readonly signed?: boolean;
  readonly mode: AddressMode;
}

function pairPlan(d: DecodeInput, a: PairAccess): AddressPlan {
  return addressPlan(d, a.mode === 'unsigned' ? 'unscaled' : a.mode, a.size, 'imm7');
}

/** LDP/LDNP/LDPSW: one access of 2*size bytes (checked as a whole before anything is written). */
export function loadPair(a: PairAccess): Builder {
  return (d) => {
    const p = pairPlan(d, a);
    const t = wz(fld(d, 'Rt')), t2 = wz(fld(d, 'Rt2'));
    const size = a.size, signed = a.signed ?? false;
    return (c) => {
      effectiveAddress(c, p);
      const x = c.x;
      if (size === 8) {
        if (!c.load16(R[0], R[1], p.checked)) return;
        writeBack(c, p);
        x[2 * t] = c.ldLo; x[2 * t + 1] = c.ldHi;
        x[2 * t2] = c.ld2Lo; x[2 * t2 + 1] = c.ld2Hi;
      } else {
        if (!c.load(R[0], R[1], 8, p.checked)) return;
        writeBack(c, p);
        const a0 = c.ldLo, a1 = c.ldHi;
        x[2 * t] = a0; x[2 * t + 1] = signed ? a0 >> 31 : 0;
        x[2 * t2] = a1; x[2 * t2 + 1] = signed ? a1 >> 31 : 0;
      }
      c.pc += 4;
    };
  };
}

/** STP/STNP. */
export function storePair(a: PairAccess): Builder {
  return (d) => {
    const p = pairPlan(d, a);
    const t = rz(fld(d, 'Rt')), t2 = rz(fld(d, 'Rt2'));
    const size = a.size;
    return (c) => {
      const x = c.x;
      const al = x[2 * t]!, ah = x[2 * t + 1]!, bl = x[2 * t2]!, bh = x[2 * t2 + 1]!;
      effectiveAddress(c, p);
      if (size === 8) {
        if (!c.store16(R[0], R[1], p.checked, al, ah, bl, bh)) return;
      } else if (!c.store(R[0], R[1], 8, p.checked, al, bl)) return;
      writeBack(c, p);
      c.pc += 4;
    };
  };
}

/** Alignment check for exclusives, acquire/release and atomics: misaligned -> alignment fault. */
function aligned(c: Cpu, lo: number, hi: number, bytes: number, access: 'read' | 'write'): boolean {
  if ((lo & (bytes - 1)) === 0) return true;
  c.raiseAccess('alignment', lo, hi, access);
  return false;
}

function va48(lo: number, hi: number): number {
  return (hi & 0xffff) * 4294967296 + (lo >>> 0);
}

/** LDAR/LDAPR/LDXR/LDAXR (single register); size in bytes; `exclusive` arms the monitor. */
export function loadOrdered(size: number, exclusive: boolean, immediateField?: string): Builder {
  return (d) => {
    const n = fld(d, 'Rn');
    const base = rsp(n);
    const off = immediateField ? signExtend(fld(d, immediateField), 9) : 0;
    const checked = isTagCheckedAccess(n === 31, false, false);
    const t = wz(fld(d, 'Rt'));
    return (c) => {
      const x = c.x;
      add64(x[2 * base]!, x[2 * base + 1]!, off | 0, off < 0 ? -1 : 0, 0);
      const lo = R[0], hi = R[1];
      if (!aligned(c, lo, hi, size, 'read')) return;
      if (!c.load(lo, hi, size, checked)) return;
      if (exclusive) { c.exclusiveAddress = va48(lo, hi); c.exclusiveSize = size; }
      x[2 * t] = c.ldLo; x[2 * t + 1] = size === 8 ? c.ldHi : 0;
      c.pc += 4;
    };
  };
}

/** LDAPURSB etc.: signed ordered loads (RCpc2). */
export function loadOrderedSigned(size: number, dest64: boolean): Builder {
  return (d) => {
    const n = fld(d, 'Rn');
    const checked = isTagCheckedAccess(n === 31, false, false);
    const base = rsp(n);
    const off = signExtend(fld(d, 'imm9'), 9);
    const t = wz(fld(d, 'Rt'));
    return (c) => {
      const x = c.x;
      add64(x[2 * base]!, x[2 * base + 1]!, off | 0, off < 0 ? -1 : 0, 0);
      const lo = R[0], hi = R[1];
      if (!aligned(c, lo, hi, size, 'read')) return;
      if (!c.load(lo, hi, size, checked)) return;
      writeLoaded(c, t, size, true, dest64);
      c.pc += 4;
    };
  };
}

/** STLR/STLUR (no status). */
export function storeOrdered(size: number, immediateField?: string): Builder {
  return (d) => {
    const n = fld(d, 'Rn');
    const checked = isTagCheckedAccess(n === 31, false, false);
    const base = rsp(n);
    const off = immediateField ? signExtend(fld(d, immediateField), 9) : 0;
    const t = rz(fld(d, 'Rt'));
    return (c) => {
      const x = c.x;
      add64(x[2 * base]!, x[2 * base + 1]!, off | 0, off < 0 ? -1 : 0, 0);
      const lo = R[0], hi = R[1];
      if (!aligned(c, lo, hi, size, 'write')) return;
      if (!c.store(lo, hi, size, checked, x[2 * t]!, x[2 * t + 1]!)) return;
      c.pc += 4;
    };
  };
}

/** STXR/STLXR: stores only while the monitor holds this address; Ws = 0 on success, 1 on failure (after the store's checks: see Cpu.checkStore). */
export function storeExclusive(size: number): Builder {
  return (d) => {
    const n = fld(d, 'Rn');
    const checked = isTagCheckedAccess(n === 31, false, false);
    const base = rsp(n);
    const t = rz(fld(d, 'Rt')), s = wz(fld(d, 'Rs'));
    return (c) => {
      const x = c.x;
      const lo = x[2 * base]!, hi = x[2 * base + 1]!;
      if (!aligned(c, lo, hi, size, 'write')) return;
      const va = va48(lo, hi);
      let status = 1;
      if (c.exclusiveAddress === va && c.exclusiveSize === size) {
        if (!c.store(lo, hi, size, checked, x[2 * t]!, x[2 * t + 1]!)) return;
        status = 0;
      } else if (!c.checkStore(lo, hi, size, checked)) {
        return;
      }
      c.exclusiveAddress = -1;
      x[2 * s] = status; x[2 * s + 1] = 0;
      c.pc += 4;
    };
  };
}

/** LDXP/LDAXP: size is one register (4 or 8). */
export function loadExclusivePair(size: number): Builder {
  return (d) => {
    const n = fld(d, 'Rn');
    const checked = isTagCheckedAccess(n === 31, false, false);
    const base = rsp(n);
    const t = wz(fld(d, 'Rt')), t2 = wz(fld(d, 'Rt2'));
    return (c) => {
      const x = c.x;
      const lo = x[2 * base]!, hi = x[2 * base + 1]!;
      if (!aligned(c, lo, hi, 2 * size, 'read')) return;
      if (size === 8) {
        if (!c.load16(lo, hi, checked)) return;
        x[2 * t] = c.ldLo; x[2 * t + 1] = c.ldHi; x[2 * t2] = c.ld2Lo; x[2 * t2 + 1] = c.ld2Hi;
      } else {
        if (!c.load(lo, hi, 8, checked)) return;
        const a0 = c.ldLo, a1 = c.ldHi;
        x[2 * t] = a0; x[2 * t + 1] = 0; x[2 * t2] = a1; x[2 * t2 + 1] = 0;
      }
      c.exclusiveAddress = va48(lo, hi);
      c.exclusiveSize = 2 * size;
      c.pc += 4;
    };
  };
}

/** STXP/STLXP. */
export function storeExclusivePair(size: number): Builder {
  return (d) => {
    const n = fld(d, 'Rn');
    const checked = isTagCheckedAccess(n === 31, false, false);
    const base = rsp(n);
    const t = rz(fld(d, 'Rt')), t2 = rz(fld(d, 'Rt2')), s = wz(fld(d, 'Rs'));
    return (c) => {
      const x = c.x;
      const lo = x[2 * base]!, hi = x[2 * base + 1]!;
      if (!aligned(c, lo, hi, 2 * size, 'write')) return;
      let status = 1;
      if (c.exclusiveAddress === va48(lo, hi) && c.exclusiveSize === 2 * size) {
        const ok = size === 8
          ? c.store16(lo, hi, checked, x[2 * t]!, x[2 * t + 1]!, x[2 * t2]!, x[2 * t2 + 1]!)
          : c.store(lo, hi, 8, checked, x[2 * t]!, x[2 * t2]!);
        if (!ok) return;
        status = 0;
      } else if (!c.checkStore(lo, hi, 2 * size, checked)) {
        return;
      }
      c.exclusiveAddress = -1;
      x[2 * s] = status; x[2 * s + 1] = 0;
      c.pc += 4;
    };
  };
}

export type AtomicOp = 'add' | 'clr' | 'eor' | 'set' | 'smax' | 'smin' | 'umax' | 'umin' | 'swp';

function truncate(lo: number, hi: number, size: number): void {
  if (size === 8) setResult(lo, hi);
  else if (size === 4) setResult(lo, 0);
  else if (size === 2) setResult(lo & 0xffff, 0);
  else setResult(lo & 0xff, 0);
}

function compareValues(al: number, ah: number, bl: number, bh: number, size: number, signed: boolean): number {
  // Returns -1, 0, 1 comparing a and b as `size`-byte integers.
  if (size < 8) {
    const shift = 32 - size * 8;
    const a = signed ? (al << shift) >> shift : shift === 0 ? al >>> 0 : (al << shift) >>> shift;
    const b = signed ? (bl << shift) >> shift : shift === 0 ? bl >>> 0 : (bl << shift) >>> shift;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const ha = signed ? ah : ah >>> 0, hb = signed ? bh : bh >>> 0;
  if (ha !== hb) return ha < hb ? -1 : 1;
  const la = al >>> 0, lb = bl >>> 0;
  return la < lb ? -1 : la > lb ? 1 : 0;
}

/** LDADD..LDUMIN, SWP (any size, any ordering): Rt = old value, memory = op(old, Rs). */
export function atomic(op: AtomicOp, size: number): Builder {
  return (d) => {
    const n = fld(d, 'Rn');
    const base = rsp(n);
    const s = rz(fld(d, 'Rs')), t = wz(fld(d, 'Rt'));
    const checked = isTagCheckedAccess(n === 31, false, false);
    return (c) => {
      const x = c.x;
      const lo = x[2 * base]!, hi = x[2 * base + 1]!;
      if (!aligned(c, lo, hi, size, 'write')) return;
      if (!c.probe(lo, hi, size, 'write')) return;
      if (!c.load(lo, hi, size, checked)) return;
      const ol = c.ldLo, oh = c.ldHi;
      const sl = x[2 * s]!, sh = x[2 * s + 1]!;
      let nl = sl, nh = sh;
      switch (op) {
        case 'add': add64(ol, oh, sl, sh, 0); nl = R[0]; nh = R[1]; break;
        case 'clr': nl = ol & ~sl; nh = oh & ~sh; break;
        case 'eor': nl = ol ^ sl; nh = oh ^ sh; break;
        case 'set': nl = ol | sl; nh = oh | sh; break;
        case 'smax': if (compareValues(ol, oh, sl, sh, size, true) > 0) { nl = ol; nh = oh; } break;
        case 'smin': if (compareValues(ol, oh, sl, sh, size, true) < 0) { nl = ol; nh = oh; } break;
        case 'umax': if (compareValues(ol, oh, sl, sh, size, false) > 0) { nl = ol; nh = oh; } break;
        case 'umin': if (compareValues(ol, oh, sl, sh, size, false) < 0) { nl = ol; nh = oh; } break;
        default: break;
      }
      truncate(nl, nh, size);
      if (!c.store(lo, hi, size, false, R[0], R[1])) return;
      x[2 * t] = ol; x[2 * t + 1] = size === 8 ? oh : 0;
      c.pc += 4;
    };
  };
}

/** CAS/CASA/CASL/CASAL (and B/H): compare Rs with memory, store Rt if equal; Rs = old. */
export function compareAndSwap(size: number): Builder {
  return (d) => {
    const n = fld(d, 'Rn');
    const base = rsp(n);
    const sRead = rz(fld(d, 'Rs')), sWrite = wz(fld(d, 'Rs')), t = rz(fld(d, 'Rt'));
    const checked = isTagCheckedAccess(n === 31, false, false);
    return (c) => {
      const x = c.x;
      const lo = x[2 * base]!, hi = x[2 * base + 1]!;
      if (!aligned(c, lo, hi, size, 'write')) return;
      if (!c.probe(lo, hi, size, 'write')) return;
      if (!c.load(lo, hi, size, checked)) return;
      const ol = c.ldLo, oh = c.ldHi;
      truncate(x[2 * sRead]!, x[2 * sRead + 1]!, size);
      if (R[0] === ol && R[1] === oh) {
        if (!c.store(lo, hi, size, false, x[2 * t]!, x[2 * t + 1]!)) return;
      }
      x[2 * sWrite] = ol; x[2 * sWrite + 1] = size === 8 ? oh : 0;
      c.pc += 4;
    };
  };
}

/** CASP family: register pairs (Rs, Rs+1) and (Rt, Rt+1); size of one register. */
export function compareAndSwapPair(size: number): Builder {
  return (d) => {
    const n = fld(d, 'Rn');
    const s = fld(d, 'Rs'), t = fld(d, 'Rt');
    if ((s & 1) || (t & 1)) return undefinedOp(d.word);
    const base = rsp(n);
    const checked = isTagCheckedAccess(n === 31, false, false);
    return (c) => {
      const x = c.x;
      const lo = x[2 * base]!, hi = x[2 * base + 1]!;
      if (!aligned(c, lo, hi, 2 * size, 'write')) return;
      if (!c.probe(lo, hi, 2 * size, 'write')) return;
      let o0l: number, o0h: number, o1l: number, o1h: number;
      if (size === 8) {
        if (!c.load16(lo, hi, checked)) return;
        o0l = c.ldLo; o0h = c.ldHi; o1l = c.ld2Lo; o1h = c.ld2Hi;
      } else {
        if (!c.load(lo, hi, 8, checked)) return;
        o0l = c.ldLo; o0h = 0; o1l = c.ldHi; o1h = 0;
      }
      const e0l = x[2 * s]!, e0h = size === 8 ? x[2 * s + 1]! : 0;
      const e1l = x[2 * (s + 1)]!, e1h = size === 8 ? x[2 * (s + 1) + 1]! : 0;
      if (o0l === e0l && o0h === e0h && o1l === e1l && o1h === e1h) {
        const ok = size === 8
          ? c.store16(lo, hi, false, x[2 * t]!, x[2 * t + 1]!, x[2 * (t + 1)]!, x[2 * (t + 1) + 1]!)
          : c.store(lo, hi, 8, false, x[2 * t]!, x[2 * (t + 1)]!);
        if (!ok) return;
      }
      const w0 = wz(s), w1 = wz(s + 1);
      x[2 * w0] = o0l; x[2 * w0 + 1] = o0h;
      x[2 * w1] = o1l; x[2 * w1 + 1] = o1h;
      c.pc += 4;
    };
  };
}

/** PRFM/PRFUM: no architectural effect and never faults. */
export const prefetch: Builder = () => (c) => { c.pc += 4; };

export { SLOT_SP, undefinedOp };
export type { Op };
