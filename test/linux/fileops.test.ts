// fsync/fdatasync/sync/syncfs, flock, fallocate, fchmod/fchmodat, utimensat and times through the kernel's system
// calls on tmpfs files and pipes. Expectations from the man pages (fsync(2): EINVAL for a pipe; flock(2): EINVAL
// for an unknown operation; fallocate(2): ESPIPE for a pipe, EINVAL for len <= 0, the size grows with mode 0 and
// not with FALLOC_FL_KEEP_SIZE; utimensat(2): UTIME_NOW/UTIME_OMIT; times(2): clock ticks).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeProcess, SCRATCH, EINVAL } from './helpers.js';

const EBADF = -9n;
const ESPIPE = -29n;

function statOf(t: ReturnType<typeof makeProcess>, fd: bigint): { mode: number; size: bigint; mtime: bigint } {
  assert.equal(t.syscall(80, fd, SCRATCH + 2048n).value, 0n);
  const v = new DataView(t.process.machine.readMemory(SCRATCH + 2048n, 128).data.buffer);
  return { mode: v.getUint32(16, true), size: v.getBigInt64(48, true), mtime: v.getBigInt64(88, true) * 1_000_000_000n + v.getBigInt64(96, true) };
}

test('fsync, fdatasync, sync, syncfs, flock', () => {
  const t = makeProcess();
  const fd = t.syscall(56, -100, t.scratch('/tmp/f'), 0x42, 0o644).value;
  assert.ok(fd >= 3n);
  assert.equal(t.syscall(82, fd).value, 0n);
  assert.equal(t.syscall(83, fd).value, 0n);
  assert.equal(t.syscall(82, 99).value, EBADF);
  assert.equal(t.syscall(59, SCRATCH + 512n, 0).value, 0n);
  const r = new DataView(t.process.machine.readMemory(SCRATCH + 512n, 4).data.buffer).getInt32(0, true);
  assert.equal(t.syscall(82, r).value, EINVAL, 'fsync of a pipe');
  assert.equal(t.syscall(81).value, 0n);
  assert.equal(t.syscall(267, fd).value, 0n);
  assert.equal(t.syscall(32, fd, 2).value, 0n, 'LOCK_EX');
  assert.equal(t.syscall(32, fd, 8).value, 0n, 'LOCK_UN');
  assert.equal(t.syscall(32, fd, 3).value, EINVAL);
  assert.equal(t.syscall(32, 99, 2).value, EBADF);
});

test('fallocate grows a file (mode 0), keeps its size with FALLOC_FL_KEEP_SIZE; ESPIPE, EINVAL, EBADF', () => {
  const t = makeProcess();
  const fd = t.syscall(56, -100, t.scratch('/tmp/g'), 0x42, 0o644).value;
  assert.equal(t.syscall(47, fd, 0, 100, 4000).value, 0n);
  assert.equal(statOf(t, fd).size, 4100n);
  assert.equal(t.syscall(47, fd, 1, 0, 10000).value, 0n);
  assert.equal(statOf(t, fd).size, 4100n);
  assert.equal(t.syscall(47, fd, 0, 0, 0).value, EINVAL);
  assert.equal(t.syscall(59, SCRATCH + 512n, 0).value, 0n);
  const w = new DataView(t.process.machine.readMemory(SCRATCH + 512n, 8).data.buffer).getInt32(4, true);
  assert.equal(t.syscall(47, w, 0, 0, 10).value, ESPIPE);
  const ro = t.syscall(56, -100, t.scratch('/tmp/g'), 0, 0).value;
  assert.equal(t.syscall(47, ro, 0, 0, 10).value, EBADF, 'not open for writing');
});

test('fchmod and fchmodat change a tmpfs file\'s mode; utimensat sets or keeps its modification time', () => {
  const t = makeProcess();
  const fd = t.syscall(56, -100, t.scratch('/tmp/h'), 0x42, 0o644).value;
  assert.equal(t.syscall(52, fd, 0o600).value, 0n);
  assert.equal(statOf(t, fd).mode & 0o7777, 0o600);
  assert.equal(t.syscall(53, -100, t.scratch('/tmp/h'), 0o751).value, 0n);
  assert.equal(statOf(t, fd).mode & 0o7777, 0o751);
  assert.equal(t.syscall(53, -100, t.scratch('/tmp/none'), 0o751).value, -2n);
  const times = new Uint8Array(32);
  const v = new DataView(times.buffer);
  v.setBigInt64(0, 0n, true); v.setBigInt64(8, (1n << 30n) - 2n, true); // atime UTIME_OMIT
  v.setBigInt64(16, 1234n, true); v.setBigInt64(24, 5n, true);
  assert.equal(t.syscall(88, -100, t.scratch('/tmp/h'), t.scratch(times, 256), 0).value, 0n);
  assert.equal(statOf(t, fd).mtime, 1234_000_000_005n);
  v.setBigInt64(24, (1n << 30n) - 2n, true); // mtime UTIME_OMIT
  assert.equal(t.syscall(88, fd, 0, t.scratch(times, 256), 0).value, 0n, 'futimens');
  assert.equal(statOf(t, fd).mtime, 1234_000_000_005n);
  v.setBigInt64(24, 1_000_000_000n, true);
  assert.equal(t.syscall(88, fd, 0, t.scratch(times, 256), 0).value, EINVAL);
});

