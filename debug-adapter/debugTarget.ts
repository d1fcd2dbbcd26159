// DebugTarget: one debugged Linux process, with no DAP types. It runs the guest in bounded slices (yielding to the
// event loop between them, so a pause is answered within a slice), steps by instruction or by source line (calls
// are stepped over by running to the return address with the stack no deeper), steps out using frame-pointer
// unwinding, and goes backwards by restoring periodic snapshots and re-executing deterministically. Every stop is a
// typed TargetStop; the DAP session (session.ts) translates them.

import type { Fault, KernelControls, LinuxProcess, Machine, StopReason, TagCheckFault } from '../emulator/machine/api.js';
import type { ProgramImage } from '../emulator/program.js';
import { createLinuxProcessWith, type EmulatedProcess } from '../emulator/linux/index.js';
import { createMachine } from '../emulator/machine/index.js';
import { KernelStateKeeper } from './kernelState.js';
import { CDebugInfo } from './cLocals.js';
import type { ExceptionFilterId } from './protocol.js';
import { ProgramInfo } from './programInfo.js';
import { DebugTargetHost, type HostReplayState } from './targetHost.js';
import { unwindStack, isCallInstruction, type StackFrameInfo } from './unwind.js';
import { GuestThreads, MAIN_TID } from './guestThreads.js';

/** DAP id of the main thread (Linux tid 1000): 1, as before threads existed. */
export const MAIN_THREAD_DAP_ID = 1;

/** A run-control result that is no reason to stop. */
function isQuiet(r: StopReason): boolean {
  return r.kind === 'step' || r.kind === 'limit';
}

export type TargetStop =
  | { readonly kind: 'entry' }
  | { readonly kind: 'breakpoint'; readonly address: bigint }
  | { readonly kind: 'step' }
  | { readonly kind: 'pause' }
  | { readonly kind: 'goto' }
  /** Reverse execution reached the oldest recorded state. */
  | { readonly kind: 'historyStart' }
  | { readonly kind: 'dataBreakpoint'; readonly watchId: number; readonly address: bigint; readonly access: 'read' | 'write' | 'tag' }
  | { readonly kind: 'exception'; readonly filter: ExceptionFilterId; readonly signal: number; readonly code: number; readonly fault?: Fault; readonly fatal: boolean; readonly pc: bigint }
  | { readonly kind: 'exited'; readonly code: number }
  | { readonly kind: 'killed'; readonly signal: number; readonly code: number; readonly fault?: Fault; readonly coreDumped: boolean };

export type StepKind = 'continue' | 'next' | 'stepIn' | 'stepOut' | 'instruction';

export interface TargetLaunchOptions {
  readonly image: ProgramImage;
  readonly argv: readonly string[];
  readonly envp: readonly string[];
  readonly cwd: string;
  readonly seed: number;
  readonly memoryLimitBytes?: number;
  /** Cap on guest threads plus processes (clone/fork: EAGAIN past it). Default 256. */
  readonly maxTasks?: number;
  readonly readRoots: readonly string[];
  readonly writeRoots: readonly string[];
  readonly stdin?: string;
  readonly stdinEof?: boolean;
  readonly onOutput: (stream: 'stdout' | 'stderr', bytes: Uint8Array) => void;
  /** Called when the guest blocks on standard input with none available. */
  readonly onWaitingForInput?: () => void;
}

/** A watchpoint as the session asks for it; the target maps it onto machine watchpoints. */
export interface WatchRequest {
  readonly address: bigint;
  readonly length: number;
  readonly kind: 'read' | 'write' | 'access' | 'tag';
}

interface SnapshotEntry {
  readonly count: number;
  readonly snapshot: ReturnType<Machine['snapshot']>;
  readonly host: HostReplayState;
  readonly kernel: unknown;
}

/** Tunables (tests and benchmarks may change them). */
export interface TargetTuning {
  /** Wall-clock budget of one run slice before yielding, in milliseconds. */
  sliceMilliseconds: number;
  /** A snapshot is taken while running every this many instructions. */
  snapshotInterval: number;
  /** Most snapshots kept (older ones are thinned). */
  maxSnapshots: number;
  /** Bound on the memory all snapshots may use together (estimated from the guest's memory in use). */
  snapshotBudgetBytes: number;
}

const SIGNAL_SIGSEGV = 11;
const SEGV_MTEAERR = 8;
const SEGV_MTESERR = 9;

/** Which exception filter a signal stop belongs to. */
export function filterForSignal(signal: number, code: number, fault?: Fault): ExceptionFilterId {
  if (fault?.kind === 'tagCheck') return fault.mode === 'sync' ? 'tagCheckSync' : 'tagCheckAsync';
  if (signal === SIGNAL_SIGSEGV && code === SEGV_MTESERR) return 'tagCheckSync';
  if (signal === SIGNAL_SIGSEGV && code === SEGV_MTEAERR) return 'tagCheckAsync';
  return 'otherSignals';
}

type Continuation = { readonly stop: TargetStop } | { readonly again: true };
const AGAIN: Continuation = { again: true };

