// createMachine: the Machine (registers, tagged memory, run control, MTE state, snapshots) and the KernelControls
// the Linux layer uses. Run control slices execution so that pause requests, the async tag-fault delivery bound
// and step limits are honoured between slices; faults, SVCs, breakpoints and watchpoints stop the interpreter
// loop and are turned into StopReasons here (through the ExceptionHandler for faults and SVCs).

import type {
  ExceptionHandler, Fault, KernelControls, Machine, MachineSnapshot, MemoryBudget, MemoryRegion, MteState, RunOptions, StopReason,
  TagCheckFault, TagCheckMode, TagWrite, WatchKind,
} from './api.js';
import {
  Cpu, SLOT_SP, STOP_BREAKPOINT, STOP_FAULT, STOP_NONE, STOP_SVC, STOP_WATCH, toBig, type Op, type TagWriteRecord,
  FLAGS_MATERIAL,
} from './cpu.js';
import { Memory, Page, PAGE_SIZE, PERM_EXEC, PERM_READ, PERM_WRITE, type PageBacking, type Region } from './memory.js';
import { makeOp } from './executor.js';
import { rgsrForSeed } from './mteTags.js';
import { signalForFault } from './signals.js';

export type { Machine, KernelControls } from './api.js';
export { signalForFault } from './signals.js';

export interface MachineOptions {
  /** Bound on pages plus tag storage in bytes. Default 1 GiB. */
  readonly memoryLimitBytes?: number;
  /** Seed for IRG's RandomTag LFSR (RGSR_EL1.SEED). */
  readonly seed?: number;
  /** Source of CNTVCT_EL0 (ticks of 1 GHz); default: the instruction count. */
  readonly counter?: () => bigint;
  /** Instructions after which a pending async tag fault is delivered if no kernel entry happened. Default 10000. */
  readonly asyncFaultBound?: number;
  /**
   * Entries into a basic block before it is compiled to a JavaScript function (default 4096 for blocks whose every instruction has inline code, 4x that for the others: compiling costs V8 milliseconds per block); 0 keeps everything in
   * the interpreter, 1 compiles every block at once (tests run both tiers).
   */
  readonly compileThreshold?: number;
}

/** Instructions run between checks of the pause flag and async-fault bound. */
const SLICE = 1 << 16;
const DEFAULT_LIMIT = 1 << 30;
/** Largest debugger read in one call (bytes); longer requests are truncated. */
const MAX_DEBUG_READ = 1 << 26;

/** What restore() needs; opaque to users. */
interface SnapshotData extends MachineSnapshot {
  readonly x: Int32Array;
  readonly v: Uint8Array;
  readonly pc: number;
  readonly nzcv: number;
  readonly sys: { tpidr: bigint; tpidrro: bigint; fpcr: number; fpsr: number; tco: number; dit: number; rgsr: number; gcrExclude: number; mode: TagCheckMode; taggedAddressAbi: boolean };
  readonly exclusive: [number, number];
  readonly pendingAsync: TagCheckFault | null;
  readonly regions: Region[];
  readonly pages: { number: number; perms: number; data: Uint8Array; tags: Uint8Array | null }[];
  readonly tagHistory: [number, TagWriteRecord[]][];
  readonly inUseBytes: number;
}

export type MachineImpl = Machine & KernelControls & {
  /** The options of the run() in progress (the kernel reads stopOnSignals). */
  readonly runOptions: RunOptions;
  /** Sets TPIDRRO_EL0 (kernel-owned). */
  setReadOnlyThreadPointer(value: bigint): void;
  /** Reports whether PR_TAGGED_ADDR_ENABLE is on (kept for mteState). */
  setTaggedAddressAbi(on: boolean): void;
  /** Clears the exclusive monitor (the kernel does this on exception return). */
  clearExclusiveMonitor(): void;
};

function bigToNumber48(address: bigint): number {
  return Number(address & 0xffffffffffffn);
}

/**
 * The address a debugger access reaches: bits 56-63 are ignored (top-byte ignore, as for the guest's data
 * accesses); an address with any of bits 48-55 set is not canonical (a guest access faults) and reaches nothing: -1.
 */
function debugAddress(address: bigint): number {
  return ((address >> 48n) & 0xffn) === 0n ? Number(address & 0xffffffffffffn) : -1;
}

