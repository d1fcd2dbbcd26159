// Advisory locks (emulator/linux/locks.ts, syscalls/locks.ts) through the kernel's system calls in one process,
// and the lock table itself. Expectations from flock(2) and fcntl(2): flock belongs to the open file description
// (two opens of one file conflict, dup shares it, a conversion drops the old lock first); a process's own POSIX
// locks never conflict and a partial unlock splits them; closing any descriptor of the file drops them all; OFD
// locks conflict between two descriptions of one process and F_OFD_GETLK reports l_pid -1. Between processes,
// test/linux/threads/locks.c runs against qemu-aarch64 (test/oracle/threads.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeProcess, SCRATCH } from './helpers.js';
import { LOCK_EOF, LockTable } from '../../emulator/linux/locks.js';

const SYS = { openat: 56, close: 57, dup: 23, flock: 32, fcntl: 25, write: 64 };
const EAGAIN = -11n;
const EBADF = -9n;
const EINVAL = -22n;
const [LOCK_SH, LOCK_EX, LOCK_NB, LOCK_UN] = [1, 2, 4, 8];
const [F_GETLK, F_SETLK, F_OFD_GETLK, F_OFD_SETLK] = [5, 6, 36, 37];
const [F_RDLCK, F_WRLCK, F_UNLCK] = [0, 1, 2];

type T = ReturnType<typeof makeProcess>;

function open(t: T, flags = 2): number {
  const fd = t.syscall(SYS.openat, -100, t.scratch('/tmp/locked', 0x800), flags | 0x40, 0o600).value;
  assert.ok(fd >= 0n);
  return Number(fd);
}

function flock(t: T, type: number, start: number, len: number, pid = 0): bigint {
  const b = new Uint8Array(32);
  const v = new DataView(b.buffer);
  v.setInt16(0, type, true);
  v.setBigInt64(8, BigInt(start), true);
  v.setBigInt64(16, BigInt(len), true);
  v.setInt32(24, pid, true);
  return t.scratch(b, 0x900);
}

function readFlock(t: T): { type: number; start: bigint; len: bigint; pid: number } {
  const v = new DataView(t.process.machine.readMemory(SCRATCH + 0x900n, 32).data.buffer);
  return { type: v.getInt16(0, true), start: v.getBigInt64(8, true), len: v.getBigInt64(16, true), pid: v.getInt32(24, true) };
}

test('flock: per open file description; dup shares it; LOCK_NB conflicts give EAGAIN; conversion drops the old lock; close of the last descriptor releases', () => {
  const t = makeProcess();
  const a = open(t);
  const b = open(t);
  assert.equal(t.syscall(SYS.flock, a, LOCK_EX).value, 0n);
  assert.equal(t.syscall(SYS.flock, b, LOCK_SH | LOCK_NB).value, EAGAIN);
  const d = Number(t.syscall(SYS.dup, a).value);
  assert.equal(t.syscall(SYS.flock, d, LOCK_EX | LOCK_NB).value, 0n, 'the same description');
  assert.equal(t.syscall(SYS.close, a).value, 0n);
  assert.equal(t.syscall(SYS.flock, b, LOCK_SH | LOCK_NB).value, EAGAIN, 'the dup still holds it');
  assert.equal(t.syscall(SYS.close, d).value, 0n);
  assert.equal(t.syscall(SYS.flock, b, LOCK_SH | LOCK_NB).value, 0n, 'released with the last descriptor');
  const c = open(t);
  assert.equal(t.syscall(SYS.flock, c, LOCK_SH | LOCK_NB).value, 0n, 'shared locks coexist');
  assert.equal(t.syscall(SYS.flock, c, LOCK_EX | LOCK_NB).value, EAGAIN);
  assert.equal(t.syscall(SYS.flock, b, LOCK_EX | LOCK_NB).value, 0n, 'c lost its lock in the failed conversion');
  assert.equal(t.syscall(SYS.flock, b, LOCK_UN).value, 0n);
  assert.equal(t.syscall(SYS.flock, c, LOCK_EX | LOCK_NB).value, 0n);
  assert.equal(t.syscall(SYS.flock, c, 3).value, EINVAL);
  assert.equal(t.syscall(SYS.flock, 99, LOCK_SH).value, EBADF);
  // Waiting for a lock only this single-threaded process could release never ends: the emulator ends it.
  assert.equal(t.syscall(SYS.flock, b, LOCK_EX).stop?.kind, 'killed');
  assert.ok(t.process.diagnostics.some((x) => x.includes('flock')));
});