export class DebugTarget {
  /** The program's own process's machine: breakpoints, watchpoints and snapshots live here. */
  readonly mainMachine: Machine;
  /** The machine of the thread being inspected or stepped (a forked process has its own). */
  private selectedMachine: Machine;
  /** Threads and forked processes of the program. */
  readonly guestThreads: GuestThreads;
  readonly info: ProgramInfo;
  readonly tuning: TargetTuning = { sliceMilliseconds: 8, snapshotInterval: 2_000_000, maxSnapshots: 64, snapshotBudgetBytes: 512 * 1024 * 1024 };
  /** Instructions between periodic snapshots, grown when snapshots are expensive (a large guest memory). */
  private periodicInterval = 2_000_000;
  /** Exception filters in force. */
  exceptionFilters = new Set<ExceptionFilterId>(['tagCheckSync', 'tagCheckAsync', 'otherSignals']);
  /** Decides whether a breakpoint hit stops (conditions, hit counts, log points); true when unset. */
  breakpointFilter: ((address: bigint, reverse: boolean) => boolean) | undefined;

  private sliceSteps = 20_000;
  private breakpoints = new Set<bigint>();
  private watchRequests: WatchRequest[] = [];
  /** Machine watchpoint id -> index into watchRequests. */
  private machineWatchIds = new Map<number, number>();
  private trapsInstalled = true;
  private snapshots: SnapshotEntry[] = [];
  private lastSnapshotCount = -1;
  private pauseRequested = false;
  private inputWaiter: (() => void) | undefined;
  private running = false;
  private terminated = false;
  /** The last stop, for exceptionInfo and for stepping off breakpoints and watchpoints. */
  lastStop: TargetStop = { kind: 'entry' };

  private readonly kernelState: KernelStateKeeper;

  private constructor(readonly process: LinuxProcess, readonly host: DebugTargetHost, readonly image: ProgramImage, cwd: string) {
    this.mainMachine = process.machine;
    this.selectedMachine = process.machine;
    // The process's program is the image as loaded (a static PIE already moved by its load bias).
    this.info = new ProgramInfo(process.program ?? image, cwd, 0n);
    const kernel = (process as Partial<EmulatedProcess>).kernel;
    const emulated = kernel ? process as EmulatedProcess : undefined;
    this.guestThreads = new GuestThreads(emulated, process.machine, image.path.replace(/^.*[\\/]/, ''));
    // Threads switched in at a breakpoint stop there (emulator/linux/threads.ts); so does the thread being stepped
    // when the scheduler gives it the CPU back.
    (process as Partial<EmulatedProcess>).isBreakpoint = (pc) => (this.trapsInstalled && this.breakpoints.has(pc))
      || (this.awaitSwitchIn !== undefined && this.guestThreads.currentTid === this.awaitSwitchIn);
    this.kernelState = new KernelStateKeeper(kernel, [this.mainMachine, host, host.files, image, process.program, kernel?.program, kernel?.host]);
    this.takeSnapshot();
  }

  /** Creates the process; a failure is a message. */
  static create(options: TargetLaunchOptions): { ok: true; target: DebugTarget } | { ok: false; message: string } {
    let countSource: () => number = () => 0;
    const host = new DebugTargetHost(() => countSource(), options.onOutput, { cwd: options.cwd, readRoots: options.readRoots, writeRoots: options.writeRoots });
    if (options.stdin) host.provideInput(options.stdin);
    if (options.stdinEof) host.closeInput();
    let created;
    // Machines made after the first are forked children's: they get the program's breakpoints before the parent's
    // state is copied in, so a breakpoint stops a child as it stops the parent (gdb's detach-on-fork off).
    let target: DebugTarget | undefined;
    try {
      created = createLinuxProcessWith({
        program: options.image, argv: options.argv, envp: options.envp, seed: options.seed,
        memoryLimitBytes: options.memoryLimitBytes, maxTasks: options.maxTasks, host,
      }, (o) => {
        const machine = createMachine(o);
        target?.adoptChildMachine(machine);
        return machine;
      });
    } catch (e) {
      return { ok: false, message: `internal error while creating the process: ${(e as Error).message}` };
    }
    if (!created.ok) return { ok: false, message: created.message };
    target = new DebugTarget(created.process, host, options.image, options.cwd);
    const made = target;
    countSource = () => made.mainMachine.instructionCount;
    made.waitingCallback = options.onWaitingForInput;
    return { ok: true, target: made };
  }

  private waitingCallback: (() => void) | undefined;

  private cDebugInfo: CDebugInfo | undefined | null = null;

  /** C-level debug information (DWARF) of an ELF program, read on first use. */
  get cInfo(): CDebugInfo | undefined {
    if (this.cDebugInfo === null) this.cDebugInfo = CDebugInfo.load(this.image.elf);
    return this.cDebugInfo;
  }

  /**
   * Guest threads for the debugger (every thread of the program and of its forked children): DAP id 1 is the
   * program's main thread (Linux tid 1000), the others are named and numbered by their Linux tid.
   */
  threads(): { id: number; name: string }[] {
    const list = this.guestThreads.list();
    if (list.length === 0) return [{ id: MAIN_THREAD_DAP_ID, name: `Thread ${MAIN_TID}.${MAIN_TID} (${this.image.path.replace(/^.*[\\/]/, '')})` }];
    return list.map((t) => ({ id: dapIdOf(t.tid), name: t.name }));
  }

  /** The machine holding the registers of the thread being inspected or stepped. */
  get machine(): Machine { return this.selectedMachine; }

  /** Whether the program has made threads or processes (reverse execution does not cover them). */
  get threaded(): boolean {
    return (this.process as Partial<EmulatedProcess>).threaded === true;
  }

  /** DAP id of the thread the last stop belongs to. */
  get stoppedThreadId(): number {
    return dapIdOf(this.guestThreads.currentTid);
  }

