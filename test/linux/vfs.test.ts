// The guest's virtual file system, call by call (as the machine makes them on SVC): host roots through the Node
// HostFiles (read-only and writable), escapes by absolute path, '..' and symbolic links, tmpfs at /tmp and
// /dev/shm, /dev, /proc/self, pipes, memfd and file mappings with PROT_MTE, descriptor calls, and the errno
// values Linux gives (fs/namei.c, fs/open.c, fs/read_write.c, mm/mmap.c, Documentation/arm64/memory-tagging-extension.rst).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, existsSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createNodeHostFiles } from '../../debug-adapter/hostFileSystem.js';
import { makeProcess, SCRATCH, type TestProcess } from './helpers.js';

const SYS = {
  getcwd: 17, dup: 23, dup3: 24, fcntl: 25, ioctl: 29, mkdirat: 34, unlinkat: 35, renameat: 38, truncate: 45,
  ftruncate: 46, faccessat: 48, chdir: 49, fchdir: 50, openat: 56, close: 57, pipe2: 59, getdents64: 61, lseek: 62,
  read: 63, write: 64, readv: 65, writev: 66, pread64: 67, pwrite64: 68, readlinkat: 78, newfstatat: 79, fstat: 80,
  futex: 98, set_robust_list: 99, sched_getaffinity: 123, umask: 166, getcpu: 168, munmap: 215, mmap: 222,
  mprotect: 226, msync: 227, wait4: 260, renameat2: 276, memfd_create: 279, statx: 291, rseq: 293,
} as const;
const E = { PERM: -1n, NOENT: -2n, BADF: -9n, AGAIN: -11n, ACCES: -13n, FAULT: -14n, BUSY: -16n, EXIST: -17n, XDEV: -18n, NOTDIR: -20n, ISDIR: -21n, INVAL: -22n, NOTTY: -25n, SPIPE: -29n, ROFS: -30n, PIPE: -32n, NOTEMPTY: -39n, LOOP: -40n, NODEV: -19n, CHILD: -10n, TIMEDOUT: -110n };
const O = { RDONLY: 0, WRONLY: 1, RDWR: 2, CREAT: 0x40, EXCL: 0x80, TRUNC: 0x200, APPEND: 0x400, NONBLOCK: 0x800, DIRECTORY: 0x4000, NOFOLLOW: 0x8000, CLOEXEC: 0x80000, PATH: 0x200000 };
const AT_FDCWD = -100;
const PROT_RW = 3;
const PROT_MTE = 0x20;

const base = mkdtempSync(join(tmpdir(), 'mte-vfs-'));
test.after(() => rmSync(base, { recursive: true, force: true }));
const ro = join(base, 'ro');
const rw = join(base, 'rw');
const outside = join(base, 'outside');
mkdirSync(join(ro, 'sub'), { recursive: true });
mkdirSync(rw);
mkdirSync(outside);
writeFileSync(join(ro, 'a.txt'), 'alpha\n');
writeFileSync(join(ro, 'sub', 'b.txt'), 'bravo');
writeFileSync(join(outside, 'secret.txt'), 'secret');
symlinkSync(join(outside, 'secret.txt'), join(ro, 'abs-link'));
symlinkSync('../outside/secret.txt', join(ro, 'rel-link'));
symlinkSync('..', join(ro, 'up'));
symlinkSync('a.txt', join(ro, 'good-link'));
symlinkSync('sub', join(ro, 'sub-link'));
symlinkSync(outside, join(rw, 'out-dir'));

function proc(): TestProcess {
  const files = createNodeHostFiles([{ path: ro, writable: false }, { path: rw, writable: true }], ro);
  return makeProcess({ files });
}

/** Writes a NUL-terminated string at a rotating scratch offset and returns its address. */
let slot = 0;
function str(t: TestProcess, s: string): bigint {
  slot = (slot + 1) % 8;
  return t.scratch(s, 2048 + slot * 256);
}

function open(t: TestProcess, path: string, flags = 0, mode = 0o644, dirfd = AT_FDCWD): bigint {
  return t.syscall(SYS.openat, dirfd, str(t, path), flags, mode).value;
}

function readAll(t: TestProcess, fd: bigint, max = 256): string {
  const n = t.syscall(SYS.read, fd, SCRATCH + 1024n, max).value;
  if (n < 0n) return `errno ${n}`;
  return Buffer.from(t.process.machine.readMemory(SCRATCH + 1024n, Number(n)).data).toString('latin1');
}

function write(t: TestProcess, fd: bigint | number, text: string): bigint {
  const p = t.scratch(text, 512);
  return t.syscall(SYS.write, fd, p, text.length).value;
}

function stat(t: TestProcess, path: string, flags = 0): { result: bigint; mode: number; size: bigint } {
  const result = t.syscall(SYS.newfstatat, AT_FDCWD, str(t, path), SCRATCH + 3072n, flags).value;
  const v = new DataView(t.process.machine.readMemory(SCRATCH + 3072n, 128).data.buffer);
  return { result, mode: v.getUint32(16, true), size: v.getBigInt64(48, true) };
}

function names(t: TestProcess, fd: bigint): string[] {
  const out: string[] = [];
  for (;;) {
    const n = Number(t.syscall(SYS.getdents64, fd, SCRATCH + 1024n, 1024).value);
    assert.ok(n >= 0, `getdents64: ${n}`);
    if (n === 0) return out.sort();
    const buf = t.process.machine.readMemory(SCRATCH + 1024n, n).data;
    for (let at = 0; at < n;) {
      const reclen = buf[at + 16]! | (buf[at + 17]! << 8);
      out.push(Buffer.from(buf.subarray(at + 19, at + reclen)).toString('latin1').split('\0')[0]!);
      at += reclen;
    }
  }
}

