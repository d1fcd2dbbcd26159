// Threads and child processes of one emulated program, on one deterministic scheduler. A thread (clone with
// CLONE_THREAD) shares its process's Kernel and machine; only one thread's registers and per-thread kernel state
// (signal mask, pending signals, alternate stack, MTE controls, clear_child_tid, rseq) are loaded at a time, the
// others are saved here and switched in through the machine's public register API. A child process (fork, vfork,
// clone without CLONE_VM) gets its own machine, restored from a snapshot of the parent's (memory and allocation
// tags included), and its own Kernel with a copy of the address space and a file table sharing the open file
// descriptions. Scheduling is round-robin in time slices of a fixed number of instructions, switching also when
// a thread blocks (futex wait, read of an empty pipe, wait4, nanosleep) or yields: the same program always gives
// the same interleaving. Time for timeouts is virtual (one nanosecond per instruction; when every thread waits,
// it jumps to the earliest timeout). If every thread waits forever the program is ended with a note.
// The scheduler exists only once a program creates a thread or process; single-threaded programs never see it.
// Limits: all processes share one memory budget (the machines charge their pages to the main machine's budget, and
// each extra thread or process adds a fixed charge for its host-side state), so a fork whose copy does not fit
// fails with ENOMEM; and live threads plus unreaped processes are capped like RLIMIT_NPROC (EAGAIN past it).
import type { RunOptions, StopReason, TagCheckFault } from '../machine/api.js';
import { E, IGNORED_BY_DEFAULT, SIG, SIGNAL_NAMES } from './constants.js';
import { Kernel, yieldStops, type KernelMachine, type MteControl, type SyscallOutcome } from './kernel.js';
import {
  asyncTagFaultSignal, loadThreadSignalState, queueSavedSignal, queueSignal, saveThreadSignalState, takeDeliverableSignal,
  type SignalInfo,
} from './signals.js';
import { StructWriter, readU64, timespecBytes } from './text.js';
import { releaseIfUnused } from './syscalls/io.js';
import { sharedFutexKey } from './sharedMemory.js';
import { taskLimit } from './syscalls/process.js';
import { wipeOnFork } from './syscalls/memory.js';

/** The first thread or process id given to a new thread (the program itself is 1000). */
export const FIRST_NEW_TID = 1001;
/** Instructions per time slice. */
export const DEFAULT_TIME_SLICE = 10_000;
const MAIN_PID = 1000;
const PARENT_OF_MAIN = 999;
/** Default cap on tasks (live threads plus zombie processes of the program), like RLIMIT_NPROC. */
export const DEFAULT_MAX_TASKS = 256;
/** Memory-budget charge for each forked process's host-side state (machine, kernel, tables), besides its pages. */
export const PROCESS_CHARGE_BYTES = 256 * 1024;
/** Memory-budget charge for each extra thread's host-side state (saved registers, kernel state). */
export const THREAD_CHARGE_BYTES = 32 * 1024;
const SIG_IGN = 1n;
/** Ends of child processes noted in the diagnostics (the others are counted in one note). */
const MAX_END_NOTES = 64;
const SA_NOCLDWAIT = 2;

export type MachineFactoryFn = (options: { memoryLimitBytes: number; seed: number }) => KernelMachine;

interface CpuContext {
  x: bigint[];
  sp: bigint;
  pc: bigint;
  nzcv: number;
  v: Uint8Array[];
  tpidr: bigint;
  fpcr: bigint;
  fpsr: bigint;
  tco: bigint;
  /** PSTATE.DIT as MRS DIT reads it (bit 24). */
  dit: bigint;
}

interface ThreadKernelState {
  blockedSignals: bigint;
  alternateStack: Kernel['alternateStack'];
  mte: MteControl;
  clearChildTid: bigint;
  robustList: bigint;
  sigsuspendSaved: bigint | undefined;
  rseq: Kernel['rseq'];
  threadName: string;
  pendingSignal: SignalInfo | undefined;
  signals: unknown;
}

export type ThreadWait =
  | { readonly kind: 'futex'; futex: FutexKey; readonly bitset: number; readonly deadline?: bigint; readonly until?: bigint; readonly seq: number }
  /**
   * `until`: the guest clock's time at the end of the sleep (it is moved on to it, see Kernel.now). `remaining`:
   * where nanosleep's caller wants the time left when a signal ends the sleep early (0n: nowhere).
   */
  | { readonly kind: 'sleep'; readonly deadline: bigint; readonly until?: bigint; readonly remaining?: bigint }
  /**
   * The system call is executed again when another thread has made progress (pipes, wait4, poll), or at the
   * deadline (virtual time) when it has one (then the guest clock is moved on to `until`).
   */
  | { readonly kind: 'retry'; readonly what: string; readonly progress: number; readonly deadline?: bigint; readonly until?: bigint; readonly eintr?: boolean; readonly syscallFirst?: boolean }
  | { readonly kind: 'vfork'; readonly child: GuestProcess };

/**
 * What identifies a futex word, as Linux's futex keys do: a word in shared memory (MAP_SHARED) by its store and
 * offset unless FUTEX_PRIVATE_FLAG is given, so that processes sharing the memory meet; any other word by its
 * process and address (threads share it; a forked child's copy is another word).
 */
export interface FutexKey {
  readonly address: bigint;
  readonly key: string;
}

export function futexKey(k: Kernel, address: bigint, privateFutex: boolean): FutexKey {
  const shared = privateFutex ? undefined : sharedFutexKey(k, address);
  return { address, key: shared !== undefined ? `shared ${shared}` : `process ${currentPid(k)}:${address}` };
}

/** An interval timer (id -1, -2, -3: ITIMER_REAL, VIRTUAL, PROF) or a POSIX timer (id >= 0) of a process. */
export interface GuestTimer {
  readonly process: GuestProcess;
  readonly id: number;
  readonly signal: number;
  readonly notify: 'signal' | 'none';
  /** SIGEV_THREAD_ID: the thread that gets the signal. */
  readonly tid?: number;
  /** sigev_value, given back in si_value. */
  readonly value: bigint;
  readonly clock: number;
  /**
   * Counts the process's CPU time (ITIMER_VIRTUAL, ITIMER_PROF, CLOCK_PROCESS/THREAD_CPUTIME timers): the
   * instructions its machine executed, 1 ns each, which do not pass while it waits. Otherwise virtual time.
   */
  readonly cpu?: boolean;
  deadline: bigint | undefined;
  until: bigint;
  interval: bigint;
  overrun: number;
}

export class GuestThread {
  state: 'runnable' | 'blocked' | 'dead' = 'runnable';
  wait: ThreadWait | undefined;
  context: CpuContext | undefined;
  kstate: ThreadKernelState | undefined;
  /** An async tag fault recorded while this thread ran, not yet delivered. */
  asyncFault: TagCheckFault | undefined;
  /** A breakpoint already reported at this pc: resuming executes it. */
  reportedBreakpoint: bigint | undefined;
  /** Bytes charged to the memory budget for this thread (released when it ends). */
  charged = 0;
  /** Set when the thread must re-execute its system call before any signal is delivered (rt_sigsuspend). */
  syscallFirst = false;
  /** Set when a signal woke the thread from a system call it would re-execute (read, write, wait4). */
  interrupted = false;
  /** The deadline of a call with a timeout that blockAndRetry re-executes (poll, timerfd reads). */
  retryDeadline: { deadline: bigint; until: bigint } | undefined;
  constructor(readonly tid: number, readonly process: GuestProcess) {}

  /** The name a debugger shows. */
  get name(): string {
    if (this.tid === MAIN_PID) return 'main';
    return this.process.pid === this.tid && this.process.pid !== MAIN_PID ? `process ${this.tid}` : `thread ${this.tid}`;
  }
}

export class GuestProcess {
  readonly threads: GuestThread[] = [];
  readonly children: GuestProcess[] = [];
  /** The thread whose registers and per-thread state are in the kernel and machine. */
  loaded: GuestThread | undefined;
  /** How the process ended (exit or killed). */
  ended: StopReason | undefined;
  /** wait4 status word once ended. */
  waitStatus = 0;
  reaped = false;
  exitSignal: number = SIG.CHLD;
  /** Bytes charged to the memory budget for the process's host-side state (released when it ends). */
  charged = 0;
  /** Stopped by SIGSTOP/SIGTSTP/SIGTTIN/SIGTTOU until SIGCONT (its threads do not run). */
  stopped = false;
  /** A stop or continue not yet reported by wait4/waitid (WUNTRACED, WCONTINUED). */
  jobReport: { kind: 'stopped'; signal: number } | { kind: 'continued' } | undefined;
  constructor(readonly pid: number, readonly parent: GuestProcess | undefined, readonly kernel: Kernel) {}

