// Waiting for files and events: ppoll and pselect6 (what glibc's poll, select and pselect call), eventfd2 and
// timerfd_create/settime/gettime, with Linux's readiness rules (pipe_poll, eventfd_poll, timerfd_poll; other files
// are always ready, DEFAULT_POLLMASK) and errnos. A call that must wait blocks its thread in the scheduler until
// another thread or process makes progress or its timeout (virtual time) passes (threads.ts); in a single-threaded
// process only a timeout or a timer can end the wait (the clock moves on to it, see Kernel.now), and a wait that
// nothing can end ends the process with a diagnostic, as for a blocking read of an empty pipe. The signal mask
// argument of ppoll and pselect6 is checked but not applied during the wait.
import { E, SIG } from '../constants.js';
import type { Kernel, SyscallOutcome } from '../kernel.js';
import { O_CLOEXEC, O_NONBLOCK, O_RDWR, OpenFile } from '../files.js';
import { StructWriter } from '../text.js';
import { EpollSet, EventCounter, SignalSet, TimerState, type VNode } from '../vfs/nodes.js';
import { pendingSignalSet, takeDeliverableSignal, takePendingSignal } from '../signals.js';
import { schedulerOf } from '../threads.js';
import { blockedForever, fdArg } from './io.js';
import { userTimespec } from './process.js';
import { pollStdinStream, stdinFileOf } from '../stdin.js';
import { vfsOf } from './vfsAccess.js';

const POLLIN = 0x1;
const POLLPRI = 0x2;
const POLLOUT = 0x4;
const POLLERR = 0x8;
const POLLHUP = 0x10;
const POLLNVAL = 0x20;
const POLLRDNORM = 0x40;
const POLLWRNORM = 0x100;
const DEFAULT_POLLMASK = POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM;
const EVENTFD_MAX = 0xfffffffffffffffen;
const NS = 1_000_000_000n;

let nextAnonId = 1;

/** Counts a timer's expirations up to now (guest clock). */
function tick(k: Kernel, t: TimerState): void {
  if (t.next === undefined) return;
  const now = k.now();
  if (now < t.next) return;
  if (t.interval > 0n) {
    const n = (now - t.next) / t.interval + 1n;
    t.expired += n;
    t.next += n * t.interval;
  } else {
    t.expired += 1n;
    t.next = undefined;
  }
}

/** The poll mask of an open file now. */
function readiness(k: Kernel, file: OpenFile): number {
  const node: VNode = file.node;
  switch (node.t) {
    case 'pipe': {
      const p = node.pipe;
      if (node.end === 'read') return (p.buffer.length > 0 ? POLLIN | POLLRDNORM : 0) | (p.writers === 0 ? POLLHUP : 0);
      if (node.end === 'both') return (p.buffer.length > 0 ? POLLIN | POLLRDNORM : 0) | (p.capacity - p.buffer.length > 0 ? POLLOUT | POLLWRNORM : 0);
      return (p.readers === 0 ? POLLERR : 0) | (p.capacity - p.buffer.length > 0 ? POLLOUT | POLLWRNORM : 0);
    }
    case 'std': {
      if (node.stream !== 0) return POLLOUT | POLLWRNORM;
      // A regular file is always ready; a stream as pipe_poll answers (POLLHUP once its writers are gone).
      if (stdinFileOf(k.host)) return DEFAULT_POLLMASK;
      return pollStdinStream(k.host, vfsOf(k)) === 'ended' ? POLLHUP : POLLIN | POLLRDNORM;
    }
    case 'sock': {
      // unix_poll: readable with data or once the peer stopped writing (POLLRDHUP); POLLHUP when both ways are shut.
      const { rx, tx, sock } = node;
      if (sock.state === 'listening') return sock.pending.length > 0 ? POLLIN | POLLRDNORM : 0;
      // Not connected: a stream or seqpacket socket polls writable and hung up (unix_poll, TCP_CLOSE).
      if (sock.state === 'unconnected' && !sock.ownQueue) return POLLOUT | POLLWRNORM | POLLHUP;
      if (sock.ownQueue && sock.state !== 'connected') return ((rx.records?.length ?? 0) > 0 ? POLLIN | POLLRDNORM : 0) | POLLOUT | POLLWRNORM;
      const eof = rx.writers === 0 || sock.shutRead;
      let mask = rx.buffer.length > 0 || (rx.records?.length ?? 0) > 0 || eof ? POLLIN | POLLRDNORM : 0;
      if (eof) mask |= 0x2000; // POLLRDHUP
      if ((tx.readers === 0 || sock.shutWrite) && eof) mask |= POLLHUP;
      if (tx.readers > 0 && !sock.shutWrite && tx.capacity - tx.buffer.length > 0) mask |= POLLOUT | POLLWRNORM;
      return mask;
    }
    case 'anon': {
      const a = node.anon;
      if (a instanceof EventCounter) return (a.count > 0n ? POLLIN | POLLRDNORM : 0) | (a.count < EVENTFD_MAX ? POLLOUT | POLLWRNORM : 0);
      if (a instanceof SignalSet) return (pendingSignalSet(k) & a.mask) !== 0n ? POLLIN | POLLRDNORM : 0;
      if (a instanceof EpollSet) return epollReady(k, a, undefined) > 0 ? POLLIN | POLLRDNORM : 0;
      tick(k, a);
      return a.expired > 0n ? POLLIN | POLLRDNORM : 0;
    }
    default: return DEFAULT_POLLMASK;
  }
}