  /**
   * Puts a thread's registers into its process's machine for inspection (stackTrace, variables), and makes that
   * machine the one `machine` names; false when the thread is unknown or its process has ended. Resuming runs the
   * scheduler's thread again.
   */
  selectThread(dapId: number): boolean {
    const m = this.guestThreads.select(tidOf(dapId));
    if (!m) return false;
    this.selectedMachine = m;
    return true;
  }

  get isRunning(): boolean { return this.running; }
  get hasExited(): boolean { return this.terminated || this.process.exited; }
  get instructionCount(): number { return this.mainMachine.instructionCount; }
  get oldestRecordedCount(): number { return this.snapshots[0]?.count ?? 0; }

  // Breakpoints and watchpoints.

  /** Machines of forked children (each has its own copy of the code): they carry the breakpoints too. */
  private readonly childMachines = new Set<Machine>();

  /** A machine just made for a forked child: it gets the breakpoints. */
  private adoptChildMachine(machine: Machine): void {
    this.pruneChildMachines();
    this.childMachines.add(machine);
    if (this.trapsInstalled) for (const a of this.breakpoints) machine.addBreakpoint(a);
  }

  /** Forgets the machines of children that have ended. */
  private pruneChildMachines(): void {
    if (this.childMachines.size === 0) return;
    const live = this.guestThreads.liveMachines();
    for (const m of this.childMachines) if (!live.has(m)) this.childMachines.delete(m);
  }

  /** The machines user breakpoints live in: the program's and its live children's. */
  private trapMachines(): Machine[] {
    this.pruneChildMachines();
    return [this.mainMachine, ...this.childMachines];
  }

  /** Whether a machine carries the user's breakpoints (the program's own, or a forked child's). */
  private hasUserTraps(m: Machine): boolean {
    return m === this.mainMachine || this.childMachines.has(m);
  }

  /** Whether one of the user's breakpoints is installed at `pc` of machine `m` (its condition aside). */
  private userBreakpointAt(m: Machine, pc: bigint): boolean {
    return this.hasUserTraps(m) && this.trapsInstalled && this.breakpoints.has(pc);
  }

  setBreakpointAddresses(addresses: Iterable<bigint>): void {
    const next = new Set(addresses);
    const temporary = this.temporaryBreakpoint;
    for (const m of this.trapMachines()) {
      for (const a of this.breakpoints) if (!next.has(a) && this.trapsInstalled && !(temporary?.machine === m && temporary.address === a)) m.removeBreakpoint(a);
      for (const a of next) if (!this.breakpoints.has(a) && this.trapsInstalled) m.addBreakpoint(a);
    }
    this.breakpoints = next;
  }

  hasBreakpoint(address: bigint): boolean { return this.breakpoints.has(address); }

  setWatchpoints(requests: readonly WatchRequest[]): void {
    if (this.trapsInstalled) for (const id of this.machineWatchIds.keys()) this.mainMachine.removeWatchpoint(id);
    this.machineWatchIds.clear();
    this.watchRequests = [...requests];
    if (this.trapsInstalled) this.installWatchpoints();
  }

  private installWatchpoints(): void {
    this.watchRequests.forEach((w, i) => this.machineWatchIds.set(this.mainMachine.addWatchpoint(w.address, w.length, w.kind), i));
  }

  /** Index (into the last setWatchpoints list) of a machine watchpoint id. */
  watchIndex(machineId: number): number | undefined { return this.machineWatchIds.get(machineId); }

  private removeTraps(): void {
    if (!this.trapsInstalled) return;
    for (const m of this.trapMachines()) for (const a of this.breakpoints) m.removeBreakpoint(a);
    for (const id of this.machineWatchIds.keys()) this.mainMachine.removeWatchpoint(id);
    this.machineWatchIds.clear();
    this.trapsInstalled = false;
  }

  private installTraps(): void {
    if (this.trapsInstalled) return;
    for (const m of this.trapMachines()) for (const a of this.breakpoints) m.addBreakpoint(a);
    this.installWatchpoints();
    this.trapsInstalled = true;
  }

  // Input.

  provideInput(text: string): void {
    this.host.provideInput(text);
    this.inputWaiter?.();
  }

  closeInput(): void {
    this.host.closeInput();
    this.inputWaiter?.();
  }

  // Run control.

  /** Asks a running target to stop; it stops with 'pause' at its next slice boundary. */
  pause(): void {
    if (!this.running) return;
    // run() is never on the stack here (one thread): the flag is seen between slices. Machine.requestPause would
    // stay set until the next run() and stop it at once, so it is not used.
    this.pauseRequested = true;
    this.inputWaiter?.();
  }

  /** Ends the target: later run requests report that it exited. */
  terminate(): void {
    this.terminated = true;
    this.pause();
  }

  /**
   * Resumes the program: `continue` runs every thread; a step steps the thread `threadId` (a DAP id; default: the
   * thread of the last stop). Other threads run meanwhile as the scheduler decides (gdb's scheduler-locking off),
   * but the step ends only when that thread's step is complete, and the stop then names it. A breakpoint, signal or
   * data breakpoint of another thread on the way ends the step early, naming that thread.
   */
  async resume(kind: StepKind, threadId?: number): Promise<TargetStop> {
    if (this.running) throw new Error('the target is already running');
    if (this.hasExited) return this.finish({ kind: 'exited', code: 0 });
    this.running = true;
    this.pauseRequested = false;
    const tid = threadId === undefined ? this.guestThreads.currentTid : tidOf(threadId);
    this.stepTid = kind === 'continue' ? undefined : tid;
    try {
      if (this.stepTid !== undefined) {
        const m = this.guestThreads.select(this.stepTid);
        if (!m) throw new Error(`thread ${threadId} does not exist`);
        this.selectedMachine = m;
      } else {
        this.selectedMachine = this.guestThreads.restoreCurrent();
      }
      let stop: TargetStop;
      switch (kind) {
        case 'continue': stop = await this.runFree(undefined); break;
        case 'instruction': stop = await this.stepInstruction(); break;
        case 'stepOut': stop = await this.stepOut(); break;
        default: stop = await this.stepLine(kind); break;
      }
      return this.finish(stop);
    } finally {
      this.running = false;
      this.pauseRequested = false;
      this.stepTid = undefined;
      this.awaitSwitchIn = undefined;
      this.selectedMachine = this.guestThreads.restoreCurrent();
    }
  }

