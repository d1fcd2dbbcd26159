// execve's errors (syscalls/process.ts sysExecve) before the emulator's ENOSYS for a program it would have to start:
// ENOENT, EACCES for a directory or a file without execute permission, ENOEXEC for one that is neither ELF nor a
// #! script (execve(2)); test/linux/threads/execerr.c checks the same against qemu-aarch64.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeProcess } from './helpers.js';

test('execve: Linux errnos for paths that cannot run, ENOSYS (with a note) for an ELF or script it would start', () => {
  const t = makeProcess();
  const path = (p: string) => t.scratch(p, 0x800);
  const file = (p: string, bytes: string, mode: number) => {
    const fd = t.syscall(56, -100, path(p), 0x241, mode).value; // O_WRONLY|O_CREAT|O_TRUNC
    assert.ok(fd >= 0n);
    assert.equal(t.syscall(64, fd, t.scratch(bytes, 0x900), bytes.length).value, BigInt(bytes.length));
    t.syscall(57, fd);
  };
  assert.equal(t.syscall(221, path('/nonexistent'), 0, 0).value, -2n);
  assert.equal(t.syscall(221, path('/tmp'), 0, 0).value, -13n);
  file('/tmp/text', 'hello', 0o644);
  assert.equal(t.syscall(221, path('/tmp/text'), 0, 0).value, -13n);
  file('/tmp/exe', 'hello', 0o755);
  assert.equal(t.syscall(221, path('/tmp/exe'), 0, 0).value, -8n);
  file('/tmp/script', '#!/bin/sh\n', 0o755);
  assert.equal(t.syscall(221, path('/tmp/script'), 0, 0).value, -38n);
  assert.ok(t.process.diagnostics.some((d) => d.includes("execve('/tmp/script')")));
  file('/tmp/elf', '\x7fELF', 0o755);
  assert.equal(t.syscall(221, path('/tmp/elf'), 0, 0).value, -38n);
  assert.ok(t.process.diagnostics.includes("execve('/tmp/elf') returned -ENOSYS: the emulator runs one program and never starts another"));
});
