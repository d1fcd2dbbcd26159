// The contract of the machine and the Linux process (emulator/machine, emulator/linux): a unicorn-like API that
// the command line, the debug adapter and tests drive. Faults and stops are typed values, never exceptions.
// Debugger access (read*/write* below) never faults, never checks tags and never changes guest-visible state
// other than what it writes. 64-bit values cross this API as bigint; the interpreter's hot path does not.

import type { ProgramImage } from '../program.js';

export type TagCheckMode = 'none' | 'sync' | 'async' | 'asymmetric';
export type AccessKind = 'read' | 'write';

export interface TagCheckFault {
  readonly kind: 'tagCheck';
  /** The check mode that applied to this access (asymmetric resolves to sync for reads, async for writes). */
  readonly mode: 'sync' | 'async';
  readonly access: AccessKind;
  /** Size in bytes of the whole access. */
  readonly size: number;
  /**
   * The faulting address (FAR, si_addr), tag bits included: that of the first part of the access (byte of an
   * unaligned access, element of a pair or SIMD structure) in the mismatching granule, as the Arm ARM checks
   * tags per part: the access start when it lies in that granule, else the granule's start.
   */
  readonly address: bigint;
  readonly logicalTag: number;
  readonly allocationTag: number;
  /** Untagged address of the first granule whose allocation tag did not match. */
  readonly granule: bigint;
  /** Address of the instruction that made the access (for async faults too: the emulator knows). */
  readonly pc: bigint;
  /** Instruction count at the access, for ordering and history. */
  readonly instructionCount: number;
}

export type Fault =
  | TagCheckFault
  | { readonly kind: 'unmapped'; readonly address: bigint; readonly access: AccessKind | 'fetch'; readonly pc: bigint }
  | { readonly kind: 'permission'; readonly address: bigint; readonly access: AccessKind | 'fetch'; readonly pc: bigint }
  | { readonly kind: 'alignment'; readonly address: bigint; readonly access: AccessKind | 'fetch'; readonly pc: bigint }
  | { readonly kind: 'undefinedInstruction'; readonly word: number; readonly pc: bigint }
  | { readonly kind: 'memoryLimit'; readonly requestedBytes: number; readonly limitBytes: number; readonly pc: bigint }
  /** BRK #imm executed (Linux: SIGTRAP, TRAP_BRKPT); pc is the BRK instruction. */
  | { readonly kind: 'breakpointInstruction'; readonly immediate: number; readonly pc: bigint };

export type StopReason =
  | { readonly kind: 'breakpoint'; readonly pc: bigint }
  | { readonly kind: 'step'; readonly pc: bigint }
  | { readonly kind: 'watchpoint'; readonly id: number; readonly address: bigint; readonly access: AccessKind | 'tag'; readonly pc: bigint }
  /** A signal is about to be delivered (to a handler, or fatally). The guest state is the faulting state; continuing delivers it. */
  | { readonly kind: 'signal'; readonly signal: number; readonly code: number; readonly fault?: Fault; readonly pc: bigint; readonly fatal: boolean }
  | { readonly kind: 'exit'; readonly code: number }
  /** The process ended by a signal (after a 'signal' stop was continued, or when run without stopping on signals). */
  | { readonly kind: 'killed'; readonly signal: number; readonly code: number; readonly fault?: Fault; readonly coreDumped: boolean }
  | { readonly kind: 'limit'; readonly pc: bigint }
  | { readonly kind: 'paused'; readonly pc: bigint }
  /** The guest is in read(0, ...) with no input available; resume after providing input. */
  | { readonly kind: 'waitingForInput'; readonly pc: bigint };

export interface RunOptions {
  /** Stop with 'limit' after this many instructions. */
  readonly maxSteps?: number;
  /** Stop (kind 'breakpoint') when pc reaches this address. */
  readonly until?: bigint;
  /** Stop with a 'signal' stop before delivering a signal (debuggers want this; `run` on the command line does not). */
  readonly stopOnSignals?: boolean;
}

export interface MemoryRegion {
  readonly start: bigint;
  readonly end: bigint;
  readonly read: boolean;
  readonly write: boolean;
  readonly execute: boolean;
  /** PROT_MTE: this region has allocation tags. */
  readonly tagged: boolean;
  /** '[stack]', '[heap]', the program path, or '' for anonymous mappings. */
  readonly name: string;
}

export interface MteState {
  readonly mode: TagCheckMode;
  /** PR_TAGGED_ADDR_ENABLE. */
  readonly taggedAddressAbi: boolean;
  /** IRG/ADDG/SUBG include mask (bits 0-15); GCR_EL1.Exclude is its complement. */
  readonly includeMask: number;
  /** PSTATE.TCO. */
  readonly tagCheckOverride: boolean;
  /** RGSR_EL1 seed for the RandomTag LFSR. */
  readonly randomTagSeed: number;
  /** An async fault recorded but not yet delivered. */
  readonly pendingAsyncFault?: TagCheckFault;
}

