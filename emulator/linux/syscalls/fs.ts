// Path system calls over the virtual file system (vfs/): openat, newfstatat/fstat/statx, faccessat(2),
// getdents64, mkdirat, unlinkat, renameat(2), symlinkat, linkat, truncate/ftruncate, readlinkat, getcwd,
// chdir/fchdir, umask; O_TMPFILE on tmpfs.
// Errno choices follow Linux (fs/namei.c, fs/open.c, fs/stat.c): the lookup error first (ENOENT, ENOTDIR, ELOOP),
// then EEXIST, then the file system's refusal (EROFS on a read-only root, EACCES in /dev and /proc), then
// permission bits and file types (EISDIR, ENOTDIR, EINVAL).
import { E, TASK_SIZE } from '../constants.js';
import {
  O_ACCMODE, O_APPEND, O_ASYNC, O_CREAT, O_DIRECT, O_DIRECTORY, O_DSYNC, O_EXCL, O_LARGEFILE, O_NOATIME, O_NOFOLLOW,
  O_NONBLOCK, O_PATH, O_RDONLY, O_TMPFILE, O_TRUNC, O_WRONLY, OpenFile,
} from '../files.js';
import type { Kernel, SyscallOutcome } from '../kernel.js';
import { StructWriter, cString, utf8 } from '../text.js';
import { direntType, S_IFIFO, S_IFREG, typeBits, type VNode } from '../vfs/nodes.js';
import { openFifo } from './fifo.js';
import { generatedFile, hashPath, parentPath, PROC_FILES, type Located, type NodeStat, type Vfs } from '../vfs/vfs.js';
import { procFile } from './procFiles.js';
import { fdArg, isRegular, releaseIfUnused, sealRefusesResize } from './io.js';
import { guardPastEnd } from './memory.js';
import { AT_FDCWD, cwdLocated, startOf, vfsOf } from './vfsAccess.js';

const AT_SYMLINK_NOFOLLOW = 0x100;
const AT_SYMLINK_FOLLOW = 0x400;
/** O_TMPFILE without O_DIRECTORY (__O_TMPFILE). */
const O_TMPFILE_BIT = 0x400000;
const AT_REMOVEDIR = 0x200;
const AT_EACCESS = 0x200;
const AT_NO_AUTOMOUNT = 0x800;
const AT_EMPTY_PATH = 0x1000;
const AT_STATX_SYNC_TYPE = 0x6000;
const O_SYNC = 0x101000;
const RENAME_NOREPLACE = 1;
const RENAME_EXCHANGE = 2;
const RENAME_WHITEOUT = 4;
const STATUS_FLAGS = O_APPEND | O_NONBLOCK | O_DSYNC | O_SYNC | O_ASYNC | O_DIRECT | O_NOATIME;

function flagsArg(x: bigint): number {
  return Number(x & 0xffffffffn);
}

/** Reads the path argument; '' is ENOENT unless `emptyAllowed`. */
function pathArg(k: Kernel, pointer: bigint): string | number {
  return k.readUserString(pointer);
}

/** The open file of a descriptor argument that must not be an O_PATH descriptor (EBADF otherwise). */
function ioFileArg(k: Kernel, fdValue: bigint): OpenFile | number {
  const file = k.files.get(fdArg(fdValue));
  if (!file || (file.flags & O_PATH) !== 0) return -E.BADF;
  return file;
}

/** Why the contents of a node may not change: ETXTBSY for the running image, else the file system's refusal (0: allowed). */
function contentsDenied(vfs: Vfs, node: VNode): number {
  return node.t === 'image' ? -E.TXTBSY : vfs.writeDenied(node);
}

/** Looks up a path argument relative to the working directory (truncate, chdir): '' is ENOENT. */
function resolveFromCwd(k: Kernel, name: string, follow: boolean): Located | number {
  if (name === '') return -E.NOENT;
  const start = startOf(k, AT_FDCWD, name);
  if (typeof start === 'number') return start;
  return vfsOf(k).resolve(k, start, name, follow);
}

