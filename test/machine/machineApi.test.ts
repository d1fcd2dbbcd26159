// The Machine API the debugger and the kernel use: registers, debugger memory/tag access without side effects,
// regions, map/unmap/protect with permission faults, the memory limit, step/run/until/maxSteps, breakpoints,
// watchpoints (read, write, tag), requestPause, tag history, snapshot/restore, and independent machines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { machineWith, tagged, TAGGED, UNTAGGED, CODE } from './helpers.js';
import { createMachine } from '../../emulator/machine/index.js';

test('registers: X, SP, PC, NZCV, V and system registers round-trip; XZR reads 0', () => {
  const m = machineWith(['add x0, x0, #1']);
  m.setX(5, 0xfedcba9876543210n);
  assert.equal(m.getX(5), 0xfedcba9876543210n);
  m.setX(31, 7n);
  assert.equal(m.getX(31), 0n);
  m.setSP(0x1234n);
  assert.equal(m.getSP(), 0x1234n);
  m.setNZCV(0x60000000);
  assert.equal(m.getNZCV(), 0x60000000);
  const v = new Uint8Array(16).map((_, i) => i + 1);
  m.setV(3, v);
  assert.deepEqual([...m.getV(3)], [...v]);
  m.setSystemRegister('tpidr_el0', 0xabcn);
  assert.equal(m.getSystemRegister('tpidr_el0'), 0xabcn);
});

test('debugger memory access ignores tags and permissions, stops at unmapped memory, never faults', () => {
  const m = machineWith(['nop']);
  m.setTagCheckMode('sync');
  m.writeTags(TAGGED, [5]);
  assert.equal(m.writeMemory(tagged(TAGGED, 9), new Uint8Array([1, 2, 3])), 3);
  assert.deepEqual([...m.readMemory(tagged(TAGGED, 3), 3).data], [1, 2, 3]);
  assert.equal(m.writeMemory(CODE + 0x10n, new Uint8Array([0xaa])), 1, 'read-only code is writable by the debugger');
  const r = m.readMemory(UNTAGGED + 0x10000n - 4n, 8);
  assert.equal(r.readableLength, 4);
  assert.equal(m.instructionCount, 0);
});

test('debugger memory access: bits 48-55 set reach nothing (a guest access faults there), the top byte is ignored', () => {
  const m = machineWith(['nop']);
  m.writeTags(TAGGED, [5]);
  assert.equal(m.writeMemory(TAGGED, new Uint8Array([7, 8])), 2);
  const noncanonical = TAGGED | (0x10n << 48n);
  assert.equal(m.readMemory(noncanonical, 2).readableLength, 0);
  assert.equal(m.writeMemory(noncanonical, new Uint8Array([1])), 0);
  assert.deepEqual(m.readTags(noncanonical, 1), [null]);
  assert.equal(m.writeTags(noncanonical, [3]), 0);
  assert.deepEqual([...m.readMemory(TAGGED | (0xa5n << 56n), 2).data], [7, 8]);
  assert.deepEqual(m.readTags(TAGGED, 1), [5]);
});

test('readTags / writeTags: null for untagged or unmapped, writes stop at untagged memory', () => {
  const m = machineWith(['nop']);
  assert.equal(m.writeTags(TAGGED + 0x10000n - 32n, [1, 2, 3]), 2);
  assert.deepEqual(m.readTags(TAGGED + 0x10000n - 32n, 3), [1, 2, null]);
  assert.deepEqual(m.readTags(UNTAGGED, 1), [null]);
  assert.deepEqual(m.readTags(TAGGED + 5n, 2), [0, 0]);
});

test('regions, protect and unmap: permission and translation faults', () => {
  const m = machineWith(['str x1, [x0]', 'ldr x2, [x0]']);
  const names = m.regions().map((r) => [r.start, r.tagged, r.write]);
  assert.deepEqual(names.find((r) => r[0] === TAGGED), [TAGGED, true, true]);
  m.protect(UNTAGGED, 0x1000, { read: true, write: false, execute: false, tagged: false });
  m.setX(0, UNTAGGED + 8n);
  let stop = m.run({ maxSteps: 1 });
  assert.ok(stop.kind === 'signal' && stop.fault?.kind === 'permission' && stop.fault.access === 'write');
  assert.equal(stop.kind === 'signal' ? stop.code : 0, 2);
  m.unmap(UNTAGGED, 0x1000);
  stop = m.run({ maxSteps: 1 });
  assert.ok(stop.kind === 'signal' && stop.fault?.kind === 'unmapped' && stop.fault.address === UNTAGGED + 8n);
  assert.equal(m.regions().filter((r) => r.start === UNTAGGED + 0x1000n).length, 1);
});

