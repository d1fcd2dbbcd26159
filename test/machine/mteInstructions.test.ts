// MTE data-processing instructions: IRG (determinism per seed, GCR_EL1.Exclude from the include mask, the Xm
// exclusion mask, all-excluded -> 0), ADDG/SUBG (address and tag offset with exclusion), GMI, SUBP/SUBPS.
// Expected values follow the Arm ARM definitions (ChooseNonExcludedTag); the qemu cases cover them end to end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { machineWith, tagged, TAGGED, CODE } from './helpers.js';
import { chooseNonExcludedTag, irgTag, randomTag, rgsrForSeed } from '../../emulator/machine/mteTags.js';

function tagOf(v: bigint): number {
  return Number((v >> 56n) & 0xfn);
}

function irgSequence(seed: number, count: number, include = 0xffff, xm = 0n): number[] {
  const m = machineWith(Array.from({ length: count }, (_, i) => `irg x${i % 8}, x9, x10`), { seed });
  m.setIncludeMask(include);
  m.setX(9, TAGGED);
  m.setX(10, xm);
  const tags: number[] = [];
  for (let i = 0; i < count; i++) {
    m.step();
    tags.push(tagOf(m.getX(i % 8)));
    assert.equal(m.getX(i % 8) & 0x00ffffffffffffffn, TAGGED, 'IRG keeps the address bits');
  }
  return tags;
}

test('IRG: same seed, same tags; different seeds differ', () => {
  const a = irgSequence(1234, 24);
  const b = irgSequence(1234, 24);
  const c = irgSequence(999, 24);
  assert.deepEqual(a, b);
  assert.notDeepEqual(a, c);
});

test('IRG: never produces an excluded tag (include mask and Xm); covers the included ones', () => {
  const include = 0b0000_0000_1111_0110; // tags 1, 2, 4, 5, 6, 7
  const xm = 1n << 5n; // also exclude 5
  const tags = irgSequence(77, 64, include, xm);
  const allowed = new Set([1, 2, 4, 6, 7]);
  for (const t of tags) assert.ok(allowed.has(t), `tag ${t} is excluded`);
  assert.deepEqual(new Set(tags), allowed);
});

test('IRG: with every tag excluded the tag is 0; with one tag included it is that tag', () => {
  assert.deepEqual(irgSequence(5, 4, 0), [0, 0, 0, 0]);
  assert.deepEqual(irgSequence(5, 4, 1 << 11), [11, 11, 11, 11]);
});

test('RandomTag LFSR: four steps of the 16-bit LFSR x^16+x^14+x^13+x^11 form (bits 5,3,2,0 taps)', () => {
  // Seed 1: bit0=1 -> top=1; the tag's bit i is the i-th generated top bit.
  const r = randomTag(rgsrForSeed(1));
  assert.equal(r.tag & 1, 1);
  // The generator never sticks at zero for a non-zero seed and its period is long.
  let rgsr = rgsrForSeed(0xace1);
  const seen = new Set<number>();
  for (let i = 0; i < 4096; i++) { rgsr = randomTag(rgsr).rgsr; seen.add(rgsr >>> 8); }
  assert.ok(seen.size > 4000);
  const t = irgTag(rgsrForSeed(3), 0xfffe);
  assert.equal(t.tag, 0);
});

test('ChooseNonExcludedTag: offset steps skip excluded tags; offset 0 moves off an excluded start', () => {
  assert.equal(chooseNonExcludedTag(3, 1, 0), 4);
  assert.equal(chooseNonExcludedTag(3, 1, 1 << 4), 5);
  assert.equal(chooseNonExcludedTag(15, 1, 1 << 0), 1);
  assert.equal(chooseNonExcludedTag(2, 0, 1 << 2), 3);
  assert.equal(chooseNonExcludedTag(2, 0, 0), 2);
  assert.equal(chooseNonExcludedTag(7, 3, 0xffff), 0);
});

test('ADDG/SUBG: address +/- uimm6*16, tag stepped by uimm4 with GCR_EL1.Exclude', () => {
  const m = machineWith(['addg x0, x1, #32, #2', 'subg x2, x1, #16, #1', 'addg x3, x1, #0, #0']);
  m.setIncludeMask(0xffff & ~(1 << 4) & ~(1 << 2)); // exclude 2 and 4
  m.setX(1, tagged(TAGGED + 0x100n, 3));
  m.run({ maxSteps: 3 });
  assert.equal(m.getX(0), tagged(TAGGED + 0x120n, 6)); // 3 -> 5 (skip 4) -> 6
  assert.equal(m.getX(2), tagged(TAGGED + 0xf0n, 5)); // 3 -> 5 (skip 4)
  assert.equal(m.getX(3), tagged(TAGGED + 0x100n, 3));
});

test('GMI sets the bit of the pointer tag; SUBP/SUBPS subtract 56-bit sign-extended pointers', () => {
  const m = machineWith(['gmi x0, x1, x2', 'subp x3, x4, x1', 'subps x5, x1, x4']);
  m.setX(1, tagged(TAGGED + 0x40n, 9));
  m.setX(2, 0x3n);
  m.setX(4, tagged(TAGGED, 2));
  m.run({ maxSteps: 3 });
  assert.equal(m.getX(0), 0x203n);
  assert.equal(m.getX(3), (-0x40n) & 0xffffffffffffffffn);
  assert.equal(m.getX(5), 0x40n);
  assert.equal(m.getNZCV() >>> 28, 0b0010); // C set (no borrow), not zero, not negative
});

test('setRandomTagSeed restarts the IRG sequence and mteState reports the seed', () => {
  const m = machineWith(['irg x0, x9', 'irg x1, x9', 'irg x2, x9'], { seed: 42 });
  m.setIncludeMask(0xffff);
  m.run({ maxSteps: 3 });
  const first = [m.getX(0), m.getX(1), m.getX(2)];
  m.setRandomTagSeed(42);
  m.setPC(CODE);
  m.run({ maxSteps: 3 });
  assert.deepEqual([m.getX(0), m.getX(1), m.getX(2)], first);
  assert.equal(m.mteState().randomTagSeed, 42);
  assert.equal(m.mteState().includeMask, 0xffff);
});
