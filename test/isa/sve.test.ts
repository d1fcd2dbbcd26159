// SVE forms of the instruction table (emulator/isa/groups/sve*.ts): their encodings and texts are checked against
// GNU as/objdump by test/isa/cases.test.ts (test/isa/cases/sve.s, made by scripts/gen-sve-cases.mjs) and by the
// 1M-word oracle (test/oracle/isa-disasm.test.ts). This file checks the rest: the feature they need (GNU as 2.40:
// -march=armv8-a and armv8.6-a refuse `cntb x0` with "selected processor does not support", armv9-a, armv8-a+sve and
// `.arch_extension sve` accept it, +sve+nosve refuses it), and that each form executes as the undefined
// instruction it is on a CPU without SVE (SIGILL, ILL_ILLOPC, exactly like a word the table does not describe).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assembleInstruction, createResolver, forms } from '../../emulator/isa/index.js';
import { allForms } from '../../emulator/isa/registry.js';
import type { FormDef } from '../../emulator/isa/table.js';
import type { Feature } from '../../emulator/isa/api.js';
import { parseArchitecture, runnableFeatures } from '../../emulator/asm/features.js';
import { makeProcess, tinyImage } from '../linux/helpers.js';

const sveForms = (allForms as readonly FormDef[]).filter((f) => f.feature === 'sve');

function assemble(line: string, features: ReadonlySet<Feature>) {
  const space = line.indexOf(' ');
  return assembleInstruction(line.slice(0, space), line.slice(space + 1), { address: 0n, features, resolver: createResolver(() => undefined) });
}

function featuresOf(march: string): ReadonlySet<Feature> {
  const r = parseArchitecture(march);
  assert.ok('features' in r, march);
  return r.features;
}

test('the SVE families are in the table, each form with feature sve', () => {
  const mnemonics = new Set(forms().filter((f) => f.feature === 'sve').map((f) => f.mnemonic));
  for (const m of ['cntb', 'cnth', 'cntw', 'cntd', 'incb', 'decd', 'sqincw', 'uqdech', 'ptrue', 'ptrues', 'whilelo', 'whilelt',
    'whilele', 'whilels', 'dup', 'mov', 'ld1b', 'ld1h', 'ld1w', 'ld1d', 'ld1sb', 'ld1sh', 'ld1sw', 'st1b', 'st1h', 'st1w', 'st1d']) {
    assert.ok(mnemonics.has(m), m);
  }
  assert.ok(sveForms.length >= 120, `${sveForms.length} SVE forms`);
});

test('SVE needs +sve (GNU as: armv8.x-a refuses, armv9-a and +sve accept, +nosve refuses)', () => {
  const lines = ['cntb x0', 'ptrue p0.b', 'whilelo p0.b, x1, x2', 'mov z0.b, w0', 'ld1b {z0.b}, p0/z, [x0]', 'st1d {z0.d}, p0, [x0, x1, lsl #3]'];
  for (const march of ['armv8-a', 'armv8.6-a', 'armv8.5-a+memtag', 'armv8-a+sve+nosve']) {
    for (const line of lines) {
      const r = assemble(line, featuresOf(march));
      assert.ok(!r.ok, `${march}: ${line}`);
      assert.match(r.message, /^selected processor does not support `.*' \(instruction requires: sve\)$/, `${march}: ${line}`);
    }
  }
  for (const march of ['armv8-a+sve', 'armv9-a', 'armv9.2-a']) {
    for (const line of lines) assert.ok(assemble(line, featuresOf(march)).ok, `${march}: ${line}`);
  }
  assert.equal(runnableFeatures.includes('sve'), false, 'SVE is not executed, so `aarch64-mte run` does not enable it');
});

test('every SVE form raises SIGILL / ILL_ILLOPC, as a word outside the table does', () => {
  const runWord = (word: number) => {
    const t = makeProcess({ image: tinyImage([word]) });
    return t.process.run();
  };
  const reference = runWord(0x00000000); // UDF #0: an undefined instruction.
  assert.equal(reference.kind, 'killed');
  for (const f of sveForms) {
    for (const word of [f.value, (f.value | (~f.mask & 0x1f)) >>> 0]) {
      const stop = runWord(word);
      assert.deepEqual(stop, { ...reference, fault: { kind: 'undefinedInstruction', word, pc: 0x400000n } }, `${f.id} ${word.toString(16)}`);
      assert.ok(stop.kind === 'killed' && stop.signal === 4 && stop.code === 1, f.id);
    }
  }
});
