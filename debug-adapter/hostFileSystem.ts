// The Node implementation of the emulator's HostFiles (emulator/linux/vfs/host.ts), shared by the command line
// (cli/hostIo.ts) and the debug adapter: plain synchronous file operations on host paths below the sandbox
// roots. The emulator's VFS does the path walk (roots, '..', symbolic links); this layer checks again, as a
// second line of defence, that the real path of every file it touches (or of the folder it creates a file in)
// lies inside a root, and inside a writable root for any change, and never follows a final symbolic link when it
// opens, creates or truncates a file. Errors come back as negative Linux errno values.
import {
  closeSync, constants, fstatSync, ftruncateSync, lstatSync, mkdirSync, openSync, readSync, readdirSync, readlinkSync, realpathSync,
  renameSync, rmdirSync, unlinkSync, writeSync, symlinkSync, linkSync,
} from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { SandboxFileSystem } from '../emulator/machine/api.js';
import type { HostFiles, HostFileStat, HostFileType, HostRoot } from '../emulator/linux/vfs/host.js';

export interface RootSpec {
  readonly path: string;
  readonly writable: boolean;
}

const ERRNO: Readonly<Record<string, number>> = {
  EPERM: 1, ENOENT: 2, EIO: 5, EBADF: 9, EAGAIN: 11, ENOMEM: 12, EACCES: 13, EBUSY: 16, EEXIST: 17, EXDEV: 18,
  ENOTDIR: 20, EISDIR: 21, EINVAL: 22, EMFILE: 24, ETXTBSY: 26, EFBIG: 27, ENOSPC: 28, EROFS: 30, EMLINK: 31,
  ENAMETOOLONG: 36, ENOTEMPTY: 39, ELOOP: 40, EOVERFLOW: 75, ENOTSUP: 95, EOPNOTSUPP: 95,
};

function errno(e: unknown): number {
  const code = (e as { code?: string }).code;
  return -(code !== undefined ? ERRNO[code] ?? 5 : 5);
}

function inside(root: string, path: string): boolean {
  const r = relative(root, path);
  return r === '' || (!r.startsWith('..' + sep) && r !== '..' && !isAbsolute(r));
}

/** Merges root specs: one entry per folder, writable when any spec says so. */
export function normaliseRoots(specs: readonly RootSpec[], base: string): HostRoot[] {
  const byPath = new Map<string, boolean>();
  for (const s of specs) {
    const p = resolve(base, s.path);
    byPath.set(p, (byPath.get(p) ?? false) || s.writable);
  }
  return [...byPath].map(([path, writable]) => {
    let realPath: string | undefined;
    try { realPath = realpathSync(path); } catch { realPath = undefined; }
    return realPath !== undefined && realPath !== path ? { path, realPath, writable } : { path, writable };
  });
}

