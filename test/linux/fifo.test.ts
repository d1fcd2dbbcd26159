// FIFOs made by mknodat in tmpfs (syscalls/fifo.ts, vfs mkfifo) through the kernel's system calls in one process.
// Expectations from mknod(2) and fifo(7): S_IFIFO inode with the mode less the umask; a non-blocking writer without
// a reader gets ENXIO; a non-blocking reader opens at once and sees end of file while no writer has it; O_RDWR
// opens both ends; regular files by mknod; EPERM for devices (unprivileged) and directories; EINVAL for bad
// types. Between processes, test/linux/threads/fifo.c runs against qemu-aarch64 (test/oracle/threads.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeProcess, SCRATCH } from './helpers.js';

const SYS = { mknodat: 33, openat: 56, close: 57, read: 63, write: 64, fstatat: 79, fstat: 80, lseek: 62 };
const [ENXIO, EAGAIN, EEXIST, EPERM, EINVAL, ESPIPE] = [-6n, -11n, -17n, -1n, -22n, -29n];
const O_NONBLOCK = 0x800;

type T = ReturnType<typeof makeProcess>;
const path = (t: T, p: string) => t.scratch(p, 0x800);
const open = (t: T, p: string, flags: number) => t.syscall(SYS.openat, -100, path(t, p), flags, 0);
function mode(t: T, fd: number): number {
  assert.equal(t.syscall(SYS.fstat, fd, SCRATCH + 0xa00n).value, 0n);
  return new DataView(t.process.machine.readMemory(SCRATCH + 0xa00n + 16n, 4).data.buffer).getUint32(0, true);
}

test('mknodat S_IFIFO in /tmp: non-blocking opens, data through the pipe, end of file, O_RDWR, fstat and lseek', () => {
  const t = makeProcess();
  assert.equal(t.syscall(SYS.mknodat, -100, path(t, '/tmp/f'), 0o010666, 0).value, 0n);
  assert.equal(t.syscall(SYS.mknodat, -100, path(t, '/tmp/f'), 0o010666, 0).value, EEXIST);
  assert.equal(open(t, '/tmp/f', 1 | O_NONBLOCK).value, ENXIO, 'no reader');
  const r = Number(open(t, '/tmp/f', O_NONBLOCK).value);
  assert.ok(r >= 0);
  assert.equal(mode(t, r), 0o010644, 'S_IFIFO, 0666 less the umask 022');
  assert.equal(t.syscall(SYS.read, r, SCRATCH, 8).value, 0n, 'no writer: end of file');
  const w = Number(open(t, '/tmp/f', 1 | O_NONBLOCK).value);
  assert.ok(w >= 0);
  assert.equal(t.syscall(SYS.write, w, t.scratch('abc', 0x900), 3).value, 3n);
  assert.equal(t.syscall(SYS.read, r, SCRATCH, 8).value, 3n);
  assert.equal(t.syscall(SYS.read, r, SCRATCH, 8).value, EAGAIN, 'empty with a writer');
  assert.equal(t.syscall(SYS.lseek, w, 0, 0).value, ESPIPE);
  t.syscall(SYS.close, w);
  assert.equal(t.syscall(SYS.read, r, SCRATCH, 8).value, 0n);
  t.syscall(SYS.close, r);
  const rw = Number(open(t, '/tmp/f', 2).value);
  assert.equal(t.syscall(SYS.write, rw, t.scratch('xy', 0x900), 2).value, 2n);
  assert.equal(t.syscall(SYS.read, rw, SCRATCH, 8).value, 2n, 'O_RDWR holds both ends');
  t.syscall(SYS.close, rw);
  // A blocking open with no other thread or process to open the other end never returns: the process is ended.
  assert.equal(open(t, '/tmp/f', 0).stop?.kind, 'killed');
  assert.ok(t.process.diagnostics.some((d) => d.includes('FIFO waiting for a writer')));
});

test('mknodat: regular files, EPERM for devices and directories, EINVAL for an unknown type', () => {
  const t = makeProcess();
  assert.equal(t.syscall(SYS.mknodat, -100, path(t, '/tmp/r'), 0o100640, 0).value, 0n);
  assert.equal(t.syscall(SYS.fstatat, -100, path(t, '/tmp/r'), SCRATCH + 0xa00n, 0).value, 0n);
  assert.equal(new DataView(t.process.machine.readMemory(SCRATCH + 0xa10n, 4).data.buffer).getUint32(0, true), 0o100640);
  assert.equal(t.syscall(SYS.mknodat, -100, path(t, '/tmp/c'), 0o020600, 0x103).value, EPERM);
  assert.equal(t.syscall(SYS.mknodat, -100, path(t, '/tmp/d'), 0o040700, 0).value, EPERM);
  assert.equal(t.syscall(SYS.mknodat, -100, path(t, '/tmp/x'), 0o170600, 0).value, EINVAL);
  assert.equal(t.syscall(SYS.mknodat, -100, path(t, '/proc/f'), 0o010600, 0).value, -2n, 'procfs: ENOENT');
});
