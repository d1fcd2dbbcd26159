// Descriptor system calls: read/write and their vector and positional forms, lseek, close, dup/dup3, fcntl,
// ioctl, pipe2 and memfd_create, over the open files of files.ts and the nodes of vfs/. The standard streams go
// to HostIO. A pipe lives inside the one process: a read of an empty pipe whose write end is still open (or a
// write to a full one) would wait forever in Linux, since no other thread or process can change it; the
// emulator ends the process with a diagnostic instead (O_NONBLOCK gives EAGAIN, as in Linux).
import { anonRead, anonWrite } from './events.js';
import { E, SIG } from '../constants.js';
import {
  O_ACCMODE, O_APPEND, O_ASYNC, O_CLOEXEC, O_DIRECT, O_LARGEFILE, O_NOATIME, O_NONBLOCK, O_PATH, O_RDONLY, O_RDWR, O_WRONLY,
  OpenFile,
} from '../files.js';
import type { Kernel, SyscallOutcome } from '../kernel.js';
import { StructWriter, readU64 } from '../text.js';
import { PIPE_BUF, type VNode } from '../vfs/nodes.js';
import { hashPath, isGeneratedFile } from '../vfs/vfs.js';
import { GUEST_PID } from './process.js';
import { schedulerOf } from '../threads.js';
import { vfsOf } from './vfsAccess.js';
import { readStdinStream, stdinBuffered, stdinFileOf } from '../stdin.js';
import { closeSocket } from './unixSockets.js';
import { F_GETLK, F_OFD_GETLK, F_OFD_SETLK, F_OFD_SETLKW, F_SETLK, F_SETLKW, fcntlLock, locksOnClose } from './locks.js';

const IOV_MAX = 1024;
const MAX_TRANSFER = 0x7ffff000;
const F_SEAL_SEAL = 1;
const F_SEAL_SHRINK = 2;
const F_SEAL_GROW = 4;
const F_SEAL_WRITE = 8;
const F_SEAL_FUTURE_WRITE = 16;
const SI_KERNEL = 0x80;

export function fdArg(x: bigint): number {
  return Number(BigInt.asIntN(32, x));
}

function countArg(x: bigint): number {
  return x > BigInt(MAX_TRANSFER) ? MAX_TRANSFER : Number(x);
}

/** Whether a node holds seekable file contents (regular files of any file system). */
export function isRegular(k: Kernel, node: VNode): boolean {
  if (node.t === 'image') return true;
  if (node.t === 'tmp') return node.node.kind === 'file';
  if (node.t === 'host') return vfsOf(k).typeOf(k, node) === 'file';
  return node.t === 'proc' && isGeneratedFile(node.name);
}

/**
 * Ends the process because it would wait forever: nothing else in a single-threaded process can wake it.
 * Linux would hang; the emulator reports it and ends the run (SIGKILL) so that no run hangs.
 */
export function blockedForever(k: Kernel, what: string): SyscallOutcome {
  // With other threads or processes, the caller waits for them and tries again (threads.ts).
  const sched = schedulerOf(k);
  if (sched) return sched.blockAndRetry(k, what);
  k.diagnostics.push(`${what} would wait forever: the process has a single thread, so nothing can wake it; the emulator ended the process (SIGKILL)`);
  return { value: -E.INTR, signal: { signal: SIG.KILL, code: SI_KERNEL, address: 0n, forced: true } };
}

