// File maintenance calls a C program makes on files it has open or names: fsync, fdatasync, sync, syncfs, flock,
// fallocate, fchmod, fchmodat, utimensat (futimens) and times. Errno choices follow Linux (EBADF for a bad
// descriptor, EINVAL for pipes and other files that cannot be synced, ESPIPE for fallocate on a pipe, EROFS for
// read-only roots). Syncing writes a file's shared-mapping pages into it (sharedMemory.ts). flock is in locks.ts;
// mode changes apply to tmpfs files (host files keep their host mode); times of host files stay the host's.
import { E, SIG } from '../constants.js';
import type { Kernel, SyscallOutcome } from '../kernel.js';
import { O_NONBLOCK, O_PATH, type OpenFile } from '../files.js';
import { GUEST_PID } from './process.js';
import { StructWriter } from '../text.js';
import type { Pipe, VNode } from '../vfs/nodes.js';
import { blockedForever, fdArg, isRegular, releaseIfUnused, writeData } from './io.js';
import { startOf, vfsOf } from './vfsAccess.js';

const AT_SYMLINK_NOFOLLOW = 0x100;
const AT_EMPTY_PATH = 0x1000;

function openNode(k: Kernel, fd: bigint, allowPath = false): VNode | number {
  const file = k.files.get(fdArg(fd));
  if (!file || (!allowPath && (file.flags & O_PATH) !== 0)) return -E.BADF;
  return file.node;
}

function syncable(node: VNode): boolean {
  return node.t !== 'pipe' && node.t !== 'std' && node.t !== 'anon';
}

/** fsync(fd) and fdatasync(fd). */
export function sysFsync(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const node = openNode(k, a[0]!);
  if (typeof node === 'number') return node;
  if (!syncable(node)) return -E.INVAL;
  vfsOf(k).flushShared(k, node);
  return 0;
}

export function sysSync(k: Kernel): SyscallOutcome {
  k.files.vfs?.flushAll(k);
  return 0;
}

export function sysSyncfs(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const node = openNode(k, a[0]!);
  if (typeof node === 'number') return node;
  k.files.vfs?.flushAll(k);
  return 0;
}

const FALLOC_FL_KEEP_SIZE = 1;
const FALLOC_FL_PUNCH_HOLE = 2;

/**
 * FALLOC_FL_PUNCH_HOLE (with KEEP_SIZE, as fallocate(2) requires): the range within the file reads as zeros, and the
 * pages of its shared mappings there start again with tag 0, as freed pages do (shmem_fallocate). The size stays.
 */
export function punchHole(k: Kernel, node: VNode, offset: bigint, length: bigint): number {
  const vfs = vfsOf(k);
  const size = BigInt(vfs.size(k, node));
  const end = offset + length < size ? offset + length : size;
  if (end <= offset) return 0;
  const store = vfs.storeFor(k, node, false);
  // The shared pages first (so that the write's flush does not put their bytes back), then the file.
  if (store) for (const [index, page] of store.pages) {
    const at = BigInt(index) * 4096n;
    const from = offset > at ? offset - at : 0n;
    const to = end < at + 4096n ? end - at : 4096n;
    if (from >= to) continue;
    page.data.fill(0, Number(from), Number(to));
    if (from === 0n && to === 4096n) page.tags?.fill(0);
  }
  const r = vfs.write(k, node, Number(offset), new Uint8Array(Number(end - offset)));
  return r < 0 ? r : 0;
}

