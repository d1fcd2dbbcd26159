// Signals: which signal a machine fault becomes (with Linux's si_code values), the default actions (terminate,
// core dump, ignore), and delivery to a handler with an arm64 rt_sigframe (siginfo, ucontext with sigcontext,
// fpsimd_context and esr_context records, frame record), plus rt_sigreturn, which restores the context the
// handler may have edited. Layouts follow arch/arm64/include/uapi/asm/sigcontext.h and kernel/signal.c.
// Signals sent while blocked stay pending (one instance of a standard signal, a queue of real-time ones) and are
// delivered when the mask lets them through, as Linux does at the next return to user space; several at once are
// set up one frame on top of the other, so the last one set up runs first. Like the kernel's thread state, the
// last fault's untagged address and ESR are remembered and written to every later frame (fault_address and the
// esr_context record, which is present only while that ESR is non-zero).
import { stopProcess } from './threads.js';
import type { Fault, StopReason, TagCheckFault } from '../machine/api.js';
import {
  BUS_ADRALN, CORE_DUMP_SIGNALS, IGNORED_BY_DEFAULT, ILL_ILLOPC, PAGE_SIZE, SA_EXPOSE_TAGBITS, SA_NODEFER,
  SA_ONSTACK, SA_RESETHAND, SA_RESTORER, SEGV_ACCERR, SEGV_MAPERR, SEGV_MTEAERR, SEGV_MTESERR, SIG,
} from './constants.js';
import type { Kernel } from './kernel.js';

export interface SignalAction {
  readonly handler: bigint;
  readonly flags: number;
  readonly mask: bigint;
  readonly restorer: bigint;
}

export interface SignalInfo {
  readonly signal: number;
  readonly code: number;
  /** si_addr as the kernel records it (for tag faults bits 59:56 kept, 63:60 cleared; 0 for async). */
  readonly address: bigint;
  readonly fault?: Fault;
  /** A synchronous fault or other forced signal: blocking or ignoring it does not help (force_sig_fault). */
  readonly forced?: boolean;
  /** ESR_EL1 value for the esr_context record, when the signal came from a fault. */
  readonly esr?: bigint;
  /** Sender pid for kill()-style signals. */
  readonly senderPid?: number;
  /** The mask to record in the frame instead of the current one (rt_sigsuspend's saved mask). */
  readonly savedMask?: bigint;
  /** SIGCHLD's si_status: the child's exit code, or the signal that killed, stopped or continued it. */
  readonly status?: number;
  /** sigqueue's si_value (SI_QUEUE), written after si_pid and si_uid. */
  readonly value?: bigint;
  /** A POSIX timer's expiry (SI_TIMER): si_timerid, si_overrun and si_value. */
  readonly timer?: { readonly id: number; readonly overrun: number; readonly value: bigint };
}

/** Per-process signal state that Linux keeps per thread: pending signals and the last fault's address and ESR. */
interface ThreadSignalState {
  pending: SignalInfo[];
  faultAddress: bigint;
  faultCode: bigint;
}

const threadStates = new WeakMap<Kernel, ThreadSignalState>();

/** The running thread's signal state, taken out of the kernel when another thread of it is switched in (threads.ts). */
export function saveThreadSignalState(k: Kernel): unknown {
  const s = threadState(k);
  return { pending: s.pending.slice(), faultAddress: s.faultAddress, faultCode: s.faultCode };
}

/** Installs a thread's signal state (undefined: a new thread's, with nothing pending). */
export function loadThreadSignalState(k: Kernel, saved: unknown): void {
  const s = saved as ThreadSignalState | undefined;
  threadStates.set(k, s ? { pending: s.pending.slice(), faultAddress: s.faultAddress, faultCode: s.faultCode } : { pending: [], faultAddress: 0n, faultCode: 0n });
}

/** Queues a signal for a thread whose state is saved (not loaded in its kernel). */
export function queueSavedSignal(saved: unknown, info: SignalInfo): unknown {
  const s = (saved as ThreadSignalState | undefined) ?? { pending: [], faultAddress: 0n, faultCode: 0n };
  if (info.signal >= SIGRTMIN || !s.pending.some((p) => p.signal === info.signal)) s.pending.push(info);
  return s;
}

