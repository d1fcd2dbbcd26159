// Regenerates test/machine/fixtures/fp-qemu.json: seeded floating-point cases (test/machine/fpHarness.ts: random and
// edge operands, random FPCR rounding mode/FZ/DN/FZ16/AHP) run under qemu-aarch64 -cpu max by a program built with
// GNU as/ld (test/oracle/fpQemu.ts). test/machine/fpQemu.test.ts compares our machine with the recorded results;
// where the Arm ARM and qemu differ the fixture records the Arm ARM's answer with the reason (see KNOWN below).
//
//   node --import tsx scripts/gen-fp-expectations.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BF16_TEMPLATES, COMPLEX_TEMPLATES, FHM_TEMPLATES, EXTRA_TEMPLATES, generateCases, SCALAR_TEMPLATES, VECTOR_TEMPLATES } from '../test/machine/fpHarness.js';
import { armDivergence, runQemu, FP_MARCH } from '../test/oracle/fpQemu.js';

const SETS = [
  { name: 'scalar', seed: 20261207, count: 2500, templates: SCALAR_TEMPLATES },
  { name: 'vector', seed: 20261208, count: 2500, templates: VECTOR_TEMPLATES },
  { name: 'extra', seed: 20261209, count: 1000, templates: EXTRA_TEMPLATES },
  { name: 'complex', seed: 20261210, count: 1000, templates: COMPLEX_TEMPLATES },
  { name: 'fhm', seed: 20261211, count: 500, templates: FHM_TEMPLATES },
  { name: 'bf16', seed: 20261212, count: 300, templates: BF16_TEMPLATES },
] as const;
const out: Record<string, unknown>[] = [];
for (const s of SETS) {
  const cases = generateCases(s.seed, s.count, s.templates);
  const results = runQemu(cases);
  const patched = results.map((r, i) => armDivergence(cases[i]!, r));
  out.push({
    name: s.name, seed: s.seed, count: s.count,
    results: patched.map((p) => p.result),
    armPatches: patched.flatMap((p, i) => (p.reason ? [{ index: i, reason: p.reason }] : [])),
  });
  console.log(`${s.name}: ${s.count} cases, ${patched.filter((p) => p.reason).length} patched to the Arm ARM`);
}
const version = (tool: string): string => spawnSync(tool, ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]!;
writeFileSync(join(__dirname, '..', 'test/machine/fixtures/fp-qemu.json'), JSON.stringify({
  generatedBy: 'scripts/gen-fp-expectations.ts', qemu: version('qemu-aarch64'), as: version('aarch64-linux-gnu-as'), march: FP_MARCH,
  layout: 'per case 96 bytes: V0-V3, X0, X1, FPSR, NZCV after the instruction (hex)', sets: out,
}, null, 0).replace(/","/g, '",\n"') + '\n');
