// Interval timers (getitimer/setitimer, which glibc's alarm uses) and POSIX per-process timers (timer_create,
// timer_settime, timer_gettime, timer_getoverrun, timer_delete). Timers count virtual time on the thread scheduler
// (threads.ts), which a program that arms one starts if it has no threads yet, so expiries are deterministic; at an
// expiry the guest clock is moved on to the time the timer was set for (Kernel.now) and the signal goes to the
// process (SIGALRM, SI_KERNEL for ITIMER_REAL; the sigevent's signal with SI_TIMER, the timer id, overrun and
// value for POSIX timers; SIGEV_THREAD_ID to one thread; SIGEV_NONE only counts). ITIMER_VIRTUAL and ITIMER_PROF,
// and POSIX timers on the CPU-time clocks, count the process's CPU time instead (its instructions, 1 ns each; the
// emulator has no system time, so PROF counts as VIRTUAL): it does not pass while the process sleeps or waits.
// Timers are not inherited by fork.
import { E, SIG } from '../constants.js';
import type { Kernel, SyscallOutcome } from '../kernel.js';
import { StructWriter } from '../text.js';
import { currentPid, schedulerFor, schedulerOf, type GuestTimer, type Scheduler } from '../threads.js';
import { isCpuClockOf } from './process.js';

const NS = 1_000_000_000n;
const ITIMER_SIGNALS = [SIG.ALRM, 26, 27]; // SIGALRM, SIGVTALRM, SIGPROF

function itimerOf(sched: Scheduler, k: Kernel, which: number): GuestTimer | undefined {
  return sched.timers.find((t) => t.process.kernel === k && t.id === -1 - which);
}

/** struct itimerval (two timevals) of a timer. */
function itimerval(sched: Scheduler | undefined, timer: GuestTimer | undefined): Uint8Array {
  const left = sched && timer ? sched.timerLeft(timer) : 0n;
  const interval = timer?.interval ?? 0n;
  const us = (ns: bigint) => (ns + 999n) / 1000n;
  return new StructWriter(32).u64(0, us(interval) / 1_000_000n).u64(8, us(interval) % 1_000_000n)
    .u64(16, us(left) / 1_000_000n).u64(24, us(left) % 1_000_000n).bytes;
}

export function sysGetitimer(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const which = Number(BigInt.asIntN(32, a[0]!));
  if (which < 0 || which > 2) return -E.INVAL;
  const sched = schedulerOf(k);
  return k.writeUser(a[1]!, itimerval(sched, sched ? itimerOf(sched, k, which) : undefined));
}

export function sysSetitimer(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const which = Number(BigInt.asIntN(32, a[0]!));
  if (which < 0 || which > 2) return -E.INVAL;
  let interval = 0n;
  let value = 0n;
  if (a[1] !== 0n) {
    const raw = k.readUser(a[1]!, 32);
    if (typeof raw === 'number') return raw;
    const v = new DataView(raw.buffer, raw.byteOffset, 32);
    const f = [0, 8, 16, 24].map((o) => v.getBigInt64(o, true));
    if (f.some((x) => x < 0n) || f[1]! >= 1_000_000n || f[3]! >= 1_000_000n) return -E.INVAL;
    interval = f[0]! * NS + f[1]! * 1000n;
    value = f[2]! * NS + f[3]! * 1000n;
  }
  const existing = schedulerOf(k);
  if (a[2] !== 0n) {
    const r = k.writeUser(a[2]!, itimerval(existing, existing ? itimerOf(existing, k, which) : undefined));
    if (r !== 0) return r;
  }
  if (value === 0n && !existing) return 0;
  const { sched, created } = schedulerFor(k);
  let timer = itimerOf(sched, k, which);
  if (!timer) {
    timer = { process: sched.processOf(k), id: -1 - which, signal: ITIMER_SIGNALS[which]!, notify: 'signal', value: 0n, clock: 1, cpu: which !== 0, deadline: undefined, until: 0n, interval: 0n, overrun: 0 };
  }
  sched.armTimer(timer, value === 0n ? undefined : value, interval, k.now() + value);
  // A program without threads switches to the scheduler, which counts the time.
  return created ? { yield: true, value: 0 } : 0;
}

const SIGEV_SIGNAL = 0;
const SIGEV_NONE = 1;
const SIGEV_THREAD_ID = 4;
const TIMER_CLOCKS = new Set([0, 1, 2, 3, 7]); // REALTIME, MONOTONIC, PROCESS_CPUTIME, THREAD_CPUTIME, BOOTTIME

