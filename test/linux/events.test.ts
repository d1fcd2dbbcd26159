// ppoll, pselect6, eventfd2, timerfd and the guest clock across sleeps, through the kernel's system calls in a
// single-threaded process. Expectations from the man pages (poll(2), select(2), eventfd(2), timerfd_create(2),
// clock_nanosleep(2)); test/linux/threads/ipc.c runs the same calls between processes against qemu-aarch64
// (test/oracle/threads.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeProcess, SCRATCH, EINVAL } from './helpers.js';

const SYS = { read: 63, write: 64, close: 57, pipe2: 59, eventfd2: 19, pselect6: 72, ppoll: 73, timerfdCreate: 85, timerfdSettime: 86, timerfdGettime: 87, clockGettime: 113, clockNanosleep: 115, nanosleep: 101, lseek: 62 };
const EAGAIN = -11n;
const EBADF = -9n;
const ESPIPE = -29n;

function u64(t: ReturnType<typeof makeProcess>, address: bigint): bigint {
  return new DataView(t.process.machine.readMemory(address, 8).data.buffer).getBigUint64(0, true);
}
function putU64s(t: ReturnType<typeof makeProcess>, offset: number, ...values: bigint[]): bigint {
  const b = new Uint8Array(values.length * 8);
  values.forEach((v, i) => new DataView(b.buffer).setBigUint64(i * 8, v, true));
  return t.scratch(b, offset);
}
function now(t: ReturnType<typeof makeProcess>, clock = 1): bigint {
  assert.equal(t.syscall(SYS.clockGettime, clock, SCRATCH + 3000n).value, 0n);
  return u64(t, SCRATCH + 3000n) * 1_000_000_000n + u64(t, SCRATCH + 3008n);
}

test('eventfd2: counter semantics, EFD_SEMAPHORE, EFD_NONBLOCK, short buffers and bad flags', () => {
  const t = makeProcess();
  assert.equal(t.syscall(SYS.eventfd2, 0, 0x100).value, EINVAL);
  const fd = t.syscall(SYS.eventfd2, 3, 0x800).value;
  assert.ok(fd >= 3n);
  assert.equal(t.syscall(SYS.write, fd, putU64s(t, 0, 4n), 8).value, 8n);
  assert.equal(t.syscall(SYS.read, fd, SCRATCH + 64n, 8).value, 8n);
  assert.equal(u64(t, SCRATCH + 64n), 7n);
  assert.equal(t.syscall(SYS.read, fd, SCRATCH + 64n, 8).value, EAGAIN, 'counter 0, O_NONBLOCK');
  assert.equal(t.syscall(SYS.read, fd, SCRATCH + 64n, 4).value, EINVAL, 'fewer than 8 bytes');
  assert.equal(t.syscall(SYS.write, fd, putU64s(t, 0, 0xffffffffffffffffn), 8).value, EINVAL);
  assert.equal(t.syscall(SYS.write, fd, putU64s(t, 0, 0xfffffffffffffffen), 8).value, 8n);
  assert.equal(t.syscall(SYS.write, fd, putU64s(t, 0, 1n), 8).value, EAGAIN, 'would pass the maximum');
  assert.equal(t.syscall(SYS.lseek, fd, 0, 0).value, ESPIPE);
  const sem = t.syscall(SYS.eventfd2, 2, 0x801).value; // EFD_SEMAPHORE | EFD_NONBLOCK
  assert.equal(t.syscall(SYS.read, sem, SCRATCH + 64n, 8).value, 8n);
  assert.equal(u64(t, SCRATCH + 64n), 1n);
  assert.equal(t.syscall(SYS.read, sem, SCRATCH + 64n, 8).value, 8n);
  assert.equal(t.syscall(SYS.read, sem, SCRATCH + 64n, 8).value, EAGAIN);
});