/** A change of a granule's allocation tag, recorded for the debugger's tag history. */
export interface TagWrite {
  readonly granule: bigint;
  readonly oldTag: number;
  readonly newTag: number;
  readonly pc: bigint;
  readonly instructionCount: number;
}

export type WatchKind = 'read' | 'write' | 'access' | 'tag';

/** Everything the host provides; the emulator never touches the host by itself. */
export interface HostIO {
  /** Guest output; `false` when the host's stream is closed (a reader that went away: the guest gets EPIPE/SIGPIPE). */
  writeStdout(bytes: Uint8Array): boolean | void;
  writeStderr(bytes: Uint8Array): boolean | void;
  /** Up to `max` bytes of standard input; an empty array at end of input; undefined when none is available yet. */
  readStdin(max: number): Uint8Array | undefined;
  /** Nanoseconds since the epoch, for clock_gettime (tests inject a fixed clock). */
  nowNanoseconds(): bigint;
  /** Read-only and writable roots of the sandboxed file system (the process sees nothing else). */
  readonly files?: SandboxFileSystem;
}

/** Host files the guest may see, injected by the host layer (Node in cli/ and debug-adapter/, in-memory in tests). */
export interface SandboxFileSystem {
  /** Guest path -> file contents, or undefined if it does not exist or is outside every root. */
  readFile(guestPath: string): Uint8Array | undefined;
  /** Directory listing, or undefined. */
  listDirectory(guestPath: string): readonly { name: string; directory: boolean }[] | undefined;
  /** Writes a whole file; false when the path is not under a writable root. */
  writeFile?(guestPath: string, data: Uint8Array): boolean;
  readonly cwd: string;
}

export interface ProcessOptions {
  readonly program: ProgramImage;
  readonly argv: readonly string[];
  readonly envp?: readonly string[];
  /** Seed for IRG's RandomTag LFSR, AT_RANDOM, getrandom and /dev/urandom: same seed, same run. */
  readonly seed?: number;
  /** Bound on guest memory in bytes (mapped pages + tags). Default 1 GiB. */
  readonly memoryLimitBytes?: number;
  /** Cap on live threads plus unreaped child processes (like RLIMIT_NPROC): clone/fork fail with EAGAIN. Default 256. */
  readonly maxTasks?: number;
  readonly host: HostIO;
}

/** The machine: registers, tagged memory and run control. */
export interface Machine {
  // Registers. n = 0..30 for X0..X30; 31 means XZR for getX/setX (use getSP/setSP for SP).
  getX(n: number): bigint;
  setX(n: number, value: bigint): void;
  getSP(): bigint;
  setSP(value: bigint): void;
  getPC(): bigint;
  setPC(value: bigint): void;
  /** NZCV in bits 31:28, as MRS NZCV reads it. */
  getNZCV(): number;
  setNZCV(value: number): void;
  /** V0..V31 as 16 little-endian bytes. */
  getV(n: number): Uint8Array;
  setV(n: number, bytes: Uint8Array): void;
  getSystemRegister(name: 'tpidr_el0' | 'fpcr' | 'fpsr' | 'tco' | 'dit' | 'rgsr_el1' | 'gcr_el1'): bigint;
  setSystemRegister(name: 'tpidr_el0' | 'fpcr' | 'fpsr' | 'tco' | 'dit' | 'rgsr_el1' | 'gcr_el1', value: bigint): void;

  // Memory as the debugger sees it (TBI applies: tag bits of the address are ignored).
  readMemory(address: bigint, length: number): { data: Uint8Array; readableLength: number };
  writeMemory(address: bigint, data: Uint8Array): number;
  /** One allocation tag per 16-byte granule from the granule containing `address`; null where untagged or unmapped. */
  readTags(address: bigint, granules: number): (number | null)[];
  /** Sets allocation tags from the granule containing `address`; returns how many were written (stops at untagged memory). */
  writeTags(address: bigint, tags: readonly number[]): number;
  regions(): readonly MemoryRegion[];
  map(address: bigint, size: number, perms: { read: boolean; write: boolean; execute: boolean; tagged: boolean }, name?: string): void;
  unmap(address: bigint, size: number): void;
  protect(address: bigint, size: number, perms: { read: boolean; write: boolean; execute: boolean; tagged: boolean }): void;

  // Run control.
  run(options?: RunOptions): StopReason;
  step(): StopReason;
  /** Safe to call from a timer while run() is not on the stack: run() returns 'paused' at its next slice check. */
  requestPause(): void;
  addBreakpoint(address: bigint): void;
  removeBreakpoint(address: bigint): void;
  addWatchpoint(address: bigint, length: number, kind: WatchKind): number;
  removeWatchpoint(id: number): void;

  // MTE.
  mteState(): MteState;
  setRandomTagSeed(seed: number): void;
  /** Most recent tag writes of the granule containing `address`, newest first. */
  tagHistory(address: bigint): readonly TagWrite[];

  readonly instructionCount: number;
  snapshot(): MachineSnapshot;
  restore(snapshot: MachineSnapshot): void;
}

