// The kernel side of one emulated Linux process: its state (address space, heap, files, signal actions, the MTE
// and tagged-address ABI controls, diagnostics) and the ExceptionHandler the machine calls on SVC, faults and
// due asynchronous tag faults. System calls are dispatched through the explicit table in syscallTable.ts;
// signals are raised and delivered by signals.ts. No global state: every process owns one Kernel.
import type {
  ExceptionHandler, Fault, HostIO, KernelControls, Machine, StopReason, TagCheckFault,
} from '../machine/api.js';
import type { ProgramImage } from '../program.js';
import { AddressSpace, pageUp, type Vma } from './addressSpace.js';
import { BUS_ADRERR, E, IGNORED_BY_DEFAULT, SIG, TASK_SIZE } from './constants.js';
import { filePageFault } from './syscalls/memory.js';
import { vfsOf } from './syscalls/vfsAccess.js';
import { SeededRandom } from './random.js';
import { decodeUtf8 } from './text.js';
import type { FileTable } from './files.js';
import { raiseSignal, signalForFault, asyncTagFaultSignal, takeDeliverableSignal, type SignalAction, type SignalInfo } from './signals.js';
import { SYSCALLS, syscallName } from './syscallTable.js';

export type KernelMachine = Machine & KernelControls;

/** What a system call handler returns: a value for X0 (negative = -errno), a stop, or "leave registers alone". */
export type SyscallOutcome =
  | bigint | number
  | { readonly stop: StopReason }
  | { readonly keepRegisters: true }
  /** Store the value, then act on a signal (kill() to oneself). */
  | { readonly value: bigint | number; readonly signal: SignalInfo }
  /**
   * Give the CPU back to the thread scheduler (threads.ts): the calling thread blocked, exited or created another
   * thread. The value, when given, is stored in X0 first.
   */
  | { readonly yield: true; readonly value?: bigint | number };

export type SyscallHandler = (k: Kernel, a: readonly bigint[]) => SyscallOutcome;

export interface MteControl {
  taggedAddressAbi: boolean;
  sync: boolean;
  async: boolean;
  /** Include mask as given to prctl (bits 0-15). */
  includeMask: number;
}

export interface KernelOptions {
  readonly machine: KernelMachine;
  readonly host: HostIO;
  readonly program: ProgramImage;
  readonly seed: number;
  readonly files: FileTable;
  readonly brkStart: bigint;
  readonly mmapBase: bigint;
  readonly addressSpace: AddressSpace;
  readonly memoryLimitBytes: number;
  /** Cap on live threads plus unreaped processes (RLIMIT_NPROC-like); default DEFAULT_MAX_TASKS (threads.ts). */
  readonly maxTasks?: number;
  /** Notes shared with another kernel (a forked child reports into its parent's list). */
  readonly diagnostics?: string[];
  /** The program's clock adjustment, shared by all its processes (see Kernel.now). */
  readonly clock?: { offset: bigint };
}

const TOP_BYTE_MASK = 0xff00000000000000n;

/** The stop a yielding system call ends machine.run() with; the scheduler (threads.ts) knows it by identity. */
export const yieldStops = new WeakSet<object>();
function YIELD_STOP(pc: bigint): StopReason {
  const stop: StopReason = { kind: 'paused', pc };
  yieldStops.add(stop);
  return stop;
}

/** The layout exec gave the process: code and data segment bounds, the initial stack and auxiliary vector. */
export interface ExecLayout {
  readonly startCode: bigint;
  readonly endCode: bigint;
  readonly startData: bigint;
  readonly endData: bigint;
  /** The initial SP, where argc is. */
  readonly startStack: bigint;
  readonly argStart: bigint;
  readonly argEnd: bigint;
  readonly envStart: bigint;
  readonly envEnd: bigint;
  /** The auxiliary vector as exec wrote it, ending with AT_NULL. */
  readonly auxv: readonly (readonly [number, bigint])[];
}