  get alive(): boolean { return this.ended === undefined; }
  liveThreads(): GuestThread[] { return this.threads.filter((t) => t.state !== 'dead'); }
}

const schedulers = new WeakMap<Kernel, Scheduler>();
/** The thread whose registers are on a machine (several processes share one after clone with CLONE_VM). */
const machineOwners = new WeakMap<object, GuestThread>();
const factories = new WeakMap<Kernel, MachineFactoryFn>();

/** Remembers how to make a machine for a process's forked children. */
export function registerMachineFactory(k: Kernel, factory: MachineFactoryFn): void {
  factories.set(k, factory);
}

/** The scheduler of the program this kernel belongs to, if it has ever made a thread or process. */
export function schedulerOf(k: Kernel): Scheduler | undefined {
  return schedulers.get(k);
}

function ensureScheduler(k: Kernel): Scheduler {
  let s = schedulers.get(k);
  if (!s) {
    s = new Scheduler(k);
    schedulers.set(k, s);
  }
  return s;
}

function captureContext(m: KernelMachine): CpuContext {
  const x: bigint[] = [];
  for (let i = 0; i < 31; i++) x.push(m.getX(i));
  const v: Uint8Array[] = [];
  for (let i = 0; i < 32; i++) v.push(m.getV(i).slice());
  return {
    x, v, sp: m.getSP(), pc: m.getPC(), nzcv: m.getNZCV(), tpidr: m.getSystemRegister('tpidr_el0'),
    fpcr: m.getSystemRegister('fpcr'), fpsr: m.getSystemRegister('fpsr'), tco: m.getSystemRegister('tco'),
    dit: m.getSystemRegister('dit'),
  };
}

function applyContext(m: KernelMachine, c: CpuContext): void {
  for (let i = 0; i < 31; i++) m.setX(i, c.x[i]!);
  for (let i = 0; i < 32; i++) m.setV(i, c.v[i]!);
  m.setSP(c.sp);
  m.setPC(c.pc);
  m.setNZCV(c.nzcv);
  m.setSystemRegister('tpidr_el0', c.tpidr);
  m.setSystemRegister('fpcr', c.fpcr);
  m.setSystemRegister('fpsr', c.fpsr);
  m.setTagCheckOverride(c.tco !== 0n);
  m.setSystemRegister('dit', c.dit);
}

/** Puts a thread's MTE controls into effect on the machine (tag check mode, include mask, tagged-address ABI). */
function applyMte(k: Kernel): void {
  k.machine.setTagCheckMode(k.mte.async ? 'async' : k.mte.sync ? 'sync' : 'none');
  k.machine.setIncludeMask(k.mte.includeMask);
  (k.machine as Partial<{ setTaggedAddressAbi(on: boolean): void }>).setTaggedAddressAbi?.(k.mte.taggedAddressAbi);
}

function captureKernelState(k: Kernel): ThreadKernelState {
  return {
    blockedSignals: k.blockedSignals, alternateStack: k.alternateStack, mte: { ...k.mte }, clearChildTid: k.clearChildTid, robustList: k.robustList, sigsuspendSaved: k.sigsuspendSaved,
    rseq: k.rseq, threadName: k.threadName, pendingSignal: k.pendingSignal, signals: saveThreadSignalState(k),
  };
}

function applyKernelState(k: Kernel, s: ThreadKernelState): void {
  k.blockedSignals = s.blockedSignals;
  k.alternateStack = s.alternateStack;
  Object.assign(k.mte, s.mte);
  k.clearChildTid = s.clearChildTid;
  k.robustList = s.robustList;
  k.sigsuspendSaved = s.sigsuspendSaved;
  k.rseq = s.rseq;
  k.threadName = s.threadName;
  k.pendingSignal = s.pendingSignal;
  loadThreadSignalState(k, s.signals);
  applyMte(k);
}

function u32(value: number): Uint8Array {
  return new StructWriter(4).u32(0, value >>> 0).bytes;
}

function signalName(signal: number): string {
  return SIGNAL_NAMES[signal]?.[0] ?? `signal ${signal}`;
}

export interface ThreadSummary {
  readonly id: number;
  readonly name: string;
  readonly processId: number;
  readonly state: 'runnable' | 'blocked' | 'dead';
}

export class Scheduler {
  readonly main: GuestProcess;
  /** Every thread ever created, in creation order (round-robin order). */
  readonly threads: GuestThread[] = [];
  current: GuestThread;
  nextTid = FIRST_NEW_TID;
  /** Virtual nanoseconds: one per executed instruction, plus jumps to the earliest timeout when all wait. */
  virtualTime = 0n;
  /** Counts slices in which something happened; 'retry' waits run again when it has grown. */
  progress = 0;
  sliceUsed = 0;
  timeSlice = DEFAULT_TIME_SLICE;
  /** Set by a debugger (EmulatedProcess.isBreakpoint). */
  isBreakpoint: ((pc: bigint) => boolean) | undefined;
  private lastRan: GuestThread | undefined;
  private lastRunYielded = false;
  private futexSeq = 0;
  private rotate = false;
  private readonly processes = new Map<Kernel, GuestProcess>();

  constructor(mainKernel: Kernel) {
    this.main = new GuestProcess(MAIN_PID, undefined, mainKernel);
    const t = new GuestThread(MAIN_PID, this.main);
    this.main.threads.push(t);
    this.main.loaded = t;
    this.threads.push(t);
    this.current = t;
    this.processes.set(mainKernel, this.main);
  }

  /** Drops a reaped process (its pid is free, its machine can be collected). */
  forget(p: GuestProcess): void {
    this.processes.delete(p.kernel);
    const siblings = p.parent?.children;
    if (siblings) { const i = siblings.indexOf(p); if (i >= 0) siblings.splice(i, 1); }
    for (const t of p.threads) if (t !== this.current) { const i = this.threads.indexOf(t); if (i >= 0) this.threads.splice(i, 1); }
  }

  /** Tasks counted against the cap: live threads of every process plus processes not yet reaped (zombies). */
  taskCount(): number {
    let n = 0;
    for (const p of this.processes.values()) n += p.alive ? p.liveThreads().length : 1;
    return n;
  }

  /** The cap on tasks (the kernel's, from ProcessOptions.maxTasks). */
  get maxTasks(): number {
    return this.main.kernel.maxTasks;
  }

  /** Charges `bytes` of host-side state to the program's memory budget; false (nothing charged) when it is full. */
  private charge(k: Kernel, bytes: number): boolean {
    const budget = k.machine.memoryBudget;
    if (!budget) return true;
    if (budget.used + bytes > budget.limit) return false;
    budget.used += bytes;
    return true;
  }

  private release(k: Kernel, bytes: number): void {
    const budget = k.machine.memoryBudget;
    if (budget && bytes > 0) budget.used -= bytes;
  }

  liveKernels(): Kernel[] {
    return [...this.processes.values()].filter((p) => p.alive).map((p) => p.kernel);
  }

  processOf(k: Kernel): GuestProcess {
    return this.processes.get(k) ?? this.main;
  }

  /** The thread executing in this kernel (the one whose system call is being handled). */
  threadOf(k: Kernel): GuestThread {
    const p = this.processOf(k);
    return p.loaded ?? p.threads[0]!;
  }

  findThread(tid: number): GuestThread | undefined {
    return this.threads.find((t) => t.tid === tid && t.state !== 'dead');
  }

  /** Live processes, in creation order. */
  liveProcesses(): GuestProcess[] {
    return [...this.processes.values()].filter((p) => p.alive);
  }

  findProcess(pid: number): GuestProcess | undefined {
    for (const p of this.processes.values()) if (p.pid === pid) return p;
    return undefined;
  }

  summaries(): ThreadSummary[] {
    return this.threads.filter((t) => t.state !== 'dead' || t === this.current)
      .map((t) => ({ id: t.tid, name: t.name, processId: t.process.pid, state: t.state }));
  }

