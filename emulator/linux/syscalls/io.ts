// File and stream system calls: read/write (and the vector and positional forms) on the standard streams, which
// go to HostIO, and on read-only files of the sandboxed file system; openat, close, lseek, fstat/newfstatat,
// ioctl (not a terminal), fcntl, dup/dup3, getcwd, readlinkat (/proc/self/exe), faccessat, getdents64.
import { E } from '../constants.js';
import { resolveGuestPath, type OpenFile } from '../files.js';
import type { Kernel, SyscallOutcome } from '../kernel.js';
import { StructWriter, cString, readU64, utf8 } from '../text.js';
import { GUEST_GID, GUEST_UID } from './process.js';

const AT_FDCWD = -100;
const AT_EMPTY_PATH = 0x1000;
const O_ACCMODE = 3;
const O_CREAT = 0x40;
const O_TRUNC = 0x200;
const O_DIRECTORY = 0x4000;
const O_CLOEXEC = 0x80000;
const IOV_MAX = 1024;
const MAX_TRANSFER = 0x7ffff000;
const ENOTDIR = 20;
const EISDIR = 21;

function fdArg(x: bigint): number {
  return Number(BigInt.asIntN(32, x));
}

function countArg(x: bigint): number {
  return x > BigInt(MAX_TRANSFER) ? MAX_TRANSFER : Number(x);
}

/** Reads up to `count` bytes from an open file into guest memory at `buffer`. */
function readInto(k: Kernel, file: OpenFile, buffer: bigint, count: number, position?: number): SyscallOutcome {
  if (count === 0) return 0;
  const address = k.userAddress(buffer);
  // Like copy_to_user, transfer as much as the buffer takes; nothing at all is EFAULT.
  const room = k.userPrefix(buffer, count, true);
  if (address === undefined || room === 0) return -E.FAULT;
  count = room;
  let bytes: Uint8Array;
  switch (file.kind) {
    case 'stdin': {
      const input = k.host.readStdin(count);
      if (input === undefined) {
        // Nothing available yet: stop, and execute the SVC again when resumed.
        k.machine.setPC(k.machine.getPC() - 4n);
        return { stop: { kind: 'waitingForInput', pc: k.machine.getPC() } };
      }
      bytes = input.subarray(0, count);
      break;
    }
    case 'file': {
      const at = position ?? file.position;
      bytes = file.data!.subarray(Math.min(at, file.data!.length), Math.min(at + count, file.data!.length));
      if (position === undefined) file.position += bytes.length;
      break;
    }
    case 'urandom': bytes = k.random.bytes(count); break;
    case 'null': bytes = new Uint8Array(0); break;
    case 'directory': return -EISDIR;
    default: return -E.BADF;
  }
  k.machine.writeMemory(address, bytes);
  return bytes.length;
}

/** Writes `count` bytes from guest memory to an open file. */
function writeFrom(k: Kernel, file: OpenFile, buffer: bigint, count: number): SyscallOutcome {
  if (!file.writable) return -E.BADF;
  if (count === 0) return 0;
  // Like copy_from_user, a buffer that becomes inaccessible part way gives a short write.
  const usable = k.userPrefix(buffer, count, false);
  const address = k.userAddress(buffer);
  if (address === undefined || usable === 0) return -E.FAULT;
  const bytes = k.machine.readMemory(address, usable).data;
  if (file.kind === 'stdout') k.host.writeStdout(bytes.slice());
  else if (file.kind === 'stderr') k.host.writeStderr(bytes.slice());
  else if (file.kind !== 'null') return -E.BADF;
  return bytes.length;
}

export function sysRead(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const file = k.files.get(fdArg(a[0]!));
  if (!file) return -E.BADF;
  return readInto(k, file, a[1]!, countArg(a[2]!));
}

export function sysWrite(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const file = k.files.get(fdArg(a[0]!));
  if (!file) return -E.BADF;
  return writeFrom(k, file, a[1]!, countArg(a[2]!));
}