/** fallocate(fd, mode, offset, len): mode 0 grows the file to offset + len; KEEP_SIZE changes nothing visible. */
export function sysFallocate(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const file = k.files.get(fdArg(a[0]!));
  if (!file || (file.flags & O_PATH) !== 0) return -E.BADF;
  const mode = Number(a[1]! & 0xffffffffn);
  const offset = BigInt.asIntN(64, a[2]!);
  const length = BigInt.asIntN(64, a[3]!);
  if (offset < 0n || length <= 0n) return -E.INVAL;
  if (!file.writable) return -E.BADF;
  const node = file.node;
  if (node.t === 'pipe' || node.t === 'std') return -E.SPIPE;
  if (!isRegular(k, node)) return node.t === 'tmp' && node.node.kind === 'directory' ? -E.ISDIR : -E.NODEV;
  const vfs = vfsOf(k);
  if (mode === (FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE)) return punchHole(k, node, offset, length);
  if ((mode & ~FALLOC_FL_KEEP_SIZE) !== 0) return -E.OPNOTSUPP;
  if (mode === FALLOC_FL_KEEP_SIZE) return 0;
  const end = offset + length;
  if (end > BigInt(k.memoryLimitBytes) && node.t === 'tmp') return -E.NOSPC;
  if (end > BigInt(vfs.size(k, node))) return vfs.truncate(k, node, Number(end));
  return 0;
}

/** A path argument (or, with AT_EMPTY_PATH and '', the descriptor) resolved to a node. */
function nodeAt(k: Kernel, dirfd: bigint, pathPointer: bigint, flags: number): VNode | number {
  if (pathPointer === 0n) return openNode(k, dirfd, true);
  const name = k.readUserString(pathPointer);
  if (typeof name === 'number') return name;
  if (name === '') return (flags & AT_EMPTY_PATH) !== 0 ? openNode(k, dirfd, true) : -E.NOENT;
  const start = startOf(k, fdArg(dirfd), name);
  if (typeof start === 'number') return start;
  const located = vfsOf(k).resolve(k, start, name, (flags & AT_SYMLINK_NOFOLLOW) === 0);
  return typeof located === 'number' ? located : located.node;
}

function chmodNode(k: Kernel, node: VNode, mode: number): SyscallOutcome {
  const vfs = vfsOf(k);
  const denied = vfs.writeDenied(node);
  if (node.t === 'tmp') {
    node.node.mode = (node.node.mode & ~0o7777) | (mode & 0o7777);
    node.node.timeNs = k.now();
    return 0;
  }
  if (node.t === 'std' || node.t === 'pipe' || node.t === 'anon') return 0;
  return denied !== 0 ? denied : 0;
}

export function sysFchmod(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const node = openNode(k, a[0]!);
  if (typeof node === 'number') return node;
  return chmodNode(k, node, Number(a[1]! & 0xffffffffn));
}

/** fchmodat(dirfd, path, mode) (the system call has no flags argument). */
export function sysFchmodat(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  if (a[1] === 0n) return -E.FAULT;
  const node = nodeAt(k, a[0]!, a[1]!, 0);
  if (typeof node === 'number') return node;
  return chmodNode(k, node, Number(a[2]! & 0xffffffffn));
}

const UTIME_NOW = (1n << 30n) - 1n;
const UTIME_OMIT = (1n << 30n) - 2n;

/** utimensat(dirfd, path, times, flags); path NULL is futimens(dirfd). */
export function sysUtimensat(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const flags = Number(a[3]! & 0xffffffffn);
  if ((flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)) !== 0) return -E.INVAL;
  let mtime: bigint | undefined = k.now();
  if (a[2] !== 0n) {
    const raw = k.readUser(a[2]!, 32);
    if (typeof raw === 'number') return raw;
    const v = new DataView(raw.buffer, raw.byteOffset, 32);
    const [as, an, ms, mn] = [0, 8, 16, 24].map((o) => v.getBigInt64(o, true));
    for (const [s, n] of [[as!, an!], [ms!, mn!]] as const) {
      if (n !== UTIME_NOW && n !== UTIME_OMIT && (n < 0n || n >= 1_000_000_000n)) return -E.INVAL;
      void s;
    }
    mtime = mn === UTIME_OMIT ? undefined : mn === UTIME_NOW ? k.now() : ms! * 1_000_000_000n + mn!;
  }
  const node = nodeAt(k, a[0]!, a[1]!, flags);
  if (typeof node === 'number') return node;
  const denied = vfsOf(k).writeDenied(node);
  if (node.t === 'tmp') {
    if (mtime !== undefined) node.node.timeNs = mtime;
    return 0;
  }
  return node.t === 'host' ? denied : 0;
}

