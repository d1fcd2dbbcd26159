// Signal system calls: rt_sigaction (the arm64 struct sigaction: handler, flags, restorer, mask), rt_sigprocmask,
// rt_sigpending, rt_sigsuspend, rt_sigtimedwait, sigaltstack, kill/tkill/tgkill (to the calling thread, or to
// other threads and child processes through threads.ts), and rt_sigreturn. A signal unblocked by a mask change
// is delivered as the call returns. SA_RESTART is kept and read back; a signal for a thread waiting in a pipe
// read or wait4 restarts that call after the handler, and interrupts futex waits and sleeps with EINTR.
import {
  E, SA_EXPOSE_TAGBITS, SA_NODEFER, SA_ONSTACK, SA_RESETHAND, SA_RESTART, SA_RESTORER, SA_SIGINFO, SIG, SI_TKILL, SI_USER,
} from '../constants.js';
import type { Kernel, SyscallOutcome } from '../kernel.js';
import { pendingSignalSet, raiseSignal, signalReturn, takeDeliverableSignal, takePendingSignal, type SignalInfo } from '../signals.js';
import { StructWriter, readU64 } from '../text.js';
import { GUEST_PID, userTimespec } from './process.js';
import { currentPid, schedulerOf, type GuestThread } from '../threads.js';

const SA_NOCLDSTOP = 0x1;
const SA_NOCLDWAIT = 0x2;
/** Flags the kernel keeps; others (like SA_UNSUPPORTED, 0x400) read back as clear so programs can probe support. */
const KNOWN_SA_FLAGS = BigInt(SA_NOCLDSTOP | SA_NOCLDWAIT | SA_SIGINFO | SA_EXPOSE_TAGBITS | SA_ONSTACK | SA_RESTART
  | SA_NODEFER | SA_RESETHAND | SA_RESTORER);
const UNBLOCKABLE = (1n << BigInt(SIG.KILL - 1)) | (1n << BigInt(SIG.STOP - 1));
const SS_ONSTACK = 1;
const SS_DISABLE = 2;
const SS_AUTODISARM = 1 << 31;
/** MINSIGSTKSZ from arch/arm64/include/uapi/asm/signal.h. */
const MINSIGSTKSZ = 5120n;

export function sysRtSigaction(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const signal = Number(BigInt.asIntN(32, a[0]!));
  if (a[3] !== 8n) return -E.INVAL;
  if (signal < 1 || signal > 64) return -E.INVAL;
  let next: { handler: bigint; flags: number; mask: bigint; restorer: bigint } | undefined;
  if (a[1] !== 0n) {
    if (signal === SIG.KILL || signal === SIG.STOP) return -E.INVAL;
    const raw = k.readUser(a[1]!, 32);
    if (typeof raw === 'number') return raw;
    next = { handler: readU64(raw, 0), flags: Number(readU64(raw, 8) & KNOWN_SA_FLAGS), restorer: readU64(raw, 16), mask: readU64(raw, 24) & ~UNBLOCKABLE };
  }
  if (a[2] !== 0n) {
    const old = k.signalActions.get(signal);
    const w = new StructWriter(32);
    if (old) w.u64(0, old.handler).u64(8, old.flags).u64(16, old.restorer).u64(24, old.mask);
    const r = k.writeUser(a[2]!, w.bytes);
    if (r !== 0) return r;
  }
  if (next) {
    if (next.handler === 0n && next.flags === 0 && next.mask === 0n) k.signalActions.delete(signal);
    else k.signalActions.set(signal, next);
  }
  return 0;
}

export function sysRtSigprocmask(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const how = Number(BigInt.asIntN(32, a[0]!));
  if (a[3] !== 8n) return -E.INVAL;
  let set: bigint | undefined;
  if (a[1] !== 0n) {
    const raw = k.readUser(a[1]!, 8);
    if (typeof raw === 'number') return raw;
    set = readU64(raw, 0);
    if (how < 0 || how > 2) return -E.INVAL;
  }
  if (a[2] !== 0n) {
    const r = k.writeU64(a[2]!, k.blockedSignals);
    if (r !== 0) return r;
  }
  if (set !== undefined) {
    if (how === 0) k.blockedSignals |= set;
    else if (how === 1) k.blockedSignals &= ~set;
    else k.blockedSignals = set;
    k.blockedSignals &= ~UNBLOCKABLE;
    // Unblocked pending signals are delivered on the way back to user space (after the result is stored).
    const next = takeDeliverableSignal(k);
    if (next) return { value: 0, signal: next };
  }
  return 0;
}

