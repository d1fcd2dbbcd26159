// SIMD copy/permute/table/modified-immediate forms against qemu-aarch64: (1) the committed expectations
// test/machine/fixtures/simdPermute-qemu.json (seeded random programs) must equal a fresh qemu run
// (SIMD_UPDATE_FIXTURES=1 rewrites them); (2) a larger seeded random differential run compares our machine with qemu
// directly (DUP/INS/UMOV/SMOV/EXT/ZIP/UZP/TRN/TBL/TBX/MOVI/MVNI/ORR/BIC/FMOV over random registers and immediates).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { missingTools, runUnderQemu, type QemuCase } from './simdLoadStoreQemu.js';
import { randomPermuteBody } from './simdLoadStoreCases.js';
import { checkCase } from '../machine/simdLoadStoreFixture.js';

const fixture = join(__dirname, '..', 'machine', 'fixtures', 'simdPermute-qemu.json');
const FIXTURE_PROGRAMS = 12;
const DIFFERENTIAL_PROGRAMS = Number(process.env.SIMD_ORACLE_PROGRAMS ?? 60);
const LENGTH = 60;

const missing = missingTools();

test('simdPermute-qemu.json equals a fresh qemu run', { skip: missing && `${missing} is not installed` }, () => {
  const fresh: QemuCase[] = [];
  for (let i = 0; i < FIXTURE_PROGRAMS; i++) fresh.push(runUnderQemu(`random_permute_${i}`, randomPermuteBody(0x9e70 + i, LENGTH), 'sync'));
  if (process.env.SIMD_UPDATE_FIXTURES === '1') {
    const qemu = execFileSync('qemu-aarch64', ['--version']).toString().split('\n')[0];
    writeFileSync(fixture, JSON.stringify({ generatedBy: 'test/oracle/simdPermute.test.ts (SIMD_UPDATE_FIXTURES=1)', qemu, cases: fresh }, null, 1) + '\n');
  }
  const committed = (JSON.parse(readFileSync(fixture, 'utf8')) as { cases: QemuCase[] }).cases;
  assert.deepEqual(fresh.map((c) => c.name), committed.map((c) => c.name));
  fresh.forEach((c, i) => assert.deepEqual(c, committed[i], `${c.name} is stale: rerun with SIMD_UPDATE_FIXTURES=1`));
});

test(`random SIMD permute/copy/immediate programs equal qemu (${DIFFERENTIAL_PROGRAMS} programs x ${LENGTH} instructions)`, { skip: missing && `${missing} is not installed` }, () => {
  for (let i = 0; i < DIFFERENTIAL_PROGRAMS; i++) {
    const c = runUnderQemu(`differential_permute_${i}`, randomPermuteBody(0x7e470000 + i, LENGTH), 'sync');
    assert.equal(c.exit.code, 0, `${c.name} did not exit normally under qemu:\n${c.source}`);
    checkCase(c, i % 2 === 0 ? 0 : 16);
  }
});