/** Owner permission check (the guest owns every file it can see). */
function permits(stat: NodeStat, want: 'r' | 'w' | 'x'): boolean {
  const bit = want === 'r' ? 0o400 : want === 'w' ? 0o200 : 0o100;
  return (stat.perm & bit) !== 0;
}

export function sysOpenat(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const name = pathArg(k, a[1]!);
  if (typeof name === 'number') return name;
  let flags = flagsArg(a[2]!);
  const mode = flagsArg(a[3]!);
  if ((flags & O_TMPFILE_BIT) !== 0) {
    // build_open_flags(): O_TMPFILE needs O_DIRECTORY, no O_CREAT, and write access.
    if ((flags & (O_TMPFILE | O_CREAT)) !== O_TMPFILE) return -E.INVAL;
    if ((flags & O_ACCMODE) === O_RDONLY) return -E.INVAL;
  }
  if (name === '') return -E.NOENT;
  if ((flags & O_TMPFILE_BIT) !== 0) return openTmpfile(k, fdArg(a[0]!), name, flags, mode);
  const vfs = vfsOf(k);
  const start = startOf(k, fdArg(a[0]!), name);
  if (typeof start === 'number') return start;
  if ((flags & O_PATH) !== 0) flags &= O_PATH | O_DIRECTORY | O_NOFOLLOW | 0x80000;
  const access = flags & O_ACCMODE;
  const pathOnly = (flags & O_PATH) !== 0;
  const wantsWrite = !pathOnly && (access === O_WRONLY || access === 2);
  const wantsRead = !pathOnly && access !== O_WRONLY;
  let located: Located | number;
  let isNew = false;
  if ((flags & O_CREAT) !== 0 && !pathOnly) {
    const parent = vfs.resolveParent(k, start, name);
    if (typeof parent === 'number') return parent;
    if (parent.trailingSlash || parent.name === '.' || parent.name === '..') return -E.ISDIR;
    const existing = vfs.lookup(k, parent.dir, parent.name);
    if (typeof existing !== 'number') {
      if ((flags & O_EXCL) !== 0) return -E.EXIST;
      located = vfs.resolve(k, start, name, (flags & O_NOFOLLOW) === 0);
    } else if (existing !== -E.NOENT) {
      return existing;
    } else {
      const created = vfs.create(k, parent.dir, parent.name, mode & ~vfs.umask);
      if (typeof created === 'number') return created;
      located = { node: created, path: parent.dir.path === '/' ? `/${parent.name}` : `${parent.dir.path}/${parent.name}` };
      flags &= ~O_TRUNC;
      isNew = true;
    }
  } else {
    located = vfs.resolve(k, start, name, (flags & O_NOFOLLOW) === 0);
  }
  if (typeof located === 'number') return located;
  const stat = vfs.stat(k, located.node);
  if (typeof stat === 'number') return stat;
  if (stat.type === 'symlink' && !pathOnly) return -E.LOOP;
  if ((flags & O_DIRECTORY) !== 0 && stat.type !== 'directory') return -E.NOTDIR;
  if (stat.type === 'directory' && (wantsWrite || ((flags & (O_TRUNC | O_CREAT)) !== 0 && !pathOnly))) return -E.ISDIR;
  const node = located.node;
  if (!pathOnly && !isNew) {
    if ((wantsWrite || (flags & O_TRUNC) !== 0) && stat.type !== 'char' && stat.type !== 'fifo') {
      const denied = contentsDenied(vfs, node);
      if (denied) return denied;
    }
    if (wantsWrite && !permits(stat, 'w')) return -E.ACCES;
    if (wantsRead && !permits(stat, 'r')) return -E.ACCES;
  }
  let opened: OpenFile;
  const status = (flags & (STATUS_FLAGS | O_PATH)) | (pathOnly ? 0 : O_LARGEFILE);
  if (node.t === 'tmp' && node.node.kind === 'socket' && !pathOnly) return -E.NXIO; // open(2): ENXIO for a socket
  if (node.t === 'tmp' && node.node.kind === 'fifo' && !pathOnly) {
    const r = openFifo(k, node.node, located.path, flags, flags & STATUS_FLAGS);
    if (!(r instanceof OpenFile)) return r;
    opened = r;
  } else if (node.t === 'pipe') {
    // /proc/self/fd/N of a pipe opens the FIFO again: its read or write end, by the access mode.
    const end = access === O_RDONLY ? 'read' : 'write';
    const pipeNode: VNode = { t: 'pipe', pipe: node.pipe, end };
    opened = new OpenFile(pipeNode, located.path, (access === O_RDONLY ? O_RDONLY : O_WRONLY) | (flags & STATUS_FLAGS));
    if (!pathOnly) { if (end === 'read') node.pipe.readers++; else node.pipe.writers++; }
  } else {
    opened = new OpenFile(node, located.path, access | status);
  }
  if (!pathOnly && (flags & O_TRUNC) !== 0 && wantsWrite && stat.type === 'file') {
    if (sealRefusesResize(node, stat.size, 0)) return -E.PERM;
    const r = resized(k, node, vfs.truncate(k, node, 0));
    if (r < 0) return r;
  }
  if (node.t === 'proc' && node.name === 'self/maps') opened.content = utf8(procMaps(k));
  else if (node.t === 'proc' && PROC_FILES.includes(node.name)) opened.content = procFile(k, node.name);
  else if (node.t === 'proc' && generatedFile(node.name) !== undefined) opened.content = utf8(generatedFile(node.name)!);
  const fd = k.files.install(opened, 0, (flags & 0x80000) !== 0);
  if (fd < 0) { releaseIfUnused(k, opened); return -E.MFILE; }
  return fd;
}

