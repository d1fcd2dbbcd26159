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
