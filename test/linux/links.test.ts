// Link creation and unnamed files, call by call: symlinkat and linkat in tmpfs and in writable host roots (EROFS
// in read-only places, EXDEV across mounts, EPERM for directories, EEXIST, ENOENT for a trailing slash),
// readlinkat of created links, O_TMPFILE on tmpfs named by linkat (AT_EMPTY_PATH and /proc/self/fd/N with
// AT_SYMLINK_FOLLOW), /proc/self/maps offsets, devices and inodes of file mappings, and SIGBUS (BUS_ADRERR) for
// a page of a file mapping wholly past the end of the file. Errno choices follow fs/namei.c (filename_create,
// do_linkat, vfs_link), fs/open.c (build_open_flags), fs/proc/task_mmu.c and mm/filemap.c (filemap_fault).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lstatSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { runCli } from './runCli.js';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createNodeHostFiles } from '../../debug-adapter/hostFileSystem.js';
import { makeProcess, SCRATCH, type TestProcess } from './helpers.js';

const SYS = { openat: 56, close: 57, read: 63, write: 64, readlinkat: 78, newfstatat: 79, fstat: 80, unlinkat: 35, symlinkat: 36, linkat: 37, renameat: 38, mkdirat: 34, mmap: 222, munmap: 215, mprotect: 226 } as const;
const E = { PERM: -1n, NOENT: -2n, BADF: -9n, ACCES: -13n, EXIST: -17n, XDEV: -18n, NOTDIR: -20n, INVAL: -22n, ROFS: -30n, OPNOTSUPP: -95n };
const O = { RDONLY: 0, WRONLY: 1, RDWR: 2, CREAT: 0x40, EXCL: 0x80, DIRECTORY: 0x4000, TMPFILE: 0x404000 };
const AT_FDCWD = -100;
const AT_SYMLINK_FOLLOW = 0x400;
const AT_EMPTY_PATH = 0x1000;

const base = mkdtempSync(join(tmpdir(), 'mte-links-'));
test.after(() => rmSync(base, { recursive: true, force: true }));
const ro = join(base, 'ro');
const rw = join(base, 'rw');
mkdirSync(ro);
mkdirSync(rw);
writeFileSync(join(ro, 'a.txt'), 'alpha\n');
writeFileSync(join(rw, 'data.bin'), Buffer.alloc(3 * 4096 + 100, 0x61));

function proc(): TestProcess {
  return makeProcess({ files: createNodeHostFiles([{ path: ro, writable: false }, { path: rw, writable: true }], ro) });
}

let slot = 0;
function str(t: TestProcess, s: string): bigint {
  slot = (slot + 1) % 8;
  return t.scratch(s, 2048 + slot * 256);
}
const call = (t: TestProcess, nr: number, ...args: (bigint | number)[]): bigint => t.syscall(nr, ...args).value;
const open = (t: TestProcess, path: string, flags = 0, mode = 0o644): bigint => call(t, SYS.openat, AT_FDCWD, str(t, path), flags, mode);
const symlink = (t: TestProcess, target: string, path: string): bigint => call(t, SYS.symlinkat, str(t, target), AT_FDCWD, str(t, path));
const link = (t: TestProcess, from: string, to: string, flags = 0, fromFd = AT_FDCWD): bigint => call(t, SYS.linkat, fromFd, str(t, from), AT_FDCWD, str(t, to), flags);
function readlink(t: TestProcess, path: string): string {
  const n = call(t, SYS.readlinkat, AT_FDCWD, str(t, path), SCRATCH + 1024n, 200);
  return n < 0n ? `errno ${n}` : Buffer.from(t.process.machine.readMemory(SCRATCH + 1024n, Number(n)).data).toString();
}
/** Reads into the first 2 KiB of the scratch page (strings and stat buffers live above). */
function readAll(t: TestProcess, fd: bigint, max = 2040): string {
  const n = call(t, SYS.read, fd, SCRATCH, max);
  return n < 0n ? `errno ${n}` : Buffer.from(t.process.machine.readMemory(SCRATCH, Number(n)).data).toString('latin1');
}
function nlink(t: TestProcess, fd: bigint): number {
  assert.equal(call(t, SYS.fstat, fd, SCRATCH + 3072n), 0n);
  return new DataView(t.process.machine.readMemory(SCRATCH + 3072n, 128).data.buffer).getUint32(20, true);
}

