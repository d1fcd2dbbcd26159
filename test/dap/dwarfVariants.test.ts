// DWARF variants gcc produces on request: strict DWARF 2 (frame bases as location lists in .debug_loc, named by
// DW_FORM_data4 offsets; struct member offsets as DW_OP_plus_uconst expressions), and DWARF 4 type units
// (-fdebug-types-section: struct types in .debug_types, named by DW_FORM_ref_sig8 signatures). The locals must
// read as gdb reads them (structs.gdb-print.txt, structs-types.gdb.txt). Fixtures: build-variants.sh.
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

test('DWARF 4 type units (.debug_types): struct locals show their members, member access works', async () => {
  await launchToFirstStop(dc, join(fixtures, 'c', 'structs-types.elf'), { breakpoints: [{ file: source, lines: [markerLine(source, 'S_SUM')] }] });
  // gdb under qemu-aarch64 (build-variants.sh). Values naming a stack address (qemu's stack is elsewhere) are left out.
  const gdb = readFileSync(join(fixtures, 'c', 'structs-types.gdb.txt'), 'utf8').trim().split('\n');
  const values = gdb.filter((l) => l.startsWith('$')).map((l) => l.replace(/^\$\d+ = /, ''));
  const types = gdb.filter((l) => l.startsWith('type = ')).map((l) => l.slice('type = '.length));
  const frame = await topFrame(dc);
  const watch = async (e: string, frameId = frame.id): Promise<string> => (await dc.evaluateRequest({ expression: e, frameId, context: 'watch' })).body.result;
  assert.equal(await watch('*p'), values[0]);
  assert.equal(await watch('p[1].name'), values[1]);
  assert.equal(await watch('list->next->value'), values[2]);
  assert.match(await watch('*list'), /^\{value = 8, next = 0x[0-9a-f]+\}$/);
  assert.equal(types[0], 'struct point *');
  assert.equal((await dc.evaluateRequest({ expression: 'whatis p', frameId: frame.id, context: 'repl' })).body.result, `type = ${types[0]}`);
  // ptype spells out the struct from its type unit, as gdb does.
  const ptypeList = gdb.slice(gdb.indexOf('type = struct node {'), gdb.indexOf('} *') + 1).join('\n');
  assert.equal((await dc.evaluateRequest({ expression: 'ptype list', frameId: frame.id, context: 'repl' })).body.result, ptypeList);
  const scopes = (await dc.scopesRequest({ frameId: frame.id })).body.scopes;
  const locals = (await dc.variablesRequest({ variablesReference: scopes.find((s) => s.name === 'Locals')!.variablesReference })).body.variables;
  assert.ok(locals.every((v) => !v.value.startsWith('<')), JSON.stringify(locals.map((v) => `${v.name}=${v.value}`)));
  // Expanding the struct pointer's target shows the members by name, as gdb's print *p does.
  const pointer = locals.find((v) => v.name === 'p')!;
  assert.ok(pointer.variablesReference > 0, 'p expands');
  const target = (await dc.variablesRequest({ variablesReference: pointer.variablesReference })).body.variables;
  const star = target.length === 1 && target[0]!.variablesReference > 0 ? (await dc.variablesRequest({ variablesReference: target[0]!.variablesReference })).body.variables : target;
  assert.deepEqual(star.map((v) => v.name), ['x', 'y', 'name']);
  // In main (the caller's frame): the array of structs and a struct local, as gdb prints them.
  const stack = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
  const main = stack.find((f) => f.name.startsWith('main'))!;
  assert.equal(await watch('pts', main.id), values[4]);
  assert.match(await watch('first', main.id), /^\{value = 8, next = 0x[0-9a-f]+\}$/);
  assert.equal(await watch('pts[2].name', main.id), values[6]);
});