/** O_TMPFILE: an unnamed file in the directory `name` (tmpfs only); linkat can name it unless O_EXCL was given. */
function openTmpfile(k: Kernel, dirfd: number, name: string, flags: number, mode: number): SyscallOutcome {
  const vfs = vfsOf(k);
  const start = startOf(k, dirfd, name);
  if (typeof start === 'number') return start;
  const dir = vfs.resolve(k, start, name, (flags & O_NOFOLLOW) === 0);
  if (typeof dir === 'number') return dir;
  const type = vfs.typeOf(k, dir.node);
  if (typeof type === 'number') return type;
  if (type !== 'directory') return -E.NOTDIR;
  const node = vfs.tmpfile(k, dir, mode & ~vfs.umask, (flags & O_EXCL) === 0);
  if (typeof node === 'number') return node;
  // Linux names the file '#<inode>' in its directory; having no link, /proc/self/fd shows it as deleted.
  const path = dir.path === '/' ? `/#${node.ino}` : `${dir.path}/#${node.ino}`;
  const opened = new OpenFile({ t: 'tmp', node }, path, (flags & (O_ACCMODE | STATUS_FLAGS)) | O_LARGEFILE);
  const fd = k.files.install(opened, 0, (flags & 0x80000) !== 0);
  return fd < 0 ? -E.MFILE : fd;
}

/** The directory and last name of a path argument relative to a dirfd argument (for calls that create or remove). */
function parentAt(k: Kernel, dirfdValue: bigint, name: string): ReturnType<Vfs['resolveParent']> {
  const start = startOf(k, fdArg(dirfdValue), name);
  if (typeof start === 'number') return start;
  return vfsOf(k).resolveParent(k, start, name);
}

/** symlinkat(target, newdirfd, linkpath). */
export function sysSymlinkat(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const target = pathArg(k, a[0]!);
  if (typeof target === 'number') return target;
  if (target === '') return -E.NOENT;
  const name = pathArg(k, a[2]!);
  if (typeof name === 'number') return name;
  const parent = parentAt(k, a[1]!, name);
  if (typeof parent === 'number') return parent;
  return vfsOf(k).symlink(k, parent.dir, parent.name, target, parent.trailingSlash);
}

