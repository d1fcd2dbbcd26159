// The address of a synchronous tag check fault (FAR_EL1, si_addr) for accesses that span granules: the Arm ARM
// checks tags per part (an unaligned access byte by byte, LDP/STP and LD1..LD4/ST1..ST4 element by element), so
// the address is that of the first part in the mismatching granule, not the access start. Expectations from
// qemu-aarch64 -cpu max (a C program with these instructions, granules 0-3 tag 5, granule 4 tag 0, pointer tag 5:
// every case reports offset 0x40), which follows the pseudocode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { machineWith, tagged, TAGGED } from './helpers.js';
import type { StopReason, TagCheckFault } from '../../emulator/machine/api.js';

function tagFault(stop: StopReason): TagCheckFault {
  assert.ok(stop.kind === 'signal' && stop.fault && stop.fault.kind === 'tagCheck', 'expected a tag check fault');
  return (stop as { fault: TagCheckFault }).fault;
}

/** Runs one instruction with x1 = tagged(TAGGED + offset, 5), granules 0-3 tagged 5 and granule 4 tagged 0. */
function faultOf(insn: string, offset: bigint) {
  const m = machineWith([insn]);
  m.setTagCheckMode('sync');
  m.writeTags(TAGGED, [5, 5, 5, 5, 0, 5]);
  m.setX(1, tagged(TAGGED + offset, 5));
  return tagFault(m.run({ maxSteps: 1 }));
}

const cases: [string, bigint][] = [
  ['ldr x0, [x1]', 0x3cn],
  ['ldr w0, [x1]', 0x3en],
  ['str x0, [x1]', 0x3en],
  ['ldp x0, x2, [x1]', 0x38n],
  ['ldp w0, w2, [x1]', 0x3an],
  ['stp q0, q1, [x1]', 0x28n],
  ['ldr q0, [x1]', 0x31n],
  ['ld1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x1]', 0x10n],
  ['st1 {v0.16b, v1.16b}, [x1]', 0x30n],
  ['ld1 {v0.4s}, [x1]', 0x32n],
  ['ld2 {v0.8h, v1.8h}, [x1]', 0x21n],
  ['ld4 {v0.s, v1.s, v2.s, v3.s}[1], [x1]', 0x38n],
];

for (const [insn, offset] of cases) {
  test(`${insn} at +${offset.toString(16)}: fault address is the first part in the mismatching granule (+0x40)`, () => {
    const f = faultOf(insn, offset);
    assert.equal(f.address, tagged(TAGGED + 0x40n, 5), 'address keeps the pointer tag, points at granule 4');
    assert.equal(f.granule, TAGGED + 0x40n);
    assert.equal(f.allocationTag, 0);
  });
}

test('an access starting inside the mismatching granule faults at its start', () => {
  const f = faultOf('ldr x0, [x1]', 0x44n);
  assert.equal(f.address, tagged(TAGGED + 0x44n, 5));
  assert.equal(f.granule, TAGGED + 0x40n);
});

test('a page-crossing load faults at the first byte of the next page when only that granule mismatches', () => {
  const m = machineWith(['ldr x0, [x1]']);
  m.setTagCheckMode('sync');
  const pageEnd = TAGGED + 0x1000n;
  m.writeTags(pageEnd - 16n, [8, 9]);
  m.setX(1, tagged(pageEnd - 4n, 8));
  const f = tagFault(m.run({ maxSteps: 1 }));
  assert.equal(f.address, tagged(pageEnd, 8));
  assert.equal(f.granule, pageEnd);
});
