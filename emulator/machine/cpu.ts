// The executor's state and hot paths: the register file (64-bit registers as two int32 halves, no BigInt), lazy
// NZCV, guest memory access through the software TLB with exact MTE checks, and the interpreter loop over
// pre-decoded instructions (one closure per instruction, cached per code page).
//
// A compiled tier can be added without changing this contract: a hot code page's ops array can be replaced by a
// region compiled to WebAssembly (registers in i64 locals loaded from/stored to `x` on entry/exit, the TLB and the
// tag check inlined as byte loads from an exported memory holding the hot pages). Every check would run before the
// instruction's effects and a failing check would exit with the pre-instruction pc and count, so faults stay
// precise; blocks would end before breakpoint addresses, watched pages stay out of the TLB, and step() interprets.

import type { Fault, TagCheckFault, AccessKind } from './api.js';
import { compileBlock, type CompiledBlock } from './blockCompiler.js';
import { chooseNonExcludedTag } from './mteTags.js';

/**
 * Entries into a block before it is compiled. Compiling (new Function, then V8's own tiers) costs as much as hundreds
 * of interpreted runs, so code that runs briefly (program startup, library calls) stays interpreted.
 */
const BLOCK_THRESHOLD = 4096;
/** Blocks that call interpreter closures are compiled after LATE_FACTOR * threshold entries. */
const LATE_FACTOR = 4;
import * as memoryModule from './memory.js';
import type { Memory, Page } from './memory.js';
const { CODE_TLB_SIZE, PAGE_SIZE, PERM_EXEC, PERM_READ, PERM_WRITE, TLB_SIZE } = memoryModule;

export type Op = (c: Cpu) => void;

/** Why the interpreter loop stopped (Cpu.stop). The executed count excludes the instruction for FAULT/BREAK. */
export const STOP_NONE = 0;
export const STOP_FAULT = 1;
export const STOP_SVC = 2;
export const STOP_BREAKPOINT = 3;
export const STOP_WATCH = 4;
export const STOP_CODE_CHANGED = 5;

/** Register slots: 0..30 = X0..X30, 31 = XZR (always zero), 32 = SP, 33 = write sink for XZR destinations. */
export const SLOT_ZR = 31;
export const SLOT_SP = 32;
export const SLOT_SINK = 33;

/** Lazy flag kinds: the last flag-setting operation's operands are kept and NZCV computed on demand. */
export const FLAGS_MATERIAL = 0;
export const FLAGS_ADD64 = 1;
export const FLAGS_SUB64 = 2;
export const FLAGS_LOGIC64 = 3;
export const FLAGS_ADD32 = 4;
export const FLAGS_SUB32 = 5;
export const FLAGS_LOGIC32 = 6;

/** Condition code (0..15) x NZCV (0..15) -> holds. */
export const CONDITION_TABLE = (() => {
  const t = new Uint8Array(256);
  for (let cond = 0; cond < 16; cond++) {
    for (let f = 0; f < 16; f++) {
      const n = (f >> 3) & 1, z = (f >> 2) & 1, c = (f >> 1) & 1, v = f & 1;
      let r: boolean;
      switch (cond >> 1) {
        case 0: r = z === 1; break;
        case 1: r = c === 1; break;
        case 2: r = n === 1; break;
        case 3: r = v === 1; break;
        case 4: r = c === 1 && z === 0; break;
        case 5: r = n === v; break;
        case 6: r = n === v && z === 0; break;
        default: r = true;
      }
      if ((cond & 1) === 1 && cond !== 15) r = !r;
      t[(cond << 4) | f] = r ? 1 : 0;
    }
  }
  return t;
})();

export interface Watchpoint {
  readonly id: number;
  readonly start: number;
  readonly end: number;
  readonly kind: 'read' | 'write' | 'access' | 'tag';
}

export interface TagWriteRecord {
  readonly granule: bigint;
  readonly oldTag: number;
  readonly newTag: number;
  readonly pc: bigint;
  readonly instructionCount: number;
}

const TAG_HISTORY_PER_GRANULE = 8;
const TAG_HISTORY_GRANULES = 1 << 16;

/**
 * Initial value of the number fields that take values outside V8's small-integer range (addresses, int32 halves,
 * counts): -0 is not a small integer, so V8 gives these fields a double representation from the first Cpu on.
 * Starting them as small integers made the first large value change the Cpu's hidden class mid-run, which threw
 * away the optimised code of every function using a Cpu (and again in the next machine). The constructor then
 * stores the real initial values (a small integer stored into a double field keeps the field double).
 */
