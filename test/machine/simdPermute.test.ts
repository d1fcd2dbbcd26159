// SIMD copy/permute/table/modified-immediate forms on the machine: every program qemu recorded in
// test/machine/fixtures/simdPermute-qemu.json on all three execution tiers, plus edge cases read through the machine
// API (overlapping source and destination, TBX keeping out-of-range bytes, 64-bit results zeroing the upper half).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { machineWith } from './helpers.js';
import { TIERS, checkCase, loadFixture } from './simdLoadStoreFixture.js';

for (const c of loadFixture('simdPermute-qemu.json')) for (const [tier, threshold] of TIERS) {
  test(`qemu case ${c.name} (${tier})`, () => checkCase(c, threshold));
}

const bytes = (start: number) => Uint8Array.from({ length: 16 }, (_, i) => start + i);

test('zip1 with the destination as a source reads both sources first', () => {
  const m = machineWith(['zip1 v0.4s, v0.4s, v1.4s']);
  m.setV(0, bytes(0));
  m.setV(1, bytes(0x10));
  m.run({ maxSteps: 1 });
  assert.deepEqual([...m.getV(0)], [0, 1, 2, 3, 0x10, 0x11, 0x12, 0x13, 4, 5, 6, 7, 0x14, 0x15, 0x16, 0x17]);
});

test('tbx keeps destination bytes for out-of-range indexes; tbl zeroes them; 8b forms clear the upper half', () => {
  const m = machineWith(['tbx v2.16b, {v0.16b, v1.16b}, v3.16b', 'tbl v4.8b, {v0.16b}, v3.8b']);
  m.setV(0, bytes(0x40));
  m.setV(1, bytes(0x50));
  m.setV(2, new Uint8Array(16).fill(0xee));
  m.setV(3, Uint8Array.from([0, 31, 32, 255, 16, 15, 1, 17, 0, 0, 0, 0, 0, 0, 0, 40]));
  m.setV(4, new Uint8Array(16).fill(0xdd));
  m.run({ maxSteps: 2 });
  assert.deepEqual([...m.getV(2)], [0x40, 0x5f, 0xee, 0xee, 0x50, 0x4f, 0x41, 0x51, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0xee]);
  assert.deepEqual([...m.getV(4)], [0x40, 0, 0, 0, 0, 0x4f, 0x41, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
});

test('movi d0 / movi v1.2d / fmov v2.2d expand their immediates', () => {
  const m = machineWith(['movi d0, #0xff00ff0000ff00ff', 'movi v1.2d, #0xffffffff00000000', 'fmov v2.2d, #-0.125']);
  m.setV(0, new Uint8Array(16).fill(0x11));
  m.run({ maxSteps: 3 });
  assert.deepEqual([...m.getV(0)], [0xff, 0, 0xff, 0, 0, 0xff, 0, 0xff, 0, 0, 0, 0, 0, 0, 0, 0]);
  assert.deepEqual([...m.getV(1)], [0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff]);
  const d = new DataView(m.getV(2).buffer);
  assert.equal(d.getFloat64(0, true), -0.125);
  assert.equal(d.getFloat64(8, true), -0.125);
});