/** Reads up to `count` bytes from an open file into guest memory at `buffer`. */
function readInto(k: Kernel, fd: number, file: OpenFile, buffer: bigint, count: number, position?: number, nonblocking = false, peek = false): SyscallOutcome {
  if (!file.readable) return -E.BADF;
  const node = file.node;
  if (node.t === 'synth' || (node.t === 'tmp' && node.node.kind === 'directory') || (node.t === 'dev' && node.name === '')
    || (node.t === 'proc' && vfsOf(k).typeOf(k, node) === 'directory')) return -E.ISDIR;
  if (count === 0) return 0;
  if (node.t === 'anon') return anonRead(k, fd, file, buffer, count);
  const address = k.userAddress(buffer);
  // Like copy_to_user, transfer as much as the buffer takes; nothing at all is EFAULT.
  const room = k.userPrefix(buffer, count, true);
  if (address === undefined || room === 0) return -E.FAULT;
  count = room;
  let bytes: Uint8Array;
  switch (node.t) {
    case 'std': {
      if (node.stream !== 0) return -E.BADF;
      const stdinFile = stdinFileOf(k.host);
      if (stdinFile) {
        // `prog < file`: a regular file, read at the description's position (or pread's).
        const at = position ?? file.position;
        bytes = stdinFile.read(at, count);
        if (position === undefined) file.position += bytes.length;
        break;
      }
      const input = readStdinStream(k.host, vfsOf(k), count);
      if (input === undefined) {
        // Nothing available yet: stop, and execute the SVC again when resumed.
        k.machine.setPC(k.machine.getPC() - 4n);
        return { stop: { kind: 'waitingForInput', pc: k.machine.getPC() } };
      }
      bytes = input.subarray(0, count);
      break;
    }
    case 'pipe': case 'sock': {
      const pipe = node.t === 'pipe' ? node.pipe : node.rx;
      // A stream or seqpacket socket that is not connected (or listens) has nothing to read: EINVAL, as Linux.
      if (node.t === 'sock' && node.sock.state !== 'connected' && !node.sock.ownQueue) return -E.INVAL;
      if (node.t === 'sock' && node.sock.shutRead) return 0;
      if (pipe.buffer.length === 0 && !(pipe.records && pipe.records.length > 0)) {
        if (pipe.writers === 0) return 0;
        if ((file.flags & O_NONBLOCK) !== 0 || nonblocking) return -E.AGAIN;
        return blockedForever(k, node.t === 'pipe' ? `read(${fd}) from an empty pipe whose write end is still open` : `read(${fd}) from a socket whose peer is still open`);
      }
      bytes = peek ? pipe.peek(count) : pipe.take(count);
      break;
    }
    case 'dev':
      if (node.name === 'null') bytes = new Uint8Array(0);
      else if (node.name === 'zero' || node.name === 'full') bytes = new Uint8Array(count);
      else bytes = k.random.bytes(count);
      break;
    case 'proc': {
      const content = file.content ?? new Uint8Array(0);
      const at = position ?? file.position;
      bytes = content.slice(Math.min(at, content.length), Math.min(at + count, content.length));
      if (position === undefined) file.position += bytes.length;
      break;
    }
    default: {
      const at = position ?? file.position;
      const r = vfsOf(k).read(k, node, at, count);
      if (typeof r === 'number') return r;
      bytes = r;
      if (position === undefined) file.position += bytes.length;
    }
  }
  k.machine.writeMemory(address, bytes);
  return bytes.length;
}

/** Writes `count` bytes from guest memory to an open file. */
function writeFrom(k: Kernel, fd: number, file: OpenFile, buffer: bigint, count: number, position?: number, nonblocking = false, noSignal = false): SyscallOutcome {
  if (!file.writable) return -E.BADF;
  if (count === 0) return 0;
  if (file.node.t === 'anon') return anonWrite(k, fd, file, buffer, count);
  // Like copy_from_user, a buffer that becomes inaccessible part way gives a short write.
  const usable = k.userPrefix(buffer, count, false);
  const address = k.userAddress(buffer);
  if (address === undefined || usable === 0) return -E.FAULT;
  return writeData(k, fd, file, k.machine.readMemory(address, usable).data, position, nonblocking, noSignal);
}