  // Context switching.

  /** Makes `t` the loaded thread of its process (saving the one that was loaded). */
  load(t: GuestThread): void {
    const p = t.process;
    const k = p.kernel;
    // A machine shared by processes (a CLONE_VM child): the other process's thread on it is saved first.
    const owner = machineOwners.get(k.machine);
    if (owner && owner.process !== p && owner.process.loaded === owner) {
      if (owner.state !== 'dead') {
        owner.context = captureContext(k.machine);
        owner.kstate = captureKernelState(owner.process.kernel);
        const f = k.machine.takePendingAsyncFault();
        if (f) owner.asyncFault = f;
      }
      owner.process.loaded = undefined;
    }
    machineOwners.set(k.machine, t);
    if (p.loaded === t) return;
    k.machine.setExceptionHandler(k);
    const old = p.loaded;
    if (old && old.state !== 'dead') {
      old.context = captureContext(k.machine);
      old.kstate = captureKernelState(k);
      const f = k.machine.takePendingAsyncFault();
      if (f) old.asyncFault = f;
    }
    if (t.context) applyContext(k.machine, t.context);
    if (t.kstate) applyKernelState(k, t.kstate);
    t.context = undefined;
    t.kstate = undefined;
    // An exception return (the switch) clears the exclusive monitor.
    k.machine.clearExclusiveMonitor?.();
    p.loaded = t;
  }

  private setResult(t: GuestThread, value: bigint | number): void {
    const v = BigInt.asUintN(64, BigInt(value));
    if (t.process.loaded === t) t.process.kernel.machine.setX(0, v);
    else if (t.context) t.context.x[0] = v;
  }

  /** Wakes a blocked thread; `value` becomes the result of the system call it waits in. */
  wake(t: GuestThread, value?: bigint | number): void {
    if (t.state !== 'blocked') return;
    // rt_sigsuspend takes the signal that woke it itself (it returns EINTR with the mask to restore).
    if (t.wait?.kind === 'retry' && t.wait.syscallFirst) t.syscallFirst = true;
    t.state = 'runnable';
    t.wait = undefined;
    if (value !== undefined) this.setResult(t, value);
  }

  /** Blocks the calling thread of `k`. */
  block(k: Kernel, wait: ThreadWait): SyscallOutcome {
    const t = this.threadOf(k);
    t.state = 'blocked';
    t.wait = wait;
    return { yield: true };
  }

  /**
   * Blocks until another thread made progress, then executes the system call again. With a timeout (virtual
   * nanoseconds), also at its end: the deadline is kept across the re-executions of the same call (retryExpired
   * tells the call it has passed); `until` is the guest clock's time at the deadline.
   */
  blockAndRetry(k: Kernel, what: string, timeout?: { ns: bigint; until: bigint }, eintr = false, syscallFirst = false): SyscallOutcome {
    const t = this.threadOf(k);
    if (k.reexecuting) {
      // Interrupted by a signal and still unable to complete: with a handler and no SA_RESTART the call fails
      // with EINTR; otherwise it is restarted after the signal is delivered.
      k.reexecuting = false;
      const next = takeDeliverableSignal(k);
      if (next) {
        const action = k.signalActions.get(next.signal);
        t.retryDeadline = undefined;
        if (action && action.handler > 1n && (action.flags & 0x10000000) === 0) return { value: -E.INTR, signal: next };
        k.machine.setPC(k.machine.getPC() - 4n);
        queueSignal(k, next);
        return { yield: true };
      }
    }
    if (timeout && t.retryDeadline === undefined) t.retryDeadline = { deadline: this.virtualTime + timeout.ns, until: timeout.until };
    const d = t.retryDeadline;
    k.machine.setPC(k.machine.getPC() - 4n);
    return this.block(k, { kind: 'retry', what, progress: this.progress, eintr, syscallFirst, ...(d ? { deadline: d.deadline, until: d.until } : {}) });
  }

  /** For a call with a timeout that blockAndRetry re-executes: whether its deadline has passed (then forgotten). */
  retryExpired(k: Kernel): boolean {
    const t = this.threadOf(k);
    if (!t.retryDeadline || t.retryDeadline.deadline > this.virtualTime) return false;
    t.retryDeadline = undefined;
    return true;
  }

  /** A call with a timeout completed: its deadline is forgotten. */
  retryDone(k: Kernel): void {
    this.threadOf(k).retryDeadline = undefined;
  }

  // Futexes (keyed by futexKey: per process, or by the shared memory they lie in).

  futexWait(k: Kernel, futex: FutexKey, bitset: number, timeoutNs: bigint | undefined): SyscallOutcome {
    const deadline = timeoutNs === undefined ? undefined : this.virtualTime + (timeoutNs > 0n ? timeoutNs : 0n);
    if (deadline !== undefined && timeoutNs! <= 0n) return -E.TIMEDOUT;
    const until = timeoutNs === undefined ? undefined : k.now() + timeoutNs;
    return this.block(k, { kind: 'futex', futex, bitset, deadline, until, seq: this.futexSeq++ });
  }

  private futexWaiters(futex: FutexKey): GuestThread[] {
    return this.threads
      .filter((t) => t.state === 'blocked' && t.wait?.kind === 'futex' && t.wait.futex.key === futex.key)
      .sort((a, b) => (a.wait as { seq: number }).seq - (b.wait as { seq: number }).seq);
  }

  futexWake(futex: FutexKey, count: number, bitset: number): number {
    let woken = 0;
    for (const t of this.futexWaiters(futex)) {
      if (((t.wait as { bitset: number }).bitset & bitset) === 0) continue;
      this.wake(t, 0);
      // Like futex_wake(), the count is checked after a wake: a count of 0 still wakes one waiter.
      if (++woken >= count) break;
    }
    return woken;
  }

  /** FUTEX_REQUEUE: wakes `count`, moves up to `requeue` more waiters to `target`; returns woken + moved. */
  futexRequeue(futex: FutexKey, count: number, requeue: number, target: FutexKey): number {
    let woken = 0;
    let moved = 0;
    for (const t of this.futexWaiters(futex)) {
      if (woken < count) { this.wake(t, 0); woken++; continue; }
      if (moved >= requeue) break;
      (t.wait as { futex: FutexKey }).futex = target;
      moved++;
    }
    return woken + moved;
  }

  hasFutexWaiters(futex: FutexKey): boolean {
    return this.futexWaiters(futex).length > 0;
  }

  /** The first thread waiting on a futex (PI unlock hands the lock to it). */
  firstFutexWaiter(futex: FutexKey): GuestThread | undefined {
    return this.futexWaiters(futex)[0];
  }

  /** Sleeps `ns` of virtual time; `remaining` (a guest timespec, 0n: none) gets the time left if a signal ends it. */
  sleep(k: Kernel, ns: bigint, until?: bigint, remaining = 0n): SyscallOutcome {
    return this.block(k, { kind: 'sleep', deadline: this.virtualTime + ns, until, remaining });
  }

  yieldCpu(): SyscallOutcome {
    this.rotate = true;
    return { yield: true, value: 0 };
  }

  // Signals to other threads.

  /** A stop or continue of process p: noted for wait4 and told to the parent (SIGCHLD) unless SA_NOCLDSTOP. */
  jobControl(p: GuestProcess, report: { kind: 'stopped'; signal: number } | { kind: 'continued' }): void {
    p.jobReport = report;
    this.progress++;
    const parent = p.parent;
    if (!parent || !parent.alive) return;
    for (const t of parent.threads) if (t.state === 'blocked' && t.wait?.kind === 'retry') this.wake(t);
    const action = parent.kernel.signalActions.get(SIG.CHLD);
    if (action && (action.flags & 1) !== 0) return; // SA_NOCLDSTOP
    const target = this.threadForSignal(parent, SIG.CHLD);
    const code = report.kind === 'stopped' ? 5 : 6; // CLD_STOPPED, CLD_CONTINUED
    const status = report.kind === 'stopped' ? report.signal : SIG.CONT;
    if (target) this.signalThread(target, { signal: SIG.CHLD, code, address: 0n, senderPid: p.pid, status });
  }