  private finish(stop: TargetStop): TargetStop {
    this.lastStop = stop;
    this.selectedMachine = this.guestThreads.restoreCurrent();
    if (stop.kind !== 'exited' && stop.kind !== 'killed') this.takeSnapshot();
    return stop;
  }

  private async yieldToEventLoop(): Promise<void> {
    await new Promise<void>((resolveYield) => setImmediate(resolveYield));
  }

  /** The Linux tid of the thread a step steps (undefined while continuing). */
  private stepTid: number | undefined;
  /** While the stepped thread waits for the CPU: the scheduler stops when it switches that thread in. */
  private awaitSwitchIn: number | undefined;
  /** A breakpoint the target set for a step in a forked process's machine (where `until` does not reach). */
  private temporaryBreakpoint: { machine: Machine; address: bigint } | undefined;

  /** The machine of the thread the scheduler ran last. */
  private currentMachine(): Machine {
    return this.guestThreads.machineOf(this.guestThreads.currentTid) ?? this.mainMachine;
  }

  /** Whether the thread the scheduler ran last is the one being stepped (always, without threads). */
  private onSteppedThread(): boolean {
    return this.stepTid === undefined || !this.threaded || this.guestThreads.currentTid === this.stepTid;
  }

  /**
   * Executes one instruction of the thread the scheduler runs next, with any breakpoint at its pc out of the way.
   * (Watchpoints stop after the access, so they need no such care.)
   */
  private stepOverTraps(): StopReason {
    const m = this.currentMachine();
    const pc = m.getPC();
    const temporary = this.temporaryBreakpoint;
    const atBreakpoint = this.userBreakpointAt(m, pc)
      || (temporary !== undefined && temporary.machine === m && temporary.address === pc);
    this.lastStopWasWatch = false;
    if (atBreakpoint) m.removeBreakpoint(pc);
    try {
      return this.process.step();
    } finally {
      if (atBreakpoint) m.addBreakpoint(pc);
    }
  }

  /**
   * Executes one instruction of the stepped thread. Other threads may run first, as the scheduler decides; a stop
   * of theirs that must be reported (a breakpoint, a signal, the end of the program) is returned instead.
   */
  private async stepOwn(): Promise<StopReason> {
    const tid = this.stepTid;
    if (tid === undefined || !this.threaded) return this.stepOverTraps();
    for (;;) {
      const on = await this.bringOn(tid);
      if (on === 'ran') return { kind: 'step', pc: this.machine.getPC() };
      if (on) return on;
      const before = this.guestThreads.stateOf(tid);
      const r = this.stepOverTraps();
      if (this.guestThreads.currentTid === tid) return r;
      if (before === 'runnable' && this.guestThreads.stateOf(tid) === 'blocked') {
        // Its instruction (a system call) made it wait: the step is over when it runs again.
        const again = await this.bringOn(tid);
        return again === undefined || again === 'ran' ? { kind: 'step', pc: this.machine.getPC() } : again;
      }
      // The time slice ended and another thread ran: its stops are reported, anything else goes on.
      if (!isQuiet(r)) return r;
    }
  }

  /**
   * Runs other threads until `tid` is the scheduler's current, runnable thread with time left in its slice.
   * Returns undefined then; a stop to report instead (another thread's, or 'paused' when asked to or when the
   * thread has ended); or 'ran' when the thread also executed its next instruction (in a forked process, where
   * the scheduler does not check switches, the other threads are stepped one instruction at a time).
   */
  private async bringOn(tid: number): Promise<StopReason | 'ran' | undefined> {
    const view = this.guestThreads;
    let lastYield = Date.now();
    for (;;) {
      const state = view.stateOf(tid);
      if (state === undefined || state === 'dead') return { kind: 'paused', pc: this.currentMachine().getPC() };
      if (view.currentTid === tid && state === 'runnable' && view.sliceRemaining > 0) return undefined;
      if (this.pauseRequested) return { kind: 'paused', pc: this.currentMachine().getPC() };
      if (view.inMainProcess(tid)) {
        // The thread is to be stopped when switched in, even at a pc where it was stopped before.
        const t = view.find(tid);
        if (t) t.reportedBreakpoint = undefined;
        this.awaitSwitchIn = tid;
        let r: StopReason;
        try {
          r = this.process.run({ maxSteps: this.sliceSteps, stopOnSignals: true });
        } finally {
          this.awaitSwitchIn = undefined;
        }
        if (r.kind === 'breakpoint' && view.currentTid === tid) continue;
        if (!isQuiet(r)) return r;
      } else {
        const r = this.stepOverTraps();
        if (view.currentTid === tid) return isQuiet(r) ? 'ran' : r;
        if (!isQuiet(r)) return r;
      }
      if (Date.now() - lastYield >= this.tuning.sliceMilliseconds) {
        await this.yieldToEventLoop();
        lastYield = Date.now();
      }
    }
  }

