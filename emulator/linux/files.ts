// The process's file descriptors: standard streams connected to HostIO, read-only files from the injected
// SandboxFileSystem, directories (for getdents64), /dev/null and /dev/urandom (seeded). Open file descriptions
// are shared objects, so dup'ed descriptors share their file position, as in Linux.

export type OpenFileKind = 'stdin' | 'stdout' | 'stderr' | 'file' | 'directory' | 'null' | 'urandom';

export interface OpenFile {
  readonly kind: OpenFileKind;
  readonly path: string;
  /** Contents of a regular file. */
  readonly data?: Uint8Array;
  /** Entries of a directory. */
  readonly entries?: readonly { name: string; directory: boolean }[];
  position: number;
  readonly writable: boolean;
}

export class FileTable {
  private readonly table = new Map<number, { file: OpenFile; closeOnExec: boolean }>();
  private readonly limit: number;

  constructor(limit = 1024) {
    this.limit = limit;
    this.table.set(0, { file: { kind: 'stdin', path: '/dev/stdin', position: 0, writable: false }, closeOnExec: false });
    this.table.set(1, { file: { kind: 'stdout', path: '/dev/stdout', position: 0, writable: true }, closeOnExec: false });
    this.table.set(2, { file: { kind: 'stderr', path: '/dev/stderr', position: 0, writable: true }, closeOnExec: false });
  }

  get(fd: number): OpenFile | undefined {
    return this.table.get(fd)?.file;
  }

  /** Installs a file at the lowest free descriptor at or above `from`; -1 when the table is full. */
  install(file: OpenFile, from = 0, closeOnExec = false): number {
    for (let fd = from; fd < this.limit; fd++) {
      if (!this.table.has(fd)) { this.table.set(fd, { file, closeOnExec }); return fd; }
    }
    return -1;
  }

  /** Installs a file at exactly `fd`, closing what was there. */
  installAt(fd: number, file: OpenFile, closeOnExec = false): boolean {
    if (fd < 0 || fd >= this.limit) return false;
    this.table.set(fd, { file, closeOnExec });
    return true;
  }

  close(fd: number): boolean {
    return this.table.delete(fd);
  }

  get maxDescriptors(): number { return this.limit; }
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
