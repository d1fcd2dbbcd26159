// Every MTE tag-check rule (Arm ARM "Tag Checked accesses"; Linux memory-tagging-extension.rst): checked versus
// unchecked accesses (SP base with immediate, TCO, untagged pages), every granule of a multi-granule or
// page-crossing access, no partial writes, and the sync/async/asymmetric/none modes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { machineWith, tagged, TAGGED, UNTAGGED, CODE } from './helpers.js';
import type { StopReason, TagCheckFault } from '../../emulator/machine/api.js';

function tagFault(stop: StopReason): TagCheckFault {
  assert.equal(stop.kind, 'signal', `expected a signal stop, got ${stop.kind}`);
  assert.ok(stop.kind === 'signal' && stop.fault && stop.fault.kind === 'tagCheck', 'expected a tag check fault');
  return (stop as { fault: TagCheckFault }).fault;
}

test('sync: a load through a mismatching tag faults at the load, destination unchanged', () => {
  const m = machineWith(['ldr x0, [x1]']);
  m.setTagCheckMode('sync');
  m.writeTags(TAGGED, [3]);
  m.setX(0, 0x1234n);
  m.setX(1, tagged(TAGGED, 5));
  const f = tagFault(m.run({ maxSteps: 1 }));
  assert.equal(f.mode, 'sync');
  assert.equal(f.access, 'read');
  assert.equal(f.logicalTag, 5);
  assert.equal(f.allocationTag, 3);
  assert.equal(f.address, tagged(TAGGED, 5));
  assert.equal(f.granule, TAGGED);
  assert.equal(f.pc, CODE);
  assert.equal(f.size, 8);
  assert.equal(m.getX(0), 0x1234n);
  assert.equal(m.getPC(), CODE);
});

