// The guest's file system namespace: the host roots (each mounted at its own host path, and at its real path),
// in-memory tmpfs at /tmp and /dev/shm, /dev, /proc/self, and synthetic read-only directories leading to the
// mount points. Path lookup (namei) happens here, component by component: '..' never leaves '/', symbolic links
// (host ones included) are read and followed inside the guest namespace, and a host path is only ever formed as
// a root's path plus components that were each looked up below it. So no path, '..' or link reaches a host file
// outside the roots: it names something that does not exist (ENOENT). Writes need a root marked writable (EROFS
// otherwise); /dev and /proc refuse new files (EACCES).
import { stdinFileOf } from '../stdin.js';
import { E, MTE_TCF_PREFERRED } from '../constants.js';
import type { Kernel } from '../kernel.js';
import { decodeUtf8 } from '../text.js';
import { GUEST_GID, GUEST_UID } from '../syscalls/process.js';
import type { HostFiles } from './host.js';
import { Pipe, TmpNode, typeBits, type NodeType, type TmpKind, type VNode } from './nodes.js';
import { SharedStore } from '../sharedMemory.js';
import { LockTable } from '../locks.js';


const MAX_SYMLINKS = 40;
const NAME_MAX = 255;

export interface Located {
  readonly node: VNode;
  /** Canonical guest path (no '.', '..' or symbolic links). */
  readonly path: string;
}

export interface NodeStat {
  readonly type: NodeType;
  /** Permission bits. */
  readonly perm: number;
  readonly size: number;
  readonly ino: bigint;
  readonly dev: bigint;
  readonly rdev: bigint;
  readonly nlink: number;
  readonly uid: number;
  readonly gid: number;
  readonly atimeNs: bigint;
  readonly mtimeNs: bigint;
  readonly ctimeNs: bigint;
}

export interface Mount {
  readonly path: string;
  readonly node: VNode;
}

const DEVICES: Readonly<Record<string, { type: NodeType; rdev: number; perm: number; target?: string }>> = {
  null: { type: 'char', rdev: 0x103, perm: 0o666 },
  zero: { type: 'char', rdev: 0x105, perm: 0o666 },
  full: { type: 'char', rdev: 0x107, perm: 0o666 },
  random: { type: 'char', rdev: 0x108, perm: 0o666 },
  urandom: { type: 'char', rdev: 0x109, perm: 0o666 },
  stdin: { type: 'symlink', rdev: 0, perm: 0o777, target: '/proc/self/fd/0' },
  stdout: { type: 'symlink', rdev: 0, perm: 0o777, target: '/proc/self/fd/1' },
  stderr: { type: 'symlink', rdev: 0, perm: 0o777, target: '/proc/self/fd/2' },
  fd: { type: 'symlink', rdev: 0, perm: 0o777, target: '/proc/self/fd' },
};

/**
 * The few sysfs files programs read: one CPU for sysconf(_SC_NPROCESSORS_*), and that CPU's preferred MTE tag
 * checking mode (Documentation/arm64/memory-tagging-extension.rst, "Per-CPU preferred tag checking mode": `async`
 * by default, the mode a task asking for SYNC|ASYNC gets; syscalls/prctl.ts follows it). Directories map to null.
 */
const SYSFS: Readonly<Record<string, string | null>> = {
  'sys': null, 'sys/devices': null, 'sys/devices/system': null, 'sys/devices/system/cpu': null,
  'sys/devices/system/cpu/online': '0\n', 'sys/devices/system/cpu/possible': '0\n', 'sys/devices/system/cpu/present': '0\n',
  'sys/devices/system/cpu/cpu0': null, 'sys/devices/system/cpu/cpu0/mte_tcf_preferred': `${MTE_TCF_PREFERRED}\n`,
};

/** Contents of a generated file of /proc or /sys other than /proc/self/maps, or undefined. */
export function generatedFile(name: string): string | undefined {
  const v = SYSFS[name];
  return typeof v === 'string' ? v : undefined;
}

/** Whether a /proc or /sys node is a regular file. */
export function isGeneratedFile(name: string): boolean {
  return name === 'self/maps' || PROC_FILES.includes(name) || generatedFile(name) !== undefined;
}

/** Files of /proc whose contents are made at open from the process (syscalls/fs.ts procFile). */
export const PROC_FILES = ['cpuinfo', 'meminfo', 'self/smaps', 'self/cmdline', 'self/status', 'self/stat', 'self/statm', 'self/auxv'];

const DEV_SYNTH = 0x10n;
const DEV_DEVTMPFS = 0x5n;
const DEV_PROC = 0x16n;
const DEV_PIPE = 0xdn;
const DEV_TMPFS = 0x20;

