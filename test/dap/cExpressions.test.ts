// C expressions that mix struct members, pointers and arithmetic, in watch expressions and in breakpoint
// conditions, against gdb's answers for the same program (test/dap/fixtures/c/structs.gdb-expr.txt, recorded by
// gdb-expr.sh under qemu-aarch64): `p[1].y + 1`, `list->next->value * 2`, `&p[1] == p + 1`, ...
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { fixtures, launchToFirstStop, markerLine, startClient, topFrame } from './helpers.js';

const program = join(fixtures, 'c', 'structs.elf');
const source = join(fixtures, 'c', 'structs.c');

let dc: DebugClient;
beforeEach(async () => { dc = await startClient(); });
afterEach(async () => { await dc.stop(); });

async function watch(expression: string): Promise<string> {
  const frame = await topFrame(dc);
  return (await dc.evaluateRequest({ expression, frameId: frame.id, context: 'watch' })).body.result;
}

test('member access inside arithmetic, comparisons and address arithmetic give gdb\'s values', async () => {
  await launchToFirstStop(dc, program, { breakpoints: [{ file: source, lines: [markerLine(source, 'S_SUM')] }] });
  const facts = readFileSync(join(fixtures, 'c', 'structs.gdb-expr.txt'), 'utf8').trim().split('\n').map((l) => l.split(' => ') as [string, string]);
  assert.ok(facts.length >= 10);
  for (const [expression, gdb] of facts) {
    const ours = await watch(expression);
    assert.equal(ours.replace(/ \(0x[0-9a-f]+\)$/, ''), gdb, `${expression}: ours '${ours}', gdb '${gdb}'`);
  }
});

test('errors in member expressions are clear and keep the session', async () => {
  await launchToFirstStop(dc, program, { breakpoints: [{ file: source, lines: [markerLine(source, 'S_SUM')] }] });
  const frame = await topFrame(dc);
  const error = async (expression: string): Promise<string> => {
    try {
      await dc.evaluateRequest({ expression, frameId: frame.id, context: 'watch' });
    } catch (e) {
      return (e as Error).message;
    }
    assert.fail(`${expression} should fail`);
  };
  assert.match(await error('p.x + 1'), /pointer: use '->x'/);
  assert.match(await error('p->nosuch + 1'), /no member named nosuch/);
  assert.match(await error('n->x + 1'), /not a pointer/);
  assert.match(await error('*p + 1'), /invalid operand of type 'struct point'/);
  assert.match(await error('p-> + 1'), /member name expected/);
  assert.equal(await watch('n'), '3', 'the session goes on');
});

