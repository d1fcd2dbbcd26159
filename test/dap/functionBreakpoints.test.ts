// Function breakpoints on C functions stop past the prologue, where gdb's `break FUNC` does (expectations from
// gdb-multiarch, recorded statically by test/dap/fixtures/c/gdb-break.sh in break-locations.gdb.txt), so the
// arguments and locals are already in place; assembly labels and `*ADDRESS` stop at the instruction itself.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import { loadProgram } from '../../debug-adapter/loadProgram.js';
import { ProgramInfo } from '../../debug-adapter/programInfo.js';
import { fixture, fixtures, launchToFirstStop, startClient, topFrame } from './helpers.js';

const facts = readFileSync(join(fixtures, 'c', 'break-locations.gdb.txt'), 'utf8').trim().split('\n').map((l) => {
  const m = /^(\S+) (\w+) => Breakpoint \d+ at (0x[0-9a-f]+): file (\S+), line (\d+)\.$/.exec(l);
  assert.ok(m, l);
  return { elf: join(fixtures, 'c', m[1]!), fn: m[2]!, address: BigInt(m[3]!), file: basename(m[4]!), line: Number(m[5]) };
});

test('past the prologue, at gdb\'s address and line, for -O0 and -O2 functions and DWARF 4 and 5', () => {
  assert.ok(facts.length >= 10);
  for (const f of facts) {
    const loaded = loadProgram(f.elf);
    assert.ok(loaded.ok);
    const info = new ProgramInfo(loaded.image, join(fixtures, 'c'));
    const entry = info.symbolAddress(f.fn)!;
    const after = info.afterPrologue(entry);
    assert.equal(after.address, f.address, `${basename(f.elf)} ${f.fn}: address`);
    assert.deepEqual([basename(after.line!.file), after.line!.line], [f.file, f.line], `${basename(f.elf)} ${f.fn}: line`);
    assert.equal(info.lineAt(after.address)?.line, f.line, `${basename(f.elf)} ${f.fn}: the line a stop there shows`);
  }
});

let dc: DebugClient;
beforeEach(async () => { dc = await startClient(); });
afterEach(async () => { await dc.stop(); });

test('a function breakpoint on a C function: verified on gdb\'s line, stops there with the arguments readable', async () => {
  const program = join(fixtures, 'c', 'structs.elf');
  const stop = await launchToFirstStop(dc, program, { functionBreakpoints: ['sum'] });
  assert.equal(stop.body.reason, 'breakpoint');
  const frame = await topFrame(dc);
  const gdb = facts.find((f) => f.fn === 'sum' && f.elf.endsWith('structs.elf'))!;
  assert.equal(frame.line, gdb.line);
  assert.equal(BigInt(frame.instructionPointerReference!), gdb.address);
  assert.equal((await dc.evaluateRequest({ expression: 'n', frameId: frame.id, context: 'watch' })).body.result, '3');
  assert.equal((await dc.evaluateRequest({ expression: 'p[2].x', frameId: frame.id, context: 'watch' })).body.result, '5');
});

test('a function breakpoint on an assembly label stops at the label itself', async () => {
  const program = fixture('threads-step.s');
  const stop = await launchToFirstStop(dc, program, { functionBreakpoints: ['work'] });
  assert.equal(stop.body.reason, 'breakpoint');
  const stack = (await dc.stackTraceRequest({ threadId: stop.body.threadId! })).body.stackFrames[0]!;
  assert.equal(stack.name.replace(/\+.*$/, ''), 'work');
  assert.equal(stack.instructionPointerReference, (await dc.evaluateRequest({ expression: 'work', frameId: stack.id, context: 'watch' })).body.result.replace(/^0x0*/, '0x'));
});

test('stepIn into a C function stops past its prologue, where gdb\'s step does (the same place as break FUNC)', async () => {
  const program = join(fixtures, 'c', 'structs.elf');
  const source = join(fixtures, 'c', 'structs.c');
  const call = readFileSync(source, 'utf8').split('\n').findIndex((l) => l.includes('#S_CALL')) + 1;
  await launchToFirstStop(dc, program, { breakpoints: [{ file: source, lines: [call] }] });
  await dc.setBreakpointsRequest({ source: { path: source }, breakpoints: [] });
  const stopped = dc.waitForEvent('stopped');
  await dc.stepInRequest({ threadId: 1 });
  await stopped;
  const frame = await topFrame(dc);
  const gdb = facts.find((f) => f.fn === 'sum' && f.elf.endsWith('structs.elf'))!;
  assert.equal(frame.line, gdb.line);
  assert.equal(BigInt(frame.instructionPointerReference!), gdb.address);
  assert.equal((await dc.evaluateRequest({ expression: 'n', frameId: frame.id, context: 'watch' })).body.result, '3');
});