/** The earliest armed expiry among timerfds (guest clock), which can end a wait in a single thread. */
function earliestTimer(files: readonly (OpenFile | undefined)[]): bigint | undefined {
  let best: bigint | undefined;
  for (const f of files) {
    const a = f?.node.t === 'anon' ? f.node.anon : undefined;
    if (a instanceof TimerState && a.next !== undefined && (best === undefined || a.next < best)) best = a.next;
  }
  return best;
}

/** A struct timespec argument: nanoseconds, undefined for NULL, or -errno. */
function timeoutArg(k: Kernel, pointer: bigint): bigint | undefined | number {
  const t = userTimespec(k, pointer);
  return typeof t === 'object' ? t.ns : t;
}

/**
 * What a poll-like call does when nothing is ready: 'timeout' (return 0 now), or an outcome that blocks it. Called
 * after readiness found nothing; `timeout` is the caller's (undefined: forever), `files` the polled files.
 */
function waitForEvents(k: Kernel, what: string, timeout: bigint | undefined, files: readonly (OpenFile | undefined)[], masked = false): 'timeout' | 'again' | SyscallOutcome {
  if (timeout === 0n) return 'timeout';
  const sched = schedulerOf(k);
  const now = k.now();
  const timer = earliestTimer(files);
  const userEnd = timeout === undefined ? undefined : now + timeout;
  if (sched) {
    if (sched.retryExpired(k)) return 'timeout';
    const end = timer !== undefined && (userEnd === undefined || timer < userEnd) ? timer : userEnd;
    // With a temporary signal mask, a signal wakes the call to run again (callMaskInterrupt then ends it, so the
    // handler's frame keeps the mask from before the call); without one, it ends with EINTR at once.
    return sched.blockAndRetry(k, what, end === undefined ? undefined : { ns: end > now ? end - now : 0n, until: end }, !masked, masked);
  }
  // A single thread: only time can change anything.
  if (timer !== undefined && (userEnd === undefined || timer <= userEnd)) {
    k.advanceClockTo(timer);
    return 'again';
  }
  if (userEnd !== undefined) {
    k.advanceClockTo(userEnd);
    return 'timeout';
  }
  return blockedForever(k, `${what} (nothing else can make a file ready)`);
}

function checkSigset(size: bigint, pointer: bigint): number {
  return pointer !== 0n && size !== 8n ? -E.INVAL : 0;
}

