// Limits on what a guest can take from the host (emulator/linux/threads.ts): one memory budget shared by all
// processes (fork fails with ENOMEM when the child's copy does not fit; a child touching past the shared limit is
// killed with SIGKILL), a cap on live threads plus unreaped processes like RLIMIT_NPROC (clone/fork give EAGAIN),
// per-thread charges against the budget, reaped children releasing their memory, and a fork bomb that ends. The
// errnos are Linux's (copy_process: EAGAIN over RLIMIT_NPROC, ENOMEM when allocation fails); the programs are in
// test/linux/limits/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli } from './runCli.js';
import { loadProgram } from '../../debug-adapter/loadProgram.js';
import { createLinuxProcess } from '../../emulator/linux/index.js';
import { schedulerOf } from '../../emulator/linux/threads.js';
import { recordingHost } from './helpers.js';
import { createMachine } from '../../emulator/machine/index.js';

const dir = join(__dirname, 'limits');

test('fork-cap.s: fork gives EAGAIN at the default cap of 256 tasks; reaping the zombies frees the slots', () => {
  const r = runCli([join(dir, 'fork-cap.s')]);
  assert.equal(r.status, 255, r.stderr.slice(-2000));
  assert.match(r.stderr, /note: fork returned -EAGAIN: the program has 256 threads and processes/);
});

test('fork-cap.s with --max-tasks 10: nine children, then EAGAIN', () => {
  const r = runCli(['--max-tasks', '10', join(dir, 'fork-cap.s')]);
  assert.equal(r.status, 9, r.stderr.slice(-2000));
});

test('--max-tasks rejects 0 and non-numbers', () => {
  assert.throws(() => runCli(['--max-tasks', '0', join(dir, 'fork-cap.s')]), /invalid task count/);
  assert.throws(() => runCli(['--max-tasks', 'x', join(dir, 'fork-cap.s')]), /invalid task count/);
});

test('fork-nomem.s under --max-memory 12M: fork of 8 MiB gives ENOMEM; a child passing the shared limit gets SIGKILL', () => {
  const r = runCli(['--max-memory', '12M', join(dir, 'fork-nomem.s')]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /note: fork returned -ENOMEM/);
  assert.match(r.stderr, /note: process 1001 was killed by SIGKILL/);
});

test('fork-nomem.s with the default 1 GiB limit: the first fork works (the parent reports it with 202)', () => {
  const r = runCli([join(dir, 'fork-nomem.s')]);
  assert.equal(r.status, 202, r.stderr);
  assert.doesNotMatch(r.stderr, /ENOMEM/);
});

test('thread-bomb.s: clone of a thread gives EAGAIN at the cap (255 threads besides main)', () => {
  const r = runCli([join(dir, 'thread-bomb.s')]);
  assert.equal(r.stdout, 'EAGAIN\n');
  assert.equal(r.status, 255);
});

test('thread-bomb.s under --max-memory 2M and a high cap: the per-thread charge gives ENOMEM first', () => {
  const r = runCli(['--max-memory', '2M', '--max-tasks', '100000', join(dir, 'thread-bomb.s')]);
  assert.equal(r.stdout, 'ENOMEM\n', r.stderr);
  assert.ok(r.status > 10 && r.status < 64, `threads made: ${r.status}`);
  assert.match(r.stderr, /note: clone \(a thread\) returned -ENOMEM/);
});

test('fork-bomb.s: every process forks forever; the run ends when the first process has seen 1000 failures', () => {
  const r = runCli([join(dir, 'fork-bomb.s')]);
  assert.equal(r.status, 0, r.stderr.slice(-2000));
  assert.match(r.stderr, /note: fork returned -EAGAIN/);
});

test('fork-wait-loop.s: 1000 forked and reaped children under a 4 MiB limit; slots, memory and charges come back', () => {
  const loaded = loadProgram(join(dir, 'fork-wait-loop.s'));
  assert.ok(loaded.ok, loaded.ok ? '' : loaded.message);
  const created = createLinuxProcess({ program: loaded.image, argv: ['fork-wait-loop'], host: recordingHost(), memoryLimitBytes: 4 << 20 });
  assert.ok(created.ok);
  const p = created.process;
  let stop = p.run({ maxSteps: 50_000_000 });
  while (stop.kind === 'paused') stop = p.run({ maxSteps: 50_000_000 });
  assert.deepEqual(stop, { kind: 'exit', code: 0 });
  const sched = schedulerOf(p.kernel)!;
  assert.ok(sched.threads.length <= 2, `threads kept: ${sched.threads.length}`);
  assert.equal(sched.taskCount(), 1);
  assert.equal(sched.main.children.length, 0);
  // Only the program's own pages remain charged: every child's copy and fixed charge were released.
  assert.equal(p.kernel.machine.memoryBudget!.used, p.kernel.machine.memoryInUseBytes);
  assert.ok(p.diagnostics.length < 100, `notes: ${p.diagnostics.length}`);
});

test('children of a parent that ignores SIGCHLD are reaped at once (wait4 then gives ECHILD), as Linux does', () => {
  const r = runCli(['--max-tasks', '4', join(dir, 'fork-ignore-chld.s')]);
  assert.equal(r.status, 0, r.stderr.slice(-1000));
});

test('machine discardPages: the range stays mapped, reads zeros with zero tags, and its memory is given back', () => {
  const m = createMachine({ memoryLimitBytes: 1 << 20 });
  m.map(0x10000n, 0x10000, { read: true, write: true, execute: false, tagged: true });
  assert.equal(m.writeMemory(0x10000n, new Uint8Array(0x10000).fill(7)), 0x10000);
  assert.equal(m.writeTags(0x10000n, [5, 6, 7]), 3);
  assert.equal(m.memoryInUseBytes, 16 * (4096 + 256));
  m.discardPages!(0x11000n, 0x2000);
  assert.equal(m.memoryInUseBytes, 14 * (4096 + 256));
  assert.deepEqual([...m.readMemory(0x10ffen, 4).data], [7, 7, 0, 0]);
  assert.deepEqual([...m.readMemory(0x12ffen, 4).data], [0, 0, 7, 7]);
  m.discardPages!(0x10000n, 0x10000);
  assert.equal(m.memoryInUseBytes, 0);
  assert.equal(m.memoryBudget!.used, 0);
  assert.deepEqual(m.readTags(0x10000n, 2), [0, 0]);
  assert.equal(m.regions().length, 1);
  // Zeros written to untouched pages keep them untouched.
  m.writeMemory(0x10000n, new Uint8Array(0x10000));
  assert.equal(m.memoryInUseBytes, 0);
});

// getrlimit(2) and do_prlimit: RLIMIT_NPROC reads back the task cap; raising the hard limit without
// CAP_SYS_RESOURCE is EPERM, soft > hard EINVAL; a lowered soft limit is what fork checks (EAGAIN).
test('rlimit-nproc.s with --max-tasks 10: RLIMIT_NPROC is {10, 10}; a soft limit of 2 is honoured; EPERM/EINVAL as Linux', () => {
  const r = runCli(['--max-tasks', '10', join(dir, 'rlimit-nproc.s')]);
  assert.equal(r.status, 0, `failed step ${r.status}: ${r.stderr}`);
  assert.match(r.stderr, /note: fork returned -EAGAIN: the program has 2 threads and processes, its RLIMIT_NPROC is 2/);
});