  private lastStopWasWatch = false;

  /**
   * What a stop of the process means for a run: a reason to report, or continue. `until` is the internal
   * step-over target (with a predicate on the stack pointer), reached only by the stepped thread.
   */
  private async interpret(r: StopReason, until: { address: bigint; accept: () => boolean } | undefined): Promise<Continuation> {
    switch (r.kind) {
      case 'limit':
      case 'step':
        return AGAIN;
      case 'paused':
        return { stop: { kind: 'pause' } };
      case 'breakpoint': {
        if (until && r.pc === until.address && this.onSteppedThread() && until.accept()) return { stop: { kind: 'step' } };
        if (this.hasUserTraps(this.currentMachine()) && this.breakpoints.has(r.pc) && this.userBreakpointStops(r.pc)) return { stop: { kind: 'breakpoint', address: r.pc } };
        // A breakpoint whose condition is false, or the step-over target in a deeper frame or another thread: keep going.
        const s = this.stepOverTraps();
        return s.kind === 'step' || s.kind === 'limit' ? AGAIN : this.interpret(s, until);
      }
      case 'watchpoint': {
        this.lastStopWasWatch = true;
        const access = r.access === 'tag' ? 'tag' : r.access;
        return { stop: { kind: 'dataBreakpoint', watchId: r.id, address: r.address, access } };
      }
      case 'signal': {
        const filter = filterForSignal(r.signal, r.code, r.fault);
        if (this.exceptionFilters.has(filter)) return { stop: { kind: 'exception', filter, signal: r.signal, code: r.code, fault: r.fault, fatal: r.fatal, pc: r.pc } };
        return AGAIN; // Running again delivers the signal.
      }
      case 'exit':
        return { stop: { kind: 'exited', code: r.code } };
      case 'killed':
        return { stop: { kind: 'killed', signal: r.signal, code: r.code, fault: r.fault, coreDumped: r.coreDumped } };
      case 'waitingForInput':
        this.waitingCallback?.();
        await new Promise<void>((resolveWait) => {
          this.inputWaiter = resolveWait;
          if (this.host.hasPendingInput || this.pauseRequested) resolveWait();
        });
        this.inputWaiter = undefined;
        return this.pauseRequested ? { stop: { kind: 'pause' } } : AGAIN;
    }
  }

  /** Whether a user breakpoint that stops (its condition true) is at the current thread's pc. */
  private stopsAtBreakpointHere(): boolean {
    const m = this.currentMachine();
    const pc = m.getPC();
    return this.userBreakpointAt(m, pc) && this.userBreakpointStops(pc);
  }

  /**
   * Whether the user's breakpoint at pc stops now (its condition, hit count, log message), evaluated on the
   * machine of the thread that hit it (a forked child's has its own registers and memory).
   */
  private userBreakpointStops(pc: bigint): boolean {
    const saved = this.selectedMachine;
    this.selectedMachine = this.currentMachine();
    try {
      return this.breakpointFilter?.(pc, false) ?? true;
    } finally {
      this.selectedMachine = saved;
    }
  }

  /** Runs until a reason to stop (or, with `until`, until the stepped thread's pc reaches it with `accept()` true). */
  private async runFree(until: { address: bigint; accept: () => boolean } | undefined): Promise<TargetStop> {
    if (this.stepTid !== undefined && this.threaded) {
      // The stepped thread makes the first move itself: it may be waiting for the CPU at a breakpoint, where a
      // switch back to it would stop again.
      const first = await this.stepOwn();
      if (!isQuiet(first)) {
        const c = await this.interpret(first, until);
        if ('stop' in c) return c.stop;
      } else if (this.onSteppedThread()) {
        if (until && this.machine.getPC() === until.address && until.accept()) return { kind: 'step' };
        if (this.stopsAtBreakpointHere()) return { kind: 'breakpoint', address: this.currentMachine().getPC() };
      }
    } else if (this.userBreakpointAt(this.currentMachine(), this.currentMachine().getPC()) || this.lastStopWasWatch) {
      // Leave a breakpoint or watchpoint we are stopped at before running.
      const first = this.stepOverTraps();
      const c = await this.interpret(first, until);
      if ('stop' in c) return c.stop;
    }
    // In a forked process the scheduler does not pass `until` on: a temporary breakpoint in its machine stands in.
    const stepMachine = this.stepTid !== undefined ? this.guestThreads.machineOf(this.stepTid) : undefined;
    const temporary = until && stepMachine && stepMachine !== this.mainMachine ? { machine: stepMachine, address: until.address } : undefined;
    if (temporary) { this.temporaryBreakpoint = temporary; temporary.machine.addBreakpoint(temporary.address); }
    try {
      let lastYield = Date.now();
      for (;;) {
        if (this.pauseRequested) return this.terminated ? { kind: 'exited', code: 0 } : { kind: 'pause' };
        if (until && this.onSteppedThread() && this.machine.getPC() === until.address && until.accept()) return { kind: 'step' };
        const started = performance.now();
        const r = this.process.run({ maxSteps: this.sliceSteps, stopOnSignals: true, until: until?.address });
        this.adaptSlice(r.kind === 'limit', performance.now() - started);
        const c = await this.interpret(r, until);
        if ('stop' in c) return c.stop;
        if (this.mainMachine.instructionCount - this.lastSnapshotCount >= Math.max(this.tuning.snapshotInterval, this.periodicInterval)) this.takeSnapshot();
        if (Date.now() - lastYield >= this.tuning.sliceMilliseconds) {
          await this.yieldToEventLoop();
          lastYield = Date.now();
        }
      }
    } finally {
      if (temporary) {
        this.temporaryBreakpoint = undefined;
        // A user breakpoint at the same place stays.
        if (!this.userBreakpointAt(temporary.machine, temporary.address)) temporary.machine.removeBreakpoint(temporary.address);
      }
    }
  }