export function sysPread64(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const file = k.files.get(fdArg(a[0]!));
  if (!file) return -E.BADF;
  if (file.kind !== 'file') return file.kind === 'directory' ? -EISDIR : -E.SPIPE;
  const offset = BigInt.asIntN(64, a[3]!);
  if (offset < 0n) return -E.INVAL;
  return readInto(k, file, a[1]!, countArg(a[2]!), Number(offset));
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

export function sysWritev(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const file = k.files.get(fdArg(a[0]!));
  if (!file) return -E.BADF;
  const vec = iovecs(k, a[1]!, a[2]!);
  if (typeof vec === 'number') return vec;
  let done = 0;
  for (const [base, length] of vec) {
    const r = writeFrom(k, file, base, length);
    if (typeof r !== 'number') return r;
    if (r < 0) return done > 0 ? done : r;
    done += r;
    if (r < length) break;
  }
  return done;
}

export function sysReadv(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const file = k.files.get(fdArg(a[0]!));
  if (!file) return -E.BADF;
  const vec = iovecs(k, a[1]!, a[2]!);
  if (typeof vec === 'number') return vec;
  let done = 0;
  for (const [base, length] of vec) {
    const r = readInto(k, file, base, length);
    if (typeof r !== 'number') return done > 0 ? done : r;
    if (r < 0) return done > 0 ? done : r;
    done += r;
    if (r < length) break;
  }
  return done;
}

/** The guest path named by (dirfd, path): absolute, relative to the cwd, or relative to a directory fd. */
function guestPath(k: Kernel, dirfdArgument: bigint, path: string): string | number {
  const cwd = k.host.files?.cwd ?? '/';
  if (path.startsWith('/')) return resolveGuestPath('/', path);
  const dirfd = fdArg(dirfdArgument);
  if (dirfd === AT_FDCWD) return resolveGuestPath(cwd, path);
  const dir = k.files.get(dirfd);
  if (!dir) return -E.BADF;
  if (dir.kind !== 'directory') return -ENOTDIR;
  return resolveGuestPath(dir.path, path);
}

/** Opens a guest path read-only: special files first, then the sandboxed file system. */
function openPath(k: Kernel, path: string): OpenFile | number {
  switch (path) {
    case '/dev/null': return { kind: 'null', path, position: 0, writable: true };
    case '/dev/urandom': case '/dev/random': return { kind: 'urandom', path, position: 0, writable: false };
    case '/dev/stdout': return { kind: 'stdout', path, position: 0, writable: true };
    case '/dev/stderr': return { kind: 'stderr', path, position: 0, writable: true };
    case '/dev/stdin': return { kind: 'stdin', path, position: 0, writable: false };
    case '/proc/self/exe':
      return k.program.elf ? { kind: 'file', path, data: k.program.elf, position: 0, writable: false } : -E.NOENT;
    case '/proc/self/maps':
      return { kind: 'file', path, data: utf8(procMaps(k)), position: 0, writable: false };
  }
  const fs = k.host.files;
  if (!fs) return -E.NOENT;
  const data = fs.readFile(path);
  if (data) return { kind: 'file', path, data, position: 0, writable: false };
  const entries = fs.listDirectory(path);
  if (entries) return { kind: 'directory', path, entries, position: 0, writable: false };
  return -E.NOENT;
}

/** /proc/self/maps as Linux formats it (fs/proc/task_mmu.c show_map_vma): one line per mapping. */
export function procMaps(k: Kernel): string {
  const hex = (v: bigint, width: number) => v.toString(16).padStart(width, '0');
  return k.addressSpace.all().map((v) => {
    const perms = `${v.read ? 'r' : '-'}${v.write ? 'w' : '-'}${v.execute ? 'x' : '-'}${v.shared ? 's' : 'p'}`;
    const head = `${hex(v.start, 8)}-${hex(v.end, 8)} ${perms} 00000000 00:00 0`;
    return v.name ? `${head.padEnd(72)} ${v.name}\n` : `${head} \n`;
  }).join('');
}

export function sysOpenat(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const name = k.readUserString(a[1]!);
  if (typeof name === 'number') return name;
  if (name === '') return -E.NOENT;
  const path = guestPath(k, a[0]!, name);
  if (typeof path === 'number') return path;
  const flags = Number(a[2]! & 0xffffffffn);
  const opened = openPath(k, path);
  const wantsWrite = (flags & O_ACCMODE) !== 0 || (flags & (O_CREAT | O_TRUNC)) !== 0;
  if (typeof opened === 'number') return wantsWrite && (flags & O_CREAT) !== 0 ? -E.ROFS : opened;
  if (wantsWrite && !opened.writable) return opened.kind === 'directory' ? -EISDIR : -E.ROFS;
  if ((flags & O_DIRECTORY) !== 0 && opened.kind !== 'directory') return -ENOTDIR;
  const fd = k.files.install(opened, 0, (flags & O_CLOEXEC) !== 0);
  return fd < 0 ? -E.MFILE : fd;
}

export function sysClose(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  return k.files.close(fdArg(a[0]!)) ? 0 : -E.BADF;
}

export function sysLseek(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const file = k.files.get(fdArg(a[0]!));
  if (!file) return -E.BADF;
  if (file.kind === 'null' || file.kind === 'urandom') return 0;
  if (file.kind !== 'file' && file.kind !== 'directory') return -E.SPIPE;
  const offset = BigInt.asIntN(64, a[1]!);
  const whence = Number(a[2]! & 0xffffffffn);
  const size = BigInt(file.kind === 'file' ? file.data!.length : file.entries!.length);
  const base = whence === 0 ? 0n : whence === 1 ? BigInt(file.position) : whence === 2 ? size : undefined;
  if (base === undefined) return -E.INVAL;
  const next = base + offset;
  if (next < 0n || next > BigInt(Number.MAX_SAFE_INTEGER)) return -E.INVAL;
  file.position = Number(next);
  return next;
}

const S_IFCHR = 0o020000;
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;

/** struct stat (asm-generic, 128 bytes) for an open file. */
function statOf(k: Kernel, file: OpenFile): Uint8Array {
  const w = new StructWriter(128);
  const now = k.host.nowNanoseconds();
  let mode: number;
  let size = 0;
  if (file.kind === 'file') { mode = S_IFREG | 0o444; size = file.data!.length; }
  else if (file.kind === 'directory') { mode = S_IFDIR | 0o555; size = 4096; }
  else { mode = S_IFCHR | 0o620; w.u64(32, file.kind === 'null' ? 0x103n : file.kind === 'urandom' ? 0x109n : 0x8800n); }
  w.u64(0, 0x2an).u64(8, BigInt(hashPath(file.path))).u32(16, mode).u32(20, 1).u32(24, GUEST_UID).u32(28, GUEST_GID);
  w.u64(48, BigInt(size)).i32(56, 4096).u64(64, BigInt(Math.ceil(size / 512)));
  for (const at of [72, 88, 104]) w.u64(at, now / 1_000_000_000n).u64(at + 8, now % 1_000_000_000n);
  return w.bytes;
}

function hashPath(path: string): number {
  let h = 2166136261;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 16777619) >>> 0;
  return h;
}