test('read-only root: open, read, lseek, pread, fstat; writes are EROFS, creation too', () => {
  const t = proc();
  const fd = open(t, 'a.txt');
  assert.equal(fd, 3n);
  assert.equal(readAll(t, fd, 3), 'alp');
  assert.equal(t.syscall(SYS.lseek, fd, -2, 2).value, 4n);
  assert.equal(readAll(t, fd), 'a\n');
  assert.equal(t.syscall(SYS.pread64, fd, SCRATCH + 1024n, 5, 0).value, 5n);
  assert.equal(t.syscall(SYS.pread64, fd, SCRATCH + 1024n, 5, -1).value, E.INVAL);
  assert.equal(t.syscall(SYS.write, fd, SCRATCH, 1).value, E.BADF, 'opened read-only');
  assert.equal(open(t, 'a.txt', O.WRONLY), E.ROFS);
  assert.equal(open(t, 'a.txt', O.RDWR | O.TRUNC), E.ROFS);
  assert.equal(open(t, 'new.txt', O.WRONLY | O.CREAT), E.ROFS);
  assert.equal(open(t, 'a.txt', O.RDONLY | O.CREAT), 4n, 'O_CREAT of an existing file needs no write');
  assert.equal(open(t, 'a.txt', O.RDONLY | O.CREAT | O.EXCL), E.EXIST);
  assert.equal(t.syscall(SYS.mkdirat, AT_FDCWD, str(t, 'd'), 0o755).value, E.ROFS);
  assert.equal(t.syscall(SYS.mkdirat, AT_FDCWD, str(t, 'sub'), 0o755).value, E.EXIST, 'EEXIST before EROFS');
  assert.equal(t.syscall(SYS.unlinkat, AT_FDCWD, str(t, 'a.txt'), 0).value, E.ROFS);
  assert.equal(t.syscall(SYS.renameat, AT_FDCWD, str(t, 'a.txt'), AT_FDCWD, str(t, 'c.txt')).value, E.ROFS);
  assert.equal(t.syscall(SYS.truncate, str(t, 'a.txt'), 0).value, E.ROFS);
  assert.equal(t.syscall(SYS.faccessat, AT_FDCWD, str(t, 'a.txt'), 2).value, E.ROFS);
  assert.equal(t.syscall(SYS.faccessat, AT_FDCWD, str(t, 'a.txt'), 4).value, 0n);
  assert.equal(readFileSync(join(ro, 'a.txt'), 'utf8'), 'alpha\n');
  const s = stat(t, 'a.txt');
  assert.equal(s.result, 0n);
  assert.equal(s.mode & 0o170000, 0o100000);
  assert.equal(s.size, 6n);
});

test('no escape: absolute paths, .. above a root, and symbolic links that leave the roots are ENOENT', () => {
  const t = proc();
  assert.equal(open(t, join(outside, 'secret.txt')), E.NOENT);
  assert.equal(open(t, '/etc/passwd'), E.NOENT);
  assert.equal(open(t, '../outside/secret.txt'), E.NOENT);
  assert.equal(open(t, 'sub/../../outside/secret.txt'), E.NOENT);
  assert.equal(open(t, '../../../../../../etc/passwd'), E.NOENT);
  assert.equal(open(t, 'abs-link'), E.NOENT, 'absolute link out');
  assert.equal(open(t, 'rel-link'), E.NOENT, 'relative link out');
  assert.equal(open(t, 'up/outside/secret.txt'), E.NOENT, 'link to the parent of the root');
  assert.equal(open(t, join(rw, 'out-dir', 'secret.txt')), E.NOENT, 'link to a folder outside');
  assert.equal(open(t, join(rw, 'out-dir', 'x'), O.WRONLY | O.CREAT), E.NOENT, 'no file is created through it');
  assert.equal(existsSync(join(outside, 'x')), false);
  // Links inside a root work; lstat sees the link, readlink its text.
  assert.equal(readAll(t, open(t, 'good-link')), 'alpha\n');
  assert.equal(readAll(t, open(t, 'sub-link/b.txt')), 'bravo');
  assert.equal(stat(t, 'abs-link', 0x100).mode & 0o170000, 0o120000);
  assert.equal(open(t, 'good-link', O.NOFOLLOW), E.LOOP);
  const n = t.syscall(SYS.readlinkat, AT_FDCWD, str(t, 'rel-link'), SCRATCH + 1024n, 100).value;
  assert.equal(Buffer.from(t.process.machine.readMemory(SCRATCH + 1024n, Number(n)).data).toString(), '../outside/secret.txt');
  assert.equal(t.syscall(SYS.readlinkat, AT_FDCWD, str(t, 'a.txt'), SCRATCH + 1024n, 100).value, E.INVAL);
  // The folders above a root are synthetic: they show only the way to the roots.
  const root = open(t, '/', O.DIRECTORY);
  assert.deepEqual(names(t, root).filter((x) => !['.', '..'].includes(x)), ['dev', 'proc', 'sys', base.split('/')[1]!, 'tmp'].sort().filter((v, i, a) => a.indexOf(v) === i));
  const above = open(t, base, O.DIRECTORY);
  assert.deepEqual(names(t, above), ['.', '..', 'ro', 'rw']);
  assert.equal(t.syscall(SYS.mkdirat, AT_FDCWD, str(t, join(base, 'x')), 0o755).value, E.ROFS);
  assert.ok(t.process.diagnostics.some((d) => d.includes('/etc/passwd') && d.includes('outside the sandbox')), t.process.diagnostics.join('\n'));
});

