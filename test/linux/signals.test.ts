// Faults become signals as Linux sends them (arch/arm64/mm/fault.c, memory-tagging-extension.rst): sync tag
// check -> SIGSEGV/SEGV_MTESERR, async -> SEGV_MTEAERR with si_addr 0, unmapped -> SEGV_MAPERR, permission ->
// SEGV_ACCERR, undefined instruction -> SIGILL/ILL_ILLOPC, alignment -> SIGBUS/BUS_ADRALN. Without a handler the
// process dies (core dump for these); with stopOnSignals a 'signal' stop comes first; with an SA_SIGINFO
// handler an rt_sigframe is built (si_addr without tag bits unless SA_EXPOSE_TAGBITS, esr_context present) and
// rt_sigreturn restores the (edited) context.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Fault, TagCheckFault } from '../../emulator/machine/api.js';
import { makeProcess, SCRATCH } from './helpers.js';

const syncFault: TagCheckFault = {
  kind: 'tagCheck', mode: 'sync', access: 'write', size: 8, address: 0x0a00_0055_0080_2010n, logicalTag: 0xa, allocationTag: 0,
  granule: 0x55_0080_2010n, pc: 0x400000n, instructionCount: 10,
};

function killedBy(fault: Fault) {
  const t = makeProcess();
  const stop = t.process.kernel.fault(t.process.kernel.machine, fault);
  return { t, stop };
}

test('faults without handlers kill the process with Linux signal numbers and si_code values', () => {
  const cases: [Fault, number, number][] = [
    [syncFault, 11, 9],
    [{ kind: 'unmapped', address: 0x10n, access: 'read', pc: 0x400000n }, 11, 1],
    [{ kind: 'permission', address: 0x400000n, access: 'write', pc: 0x400000n }, 11, 2],
    [{ kind: 'undefinedInstruction', word: 0, pc: 0x400000n }, 4, 1],
    [{ kind: 'alignment', address: 0x3n, access: 'fetch', pc: 0x3n }, 7, 1],
  ];
  for (const [fault, signal, code] of cases) {
    const { t, stop } = killedBy(fault);
    assert.deepEqual(stop, { kind: 'killed', signal, code, fault, coreDumped: true }, fault.kind);
    assert.equal(t.process.exited, true);
  }
});

test('an asynchronous tag fault is SIGSEGV / SEGV_MTEAERR', () => {
  const t = makeProcess();
  const stop = t.process.kernel.asyncFaultDue(t.process.kernel.machine, { ...syncFault, mode: 'async' });
  assert.equal(stop?.kind, 'killed');
  assert.equal(stop?.kind === 'killed' && stop.code, 8);
});

test('with stopOnSignals a signal stop comes first; continuing delivers it', () => {
  const t = makeProcess();
  t.process.kernel.stopOnSignals = true;
  const first = t.process.kernel.fault(t.process.kernel.machine, syncFault);
  assert.deepEqual(first, { kind: 'signal', signal: 11, code: 9, fault: syncFault, pc: 0x400000n, fatal: true });
  assert.equal(t.process.exited, false);
  const second = t.process.run({ stopOnSignals: true });
  assert.equal(second.kind, 'killed');
  assert.equal(t.process.exited, true);
});

test('an SA_SIGINFO handler gets an rt_sigframe; rt_sigreturn restores the edited context', () => {
  const t = makeProcess();
  const m = t.process.kernel.machine;
  const handler = 0x400100n;
  const restorer = 0x400200n;
  const act = new Uint8Array(32);
  const v = new DataView(act.buffer);
  v.setBigUint64(0, handler, true);
  v.setBigUint64(8, 0x04000004n, true); // SA_SIGINFO | SA_RESTORER
  v.setBigUint64(16, restorer, true);
  assert.equal(t.syscall(134, 11, t.scratch(act), 0, 8).value, 0n);
  // The state at the fault.
  m.setPC(0x400000n);
  for (let i = 0; i < 31; i++) m.setX(i, BigInt(1000 + i));
  const sp = m.getSP();
  m.setNZCV(0x60000000);
  m.setTagCheckOverride(true);
  const stop = t.process.kernel.fault(m, syncFault);
  assert.equal(stop, undefined, 'delivered to the handler');
  assert.equal(m.getPC(), handler);
  assert.equal(m.getX(0), 11n);
  assert.equal(m.getX(30), restorer);
  assert.equal(m.getX(2), m.getX(1) + 128n);
  assert.equal(m.getSP(), m.getX(1));
  assert.equal(m.getSP() % 16n, 0n);
  assert.equal(m.getSystemRegister('tco'), 0n, 'handlers run with PSTATE.TCO = 0');
  const info = new DataView(m.readMemory(m.getX(1), 128).data.buffer);
  assert.equal(info.getInt32(0, true), 11);
  assert.equal(info.getInt32(8, true), 9);
  assert.equal(info.getBigUint64(16, true), 0x55_0080_2010n, 'si_addr has no tag bits');
  const uc = m.getX(2);
  const ctx = new DataView(m.readMemory(uc, 176 + 288 + 600).data.buffer);
  assert.equal(ctx.getBigUint64(176 + 8 + 8 * 5, true), 1005n, 'x5 saved');
  assert.equal(ctx.getBigUint64(176 + 256, true), sp, 'sp saved');
  assert.equal(ctx.getBigUint64(176 + 264, true), 0x400000n, 'pc saved');
  assert.equal(ctx.getBigUint64(176 + 272, true), 0x60000000n | (1n << 25n), 'pstate: NZCV and TCO');
  assert.equal(ctx.getUint32(176 + 288, true), 0x46508001, 'fpsimd_context first');
  assert.equal(ctx.getUint32(176 + 288 + 528, true), 0x45535201, 'then esr_context');
  const esr = ctx.getBigUint64(176 + 288 + 528 + 8, true);
  assert.equal(esr >> 26n, 0x24n, 'data abort from EL0');
  assert.equal(esr & 0x3fn, 0x11n, 'synchronous tag check fault');
  // The handler skips the instruction: pc += 4 in the ucontext, then rt_sigreturn.
  m.writeMemory(uc + 176n + 264n, Uint8Array.from([4, 0, 0x40, 0, 0, 0, 0, 0]));
  m.setX(8, 139n);
  m.setPC(restorer + 8n);
  assert.equal(t.process.kernel.supervisorCall(m, 0), undefined);
  assert.equal(m.getPC(), 0x400004n);
  assert.equal(m.getSP(), sp);
  assert.equal(m.getX(0), 1000n);
  assert.equal(m.getX(30), 1030n);
  assert.equal(m.getNZCV(), 0x60000000);
  assert.equal(m.getSystemRegister('tco'), 1n << 25n);
});

