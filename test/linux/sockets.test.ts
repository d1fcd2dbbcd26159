// AF_UNIX socketpair through the kernel's system calls: a stream pair both ways, shutdown giving end of file,
// datagram boundaries and truncation, MSG_PEEK, MSG_DONTWAIT, errnos (EOPNOTSUPP for AF_INET, ENOTSOCK, ESPIPE,
// ECONNREFUSED for a datagram peer that is gone). The same behaviour between processes is compared with
// qemu-aarch64 by test/linux/threads/socketpair.c (test/oracle/threads.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeProcess, SCRATCH } from './helpers.js';

const SYS = { read: 63, write: 64, close: 57, lseek: 62, socketpair: 199, sendto: 206, recvfrom: 207, shutdown: 210, pipe2: 59 };

function pair(t: ReturnType<typeof makeProcess>, type: number): [number, number] {
  assert.equal(t.syscall(SYS.socketpair, 1, type, 0, SCRATCH + 512n).value, 0n);
  const v = new DataView(t.process.machine.readMemory(SCRATCH + 512n, 8).data.buffer);
  return [v.getInt32(0, true), v.getInt32(4, true)];
}
const text = (t: ReturnType<typeof makeProcess>, n: bigint) => Buffer.from(t.process.machine.readMemory(SCRATCH + 1024n, Number(n)).data).toString('latin1');

test('stream socketpair: both directions, shutdown(SHUT_WR) is end of file for the peer', () => {
  const t = makeProcess();
  assert.equal(t.syscall(SYS.socketpair, 2, 1, 0, SCRATCH + 512n).value, -95n, 'AF_INET: EOPNOTSUPP');
  assert.equal(t.syscall(SYS.socketpair, 1, 3, 0, SCRATCH + 512n).value, -94n, 'SOCK_RAW: ESOCKTNOSUPPORT');
  const [a, b] = pair(t, 1);
  assert.equal(t.syscall(SYS.write, a, t.scratch('ping', 3000), 4).value, 4n);
  assert.equal(t.syscall(SYS.write, b, t.scratch('pong!', 3000), 5).value, 5n);
  assert.equal(t.syscall(SYS.read, b, SCRATCH + 1024n, 100).value, 4n);
  assert.equal(text(t, 4n), 'ping');
  assert.equal(t.syscall(SYS.recvfrom, a, SCRATCH + 1024n, 100, 0, 0, 0).value, 5n);
  assert.equal(text(t, 5n), 'pong!');
  assert.equal(t.syscall(SYS.recvfrom, a, SCRATCH + 1024n, 100, 0x40, 0, 0).value, -11n, 'MSG_DONTWAIT: EAGAIN');
  assert.equal(t.syscall(SYS.shutdown, b, 1).value, 0n);
  assert.equal(t.syscall(SYS.read, a, SCRATCH + 1024n, 100).value, 0n, 'end of file');
  assert.equal(t.syscall(SYS.lseek, a, 0, 0).value, -29n);
  assert.equal(t.syscall(SYS.pipe2, SCRATCH + 600n, 0).value, 0n);
  const w = new DataView(t.process.machine.readMemory(SCRATCH + 600n, 8).data.buffer).getInt32(4, true);
  assert.equal(t.syscall(SYS.sendto, w, t.scratch('x', 3000), 1, 0, 0, 0).value, -88n, 'ENOTSOCK');
  assert.equal(t.syscall(80, a, SCRATCH + 2048n).value, 0n);
  assert.equal(new DataView(t.process.machine.readMemory(SCRATCH + 2048n, 128).data.buffer).getUint32(16, true) & 0o170000, 0o140000, 'S_IFSOCK');
});

test('datagram socketpair: message boundaries, truncation, MSG_PEEK, ECONNREFUSED once the peer is closed', () => {
  const t = makeProcess();
  const [a, b] = pair(t, 2);
  t.syscall(SYS.sendto, a, t.scratch('first', 3000), 5, 0, 0, 0);
  t.syscall(SYS.sendto, a, t.scratch('second message', 3000), 14, 0, 0, 0);
  assert.equal(t.syscall(SYS.recvfrom, b, SCRATCH + 1024n, 100, 2, 0, 0).value, 5n, 'MSG_PEEK');
  assert.equal(t.syscall(SYS.recvfrom, b, SCRATCH + 1024n, 100, 0, 0, 0).value, 5n);
  assert.equal(text(t, 5n), 'first');
  assert.equal(t.syscall(SYS.read, b, SCRATCH + 1024n, 6).value, 6n);
  assert.equal(text(t, 6n), 'second');
  assert.equal(t.syscall(SYS.recvfrom, b, SCRATCH + 1024n, 100, 0x40, 0, 0).value, -11n, 'the rest was discarded');
  assert.equal(t.syscall(SYS.close, b).value, 0n);
  assert.equal(t.syscall(SYS.sendto, a, t.scratch('x', 3000), 1, 0x4000, 0, 0).value, -111n);
});

test('SCM_RIGHTS: sendmsg passes descriptors; recvmsg installs new ones for the same open files (unix(7), cmsg(3))', () => {
  const t = makeProcess();
  const [a, b] = pair(t, 1);
  const u64 = (v: bigint) => { const x = new Uint8Array(8); new DataView(x.buffer).setBigUint64(0, v, true); return x; };
  // A message: one byte of data and a control message with descriptor 1 (stdout).
  const data = t.scratch('F', 0x600);
  const iov = t.scratch(new Uint8Array([...u64(data), ...u64(1n)]), 0x610);
  const cmsg = new Uint8Array(24);
  const cv = new DataView(cmsg.buffer);
  cv.setBigUint64(0, 20n, true); cv.setInt32(8, 1, true); cv.setInt32(12, 1, true); cv.setInt32(16, 1, true);
  const control = t.scratch(cmsg, 0x640);
  const msghdr = (iovAt: bigint, controlAt: bigint, controlLen: bigint) =>
    new Uint8Array([...u64(0n), ...u64(0n), ...u64(iovAt), ...u64(1n), ...u64(controlAt), ...u64(controlLen), ...u64(0n)]);
  assert.equal(t.syscall(211, a, t.scratch(msghdr(iov, control, 24n), 0x680), 0).value, 1n);
  cv.setInt32(16, 99, true);
  t.scratch(cmsg, 0x640);
  assert.equal(t.syscall(211, a, t.scratch(msghdr(iov, control, 24n), 0x680), 0).value, -9n, 'EBADF');
  // Receive into a fresh buffer and control area.
  const inData = SCRATCH + 0x700n;
  const inIov = t.scratch(new Uint8Array([...u64(inData), ...u64(16n)]), 0x720);
  const inControl = SCRATCH + 0x740n;
  const header = t.scratch(msghdr(inIov, inControl, 24n), 0x780);
  assert.equal(t.syscall(212, b, header, 0x40000000).value, 1n); // MSG_CMSG_CLOEXEC
  const h = new DataView(t.process.machine.readMemory(header, 56).data.buffer);
  assert.equal(h.getBigUint64(40, true), 24n, 'msg_controllen');
  const c = new DataView(t.process.machine.readMemory(inControl, 20).data.buffer);
  assert.deepEqual([c.getBigUint64(0, true), c.getInt32(8, true), c.getInt32(12, true)], [20n, 1, 1]);
  const fd = c.getInt32(16, true);
  assert.ok(fd > b);
  assert.equal(t.process.kernel.files.get(fd), t.process.kernel.files.get(1), 'the same open file as descriptor 1');
  assert.equal(t.syscall(25, fd, 1).value, 1n, 'FD_CLOEXEC');
});