export class Kernel implements ExceptionHandler {
  readonly machine: KernelMachine;
  readonly host: HostIO;
  readonly program: ProgramImage;
  readonly random: SeededRandom;
  readonly addressSpace: AddressSpace;
  readonly files: FileTable;
  readonly signalActions = new Map<number, SignalAction>();
  blockedSignals = 0n;
  alternateStack: { sp: bigint; size: bigint; flags: number } | undefined;
  readonly mte: MteControl = { taggedAddressAbi: false, sync: false, async: false, includeMask: 0 };
  readonly brkStart: bigint;
  brk: bigint;
  readonly mmapBase: bigint;
  readonly memoryLimitBytes: number;
  /** Cap on live threads plus unreaped processes: clone, fork and vfork fail with EAGAIN past it. */
  readonly maxTasks: number;
  /** Address of the rt_sigreturn trampoline page, mapped on first use (Linux uses the vDSO's). */
  sigreturnTrampoline: bigint | undefined;
  clearChildTid = 0n;
  /** The registered struct rseq (syscalls/process.ts), if any. */
  rseq: { address: bigint; signature: number } | undefined;
  threadName = 'program';
  /** Human-readable notes for the user: unsupported system calls (each reported once) and similar. */
  readonly diagnostics: string[];
  private readonly reportedSyscalls = new Set<number>();
  /** The stop that ended the process (exit or killed); every later run returns it again. */
  finalStop: StopReason | undefined;
  /** A signal reported through a 'signal' stop, delivered when the process continues. */
  pendingSignal: SignalInfo | undefined;
  /** Whether the current run asked for 'signal' stops before delivery. */
  stopOnSignals = false;
  /**
   * The guest's clocks (REALTIME, MONOTONIC, ...) are the host's plus this offset, shared by the program's processes:
   * a sleep or timeout that ends without the host's time having passed moves it on, so a program always finds
   * that it slept at least as long as it asked (single-threaded sleeps return at once; threads sleep in virtual time).
   */
  readonly clock: { offset: bigint };
  /** A system call re-executed after a signal woke its thread (threads.ts blockAndRetry decides EINTR or restart). */
  reexecuting = false;
  /** While rt_sigsuspend, or ppoll/pselect6/epoll_pwait with a mask, waits (its temporary mask in blockedSignals): the mask to restore after it. */
  sigsuspendSaved: bigint | undefined;
  /** The calling thread's set_robust_list head (saved per thread by threads.ts). */
  robustList = 0n;
  /** The program's arguments (/proc/self/cmdline), set at exec and kept by fork. */
  argv: readonly string[] = [];
  /** Where exec put the program and its initial stack (/proc/self/stat, /proc/self/auxv), kept by fork. */
  exec: ExecLayout | undefined;
  /** The guest clock when this process started (/proc/self/stat starttime). */
  startNs = 0n;
  /** Set when a stop signal's default action stopped the process; deliver() then yields to the scheduler. */
  stopRequested = false;
  /** Process group and session (the program starts as its own group's leader in its shell's session). */
  pgid = 1000;
  sid = 999;
  /** PR_SET_PDEATHSIG: the signal sent to this process when its parent ends (0: none; not kept by fork). */
  parentDeathSignal = 0;
  /** The nice value (setpriority). */
  nice = 0;
  /** Resource limits set by setrlimit/prlimit64 ([soft, hard]); the others have their defaults (syscalls/process.ts). */
  readonly rlimits = new Map<number, readonly [bigint, bigint]>();
  /** Counts system calls by number, for statistics and tests. */
  readonly syscallCounts = new Map<number, number>();

  constructor(o: KernelOptions) {
    this.machine = o.machine;
    this.host = o.host;
    this.program = o.program;
    this.random = new SeededRandom(o.seed);
    this.files = o.files;
    this.brkStart = o.brkStart;
    this.brk = o.brkStart;
    this.mmapBase = o.mmapBase;
    this.addressSpace = o.addressSpace;
    this.memoryLimitBytes = o.memoryLimitBytes;
    this.maxTasks = o.maxTasks ?? 256;
    this.diagnostics = o.diagnostics ?? [];
    this.clock = o.clock ?? { offset: 0n };
  }

  /** Nanoseconds since the epoch on the guest's clocks. */
  now(): bigint {
    return this.host.nowNanoseconds() + this.clock.offset;
  }

  /** Moves the guest's clocks on to `time` if they have not reached it (the end of a sleep or a timeout). */
  advanceClockTo(time: bigint): void {
    const now = this.now();
    if (now < time) this.clock.offset += time - now;
  }

  // ExceptionHandler.