const UNBLOCKABLE = (1n << BigInt(SIG.KILL - 1)) | (1n << BigInt(SIG.STOP - 1));

/**
 * ppoll, pselect6 and epoll_pwait with a signal mask: the mask is in force while the call runs, as Linux sets it
 * before looking at the files. Returns the mask to restore (kept in Kernel.sigsuspendSaved across the waits and
 * re-executions of one call), or undefined when the call has no mask (pointer NULL) or it cannot be read (-errno).
 */
function applyCallMask(k: Kernel, pointer: bigint): bigint | undefined | number {
  if (pointer === 0n) return undefined;
  const raw = k.readUser(pointer, 8);
  if (typeof raw === 'number') return raw;
  const saved = k.sigsuspendSaved ?? k.blockedSignals;
  k.blockedSignals = new DataView(raw.buffer, raw.byteOffset, 8).getBigUint64(0, true) & ~UNBLOCKABLE;
  k.sigsuspendSaved = saved;
  return saved;
}

/** The call completes (ready files, a timeout or an error): the mask from before it is back at once. */
function restoreCallMask(k: Kernel, saved: bigint | undefined): void {
  if (saved === undefined) return;
  k.blockedSignals = saved;
  k.sigsuspendSaved = undefined;
}

/**
 * Nothing ready and a signal the temporary mask lets through is pending: the call fails with EINTR and the signal
 * is delivered with the temporary mask in force; the handler's frame keeps the mask from before the call, which
 * rt_sigreturn restores (Linux's restore_saved_sigmask after the frame is set up).
 */
function callMaskInterrupt(k: Kernel, saved: bigint | undefined): SyscallOutcome | undefined {
  if (saved === undefined) return undefined;
  const next = takeDeliverableSignal(k);
  if (!next) return undefined;
  k.sigsuspendSaved = undefined;
  schedulerOf(k)?.retryDone(k);
  return { value: -E.INTR, signal: { ...next, savedMask: saved } };
}

/** ppoll(fds, nfds, tmo_p, sigmask, sigsetsize). */
export function sysPpoll(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const nfds = a[1]!;
  if (nfds > BigInt(k.files.maxDescriptors)) return -E.INVAL;
  const n = Number(nfds);
  const timeout = timeoutArg(k, a[2]!);
  if (typeof timeout === 'number') return timeout;
  const bad = checkSigset(a[4]!, a[3]!);
  if (bad) return bad;
  const raw = n === 0 ? new Uint8Array(0) : k.readUser(a[0]!, n * 8);
  if (typeof raw === 'number') return raw;
  const view = new DataView(raw.buffer, raw.byteOffset, raw.length);
  const files = Array.from({ length: n }, (_, i) => { const fd = view.getInt32(i * 8, true); return fd < 0 ? undefined : k.files.get(fd); });
  const saved = applyCallMask(k, a[3]!);
  if (typeof saved === 'number') return saved;
  for (let round = 0; ; round++) {
    let ready = 0;
    for (let i = 0; i < n; i++) {
      const fd = view.getInt32(i * 8, true);
      const events = view.getUint16(i * 8 + 4, true);
      const file = files[i];
      const mask = fd < 0 ? 0 : file ? readiness(k, file) & (events | POLLERR | POLLHUP) : POLLNVAL;
      view.setUint16(i * 8 + 6, mask, true);
      if (mask !== 0) ready++;
    }
    const finish = (): SyscallOutcome => {
      schedulerOf(k)?.retryDone(k);
      restoreCallMask(k, saved);
      const r = n === 0 ? 0 : k.writeUser(a[0]!, raw);
      return r !== 0 ? r : ready;
    };
    if (ready > 0 || round === 2) return finish();
    const interrupted = callMaskInterrupt(k, saved);
    if (interrupted) return interrupted;
    const w = waitForEvents(k, 'poll', timeout, files, saved !== undefined);
    if (w === 'timeout') return finish();
    if (w !== 'again') return w;
  }
}