  /** Sends a signal to one thread (tgkill, SIGCHLD to a parent): pending there, and waking it from a wait. */
  signalThread(target: GuestThread, info: SignalInfo): void {
    const k = target.process.kernel;
    const p = target.process;
    // SIGCONT continues a stopped process when it is sent (whatever its action); SIGKILL must run to end it.
    if ((info.signal === SIG.CONT || info.signal === SIG.KILL) && p.stopped) {
      p.stopped = false;
      if (info.signal === SIG.CONT) this.jobControl(p, { kind: 'continued' });
    }
    const loaded = target.process.loaded === target;
    const mask = loaded ? k.blockedSignals : target.kstate?.blockedSignals ?? 0n;
    const blocked = (mask & (1n << BigInt(info.signal - 1))) !== 0n && info.signal !== SIG.KILL && info.signal !== SIG.STOP;
    const handler = k.signalActions.get(info.signal)?.handler ?? 0n;
    if (!blocked && info.signal !== SIG.KILL && (handler === 1n || (handler === 0n && IGNORED_BY_DEFAULT.has(info.signal)))) return;
    if (loaded) queueSignal(k, info);
    else if (target.kstate) target.kstate.signals = queueSavedSignal(target.kstate.signals, info);
    if (blocked || target.state !== 'blocked') return;
    const wait = target.wait!;
    if (wait.kind === 'sleep' && wait.remaining) {
      // nanosleep interrupted: Linux stores the time left in *rem (a fault there is not reported).
      const left = wait.deadline > this.virtualTime ? wait.deadline - this.virtualTime : 0n;
      k.writeUser(wait.remaining, timespecBytes(left));
    }
    if (wait.kind === 'futex' || wait.kind === 'sleep') this.wake(target, -E.INTR);
    else if (wait.kind === 'retry' && wait.eintr) {
      // poll, select, pause: a signal ends the call with EINTR (never restarted), past its SVC.
      target.retryDeadline = undefined;
      if (target.process.loaded === target) k.machine.setPC(k.machine.getPC() + 4n);
      else if (target.context) target.context.pc += 4n;
      this.wake(target, -E.INTR);
    } else if (wait.kind === 'retry') {
      // A read, write or wait4 interrupted: restarted after the handler with SA_RESTART, else EINTR (run()).
      if (!wait.syscallFirst) target.interrupted = true;
      this.wake(target);
    }
  }

  // Interval timers (setitimer, alarm) and POSIX timers (timer_create), counted in virtual time.

  readonly timers: GuestTimer[] = [];

  /** Arms (or with `ns` undefined disarms) a timer; `until` is the guest clock at the expiry. */
  armTimer(timer: GuestTimer, ns: bigint | undefined, interval: bigint, until: bigint): void {
    timer.deadline = ns === undefined ? undefined : this.timerNow(timer) + (ns > 0n ? ns : 0n);
    timer.until = until;
    timer.interval = interval;
    timer.overrun = 0;
    if (!this.timers.includes(timer)) this.timers.push(timer);
  }

  /** Virtual nanoseconds until a timer expires (0 when disarmed). */
  timerLeft(timer: GuestTimer): bigint {
    const now = this.timerNow(timer);
    return timer.deadline === undefined ? 0n : timer.deadline > now ? timer.deadline - now : 1n;
  }

  /** A timer's clock now: the process's CPU time or the scheduler's virtual time. */
  private timerNow(timer: GuestTimer): bigint {
    return timer.cpu ? BigInt(timer.process.kernel.machine.instructionCount) : this.virtualTime;
  }

  /** Signals the expired timers (in arming order) and re-arms the periodic ones. */
  private fireTimers(): void {
    for (const timer of this.timers) {
      const now = this.timerNow(timer);
      if (timer.deadline === undefined || timer.deadline > now || !timer.process.alive) continue;
      let n = 1n;
      if (timer.interval > 0n) {
        n = (now - timer.deadline) / timer.interval + 1n;
        timer.deadline += n * timer.interval;
      } else timer.deadline = undefined;
      if (!timer.cpu) timer.process.kernel.advanceClockTo(timer.until);
      if (timer.interval > 0n) timer.until += n * timer.interval;
      timer.overrun = Number(n - 1n > 0x7fffffffn ? 0x7fffffffn : n - 1n);
      if (timer.notify === 'none') continue;
      const target = timer.tid !== undefined ? this.findThread(timer.tid) : this.threadForSignal(timer.process, timer.signal);
      if (!target || target.process !== timer.process) continue;
      const info: SignalInfo = timer.id < 0
        ? { signal: timer.signal, code: 0x80, address: 0n, senderPid: 0 } // SI_KERNEL
        : { signal: timer.signal, code: -2, address: 0n, timer: { id: timer.id, overrun: timer.overrun, value: timer.value } }; // SI_TIMER
      this.signalThread(target, info);
      this.progress++;
    }
  }

  /** The earliest deadline of an armed timer not in `skip`, if any. */
  private nextTimer(skip: ReadonlySet<GuestTimer>): bigint | undefined {
    let best: bigint | undefined;
    // CPU-time timers are not: no CPU time passes while every thread waits.
    for (const t of this.timers) {
      if (!t.cpu && t.deadline !== undefined && t.process.alive && !skip.has(t) && (best === undefined || t.deadline < best)) best = t.deadline;
    }
    return best;
  }

  /** A thread of the process that does not block the signal (or the first live one), for process-directed signals. */
  threadForSignal(p: GuestProcess, signal: number): GuestThread | undefined {
    const live = p.liveThreads();
    const bit = 1n << BigInt(signal - 1);
    return live.find((t) => {
      const mask = p.loaded === t ? p.kernel.blockedSignals : t.kstate?.blockedSignals ?? 0n;
      return (mask & bit) === 0n;
    }) ?? live[0];
  }

  // Thread and process ends.

  /** exit(2) of one thread: clear_child_tid is cleared and woken; the last thread's exit ends the process. */
  exitThread(k: Kernel, code: number): SyscallOutcome | undefined {
    const t = this.threadOf(k);
    const p = t.process;
    if (p.liveThreads().length <= 1) return undefined;
    this.releaseThread(k, t);
    t.state = 'dead';
    t.wait = undefined;
    this.release(k, t.charged);
    t.charged = 0;
    void code;
    return { yield: true };
  }

  private releaseThread(k: Kernel, t: GuestThread): void {
    this.exitRobustList(k, t);
    const clear = t.process.loaded === t ? k.clearChildTid : t.kstate?.clearChildTid ?? 0n;
    if (clear !== 0n && k.writeUser(clear, u32(0)) === 0) {
      const address = k.userAddress(clear);
      if (address !== undefined) this.futexWake(futexKey(k, address, false), 1, 0xffffffff);
    }
  }

  /**
   * exit_robust_list: the robust futexes a dying thread still holds (glibc's robust and process-shared mutexes)
   * get FUTEX_OWNER_DIED, and one waiter of each is woken, so the next locker sees EOWNERDEAD.
   */
  private exitRobustList(k: Kernel, t: GuestThread): void {
    const head = t.process.loaded === t ? k.robustList : t.kstate?.robustList ?? 0n;
    if (head === 0n) return;
    const raw = k.readUser(head, 24);
    if (typeof raw === 'number') return;
    const view = new DataView(raw.buffer, raw.byteOffset, 24);
    const offset = view.getBigInt64(8, true);
    const pending = view.getBigUint64(16, true) & ~1n;
    const death = (entry: bigint) => {
      const word = BigInt.asUintN(64, entry + offset);
      const w = k.readUser(word, 4);
      if (typeof w === 'number') return;
      const value = new DataView(w.buffer, w.byteOffset, 4).getUint32(0, true);
      if ((value & 0x3fffffff) !== t.tid) return;
      k.writeUser(word, u32(((value & 0x80000000) | 0x40000000) >>> 0)); // FUTEX_WAITERS kept, FUTEX_OWNER_DIED
      const address = k.userAddress(word);
      if ((value & 0x80000000) !== 0 && address !== undefined) this.futexWake(futexKey(k, address, false), 1, 0xffffffff);
    };
    let entry = view.getBigUint64(0, true) & ~1n;
    for (let limit = 2048; entry !== head && limit > 0; limit--) {
      const next = k.readUser(entry, 8);
      if (typeof next === 'number') break;
      if (entry !== pending) death(entry);
      entry = new DataView(next.buffer, next.byteOffset, 8).getBigUint64(0, true) & ~1n;
    }
    if (pending !== 0n) death(pending);
  }

