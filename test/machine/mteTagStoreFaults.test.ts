// MTE tag loads and stores (LDG, STG, ST2G, STZG, STGP) on unmapped and read-only memory: translation faults are
// SIGSEGV SEGV_MAPERR at the address of the failing granule (ST2G's second granule when only it is unmapped), a
// mapped read-only page is SEGV_ACCERR, and nothing is written. Expectations from qemu-aarch64 -cpu max running
// /work/helper-notes/hunt-repro/mte-tagstore-faults.c (Linux agrees: tag accesses translate like data accesses).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { machineWith, tagged, TAGGED } from './helpers.js';
import type { StopReason } from '../../emulator/machine/api.js';

const SIGSEGV = 11, SEGV_MAPERR = 1, SEGV_ACCERR = 2;

function accessFault(stop: StopReason): { kind: string; address: bigint; access: string; code: number } {
  assert.equal(stop.kind, 'signal');
  const s = stop as { signal: number; code: number; fault?: { kind: string; address?: bigint; access?: string } };
  assert.equal(s.signal, SIGSEGV);
  assert.ok(s.fault && s.fault.address !== undefined, 'expected a data-access fault');
  return { kind: s.fault.kind, address: s.fault.address! & 0x00ffffffffffffffn, access: s.fault.access!, code: s.code };
}

/** The tagged region with its second page unmapped. */
function withHole(lines: string[]) {
  const m = machineWith(lines);
  m.unmap(TAGGED + 0x1000n, 0x1000);
  return m;
}

test('LDG from an unmapped page faults: SEGV_MAPERR at that address, Xt unchanged', () => {
  const m = withHole(['ldg x0, [x1]']);
  m.setX(0, 0x1234n);
  m.setX(1, tagged(TAGGED + 0x1000n, 3));
  const f = accessFault(m.run({ maxSteps: 1 }));
  assert.deepEqual([f.kind, f.code, f.address, f.access], ['unmapped', SEGV_MAPERR, TAGGED + 0x1000n, 'read']);
  assert.equal(m.getX(0), 0x1234n);
  assert.equal(m.getPC(), 0x400000n);
});

test('LDG aligns the address down before translating: unmapped page + 9 faults at the aligned address', () => {
  const m = withHole(['ldg x0, [x1]']);
  m.setX(1, tagged(TAGGED + 0x1009n, 3));
  const f = accessFault(m.run({ maxSteps: 1 }));
  assert.deepEqual([f.code, f.address], [SEGV_MAPERR, TAGGED + 0x1000n]);
});

for (const insn of ['stg x1, [x1]', 'stzg x1, [x1]', 'st2g x1, [x1]', 'stz2g x1, [x1]', 'stgp xzr, xzr, [x1]']) {
  test(`${insn} to an unmapped page: SEGV_MAPERR at that address`, () => {
    const m = withHole([insn]);
    m.setX(1, tagged(TAGGED + 0x1000n, 3));
    const f = accessFault(m.run({ maxSteps: 1 }));
    assert.deepEqual([f.kind, f.code, f.address, f.access], ['unmapped', SEGV_MAPERR, TAGGED + 0x1000n, 'write']);
  });
}

test('ST2G whose second granule is on an unmapped page: fault at the second granule, first tag unchanged', () => {
  const m = withHole(['st2g x1, [x1]']);
  m.setX(1, tagged(TAGGED + 0xff0n, 3));
  const f = accessFault(m.run({ maxSteps: 1 }));
  assert.deepEqual([f.code, f.address], [SEGV_MAPERR, TAGGED + 0x1000n]);
  assert.deepEqual(m.readTags(TAGGED + 0xff0n, 1), [0]);
});

test('STZ2G whose second granule is unmapped zeroes nothing', () => {
  const m = withHole(['stz2g x1, [x1]']);
  m.writeMemory(TAGGED + 0xff0n, new Uint8Array(16).fill(0xaa));
  m.setX(1, tagged(TAGGED + 0xff0n, 3));
  const f = accessFault(m.run({ maxSteps: 1 }));
  assert.equal(f.address, TAGGED + 0x1000n);
  assert.deepEqual([...m.readMemory(TAGGED + 0xff0n, 16).data], new Array(16).fill(0xaa));
});

test('STG to a mapped read-only PROT_MTE page: SEGV_ACCERR at the address', () => {
  const m = machineWith(['stg x1, [x1]']);
  m.protect(TAGGED, 0x1000, { read: true, write: false, execute: false, tagged: true });
  m.setX(1, tagged(TAGGED + 0x20n, 2));
  const f = accessFault(m.run({ maxSteps: 1 }));
  assert.deepEqual([f.kind, f.code, f.address], ['permission', SEGV_ACCERR, TAGGED + 0x20n]);
  assert.deepEqual(m.readTags(TAGGED + 0x20n, 1), [0]);
});
