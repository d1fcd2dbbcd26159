// Process, identity, time, limits and randomness system calls. Time comes from HostIO's clock (tests inject a
// fixed one); CPU-time clocks count one nanosecond per executed instruction so that runs are reproducible;
// sleeping returns at once in a single-threaded guest (nothing to wait for) and waits in the scheduler's virtual
// time once threads exist (threads.ts), which also backs futex waits, exit of one thread and the process ids.
import { E } from '../constants.js';
import type { Kernel, SyscallOutcome } from '../kernel.js';
import { StructWriter, timespecBytes, timespecNanoseconds } from '../text.js';
import { blockedForever } from './io.js';
import { AT_FDCWD, startOf, vfsOf } from './vfsAccess.js';
import { currentPid, currentTid, futexKey, isKnownTask, parentPid, schedulerOf, type FutexKey } from '../threads.js';

export const GUEST_PID = 1000;
export const GUEST_PPID = 999;
export const GUEST_UID = 1000;
export const GUEST_GID = 1000;

export const UNAME = {
  sysname: 'Linux', nodename: 'aarch64-mte', release: '6.1.0-aarch64-mte', version: '#1 SMP PREEMPT', machine: 'aarch64', domainname: '(none)',
} as const;

export function sysExitGroup(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  // Shared file mappings reach their files (as the kernel's writeback would).
  k.files.vfs?.flushAll(k);
  return { stop: { kind: 'exit', code: Number(a[0]! & 0xffn) } };
}

/** exit(2): ends the calling thread; the last thread's exit ends the process (as exit_group). */
export function sysExit(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const ended = schedulerOf(k)?.exitThread(k, Number(a[0]! & 0xffn));
  return ended ?? sysExitGroup(k, a);
}

export const sysGetpid = (k: Kernel): SyscallOutcome => currentPid(k);
export const sysGettid = (k: Kernel): SyscallOutcome => currentTid(k);
export const sysGetppid = (k: Kernel): SyscallOutcome => parentPid(k);
export const sysGetuid = (): SyscallOutcome => GUEST_UID;
export const sysGetgid = (): SyscallOutcome => GUEST_GID;
export const sysSchedYield = (k: Kernel): SyscallOutcome => schedulerOf(k)?.yieldCpu() ?? 0;

const RSEQ_SIZE = 32;
const RSEQ_FLAG_UNREGISTER = 1;
const RSEQ_CPU_ID_UNINITIALIZED = 0xffffffff;

/**
 * rseq(rseq, len, flags, sig) as Linux 6.1 checks it: a 32-byte, 32-aligned struct rseq; registering twice is
 * EBUSY with the same arguments and EINVAL otherwise; unregistering needs the same area (EINVAL) and signature
 * (EPERM). The one CPU is number 0, written to cpu_id_start and cpu_id on registration, which is what glibc's
 * startup and sched_getcpu rely on. No preemption or migration ever aborts a critical section.
 */
export function sysRseq(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const address = a[0]!;
  const length = Number(a[1]! & 0xffffffffn);
  const flags = Number(a[2]! & 0xffffffffn);
  const signature = Number(a[3]! & 0xffffffffn);
  if ((flags & RSEQ_FLAG_UNREGISTER) !== 0) {
    if ((flags & ~RSEQ_FLAG_UNREGISTER) !== 0) return -E.INVAL;
    if (!k.rseq || k.rseq.address !== address) return -E.INVAL;
    if (length !== RSEQ_SIZE) return -E.INVAL;
    if (signature !== k.rseq.signature) return -E.PERM;
    const cleared = new StructWriter(8).u32(0, 0).u32(4, RSEQ_CPU_ID_UNINITIALIZED).bytes;
    const r = k.writeUser(address, cleared);
    if (r !== 0) return r;
    k.rseq = undefined;
    return 0;
  }
  if (flags !== 0) return -E.INVAL;
  if (k.rseq) {
    if (k.rseq.address !== address || length !== RSEQ_SIZE) return -E.INVAL;
    if (signature !== k.rseq.signature) return -E.PERM;
    return -E.BUSY;
  }
  if ((address & BigInt(RSEQ_SIZE - 1)) !== 0n || length !== RSEQ_SIZE) return -E.INVAL;
  const r = k.writeUser(address, new StructWriter(8).u32(0, 0).u32(4, 0).bytes);
  if (r !== 0) return r;
  k.rseq = { address, signature };
  return 0;
}