test('writable root: create, write, append, pwrite, ftruncate, rename, mkdir, getdents, unlink, rmdir', () => {
  const t = proc();
  const f = join(rw, 'out.txt');
  const fd = open(t, f, O.RDWR | O.CREAT | O.TRUNC, 0o644);
  assert.equal(fd, 3n);
  assert.equal(write(t, fd, 'hello world'), 11n);
  assert.equal(readFileSync(f, 'utf8'), 'hello world');
  const p = t.scratch('HE', 600);
  assert.equal(t.syscall(SYS.pwrite64, fd, p, 2, 0).value, 2n);
  assert.equal(t.syscall(SYS.lseek, fd, 0, 1).value, 11n, 'pwrite leaves the position');
  assert.equal(t.syscall(SYS.ftruncate, fd, 5).value, 0n);
  assert.equal(readFileSync(f, 'utf8'), 'HEllo');
  assert.equal(t.syscall(SYS.ftruncate, fd, -1).value, E.INVAL);
  const ap = open(t, f, O.WRONLY | O.APPEND);
  assert.equal(write(t, ap, '!'), 1n);
  assert.equal(readFileSync(f, 'utf8'), 'HEllo!');
  assert.equal(t.syscall(SYS.ftruncate, open(t, f), 0).value, E.INVAL, 'not open for writing');
  assert.equal(t.syscall(SYS.mkdirat, AT_FDCWD, str(t, join(rw, 'd')), 0o755).value, 0n);
  assert.equal(t.syscall(SYS.mkdirat, AT_FDCWD, str(t, join(rw, 'd')), 0o755).value, E.EXIST);
  assert.equal(t.syscall(SYS.renameat, AT_FDCWD, str(t, f), AT_FDCWD, str(t, join(rw, 'd', 'moved.txt'))).value, 0n);
  assert.equal(readFileSync(join(rw, 'd', 'moved.txt'), 'utf8'), 'HEllo!');
  assert.equal(t.syscall(SYS.renameat2, AT_FDCWD, str(t, join(rw, 'd')), AT_FDCWD, str(t, join(rw, 'd', 'in')), 0).value, E.INVAL, 'into itself');
  assert.equal(t.syscall(SYS.renameat, AT_FDCWD, str(t, join(rw, 'd', 'moved.txt')), AT_FDCWD, str(t, '/tmp/m')).value, E.XDEV);
  const dir = open(t, join(rw, 'd'), O.DIRECTORY);
  assert.deepEqual(names(t, dir), ['.', '..', 'moved.txt']);
  assert.equal(t.syscall(SYS.unlinkat, AT_FDCWD, str(t, join(rw, 'd')), 0x200).value, E.NOTEMPTY);
  assert.equal(t.syscall(SYS.unlinkat, AT_FDCWD, str(t, join(rw, 'd')), 0).value, E.ISDIR);
  assert.equal(t.syscall(SYS.unlinkat, dir, str(t, 'moved.txt'), 0x200).value, E.NOTDIR);
  assert.equal(t.syscall(SYS.unlinkat, dir, str(t, 'moved.txt'), 0).value, 0n);
  assert.equal(t.syscall(SYS.unlinkat, AT_FDCWD, str(t, join(rw, 'd')), 0x200).value, 0n);
  assert.equal(existsSync(join(rw, 'd')), false);
  assert.equal(t.syscall(SYS.unlinkat, AT_FDCWD, str(t, rw), 0x200).value, E.BUSY, 'a root cannot be removed');
  assert.equal(t.syscall(SYS.unlinkat, AT_FDCWD, str(t, 'x'), 0x4).value, E.INVAL);
});

test('host permission bits: a file without write permission is EACCES even in a writable root', () => {
  const t = proc();
  const f = join(rw, 'locked.txt');
  writeFileSync(f, 'x');
  chmodSync(f, 0o444);
  assert.equal(open(t, f, O.WRONLY), E.ACCES);
  assert.equal(t.syscall(SYS.faccessat, AT_FDCWD, str(t, f), 2).value, E.ACCES);
  assert.equal(t.syscall(SYS.faccessat, AT_FDCWD, str(t, f), 1).value, E.ACCES, 'not executable');
  assert.equal(t.syscall(SYS.faccessat, AT_FDCWD, str(t, f), 8).value, E.INVAL);
});

test('path errors: ENOENT, ENOTDIR, EISDIR, ELOOP-free dot paths, EBADF and ENOTDIR dirfds', () => {
  const t = proc();
  assert.equal(open(t, ''), E.NOENT);
  assert.equal(open(t, 'missing/x'), E.NOENT);
  assert.equal(open(t, 'a.txt/x'), E.NOTDIR);
  assert.equal(open(t, 'a.txt/'), E.NOTDIR);
  assert.equal(open(t, 'a.txt', O.DIRECTORY), E.NOTDIR);
  assert.equal(open(t, 'sub', O.WRONLY), E.ISDIR);
  assert.equal(open(t, 'sub', O.RDONLY | O.CREAT), E.ISDIR, 'O_CREAT on a directory');
  assert.equal(open(t, join(rw, 'x/'), O.WRONLY | O.CREAT), E.ISDIR);
  const dirfd = open(t, 'sub', O.DIRECTORY);
  assert.equal(readAll(t, dirfd), `errno ${E.ISDIR}`);
  assert.equal(readAll(t, open(t, './sub/./b.txt')), 'bravo');
  assert.equal(readAll(t, open(t, 'b.txt', 0, 0, Number(dirfd))), 'bravo', 'relative to a directory fd');
  assert.equal(readAll(t, open(t, '../a.txt', 0, 0, Number(dirfd))), 'alpha\n');
  assert.equal(open(t, 'b.txt', 0, 0, 77), E.BADF);
  const file = open(t, 'a.txt');
  assert.equal(open(t, 'x', 0, 0, Number(file)), E.NOTDIR);
  assert.equal(t.syscall(SYS.openat, AT_FDCWD, 0x10, 0).value, E.FAULT);
});

test('getcwd, chdir, fchdir and relative paths after them', () => {
  const t = proc();
  const cwd = () => {
    const n = t.syscall(SYS.getcwd, SCRATCH + 1024n, 512).value;
    return Buffer.from(t.process.machine.readMemory(SCRATCH + 1024n, Number(n) - 1).data).toString();
  };
  assert.equal(cwd(), ro);
  assert.equal(t.syscall(SYS.chdir, str(t, 'sub')).value, 0n);
  assert.equal(cwd(), join(ro, 'sub'));
  assert.equal(readAll(t, open(t, 'b.txt')), 'bravo');
  assert.equal(t.syscall(SYS.chdir, str(t, 'b.txt')).value, E.NOTDIR);
  assert.equal(t.syscall(SYS.chdir, str(t, '/tmp')).value, 0n);
  assert.equal(cwd(), '/tmp');
  const d = open(t, rw, O.DIRECTORY);
  assert.equal(t.syscall(SYS.fchdir, d).value, 0n);
  assert.equal(cwd(), rw);
  assert.equal(t.syscall(SYS.getcwd, SCRATCH, 2).value, -34n, 'ERANGE');
});