/** Queues a signal as pending on the thread loaded in the kernel (delivered at its next return to user space). */
export function queueSignal(k: Kernel, info: SignalInfo): void {
  const pending = threadState(k).pending;
  if (info.signal >= SIGRTMIN || !pending.some((p) => p.signal === info.signal)) pending.push(info);
}

function threadState(k: Kernel): ThreadSignalState {
  let s = threadStates.get(k);
  if (!s) { s = { pending: [], faultAddress: 0n, faultCode: 0n }; threadStates.set(k, s); }
  return s;
}

const SIGRTMIN = 32;
/** Signals whose default action stops the process (SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU). */
export const STOP_SIGNALS: ReadonlySet<number> = new Set([19, 20, 21, 22]);

/** The pending signals as a sigset (bit N-1 for signal N), for rt_sigpending. */
export function pendingSignalSet(k: Kernel): bigint {
  let set = 0n;
  for (const info of threadState(k).pending) set |= signalBit(info.signal);
  return set;
}

/** Removes and returns the first pending signal in `set` (lowest number first, like dequeue_signal). */
export function takePendingSignal(k: Kernel, set: bigint): SignalInfo | undefined {
  const pending = threadState(k).pending;
  let best = -1;
  for (let i = 0; i < pending.length; i++) {
    if ((set & signalBit(pending[i]!.signal)) === 0n) continue;
    if (best < 0 || pending[i]!.signal < pending[best]!.signal) best = i;
  }
  return best < 0 ? undefined : pending.splice(best, 1)[0];
}

/** The next pending signal that the current mask lets through, removed from the pending set. */
export function takeDeliverableSignal(k: Kernel): SignalInfo | undefined {
  return takePendingSignal(k, ~k.blockedSignals & ((1n << 64n) - 1n));
}

/**
 * Delivers every pending signal that the mask now lets through (Linux's do_signal loop on the way back to user
 * space). Returns the stop when one of them ends the process.
 */
export function deliverPendingSignals(k: Kernel): StopReason | undefined {
  for (let guard = 0; guard < 128; guard++) {
    const next = takeDeliverableSignal(k);
    if (!next) return undefined;
    const stop = raiseSignal(k, next);
    if (stop) return stop;
  }
  return undefined;
}

const SIGINFO_SIZE = 128;
const UCONTEXT_OFFSET = SIGINFO_SIZE;
const UC_STACK = 16;
const UC_SIGMASK = 40;
const UC_MCONTEXT = 176;
const SC_FAULT_ADDRESS = 0;
const SC_REGS = 8;
const SC_SP = 256;
const SC_PC = 264;
const SC_PSTATE = 272;
const SC_RESERVED = 288;
const RESERVED_SIZE = 4096;
const FRAME_SIZE = UCONTEXT_OFFSET + UC_MCONTEXT + SC_RESERVED + RESERVED_SIZE;
const FPSIMD_MAGIC = 0x46508001;
const FPSIMD_SIZE = 528;
const ESR_MAGIC = 0x45535201;
const ESR_SIZE = 16;
const PSTATE_TCO = 1n << 25n;
const PSTATE_DIT = 1n << 24n;
const SS_DISABLE = 2;
const SS_ONSTACK = 1;
const SS_AUTODISARM = 1 << 31;
/** MINSIGSTKSZ from arch/arm64/include/uapi/asm/signal.h. */
const MINSIGSTKSZ = 5120n;

/** Bits 63:60 cleared, the MTE tag in 59:56 kept: what the kernel stores as the fault address. */
function faultAddressView(address: bigint): bigint {
  return BigInt.asUintN(64, address) & 0x0fffffffffffffffn;
}

const ESR_EC_DATA_ABORT_LOWER = 0x24n;
const ESR_EC_INSTRUCTION_ABORT_LOWER = 0x20n;
const ESR_IL = 1n << 25n;

function dataAbortEsr(dfsc: number, write: boolean, fetch: boolean): bigint {
  const ec = fetch ? ESR_EC_INSTRUCTION_ABORT_LOWER : ESR_EC_DATA_ABORT_LOWER;
  return (ec << 26n) | ESR_IL | (write ? 1n << 6n : 0n) | BigInt(dfsc);
}