export function sysRtSigpending(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  if (a[1]! > 8n) return -E.INVAL;
  const bytes = new StructWriter(8).u64(0, pendingSignalSet(k) & k.blockedSignals).bytes;
  return k.writeUser(a[0]!, bytes.slice(0, Number(a[1]!)));
}

/**
 * rt_sigsuspend(mask, 8): waits with `mask` for a signal. Only signals already pending can arrive in a
 * single-threaded emulated process; with none, Linux would wait forever, so the process ends with SIGKILL and a
 * diagnostic (as for other endless waits). The handler's frame records the mask from before the call, which
 * rt_sigreturn then restores; the call returns -EINTR.
 */
export function sysRtSigsuspend(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  if (a[1] !== 8n) return -E.INVAL;
  const raw = k.readUser(a[0]!, 8);
  if (typeof raw === 'number') return raw;
  // A re-execution after a wait keeps the mask from before the first one.
  const saved = k.sigsuspendSaved ?? k.blockedSignals;
  k.blockedSignals = readU64(raw, 0) & ~UNBLOCKABLE;
  const next = takeDeliverableSignal(k);
  if (!next) {
    // Another thread or process (or a timer) may send one: wait with the temporary mask in effect, as Linux does,
    // and take it when woken, before any other delivery (threads.ts).
    const sched = schedulerOf(k);
    if (sched) {
      k.sigsuspendSaved = saved;
      return sched.blockAndRetry(k, 'rt_sigsuspend waiting for a signal', undefined, false, true);
    }
    k.blockedSignals = saved;
    k.diagnostics.push('rt_sigsuspend with no pending signal would wait forever (no other thread or process can send one): killed with SIGKILL');
    return { stop: { kind: 'killed', signal: SIG.KILL, code: 0, coreDumped: false } };
  }
  k.sigsuspendSaved = undefined;
  const info: SignalInfo = { ...next, savedMask: saved };
  return { value: -E.INTR, signal: info };
}

/**
 * rt_sigtimedwait(set, info, timeout, 8): takes a pending signal of `set`, waiting for one (another thread, a
 * child or a timer may send it) until the timeout ends (-EAGAIN). With nothing that could ever send one: at once
 * -EAGAIN after the timeout, or SIGKILL with a diagnostic without a timeout (Linux would wait forever).
 */
export function sysRtSigtimedwait(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  if (a[3] !== 8n) return -E.INVAL;
  const raw = k.readUser(a[0]!, 8);
  if (typeof raw === 'number') return raw;
  const set = readU64(raw, 0) & ~UNBLOCKABLE;
  const limit = userTimespec(k, a[2]!);
  if (typeof limit === 'number') return limit;
  const timeout = limit?.ns;
  const info = takePendingSignal(k, set);
  const sched = schedulerOf(k);
  if (!info) {
    if (timeout !== undefined) {
      if (timeout === 0n) return -E.AGAIN;
      if (!sched) { k.advanceClockTo(k.now() + timeout); return -E.AGAIN; }
      if (sched.retryExpired(k)) return -E.AGAIN;
      return sched.blockAndRetry(k, 'rt_sigtimedwait waiting for a signal', { ns: timeout, until: k.now() + timeout });
    }
    if (sched) return sched.blockAndRetry(k, 'rt_sigtimedwait waiting for a signal');
    k.diagnostics.push('rt_sigtimedwait without a timeout and no pending signal would wait forever: killed with SIGKILL');
    return { stop: { kind: 'killed', signal: SIG.KILL, code: 0, coreDumped: false } };
  }
  sched?.retryDone(k);
  if (a[1] !== 0n) {
    const w = new StructWriter(128).i32(0, info.signal).i32(8, info.code);
    if (info.senderPid !== undefined) w.i32(16, info.senderPid).u32(20, 1000);
    else w.u64(16, info.address);
    if (info.value !== undefined) w.u64(24, info.value);
    if (info.status !== undefined) w.i32(24, info.status);
    const r = k.writeUser(a[1]!, w.bytes);
    if (r !== 0) return r;
  }
  return info.signal;
}