class MachineImplementation implements Machine, KernelControls {
  readonly mem: Memory;
  readonly cpu: Cpu;
  private handler: ExceptionHandler | null = null;
  private pauseRequested = false;
  private nextWatchId = 1;
  private readonly asyncBound: number;
  runOptions: RunOptions = {};
  private seed: number;

  constructor(options: MachineOptions) {
    this.mem = new Memory(options.memoryLimitBytes ?? DEFAULT_LIMIT);
    this.cpu = new Cpu(this.mem);
    this.cpu.opFactory = (word, pc) => this.buildOp(word, pc);
    this.mem.onLayoutChange = () => this.cpu.invalidateAllCode();
    this.seed = options.seed ?? 1;
    this.cpu.rgsr = rgsrForSeed(this.seed);
    this.cpu.clock = options.counter ?? null;
    this.asyncBound = options.asyncFaultBound ?? 10000;
    if (options.compileThreshold !== undefined) this.cpu.blockThreshold = options.compileThreshold;
  }

  /** Decodes a word, wrapping it when a breakpoint sits at its address. */
  private buildOp(word: number, pc: number): Op {
    const inner = makeOp(word, pc);
    if (!this.cpu.breakpoints.has(pc)) return inner;
    return (c) => {
      if (c.breakpointSkip === pc) { c.breakpointSkip = -1; inner(c); return; }
      c.stop = STOP_BREAKPOINT;
    };
  }

  // --- Registers -------------------------------------------------------------------------------------------

  getX(n: number): bigint { return n >= 31 || n < 0 ? 0n : this.cpu.getBig(n); }
  setX(n: number, value: bigint): void { if (n >= 0 && n < 31) this.cpu.setBig(n, value); }
  getSP(): bigint { return this.cpu.getBig(SLOT_SP); }
  setSP(value: bigint): void { this.cpu.setBig(SLOT_SP, value); }
  getPC(): bigint { return BigInt(this.cpu.pc); }
  setPC(value: bigint): void { this.cpu.pc = bigToNumber48(value & 0x00ffffffffffffffn) + (value & (1n << 55n) ? 2 ** 56 : 0); }
  getNZCV(): number { return this.cpu.getNZCV() << 28; }
  setNZCV(value: number): void { this.cpu.setNZCV((value >>> 28) & 15); }
  getV(n: number): Uint8Array { return this.cpu.v.slice(n * 16, n * 16 + 16); }
  setV(n: number, bytes: Uint8Array): void { this.cpu.v.set(bytes.subarray(0, 16), n * 16); }

  getSystemRegister(name: 'tpidr_el0' | 'fpcr' | 'fpsr' | 'tco' | 'dit' | 'rgsr_el1' | 'gcr_el1'): bigint {
    const c = this.cpu;
    switch (name) {
      case 'tpidr_el0': return c.tpidr;
      case 'fpcr': return BigInt(c.fpcr >>> 0);
      case 'fpsr': return BigInt(c.fpsr >>> 0);
      case 'tco': return BigInt(c.tco << 25);
      case 'dit': return BigInt(c.dit) << 24n;
      case 'rgsr_el1': return BigInt(c.rgsr >>> 0);
      case 'gcr_el1': return BigInt(c.gcrExclude) | (1n << 16n);
    }
  }

  setSystemRegister(name: 'tpidr_el0' | 'fpcr' | 'fpsr' | 'tco' | 'dit' | 'rgsr_el1' | 'gcr_el1', value: bigint): void {
    const c = this.cpu;
    switch (name) {
      case 'tpidr_el0': c.tpidr = value & 0xffffffffffffffffn; break;
      case 'fpcr': c.fpcr = Number(value & 0x07c80000n); break; // fp.ts FPCR_MASK
      case 'fpsr': c.fpsr = Number(value & 0xf800009fn) | 0; break; // fp.ts FPSR_MASK
      case 'tco': c.tco = Number((value >> 25n) & 1n); c.updateCheckModes(); break;
      case 'dit': c.dit = Number((value >> 24n) & 1n); break;
      case 'rgsr_el1': c.rgsr = Number(value & 0xffff0fn); break;
      case 'gcr_el1': c.gcrExclude = Number(value & 0xffffn); break;
    }
  }

  setReadOnlyThreadPointer(value: bigint): void { this.cpu.tpidrro = value; }
  clearExclusiveMonitor(): void { this.cpu.exclusiveAddress = -1; }