/** The signal that Linux sends for a synchronous machine fault. */
export function signalForFault(fault: Fault): SignalInfo {
  switch (fault.kind) {
    case 'tagCheck':
      if (fault.mode === 'async') return asyncTagFaultSignal(fault);
      return {
        signal: SIG.SEGV, code: SEGV_MTESERR, address: faultAddressView(fault.address), fault, forced: true,
        esr: dataAbortEsr(0x11, fault.access === 'write', false),
      };
    case 'unmapped':
      return { signal: SIG.SEGV, code: SEGV_MAPERR, address: fault.address, fault, forced: true, esr: dataAbortEsr(0x07, fault.access === 'write', fault.access === 'fetch') };
    case 'permission':
      return { signal: SIG.SEGV, code: SEGV_ACCERR, address: fault.address, fault, forced: true, esr: dataAbortEsr(0x0f, fault.access === 'write', fault.access === 'fetch') };
    case 'alignment':
      return { signal: SIG.BUS, code: BUS_ADRALN, address: fault.address, fault, forced: true, esr: dataAbortEsr(0x21, fault.access === 'write', fault.access === 'fetch') };
    case 'undefinedInstruction':
      return { signal: SIG.ILL, code: ILL_ILLOPC, address: fault.pc, fault, forced: true };
    case 'memoryLimit':
      // Like the out-of-memory killer: SIGKILL, no handler, no core dump.
      return { signal: SIG.KILL, code: 0, address: 0n, fault, forced: true };
    default: {
      // BRK #imm: SIGTRAP / TRAP_BRKPT at the BRK instruction (ESR class 0x3c carries the immediate).
      const other = fault as { kind: string; pc?: bigint; immediate?: number };
      if (other.kind === 'breakpointInstruction') {
        return { signal: SIG.TRAP, code: 1, address: other.pc ?? 0n, fault, forced: true, esr: (0x3cn << 26n) | ESR_IL | BigInt((other.immediate ?? 0) & 0xffff) };
      }
      return { signal: SIG.SEGV, code: SEGV_MAPERR, address: 0n, fault, forced: true };
    }
  }
}

/** SIGSEGV / SEGV_MTEAERR with si_addr 0, as Linux raises it for an asynchronous tag check fault. */
/**
 * The signal of an asynchronous tag fault. Linux sends it with send_sig_fault (do_notify_resume on
 * _TIF_MTE_ASYNC_FAULT), not force_sig_fault as for synchronous faults: an ignored SIGSEGV discards it and a
 * blocked one leaves it pending, and the program goes on.
 */
export function asyncTagFaultSignal(fault: TagCheckFault): SignalInfo {
  return { signal: SIG.SEGV, code: SEGV_MTEAERR, address: 0n, fault: { ...fault, mode: 'async' } };
}

function signalBit(signal: number): bigint {
  return 1n << BigInt(signal - 1);
}

/** Records what Linux keeps in the thread for a fault-generated signal (thread.fault_address, fault_code). */
function recordFault(k: Kernel, info: SignalInfo): void {
  const kind = info.fault?.kind;
  if (kind === undefined || kind === 'memoryLimit') return;
  const s = threadState(k);
  if (kind === 'undefinedInstruction') {
    // do_undefinstr -> arm64_notify_die(..., err 0): address and code cleared.
    s.faultAddress = 0n; s.faultCode = 0n;
  } else if (kind === 'alignment' && (info.fault as { access?: string }).access === 'fetch') {
    // A misaligned pc: do_sp_pc_abort -> arm64_notify_die(..., esr).
    s.faultAddress = 0n; s.faultCode = info.esr ?? 0n;
  } else if (kind === 'unmapped' || kind === 'permission' || kind === 'alignment' || kind === 'tagCheck') {
    if (info.code === SEGV_MTEAERR) return; // async faults are reported without touching the fault state
    // do_bad_area -> set_thread_esr(untagged_addr(far), esr).
    s.faultAddress = BigInt.asUintN(64, info.address) & 0x00ffffffffffffffn;
    s.faultCode = info.esr ?? 0n;
  }
  // BRK (send_user_sigtrap) leaves the thread's fault state alone.
}