  /** A process ended (exit_group, last thread's exit, fatal signal): zombie, SIGCHLD, notes. */
  endProcess(p: GuestProcess, stop: StopReason): void {
    if (p.ended) return;
    // Robust futexes its threads hold are released while its memory is still there.
    if (p !== this.main) for (const t of p.threads) if (t.state !== 'dead') this.exitRobustList(p.kernel, t);
    p.ended = stop;
    // Its timers go with it.
    const kept = this.timers.filter((t) => t.process !== p);
    this.timers.splice(0, this.timers.length, ...kept);
    const k = p.kernel;
    for (const t of p.threads) { t.state = 'dead'; t.wait = undefined; this.release(k, t.charged); t.charged = 0; }
    this.progress++;
    // PR_SET_PDEATHSIG: children that asked for a signal when their parent dies get it now.
    for (const c of p.children) {
      const signal = c.kernel.parentDeathSignal;
      const target = c.alive && signal > 0 ? this.threadForSignal(c, signal) : undefined;
      if (target) this.signalThread(target, { signal, code: 0, address: 0n, senderPid: p.pid });
    }
    if (p === this.main) return;
    // The process's descriptors are closed (pipe ends included), so readers of its pipes see end of file.
    for (const fd of k.files.descriptors()) releaseIfUnused(k, k.files.remove(fd));
    // A zombie keeps no memory: its machine's pages (and their decoded code) are released, unless the machine is
    // another live process's too (a CLONE_VM child's is its parent's).
    const sharedMachine = [...this.processes.values()].some((o) => o !== p && o.alive && o.kernel.machine === k.machine);
    if (!sharedMachine) for (const r of k.machine.regions()) k.machine.unmap(r.start, Number(r.end - r.start));
    this.release(k, p.charged);
    p.charged = 0;
    // Zombies whose parent is gone are reaped by init; those that nobody will wait for go at once.
    for (const c of [...p.children]) if (!c.alive && !c.reaped) reap(this, c);
    // The first ends are noted; a program forking thousands of children does not grow the notes without bound.
    const note = this.endNotes < MAX_END_NOTES ? (text: string) => k.diagnostics.push(text) : () => undefined;
    if (++this.endNotes === MAX_END_NOTES + 1) k.diagnostics.push(`more than ${MAX_END_NOTES} child processes ended: the ends of the others are not noted`);
    if (stop.kind === 'exit') {
      p.waitStatus = (stop.code & 0xff) << 8;
      note(`process ${p.pid} exited with status ${stop.code}`);
    } else if (stop.kind === 'killed') {
      p.waitStatus = (stop.signal & 0x7f) | (stop.coreDumped ? 0x80 : 0);
      const at = stop.fault && 'pc' in stop.fault ? ` at pc 0x${stop.fault.pc.toString(16)}` : '';
      note(`process ${p.pid} was killed by ${signalName(stop.signal)}${stop.coreDumped ? ' (core dumped)' : ''}${at}`);
    }
    const parent = p.parent;
    if (!parent || !parent.alive) {
      reap(this, p);
      return;
    }
    for (const t of parent.threads) {
      if (t.state === 'blocked' && t.wait?.kind === 'vfork' && t.wait.child === p) this.wake(t, p.pid);
    }
    if (p.exitSignal > 0 && p.exitSignal <= 64) {
      const code = stop.kind === 'exit' ? 1 : stop.kind === 'killed' && stop.coreDumped ? 3 : 2; // CLD_EXITED, CLD_DUMPED, CLD_KILLED
      const target = this.threadForSignal(parent, p.exitSignal);
      const status = stop.kind === 'exit' ? stop.code & 0xff : stop.kind === 'killed' ? stop.signal : 0;
      if (target) this.signalThread(target, { signal: p.exitSignal, code, address: 0n, senderPid: p.pid, status });
    }
    // SIGCHLD ignored or SA_NOCLDWAIT: the child is reaped at once (do_notify_parent), wait4 then gives ECHILD.
    const action = parent.kernel.signalActions.get(SIG.CHLD);
    if (p.exitSignal === SIG.CHLD && action && (action.handler === SIG_IGN || (action.flags & SA_NOCLDWAIT) !== 0)) {
      for (const t of parent.threads) if (t.state === 'blocked' && t.wait?.kind === 'retry') this.wake(t);
      reap(this, p);
    }
  }

  /** Whether one more task would pass the cap (clone then fails with EAGAIN, as copy_process does). */
  private overTaskCap(k: Kernel, what: string): boolean {
    const cap = taskLimit(k);
    if (this.taskCount() < cap) return false;
    if (!this.reportedTaskCap) {
      this.reportedTaskCap = true;
      k.diagnostics.push(cap < this.maxTasks
        ? `${what} returned -EAGAIN: the program has ${this.taskCount()} threads and processes, its RLIMIT_NPROC is ${cap}`
        : `${what} returned -EAGAIN: the program has ${this.maxTasks} threads and processes, the emulator's limit (like RLIMIT_NPROC; --max-tasks)`);
    }
    return true;
  }

  private endNotes = 0;
  private reportedTaskCap = false;
  private reportedMemory = false;

  private noMemory(k: Kernel, what: string, bytes: number): SyscallOutcome {
    const budget = k.machine.memoryBudget;
    if (!this.reportedMemory && budget) {
      this.reportedMemory = true;
      k.diagnostics.push(`${what} returned -ENOMEM: it needs ${bytes} bytes and the program's processes already use ${budget.used} of the ${budget.limit}-byte memory limit (--max-memory)`);
    }
    return -E.NOMEM;
  }

  // Creation.

  createThread(k: Kernel, o: { flags: number; stack: bigint; parentTid: bigint; tls: bigint; childTid: bigint }): SyscallOutcome {
    const parent = this.threadOf(k);
    const p = parent.process;
    if (this.overTaskCap(k, 'clone (a thread)')) return -E.AGAIN;
    if (!this.charge(k, THREAD_CHARGE_BYTES)) return this.noMemory(k, 'clone (a thread)', THREAD_CHARGE_BYTES);
    const tid = this.nextTid++;
    const t = new GuestThread(tid, p);
    const context = captureContext(k.machine);
    context.x[0] = 0n;
    if (o.stack !== 0n) context.sp = o.stack;
    if ((o.flags & CLONE_SETTLS) !== 0) context.tpidr = o.tls;
    t.context = context;
    t.kstate = {
      blockedSignals: k.blockedSignals, alternateStack: undefined, mte: { ...k.mte },
      clearChildTid: (o.flags & CLONE_CHILD_CLEARTID) !== 0 ? o.childTid : 0n, robustList: 0n, sigsuspendSaved: undefined, rseq: undefined, threadName: k.threadName,
      pendingSignal: undefined, signals: undefined,
    };
    if ((o.flags & CLONE_PARENT_SETTID) !== 0) k.writeUser(o.parentTid, u32(tid));
    if ((o.flags & CLONE_CHILD_SETTID) !== 0) k.writeUser(o.childTid, u32(tid));
    t.charged = THREAD_CHARGE_BYTES;
    p.threads.push(t);
    this.threads.push(t);
    return { yield: true, value: tid };
  }

