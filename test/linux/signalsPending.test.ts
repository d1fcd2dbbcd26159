// Pending signals and the rest of the signal ABI as Linux implements it (kernel/signal.c, arch/arm64/kernel/
// signal.c): a signal sent while blocked stays pending (once for a standard signal, queued for a real-time one)
// and is delivered when rt_sigprocmask, rt_sigreturn or rt_sigsuspend unblock it; several become nested frames
// (the last one set up runs first); rt_sigpending and rt_sigtimedwait see them; SIG_IGN discards an unblocked
// signal. sigcontext.fault_address never carries a tag and, with the esr_context record, keeps the thread's
// last fault. AArch64 integer division by zero does not trap (no SIGFPE).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TagCheckFault } from '../../emulator/machine/api.js';
import { makeProcess, SCRATCH, tinyImage, type TestProcess } from './helpers.js';

const SA_SIGINFO = 0x4n;
const SA_RESTORER = 0x04000000n;
const SA_NODEFER = 0x40000000n;
const SA_RESETHAND = 0x80000000n;
const HANDLER = 0x400100n;
const RESTORER = 0x400200n;
const UC = 128n;
const MCONTEXT = UC + 176n;
const bit = (signal: number): bigint => 1n << BigInt(signal - 1);

function sigaction(t: TestProcess, signal: number, handler: bigint, flags = SA_SIGINFO | SA_RESTORER, mask = 0n): void {
  const act = new Uint8Array(32);
  const v = new DataView(act.buffer);
  v.setBigUint64(0, handler, true);
  v.setBigUint64(8, flags, true);
  v.setBigUint64(16, RESTORER, true);
  v.setBigUint64(24, mask, true);
  assert.equal(t.syscall(134, signal, t.scratch(act, 0x800), 0, 8).value, 0n);
}

function sigprocmask(t: TestProcess, how: number, set: bigint) {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, set, true);
  return t.syscall(135, how, t.scratch(b, 0x900), 0, 8);
}

function u64(t: TestProcess, address: bigint): bigint {
  return new DataView(t.process.kernel.machine.readMemory(address, 8).data.buffer).getBigUint64(0, true);
}

function rtSigreturn(t: TestProcess) {
  const m = t.process.kernel.machine;
  m.setX(8, 139n);
  return t.process.kernel.supervisorCall(m, 0);
}

const pid = 1000;

test('a signal sent while blocked stays pending, shows in rt_sigpending and is delivered when unblocked', () => {
  const t = makeProcess();
  const m = t.process.kernel.machine;
  sigaction(t, 10, HANDLER);
  assert.equal(sigprocmask(t, 0, bit(10)).value, 0n);
  const sent = t.syscall(129, pid, 10);
  assert.equal(sent.value, 0n);
  assert.equal(sent.stop, undefined);
  assert.equal(m.getPC(), 0x400004n, 'not delivered while blocked');
  assert.equal(t.syscall(136, SCRATCH + 0xa00n, 8).value, 0n);
  assert.equal(u64(t, SCRATCH + 0xa00n), bit(10), 'rt_sigpending');
  const sp = m.getSP();
  const unblock = sigprocmask(t, 1, bit(10));
  assert.equal(unblock.stop, undefined);
  assert.equal(m.getPC(), HANDLER, 'delivered as rt_sigprocmask returns');
  assert.equal(m.getX(0), 10n);
  const frame = m.getX(1);
  assert.equal(new DataView(m.readMemory(frame, 16).data.buffer).getInt32(8, true), 0, 'si_code SI_USER');
  assert.equal(u64(t, frame + MCONTEXT + 8n), 0n, 'the saved x0 is rt_sigprocmask\'s result');
  assert.equal(u64(t, frame + MCONTEXT + 264n), 0x400004n, 'the saved pc is after the svc');
  assert.equal(u64(t, frame + UC + 40n), 0n, 'the saved mask is the unblocked one');
  assert.equal(t.syscall(136, SCRATCH + 0xa00n, 8).value, 0n);
  assert.equal(u64(t, SCRATCH + 0xa00n), 0n, 'no longer pending');
  m.setSP(frame);
  assert.equal(rtSigreturn(t), undefined);
  assert.equal(m.getSP(), sp);
  assert.equal(m.getPC(), 0x400004n);
});