/** sched_getaffinity: one CPU (bit 0), in a mask of one unsigned long. */
export function sysSchedGetaffinity(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const pid = Number(BigInt.asIntN(32, a[0]!));
  const length = Number(a[1]! & 0xffffffffn);
  if (pid !== 0 && !isKnownTask(k, pid)) return -E.SRCH;
  if (length * 8 < 1 || (length & 7) !== 0) return -E.INVAL;
  const r = k.writeUser(a[2]!, new StructWriter(8).u64(0, 1n).bytes);
  return r !== 0 ? r : 8;
}

/** sched_setaffinity: any mask that includes CPU 0 is accepted. */
export function sysSchedSetaffinity(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const pid = Number(BigInt.asIntN(32, a[0]!));
  if (pid !== 0 && !isKnownTask(k, pid)) return -E.SRCH;
  const length = Math.min(Number(a[1]! & 0xffffffffn), 8);
  if (length === 0) return -E.INVAL;
  const mask = k.readUser(a[2]!, length);
  if (typeof mask === 'number') return mask;
  return (mask[0]! & 1) !== 0 ? 0 : -E.INVAL;
}

/** getcpu(cpu, node, cache): CPU 0 on node 0. */
export function sysGetcpu(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  for (const pointer of [a[0]!, a[1]!]) {
    if (pointer === 0n) continue;
    const r = k.writeUser(pointer, new Uint8Array(4));
    if (r !== 0) return r;
  }
  return 0;
}

/** getrusage: CPU time is one nanosecond per instruction (as the CPU-time clocks count it); the rest is 0. */
export function sysGetrusage(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const who = Number(BigInt.asIntN(32, a[0]!));
  if (who !== 0 && who !== -1 && who !== 1) return -E.INVAL; // RUSAGE_SELF, RUSAGE_CHILDREN, RUSAGE_THREAD.
  const w = new StructWriter(144);
  if (who !== -1) {
    const ns = BigInt(k.machine.instructionCount);
    w.u64(0, ns / 1_000_000_000n).u64(8, (ns % 1_000_000_000n) / 1000n);
    w.u64(32, BigInt(Math.ceil(k.machine.memoryInUseBytes / 1024))); // ru_maxrss in KiB
  }
  return k.writeUser(a[1]!, w.bytes);
}

/**
 * execve: no host program ever runs. The path is checked as Linux does first (EFAULT, ENOENT/ENOTDIR/ELOOP from the
 * lookup, EACCES for a directory, a file that is not regular or one without execute permission, ENOEXEC for a file
 * that is neither ELF nor a #! script); a program that could run gets ENOSYS, and a note says which (each path
 * once, at most 10).
 */
export function sysExecve(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const path = k.readUserString(a[0]!);
  if (typeof path === 'number') return path;
  if (path === '') return -E.NOENT;
  const start = startOf(k, AT_FDCWD, path);
  if (typeof start === 'number') return start;
  const vfs = vfsOf(k);
  const located = vfs.resolve(k, start, path, true);
  if (typeof located === 'number') return located;
  const stat = vfs.stat(k, located.node);
  if (typeof stat === 'number') return stat;
  if (stat.type !== 'file' || (stat.perm & 0o111) === 0) return -E.ACCES;
  const head = vfs.read(k, located.node, 0, 4);
  if (typeof head === 'number') return head;
  const elf = head.length === 4 && head[0] === 0x7f && head[1] === 0x45 && head[2] === 0x4c && head[3] === 0x46;
  const script = head.length >= 2 && head[0] === 0x23 && head[1] === 0x21;
  if (!elf && !script) return -E.NOEXEC;
  const note = `execve('${path}') returned -ENOSYS: the emulator runs one program and never starts another`;
  if (!k.diagnostics.includes(note) && k.diagnostics.filter((d) => d.startsWith('execve(')).length < 10) k.diagnostics.push(note);
  return -E.NOSYS;
}

export function sysSetTidAddress(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  k.clearChildTid = a[0]!;
  return currentTid(k);
}

export function sysSetRobustList(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  if (a[1] !== 24n) return -E.INVAL;
  k.robustList = BigInt.asUintN(64, a[0]!);
  return 0;
}