  // --- Memory ----------------------------------------------------------------------------------------------

  readMemory(address: bigint, length: number): { data: Uint8Array; readableLength: number } {
    const n = Number.isFinite(length) ? Math.min(Math.max(0, Math.floor(length)), MAX_DEBUG_READ) : 0;
    const a = debugAddress(address);
    if (a < 0) return { data: new Uint8Array(n), readableLength: 0 };
    return this.mem.peek(a, n);
  }

  writeMemory(address: bigint, data: Uint8Array): number {
    const a = debugAddress(address);
    if (a < 0) return 0;
    return this.mem.poke(a, data, (page) => this.cpu.invalidateCode(page));
  }

  readTags(address: bigint, granules: number): (number | null)[] {
    const a = debugAddress(address);
    const start = Math.floor(a / 16) * 16;
    const out: (number | null)[] = [];
    const count = Number.isFinite(granules) ? Math.min(Math.max(0, Math.floor(granules)), MAX_DEBUG_READ / 16) : 0;
    for (let i = 0; i < count; i++) out.push(a < 0 ? null : this.mem.peekTag(start + 16 * i));
    return out;
  }

  /** Debugger tag writes: no tag history entry, no tag watchpoint (no guest-visible side effects). */
  writeTags(address: bigint, tags: readonly number[]): number {
    const a = debugAddress(address);
    if (a < 0) return 0;
    const start = Math.floor(a / 16) * 16;
    let written = 0;
    for (const tag of tags) {
      const a = start + 16 * written;
      const page = this.mem.touch(Math.floor(a / PAGE_SIZE));
      if (typeof page === 'string' || page.tags === null) break;
      page.tags[(a % PAGE_SIZE) >> 4] = tag & 15;
      written++;
    }
    return written;
  }

  regions(): readonly MemoryRegion[] {
    return this.mem.mergedRegions().map((r) => ({
      start: BigInt(r.start) * BigInt(PAGE_SIZE), end: BigInt(r.end) * BigInt(PAGE_SIZE),
      read: (r.perms & PERM_READ) !== 0, write: (r.perms & PERM_WRITE) !== 0, execute: (r.perms & PERM_EXEC) !== 0,
      tagged: r.tagged, name: r.name,
    }));
  }

  private pageRange(address: bigint, size: number): [number, number] {
    if (!Number.isFinite(size) || size <= 0) return [0, 0];
    const start = bigToNumber48(address);
    const first = Math.floor(start / PAGE_SIZE);
    const last = Math.ceil((start + Math.max(0, size)) / PAGE_SIZE);
    return [first, last];
  }

  map(address: bigint, size: number, perms: { read: boolean; write: boolean; execute: boolean; tagged: boolean }, name = ''): void {
    const [a, b] = this.pageRange(address, size);
    if (b > a) this.mem.map(a, b, perms, name);
  }

  mapShared(address: bigint, size: number, perms: { read: boolean; write: boolean; execute: boolean; tagged: boolean }, name: string, store: PageBacking, firstIndex: number): void {
    const [a, b] = this.pageRange(address, size);
    if (b > a) this.mem.map(a, b, perms, name, { store, firstIndex });
  }

  unmap(address: bigint, size: number): void {
    const [a, b] = this.pageRange(address, size);
    if (b > a) this.mem.unmap(a, b);
  }

  discardPages(address: bigint, size: number): void {
    const [a, b] = this.pageRange(address, size);
    if (b <= a) return;
    for (const page of this.mem.discard(a, b)) if (page.ops !== null) this.cpu.invalidateCode(page);
  }

  protect(address: bigint, size: number, perms: { read: boolean; write: boolean; execute: boolean; tagged: boolean }): void {
    const [a, b] = this.pageRange(address, size);
    if (b > a) this.mem.protect(a, b, perms);
  }

  get memoryInUseBytes(): number { return this.mem.inUseBytes; }
  get memoryBudget(): MemoryBudget { return this.mem.budget; }
  useMemoryBudget(budget: MemoryBudget): void { this.mem.useBudget(budget); }