/** linkat(olddirfd, oldpath, newdirfd, newpath, flags): AT_SYMLINK_FOLLOW, and AT_EMPTY_PATH (the file of olddirfd). */
export function sysLinkat(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const flags = flagsArg(a[4]!);
  if ((flags & ~(AT_SYMLINK_FOLLOW | AT_EMPTY_PATH)) !== 0) return -E.INVAL;
  const oldName = pathArg(k, a[1]!);
  if (typeof oldName === 'number') return oldName;
  const vfs = vfsOf(k);
  let source: VNode;
  if (oldName === '' && (flags & AT_EMPTY_PATH) !== 0) {
    // Linux 6.10+ lets a process link a file it opened itself (earlier kernels needed CAP_DAC_READ_SEARCH).
    const dirfd = fdArg(a[0]!);
    const file = dirfd === AT_FDCWD ? cwdLocated(k) : k.files.get(dirfd);
    if (file === undefined) return -E.BADF;
    if (typeof file === 'number') return file;
    source = file.node;
  } else {
    if (oldName === '') return -E.NOENT;
    const start = startOf(k, fdArg(a[0]!), oldName);
    if (typeof start === 'number') return start;
    const located = vfs.resolve(k, start, oldName, (flags & AT_SYMLINK_FOLLOW) !== 0);
    if (typeof located === 'number') return located;
    source = located.node;
  }
  const newName = pathArg(k, a[3]!);
  if (typeof newName === 'number') return newName;
  const parent = parentAt(k, a[2]!, newName);
  if (typeof parent === 'number') return parent;
  return vfs.link(k, source, parent.dir, parent.name, parent.trailingSlash);
}

/** /proc/self/maps as Linux formats it (fs/proc/task_mmu.c show_map_vma): one line per mapping. */
export function procMaps(k: Kernel): string {
  const hex = (v: bigint, width: number) => v.toString(16).padStart(width, '0');
  // The program's own segments are mappings of its file (/proc/self/exe): its path, device and inode.
  let image: { name: string; dev: bigint; ino: bigint } | undefined;
  const imageFile = (): typeof image => {
    if (image) return image;
    const vfs = vfsOf(k);
    const stat = vfs.stat(k, { t: 'image' });
    const path = vfs.readlink(k, { t: 'proc', name: 'self/exe' });
    image = { name: typeof path === 'string' ? path : k.program.path, dev: typeof stat === 'number' ? 0n : stat.dev, ino: typeof stat === 'number' ? 0n : stat.ino };
    return image;
  };
  return k.addressSpace.all().map((vma) => {
    let v = vma;
    if (v.kind === 'image' && v.file) { const f = imageFile()!; v = { ...v, name: f.name, file: { ...v.file, dev: f.dev, ino: f.ino } }; }
    const perms = `${v.read ? 'r' : '-'}${v.write ? 'w' : '-'}${v.execute ? 'x' : '-'}${v.shared ? 's' : 'p'}`;
    // Offset, device (major:minor of st_dev) and inode of a file mapping; 0 and 00:00 0 for anonymous memory.
    const dev = v.file?.dev ?? 0n;
    const major = ((dev >> 8n) & 0xfffn) | ((dev >> 32n) & ~0xfffn);
    const minor = (dev & 0xffn) | ((dev >> 12n) & ~0xffn);
    const head = `${hex(v.start, 8)}-${hex(v.end, 8)} ${perms} ${hex(v.file?.offset ?? 0n, 8)} ${hex(major, 2)}:${hex(minor, 2)} ${v.file?.ino ?? 0n}`;
    return v.name ? `${head.padEnd(72)} ${v.name}\n` : `${head} \n`;
  }).join('');
}