test('a standard signal is pending once, a real-time signal is queued; several unblocked signals nest like Linux', () => {
  const t = makeProcess();
  const m = t.process.kernel.machine;
  sigaction(t, 10, HANDLER);
  sigaction(t, 12, HANDLER + 0x40n);
  sigaction(t, 40, HANDLER + 0x80n);
  sigprocmask(t, 0, bit(10) | bit(12) | bit(40));
  t.syscall(129, pid, 12);
  t.syscall(129, pid, 10);
  t.syscall(129, pid, 10);
  t.syscall(131, pid, pid, 40);
  t.syscall(131, pid, pid, 40);
  assert.equal(t.syscall(136, SCRATCH + 0xa00n, 8).value, 0n);
  assert.equal(u64(t, SCRATCH + 0xa00n), bit(10) | bit(12) | bit(40));
  // Unblock only the standard ones: SIGUSR1 (10) is set up first, then SIGUSR2 (12) on top of it, so SIGUSR2's
  // handler runs first and returns into SIGUSR1's handler.
  sigprocmask(t, 1, bit(10) | bit(12));
  assert.equal(m.getPC(), HANDLER + 0x40n);
  assert.equal(m.getX(0), 12n);
  const top = m.getX(1);
  assert.equal(u64(t, top + MCONTEXT + 264n), HANDLER, 'SIGUSR2 returns to the start of SIGUSR1\'s handler');
  assert.equal(u64(t, top + MCONTEXT + 8n), 10n, 'with x0 = 10');
  m.setSP(top);
  assert.equal(rtSigreturn(t), undefined);
  assert.equal(m.getPC(), HANDLER);
  assert.equal(m.getX(0), 10n);
  m.setSP(m.getX(1));
  assert.equal(rtSigreturn(t), undefined);
  assert.equal(m.getPC(), 0x400004n);
  // The real-time signal was queued twice: two deliveries, and SI_TKILL.
  sigprocmask(t, 1, bit(40));
  assert.equal(m.getX(0), 40n);
  assert.equal(new DataView(m.readMemory(m.getX(1), 16).data.buffer).getInt32(8, true), -6);
  const first = m.getX(1);
  assert.equal(u64(t, first + MCONTEXT + 264n), 0x400004n);
  t.syscall(136, SCRATCH + 0xa00n, 8);
  assert.equal(u64(t, SCRATCH + 0xa00n), bit(40), 'the second instance waits: the handler blocks its own signal');
  m.setSP(first);
  assert.equal(rtSigreturn(t), undefined);
  assert.equal(m.getPC(), HANDLER + 0x80n, 'delivered when the handler returns');
  assert.equal(m.getX(0), 40n);
  t.syscall(136, SCRATCH + 0xa00n, 8);
  assert.equal(u64(t, SCRATCH + 0xa00n), 0n);
});

test('rt_sigreturn restoring a mask that unblocks a pending signal delivers it at once', () => {
  const t = makeProcess();
  const m = t.process.kernel.machine;
  sigaction(t, 10, HANDLER);
  t.syscall(129, pid, 10);
  assert.equal(m.getPC(), HANDLER);
  const frame = m.getX(1);
  // Inside the handler SIGUSR1 is blocked: a second kill() stays pending.
  t.syscall(129, pid, 10);
  m.setSP(frame);
  m.setPC(RESTORER + 4n);
  assert.equal(rtSigreturn(t), undefined);
  assert.equal(m.getPC(), HANDLER, 'delivered again on the way out of rt_sigreturn');
  assert.equal(u64(t, m.getX(1) + MCONTEXT + 264n), 0x400004n, 'and it returns where the first one would have');
});

test('SIG_IGN discards an unblocked signal; a blocked one stays pending and is discarded when unblocked', () => {
  const t = makeProcess();
  sigaction(t, 10, 1n, 0n);
  assert.equal(t.syscall(129, pid, 10).stop, undefined);
  sigprocmask(t, 0, bit(10));
  t.syscall(129, pid, 10);
  t.syscall(136, SCRATCH + 0xa00n, 8);
  assert.equal(u64(t, SCRATCH + 0xa00n), bit(10), 'blocked signals are never ignored');
  assert.equal(sigprocmask(t, 1, bit(10)).stop, undefined);
  assert.equal(t.process.exited, false);
  assert.equal(t.process.kernel.machine.getPC(), 0x400004n);
});