  supervisorCall(machine: KernelMachine, _immediate: number): StopReason | undefined {
    // An asynchronous tag fault is noticed at kernel entry: the system call is restarted after the signal.
    const pendingAsync = machine.takePendingAsyncFault();
    if (pendingAsync) {
      machine.setPC(machine.getPC() - 4n);
      return this.raise(asyncTagFaultSignal(pendingAsync));
    }
    const number = Number(machine.getX(8));
    const args = [machine.getX(0), machine.getX(1), machine.getX(2), machine.getX(3), machine.getX(4), machine.getX(5)];
    this.syscallCounts.set(number, (this.syscallCounts.get(number) ?? 0) + 1);
    const handler = SYSCALLS.get(number);
    let outcome: SyscallOutcome;
    if (handler) {
      outcome = handler(this, args);
      // A call re-executed after a signal woke it and that completed: the signal is delivered on the way back.
      if (this.reexecuting) {
        this.reexecuting = false;
        if (typeof outcome === 'number' || typeof outcome === 'bigint') {
          const next = takeDeliverableSignal(this);
          if (next) outcome = { value: outcome, signal: next };
        }
      }
    } else {
      if (!this.reportedSyscalls.has(number)) {
        this.reportedSyscalls.add(number);
        this.diagnostics.push(`unsupported system call ${syscallName(number)} (${number}) returned -ENOSYS`);
      }
      outcome = -E.NOSYS;
    }
    // Exception return clears the exclusive monitor (a machine may expose it).
    (machine as Partial<{ clearExclusiveMonitor(): void }>).clearExclusiveMonitor?.();
    if (typeof outcome === 'number') machine.setX(0, BigInt.asUintN(64, BigInt(outcome)));
    else if (typeof outcome === 'bigint') machine.setX(0, BigInt.asUintN(64, outcome));
    else if ('stop' in outcome) return this.finish(outcome.stop);
    else if ('yield' in outcome) {
      if (outcome.value !== undefined) machine.setX(0, BigInt.asUintN(64, BigInt(outcome.value)));
      return YIELD_STOP(machine.getPC());
    }
    else if ('signal' in outcome) {
      machine.setX(0, BigInt.asUintN(64, BigInt(outcome.value)));
      return this.raise(outcome.signal);
    }
    return undefined;
  }

  fault(_machine: KernelMachine, fault: Fault): StopReason | undefined {
    if (fault.kind === 'permission' || fault.kind === 'unmapped') {
      // A page of a file mapping past the end of the file (SIGBUS), or one the file has grown into since.
      const file = filePageFault(this, fault.address, fault.access);
      if (file === 'retry') return undefined;
      if (file === 'sigbus') return this.raise({ ...signalForFault(fault), signal: SIG.BUS, code: BUS_ADRERR });
    }
    return this.raise(signalForFault(fault));
  }

  asyncFaultDue(machine: KernelMachine, fault: TagCheckFault): StopReason | undefined {
    machine.takePendingAsyncFault();
    return this.raise(asyncTagFaultSignal(fault));
  }

  /** Raises a signal now: a 'signal' stop first when a debugger asked for one, else delivery. */
  raise(info: SignalInfo): StopReason | undefined {
    if (this.stopOnSignals) {
      this.pendingSignal = info;
      return { kind: 'signal', signal: info.signal, code: info.code, fault: info.fault, pc: this.machine.getPC(), fatal: this.isFatal(info) };
    }
    return this.deliver(info);
  }

  /** Delivers a signal: runs its handler (undefined: keep running) or ends the process. */
  deliver(info: SignalInfo): StopReason | undefined {
    const stop = raiseSignal(this, info);
    if (!stop && this.stopRequested) {
      // A stop signal stopped the process (threads.ts): give the CPU back to the scheduler.
      this.stopRequested = false;
      return YIELD_STOP(this.machine.getPC());
    }
    return stop ? this.finish(stop) : undefined;
  }

  /** Whether delivering this signal would end the process. */
  isFatal(info: SignalInfo): boolean {
    if (info.signal === SIG.KILL) return true;
    const action = this.signalActions.get(info.signal);
    const handler = action?.handler ?? 0n;
    const blocked = (this.blockedSignals & (1n << BigInt(info.signal - 1))) !== 0n;
    // A forced signal that is blocked or ignored takes its default action (force_sig_fault).
    const effective = info.forced === true && (handler === 1n || blocked) ? 0n : handler;
    if (effective === 1n) return false;
    if (effective === 0n) return !IGNORED_BY_DEFAULT.has(info.signal);
    return false;
  }

  finish(stop: StopReason): StopReason {
    if (stop.kind === 'exit' || stop.kind === 'killed') this.finalStop = stop;
    return stop;
  }

  // User memory access as the kernel does it (copy_from_user / copy_to_user).

  /** The untagged user address for a pointer argument, or undefined when Linux would refuse it (EFAULT). */
  userAddress(pointer: bigint): bigint | undefined {
    let address = BigInt.asUintN(64, pointer);
    if ((address & TOP_BYTE_MASK) !== 0n) {
      if (!this.mte.taggedAddressAbi) return undefined;
      address &= ~TOP_BYTE_MASK;
    }
    return address < TASK_SIZE ? address : undefined;
  }

  /**
   * Where a mapping stops being usable by the kernel's own accesses: its end, or for a file mapping the first
   * page wholly past the end of the file (Linux's uaccess faults there and the system call gives EFAULT).
   */
  private usableEnd(v: Vma): bigint {
    if (!v.file?.node) return v.end;
    const firstPast = v.start + pageUp(BigInt(vfsOf(this).size(this, v.file.node))) - v.file.offset;
    return firstPast < v.start ? v.start : firstPast < v.end ? firstPast : v.end;
  }

