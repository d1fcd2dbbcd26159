// /proc/cpuinfo, /proc/meminfo, /proc/self/smaps, /proc/self/cmdline and /proc/self/status in Linux's formats
// (arch/arm64/kernel/cpuinfo.c; Documentation/filesystems/proc.rst: smaps VmFlags `mt` marks a mapping with MTE
// allocation tags enabled), and /sys/devices/system/cpu/cpu0/mte_tcf_preferred (memory-tagging-extension.rst,
// "Per-CPU preferred tag checking mode": async by default), read through the kernel's system calls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeProcess, SCRATCH } from './helpers.js';

function readFile(t: ReturnType<typeof makeProcess>, path: string): string {
  const fd = t.syscall(56, -100, t.scratch(path, 3000), 0, 0).value;
  assert.ok(fd >= 0n, `${path}: ${fd}`);
  let text = '';
  for (;;) {
    const n = t.syscall(63, fd, SCRATCH, 2048).value;
    if (n <= 0n) break;
    text += Buffer.from(t.process.machine.readMemory(SCRATCH, Number(n)).data).toString('latin1');
  }
  t.syscall(57, fd);
  return text;
}

test('/proc/cpuinfo lists mte among the Features; /proc/meminfo gives the memory limit', () => {
  const t = makeProcess({ memoryLimitBytes: 64 << 20 });
  const cpu = readFile(t, '/proc/cpuinfo');
  assert.match(cpu, /^processor\t: 0$/m);
  assert.match(cpu, /^Features\t: fp asimd .*\bmte\b/m);
  assert.doesNotMatch(cpu, /\bsve\b/);
  assert.match(readFile(t, '/proc/meminfo'), /^MemTotal: +65536 kB$/m);
});

test('/proc/self/smaps marks a PROT_MTE mapping with `mt` in VmFlags; cmdline and status describe the process', () => {
  const t = makeProcess({ argv: ['/guest/tiny', 'one', 'two'] });
  const address = t.syscall(222, 0, 8192, 0x23, 0x22, -1, 0).value;
  const smaps = readFile(t, '/proc/self/smaps');
  const hex = address.toString(16).padStart(8, '0');
  const block = smaps.slice(smaps.indexOf(`${hex}-`));
  assert.match(block, /^Size: +8 kB$/m);
  assert.match(block.split('\n').find((l) => l.startsWith('VmFlags:'))!, /^VmFlags: rd wr mr mw me ac mt $/);
  assert.equal((smaps.match(/ mt /g) ?? []).length, 1, 'only the tagged mapping');
  assert.equal(readFile(t, '/proc/self/cmdline'), '/guest/tiny\0one\0two\0');
  const status = readFile(t, '/proc/self/status');
  assert.match(status, /^Name:\ttiny$/m);
  assert.match(status, /^Pid:\t1000$/m);
  assert.match(status, /^Threads:\t1$/m);
});

test('/sys/devices/system/cpu/cpu0/mte_tcf_preferred reads `async` (Linux default, memory-tagging-extension.rst); SYNC|ASYNC then checks asynchronously', () => {
  const t = makeProcess();
  assert.equal(readFile(t, '/sys/devices/system/cpu/cpu0/mte_tcf_preferred'), 'async\n');
  // The directory lists cpu0 (Linux also has cpu<N> per CPU; the emulator has one).
  const dir = t.syscall(56, -100, t.scratch('/sys/devices/system/cpu', 3000), 0x10000, 0).value;
  assert.ok(dir >= 0n);
  const n = t.syscall(61, dir, SCRATCH, 4096).value;
  assert.ok(n > 0n);
  assert.match(Buffer.from(t.process.machine.readMemory(SCRATCH, Number(n)).data).toString('latin1'), /cpu0\0/);
  // Only a privileged user may write it; the guest is not one.
  assert.equal(t.syscall(56, -100, t.scratch('/sys/devices/system/cpu/cpu0/mte_tcf_preferred', 3000), 1, 0).value, -13n);
  // PR_SET_TAGGED_ADDR_CTRL with SYNC | ASYNC: the preferred mode is in force.
  assert.equal(t.syscall(167, 55, 0x7, 0, 0, 0).value, 0n);
  assert.equal(t.process.machine.mteState().mode, 'async');
});