test('a pending signal with the default action kills when unblocked', () => {
  const t = makeProcess();
  sigprocmask(t, 0, bit(15));
  assert.equal(t.syscall(129, pid, 15).stop, undefined);
  const r = sigprocmask(t, 2, 0n);
  assert.deepEqual(r.stop, { kind: 'killed', signal: 15, code: 0, fault: undefined, coreDumped: false });
});

test('rt_sigsuspend delivers a pending signal with the old mask in the frame and returns -EINTR; with none it would hang: SIGKILL', () => {
  const t = makeProcess();
  const m = t.process.kernel.machine;
  sigaction(t, 10, HANDLER);
  sigprocmask(t, 0, bit(10) | bit(2));
  t.syscall(129, pid, 10);
  const empty = t.scratch(new Uint8Array(8), 0xb00);
  assert.equal(t.syscall(133, empty, 8).stop, undefined);
  assert.equal(m.getPC(), HANDLER);
  const frame = m.getX(1);
  assert.equal(u64(t, frame + UC + 40n), bit(10) | bit(2), 'uc_sigmask is the mask from before rt_sigsuspend');
  assert.equal(BigInt.asIntN(64, u64(t, frame + MCONTEXT + 8n)), -4n, 'the saved x0 is -EINTR');
  m.setSP(frame);
  rtSigreturn(t);
  assert.equal(t.syscall(135, 0, 0, SCRATCH + 0xc00n, 8).value, 0n);
  assert.equal(u64(t, SCRATCH + 0xc00n), bit(10) | bit(2), 'the old mask is back');
  // Nothing pending: waiting would never end (Linux hangs); the emulator ends the process instead.
  assert.deepEqual(t.syscall(133, empty, 8).stop, { kind: 'killed', signal: 9, code: 0, coreDumped: false });
  assert.ok(t.process.diagnostics.some((d) => d.includes('rt_sigsuspend')));
});

test('rt_sigtimedwait takes a pending signal of its set and fills siginfo; with none: -EAGAIN after a timeout, SIGKILL without', () => {
  const t = makeProcess();
  sigprocmask(t, 0, bit(10));
  t.syscall(129, pid, 10);
  const set = new Uint8Array(8);
  new DataView(set.buffer).setBigUint64(0, bit(10), true);
  const p = t.scratch(set, 0xb00);
  assert.equal(t.syscall(137, p, SCRATCH + 0xc00n, 0, 8).value, 10n);
  const info = new DataView(t.process.kernel.machine.readMemory(SCRATCH + 0xc00n, 24).data.buffer);
  assert.equal(info.getInt32(0, true), 10);
  assert.equal(info.getInt32(16, true), pid, 'si_pid');
  assert.equal(t.syscall(137, p, 0, SCRATCH + 0xd00n, 8).value, -11n, 'a timeout expires: -EAGAIN');
  assert.equal(t.syscall(137, p, 0, 0, 4).value, -22n);
  assert.equal(t.syscall(137, p, 0, 0, 8).stop?.kind, 'killed', 'no timeout: would wait forever');
});

test('SA_NODEFER leaves the signal unblocked in its handler; SA_RESETHAND restores the default action', () => {
  const t = makeProcess();
  const m = t.process.kernel.machine;
  sigaction(t, 10, HANDLER, SA_SIGINFO | SA_RESTORER | SA_NODEFER | SA_RESETHAND);
  t.syscall(129, pid, 10);
  assert.equal(m.getPC(), HANDLER);
  t.syscall(135, 0, 0, SCRATCH + 0xc00n, 8);
  assert.equal(u64(t, SCRATCH + 0xc00n), 0n, 'not blocked inside the handler');
  assert.equal(t.syscall(134, 10, 0, SCRATCH + 0xc00n, 8).value, 0n);
  assert.equal(u64(t, SCRATCH + 0xc00n), 0n, 'handler reset to SIG_DFL');
  const again = t.syscall(129, pid, 10);
  assert.equal(again.stop?.kind, 'killed', 'the default action of SIGUSR1 terminates');
});

const tagFault: TagCheckFault = {
  kind: 'tagCheck', mode: 'sync', access: 'read', size: 8, address: 0x0300_0000_0041_0020n, logicalTag: 3, allocationTag: 0,
  granule: 0x41_0020n, pc: 0x400000n, instructionCount: 1,
};

