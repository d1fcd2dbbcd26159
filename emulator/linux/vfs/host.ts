// The host side of the guest's file system, as the emulator sees it: HostFiles is the interface a host layer
// (cli/, debug-adapter/, tests) injects through HostIO.files to give the guest folders of the host. The
// emulator decides everything about paths (roots, '..', symbolic links: see vfs.ts); a HostFiles only performs
// plain operations on host paths below its roots and answers with negative errno values (it should also refuse
// any host path whose real path leaves every root, as a second line of defence). The older read-only
// SandboxFileSystem (readFile/listDirectory) is still accepted and adapted here.
import { E } from '../constants.js';
import type { SandboxFileSystem } from '../../machine/api.js';

export type HostFileType = 'file' | 'directory' | 'symlink' | 'other';

export interface HostFileStat {
  readonly type: HostFileType;
  readonly size: number;
  /** Permission bits (0o7777). */
  readonly mode: number;
  readonly ino: bigint;
  readonly dev: bigint;
  readonly nlink: number;
  readonly atimeNs: bigint;
  readonly mtimeNs: bigint;
  readonly ctimeNs: bigint;
}

export interface HostRoot {
  /** Absolute host path of the folder, as the guest sees it (guest paths of host files are host paths). */
  readonly path: string;
  /** The folder's real path (symbolic links resolved), when it differs; the guest may use it too. */
  readonly realPath?: string;
  /** Whether the guest may create, change and remove files below it. */
  readonly writable: boolean;
}

/** Host file operations; every result that is a number is 0 / a count, or a negative errno. */
export interface HostFiles {
  readonly roots: readonly HostRoot[];
  /** The guest's initial working directory. */
  readonly cwd: string;
  lstat(path: string): HostFileStat | number;
  readlink(path: string): string | number;
  readDirectory(path: string): readonly { name: string; type: HostFileType }[] | number;
  read(path: string, offset: number, length: number): Uint8Array | number;
  /** Writes into an existing regular file (never following a final symbolic link). */
  write(path: string, offset: number, data: Uint8Array): number;
  /** Creates an empty regular file (never following a final symbolic link); -EEXIST when it exists. */
  create(path: string, mode: number): number;
  truncate(path: string, length: number): number;
  unlink(path: string): number;
  rmdir(path: string): number;
  mkdir(path: string, mode: number): number;
  rename(from: string, to: string): number;
  /** Creates a symbolic link at `path` reading `target` (optional: without it, link creation is EPERM). */
  symlink?(target: string, path: string): number;
  /** Creates a hard link `path` to the existing entry `existing` (never following it; optional: EPERM without it). */
  link?(existing: string, path: string): number;
}

/** Whether HostIO.files offers the full HostFiles interface. */
export function isHostFiles(files: unknown): files is HostFiles {
  const f = files as Partial<HostFiles> | undefined;
  return !!f && Array.isArray(f.roots) && typeof f.lstat === 'function' && typeof f.readDirectory === 'function' && typeof f.read === 'function';
}


/**
 * A read-only HostFiles over the older SandboxFileSystem (whole-file reads and listings by guest path): one
 * root at '/', so every path the older interface knows is visible, plus the folders above its cwd.
 */
export function legacyHostFiles(fs: SandboxFileSystem): HostFiles {
  const cwd = fs.cwd;
  const isAncestorOfCwd = (path: string): boolean => path === '/' || cwd === path || cwd.startsWith(path.endsWith('/') ? path : path + '/');
  const stat = (type: HostFileType, size: number): HostFileStat => ({
    type, size, mode: type === 'directory' ? 0o555 : 0o444, ino: 0n, dev: 0n, nlink: 1, atimeNs: 0n, mtimeNs: 0n, ctimeNs: 0n,
  });
  return {
    roots: [{ path: '/', writable: false }],
    cwd,
    lstat(path) {
      const data = fs.readFile(path);
      if (data) return stat('file', data.length);
      if (fs.listDirectory(path) || isAncestorOfCwd(path)) return stat('directory', 4096);
      return -E.NOENT;
    },
    readlink: () => -E.INVAL,
    readDirectory(path) {
      const entries = fs.listDirectory(path);
      if (entries) return entries.map((e) => ({ name: e.name, type: e.directory ? 'directory' as const : 'file' as const }));
      if (isAncestorOfCwd(path)) {
        const rest = cwd.slice(path === '/' ? 1 : path.length + 1).split('/')[0];
        return rest ? [{ name: rest, type: 'directory' as const }] : [];
      }
      return fs.readFile(path) ? -E.NOTDIR : -E.NOENT;
    },
    read(path, offset, length) {
      const data = fs.readFile(path);
      if (!data) return -E.NOENT;
      return data.slice(Math.min(offset, data.length), Math.min(offset + length, data.length));
    },
    write: () => -E.ROFS,
    create: () => -E.ROFS,
    truncate: () => -E.ROFS,
    unlink: () => -E.ROFS,
    rmdir: () => -E.ROFS,
    mkdir: () => -E.ROFS,
    rename: () => -E.ROFS,
  };
}