  /** Measured guest speed, for spacing snapshots. */
  private instructionsPerMs = 10_000;

  private adaptSlice(fullSlice: boolean, elapsedMs: number): void {
    if (!fullSlice) return;
    if (elapsedMs > 0.5) this.instructionsPerMs = this.instructionsPerMs * 0.8 + (this.sliceSteps / elapsedMs) * 0.2;
    const target = this.tuning.sliceMilliseconds;
    if (elapsedMs < target / 2 && this.sliceSteps < 5_000_000) this.sliceSteps *= 2;
    else if (elapsedMs > target * 2 && this.sliceSteps > 1000) this.sliceSteps = Math.max(1000, Math.floor(this.sliceSteps / 2));
  }

  private async stepInstruction(): Promise<TargetStop> {
    for (let guard = 0; guard < 4; guard++) {
      const before = this.machine.instructionCount;
      const r = await this.stepOwn();
      if (r.kind === 'step' || r.kind === 'limit' || (r.kind === 'breakpoint' && this.onSteppedThread())) return { kind: 'step' };
      const c = await this.interpret(r, undefined);
      if ('stop' in c) return c.stop;
      // A signal that is not reported was delivered by this step or will be by the next; an instruction ran if the count moved.
      if (this.machine.instructionCount !== before) return { kind: 'step' };
    }
    return { kind: 'step' };
  }

  /** One instruction of a line step: steps over calls when `overCalls`. */
  private async lineStepOne(overCalls: boolean, frameSp: bigint): Promise<TargetStop | undefined> {
    const pc = this.machine.getPC();
    const word = this.readWord(pc);
    if (overCalls && word !== undefined && isCallInstruction(word)) {
      const returnAddress = pc + 4n;
      const stop = await this.runFree({ address: returnAddress, accept: () => this.machine.getSP() >= frameSp });
      return stop.kind === 'step' ? undefined : stop;
    }
    const r = await this.stepOwn();
    if (r.kind === 'step' || r.kind === 'limit') return undefined;
    if (r.kind === 'breakpoint' && this.onSteppedThread()) return undefined;
    const c = await this.interpret(r, undefined);
    return 'stop' in c ? c.stop : undefined;
  }

  /**
   * A step that entered a C function stops past its prologue, where gdb's `step` stops (the same place as
   * `break FUNC`), so that its arguments are readable; anywhere else it stops where it is.
   */
  private async pastPrologue(pc: bigint): Promise<TargetStop> {
    if (this.info.functionStart(pc) !== pc || this.cInfo?.hasFunctionAt(pc) !== true) return { kind: 'step' };
    const after = this.info.afterPrologue(pc).address;
    if (after === pc) return { kind: 'step' };
    const sp = this.machine.getSP();
    const stop = await this.runFree({ address: after, accept: () => this.machine.getSP() <= sp });
    return stop;
  }

  /** The inlined calls pc is in (outermost first); empty without C debug information. */
  private inlineChain(pc: bigint): readonly unknown[] {
    return this.cInfo?.inlineChain(pc) ?? [];
  }

  /** True when `chain` is `start` plus at least one more inlined call: a step went into an inlined function. */
  private static deeperInline(chain: readonly unknown[], start: readonly unknown[]): boolean {
    return chain.length > start.length && start.every((s, i) => chain[i] === s);
  }

  private async stepLine(kind: 'next' | 'stepIn'): Promise<TargetStop> {
    const start = this.info.lineAt(this.machine.getPC());
    if (!start) return this.stepInstruction();
    const startSp = this.machine.getSP();
    // `next` steps over inlined calls as over real ones (gdb): lines of a newly entered inlined body do not stop it.
    const startChain = kind === 'next' ? this.inlineChain(this.machine.getPC()) : [];
    let lastYield = Date.now();
    for (let steps = 0; ; steps++) {
      if (this.pauseRequested) return { kind: 'pause' };
      const stop = await this.lineStepOne(kind === 'next', startSp);
      if (stop) return stop;
      const pc = this.machine.getPC();
      const line = this.info.lineAt(pc);
      if (!line) {
        // Code without line information (a library routine): come back out of it when a step went into a call.
        if (kind === 'stepIn') {
          const lr = this.machine.getX(30);
          if (this.info.lineAt(lr)) {
            const out = await this.runFree({ address: lr, accept: () => true });
            if (out.kind !== 'step') return out;
            continue;
          }
        }
        return { kind: 'step' };
      }
      if ((line.file !== start.file || line.line !== start.line) && this.info.isRowStart(pc)
        && !(kind === 'next' && DebugTarget.deeperInline(this.inlineChain(pc), startChain))) return this.pastPrologue(pc);
      if (Date.now() - lastYield >= this.tuning.sliceMilliseconds) {
        await this.yieldToEventLoop();
        lastYield = Date.now();
      }
    }
  }