/** Opaque, complete state (registers, memory, tags, kernel state) that restore() brings back exactly. */
export interface MachineSnapshot {
  readonly instructionCount: number;
}

/** A Linux user process: a machine plus the kernel side (syscalls, signals, files, MTE ABI). */
export interface LinuxProcess {
  readonly machine: Machine;
  readonly program: ProgramImage;
  /** Runs until a stop; syscalls are handled inside. */
  run(options?: RunOptions): StopReason;
  step(): StopReason;
  readonly exited: boolean;
}

/**
 * How the machine hands control to the kernel (emulator/linux). The machine calls these from inside run()/step();
 * returning a StopReason ends run() with it, returning undefined continues execution (after the kernel changed
 * registers, e.g. to deliver a signal).
 */
export interface ExceptionHandler {
  /** SVC #imm executed; PC already points after the SVC. An async tag fault, if pending, is the kernel's to deliver here. */
  supervisorCall(machine: Machine & KernelControls, immediate: number): StopReason | undefined;
  /** A synchronous fault: no part of the faulting instruction took effect and PC is the faulting instruction. */
  fault(machine: Machine & KernelControls, fault: Fault): StopReason | undefined;
  /** A pending async tag fault reached its delivery bound without any kernel entry. */
  asyncFaultDue(machine: Machine & KernelControls, fault: TagCheckFault): StopReason | undefined;
}

/** Controls only the kernel uses (prctl, signal delivery); debuggers use the Machine interface. */
/**
 * The bound on guest memory, shared by every machine of one program (a forked child's machine uses its parent's):
 * `used` is the sum of the machines' materialised pages and tags plus fixed charges the Linux layer adds for each
 * thread and process (host-side overhead); a page is materialised only while `used` stays within `limit`.
 */
export interface MemoryBudget {
  readonly limit: number;
  used: number;
}

/** Bytes (4 KiB, a buffer of its own) and allocation tags (one per granule, or null) of one page of a PageBacking. */
export interface BackingPage {
  readonly data: Uint8Array;
  tags: Uint8Array | null;
}

/**
 * Where the pages of a shared mapping live when several machines map the same memory (MAP_SHARED across fork,
 * a file's page cache): a machine's page of such a mapping uses the backing page's buffers, so every machine
 * sees the others' writes and tag changes at once. Owned by the kernel layer (emulator/linux/sharedMemory.ts); memory.ts uses it.
 */
export interface PageBacking {
  /** Page `index` of the store, created (zeros or the file's bytes) on first use; `tagged` adds tag storage. */
  page(index: number, tagged: boolean): BackingPage;
  /** Page `index` if it exists, without creating it (debugger reads). */
  peekPage(index: number): BackingPage | undefined;
}

export interface KernelControls {
  setExceptionHandler(handler: ExceptionHandler): void;
  setTagCheckMode(mode: TagCheckMode): void;
  /** IRG/ADDG/SUBG include mask (bits 0-15): sets GCR_EL1.Exclude to its complement. */
  setIncludeMask(mask: number): void;
  setTagCheckOverride(on: boolean): void;
  /** Removes and returns the pending async tag fault, if any. */
  takePendingAsyncFault(): TagCheckFault | undefined;
  /** Clears allocation tags (to 0) of a range, e.g. for MADV_DONTNEED. */
  clearTags(address: bigint, size: number): void;
  /** Bytes of guest memory in use (pages plus tag storage), against the limit. */
  readonly memoryInUseBytes: number;
  /** Records PR_TAGGED_ADDR_ENABLE so mteState() reports it. */
  setTaggedAddressAbi?(on: boolean): void;
  /** Sets TPIDRRO_EL0 (readable, not writable, at EL0). */
  setReadOnlyThreadPointer?(value: bigint): void;
  /** Clears the exclusive monitor (as an exception return does). */
  clearExclusiveMonitor?(): void;
  /** The memory budget this machine charges (shared with machines that called useMemoryBudget with it). */
  readonly memoryBudget?: MemoryBudget;
  /**
   * Drops the touched pages of a range, keeping it mapped: it reads as zeros with zero allocation tags and its
   * memory goes back to the budget (MADV_DONTNEED on private anonymous memory, as Linux frees those pages).
   */
  discardPages?(address: bigint, size: number): void;
  /**
   * Maps shared memory (MAP_SHARED): the pages of the range are pages firstIndex.. of `store`, whose buffers every
   * machine mapping them uses (parent and child after fork see each other's writes and allocation tags).
   */
  mapShared?(address: bigint, size: number, perms: { read: boolean; write: boolean; execute: boolean; tagged: boolean }, name: string, store: PageBacking, firstIndex: number): void;
  /** Charges this machine's memory to another machine's budget from now on (a forked child shares its parent's). */
  useMemoryBudget?(budget: MemoryBudget): void;
  /**
   * fork's copy: registers, system registers, mappings, memory and allocation tags of `source` (a machine of the
   * same implementation), copied directly without an intermediate snapshot. False when `source` is not one.
   */
  copyStateFrom?(source: KernelControls): boolean;
}