  createProcess(k: Kernel, o: { flags: number; stack: bigint; parentTid: bigint; tls: bigint; childTid: bigint; exitSignal: number; clearSighand?: boolean }): SyscallOutcome {
    const factory = factories.get(this.main.kernel) ?? factories.get(k);
    if (!factory) {
      k.diagnostics.push('fork is not available: the process was created without a machine factory');
      return -E.NOSYS;
    }
    const parentThread = this.threadOf(k);
    const parent = parentThread.process;
    const what = (o.flags & CLONE_VFORK) !== 0 ? 'vfork' : 'fork';
    if (this.overTaskCap(k, what)) return -E.AGAIN;
    // The child's copy of the memory and its host-side state come out of the one budget of the program.
    // CLONE_VM (with CLONE_VFORK, as posix_spawn uses it): the child runs on the parent's machine and address
    // space while the parent waits; the scheduler saves and restores each process's registers on it (load).
    const sharedVm = (o.flags & CLONE_VM) !== 0;
    const copyBytes = sharedVm ? 0 : k.machine.memoryInUseBytes;
    if (!this.charge(k, copyBytes + PROCESS_CHARGE_BYTES)) return this.noMemory(k, what, copyBytes + PROCESS_CHARGE_BYTES);
    this.release(k, copyBytes);
    let machine: KernelMachine;
    if (sharedVm) {
      machine = k.machine;
      // The parent's thread leaves the machine: its registers and kernel state are saved for its return.
      parentThread.context = captureContext(machine);
      parentThread.kstate = captureKernelState(k);
      const f = machine.takePendingAsyncFault();
      if (f) parentThread.asyncFault = f;
      parent.loaded = undefined;
    } else try {
      machine = factory({ memoryLimitBytes: k.memoryLimitBytes, seed: 0 });
      const budget = k.machine.memoryBudget;
      if (budget) machine.useMemoryBudget?.(budget);
      // The whole machine state: registers, mappings, memory and allocation tags (as fork copies them), copied
      // directly when both machines are of the same kind (no intermediate snapshot).
      if (machine.copyStateFrom?.(k.machine) !== true) machine.restore(k.machine.snapshot());
    } catch {
      this.release(k, PROCESS_CHARGE_BYTES);
      return -E.NOMEM;
    }
    const pid = this.nextTid++;
    const shareFiles = (o.flags & CLONE_FILES) !== 0;
    const ck = new Kernel({
      machine, host: k.host, program: k.program, seed: pid, files: shareFiles ? k.files : k.files.clone(),
      brkStart: k.brkStart, mmapBase: k.mmapBase, addressSpace: sharedVm ? k.addressSpace : k.addressSpace.clone(), memoryLimitBytes: k.memoryLimitBytes, maxTasks: k.maxTasks,
      diagnostics: k.diagnostics, clock: k.clock,
    });
    ck.brk = k.brk;
    if (!sharedVm) wipeOnFork(ck);
    for (const [resource, limit] of k.rlimits) ck.rlimits.set(resource, limit);
    ck.pgid = k.pgid;
    ck.argv = k.argv;
    ck.exec = k.exec;
    ck.startNs = k.now();
    ck.sid = k.sid;
    ck.nice = k.nice;
    // CLONE_CLEAR_SIGHAND (clone3): handlers go back to the default; ignored signals stay ignored.
    for (const [signal, action] of k.signalActions) if (!o.clearSighand || action.handler === 1n) ck.signalActions.set(signal, action);
    ck.blockedSignals = k.blockedSignals;
    ck.alternateStack = k.alternateStack;
    Object.assign(ck.mte, k.mte);
    ck.sigreturnTrampoline = k.sigreturnTrampoline;
    ck.rseq = k.rseq;
    ck.threadName = k.threadName;
    ck.clearChildTid = (o.flags & CLONE_CHILD_CLEARTID) !== 0 ? o.childTid : 0n;
    loadThreadSignalState(ck, undefined);
    machine.setExceptionHandler(ck);
    applyMte(ck);
    machine.takePendingAsyncFault();
    machine.setX(0, 0n);
    if (o.stack !== 0n) machine.setSP(o.stack);
    if ((o.flags & CLONE_SETTLS) !== 0) machine.setSystemRegister('tpidr_el0', o.tls);
    const child = new GuestProcess(pid, parent, ck);
    child.charged = PROCESS_CHARGE_BYTES;
    child.exitSignal = o.exitSignal;
    const t = new GuestThread(pid, child);
    child.threads.push(t);
    child.loaded = t;
    parent.children.push(child);
    this.processes.set(ck, child);
    schedulers.set(ck, this);
    this.threads.push(t);
    if ((o.flags & CLONE_PARENT_SETTID) !== 0) k.writeUser(o.parentTid, u32(pid));
    if ((o.flags & CLONE_CHILD_SETTID) !== 0) ck.writeUser(o.childTid, u32(pid));
    machineOwners.set(machine, t);
    if ((o.flags & CLONE_VFORK) !== 0) {
      // The parent is blocked; with a shared machine its registers were saved above (block() must not find it loaded).
      parentThread.state = 'blocked';
      parentThread.wait = { kind: 'vfork', child };
      return { yield: true };
    }
    return { yield: true, value: pid };
  }

  // Running.

  /** Picks the thread to run next; undefined when every thread waits forever. */
  private pick(): GuestThread | undefined {
    // Timers that fired in this call without making a thread runnable: while no thread runs nothing changes, so
    // their next periods would not either (fireTimers counts the periods skipped as overruns).
    const idleTimers = new Set<GuestTimer>();
    for (;;) {
      const due = this.timers.filter((t) => !t.cpu && t.deadline !== undefined && t.deadline <= this.virtualTime);
      this.fireTimers();
      for (const t of this.threads) {
        if (t.state !== 'blocked' || !t.wait) continue;
        const w = t.wait;
        if ((w.kind === 'futex' || w.kind === 'sleep') && w.deadline !== undefined && w.deadline <= this.virtualTime) {
          if (w.until !== undefined) t.process.kernel.advanceClockTo(w.until);
          this.wake(t, w.kind === 'futex' ? -E.TIMEDOUT : 0);
        } else if (w.kind === 'retry' && w.deadline !== undefined && w.deadline <= this.virtualTime) {
          if (w.until !== undefined) t.process.kernel.advanceClockTo(w.until);
          this.wake(t);
        } else if (w.kind === 'retry' && this.progress > w.progress) {
          this.wake(t);
        }
      }
      const cur = this.current;
      if (cur.state === 'runnable' && !cur.process.stopped && !this.rotate && this.sliceUsed < this.timeSlice) return cur;
      this.rotate = false;
      this.sliceUsed = 0;
      let start = this.threads.indexOf(cur);
      if (this.threads.length > 64) {
        // Dead threads leave the round-robin list (the order of the others is kept).
        const before = start;
        let removedBefore = 0;
        for (let i = 0; i < before; i++) if (this.threads[i]!.state === 'dead') removedBefore++;
        const kept = this.threads.filter((t) => t.state !== 'dead' || t === cur);
        if (kept.length < this.threads.length) {
          this.threads.splice(0, this.threads.length, ...kept);
          start = before - removedBefore;
        }
      }
      const n = this.threads.length;
      for (let i = 1; i <= n; i++) {
        const t = this.threads[(start + i) % n]!;
        if (t.state === 'runnable' && !t.process.stopped) return t;
      }
      // Nobody can run: time passes until the earliest timeout or timer, and on after a timer that woke nobody (a
      // timer whose signal is blocked does not end a sleep that lasts longer).
      for (const t of due) idleTimers.add(t);
      let earliestWait: bigint | undefined;
      for (const t of this.threads) {
        const w = t.wait;
        if (t.state === 'blocked' && w && (w.kind === 'futex' || w.kind === 'sleep' || w.kind === 'retry') && w.deadline !== undefined) {
          if (earliestWait === undefined || w.deadline < earliestWait) earliestWait = w.deadline;
        }
      }
      const timer = this.nextTimer(idleTimers);
      const earliest = timer !== undefined && (earliestWait === undefined || timer < earliestWait) ? timer : earliestWait;
      if (earliest === undefined) return undefined;
      this.virtualTime = earliest;
    }
  }

  private describeWait(t: GuestThread): string {
    const w = t.wait;
    const who = t.name === 'main' ? `thread ${t.tid} (main)` : t.name;
    if (!w) return who;
    switch (w.kind) {
      case 'futex': return `${who}: futex wait at 0x${w.futex.address.toString(16)}`;
      case 'retry': return `${who}: ${w.what}`;
      case 'vfork': return `${who}: vfork waiting for process ${w.child.pid}`;
      default: return `${who}: sleeping`;
    }
  }

  private deadlock(): StopReason {
    const waiting = this.threads.filter((t) => t.state === 'blocked' || (t.state === 'runnable' && t.process.stopped))
      .map((t) => (t.state === 'blocked' ? this.describeWait(t) : `${t.name}: stopped by a signal, nothing sends SIGCONT`));
    const k = this.main.kernel;
    k.diagnostics.push(`deadlock: every thread waits forever (${waiting.join('; ')}); Linux would hang, the emulator ended the program (SIGKILL)`);
    const stop: StopReason = { kind: 'killed', signal: SIG.KILL, code: 0, coreDumped: false };
    for (const p of new Set(this.threads.map((t) => t.process))) if (p !== this.main && p.alive) this.endProcess(p, stop);
    this.endProcess(this.main, stop);
    return k.finish(stop);
  }

