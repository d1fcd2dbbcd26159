// Replays test/machine/fixtures/simdInteger-qemu.json (recorded from qemu-aarch64 -cpu max by
// test/oracle/simdInteger-gen-fixture.ts): each case sets V0-V7 and FPSR = 0, steps one Advanced SIMD integer word
// on our machine, and must leave exactly the registers qemu changed with qemu's values and the same FPSR.QC.
// Also checks that every simdInteger form has real semantics and appears in the fixture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMachine } from '../../emulator/machine/index.js';
import { simdIntegerForms } from '../../emulator/isa/groups/simdInteger.js';
import { simdIntegerUnmapped } from '../../emulator/machine/exec/simdInteger.js';

interface FixtureCase {
  readonly id: string;
  readonly word: string;
  readonly input: string;
  readonly changed: Readonly<Record<string, string>>;
  readonly fpsr: number;
}
const fixture = JSON.parse(readFileSync(join(__dirname, 'fixtures/simdInteger-qemu.json'), 'utf8')) as { cases: FixtureCase[] };
const CODE = 0x400000n;
const QC = 1 << 27;

test('every Advanced SIMD integer form has semantics', () => {
  assert.deepEqual(simdIntegerUnmapped, []);
});

test('the qemu fixture covers every Advanced SIMD integer form', () => {
  const seen = new Set(fixture.cases.map((c) => c.id));
  assert.deepEqual(simdIntegerForms.map((d) => d.id).filter((id) => !seen.has(id)), []);
});

test('Advanced SIMD integer words leave V0-V7 and FPSR.QC as qemu does', () => {
  const m = createMachine({ seed: 1 });
  const code = new Uint8Array(fixture.cases.length * 4);
  const view = new DataView(code.buffer);
  fixture.cases.forEach((c, i) => view.setUint32(i * 4, Number(c.word), true));
  m.map(CODE, Math.ceil(code.length / 4096) * 4096, { read: true, write: false, execute: true, tagged: false }, 'text');
  m.writeMemory(CODE, code);
  const failures: string[] = [];
  fixture.cases.forEach((c, i) => {
    const input = Buffer.from(c.input, 'hex');
    for (let r = 0; r < 8; r++) m.setV(r, input.subarray(r * 16, r * 16 + 16));
    m.setSystemRegister('fpsr', 0n);
    m.setPC(CODE + BigInt(i * 4));
    const stop = m.step();
    if (stop.kind !== 'step') { failures.push(`${c.id} ${c.word}: stopped with ${stop.kind}`); return; }
    for (let r = 0; r < 8; r++) {
      const want = c.changed[`v${r}`] ?? c.input.slice(r * 32, r * 32 + 32);
      const got = Buffer.from(m.getV(r)).toString('hex');
      if (got !== want) failures.push(`${c.id} ${c.word} v${r}: ours ${got}, qemu ${want}`);
    }
    const qc = Number(m.getSystemRegister('fpsr')) & QC;
    if (qc !== (c.fpsr & QC)) failures.push(`${c.id} ${c.word}: FPSR.QC ours ${qc ? 1 : 0}, qemu ${c.fpsr & QC ? 1 : 0}`);
  });
  assert.ok(fixture.cases.length > 500);
  assert.deepEqual(failures.slice(0, 20), []);
});