  clearTags(address: bigint, size: number): void {
    const start = Math.floor(bigToNumber48(address) / 16) * 16;
    const end = bigToNumber48(address) + size;
    for (let a = start; a < end; a += 16) {
      const page = this.mem.pages.get(Math.floor(a / PAGE_SIZE));
      if (page && page.tags) page.tags[(a % PAGE_SIZE) >> 4] = 0;
    }
  }

  // --- Run control -----------------------------------------------------------------------------------------

  get instructionCount(): number { return this.cpu.icount; }

  setExceptionHandler(handler: ExceptionHandler): void { this.handler = handler; }

  requestPause(): void { this.pauseRequested = true; }

  addBreakpoint(address: bigint): void {
    const pc = bigToNumber48(address);
    if (this.cpu.breakpoints.has(pc)) return;
    this.cpu.breakpoints.add(pc);
    this.dropOp(pc);
  }

  removeBreakpoint(address: bigint): void {
    const pc = bigToNumber48(address);
    if (this.cpu.breakpoints.delete(pc)) this.dropOp(pc);
  }

  /**
   * Forgets the decoded op at one address so it is rebuilt (with or without a breakpoint wrapper), and the
   * compiled blocks of its page (blocks end before breakpoint addresses).
   */
  private dropOp(pc: number): void {
    const page = this.mem.pages.get(Math.floor(pc / PAGE_SIZE));
    if (page && page.ops) {
      page.ops[(pc % PAGE_SIZE) >> 2] = undefined;
      if (page.blocks) page.blocks.fill(0);
      if (page.heat) page.heat.fill(0);
    }
  }

  addWatchpoint(address: bigint, length: number, kind: WatchKind): number {
    const id = this.nextWatchId++;
    const start = bigToNumber48(address);
    const end = start + Math.max(1, length);
    this.cpu.watchpoints.push({ id, start, end, kind });
    this.refreshWatchedPages();
    return id;
  }

  removeWatchpoint(id: number): void {
    this.cpu.watchpoints = this.cpu.watchpoints.filter((w) => w.id !== id);
    this.refreshWatchedPages();
  }

  private refreshWatchedPages(): void {
    const set = new Set<number>();
    for (const w of this.cpu.watchpoints) {
      if (w.kind === 'tag') continue;
      for (let pn = Math.floor(w.start / PAGE_SIZE); pn <= Math.floor((w.end - 1) / PAGE_SIZE); pn++) set.add(pn);
    }
    this.mem.watchedPages = set;
    for (const page of this.mem.pages.values()) page.watched = set.has(page.number);
    this.mem.flushTlb();
  }

  run(options: RunOptions = {}): StopReason {
    this.runOptions = options;
    const c = this.cpu;
    const until = options.until !== undefined ? bigToNumber48(options.until) : -1;
    const temporary = until >= 0 && !c.breakpoints.has(until);
    if (temporary) { c.breakpoints.add(until); this.dropOp(until); }
    try {
      return this.runLoop(options.maxSteps ?? Infinity, false);
    } finally {
      if (temporary) { c.breakpoints.delete(until); this.dropOp(until); }
    }
  }

  step(): StopReason {
    this.runOptions = { maxSteps: 1 };
    return this.runLoop(1, true);
  }

  private runLoop(maxSteps: number, stepping: boolean): StopReason {
    const c = this.cpu;
    const start = c.icount;
    // Resuming at a breakpoint executes it (the debugger already reported it).
    c.breakpointSkip = c.pc;
    let first = true;
    for (;;) {
      if (this.pauseRequested) {
        this.pauseRequested = false;
        return { kind: 'paused', pc: BigInt(c.pc) };
      }
      const done = c.icount - start;
      if (done >= maxSteps) {
        return stepping ? { kind: 'step', pc: BigInt(c.pc) } : { kind: 'limit', pc: BigInt(c.pc) };
      }
      let budget = Math.min(maxSteps - done, SLICE);
      if (first) budget = 1;
      if (c.pendingAsync !== null) {
        const due = c.pendingAsync.instructionCount + this.asyncBound - c.icount;
        if (due <= 0) {
          const fault = c.pendingAsync;
          c.pendingAsync = null;
          const r = this.handler ? this.handler.asyncFaultDue(this, fault) : this.defaultFaultStop(fault);
          if (r) return r;
          continue;
        }
        budget = Math.min(budget, due);
      }
      c.stop = STOP_NONE;
      c.execute(budget);
      if (first) { first = false; c.breakpointSkip = -1; }
      const stop = c.stop;
      c.stop = STOP_NONE;
      if (stop === STOP_NONE) continue;
      if (stop === STOP_FAULT) {
        const fault = c.fault!;
        c.fault = null;
        const r = this.handler ? this.handler.fault(this, fault) : this.defaultFaultStop(fault);
        if (r) return r;
        if (stepping) return { kind: 'step', pc: BigInt(c.pc) };
        continue;
      }
      if (stop === STOP_SVC) {
        const r = this.handler ? this.handler.supervisorCall(this, c.svcImmediate) : this.defaultSupervisorCall();
        if (r) return r;
        continue;
      }
      if (stop === STOP_BREAKPOINT) return { kind: 'breakpoint', pc: BigInt(c.pc) };
      if (stop === STOP_WATCH) {
        const hit = c.watchHit!;
        c.watchHit = null;
        return { kind: 'watchpoint', id: hit.id, address: hit.address, access: hit.access, pc: BigInt(c.pc) };
      }
    }
  }