test('tmpfs at /tmp and /dev/shm: files, directories, rename, unlink while open, stat', () => {
  const t = proc();
  const fd = open(t, '/tmp/t.txt', O.RDWR | O.CREAT | O.EXCL, 0o600);
  assert.equal(write(t, fd, 'temporary'), 9n);
  assert.equal(t.syscall(SYS.lseek, fd, 0, 0).value, 0n);
  assert.equal(readAll(t, fd), 'temporary');
  assert.equal(stat(t, '/tmp/t.txt').size, 9n);
  assert.equal(stat(t, '/tmp/t.txt').mode, 0o100600);
  assert.equal(t.syscall(SYS.mkdirat, AT_FDCWD, str(t, '/tmp/dir'), 0o777).value, 0n);
  assert.equal(stat(t, '/tmp/dir').mode, 0o40755, 'umask 022');
  assert.equal(t.syscall(SYS.renameat, AT_FDCWD, str(t, '/tmp/t.txt'), AT_FDCWD, str(t, '/tmp/dir/u.txt')).value, 0n);
  assert.equal(open(t, '/tmp/t.txt'), E.NOENT);
  assert.equal(t.syscall(SYS.unlinkat, AT_FDCWD, str(t, '/tmp/dir/u.txt'), 0).value, 0n);
  assert.equal(t.syscall(SYS.pread64, fd, SCRATCH + 1024n, 4, 0).value, 4n, 'an unlinked file stays readable while open');
  assert.equal(t.syscall(SYS.unlinkat, AT_FDCWD, str(t, '/tmp/dir'), 0x200).value, 0n);
  assert.equal(t.syscall(SYS.unlinkat, AT_FDCWD, str(t, '/tmp'), 0x200).value, E.BUSY);
  const seg = open(t, '/dev/shm/seg', O.RDWR | O.CREAT);
  assert.ok(seg > 0n);
  assert.equal(t.syscall(SYS.renameat, AT_FDCWD, str(t, '/dev/shm/seg'), AT_FDCWD, str(t, '/tmp/seg')).value, E.XDEV);
  assert.equal(t.syscall(SYS.ftruncate, seg, 8192).value, 0n);
  assert.equal(stat(t, '/dev/shm/seg').size, 8192n);
  assert.equal(t.syscall(SYS.ftruncate, seg, 1n << 40n).value, -28n, 'beyond the memory limit: ENOSPC');
  assert.equal(t.syscall(SYS.pwrite64, seg, SCRATCH, 4, 1n << 40n).value, -28n);
});

test('/dev: null, zero, urandom (seeded), full; creating files there is EACCES', () => {
  const t = proc();
  const n = open(t, '/dev/null', O.RDWR);
  assert.equal(write(t, n, 'gone'), 4n);
  assert.equal(t.syscall(SYS.read, n, SCRATCH + 1024n, 10).value, 0n);
  const z = open(t, '/dev/zero');
  t.process.machine.writeMemory(SCRATCH + 1024n, Uint8Array.from([1, 2, 3]));
  assert.equal(t.syscall(SYS.read, z, SCRATCH + 1024n, 3).value, 3n);
  assert.deepEqual([...t.process.machine.readMemory(SCRATCH + 1024n, 3).data], [0, 0, 0]);
  assert.equal(write(t, open(t, '/dev/full', O.WRONLY), 'x'), -28n, 'ENOSPC');
  const bytes = (seed: number) => {
    const u = makeProcess({ seed });
    const fd = u.syscall(SYS.openat, AT_FDCWD, u.scratch('/dev/urandom', 100), 0).value;
    u.syscall(SYS.read, fd, SCRATCH + 1024n, 16);
    return [...u.process.machine.readMemory(SCRATCH + 1024n, 16).data];
  };
  assert.deepEqual(bytes(3), bytes(3));
  assert.notDeepEqual(bytes(3), bytes(4));
  assert.equal(open(t, '/dev/newfile', O.WRONLY | O.CREAT), E.ACCES);
  assert.ok(open(t, '/dev/null', O.WRONLY | O.CREAT | O.TRUNC) > 0n, 'the usual shell redirection works');
  assert.equal(stat(t, '/dev/null').mode & 0o170000, 0o020000);
  assert.equal(t.syscall(SYS.lseek, n, 10, 0).value, 0n);
});

test('/proc/self: exe, cwd, fd/N links, maps with [heap] and [stack]', () => {
  const t = proc();
  const link = (path: string) => {
    const n = t.syscall(SYS.readlinkat, AT_FDCWD, str(t, path), SCRATCH + 1024n, 200).value;
    return n < 0n ? `errno ${n}` : Buffer.from(t.process.machine.readMemory(SCRATCH + 1024n, Number(n)).data).toString();
  };
  assert.equal(link('/proc/self/exe'), '/guest/tiny');
  assert.equal(link('/proc/self/cwd'), ro);
  assert.equal(link('/proc/self/fd/1'), '/dev/stdout');
  const [r] = pipe(t);
  assert.match(link(`/proc/self/fd/${r}`), /^pipe:\[\d+\]$/);
  assert.equal(link('/proc/self/fd/99'), `errno ${E.NOENT}`);
  assert.equal(readAll(t, open(t, '/proc/self/cwd/a.txt')), 'alpha\n');
  t.syscall(214, 0x500000n); // brk: grow the heap so that [heap] appears
  t.syscall(214, 0x412000n);
  const maps = open(t, '/proc/self/maps');
  const n = t.syscall(SYS.read, maps, SCRATCH + 4096n, 4000).value;
  const text = Buffer.from(t.process.machine.readMemory(SCRATCH + 4096n, Number(n)).data).toString();
  assert.match(text, /^00411000-00412000 rw-p 00000000 00:00 0 +\[heap\]$/m);
  assert.match(text, /\[stack\]\n$/);
  assert.equal(open(t, '/proc/self/maps', O.WRONLY), E.ACCES);
  assert.equal(readAll(t, open(t, '/sys/devices/system/cpu/online')), '0\n', 'one CPU, for sysconf(_SC_NPROCESSORS_ONLN)');
  const fdDir = open(t, '/proc/self/fd', O.DIRECTORY);
  assert.ok(names(t, fdDir).includes('0'));
});

