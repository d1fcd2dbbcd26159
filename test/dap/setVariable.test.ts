// setVariable on C variables (Locals, Globals, and the members, elements and pointees they expand into),
// evaluateName of those children (so "Add to Watch" works), and data breakpoints on a C local (gdb's `watch s`),
// in test/dap/fixtures/c/structs.elf stopped at #S_SUM.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { encodeCValue } from '../../debug-adapter/views.js';
import { fixtures, launchToFirstStop, markerLine, startClient, topFrame } from './helpers.js';

const program = join(fixtures, 'c', 'structs.elf');
const source = join(fixtures, 'c', 'structs.c');

let dc: DebugClient;
beforeEach(async () => { dc = await startClient(); });
afterEach(async () => { await dc.stop(); });

async function scope(name: string): Promise<number> {
  const frame = await topFrame(dc);
  return (await dc.scopesRequest({ frameId: frame.id })).body.scopes.find((s) => s.name === name)!.variablesReference;
}

async function children(ref: number): Promise<DebugProtocol.Variable[]> {
  return (await dc.variablesRequest({ variablesReference: ref })).body.variables;
}

async function watch(expression: string): Promise<string> {
  const frame = await topFrame(dc);
  return (await dc.evaluateRequest({ expression, frameId: frame.id, context: 'watch' })).body.result;
}

test('setVariable on locals, globals, struct members through a pointer and array elements', async () => {
  await launchToFirstStop(dc, program, { breakpoints: [{ file: source, lines: [markerLine(source, 'S_SUM')] }] });
  const locals = await scope('Locals');
  assert.equal((await dc.setVariableRequest({ variablesReference: locals, name: 's', value: '100' })).body.value, '100');
  assert.equal(await watch('s'), '100');
  assert.equal((await dc.setVariableRequest({ variablesReference: locals, name: 'n', value: 'n - 1' })).body.value, '2');
  assert.equal(await watch('n'), '2');
  // p -> *p -> y
  const p = (await children(locals)).find((v) => v.name === 'p')!;
  const pointee = (await children(p.variablesReference))[0]!;
  assert.equal(pointee.name, '*p');
  assert.equal(pointee.evaluateName, '*p');
  const members = await children(pointee.variablesReference);
  const y = members.find((m) => m.name === 'y')!;
  assert.equal(y.evaluateName, '(*p).y');
  assert.equal(await watch(y.evaluateName!), '2', 'the evaluateName evaluates');
  assert.equal((await dc.setVariableRequest({ variablesReference: pointee.variablesReference, name: 'y', value: '42' })).body.value, '42');
  assert.equal(await watch('p->y'), '42');
  assert.equal(await watch('p[0].y * 2'), '84 (0x54)');
  // Globals: table[2]
  const globals = await scope('Globals');
  const table = (await children(globals)).find((v) => v.name === 'table')!;
  assert.equal(table.evaluateName, 'table');
  const elements = await children(table.variablesReference);
  assert.equal(elements[2]!.evaluateName, 'table[2]');
  assert.equal((await dc.setVariableRequest({ variablesReference: table.variablesReference, name: '[2]', value: '0x21' })).body.value, '33');
  assert.equal(await watch('table[2]'), '33');
  // Errors: a whole struct, a bad expression, an unknown name. The session goes on.
  await assert.rejects(dc.setVariableRequest({ variablesReference: p.variablesReference, name: '*p', value: '1' }), /cannot assign to a whole struct: set its members/);
  await assert.rejects(dc.setVariableRequest({ variablesReference: locals, name: 's', value: 's +' }), /setVariable: expression expected|setVariable: unexpected/);
  await assert.rejects(dc.setVariableRequest({ variablesReference: locals, name: 'nosuch', value: '1' }), /no variable 'nosuch' here/);
  // The program uses the new values: sum = 100 + (1*42) + (3*4) [n = 2] + 8 + 9.
  const exited = dc.waitForEvent('exited');
  await dc.setBreakpointsRequest({ source: { path: source }, breakpoints: [] });
  await dc.continueRequest({ threadId: 1 });
  // main returns total + msg[0] ('h' = 104) + table[2] (33).
  assert.equal((await exited).body.exitCode, (100 + 42 + 12 + 8 + 9 + 104 + 33) & 0xff);
});