  /** Without a kernel: a fault stops the machine with the signal Linux would send. */
  private defaultFaultStop(fault: Fault): StopReason {
    const s = signalForFault(fault);
    return { kind: 'signal', signal: s.signal, code: s.code, fault, pc: BigInt(this.cpu.pc), fatal: true };
  }

  /** Without a kernel: exit/exit_group end the run; any other SVC stops as SIGSYS. */
  private defaultSupervisorCall(): StopReason | undefined {
    const nr = Number(this.getX(8));
    if (nr === 93 || nr === 94) return { kind: 'exit', code: Number(this.getX(0) & 0xffn) };
    return { kind: 'signal', signal: 31, code: 0, pc: BigInt(this.cpu.pc), fatal: true };
  }

  // --- MTE -------------------------------------------------------------------------------------------------

  mteState(): MteState {
    const c = this.cpu;
    return {
      mode: c.mode, taggedAddressAbi: c.taggedAddressAbi, includeMask: ~c.gcrExclude & 0xffff,
      tagCheckOverride: c.tco === 1, randomTagSeed: this.seed,
      ...(c.pendingAsync ? { pendingAsyncFault: c.pendingAsync } : {}),
    };
  }

  setRandomTagSeed(seed: number): void {
    this.seed = seed;
    this.cpu.rgsr = rgsrForSeed(seed);
  }

  tagHistory(address: bigint): readonly TagWrite[] {
    const granule = Math.floor(bigToNumber48(address) / 16);
    return [...(this.cpu.tagHistory.get(granule) ?? [])];
  }

  setTagCheckMode(mode: TagCheckMode): void { this.cpu.mode = mode; this.cpu.updateCheckModes(); }
  setIncludeMask(mask: number): void { this.cpu.gcrExclude = ~mask & 0xffff; }
  setTagCheckOverride(on: boolean): void { this.cpu.tco = on ? 1 : 0; this.cpu.updateCheckModes(); }
  setTaggedAddressAbi(on: boolean): void { this.cpu.taggedAddressAbi = on; }

  takePendingAsyncFault(): TagCheckFault | undefined {
    const f = this.cpu.pendingAsync;
    this.cpu.pendingAsync = null;
    return f ?? undefined;
  }

  // --- Snapshots -------------------------------------------------------------------------------------------

  snapshot(): MachineSnapshot {
    const c = this.cpu;
    const data: SnapshotData = {
      instructionCount: c.icount,
      x: c.x.slice(), v: c.v.slice(), pc: c.pc, nzcv: c.getNZCV(),
      sys: { tpidr: c.tpidr, tpidrro: c.tpidrro, fpcr: c.fpcr, fpsr: c.fpsr, tco: c.tco, dit: c.dit, rgsr: c.rgsr, gcrExclude: c.gcrExclude, mode: c.mode, taggedAddressAbi: c.taggedAddressAbi },
      exclusive: [c.exclusiveAddress, c.exclusiveSize],
      pendingAsync: c.pendingAsync,
      regions: this.mem.regions.map((r) => ({ ...r })),
      pages: [...this.mem.pages.values()].map((p) => ({ number: p.number, perms: p.perms, data: p.data.slice(), tags: p.tags ? p.tags.slice() : null })),
      tagHistory: [...c.tagHistory.entries()].map(([k, v]) => [k, [...v]]),
      inUseBytes: this.mem.inUseBytes,
    };
    return data;
  }

