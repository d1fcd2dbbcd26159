// Node implementation of the emulator's HostIO for the command line: guest stdout/stderr go to callbacks, stdin
// is read synchronously from file descriptor 0, the clock is the host's, and the guest's file system sees host
// folders only through the sandbox roots (read-only unless marked writable), by the HostFiles implementation
// shared with the debug adapter (debug-adapter/hostFileSystem.ts); the emulator's VFS adds tmpfs, /dev and /proc.
// createSandboxFileSystem is the older read-only whole-file view. The guest never runs host programs.
import { closeSync, fstatSync, openSync, readSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { pause } from './syncOutput.js';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { HostIO, SandboxFileSystem } from '../emulator/machine/api.js';
import { createNodeHostFiles, type RootSpec } from '../debug-adapter/hostFileSystem.js';
import type { LinuxHostIO, StdinFile } from '../emulator/linux/stdin.js';

export type { RootSpec };

/** Files larger than this are not offered to the guest (the whole file is read into memory). */
const MAX_FILE_BYTES = 64 << 20;

function inside(root: string, path: string): boolean {
  const r = relative(root, path);
  return r === '' || (!r.startsWith('..' + sep) && r !== '..' && !isAbsolute(r));
}

/** A read-only view of host files below `roots`; guest paths are host absolute paths. */
export function createSandboxFileSystem(roots: readonly string[], cwd: string): SandboxFileSystem {
  const realRoots = roots.map((r) => {
    try { return realpathSync(r); } catch { return resolve(r); }
  });
  const allowed = (guestPath: string): string | undefined => {
    try {
      const real = realpathSync(resolve(cwd, guestPath));
      return realRoots.some((root) => inside(root, real)) ? real : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    cwd,
    readFile(guestPath) {
      const real = allowed(guestPath);
      if (!real) return undefined;
      try {
        const st = statSync(real);
        if (!st.isFile() || st.size > MAX_FILE_BYTES) return undefined;
        return new Uint8Array(readFileSync(real));
      } catch {
        return undefined;
      }
    },
    listDirectory(guestPath) {
      const real = allowed(guestPath);
      if (!real) return undefined;
      try {
        return readdirSync(real, { withFileTypes: true }).map((d) => ({ name: d.name, directory: d.isDirectory() }));
      } catch {
        return undefined;
      }
    },
  };
}

/** Reads standard input synchronously: bytes, an empty array at end of input. */
export function readStdinSync(max: number, fd = 0): Uint8Array {
  const buffer = new Uint8Array(Math.max(1, Math.min(max, 1 << 20)));
  for (;;) {
    try {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      return buffer.slice(0, n);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'EAGAIN') { pause(10); continue; }
      if (code === 'EOF') return new Uint8Array(0);
      return new Uint8Array(0);
    }
  }
}

export interface NodeHostOptions {
  /** Guest output; false when the host's stream is closed (the guest's write then fails with EPIPE). */
  readonly writeStdout: (bytes: Uint8Array) => boolean | void;
  readonly writeStderr: (bytes: Uint8Array) => boolean | void;
  /** Standard input: 'inherit' reads the host's fd 0; bytes give a fixed input; undefined gives none (EOF). */
  readonly stdin?: 'inherit' | Uint8Array;
  /** Folders the guest may see: a path (read-only) or a path with its writability. */
  readonly roots: readonly (string | RootSpec)[];
  readonly cwd: string;
  /** A fixed clock for reproducible runs. */
  readonly clock?: () => bigint;
}

/**
 * The host's descriptor `fd` as the guest's regular-file standard input when it is one (`prog < file`): Linux
 * then gives the guest that file (lseek, pread, fstat size), not a stream. Undefined for pipes and terminals.
 */
export function regularFileStdin(fd = 0): StdinFile | undefined {
  try {
    if (!fstatSync(fd).isFile()) return undefined;
  } catch {
    return undefined;
  }
  return {
    size: () => { try { return fstatSync(fd).size; } catch { return 0; } },
    read(offset, max) {
      const buffer = new Uint8Array(Math.max(0, Math.min(max, 1 << 20)));
      try {
        return buffer.slice(0, readSync(fd, buffer, 0, buffer.length, offset));
      } catch {
        return new Uint8Array(0);
      }
    },
  };
}

/** HostIO backed by Node. */
export function createNodeHostIO(options: NodeHostOptions): LinuxHostIO {
  let fixedInput = options.stdin instanceof Uint8Array ? options.stdin : undefined;
  const stdin = options.stdin;
  const stdinFile = stdin === 'inherit' ? regularFileStdin() : undefined;
  return {
    ...(stdinFile ? { stdinFile } : {}),
    writeStdout: options.writeStdout,
    writeStderr: options.writeStderr,
    readStdin(max) {
      if (stdin === 'inherit') return readStdinSync(max);
      if (!fixedInput || fixedInput.length === 0) return new Uint8Array(0);
      const chunk = fixedInput.subarray(0, max);
      fixedInput = fixedInput.subarray(chunk.length);
      return chunk;
    },
    nowNanoseconds: options.clock ?? (() => BigInt(Date.now()) * 1_000_000n),
    files: createNodeHostFiles(options.roots.map((r) => (typeof r === 'string' ? { path: r, writable: false } : r)), options.cwd),
  };
}

/**
 * Opens and closes a path to check that it is a readable regular file; returns an error message or undefined.
 * Anything else is refused before it is opened: a FIFO would block the open, a device like /dev/zero would be
 * read forever.
 */
export function checkReadable(path: string): string | undefined {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return `'${path}' is a directory`;
    if (!st.isFile()) return `'${path}' is not a regular file`;
    closeSync(openSync(path, 'r'));
    return undefined;
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') return `'${path}': no such file`;
    if (code === 'EACCES') return `'${path}': permission denied`;
    return `cannot read '${path}': ${(e as Error).message}`;
  }
}

/** The bytes of a regular file (an included or .incbin file), or undefined when it is missing, unreadable or not a regular file. */
export function readRegularFile(path: string): Uint8Array | undefined {
  try {
    if (!statSync(path).isFile()) return undefined;
    return new Uint8Array(readFileSync(path));
  } catch {
    return undefined;
  }
}