/** get_robust_list(pid, head_ptr, len_ptr): the calling thread's (pid 0 or its own tid) head. */
export function sysGetRobustList(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const pid = Number(BigInt.asIntN(32, a[0]!));
  if (pid !== 0 && pid !== currentTid(k)) return isKnownTask(k, pid) ? -E.PERM : -E.SRCH;
  const r = k.writeUser(a[1]!, new StructWriter(8).u64(0, k.robustList).bytes);
  return r !== 0 ? r : k.writeUser(a[2]!, new StructWriter(8).u64(0, 24n).bytes);
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
const RLIMIT_NPROC = 6;
const RLIM_NLIMITS = 16;
/** fs.nr_open: RLIMIT_NOFILE cannot be raised past it. */
const NR_OPEN = 1n << 20n;

/** [soft, hard] of a resource: set by setrlimit/prlimit64, else the emulator's limits (tasks, files, memory). */
export function limitFor(k: Kernel, resource: number): readonly [bigint, bigint] {
  const set = k.rlimits.get(resource);
  if (set) return set;
  if (resource === RLIMIT_STACK) return [8n << 20n, RLIM_INFINITY];
  if (resource === RLIMIT_NOFILE) return [BigInt(k.files.maxDescriptors), BigInt(k.files.maxDescriptors)];
  if (resource === RLIMIT_AS) return [BigInt(k.memoryLimitBytes), BigInt(k.memoryLimitBytes)];
  if (resource === RLIMIT_NPROC) return [BigInt(k.maxTasks), BigInt(k.maxTasks)];
  return [RLIM_INFINITY, RLIM_INFINITY];
}

/** The soft RLIMIT_NPROC: the cap on tasks that clone and fork check (threads.ts). */
export function taskLimit(k: Kernel): number {
  const soft = limitFor(k, RLIMIT_NPROC)[0];
  return soft > BigInt(k.maxTasks) ? k.maxTasks : Number(soft);
}

/** do_prlimit's checks and effect for a new limit; 0 or -errno. The guest has no CAP_SYS_RESOURCE. */
function setLimit(k: Kernel, resource: number, raw: Uint8Array): number {
  const view = new DataView(raw.buffer, raw.byteOffset, 16);
  const soft = view.getBigUint64(0, true);
  const hard = view.getBigUint64(8, true);
  if (soft > hard) return -E.INVAL;
  if (resource === RLIMIT_NOFILE && hard > NR_OPEN) return -E.PERM;
  if (hard > limitFor(k, resource)[1]) return -E.PERM;
  k.rlimits.set(resource, [soft, hard]);
  if (resource === RLIMIT_NOFILE) k.files.maxDescriptors = Number(soft);
  return 0;
}

/** The kernel of the process `pid` names (0: the caller's), or undefined. */
function processKernel(k: Kernel, pid: number): Kernel | undefined {
  if (pid === 0) return k;
  if (!isKnownTask(k, pid)) return undefined;
  return schedulerOf(k)?.findThread(pid)?.process.kernel ?? k;
}

export function sysPrlimit64(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const pid = Number(BigInt.asIntN(32, a[0]!));
  const resource = Number(a[1]! & 0xffffffffn);
  const target = processKernel(k, pid);
  if (!target) return -E.SRCH;
  if (resource >= RLIM_NLIMITS) return -E.INVAL;
  let requested: Uint8Array | undefined;
  if (a[2] !== 0n) {
    const r = k.readUser(a[2]!, 16);
    if (typeof r === 'number') return r;
    requested = r;
  }
  const [cur, max] = limitFor(target, resource);
  if (requested) {
    const r = setLimit(target, resource, requested);
    if (r !== 0) return r;
  }
  if (a[3] !== 0n) return k.writeUser(a[3]!, new StructWriter(16).u64(0, cur).u64(8, max).bytes);
  return 0;
}

export function sysGetrlimit(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const resource = Number(a[0]! & 0xffffffffn);
  if (resource >= RLIM_NLIMITS) return -E.INVAL;
  const [cur, max] = limitFor(k, resource);
  return k.writeUser(a[1]!, new StructWriter(16).u64(0, cur).u64(8, max).bytes);
}

export function sysSetrlimit(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const resource = Number(a[0]! & 0xffffffffn);
  if (resource >= RLIM_NLIMITS) return -E.INVAL;
  const raw = k.readUser(a[1]!, 16);
  if (typeof raw === 'number') return raw;
  return setLimit(k, resource, raw);
}

/**
 * Whether `clock` is a CPU-time clock id of the calling process or thread as glibc makes them for timer_create
 * and clock_getcpuclockid (negative: ~pid << 3, bit 2 for a thread, low bits PROF 0, VIRT 1 or SCHED 2; pid 0 is
 * the caller).
 */
export function isCpuClockOf(k: Kernel, clock: number): boolean {
  if (clock >= 0 || (clock & 3) === 3) return false;
  const pid = ~(clock >> 3);
  return pid === 0 || pid === currentPid(k) || ((clock & 4) !== 0 && schedulerOf(k)?.findThread(pid)?.process === schedulerOf(k)?.processOf(k));
}

/** Nanoseconds on the given clock, or undefined for an unknown clock id. */
function clockNanoseconds(k: Kernel, clock: number): bigint | undefined {
  switch (clock) {
    case 0: case 5: case 8: case 11: return k.now(); // REALTIME, REALTIME_COARSE, *_ALARM, TAI.
    case 1: case 4: case 6: case 7: case 9: return k.now(); // MONOTONIC, RAW, COARSE, BOOTTIME.
    case 2: case 3: return BigInt(k.machine.instructionCount); // PROCESS_CPUTIME_ID, THREAD_CPUTIME_ID.
    default: return isCpuClockOf(k, clock) ? BigInt(k.machine.instructionCount) : undefined;
  }
}

export function sysClockGettime(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const ns = clockNanoseconds(k, Number(BigInt.asIntN(32, a[0]!)));
  if (ns === undefined) return -E.INVAL;
  return k.writeUser(a[1]!, timespecBytes(ns));
}

export function sysClockGetres(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  if (clockNanoseconds(k, Number(BigInt.asIntN(32, a[0]!))) === undefined) return -E.INVAL;
  return a[1] === 0n ? 0 : k.writeUser(a[1]!, timespecBytes(1n));
}

export function sysGettimeofday(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  if (a[0] !== 0n) {
    const ns = k.now();
    const r = k.writeUser(a[0]!, new StructWriter(16).u64(0, ns / 1_000_000_000n).u64(8, (ns % 1_000_000_000n) / 1000n).bytes);
    if (r !== 0) return r;
  }
  if (a[1] !== 0n) return k.writeUser(a[1]!, new Uint8Array(8));
  return 0;
}

/** nanosleep(req, rem): sleeps; a signal handler ends it early with EINTR and the time left in *rem. */
export function sysNanosleep(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const req = userTimespec(k, a[0]!);
  if (typeof req === 'number') return req;
  if (req === undefined) return -E.FAULT;
  return sleepFor(k, req.ns, a[1]!);
}

/**
 * Sleeps `ns`: with other threads or timers the caller sleeps in virtual time (threads.ts) and the others run
 * meanwhile; alone it returns at once. Either way the guest's clocks have moved on by at least `ns` when it
 * returns. `remaining` (a timespec, 0n: none) gets the time left when a signal ends the sleep early.
 */
function sleepFor(k: Kernel, ns: bigint, remaining = 0n): SyscallOutcome {
  if (ns <= 0n) return 0;
  const until = k.now() + ns;
  const sched = schedulerOf(k);
  if (sched) return sched.sleep(k, ns, until, remaining);
  k.advanceClockTo(until);
  return 0;
}

export function sysClockNanosleep(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const clock = Number(BigInt.asIntN(32, a[0]!));
  const now = clockNanoseconds(k, clock);
  if (now === undefined) return -E.INVAL;
  if (clock === 3) return -E.INVAL; // CLOCK_THREAD_CPUTIME_ID cannot be slept on.
  if ((a[1]! & 1n) !== 0n) {
    // TIMER_ABSTIME: sleep until the given time of the clock.
    const req = userTimespec(k, a[2]!);
    if (typeof req === 'number') return req;
    if (req === undefined) return -E.FAULT;
    return sleepFor(k, req.ns - now);
  }
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
    .u64(0, k.now() / 1_000_000_000n % 100000n)
    .u64(32, total).u64(40, total > used ? total - used : 0n)
    .u32(80, 1) // procs (u16 at 80)
    .u32(104, 1); // mem_unit
  return k.writeUser(a[0]!, w.bytes);
}

const FUTEX_WAIT = 0;
const FUTEX_PRIVATE_FLAG = 128;
const FUTEX_WAKE = 1;
const FUTEX_REQUEUE = 3;
const FUTEX_CMP_REQUEUE = 4;
const FUTEX_LOCK_PI = 6;
const FUTEX_UNLOCK_PI = 7;
const FUTEX_TRYLOCK_PI = 8;
const FUTEX_WAIT_BITSET = 9;
const FUTEX_WAKE_BITSET = 10;
const FUTEX_TID_MASK = 0x3fffffff;

const FUTEX_WAKE_OP = 5;
const FUTEX_CLOCK_REALTIME = 256;
const FUTEX_WAITERS = 0x80000000;

/** A user timespec in nanoseconds: undefined for a null pointer; a negative errno (EFAULT, EINVAL) when bad. */
export function userTimespec(k: Kernel, pointer: bigint): { ns: bigint } | number | undefined {
  if (pointer === 0n) return undefined;
  const raw = k.readUser(pointer, 16);
  if (typeof raw === 'number') return raw;
  const ns = timespecNanoseconds(raw);
  return ns === undefined ? -E.INVAL : { ns };
}

/** FUTEX_WAKE_OP's operation on the second word and its comparison of the old value. */
function wakeOp(encoded: number, old: number): { value: number; wakeSecond: boolean } {
  const op = (encoded >>> 28) & 0xf;
  const cmp = (encoded >>> 24) & 0xf;
  let oparg = (encoded >>> 12) & 0xfff;
  const cmparg = encoded & 0xfff;
  if ((op & 8) !== 0) oparg = 1 << (oparg & 31);
  let value = old;
  switch (op & 7) {
    case 0: value = oparg; break;
    case 1: value = old + oparg; break;
    case 2: value = old | oparg; break;
    case 3: value = old & ~oparg; break;
    case 4: value = old ^ oparg; break;
  }
  const o = old | 0;
  const c = cmparg;
  const wakeSecond = [o === c, o !== c, o < c, o <= c, o > c, o >= c][cmp] ?? false;
  return { value: value >>> 0, wakeSecond };
}

/**
 * futex. With threads (threads.ts) waits block the calling thread until a wake, a timeout (virtual time) or a
 * signal, and wakes wake waiters of the same word in FIFO order (bitsets and requeue included). In a
 * single-threaded process wakes wake nobody (0), a wait with a timeout times out at once, and one without a
 * timeout would wait forever, since no other thread exists to wake it: the process is ended with a diagnostic.
 */
export function sysFutex(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const op = Number(a[1]! & 0x7fn);
  const realtime = (Number(a[1]! & 0xffffffffn) & FUTEX_CLOCK_REALTIME) !== 0;
  const sched = schedulerOf(k);
  const word = (): number | Uint8Array => {
    if ((BigInt.asUintN(64, a[0]!) & 3n) !== 0n) return -E.INVAL;
    return k.readUser(a[0]!, 4);
  };
  const privateFutex = (a[1]! & BigInt(FUTEX_PRIVATE_FLAG)) !== 0n;
  const key = (pointer: bigint): FutexKey => futexKey(k, k.userAddress(pointer) ?? BigInt.asUintN(64, pointer), privateFutex);
  const valueOf = (bytes: Uint8Array): number => new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true);
  const count = (x: bigint): number => { const n = Number(BigInt.asIntN(32, x)); return n < 0 ? 0x7fffffff : n; };
  const tid = currentTid(k);
  switch (op) {
    case FUTEX_WAKE: case FUTEX_WAKE_BITSET: {
      const bitset = op === FUTEX_WAKE_BITSET ? Number(a[5]! & 0xffffffffn) : 0xffffffff;
      if (bitset === 0) return -E.INVAL;
      if ((BigInt.asUintN(64, a[0]!) & 3n) !== 0n) return -E.INVAL;
      return sched ? sched.futexWake(key(a[0]!), count(a[2]!), bitset) : 0;
    }
    case FUTEX_WAIT: case FUTEX_WAIT_BITSET: {
      const bitset = op === FUTEX_WAIT_BITSET ? Number(a[5]! & 0xffffffffn) : 0xffffffff;
      if (bitset === 0) return -E.INVAL;
      const w = word();
      if (typeof w === 'number') return w;
      const time = userTimespec(k, a[3]!);
      if (typeof time === 'number') return time;
      // FUTEX_WAIT's timeout is relative; FUTEX_WAIT_BITSET's is absolute (CLOCK_MONOTONIC, or REALTIME).
      const timeout = time === undefined ? undefined : op === FUTEX_WAIT_BITSET ? time.ns - k.now() : time.ns;
      void realtime;
      if (valueOf(w) !== Number(a[2]! & 0xffffffffn)) return -E.AGAIN;
      if (sched) return sched.futexWait(k, key(a[0]!), bitset, timeout);
      if (timeout !== undefined) {
        k.advanceClockTo(k.now() + timeout); // Nothing can wake it: the whole timeout passes.
        return -E.TIMEDOUT;
      }
      return blockedForever(k, `futex wait at 0x${BigInt.asUintN(64, a[0]!).toString(16)} (a lock or condition nobody else can release)`);
    }
    case FUTEX_REQUEUE: case FUTEX_CMP_REQUEUE: {
      const w = word();
      if (typeof w === 'number') return w;
      if (op === FUTEX_CMP_REQUEUE && valueOf(w) !== Number(a[5]! & 0xffffffffn)) return -E.AGAIN;
      return sched ? sched.futexRequeue(key(a[0]!), count(a[2]!), count(a[3]!), key(a[4]!)) : 0;
    }
    case FUTEX_WAKE_OP: {
      if ((BigInt.asUintN(64, a[0]!) & 3n) !== 0n || (BigInt.asUintN(64, a[4]!) & 3n) !== 0n) return -E.INVAL;
      const second = k.readUser(a[4]!, 4);
      if (typeof second === 'number') return second;
      const { value, wakeSecond } = wakeOp(Number(a[5]! & 0xffffffffn), valueOf(second));
      const r = k.writeUser(a[4]!, new StructWriter(4).u32(0, value).bytes);
      if (r !== 0) return r;
      if (!sched) return 0;
      let woken = sched.futexWake(key(a[0]!), count(a[2]!), 0xffffffff);
      if (wakeSecond) woken += sched.futexWake(key(a[4]!), count(a[3]!), 0xffffffff);
      return woken;
    }
    case FUTEX_LOCK_PI: case FUTEX_TRYLOCK_PI: {
      const w = word();
      if (typeof w === 'number') return w;
      const owner = valueOf(w) & FUTEX_TID_MASK;
      if (owner === 0) return k.writeUser(a[0]!, new StructWriter(4).u32(0, ((valueOf(w) & ~FUTEX_TID_MASK) | tid) >>> 0).bytes);
      if (owner === tid) return -E.DEADLK;
      if (op === FUTEX_TRYLOCK_PI) return -E.AGAIN;
      if (sched && sched.findThread(owner)) {
        const r = k.writeUser(a[0]!, new StructWriter(4).u32(0, (valueOf(w) | FUTEX_WAITERS) >>> 0).bytes);
        if (r !== 0) return r;
        const time = userTimespec(k, a[3]!);
        if (typeof time === 'number') return time;
        const timeout = time === undefined ? undefined : time.ns - k.now();
        // The unlocking thread hands the lock over (FUTEX_UNLOCK_PI below) before waking this one.
        return sched.futexWait(k, key(a[0]!), 0xffffffff, timeout);
      }
      return blockedForever(k, `futex lock at 0x${BigInt.asUintN(64, a[0]!).toString(16)} held by thread ${owner}`);
    }
    case FUTEX_UNLOCK_PI: {
      const w = word();
      if (typeof w === 'number') return w;
      if ((valueOf(w) & FUTEX_TID_MASK) !== tid) return -E.PERM;
      const next = sched?.firstFutexWaiter(key(a[0]!));
      if (sched && next) {
        sched.futexWake(key(a[0]!), 1, 0xffffffff);
        const more = sched.hasFutexWaiters(key(a[0]!));
        return k.writeUser(a[0]!, new StructWriter(4).u32(0, (next.tid | (more ? FUTEX_WAITERS : 0)) >>> 0).bytes);
      }
      return k.writeUser(a[0]!, new Uint8Array(4));
    }
    default: return -E.NOSYS;
  }
}