  /**
   * Out of an inlined call (gdb's finish there): steps, over real calls, until pc has left the innermost inlined
   * body and stands at the start of a line.
   */
  private async stepOutOfInline(inner: unknown): Promise<TargetStop> {
    const sp = this.machine.getSP();
    let lastYield = Date.now();
    for (;;) {
      if (this.pauseRequested) return { kind: 'pause' };
      const stop = await this.lineStepOne(true, sp);
      if (stop) return stop;
      const pc = this.machine.getPC();
      if (!this.inlineChain(pc).includes(inner) && (this.info.isRowStart(pc) || !this.info.lineAt(pc))) return { kind: 'step' };
      if (Date.now() - lastYield >= this.tuning.sliceMilliseconds) {
        await this.yieldToEventLoop();
        lastYield = Date.now();
      }
    }
  }

  private async stepOut(): Promise<TargetStop> {
    const chain = this.inlineChain(this.machine.getPC());
    if (chain.length > 0) return this.stepOutOfInline(chain[chain.length - 1]);
    const frames = this.stackFrames(2);
    const returnAddress = frames[0]!.returnAddress;
    if (frames.length < 2 || returnAddress === undefined) return this.runFree(undefined);
    const sp = this.machine.getSP();
    return this.runFree({ address: returnAddress & ((1n << 56n) - 1n), accept: () => this.machine.getSP() > sp || (this.machine.getSP() === sp && frames[0]!.leaf) });
  }

  /** Sets pc (goto). */
  goto(address: bigint): TargetStop {
    this.machine.setPC(address);
    return this.finish({ kind: 'goto' });
  }

  // Stack.

  stackFrames(max = 64): StackFrameInfo[] {
    return unwindStack(this.machine, this.info, max);
  }

  readWord(address: bigint): number | undefined {
    // Untagged addresses past the 48-bit address space are never mapped.
    if ((address & ((1n << 56n) - 1n)) > (1n << 48n) - 4n) return undefined;
    const r = this.machine.readMemory(address, 4);
    if (r.readableLength < 4) return undefined;
    const d = r.data;
    return (d[0]! | (d[1]! << 8) | (d[2]! << 16) | (d[3]! << 24)) >>> 0;
  }

  // Reverse execution.

  private takeSnapshot(): void {
    const count = this.mainMachine.instructionCount;
    if (count === this.lastSnapshotCount || this.hasExited) return;
    // Snapshots are kept in instruction-count order; after going back, later ones stay valid (the run is deterministic).
    const started = performance.now();
    const entry: SnapshotEntry = { count, snapshot: this.mainMachine.snapshot(), host: this.host.replayState(), kernel: this.kernelState.capture() };
    // Keep periodic snapshots under about 5% of run time: at the current speed, space them by 20x their cost.
    const cost = performance.now() - started;
    this.periodicInterval = Math.max(this.tuning.snapshotInterval, Math.round(cost * 20 * this.instructionsPerMs));
    const at = this.snapshots.findIndex((s) => s.count > count);
    if (at < 0) this.snapshots.push(entry); else this.snapshots.splice(at, 0, entry);
    this.lastSnapshotCount = count;
    const inUse = (this.mainMachine as Partial<KernelControls>).memoryInUseBytes ?? 0;
    const limit = Math.max(4, Math.min(this.tuning.maxSnapshots, inUse > 0 ? Math.floor(this.tuning.snapshotBudgetBytes / inUse) : this.tuning.maxSnapshots));
    if (this.snapshots.length > limit) {
      // Thin the older half: keep the first, drop every second one.
      const keepRecent = Math.floor(limit / 2);
      const old = this.snapshots.slice(0, this.snapshots.length - keepRecent);
      const recent = this.snapshots.slice(this.snapshots.length - keepRecent);
      this.snapshots = [...old.filter((_, i) => i === 0 || i % 2 === 0), ...recent];
    }
  }

  /** Restores the newest snapshot at or before `count`. */
  private restoreBefore(count: number): SnapshotEntry | undefined {
    let best: SnapshotEntry | undefined;
    for (const s of this.snapshots) if (s.count <= count) best = s;
    if (!best) return undefined;
    this.mainMachine.restore(best.snapshot);
    this.host.restoreReplayState(best.host);
    this.kernelState.restore(best.kernel);
    return best;
  }

  /** Re-executes from the nearest snapshot to exactly `count` instructions. Breakpoints are out of the way. */
  private reexecuteTo(count: number): boolean {
    if (!this.restoreBefore(count)) return false;
    this.removeTraps();
    try {
      let stalls = 0;
      while (this.mainMachine.instructionCount < count && stalls < 8) {
        const before = this.mainMachine.instructionCount;
        const r = this.process.run({ maxSteps: count - before, stopOnSignals: true });
        if (r.kind === 'exit' || r.kind === 'killed') break;
        stalls = this.mainMachine.instructionCount === before ? stalls + 1 : 0;
      }
      return this.mainMachine.instructionCount === count;
    } finally {
      this.installTraps();
    }
  }