export function sysSigaltstack(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const sp = k.machine.getSP();
  const alt = k.alternateStack;
  const onStack = alt !== undefined && (alt.flags & SS_DISABLE) === 0 && sp > alt.sp && sp <= alt.sp + alt.size;
  let next: typeof alt;
  if (a[0] !== 0n) {
    const raw = k.readUser(a[0]!, 24);
    if (typeof raw === 'number') return raw;
    const flags = new DataView(raw.buffer, raw.byteOffset).getInt32(8, true);
    const mode = flags & ~SS_AUTODISARM;
    if (mode !== 0 && mode !== SS_DISABLE && mode !== SS_ONSTACK) return -E.INVAL;
    if (onStack) return -E.PERM;
    const size = readU64(raw, 16);
    if (mode === SS_DISABLE) next = { sp: 0n, size: 0n, flags: SS_DISABLE };
    else if (size < MINSIGSTKSZ) return -E.NOMEM;
    else next = { sp: readU64(raw, 0), size, flags: flags & SS_AUTODISARM };
  }
  if (a[1] !== 0n) {
    const w = new StructWriter(24);
    if (alt && (alt.flags & SS_DISABLE) === 0) w.u64(0, alt.sp).i32(8, onStack ? SS_ONSTACK : alt.flags).u64(16, alt.size);
    else w.i32(8, SS_DISABLE);
    const r = k.writeUser(a[1]!, w.bytes);
    if (r !== 0) return r;
  }
  if (next) k.alternateStack = next.flags === SS_DISABLE ? undefined : next;
  return 0;
}

/**
 * Sends a signal to the process itself; the return value is stored before the signal is acted on. A blocked
 * signal only becomes pending (no debugger stop: it is not being delivered yet).
 */
function sendToSelf(k: Kernel, signal: number, code: number, value?: bigint): SyscallOutcome {
  if (signal < 0 || signal > 64) return -E.INVAL;
  if (signal === 0) return 0;
  const info: SignalInfo = { signal, code, address: 0n, senderPid: currentPid(k), ...(value !== undefined ? { value } : {}) };
  if ((k.blockedSignals & (1n << BigInt(signal - 1))) !== 0n && signal !== SIG.KILL && signal !== SIG.STOP) {
    raiseSignal(k, info);
    return 0;
  }
  return { value: 0, signal: info };
}

/** Sends a signal to another thread or process of the program (threads.ts); the caller keeps running. */
function sendTo(k: Kernel, target: GuestThread | undefined, signal: number, code: number, value?: bigint): SyscallOutcome {
  if (signal < 0 || signal > 64) return -E.INVAL;
  if (!target) return -E.SRCH;
  if (signal === 0) return 0;
  const sched = schedulerOf(k)!;
  if (target === sched.threadOf(k) && target.process.kernel === k) return sendToSelf(k, signal, code, value);
  sched.signalThread(target, { signal, code, address: 0n, senderPid: currentPid(k), ...(value !== undefined ? { value } : {}) });
  // Let the receiver run (it may have been woken) when the caller next yields its slice.
  return 0;
}