test('times: clock ticks since boot, user time from the instructions executed', () => {
  const t = makeProcess();
  const ticks = t.syscall(153, SCRATCH).value;
  assert.ok(ticks > 0n);
  assert.equal(new DataView(t.process.machine.readMemory(SCRATCH + 8n, 8).data.buffer).getBigUint64(0, true), 0n, 'no system time');
});

test('fchown to the guest\'s own ids only, statfs/fstatfs (tmpfs magic), fadvise64, close_range, mincore, membarrier, getresuid', () => {
  const t = makeProcess();
  const fd = t.syscall(56, -100, t.scratch('/tmp/own'), 0x42, 0o644).value;
  assert.equal(t.syscall(55, fd, 1000, -1).value, 0n);
  assert.equal(t.syscall(55, fd, 0, 0).value, -1n, 'chown to root: EPERM');
  assert.equal(t.syscall(44, fd, SCRATCH + 256n).value, 0n);
  assert.equal(new DataView(t.process.machine.readMemory(SCRATCH + 256n, 8).data.buffer).getBigUint64(0, true), 0x01021994n, 'TMPFS_MAGIC');
  assert.equal(t.syscall(223, fd, 0, 0, 4).value, 0n, 'POSIX_FADV_DONTNEED');
  assert.equal(t.syscall(223, fd, 0, 0, 9).value, EINVAL);
  const dup = t.syscall(23, fd).value;
  assert.equal(t.syscall(436, dup, dup, 0).value, 0n);
  assert.equal(t.syscall(80, dup, SCRATCH + 2048n).value, EBADF, 'closed by close_range');
  assert.equal(t.syscall(232, SCRATCH, 4096, SCRATCH + 512n).value, 0n);
  assert.equal(t.process.machine.readMemory(SCRATCH + 512n, 1).data[0], 1);
  assert.equal(t.syscall(232, 0x10000000n, 4096, SCRATCH + 512n).value, -12n, 'unmapped: ENOMEM');
  assert.equal(t.syscall(283, 0, 0).value, 31n, 'MEMBARRIER_CMD_QUERY');
  assert.equal(t.syscall(283, 8, 0).value, 0n);
  assert.equal(t.syscall(148, SCRATCH, SCRATCH + 4n, SCRATCH + 8n).value, 0n);
  assert.equal(new DataView(t.process.machine.readMemory(SCRATCH + 8n, 4).data.buffer).getUint32(0, true), 1000);
});

test('rt_sigqueueinfo: SI_QUEUE and si_value reach the receiver (read here through a signalfd); EPERM for a kernel si_code to another process', () => {
  const t = makeProcess();
  const set = new Uint8Array(8);
  new DataView(set.buffer).setBigUint64(0, 1n << 9n, true);
  const mask = t.scratch(set, 256);
  assert.equal(t.syscall(135, 0, mask, 0, 8).value, 0n);
  const sfd = t.syscall(74, -1, mask, 8, 0x800).value;
  const info = new Uint8Array(128);
  const v = new DataView(info.buffer);
  v.setInt32(0, 10, true); v.setInt32(8, -1, true); v.setInt32(16, 1000, true); v.setBigUint64(24, 42n, true);
  assert.equal(t.syscall(138, 1000, 10, t.scratch(info, 512)).value, 0n);
  assert.equal(t.syscall(63, sfd, SCRATCH + 1024n, 128).value, 128n);
  const d = new DataView(t.process.machine.readMemory(SCRATCH + 1024n, 128).data.buffer);
  assert.equal(d.getInt32(8, true), -1, 'ssi_code SI_QUEUE');
  assert.equal(d.getInt32(44, true), 42, 'ssi_int');
  v.setInt32(8, 0, true);
  assert.equal(t.syscall(138, 4242, 10, t.scratch(info, 512)).value, -1n, 'SI_USER to another process: EPERM');
});

