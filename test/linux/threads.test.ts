// Threads and processes of guest programs (emulator/linux/threads.ts): raw clone of threads with TLS and tid
// words, futex wait/wake/timeouts, preemption by time slices, per-thread MTE controls, async tag faults and
// tgkill delivered to the right thread, fork with allocation tags, wait4 status words, deadlock detection and
// deterministic interleaving. The assembly programs in test/linux/threads/ are assembled in-process; their
// expected output and status were recorded from qemu-aarch64 (test/oracle/threads.test.ts re-checks them), except
// the deadlock, where Linux would hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runProgram } from '../../cli/commands/run.js';
import type { CommandIO } from '../../cli/command.js';
import { makeProcess } from './helpers.js';
import { THREAD_PROGRAMS } from './threadPrograms.js';

const dir = join(__dirname, 'threads');

function run(name: string): { status: number; stdout: string; stderr: string } {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const io: CommandIO = {
    stdout: (t) => out.push(Buffer.from(t)), stderr: (t) => err.push(Buffer.from(t)),
    stdoutBytes: (b) => out.push(Buffer.from(b)), stderrBytes: (b) => err.push(Buffer.from(b)),
  };
  const status = runProgram([join(dir, name)], io, { stdin: new Uint8Array(0) });
  return { status, stdout: Buffer.concat(out).toString('latin1'), stderr: Buffer.concat(err).toString('latin1') };
}

for (const [name, expected] of Object.entries(THREAD_PROGRAMS)) {
  test(`${name}: qemu's stdout and exit status`, () => {
    const r = run(name);
    assert.equal(r.stdout, expected.stdout, r.stderr);
    assert.equal(r.status, expected.status);
  });
}

test('fork-tags.s: the ends of both children are in the notes', () => {
  const r = run('fork-tags.s');
  assert.match(r.stderr, /note: process 1001 was killed by SIGSEGV \(core dumped\) at pc 0x/);
  assert.match(r.stderr, /note: process 1002 exited with status 9/);
});

test('deadlock.s: every thread waits forever: SIGKILL and a note naming the waits', () => {
  const r = run('deadlock.s');
  assert.equal(r.status, 128 + 9);
  assert.match(r.stderr, /note: deadlock: every thread waits forever \(thread 1000 \(main\): futex wait at 0x[0-9a-f]+; thread 1001: futex wait at 0x[0-9a-f]+\)/);
});

test('interleave.s: time slices interleave two threads, the same way in every run', () => {
  const a = run('interleave.s');
  const b = run('interleave.s');
  assert.equal(a.status, 0);
  assert.equal(a.stdout, b.stdout);
  assert.equal(a.stdout.replace(/[^a]/g, ''), 'aaaaa');
  assert.equal(a.stdout.replace(/[^b]/g, ''), 'bbbbb');
  assert.ok(/ab|ba/.test(a.stdout.slice(0, 4)), `interleaved: ${a.stdout}`);
});

const SYS = { clone: 220, clone3: 435, exit: 93, gettid: 178, getpid: 172, getppid: 173, wait4: 260, waitid: 95, futex: 98, tkill: 130 };

test('before any clone: one thread, gettid = getpid = 1000, wait4 ECHILD, futex wake wakes nobody', () => {
  const t = makeProcess();
  assert.deepEqual(t.process.threads().map((x) => [x.id, x.name]), [[1000, 'main']]);
  assert.equal(t.syscall(SYS.gettid).value, 1000n);
  assert.equal(t.syscall(SYS.getpid).value, 1000n);
  assert.equal(t.syscall(SYS.getppid).value, 999n);
  assert.equal(t.syscall(SYS.wait4, -1, 0, 0, 0).value, -10n);
  assert.equal(t.syscall(SYS.futex, t.scratch(new Uint8Array(4)), 1, 1).value, 0n);
});

test('clone checks its flags like copy_process: THREAD needs SIGHAND, SIGHAND needs VM; namespaces EPERM', () => {
  const t = makeProcess();
  assert.equal(t.syscall(SYS.clone, 0x10000 | 0x100, 0, 0, 0, 0).value, -22n);
  assert.equal(t.syscall(SYS.clone, 0x800, 0, 0, 0, 0).value, -22n);
  assert.equal(t.syscall(SYS.clone, 0x10000000 | 17, 0, 0, 0, 0).value, -1n);
  assert.equal(t.syscall(SYS.clone3, t.scratch(new Uint8Array(64)), 32).value, -22n, 'clone3 size below VER0');
  assert.equal(t.syscall(SYS.clone, 0x100 | 17, 0, 0, 0, 0).value, -38n, 'CLONE_VM without THREAD or VFORK');
  assert.deepEqual(t.process.threads().length, 1);
  assert.equal(t.process.threaded, false, 'a refused clone leaves the program single-threaded');
});