test('SA_EXPOSE_TAGBITS keeps the tag in si_addr; a handler without SA_RESTORER returns through a trampoline', () => {
  const t = makeProcess();
  const m = t.process.kernel.machine;
  const act = new Uint8Array(32);
  const v = new DataView(act.buffer);
  v.setBigUint64(0, 0x400100n, true);
  v.setBigUint64(8, 0x804n, true); // SA_SIGINFO | SA_EXPOSE_TAGBITS
  assert.equal(t.syscall(134, 11, t.scratch(act), 0, 8).value, 0n);
  m.setPC(0x400000n);
  assert.equal(t.process.kernel.fault(m, syncFault), undefined);
  const info = new DataView(m.readMemory(m.getX(1), 128).data.buffer);
  assert.equal(info.getBigUint64(16, true), 0x0a00_0055_0080_2010n);
  const trampoline = m.getX(30);
  const code = new DataView(m.readMemory(trampoline, 8).data.buffer);
  assert.equal(code.getUint32(0, true), 0xd2801168, 'mov x8, #139');
  assert.equal(code.getUint32(4, true), 0xd4000001, 'svc #0');
});

test('a blocked or ignored SIGSEGV from a fault still kills (force_sig_fault)', () => {
  const t = makeProcess();
  const set = t.scratch(Uint8Array.from([0, 4, 0, 0, 0, 0, 0, 0])); // bit 10 = SIGSEGV
  assert.equal(t.syscall(135, 0, set, 0, 8).value, 0n);
  const act = new Uint8Array(32);
  new DataView(act.buffer).setBigUint64(0, 0x400100n, true);
  assert.equal(t.syscall(134, 11, t.scratch(act, 64), 0, 8).value, 0n);
  const stop = t.process.kernel.fault(t.process.kernel.machine, syncFault);
  assert.equal(stop?.kind, 'killed');
});

test('rt_sigaction rejects SIGKILL and bad sizes, and reads back the old action without unknown flags', () => {
  const t = makeProcess();
  const act = new Uint8Array(32);
  new DataView(act.buffer).setBigUint64(0, 0x400100n, true);
  new DataView(act.buffer).setBigUint64(8, 0x4n | 0x400n, true); // SA_SIGINFO | SA_UNSUPPORTED
  const p = t.scratch(act);
  assert.equal(t.syscall(134, 9, p, 0, 8).value, -22n);
  assert.equal(t.syscall(134, 10, p, 0, 4).value, -22n);
  assert.equal(t.syscall(134, 10, p, 0, 8).value, 0n);
  assert.equal(t.syscall(134, 10, 0, SCRATCH + 128n, 8).value, 0n);
  const old = new DataView(t.process.kernel.machine.readMemory(SCRATCH + 128n, 32).data.buffer);
  assert.equal(old.getBigUint64(0, true), 0x400100n);
  assert.equal(old.getBigUint64(8, true), 0x4n);
});

test('kill() to itself with a default action terminates; tgkill with signal 0 only checks', () => {
  const t = makeProcess();
  const pid = t.syscall(172).value;
  assert.equal(t.syscall(131, pid, pid, 0).value, 0n);
  const r = t.syscall(129, pid, 6);
  assert.deepEqual(r.stop, { kind: 'killed', signal: 6, code: 0, fault: undefined, coreDumped: true });
});

