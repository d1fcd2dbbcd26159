// The compiled tier (blockCompiler.ts) must be indistinguishable from the interpreter: a hot loop that runs into a
// tag-check fault stops at the exact faulting instruction with the exact instruction count, registers and memory,
// in both tiers; stores into code are seen at once; breakpoints and watchpoints still stop inside hot loops.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { machineWith, tagged, TAGGED, CODE } from './helpers.js';

const LOOP = [
  'ldr x3, [x0]',
  'add x3, x3, #1',
  'str x3, [x0]',
  'addg x0, x0, #16, #0',
  'subs x2, x2, #1',
  'b.ne 0x400000',
  'mov x9, #1',
];

function runLoop(threshold: number, badGranule: number) {
  const m = machineWith(LOOP, { compileThreshold: threshold });
  m.setTagCheckMode('sync');
  m.setIncludeMask(0xfffe);
  const tags = new Array(256).fill(7);
  tags[badGranule] = 2;
  m.writeTags(TAGGED, tags);
  m.setX(0, tagged(TAGGED, 7));
  m.setX(2, 200n);
  const stop = m.run({ maxSteps: 100000 });
  return { m, stop };
}

test('a tag fault inside a compiled loop is exact (pc, count, registers, memory) and equals the interpreter', () => {
  const results = [0, 1, 16].map((t) => runLoop(t, 150));
  for (const { m, stop } of results) {
    assert.equal(stop.kind, 'signal');
    assert.ok(stop.kind === 'signal' && stop.fault?.kind === 'tagCheck');
    assert.equal(m.getPC(), CODE);
    assert.equal(m.getX(0), tagged(TAGGED + 150n * 16n, 7));
    assert.equal(m.getX(2), 50n);
    assert.equal(m.instructionCount, 150 * 6);
    if (stop.kind === 'signal' && stop.fault?.kind === 'tagCheck') {
      assert.equal(stop.fault.instructionCount, 150 * 6);
      assert.equal(stop.fault.pc, CODE);
    }
    assert.equal(m.readMemory(TAGGED + 149n * 16n, 1).data[0], 1);
    assert.equal(m.readMemory(TAGGED + 150n * 16n, 1).data[0], 0);
  }
});

test('a loop completes identically in both tiers, including the final flags and counts', () => {
  const a = runLoop(0, 255), b = runLoop(1, 255);
  assert.deepEqual(a.stop, b.stop);
  for (let i = 0; i < 10; i++) assert.equal(a.m.getX(i), b.m.getX(i));
  assert.equal(a.m.getNZCV(), b.m.getNZCV());
  assert.equal(a.m.instructionCount, b.m.instructionCount);
  // After the loop and `mov x9, #1` the next word is 0 (UDF): both stop on it.
  assert.ok(a.stop.kind === 'signal' && a.stop.fault?.kind === 'undefinedInstruction' && a.stop.pc === CODE + 28n);
  assert.equal(a.m.getX(9), 1n);
});

test('maxSteps is exact inside compiled loops', () => {
  for (const steps of [1, 5, 6, 7, 100, 601]) {
    const { m } = (() => {
      const mm = machineWith(LOOP, { compileThreshold: 1 });
      mm.setIncludeMask(0xfffe);
      mm.setX(0, TAGGED);
      mm.setX(2, 1000n);
      mm.run({ maxSteps: steps });
      return { m: mm };
    })();
    assert.equal(m.instructionCount, steps);
    assert.equal(m.getPC(), CODE + BigInt((steps % 6) * 4));
  }
});

test('breakpoints and watchpoints stop inside a loop that was already compiled', () => {
  const m = machineWith(LOOP, { compileThreshold: 1 });
  m.setIncludeMask(0xfffe);
  m.setX(0, TAGGED);
  m.setX(2, 1000n);
  m.run({ maxSteps: 600 });
  m.addBreakpoint(CODE + 8n);
  const stop = m.run({ maxSteps: 100 });
  assert.deepEqual(stop, { kind: 'breakpoint', pc: CODE + 8n });
  m.removeBreakpoint(CODE + 8n);
  const id = m.addWatchpoint(TAGGED + 16n * 110n, 8, 'write');
  const w = m.run({ maxSteps: 10000 });
  assert.equal(w.kind, 'watchpoint');
  assert.ok(w.kind === 'watchpoint' && w.id === id && w.access === 'write');
  assert.equal(m.getPC(), CODE + 12n);
});