test('timerfd: settime/gettime, a blocking read waits for the expiry (the clock moves on), intervals count expirations', () => {
  const t = makeProcess();
  assert.equal(t.syscall(SYS.timerfdCreate, 8, 0).value, -1n, 'CLOCK_REALTIME_ALARM needs CAP_WAKE_ALARM');
  assert.equal(t.syscall(SYS.timerfdCreate, 2, 0).value, EINVAL);
  const fd = t.syscall(SYS.timerfdCreate, 1, 0).value;
  assert.equal(t.syscall(SYS.timerfdGettime, fd, SCRATCH + 128n).value, 0n);
  assert.equal(u64(t, SCRATCH + 144n), 0n, 'disarmed');
  const start = now(t);
  // it_interval 1 ms, it_value 2 ms.
  assert.equal(t.syscall(SYS.timerfdSettime, fd, 0, putU64s(t, 0, 0n, 1_000_000n, 0n, 2_000_000n), 0).value, 0n);
  assert.equal(t.syscall(SYS.timerfdGettime, fd, SCRATCH + 128n).value, 0n);
  assert.equal(u64(t, SCRATCH + 136n), 1_000_000n);
  assert.ok(u64(t, SCRATCH + 152n) > 0n && u64(t, SCRATCH + 152n) <= 2_000_000n);
  assert.equal(t.syscall(SYS.read, fd, SCRATCH + 64n, 8).value, 8n);
  assert.equal(u64(t, SCRATCH + 64n), 1n);
  assert.ok(now(t) - start >= 2_000_000n, 'the read returned at the expiry');
  // 3.5 ms later: three more expirations.
  assert.equal(t.syscall(SYS.nanosleep, putU64s(t, 0, 0n, 3_500_000n), 0).value, 0n);
  assert.equal(t.syscall(SYS.read, fd, SCRATCH + 64n, 8).value, 8n);
  assert.equal(u64(t, SCRATCH + 64n), 3n);
  assert.equal(t.syscall(SYS.write, fd, putU64s(t, 0, 1n), 8).value, EINVAL);
  assert.equal(t.syscall(SYS.timerfdSettime, 0, 0, putU64s(t, 0, 0n, 0n, 0n, 1n), 0).value, EINVAL, 'not a timerfd');
  assert.equal(t.syscall(SYS.timerfdSettime, 99, 0, putU64s(t, 0, 0n, 0n, 0n, 1n), 0).value, EBADF);
});

test('ppoll: pipe readiness (POLLOUT, POLLIN, POLLHUP, POLLERR), POLLNVAL, negative fds, timeouts', () => {
  const t = makeProcess();
  assert.equal(t.syscall(SYS.pipe2, SCRATCH + 512n, 0).value, 0n);
  const view = new DataView(t.process.machine.readMemory(SCRATCH + 512n, 8).data.buffer);
  const r = view.getInt32(0, true);
  const w = view.getInt32(4, true);
  const pollfds = (...entries: [number, number][]) => {
    const b = new Uint8Array(entries.length * 8);
    entries.forEach(([fd, events], i) => { new DataView(b.buffer).setInt32(i * 8, fd, true); new DataView(b.buffer).setInt16(i * 8 + 4, events, true); });
    return t.scratch(b, 1024);
  };
  const revents = (i: number) => new DataView(t.process.machine.readMemory(SCRATCH + 1024n + BigInt(i * 8) + 6n, 2).data.buffer).getUint16(0, true);
  const zero = putU64s(t, 2048, 0n, 0n);
  assert.equal(t.syscall(SYS.ppoll, pollfds([r, 1], [w, 4], [-1, 1], [77, 1]), 4, zero, 0, 8).value, 2n);
  assert.deepEqual([revents(0), revents(1), revents(2), revents(3)], [0, 4, 0, 0x20], 'empty pipe: write end ready; -1 ignored; 77 POLLNVAL');
  const before = now(t);
  const tenMs = putU64s(t, 2048, 0n, 10_000_000n);
  assert.equal(t.syscall(SYS.ppoll, pollfds([r, 1]), 1, tenMs, 0, 8).value, 0n, 'times out');
  assert.ok(now(t) - before >= 10_000_000n, 'the timeout passed on the guest clock');
  assert.equal(t.syscall(SYS.ppoll, pollfds([r, 1]), 1, zero, SCRATCH, 4).value, EINVAL, 'sigsetsize must be 8');
  assert.equal(t.syscall(SYS.write, w, t.scratch('x', 3000), 1).value, 1n);
  assert.equal(t.syscall(SYS.ppoll, pollfds([r, 1]), 1, 0, 0, 8).value, 1n);
  assert.equal(revents(0), 1);
  assert.equal(t.syscall(SYS.close, w).value, 0n);
  assert.equal(t.syscall(SYS.ppoll, pollfds([r, 1]), 1, 0, 0, 8).value, 1n);
  assert.equal(revents(0), 0x11, 'data and no writers: POLLIN|POLLHUP');
  const w2 = t.syscall(SYS.pipe2, SCRATCH + 512n, 0).value;
  assert.equal(w2, 0n);
  const v2 = new DataView(t.process.machine.readMemory(SCRATCH + 512n, 8).data.buffer);
  assert.equal(t.syscall(SYS.close, v2.getInt32(0, true)).value, 0n);
  assert.equal(t.syscall(SYS.ppoll, pollfds([v2.getInt32(4, true), 0]), 1, 0, 0, 8).value, 1n);
  assert.equal(revents(0), 8, 'no readers: POLLERR, reported even when not asked for');
});