/** struct stat (asm-generic, 128 bytes). */
function statBytes(s: NodeStat): Uint8Array {
  const w = new StructWriter(128);
  w.u64(0, s.dev).u64(8, s.ino).u32(16, typeBits(s.type) | s.perm).u32(20, s.nlink).u32(24, s.uid).u32(28, s.gid);
  w.u64(32, s.rdev).u64(48, BigInt(s.size)).i32(56, 4096).u64(64, BigInt(Math.ceil(s.size / 512)));
  const times = [s.atimeNs, s.mtimeNs, s.ctimeNs];
  [72, 88, 104].forEach((at, i) => w.u64(at, times[i]! / 1_000_000_000n).u64(at + 8, times[i]! % 1_000_000_000n));
  return w.bytes;
}

/** struct statx (256 bytes) with the basic fields. */
function statxBytes(s: NodeStat): Uint8Array {
  const w = new StructWriter(256);
  w.u32(0, 0x7ff).u32(4, 4096).u32(16, s.nlink).u32(20, s.uid).u32(24, s.gid);
  w.bytes[28] = (typeBits(s.type) | s.perm) & 0xff;
  w.bytes[29] = ((typeBits(s.type) | s.perm) >> 8) & 0xff;
  w.u64(32, s.ino).u64(40, BigInt(s.size)).u64(48, BigInt(Math.ceil(s.size / 512)));
  const stamp = (at: number, ns: bigint) => w.u64(at, ns / 1_000_000_000n).u32(at + 8, Number(ns % 1_000_000_000n));
  stamp(64, s.atimeNs); stamp(96, s.ctimeNs); stamp(112, s.mtimeNs);
  w.u32(128, Number(s.rdev >> 8n) & 0xfff).u32(132, Number(s.rdev & 0xffn));
  w.u32(136, Number(s.dev >> 8n) & 0xfff).u32(140, Number(s.dev & 0xffn));
  return w.bytes;
}

function statOfFile(k: Kernel, fd: number): NodeStat | number {
  if (fd === AT_FDCWD) {
    const cwd = cwdLocated(k);
    return typeof cwd === 'number' ? cwd : vfsOf(k).stat(k, cwd.node);
  }
  const file = k.files.get(fd);
  if (!file) return -E.BADF;
  return vfsOf(k).stat(k, file.node);
}

/** The stat of (dirfd, path) with AT_* flags, for newfstatat and statx. */
function statAt(k: Kernel, dirfdArg: bigint, pathPointer: bigint, flags: number): NodeStat | number {
  const name = pathArg(k, pathPointer);
  if (typeof name === 'number') return name;
  const dirfd = fdArg(dirfdArg);
  if (name === '') return (flags & AT_EMPTY_PATH) !== 0 ? statOfFile(k, dirfd) : -E.NOENT;
  const start = startOf(k, dirfd, name);
  if (typeof start === 'number') return start;
  const located = vfsOf(k).resolve(k, start, name, (flags & AT_SYMLINK_NOFOLLOW) === 0);
  if (typeof located === 'number') return located;
  return vfsOf(k).stat(k, located.node);
}

export function sysFstat(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const file = k.files.get(fdArg(a[0]!));
  if (!file) return -E.BADF;
  const s = vfsOf(k).stat(k, file.node);
  if (typeof s === 'number') return s;
  return k.writeUser(a[1]!, statBytes(s));
}

export function sysNewfstatat(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const flags = flagsArg(a[3]!);
  if ((flags & ~(AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_EMPTY_PATH)) !== 0) return -E.INVAL;
  const s = statAt(k, a[0]!, a[1]!, flags);
  if (typeof s === 'number') return s;
  return k.writeUser(a[2]!, statBytes(s));
}

export function sysStatx(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const flags = flagsArg(a[2]!);
  const mask = flagsArg(a[3]!);
  if ((flags & ~(AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_EMPTY_PATH | AT_STATX_SYNC_TYPE)) !== 0) return -E.INVAL;
  if ((flags & AT_STATX_SYNC_TYPE) === AT_STATX_SYNC_TYPE) return -E.INVAL;
  if ((mask & 0x80000000) !== 0) return -E.INVAL;
  const s = statAt(k, a[0]!, a[1]!, flags);
  if (typeof s === 'number') return s;
  return k.writeUser(a[4]!, statxBytes(s));
}

