// Process, identity, time, limits and randomness system calls. Time comes from HostIO's clock (tests inject a
// fixed one); CPU-time clocks count one nanosecond per executed instruction so that runs are reproducible;
// sleeping returns at once (a single-threaded guest has nothing to wait for).
import { E } from '../constants.js';
import type { Kernel, SyscallOutcome } from '../kernel.js';
import { StructWriter } from '../text.js';

export const GUEST_PID = 1000;
export const GUEST_PPID = 999;
export const GUEST_UID = 1000;
export const GUEST_GID = 1000;

export const UNAME = {
  sysname: 'Linux', nodename: 'aarch64-mte', release: '6.1.0-aarch64-mte', version: '#1 SMP PREEMPT', machine: 'aarch64', domainname: '(none)',
} as const;

export function sysExit(_k: Kernel, a: readonly bigint[]): SyscallOutcome {
  return { stop: { kind: 'exit', code: Number(a[0]! & 0xffn) } };
}

export const sysGetpid = (): SyscallOutcome => GUEST_PID;
export const sysGetppid = (): SyscallOutcome => GUEST_PPID;
export const sysGetuid = (): SyscallOutcome => GUEST_UID;
export const sysGetgid = (): SyscallOutcome => GUEST_GID;
export const sysSchedYield = (): SyscallOutcome => 0;
/** rseq: glibc registers it when available; like qemu-user, the emulator does not provide it. */
export const sysRseq = (): SyscallOutcome => -E.NOSYS;

export function sysSetTidAddress(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  k.clearChildTid = a[0]!;
  return GUEST_PID;
}

export function sysSetRobustList(_k: Kernel, a: readonly bigint[]): SyscallOutcome {
  return a[1] === 24n ? 0 : -E.INVAL;
}

export function sysUname(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const w = new StructWriter(65 * 6);
  [UNAME.sysname, UNAME.nodename, UNAME.release, UNAME.version, UNAME.machine, UNAME.domainname].forEach((t, i) => w.text(65 * i, t, 64));
  return k.writeUser(a[0]!, w.bytes);
}

const RLIM_INFINITY = 0xffffffffffffffffn;
const RLIMIT_STACK = 3;
const RLIMIT_NOFILE = 7;
const RLIMIT_AS = 9;
const RLIM_NLIMITS = 16;

function limitFor(k: Kernel, resource: number): [bigint, bigint] {
  if (resource === RLIMIT_STACK) return [8n << 20n, RLIM_INFINITY];
  if (resource === RLIMIT_NOFILE) return [BigInt(k.files.maxDescriptors), BigInt(k.files.maxDescriptors)];
  if (resource === RLIMIT_AS) return [BigInt(k.memoryLimitBytes), BigInt(k.memoryLimitBytes)];
  return [RLIM_INFINITY, RLIM_INFINITY];
}

export function sysPrlimit64(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const pid = Number(BigInt.asIntN(32, a[0]!));
  const resource = Number(a[1]! & 0xffffffffn);
  if (pid !== 0 && pid !== GUEST_PID) return -E.SRCH;
  if (resource >= RLIM_NLIMITS) return -E.INVAL;
  if (a[2] !== 0n) {
    const requested = k.readUser(a[2]!, 16);
    if (typeof requested === 'number') return requested;
  }
  if (a[3] !== 0n) {
    const [cur, max] = limitFor(k, resource);
    return k.writeUser(a[3]!, new StructWriter(16).u64(0, cur).u64(8, max).bytes);
  }
  return 0;
}

export function sysGetrlimit(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const resource = Number(a[0]! & 0xffffffffn);
  if (resource >= RLIM_NLIMITS) return -E.INVAL;
  const [cur, max] = limitFor(k, resource);
  return k.writeUser(a[1]!, new StructWriter(16).u64(0, cur).u64(8, max).bytes);
}

/** Nanoseconds on the given clock, or undefined for an unknown clock id. */
function clockNanoseconds(k: Kernel, clock: number): bigint | undefined {
  switch (clock) {
    case 0: case 5: case 8: case 11: return k.host.nowNanoseconds(); // REALTIME, REALTIME_COARSE, *_ALARM, TAI.
    case 1: case 4: case 6: case 7: case 9: return k.host.nowNanoseconds(); // MONOTONIC, RAW, COARSE, BOOTTIME.
    case 2: case 3: return BigInt(k.machine.instructionCount); // PROCESS_CPUTIME_ID, THREAD_CPUTIME_ID.
    default: return undefined;
  }
}