/** Writes bytes (already taken from guest memory, or from another file for sendfile) to an open file. */
export function writeData(k: Kernel, fd: number, file: OpenFile, data: Uint8Array, position?: number, nonblocking = false, noSignal = false): SyscallOutcome {
  let bytes = data;
  const node = file.node;
  switch (node.t) {
    case 'std': {
      const written = node.stream === 1 ? k.host.writeStdout(bytes.slice()) : node.stream === 2 ? k.host.writeStderr(bytes.slice()) : undefined;
      if (node.stream !== 1 && node.stream !== 2) return -E.BADF;
      // The host stream was closed (a pipe whose reader went away): EPIPE and SIGPIPE, as for a pipe.
      if (written === false) return noSignal ? -E.PIPE : { value: -E.PIPE, signal: { signal: SIG.PIPE, code: 0, address: 0n, senderPid: GUEST_PID } };
      return bytes.length;
    }
    case 'pipe': case 'sock': {
      const pipe = node.t === 'pipe' ? node.pipe : node.tx;
      if (node.t === 'sock' && node.sock.state !== 'connected') return -E.NOTCONN;
      // A datagram socket whose peer is gone refuses (ECONNREFUSED, no SIGPIPE); others break the pipe.
      if (node.t === 'sock' && node.sock.type === 2 && pipe.readers === 0 && !node.sock.shutWrite) return -E.CONNREFUSED;
      if (pipe.readers === 0 || (node.t === 'sock' && node.sock.shutWrite)) {
        return noSignal ? -E.PIPE : { value: -E.PIPE, signal: { signal: SIG.PIPE, code: 0, address: 0n, senderPid: GUEST_PID } };
      }
      const space = pipe.capacity - pipe.buffer.length;
      // A message (datagram, seqpacket) goes whole or not at all.
      if (pipe.records && bytes.length > pipe.capacity) return -E.MSGSIZE;
      if (space === 0 || ((bytes.length <= PIPE_BUF || pipe.records) && space < bytes.length)) {
        if ((file.flags & O_NONBLOCK) !== 0 || nonblocking) return -E.AGAIN;
        return blockedForever(k, node.t === 'pipe' ? `write(${fd}) to a full pipe that nothing else can read` : `write(${fd}) to a full socket that nothing else can read`);
      }
      bytes = bytes.subarray(0, Math.min(space, bytes.length));
      pipe.put(bytes);
      return bytes.length;
    }
    case 'dev':
      return node.name === 'full' ? -E.NOSPC : bytes.length;
    default: {
      const vfs = vfsOf(k);
      const append = (file.flags & O_APPEND) !== 0;
      // Linux appends on an O_APPEND file even for pwrite.
      const at = append ? vfs.size(k, node) : position ?? file.position;
      if (node.t === 'tmp') {
        const size = node.node.size;
        const seals = node.node.seals;
        if ((seals & (F_SEAL_WRITE | F_SEAL_FUTURE_WRITE)) !== 0) return -E.PERM;
        if ((seals & F_SEAL_GROW) !== 0 && at + bytes.length > size) {
          if (at >= size) return -E.PERM;
          bytes = bytes.subarray(0, size - at);
        }
      }
      const r = vfs.write(k, node, at, bytes);
      if (r < 0) return r;
      if (position === undefined) file.position = at + r;
      return r;
    }
  }
}

export function sysRead(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const fd = fdArg(a[0]!);
  const file = k.files.get(fd);
  if (!file) return -E.BADF;
  return readInto(k, fd, file, a[1]!, countArg(a[2]!));
}

export function sysWrite(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const fd = fdArg(a[0]!);
  const file = k.files.get(fd);
  if (!file) return -E.BADF;
  return writeFrom(k, fd, file, a[1]!, countArg(a[2]!));
}

/** Checks for pread64/pwrite64: a seekable file and a non-negative offset. */
function positional(k: Kernel, file: OpenFile, offsetArg: bigint): number {
  const node = file.node;
  const stdinIsFile = node.t === 'std' && node.stream === 0 && stdinFileOf(k.host) !== undefined;
  if (!stdinIsFile && (node.t === 'pipe' || node.t === 'std' || node.t === 'anon' || node.t === 'sock')) return -E.SPIPE;
  const offset = BigInt.asIntN(64, offsetArg);
  if (stdinIsFile) return offset < 0n ? -E.INVAL : Number(offset > BigInt(Number.MAX_SAFE_INTEGER) ? BigInt(Number.MAX_SAFE_INTEGER) : offset);
  if (offset < 0n) return -E.INVAL;
  if (node.t === 'dev') return 0;
  if (!isRegular(k, node)) {
    const type = vfsOf(k).typeOf(k, node);
    return type === 'directory' ? -E.ISDIR : -E.INVAL;
  }
  return Number(offset > BigInt(Number.MAX_SAFE_INTEGER) ? BigInt(Number.MAX_SAFE_INTEGER) : offset);
}

