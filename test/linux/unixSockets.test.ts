// Named AF_UNIX sockets (syscalls/unixSockets.ts) in one process, through the kernel's system calls: connect queues
// the connection at once, so one process can be both ends. Expectations from unix(7), bind(2), listen(2),
// accept(2) and connect(2); test/linux/threads/unixsock.c runs server and client in two processes against
// qemu-aarch64 (test/oracle/threads.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeProcess, SCRATCH } from './helpers.js';

const SYS = { socket: 198, bind: 200, listen: 201, accept4: 242, connect: 203, read: 63, write: 64, close: 57, getsockname: 204, getpeername: 205, sendto: 206, recvfrom: 207, openat: 56 };
const [EINVAL, EAGAIN, ENOENT, ENXIO, ECONNREFUSED, EADDRINUSE, EISCONN, ENOTCONN, EAFNOSUPPORT] = [-22n, -11n, -2n, -6n, -111n, -98n, -106n, -107n, -97n];

type T = ReturnType<typeof makeProcess>;
function sockaddr(t: T, path: string, at = 0x800): [bigint, number] {
  const b = new Uint8Array(110);
  b[0] = 1;
  b.set(Buffer.from(path, 'latin1'), 2);
  return [t.scratch(b, at), 110];
}
const text = (t: T, n: bigint) => Buffer.from(t.process.machine.readMemory(SCRATCH + 0xc00n, Number(n)).data).toString('latin1');

test('a stream server and client in /tmp: bind, listen, connect, accept, data both ways, names, end of file', () => {
  const t = makeProcess();
  assert.equal(t.syscall(SYS.socket, 2, 1, 0).value, EAFNOSUPPORT);
  const srv = t.syscall(SYS.socket, 1, 1 | 0x800, 0).value; // SOCK_NONBLOCK
  const cli = t.syscall(SYS.socket, 1, 1, 0).value;
  assert.equal(t.syscall(SYS.connect, cli, ...sockaddr(t, '/tmp/s')).value, ENOENT);
  assert.equal(t.syscall(SYS.listen, srv, 5).value, EINVAL, 'not bound');
  assert.equal(t.syscall(SYS.write, cli, SCRATCH, 1).value, ENOTCONN);
  assert.equal(t.syscall(SYS.bind, srv, ...sockaddr(t, '/tmp/s')).value, 0n);
  assert.equal(t.syscall(SYS.openat, -100, t.scratch('/tmp/s', 0x900), 0, 0).value, ENXIO);
  const other = t.syscall(SYS.socket, 1, 1, 0).value;
  assert.equal(t.syscall(SYS.bind, other, ...sockaddr(t, '/tmp/s')).value, EADDRINUSE);
  assert.equal(t.syscall(SYS.connect, cli, ...sockaddr(t, '/tmp/s')).value, ECONNREFUSED, 'not listening');
  assert.equal(t.syscall(SYS.listen, srv, 5).value, 0n);
  assert.equal(t.syscall(SYS.accept4, srv, 0, 0, 0).value, EAGAIN, 'nothing to accept, non-blocking');
  assert.equal(t.syscall(SYS.connect, cli, ...sockaddr(t, '/tmp/s')).value, 0n);
  assert.equal(t.syscall(SYS.connect, cli, ...sockaddr(t, '/tmp/s')).value, EISCONN);
  t.scratch(new Uint8Array([110, 0, 0, 0]), 0xa00);
  const conn = t.syscall(SYS.accept4, srv, SCRATCH + 0xb00n, SCRATCH + 0xa00n, 0).value;
  assert.ok(conn >= 0n);
  assert.equal(new DataView(t.process.machine.readMemory(SCRATCH + 0xa00n, 4).data.buffer).getUint32(0, true), 2, 'an unbound client: the family only');
  assert.equal(t.syscall(SYS.write, cli, t.scratch('ping', 0x900), 4).value, 4n);
  assert.equal(t.syscall(SYS.read, conn, SCRATCH + 0xc00n, 64).value, 4n);
  assert.equal(text(t, 4n), 'ping');
  t.scratch(new Uint8Array([110, 0, 0, 0]), 0xa00);
  assert.equal(t.syscall(SYS.getpeername, cli, SCRATCH + 0xb00n, SCRATCH + 0xa00n).value, 0n);
  assert.equal(new DataView(t.process.machine.readMemory(SCRATCH + 0xa00n, 4).data.buffer).getUint32(0, true), 9, 'family, "/tmp/s", NUL');
  assert.equal(Buffer.from(t.process.machine.readMemory(SCRATCH + 0xb02n, 6).data).toString(), '/tmp/s');
  assert.equal(t.syscall(SYS.getpeername, other, SCRATCH + 0xb00n, SCRATCH + 0xa00n).value, ENOTCONN);
  assert.equal(t.syscall(SYS.close, cli).value, 0n);
  assert.equal(t.syscall(SYS.read, conn, SCRATCH + 0xc00n, 64).value, 0n, 'end of file');
  assert.equal(t.syscall(SYS.close, srv).value, 0n);
  const late = t.syscall(SYS.socket, 1, 1, 0).value;
  assert.equal(t.syscall(SYS.connect, late, ...sockaddr(t, '/tmp/s')).value, ECONNREFUSED, 'the file stays; nobody listens');
});

test('datagram sockets: sendto a bound address (abstract), connect then write; messages keep their boundaries', () => {
  const t = makeProcess();
  const a = t.syscall(SYS.socket, 1, 2, 0).value;
  const b = t.syscall(SYS.socket, 1, 2, 0).value;
  assert.equal(t.syscall(SYS.write, b, SCRATCH, 1).value, ENOTCONN);
  assert.equal(t.syscall(SYS.bind, a, ...sockaddr(t, '\0name')).value, 0n);
  const [addr, len] = sockaddr(t, '\0name', 0x900);
  assert.equal(t.syscall(SYS.sendto, b, t.scratch('first', 0x980), 5, 0, addr, len).value, 5n);
  assert.equal(t.syscall(SYS.connect, b, addr, len).value, 0n);
  assert.equal(t.syscall(SYS.write, b, t.scratch('second!', 0x980), 7).value, 7n);
  assert.equal(t.syscall(SYS.recvfrom, a, SCRATCH + 0xc00n, 64, 0, 0, 0).value, 5n);
  assert.equal(t.syscall(SYS.recvfrom, a, SCRATCH + 0xc00n, 64, 0, 0, 0).value, 7n);
  assert.equal(text(t, 7n), 'second!');
  assert.equal(t.syscall(SYS.recvfrom, a, SCRATCH + 0xc00n, 64, 0x40, 0, 0).value, EAGAIN, 'empty (MSG_DONTWAIT)');
});
