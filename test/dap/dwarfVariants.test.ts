// DWARF variants gcc produces on request: strict DWARF 2 (frame bases as location lists in .debug_loc, named by
// DW_FORM_data4 offsets; struct member offsets as DW_OP_plus_uconst expressions). The locals must read as they do
// with DWARF 5 (gdb's values, structs.gdb-print.txt). Fixture: structs-dwarf2.elf (build-dwarf2.sh).
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import { fixtures, launchToFirstStop, markerLine, startClient, topFrame } from './helpers.js';

const source = join(fixtures, 'c', 'structs.c');

let dc: DebugClient;
beforeEach(async () => { dc = await startClient(); });
afterEach(async () => { await dc.stop(); });

test('strict DWARF 2: locals located through a frame-base location list', async () => {
  await launchToFirstStop(dc, join(fixtures, 'c', 'structs-dwarf2.elf'), { breakpoints: [{ file: source, lines: [markerLine(source, 'S_SUM')] }] });
  const gdb = readFileSync(join(fixtures, 'c', 'structs.gdb-print.txt'), 'utf8').trim().split('\n').map((l) => l.replace(/^\$\d+ = /, ''));
  const frame = await topFrame(dc);
  const watch = async (e: string): Promise<string> => (await dc.evaluateRequest({ expression: e, frameId: frame.id, context: 'watch' })).body.result;
  assert.equal(await watch('p[1].y'), gdb[0]);
  assert.equal(await watch('*p'), gdb[2]);
  assert.equal(await watch('list->next->value'), gdb[3]);
  assert.equal(await watch('n'), '3');
  const scopes = (await dc.scopesRequest({ frameId: frame.id })).body.scopes;
  const locals = (await dc.variablesRequest({ variablesReference: scopes.find((s) => s.name === 'Locals')!.variablesReference })).body.variables;
  assert.ok(locals.every((v) => !v.value.startsWith('<')), JSON.stringify(locals.map((v) => `${v.name}=${v.value}`)));
});