// Process groups and sessions, priorities, scheduling policies and memory locking, as an unprivileged Linux
// process sees them (no CAP_SYS_NICE, CAP_SYS_ADMIN or CAP_IPC_LOCK is needed for what is allowed here).

/** The kernel of live process `pid` of the program (0: the caller's), or undefined. */
function liveProcessKernel(k: Kernel, pid: number): Kernel | undefined {
  if (pid === 0 || pid === currentPid(k)) return k;
  const p = schedulerOf(k)?.findProcess(pid);
  return p && p.alive ? p.kernel : undefined;
}

/** Kernels of the program's live processes. */
function allKernels(k: Kernel): Kernel[] {
  return schedulerOf(k)?.liveProcesses().map((p) => p.kernel) ?? [k];
}

export function sysGetpgid(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const target = liveProcessKernel(k, Number(BigInt.asIntN(32, a[0]!)));
  return target ? target.pgid : -E.SRCH;
}

export function sysGetsid(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const target = liveProcessKernel(k, Number(BigInt.asIntN(32, a[0]!)));
  return target ? target.sid : -E.SRCH;
}

/** setpgid(pid, pgid): for the caller or its child, into a group of the same session (EPERM across sessions). */
export function sysSetpgid(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const pid = Number(BigInt.asIntN(32, a[0]!));
  let pgid = Number(BigInt.asIntN(32, a[1]!));
  if (pgid < 0) return -E.INVAL;
  const target = liveProcessKernel(k, pid);
  if (!target) return -E.SRCH;
  const targetPid = pid === 0 ? currentPid(k) : pid;
  if (target !== k && schedulerOf(k)?.findProcess(targetPid)?.parent?.kernel !== k) return -E.SRCH;
  if (pgid === 0) pgid = targetPid;
  if (target.sid === targetPid) return -E.PERM; // a session leader
  if (target.sid !== k.sid) return -E.PERM;
  if (pgid !== targetPid && !allKernels(k).some((o) => o.pgid === pgid && o.sid === k.sid)) return -E.PERM;
  target.pgid = pgid;
  return 0;
}