test('addresses with bits 55:48 set are translation faults; bits 63:56 are ignored (TBI)', () => {
  const m = machineWith(['ldr x2, [x0]', 'ldr x3, [x1]']);
  m.setX(0, 0xff00000200000000n);
  m.setX(1, 0x0001000200000000n);
  const stop = m.run({ maxSteps: 2 });
  assert.equal(m.getPC(), CODE + 4n);
  assert.ok(stop.kind === 'signal' && stop.fault?.kind === 'unmapped' && stop.fault.address === 0x0001000200000000n);
});

test('the memory limit: touching a page beyond it is a memoryLimit fault', () => {
  const m = createMachine({ memoryLimitBytes: 3 * 4096 });
  m.map(CODE, 4096, { read: true, write: false, execute: true, tagged: false });
  m.writeMemory(CODE, new Uint8Array([0x20, 0x00, 0x00, 0xf9, 0x20, 0x04, 0x00, 0xf9])); // str x0,[x1]; str x0,[x1,#8]
  m.map(UNTAGGED, 0x100000, { read: true, write: true, execute: false, tagged: false });
  m.setPC(CODE);
  m.setX(1, UNTAGGED);
  assert.equal(m.run({ maxSteps: 1 }).kind, 'limit');
  m.setX(1, UNTAGGED + 0x10000n);
  m.setPC(CODE);
  const inUse = m.memoryInUseBytes;
  assert.equal(inUse, 2 * 4096);
  const stop = m.run({ maxSteps: 1 });
  assert.equal(stop.kind, 'limit');
  m.setX(1, UNTAGGED + 0x20000n);
  m.setPC(CODE);
  const s2 = m.run({ maxSteps: 1 });
  assert.ok(s2.kind === 'signal' && s2.fault?.kind === 'memoryLimit' && s2.fault.limitBytes === 3 * 4096);
});

test('step, until, maxSteps, breakpoints (resuming executes the breakpoint instruction)', () => {
  const m = machineWith(['add x0, x0, #1', 'add x0, x0, #1', 'add x0, x0, #1', 'add x0, x0, #1']);
  assert.deepEqual(m.step(), { kind: 'step', pc: CODE + 4n });
  assert.deepEqual(m.run({ until: CODE + 12n }), { kind: 'breakpoint', pc: CODE + 12n });
  assert.equal(m.getX(0), 3n);
  m.setPC(CODE);
  m.addBreakpoint(CODE + 4n);
  assert.deepEqual(m.run(), { kind: 'breakpoint', pc: CODE + 4n });
  assert.deepEqual(m.run({ maxSteps: 2 }), { kind: 'limit', pc: CODE + 12n });
});

test('watchpoints: write, read, access and tag writes', () => {
  const m = machineWith(['str x1, [x0]', 'ldr x2, [x0, #8]', 'stg x0, [x0, #16]', 'add x3, x3, #1']);
  m.setX(0, TAGGED);
  const w = m.addWatchpoint(TAGGED, 8, 'write');
  const r = m.addWatchpoint(TAGGED + 8n, 8, 'read');
  const t = m.addWatchpoint(TAGGED + 16n, 16, 'tag');
  let stop = m.run();
  assert.deepEqual(stop, { kind: 'watchpoint', id: w, address: TAGGED, access: 'write', pc: CODE + 4n });
  stop = m.run();
  assert.deepEqual(stop, { kind: 'watchpoint', id: r, address: TAGGED + 8n, access: 'read', pc: CODE + 8n });
  stop = m.run();
  assert.deepEqual(stop, { kind: 'watchpoint', id: t, address: TAGGED + 16n, access: 'tag', pc: CODE + 12n });
  m.removeWatchpoint(w);
});

test('tag history: old and new tag, pc and instruction count, newest first', () => {
  const m = machineWith(['stg x1, [x0]', 'stg x2, [x0]']);
  m.setX(0, TAGGED);
  m.setX(1, tagged(TAGGED, 4));
  m.setX(2, tagged(TAGGED, 9));
  m.run({ maxSteps: 2 });
  const h = m.tagHistory(TAGGED + 3n);
  assert.deepEqual(h.map((e) => [e.oldTag, e.newTag, e.pc, e.instructionCount]), [[4, 9, CODE + 4n, 1], [0, 4, CODE, 0]]);
});