/** pselect6(nfds, readfds, writefds, exceptfds, timeout, {sigmask, sigsetsize}). */
export function sysPselect6(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const nfds = Number(BigInt.asIntN(32, a[0]!));
  if (nfds < 0) return -E.INVAL;
  const n = Math.min(nfds, k.files.maxDescriptors);
  const bytes = Math.ceil(n / 64) * 8;
  const sets: (Uint8Array | undefined)[] = [];
  for (const p of [a[1]!, a[2]!, a[3]!]) {
    if (p === 0n || bytes === 0) { sets.push(undefined); continue; }
    const s = k.readUser(p, bytes);
    if (typeof s === 'number') return s;
    sets.push(s);
  }
  const timeout = timeoutArg(k, a[4]!);
  if (typeof timeout === 'number') return timeout;
  let maskPointer = 0n;
  if (a[5] !== 0n) {
    const sig = k.readUser(a[5]!, 16);
    if (typeof sig === 'number') return sig;
    const v = new DataView(sig.buffer, sig.byteOffset, 16);
    const bad = checkSigset(v.getBigUint64(8, true), v.getBigUint64(0, true));
    if (bad) return bad;
    maskPointer = v.getBigUint64(0, true);
  }
  const has = (s: Uint8Array | undefined, fd: number) => s !== undefined && (s[fd >> 3]! & (1 << (fd & 7))) !== 0;
  const files: (OpenFile | undefined)[] = [];
  for (let fd = 0; fd < n; fd++) {
    if (!sets.some((s) => has(s, fd))) continue;
    const f = k.files.get(fd);
    if (!f) return -E.BADF;
    files[fd] = f;
  }
  const saved = applyCallMask(k, maskPointer);
  if (typeof saved === 'number') return saved;
  for (let round = 0; ; round++) {
    const out = sets.map((s) => (s ? new Uint8Array(s.length) : undefined));
    let ready = 0;
    for (let fd = 0; fd < n; fd++) {
      const f = files[fd];
      if (!f) continue;
      const mask = readiness(k, f);
      const wants = [POLLIN | POLLRDNORM | POLLHUP | POLLERR, POLLOUT | POLLWRNORM | POLLERR, POLLPRI];
      sets.forEach((s, i) => {
        if (has(s, fd) && (mask & wants[i]!) !== 0) { out[i]![fd >> 3]! |= 1 << (fd & 7); ready++; }
      });
    }
    const finish = (expired: boolean): SyscallOutcome => {
      schedulerOf(k)?.retryDone(k);
      restoreCallMask(k, saved);
      for (let i = 0; i < 3; i++) {
        if (!out[i]) continue;
        const r = k.writeUser([a[1]!, a[2]!, a[3]!][i]!, out[i]!);
        if (r !== 0) return r;
      }
      // Linux writes back the time left: all of it when something was ready at once, none after a timeout.
      if (expired && a[4] !== 0n) k.writeUser(a[4]!, new Uint8Array(16));
      return ready;
    };
    if (ready > 0 || round === 2) return finish(false);
    const interrupted = callMaskInterrupt(k, saved);
    if (interrupted) return interrupted;
    const w = waitForEvents(k, 'select', timeout, files, saved !== undefined);
    if (w === 'timeout') return finish(true);
    if (w !== 'again') return w;
  }
}

/** eventfd2(initval, flags). */
export function sysEventfd2(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const flags = Number(a[1]! & 0xffffffffn);
  const EFD_SEMAPHORE = 1;
  if ((flags & ~(EFD_SEMAPHORE | O_CLOEXEC | O_NONBLOCK)) !== 0) return -E.INVAL;
  const counter = new EventCounter(nextAnonId++, a[0]! & 0xffffffffn, (flags & EFD_SEMAPHORE) !== 0);
  const fd = k.files.install(new OpenFile({ t: 'anon', anon: counter }, 'anon_inode:[eventfd]', O_RDWR | (flags & O_NONBLOCK)), 0, (flags & O_CLOEXEC) !== 0);
  return fd < 0 ? -E.MFILE : fd;
}