export function sysPread64(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const fd = fdArg(a[0]!);
  const file = k.files.get(fd);
  if (!file) return -E.BADF;
  if (!file.readable) return -E.BADF;
  const at = positional(k, file, a[3]!);
  if (at < 0) return at;
  return readInto(k, fd, file, a[1]!, countArg(a[2]!), at);
}

export function sysPwrite64(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const fd = fdArg(a[0]!);
  const file = k.files.get(fd);
  if (!file) return -E.BADF;
  if (!file.writable) return -E.BADF;
  const at = positional(k, file, a[3]!);
  if (at < 0) return at;
  return writeFrom(k, fd, file, a[1]!, countArg(a[2]!), at);
}

/** The (base, length) pairs of an iovec array, or an errno. */
function iovecs(k: Kernel, pointer: bigint, countArgument: bigint): [bigint, number][] | number {
  const count = Number(BigInt.asIntN(32, countArgument));
  if (count < 0 || count > IOV_MAX) return -E.INVAL;
  if (count === 0) return [];
  const raw = k.readUser(pointer, count * 16);
  if (typeof raw === 'number') return raw;
  const out: [bigint, number][] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    const length = readU64(raw, 16 * i + 8);
    if (length > 0x7fffffffffffffffn) return -E.INVAL;
    const n = countArg(length);
    total += n;
    if (total > MAX_TRANSFER) return -E.INVAL;
    out.push([readU64(raw, 16 * i), n]);
  }
  return out;
}

function vectored(k: Kernel, a: readonly bigint[], write: boolean): SyscallOutcome {
  const fd = fdArg(a[0]!);
  const file = k.files.get(fd);
  if (!file) return -E.BADF;
  if (write ? !file.writable : !file.readable) return -E.BADF;
  const vec = iovecs(k, a[1]!, a[2]!);
  if (typeof vec === 'number') return vec;
  let done = 0;
  for (const [base, length] of vec) {
    if (length === 0) continue;
    const r = write ? writeFrom(k, fd, file, base, length) : readInto(k, fd, file, base, length);
    if (typeof r !== 'number' && typeof r !== 'bigint') return done > 0 ? done : r;
    const n = Number(r);
    if (n < 0) return done > 0 ? done : n;
    done += n;
    if (n < length) break;
  }
  return done;
}

export const sysReadv = (k: Kernel, a: readonly bigint[]): SyscallOutcome => vectored(k, a, false);
export const sysWritev = (k: Kernel, a: readonly bigint[]): SyscallOutcome => vectored(k, a, true);

/**
 * A descriptor of `file` was closed: drops the description's reference when no descriptor uses it any more, and
 * releases the locks the close ends (syscalls/locks.ts).
 */
export function releaseIfUnused(k: Kernel, file: OpenFile | undefined): void {
  if (!file) return;
  if (k.files.isOpen(file)) { locksOnClose(k, file, false); return; }
  // Still held by another process's table (after fork): that table releases it last.
  if (file.otherTables > 0) { file.otherTables--; locksOnClose(k, file, false); return; }
  locksOnClose(k, file, true);
  if (file.node.t === 'pipe') {
    if (file.node.end !== 'write') file.node.pipe.readers--;
    if (file.node.end !== 'read') file.node.pipe.writers--;
  }
  if (file.node.t === 'sock') {
    const s = file.node.sock;
    if (!s.shutRead) file.node.rx.readers--;
    if (!s.shutWrite && !s.ownQueue) file.node.tx.writers--;
    s.shutRead = s.shutWrite = true;
    closeSocket(k, file.node);
  }
}