/** Performs the signal's action; returns the stop when it ends the process, undefined when execution goes on. */
export function raiseSignal(k: Kernel, info: SignalInfo): StopReason | undefined {
  const action = k.signalActions.get(info.signal);
  let handler = action?.handler ?? 0n;
  const blocked = (k.blockedSignals & signalBit(info.signal)) !== 0n;
  if (info.signal === SIG.KILL || info.signal === SIG.STOP) handler = 0n;
  if (info.forced && (handler === 1n || blocked)) {
    // force_sig_info: an ignored or blocked synchronous signal is unblocked and reset to its default action.
    handler = 0n;
    k.blockedSignals &= ~signalBit(info.signal);
    k.signalActions.delete(info.signal);
  }
  recordFault(k, info);
  if (blocked && !info.forced && info.signal !== SIG.KILL && info.signal !== SIG.STOP) {
    // Blocked signals are never ignored: they stay pending until unblocked (one instance of a standard signal).
    const pending = threadState(k).pending;
    if (info.signal >= SIGRTMIN || !pending.some((p) => p.signal === info.signal)) pending.push(info);
    return undefined;
  }
  if (handler === 1n) return undefined;
  if (handler === 0n) {
    if (IGNORED_BY_DEFAULT.has(info.signal)) return undefined;
    if (STOP_SIGNALS.has(info.signal)) {
      // Job control: the process stops until SIGCONT (threads.ts); alone, nothing could continue it.
      if (stopProcess(k, info.signal)) return undefined;
      return { kind: 'killed', signal: SIG.KILL, code: 0, coreDumped: false };
    }
    return { kind: 'killed', signal: info.signal, code: info.code, fault: info.fault, coreDumped: CORE_DUMP_SIGNALS.has(info.signal) };
  }
  if (!setupFrame(k, info, action!)) {
    // force_sigsegv(): the frame could not be written.
    return { kind: 'killed', signal: SIG.SEGV, code: 0x80, fault: info.fault, coreDumped: true };
  }
  // Further pending signals that the handler's mask lets through get their frames on top of this one.
  return deliverPendingSignals(k);
}

/**
 * Maps the rt_sigreturn trampoline (mov x8, #139; svc #0), which Linux provides in the vDSO. The process maps it
 * at exec, as Linux maps the vDSO (see createProcess): in the gap above the mmap base, where mmap never places
 * anything, so it neither moves the program's mappings nor lands in a hole the program unmapped. Mapped here on
 * first use only if that page was taken (MAP_FIXED).
 */
export function trampoline(k: Kernel): bigint | undefined {
  if (k.sigreturnTrampoline !== undefined) return k.sigreturnTrampoline;
  // 16 MiB above the mmap base: inside the gap below the stack and next to no mapping (an adjacent page would
  // turn a hole after the first mmap into mapped memory).
  const preferred = k.mmapBase + (16n << 20n);
  const address = k.addressSpace.find(preferred) === undefined ? preferred : k.addressSpace.findFree(BigInt(PAGE_SIZE), k.mmapBase);
  if (address === undefined) return undefined;
  const perms = { read: true, write: false, execute: true, tagged: false };
  k.machine.map(address, PAGE_SIZE, perms, '[vdso]');
  k.addressSpace.add({ start: address, end: address + BigInt(PAGE_SIZE), ...perms, kind: 'vdso', name: '[vdso]', shared: false });
  k.machine.writeMemory(address, Uint8Array.from([0x68, 0x11, 0x80, 0xd2, 0x01, 0x00, 0x00, 0xd4]));
  k.sigreturnTrampoline = address;
  return address;
}