const CLOCKS_FOR_TIMERS = new Set([0, 1, 7]); // REALTIME, MONOTONIC, BOOTTIME
const ALARM_CLOCKS = new Set([8, 9]); // REALTIME_ALARM, BOOTTIME_ALARM: need CAP_WAKE_ALARM

/** timerfd_create(clockid, flags). */
export function sysTimerfdCreate(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const clock = Number(BigInt.asIntN(32, a[0]!));
  const flags = Number(a[1]! & 0xffffffffn);
  if ((flags & ~(O_CLOEXEC | O_NONBLOCK)) !== 0) return -E.INVAL;
  if (ALARM_CLOCKS.has(clock)) return -E.PERM;
  if (!CLOCKS_FOR_TIMERS.has(clock)) return -E.INVAL;
  const timer = new TimerState(nextAnonId++, clock);
  const fd = k.files.install(new OpenFile({ t: 'anon', anon: timer }, 'anon_inode:[timerfd]', O_RDWR | (flags & O_NONBLOCK)), 0, (flags & O_CLOEXEC) !== 0);
  return fd < 0 ? -E.MFILE : fd;
}

function timerOf(k: Kernel, fdArgument: bigint): TimerState | number {
  const file = k.files.get(fdArg(fdArgument));
  if (!file) return -E.BADF;
  return file.node.t === 'anon' && file.node.anon instanceof TimerState ? file.node.anon : -E.INVAL;
}

function itimerspec(k: Kernel, t: TimerState): Uint8Array {
  tick(k, t);
  const left = t.next === undefined ? 0n : t.next - k.now();
  const value = left > 0n ? left : t.next === undefined ? 0n : 1n;
  return new StructWriter(32).u64(0, t.interval / NS).u64(8, t.interval % NS).u64(16, value / NS).u64(24, value % NS).bytes;
}

/** timerfd_settime(fd, flags, new_value, old_value). */
export function sysTimerfdSettime(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const flags = Number(a[1]! & 0xffffffffn);
  const TFD_TIMER_ABSTIME = 1;
  const TFD_TIMER_CANCEL_ON_SET = 2;
  if ((flags & ~(TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET)) !== 0) return -E.INVAL;
  const raw = k.readUser(a[2]!, 32);
  if (typeof raw === 'number') return raw;
  const t = timerOf(k, a[0]!);
  if (typeof t === 'number') return t;
  const v = new DataView(raw.buffer, raw.byteOffset, 32);
  const parts = [0, 8, 16, 24].map((o) => v.getBigInt64(o, true));
  if (parts[0]! < 0n || parts[1]! < 0n || parts[1]! >= NS || parts[2]! < 0n || parts[3]! < 0n || parts[3]! >= NS) return -E.INVAL;
  if (a[3] !== 0n) {
    const r = k.writeUser(a[3]!, itimerspec(k, t));
    if (r !== 0) return r;
  }
  const interval = parts[0]! * NS + parts[1]!;
  const value = parts[2]! * NS + parts[3]!;
  t.interval = interval;
  t.expired = 0n;
  t.next = value === 0n ? undefined : (flags & TFD_TIMER_ABSTIME) !== 0 ? value : k.now() + value;
  return 0;
}

/** timerfd_gettime(fd, curr_value). */
export function sysTimerfdGettime(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const t = timerOf(k, a[0]!);
  if (typeof t === 'number') return t;
  return k.writeUser(a[1]!, itimerspec(k, t));
}