function pipe(t: TestProcess, flags = 0): [number, number] {
  assert.equal(t.syscall(SYS.pipe2, SCRATCH + 3500n, flags).value, 0n);
  const v = new DataView(t.process.machine.readMemory(SCRATCH + 3500n, 8).data.buffer);
  return [v.getInt32(0, true), v.getInt32(4, true)];
}

test('pipe2: write then read in one process, EOF after the write end closes, ESPIPE, EPIPE with SIGPIPE', () => {
  const t = proc();
  const [r, w] = pipe(t);
  assert.equal(write(t, w, 'through'), 7n);
  assert.equal(readAll(t, BigInt(r), 3), 'thr');
  assert.equal(readAll(t, BigInt(r)), 'ough');
  assert.equal(t.syscall(SYS.lseek, r, 0, 0).value, E.SPIPE);
  assert.equal(t.syscall(SYS.pread64, r, SCRATCH, 1, 0).value, E.SPIPE);
  assert.equal(t.syscall(SYS.write, r, SCRATCH, 1).value, E.BADF);
  const w2 = t.syscall(SYS.dup, w).value;
  assert.equal(t.syscall(SYS.close, w).value, 0n);
  assert.equal(write(t, w2, 'x'), 1n, 'a dup keeps the write end open');
  assert.equal(t.syscall(SYS.close, w2).value, 0n);
  assert.equal(readAll(t, BigInt(r)), 'x');
  assert.equal(t.syscall(SYS.read, r, SCRATCH + 1024n, 8).value, 0n, 'end of file');
  // Writing with no reader: EPIPE and SIGPIPE (default action: the process ends).
  const [r2, w3] = pipe(t);
  t.syscall(SYS.close, r2);
  const out = t.syscall(SYS.write, w3, SCRATCH, 1);
  assert.equal(out.stop?.kind, 'killed');
  assert.equal(out.stop?.kind === 'killed' && out.stop.signal, 13);
  assert.equal(t.syscall(SYS.pipe2, SCRATCH, 0x1).value, E.INVAL);
});

test('an empty pipe: O_NONBLOCK gives EAGAIN; a blocking read would hang, so the process ends with a report', () => {
  const t = proc();
  const [r] = pipe(t, O.NONBLOCK);
  assert.equal(t.syscall(SYS.read, r, SCRATCH + 1024n, 8).value, E.AGAIN);
  assert.equal(t.syscall(SYS.fcntl, r, 3).value, BigInt(O.NONBLOCK), 'F_GETFL');
  assert.equal(t.syscall(SYS.fcntl, r, 4, 0).value, 0n, 'F_SETFL clears O_NONBLOCK');
  const out = t.syscall(SYS.read, r, SCRATCH + 1024n, 8);
  assert.equal(out.stop?.kind, 'killed');
  assert.ok(t.process.diagnostics.some((d) => /read\(3\) from an empty pipe.*would wait forever/.test(d)), t.process.diagnostics.join('\n'));
  // A full pipe: non-blocking writes stop with EAGAIN.
  const u = proc();
  const [, w] = pipe(u, O.NONBLOCK);
  const big = new Uint8Array(4096);
  const p = u.scratch(big, 0);
  let total = 0n;
  for (let i = 0; i < 20; i++) { const n = u.syscall(SYS.write, w, p, 4096).value; if (n < 0n) { assert.equal(n, E.AGAIN); break; } total += n; }
  assert.equal(total, 65536n);
});

test('dup, dup3, fcntl: shared positions, close-on-exec per descriptor, F_DUPFD, status flags', () => {
  const t = proc();
  const fd = open(t, 'a.txt', O.CLOEXEC);
  assert.equal(t.syscall(SYS.fcntl, fd, 1).value, 1n, 'F_GETFD: FD_CLOEXEC');
  const d = t.syscall(SYS.dup, fd).value;
  assert.equal(t.syscall(SYS.fcntl, d, 1).value, 0n, 'dup clears FD_CLOEXEC');
  assert.equal(readAll(t, fd, 2), 'al');
  assert.equal(readAll(t, d, 2), 'ph', 'shared position');
  assert.equal(t.syscall(SYS.dup3, fd, 10, O.CLOEXEC).value, 10n);
  assert.equal(t.syscall(SYS.fcntl, 10, 1).value, 1n);
  assert.equal(t.syscall(SYS.dup3, fd, fd, 0).value, E.INVAL);
  assert.equal(t.syscall(SYS.dup3, fd, 11, 1).value, E.INVAL);
  assert.equal(t.syscall(SYS.dup3, 99, 11, 0).value, E.BADF);
  assert.equal(t.syscall(SYS.fcntl, fd, 0, 20).value, 20n, 'F_DUPFD');
  assert.equal(t.syscall(SYS.fcntl, fd, 1030, 20).value, 21n, 'F_DUPFD_CLOEXEC');
  assert.equal(t.syscall(SYS.fcntl, 21, 1).value, 1n);
  assert.equal(t.syscall(SYS.fcntl, 21, 2, 0).value, 0n);
  assert.equal(t.syscall(SYS.fcntl, 21, 1).value, 0n, 'F_SETFD');
  assert.equal(t.syscall(SYS.fcntl, fd, 3).value, 0x20000n, 'F_GETFL: O_RDONLY | O_LARGEFILE');
  assert.equal(t.syscall(SYS.fcntl, fd, 4, O.APPEND | O.NONBLOCK | O.TRUNC).value, 0n);
  assert.equal(t.syscall(SYS.fcntl, d, 3).value, BigInt(0x20000 | O.APPEND | O.NONBLOCK), 'status flags are shared by dups');
  assert.equal(t.syscall(SYS.fcntl, fd, 9999).value, E.INVAL);
  assert.equal(t.syscall(SYS.fcntl, 99, 1).value, E.BADF);
  assert.equal(t.syscall(SYS.fcntl, fd, 0, -1).value, E.INVAL);
});

