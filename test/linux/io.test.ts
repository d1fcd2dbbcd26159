// I/O and miscellaneous system calls: write/writev/read through HostIO, the tagged-address ABI on pointer
// arguments (EFAULT until PR_TAGGED_ADDR_ENABLE), tag-checked kernel accesses in synchronous mode, stdin
// waiting, exit statuses, files of the sandbox, unknown syscalls (-ENOSYS, reported once).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeProcess, EFAULT, SCRATCH } from './helpers.js';

const READ = 63, WRITE = 64, WRITEV = 66, EXIT = 93, EXIT_GROUP = 94, PRCTL = 167, OPENAT = 56, CLOSE = 57, LSEEK = 62;
const MMAP = 222, GETRANDOM = 278, UNAME = 160, CLOCK_GETTIME = 113, GETPID = 172;

test('write to stdout and stderr reaches HostIO; bad descriptors give EBADF', () => {
  const t = makeProcess();
  const p = t.scratch('hello');
  assert.equal(t.syscall(WRITE, 1, p, 5).value, 5n);
  assert.equal(t.syscall(WRITE, 2, p, 2).value, 2n);
  assert.equal(t.host.text(), 'hello');
  assert.deepEqual(t.host.stderr, [0x68, 0x65]);
  assert.equal(t.syscall(WRITE, 9, p, 1).value, -9n);
  assert.equal(t.syscall(WRITE, 0, p, 1).value, -9n, 'stdin is not writable');
  assert.equal(t.syscall(WRITE, 1, 0x10n, 4).value, EFAULT, 'unmapped buffer');
});

test('writev gathers iovecs in order', () => {
  const t = makeProcess();
  const a = t.scratch('abc', 0);
  const b = t.scratch('XYZ', 16);
  const iov = new Uint8Array(32);
  const v = new DataView(iov.buffer);
  v.setBigUint64(0, a, true); v.setBigUint64(8, 2n, true); v.setBigUint64(16, b, true); v.setBigUint64(24, 3n, true);
  const vp = t.scratch(iov, 64);
  assert.equal(t.syscall(WRITEV, 1, vp, 2).value, 5n);
  assert.equal(t.host.text(), 'abXYZ');
  assert.equal(t.syscall(WRITEV, 1, vp, 1025).value, -22n);
});

test('a tagged buffer pointer is EFAULT until PR_TAGGED_ADDR_ENABLE, then accepted', () => {
  const t = makeProcess();
  const tagged = t.scratch('tag!') | (0xan << 56n);
  assert.equal(t.syscall(WRITE, 1, tagged, 4).value, EFAULT);
  assert.equal(t.syscall(PRCTL, 55, 1).value, 0n);
  assert.equal(t.syscall(WRITE, 1, tagged, 4).value, 4n);
  assert.equal(t.host.text(), 'tag!');
});

test('in synchronous mode the kernel checks tags of user buffers: a mismatch is EFAULT', () => {
  const t = makeProcess();
  assert.equal(t.syscall(PRCTL, 55, 0x3 | (0xfffe << 3)).value, 0n);
  const a = t.syscall(MMAP, 0, 4096, 0x23, 0x22, -1, 0).value;
  const m = t.process.machine;
  m.writeMemory(a, Uint8Array.from([0x41, 0x42]));
  m.writeTags(a, [5]);
  assert.equal(t.syscall(WRITE, 1, a | (5n << 56n), 2).value, 2n);
  assert.equal(t.syscall(WRITE, 1, a | (6n << 56n), 2).value, EFAULT);
  assert.equal(t.host.text(), 'AB');
});

test('read from stdin: waits when no input is available (pc back on the SVC), then reads, then end of file', () => {
  const t = makeProcess({ stdin: undefined });
  const buf = SCRATCH + 128n;
  const first = t.syscall(READ, 0, buf, 8);
  assert.equal(first.stop?.kind, 'waitingForInput');
  assert.equal(t.process.machine.getPC(), 0x400000n);
  t.host.stdin = [0x68, 0x69];
  assert.equal(t.syscall(READ, 0, buf, 8).value, 2n);
  assert.deepEqual([...t.process.machine.readMemory(buf, 2).data], [0x68, 0x69]);
  assert.equal(t.syscall(READ, 0, buf, 8).value, 0n);
  assert.equal(t.syscall(READ, 0, 0x10n, 8).value, EFAULT);
});

test('exit and exit_group end the process with status & 0xff; later runs return the same stop', () => {
  const t = makeProcess();
  assert.deepEqual(t.syscall(EXIT_GROUP, 300).stop, { kind: 'exit', code: 44 });
  assert.equal(t.process.exited, true);
  assert.deepEqual(t.process.run(), { kind: 'exit', code: 44 });
  const u = makeProcess();
  assert.deepEqual(u.syscall(EXIT, 3).stop, { kind: 'exit', code: 3 });
});