export function sysFstat(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const file = k.files.get(fdArg(a[0]!));
  if (!file) return -E.BADF;
  return k.writeUser(a[1]!, statOf(k, file));
}

export function sysNewfstatat(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const name = k.readUserString(a[1]!);
  if (typeof name === 'number') return name;
  const flags = Number(a[3]! & 0xffffffffn);
  if (name === '') {
    if ((flags & AT_EMPTY_PATH) === 0) return -E.NOENT;
    return sysFstat(k, [a[0]!, a[2]!]);
  }
  const path = guestPath(k, a[0]!, name);
  if (typeof path === 'number') return path;
  const opened = openPath(k, path);
  if (typeof opened === 'number') return opened;
  return k.writeUser(a[2]!, statOf(k, opened));
}

export function sysIoctl(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  // No descriptor is a terminal: TCGETS and TIOCGWINSZ fail as they do on a pipe, so libc buffers fully.
  return k.files.get(fdArg(a[0]!)) ? -E.NOTTY : -E.BADF;
}

const F_DUPFD = 0;
const F_GETFD = 1;
const F_SETFD = 2;
const F_GETFL = 3;
const F_SETFL = 4;
const F_DUPFD_CLOEXEC = 1030;

export function sysFcntl(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const fd = fdArg(a[0]!);
  const file = k.files.get(fd);
  if (!file) return -E.BADF;
  const cmd = Number(a[1]! & 0xffffffffn);
  switch (cmd) {
    case F_DUPFD: case F_DUPFD_CLOEXEC: {
      const from = Number(BigInt.asIntN(32, a[2]!));
      if (from < 0 || from >= k.files.maxDescriptors) return -E.INVAL;
      const n = k.files.install(file, from, cmd === F_DUPFD_CLOEXEC);
      return n < 0 ? -E.MFILE : n;
    }
    case F_GETFD: return 0;
    case F_SETFD: return 0;
    case F_GETFL: return file.kind === 'stdout' || file.kind === 'stderr' ? 1 : file.kind === 'null' ? 2 : 0;
    case F_SETFL: return 0;
    default: return -E.INVAL;
  }
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
  if ((flags & ~O_CLOEXEC) !== 0 || from === to) return -E.INVAL;
  const file = k.files.get(from);
  if (!file) return -E.BADF;
  return k.files.installAt(to, file, (flags & O_CLOEXEC) !== 0) ? to : -E.BADF;
}