  copyStateFrom(source: KernelControls): boolean {
    if (!(source instanceof MachineImplementation)) return false;
    const from = source.cpu;
    const c = this.cpu;
    c.x.set(from.x); c.v.set(from.v); c.pc = from.pc;
    c.flagKind = FLAGS_MATERIAL; c.nzcv = from.getNZCV();
    const sys = { tpidr: from.tpidr, tpidrro: from.tpidrro, fpcr: from.fpcr, fpsr: from.fpsr, tco: from.tco, dit: from.dit, rgsr: from.rgsr, gcrExclude: from.gcrExclude, mode: from.mode, taggedAddressAbi: from.taggedAddressAbi };
    Object.assign(c, sys);
    c.updateCheckModes();
    [c.exclusiveAddress, c.exclusiveSize] = [from.exclusiveAddress, from.exclusiveSize];
    c.pendingAsync = from.pendingAsync;
    c.icount = from.icount;
    this.mem.regions = source.mem.regions.map((r) => ({ ...r }));
    this.mem.inUseBytes = 0;
    this.mem.pages.clear();
    c.codePages.clear();
    // Decoded instructions are pure functions of (word, pc) unless a breakpoint wraps them: with no breakpoints on
    // either side, the copy starts with the source's decoded ops (same bytes, same addresses) instead of decoding
    // them again. Compiled blocks refer to their own machine's pages and are not shared.
    const shareOps = from.breakpoints.size === 0 && c.breakpoints.size === 0;
    for (const p of source.mem.pages.values()) {
      // Pages of shared memory (MAP_SHARED) keep using their store's buffers: parent and child share them.
      const shared = source.mem.findRegion(p.number)?.backing !== undefined;
      const page = shared ? new Page(p.number, p.perms, p.tags !== null, { data: p.data, tags: p.tags }) : new Page(p.number, p.perms, p.tags !== null);
      if (!shared) {
        page.data.set(p.data);
        if (p.tags) page.tags!.set(p.tags);
      }
      page.watched = this.mem.watchedPages.has(p.number);
      if (shareOps && p.ops !== null) {
        page.ops = p.ops.slice();
        page.blocks = new Array(PAGE_SIZE / 4).fill(0);
        page.heat = new Int32Array(PAGE_SIZE / 4);
        c.codePages.add(page);
      }
      this.mem.pages.set(p.number, page);
    }
    this.mem.inUseBytes = source.mem.inUseBytes;
    c.tagHistory.clear();
    for (const [k, v] of from.tagHistory) c.tagHistory.set(k, [...v]);
    this.mem.flushTlb();
    return true;
  }

  restore(snapshot: MachineSnapshot): void {
    const s = snapshot as SnapshotData;
    const c = this.cpu;
    c.x.set(s.x); c.v.set(s.v); c.pc = s.pc;
    c.flagKind = FLAGS_MATERIAL; c.nzcv = s.nzcv;
    Object.assign(c, s.sys);
    c.updateCheckModes();
    [c.exclusiveAddress, c.exclusiveSize] = s.exclusive;
    c.pendingAsync = s.pendingAsync;
    c.icount = s.instructionCount;
    this.mem.regions = s.regions.map((r) => ({ ...r }));
    this.mem.pages.clear();
    for (const p of s.pages) {
      const b = this.mem.findRegion(p.number)?.backing;
      // A page of shared memory goes back into its store (its buffers stay those of the store).
      const page = b ? new Page(p.number, p.perms, p.tags !== null, b.store.page(p.number - b.base, p.tags !== null)) : new Page(p.number, p.perms, p.tags !== null);
      page.data.set(p.data);
      if (p.tags) page.tags!.set(p.tags);
      page.watched = this.mem.watchedPages.has(p.number);
      this.mem.pages.set(p.number, page);
    }
    this.mem.inUseBytes = s.inUseBytes;
    c.tagHistory.clear();
    for (const [k, v] of s.tagHistory) c.tagHistory.set(k, [...v]);
    c.codePages.clear();
    this.mem.flushTlb();
  }
}

/** Creates an independent machine (no globals: any number can run in one process). */
export function createMachine(options: MachineOptions = {}): MachineImpl {
  return new MachineImplementation(options);
}

export { toBig };