test('a data breakpoint on a C local (gdb\'s watch s) stops when it changes', async () => {
  await launchToFirstStop(dc, program, { breakpoints: [{ file: source, lines: [markerLine(source, 'S_SUM')] }] });
  const locals = await scope('Locals');
  const info = await dc.dataBreakpointInfoRequest({ variablesReference: locals, name: 's' });
  assert.match(info.body.dataId!, /^mem:0x[0-9a-f]+:4$/);
  assert.match(info.body.description, /s, int/);
  const frame = await topFrame(dc);
  const byName = await dc.dataBreakpointInfoRequest({ name: 'p[1].y', frameId: frame.id });
  assert.match(byName.body.dataId!, /^mem:0x[0-9a-f]+:4$/, 'an expression with members names memory too');
  const set = await dc.setDataBreakpointsRequest({ breakpoints: [{ dataId: info.body.dataId!, accessType: 'write' }] });
  assert.equal(set.body.breakpoints[0]!.verified, true);
  await dc.setBreakpointsRequest({ source: { path: source }, breakpoints: [] });
  const before = await watch('s');
  const stopped = dc.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>;
  await dc.continueRequest({ threadId: 1 });
  assert.equal((await stopped).body.reason, 'data breakpoint');
  assert.notEqual(await watch('s'), before);
});

test('encodeCValue: floating point from a number, integers from an expression, clear refusals', () => {
  const base = (name: string, size: number, encoding: number) => ({ kind: 'base' as const, name, size, encoding });
  const f = encodeCValue({ type: base('float', 4, 4), bytes: new Uint8Array(4) }, '1.5', () => ({ ok: false, message: 'unused' }));
  assert.deepEqual([...(f as Uint8Array)], [0, 0, 0xc0, 0x3f]);
  const d = encodeCValue({ type: base('double', 8, 4), bytes: new Uint8Array(8) }, '-2', () => ({ ok: false, message: 'unused' }));
  assert.deepEqual([...(d as Uint8Array)], [0, 0, 0, 0, 0, 0, 0, 0xc0]);
  assert.match(encodeCValue({ type: base('double', 8, 4), bytes: new Uint8Array(8) }, 'x', () => ({ ok: false, message: 'unused' })) as string, /not a number/);
  const i = encodeCValue({ type: base('short', 2, 5), bytes: new Uint8Array(2) }, '-1', () => ({ ok: true, value: { value: (1n << 64n) - 1n, type: { kind: 'int', size: 8, signed: true, name: 'long' } } }));
  assert.deepEqual([...(i as Uint8Array)], [0xff, 0xff]);
});

test('a data breakpoint with a hit count stops on that write only', async () => {
  await launchToFirstStop(dc, program, { breakpoints: [{ file: source, lines: [markerLine(source, 'S_SUM')] }] });
  const locals = await scope('Locals');
  const info = await dc.dataBreakpointInfoRequest({ variablesReference: locals, name: 's' });
  await assert.rejects(dc.setDataBreakpointsRequest({ breakpoints: [{ dataId: info.body.dataId!, hitCondition: 'often' }] }), /hitCondition 'often' is not a count/);
  await dc.setDataBreakpointsRequest({ breakpoints: [{ dataId: info.body.dataId!, accessType: 'write', hitCondition: '3' }] });
  await dc.setBreakpointsRequest({ source: { path: source }, breakpoints: [] });
  const stopped = dc.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>;
  await dc.continueRequest({ threadId: 1 });
  assert.equal((await stopped).body.reason, 'data breakpoint');
  // s = 0 + 1*2, + 3*4, + 5*6: the third write makes it 44.
  assert.equal(await watch('s'), '44');
});

test('a large array is listed in pages (indexedVariables) and each element can be set', async () => {
  const big = join(fixtures, 'c', 'big.elf');
  const bigSource = join(fixtures, 'c', 'big.c');
  await launchToFirstStop(dc, big, { breakpoints: [{ file: bigSource, lines: [markerLine(bigSource, 'B_RET')] }] });
  const globals = await scope('Globals');
  const array = (await children(globals)).find((v) => v.name === 'big')!;
  assert.equal(array.indexedVariables, 1000);
  const page = (await dc.variablesRequest({ variablesReference: array.variablesReference, filter: 'indexed', start: 900, count: 100 })).body.variables;
  assert.equal(page.length, 100);
  assert.deepEqual([page[0]!.name, page[0]!.value, page[0]!.evaluateName], ['[900]', '2700', 'big[900]']);
  assert.deepEqual([page[99]!.name, page[99]!.value], ['[999]', '2997']);
  assert.deepEqual((await dc.variablesRequest({ variablesReference: array.variablesReference, filter: 'named' })).body.variables, []);
  assert.equal((await dc.setVariableRequest({ variablesReference: array.variablesReference, name: '[950]', value: '7' })).body.value, '7');
  assert.equal(await watch('big[950] + big[999]'), '3004 (0xbbc)');
});