test('requestPause: run returns paused', () => {
  const m = machineWith(['b 0x400000']);
  m.requestPause();
  assert.deepEqual(m.run(), { kind: 'paused', pc: CODE });
});

test('snapshot/restore brings back registers, memory, tags and MTE state', () => {
  const m = machineWith(['str x1, [x0]', 'stg x2, [x0]', 'add x1, x1, #1']);
  m.setTagCheckMode('async');
  m.setX(0, TAGGED);
  m.setX(1, 0x42n);
  m.setX(2, tagged(TAGGED, 6));
  const snap = m.snapshot();
  m.run({ maxSteps: 3 });
  assert.equal(m.readTags(TAGGED, 1)[0], 6);
  m.setTagCheckMode('sync');
  m.restore(snap);
  assert.equal(m.getX(1), 0x42n);
  assert.equal(m.getPC(), CODE);
  assert.equal(m.readTags(TAGGED, 1)[0], 0);
  assert.equal(m.readMemory(TAGGED, 1).data[0], 0);
  assert.equal(m.mteState().mode, 'async');
  assert.equal(m.instructionCount, 0);
  m.run({ maxSteps: 3 });
  assert.equal(m.readMemory(TAGGED, 1).data[0], 0x42);
});

test('several machines run independently in one process', () => {
  const a = machineWith(['add x0, x0, #1', 'b 0x400000'], { seed: 1 });
  const b = machineWith(['add x0, x0, #2', 'b 0x400000'], { seed: 2 });
  a.run({ maxSteps: 1000 });
  b.run({ maxSteps: 500 });
  assert.equal(a.getX(0), 500n);
  assert.equal(b.getX(0), 500n);
});

test('self-modifying code: a store into code (after making it writable) runs the new instruction', () => {
  const m = machineWith(['str w1, [x0]', 'add x2, x2, #1']);
  m.protect(CODE, 4096, { read: true, write: true, execute: true, tagged: false });
  m.setX(0, CODE + 4n);
  m.setX(1, 0x91000c42n); // add x2, x2, #3
  m.run({ maxSteps: 2 });
  assert.equal(m.getX(2), 3n);
});

test('unaligned exclusives, LSE atomics and acquire/release fault (SIGBUS, no FEAT_LSE2); plain accesses do not', () => {
  for (const line of ['ldxr x1, [x0]', 'stlr w1, [x0]', 'ldar x1, [x0]', 'ldapr w1, [x0]', 'ldadd x1, x2, [x0]', 'cas w1, w2, [x0]', 'ldaxp x1, x2, [x0]']) {
    const m = machineWith([line]);
    m.setX(0, UNTAGGED + 2n);
    const stop = m.run({ maxSteps: 1 });
    assert.ok(stop.kind === 'signal' && stop.fault?.kind === 'alignment' && stop.signal === 7, line);
  }
  const m = machineWith(['ldr x1, [x0]', 'stp x1, x1, [x0, #8]', 'ldrh w2, [x0, #1]']);
  m.setX(0, UNTAGGED + 2n);
  assert.equal(m.run({ maxSteps: 3 }).kind, 'limit');
});

test('debugger tag writes leave no tag history and trigger no tag watchpoint', () => {
  const m = machineWith(['add x0, x0, #1']);
  m.addWatchpoint(TAGGED, 16, 'tag');
  assert.equal(m.writeTags(TAGGED, [7]), 1);
  assert.deepEqual(m.tagHistory(TAGGED), []);
  assert.deepEqual(m.run({ maxSteps: 1 }), { kind: 'limit', pc: CODE + 4n });
  assert.deepEqual(m.readTags(TAGGED, 1), [7]);
});

test('bad debugger input never throws: huge or negative lengths, NaN sizes', () => {
  const m = machineWith(['nop']);
  assert.equal(m.readMemory(TAGGED, 1e15).data.length <= 1 << 26, true);
  assert.equal(m.readMemory(TAGGED, -5).readableLength, 0);
  assert.equal(m.readTags(TAGGED, Number.NaN).length, 0);
  m.map(0x500000000n, Number.NaN, { read: true, write: true, execute: false, tagged: false });
  m.unmap(0x500000000n, -1);
  assert.equal(m.regions().some((r) => r.start === 0x500000000n), false);
});