test('ioctl: TCGETS and TIOCGWINSZ are ENOTTY (no terminal), FIONREAD counts, EBADF', () => {
  const t = proc();
  assert.equal(t.syscall(SYS.ioctl, 1, 0x5401, SCRATCH).value, E.NOTTY);
  assert.equal(t.syscall(SYS.ioctl, 0, 0x5413, SCRATCH).value, E.NOTTY);
  assert.equal(t.syscall(SYS.ioctl, open(t, 'a.txt'), 0x5401, SCRATCH).value, E.NOTTY);
  assert.equal(t.syscall(SYS.ioctl, 77, 0x5401, SCRATCH).value, E.BADF);
  const [r, w] = pipe(t);
  write(t, w, 'abc');
  assert.equal(t.syscall(SYS.ioctl, r, 0x541b, SCRATCH + 8n).value, 0n);
  assert.equal(new DataView(t.process.machine.readMemory(SCRATCH + 8n, 4).data.buffer).getUint32(0, true), 3);
});

test('readv, writev on files; lseek errors; statx and newfstatat flags', () => {
  const t = proc();
  const fd = open(t, '/tmp/v', O.RDWR | O.CREAT);
  const iov = new Uint8Array(32);
  const v = new DataView(iov.buffer);
  const a = t.scratch('ab', 0); const b = t.scratch('cde', 16);
  v.setBigUint64(0, a, true); v.setBigUint64(8, 2n, true); v.setBigUint64(16, b, true); v.setBigUint64(24, 3n, true);
  const vp = t.scratch(iov, 64);
  assert.equal(t.syscall(SYS.writev, fd, vp, 2).value, 5n);
  assert.equal(t.syscall(SYS.lseek, fd, 0, 0).value, 0n);
  t.process.machine.writeMemory(a, new Uint8Array(8));
  t.process.machine.writeMemory(b, new Uint8Array(8));
  assert.equal(t.syscall(SYS.readv, fd, vp, 2).value, 5n);
  assert.equal(Buffer.from(t.process.machine.readMemory(a, 2).data).toString() + Buffer.from(t.process.machine.readMemory(b, 3).data).toString(), 'abcde');
  assert.equal(t.syscall(SYS.lseek, fd, -10, 0).value, E.INVAL);
  assert.equal(t.syscall(SYS.lseek, fd, 0, 7).value, E.INVAL);
  assert.equal(t.syscall(SYS.lseek, fd, 100, 3).value, -6n, 'SEEK_DATA past the end: ENXIO');
  assert.equal(t.syscall(SYS.lseek, fd, 1, 4).value, 5n, 'SEEK_HOLE: the end');
  // statx: mask, mode and size.
  assert.equal(t.syscall(SYS.statx, AT_FDCWD, str(t, '/tmp/v'), 0, 0x7ff, SCRATCH + 3072n).value, 0n);
  const sx = new DataView(t.process.machine.readMemory(SCRATCH + 3072n, 256).data.buffer);
  assert.equal(sx.getUint32(0, true), 0x7ff);
  assert.equal(sx.getUint16(28, true) & 0o170000, 0o100000);
  assert.equal(sx.getBigUint64(40, true), 5n);
  assert.equal(t.syscall(SYS.statx, AT_FDCWD, str(t, '/tmp/v'), 0x6000, 0x7ff, SCRATCH + 3072n).value, E.INVAL);
  assert.equal(t.syscall(SYS.statx, AT_FDCWD, str(t, '/tmp/v'), 0, 0x80000000, SCRATCH + 3072n).value, E.INVAL);
  assert.equal(t.syscall(SYS.statx, fd, str(t, ''), 0x1000, 0x7ff, SCRATCH + 3072n).value, 0n, 'AT_EMPTY_PATH');
  assert.equal(t.syscall(SYS.newfstatat, AT_FDCWD, str(t, ''), SCRATCH + 3072n, 0).value, E.NOENT);
  assert.equal(t.syscall(SYS.newfstatat, AT_FDCWD, str(t, 'a.txt'), SCRATCH + 3072n, 0x4).value, E.INVAL);
  assert.equal(t.syscall(SYS.fstat, 99, SCRATCH).value, E.BADF);
  assert.equal(t.syscall(SYS.umask, 0o77).value, 0o22n);
  assert.equal(t.syscall(SYS.umask, 0o22).value, 0o77n);
});

test('O_PATH descriptors: usable as dirfd and for fstat, not for read (EBADF)', () => {
  const t = proc();
  const p = open(t, 'sub', O.PATH);
  assert.equal(t.syscall(SYS.read, p, SCRATCH, 1).value, E.BADF);
  assert.equal(t.syscall(SYS.fstat, p, SCRATCH + 3072n).value, 0n);
  assert.equal(readAll(t, open(t, 'b.txt', 0, 0, Number(p))), 'bravo');
  assert.equal(open(t, 'good-link', O.PATH | O.NOFOLLOW) > 0n, true);
});