/** recvfrom/sendto and friends reach the same reading and writing code (sockets.ts). */
export { readInto as readIntoFile, writeFrom as writeFromFile };

export function sysClose(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const file = k.files.remove(fdArg(a[0]!));
  if (!file) return -E.BADF;
  releaseIfUnused(k, file);
  return 0;
}

const SEEK_SET = 0;
const SEEK_CUR = 1;
const SEEK_END = 2;
const SEEK_DATA = 3;
const SEEK_HOLE = 4;

export function sysLseek(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const file = k.files.get(fdArg(a[0]!));
  if (!file) return -E.BADF;
  if ((file.flags & O_PATH) !== 0) return -E.BADF;
  const node = file.node;
  const stdinFile = node.t === 'std' && node.stream === 0 ? stdinFileOf(k.host) : undefined;
  if (!stdinFile && (node.t === 'pipe' || node.t === 'std' || node.t === 'anon' || node.t === 'sock')) return -E.SPIPE;
  const offset = BigInt.asIntN(64, a[1]!);
  const whence = Number(a[2]! & 0xffffffffn);
  if (node.t === 'dev' && node.name !== '') return whence <= SEEK_HOLE ? 0 : -E.INVAL;
  const directory = !stdinFile && !isRegular(k, node);
  let size = 0n;
  if (stdinFile) size = BigInt(stdinFile.size());
  else if (!directory) size = BigInt(node.t === 'proc' ? file.content?.length ?? 0 : vfsOf(k).size(k, node));
  let next: bigint;
  switch (whence) {
    case SEEK_SET: next = offset; break;
    case SEEK_CUR: next = BigInt(file.position) + offset; break;
    case SEEK_END: if (directory) return -E.INVAL; next = size + offset; break;
    case SEEK_DATA: if (directory) return -E.INVAL; if (offset >= size || offset < 0n) return -E.NXIO; next = offset; break;
    case SEEK_HOLE: if (directory) return -E.INVAL; if (offset >= size || offset < 0n) return -E.NXIO; next = size; break;
    default: return -E.INVAL;
  }
  if (next < 0n || next > BigInt(Number.MAX_SAFE_INTEGER)) return -E.INVAL;
  file.position = Number(next);
  if (directory && next === 0n) file.entries = undefined;
  return next;
}

export function sysDup(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const file = k.files.get(fdArg(a[0]!));
  if (!file) return -E.BADF;
  const fd = k.files.install(file);
  return fd < 0 ? -E.MFILE : fd;
}

export function sysDup3(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const from = fdArg(a[0]!);
  const to = fdArg(a[1]!);
  const flags = Number(a[2]! & 0xffffffffn);
  if ((flags & ~O_CLOEXEC) !== 0) return -E.INVAL;
  if (from === to) return -E.INVAL;
  const file = k.files.get(from);
  if (!file) return -E.BADF;
  const old = k.files.installAt(to, file, (flags & O_CLOEXEC) !== 0);
  if (old === false) return -E.BADF;
  releaseIfUnused(k, old);
  return to;
}

const F_DUPFD = 0;
const F_GETFD = 1;
const F_SETFD = 2;
const F_GETFL = 3;
const F_SETFL = 4;
const F_SETPIPE_SZ = 1031;
const F_GETPIPE_SZ = 1032;
const F_ADD_SEALS = 1033;
const F_GET_SEALS = 1034;
const F_DUPFD_CLOEXEC = 1030;
const FD_CLOEXEC = 1;
const SETFL_MASK = O_APPEND | O_NONBLOCK | O_ASYNC | O_DIRECT | O_NOATIME;