/** times(buf): user time is the instructions executed (1 ns each) in clock ticks (100 per second). */
export function sysTimes(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const ticks = (ns: bigint) => ns / 10_000_000n;
  if (a[0] !== 0n) {
    const r = k.writeUser(a[0]!, new StructWriter(32).u64(0, ticks(BigInt(k.machine.instructionCount))).bytes);
    if (r !== 0) return r;
  }
  return ticks(k.now()) & 0x7fffffffffffn;
}

/** fchown(fd, uid, gid) / fchownat(dirfd, path, uid, gid, flags): only to the guest's own ids (or -1); else EPERM. */
function chownCheck(a: bigint, b: bigint): number {
  const ok = (x: bigint) => { const v = Number(BigInt.asIntN(32, x)); return v === -1 || v === 1000; };
  return ok(a) && ok(b) ? 0 : -E.PERM;
}

export function sysFchown(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const node = openNode(k, a[0]!);
  if (typeof node === 'number') return node;
  return chownCheck(a[1]!, a[2]!);
}

export function sysFchownat(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const flags = Number(a[4]! & 0xffffffffn);
  if ((flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)) !== 0) return -E.INVAL;
  if (a[1] === 0n) return -E.FAULT;
  const node = nodeAt(k, a[0]!, a[1]!, flags);
  if (typeof node === 'number') return node;
  return chownCheck(a[2]!, a[3]!);
}

/** struct statfs for the file system holding a node: tmpfs for the in-memory folders, ext4-like for host roots. */
function statfsBytes(k: Kernel, node: VNode): Uint8Array {
  const tmp = node.t === 'tmp' || node.t === 'pipe' || node.t === 'anon' || node.t === 'sock';
  const blocks = BigInt(Math.floor(k.memoryLimitBytes / 4096));
  const used = BigInt(Math.floor(k.machine.memoryInUseBytes / 4096));
  const free = blocks > used ? blocks - used : 0n;
  return new StructWriter(120)
    .u64(0, tmp ? 0x01021994n : node.t === 'proc' ? 0x9fa0n : 0xef53n) // TMPFS_MAGIC, PROC_SUPER_MAGIC, EXT4
    .u64(8, 4096n).u64(16, blocks).u64(24, free).u64(32, free).u64(40, 1n << 20n).u64(48, 1n << 19n)
    .u64(64, 255n).u64(72, 4096n).bytes;
}

export function sysFstatfs(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const node = openNode(k, a[0]!, true);
  if (typeof node === 'number') return node;
  return k.writeUser(a[1]!, statfsBytes(k, node));
}

export function sysStatfs(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const node = nodeAt(k, BigInt(-100), a[0]!, 0);
  if (typeof node === 'number') return node;
  return k.writeUser(a[1]!, statfsBytes(k, node));
}

/** fadvise64(fd, offset, len, advice): advice is only checked. */
export function sysFadvise64(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const node = openNode(k, a[0]!);
  if (typeof node === 'number') return node;
  if (node.t === 'pipe' || node.t === 'std' || node.t === 'sock') return -E.SPIPE;
  const advice = Number(BigInt.asIntN(32, a[3]!));
  if (advice < 0 || advice > 5 || BigInt.asIntN(64, a[2]!) < 0n) return -E.INVAL;
  return 0;
}

/** close_range(first, last, flags): CLOSE_RANGE_CLOEXEC (4) marks instead of closing; CLOSE_RANGE_UNSHARE (2) is accepted. */
export function sysCloseRange(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const first = Number(a[0]! & 0xffffffffn);
  const last = Number(a[1]! & 0xffffffffn);
  const flags = Number(a[2]! & 0xffffffffn);
  if ((flags & ~6) !== 0 || first > last) return -E.INVAL;
  for (const fd of k.files.descriptors()) {
    if (fd < first || fd > last) continue;
    if ((flags & 4) !== 0) k.files.setCloseOnExec(fd, true);
    else releaseIfUnused(k, k.files.remove(fd));
  }
  return 0;
}