test('sendfile copies a file into a pipe (position or *offset advanced); copy_file_range between files; EINVAL from a pipe', () => {
  const t = makeProcess();
  const src = t.syscall(56, -100, t.scratch('/tmp/src'), 0x42, 0o644).value;
  assert.equal(t.syscall(64, src, t.scratch('0123456789', 1500), 10).value, 10n);
  assert.equal(t.syscall(62, src, 2, 0).value, 2n, 'lseek to 2');
  assert.equal(t.syscall(59, SCRATCH + 512n, 0).value, 0n);
  const v = new DataView(t.process.machine.readMemory(SCRATCH + 512n, 8).data.buffer);
  const r = v.getInt32(0, true);
  const w = v.getInt32(4, true);
  assert.equal(t.syscall(71, w, src, 0, 3).value, 3n, 'from the position');
  assert.equal(t.syscall(62, src, 0, 1).value, 5n, 'position advanced');
  const off = new Uint8Array(8);
  new DataView(off.buffer).setBigUint64(0, 7n, true);
  assert.equal(t.syscall(71, w, src, t.scratch(off, 600), 100).value, 3n, 'from *offset to the end');
  assert.equal(new DataView(t.process.machine.readMemory(SCRATCH + 600n, 8).data.buffer).getBigUint64(0, true), 10n);
  assert.equal(t.syscall(62, src, 0, 1).value, 5n, 'position unchanged with an offset');
  assert.equal(t.syscall(63, r, SCRATCH + 700n, 100).value, 6n);
  assert.equal(Buffer.from(t.process.machine.readMemory(SCRATCH + 700n, 6).data).toString(), '234789');
  assert.equal(t.syscall(71, w, r, 0, 3).value, EINVAL, 'from a pipe');
  const dst = t.syscall(56, -100, t.scratch('/tmp/dst'), 0x42, 0o644).value;
  assert.equal(t.syscall(62, src, 0, 0).value, 0n);
  assert.equal(t.syscall(285, src, 0, dst, 0, 4, 0).value, 4n);
  assert.equal(t.syscall(285, src, 0, dst, 0, 4, 1).value, EINVAL, 'flags');
  assert.equal(t.syscall(67, dst, SCRATCH + 700n, 10, 0).value, 4n);
  assert.equal(Buffer.from(t.process.machine.readMemory(SCRATCH + 700n, 4).data).toString(), '0123');
});

test('splice and tee between a tmpfs file and pipes (splice(2), tee(2))', () => {
  const t = makeProcess();
  const fd = t.syscall(56, -100, t.scratch('/tmp/sp', 0x800), 0x42, 0o600).value; // O_RDWR|O_CREAT
  assert.equal(t.syscall(64, fd, t.scratch('0123456789', 0x900), 10).value, 10n);
  assert.equal(t.syscall(59, SCRATCH + 0xa00n, 0).value, 0n);
  assert.equal(t.syscall(59, SCRATCH + 0xa08n, 0).value, 0n);
  const v = new DataView(t.process.machine.readMemory(SCRATCH + 0xa00n, 16).data.buffer);
  const [pr, pw, qr, qw] = [0, 4, 8, 12].map((o) => v.getInt32(o, true));
  const off = t.scratch(new Uint8Array([2, 0, 0, 0, 0, 0, 0, 0]), 0xb00);
  assert.equal(t.syscall(76, fd, off, pw, 0, 5, 0).value, 5n, 'file at offset 2 into the pipe');
  assert.equal(t.process.machine.readMemory(off, 1).data[0], 7, 'the offset moved');
  assert.equal(t.syscall(77, pr, qw, 100, 0).value, 5n, 'tee copies');
  assert.equal(t.syscall(76, pr, 0, qw, 0, 2, 0).value, 2n, 'pipe to pipe');
  assert.equal(t.syscall(63, qr, SCRATCH + 0xc00n, 64).value, 7n);
  assert.equal(Buffer.from(t.process.machine.readMemory(SCRATCH + 0xc00n, 7).data).toString(), '2345623');
  assert.equal(t.syscall(76, fd, 0, pw, off, 1, 0).value, -29n, 'an offset for a pipe: ESPIPE');
  assert.equal(t.syscall(76, fd, 0, fd, 0, 1, 0).value, -22n, 'no pipe: EINVAL');
  assert.equal(t.syscall(76, pr, 0, fd, 0, 10, 0).value, 3n, 'the rest into the file');
  assert.equal(t.syscall(76, pr, 0, fd, 0, 10, 2).value, -11n, 'empty, SPLICE_F_NONBLOCK');
});
