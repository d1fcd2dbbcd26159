// C programs: fixtures/c/locals.elf is built from locals.c by fixtures/c/build.sh (aarch64-linux-gnu-gcc -O0 -g,
// freestanding) and committed. The adapter takes source lines from its .debug_line and variables from its
// .debug_info; the expected values follow from the C source (count = 3, total = 42, counter = 7, the pointer's tag
// 5 from IRG with every other tag excluded, the second granule's allocation tag 0).
import { test, afterEach, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync, writeFileSync, mkdtempSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import { fixtures, markerLine, startClient, launchToFirstStop, topFrame, initializeArgs } from './helpers.js';

const elf = join(fixtures, 'c', 'locals.elf');
const source = join(fixtures, 'c', 'locals.c');
let dc: DebugClient;

beforeEach(async () => { dc = await startClient(); });
afterEach(async () => { await dc.stop(); });

test('a C breakpoint by source line, Locals and Globals from DWARF, tags of a C pointer', async () => {
  const stop = await launchToFirstStop(dc, elf, { breakpoints: [{ file: source, lines: [markerLine(source, 'C_FAULT')] }] });
  assert.equal(stop.body.reason, 'breakpoint');
  const frame = await topFrame(dc);
  assert.match(frame.name, /^main\+0x[0-9a-f]+$/);
  assert.equal(frame.source?.path, source);
  assert.equal(frame.line, markerLine(source, 'C_FAULT'));
  const trace = await dc.stackTraceRequest({ threadId: 1 });
  assert.deepEqual(trace.body.stackFrames.map((f) => f.name.replace(/\+0x[0-9a-f]+$/, '')), ['main', '_start'], 'main called from _start (frame records of gcc -O0)');
  assert.equal(trace.body.stackFrames[1]!.line, markerLine(source, 'C_CALL'));
  const scopes = await dc.scopesRequest({ frameId: frame.id });
  assert.deepEqual(scopes.body.scopes.map((s) => s.name), ['Locals', 'Globals', 'Registers', 'MTE', 'SIMD&FP']);
  const locals = (await dc.variablesRequest({ variablesReference: scopes.body.scopes[0]!.variablesReference })).body.variables;
  const byName = new Map(locals.map((v) => [v.name, v]));
  assert.equal(byName.get('count')?.value, '3');
  assert.equal(byName.get('count')?.type, 'int');
  assert.equal(byName.get('total')?.value, '42');
  const a = byName.get('a')!;
  assert.match(a.value, /^0x5[0-9a-f]+ .*<tag 0x5, memory 0x5>$/);
  assert.ok(a.memoryReference);
  const globals = (await dc.variablesRequest({ variablesReference: scopes.body.scopes[1]!.variablesReference })).body.variables;
  assert.equal(globals.find((v) => v.name === 'counter')?.value, '7');
  // The store to a[16] faults on this line.
  const fault = dc.waitForEvent('stopped');
  await dc.continueRequest({ threadId: 1 });
  const ev = await fault;
  assert.equal(ev.body.reason, 'exception');
  assert.equal((await topFrame(dc)).line, markerLine(source, 'C_FAULT'));
  const info = await dc.exceptionInfoRequest({ threadId: 1 });
  assert.match(info.body.description!, /Allocation tag 0x0\nLogical tag 0x5\./);
  assert.match(info.body.description!, /store of 1 byte/);
});

test('line steps in C move by source lines', async () => {
  await launchToFirstStop(dc, elf, { breakpoints: [{ file: source, lines: [markerLine(source, 'C_STORE')] }] });
  const stopped = dc.waitForEvent('stopped');
  await dc.nextRequest({ threadId: 1 });
  await stopped;
  assert.equal((await topFrame(dc)).line, markerLine(source, 'C_FAULT'));
});

test('C variables in expressions: watch, conditions, assignment and memory-tag commands', async () => {
  await dc.initializeRequest(initializeArgs);
  const initialized = dc.waitForEvent('initialized');
  await dc.launchRequest({ program: elf } as never);
  await initialized;
  await dc.setBreakpointsRequest({ source: { path: source }, breakpoints: [{ line: markerLine(source, 'C_FAULT'), condition: 'count == 3 && total == 42' }] });
  const stopped = dc.waitForEvent('stopped');
  await dc.configurationDoneRequest();
  assert.equal((await stopped).body.reason, 'breakpoint', 'the condition over C locals holds');
  const frameId = (await topFrame(dc)).id;
  const watch = async (expression: string, context = 'watch'): Promise<string> => (await dc.evaluateRequest({ expression, frameId, context })).body.result;
  assert.equal(await watch('count + total + counter'), '52 (0x34)');
  assert.equal(await watch('a[0]'), "1 '\\001'", 'an unsigned char prints as gdb prints it');
  assert.match(await watch('a'), /^0x5[0-9a-f]+ "\\001" <tag 0x5, memory 0x5>$/, 'gdb prints an unsigned char pointer with its string; the tags follow');
  assert.match(await watch('memory-tag check a', 'repl'), /^Memory tags for address 0x5[0-9a-f]+ match \(0x5\)\.$/);
  assert.match(await watch('memory-tag check a + 16', 'repl'), /^Logical tag \(0x5\) does not match the allocation tag \(0x0\)/);
  const set = await dc.send('setExpression', { expression: 'total', value: '7', frameId });
  assert.equal(set.body.value, '7');
  assert.equal(await watch('total'), '7');
});

test('without frame pointers the stack is unwound by DWARF call-frame information, as gdb unwinds it', async () => {
  // fixtures/c/unwind.elf: gcc -O2 -fomit-frame-pointer, so no frame record links middle to _start. The expected
  // frames are gdb-multiarch's backtrace at `break inner` under qemu-aarch64 (unwind.gdb-bt.txt, from build.sh).
  const program = join(fixtures, 'c', 'unwind.elf');
  const expected = readFileSync(join(fixtures, 'c', 'unwind.gdb-bt.txt'), 'utf8').trim().split('\n').map((l) => {
    const m = /^#\d+\s+(?:0x[0-9a-f]+ in )?(\w+) .* at unwind\.c:(\d+)$/.exec(l.trim());
    assert.ok(m, `gdb line: ${l}`);
    return { name: m[1]!, line: Number(m[2]) };
  });
  assert.deepEqual(expected.map((f) => f.name), ['inner', 'middle', '_start']);
  await launchToFirstStop(dc, program, { functionBreakpoints: ['inner'] });
  const trace = await dc.stackTraceRequest({ threadId: 1 });
  const frames = trace.body.stackFrames.map((f) => ({ name: f.name.replace(/\+0x[0-9a-f]+$/, ''), line: f.line }));
  assert.deepEqual(frames.map((f) => f.name), expected.map((f) => f.name));
  // Callers stand on their call lines, as in gdb's backtrace.
  assert.deepEqual(frames.slice(1).map((f) => f.line), expected.slice(1).map((f) => f.line));
});

test('sources that moved since the build are found next to the program (a line breakpoint still binds)', async () => {
  // The ELF's DWARF names the folder it was built in; a copy elsewhere has no source there.
  const moved = mkdtempSync(join(tmpdir(), 'moved-c-'));
  cpSync(join(fixtures, 'c'), moved, { recursive: true });
  // Make the recorded build folder one that exists nowhere: replace it (NUL-terminated, ending in /fixtures/c)
  // with a path of the same length, as if the program had been built on another machine.
  const elf = readFileSync(join(moved, 'locals.elf'));
  const text = elf.toString('latin1');
  const end = text.indexOf('/fixtures/c\0') + '/fixtures/c'.length;
  const start = text.lastIndexOf('\0', end - 1) + 1;
  assert.ok(end > 20 && text[start] === '/', 'the ELF records its build folder');
  const nowhere = `/${'x'.repeat(end - start - 1)}`;
  writeFileSync(join(moved, 'locals.elf'), Buffer.from(text.split(text.slice(start, end)).join(nowhere), 'latin1'));
  const source = join(moved, 'locals.c');
  const line = markerLine(source, 'C_FAULT');
  const stop = await launchToFirstStop(dc, join(moved, 'locals.elf'), { breakpoints: [{ file: source, lines: [line] }] });
  assert.equal(stop.body.reason, 'breakpoint');
  const frame = await topFrame(dc);
  assert.equal(frame.source?.path, source);
  assert.equal(frame.line, line);
});

test('C values as gdb prints them: access paths in callee and caller frames, Locals of an outer frame, structs, arrays and pointers expand', async () => {
  // fixtures/c/structs.gdb-print.txt holds gdb's `print` answers (recorded by build.sh under qemu-aarch64); pointer
  // values into the stack differ between qemu and the emulator, so those are compared by shape.
  const structsElf = join(fixtures, 'c', 'structs.elf');
  const structsSource = join(fixtures, 'c', 'structs.c');
  const gdb = readFileSync(join(fixtures, 'c', 'structs.gdb-print.txt'), 'utf8').trim().split('\n').map((l) => l.replace(/^\$\d+ = /, ''));
  const stackPointer = /0x[0-9a-f]+\b(?! ")/g;
  const sameShape = (ours: string, theirs: string) => assert.equal(ours.replace(stackPointer, '0x…'), theirs.replace(stackPointer, '0x…'));
  await launchToFirstStop(dc, structsElf, { breakpoints: [{ file: structsSource, lines: [markerLine(structsSource, 'S_SUM')] }] });
  const trace = await dc.stackTraceRequest({ threadId: 1 });
  const [inner, outer] = trace.body.stackFrames;
  assert.equal(outer!.line, markerLine(structsSource, 'S_CALL'));
  const print = async (expression: string, frameId: number) => (await dc.evaluateRequest({ expression, frameId, context: 'watch' })).body;
  // In sum(): p[1].y, p->name, *p, list->next->value, table[2] + 1, table.
  assert.equal((await print('p[1].y', inner!.id)).result, gdb[0]);
  sameShape((await print('p->name', inner!.id)).result, gdb[1]!);
  sameShape((await print('*p', inner!.id)).result, gdb[2]!);
  assert.equal((await print('list->next->value', inner!.id)).result, gdb[3]);
  assert.match((await print('table[2] + 1', inner!.id)).result, new RegExp(`^${gdb[4]}\\b`));
  assert.equal((await print('table', inner!.id)).result, gdb[5]);
  // In main (frame 1 for gdb, the second DAP frame): pts[2].name, pts, msg, first.
  sameShape((await print('pts[2].name', outer!.id)).result, gdb[6]!);
  sameShape((await print('pts', outer!.id)).result, gdb[7]!);
  assert.equal((await print('msg', outer!.id)).result, gdb[8]);
  sameShape((await print('first', outer!.id)).result, gdb[9]!);
  await assert.rejects(dc.evaluateRequest({ expression: 'p->nosuch', frameId: inner!.id, context: 'watch' }), /there is no member named nosuch/);

  // The outer frame has Locals read with the registers call-frame information recovers for it.
  const scopes = (await dc.scopesRequest({ frameId: outer!.id })).body.scopes;
  assert.equal(scopes[0]!.name, 'Locals');
  const locals = (await dc.variablesRequest({ variablesReference: scopes[0]!.variablesReference })).body.variables;
  const pts = locals.find((v) => v.name === 'pts')!;
  sameShape(pts.value, gdb[7]!);
  assert.equal(pts.type, 'struct point [3]');
  // An array expands into elements, a struct into members, a pointer into its target.
  const elements = (await dc.variablesRequest({ variablesReference: pts.variablesReference })).body.variables;
  assert.deepEqual(elements.map((e) => e.name), ['[0]', '[1]', '[2]']);
  const members = (await dc.variablesRequest({ variablesReference: elements[1]!.variablesReference })).body.variables;
  const nameOfB = /\{x = 3, y = 4, name = (0x[0-9a-f]+ "b")\}/.exec(gdb[7]!)![1];
  assert.deepEqual(members.map((m) => `${m.name}=${m.value}`), ['x=3', 'y=4', `name=${nameOfB}`]);
  const first = locals.find((v) => v.name === 'first')!;
  const next = (await dc.variablesRequest({ variablesReference: first.variablesReference })).body.variables.find((m) => m.name === 'next')!;
  const target = (await dc.variablesRequest({ variablesReference: next.variablesReference })).body.variables;
  assert.deepEqual(target.map((t) => [t.name, t.value]), [['*next', '{value = 9, next = 0x0}']]);
  // The outer frame's own registers as call-frame information recovers them: its SP is above the callee's.
  const frameScope = scopes.find((x) => x.name === 'Frame')!;
  const frameVars = (await dc.variablesRequest({ variablesReference: frameScope.variablesReference })).body.variables;
  const outerSp = BigInt(frameVars.find((v) => v.name === 'sp')!.value);
  const innerSp = BigInt((await print('sp', inner!.id)).result.split(' ')[0]!);
  assert.ok(outerSp > innerSp, `main's SP ${outerSp} is above sum's ${innerSp}`);
  // The innermost frame's Locals still come first there.
  const innerScopes = (await dc.scopesRequest({ frameId: inner!.id })).body.scopes;
  const innerLocals = (await dc.variablesRequest({ variablesReference: innerScopes[0]!.variablesReference })).body.variables;
  assert.deepEqual(innerLocals.map((v) => v.name).sort(), ['i', 'list', 'n', 'p', 's']);
});