/** mincore(addr, length, vec): every mapped page is resident (1); ENOMEM for unmapped pages, EINVAL if unaligned. */
export function sysMincore(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const start = BigInt.asUintN(64, a[0]!);
  if ((start & 0xfffn) !== 0n) return -E.INVAL;
  const length = BigInt.asUintN(64, a[1]!);
  const end = (start + length + 0xfffn) & ~0xfffn;
  if (!k.addressSpace.fullyMapped(start, end)) return -E.NOMEM;
  const pages = Number((end - start) / 4096n);
  return pages === 0 ? 0 : k.writeUser(a[2]!, new Uint8Array(pages).fill(1));
}

/** membarrier(cmd, flags, cpu): one CPU runs everything, so every barrier is already there. */
export function sysMembarrier(_k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const cmd = Number(BigInt.asIntN(32, a[0]!));
  const supported = 1 | 2 | 4 | 8 | 16; // GLOBAL, GLOBAL_EXPEDITED, REGISTER_GLOBAL_EXPEDITED, PRIVATE_EXPEDITED, REGISTER_PRIVATE_EXPEDITED
  if ((a[1]! & 0xffffffffn) !== 0n) return -E.INVAL;
  if (cmd === 0) return supported;
  return (cmd & supported) === cmd && (cmd & (cmd - 1)) === 0 ? 0 : -E.INVAL;
}

/** personality(persona): PER_LINUX; 0xffffffff queries. */
export function sysPersonality(_k: Kernel, a: readonly bigint[]): SyscallOutcome {
  void a;
  return 0;
}

/** getresuid / getresgid: real, effective and saved ids are the guest's. */
export function sysGetresid(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  for (const p of [a[0]!, a[1]!, a[2]!]) {
    const r = k.writeUser(p, new StructWriter(4).u32(0, 1000).bytes);
    if (r !== 0) return r;
  }
  return 0;
}

const MAX_RW = 0x7ffff000;

/** An offset argument pointer: the offset (or undefined for NULL), or -errno. */
function offsetArg(k: Kernel, pointer: bigint): number | undefined | { error: number } {
  if (pointer === 0n) return undefined;
  const raw = k.readUser(pointer, 8);
  if (typeof raw === 'number') return { error: raw };
  const v = new DataView(raw.buffer, raw.byteOffset, 8).getBigInt64(0, true);
  return v < 0n ? { error: -E.INVAL } : Number(v);
}

/**
 * sendfile(out_fd, in_fd, offset, count): bytes of a regular file (at *offset, which is advanced, or at and
 * advancing its position) written to any writable file (a pipe, socket, stdout or another file).
 */
export function sysSendfile(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const out = k.files.get(fdArg(a[0]!));
  const input = k.files.get(fdArg(a[1]!));
  if (!out || !input || (out.flags & O_PATH) !== 0 || (input.flags & O_PATH) !== 0) return -E.BADF;
  if (!input.readable || !out.writable) return -E.BADF;
  if (!isRegular(k, input.node) || input.node.t === 'proc') return -E.INVAL;
  const offset = offsetArg(k, a[2]!);
  if (typeof offset === 'object') return offset.error;
  const count = Number(a[3]! > BigInt(MAX_RW) ? BigInt(MAX_RW) : a[3]!);
  const at = offset ?? input.position;
  const bytes = vfsOf(k).read(k, input.node, at, count);
  if (typeof bytes === 'number') return bytes;
  if (bytes.length === 0) return 0;
  const r = writeData(k, fdArg(a[0]!), out, bytes);
  const n = typeof r === 'number' ? r : typeof r === 'object' && 'value' in r ? Number(r.value) : -1;
  if (n > 0) {
    if (offset === undefined) input.position = at + n;
    else {
      const w = k.writeUser(a[2]!, new StructWriter(8).u64(0, BigInt(at + n)).bytes);
      if (w !== 0) return w;
    }
  }
  return r;
}

