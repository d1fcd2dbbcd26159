// Asynchronous tag check faults as Linux delivers them (memory-tagging-extension.rst): the fault is noticed at
// the next kernel entry, before the system call runs (SIGSEGV / SEGV_MTEAERR, si_addr 0), and after a handler
// returns the interrupted system call is restarted. These tests execute real instructions on the machine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeProcess, tinyImage } from './helpers.js';

const STRB_W1_X19 = 0x39000261;
const SVC0 = 0xd4000001;
const MOV_X8_94 = 0xd2800bc8;
const MOV_X0_0 = 0xd2800000;
const MOV_X8_139 = 0xd2801168;
const NOP = 0xd503201f;
// 0x400000: strb w1, [x19]; svc #0 (write); mov x8, #94; mov x0, #0; svc #0 (exit_group)
// 0x400020: the handler: mov x8, #139; svc #0 (rt_sigreturn straight away)
const CODE = [STRB_W1_X19, SVC0, MOV_X8_94, MOV_X0_0, SVC0, NOP, NOP, NOP, MOV_X8_139, SVC0];

function setUp(handler: boolean) {
  const t = makeProcess({ image: tinyImage(CODE) });
  const m = t.process.kernel.machine;
  assert.equal(t.syscall(167, 55, 0x5 | (0xfffe << 3)).value, 0n, 'prctl: ENABLE | ASYNC');
  const page = t.syscall(222, 0, 4096, 0x23, 0x22, -1, 0).value;
  if (handler) {
    const act = new Uint8Array(32);
    new DataView(act.buffer).setBigUint64(0, 0x400020n, true);
    new DataView(act.buffer).setBigUint64(8, 4n, true);
    assert.equal(t.syscall(134, 11, t.scratch(act, 64), 0, 8).value, 0n);
  }
  m.setPC(0x400000n);
  m.setX(19, page | (3n << 56n)); // logical tag 3, allocation tag 0
  // write(1, x1, 4): x1 is also the byte the store writes (0x41), an unmapped buffer for the write.
  m.setX(0, 1n); m.setX(1, 0x41n); m.setX(2, 4n); m.setX(8, 64n);
  return { t, m };
}

test('without a handler the async fault kills the process at the SVC, before write(2) runs', () => {
  const { t, m } = setUp(false);
  const stop = t.process.run();
  assert.equal(stop.kind, 'killed');
  assert.equal(stop.kind === 'killed' && stop.code, 8);
  assert.equal(stop.kind === 'killed' && stop.signal, 11);
  assert.equal(t.host.stdout.length, 0);
  assert.equal(m.getPC(), 0x400004n, 'pc is back on the SVC');
});

test('with stopOnSignals the signal stop shows SEGV_MTEAERR at the SVC; continuing kills', () => {
  const { t } = setUp(false);
  const first = t.process.run({ stopOnSignals: true });
  assert.equal(first.kind, 'signal');
  assert.equal(first.kind === 'signal' && first.code, 8);
  assert.equal(first.kind === 'signal' && first.pc, 0x400004n);
  assert.equal(first.kind === 'signal' && first.fatal, true);
  assert.equal(t.process.run({ stopOnSignals: true }).kind, 'killed');
});

test('with a handler the interrupted system call is restarted after rt_sigreturn', () => {
  const { t, m } = setUp(true);
  // Run the store alone, then point the write's buffer at real text.
  assert.equal(t.process.run({ maxSteps: 1 }).kind, 'limit');
  m.setX(1, 0x410000n);
  m.writeMemory(0x410000n, Uint8Array.from(Buffer.from('ran\n')));
  const stop = t.process.run();
  assert.deepEqual(stop, { kind: 'exit', code: 0 });
  assert.equal(t.host.text(), 'ran\n', 'the write ran exactly once, after the handler');
  assert.equal(t.process.kernel.syscallCounts.get(139), 1, 'one rt_sigreturn');
});

/** An async tag fault, then exit_group(5); `setup` ignores or blocks SIGSEGV first (or leaves it at its default). */
function asyncProgram(setup: string): string {
  return String.raw`
        .arch armv8.5-a+memtag
        .global _start
_start: mov     x0, #55                 // PR_SET_TAGGED_ADDR_CTRL: ENABLE | ASYNC | all tags
        mov     x1, #0xfff5             // 0x7fff5
        movk    x1, #0x7, lsl #16
        mov     x2, #0
        mov     x3, #0
        mov     x4, #0
        mov     x8, #167
        svc     #0
        mov     x0, #0
        mov     x1, #4096
        mov     x2, #0x23
        mov     x3, #0x22
        mov     x4, #-1
        mov     x5, #0
        mov     x8, #222
        svc     #0
        mov     x19, x0
${setup}
        mov     x3, #3
        orr     x20, x19, x3, lsl #56
        mov     w1, #1
        strb    w1, [x20]               // tag 3 against allocation tag 0: async fault pending
        mov     x0, #5
        mov     x8, #94                 // exit_group(5): the fault is taken at this kernel entry
        svc     #0
        .data
        .balign 8
act:    .quad   1, 0, 0, 0              // SIG_IGN
set:    .quad   1 << 10                 // SIGSEGV
`;
}

// Linux sends an asynchronous tag fault with send_sig_fault (arch/arm64/kernel/signal.c do_notify_resume), not
// force_sig_fault: an ignored SIGSEGV discards it, a blocked one stays pending, and the interrupted system call goes on.
test('async tag fault: default action kills (SIGSEGV); ignored or blocked SIGSEGV lets exit_group(5) run', () => {
  const { mkdtempSync, writeFileSync } = require('node:fs') as typeof import('node:fs');
  const { join } = require('node:path') as typeof import('node:path');
  const { tmpdir } = require('node:os') as typeof import('node:os');
  const { runCli } = require('./runCli.js') as typeof import('./runCli.js');
  const dir = mkdtempSync(join(tmpdir(), 'async-ign-'));
  const run = (name: string, setup: string) => { const p = join(dir, name); writeFileSync(p, asyncProgram(setup)); return runCli([p]).status; };
  assert.equal(run('default.s', ''), 128 + 11);
  assert.equal(run('ignored.s', '        mov x0, #11\n        ldr x1, =act\n        mov x2, #0\n        mov x3, #8\n        mov x8, #134\n        svc #0'), 5);
  assert.equal(run('blocked.s', '        mov x0, #0\n        ldr x1, =set\n        mov x2, #0\n        mov x3, #8\n        mov x8, #135\n        svc #0'), 5);
});