test('ppoll without a timeout on a pipe nothing else can fill: the process ends with a diagnostic (Linux would hang)', () => {
  const t = makeProcess();
  assert.equal(t.syscall(SYS.pipe2, SCRATCH + 512n, 0).value, 0n);
  const r = new DataView(t.process.machine.readMemory(SCRATCH + 512n, 8).data.buffer).getInt32(0, true);
  const b = new Uint8Array(8);
  new DataView(b.buffer).setInt32(0, r, true);
  new DataView(b.buffer).setInt16(4, 1, true);
  const out = t.syscall(SYS.ppoll, t.scratch(b, 1024), 1, 0, 0, 8);
  assert.equal(out.stop?.kind, 'killed');
  assert.match(t.process.diagnostics.join('\n'), /poll \(nothing else can make a file ready\) would wait forever/);
});

test('pselect6: read/write sets of a pipe, EBADF for a closed descriptor, timeout written back as 0', () => {
  const t = makeProcess();
  assert.equal(t.syscall(SYS.pipe2, SCRATCH + 512n, 0).value, 0n);
  const v = new DataView(t.process.machine.readMemory(SCRATCH + 512n, 8).data.buffer);
  const r = v.getInt32(0, true);
  const w = v.getInt32(4, true);
  const set = (offset: number, ...fds: number[]) => { const b = new Uint8Array(8); for (const fd of fds) b[fd >> 3]! |= 1 << (fd & 7); return t.scratch(b, offset); };
  const bits = (offset: number) => t.process.machine.readMemory(SCRATCH + BigInt(offset), 8).data[0]!;
  const n = Math.max(r, w) + 1;
  assert.equal(t.syscall(SYS.pselect6, n, set(1024, r), set(1032, w), 0, putU64s(t, 2048, 0n, 5_000_000n), 0).value, 1n);
  assert.equal(bits(1024), 0, 'nothing to read');
  assert.equal(bits(1032), 1 << w);
  assert.equal(t.syscall(SYS.pselect6, n, set(1024, r), 0, 0, putU64s(t, 2048, 0n, 5_000_000n), 0).value, 0n);
  assert.equal(u64(t, SCRATCH + 2056n), 0n, 'no time left');
  assert.equal(t.syscall(SYS.pselect6, 40, set(1024, 30), 0, 0, 0, 0).value, EBADF);
});

test('clock_nanosleep and nanosleep: the guest clock has moved on by at least the time asked, relative and absolute', () => {
  const t = makeProcess();
  const a = now(t);
  assert.equal(t.syscall(SYS.clockNanosleep, 1, 0, putU64s(t, 0, 0n, 5_000_000n), 0).value, 0n);
  const b = now(t);
  assert.ok(b - a >= 5_000_000n);
  const target = b + 1_000_000_000n;
  assert.equal(t.syscall(SYS.clockNanosleep, 1, 1, putU64s(t, 0, target / 1_000_000_000n, target % 1_000_000_000n), 0).value, 0n);
  assert.ok(now(t) >= target, 'TIMER_ABSTIME: reached');
  assert.ok(now(t, 0) >= target, 'CLOCK_REALTIME moved on too');
  assert.equal(t.syscall(SYS.clockNanosleep, 3, 0, putU64s(t, 0, 0n, 1n), 0).value, EINVAL, 'CLOCK_THREAD_CPUTIME_ID');
});