function setupFrame(k: Kernel, info: SignalInfo, action: SignalAction): boolean {
  const m = k.machine;
  const restorer = (action.flags & SA_RESTORER) !== 0 ? action.restorer : trampoline(k);
  if (restorer === undefined) return false;
  let top = m.getSP();
  const alt = k.alternateStack;
  const onAltStack = alt !== undefined && top > alt.sp && top <= alt.sp + alt.size;
  if ((action.flags & SA_ONSTACK) !== 0 && alt && (alt.flags & SS_DISABLE) === 0 && !onAltStack) top = alt.sp + alt.size;
  // __save_altstack: an SS_AUTODISARM stack is disarmed while the handler runs (rt_sigreturn restores it).
  if (alt && (alt.flags & SS_AUTODISARM) !== 0) k.alternateStack = undefined;
  top = BigInt.asUintN(64, top) & 0x00ffffffffffffffn;
  const recordAddress = (top - 16n) & ~15n;
  const frameAddress = (recordAddress - BigInt(FRAME_SIZE)) & ~15n;
  if (!k.accessible(frameAddress, Number(top - frameAddress), true)) return false;

  const frame = new Uint8Array(FRAME_SIZE);
  const v = new DataView(frame.buffer);
  const u64 = (o: number, x: bigint): void => v.setBigUint64(o, BigInt.asUintN(64, x), true);
  // siginfo: si_signo, si_errno, si_code, then the union (si_addr for faults, si_pid/si_uid for kill).
  v.setInt32(0, info.signal, true);
  v.setInt32(8, info.code, true);
  const exposeTagBits = (action.flags & SA_EXPOSE_TAGBITS) !== 0;
  if (info.timer) { v.setInt32(16, info.timer.id, true); v.setInt32(20, info.timer.overrun, true); u64(24, info.timer.value); }
  else if (info.senderPid !== undefined) {
    v.setInt32(16, info.senderPid, true); v.setUint32(20, 1000, true);
    if (info.value !== undefined) u64(24, info.value);
    if (info.status !== undefined) v.setInt32(24, info.status, true);
  }
  else u64(16, exposeTagBits ? info.address : info.address & 0x00ffffffffffffffn);
  // ucontext.
  const uc = UCONTEXT_OFFSET;
  if (alt) {
    u64(uc + UC_STACK, alt.sp);
    v.setInt32(uc + UC_STACK + 8, onAltStack ? SS_ONSTACK : alt.flags, true);
    u64(uc + UC_STACK + 16, alt.size);
  } else {
    v.setInt32(uc + UC_STACK + 8, SS_DISABLE, true);
  }
  u64(uc + UC_SIGMASK, info.savedMask ?? k.blockedSignals);
  const sc = uc + UC_MCONTEXT;
  const thread = threadState(k);
  // Never a tag in fault_address (tagged-pointers.rst); the thread's last fault, even for a later kill().
  u64(sc + SC_FAULT_ADDRESS, thread.faultAddress);
  for (let i = 0; i < 31; i++) u64(sc + SC_REGS + 8 * i, m.getX(i));
  u64(sc + SC_SP, m.getSP());
  u64(sc + SC_PC, m.getPC());
  const tco = m.getSystemRegister('tco') !== 0n;
  u64(sc + SC_PSTATE, BigInt(m.getNZCV() >>> 0) | (tco ? PSTATE_TCO : 0n) | (m.getSystemRegister('dit') & PSTATE_DIT));
  let r = sc + SC_RESERVED;
  v.setUint32(r, FPSIMD_MAGIC, true);
  v.setUint32(r + 4, FPSIMD_SIZE, true);
  v.setUint32(r + 8, Number(m.getSystemRegister('fpsr') & 0xffffffffn), true);
  v.setUint32(r + 12, Number(m.getSystemRegister('fpcr') & 0xffffffffn), true);
  for (let i = 0; i < 32; i++) frame.set(m.getV(i), r + 16 + 16 * i);
  r += FPSIMD_SIZE;
  if (thread.faultCode !== 0n) {
    v.setUint32(r, ESR_MAGIC, true);
    v.setUint32(r + 4, ESR_SIZE, true);
    u64(r + 8, thread.faultCode);
    r += ESR_SIZE;
  }
  // The terminating null record is already zero.
  m.writeMemory(frameAddress, frame);
  const record = new Uint8Array(16);
  new DataView(record.buffer).setBigUint64(0, m.getX(29), true);
  new DataView(record.buffer).setBigUint64(8, m.getX(30), true);
  m.writeMemory(recordAddress, record);

  m.setX(0, BigInt(info.signal));
  m.setX(1, frameAddress);
  m.setX(2, frameAddress + BigInt(UCONTEXT_OFFSET));
  m.setX(29, recordAddress);
  m.setX(30, restorer);
  m.setSP(frameAddress);
  m.setPC(action.handler);
  m.setTagCheckOverride(false);
  if ((action.flags & SA_NODEFER) === 0) k.blockedSignals |= signalBit(info.signal);
  k.blockedSignals |= action.mask;
  k.blockedSignals &= ~(signalBit(SIG.KILL) | signalBit(SIG.STOP));
  if ((action.flags & SA_RESETHAND) !== 0) k.signalActions.delete(info.signal);
  return true;
}