function timespec(ns: bigint): Uint8Array {
  return new StructWriter(16).u64(0, ns / 1_000_000_000n).u64(8, ns % 1_000_000_000n).bytes;
}

export function sysClockGettime(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const ns = clockNanoseconds(k, Number(BigInt.asIntN(32, a[0]!)));
  if (ns === undefined) return -E.INVAL;
  return k.writeUser(a[1]!, timespec(ns));
}

export function sysClockGetres(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  if (clockNanoseconds(k, Number(BigInt.asIntN(32, a[0]!))) === undefined) return -E.INVAL;
  return a[1] === 0n ? 0 : k.writeUser(a[1]!, timespec(1n));
}

export function sysGettimeofday(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  if (a[0] !== 0n) {
    const ns = k.host.nowNanoseconds();
    const r = k.writeUser(a[0]!, new StructWriter(16).u64(0, ns / 1_000_000_000n).u64(8, (ns % 1_000_000_000n) / 1000n).bytes);
    if (r !== 0) return r;
  }
  if (a[1] !== 0n) return k.writeUser(a[1]!, new Uint8Array(8));
  return 0;
}

/** nanosleep(req, rem) and clock_nanosleep(clock, flags, req, rem): validates and returns at once. */
export function sysNanosleep(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const req = k.readUser(a[0]!, 16);
  if (typeof req === 'number') return req;
  const nsec = new DataView(req.buffer, req.byteOffset).getBigInt64(8, true);
  const sec = new DataView(req.buffer, req.byteOffset).getBigInt64(0, true);
  if (sec < 0n || nsec < 0n || nsec >= 1_000_000_000n) return -E.INVAL;
  return 0;
}

export function sysClockNanosleep(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  if (clockNanoseconds(k, Number(BigInt.asIntN(32, a[0]!))) === undefined) return -E.INVAL;
  return sysNanosleep(k, [a[2]!, a[3]!]);
}

const GRND_VALID = 0x7n;
const GETRANDOM_MAX = 33554431;

export function sysGetrandom(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  if ((a[2]! & ~GRND_VALID) !== 0n) return -E.INVAL;
  if ((a[2]! & 0x6n) === 0x6n) return -E.INVAL; // GRND_INSECURE with GRND_RANDOM.
  const count = Math.min(Number(a[1]! > BigInt(GETRANDOM_MAX) ? BigInt(GETRANDOM_MAX) : a[1]!), GETRANDOM_MAX);
  if (count === 0) return 0;
  const r = k.writeUser(a[0]!, k.random.bytes(count));
  return r !== 0 ? r : count;
}

export function sysSysinfo(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const total = BigInt(k.memoryLimitBytes);
  const used = BigInt(k.machine.memoryInUseBytes);
  const w = new StructWriter(112)
    .u64(0, k.host.nowNanoseconds() / 1_000_000_000n % 100000n)
    .u64(32, total).u64(40, total > used ? total - used : 0n)
    .u32(80, 1) // procs (u16 at 80)
    .u32(104, 1); // mem_unit
  return k.writeUser(a[0]!, w.bytes);
}

const FUTEX_WAIT = 0;
const FUTEX_WAKE = 1;
const FUTEX_WAIT_BITSET = 9;
const FUTEX_WAKE_BITSET = 10;

/** futex for a single-threaded process: wakes wake nobody; a wait either sees a changed value or would hang. */
export function sysFutex(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const op = Number(a[1]! & 0x7fn);
  if (op === FUTEX_WAKE || op === FUTEX_WAKE_BITSET) return 0;
  if (op === FUTEX_WAIT || op === FUTEX_WAIT_BITSET) {
    const word = k.readUser(a[0]!, 4);
    if (typeof word === 'number') return word;
    const value = new DataView(word.buffer, word.byteOffset).getUint32(0, true);
    if (value !== Number(a[2]! & 0xffffffffn)) return -E.AGAIN;
    k.diagnostics.push('futex wait with no other thread to wake it: returned -ETIMEDOUT');
    return -110;
  }
  return -E.NOSYS;
}