/** setsid(): a new session and group led by the caller, unless it already leads a group (EPERM). */
export function sysSetsid(k: Kernel): SyscallOutcome {
  const pid = currentPid(k);
  if (allKernels(k).some((o) => o.pgid === pid)) return -E.PERM;
  k.pgid = pid;
  k.sid = pid;
  return pid;
}

/** getgroups(size, list): the guest belongs to its own group only. */
export function sysGetgroups(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const size = Number(BigInt.asIntN(32, a[0]!));
  if (size < 0) return -E.INVAL;
  if (size === 0) return 1;
  const r = k.writeUser(a[1]!, new StructWriter(4).u32(0, GUEST_GID).bytes);
  return r !== 0 ? r : 1;
}

const PRIO_PROCESS = 0;
const PRIO_PGRP = 1;
const PRIO_USER = 2;

function priorityTargets(k: Kernel, which: number, who: number): Kernel[] | number {
  if (which === PRIO_PROCESS) { const t = liveProcessKernel(k, who); return t ? [t] : -E.SRCH; }
  if (which === PRIO_PGRP) { const g = who === 0 ? k.pgid : who; const ks = allKernels(k).filter((o) => o.pgid === g); return ks.length ? ks : -E.SRCH; }
  if (which === PRIO_USER) return who === 0 || who === GUEST_UID ? allKernels(k) : -E.SRCH;
  return -E.INVAL;
}

