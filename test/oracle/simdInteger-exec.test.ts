// Seeded random differential test of the Advanced SIMD integer semantics against qemu-aarch64 -cpu max: every
// simdInteger form gets SIMD_INT_CASES_PER_FORM words (random fields, registers anywhere in V0-V31) over edge-rich
// inputs of all 32 registers; V0-V31 and FPSR.QC after each instruction must equal qemu's. Skips when as, ld or
// qemu-aarch64 is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareResults, makeCases, missingExecTools, runOurs, runQemu } from './simdIntegerQemu.js';

const PER_FORM = Number(process.env.SIMD_INT_CASES_PER_FORM ?? 16);
const SEED = Number(process.env.SIMD_INT_SEED ?? 0x51d1);
/** All 32 registers: register fields (Rd, Rn, Rm, M:Rm of .s elements) take every value. */
const REGISTER_COUNT = 32;

test('Advanced SIMD integer instructions compute what qemu-aarch64 computes (V0-V31, FPSR.QC)', { timeout: 600_000 }, () => {
  const missing = missingExecTools();
  if (missing) { console.log(`skipped: ${missing}`); return; }
  const cases = makeCases(PER_FORM, SEED, REGISTER_COUNT);
  const theirs = runQemu(cases);
  const ours = runOurs(cases);
  const diff = compareResults(cases, ours, theirs);
  const qcSet = theirs.filter((t) => (t.fpsr >> 27) & 1).length;
  const changed = theirs.filter((t, i) => t.v !== cases[i]!.input).length;
  console.log(`simdInteger-exec: ${cases.length} cases (${PER_FORM} per form, seed ${SEED}), ${changed} changed a register, ${qcSet} set FPSR.QC, ${diff.count} differ`);
  if (diff.count) console.log(`by form: ${[...diff.byForm].map(([k, v]) => `${k}:${v}`).join(' ')}`);
  assert.ok(changed > cases.length * 0.8, 'most cases change a register (the harness runs the words)');
  assert.equal(diff.count, 0, diff.text.join('\n'));
});