test('files of the sandbox: openat relative to the cwd, read, lseek, close; writing is refused', () => {
  const files = {
    cwd: '/work', readFile: (p: string) => (p === '/work/in.txt' ? Uint8Array.from(Buffer.from('line one\n')) : undefined),
    listDirectory: (p: string) => (p === '/work' ? [{ name: 'in.txt', directory: false }] : undefined),
  };
  const t = makeProcess({ files });
  const fd = t.syscall(OPENAT, -100, t.scratch('./in.txt'), 0).value;
  assert.equal(fd, 3n);
  assert.equal(t.syscall(READ, fd, SCRATCH + 256n, 4).value, 4n);
  assert.equal(Buffer.from(t.process.machine.readMemory(SCRATCH + 256n, 4).data).toString(), 'line');
  assert.equal(t.syscall(LSEEK, fd, -2, 2).value, 7n);
  assert.equal(t.syscall(READ, fd, SCRATCH + 256n, 100).value, 2n);
  assert.equal(t.syscall(CLOSE, fd).value, 0n);
  assert.equal(t.syscall(CLOSE, fd).value, -9n);
  assert.equal(t.syscall(OPENAT, -100, t.scratch('missing'), 0).value, -2n);
  assert.equal(t.syscall(OPENAT, -100, t.scratch('in.txt'), 1).value, -30n, 'O_WRONLY: EROFS');
  assert.equal(t.syscall(OPENAT, -100, t.scratch('/etc/passwd'), 0).value, -2n, 'outside the sandbox: ENOENT');
});

test('unknown system calls return -ENOSYS and are reported once', () => {
  const t = makeProcess();
  assert.equal(t.syscall(4000).value, -38n);
  assert.equal(t.syscall(4000).value, -38n);
  assert.equal(t.syscall(217).value, -38n); // add_key
  assert.deepEqual(t.process.diagnostics, [
    'unsupported system call syscall_4000 (4000) returned -ENOSYS',
    'unsupported system call add_key (217) returned -ENOSYS',
  ]);
});

test('getrandom is deterministic for a seed; uname says Linux/aarch64; clock_gettime uses the host clock', () => {
  const a = makeProcess({ seed: 7 });
  const b = makeProcess({ seed: 7 });
  const c = makeProcess({ seed: 8 });
  for (const t of [a, b, c]) assert.equal(t.syscall(GETRANDOM, SCRATCH + 512n, 16, 0).value, 16n);
  const bytes = (t: typeof a) => [...t.process.machine.readMemory(SCRATCH + 512n, 16).data];
  assert.deepEqual(bytes(a), bytes(b));
  assert.notDeepEqual(bytes(a), bytes(c));
  assert.equal(a.syscall(GETRANDOM, SCRATCH, 4, 8).value, -22n);

  assert.equal(a.syscall(UNAME, SCRATCH + 1024n).value, 0n);
  const u = a.process.machine.readMemory(SCRATCH + 1024n, 390).data;
  assert.equal(Buffer.from(u.subarray(0, 5)).toString(), 'Linux');
  assert.equal(Buffer.from(u.subarray(65 * 4, 65 * 4 + 8)).toString(), 'aarch64\0');

  assert.equal(a.syscall(CLOCK_GETTIME, 0, SCRATCH + 2048n).value, 0n);
  const ts = new DataView(a.process.machine.readMemory(SCRATCH + 2048n, 16).data.buffer);
  assert.equal(ts.getBigUint64(0, true), 1_700_000_000n);
  assert.equal(ts.getBigUint64(8, true), 123_456_789n);
  assert.equal(a.syscall(CLOCK_GETTIME, 99, SCRATCH).value, -22n);
  assert.ok(a.syscall(GETPID).value > 0n);
});

test('sync mode: read and write stop at the first mismatching granule (short count, as check_user_mem expects)', () => {
  const files = { cwd: '/w', readFile: (p: string) => (p === '/w/f' ? new Uint8Array(64).fill(0x41) : undefined), listDirectory: () => undefined };
  const t = makeProcess({ files });
  assert.equal(t.syscall(PRCTL, 55, 0x3 | (0xfffe << 3)).value, 0n);
  const a = t.syscall(MMAP, 0, 4096, 0x23, 0x22, -1, 0).value;
  const m = t.process.kernel.machine;
  m.writeTags(a, [4, 4, 9, 4]); // the third granule has another tag
  const p = a | (4n << 56n);
  const fd = t.syscall(OPENAT, -100, t.scratch('f'), 0).value;
  assert.equal(t.syscall(READ, fd, p, 64).value, 32n, 'read stops at granule 2');
  assert.equal(t.syscall(WRITE, 1, p + 8n, 40).value, 24n, 'write stops there too');
  assert.equal(t.host.text(), 'A'.repeat(24));
  assert.equal(t.syscall(WRITE, 1, p + 32n, 8).value, EFAULT, 'nothing accessible: EFAULT');
  // Async mode: the kernel does not check (memory-tagging-extension.rst).
  assert.equal(t.syscall(PRCTL, 55, 0x5 | (0xfffe << 3)).value, 0n);
  assert.equal(t.syscall(WRITE, 1, p + 32n, 8).value, 8n);
});