test('a thread made by clone3 is listed, shares memory and gets its own tid; tkill of an unknown tid is ESRCH', () => {
  const t = makeProcess();
  const args = new Uint8Array(88);
  const v = new DataView(args.buffer);
  v.setBigUint64(0, BigInt(0x100 | 0x200 | 0x400 | 0x800 | 0x10000 | 0x100000), true); // VM FS FILES SIGHAND THREAD PARENT_SETTID
  v.setBigUint64(24, 0x410100n, true); // parent_tid
  v.setBigUint64(40, 0x410200n, true); // stack
  v.setBigUint64(48, 0x100n, true); // stack_size
  const r = t.syscall(SYS.clone3, t.scratch(args, 0x80), 88);
  assert.equal(r.value, 1001n);
  assert.equal(r.stop?.kind, 'paused', 'the caller yields to the scheduler');
  assert.equal(t.process.kernel.machine.readMemory(0x410100n, 4).data[0], 0xe9, 'PARENT_SETTID wrote 1001');
  assert.deepEqual(t.process.threads().map((x) => [x.id, x.name, x.processId]), [[1000, 'main', 1000], [1001, 'thread 1001', 1000]]);
  assert.equal(t.syscall(SYS.tkill, 4242, 10).value, -3n);
  assert.equal(t.syscall(SYS.wait4, -1, 0, 1, 0).value, -10n, 'a thread is not a child process');
});

// Linux shares MAP_SHARED pages and their allocation tags between a parent and its children
// (memory-tagging-extension.rst); futexes without FUTEX_PRIVATE_FLAG there are keyed by the page. qemu-aarch64 7.2
// shares the data but not the tags, so this expectation is Linux's, not a qemu recording.
test('shared-tags.s: MAP_SHARED data, MTE tags and futexes are shared with a forked child; MAP_PRIVATE stays a copy', () => {
  const r = run('shared-tags.s');
  assert.equal(r.stdout, "woke the child's futex waiter\nshared page: tag 5, value 42\nprivate page: tag 0, value 0\n", r.stderr);
  assert.equal(r.status, 0);
});

// clone(2): with CLONE_VM the child runs in the parent's memory (CLONE_VFORK: the parent waits until it exits), which
// glibc's posix_spawn relies on to return execve's error. qemu-aarch64 7.2 turns this clone into a fork, so the
// expectation is Linux's.
test('vfork-vm.s: a CLONE_VM|CLONE_VFORK child writes into the parent\'s memory; the parent\'s registers survive', () => {
  const r = run('vfork-vm.s');
  assert.equal(r.stdout, "the parent saw the child's execve error: -ENOSYS\n", r.stderr);
  assert.equal(r.status, 0);
  assert.match(r.stderr, /note: process 1001 exited with status 127/);
});

// signal(7) and wait4(2): stop signals stop a process until SIGCONT; WUNTRACED/WCONTINUED report it; SA_NOCLDSTOP
// means no SIGCHLD for a stop (qemu 7.2 sends one anyway, so the expectation is Linux's; jobctl.c compares the rest
// with qemu in the oracle tier).
test('jobctl.s: SIGSTOP, wait4 WUNTRACED 0x137f, no SIGCHLD under SA_NOCLDSTOP, SIGCONT and WCONTINUED 0xffff, SIGKILL', () => {
  const r = run('jobctl.s');
  assert.equal(r.status, 0, `failed step ${r.status}: ${r.stderr}`);
});

// Documentation/locking/robust-futexes.rst: at a thread's exit the kernel walks its robust list and sets
// FUTEX_OWNER_DIED in the words it still holds (waking one waiter), so a process-shared robust mutex gives the
// next locker EOWNERDEAD. qemu-aarch64 7.2 does not implement robust lists, so the expectation is Linux's.
test('robust.s: a child exiting with a robust futex held leaves FUTEX_OWNER_DIED|FUTEX_WAITERS in the shared word', () => {
  const r = run('robust.s');
  assert.equal(r.status, 0, `failed step ${r.status}: ${r.stderr}`);
});

test('stopOnSignals covers forked children: the child\'s tag check fault is a signal stop (the debugger\'s exception filters), continuing kills the child only', async () => {
  const { readFileSync } = await import('node:fs');
  const { assembleProgram, runnableFeatures } = await import('../../emulator/asm/index.js');
  const { createLinuxProcess } = await import('../../emulator/linux/index.js');
  const { recordingHost } = await import('./helpers.js');
  const path = join(__dirname, 'threads', 'fork-tags.s');
  const image = assembleProgram(readFileSync(path, 'utf8'), { fileName: path, features: [...runnableFeatures] }).image!;
  const host = recordingHost();
  const created = createLinuxProcess({ program: image, argv: [path], envp: [], host, seed: 1 });
  assert.ok(created.ok);
  const stop = created.process.run({ stopOnSignals: true });
  assert.equal(stop.kind, 'signal');
  assert.equal(stop.kind === 'signal' && stop.signal, 11);
  assert.equal(stop.kind === 'signal' && stop.code, 9, 'SEGV_MTESERR');
  assert.equal(host.text(), 'child ok\n', 'stopped in the child, before its death');
  let end = created.process.run({ stopOnSignals: true });
  while (end.kind === 'signal') end = created.process.run({ stopOnSignals: true });
  assert.equal(end.kind, 'exit');
  assert.equal(host.text(), 'child ok\nchild SIGSEGV\nstatus 9\n');
});
