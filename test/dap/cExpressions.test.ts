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