  /** A stop that ends a process: the main one ends the run; a child's is recorded and the others go on. */
  private ended(p: GuestProcess, stop: StopReason): StopReason | undefined {
    p.kernel.finish(stop);
    this.endProcess(p, stop);
    return p === this.main ? stop : undefined;
  }

  /** What the run does with a stop of process p: one that ends p goes through ended(); any other is returned. */
  private settle(p: GuestProcess, stop: StopReason): StopReason | undefined {
    return stop.kind === 'exit' || stop.kind === 'killed' ? this.ended(p, stop) : stop;
  }

  /** Runs threads until a stop the caller must see (end of the program, a debugger stop, the step limit). */
  run(options: RunOptions = {}): StopReason {
    const max = options.maxSteps ?? Infinity;
    let executed = 0;
    for (;;) {
      if (this.main.ended) return this.main.kernel.finalStop ?? this.main.ended;
      const t = this.pick();
      if (!t) return this.deadlock();
      const p = t.process;
      const k = p.kernel;
      const m = k.machine;
      this.load(t);
      if (this.current !== t) { this.current = t; }
      // The debugger's signal stops (exception filters) cover forked children too; `until` is the main process's.
      k.stopOnSignals = options.stopOnSignals === true;
      // Signals for this thread are delivered on its way back to user space.
      let early: StopReason | undefined;
      if (k.pendingSignal) {
        const pending = k.pendingSignal;
        k.pendingSignal = undefined;
        early = k.deliver(pending);
      } else if (t.asyncFault) {
        const f = t.asyncFault;
        t.asyncFault = undefined;
        early = k.raise(asyncTagFaultSignal(f));
      } else if (t.syscallFirst) {
        t.syscallFirst = false;
      } else if (t.interrupted) {
        // Woken by a signal from a read, write or wait4: the call runs again first (it completes if it can, as
        // Linux checks its condition before the pending signal); if it would wait again, blockAndRetry decides.
        t.interrupted = false;
        k.reexecuting = true;
      } else {
        const next = takeDeliverableSignal(k);
        if (next) early = k.raise(next);
      }
      if (early) {
        if (yieldStops.has(early)) continue; // the process stopped (SIGSTOP)
        const r = this.settle(p, early);
        if (r) return r;
        continue;
      }
      if (executed >= max) return { kind: 'limit', pc: m.getPC() };
      // The machine executes the instruction at the pc it resumes from even with a breakpoint there; a thread
      // that comes back at a breakpoint (after a wait or a time slice) has not hit it yet, so it stops here.
      const pc = m.getPC();
      const switched = t !== this.lastRan || this.lastRunYielded;
      // Breakpoints are in forked children's machines too (the debugger puts them there); `until` is the main's.
      if (switched && t.reportedBreakpoint !== pc && ((p === this.main && options.until === pc) || this.isBreakpoint?.(pc) === true)) {
        t.reportedBreakpoint = pc;
        return { kind: 'breakpoint', pc };
      }
      const budget = Math.min(this.timeSlice - this.sliceUsed, max - executed);
      const before = m.instructionCount;
      const main = p === this.main;
      k.stopOnSignals = options.stopOnSignals === true;
      const r = m.run({ maxSteps: budget, stopOnSignals: options.stopOnSignals, ...(main ? { until: options.until } : {}) });
      const ran = m.instructionCount - before;
      t.reportedBreakpoint = r.kind === 'breakpoint' ? r.pc : ran > 0 ? undefined : t.reportedBreakpoint;
      this.lastRan = t;
      this.lastRunYielded = yieldStops.has(r) || r.kind === 'limit';
      executed += ran;
      this.sliceUsed += ran;
      this.virtualTime += BigInt(ran);
      if (yieldStops.has(r)) {
        const retried = t.state === 'blocked' && t.wait?.kind === 'retry';
        if (!retried || ran > 1) this.progress++;
        continue;
      }
      if (r.kind === 'limit') {
        if (ran > 0) this.progress++;
        if (executed >= max) return r;
        // End of the time slice (a timer interrupt): a pending async tag fault is noticed at this kernel entry.
        const f = m.takePendingAsyncFault();
        if (f) {
          const s = k.raise(asyncTagFaultSignal(f));
          if (s) {
            const e = this.settle(p, s);
            if (e) return e;
            continue;
          }
        }
        continue;
      }
      const e = this.settle(p, r);
      if (e) return e;
    }
  }
}

// clone / clone3 / wait4 / waitid and the identity calls, when threads or processes exist.

export const CLONE_VM = 0x100;
export const CLONE_FS = 0x200;
export const CLONE_FILES = 0x400;
export const CLONE_SIGHAND = 0x800;
export const CLONE_PIDFD = 0x1000;
export const CLONE_VFORK = 0x4000;
export const CLONE_PARENT = 0x8000;
export const CLONE_THREAD = 0x10000;
export const CLONE_NEWNS = 0x20000;
export const CLONE_SETTLS = 0x80000;
export const CLONE_PARENT_SETTID = 0x100000;
export const CLONE_CHILD_CLEARTID = 0x200000;
export const CLONE_CHILD_SETTID = 0x1000000;
const CLONE_NAMESPACES = 0x7e020080; // NEWNS, NEWCGROUP, NEWUTS, NEWIPC, NEWUSER, NEWPID, NEWNET, NEWTIME
const CLONE_INTO_CGROUP = 0x200000000n;
const CLONE_CLEAR_SIGHAND = 0x100000000n;

function doClone(k: Kernel, flags: bigint, o: { stack: bigint; parentTid: bigint; tls: bigint; childTid: bigint; exitSignal: number }): SyscallOutcome {
  const f = Number(flags & 0xffffffffn);
  if ((f & CLONE_NEWNS) !== 0 && (f & CLONE_FS) !== 0) return -E.INVAL;
  if ((f & CLONE_THREAD) !== 0 && (f & CLONE_SIGHAND) === 0) return -E.INVAL;
  if ((f & CLONE_SIGHAND) !== 0 && (f & CLONE_VM) === 0) return -E.INVAL;
  if ((f & CLONE_NAMESPACES) !== 0 || (flags & CLONE_INTO_CGROUP) !== 0n) {
    k.diagnostics.push('clone with new namespaces or a cgroup returned -EPERM: the guest is unprivileged');
    return -E.PERM;
  }
  if ((f & CLONE_PIDFD) !== 0) {
    k.diagnostics.push('clone with CLONE_PIDFD returned -EINVAL: pidfds are not emulated');
    return -E.INVAL;
  }
  if ((flags & CLONE_CLEAR_SIGHAND) !== 0n && (f & CLONE_SIGHAND) !== 0) return -E.INVAL;
  if ((f & CLONE_THREAD) === 0 && (f & CLONE_VM) !== 0 && (f & CLONE_VFORK) === 0) {
    k.diagnostics.push('clone with CLONE_VM but without CLONE_THREAD or CLONE_VFORK (a process sharing memory) returned -ENOSYS');
    return -E.NOSYS;
  }
  const sched = ensureScheduler(k);
  if ((f & CLONE_THREAD) !== 0) return sched.createThread(k, { flags: f, ...o });
  // fork, vfork (the child gets a copy of the memory; the parent waits until it ends), clone without CLONE_VM.
  return sched.createProcess(k, { flags: f, ...o, clearSighand: (flags & CLONE_CLEAR_SIGHAND) !== 0n });
}

/** clone(flags, stack, parent_tid, tls, child_tid): arm64's argument order (tls before child_tid). */
export function sysClone(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const flags = a[0]! & 0xffffffffn;
  const exitSignal = Number(flags & 0xffn);
  return doClone(k, flags & ~0xffn, { stack: a[1]!, parentTid: a[2]!, tls: a[3]!, childTid: a[4]!, exitSignal });
}