/** read(2) of an eventfd or timerfd: an 8-byte value, or waiting for one. */
export function anonRead(k: Kernel, fd: number, file: OpenFile, buffer: bigint, count: number): SyscallOutcome {
  if (file.node.t !== 'anon') return -E.INVAL;
  const a = file.node.anon;
  if (count < 8) return -E.INVAL;
  const nonblocking = (file.flags & O_NONBLOCK) !== 0;
  let value: bigint;
  if (a instanceof EventCounter) {
    if (a.count === 0n) {
      if (nonblocking) return -E.AGAIN;
      return blockedForever(k, `read(${fd}) of an eventfd whose counter is 0`);
    }
    value = a.semaphore ? 1n : a.count;
    const r = k.writeUser(buffer, new StructWriter(8).u64(0, value).bytes);
    if (r !== 0) return r;
    a.count -= value;
    schedulerOf(k)?.retryDone(k);
    return 8;
  }
  if (a instanceof SignalSet) return signalfdRead(k, fd, a, buffer, count, nonblocking);
  if (a instanceof EpollSet) return -E.INVAL;
  tick(k, a);
  if (a.expired === 0n) {
    if (nonblocking) return -E.AGAIN;
    if (a.next === undefined) return blockedForever(k, `read(${fd}) of a disarmed timerfd`);
    const sched = schedulerOf(k);
    const now = k.now();
    if (sched) return sched.blockAndRetry(k, `read(${fd}) of a timerfd`, { ns: a.next - now, until: a.next });
    k.advanceClockTo(a.next);
    tick(k, a);
  }
  const r = k.writeUser(buffer, new StructWriter(8).u64(0, a.expired).bytes);
  if (r !== 0) return r;
  a.expired = 0n;
  schedulerOf(k)?.retryDone(k);
  return 8;
}

/** write(2) to an eventfd (adds to the counter; a timerfd is not writable: EINVAL). */
export function anonWrite(k: Kernel, fd: number, file: OpenFile, buffer: bigint, count: number): SyscallOutcome {
  if (file.node.t !== 'anon' || !(file.node.anon instanceof EventCounter)) return -E.INVAL;
  const a = file.node.anon;
  if (count < 8) return -E.INVAL;
  const raw = k.readUser(buffer, 8);
  if (typeof raw === 'number') return raw;
  const value = new DataView(raw.buffer, raw.byteOffset, 8).getBigUint64(0, true);
  if (value === 0xffffffffffffffffn) return -E.INVAL;
  if (a.count + value > EVENTFD_MAX) {
    if ((file.flags & O_NONBLOCK) !== 0) return -E.AGAIN;
    return blockedForever(k, `write(${fd}) to an eventfd whose counter is full`);
  }
  a.count += value;
  return 8;
}


// epoll: an interest list over the same readiness; level-triggered by default, EPOLLET reports a descriptor again
// only when something new happened (a new readiness bit, or new data written to a pipe), EPOLLONESHOT disables it
// after one report until EPOLL_CTL_MOD.

const EPOLLET = 1 << 31;
const EPOLLONESHOT = 1 << 30;
const EPOLLEXCLUSIVE = 1 << 28;

const EPOLL_CTL_ADD = 1;
const EPOLL_CTL_DEL = 2;
const EPOLL_CTL_MOD = 3;

/** epoll_create1(flags). */
export function sysEpollCreate1(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const flags = Number(a[0]! & 0xffffffffn);
  if ((flags & ~O_CLOEXEC) !== 0) return -E.INVAL;
  const fd = k.files.install(new OpenFile({ t: 'anon', anon: new EpollSet(nextAnonId++) }, 'anon_inode:[eventpoll]', O_RDWR), 0, flags !== 0);
  return fd < 0 ? -E.MFILE : fd;
}

