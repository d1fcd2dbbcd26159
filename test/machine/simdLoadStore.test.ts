// SIMD&FP loads/stores on the machine: every case qemu recorded in test/machine/fixtures/simdLoadStore-qemu.json (MTE
// fault cases and seeded random programs over every addressing mode, list, lane and replicate form) on all three
// execution tiers, plus the precise-fault rule read through the machine API: a SIMD&FP access that fails its tag check
// (or touches an unmapped page) in any granule changes no memory, no V register and no base register.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { machineWith, tagged, TAGGED, CODE } from './helpers.js';
import type { StopReason } from '../../emulator/machine/api.js';
import { TIERS, checkCase, loadFixture } from './simdLoadStoreFixture.js';

for (const c of loadFixture('simdLoadStore-qemu.json')) for (const [tier, threshold] of TIERS) {
  test(`qemu case ${c.name} (${tier})`, () => checkCase(c, threshold));
}

function tagFaultGranule(stop: StopReason): bigint {
  assert.equal(stop.kind, 'signal', `expected a signal stop, got ${stop.kind}`);
  assert.ok(stop.kind === 'signal' && stop.fault && stop.fault.kind === 'tagCheck', 'expected a tag check fault');
  return stop.fault.granule;
}

const pattern = (seed: number) => Uint8Array.from({ length: 16 }, (_, i) => (seed * 16 + i) & 0xff);

/** Each line accesses granules 0..k of TAGGED through tag 3; only the last granule it touches has tag 5. */
const faultingAccesses: [string, number][] = [
  ['ldr q0, [x1, #8]', 2],
  ['str q0, [x1, #8]', 2],
  ['ldp q0, q1, [x1], #32', 2],
  ['stp q0, q1, [x1, #32]!', 2],
  ['stnp d0, d1, [x1, #8]', 2],
  ['ld1 {v0.16b-v3.16b}, [x1], #64', 4],
  ['st4 {v0.4s-v3.4s}, [x1], x2', 4],
  ['st2 {v30.2d, v31.2d}, [x1]', 2],
  ['ld3 {v31.b, v0.b, v1.b}[15], [x1], #3', 1],
  ['st4 {v0.d-v3.d}[1], [x1], #32', 2],
  ['ld4r {v0.8h-v3.8h}, [x1], #8', 1],
];

for (const [line, granules] of faultingAccesses) {
  test(`sync tag fault in the last granule of '${line}' has no effect`, () => {
    const m = machineWith([line]);
    m.setTagCheckMode('sync');
    const offset = line.includes('#32]!') ? 32 : line.includes('[15]') ? 14 : 0;
    // Granules touched: from TAGGED + offset; the last one gets a different tag.
    const first = Math.floor(offset / 16);
    const tags = Array.from({ length: first + granules }, (_, i) => (i === first + granules - 1 ? 5 : 3));
    m.writeTags(TAGGED, tags);
    const before = Uint8Array.from({ length: 96 }, (_, i) => i ^ 0xa5);
    m.writeMemory(TAGGED, before);
    for (let v = 0; v < 32; v++) m.setV(v, pattern(v));
    const base = tagged(TAGGED + BigInt(line.includes('[15]') ? 14 : 0), 3);
    m.setX(1, base);
    m.setX(2, 64n);
    const granule = tagFaultGranule(m.run({ maxSteps: 1 }));
    assert.equal(granule, TAGGED + BigInt(16 * (first + granules - 1)));
    assert.deepEqual(m.readMemory(TAGGED, 96).data, before);
    for (let v = 0; v < 32; v++) assert.deepEqual(m.getV(v), pattern(v), `v${v} changed`);
    assert.equal(m.getX(1), base);
    assert.equal(m.getPC(), CODE);
  });
}

test('a pair of Q registers crossing into an unmapped page faults without writing the mapped half', () => {
  const m = machineWith(['stp q0, q1, [x1]', 'ld1 {v2.16b, v3.16b}, [x1]']);
  const end = TAGGED + 0x10000n; // the tagged region is 64 KiB
  m.setV(0, pattern(1));
  m.setV(1, pattern(2));
  m.setX(1, end - 16n);
  const stop = m.run({ maxSteps: 1 });
  assert.equal(stop.kind, 'signal');
  assert.deepEqual(m.readMemory(end - 16n, 16).data, new Uint8Array(16));
});

test('scalar loads zero the rest of the register; lane loads keep it; LD1R replicates', () => {
  const m = machineWith(['ldr b0, [x1]', 'ldr h1, [x1]', 'ldr s2, [x1]', 'ldr d3, [x1]', 'ld1 {v4.s}[2], [x1]', 'ld1r {v5.8h}, [x1]']);
  m.writeMemory(TAGGED, Uint8Array.from({ length: 16 }, (_, i) => i + 1));
  for (let v = 0; v < 6; v++) m.setV(v, new Uint8Array(16).fill(0xee));
  m.setX(1, TAGGED);
  assert.equal(m.run({ maxSteps: 6 }).kind, 'limit');
  const expect = (n: number, bytes: number[]) => assert.deepEqual([...m.getV(n)], bytes, `v${n}`);
  const z = (k: number) => new Array(k).fill(0);
  expect(0, [1, ...z(15)]);
  expect(1, [1, 2, ...z(14)]);
  expect(2, [1, 2, 3, 4, ...z(12)]);
  expect(3, [1, 2, 3, 4, 5, 6, 7, 8, ...z(8)]);
  expect(4, [...new Array(8).fill(0xee), 1, 2, 3, 4, 0xee, 0xee, 0xee, 0xee]);
  expect(5, [1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2]);
});