const DOUBLE = -0;

export function toBig(lo: number, hi: number): bigint {
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

/** Decoder hook: builds the op for the word at an address (set by the executor module). */
export type OpFactory = (word: number, pc: number) => Op;

export class Cpu {
  /** X registers as int32 halves: lo at 2n, hi at 2n+1 (see SLOT_*). */
  readonly x = new Int32Array(2 * 34);
  /** V registers, 16 bytes each, little-endian. */
  readonly v = new Uint8Array(32 * 16);
  readonly vView = new DataView(this.v.buffer);
  /** 16- and 32-bit element views of the V registers (host order; the SIMD number paths use them on little-endian hosts). */
  readonly vU16 = new Uint16Array(this.v.buffer);
  readonly vU32 = new Uint32Array(this.v.buffer);
  /** Canonical 48-bit program counter. */
  pc = DOUBLE;
  // Lazy flags.
  flagKind = FLAGS_MATERIAL;
  nzcv = 0;
  fal = DOUBLE; fah = DOUBLE; fbl = DOUBLE; fbh = DOUBLE; frl = DOUBLE; frh = DOUBLE;
  // System state.
  tpidr = 0n;
  tpidrro = 0n;
  fpcr = 0;
  fpsr = 0;
  tco = 0;
  /** PSTATE.DIT (data independent timing): kept and read back; timing is independent of data anyway. */
  dit = 0;
  rgsr = 0;
  gcrExclude = 0xffff;
  /** Tag check modes in effect for reads / writes: 0 none, 1 sync, 2 async (already 0 while TCO = 1). */
  readCheck = 0;
  writeCheck = 0;
  mode: 'none' | 'sync' | 'async' | 'asymmetric' = 'none';
  taggedAddressAbi = false;
  // Exclusive monitor (single thread): a 48-bit address and size, or -1.
  exclusiveAddress = DOUBLE;
  exclusiveSize = 0;
  // Run state.
  icount = DOUBLE;
  stop = STOP_NONE;
  fault: Fault | null = null;
  svcImmediate = 0;
  watchHit: { id: number; address: bigint; access: AccessKind | 'tag' } | null = null;
  pendingAsync: TagCheckFault | null = null;
  breakpoints = new Set<number>();
  /** A breakpoint at this pc is stepped over once (resuming from it). */
  breakpointSkip = DOUBLE;
  watchpoints: Watchpoint[] = [];
  readonly tagHistory = new Map<number, TagWriteRecord[]>();
  // Scratch results of loads (and operands of 128-bit stores).
  ldLo = DOUBLE; ldHi = DOUBLE; ld2Lo = DOUBLE; ld2Hi = DOUBLE;
  readonly scratch = new Uint8Array(64);
  readonly scratchView = new DataView(this.scratch.buffer);
  /** Pages whose ops are decoded, for invalidation. */
  readonly codePages = new Set<Page>();
  opFactory: OpFactory | null = null;
  /** Entries into a block start before it is compiled; 0 switches the compiled tier off (tests run both tiers). */
  blockThreshold = BLOCK_THRESHOLD;
  /** Instruction count at which the counter register and clock start (for cntvct_el0). */
  clock: (() => bigint) | null = null;

  constructor(readonly mem: Memory) {
    // The fields were created with DOUBLE (a double representation); their initial values (never -0):
    this.pc = 0;
    this.fal = 0; this.fah = 0; this.fbl = 0; this.fbh = 0; this.frl = 0; this.frh = 0;
    this.exclusiveAddress = -1;
    this.icount = 0;
    this.breakpointSkip = -1;
    this.ldLo = 0; this.ldHi = 0; this.ld2Lo = 0; this.ld2Hi = 0;
  }

  // --- Registers --------------------------------------------------------------------------------------------

  getBig(slot: number): bigint {
    return toBig(this.x[2 * slot]!, this.x[2 * slot + 1]!);
  }

  setBig(slot: number, value: bigint): void {
    this.x[2 * slot] = Number(value & 0xffffffffn) | 0;
    this.x[2 * slot + 1] = Number((value >> 32n) & 0xffffffffn) | 0;
  }

  updateCheckModes(): void {
    const m = this.mode;
    const on = this.tco === 0;
    this.readCheck = !on ? 0 : m === 'sync' || m === 'asymmetric' ? 1 : m === 'async' ? 2 : 0;
    this.writeCheck = !on ? 0 : m === 'sync' ? 1 : m === 'async' || m === 'asymmetric' ? 2 : 0;
  }

  // --- Flags ------------------------------------------------------------------------------------------------

  getNZCV(): number {
    switch (this.flagKind) {
      case FLAGS_MATERIAL: return this.nzcv;
      case FLAGS_ADD64: {
        const rl = this.frl, rh = this.frh;
        const n = rh < 0 ? 8 : 0;
        const z = (rl | rh) === 0 ? 4 : 0;
        // Carry out of the 64-bit unsigned addition: result < operand (unsigned).
        const ah = this.fah >>> 0, rhu = rh >>> 0;
        const c = rhu < ah || (rhu === ah && rl >>> 0 < this.fal >>> 0) ? 2 : 0;
        const v = ((~(this.fah ^ this.fbh)) & (this.fah ^ rh)) < 0 ? 1 : 0;
        return (n | z | c | v);
      }
      case FLAGS_SUB64: {
        const rl = this.frl, rh = this.frh;
        const n = rh < 0 ? 8 : 0;
        const z = (rl | rh) === 0 ? 4 : 0;
        const ah = this.fah >>> 0, bh = this.fbh >>> 0;
        const c = ah > bh || (ah === bh && this.fal >>> 0 >= this.fbl >>> 0) ? 2 : 0;
        const v = ((this.fah ^ this.fbh) & (this.fah ^ rh)) < 0 ? 1 : 0;
        return n | z | c | v;
      }
      case FLAGS_LOGIC64:
        return (this.frh < 0 ? 8 : 0) | ((this.frl | this.frh) === 0 ? 4 : 0);
      case FLAGS_ADD32: {
        const r = this.frl;
        const c = r >>> 0 < this.fal >>> 0 ? 2 : 0;
        const v = ((~(this.fal ^ this.fbl)) & (this.fal ^ r)) < 0 ? 1 : 0;
        return (r < 0 ? 8 : 0) | (r === 0 ? 4 : 0) | c | v;
      }
      case FLAGS_SUB32: {
        const r = this.frl;
        const c = this.fal >>> 0 >= this.fbl >>> 0 ? 2 : 0;
        const v = ((this.fal ^ this.fbl) & (this.fal ^ r)) < 0 ? 1 : 0;
        return (r < 0 ? 8 : 0) | (r === 0 ? 4 : 0) | c | v;
      }
      default:
        return (this.frl < 0 ? 8 : 0) | (this.frl === 0 ? 4 : 0);
    }
  }

  setNZCV(flags: number): void {
    this.flagKind = FLAGS_MATERIAL;
    this.nzcv = flags & 15;
  }

  conditionHolds(cond: number): boolean {
    return CONDITION_TABLE[(cond << 4) | this.getNZCV()] === 1;
  }

  // --- Faults -----------------------------------------------------------------------------------------------

  raise(fault: Fault): void {
    this.fault = fault;
    this.stop = STOP_FAULT;
  }

  /** Raises a data-access fault of the given kind for an address formed as (lo, hi). */
  raiseAccess(kind: 'unmapped' | 'permission' | 'alignment', lo: number, hi: number, access: AccessKind): void {
    this.raise({ kind, address: toBig(lo, hi), access, pc: BigInt(this.pc) });
  }

  raiseLimit(): void {
    this.raise({ kind: 'memoryLimit', requestedBytes: PAGE_SIZE, limitBytes: this.mem.limitBytes, pc: BigInt(this.pc) });
  }

  // --- Memory: the fast paths -------------------------------------------------------------------------------

  /** Loads `size` (1, 2, 4, 8) bytes zero-extended into ldLo/ldHi. Returns false (fault raised) on failure. */
  load(lo: number, hi: number, size: number, checked: boolean): boolean {
    const off = lo & 4095;
    if ((hi & 0xff0000) === 0 && off <= PAGE_SIZE - size) {
      const pn = (hi & 0xffff) * 1048576 + (lo >>> 12);
      const i = pn & (TLB_SIZE - 1);
      if (this.mem.readKeys[i] === pn) {
        const page = this.mem.readPages[i]!;
        if (checked && page.tags !== null && this.readCheck !== 0) {
          if (!this.checkTags(page, off, size, (hi >>> 24) & 15, lo, hi, 'read', this.readCheck)) return false;
        }
        const view = page.view;
        switch (size) {
          case 8: this.ldLo = view.getInt32(off, true); this.ldHi = view.getInt32(off + 4, true); return true;
          case 4: this.ldLo = view.getInt32(off, true); this.ldHi = 0; return true;
          case 2: this.ldLo = view.getUint16(off, true); this.ldHi = 0; return true;
          default: this.ldLo = page.data[off]!; this.ldHi = 0; return true;
        }
      }
    }
    if (!this.slowAccess(lo, hi, size, 'read', checked)) return false;
    const s = this.scratchView;
    switch (size) {
      case 8: this.ldLo = s.getInt32(0, true); this.ldHi = s.getInt32(4, true); break;
      case 4: this.ldLo = s.getInt32(0, true); this.ldHi = 0; break;
      case 2: this.ldLo = s.getUint16(0, true); this.ldHi = 0; break;
      default: this.ldLo = this.scratch[0]!; this.ldHi = 0;
    }
    return true;
  }

  /** Stores the low `size` (1, 2, 4, 8) bytes of (vlo, vhi). */
  store(lo: number, hi: number, size: number, checked: boolean, vlo: number, vhi: number): boolean {
    const off = lo & 4095;
    if ((hi & 0xff0000) === 0 && off <= PAGE_SIZE - size) {
      const pn = (hi & 0xffff) * 1048576 + (lo >>> 12);
      const i = pn & (TLB_SIZE - 1);
      if (this.mem.writeKeys[i] === pn) {
        const page = this.mem.writePages[i]!;
        if (checked && page.tags !== null && this.writeCheck !== 0) {
          if (!this.checkTags(page, off, size, (hi >>> 24) & 15, lo, hi, 'write', this.writeCheck)) return false;
        }
        const view = page.view;
        switch (size) {
          case 8: view.setInt32(off, vlo, true); view.setInt32(off + 4, vhi, true); return true;
          case 4: view.setInt32(off, vlo, true); return true;
          case 2: view.setUint16(off, vlo, true); return true;
          default: page.data[off] = vlo; return true;
        }
      }
    }
    const s = this.scratchView;
    switch (size) {
      case 8: s.setInt32(0, vlo, true); s.setInt32(4, vhi, true); break;
      case 4: s.setInt32(0, vlo, true); break;
      case 2: s.setUint16(0, vlo, true); break;
      default: this.scratch[0] = vlo;
    }
    return this.slowAccess(lo, hi, size, 'write', checked);
  }

  /**
   * Every check of a store (translation, permission, tag check) without writing: a store-exclusive whose monitor
   * check fails still reports the fault the store would take (the Arm ARM leaves the order IMPLEMENTATION DEFINED;
   * this is qemu's choice, and it shows a mismatched pointer even when the exclusive would fail).
   */
  checkStore(lo: number, hi: number, size: number, checked: boolean): boolean {
    return this.slowAccess(lo, hi, size, 'write', checked, false);
  }

  /** 16-byte load (pairs, LDXP, LDR Q): ldLo/ldHi = first 8 bytes, ld2Lo/ld2Hi = next 8. TLB fast path as load(). */
  load16(lo: number, hi: number, checked: boolean): boolean {
    const off = lo & 4095;
    if ((hi & 0xff0000) === 0 && off <= PAGE_SIZE - 16) {
      const pn = (hi & 0xffff) * 1048576 + (lo >>> 12);
      const i = pn & (TLB_SIZE - 1);
      if (this.mem.readKeys[i] === pn) {
        const page = this.mem.readPages[i]!;
        if (checked && page.tags !== null && this.readCheck !== 0) {
          if (!this.checkTags(page, off, 16, (hi >>> 24) & 15, lo, hi, 'read', this.readCheck)) return false;
        }
        const view = page.view;
        this.ldLo = view.getInt32(off, true); this.ldHi = view.getInt32(off + 4, true);
        this.ld2Lo = view.getInt32(off + 8, true); this.ld2Hi = view.getInt32(off + 12, true);
        return true;
      }
    }
    if (!this.slowAccess(lo, hi, 16, 'read', checked)) return false;
    const s = this.scratchView;
    this.ldLo = s.getInt32(0, true); this.ldHi = s.getInt32(4, true);
    this.ld2Lo = s.getInt32(8, true); this.ld2Hi = s.getInt32(12, true);
    return true;
  }

  /**
   * The TLB fast path of a SIMD&FP access of `size` bytes (at most 32) inside one page: the page when the
   * translation is cached and every granule's tag matches (or the access is unchecked), else null, and the caller
   * takes slowAccess, which redoes every check (faults, async recording, watchpoints) exactly. Nothing changes here.
   */
  fastPage(lo: number, hi: number, size: number, write: boolean, checked: boolean): Page | null {
    const off = lo & 4095;
    if ((hi & 0xff0000) !== 0 || off > PAGE_SIZE - size) return null;
    const pn = (hi & 0xffff) * 1048576 + (lo >>> 12);
    const i = pn & (TLB_SIZE - 1);
    if ((write ? this.mem.writeKeys[i] : this.mem.readKeys[i]) !== pn) return null;
    const page = (write ? this.mem.writePages[i] : this.mem.readPages[i])!;
    const tags = page.tags;
    if (checked && tags !== null && (write ? this.writeCheck : this.readCheck) !== 0) {
      const logical = (hi >>> 24) & 15;
      const last = (off + size - 1) >> 4;
      for (let g = off >> 4; g <= last; g++) if (tags[g] !== logical) return null;
    }
    return page;
  }

  /** 16-byte store of two 64-bit values. */
  store16(lo: number, hi: number, checked: boolean, alo: number, ahi: number, blo: number, bhi: number): boolean {
    const off = lo & 4095;
    if ((hi & 0xff0000) === 0 && off <= PAGE_SIZE - 16) {
      const pn = (hi & 0xffff) * 1048576 + (lo >>> 12);
      const i = pn & (TLB_SIZE - 1);
      if (this.mem.writeKeys[i] === pn) {
        const page = this.mem.writePages[i]!;
        if (checked && page.tags !== null && this.writeCheck !== 0) {
          if (!this.checkTags(page, off, 16, (hi >>> 24) & 15, lo, hi, 'write', this.writeCheck)) return false;
        }
        const view = page.view;
        view.setInt32(off, alo, true); view.setInt32(off + 4, ahi, true);
        view.setInt32(off + 8, blo, true); view.setInt32(off + 12, bhi, true);
        return true;
      }
    }
    const s = this.scratchView;
    s.setInt32(0, alo, true); s.setInt32(4, ahi, true); s.setInt32(8, blo, true); s.setInt32(12, bhi, true);
    return this.slowAccess(lo, hi, 16, 'write', checked);
  }

  /**
   * Compares a logical tag with the allocation tags of the granules [off, off+size) of one page. On a mismatch
   * in sync mode it raises the fault and returns false; in async mode it records the first pending fault and
   * returns true (the access goes ahead).
   */
  checkTags(page: Page, off: number, size: number, logical: number, lo: number, hi: number, access: AccessKind, mode: number): boolean {
    const tags = page.tags!;
    const last = (off + size - 1) >> 4;
    for (let g = off >> 4; g <= last; g++) {
      const allocation = tags[g]!;
      if (allocation !== logical) {
        this.tagMismatch(page, g, allocation, logical, lo, hi, access, mode, size);
        return mode !== 1;
      }
    }
    return true;
  }

  tagMismatch(page: Page, g: number, allocation: number, logical: number, lo: number, hi: number, access: AccessKind, mode: number, size: number): void {
    // The Arm ARM checks an access part by part (an unaligned access byte by byte, pairs and SIMD structures
    // element by element, in ascending address order), so the faulting address is that of the first part in the
    // mismatching granule: the granule's start, or the access start when that lies inside the granule.
    const granule = page.number * PAGE_SIZE + g * 16;
    const start = (hi & 0xffff) * 4294967296 + (lo >>> 0);
    let address = toBig(lo, hi);
    if (granule > start) address = (address & ~0xffffffffffffn) | BigInt(granule);
    const fault: TagCheckFault = {
      kind: 'tagCheck', mode: mode === 1 ? 'sync' : 'async', access, size, address,
      logicalTag: logical, allocationTag: allocation, granule: BigInt(granule),
      pc: BigInt(this.pc), instructionCount: this.icount,
    };
    if (mode === 1) this.raise(fault);
    else if (this.pendingAsync === null) this.pendingAsync = fault;
  }

  // --- Memory: the general path -------------------------------------------------------------------------------

  /**
   * Any access of up to 64 bytes, using `scratch` as the data buffer: translation, page crossing,
   * materialisation, permissions and tag checks of every granule all happen before any byte is written.
   */
  slowAccess(lo: number, hi: number, size: number, access: AccessKind, checked: boolean, perform = true): boolean {
    // Within one page whose translation is in the TLB: the same checks without the page walk (watched pages and
    // pages holding decoded code are never in the TLB for the accesses that would need them).
    const off = lo & 4095;
    if ((hi & 0xff0000) === 0 && off <= PAGE_SIZE - size) {
      const pn = (hi & 0xffff) * 1048576 + (lo >>> 12);
      const i = pn & (TLB_SIZE - 1);
      const read = access === 'read';
      if ((read ? this.mem.readKeys[i] : this.mem.writeKeys[i]) === pn) {
        const page = (read ? this.mem.readPages[i] : this.mem.writePages[i])!;
        const mode = read ? this.readCheck : this.writeCheck;
        if (checked && mode !== 0 && page.tags !== null && !this.checkTags(page, off, size, (hi >>> 24) & 15, lo, hi, access, mode)) return false;
        if (!perform) return true;
        // Byte loops: a subarray per access was most of the cost of small accesses (allocation and GC).
        const data = page.data, scratch = this.scratch;
        if (read) for (let k = 0; k < size; k++) scratch[k] = data[off + k]!;
        else for (let k = 0; k < size; k++) data[off + k] = scratch[k]!;
        return true;
      }
    }
    if ((hi & 0xff0000) !== 0) {
      this.raiseAccess('unmapped', lo, hi, access);
      return false;
    }
    const va = (hi & 0xffff) * 4294967296 + (lo >>> 0);
    const firstPn = Math.floor(va / PAGE_SIZE);
    const lastPn = Math.floor((va + size - 1) / PAGE_SIZE);
    const need = access === 'read' ? PERM_READ : PERM_WRITE;
    const pages: Page[] = [];
    for (let pn = firstPn; pn <= lastPn; pn++) {
      const page = this.mem.touch(pn);
      if (page === 'memoryLimit') { this.raiseLimit(); return false; }
      if (page === 'unmapped' || (page.perms & need) === 0) {
        // The fault address is the first byte of the access inside the failing page.
        const a = pn === firstPn ? va : pn * PAGE_SIZE;
        const flo = a % 4294967296 | 0;
        const fhi = (Math.floor(a / 4294967296) | (hi & ~0xffff)) | 0;
        this.raiseAccess(page === 'unmapped' ? 'unmapped' : 'permission', flo, fhi, access);
        return false;
      }
      pages.push(page);
    }
    const mode = access === 'read' ? this.readCheck : this.writeCheck;
    if (checked && mode !== 0) {
      const logical = (hi >>> 24) & 15;
      let a = va;
      const end = va + size;
      for (const page of pages) {
        const base = page.number * PAGE_SIZE;
        const stop = Math.min(end, base + PAGE_SIZE);
        if (page.tags !== null) {
          if (!this.checkTags(page, a - base, stop - a, logical, lo, hi, access, mode)) return false;
        }
        a = stop;
      }
    }
    if (!perform) return true;
    // Perform the access.
    let a = va;
    let done = 0;
    for (const page of pages) {
      const base = page.number * PAGE_SIZE;
      const off = a - base;
      const n = Math.min(size - done, PAGE_SIZE - off);
      if (access === 'read') this.scratch.set(page.data.subarray(off, off + n), done);
      else {
        page.data.set(this.scratch.subarray(done, done + n), off);
        if (page.ops !== null) this.invalidateCode(page);
      }
      done += n;
      a += n;
      if (page.watched) this.checkWatch(base + off, n, access);
      else this.mem.fillTlb(page);
    }
    // The single-thread exclusive monitor is not cleared by ordinary stores (a local monitor need not be); CLREX,
    // a store-exclusive and the kernel (clearExclusiveMonitor on exception return) clear it.
    return true;
  }

  /** Checks only translation and permission for [va, va+size) (cache maintenance, DC ZVA pre-checks). */
  probe(lo: number, hi: number, size: number, access: AccessKind): Page[] | null {
    if ((hi & 0xff0000) !== 0) { this.raiseAccess('unmapped', lo, hi, access); return null; }
    const va = (hi & 0xffff) * 4294967296 + (lo >>> 0);
    const pages: Page[] = [];
    const need = access === 'read' ? PERM_READ : PERM_WRITE;
    for (let pn = Math.floor(va / PAGE_SIZE); pn <= Math.floor((va + size - 1) / PAGE_SIZE); pn++) {
      const page = this.mem.touch(pn);
      if (page === 'memoryLimit') { this.raiseLimit(); return null; }
      if (page === 'unmapped' || (page.perms & need) === 0) {
        // As in slowAccess: the address of the first byte inside the failing page (ST2G's second granule).
        const a = pn === Math.floor(va / PAGE_SIZE) ? va : pn * PAGE_SIZE;
        const flo = a % 4294967296 | 0;
        const fhi = (Math.floor(a / 4294967296) | (hi & ~0xffff)) | 0;
        this.raiseAccess(page === 'unmapped' ? 'unmapped' : 'permission', flo, fhi, access);
        return null;
      }
      pages.push(page);
    }
    return pages;
  }

  checkWatch(va: number, n: number, access: AccessKind): void {
    for (const w of this.watchpoints) {
      if (w.kind === 'tag') continue;
      if (w.kind !== 'access' && w.kind !== access) continue;
      if (va < w.end && w.start < va + n) {
        if (this.watchHit === null) {
          this.watchHit = { id: w.id, address: BigInt(Math.max(va, w.start)), access };
          if (this.stop === STOP_NONE) this.stop = STOP_WATCH;
        }
        return;
      }
    }
  }

  // --- Tags -------------------------------------------------------------------------------------------------

  /** Sets one granule's allocation tag (page must be tagged), recording history and tag watchpoints. */
  setTag(page: Page, granule: number, tag: number): void {
    const tags = page.tags!;
    const old = tags[granule]!;
    tags[granule] = tag;
    const address = page.number * PAGE_SIZE + granule * 16;
    const key = address / 16;
    let list = this.tagHistory.get(key);
    if (!list) {
      if (this.tagHistory.size >= TAG_HISTORY_GRANULES) {
        const oldest = this.tagHistory.keys().next().value;
        if (oldest !== undefined) this.tagHistory.delete(oldest);
      }
      list = [];
      this.tagHistory.set(key, list);
    }
    list.unshift({ granule: BigInt(address), oldTag: old, newTag: tag, pc: BigInt(this.pc), instructionCount: this.icount });
    if (list.length > TAG_HISTORY_PER_GRANULE) list.length = TAG_HISTORY_PER_GRANULE;
    if (this.watchpoints.length !== 0) {
      for (const w of this.watchpoints) {
        if (w.kind === 'tag' && address < w.end && w.start < address + 16 && this.watchHit === null) {
          this.watchHit = { id: w.id, address: BigInt(address), access: 'tag' };
          if (this.stop === STOP_NONE) this.stop = STOP_WATCH;
        }
      }
    }
  }

  // --- Code -------------------------------------------------------------------------------------------------

  invalidateCode(page: Page): void {
    if (page.ops === null) return;
    page.ops = null;
    page.blocks = null;
    page.heat = null;
    this.codePages.delete(page);
    if (this.stop === STOP_NONE) this.stop = STOP_CODE_CHANGED;
  }

  invalidateAllCode(): void {
    for (const page of this.codePages) { page.ops = null; page.blocks = null; page.heat = null; }
    this.codePages.clear();
  }

  /** The page holding `pc` with its decoded-op array, or null with a fetch fault raised. */
  codePage(pc: number): Page | null {
    if ((pc & 3) !== 0) {
      this.raise({ kind: 'alignment', address: BigInt(pc), access: 'fetch', pc: BigInt(pc) });
      return null;
    }
    const pn = Math.floor(pc / PAGE_SIZE);
    const slot = pn & (CODE_TLB_SIZE - 1);
    const mem = this.mem;
    if (mem.codeKeys[slot] === pn) {
      const hit = mem.codePages[slot]!;
      if (hit.ops !== null) return hit;
    }
    const page = mem.touch(pn);
    if (page === 'memoryLimit') { this.raiseLimit(); return null; }
    if (page === 'unmapped' || (page.perms & PERM_EXEC) === 0) {
      this.raise({ kind: page === 'unmapped' ? 'unmapped' : 'permission', address: BigInt(pc), access: 'fetch', pc: BigInt(pc) });
      return null;
    }
    if (page.ops === null) {
      page.ops = new Array(PAGE_SIZE / 4).fill(undefined);
      page.blocks = new Array(PAGE_SIZE / 4).fill(0);
      page.heat = new Int32Array(PAGE_SIZE / 4);
      this.codePages.add(page);
      this.mem.evictWrite(page.number);
    }
    mem.codeKeys[slot] = pn;
    mem.codePages[slot] = page;
    return page;
  }

  /** The op for the instruction at `index` of a code page (decoded and cached on first use). */
  opAt(page: Page, index: number): Op {
    const ops = page.ops!;
    let op = ops[index] as Op | undefined;
    if (op === undefined) {
      op = this.opFactory!(page.view.getUint32(index * 4, true), page.number * PAGE_SIZE + index * 4);
      ops[index] = op;
    }
    return op;
  }

  /**
   * Compiles the block starting at instruction `index` of `page`; null when the block is not worth compiling
   * (mostly interpreter calls), or (and the compiled tier switched off) where the host forbids `new Function`
   * (e.g. a strict content security policy).
   */
  compileAt(page: Page, index: number, allInline = false): CompiledBlock | null {
    try {
      return this.compileBlockAt(page, index, allInline);
    } catch {
      this.blockThreshold = 0;
      return null;
    }
  }

  private compileBlockAt(page: Page, index: number, allInline: boolean): CompiledBlock | null {
    return compileBlock(page.number * PAGE_SIZE + index * 4, page.number * PAGE_SIZE, page.view, (i) => this.opAt(page, i),
      chooseNonExcludedTag, this.breakpoints, allInline);
  }

  /**
   * The interpreter: runs up to `budget` instructions; returns how many completed. Stops early when an op sets
   * `stop` (fault, SVC, breakpoint, watchpoint); CODE_CHANGED is handled here by refetching. A block entered
   * BLOCK_THRESHOLD times is compiled (blockCompiler.ts) and then runs as one function; blocks never start at or
   * contain a breakpoint address (those run in the interpreter, whose op stops there).
   */
  execute(budget: number): number {
    let done = 0;
    let base = -1;
    let page: Page | null = null;
    let ops: unknown[] | null = null;
    let blocks: unknown[] | null = null;
    let heat: Int32Array | null = null;
    const useBlocks = this.blockThreshold > 0;
    const breakpoints = this.breakpoints;
    const threshold = this.blockThreshold;
    while (done < budget) {
      const pc = this.pc;
      const off = pc - base;
      if (off < 0 || off >= PAGE_SIZE || ops === null) {
        page = this.codePage(pc);
        if (page === null) return done;
        ops = page.ops;
        blocks = page.blocks;
        heat = page.heat;
        base = pc - (pc & 4095);
      }
      const index = (pc & 4095) >> 2;
      if (useBlocks) {
        const entry = blocks![index];
        if (typeof entry === 'function') {
          const block = entry as CompiledBlock;
          if (block.size <= budget - done) {
            const before = this.icount;
            const k = block(this, budget - done);
            done += k;
            this.icount = before + k; // the block set icount only at its accesses
            if (this.stop !== STOP_NONE) {
              if (this.stop === STOP_CODE_CHANGED) { this.stop = STOP_NONE; ops = null; continue; }
              return done;
            }
            continue;
          }
        } else {
          const h = heat![index]! + 1;
          heat![index] = h;
          // A block whose every instruction has inline code is compiled at `threshold` entries; one that calls
          // interpreter closures gains less for the same V8 compile cost and waits for 4x as many.
          if ((h === threshold || h >= threshold * LATE_FACTOR) && !breakpoints.has(pc)) {
            const early = h === threshold && threshold >= 64;
            const compiled = this.compileAt(page!, index, early);
            if (compiled !== null) {
              blocks![index] = compiled;
              continue;
            }
            if (!early) heat![index] = -0x80000000; // not for a long time
          }
        }
      }
      let op = ops![index] as Op | undefined;
      if (op === undefined) op = this.opAt(page!, index);
      op(this);
      if (this.stop !== STOP_NONE) {
        const s = this.stop;
        if (s === STOP_CODE_CHANGED) {
          this.stop = STOP_NONE;
          ops = null;
          done++;
          this.icount++;
          continue;
        }
        if (s !== STOP_FAULT && s !== STOP_BREAKPOINT) { done++; this.icount++; }
        return done;
      }
      done++;
      this.icount++;
    }
    return done;
  }
}
