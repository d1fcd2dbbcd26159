// Process groups and sessions, priorities, scheduling policies and memory locking for an unprivileged process,
// through the kernel's system calls. Expectations from the man pages (setpgid(2), setsid(2), getpriority(2),
// sched_setscheduler(2), sched_get_priority_max(2), mlock(2)); a probe program run under qemu-aarch64 (which
// forwards these to the host kernel) gave the same results for getpgid, setpgid, getpriority/setpriority, the
// sched_* queries and mlock/munlock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeProcess, SCRATCH, EINVAL, ENOMEM } from './helpers.js';

const EPERM = -1n;
const ESRCH = -3n;
const EACCES = -13n;

test('process group and session: the program leads its group in its shell\'s session; setsid is EPERM for a group leader', () => {
  const t = makeProcess();
  assert.equal(t.syscall(155, 0).value, 1000n, 'getpgid(0)');
  assert.equal(t.syscall(155, 1000).value, 1000n);
  assert.equal(t.syscall(155, 4242).value, ESRCH);
  assert.equal(t.syscall(156, 0).value, 999n, 'getsid(0): the parent shell\'s session');
  assert.equal(t.syscall(154, 0, 0).value, 0n, 'setpgid(0, 0)');
  assert.equal(t.syscall(154, 0, -1).value, EINVAL);
  assert.equal(t.syscall(154, 0, 777).value, EPERM, 'no such group in the session');
  assert.equal(t.syscall(157).value, EPERM, 'setsid by a group leader');
  assert.equal(t.syscall(158, 0, 0).value, 1n, 'getgroups(0, NULL): one group');
  assert.equal(t.syscall(158, 4, SCRATCH).value, 1n);
  assert.equal(new DataView(t.process.machine.readMemory(SCRATCH, 4).data.buffer).getUint32(0, true), 1000);
});

test('priorities: getpriority returns 20 - nice; raising nice is allowed, lowering it again needs CAP_SYS_NICE', () => {
  const t = makeProcess();
  assert.equal(t.syscall(141, 0, 0).value, 20n, 'nice 0');
  assert.equal(t.syscall(140, 0, 0, 5).value, 0n);
  assert.equal(t.syscall(141, 0, 0).value, 15n);
  assert.equal(t.syscall(140, 0, 0, 2).value, EACCES);
  assert.equal(t.syscall(140, 0, 0, 40).value, 0n, 'clamped to 19');
  assert.equal(t.syscall(141, 0, 0).value, 1n);
  assert.equal(t.syscall(141, 7, 0).value, EINVAL);
  assert.equal(t.syscall(141, 0, 4242).value, ESRCH);
});

test('scheduling: SCHED_OTHER; real-time policies EPERM; priority ranges; mlock needs a mapped range', () => {
  const t = makeProcess();
  assert.equal(t.syscall(120, 0).value, 0n, 'sched_getscheduler: SCHED_OTHER');
  assert.equal(t.syscall(121, 0, SCRATCH).value, 0n);
  t.scratch(new Uint8Array([10, 0, 0, 0]));
  assert.equal(t.syscall(119, 0, 1, SCRATCH).value, EPERM, 'SCHED_FIFO priority 10');
  t.scratch(new Uint8Array([0, 0, 0, 0]));
  assert.equal(t.syscall(119, 0, 1, SCRATCH).value, EINVAL, 'SCHED_FIFO priority 0');
  assert.equal(t.syscall(119, 0, 3, SCRATCH).value, 0n, 'SCHED_BATCH');
  assert.equal(t.syscall(125, 1).value, 99n);
  assert.equal(t.syscall(126, 2).value, 1n);
  assert.equal(t.syscall(125, 0).value, 0n);
  assert.equal(t.syscall(125, 42).value, EINVAL);
  assert.equal(t.syscall(228, SCRATCH, 100).value, 0n, 'mlock');
  assert.equal(t.syscall(229, SCRATCH, 100).value, 0n, 'munlock');
  assert.equal(t.syscall(228, 0x10000000n, 4096).value, ENOMEM);
  assert.equal(t.syscall(230, 0).value, EINVAL, 'mlockall(0)');
  assert.equal(t.syscall(230, 3).value, 0n);
  assert.equal(t.syscall(284, SCRATCH, 100, 2).value, EINVAL, 'mlock2 unknown flag');
});