export function sysFcntl(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const fd = fdArg(a[0]!);
  const file = k.files.get(fd);
  if (!file) return -E.BADF;
  const cmd = Number(a[1]! & 0xffffffffn);
  const arg = a[2]!;
  const pathOnly = (file.flags & O_PATH) !== 0;
  switch (cmd) {
    case F_DUPFD: case F_DUPFD_CLOEXEC: {
      const from = Number(BigInt.asIntN(32, arg));
      if (from < 0 || from >= k.files.maxDescriptors) return -E.INVAL;
      const n = k.files.install(file, from, cmd === F_DUPFD_CLOEXEC);
      return n < 0 ? -E.MFILE : n;
    }
    case F_GETFD: return k.files.closeOnExec(fd) ? FD_CLOEXEC : 0;
    case F_SETFD: k.files.setCloseOnExec(fd, (arg & BigInt(FD_CLOEXEC)) !== 0n); return 0;
    case F_GETFL: return file.flags;
    case F_SETFL:
      if (pathOnly) return -E.BADF;
      file.flags = (file.flags & ~SETFL_MASK) | (Number(arg & 0xffffffffn) & SETFL_MASK);
      return 0;
    case F_GETLK: case F_OFD_GETLK: case F_SETLK: case F_SETLKW: case F_OFD_SETLK: case F_OFD_SETLKW:
      return fcntlLock(k, file, cmd, arg);
    case F_GETPIPE_SZ: return file.node.t === 'pipe' ? file.node.pipe.capacity : -E.INVAL;
    case F_SETPIPE_SZ: {
      if (file.node.t !== 'pipe') return -E.INVAL;
      const wanted = Number(arg & 0xffffffffn);
      let size = 4096;
      while (size < wanted) size *= 2;
      if (size > 1 << 20) return -E.PERM;
      if (size < file.node.pipe.buffer.length) return -E.BUSY;
      file.node.pipe.capacity = size;
      return size;
    }
    case F_GET_SEALS: return file.node.t === 'tmp' && file.node.node.nlink === 0 ? file.node.node.seals : -E.INVAL;
    case F_ADD_SEALS: {
      if (file.node.t !== 'tmp' || file.node.node.nlink !== 0) return -E.INVAL;
      if (!file.writable) return -E.PERM;
      const seals = Number(arg & 0xffffffffn);
      if ((seals & ~(F_SEAL_SEAL | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_FUTURE_WRITE)) !== 0) return -E.INVAL;
      if ((file.node.node.seals & F_SEAL_SEAL) !== 0) return -E.PERM;
      file.node.node.seals |= seals;
      return 0;
    }
    default: return -E.INVAL;
  }
}

const TCGETS = 0x5401;
const FIONREAD = 0x541b;
const FIONBIO = 0x5421;
const FIONCLEX = 0x5450;
const FIOCLEX = 0x5451;

export function sysIoctl(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const fd = fdArg(a[0]!);
  const file = k.files.get(fd);
  if (!file) return -E.BADF;
  if ((file.flags & O_PATH) !== 0) return -E.BADF;
  const request = Number(a[1]! & 0xffffffffn);
  switch (request) {
    case FIOCLEX: k.files.setCloseOnExec(fd, true); return 0;
    case FIONCLEX: k.files.setCloseOnExec(fd, false); return 0;
    case FIONBIO: {
      const v = k.readUser(a[2]!, 4);
      if (typeof v === 'number') return v;
      const on = (v[0]! | v[1]! | v[2]! | v[3]!) !== 0;
      file.flags = on ? file.flags | O_NONBLOCK : file.flags & ~O_NONBLOCK;
      return 0;
    }
    case FIONREAD: {
      let available: number;
      if (file.node.t === 'pipe') available = file.node.pipe.buffer.length;
      else if (file.node.t === 'std' && file.node.stream === 0) {
        const stdinFile = stdinFileOf(k.host);
        available = stdinFile ? Math.max(0, stdinFile.size() - file.position) : stdinBuffered(vfsOf(k));
      }
      else if (isRegular(k, file.node)) available = Math.max(0, vfsOf(k).size(k, file.node) - file.position);
      else return -E.NOTTY;
      return k.writeUser(a[2]!, new StructWriter(4).u32(0, available).bytes);
    }
    default:
      // No descriptor is a terminal: TCGETS, TIOCGWINSZ and the rest fail as on a pipe, so libc buffers fully.
      void TCGETS;
      return -E.NOTTY;
  }
}

