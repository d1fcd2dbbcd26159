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

function readBytes(t: ReturnType<typeof makeProcess>, path: string): Uint8Array {
  const fd = t.syscall(56, -100, t.scratch(path, 3000), 0, 0).value;
  assert.ok(fd >= 0n, `${path}: ${fd}`);
  const n = t.syscall(63, fd, SCRATCH, 4096).value;
  t.syscall(57, fd);
  return t.process.machine.readMemory(SCRATCH, Number(n)).data.slice();
}

test('/proc/self/stat: the 52 fields of proc(5) (pid, (comm), state, ppid, ..., startstack, arg and env bounds)', () => {
  const t = makeProcess({ argv: ['/guest/tiny', 'one', 'two'], envp: ['A=1', 'BB=22'] });
  const text = readFile(t, '/proc/self/stat');
  assert.match(text, /^\d+ \(tiny\) R \d+ /);
  assert.ok(text.endsWith('\n'));
  const f = text.trimEnd().split(' ');
  assert.equal(f.length, 52);
  const n = (i: number) => BigInt(f[i - 1]!); // proc(5) numbers the fields from 1.
  assert.equal(n(1), t.syscall(172).value, 'pid = getpid()');
  assert.equal(n(4), t.syscall(173).value, 'ppid = getppid()');
  assert.equal(n(5), t.syscall(155, 0).value, 'pgrp = getpgid(0)');
  assert.equal(n(6), t.syscall(156, 0).value, 'session = getsid(0)');
  assert.equal(n(19), 0n, 'nice');
  assert.equal(n(18), 20n, 'priority = 20 + nice for SCHED_OTHER');
  assert.equal(n(20), 1n, 'num_threads');
  const stack = t.process.initialStack;
  assert.equal(n(28), stack.sp, 'startstack: where argc is');
  assert.equal(n(48), stack.argvAddresses[0], 'arg_start');
  assert.equal(n(49), stack.argvAddresses[2]! + 4n, 'arg_end: after "two\\0"');
  assert.equal(n(50), stack.envpAddresses[0], 'env_start');
  assert.equal(n(51), stack.envpAddresses[1]! + 6n, 'env_end: after "BB=22\\0"');
  assert.ok(n(26) <= 0x400000n && n(27) > 0x400000n, 'the code segment holds the entry point');
  assert.equal(n(38), 17n, 'exit_signal SIGCHLD');
  assert.ok(n(23) > 0n && n(24) > 0n, 'vsize and rss');
  // Blocked and caught signals show as decimal masks.
  const set = new Uint8Array(8); set[0] = 0x02; // SIGINT (signal 2, bit 1)
  assert.equal(t.syscall(135, 0, t.scratch(set, 3500), 0, 8).value, 0n);
  assert.equal(BigInt(readFile(t, '/proc/self/stat').trimEnd().split(' ')[31]!), 2n, 'blocked');
  // statm: size resident shared text lib data dt in pages.
  const statm = readFile(t, '/proc/self/statm').trimEnd().split(' ').map(BigInt);
  assert.equal(statm.length, 7);
  assert.equal(statm[0], n(23) / 4096n, 'size = vsize in pages');
  assert.equal(statm[4], 0n);
  assert.equal(statm[6], 0n);
});

test('/proc/self/auxv: the auxiliary vector exec wrote, 16-byte pairs ending with AT_NULL', () => {
  const t = makeProcess();
  const bytes = readBytes(t, '/proc/self/auxv');
  const view = new DataView(bytes.buffer);
  const pairs: [number, bigint][] = [];
  for (let i = 0; i < bytes.length; i += 16) pairs.push([Number(view.getBigUint64(i, true)), view.getBigUint64(i + 8, true)]);
  assert.deepEqual(pairs, t.process.initialStack.auxv.map(([k, v]) => [k, v]));
  assert.deepEqual(pairs[pairs.length - 1], [0, 0n]);
  assert.ok(pairs.some(([k, v]) => k === 6 && v === 4096n), 'AT_PAGESZ');
});