/** timer_create(clockid, sevp, timerid). */
export function sysTimerCreate(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const clock = Number(BigInt.asIntN(32, a[0]!));
  if (clock === 8 || clock === 9) return -E.PERM; // ALARM clocks need CAP_WAKE_ALARM
  if (!TIMER_CLOCKS.has(clock) && !isCpuClockOf(k, clock)) return -E.INVAL;
  let signal: number = SIG.ALRM;
  let notify: 'signal' | 'none' = 'signal';
  let tid: number | undefined;
  let value: bigint | undefined;
  if (a[1] !== 0n) {
    const raw = k.readUser(a[1]!, 20);
    if (typeof raw === 'number') return raw;
    const v = new DataView(raw.buffer, raw.byteOffset, 20);
    value = v.getBigUint64(0, true);
    signal = v.getInt32(8, true);
    const how = v.getInt32(12, true);
    if (how === SIGEV_NONE) notify = 'none';
    else if (how === SIGEV_THREAD_ID) {
      tid = v.getInt32(16, true);
      const s = schedulerOf(k);
      const t = s ? s.findThread(tid) : tid === currentPid(k) ? undefined : null;
      if (t === null || (t && t.process.kernel !== k)) return -E.INVAL;
    } else if (how !== SIGEV_SIGNAL) return -E.INVAL;
    if (notify === 'signal' && (signal < 1 || signal > 64)) return -E.INVAL;
  }
  const { sched, created } = schedulerFor(k);
  const p = sched.processOf(k);
  const id = sched.timers.filter((t) => t.process === p && t.id >= 0).reduce((m, t) => Math.max(m, t.id + 1), 0);
  const timer: GuestTimer = { process: p, id, signal, notify, ...(tid !== undefined ? { tid } : {}), value: value ?? BigInt(id), clock, cpu: clock === 2 || clock === 3 || clock < 0, deadline: undefined, until: 0n, interval: 0n, overrun: 0 };
  sched.timers.push(timer);
  const r = k.writeUser(a[2]!, new StructWriter(4).i32(0, id).bytes);
  if (r !== 0) { sched.timers.splice(sched.timers.indexOf(timer), 1); return r; }
  return created ? { yield: true, value: 0 } : 0;
}

function posixTimer(k: Kernel, idArg: bigint): { sched: Scheduler; timer: GuestTimer } | undefined {
  const sched = schedulerOf(k);
  const id = Number(BigInt.asIntN(32, idArg));
  const timer = sched?.timers.find((t) => t.process.kernel === k && t.id === id && id >= 0);
  return sched && timer ? { sched, timer } : undefined;
}

function itimerspec(sched: Scheduler, timer: GuestTimer): Uint8Array {
  const left = sched.timerLeft(timer);
  return new StructWriter(32).u64(0, timer.interval / NS).u64(8, timer.interval % NS).u64(16, left / NS).u64(24, left % NS).bytes;
}

/** timer_settime(timerid, flags, new_value, old_value); TIMER_ABSTIME (1) takes an absolute time of its clock. */
export function sysTimerSettime(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const found = posixTimer(k, a[0]!);
  if (!found) return -E.INVAL;
  const raw = k.readUser(a[2]!, 32);
  if (typeof raw === 'number') return raw;
  const v = new DataView(raw.buffer, raw.byteOffset, 32);
  const f = [0, 8, 16, 24].map((o) => v.getBigInt64(o, true));
  if (f.some((x) => x < 0n) || f[1]! >= NS || f[3]! >= NS) return -E.INVAL;
  if (a[3] !== 0n) {
    const r = k.writeUser(a[3]!, itimerspec(found.sched, found.timer));
    if (r !== 0) return r;
  }
  const interval = f[0]! * NS + f[1]!;
  let value = f[2]! * NS + f[3]!;
  const absolute = (Number(a[1]! & 0xffffffffn) & 1) !== 0;
  const now = found.timer.cpu ? BigInt(k.machine.instructionCount) : k.now();
  if (value !== 0n && absolute) value = value > now ? value - now : 1n;
  found.sched.armTimer(found.timer, value === 0n ? undefined : value, interval, k.now() + value);
  return 0;
}

export function sysTimerGettime(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const found = posixTimer(k, a[0]!);
  if (!found) return -E.INVAL;
  return k.writeUser(a[1]!, itimerspec(found.sched, found.timer));
}

export function sysTimerGetoverrun(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const found = posixTimer(k, a[0]!);
  return found ? found.timer.overrun : -E.INVAL;
}

export function sysTimerDelete(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const found = posixTimer(k, a[0]!);
  if (!found) return -E.INVAL;
  found.sched.timers.splice(found.sched.timers.indexOf(found.timer), 1);
  return 0;
}