function accessAt(k: Kernel, a: readonly bigint[], flags: number): SyscallOutcome {
  const mode = flagsArg(a[2]!);
  if ((mode & ~7) !== 0) return -E.INVAL;
  if ((flags & ~(AT_EACCESS | AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)) !== 0) return -E.INVAL;
  const name = pathArg(k, a[1]!);
  if (typeof name === 'number') return name;
  const vfs = vfsOf(k);
  let node: VNode;
  if (name === '') {
    if ((flags & AT_EMPTY_PATH) === 0) return -E.NOENT;
    const file = k.files.get(fdArg(a[0]!));
    if (!file) return -E.BADF;
    node = file.node;
  } else {
    const start = startOf(k, fdArg(a[0]!), name);
    if (typeof start === 'number') return start;
    const located = vfs.resolve(k, start, name, (flags & AT_SYMLINK_NOFOLLOW) === 0);
    if (typeof located === 'number') return located;
    node = located.node;
  }
  const stat = vfs.stat(k, node);
  if (typeof stat === 'number') return stat;
  if ((mode & 2) !== 0) {
    if (stat.type === 'file' || stat.type === 'directory' || stat.type === 'symlink') {
      const denied = contentsDenied(vfs, node);
      if (denied === -E.ROFS) return denied; // EROFS comes before permission bits.
    }
    if (!permits(stat, 'w')) return -E.ACCES;
  }
  if ((mode & 4) !== 0 && !permits(stat, 'r')) return -E.ACCES;
  if ((mode & 1) !== 0 && !permits(stat, 'x')) return -E.ACCES;
  return 0;
}

export const sysFaccessat = (k: Kernel, a: readonly bigint[]): SyscallOutcome => accessAt(k, a, 0);
export const sysFaccessat2 = (k: Kernel, a: readonly bigint[]): SyscallOutcome => accessAt(k, a, flagsArg(a[3]!));