test('sync: matching tags load normally', () => {
  const m = machineWith(['ldr x0, [x1, #16]']);
  m.setTagCheckMode('sync');
  m.writeTags(TAGGED, [0, 7]);
  m.writeMemory(TAGGED + 16n, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
  m.setX(1, tagged(TAGGED, 7));
  assert.equal(m.run({ maxSteps: 1 }).kind, 'limit');
  assert.equal(m.getX(0), 0x0807060504030201n);
});

test('SP base with an immediate offset is unchecked; SP with a register offset is checked', () => {
  const m = machineWith(['ldr x0, [sp, #16]', 'stp x0, x0, [sp, #32]', 'ldr x2, [sp, x3]']);
  m.setTagCheckMode('sync');
  m.writeTags(TAGGED, [1, 1, 1, 1]);
  m.setSP(tagged(TAGGED, 9));
  m.setX(3, 0n);
  const stop = m.run({ maxSteps: 3 });
  const f = tagFault(stop);
  assert.equal(f.pc, CODE + 8n);
  assert.equal(f.logicalTag, 9);
  assert.equal(f.allocationTag, 1);
});

test('SP base with write-back (pre/post-index) is checked (Arm ARM: tagchecked = wback || n != 31)', () => {
  for (const line of ['ldr x0, [sp], #16', 'str x0, [sp, #-16]!', 'ldp x0, x1, [sp], #16']) {
    const m = machineWith([line]);
    m.setTagCheckMode('sync');
    m.writeTags(TAGGED, [1, 1, 1, 1, 1]);
    m.setSP(tagged(TAGGED + 32n, 9));
    const f = tagFault(m.run({ maxSteps: 1 }));
    assert.equal(f.logicalTag, 9, line);
    assert.equal(m.getSP(), tagged(TAGGED + 32n, 9), `${line}: no write-back`);
  }
});

test('PSTATE.TCO = 1 makes accesses unchecked', () => {
  const m = machineWith(['ldr x0, [x1]', 'str x0, [x1, #8]']);
  m.setTagCheckMode('sync');
  m.writeTags(TAGGED, [2]);
  m.setTagCheckOverride(true);
  m.setX(1, tagged(TAGGED, 6));
  assert.equal(m.run({ maxSteps: 2 }).kind, 'limit');
});

test('accesses to untagged (non-PROT_MTE) memory are never checked', () => {
  const m = machineWith(['str x0, [x1]', 'ldr x2, [x1]']);
  m.setTagCheckMode('sync');
  m.setX(0, 77n);
  m.setX(1, tagged(UNTAGGED, 0xf));
  assert.equal(m.run({ maxSteps: 2 }).kind, 'limit');
  assert.equal(m.getX(2), 77n);
});

test('an unaligned access spanning two granules checks the second granule too', () => {
  const m = machineWith(['ldr x0, [x1]']);
  m.setTagCheckMode('sync');
  m.writeTags(TAGGED, [4, 5]);
  m.setX(1, tagged(TAGGED + 12n, 4));
  const f = tagFault(m.run({ maxSteps: 1 }));
  assert.equal(f.granule, TAGGED + 16n);
  assert.equal(f.allocationTag, 5);
});

test('a store pair whose second granule mismatches writes nothing (no partial write)', () => {
  const m = machineWith(['stp x2, x3, [x1]']);
  m.setTagCheckMode('sync');
  m.writeTags(TAGGED, [4, 6]);
  m.setX(1, tagged(TAGGED + 8n, 4));
  m.setX(2, 0x1111111111111111n);
  m.setX(3, 0x2222222222222222n);
  tagFault(m.run({ maxSteps: 1 }));
  assert.deepEqual([...m.readMemory(TAGGED, 32).data], new Array(32).fill(0));
});

test('a page-crossing store checks the granule on the next page and writes neither page', () => {
  const m = machineWith(['str x2, [x1]']);
  m.setTagCheckMode('sync');
  const pageEnd = TAGGED + 0x1000n;
  m.writeTags(pageEnd - 16n, [8, 9]);
  m.setX(1, tagged(pageEnd - 4n, 8));
  m.setX(2, -1n & 0xffffffffffffffffn);
  const f = tagFault(m.run({ maxSteps: 1 }));
  assert.equal(f.granule, pageEnd);
  assert.equal(f.access, 'write');
  assert.deepEqual([...m.readMemory(pageEnd - 4n, 8).data], new Array(8).fill(0));
});

test('async: the store is performed and the first fault is kept pending with its pc', () => {
  const m = machineWith(['str x2, [x1]', 'str x2, [x1, #16]', 'add x0, x0, #0']);
  m.setTagCheckMode('async');
  m.writeTags(TAGGED, [1, 2]);
  m.setX(1, tagged(TAGGED, 3));
  m.setX(2, 0x55n);
  assert.equal(m.run({ maxSteps: 3 }).kind, 'limit');
  assert.equal(m.readMemory(TAGGED, 1).data[0], 0x55);
  assert.equal(m.readMemory(TAGGED + 16n, 1).data[0], 0x55);
  const pending = m.mteState().pendingAsyncFault;
  assert.ok(pending);
  assert.equal(pending.mode, 'async');
  assert.equal(pending.pc, CODE);
  assert.equal(pending.granule, TAGGED);
  assert.equal(m.takePendingAsyncFault()?.pc, CODE);
  assert.equal(m.takePendingAsyncFault(), undefined);
});

test('async: without a kernel entry the fault is handed over after the bound', () => {
  // str; b . (spins forever, as QEMU's mte-3 test)
  const m = machineWith(['str x2, [x1]', 'b 0x400004'], { asyncFaultBound: 1000 });
  m.setTagCheckMode('async');
  m.writeTags(TAGGED, [1]);
  m.setX(1, tagged(TAGGED, 3));
  let delivered: TagCheckFault | undefined;
  let at = 0;
  m.setExceptionHandler({
    supervisorCall: () => undefined,
    fault: () => ({ kind: 'exit', code: 1 }),
    asyncFaultDue: (machine, fault) => { delivered = fault; at = machine.instructionCount; return { kind: 'exit', code: 0 }; },
  });
  const stop = m.run({ maxSteps: 100000 });
  assert.deepEqual(stop, { kind: 'exit', code: 0 });
  assert.ok(delivered);
  assert.equal(delivered.pc, CODE);
  assert.ok(at >= 1000 && at < 2000, `delivered at ${at}`);
});

test('asymmetric: reads fault synchronously, writes are async', () => {
  const m = machineWith(['str x2, [x1]', 'ldr x3, [x1]']);
  m.setTagCheckMode('asymmetric');
  m.writeTags(TAGGED, [1]);
  m.setX(1, tagged(TAGGED, 2));
  m.setX(2, 9n);
  const f = tagFault(m.run({ maxSteps: 2 }));
  assert.equal(f.mode, 'sync');
  assert.equal(f.access, 'read');
  assert.equal(f.pc, CODE + 4n);
  assert.equal(m.mteState().pendingAsyncFault?.access, 'write');
  assert.equal(m.readMemory(TAGGED, 1).data[0], 9);
});

test('mode none: nothing is checked', () => {
  const m = machineWith(['str x2, [x1]', 'ldr x3, [x1]']);
  m.setTagCheckMode('none');
  m.writeTags(TAGGED, [1]);
  m.setX(1, tagged(TAGGED, 2));
  m.setX(2, 9n);
  assert.equal(m.run({ maxSteps: 2 }).kind, 'limit');
  assert.equal(m.getX(3), 9n);
  assert.equal(m.mteState().pendingAsyncFault, undefined);
});

test('LSE atomics and exclusives are checked; a mismatching CAS writes nothing', () => {
  const m = machineWith(['cas x2, x3, [x1]']);
  m.setTagCheckMode('sync');
  m.writeTags(TAGGED, [1]);
  m.setX(1, tagged(TAGGED, 2));
  m.setX(3, 5n);
  tagFault(m.run({ maxSteps: 1 }));
  assert.equal(m.readMemory(TAGGED, 1).data[0], 0);
});

test('DC ZVA is a checked store of the whole 64-byte block: one mismatching granule faults and nothing is zeroed', () => {
  const m = machineWith(['dc zva, x0']);
  m.setTagCheckMode('sync');
  m.writeTags(TAGGED, [3, 3, 3, 4]);
  m.writeMemory(TAGGED, new Uint8Array(64).fill(0xee));
  m.setX(0, tagged(TAGGED + 8n, 3));
  const f = tagFault(m.run({ maxSteps: 1 }));
  assert.equal(f.granule, TAGGED + 48n);
  assert.equal(f.size, 64);
  assert.deepEqual([...m.readMemory(TAGGED, 64).data], new Array(64).fill(0xee));
  m.writeTags(TAGGED + 48n, [3]);
  assert.equal(m.run({ maxSteps: 1 }).kind, 'limit');
  assert.deepEqual([...m.readMemory(TAGGED, 64).data], new Array(64).fill(0));
});