/** epoll_ctl(epfd, op, fd, event). */
export function sysEpollCtl(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const epFile = k.files.get(fdArg(a[0]!));
  const fd = fdArg(a[2]!);
  const target = k.files.get(fd);
  if (!epFile || !target) return -E.BADF;
  const op = Number(a[1]! & 0xffffffffn);
  let events = 0;
  let data = 0n;
  if (op === EPOLL_CTL_ADD || op === EPOLL_CTL_MOD) {
    const raw = k.readUser(a[3]!, 16);
    if (typeof raw === 'number') return raw;
    const v = new DataView(raw.buffer, raw.byteOffset, 16);
    events = v.getUint32(0, true);
    data = v.getBigUint64(8, true);
  }
  if (epFile.node.t !== 'anon' || !(epFile.node.anon instanceof EpollSet) || epFile === target) return -E.INVAL;
  // Files that do not support poll (regular files, directories) cannot be watched.
  if (target.node.t === 'tmp' || target.node.t === 'host' || target.node.t === 'image' || target.node.t === 'synth' || target.node.t === 'proc') return -E.PERM;
  const set = epFile.node.anon;
  const existing = set.interest.get(fd);
  switch (op) {
    case EPOLL_CTL_ADD:
      if (existing && existing.file === target) return -E.EXIST;
      set.interest.set(fd, { file: target, events, data, disabled: false, last: 0, lastWrites: -1 });
      return 0;
    case EPOLL_CTL_MOD:
      if (!existing || existing.file !== target) return -E.NOENT;
      if ((events & EPOLLEXCLUSIVE) !== 0 || (existing.events & EPOLLEXCLUSIVE) !== 0) return -E.INVAL;
      set.interest.set(fd, { file: target, events, data, disabled: false, last: 0, lastWrites: -1 });
      return 0;
    case EPOLL_CTL_DEL:
      if (!existing || existing.file !== target) return -E.NOENT;
      set.interest.delete(fd);
      return 0;
    default: return -E.INVAL;
  }
}

/** Collects ready events of an epoll set (up to `max` into `out`, consuming edges and one-shots); returns the count. */
function epollReady(k: Kernel, set: EpollSet, out: { events: number; data: bigint }[] | undefined, max = Infinity): number {
  let n = 0;
  for (const [fd, entry] of set.interest) {
    if (n >= max) break;
    const file = entry.file as OpenFile;
    if (k.files.get(fd) !== file || entry.disabled) continue;
    const mask = readiness(k, file) & ((entry.events & 0xffff) | POLLERR | POLLHUP);
    if (mask === 0) { entry.last = 0; continue; }
    const writes = file.node.t === 'pipe' ? file.node.pipe.writes : 0;
    if ((entry.events & EPOLLET) !== 0 && (mask & ~entry.last) === 0 && writes === entry.lastWrites) continue;
    n++;
    if (!out) continue;
    out.push({ events: mask, data: entry.data });
    entry.last = mask;
    entry.lastWrites = writes;
    if ((entry.events & EPOLLONESHOT) !== 0) entry.disabled = true;
  }
  return n;
}

function epollWait(k: Kernel, a: readonly bigint[], timeout: bigint | undefined | number, sigsetsize: bigint, sigmask: bigint): SyscallOutcome {
  const epFile = k.files.get(fdArg(a[0]!));
  if (!epFile) return -E.BADF;
  if (epFile.node.t !== 'anon' || !(epFile.node.anon instanceof EpollSet)) return -E.INVAL;
  const max = Number(BigInt.asIntN(32, a[2]!));
  if (max <= 0 || max > 0x7fffffff / 16) return -E.INVAL;
  if (typeof timeout === 'number') return timeout;
  const bad = checkSigset(sigsetsize, sigmask);
  if (bad) return bad;
  const set = epFile.node.anon;
  const saved = applyCallMask(k, sigmask);
  if (typeof saved === 'number') return saved;
  for (let round = 0; ; round++) {
    const out: { events: number; data: bigint }[] = [];
    epollReady(k, set, out, max);
    if (out.length > 0 || round === 2) {
      schedulerOf(k)?.retryDone(k);
      restoreCallMask(k, saved);
      const w = new StructWriter(out.length * 16);
      out.forEach((e, i) => w.u32(i * 16, e.events >>> 0).u64(i * 16 + 8, e.data));
      const r = out.length === 0 ? 0 : k.writeUser(a[1]!, w.bytes);
      return r !== 0 ? r : out.length;
    }
    // ep_poll returns 0 at once for a zero timeout, before looking at signals.
    if (timeout === 0n) { restoreCallMask(k, saved); return 0; }
    const interrupted = callMaskInterrupt(k, saved);
    if (interrupted) return interrupted;
    const files = [...set.interest.values()].map((e) => e.file as OpenFile);
    const w = waitForEvents(k, 'epoll_wait', timeout, files, saved !== undefined);
    if (w === 'timeout') { schedulerOf(k)?.retryDone(k); restoreCallMask(k, saved); return 0; }
    if (w !== 'again') return w;
  }
}