test('a buffer running into unmapped memory gives a short write', () => {
  const t = makeProcess();
  const a = t.syscall(MMAP, 0, 8192, 3, 0x22, -1, 0).value;
  assert.equal(t.syscall(215, a + 4096n, 4096).value, 0n);
  t.process.kernel.machine.writeMemory(a + 4090n, Uint8Array.from(Buffer.from('abcdef')));
  assert.equal(t.syscall(WRITE, 1, a + 4090n, 100).value, 6n);
  assert.equal(t.host.text(), 'abcdef');
});

test('/proc/self/maps lists the mappings in Linux format', () => {
  const t = makeProcess();
  const fd = t.syscall(OPENAT, -100, t.scratch('/proc/self/maps'), 0).value;
  assert.equal(t.syscall(READ, fd, SCRATCH + 1024n, 2000).value > 0n, true);
  const text = Buffer.from(t.process.kernel.machine.readMemory(SCRATCH + 1024n, 2000).data).toString('latin1').split('\0')[0]!;
  const lines = text.trimEnd().split('\n');
  assert.match(lines[0]!, /^00400000-00401000 r-xp 00000000 00:00 0 +\/guest\/tiny$/);
  assert.ok(lines.some((l) => /^ffffff800000-1000000000000 rw-p 00000000 00:00 0 +\[stack\]$/.test(l)), text);
});

test('directories, stat, getcwd and readlink of /proc/self/exe', () => {
  const files = {
    cwd: '/w', readFile: (p: string) => (p === '/w/a.txt' ? Uint8Array.from([1, 2, 3]) : undefined),
    listDirectory: (p: string) => (p === '/w' ? [{ name: 'a.txt', directory: false }, { name: 'sub', directory: true }] : undefined),
  };
  const t = makeProcess({ files });
  const m = t.process.kernel.machine;
  const dirfd = t.syscall(OPENAT, -100, t.scratch('.'), 0x4000).value; // O_DIRECTORY
  assert.equal(dirfd, 3n);
  const n = Number(t.syscall(61, dirfd, SCRATCH + 1024n, 1024).value); // getdents64
  assert.ok(n > 0);
  const buf = m.readMemory(SCRATCH + 1024n, n).data;
  const names: string[] = [];
  for (let at = 0; at < n;) {
    const reclen = buf[at + 16]! | (buf[at + 17]! << 8);
    const name = Buffer.from(buf.subarray(at + 19, at + reclen)).toString('latin1').split('\0')[0]!;
    names.push(`${name}:${buf[at + 18]}`);
    at += reclen;
  }
  assert.deepEqual(names, ['.:4', '..:4', 'a.txt:8', 'sub:4'], 'DT_DIR 4, DT_REG 8');
  assert.equal(t.syscall(61, dirfd, SCRATCH + 1024n, 1024).value, 0n, 'end of directory');
  // Opening a regular file with O_DIRECTORY: ENOTDIR; a file relative to the directory fd.
  assert.equal(t.syscall(OPENAT, -100, t.scratch('a.txt'), 0x4000).value, -20n);
  assert.equal(t.syscall(OPENAT, dirfd, t.scratch('a.txt'), 0).value, 4n);
  // newfstatat: size and S_IFREG.
  assert.equal(t.syscall(79, -100, t.scratch('a.txt'), SCRATCH + 2048n, 0).value, 0n);
  const st = new DataView(m.readMemory(SCRATCH + 2048n, 128).data.buffer);
  assert.equal(st.getUint32(16, true) & 0o170000, 0o100000);
  assert.equal(st.getBigInt64(48, true), 3n);
  // fstat of stdout: a pipe (S_IFIFO), as a redirected stream on Linux; not a terminal (TCGETS fails), so glibc
  // buffers stdout fully, as it does under Linux and qemu with the output piped.
  assert.equal(t.syscall(80, 1, SCRATCH + 2048n).value, 0n);
  assert.equal(new DataView(m.readMemory(SCRATCH + 2048n, 128).data.buffer).getUint32(16, true) & 0o170000, 0o010000);
  // getcwd and readlinkat("/proc/self/exe").
  assert.equal(t.syscall(17, SCRATCH + 3000n, 64).value, 3n);
  assert.equal(Buffer.from(m.readMemory(SCRATCH + 3000n, 3).data).toString(), '/w\0');
  assert.equal(t.syscall(17, SCRATCH + 3000n, 2).value, -34n, 'ERANGE');
  const len = t.syscall(78, -100, t.scratch('/proc/self/exe', 3100), SCRATCH + 3200n, 100).value;
  assert.equal(Buffer.from(m.readMemory(SCRATCH + 3200n, Number(len)).data).toString(), '/guest/tiny');
  // ioctl(TCGETS): not a terminal.
  assert.equal(t.syscall(29, 1, 0x5401, SCRATCH).value, -25n);
});

test('write to a host stdout that was closed: EPIPE and SIGPIPE, as for a pipe without readers (a `yes | head` guest ends)', () => {
  const t = makeProcess();
  (t.host as { writeStdout: (b: Uint8Array) => boolean }).writeStdout = () => false;
  const r = t.syscall(64, 1, t.scratch('y\n'), 2);
  assert.equal(r.stop?.kind, 'killed');
  assert.equal((r.stop as { signal: number }).signal, 13);
});