export function sysKill(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const pid = Number(BigInt.asIntN(32, a[0]!));
  const signal = Number(BigInt.asIntN(32, a[1]!));
  const self = currentPid(k);
  const sched = schedulerOf(k);
  if (pid <= 0) {
    // 0: the caller's process group; -1: every process but the caller (and init); < -1: group -pid.
    if (signal < 0 || signal > 64) return -E.INVAL;
    const group = pid === 0 ? k.pgid : -pid;
    const targets = (sched ? sched.liveProcesses() : []).filter((p) => p.kernel !== k && (pid === -1 || p.kernel.pgid === group));
    const includesSelf = pid !== -1 && k.pgid === group;
    if (targets.length === 0 && !includesSelf) return -E.SRCH;
    for (const p of targets) sendTo(k, sched!.threadForSignal(p, signal), signal, SI_USER);
    return includesSelf ? sendToSelf(k, signal, SI_USER) : 0;
  }
  if (pid === self || !sched) {
    if (pid !== self) return -E.SRCH;
    return sendToSelf(k, signal, SI_USER);
  }
  const process = sched.findProcess(pid > 0 ? pid : -pid);
  if (!process || !process.alive) return -E.SRCH;
  if (signal < 0 || signal > 64) return -E.INVAL;
  return sendTo(k, sched.threadForSignal(process, signal), signal, SI_USER);
}

export function sysTgkill(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const tgid = Number(BigInt.asIntN(32, a[0]!));
  const tid = Number(BigInt.asIntN(32, a[1]!));
  if (tgid <= 0 || tid <= 0) return -E.INVAL;
  const sched = schedulerOf(k);
  if (!sched) {
    if (tgid !== GUEST_PID || tid !== GUEST_PID) return -E.SRCH;
    return sendToSelf(k, Number(BigInt.asIntN(32, a[2]!)), SI_TKILL);
  }
  const target = sched.findThread(tid);
  return sendTo(k, target && target.process.pid === tgid ? target : undefined, Number(BigInt.asIntN(32, a[2]!)), SI_TKILL);
}

export function sysTkill(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const tid = Number(BigInt.asIntN(32, a[0]!));
  if (tid <= 0) return -E.INVAL;
  const sched = schedulerOf(k);
  if (!sched) {
    if (tid !== GUEST_PID) return -E.SRCH;
    return sendToSelf(k, Number(BigInt.asIntN(32, a[1]!)), SI_TKILL);
  }
  return sendTo(k, sched.findThread(tid), Number(BigInt.asIntN(32, a[1]!)), SI_TKILL);
}

export function sysRtSigreturn(k: Kernel): SyscallOutcome {
  return signalReturn(k);
}

/**
 * rt_sigqueueinfo(tgid, sig, uinfo) and rt_tgsigqueueinfo(tgid, tid, sig, uinfo) (sigqueue, pthread_sigqueue):
 * the caller's si_code (SI_QUEUE from glibc) and si_value reach the handler. Another process may not be sent a
 * kernel code (si_code >= 0) or SI_TKILL: EPERM, as Linux does.
 */
function queueInfo(k: Kernel, tgid: number, tid: number | undefined, signal: number, pointer: bigint): SyscallOutcome {
  const raw = k.readUser(pointer, 128);
  if (typeof raw === 'number') return raw;
  const v = new DataView(raw.buffer, raw.byteOffset, 128);
  const code = v.getInt32(8, true);
  const value = v.getBigUint64(24, true);
  if (signal < 0 || signal > 64) return -E.INVAL;
  if (tgid <= 0 || (tid !== undefined && tid <= 0)) return -E.INVAL;
  const self = currentPid(k);
  if ((code >= 0 || code === SI_TKILL) && tgid !== self) return -E.PERM;
  const sched = schedulerOf(k);
  if (!sched) {
    if (tgid !== self || (tid !== undefined && tid !== self)) return -E.SRCH;
    return sendToSelf(k, signal, code, value);
  }
  if (tid !== undefined) {
    const target = sched.findThread(tid);
    return sendTo(k, target && target.process.pid === tgid ? target : undefined, signal, code, value);
  }
  const process = sched.findProcess(tgid);
  if (!process || !process.alive) return -E.SRCH;
  return sendTo(k, sched.threadForSignal(process, signal), signal, code, value);
}

export function sysRtSigqueueinfo(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  return queueInfo(k, Number(BigInt.asIntN(32, a[0]!)), undefined, Number(BigInt.asIntN(32, a[1]!)), a[2]!);
}

export function sysRtTgsigqueueinfo(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  return queueInfo(k, Number(BigInt.asIntN(32, a[0]!)), Number(BigInt.asIntN(32, a[1]!)), Number(BigInt.asIntN(32, a[2]!)), a[3]!);
}