test('fcntl record locks: own locks never conflict, F_GETLK, range checks, open-mode checks; closing any descriptor drops them', () => {
  const t = makeProcess();
  const a = open(t);
  const b = open(t);
  assert.equal(t.syscall(SYS.fcntl, a, F_SETLK, flock(t, F_WRLCK, 0, 10)).value, 0n);
  assert.equal(t.syscall(SYS.fcntl, b, F_SETLK, flock(t, F_WRLCK, 5, 10)).value, 0n, 'the same process');
  assert.equal(t.syscall(SYS.fcntl, a, F_GETLK, flock(t, F_WRLCK, 0, 0)).value, 0n);
  assert.equal(readFlock(t).type, F_UNLCK, 'no other owner');
  assert.equal(t.syscall(SYS.fcntl, a, F_GETLK, flock(t, F_UNLCK, 0, 0)).value, EINVAL);
  assert.equal(t.syscall(SYS.fcntl, a, F_SETLK, flock(t, 7, 0, 0)).value, EINVAL);
  assert.equal(t.syscall(SYS.fcntl, a, F_SETLK, flock(t, F_RDLCK, -1, 1)).value, EINVAL);
  assert.equal(t.syscall(SYS.fcntl, a, F_SETLK, flock(t, F_RDLCK, 1, -2)).value, EINVAL, 'starts before 0');
  const r = open(t, 0);
  assert.equal(t.syscall(SYS.fcntl, r, F_SETLK, flock(t, F_WRLCK, 0, 1)).value, EBADF, 'a write lock needs write access');
  // OFD locks conflict with the process's POSIX locks.
  assert.equal(t.syscall(SYS.fcntl, b, F_OFD_SETLK, flock(t, F_RDLCK, 3, 1)).value, EAGAIN);
  assert.equal(t.syscall(SYS.fcntl, b, F_OFD_GETLK, flock(t, F_RDLCK, 3, 1)).value, 0n);
  assert.deepEqual(readFlock(t), { type: F_WRLCK, start: 0n, len: 15n, pid: 1000 }, 'the merged POSIX lock 0-14, its process');
  assert.equal(t.syscall(SYS.close, r).value, 0n, 'closing another descriptor of the file');
  assert.equal(t.syscall(SYS.fcntl, b, F_OFD_SETLK, flock(t, F_WRLCK, 0, 0)).value, 0n, 'the POSIX locks are gone');
  assert.equal(t.syscall(SYS.fcntl, a, F_OFD_SETLK, flock(t, F_RDLCK, 3, 1)).value, EAGAIN, 'two descriptions');
  assert.equal(t.syscall(SYS.fcntl, a, F_OFD_GETLK, flock(t, F_RDLCK, 3, 1)).value, 0n);
  assert.deepEqual(readFlock(t), { type: F_WRLCK, start: 0n, len: 0n, pid: -1 }, 'an OFD lock to end of file');
  assert.equal(t.syscall(SYS.fcntl, a, F_OFD_SETLK, flock(t, F_RDLCK, 0, 0, 5)).value, EINVAL, 'l_pid must be 0');
});

test('the lock table: a partial unlock splits, adjacent locks of one owner and type merge, conflicts need a writer', () => {
  const l = new LockTable();
  l.setRange('f', 'p1', 1, true, 0n, 9n);
  l.setRange('f', 'p1', 1, undefined, 3n, 4n);
  assert.deepEqual(l.ranges.get('f')!.map((x) => [x.start, x.end]), [[0n, 2n], [5n, 9n]]);
  l.setRange('f', 'p1', 1, true, 3n, 4n);
  assert.deepEqual(l.ranges.get('f')!.map((x) => [x.start, x.end]), [[0n, 9n]]);
  l.setRange('f', 'p1', 1, false, 10n, LOCK_EOF);
  assert.equal(l.ranges.get('f')!.length, 2, 'different types stay apart');
  assert.equal(l.conflict('f', 'p2', false, 20n, 30n), undefined, 'two readers');
  assert.equal(l.conflict('f', 'p2', true, 20n, 30n)?.start, 10n);
  assert.equal(l.conflict('f', 'p1', true, 0n, LOCK_EOF), undefined, 'own locks');
  l.waits.set('p2', 'p1');
  assert.equal(l.wouldDeadlock('p1', 'p2'), true);
  assert.equal(l.wouldDeadlock('p3', 'p2'), false);
  l.dropOwner('p1');
  assert.equal(l.ranges.size, 0);
});