const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/** HostFiles (and the older SandboxFileSystem) over Node's fs, limited to `roots`. */
export function createNodeHostFiles(specs: readonly RootSpec[], cwd: string): HostFiles & SandboxFileSystem {
  const roots = normaliseRoots(specs, cwd);
  const real = roots.map((r) => ({ real: r.realPath ?? r.path, writable: r.writable }));

  /** 0 when `path` (its real path, or its folder's for a path that need not exist) is inside an allowed root. */
  const check = (path: string, write: boolean, mayNotExist = false): number => {
    let target: string;
    try {
      target = realpathSync(path);
    } catch (e) {
      if (!mayNotExist) return errno(e);
      try { target = resolve(realpathSync(dirname(path)), path.slice(dirname(path).length + 1)); } catch (e2) { return errno(e2); }
    }
    const root = real.filter((r) => inside(r.real, target)).sort((a, b) => b.real.length - a.real.length)[0];
    if (!root) return -13;
    return write && !root.writable ? -30 : 0;
  };
  /** Like check, for an entry itself (which may be a symbolic link): its folder must be inside a root. */
  const checkEntry = (path: string, write: boolean): number => {
    const root = roots.find((r) => r.path === path || r.realPath === path);
    if (root) return write && !root.writable ? -30 : 0;
    return check(dirname(path), write);
  };

  const files: HostFiles & SandboxFileSystem = {
    roots,
    cwd,
    lstat(path): HostFileStat | number {
      const denied = checkEntry(path, false);
      if (denied) return denied;
      try {
        const s = lstatSync(path, { bigint: true });
        const type: HostFileType = s.isFile() ? 'file' : s.isDirectory() ? 'directory' : s.isSymbolicLink() ? 'symlink' : 'other';
        return {
          type, size: Number(s.size), mode: Number(s.mode & 0o7777n), ino: s.ino, dev: s.dev, nlink: Number(s.nlink),
          atimeNs: s.atimeNs, mtimeNs: s.mtimeNs, ctimeNs: s.ctimeNs,
        };
      } catch (e) { return errno(e); }
    },
    readlink(path) {
      const denied = checkEntry(path, false);
      if (denied) return denied;
      try { return readlinkSync(path, 'utf8'); } catch (e) { return errno(e); }
    },
    readDirectory(path) {
      const denied = check(path, false);
      if (denied) return denied;
      try {
        return readdirSync(path, { withFileTypes: true }).map((d) => ({
          name: d.name, type: d.isFile() ? 'file' as const : d.isDirectory() ? 'directory' as const : d.isSymbolicLink() ? 'symlink' as const : 'other' as const,
        }));
      } catch (e) { return errno(e); }
    },
    read(path, offset, length) {
      const denied = check(path, false);
      if (denied) return denied;
      let fd: number | undefined;
      try {
        fd = openSync(path, constants.O_RDONLY | O_NOFOLLOW);
        const available = Math.max(0, fstatSync(fd).size - offset);
        const buffer = new Uint8Array(Math.min(length, available, 1 << 26));
        let done = 0;
        while (done < buffer.length) {
          const n = readSync(fd, buffer, done, buffer.length - done, offset + done);
          if (n === 0) break;
          done += n;
        }
        return buffer.slice(0, done);
      } catch (e) { return errno(e); } finally { if (fd !== undefined) closeSync(fd); }
    },
    write(path, offset, data) {
      const denied = check(path, true);
      if (denied) return denied;
      let fd: number | undefined;
      try {
        fd = openSync(path, constants.O_WRONLY | O_NOFOLLOW);
        let done = 0;
        while (done < data.length) done += writeSync(fd, data, done, data.length - done, offset + done);
        return done;
      } catch (e) { return errno(e); } finally { if (fd !== undefined) closeSync(fd); }
    },
    create(path, mode) {
      const denied = check(path, true, true);
      if (denied) return denied;
      try {
        closeSync(openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | O_NOFOLLOW, mode));
        return 0;
      } catch (e) { return errno(e); }
    },
    truncate(path, length) {
      const denied = check(path, true);
      if (denied) return denied;
      let fd: number | undefined;
      try {
        fd = openSync(path, constants.O_WRONLY | O_NOFOLLOW);
        ftruncateSync(fd, length);
        return 0;
      } catch (e) { return errno(e); } finally { if (fd !== undefined) closeSync(fd); }
    },
    unlink(path) {
      const denied = checkEntry(path, true);
      if (denied) return denied;
      try { unlinkSync(path); return 0; } catch (e) { return errno(e); }
    },
    rmdir(path) {
      const denied = checkEntry(path, true);
      if (denied) return denied;
      try { rmdirSync(path); return 0; } catch (e) { return errno(e); }
    },
    mkdir(path, mode) {
      const denied = check(path, true, true);
      if (denied) return denied;
      try { mkdirSync(path, { mode }); return 0; } catch (e) { return errno(e); }
    },
    rename(from, to) {
      const denied = checkEntry(from, true) || check(to, true, true);
      if (denied) return denied;
      try { renameSync(from, to); return 0; } catch (e) { return errno(e); }
    },
    symlink(target, path) {
      const denied = check(path, true, true);
      if (denied) return denied;
      try { symlinkSync(target, path); return 0; } catch (e) { return errno(e); }
    },
    link(existing, path) {
      const denied = checkEntry(existing, true) || check(path, true, true);
      if (denied) return denied;
      try { linkSync(existing, path); return 0; } catch (e) { return errno(e); }
    },
    // The older whole-file interface, for callers that still use it.
    readFile(guestPath) {
      const path = resolve(cwd, guestPath);
      const s = files.lstat(path);
      if (typeof s === 'number' || s.type !== 'file') return undefined;
      const r = files.read(path, 0, s.size);
      return typeof r === 'number' ? undefined : r;
    },
    listDirectory(guestPath) {
      const r = files.readDirectory(resolve(cwd, guestPath));
      return typeof r === 'number' ? undefined : r.map((e) => ({ name: e.name, directory: e.type === 'directory' }));
    },
  };
  return files;
}
