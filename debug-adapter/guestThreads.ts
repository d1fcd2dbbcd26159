// The debugger's view of a program's threads and forked processes: which ones exist, what the debugger calls
// them ("Thread PID.TID", as gdb numbers threads of several processes), which machine holds a thread's
// registers, and putting a thread's registers into its process's machine for inspection. It reads the
// deterministic scheduler of emulator/linux/threads.ts, which exists once the program has made a thread or
// process; before that the program is one thread (tid 1000) on the main machine. No DAP types.

import type { Machine } from '../emulator/machine/api.js';
import type { EmulatedProcess } from '../emulator/linux/index.js';
import { schedulerOf, type GuestThread, type Scheduler } from '../emulator/linux/threads.js';

/** Linux tid (and pid) of the program's first thread. */
export const MAIN_TID = 1000;

export interface GuestThreadView {
  readonly tid: number;
  readonly pid: number;
  readonly name: string;
  readonly state: 'runnable' | 'blocked' | 'dead';
}

export class GuestThreads {
  constructor(private readonly process: EmulatedProcess | undefined, private readonly mainMachine: Machine, private readonly programName: string) {}

  private get scheduler(): Scheduler | undefined {
    const k = this.process?.kernel;
    return k ? schedulerOf(k) : undefined;
  }

  /** The scheduler's thread with this tid (live, or the current one even if it just ended). */
  find(tid: number): GuestThread | undefined {
    const s = this.scheduler;
    if (!s) return undefined;
    return s.threads.find((t) => t.tid === tid && (t.state !== 'dead' || t === s.current));
  }

  /** Live threads of every process (and the current one), in creation order. */
  list(): GuestThreadView[] {
    const s = this.scheduler;
    if (!s) return this.process?.exited ? [] : [{ tid: MAIN_TID, pid: MAIN_TID, name: this.nameOf(MAIN_TID, MAIN_TID), state: 'runnable' }];
    return s.threads.filter((t) => t.state !== 'dead' || t === s.current)
      .map((t) => ({ tid: t.tid, pid: t.process.pid, name: this.nameOf(t.tid, t.process.pid, t.process.parent?.pid), state: t.state }));
  }

  /** gdb-like names: `Thread 1000.1000 (prog)`, `Thread 1000.1001`, `Thread 1001.1001 (fork of 1000)`. */
  private nameOf(tid: number, pid: number, parentPid?: number): string {
    const base = `Thread ${pid}.${tid}`;
    if (tid === MAIN_TID) return `${base} (${this.programName})`;
    if (tid === pid) return `${base} (fork of ${parentPid ?? MAIN_TID})`;
    return base;
  }

  /** The machines of the processes still alive (the program's, and its forked children's). */
  liveMachines(): Set<Machine> {
    const s = this.scheduler;
    const out = new Set<Machine>([this.mainMachine]);
    if (s) for (const t of s.threads) if (t.process.alive) out.add(t.process.kernel.machine as unknown as Machine);
    return out;
  }

  /** The tid of the thread the scheduler ran last (the one a stop belongs to). */
  get currentTid(): number {
    return this.scheduler?.current.tid ?? MAIN_TID;
  }

  /** Whether the thread belongs to the program's own process (the main machine). */
  inMainProcess(tid: number): boolean {
    const s = this.scheduler;
    if (!s) return tid === MAIN_TID;
    const t = this.find(tid);
    return t !== undefined && t.process === s.main;
  }

  /** The machine that holds (or will hold, once loaded) a thread's registers. */
  machineOf(tid: number): Machine | undefined {
    if (!this.scheduler) return tid === MAIN_TID ? this.mainMachine : undefined;
    const t = this.find(tid);
    if (!t) return undefined;
    return t.process.alive || t.process === this.scheduler.main ? (t.process.kernel.machine as unknown as Machine) : undefined;
  }

  /**
   * Loads a thread's registers into its process's machine and returns that machine; undefined for an unknown
   * thread or one of a process that has ended. The scheduler's choice of what runs next does not change.
   */
  select(tid: number): Machine | undefined {
    const s = this.scheduler;
    if (!s) return tid === MAIN_TID ? this.mainMachine : undefined;
    const t = this.find(tid);
    const m = this.machineOf(tid);
    if (!t || !m || t.state === 'dead' && t !== s.current) return undefined;
    if (t.state !== 'dead') s.load(t);
    return m;
  }

  /** Puts the current thread back into its process's machine (after inspecting others). */
  restoreCurrent(): Machine {
    const s = this.scheduler;
    if (!s) return this.mainMachine;
    if (s.current.state !== 'dead') s.load(s.current);
    return (s.current.process.alive || s.current.process === s.main) ? s.current.process.kernel.machine as unknown as Machine : this.mainMachine;
  }

  /** State of a thread: undefined when it does not exist (any more). */
  stateOf(tid: number): GuestThreadView['state'] | undefined {
    if (!this.scheduler) return tid === MAIN_TID ? 'runnable' : undefined;
    return this.find(tid)?.state;
  }

  /** Instructions the scheduler has left in the current thread's time slice. */
  get sliceRemaining(): number {
    const s = this.scheduler;
    return s ? Math.max(0, s.timeSlice - s.sliceUsed) : Infinity;
  }
}