/** clone3(struct clone_args *, size). */
export function sysClone3(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const size = Number(a[1]! > 4096n ? 4096n : a[1]!);
  if (size < 64) return -E.INVAL;
  const raw = k.readUser(a[0]!, size);
  if (typeof raw === 'number') return raw;
  for (let i = 88; i < size; i++) if (raw[i] !== 0) return -E.TOOBIG; // E2BIG for unknown non-zero fields
  const flags = readU64(raw, 0);
  const exitSignal = readU64(raw, 32);
  const stack = readU64(raw, 40);
  const stackSize = readU64(raw, 48);
  const setTidSize = size >= 80 ? readU64(raw, 72) : 0n;
  if ((flags & 0xffn) !== 0n || (flags >> 34n) !== 0n) return -E.INVAL; // CSIGNAL bits, unknown flags
  if (exitSignal > 64n) return -E.INVAL;
  if ((stack === 0n) !== (stackSize === 0n)) return -E.INVAL;
  if (setTidSize !== 0n) return -E.PERM;
  if ((flags & BigInt(CLONE_THREAD | CLONE_PARENT)) !== 0n && exitSignal !== 0n) return -E.INVAL;
  return doClone(k, flags, {
    stack: stack === 0n ? 0n : stack + stackSize, parentTid: readU64(raw, 24), tls: readU64(raw, 56), childTid: readU64(raw, 16),
    exitSignal: Number(exitSignal),
  });
}

const WNOHANG = 1;
const WNOWAIT = 0x1000000;
const WEXITED = 4;

/** Zombie children of the caller's process matching `pid` (-1 any, > 0 that one); undefined when none match at all. */
function matchingChildren(sched: Scheduler, k: Kernel, pid: number): GuestProcess[] | undefined {
  const self = sched.processOf(k);
  const matches = self.children.filter((c) => !c.reaped && (pid <= 0 || c.pid === pid));
  return matches.length === 0 ? undefined : matches;
}

/** A live child with a stop (WUNTRACED/WSTOPPED: 2) or continue (WCONTINUED: 8) to report. */
function jobReportOf(children: readonly GuestProcess[], options: number): GuestProcess | undefined {
  return children.find((c) => c.alive && c.jobReport !== undefined
    && ((c.jobReport.kind === 'stopped' && (options & 2) !== 0) || (c.jobReport.kind === 'continued' && (options & 8) !== 0)));
}

function reap(sched: Scheduler, zombie: GuestProcess): void {
  zombie.reaped = true;
  sched.forget(zombie);
}

/** wait4(pid, wstatus, options, rusage). */
export function sysWait4(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const pid = Number(BigInt.asIntN(32, a[0]!));
  const options = Number(a[2]! & 0xffffffffn);
  if ((options & ~(WNOHANG | 2 | 8 | 0x20000000 | 0x40000000 | 0x80000000)) !== 0) return -E.INVAL;
  const sched = schedulerOf(k);
  if (!sched) return -E.CHILD;
  const children = matchingChildren(sched, k, pid);
  if (!children) return -E.CHILD;
  const zombie = children.find((c) => !c.alive);
  if (!zombie) {
    // WUNTRACED / WCONTINUED: a stop or continue not reported yet (status sig << 8 | 0x7f, or 0xffff).
    const job = jobReportOf(children, options);
    if (job) {
      const report = job.jobReport!;
      const r = a[1] !== 0n ? k.writeUser(a[1]!, u32(report.kind === 'stopped' ? (report.signal << 8) | 0x7f : 0xffff)) : 0;
      if (r !== 0) return r;
      job.jobReport = undefined;
      return job.pid;
    }
    if ((options & WNOHANG) !== 0) return 0;
    return sched.blockAndRetry(k, `wait4 for ${pid > 0 ? `process ${pid}` : 'a child process'}`);
  }
  if (a[1] !== 0n) {
    const r = k.writeUser(a[1]!, u32(zombie.waitStatus));
    if (r !== 0) return r;
  }
  if (a[3] !== 0n) {
    const r = k.writeUser(a[3]!, new Uint8Array(144));
    if (r !== 0) return r;
  }
  reap(sched, zombie);
  return zombie.pid;
}

/** waitid(idtype, id, infop, options, rusage). */
export function sysWaitid(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const idtype = Number(a[0]! & 0xffffffffn);
  const id = Number(BigInt.asIntN(32, a[1]!));
  const options = Number(a[3]! & 0xffffffffn);
  if ((options & (WEXITED | 2 | 8)) === 0) return -E.INVAL;
  if (idtype > 3) return -E.INVAL;
  const sched = schedulerOf(k);
  if (!sched) return -E.CHILD;
  const pid = idtype === 1 ? id : -1;
  if (idtype === 1 && id <= 0) return -E.INVAL;
  const children = matchingChildren(sched, k, pid);
  if (!children) return -E.CHILD;
  const zombie = (options & WEXITED) !== 0 ? children.find((c) => !c.alive) : undefined;
  const job = zombie ? undefined : jobReportOf(children, options);
  if (job) {
    const report = job.jobReport!;
    if (a[2] !== 0n) {
      const stopped = report.kind === 'stopped';
      const w = new StructWriter(128).i32(0, SIG.CHLD).i32(8, stopped ? 5 : 6).i32(16, job.pid).u32(20, 1000).i32(24, stopped ? report.signal : SIG.CONT);
      const r = k.writeUser(a[2]!, w.bytes);
      if (r !== 0) return r;
    }
    if ((options & WNOWAIT) === 0) job.jobReport = undefined;
    return 0;
  }
  if (!zombie) {
    if ((options & WNOHANG) !== 0) return a[2] !== 0n ? k.writeUser(a[2]!, new Uint8Array(128)) : 0;
    return sched.blockAndRetry(k, `waitid for ${pid > 0 ? `process ${pid}` : 'a child process'}`);
  }
  if (a[2] !== 0n) {
    const st = zombie.waitStatus;
    const exited = (st & 0x7f) === 0;
    const code = exited ? 1 : (st & 0x80) !== 0 ? 3 : 2;
    const w = new StructWriter(128).i32(0, SIG.CHLD).i32(8, code).i32(16, zombie.pid).u32(20, 1000).i32(24, exited ? (st >> 8) & 0xff : st & 0x7f);
    const r = k.writeUser(a[2]!, w.bytes);
    if (r !== 0) return r;
  }
  if (a[4] !== 0n) {
    const r = k.writeUser(a[4]!, new Uint8Array(144));
    if (r !== 0) return r;
  }
  if ((options & WNOWAIT) === 0) reap(sched, zombie);
  return 0;
}

export function currentTid(k: Kernel): number {
  const s = schedulerOf(k);
  return s ? s.threadOf(k).tid : MAIN_PID;
}

export function currentPid(k: Kernel): number {
  const s = schedulerOf(k);
  return s ? s.processOf(k).pid : MAIN_PID;
}

export function parentPid(k: Kernel): number {
  const s = schedulerOf(k);
  const parent = s?.processOf(k).parent;
  return parent ? (parent.alive ? parent.pid : 1) : PARENT_OF_MAIN;
}

/** The kernels of the program's live processes (just `k` before any fork). */
export function liveKernels(k: Kernel): Kernel[] {
  const s = schedulerOf(k);
  return s ? s.liveKernels() : [k];
}

/**
 * The default action of a stop signal for the process of `k`: it stops (its threads are not scheduled) until
 * SIGCONT. False when the program has no other process or thread that could continue it.
 */
export function stopProcess(k: Kernel, signal: number): boolean {
  const sched = schedulerOf(k);
  if (!sched) {
    k.diagnostics.push(`the process was stopped by ${signalName(signal)} and nothing can continue it (no other process): the emulator ended it (SIGKILL)`);
    return false;
  }
  const p = sched.processOf(k);
  p.stopped = true;
  k.stopRequested = true;
  sched.jobControl(p, { kind: 'stopped', signal });
  return true;
}

/** The scheduler of the program, created now if it does not exist yet (timers need its time slices). */
export function schedulerFor(k: Kernel): { sched: Scheduler; created: boolean } {
  const existing = schedulerOf(k);
  return existing ? { sched: existing, created: false } : { sched: ensureScheduler(k), created: true };
}

/** Whether a pid/tid names a live thread or process of the program. */
export function isKnownTask(k: Kernel, id: number): boolean {
  const s = schedulerOf(k);
  return s ? s.findThread(id) !== undefined : id === MAIN_PID;
}