  /** Whether [address, address + length) is mapped with the needed permission. */
  accessible(address: bigint, length: number, write: boolean): boolean {
    if (length === 0) return true;
    const end = address + BigInt(length);
    if (end > TASK_SIZE) return false;
    let cursor = address;
    for (const v of this.addressSpace.overlapping(address, end)) {
      if (v.start > cursor) return false;
      if (write ? !v.write : !v.read) return false;
      cursor = this.usableEnd(v);
      if (cursor >= end) return true;
      if (cursor < v.end) return false;
    }
    return cursor >= end;
  }

  /** Whether the tags of a user buffer match its pointer's logical tag when the kernel checks them. */
  private tagsMatch(pointer: bigint, address: bigint, length: number, write: boolean): boolean {
    if (length === 0) return true;
    const mode = this.machine.mteState().mode;
    const synchronous = mode === 'sync' || (mode === 'asymmetric' && !write);
    if (!synchronous) return true;
    const logical = Number((BigInt.asUintN(64, pointer) >> 56n) & 0xfn);
    const first = address & ~15n;
    const granules = Number((address + BigInt(length) - first + 15n) / 16n);
    for (const tag of this.machine.readTags(first, granules)) {
      if (tag !== null && tag !== logical) return false;
    }
    return true;
  }

  /**
   * How many bytes from the start of a user buffer the kernel can access: up to the first page without the
   * permission or, in synchronous mode, the first granule whose tag does not match (Linux's uaccess then
   * returns a short count, as the kernel selftest check_user_mem expects). 0 for a refused pointer.
   */
  userPrefix(pointer: bigint, length: number, write: boolean): number {
    const address = this.userAddress(pointer);
    if (address === undefined || length === 0) return 0;
    const end = address + BigInt(length) > TASK_SIZE ? TASK_SIZE : address + BigInt(length);
    let cursor = address;
    for (const v of this.addressSpace.overlapping(address, end)) {
      if (v.start > cursor || (write ? !v.write : !v.read)) break;
      cursor = this.usableEnd(v);
      if (cursor >= end || cursor < v.end) break;
    }
    let usable = Math.max(0, Number((cursor < end ? cursor : end) - address));
    const mode = this.machine.mteState().mode;
    if (usable > 0 && (mode === 'sync' || (mode === 'asymmetric' && !write))) {
      const logical = Number((BigInt.asUintN(64, pointer) >> 56n) & 0xfn);
      const first = address & ~15n;
      const tags = this.machine.readTags(first, Number((address + BigInt(usable) - first + 15n) / 16n));
      const bad = tags.findIndex((t) => t !== null && t !== logical);
      if (bad >= 0) usable = Math.max(0, Math.min(usable, Number(first + BigInt(bad) * 16n - address)));
    }
    return usable;
  }

  /** copy_from_user: the bytes, or -EFAULT. */
  readUser(pointer: bigint, length: number): Uint8Array | number {
    const address = this.userAddress(pointer);
    if (address === undefined || !this.accessible(address, length, false)) return -E.FAULT;
    if (!this.tagsMatch(pointer, address, length, false)) return -E.FAULT;
    const { data, readableLength } = this.machine.readMemory(address, length);
    return readableLength < length ? -E.FAULT : data;
  }

  /** copy_to_user: 0, or -EFAULT. */
  writeUser(pointer: bigint, bytes: Uint8Array): number {
    const address = this.userAddress(pointer);
    if (address === undefined || !this.accessible(address, bytes.length, true)) return -E.FAULT;
    if (!this.tagsMatch(pointer, address, bytes.length, true)) return -E.FAULT;
    return this.machine.writeMemory(address, bytes) < bytes.length ? -E.FAULT : 0;
  }

  /** A NUL-terminated string from user memory (at most `max` bytes), or -EFAULT / -ENAMETOOLONG. */
  readUserString(pointer: bigint, max = 4096): string | number {
    const bytes: number[] = [];
    const address = this.userAddress(pointer);
    if (address === undefined) return -E.FAULT;
    while (bytes.length < max) {
      const chunk = this.readUser(pointer + BigInt(bytes.length), 1);
      if (typeof chunk === 'number') return chunk;
      if (chunk[0] === 0) return decodeUtf8(Uint8Array.from(bytes));
      bytes.push(chunk[0]!);
    }
    return -E.NAMETOOLONG;
  }

  writeU64(pointer: bigint, value: bigint): number {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, BigInt.asUintN(64, value), true);
    return this.writeUser(pointer, b);
  }
}

export { syscallName };