/** epoll_pwait(epfd, events, maxevents, timeout ms, sigmask, sigsetsize). */
export function sysEpollPwait(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const ms = BigInt.asIntN(32, a[3]!);
  return epollWait(k, a, ms < 0n ? undefined : ms * 1_000_000n, a[5]!, a[4]!);
}

/** epoll_pwait2(epfd, events, maxevents, timeout timespec, sigmask, sigsetsize). */
export function sysEpollPwait2(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  return epollWait(k, a, timeoutArg(k, a[3]!), a[5]!, a[4]!);
}

// signalfd: reads the caller's pending signals of its mask as struct signalfd_siginfo (128 bytes each).

/** signalfd4(fd, mask, sizemask, flags): a new signalfd (fd -1) or a new mask for one. */
export function sysSignalfd4(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const flags = Number(a[3]! & 0xffffffffn);
  if ((flags & ~(O_CLOEXEC | O_NONBLOCK)) !== 0) return -E.INVAL;
  if (a[2] !== 8n) return -E.INVAL;
  const raw = k.readUser(a[1]!, 8);
  if (typeof raw === 'number') return raw;
  const mask = new DataView(raw.buffer, raw.byteOffset, 8).getBigUint64(0, true) & ~((1n << 8n) | (1n << 18n)); // not SIGKILL, SIGSTOP
  const fd = Number(BigInt.asIntN(32, a[0]!));
  if (fd !== -1) {
    const file = k.files.get(fd);
    if (!file) return -E.BADF;
    if (file.node.t !== 'anon' || !(file.node.anon instanceof SignalSet)) return -E.INVAL;
    file.node.anon.mask = mask;
    return fd;
  }
  const n = k.files.install(new OpenFile({ t: 'anon', anon: new SignalSet(nextAnonId++, mask) }, 'anon_inode:[signalfd]', O_RDWR | (flags & O_NONBLOCK)), 0, (flags & O_CLOEXEC) !== 0);
  return n < 0 ? -E.MFILE : n;
}

function signalfdRead(k: Kernel, fd: number, set: SignalSet, buffer: bigint, count: number, nonblocking: boolean): SyscallOutcome {
  if (count < 128) return -E.INVAL;
  const out: Uint8Array[] = [];
  while ((out.length + 1) * 128 <= count) {
    const info = takePendingSignal(k, set.mask);
    if (!info) break;
    const w = new StructWriter(128).u32(0, info.signal).i32(8, info.code);
    if (info.senderPid !== undefined) w.u32(12, info.senderPid).u32(16, 1000);
    if (info.value !== undefined) w.i32(44, Number(BigInt.asIntN(32, info.value))).u64(48, info.value);
    if (info.timer) w.i32(24, info.timer.id).u32(32, info.timer.overrun).u64(48, info.timer.value);
    if (info.status !== undefined) w.i32(40, info.status); // ssi_status
    w.u64(72, info.address);
    out.push(w.bytes);
  }
  if (out.length === 0) {
    if (nonblocking) return -E.AGAIN;
    return blockedForever(k, `read(${fd}) of a signalfd with no pending signal`);
  }
  const all = new Uint8Array(out.length * 128);
  out.forEach((b, i) => all.set(b, i * 128));
  const r = k.writeUser(buffer, all);
  if (r !== 0) return r;
  schedulerOf(k)?.retryDone(k);
  return all.length;
}


