// Replays test/machine/fixtures/simdInteger-qemu.json (recorded from qemu-aarch64 -cpu max by
// test/oracle/simdInteger-gen-fixture.ts): each case sets V0-V7 and FPSR = 0, steps one Advanced SIMD integer word
// on our machine, and must move the pc to the next instruction and leave exactly the registers qemu changed with qemu's values and the same FPSR.QC.
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
    if (m.getPC() !== CODE + BigInt(i * 4 + 4)) failures.push(`${c.id} ${c.word}: pc ${m.getPC().toString(16)} after the step`);
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

test('Advanced SIMD integer code runs the same in the interpreter and the compiled tier (a loop of fixture words)', () => {
  // A block of 64 fixture words followed by a loop counter: run 40 times so the block gets compiled; registers
  // after the last pass must equal an interpreter-only run of the same code.
  const words = fixture.cases.slice(0, 64).map((c) => Number(c.word));
  const loop = [0xf1000400, 0x54000001 | ((-(words.length + 1) & 0x7ffff) << 5)]; // subs x0, x0, #1; b.ne start
  const code = new Uint8Array((words.length + loop.length + 1) * 4);
  const view = new DataView(code.buffer);
  [...words, ...loop, 0xd4200000].forEach((w, i) => view.setUint32(i * 4, w >>> 0, true)); // brk #0 at the end
  const results = [0, 1].map((threshold) => {
    const m = createMachine({ seed: 1, compileThreshold: threshold });
    m.map(CODE, 4096, { read: true, write: false, execute: true, tagged: false }, 'text');
    m.writeMemory(CODE, code);
    const input = Buffer.from(fixture.cases[0]!.input, 'hex');
    for (let r = 0; r < 8; r++) m.setV(r, input.subarray(r * 16, r * 16 + 16));
    m.setX(0, 40n);
    m.setPC(CODE);
    const stop = m.run({ maxSteps: 100_000 });
    return { stop: stop.kind, pc: m.getPC(), v: Array.from({ length: 8 }, (_, r) => Buffer.from(m.getV(r)).toString('hex')).join(' ') };
  });
  assert.equal(results[0]!.pc, CODE + BigInt((words.length + 2) * 4), `interpreter stopped at ${results[0]!.pc.toString(16)} (${results[0]!.stop})`);
  assert.deepEqual(results[1], results[0]);
});
