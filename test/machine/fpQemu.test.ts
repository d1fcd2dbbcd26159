// Floating-point instructions against qemu-aarch64's results recorded in test/machine/fixtures/fp-qemu.json
// (scripts/gen-fp-expectations.ts): every seeded case (NaNs, infinities, denormals, signed zeros, ties, saturating
// conversions under random FPCR rounding modes, FZ, DN, FZ16 and AHP) must give the same V0-V3, X0, X1, FPSR and
// NZCV. Cases where the Arm ARM and qemu differ hold the Arm ARM's answer (armPatches says why).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BF16_TEMPLATES, COMPLEX_TEMPLATES, FHM_TEMPLATES, describe, EXTRA_TEMPLATES, generateCases, runOurs, SCALAR_TEMPLATES, VECTOR_TEMPLATES } from './fpHarness.js';

interface FixtureSet { name: string; seed: number; count: number; results: string[] }
const fixture = JSON.parse(readFileSync(join(__dirname, 'fixtures/fp-qemu.json'), 'utf8')) as { sets: FixtureSet[] };
const TEMPLATES = { scalar: SCALAR_TEMPLATES, vector: VECTOR_TEMPLATES, extra: EXTRA_TEMPLATES, complex: COMPLEX_TEMPLATES, fhm: FHM_TEMPLATES, bf16: BF16_TEMPLATES } as const;

for (const set of fixture.sets) {
  test(`floating point vs qemu: ${set.name} (${set.count} cases)`, () => {
    const cases = generateCases(set.seed, set.count, TEMPLATES[set.name as keyof typeof TEMPLATES]);
    const ours = runOurs(cases);
    const bad: string[] = [];
    cases.forEach((c, i) => { if (ours[i] !== set.results[i]) bad.push(describe(c, ours[i]!, set.results[i]!)); });
    assert.deepEqual(bad.slice(0, 10), [], `${bad.length} of ${cases.length} cases differ`);
  });
}