/** copy_file_range(fd_in, off_in, fd_out, off_out, len, flags): between regular files; flags must be 0. */
export function sysCopyFileRange(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  if ((a[5]! & 0xffffffffn) !== 0n) return -E.INVAL;
  const input = k.files.get(fdArg(a[0]!));
  const out = k.files.get(fdArg(a[2]!));
  if (!out || !input || !input.readable || !out.writable) return -E.BADF;
  if ((out.flags & 0x400) !== 0) return -E.BADF; // O_APPEND
  if (!isRegular(k, input.node) || !isRegular(k, out.node)) return -E.INVAL;
  const inOffset = offsetArg(k, a[1]!);
  if (typeof inOffset === 'object') return inOffset.error;
  const outOffset = offsetArg(k, a[3]!);
  if (typeof outOffset === 'object') return outOffset.error;
  const count = Number(a[4]! > BigInt(MAX_RW) ? BigInt(MAX_RW) : a[4]!);
  const from = inOffset ?? input.position;
  const to = outOffset ?? out.position;
  const vfs = vfsOf(k);
  const bytes = vfs.read(k, input.node, from, count);
  if (typeof bytes === 'number') return bytes;
  if (bytes.length === 0) return 0;
  const n = vfs.write(k, out.node, to, bytes);
  if (n < 0) return n;
  if (inOffset === undefined) input.position = from + n;
  else { const w = k.writeUser(a[1]!, new StructWriter(8).u64(0, BigInt(from + n)).bytes); if (w !== 0) return w; }
  if (outOffset === undefined) out.position = to + n;
  else { const w = k.writeUser(a[3]!, new StructWriter(8).u64(0, BigInt(to + n)).bytes); if (w !== 0) return w; }
  return n;
}

const SPLICE_F_NONBLOCK = 2;

/** The pipe an open file reads or writes, if it is a pipe (a FIFO's too). */
function pipeOf(file: OpenFile): Pipe | undefined {
  return file.node.t === 'pipe' ? file.node.pipe : undefined;
}

/** The bytes written by a writeData outcome (0 for none), or the outcome to return when it wrote nothing. */
function writtenCount(r: SyscallOutcome): number | SyscallOutcome {
  if (typeof r === 'number') return r;
  if (typeof r === 'bigint') return Number(r);
  return r;
}

/**
 * splice(fd_in, off_in, fd_out, off_out, len, flags) (splice(2)): moves bytes from a pipe to any writable file, or
 * from a file to a pipe; a pipe's offset must be NULL (ESPIPE); neither end a pipe is EINVAL. An empty pipe whose
 * writers are gone gives 0; SPLICE_F_NONBLOCK or O_NONBLOCK pipes give EAGAIN instead of waiting.
 */