test('epoll: level-triggered, EPOLLET reports new data once, EPOLLONESHOT until EPOLL_CTL_MOD; ctl errnos', () => {
  const t = makeProcess();
  const ep = t.syscall(20, 0).value;
  assert.ok(ep >= 3n);
  assert.equal(t.syscall(20, 1).value, EINVAL);
  assert.equal(t.syscall(SYS.pipe2, SCRATCH + 512n, 0).value, 0n);
  const v = new DataView(t.process.machine.readMemory(SCRATCH + 512n, 8).data.buffer);
  const r = v.getInt32(0, true);
  const w = v.getInt32(4, true);
  const ev = (events: number, data: bigint) => { const b = new Uint8Array(16); new DataView(b.buffer).setUint32(0, events >>> 0, true); new DataView(b.buffer).setBigUint64(8, data, true); return t.scratch(b, 1024); };
  const wait = (max = 4) => {
    const n = t.syscall(22, ep, SCRATCH + 1536n, max, 0, 0, 8).value;
    const out: [number, bigint][] = [];
    const d = new DataView(t.process.machine.readMemory(SCRATCH + 1536n, 64).data.buffer);
    for (let i = 0; i < Number(n); i++) out.push([d.getUint32(i * 16, true), d.getBigUint64(i * 16 + 8, true)]);
    return n < 0n ? n : out;
  };
  assert.equal(t.syscall(21, ep, 1, r, ev(1, 0x1234n)).value, 0n);
  assert.equal(t.syscall(21, ep, 1, r, ev(1, 0n)).value, -17n, 'EEXIST');
  assert.equal(t.syscall(21, ep, 3, w, ev(4, 0n)).value, -2n, 'MOD of an absent fd: ENOENT');
  assert.equal(t.syscall(21, ep, 1, ep, ev(1, 0n)).value, EINVAL, 'itself');
  const file = t.syscall(56, -100, t.scratch('/tmp/regular'), 0x42, 0o644).value;
  assert.equal(t.syscall(21, ep, 1, file, ev(1, 0n)).value, -1n, 'a regular file: EPERM');
  assert.deepEqual(wait(), [], 'nothing yet (timeout 0)');
  t.syscall(SYS.write, w, t.scratch('ab', 3000), 2);
  assert.deepEqual(wait(), [[1, 0x1234n]]);
  assert.deepEqual(wait(), [[1, 0x1234n]], 'level-triggered: again');
  assert.equal(t.syscall(21, ep, 3, r, ev(1 | (1 << 31), 7n)).value, 0n, 'MOD to EPOLLET');
  assert.deepEqual(wait(), [[1, 7n]]);
  assert.deepEqual(wait(), [], 'edge-triggered: not again without new data');
  t.syscall(SYS.write, w, t.scratch('c', 3000), 1);
  assert.deepEqual(wait(), [[1, 7n]], 'new data: reported again');
  assert.equal(t.syscall(21, ep, 3, r, ev(1 | (1 << 30), 8n)).value, 0n, 'EPOLLONESHOT');
  assert.deepEqual(wait(), [[1, 8n]]);
  assert.deepEqual(wait(), [], 'disabled after one report');
  assert.equal(t.syscall(21, ep, 2, r, 0).value, 0n, 'DEL');
  assert.equal(t.syscall(22, ep, SCRATCH + 1536n, 0, 0, 0, 8).value, EINVAL, 'maxevents 0');
});

test('signalfd: reads blocked pending signals as signalfd_siginfo; EAGAIN when none with SFD_NONBLOCK', () => {
  const t = makeProcess();
  const set = new Uint8Array(8);
  new DataView(set.buffer).setBigUint64(0, 1n << 9n, true); // SIGUSR1
  const mask = t.scratch(set, 256);
  assert.equal(t.syscall(135, 0, mask, 0, 8).value, 0n, 'block SIGUSR1');
  const fd = t.syscall(74, -1, mask, 8, 0x800).value;
  assert.ok(fd >= 3n);
  assert.equal(t.syscall(74, -1, mask, 4, 0).value, EINVAL, 'sizemask must be 8');
  assert.equal(t.syscall(SYS.read, fd, SCRATCH + 1024n, 128).value, EAGAIN);
  assert.equal(t.syscall(129, 1000, 10).value, 0n, 'kill(self, SIGUSR1): pending');
  assert.equal(t.syscall(SYS.read, fd, SCRATCH + 1024n, 64).value, EINVAL, 'fewer than 128 bytes');
  assert.equal(t.syscall(SYS.read, fd, SCRATCH + 1024n, 256).value, 128n);
  const d = new DataView(t.process.machine.readMemory(SCRATCH + 1024n, 128).data.buffer);
  assert.equal(d.getUint32(0, true), 10, 'ssi_signo');
  assert.equal(d.getInt32(8, true), 0, 'ssi_code SI_USER');
  assert.equal(d.getUint32(12, true), 1000, 'ssi_pid');
  assert.equal(t.syscall(SYS.read, fd, SCRATCH + 1024n, 128).value, EAGAIN, 'taken');
});