test('symlinkat in tmpfs: readlinkat reads the target, lookups follow it, errors as Linux', () => {
  const t = proc();
  const fd = open(t, '/tmp/f', O.RDWR | O.CREAT);
  assert.equal(call(t, SYS.write, fd, str(t, 'hello'), 5), 5n);
  assert.equal(symlink(t, 'f', '/tmp/l'), 0n);
  assert.equal(readlink(t, '/tmp/l'), 'f');
  assert.equal(readAll(t, open(t, '/tmp/l')), 'hello');
  assert.equal(symlink(t, '/nowhere', '/tmp/dangling'), 0n, 'the target need not exist');
  assert.equal(open(t, '/tmp/dangling'), E.NOENT);
  assert.equal(symlink(t, 'x', '/tmp/l'), E.EXIST);
  assert.equal(symlink(t, 'x', '/tmp/f'), E.EXIST);
  assert.equal(symlink(t, '', '/tmp/e'), E.NOENT, 'an empty target');
  assert.equal(symlink(t, 'x', ''), E.NOENT);
  assert.equal(symlink(t, 'x', '/tmp/new/'), E.NOENT, 'a trailing slash on a new name');
  assert.equal(symlink(t, 'x', '/tmp/f/x'), E.NOTDIR);
  assert.equal(symlink(t, 'x', '/tmp/no/x'), E.NOENT);
  assert.equal(call(t, SYS.unlinkat, AT_FDCWD, str(t, '/tmp/l'), 0), 0n, 'unlink removes the link, not the file');
  assert.equal(readAll(t, open(t, '/tmp/f')), 'hello');
});

test('symlinkat and linkat where nothing may be created: EROFS, EACCES in /dev and /proc, EEXIST first', () => {
  const t = proc();
  assert.equal(symlink(t, 'x', join(ro, 'l')), E.ROFS);
  assert.equal(symlink(t, 'x', join(ro, 'a.txt')), E.EXIST, 'EEXIST comes before EROFS');
  assert.equal(symlink(t, 'x', '/newname'), E.ROFS);
  assert.equal(symlink(t, 'x', '/dev/x'), E.ACCES);
  assert.equal(symlink(t, 'x', '/proc/x'), E.NOENT, 'procfs: the lookup fails first');
  assert.equal(link(t, join(ro, 'a.txt'), join(ro, 'b')), E.ROFS);
  assert.equal(link(t, join(ro, 'a.txt'), '/tmp/b'), E.XDEV, 'across mounts');
});

test('linkat in tmpfs: two names of one file, nlink counts them, unlink drops one; EPERM for a directory', () => {
  const t = proc();
  const fd = open(t, '/tmp/one', O.RDWR | O.CREAT);
  assert.equal(link(t, '/tmp/one', '/tmp/two'), 0n);
  assert.equal(nlink(t, fd), 2);
  assert.equal(call(t, SYS.write, open(t, '/tmp/two', O.WRONLY), str(t, 'shared'), 6), 6n);
  assert.equal(readAll(t, fd), 'shared', 'both names are the same file');
  assert.equal(link(t, '/tmp/one', '/tmp/two'), E.EXIST);
  assert.equal(call(t, SYS.renameat, AT_FDCWD, str(t, '/tmp/one'), AT_FDCWD, str(t, '/tmp/two')), 0n, 'rename between names of one file does nothing');
  assert.equal(nlink(t, fd), 2);
  assert.equal(call(t, SYS.unlinkat, AT_FDCWD, str(t, '/tmp/one'), 0), 0n);
  assert.equal(nlink(t, fd), 1);
  assert.equal(readlink(t, `/proc/self/fd/${fd}`), '/tmp/one', 'the file still has a name');
  assert.equal(call(t, SYS.mkdirat, AT_FDCWD, str(t, '/tmp/d'), 0o755), 0n);
  assert.equal(link(t, '/tmp/d', '/tmp/d2'), E.PERM);
  assert.equal(link(t, '/tmp/missing', '/tmp/x'), E.NOENT);
  assert.equal(link(t, '/tmp/two', '/tmp/x', 0x1), E.INVAL, 'unknown flag');
  assert.equal(link(t, '/tmp/two', '/dev/shm/x'), E.XDEV, 'another tmpfs instance');
  assert.equal(symlink(t, 'two', '/tmp/s'), 0n);
  assert.equal(link(t, '/tmp/s', '/tmp/s2'), 0n, 'without AT_SYMLINK_FOLLOW the link itself gets a name');
  assert.equal(readlink(t, '/tmp/s2'), 'two');
  assert.equal(link(t, '/tmp/s', '/tmp/s3', AT_SYMLINK_FOLLOW), 0n);
  assert.equal(readlink(t, '/tmp/s3'), `errno ${E.INVAL}`, 'AT_SYMLINK_FOLLOW names the target');
});