test('a breakpoint condition on a struct member through a pointer stops only when it holds', async () => {
  const line = markerLine(source, 'S_SUM');
  await dc.initializeRequest({ adapterID: 'aarch64-mte', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
  const initialized = dc.waitForEvent('initialized');
  await dc.launchRequest({ program } as DebugProtocol.LaunchRequestArguments);
  await initialized;
  const set = await dc.setBreakpointsRequest({ source: { path: source }, breakpoints: [{ line, condition: 'p[i].x == 3 && p[i].name[0] == 98' }] });
  assert.equal(set.body.breakpoints[0]!.verified, true);
  const stopped = dc.waitForEvent('stopped');
  await dc.configurationDoneRequest();
  await stopped;
  assert.equal(await watch('i'), '1');
  assert.equal(await watch('p[i].y'), '4');
});

test('log points print C values as a watch shows them; the console takes gdb\'s print, p/x and whatis', async () => {
  const line = markerLine(source, 'S_SUM');
  const outputs: string[] = [];
  dc.on('output', (e: DebugProtocol.OutputEvent) => { if (e.body.category === 'console') outputs.push(e.body.output); });
  await launchToFirstStop(dc, program, {
    breakpoints: [{ file: source, lines: [markerLine(source, 'S_CALL')] }],
  });
  await dc.setBreakpointsRequest({ source: { path: source }, breakpoints: [{ line, logMessage: 'i={i} x*y={p[i].x * p[i].y} pt={p[i]} bad={nosuch}' }] });
  const frame = await topFrame(dc);
  const repl = async (expression: string): Promise<string> => (await dc.evaluateRequest({ expression, frameId: frame.id, context: 'repl' })).body.result;
  assert.equal(await repl('print msg'), '"hi\\000\\000\\000\\000\\000"');
  assert.equal(await repl('p/x table[1]'), '0x14');
  assert.equal(await repl('p/t 5'), '101');
  assert.equal(await repl('p/c 65'), "65 'A'");
  assert.equal(await repl('whatis pts'), 'type = struct point [3]');
  assert.equal(await repl('p pts[1].y - 1'), '3');
  assert.equal(await repl('print pts[1].y * 10 + table[4]'), '90', 'decimal only, as gdb prints it');
  await assert.rejects(dc.evaluateRequest({ expression: 'p/x pts', frameId: frame.id, context: 'repl' }), /printed without a format|no register|values are printed/);
  const exited = dc.waitForEvent('exited');
  await dc.continueRequest({ threadId: 1 });
  await exited;
  const logs = outputs.filter((o) => o.startsWith('i='));
  assert.equal(logs.length, 3, logs.join(''));
  assert.equal(logs[0], 'i=0 x*y=2 pt={x = 1, y = 2, name = 0x4002d8 "a"} bad=<no register or symbol named \'nosuch\'>\n');
  assert.equal(logs[2], 'i=2 x*y=30 (0x1e) pt={x = 5, y = 6, name = 0x4002e8 "c"} bad=<no register or symbol named \'nosuch\'>\n');
});

test('completions offer C variables of the frame, and members after `.` and `->`', async () => {
  await launchToFirstStop(dc, program, { breakpoints: [{ file: source, lines: [markerLine(source, 'S_SUM')] }] });
  const frame = await topFrame(dc);
  const complete = async (text: string): Promise<string[]> =>
    (await dc.completionsRequest({ text, column: text.length + 1, frameId: frame.id })).body.targets.map((t) => t.label);
  assert.deepEqual((await complete('p->')).sort(), ['name', 'x', 'y']);
  assert.deepEqual(await complete('p[1].n'), ['name']);
  assert.deepEqual(await complete('list->next->v'), ['value']);
  const words = await complete('li');
  assert.ok(words.includes('list'), words.join(' '));
  assert.deepEqual(await complete('n->'), [], 'no members of an int');
});

// exprs.elf (exprs.c, gdb-exprs.sh): bit-fields, float and double arithmetic, casts to named types and sizeof,
// stopped in scale() at E_STOP; gdb's answers under qemu-aarch64.
const exprsProgram = join(fixtures, 'c', 'exprs.elf');
const exprsSource = join(fixtures, 'c', 'exprs.c');
const gdbFacts = (file: string) => readFileSync(join(fixtures, 'c', file), 'utf8').trim().split('\n').map((l) => l.split(' => ') as [string, string]);

for (const [label, elf] of [['DWARF 5', exprsProgram], ['DWARF 4 (DW_AT_bit_offset)', join(fixtures, 'c', 'exprs-dwarf4.elf')]] as const) {
  test(`sizeof, bit-fields, floating point and casts to named types give gdb's values (${label})`, async () => {
    await launchToFirstStop(dc, elf, { breakpoints: [{ file: exprsSource, lines: [markerLine(exprsSource, 'E_STOP')] }] });
    const facts = gdbFacts('exprs.gdb.txt');
    assert.ok(facts.length >= 80);
    const wrong: string[] = [];
    for (const [expression, gdb] of facts) {
      let ours: string;
      try { ours = (await watch(expression)).replace(/ \(0x[0-9a-f]+\)$/, ''); } catch (e) { ours = `error: ${(e as Error).message}`; }
      if (ours !== gdb) wrong.push(`${expression}: ours '${ours}', gdb '${gdb}'`);
    }
    assert.deepEqual(wrong, []);
  });
}

test('assignments to bit-fields and floating-point variables store what gdb stores', async () => {
  await launchToFirstStop(dc, exprsProgram, { breakpoints: [{ file: exprsSource, lines: [markerLine(exprsSource, 'E_STOP')] }] });
  const frame = await topFrame(dc);
  const wrong: string[] = [];
  for (const [expression, gdb] of gdbFacts('exprs.gdb-set.txt')) {
    // The console's `print LHS = RHS` assigns, as gdb's does.
    const ours = (await dc.evaluateRequest({ expression: `print ${expression}`, frameId: frame.id, context: 'repl' })).body.result.replace(/ \(0x[0-9a-f]+\)$/, '');
    if (ours !== gdb) wrong.push(`${expression}: ours '${ours}', gdb '${gdb}'`);
  }
  assert.deepEqual(wrong, []);
});

test('setVariable on a bit-field member changes its bits only', async () => {
  await launchToFirstStop(dc, exprsProgram, { breakpoints: [{ file: exprsSource, lines: [markerLine(exprsSource, 'E_STOP')] }] });
  const frame = await topFrame(dc);
  const scopes = (await dc.scopesRequest({ frameId: frame.id })).body.scopes;
  const locals = (await dc.variablesRequest({ variablesReference: scopes.find((s) => s.name === 'Locals')!.variablesReference })).body.variables;
  const fl = locals.find((v) => v.name === 'fl')!;
  const star = (await dc.variablesRequest({ variablesReference: fl.variablesReference })).body.variables[0]!;
  const members = (await dc.variablesRequest({ variablesReference: star.variablesReference })).body.variables;
  // gdb: print *fl => {ready = 0, mode = 3, delta = 9, kind = 200 '\310'}
  assert.deepEqual(members.map((m) => `${m.name}=${m.value}`), ['ready=0', 'mode=3', 'delta=9', "kind=200 '\\310'"]);
  const set = await dc.setVariableRequest({ variablesReference: star.variablesReference, name: 'delta', value: '-16' });
  assert.equal(set.body.value, '-16');
  assert.equal(await watch('*fl'), "{ready = 0, mode = 3, delta = -16, kind = 200 '\\310'}");
});

test('whatis and ptype of type names and expressions print gdb\'s answers', async () => {
  await launchToFirstStop(dc, exprsProgram, { breakpoints: [{ file: exprsSource, lines: [markerLine(exprsSource, 'E_STOP')] }] });
  const frame = await topFrame(dc);
  const facts = gdbFacts('exprs.gdb-types.txt');
  assert.ok(facts.length >= 20);
  const wrong: string[] = [];
  for (const [command, gdb] of facts) {
    let ours: string;
    try { ours = (await dc.evaluateRequest({ expression: command, frameId: frame.id, context: 'repl' })).body.result.replace(/\n/g, '\\n'); } catch (e) { ours = `error: ${(e as Error).message}`; }
    if (ours !== gdb) wrong.push(`${command}: ours '${ours}', gdb '${gdb}'`);
  }
  assert.deepEqual(wrong, []);
});