export function sysSplice(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const inFd = fdArg(a[0]!);
  const outFd = fdArg(a[2]!);
  const input = k.files.get(inFd);
  const out = k.files.get(outFd);
  if (!input || !out || (input.flags & O_PATH) !== 0 || (out.flags & O_PATH) !== 0) return -E.BADF;
  if (!input.readable || !out.writable) return -E.BADF;
  const flags = Number(a[5]! & 0xffffffffn);
  const count = Number(a[4]! > BigInt(MAX_RW) ? BigInt(MAX_RW) : a[4]!);
  const inPipe = pipeOf(input);
  const outPipe = pipeOf(out);
  if (!inPipe && !outPipe) return -E.INVAL;
  if ((inPipe && a[1] !== 0n) || (outPipe && a[3] !== 0n)) return -E.SPIPE;
  if (inPipe && inPipe === outPipe) return -E.INVAL;
  if (count === 0) return 0;
  const nonblocking = (flags & SPLICE_F_NONBLOCK) !== 0;
  if (inPipe) {
    if (inPipe.buffer.length === 0) {
      if (inPipe.writers === 0) return 0;
      if (nonblocking || (input.flags & O_NONBLOCK) !== 0) return -E.AGAIN;
      return blockedForever(k, `splice(${inFd}) from an empty pipe whose write end is still open`);
    }
    const offset = outPipe ? undefined : offsetArg(k, a[3]!);
    if (typeof offset === 'object') return offset.error;
    const bytes = inPipe.peek(count);
    const r = writeData(k, outFd, out, bytes, offset, nonblocking);
    const n = writtenCount(r);
    if (typeof n !== 'number' || n <= 0) return r;
    inPipe.take(n);
    if (offset !== undefined) {
      const w = k.writeUser(a[3]!, new StructWriter(8).u64(0, BigInt(offset + n)).bytes);
      if (w !== 0) return w;
    }
    return n;
  }
  // A file into a pipe.
  if (!isRegular(k, input.node) && input.node.t !== 'dev') return -E.INVAL;
  const offset = offsetArg(k, a[1]!);
  if (typeof offset === 'object') return offset.error;
  const at = offset ?? input.position;
  const space = outPipe!.capacity - outPipe!.buffer.length;
  if (outPipe!.readers === 0) return { value: -E.PIPE, signal: { signal: SIG.PIPE, code: 0, address: 0n, senderPid: GUEST_PID } };
  if (space === 0) {
    if (nonblocking || (out.flags & O_NONBLOCK) !== 0) return -E.AGAIN;
    return blockedForever(k, `splice(${outFd}) into a full pipe that nothing else can read`);
  }
  const bytes = input.node.t === 'dev' ? (input.node.name === 'zero' ? new Uint8Array(Math.min(count, space)) : k.random.bytes(Math.min(count, space)))
    : vfsOf(k).read(k, input.node, at, Math.min(count, space));
  if (typeof bytes === 'number') return bytes;
  if (bytes.length === 0) return 0;
  outPipe!.put(bytes);
  if (offset === undefined) input.position = at + bytes.length;
  else {
    const w = k.writeUser(a[1]!, new StructWriter(8).u64(0, BigInt(at + bytes.length)).bytes);
    if (w !== 0) return w;
  }
  return bytes.length;
}

/** tee(fd_in, fd_out, len, flags) (tee(2)): copies bytes between two pipes without taking them from the first. */
export function sysTee(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const input = k.files.get(fdArg(a[0]!));
  const out = k.files.get(fdArg(a[1]!));
  if (!input || !out) return -E.BADF;
  const inPipe = pipeOf(input);
  const outPipe = pipeOf(out);
  if (!inPipe || !outPipe || inPipe === outPipe || !input.readable || !out.writable) return -E.INVAL;
  const count = Number(a[2]! > BigInt(MAX_RW) ? BigInt(MAX_RW) : a[2]!);
  const nonblocking = (Number(a[3]! & 0xffffffffn) & SPLICE_F_NONBLOCK) !== 0;
  if (count === 0) return 0;
  if (inPipe.buffer.length === 0) {
    if (inPipe.writers === 0) return 0;
    if (nonblocking || (input.flags & O_NONBLOCK) !== 0) return -E.AGAIN;
    return blockedForever(k, `tee(${fdArg(a[0]!)}) from an empty pipe whose write end is still open`);
  }
  if (outPipe.readers === 0) return { value: -E.PIPE, signal: { signal: SIG.PIPE, code: 0, address: 0n, senderPid: GUEST_PID } };
  const space = outPipe.capacity - outPipe.buffer.length;
  if (space === 0) {
    if (nonblocking || (out.flags & O_NONBLOCK) !== 0) return -E.AGAIN;
    return blockedForever(k, `tee(${fdArg(a[1]!)}) into a full pipe that nothing else can read`);
  }
  const bytes = inPipe.peek(Math.min(count, space));
  outPipe.put(bytes);
  return bytes.length;
}