test('writable host root: symlinkat and linkat make real links there', () => {
  const t = proc();
  assert.equal(symlink(t, 'data.bin', join(rw, 'sym')), 0n);
  assert.equal(readlinkSync(join(rw, 'sym')), 'data.bin');
  assert.equal(readlink(t, join(rw, 'sym')), 'data.bin');
  assert.equal(link(t, join(rw, 'data.bin'), join(rw, 'hard')), 0n);
  assert.equal(statSync(join(rw, 'hard')).ino, statSync(join(rw, 'data.bin')).ino);
  assert.equal(lstatSync(join(rw, 'data.bin')).nlink, 2);
  assert.equal(link(t, join(rw, 'data.bin'), '/tmp/x'), E.XDEV);
  rmSync(join(rw, 'sym'));
  rmSync(join(rw, 'hard'));
});

test('O_TMPFILE on tmpfs: an unnamed file, named by linkat (AT_EMPTY_PATH or /proc/self/fd/N); O_EXCL makes it unlinkable', () => {
  const t = proc();
  assert.equal(open(t, '/tmp', O.TMPFILE | O.RDONLY), E.INVAL, 'needs write access');
  assert.equal(open(t, '/tmp', 0x400000 | O.RDWR), E.INVAL, 'needs O_DIRECTORY');
  assert.equal(open(t, '/tmp', O.TMPFILE | O.CREAT | O.RDWR), E.INVAL);
  assert.equal(open(t, ro, O.TMPFILE | O.RDWR), E.ROFS);
  assert.equal(open(t, rw, O.TMPFILE | O.RDWR), E.OPNOTSUPP, 'host folders cannot hold unnamed files here');
  assert.equal(open(t, '/tmp/none', O.TMPFILE | O.RDWR), E.NOENT);
  const fd = open(t, '/tmp', O.TMPFILE | O.RDWR, 0o600);
  assert.ok(fd >= 3n, `fd ${fd}`);
  assert.equal(call(t, SYS.write, fd, str(t, 'secret'), 6), 6n);
  assert.equal(nlink(t, fd), 0);
  assert.match(readlink(t, `/proc/self/fd/${fd}`), /^\/tmp\/#\d+ \(deleted\)$/);
  assert.equal(call(t, SYS.linkat, fd, str(t, ''), AT_FDCWD, str(t, '/tmp/named'), 0), E.NOENT, "'' without AT_EMPTY_PATH");
  assert.equal(call(t, SYS.linkat, fd, str(t, ''), AT_FDCWD, str(t, '/tmp/named'), AT_EMPTY_PATH), 0n);
  assert.equal(nlink(t, fd), 1);
  assert.equal(readAll(t, open(t, '/tmp/named')), 'secret');
  const fd2 = open(t, '/dev/shm', O.TMPFILE | O.WRONLY);
  assert.equal(link(t, `/proc/self/fd/${fd2}`, '/dev/shm/viaproc', AT_SYMLINK_FOLLOW), 0n);
  assert.equal(nlink(t, fd2), 1);
  const fd3 = open(t, '/tmp', O.TMPFILE | O.RDWR | O.EXCL);
  assert.equal(call(t, SYS.linkat, fd3, str(t, ''), AT_FDCWD, str(t, '/tmp/never'), AT_EMPTY_PATH), E.NOENT, 'O_EXCL: never linkable');
  const fd4 = open(t, '/tmp/gone', O.RDWR | O.CREAT);
  assert.equal(call(t, SYS.unlinkat, AT_FDCWD, str(t, '/tmp/gone'), 0), 0n);
  assert.equal(call(t, SYS.linkat, fd4, str(t, ''), AT_FDCWD, str(t, '/tmp/back'), AT_EMPTY_PATH), E.NOENT, 'a deleted file stays deleted');
  assert.equal(call(t, SYS.linkat, 77, str(t, ''), AT_FDCWD, str(t, '/tmp/x'), AT_EMPTY_PATH), E.BADF);
});

test('/proc/self/maps: file mappings show their offset, device and inode as Linux prints them', () => {
  const t = proc();
  const fd = open(t, join(rw, 'data.bin'));
  const st = statSync(join(rw, 'data.bin'), { bigint: true });
  const address = call(t, SYS.mmap, 0, 3 * 4096, 1, 2, fd, 4096);
  assert.ok(address > 0n);
  assert.equal(call(t, SYS.mprotect, address + 4096n, 4096, 3), 0n, 'split the mapping in three');
  const text = readAll(t, open(t, '/proc/self/maps'));
  const major = Number(((st.dev >> 8n) & 0xfffn) | ((st.dev >> 32n) & ~0xfffn)).toString(16).padStart(2, '0');
  const minor = Number((st.dev & 0xffn) | ((st.dev >> 12n) & ~0xffn)).toString(16).padStart(2, '0');
  const hex = (v: bigint) => v.toString(16).padStart(8, '0');
  const lines = text.split('\n').filter((l) => l.endsWith(join(rw, 'data.bin')));
  assert.deepEqual(lines.map((l) => l.slice(0, 73).trimEnd()), [
    `${hex(address)}-${hex(address + 4096n)} r--p 00001000 ${major}:${minor} ${st.ino}`,
    `${hex(address + 4096n)}-${hex(address + 8192n)} rw-p 00002000 ${major}:${minor} ${st.ino}`,
    `${hex(address + 8192n)}-${hex(address + 12288n)} r--p 00003000 ${major}:${minor} ${st.ino}`,
  ]);
  assert.equal(call(t, SYS.mprotect, address + 4096n, 4096, 1), 0n);
  const merged = readAll(t, open(t, '/proc/self/maps')).split('\n').filter((l) => l.endsWith(join(rw, 'data.bin')));
  assert.equal(merged.length, 1, 'contiguous parts of one file merge again');
  const anon = call(t, SYS.mmap, 0, 4096, 3, 0x22, -1, 0);
  const again = readAll(t, open(t, '/proc/self/maps'));
  assert.match(again, new RegExp(`^${hex(anon)}-${hex(anon + 4096n)} rw-p 00000000 00:00 0 $`, 'm'), 'anonymous memory: 0 00:00 0');
});

/** A program that maps 2 pages of a 3-byte tmpfs file: reads in the last partial page, grows the file and reads
 *  page 1, shrinks it again and reads page 1 (Linux: SIGBUS, BUS_ADRERR, si_addr the byte read). */
const BUS_PROGRAM = String.raw`
        .global _start
_start: mov     x0, #-100
        adr     x1, name
        mov     x2, #0x42               // O_RDWR|O_CREAT
        mov     x3, #420
        mov     x8, #56
        svc     #0
        mov     x19, x0
        adr     x1, name
        mov     x2, #3
        mov     x8, #64                 // write 3 bytes
        svc     #0
        mov     x0, #0
        mov     x1, #8192
        mov     x2, #3                  // PROT_READ|PROT_WRITE
        mov     x3, #1                  // MAP_SHARED
        mov     x4, x19
        mov     x5, #0
        mov     x8, #222
        svc     #0
        mov     x20, x0
        add     x21, x20, #4096
        ldrb    w1, [x20, #100]         // past the end, same page: 0
        mov     x0, x19
        mov     x1, #5000
        mov     x8, #46                 // ftruncate: page 1 now holds file bytes
        svc     #0
        ldrb    w1, [x21, #8]
        mov     x0, x19
        mov     x1, #3
        mov     x8, #46                 // ftruncate: page 1 wholly past the end again
        svc     #0
        ldrb    w1, [x21, #8]           // SIGBUS
        mov     x0, #0
        mov     x8, #93
        svc     #0
name:   .asciz  "/tmp/short"
`;

test('a page of a file mapping wholly past the end of the file: SIGBUS (BUS_ADRERR) when touched, readable after the file grows', () => {
  const path = join(base, 'bus.s');
  writeFileSync(path, BUS_PROGRAM);
  const { status, stderr } = runCli([path]);
  assert.equal(status, 128 + 7, stderr);
  assert.match(stderr, /Program received signal SIGBUS, Bus error\./);
  assert.match(stderr, /Cannot access memory at address 0x[0-9a-f]+008 \(read, past the end of the mapped file\)/);
  assert.match(stderr, /bus\.s:34\n/, 'the last load faults, the earlier ones do not');
});


// The kernel's own accesses to such pages (copy_from_user/copy_to_user) fault: the system call gives EFAULT, or a
// short count up to the end of the file's last page, and no SIGBUS (Linux; qemu-aarch64 forwards the calls to the
// host kernel and gives the same, checked by test/linux/fs-links.c in test/oracle/fsLinksQemu.test.ts).
test('write/read with a buffer in a file-mapping page past the end of the file: EFAULT, or a short count', () => {
  const t = proc();
  const fd = open(t, '/tmp/three', O.RDWR | O.CREAT);
  assert.equal(call(t, SYS.write, fd, str(t, 'xyz'), 3), 3n);
  const q = call(t, SYS.mmap, 0, 3 * 4096, 3, 1, fd, 0);
  assert.ok(q > 0n);
  const sink = open(t, '/tmp/sink', O.RDWR | O.CREAT);
  assert.equal(call(t, SYS.write, sink, str(t, 'hello'), 5), 5n);
  assert.equal(call(t, SYS.write, sink, q + 4096n, 10), -14n);
  assert.equal(call(t, 67, sink, q + 8192n, 5, 0), -14n, 'pread64 into a page past the end');
  assert.equal(call(t, SYS.write, sink, q + 4000n, 200), 96n);
  assert.equal(t.process.finalStop, undefined, 'no signal');
});
