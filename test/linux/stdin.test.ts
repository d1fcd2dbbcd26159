// Standard input as Linux gives it (emulator/linux/stdin.ts): a stream (pipe) polls POLLIN with data and POLLHUP
// once its writers are gone and it is empty (pipe_poll; poll(2)), and poll's read-ahead loses no byte; a regular
// file given as standard input (`prog < file`) is that file: lseek/pread work, fstat shows S_IFREG and its size,
// FIONREAD counts what is left (ioctl_fionread). qemu-aarch64 runs of /work/helper-notes/hunt-repro/stdin.c agree:
// `printf '3 4\nhello world\nabc' | prog` ends with `poll 1 revents 0x10`, `prog < file` prints the file's size
// from lseek(0, 0, SEEK_CUR) after reading it all. test/linux/stdinCli.test.ts runs the command line's side.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeProcess, SCRATCH } from './helpers.js';
import type { StdinFile } from '../../emulator/linux/stdin.js';

const SYS = { read: 63, lseek: 62, pread64: 67, fstat: 80, ioctl: 29, ppoll: 73, dup: 23, openat: 56 };
const FIONREAD = 0x541b;
const POLLIN = 0x1;
const POLLHUP = 0x10;
const ESPIPE = -29n;
const EINVAL = -22n;

type T = ReturnType<typeof makeProcess>;

function pollOne(t: T, fd: number, events = POLLIN): { value: bigint; revents: number } {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setInt32(0, fd, true);
  new DataView(b.buffer).setInt16(4, events, true);
  const fds = t.scratch(b, 1024);
  const zero = t.scratch(new Uint8Array(16), 1100);
  const value = t.syscall(SYS.ppoll, fds, 1, zero, 0, 8).value;
  const revents = new DataView(t.process.machine.readMemory(SCRATCH + 1024n + 6n, 2).data.buffer).getUint16(0, true);
  return { value, revents };
}

function readText(t: T, fd: number, count: number): { value: bigint; text: string } {
  const value = t.syscall(SYS.read, fd, SCRATCH + 2048n, count).value;
  const n = value > 0n ? Number(value) : 0;
  return { value, text: Buffer.from(t.process.machine.readMemory(SCRATCH + 2048n, Math.max(n, 1)).data.subarray(0, n)).toString('latin1') };
}

function fionread(t: T, fd: number): number {
  assert.equal(t.syscall(SYS.ioctl, fd, FIONREAD, SCRATCH + 3000n).value, 0n);
  return new DataView(t.process.machine.readMemory(SCRATCH + 3000n, 4).data.buffer).getInt32(0, true);
}

function fstatModeSize(t: T, fd: number): { mode: number; size: bigint } {
  assert.equal(t.syscall(SYS.fstat, fd, SCRATCH + 3200n).value, 0n);
  const v = new DataView(t.process.machine.readMemory(SCRATCH + 3200n, 128).data.buffer);
  return { mode: v.getUint32(16, true), size: v.getBigInt64(48, true) };
}

function fileStdin(text: string): StdinFile & { reads: number } {
  const bytes = Buffer.from(text, 'latin1');
  const f = {
    reads: 0,
    size: () => bytes.length,
    read(offset: number, max: number) { f.reads++; return Uint8Array.from(bytes.subarray(offset, offset + max)); },
  };
  return f;
}

test('a stream stdin polls POLLIN while data is left and POLLHUP once it has ended; read-ahead keeps every byte', () => {
  const t = makeProcess({ stdin: [...Buffer.from('3 4\nhello')] });
  assert.deepEqual(pollOne(t, 0), { value: 1n, revents: POLLIN });
  assert.equal(fionread(t, 0), 9, 'the bytes poll read ahead are counted');
  assert.deepEqual(readText(t, 0, 4), { value: 4n, text: '3 4\n' });
  assert.deepEqual(pollOne(t, 0), { value: 1n, revents: POLLIN });
  assert.deepEqual(readText(t, 0, 64), { value: 5n, text: 'hello' });
  // Writers gone, nothing left: pipe_poll reports POLLHUP (not POLLIN), even when only POLLIN was asked for.
  assert.deepEqual(pollOne(t, 0), { value: 1n, revents: POLLHUP });
  assert.deepEqual(readText(t, 0, 64), { value: 0n, text: '' });
  assert.deepEqual(pollOne(t, 0), { value: 1n, revents: POLLHUP });
  assert.deepEqual(readText(t, 0, 64), { value: 0n, text: '' });
  assert.equal(t.syscall(SYS.lseek, 0, 0, 1).value, ESPIPE, 'a pipe does not seek');
  assert.equal(fstatModeSize(t, 0).mode & 0o170000, 0o010000, 'S_IFIFO');
});

test('a stream stdin with nothing yet (the debugger console) polls readable as before', () => {
  const t = makeProcess({ stdin: undefined });
  assert.deepEqual(pollOne(t, 0), { value: 1n, revents: POLLIN });
});

test('a regular-file stdin is that file: read at its position, lseek, pread, fstat size, FIONREAD, poll ready', () => {
  const t = makeProcess({ stdin: [] });
  const file = fileStdin('line one\nline two\n');
  (t.host as { stdinFile?: StdinFile }).stdinFile = file;
  const st = fstatModeSize(t, 0);
  assert.equal(st.mode & 0o170000, 0o100000, 'S_IFREG');
  assert.equal(st.size, 18n);
  assert.equal(fionread(t, 0), 18);
  assert.deepEqual(readText(t, 0, 5), { value: 5n, text: 'line ' });
  assert.equal(t.syscall(SYS.lseek, 0, 0, 1).value, 5n, 'SEEK_CUR');
  assert.equal(fionread(t, 0), 13);
  assert.equal(t.syscall(SYS.pread64, 0, SCRATCH + 2048n, 3, 9).value, 3n);
  assert.equal(Buffer.from(t.process.machine.readMemory(SCRATCH + 2048n, 3).data).toString(), 'lin');
  assert.equal(t.syscall(SYS.lseek, 0, 0, 1).value, 5n, 'pread leaves the position');
  assert.equal(t.syscall(SYS.pread64, 0, SCRATCH + 2048n, 3, -1n).value, EINVAL);
  assert.deepEqual(readText(t, 0, 100), { value: 13n, text: 'one\nline two\n' });
  assert.deepEqual(readText(t, 0, 100), { value: 0n, text: '' }, 'end of file');
  // Regular files always poll ready (POLLIN only as asked), at the end too.
  assert.deepEqual(pollOne(t, 0), { value: 1n, revents: POLLIN });
  assert.equal(t.syscall(SYS.lseek, 0, 0, 2).value, 18n, 'SEEK_END');
  assert.equal(t.syscall(SYS.lseek, 0, -4, 2).value, 14n);
  assert.deepEqual(readText(t, 0, 100), { value: 4n, text: 'two\n' });
  assert.equal(t.syscall(SYS.lseek, 0, -100, 1).value, EINVAL);
  // dup shares the description (and its position); the host's stream is never asked.
  const copy = Number(t.syscall(SYS.dup, 0).value);
  assert.equal(t.syscall(SYS.lseek, copy, 0, 0).value, 0n);
  assert.deepEqual(readText(t, 0, 4), { value: 4n, text: 'line' });
  assert.equal(t.host.stdin!.length, 0);
});