  /** Steps back one instruction, or one source line (not into calls). */
  async stepBack(granularity: 'instruction' | 'line'): Promise<TargetStop> {
    const current = this.mainMachine.instructionCount;
    if (current <= this.oldestRecordedCount) return this.finishReverse({ kind: 'historyStart' });
    const start = this.info.lineAt(this.mainMachine.getPC());
    if (granularity === 'instruction' || !start) {
      this.reexecuteTo(current - 1);
      return this.finishReverse({ kind: 'step' });
    }
    const currentSp = this.mainMachine.getSP();
    const currentFunction = this.info.functionStart(this.mainMachine.getPC());
    // Trace the instructions before this one (pc, sp, count) from the nearest earlier snapshot.
    let windowStart = current - 1;
    for (;;) {
      const base = this.restoreBefore(windowStart);
      if (!base) break;
      const trace = this.traceTo(current);
      for (let i = trace.length - 1; i >= 0; i--) {
        const t = trace[i]!;
        const line = this.info.lineAt(t.pc);
        if (!line) continue;
        if (t.sp < currentSp) continue;
        if (t.sp === currentSp && currentFunction !== undefined && this.info.functionStart(t.pc) !== currentFunction) continue;
        if (line.file === start.file && line.line === start.line) continue;
        // Go to the first instruction of that line's run.
        let j = i;
        while (j > 0) {
          const p = trace[j - 1]!;
          const pl = this.info.lineAt(p.pc);
          if (!pl || pl.line !== line.line || pl.file !== line.file || p.sp !== t.sp) break;
          j--;
        }
        this.reexecuteTo(trace[j]!.count);
        return this.finishReverse({ kind: 'step' });
      }
      if (base.count <= this.oldestRecordedCount) break;
      windowStart = base.count - 1;
    }
    this.reexecuteTo(this.oldestRecordedCount);
    return this.finishReverse({ kind: 'historyStart' });
  }

  /** Single-steps from the restored state up to `end`, recording where each instruction was. */
  private traceTo(end: number): { count: number; pc: bigint; sp: bigint }[] {
    const trace: { count: number; pc: bigint; sp: bigint }[] = [];
    this.removeTraps();
    try {
      let stalls = 0;
      while (this.mainMachine.instructionCount < end && trace.length < 2_000_000 && stalls < 8) {
        const before = this.mainMachine.instructionCount;
        trace.push({ count: before, pc: this.mainMachine.getPC(), sp: this.mainMachine.getSP() });
        const r = this.process.step();
        if (r.kind === 'exit' || r.kind === 'killed') break;
        if (this.mainMachine.instructionCount === before) { trace.pop(); stalls++; } else stalls = 0;
      }
    } finally {
      this.installTraps();
    }
    return trace;
  }

  /** Runs backwards to the most recent breakpoint (or data breakpoint) hit before now. */
  async reverseContinue(): Promise<TargetStop> {
    const current = this.mainMachine.instructionCount;
    let end = current;
    while (end > this.oldestRecordedCount) {
      const base = this.restoreBefore(end - 1);
      if (!base) break;
      const hit = this.scanForHits(end);
      if (hit) {
        this.reexecuteTo(hit.count);
        return this.finishReverse(hit.stop);
      }
      end = base.count;
    }
    this.reexecuteTo(this.oldestRecordedCount);
    return this.finishReverse({ kind: 'historyStart' });
  }

  /** From the restored state, runs to `end` and returns the last breakpoint or watchpoint hit before it. */
  private scanForHits(end: number): { count: number; stop: TargetStop } | undefined {
    let last: { count: number; stop: TargetStop } | undefined;
    let stalls = 0;
    const atBreakpoint = (): void => {
      const pc = this.mainMachine.getPC();
      if (this.breakpoints.has(pc) && this.mainMachine.instructionCount < end && (this.breakpointFilter?.(pc, true) ?? true)) {
        last = { count: this.mainMachine.instructionCount, stop: { kind: 'breakpoint', address: pc } };
      }
    };
    atBreakpoint();
    while (this.mainMachine.instructionCount < end && stalls < 8) {
      const before = this.mainMachine.instructionCount;
      const pc = this.mainMachine.getPC();
      let r: StopReason;
      if (this.breakpoints.has(pc)) {
        this.mainMachine.removeBreakpoint(pc);
        try { r = this.process.step(); } finally { this.mainMachine.addBreakpoint(pc); }
      } else {
        r = this.process.run({ maxSteps: end - before, stopOnSignals: true });
      }
      if (r.kind === 'exit' || r.kind === 'killed') break;
      if (r.kind === 'breakpoint') atBreakpoint();
      if (r.kind === 'watchpoint' && this.mainMachine.instructionCount < end) {
        // Watchpoints stop after the access: running on continues past it.
        last = { count: this.mainMachine.instructionCount, stop: { kind: 'dataBreakpoint', watchId: r.id, address: r.address, access: r.access } };
      }
      stalls = this.mainMachine.instructionCount === before ? stalls + 1 : 0;
    }
    return last;
  }

  private finishReverse(stop: TargetStop): TargetStop {
    this.lastStopWasWatch = stop.kind === 'dataBreakpoint';
    this.lastStop = stop;
    return stop;
  }

  /**
   * Drops the signal an exception stop is about to deliver (gdb's `signal 0`): continuing then re-executes the
   * faulting instruction. False when there is none, or the Linux layer does not expose it.
   */
  discardPendingSignal(): boolean {
    const kernel = (this.process as Partial<EmulatedProcess>).kernel as { pendingSignal?: unknown } | undefined;
    if (!kernel || kernel.pendingSignal === undefined) return false;
    kernel.pendingSignal = undefined;
    return true;
  }

  /** The pending or delivered tag fault of the last stop, if it was one. */
  lastTagFault(): TagCheckFault | undefined {
    const s = this.lastStop;
    if ((s.kind === 'exception' || s.kind === 'killed') && s.fault?.kind === 'tagCheck') return s.fault;
    return undefined;
  }
}

/** The DAP id of a Linux tid: 1 for the program's first thread (as before threads existed), the tid otherwise. */
function dapIdOf(tid: number): number {
  return tid === MAIN_TID ? MAIN_THREAD_DAP_ID : tid;
}

function tidOf(dapId: number): number {
  return dapId === MAIN_THREAD_DAP_ID ? MAIN_TID : dapId;
}