/** getpriority: the system call returns 20 - nice (glibc turns it back into the nice value). */
export function sysGetpriority(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const targets = priorityTargets(k, Number(BigInt.asIntN(32, a[0]!)), Number(BigInt.asIntN(32, a[1]!)));
  if (typeof targets === 'number') return targets;
  return 20 - Math.min(...targets.map((t) => t.nice));
}

/** setpriority: nice values are clamped to [-20, 19]; lowering one needs CAP_SYS_NICE (EACCES, RLIMIT_NICE is 0). */
export function sysSetpriority(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const targets = priorityTargets(k, Number(BigInt.asIntN(32, a[0]!)), Number(BigInt.asIntN(32, a[1]!)));
  if (typeof targets === 'number') return targets;
  const nice = Math.max(-20, Math.min(19, Number(BigInt.asIntN(32, a[2]!))));
  for (const t of targets) if (nice < t.nice) return -E.ACCES;
  for (const t of targets) t.nice = nice;
  return 0;
}

const SCHED_OTHER = 0;
const SCHED_FIFO = 1;
const SCHED_RR = 2;
const SCHED_BATCH = 3;
const SCHED_IDLE = 5;
const SCHED_DEADLINE = 6;

export function sysSchedGetscheduler(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const pid = Number(BigInt.asIntN(32, a[0]!));
  if (pid < 0) return -E.INVAL;
  return liveProcessKernel(k, pid) || isKnownTask(k, pid) ? SCHED_OTHER : -E.SRCH;
}