test('SA_ONSTACK handlers run on the sigaltstack; the handler mask is applied and rt_sigreturn restores the old mask', () => {
  const t = makeProcess();
  const m = t.process.kernel.machine;
  const alt = t.syscall(222, 0, 16384, 3, 0x22, -1, 0).value;
  const ss = new Uint8Array(24);
  new DataView(ss.buffer).setBigUint64(0, alt, true);
  new DataView(ss.buffer).setBigUint64(16, 16384n, true);
  assert.equal(t.syscall(132, t.scratch(ss, 256), 0).value, 0n);
  const small = new Uint8Array(24);
  new DataView(small.buffer).setBigUint64(16, 1024n, true);
  assert.equal(t.syscall(132, t.scratch(small, 320), 0).value, -12n, 'smaller than MINSIGSTKSZ: ENOMEM');
  const act = new Uint8Array(32);
  const v = new DataView(act.buffer);
  v.setBigUint64(0, 0x400100n, true);
  v.setBigUint64(8, BigInt(0x04000004 | 0x08000000), true); // SA_SIGINFO | SA_RESTORER | SA_ONSTACK
  v.setBigUint64(16, 0x400200n, true);
  v.setBigUint64(24, 1n << 9n, true); // also block SIGUSR1 (10) in the handler
  assert.equal(t.syscall(134, 11, t.scratch(act), 0, 8).value, 0n);
  const sp = m.getSP();
  m.setPC(0x400000n);
  assert.equal(t.process.kernel.fault(m, syncFault), undefined);
  assert.ok(m.getSP() >= alt && m.getSP() < alt + 16384n, 'frame on the alternate stack');
  // Inside the handler SIGSEGV and SIGUSR1 are blocked.
  assert.equal(t.syscall(135, 0, 0, SCRATCH + 512n, 8).value, 0n);
  const blocked = new DataView(m.readMemory(SCRATCH + 512n, 8).data.buffer).getBigUint64(0, true);
  assert.equal(blocked, (1n << 10n) | (1n << 9n));
  // rt_sigreturn from the frame at SP (the syscall helper only changed pc and argument registers).
  m.setX(8, 139n);
  assert.equal(t.process.kernel.supervisorCall(m, 0), undefined);
  assert.equal(m.getSP(), sp);
  assert.equal(t.syscall(135, 0, 0, SCRATCH + 512n, 8).value, 0n);
  assert.equal(new DataView(m.readMemory(SCRATCH + 512n, 8).data.buffer).getBigUint64(0, true), 0n, 'mask restored');
});

test('rt_sigprocmask: block, unblock, set; SIGKILL and SIGSTOP cannot be blocked; bad how is EINVAL', () => {
  const t = makeProcess();
  const m = t.process.kernel.machine;
  const set = (value: bigint) => {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, value, true);
    return t.scratch(b, 600);
  };
  const read = () => {
    assert.equal(t.syscall(135, 0, 0, SCRATCH + 700n, 8).value, 0n);
    return new DataView(m.readMemory(SCRATCH + 700n, 8).data.buffer).getBigUint64(0, true);
  };
  assert.equal(t.syscall(135, 0, set((1n << 1n) | (1n << 8n) | (1n << 18n)), 0, 8).value, 0n);
  assert.equal(read(), 1n << 1n, 'SIGKILL (9) and SIGSTOP (19) are dropped');
  assert.equal(t.syscall(135, 0, set(1n << 3n), 0, 8).value, 0n);
  assert.equal(read(), (1n << 1n) | (1n << 3n));
  assert.equal(t.syscall(135, 1, set(1n << 1n), 0, 8).value, 0n);
  assert.equal(read(), 1n << 3n);
  assert.equal(t.syscall(135, 2, set(1n << 5n), 0, 8).value, 0n);
  assert.equal(read(), 1n << 5n);
  assert.equal(t.syscall(135, 7, set(0n), 0, 8).value, -22n);
  assert.equal(t.syscall(135, 0, 0, 0, 16).value, -22n);
});

test('a signal stop for a signal with a handler is not fatal; continuing runs the handler', () => {
  const t = makeProcess();
  const m = t.process.kernel.machine;
  const act = new Uint8Array(32);
  new DataView(act.buffer).setBigUint64(0, 0x400100n, true);
  new DataView(act.buffer).setBigUint64(8, 4n, true);
  assert.equal(t.syscall(134, 11, t.scratch(act), 0, 8).value, 0n);
  m.setPC(0x400000n);
  t.process.kernel.stopOnSignals = true;
  const stop = t.process.kernel.fault(m, syncFault);
  assert.equal(stop?.kind === 'signal' && stop.fatal, false);
  assert.equal(t.process.step().kind, 'step');
  assert.equal(m.getPC(), 0x400100n, 'in the handler');
  assert.equal(m.getX(0), 11n);
  // SIGCHLD's default action is to ignore it: a kill() of it is not fatal.
  t.process.kernel.stopOnSignals = false;
  const pid = t.syscall(172).value;
  assert.equal(t.syscall(129, pid, 17).stop, undefined);
  assert.equal(t.process.exited, false);
});