/** getdents64: struct linux_dirent64 records (ino, off, reclen, type, name). */
export function sysGetdents64(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const file = ioFileArg(k, a[0]!);
  if (typeof file === 'number') return file;
  const vfs = vfsOf(k);
  const type = vfs.typeOf(k, file.node);
  if (type !== 'directory') return -E.NOTDIR;
  if (!file.entries) {
    const listed = vfs.list(k, { node: file.node, path: file.path });
    if (typeof listed === 'number') return listed;
    const self = vfs.stat(k, file.node);
    file.entries = [
      { name: '.', type: 4, ino: typeof self === 'number' ? hashPath(file.path) : self.ino },
      { name: '..', type: 4, ino: hashPath(parentPath(file.path)) },
      ...listed.map((e) => ({ name: e.name, type: direntType(e.type), ino: e.ino })),
    ];
  }
  const all = file.entries;
  const capacity = Number(a[2]! > 0x7fffffffn ? 0x7fffffffn : a[2]!);
  const chunks: Uint8Array[] = [];
  let used = 0;
  while (file.position < all.length) {
    const entry = all[file.position]!;
    const name = cString(entry.name);
    const length = (19 + name.length + 7) & ~7;
    if (used + length > capacity) break;
    const w = new StructWriter(length);
    w.u64(0, entry.ino).u64(8, BigInt(file.position + 1));
    w.bytes[16] = length & 0xff; w.bytes[17] = length >> 8; w.bytes[18] = entry.type;
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

export function sysMkdirat(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const name = pathArg(k, a[1]!);
  if (typeof name === 'number') return name;
  const vfs = vfsOf(k);
  const parent = parentAt(k, a[0]!, name);
  if (typeof parent === 'number') return parent;
  if (parent.name === '.' || parent.name === '..') return -E.EXIST;
  return vfs.mkdir(k, parent.dir, parent.name, flagsArg(a[2]!) & ~vfs.umask & 0o7777);
}

const S_IFMT = 0o170000;

/**
 * mknodat(dirfd, path, mode, dev) (mknod(2)): a FIFO (tmpfs only, vfs mkfifo), or an empty regular file for type 0
 * or S_IFREG; character and block devices need CAP_MKNOD (EPERM), as does S_IFDIR; sockets are made by bind on
 * Linux and are not emulated here (EPERM); any other type is EINVAL.
 */
export function sysMknodat(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const name = pathArg(k, a[1]!);
  if (typeof name === 'number') return name;
  const mode = flagsArg(a[2]!);
  const type = mode & S_IFMT;
  if (![0, S_IFREG, S_IFIFO, 0o020000, 0o060000, 0o140000, 0o040000].includes(type)) return -E.INVAL;
  if (type === 0o040000) return -E.PERM;
  const vfs = vfsOf(k);
  const parent = parentAt(k, a[0]!, name);
  if (typeof parent === 'number') return parent;
  if (parent.trailingSlash) return -E.NOENT;
  if (parent.name === '.' || parent.name === '..') return -E.EXIST;
  const perm = mode & 0o7777 & ~vfs.umask;
  if (type === S_IFIFO) return vfs.mkfifo(k, parent.dir, parent.name, perm);
  const existing = vfs.lookup(k, parent.dir, parent.name);
  if (typeof existing !== 'number') return -E.EXIST;
  if (existing !== -E.NOENT) return existing;
  if (type !== 0 && type !== S_IFREG) return vfs.writeDenied(parent.dir.node) || -E.PERM;
  const created = vfs.create(k, parent.dir, parent.name, perm);
  return typeof created === 'number' ? created : 0;
}

export function sysUnlinkat(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const flags = flagsArg(a[2]!);
  if ((flags & ~AT_REMOVEDIR) !== 0) return -E.INVAL;
  const name = pathArg(k, a[1]!);
  if (typeof name === 'number') return name;
  const vfs = vfsOf(k);
  const parent = parentAt(k, a[0]!, name);
  if (typeof parent === 'number') return parent;
  const directory = (flags & AT_REMOVEDIR) !== 0;
  if (!directory && parent.trailingSlash) {
    const target = vfs.lookup(k, parent.dir, parent.name);
    if (typeof target === 'number') return target;
    return vfs.typeOf(k, target) === 'directory' ? -E.ISDIR : -E.NOTDIR;
  }
  return vfs.remove(k, parent.dir, parent.name, directory);
}

function renameAt(k: Kernel, a: readonly bigint[], flags: number): SyscallOutcome {
  if ((flags & ~(RENAME_NOREPLACE | RENAME_EXCHANGE | RENAME_WHITEOUT)) !== 0) return -E.INVAL;
  if ((flags & RENAME_NOREPLACE) !== 0 && (flags & RENAME_EXCHANGE) !== 0) return -E.INVAL;
  if ((flags & (RENAME_EXCHANGE | RENAME_WHITEOUT)) !== 0) return -E.INVAL; // Not supported here.
  const fromName = pathArg(k, a[1]!);
  if (typeof fromName === 'number') return fromName;
  const toName = pathArg(k, a[3]!);
  if (typeof toName === 'number') return toName;
  if (fromName === '' || toName === '') return -E.NOENT;
  const vfs = vfsOf(k);
  const fromStart = startOf(k, fdArg(a[0]!), fromName);
  if (typeof fromStart === 'number') return fromStart;
  const toStart = startOf(k, fdArg(a[2]!), toName);
  if (typeof toStart === 'number') return toStart;
  const from = vfs.resolveParent(k, fromStart, fromName);
  if (typeof from === 'number') return from;
  const to = vfs.resolveParent(k, toStart, toName);
  if (typeof to === 'number') return to;
  return vfs.rename(k, from.dir, from.name, to.dir, to.name, (flags & RENAME_NOREPLACE) !== 0);
}

export const sysRenameat = (k: Kernel, a: readonly bigint[]): SyscallOutcome => renameAt(k, a, 0);
export const sysRenameat2 = (k: Kernel, a: readonly bigint[]): SyscallOutcome => renameAt(k, a, flagsArg(a[4]!));

export function sysFtruncate(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const file = ioFileArg(k, a[0]!);
  if (typeof file === 'number') return file;
  const length = BigInt.asIntN(64, a[1]!);
  if (length < 0n) return -E.INVAL;
  if (!file.writable || !isRegular(k, file.node) || file.node.t === 'proc' || file.node.t === 'image') return -E.INVAL;
  const vfs = vfsOf(k);
  if (sealRefusesResize(file.node, vfs.size(k, file.node), Number(length))) return -E.PERM;
  return resized(k, file.node, vfs.truncate(k, file.node, Number(length)));
}

/** After a truncate: pages of the file's mappings now wholly past its end raise SIGBUS when touched. */
function resized(k: Kernel, node: VNode, result: number): number {
  if (result === 0) guardPastEnd(k, 0n, TASK_SIZE, node);
  return result;
}

export function sysTruncate(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const name = pathArg(k, a[0]!);
  if (typeof name === 'number') return name;
  const length = BigInt.asIntN(64, a[1]!);
  if (length < 0n) return -E.INVAL;
  const vfs = vfsOf(k);
  const located = resolveFromCwd(k, name, true);
  if (typeof located === 'number') return located;
  const stat = vfs.stat(k, located.node);
  if (typeof stat === 'number') return stat;
  if (stat.type === 'directory') return -E.ISDIR;
  if (stat.type !== 'file') return -E.INVAL;
  const denied = contentsDenied(vfs, located.node);
  if (denied) return denied;
  if (!permits(stat, 'w')) return -E.ACCES;
  return resized(k, located.node, vfs.truncate(k, located.node, Number(length)));
}

export function sysGetcwd(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const bytes = cString(vfsOf(k).cwd);
  if (BigInt(bytes.length) > a[1]!) return -E.RANGE;
  const r = k.writeUser(a[0]!, bytes);
  return r !== 0 ? r : bytes.length;
}

function changeDirectory(k: Kernel, located: Located): SyscallOutcome {
  const vfs = vfsOf(k);
  const stat = vfs.stat(k, located.node);
  if (typeof stat === 'number') return stat;
  if (stat.type !== 'directory') return -E.NOTDIR;
  if (!permits(stat, 'x')) return -E.ACCES;
  vfs.cwd = located.path;
  return 0;
}

export function sysChdir(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const name = pathArg(k, a[0]!);
  if (typeof name === 'number') return name;
  const located = resolveFromCwd(k, name, true);
  if (typeof located === 'number') return located;
  return changeDirectory(k, located);
}

export function sysFchdir(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const file = k.files.get(fdArg(a[0]!));
  if (!file) return -E.BADF;
  return changeDirectory(k, { node: file.node, path: file.path });
}

export function sysUmask(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const vfs = vfsOf(k);
  const old = vfs.umask;
  vfs.umask = Number(a[0]! & 0o777n);
  return old;
}

export function sysReadlinkat(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const name = pathArg(k, a[1]!);
  if (typeof name === 'number') return name;
  const size = Number(BigInt.asIntN(32, a[3]!));
  if (size <= 0) return -E.INVAL;
  const vfs = vfsOf(k);
  let node: VNode;
  if (name === '') {
    const file = k.files.get(fdArg(a[0]!));
    if (!file) return fdArg(a[0]!) === AT_FDCWD ? -E.NOENT : -E.BADF;
    node = file.node;
  } else {
    const start = startOf(k, fdArg(a[0]!), name);
    if (typeof start === 'number') return start;
    const located = vfs.resolve(k, start, name, false);
    if (typeof located === 'number') return located;
    node = located.node;
  }
  const target = vfs.readlink(k, node);
  if (typeof target === 'number') return target === -E.NOENT ? -E.NOENT : -E.INVAL;
  const bytes = utf8(target).subarray(0, size);
  const r = k.writeUser(a[2]!, bytes);
  return r !== 0 ? r : bytes.length;
}