export function sysSchedGetparam(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const pid = Number(BigInt.asIntN(32, a[0]!));
  if (pid < 0 || a[1] === 0n) return -E.INVAL;
  if (!liveProcessKernel(k, pid) && !isKnownTask(k, pid)) return -E.SRCH;
  return k.writeUser(a[1]!, new Uint8Array(4));
}

/** sched_setscheduler(pid, policy, param) and sched_setparam(pid, param): real-time policies need CAP_SYS_NICE. */
function setScheduler(k: Kernel, pid: number, policy: number, param: bigint): SyscallOutcome {
  if (pid < 0 || param === 0n) return -E.INVAL;
  const raw = k.readUser(param, 4);
  if (typeof raw === 'number') return raw;
  const priority = new DataView(raw.buffer, raw.byteOffset, 4).getInt32(0, true);
  if (!liveProcessKernel(k, pid) && !isKnownTask(k, pid)) return -E.SRCH;
  const base = policy & ~0x40000000; // SCHED_RESET_ON_FORK
  if (![SCHED_OTHER, SCHED_FIFO, SCHED_RR, SCHED_BATCH, SCHED_IDLE, SCHED_DEADLINE].includes(base)) return -E.INVAL;
  if (base === SCHED_FIFO || base === SCHED_RR) return priority < 1 || priority > 99 ? -E.INVAL : -E.PERM;
  if (base === SCHED_DEADLINE) return -E.INVAL;
  return priority !== 0 ? -E.INVAL : 0;
}