export function sysGetcwd(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const bytes = cString(k.host.files?.cwd ?? '/');
  if (BigInt(bytes.length) > a[1]!) return -E.RANGE;
  const r = k.writeUser(a[0]!, bytes);
  return r !== 0 ? r : bytes.length;
}

export function sysReadlinkat(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const name = k.readUserString(a[1]!);
  if (typeof name === 'number') return name;
  const size = Number(BigInt.asIntN(32, a[3]!));
  if (size <= 0) return -E.INVAL;
  const path = guestPath(k, a[0]!, name);
  if (typeof path === 'number') return path;
  if (path !== '/proc/self/exe') return typeof openPath(k, path) === 'number' ? -E.NOENT : -E.INVAL;
  const target = utf8(resolveGuestPath(k.host.files?.cwd ?? '/', k.program.path)).subarray(0, size);
  const r = k.writeUser(a[2]!, target);
  return r !== 0 ? r : target.length;
}

export function sysFaccessat(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const name = k.readUserString(a[1]!);
  if (typeof name === 'number') return name;
  const mode = Number(a[2]! & 0xffffffffn);
  if ((mode & ~7) !== 0) return -E.INVAL;
  const path = guestPath(k, a[0]!, name);
  if (typeof path === 'number') return path;
  const opened = openPath(k, path);
  if (typeof opened === 'number') return opened;
  if ((mode & 2) !== 0 && !opened.writable) return -E.ROFS;
  if ((mode & 1) !== 0 && opened.kind !== 'directory') return -E.ACCES;
  return 0;
}

/** getdents64: struct linux_dirent64 records (ino, off, reclen, type, name). */
export function sysGetdents64(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const file = k.files.get(fdArg(a[0]!));
  if (!file) return -E.BADF;
  if (file.kind !== 'directory') return -ENOTDIR;
  const capacity = countArg(a[2]!);
  const all = [{ name: '.', directory: true }, { name: '..', directory: true }, ...file.entries!];
  const chunks: Uint8Array[] = [];
  let used = 0;
  while (file.position < all.length) {
    const entry = all[file.position]!;
    const name = cString(entry.name);
    const length = (19 + name.length + 7) & ~7;
    if (used + length > capacity) break;
    const w = new StructWriter(length);
    w.u64(0, BigInt(hashPath(`${file.path}/${entry.name}`))).u64(8, BigInt(file.position + 1));
    w.bytes[16] = length & 0xff; w.bytes[17] = length >> 8; w.bytes[18] = entry.directory ? 4 : 8;
    w.bytes.set(name, 19);
    chunks.push(w.bytes);
    used += length;
    file.position++;
  }
  if (chunks.length === 0 && file.position < all.length) return -E.INVAL;
  const out = new Uint8Array(used);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  const r = k.writeUser(a[1]!, out);
  return r !== 0 ? r : used;
}