test('memfd_create and tmpfs mappings: PROT_MTE allowed (shared and private), EINVAL on host files; MAP_SHARED follows the file', () => {
  const t = proc();
  const m = t.syscall(SYS.memfd_create, str(t, 'buf'), 1).value;
  assert.equal(m, 3n);
  assert.equal(t.syscall(SYS.fcntl, m, 3).value, 0x20002n, 'O_RDWR | O_LARGEFILE');
  assert.equal(t.syscall(SYS.fcntl, m, 1).value, 1n, 'MFD_CLOEXEC');
  assert.equal(t.syscall(SYS.ftruncate, m, 8192).value, 0n);
  const shared = t.syscall(SYS.mmap, 0, 8192, PROT_RW | PROT_MTE, 0x01, m, 0).value;
  assert.ok(shared > 0n, `mmap: ${shared}`);
  const machine = t.process.machine;
  assert.ok(machine.regions().find((r) => r.start === shared)?.tagged, 'tagged');
  assert.equal(machine.writeTags(shared, [3, 3]), 2);
  machine.writeMemory(shared, Uint8Array.from(Buffer.from('mapped')));
  // The file sees the mapping's bytes at the next system call, and the mapping sees writes to the file.
  assert.equal(t.syscall(SYS.pread64, m, SCRATCH + 1024n, 6, 0).value, 6n);
  assert.equal(Buffer.from(machine.readMemory(SCRATCH + 1024n, 6).data).toString(), 'mapped');
  assert.equal(t.syscall(SYS.pwrite64, m, t.scratch('FILE', 700), 4, 0).value, 4n);
  assert.equal(Buffer.from(machine.readMemory(shared, 6).data).toString(), 'FILEed');
  const priv = t.syscall(SYS.mmap, 0, 4096, PROT_RW | PROT_MTE, 0x02, m, 0).value;
  assert.ok(priv > 0n);
  assert.equal(Buffer.from(machine.readMemory(priv, 6).data).toString(), 'FILEed');
  assert.deepEqual(machine.readTags(priv, 1), [0], 'tags start at 0');
  const plain = t.syscall(SYS.mmap, 0, 4096, PROT_RW, 0x01, m, 0).value;
  assert.equal(t.syscall(SYS.mprotect, plain, 4096, PROT_RW | PROT_MTE).value, 0n, 'mprotect may add PROT_MTE on shmem');
  const tmp = open(t, '/tmp/shm', O.RDWR | O.CREAT);
  t.syscall(SYS.ftruncate, tmp, 4096);
  assert.ok(t.syscall(SYS.mmap, 0, 4096, PROT_RW | PROT_MTE, 0x01, tmp, 0).value > 0n, 'tmpfs file');
  const host = open(t, 'a.txt');
  assert.equal(t.syscall(SYS.mmap, 0, 4096, 1 | PROT_MTE, 0x02, host, 0).value, E.INVAL, 'disk file: EINVAL');
  const hostMap = t.syscall(SYS.mmap, 0, 4096, 1, 0x02, host, 0).value;
  assert.equal(Buffer.from(machine.readMemory(hostMap, 6).data).toString(), 'alpha\n');
  assert.equal(t.syscall(SYS.mprotect, hostMap, 4096, 1 | PROT_MTE).value, E.INVAL);
  assert.equal(t.syscall(SYS.mmap, 0, 4096, 3, 0x01, host, 0).value, E.ACCES, 'shared writable needs a writable fd');
  assert.equal(t.syscall(SYS.mmap, 0, 4096, 1, 0x02, open(t, 'sub', O.DIRECTORY), 0).value, E.NODEV);
  const [r] = pipe(t);
  assert.equal(t.syscall(SYS.mmap, 0, 4096, 1, 0x02, r, 0).value, E.NODEV);
  const zero = t.syscall(SYS.mmap, 0, 4096, PROT_RW | PROT_MTE, 0x02, open(t, '/dev/zero'), 0).value;
  assert.ok(zero > 0n, '/dev/zero private: anonymous memory');
  assert.equal(t.syscall(SYS.munmap, shared, 8192).value, 0n);
  assert.equal(t.syscall(SYS.memfd_create, str(t, 'x'), 0x100).value, E.INVAL);
  assert.equal(t.syscall(SYS.memfd_create, str(t, 'x'.repeat(250)), 0).value, E.INVAL);
  const link = t.syscall(SYS.readlinkat, AT_FDCWD, str(t, '/proc/self/fd/3'), SCRATCH + 1024n, 100).value;
  assert.equal(Buffer.from(machine.readMemory(SCRATCH + 1024n, Number(link)).data).toString(), '/memfd:buf (deleted)');
});

test('memfd seals: F_SEAL_WRITE refuses writes, F_SEAL_SEAL refuses more seals', () => {
  const t = proc();
  const plain = t.syscall(SYS.memfd_create, str(t, 'p'), 0).value;
  assert.equal(t.syscall(SYS.fcntl, plain, 1034).value, 1n, 'without MFD_ALLOW_SEALING: F_SEAL_SEAL');
  assert.equal(t.syscall(SYS.fcntl, plain, 1033, 8).value, E.PERM);
  const m = t.syscall(SYS.memfd_create, str(t, 's'), 2).value;
  assert.equal(write(t, m, 'abc'), 3n);
  assert.equal(t.syscall(SYS.fcntl, m, 1033, 8 | 1).value, 0n);
  assert.equal(write(t, m, 'd'), E.PERM);
  assert.equal(t.syscall(SYS.fcntl, m, 1033, 2).value, E.PERM);
});

test('MAP_SHARED of a file in a writable root is written back at msync and munmap', () => {
  const t = proc();
  const f = join(rw, 'shared.bin');
  writeFileSync(f, 'abcdefgh');
  const fd = open(t, f, O.RDWR);
  const a = t.syscall(SYS.mmap, 0, 4096, PROT_RW, 0x01, fd, 0).value;
  t.process.machine.writeMemory(a, Uint8Array.from(Buffer.from('XY')));
  assert.equal(t.syscall(SYS.msync, a, 4096, 4).value, 0n);
  assert.equal(readFileSync(f, 'utf8'), 'XYcdefgh');
  t.process.machine.writeMemory(a + 2n, Uint8Array.from(Buffer.from('Z')));
  assert.equal(t.syscall(SYS.munmap, a, 4096).value, 0n);
  assert.equal(readFileSync(f, 'utf8'), 'XYZdefgh', 'file size unchanged');
  assert.equal(t.syscall(SYS.msync, a + 1n, 4096, 4).value, E.INVAL);
  assert.equal(t.syscall(SYS.msync, a, 4096, 5).value, E.INVAL);
});