test('fault_address has no tag; it and esr_context stay with the thread for a later kill(); an undefined instruction clears them', () => {
  const t = makeProcess();
  const m = t.process.kernel.machine;
  sigaction(t, 11, HANDLER, SA_SIGINFO | SA_RESTORER | 0x800n); // SA_EXPOSE_TAGBITS
  sigaction(t, 10, HANDLER);
  sigaction(t, 4, HANDLER);
  const esrOf = (frame: bigint): bigint | undefined => {
    const fpsimd = frame + MCONTEXT + 288n;
    const next = fpsimd + 528n;
    const head = new DataView(m.readMemory(next, 16).data.buffer);
    return head.getUint32(0, true) === 0x45535201 ? head.getBigUint64(8, true) : undefined;
  };
  m.setPC(0x400000n);
  assert.equal(t.process.kernel.fault(m, tagFault), undefined);
  let frame = m.getX(1);
  assert.equal(u64(t, frame + 16n), 0x0300_0000_0041_0020n, 'si_addr keeps the tag with SA_EXPOSE_TAGBITS');
  assert.equal(u64(t, frame + MCONTEXT), 0x41_0020n, 'fault_address never does');
  const esr = esrOf(frame);
  assert.equal(esr !== undefined && esr & 0x3fn, 0x11n);
  m.setSP(frame);
  rtSigreturn(t);
  t.syscall(129, pid, 10);
  frame = m.getX(1);
  assert.equal(u64(t, frame + MCONTEXT), 0x41_0020n, 'a kill() frame still shows the last fault');
  assert.equal(esrOf(frame), esr);
  m.setSP(frame);
  rtSigreturn(t);
  m.setPC(0x400000n);
  assert.equal(t.process.kernel.fault(m, { kind: 'undefinedInstruction', word: 0, pc: 0x400000n }), undefined);
  frame = m.getX(1);
  assert.equal(u64(t, frame + 16n), 0x400000n, 'SIGILL si_addr is the pc');
  assert.equal(u64(t, frame + MCONTEXT), 0n, 'arm64_notify_die clears fault_address');
  assert.equal(esrOf(frame), undefined, 'and the ESR: no esr_context record');
});

test('integer division by zero does not trap on AArch64: no SIGFPE, the quotient is 0', () => {
  // mov x1, #7; sdiv x0, x1, xzr; mov x8, #93; svc #0  -> exit(0)
  const t = makeProcess({ image: tinyImage([0xd28000e1, 0x9adf0c20, 0xd2800ba8, 0xd4000001]) });
  t.process.kernel.machine.setX(0, 55n);
  const stop = t.process.run();
  assert.deepEqual(stop, { kind: 'exit', code: 0 });
});

test('SS_AUTODISARM: the alternate stack is disarmed while its handler runs and rt_sigreturn re-arms it', () => {
  const t = makeProcess();
  const m = t.process.kernel.machine;
  const alt = t.syscall(222, 0, 16384, 3, 0x22, -1, 0).value;
  const ss = new Uint8Array(24);
  new DataView(ss.buffer).setBigUint64(0, alt, true);
  new DataView(ss.buffer).setInt32(8, 1 << 31, true);
  new DataView(ss.buffer).setBigUint64(16, 16384n, true);
  assert.equal(t.syscall(132, t.scratch(ss, 0xb00), 0).value, 0n);
  sigaction(t, 10, HANDLER, SA_SIGINFO | SA_RESTORER | 0x08000000n); // SA_ONSTACK
  t.syscall(129, pid, 10);
  const frame = m.getX(1);
  assert.ok(frame >= alt && frame < alt + 16384n, 'on the alternate stack');
  assert.equal(t.syscall(132, 0, SCRATCH + 0xc00n).value, 0n);
  assert.equal(new DataView(m.readMemory(SCRATCH + 0xc00n, 24).data.buffer).getInt32(8, true), 2, 'SS_DISABLE inside the handler');
  m.setSP(frame);
  assert.equal(rtSigreturn(t), undefined);
  assert.equal(t.syscall(132, 0, SCRATCH + 0xc00n).value, 0n);
  const back = new DataView(m.readMemory(SCRATCH + 0xc00n, 24).data.buffer);
  assert.equal(back.getBigUint64(0, true), alt, 'restored from uc_stack');
  assert.equal(back.getInt32(8, true), 1 << 31);
  assert.equal(back.getBigUint64(16, true), 16384n);
});

