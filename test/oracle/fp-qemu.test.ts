// Seeded random differential test of the floating-point forms against qemu-aarch64 -cpu max: thousands of
// one-instruction cases (test/machine/fpHarness.ts) with random and edge operands under random FPCR settings; V0-V3,
// X0, X1, FPSR and NZCV must match qemu's, except where the Arm ARM and qemu differ (fpQemu.ts armDivergence, counted
// and printed). Also checks that the committed fixture test/machine/fixtures/fp-qemu.json matches a fresh qemu run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BF16_TEMPLATES, COMPLEX_TEMPLATES, FHM_TEMPLATES, describe, EXTRA_TEMPLATES, generateCases, runOurs, SCALAR_TEMPLATES, VECTOR_TEMPLATES } from '../machine/fpHarness.js';
import { armDivergence, missingFpTools, runQemu } from './fpQemu.js';

const missing = missingFpTools();
const SEEDS = [1, 2, 3, 4];
const PER_SEED = 5000;

const TEMPLATES = { scalar: SCALAR_TEMPLATES, vector: VECTOR_TEMPLATES, extra: EXTRA_TEMPLATES, complex: COMPLEX_TEMPLATES, fhm: FHM_TEMPLATES, bf16: BF16_TEMPLATES } as const;

for (const [kind, templates] of Object.entries(TEMPLATES)) for (const seed of SEEDS) {
  test(`fp differential vs qemu, ${kind}, seed ${seed} (${PER_SEED} cases)`, { skip: missing }, () => {
    const cases = generateCases(seed * 7919, PER_SEED, templates);
    const theirs = runQemu(cases);
    const ours = runOurs(cases);
    const bad: string[] = [];
    let divergences = 0;
    cases.forEach((c, i) => {
      const expected = armDivergence(c, theirs[i]!);
      if (expected.reason) divergences++;
      if (ours[i] !== expected.result) bad.push(describe(c, ours[i]!, expected.result));
    });
    console.log(`${kind} seed ${seed}: ${cases.length} cases, ${bad.length} differ, ${divergences} Arm ARM/qemu divergences`);
    assert.deepEqual(bad.slice(0, 10), [], `${bad.length} of ${cases.length} cases differ`);
  });
}

test('test/machine/fixtures/fp-qemu.json matches a fresh qemu run', { skip: missing }, () => {
  const fixture = JSON.parse(readFileSync(join(__dirname, '..', 'machine', 'fixtures', 'fp-qemu.json'), 'utf8')) as { sets: { name: string; seed: number; count: number; results: string[] }[] };
  for (const set of fixture.sets) {
    const cases = generateCases(set.seed, set.count, TEMPLATES[set.name as keyof typeof TEMPLATES]);
    const fresh = runQemu(cases).map((r, i) => armDivergence(cases[i]!, r).result);
    const stale = fresh.flatMap((r, i) => (r === set.results[i] ? [] : [i]));
    assert.deepEqual(stale.slice(0, 10), [], `${set.name}: ${stale.length} stale results (run node --import tsx scripts/gen-fp-expectations.ts)`);
  }
});