export function sysSchedSetscheduler(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  return setScheduler(k, Number(BigInt.asIntN(32, a[0]!)), Number(BigInt.asIntN(32, a[1]!)), a[2]!);
}

export function sysSchedSetparam(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  return setScheduler(k, Number(BigInt.asIntN(32, a[0]!)), SCHED_OTHER, a[1]!);
}

export function sysSchedPriorityMax(_k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const policy = Number(BigInt.asIntN(32, a[0]!));
  if (policy === SCHED_FIFO || policy === SCHED_RR) return 99;
  return [SCHED_OTHER, SCHED_BATCH, SCHED_IDLE, SCHED_DEADLINE].includes(policy) ? 0 : -E.INVAL;
}

export function sysSchedPriorityMin(_k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const policy = Number(BigInt.asIntN(32, a[0]!));
  if (policy === SCHED_FIFO || policy === SCHED_RR) return 1;
  return [SCHED_OTHER, SCHED_BATCH, SCHED_IDLE, SCHED_DEADLINE].includes(policy) ? 0 : -E.INVAL;
}

/** sched_rr_get_interval: 0 for SCHED_OTHER tasks. */
export function sysSchedRrGetInterval(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const pid = Number(BigInt.asIntN(32, a[0]!));
  if (pid < 0) return -E.INVAL;
  if (!liveProcessKernel(k, pid) && !isKnownTask(k, pid)) return -E.SRCH;
  return k.writeUser(a[1]!, new Uint8Array(16));
}

/** mlock/munlock/mlock2: the range must be mapped (ENOMEM); locking changes nothing in an emulator. */
export function sysMlock(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const start = BigInt.asUintN(64, a[0]!) & ~0xfffn & 0x00ffffffffffffffn;
  const end = (BigInt.asUintN(64, a[0]!) & 0x00ffffffffffffffn) + BigInt.asUintN(64, a[1]!);
  return k.addressSpace.fullyMapped(start, (end + 0xfffn) & ~0xfffn) ? 0 : -E.NOMEM;
}

export function sysMlock2(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  if ((a[2]! & ~1n) !== 0n) return -E.INVAL; // MLOCK_ONFAULT
  return sysMlock(k, a);
}

export function sysMlockall(_k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const flags = Number(a[0]! & 0xffffffffn);
  if (flags === 0 || (flags & ~7) !== 0 || flags === 4) return -E.INVAL; // MCL_CURRENT 1, MCL_FUTURE 2, MCL_ONFAULT 4
  return 0;
}

export function sysMunlockall(): SyscallOutcome {
  return 0;
}