function joinPath(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

function parentPath(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

export function hashPath(path: string): bigint {
  let h = 2166136261;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 16777619) >>> 0;
  return BigInt(h);
}

export class Vfs {
  cwd: string;
  readonly mounts: Mount[] = [];
  readonly tmpRoots: TmpNode[] = [];
  nextIno = 2;
  nextPipe = 1;
  umask = 0o022;
  /**
   * A stream standard input's bytes read ahead by poll and not yet read, and an end poll saw (../stdin.ts).
   * Kept here, in the state every process of the run shares (and the debugger's snapshots copy).
   */
  stdinStream: { ahead: Uint8Array; ended: boolean } = { ahead: new Uint8Array(0), ended: false };
  /** Bound AF_UNIX sockets by address ('i:dev:ino' of a socket inode, or '\0' and an abstract name). */
  readonly unixSockets = new Map<string, Extract<VNode, { t: 'sock' }>>();
  /** Advisory locks (flock, fcntl record and OFD locks) of every process of the run (../locks.ts). */
  readonly locks = new LockTable();
  /** Paths already reported as outside the sandbox (each reported once). */
  private readonly reported = new Set<string>();

  constructor(readonly host: HostFiles | undefined, nowNs: bigint) {
    this.cwd = host?.cwd ?? '/';
    const roots = host?.roots ?? [];
    const taken = new Set<string>();
    roots.forEach((r, i) => {
      for (const p of [r.path, r.realPath]) {
        if (p === undefined || taken.has(p)) continue;
        taken.add(p);
        this.mounts.push({ path: p, node: { t: 'host', root: i, host: r.realPath ?? r.path } });
      }
    });
    for (const [path, node] of [['/dev', { t: 'dev', name: '' }], ['/proc', { t: 'proc', name: '' }], ['/sys', { t: 'proc', name: 'sys' }]] as const) {
      if (!taken.has(path)) { taken.add(path); this.mounts.push({ path, node }); }
    }
    for (const path of ['/tmp', '/dev/shm']) {
      if (taken.has(path)) continue;
      taken.add(path);
      const root = new TmpNode('directory', 0o1777, this.nextIno++, DEV_TMPFS + this.tmpRoots.length, nowNs);
      this.tmpRoots.push(root);
      this.mounts.push({ path, node: { t: 'tmp', node: root } });
    }
  }

  private mountAt(path: string): VNode | undefined {
    return this.mounts.find((m) => m.path === path)?.node;
  }

  /** Whether a mount point lies strictly below `path`. */
  private leadsToMount(path: string): boolean {
    const prefix = path === '/' ? '/' : path + '/';
    return this.mounts.some((m) => m.path.startsWith(prefix));
  }

  /** Mount points directly inside the directory `path`. */
  private mountNames(path: string): string[] {
    const prefix = path === '/' ? '/' : path + '/';
    const out = new Set<string>();
    for (const m of this.mounts) {
      if (m.path.startsWith(prefix) && m.path.length > prefix.length) out.add(m.path.slice(prefix.length).split('/')[0]!);
    }
    return [...out];
  }

  root(): Located {
    return { node: this.mountAt('/') ?? { t: 'synth', path: '/' }, path: '/' };
  }

  newTmpNode(k: Kernel, kind: TmpKind, mode: number, dev: number, target = ''): TmpNode {
    return new TmpNode(kind, mode, this.nextIno++, dev, k.host.nowNanoseconds(), target);
  }

  newPipe(): Pipe {
    return new Pipe(this.nextPipe++);
  }

  /** Notes a path outside the sandbox in the diagnostics, once per path (at most 20). */
  reportOutside(k: Kernel, path: string): void {
    if (this.reported.has(path) || this.reported.size >= 20) return;
    this.reported.add(path);
    k.diagnostics.push(`'${path}' is outside the sandbox's file roots: the program saw ENOENT (add a root with --root or sandboxRoots)`);
  }

  // Node facts.

  stat(k: Kernel, node: VNode): NodeStat | number {
    const now = k.host.nowNanoseconds();
    const plain = (type: NodeType, perm: number, ino: bigint, dev: bigint, size = 0, rdev = 0n): NodeStat => ({
      type, perm, size, ino, dev, rdev, nlink: type === 'directory' ? 2 : 1, uid: GUEST_UID, gid: GUEST_GID, atimeNs: now, mtimeNs: now, ctimeNs: now,
    });
    switch (node.t) {
      case 'synth': return plain('directory', 0o555, hashPath(node.path), DEV_SYNTH);
      case 'host': {
        if (!this.host) return -E.NOENT;
        const s = this.host.lstat(node.host);
        if (typeof s === 'number') return s;
        const type: NodeType = s.type === 'other' ? 'file' : s.type;
        return {
          type, perm: s.mode & 0o7777, size: s.size, ino: s.ino, dev: s.dev, rdev: 0n, nlink: s.nlink, uid: GUEST_UID, gid: GUEST_GID,
          atimeNs: s.atimeNs, mtimeNs: s.mtimeNs, ctimeNs: s.ctimeNs,
        };
      }
      case 'tmp': {
        const n = node.node;
        const size = n.kind === 'symlink' ? n.target.length : n.kind === 'directory' ? 40 + 20 * n.children!.size : n.size;
        return {
          type: n.kind, perm: n.mode & 0o7777, size, ino: BigInt(n.ino), dev: BigInt(n.dev), rdev: 0n, nlink: n.nlink,
          uid: GUEST_UID, gid: GUEST_GID, atimeNs: n.timeNs, mtimeNs: n.timeNs, ctimeNs: n.timeNs,
        };
      }
      case 'dev': {
        if (node.name === '') return plain('directory', 0o755, 1n, DEV_DEVTMPFS);
        const d = DEVICES[node.name];
        if (!d) return -E.NOENT;
        return plain(d.type, d.perm, hashPath(node.name), DEV_DEVTMPFS, d.target?.length ?? 0, BigInt(d.rdev));
      }
      case 'proc': {
        const ino = hashPath('/proc/' + node.name);
        if (node.name in SYSFS) return SYSFS[node.name] === null ? plain('directory', 0o755, ino, DEV_PROC) : plain('file', 0o444, ino, DEV_PROC, 4096);
        if (node.name === '' || node.name === 'self' || node.name === 'self/fd') return plain('directory', 0o555, ino, DEV_PROC);
        if (node.name === 'self/maps' || PROC_FILES.includes(node.name)) return plain('file', 0o444, ino, DEV_PROC);
        return plain('symlink', 0o777, ino, DEV_PROC, 64);
      }
      case 'image': return plain('file', 0o755, hashPath(k.program.path), DEV_SYNTH, k.program.elf?.length ?? 0);
      case 'pipe': return node.fifo ? this.stat(k, { t: 'tmp', node: node.fifo }) : plain('fifo', 0o600, BigInt(node.pipe.id), DEV_PIPE, 0);
      case 'sock': return plain('socket', 0o777, BigInt(node.sock.id), DEV_PIPE, 0);
      // The host's streams are not terminals (TCGETS: ENOTTY): they stat as pipes, as a redirected stream does on
      // Linux, so glibc buffers stdout fully as it does then (a pty's character device would make it line-buffered).
      case 'std': {
        // `prog < file`: standard input is that regular file (its size; the inode stays the stream's).
        const stdinFile = node.stream === 0 ? stdinFileOf(k.host) : undefined;
        if (stdinFile) return plain('file', 0o644, BigInt(node.stream + 3), DEV_SYNTH, stdinFile.size());
        return plain('fifo', 0o600, BigInt(node.stream + 3), DEV_PIPE, 0);
      }
      case 'anon': return plain('file', 0o600, BigInt(node.anon.id), DEV_PIPE, 0);
    }
  }

  typeOf(k: Kernel, node: VNode): NodeType | number {
    if (node.t === 'tmp') return node.node.kind;
    if (node.t === 'synth') return 'directory';
    const s = this.stat(k, node);
    return typeof s === 'number' ? s : s.type;
  }

  /** Where writes to a node's directory or contents are refused: 0 when allowed, else -EROFS / -EACCES. */
  writeDenied(node: VNode): number {
    switch (node.t) {
      case 'host': return this.host?.roots[node.root]?.writable ? 0 : -E.ROFS;
      case 'tmp': return 0;
      case 'synth': return -E.ROFS;
      default: return -E.ACCES;
    }
  }

  /** The target of a symbolic link; -EINVAL when the node is not one. */
  readlink(k: Kernel, node: VNode): string | number {
    switch (node.t) {
      case 'host': return this.host ? this.host.readlink(node.host) : -E.INVAL;
      case 'tmp': return node.node.kind === 'symlink' ? node.node.target : -E.INVAL;
      case 'dev': return DEVICES[node.name]?.target ?? -E.INVAL;
      case 'proc': {
        if (node.name === 'self/exe') return k.program.path.startsWith('/') ? k.program.path : joinPath(this.cwd, k.program.path);
        if (node.name === 'self/cwd') return this.cwd;
        const fd = /^self\/fd\/(\d+)$/.exec(node.name);
        if (fd) {
          const file = k.files.get(Number(fd[1]));
          if (!file) return -E.NOENT;
          return describeOpenFile(file.node, file.path);
        }
        return -E.INVAL;
      }
      default: return -E.INVAL;
    }
  }

  /** A "magic" link of /proc: following it gives the node itself rather than a path. */
  private magicTarget(k: Kernel, node: VNode): Located | number | undefined {
    if (node.t !== 'proc') return undefined;
    if (node.name === 'self/exe') return k.program.elf ? { node: { t: 'image' }, path: this.readlink(k, node) as string } : -E.NOENT;
    const fd = /^self\/fd\/(\d+)$/.exec(node.name);
    if (fd) {
      const file = k.files.get(Number(fd[1]));
      return file ? { node: file.node, path: file.path } : -E.NOENT;
    }
    return undefined;
  }

  /** Looks up one name in a directory. */
  lookup(k: Kernel, dir: Located, name: string): VNode | number {
    const childPath = joinPath(dir.path, name);
    const mounted = this.mountAt(childPath);
    if (mounted) return mounted;
    const orSynth = (errno: number): VNode | number => (this.leadsToMount(childPath) ? { t: 'synth', path: childPath } : errno);
    const node = dir.node;
    switch (node.t) {
      case 'synth': return orSynth(-E.NOENT);
      case 'host': {
        if (!this.host) return -E.NOENT;
        const host = joinPath(node.host, name);
        const s = this.host.lstat(host);
        if (typeof s === 'number') return orSynth(s);
        return { t: 'host', root: node.root, host };
      }
      case 'tmp': {
        const child = node.node.children?.get(name);
        return child ? { t: 'tmp', node: child } : orSynth(-E.NOENT);
      }
      case 'dev': return node.name === '' && DEVICES[name] ? { t: 'dev', name } : -E.NOENT;
      case 'proc': {
        if (node.name in SYSFS) {
          if (SYSFS[node.name] !== null) return -E.NOTDIR;
          return `${node.name}/${name}` in SYSFS ? { t: 'proc', name: `${node.name}/${name}` } : -E.NOENT;
        }
        if (node.name === '') return name === 'self' || PROC_FILES.includes(name) ? { t: 'proc', name } : -E.NOENT;
        if (node.name === 'self') return ['exe', 'maps', 'cwd', 'fd'].includes(name) || PROC_FILES.includes(`self/${name}`) ? { t: 'proc', name: `self/${name}` } : -E.NOENT;
        if (node.name === 'self/fd') return /^\d+$/.test(name) && k.files.get(Number(name)) ? { t: 'proc', name: `self/fd/${Number(name)}` } : -E.NOENT;
        return -E.NOTDIR;
      }
      default: return -E.NOTDIR;
    }
  }

  /** Directory entries (without '.' and '..'), mount points included. */
  list(k: Kernel, dir: Located): { name: string; type: NodeType; ino: bigint }[] | number {
    let entries: { name: string; type: NodeType; ino: bigint }[];
    const node = dir.node;
    switch (node.t) {
      case 'synth': entries = []; break;
      case 'host': {
        if (!this.host) return -E.NOENT;
        const r = this.host.readDirectory(node.host);
        if (typeof r === 'number') return r;
        entries = r.map((e) => ({ name: e.name, type: e.type === 'other' ? 'file' : e.type, ino: hashPath(joinPath(node.host, e.name)) }));
        break;
      }
      case 'tmp':
        if (!node.node.children) return -E.NOTDIR;
        entries = [...node.node.children].map(([name, n]) => ({ name, type: n.kind, ino: BigInt(n.ino) }));
        break;
      case 'dev':
        if (node.name !== '') return -E.NOTDIR;
        entries = Object.entries(DEVICES).map(([name, d]) => ({ name, type: d.type, ino: hashPath(name) }));
        break;
      case 'proc':
        if (node.name in SYSFS) {
          if (SYSFS[node.name] !== null) return -E.NOTDIR;
          const prefix = node.name + '/';
          entries = Object.entries(SYSFS).filter(([n]) => n.startsWith(prefix) && !n.slice(prefix.length).includes('/'))
            .map(([n, v]) => ({ name: n.slice(prefix.length), type: v === null ? 'directory' as const : 'file' as const, ino: hashPath(n) }));
        } else if (node.name === '') {
          entries = [{ name: 'self', type: 'directory', ino: hashPath('/proc/self') },
            ...PROC_FILES.filter((n) => !n.includes('/')).map((n) => ({ name: n, type: 'file' as const, ino: hashPath(`/proc/${n}`) }))];
        } else if (node.name === 'self') {
          entries = [['cwd', 'symlink'], ['exe', 'symlink'], ['fd', 'directory'], ['maps', 'file'],
            ...PROC_FILES.filter((n) => n.startsWith('self/')).map((n) => [n.slice(5), 'file'])]
            .map(([name, type]) => ({ name: name!, type: type as NodeType, ino: hashPath(`/proc/self/${name}`) }));
        } else if (node.name === 'self/fd') {
          entries = k.files.descriptors().map((fd) => ({ name: String(fd), type: 'symlink' as const, ino: hashPath(`/proc/self/fd/${fd}`) }));
        } else return -E.NOTDIR;
        break;
      default: return -E.NOTDIR;
    }
    for (const name of this.mountNames(dir.path)) {
      if (!entries.some((e) => e.name === name)) entries.push({ name, type: 'directory', ino: hashPath(joinPath(dir.path, name)) });
    }
    return entries;
  }

  /** Resolves a guest path (absolute, or relative to `start`) to a node; `follow` decides for a final link. */
  resolve(k: Kernel, start: Located, path: string, follow: boolean): Located | number {
    if (path === '') return -E.NOENT;
    const stack: Located[] = [];
    const reset = (to: Located): void => {
      stack.length = 0;
      // Rebuild the chain of directories from '/' so that '..' can walk back up.
      const root = this.root();
      stack.push(root);
      if (to.path === '/') return;
      let cursor = root;
      for (const part of to.path.split('/').filter((p) => p !== '')) {
        const next = this.lookup(k, cursor, part);
        cursor = { node: typeof next === 'number' ? { t: 'synth', path: joinPath(cursor.path, part) } : next, path: joinPath(cursor.path, part) };
        stack.push(cursor);
      }
      stack[stack.length - 1] = to;
    };
    reset(path.startsWith('/') ? this.root() : start);
    const parts = path.split('/').filter((p) => p !== '');
    const mustBeDirectory = path.endsWith('/');
    let links = 0;
    while (parts.length > 0) {
      const name = parts.shift()!;
      const dir = stack[stack.length - 1]!;
      const dirType = this.typeOf(k, dir.node);
      if (typeof dirType === 'number') return dirType;
      if (dirType !== 'directory') return -E.NOTDIR;
      if (name === '.') continue;
      if (name === '..') { if (stack.length > 1) stack.pop(); continue; }
      if (name.length > NAME_MAX) return -E.NAMETOOLONG;
      const child = this.lookup(k, dir, name);
      if (typeof child === 'number') {
        if (child === -E.NOENT && dir.node.t === 'synth') this.reportOutside(k, path);
        return child;
      }
      const located = { node: child, path: joinPath(dir.path, name) };
      const last = parts.length === 0;
      if ((!last || follow || mustBeDirectory) && this.typeOf(k, child) === 'symlink') {
        if (++links > MAX_SYMLINKS) return -E.LOOP;
        const magic = this.magicTarget(k, child);
        if (magic !== undefined) {
          if (typeof magic === 'number') return magic;
          stack.push(magic);
          continue;
        }
        const target = this.readlink(k, child);
        if (typeof target === 'number') return target;
        if (target.startsWith('/')) reset(this.root());
        parts.unshift(...target.split('/').filter((p) => p !== ''));
        continue;
      }
      stack.push(located);
    }
    const result = stack[stack.length - 1]!;
    if (mustBeDirectory) {
      const type = this.typeOf(k, result.node);
      if (typeof type === 'number') return type;
      if (type !== 'directory') return -E.NOTDIR;
    }
    return result;
  }

  /** Resolves everything but the last component: the directory and the name to create or remove there. */
  resolveParent(k: Kernel, start: Located, path: string): { dir: Located; name: string; trailingSlash: boolean } | number {
    if (path === '') return -E.NOENT;
    const trimmed = path.replace(/\/+$/, '');
    if (trimmed === '') return { dir: this.root(), name: '.', trailingSlash: true };
    const slash = trimmed.lastIndexOf('/');
    const name = trimmed.slice(slash + 1);
    const dirPart = slash < 0 ? '.' : trimmed.slice(0, slash) || '/';
    const dir = this.resolve(k, start, dirPart, true);
    if (typeof dir === 'number') return dir;
    const type = this.typeOf(k, dir.node);
    if (typeof type === 'number') return type;
    if (type !== 'directory') return -E.NOTDIR;
    if (name.length > NAME_MAX) return -E.NAMETOOLONG;
    return { dir, name, trailingSlash: trimmed.length !== path.length };
  }

  /** Whether a mount point is at `path` (such directories cannot be removed or renamed: EBUSY). */
  isMountPoint(path: string): boolean {
    return this.mountAt(path) !== undefined || this.leadsToMount(path);
  }

  // Contents.

  /** Reads file bytes at `offset` (regular files only). */
  read(k: Kernel, node: VNode, offset: number, length: number): Uint8Array | number {
    switch (node.t) {
      case 'host':
        if (!this.host) return -E.IO;
        this.flushShared(k, node);
        return this.host.read(node.host, offset, length);
      case 'tmp':
        if (node.node.kind === 'directory') return -E.ISDIR;
        this.flushShared(k, node);
        return node.node.read(offset, length);
      case 'image': {
        const elf = k.program.elf ?? new Uint8Array(0);
        return elf.slice(Math.min(offset, elf.length), Math.min(offset + length, elf.length));
      }
      default: return -E.INVAL;
    }
  }

  /** Writes file bytes at `offset` (regular files only); returns the count. */
  write(k: Kernel, node: VNode, offset: number, bytes: Uint8Array): number {
    switch (node.t) {
      case 'host': {
        if (!this.host) return -E.IO;
        this.flushShared(k, node);
        const r = this.host.write(node.host, offset, bytes);
        if (r > 0) this.refreshShared(k, node);
        return r;
      }
      case 'tmp':
        if (node.node.kind === 'directory') return -E.ISDIR;
        // tmpfs lives in host memory: a file may grow up to the guest's memory limit.
        if (offset + bytes.length > k.memoryLimitBytes) return -E.NOSPC;
        this.flushShared(k, node);
        node.node.write(offset, bytes);
        node.node.timeNs = k.host.nowNanoseconds();
        this.refreshShared(k, node);
        return bytes.length;
      default: return -E.INVAL;
    }
  }

  size(k: Kernel, node: VNode): number {
    const s = this.stat(k, node);
    return typeof s === 'number' ? 0 : s.size;
  }

  truncate(k: Kernel, node: VNode, length: number): number {
    switch (node.t) {
      case 'host': {
        if (!this.host) return -E.IO;
        this.flushShared(k, node);
        const r = this.host.truncate(node.host, length);
        if (r === 0) this.refreshShared(k, node);
        return r;
      }
      case 'tmp':
        if (node.node.kind !== 'file') return -E.INVAL;
        if (length > k.memoryLimitBytes) return -E.NOSPC;
        this.flushShared(k, node);
        node.node.resize(length);
        node.node.timeNs = k.host.nowNanoseconds();
        this.refreshShared(k, node);
        return 0;
      default: return -E.INVAL;
    }
  }

  // Directory changes.

  create(k: Kernel, dir: Located, name: string, mode: number): VNode | number {
    const denied = this.writeDenied(dir.node);
    if (denied) return denied;
    if (dir.node.t === 'host') {
      const host = joinPath(dir.node.host, name);
      const r = this.host!.create(host, mode & 0o777);
      return r < 0 ? r : { t: 'host', root: dir.node.root, host };
    }
    if (dir.node.t === 'tmp') {
      const n = this.newTmpNode(k, 'file', mode & 0o7777, dir.node.node.dev);
      dir.node.node.children!.set(name, n);
      return { t: 'tmp', node: n };
    }
    return -E.ACCES;
  }

  /**
   * Whether `name` may be made in `dir` (filename_create() and may_create()): 0, or EEXIST when it exists, ENOENT
   * for a trailing slash on a name that is not made a directory, then the file system's refusal (EROFS, EACCES).
   */
  private creatable(k: Kernel, dir: Located, name: string, trailingSlash = false): number {
    if (name === '.' || name === '..') return -E.EXIST;
    const exists = this.lookup(k, dir, name);
    if (typeof exists !== 'number') return -E.EXIST;
    if (trailingSlash) return -E.NOENT;
    // procfs's lookup fails for a name it does not know: ENOENT before any permission check.
    if (dir.node.t === 'proc') return exists;
    const denied = this.writeDenied(dir.node);
    if (denied) return denied;
    return exists === -E.NOENT ? 0 : exists;
  }

  mkdir(k: Kernel, dir: Located, name: string, mode: number): number {
    const refused = this.creatable(k, dir, name);
    if (refused) return refused;
    if (dir.node.t === 'host') return this.host!.mkdir(joinPath(dir.node.host, name), mode & 0o777);
    if (dir.node.t === 'tmp') {
      const n = this.newTmpNode(k, 'directory', mode & 0o7777, dir.node.node.dev);
      dir.node.node.children!.set(name, n);
      dir.node.node.nlink++;
      return 0;
    }
    return -E.ACCES;
  }

  /**
   * mknodat for a FIFO: an inode `name` in `dir` (tmpfs). Host folders cannot hold one (the host gives no way to
   * make a FIFO): EPERM, as a file system that does not support them answers.
   */
  mkfifo(k: Kernel, dir: Located, name: string, mode: number): number {
    const refused = this.creatable(k, dir, name);
    if (refused) return refused;
    if (dir.node.t === 'host') {
      k.diagnostics.push(`mknod: FIFOs can be made in /tmp and /dev/shm, not in host folders ('${joinPath(dir.path, name)}'): EPERM`);
      return -E.PERM;
    }
    if (dir.node.t === 'tmp') {
      dir.node.node.children!.set(name, this.newTmpNode(k, 'fifo', mode & 0o7777, dir.node.node.dev));
      return 0;
    }
    return -E.ACCES;
  }

  /** bind of an AF_UNIX socket to a path: its socket inode `name` in `dir` (tmpfs; host folders: EACCES). */
  mksocket(k: Kernel, dir: Located, name: string, mode: number): TmpNode | number {
    const refused = this.creatable(k, dir, name);
    if (refused) return refused;
    if (dir.node.t === 'host') {
      k.diagnostics.push(`bind: AF_UNIX sockets can be bound in /tmp and /dev/shm or to abstract names, not in host folders ('${joinPath(dir.path, name)}'): EACCES`);
      return -E.ACCES;
    }
    if (dir.node.t !== 'tmp') return -E.ACCES;
    const node = this.newTmpNode(k, 'socket', mode & 0o7777, dir.node.node.dev);
    dir.node.node.children!.set(name, node);
    return node;
  }

  /** symlinkat: a symbolic link `name` in `dir` that reads `target`. */
  symlink(k: Kernel, dir: Located, name: string, target: string, trailingSlash: boolean): number {
    const refused = this.creatable(k, dir, name, trailingSlash);
    if (refused) return refused;
    if (dir.node.t === 'host') return this.host!.symlink ? this.host!.symlink(target, joinPath(dir.node.host, name)) : -E.PERM;
    if (dir.node.t === 'tmp') {
      dir.node.node.children!.set(name, this.newTmpNode(k, 'symlink', 0o777, dir.node.node.dev, target));
      return 0;
    }
    return -E.ACCES;
  }

  /**
   * linkat: a new name `name` in `dir` for `source` (do_linkat() and vfs_link()): EEXIST, EROFS, then EXDEV across
   * mounts, EPERM for a directory or where the file system cannot link, ENOENT for a file without names that was
   * not made linkable by O_TMPFILE.
   */
  link(k: Kernel, source: VNode, dir: Located, name: string, trailingSlash: boolean): number {
    const refused = this.creatable(k, dir, name, trailingSlash);
    if (refused) return refused;
    const sameMount = (source.t === 'host' && dir.node.t === 'host' && source.root === dir.node.root)
      || (source.t === 'tmp' && dir.node.t === 'tmp' && source.node.dev === dir.node.node.dev);
    if (!sameMount) return -E.XDEV;
    const type = this.typeOf(k, source);
    if (typeof type === 'number') return type;
    if (type === 'directory') return -E.PERM;
    if (source.t === 'host' && dir.node.t === 'host') {
      return this.host!.link ? this.host!.link(source.host, joinPath(dir.node.host, name)) : -E.PERM;
    }
    if (source.t === 'tmp' && dir.node.t === 'tmp') {
      if (source.node.nlink === 0 && !source.node.linkable) return -E.NOENT;
      source.node.linkable = false;
      source.node.nlink++;
      dir.node.node.children!.set(name, source.node);
      return 0;
    }
    return -E.PERM;
  }

  /** O_TMPFILE: an unnamed regular file on the file system of `dir` (EOPNOTSUPP where that cannot hold one). */
  tmpfile(k: Kernel, dir: Located, mode: number, linkable: boolean): TmpNode | number {
    const denied = this.writeDenied(dir.node);
    if (denied) return denied;
    if (dir.node.t !== 'tmp') return -E.OPNOTSUPP;
    const n = this.newTmpNode(k, 'file', mode & 0o7777, dir.node.node.dev);
    n.nlink = 0;
    n.linkable = linkable;
    return n;
  }

  /** unlink (directory false) or rmdir (directory true) of `name` in `dir`. */
  remove(k: Kernel, dir: Located, name: string, directory: boolean): number {
    if (directory && name === '.') return -E.INVAL;
    if (directory && name === '..') return -E.NOTEMPTY;
    if (!directory && (name === '.' || name === '..')) return -E.ISDIR;
    const target = this.lookup(k, dir, name);
    if (typeof target === 'number') return target;
    const type = this.typeOf(k, target);
    if (typeof type === 'number') return type;
    if (directory && type !== 'directory') return -E.NOTDIR;
    if (!directory && type === 'directory') return -E.ISDIR;
    if (this.isMountPoint(joinPath(dir.path, name))) return -E.BUSY;
    const denied = this.writeDenied(dir.node);
    if (denied) return denied;
    if (dir.node.t === 'host' && target.t === 'host') {
      if (!directory) this.detachShared(k, target);
      return directory ? this.host!.rmdir(target.host) : this.host!.unlink(target.host);
    }
    if (dir.node.t === 'tmp' && target.t === 'tmp') {
      if (directory && target.node.children!.size > 0) return -E.NOTEMPTY;
      dir.node.node.children!.delete(name);
      dropLink(target.node);
      if (directory) dir.node.node.nlink--;
      return 0;
    }
    return -E.ACCES;
  }

  rename(k: Kernel, from: Located, fromName: string, to: Located, toName: string, noReplace: boolean): number {
    if (fromName === '.' || fromName === '..' || toName === '.' || toName === '..') return -E.BUSY;
    const source = this.lookup(k, from, fromName);
    if (typeof source === 'number') return source;
    const sourcePath = joinPath(from.path, fromName);
    const destPath = joinPath(to.path, toName);
    if (this.isMountPoint(sourcePath) || this.isMountPoint(destPath)) return -E.BUSY;
    const denied = this.writeDenied(from.node) || this.writeDenied(to.node);
    if (denied) return denied;
    const sameFs = (from.node.t === 'host' && to.node.t === 'host' && from.node.root === to.node.root)
      || (from.node.t === 'tmp' && to.node.t === 'tmp' && from.node.node.dev === to.node.node.dev);
    if (!sameFs) return -E.XDEV;
    const sourceType = this.typeOf(k, source);
    if (typeof sourceType === 'number') return sourceType;
    if (sourceType === 'directory' && (destPath + '/').startsWith(sourcePath + '/') && destPath !== sourcePath) return -E.INVAL;
    const existing = this.lookup(k, to, toName);
    if (typeof existing !== 'number') {
      if (noReplace) return -E.EXIST;
      const existingType = this.typeOf(k, existing);
      if (existingType === 'directory' && sourceType !== 'directory') return -E.ISDIR;
      if (existingType !== 'directory' && sourceType === 'directory') return -E.NOTDIR;
    } else if (existing !== -E.NOENT) return existing;
    if (sourcePath === destPath) return 0;
    // Two names of one file: rename does nothing (both names stay), as rename(2) says.
    if (typeof existing !== 'number' && existing.t === 'tmp' && source.t === 'tmp' && existing.node === source.node) return 0;
    if (from.node.t === 'host' && to.node.t === 'host' && source.t === 'host') {
      return this.host!.rename(source.host, joinPath(to.node.host, toName));
    }
    if (from.node.t === 'tmp' && to.node.t === 'tmp' && source.t === 'tmp') {
      if (typeof existing !== 'number' && existing.t === 'tmp') {
        if (existing.node.kind === 'directory' && existing.node.children!.size > 0) return -E.NOTEMPTY;
        dropLink(existing.node);
      }
      from.node.node.children!.delete(fromName);
      to.node.node.children!.set(toName, source.node);
      if (source.node.kind === 'directory' && from.node.node !== to.node.node) { from.node.node.nlink--; to.node.node.nlink++; }
      return 0;
    }
    return -E.XDEV;
  }

  // MAP_SHARED coherence: a file's shared mappings (in every process) use one store of pages (sharedMemory.ts), like
  // Linux's page cache; the guest sees the file otherwise only through system calls, so copying between the store
  // and the file at each system call that reads or changes the file keeps them coherent.

  /** The store of a file's shared mappings (created on first use); `writable` records a writable mapping. */
  storeFor(k: Kernel, node: VNode, writable: boolean): SharedStore | undefined {
    const key = storeKey(node);
    if (key === undefined) return undefined;
    const stores = storesOf(this);
    let store = stores.get(key);
    if (!store) {
      store = new SharedStore();
      stores.set(key, store);
    }
    store.file = { node, writable: writable || (store.file?.writable ?? false), read: (offset, length) => this.rawRead(k, node, offset, length) };
    return store;
  }

  /** Copies the pages of the file's store into the file (before the file is read, stat'ed, written or mapped). */
  flushShared(k: Kernel, node: VNode): void {
    const key = storeKey(node);
    const store = key === undefined ? undefined : storesOf(this).get(key);
    if (!store?.file?.writable) return;
    const size = this.rawSize(k, node);
    store.flushTo(size, (offset, bytes) => {
      if (node.t === 'tmp') node.node.data.set(bytes, offset);
      else if (node.t === 'host' && this.host) this.host.write(node.host, offset, bytes);
    });
  }

  /** Copies the file's contents into its store's pages (after a write or truncate through the file). */
  refreshShared(k: Kernel, node: VNode): void {
    const key = storeKey(node);
    const store = key === undefined ? undefined : storesOf(this).get(key);
    if (store) store.refreshFrom((offset, length) => this.rawRead(k, node, offset, length));
  }

  /** Forgets the store of a file when no live process maps it any more (after munmap, mremap, exit). */
  releaseStore(k: Kernel, store: SharedStore, mapped: (store: SharedStore) => boolean): void {
    const node = store.file?.node;
    const key = node ? storeKey(node) : undefined;
    if (!node || key === undefined || storesOf(this).get(key) !== store || mapped(store)) return;
    this.flushShared(k, node);
    storesOf(this).delete(key);
  }

  /** Flushes every file store (msync, exit). */
  flushAll(k: Kernel): void {
    for (const store of storesOf(this).values()) if (store.file) this.flushShared(k, store.file.node);
  }

  /** A host file about to be unlinked: its mappings keep their memory but stop following the file. */
  private detachShared(k: Kernel, node: VNode): void {
    const key = storeKey(node);
    const store = key === undefined ? undefined : storesOf(this).get(key);
    if (!store) return;
    this.flushShared(k, node);
    storesOf(this).delete(key!);
    store.file = undefined;
  }

  /** File bytes without flushing (the store's own reads). */
  private rawRead(k: Kernel, node: VNode, offset: number, length: number): Uint8Array | undefined {
    if (node.t === 'tmp') return node.node.read(offset, length);
    if (node.t === 'host' && this.host) {
      const r = this.host.read(node.host, offset, length);
      return typeof r === 'number' ? undefined : r;
    }
    void k;
    return undefined;
  }

  private rawSize(k: Kernel, node: VNode): number {
    if (node.t === 'tmp') return node.node.size;
    return this.size(k, node);
  }
}

/** A name of a tmpfs node goes away: a directory has none left, a file one fewer (hard links). */
function dropLink(node: TmpNode): void {
  node.nlink = node.kind === 'directory' ? 0 : Math.max(0, node.nlink - 1);
}

/** Which file a store belongs to (tmpfs inodes by their numbers, which survive the debugger's state snapshots). */
function storeKey(node: VNode): string | undefined {
  if (node.t === 'tmp') return `tmp:${node.node.dev}:${node.node.ino}`;
  if (node.t === 'host') return `host:${node.host}`;
  return undefined;
}

/** The file stores of a Vfs, outside the object so that kernel-state snapshots do not copy them (see sharedMemory.ts). */
const fileStores = new WeakMap<Vfs, Map<string, SharedStore>>();
function storesOf(vfs: Vfs): Map<string, SharedStore> {
  let m = fileStores.get(vfs);
  if (!m) { m = new Map(); fileStores.set(vfs, m); }
  return m;
}

/** What /proc/self/fd/N reads as for an open file. */
export function describeOpenFile(node: VNode, path: string): string {
  switch (node.t) {
    case 'pipe': return `pipe:[${node.pipe.id}]`;
    case 'sock': return `socket:[${node.sock.id}]`;
    case 'anon': return `anon_inode:[${node.anon.kind}]`;
    case 'std': return ['/dev/stdin', '/dev/stdout', '/dev/stderr'][node.stream] ?? path;
    case 'tmp': return node.node.nlink === 0 && node.node.kind === 'file' ? `${path} (deleted)` : path;
    default: return path;
  }
}

/** Guest path bytes read from user memory as a string (for messages). */
export function pathText(bytes: Uint8Array): string {
  return decodeUtf8(bytes);
}

export { typeBits, parentPath, joinPath };
