// CPU-time clock ids (syscalls/process.ts isCpuClockOf): glibc's negative ids (~pid << 3 | type,
// clock_getcpuclockid(3)) name the caller's CPU clock for clock_gettime and timer_create. That ITIMER_VIRTUAL does
// not run down while the process sleeps and fires while it computes is test/linux/threads/vtalrm.s (unit tier,
// threads.test.ts) and cputimers.c (against qemu-aarch64, test/oracle/threads.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeProcess, SCRATCH } from './helpers.js';

const SYS = { clockGettime: 113, timerCreate: 107 };

test("glibc's CPU clock ids: the caller's process clock for clock_gettime and timer_create; another pid's is EINVAL", () => {
  const t = makeProcess();
  const self = -6; // MAKE_PROCESS_CPUCLOCK(0, CPUCLOCK_SCHED)
  assert.equal(t.syscall(SYS.clockGettime, self, SCRATCH).value, 0n);
  assert.equal(t.syscall(SYS.timerCreate, self, 0, SCRATCH + 0x100n).value, 0n);
  const other = (~4242 << 3) | 2;
  assert.equal(t.syscall(SYS.clockGettime, other, SCRATCH).value, -22n);
  assert.equal(t.syscall(SYS.timerCreate, other, 0, SCRATCH + 0x100n).value, -22n);
});