test('futex: WAKE 0, WAIT on another value EAGAIN, a timed wait times out, an endless wait ends the process', () => {
  const t = proc();
  t.process.machine.writeMemory(SCRATCH, Uint8Array.from([5, 0, 0, 0]));
  assert.equal(t.syscall(SYS.futex, SCRATCH, 1 | 128, 1).value, 0n);
  assert.equal(t.syscall(SYS.futex, SCRATCH, 0 | 128, 4).value, E.AGAIN);
  assert.equal(t.syscall(SYS.futex, SCRATCH + 1n, 0, 5).value, E.INVAL, 'unaligned');
  t.scratch(new Uint8Array(16), 64);
  assert.equal(t.syscall(SYS.futex, SCRATCH, 0, 5, SCRATCH + 64n).value, E.TIMEDOUT);
  assert.equal(t.syscall(SYS.futex, SCRATCH, 9, 5, 0, 0, 0).value, E.INVAL, 'WAIT_BITSET with an empty bitset');
  const out = t.syscall(SYS.futex, SCRATCH, 0 | 128, 5, 0);
  assert.equal(out.stop?.kind, 'killed');
  assert.ok(t.process.diagnostics.some((d) => d.startsWith('futex wait at 0x410000') && d.includes('would wait forever')));
});

test('rseq registers like Linux 6.1 (cpu_id 0), set_robust_list, sched_getaffinity, getcpu, wait4', () => {
  const t = proc();
  const area = SCRATCH + 0x100n; // 32-byte aligned
  t.process.machine.writeMemory(area, new Uint8Array(32).fill(0xff));
  assert.equal(t.syscall(SYS.rseq, area, 32, 0, 0xd428bc00).value, 0n);
  assert.deepEqual([...t.process.machine.readMemory(area, 8).data], [0, 0, 0, 0, 0, 0, 0, 0], 'cpu_id_start and cpu_id = 0');
  assert.equal(t.syscall(SYS.rseq, area, 32, 0, 0xd428bc00).value, E.BUSY, 'already registered');
  assert.equal(t.syscall(SYS.rseq, area + 32n, 32, 0, 0xd428bc00).value, E.INVAL);
  assert.equal(t.syscall(SYS.rseq, area, 32, 1, 0x1234).value, E.PERM, 'unregister with another signature');
  assert.equal(t.syscall(SYS.rseq, area, 32, 1, 0xd428bc00).value, 0n);
  assert.equal(t.syscall(SYS.rseq, area + 8n, 32, 0, 0).value, E.INVAL, 'misaligned');
  assert.equal(t.syscall(SYS.rseq, area, 16, 0, 0).value, E.INVAL, 'short');
  assert.equal(t.syscall(SYS.rseq, area, 32, 2, 0).value, E.INVAL, 'unknown flag');
  assert.equal(t.syscall(SYS.set_robust_list, SCRATCH, 24).value, 0n);
  assert.equal(t.syscall(SYS.set_robust_list, SCRATCH, 16).value, E.INVAL);
  assert.equal(t.syscall(SYS.sched_getaffinity, 0, 128, SCRATCH + 64n).value, 8n);
  assert.equal(t.process.machine.readMemory(SCRATCH + 64n, 1).data[0], 1);
  assert.equal(t.syscall(SYS.sched_getaffinity, 0, 3, SCRATCH + 64n).value, E.INVAL);
  assert.equal(t.syscall(SYS.getcpu, SCRATCH + 64n, SCRATCH + 68n, 0).value, 0n);
  assert.equal(t.syscall(SYS.wait4, -1, 0, 0, 0).value, E.CHILD);
  assert.equal(t.syscall(221, str(t, '/bin/sh'), 0, 0).value, -2n, 'outside the sandbox: ENOENT');
  // A program that could run gets ENOSYS: test/linux/execve.test.ts.
});

test('random calls on open files, pipes and paths never throw (the process keeps working)', () => {
  let seed = 7;
  const random = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed; };
  const calls = Object.values(SYS).filter((n) => n !== SYS.futex);
  const paths = ['a.txt', 'sub', '/tmp', '/tmp/f', '/tmp/d/x', '/dev/null', '/proc/self/maps', '/proc/self/fd/3', '..', 'up', 'abs-link', join(rw, 'f'), join(rw, 'd'), ''];
  const setup = () => {
    const t = proc();
    const fds = [open(t, 'a.txt'), open(t, '/tmp/f', O.RDWR | O.CREAT), open(t, 'sub', O.DIRECTORY), t.syscall(SYS.memfd_create, str(t, 'm'), 0).value];
    fds.push(...pipe(t, O.NONBLOCK).map(BigInt));
    const pointers = paths.map((p, i) => t.scratch(p, 2048 + i * 64));
    return { t, fds, pointers };
  };
  let s = setup();
  let restarts = 0;
  const pick = (): bigint => {
    switch (random() % 6) {
      case 0: return BigInt(random() % 12);
      case 1: return s.pointers[random() % s.pointers.length]!;
      case 2: return [0n, 0x40n, 0x41n, 0x242n, 0x4000n, 0x200n, 0x800n, 0x80000n, 0x200000n, 0x8000n][random() % 10]!;
      case 3: return [-100n, -1n, 1n << 40n, 0xffffffffn, 4096n, 1n][random() % 6]!;
      case 4: return SCRATCH + BigInt(random() % 1024) * 8n;
      default: return s.fds[random() % s.fds.length]!;
    }
  };
  for (let round = 0; round < 4000; round++) {
    const nr = calls[random() % calls.length]!;
    const args = [pick(), pick(), pick(), pick(), pick(), pick()];
    let r;
    try { r = s.t.syscall(nr, ...args); } catch (e) {
      assert.fail(`syscall ${nr}(${args.map((a) => '0x' + BigInt.asUintN(64, a).toString(16)).join(', ')}) threw: ${(e as Error).stack}`);
    }
    if (r.stop && (r.stop.kind === 'killed' || r.stop.kind === 'exit')) { s = setup(); restarts++; }
  }
  assert.ok(restarts < 400, `restarts: ${restarts}`);
  assert.equal(readFileSync(join(ro, 'a.txt'), 'utf8'), 'alpha\n', 'the read-only root is untouched');
});