/**
 * restore_altstack(): rt_sigreturn re-applies the frame's uc_stack as sigaltstack(2) would (errors ignored):
 * refused while running on the current alternate stack, unless that stack is SS_AUTODISARM.
 */
function restoreAltStack(k: Kernel, sp: bigint, flags: number, size: bigint): void {
  const cur = k.alternateStack;
  const here = k.machine.getSP();
  const onCurrent = cur !== undefined && (cur.flags & SS_AUTODISARM) === 0 && here > cur.sp && here <= cur.sp + cur.size;
  if (onCurrent) return;
  const mode = flags & ~SS_AUTODISARM;
  if (mode === SS_DISABLE) { k.alternateStack = undefined; return; }
  if (mode !== 0 && mode !== SS_ONSTACK) return;
  if (size < MINSIGSTKSZ) return;
  k.alternateStack = { sp, size, flags: flags & SS_AUTODISARM };
}

/** rt_sigreturn: restores the registers, mask, alternate stack and FP/SIMD state saved in the frame at SP. */
export function signalReturn(k: Kernel): { keepRegisters: true } | { stop: StopReason } {
  const m = k.machine;
  const frameAddress = m.getSP() & 0x00ffffffffffffffn;
  const bytes = k.readUser(frameAddress, FRAME_SIZE);
  if (typeof bytes === 'number' || (frameAddress & 15n) !== 0n) {
    const stop = raiseSignal(k, { signal: SIG.SEGV, code: 0x80, address: 0n, forced: true });
    return stop ? { stop } : { keepRegisters: true };
  }
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sc = UCONTEXT_OFFSET + UC_MCONTEXT;
  for (let i = 0; i < 31; i++) m.setX(i, v.getBigUint64(sc + SC_REGS + 8 * i, true));
  m.setSP(v.getBigUint64(sc + SC_SP, true));
  m.setPC(v.getBigUint64(sc + SC_PC, true));
  const pstate = v.getBigUint64(sc + SC_PSTATE, true);
  m.setNZCV(Number(pstate & 0xf0000000n));
  m.setTagCheckOverride((pstate & PSTATE_TCO) !== 0n);
  m.setSystemRegister('dit', pstate & PSTATE_DIT);
  k.blockedSignals = v.getBigUint64(UCONTEXT_OFFSET + UC_SIGMASK, true) & ~(signalBit(SIG.KILL) | signalBit(SIG.STOP));
  restoreAltStack(k, v.getBigUint64(UCONTEXT_OFFSET + UC_STACK, true), v.getInt32(UCONTEXT_OFFSET + UC_STACK + 8, true), v.getBigUint64(UCONTEXT_OFFSET + UC_STACK + 16, true));
  let r = sc + SC_RESERVED;
  while (r + 8 <= sc + SC_RESERVED + RESERVED_SIZE) {
    const magic = v.getUint32(r, true);
    const size = v.getUint32(r + 4, true);
    if (magic === 0 || size < 8) break;
    if (magic === FPSIMD_MAGIC && size >= FPSIMD_SIZE) {
      m.setSystemRegister('fpsr', BigInt(v.getUint32(r + 8, true)));
      m.setSystemRegister('fpcr', BigInt(v.getUint32(r + 12, true)));
      for (let i = 0; i < 32; i++) m.setV(i, bytes.slice(r + 16 + 16 * i, r + 32 + 16 * i));
    }
    r += size;
  }
  // The restored mask may unblock pending signals: they are delivered on the way back to user space.
  const stop = deliverPendingSignals(k);
  return stop ? { stop } : { keepRegisters: true };
}