const O_NOTIFICATION_PIPE = 0x80;

export function sysPipe2(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const flags = Number(a[1]! & 0xffffffffn);
  if ((flags & ~(O_CLOEXEC | O_NONBLOCK | O_DIRECT | O_NOTIFICATION_PIPE)) !== 0) return -E.INVAL;
  if ((flags & O_NOTIFICATION_PIPE) !== 0) return -E.INVAL;
  const pipe = vfsOf(k).newPipe();
  const status = flags & (O_NONBLOCK | O_DIRECT);
  const readEnd = new OpenFile({ t: 'pipe', pipe, end: 'read' }, `pipe:[${pipe.id}]`, O_RDONLY | status);
  const writeEnd = new OpenFile({ t: 'pipe', pipe, end: 'write' }, `pipe:[${pipe.id}]`, O_WRONLY | status);
  const cloexec = (flags & O_CLOEXEC) !== 0;
  const r = k.files.install(readEnd, 0, cloexec);
  if (r < 0) return -E.MFILE;
  const w = k.files.install(writeEnd, 0, cloexec);
  if (w < 0) { k.files.remove(r); return -E.MFILE; }
  const fds = new StructWriter(8).i32(0, r).i32(4, w).bytes;
  const written = k.writeUser(a[0]!, fds);
  if (written !== 0) { k.files.remove(r); k.files.remove(w); return written; }
  pipe.readers = 1;
  pipe.writers = 1;
  return 0;
}

const MFD_CLOEXEC = 1;
const MFD_ALLOW_SEALING = 2;
const MFD_HUGETLB = 4;
const MFD_NOEXEC_SEAL = 8;
const MFD_EXEC = 0x10;
const MFD_NAME_MAX = 249;

/** memfd_create: an anonymous tmpfs file (so PROT_MTE mappings of it are allowed, as in Linux). */
export function sysMemfdCreate(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const flags = Number(a[1]! & 0xffffffffn);
  if ((flags & ~(MFD_CLOEXEC | MFD_ALLOW_SEALING | MFD_HUGETLB | MFD_NOEXEC_SEAL | MFD_EXEC | (0x3f << 26))) !== 0) return -E.INVAL;
  if ((flags & MFD_HUGETLB) === 0 && (flags & (0x3f << 26)) !== 0) return -E.INVAL;
  if ((flags & MFD_HUGETLB) !== 0) return -E.INVAL; // No hugetlbfs here.
  if ((flags & MFD_NOEXEC_SEAL) !== 0 && (flags & MFD_EXEC) !== 0) return -E.INVAL;
  const name = k.readUserString(a[0]!, MFD_NAME_MAX + 1);
  if (typeof name === 'number') return name === -E.NAMETOOLONG ? -E.INVAL : name;
  const vfs = vfsOf(k);
  const node = vfs.newTmpNode(k, 'file', (flags & MFD_NOEXEC_SEAL) !== 0 ? 0o666 : 0o777, 0x2f);
  node.nlink = 0;
  node.seals = (flags & MFD_ALLOW_SEALING) !== 0 || (flags & MFD_NOEXEC_SEAL) !== 0 ? 0 : F_SEAL_SEAL;
  const file = new OpenFile({ t: 'tmp', node }, `/memfd:${name}`, O_RDWR | O_LARGEFILE);
  const fd = k.files.install(file, 0, (flags & MFD_CLOEXEC) !== 0);
  return fd < 0 ? -E.MFILE : fd;
}

/** Checks ftruncate's seals for a memfd. */
export function sealRefusesResize(node: VNode, oldSize: number, newSize: number): boolean {
  if (node.t !== 'tmp') return false;
  const seals = node.node.seals;
  return (newSize < oldSize && (seals & F_SEAL_SHRINK) !== 0) || (newSize > oldSize && (seals & F_SEAL_GROW) !== 0);
}

export { O_ACCMODE, O_RDONLY, hashPath };
