// The process's file descriptors and open file descriptions. An OpenFile is what Linux calls a `struct file`:
// a node of the virtual file system (vfs/), the open flags and the file position; dup'ed descriptors share one
// OpenFile, so they share the position and the status flags, while close-on-exec belongs to the descriptor. The
// standard streams are nodes that reach HostIO. The file system itself (roots, tmpfs, /dev, /proc, pipes) is the
// Vfs kept here, created on first use so that the kernel needs no other field.
import type { VNode } from './vfs/nodes.js';
import type { Vfs } from './vfs/vfs.js';

export const O_ACCMODE = 3;
export const O_RDONLY = 0;
export const O_WRONLY = 1;
export const O_RDWR = 2;
export const O_CREAT = 0x40;
export const O_EXCL = 0x80;
export const O_NOCTTY = 0x100;
export const O_TRUNC = 0x200;
export const O_APPEND = 0x400;
export const O_NONBLOCK = 0x800;
export const O_DSYNC = 0x1000;
export const O_ASYNC = 0x2000;
export const O_DIRECTORY = 0x4000;
export const O_NOFOLLOW = 0x8000;
export const O_DIRECT = 0x10000;
export const O_LARGEFILE = 0x20000;
export const O_NOATIME = 0x40000;
export const O_CLOEXEC = 0x80000;
export const O_PATH = 0x200000;
export const O_TMPFILE = 0x400000 | O_DIRECTORY;

let nextOpenFileId = 1;

export class OpenFile {
  /** Names this open file description (flock and OFD locks are its: locks.ts). */
  readonly id = nextOpenFileId++;
  /** Directory entries as read at the first getdents64 (rewound by lseek). */
  entries: { name: string; type: number; ino: bigint }[] | undefined;
  /** A snapshot of generated contents (/proc/self/maps), taken at open. */
  content: Uint8Array | undefined;
  /** How many other file tables (forked processes) also hold this description; see FileTable.clone. */
  otherTables = 0;
  constructor(
    readonly node: VNode,
    /** The guest path it was opened by (for /proc/self/fd and maps). */
    readonly path: string,
    /** Open flags as F_GETFL reports them. */
    public flags: number,
    public position = 0,
  ) {}

  get readable(): boolean { return (this.flags & O_PATH) === 0 && (this.flags & O_ACCMODE) !== O_WRONLY; }
  get writable(): boolean { return (this.flags & O_PATH) === 0 && ((this.flags & O_ACCMODE) === O_WRONLY || (this.flags & O_ACCMODE) === O_RDWR); }
}

export class FileTable {
  private readonly table = new Map<number, { file: OpenFile; closeOnExec: boolean }>();
  private limit: number;
  /** The file system, created on first use (vfs/vfs.ts). */
  vfs: Vfs | undefined;

  constructor(limit = 1024) {
    this.limit = limit;
    this.table.set(0, { file: new OpenFile({ t: 'std', stream: 0 }, '/dev/stdin', O_RDONLY), closeOnExec: false });
    this.table.set(1, { file: new OpenFile({ t: 'std', stream: 1 }, '/dev/stdout', O_WRONLY), closeOnExec: false });
    this.table.set(2, { file: new OpenFile({ t: 'std', stream: 2 }, '/dev/stderr', O_WRONLY), closeOnExec: false });
  }

  get(fd: number): OpenFile | undefined {
    return this.table.get(fd)?.file;
  }

  closeOnExec(fd: number): boolean | undefined {
    return this.table.get(fd)?.closeOnExec;
  }

  setCloseOnExec(fd: number, on: boolean): void {
    const entry = this.table.get(fd);
    if (entry) entry.closeOnExec = on;
  }

  /** Open descriptors in increasing order. */
  descriptors(): number[] {
    return [...this.table.keys()].sort((a, b) => a - b);
  }

  /** Installs a file at the lowest free descriptor at or above `from`; -1 when the table is full. */
  install(file: OpenFile, from = 0, closeOnExec = false): number {
    for (let fd = from; fd < this.limit; fd++) {
      if (!this.table.has(fd)) { this.table.set(fd, { file, closeOnExec }); return fd; }
    }
    return -1;
  }

  /** Installs a file at exactly `fd`; returns the file that was there (now closed by the caller), or false. */
  installAt(fd: number, file: OpenFile, closeOnExec = false): OpenFile | undefined | false {
    if (fd < 0 || fd >= this.limit) return false;
    const old = this.table.get(fd)?.file;
    this.table.set(fd, { file, closeOnExec });
    return old;
  }

  /** Removes a descriptor; returns its file, or undefined when it was not open. */
  remove(fd: number): OpenFile | undefined {
    const entry = this.table.get(fd);
    if (!entry) return undefined;
    this.table.delete(fd);
    return entry.file;
  }

  /** Whether any descriptor still refers to the open file. */
  isOpen(file: OpenFile): boolean {
    for (const entry of this.table.values()) if (entry.file === file) return true;
    return false;
  }

  get maxDescriptors(): number { return this.limit; }
  /** RLIMIT_NOFILE's soft limit: descriptors from here on are refused (open ones stay). */
  set maxDescriptors(n: number) { this.limit = n; }

  /** fork without CLONE_FILES: a new table whose descriptors share this table's open file descriptions. */
  clone(): FileTable {
    const copy = new FileTable(this.limit);
    copy.table.clear();
    const files = new Set<OpenFile>();
    for (const [fd, entry] of this.table) { copy.table.set(fd, { ...entry }); files.add(entry.file); }
    for (const file of files) file.otherTables++;
    copy.vfs = this.vfs;
    return copy;
  }
}

/** Normalises a guest path against the working directory: resolves '.', '..' and repeated slashes. */
export function resolveGuestPath(cwd: string, path: string): string {
  const parts = (path.startsWith('/') ? path : `${cwd}/${path}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return '/' + out.join('/');
}
