// Records qemu-aarch64's results for a seeded set of Advanced SIMD integer cases (2 per form; expected: the registers that changed, and FPSR) into
// test/machine/fixtures/simdInteger-qemu.json, which test/machine/simdInteger-qemu.test.ts replays without qemu.
//   node --import tsx test/oracle/simdInteger-gen-fixture.ts
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeCases, missingExecTools, runQemu } from './simdIntegerQemu.js';

const missing = missingExecTools();
if (missing) throw new Error(missing);
const cases = makeCases(2, 0xf1c5);
const results = runQemu(cases);
const qemu = spawnSync('qemu-aarch64', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]!;
const out = join(__dirname, '../machine/fixtures/simdInteger-qemu.json');
const fixture = {
  generatedBy: 'test/oracle/simdInteger-gen-fixture.ts (qemu-aarch64 -cpu max)',
  qemu,
  cases: cases.map((c, i) => {
    const changed: Record<string, string> = {};
    for (let r = 0; r < 8; r++) {
      const after = results[i]!.v.slice(r * 32, r * 32 + 32);
      if (after !== c.input.slice(r * 32, r * 32 + 32)) changed[`v${r}`] = after;
    }
    return { id: c.id, word: `0x${c.word.toString(16).padStart(8, '0')}`, input: c.input, changed, fpsr: results[i]!.fpsr };
  }),
};
writeFileSync(out, JSON.stringify(fixture, null, 0).replace(/\},\{"id"/g, '},\n{"id"') + '\n');
console.log(`${cases.length} cases -> ${out}`);