test('a blocked signal sent with a debugger attached only becomes pending: no signal stop until it is delivered', () => {
  const t = makeProcess();
  sigaction(t, 10, HANDLER);
  sigprocmask(t, 0, bit(10));
  t.process.kernel.stopOnSignals = true;
  assert.equal(t.syscall(129, pid, 10).stop, undefined);
  const r = sigprocmask(t, 1, bit(10));
  assert.equal(r.stop?.kind, 'signal');
  assert.equal(r.stop?.kind === 'signal' && r.stop.signal, 10);
});

test('ppoll/pselect6/epoll_pwait with a signal mask: a pending signal it lets through ends the call with EINTR (old mask in the frame); a ready file wins and the old mask is back at once', () => {
  const t = makeProcess();
  const m = t.process.kernel.machine;
  sigaction(t, 10, HANDLER);
  sigprocmask(t, 0, bit(10));
  assert.equal(t.syscall(59, SCRATCH + 0xd00n, 0).value, 0n); // pipe2
  const r = Number(u64(t, SCRATCH + 0xd00n) & 0xffffffffn);
  const w = Number(u64(t, SCRATCH + 0xd00n) >> 32n);
  const empty = t.scratch(new Uint8Array(8), 0xb00);
  const zero = t.scratch(new Uint8Array(16), 0xb40);
  const pollfd = () => { const b = new Uint8Array(8); new DataView(b.buffer).setInt32(0, r, true); b[4] = 1; return t.scratch(b, 0xb80); };
  // ppoll(2): nothing ready and SIGUSR1 pending, unblocked by the call's mask: EINTR even with a zero timeout.
  t.syscall(129, pid, 10);
  assert.equal(t.syscall(73, pollfd(), 1, zero, empty, 8).stop, undefined);
  assert.equal(m.getPC(), HANDLER, 'the handler runs');
  let frame = m.getX(1);
  assert.equal(u64(t, frame + UC + 40n), bit(10), 'uc_sigmask is the mask from before ppoll');
  assert.equal(BigInt.asIntN(64, u64(t, frame + MCONTEXT + 8n)), -4n, 'ppoll returned -EINTR');
  m.setSP(frame);
  rtSigreturn(t);
  // pselect6 the same way (the mask is the first word of its sixth argument's pair).
  t.syscall(129, pid, 10);
  const fds = new Uint8Array(8); fds[r >> 3] = 1 << (r & 7);
  const pair = new Uint8Array(16); new DataView(pair.buffer).setBigUint64(0, empty, true); pair[8] = 8;
  t.syscall(72, r + 1, t.scratch(fds, 0xbc0), 0, 0, zero, t.scratch(pair, 0xbe0));
  assert.equal(m.getPC(), HANDLER);
  frame = m.getX(1);
  assert.equal(BigInt.asIntN(64, u64(t, frame + MCONTEXT + 8n)), -4n, 'pselect6 returned -EINTR');
  m.setSP(frame);
  rtSigreturn(t);
  // A ready file: ppoll returns it; the mask from before is back and the signal it blocks stays pending.
  assert.equal(t.syscall(64, w, t.scratch('x', 0xc80), 1).value, 1n);
  t.syscall(129, pid, 10);
  assert.equal(t.syscall(73, pollfd(), 1, zero, empty, 8).value, 1n);
  assert.equal(t.syscall(135, 0, 0, SCRATCH + 0xc00n, 8).value, 0n);
  assert.equal(u64(t, SCRATCH + 0xc00n), bit(10), 'the old mask is back');
  assert.equal(t.syscall(136, SCRATCH + 0xa00n, 8).value, 0n);
  assert.equal(u64(t, SCRATCH + 0xa00n), bit(10), 'still pending');
  // epoll_pwait with a zero timeout returns 0 before looking at signals (ep_poll); the signal stays pending.
  assert.equal(t.syscall(63, r, SCRATCH + 0xcc0n, 1).value, 1n);
  const ep = t.syscall(20, 0).value;
  const ev = new Uint8Array(16); ev[0] = 1;
  assert.equal(t.syscall(21, ep, 1, r, t.scratch(ev, 0xd40)).value, 0n);
  assert.equal(t.syscall(22, ep, SCRATCH + 0xd80n, 1, 0, empty, 8).value, 0n);
  assert.equal(t.syscall(136, SCRATCH + 0xa00n, 8).value, 0n);
  assert.equal(u64(t, SCRATCH + 0xa00n), bit(10), 'still pending after epoll_pwait');
  assert.equal(t.process.kernel.sigsuspendSaved, undefined);
});
