// Caller frames and inlined frames, as gdb shows them after `frame N`: a caller's Registers scope holds its
// registers as call-frame information recovers them (callee-saved ones from their save slots, the others as they
// are, `<not saved>` where the CFI says undefined), and watch expressions read them; a frame of inlined code
// shows its inlined call's locals and arguments, the function around it its own. Expectations: gdb under
// qemu-aarch64 (fixtures/c/gdb-frames.sh: unwind.gdb-frames.txt, inline.gdb-frames.txt) and, for the hand-written
// CFI of cfi-undefined.s, the DWARF rules (DW_CFA_undefined, DW_CFA_offset).
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { fixture, fixtures, launchToFirstStop, markerLine, startClient } from './helpers.js';

let dc: DebugClient;
beforeEach(async () => { dc = await startClient(); });
afterEach(async () => { await dc.stop(); });

async function registersOf(frame: DebugProtocol.StackFrame): Promise<{ scope: string; values: Map<string, string>; variables: DebugProtocol.Variable[] }> {
  const scopes = (await dc.scopesRequest({ frameId: frame.id })).body.scopes;
  const scope = scopes.find((s) => s.presentationHint === 'registers' && s.name.startsWith('Registers'))!;
  const variables = (await dc.variablesRequest({ variablesReference: scope.variablesReference })).body.variables;
  return { scope: scope.name, values: new Map(variables.map((v) => [v.name, v.value])), variables };
}

/** gdb's `info registers` blocks: register -> hex value, per frame. */
function gdbRegisters(file: string): Map<string, bigint>[] {
  const frames: Map<string, bigint>[] = [];
  for (const line of readFileSync(join(fixtures, 'c', file), 'utf8').split('\n')) {
    if (line.startsWith('#frame')) frames.push(new Map());
    const m = /^(\w+)\s+(0x[0-9a-f]+)/.exec(line);
    if (m) frames[frames.length - 1]!.set(m[1]!, BigInt(m[2]!));
  }
  return frames;
}

const valueOf = (text: string | undefined) => BigInt(/^0x[0-9a-f]+/.exec(text ?? '')?.[0] ?? 'NaN');

test('a caller\'s Registers scope shows its unwound registers, as gdb\'s info registers after frame N', async () => {
  const gdb = gdbRegisters('unwind.gdb-frames.txt');
  assert.equal(gdb.length, 3);
  await launchToFirstStop(dc, join(fixtures, 'c', 'unwind.elf'), { functionBreakpoints: ['inner'] });
  const frames = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
  assert.deepEqual(frames.slice(0, 3).map((f) => f.name.replace(/\+.*/, '')), ['inner', 'middle', '_start']);
  const regs = await Promise.all(frames.slice(0, 3).map(registersOf));
  assert.deepEqual(regs.map((r) => r.scope), ['Registers', 'Registers', 'Registers']);
  for (const [i, r] of regs.entries()) {
    for (const name of ['x0', 'x19', 'x29', 'x30', 'pc']) assert.equal(valueOf(r.values.get(name)), gdb[i]!.get(name), `frame ${i} ${name}: ${r.values.get(name)}`);
  }
  // The stack is elsewhere under qemu: the distances between the frames' stack pointers are the same.
  const sp = regs.map((r) => valueOf(r.values.get('sp')));
  assert.equal(sp[1]! - sp[0]!, gdb[1]!.get('sp')! - gdb[0]!.get('sp')!);
  assert.equal(sp[2]! - sp[1]!, gdb[2]!.get('sp')! - gdb[1]!.get('sp')!);
  // Watch expressions in a caller's frame read its registers ($pc is where it resumes, as gdb's).
  const watch = async (expression: string, frame: DebugProtocol.StackFrame) => (await dc.evaluateRequest({ expression, frameId: frame.id, context: 'watch' })).body.result;
  assert.equal(valueOf(await watch('$pc', frames[2]!)), gdb[2]!.get('pc'));
  assert.equal(valueOf(await watch('x30', frames[2]!)), gdb[2]!.get('x30'));
  assert.equal(valueOf(await watch('sp', frames[2]!)), sp[2]);
  // The console's info registers in a caller's frame shows that frame's registers too.
  for (const i of [1, 2]) {
    const text = (await dc.evaluateRequest({ expression: 'info registers x0 x19 x29 x30 pc', frameId: frames[i]!.id, context: 'repl' })).body.result;
    const table = new Map(text.split('\n').map((l) => l.split(/\s+/) as [string, string]));
    for (const name of ['x0', 'x19', 'x29', 'x30', 'pc']) assert.equal(BigInt(table.get(name)!), gdb[i]!.get(name), `info registers in frame ${i}: ${name}`);
  }
  // They are read-only there.
  const scope = (await dc.scopesRequest({ frameId: frames[1]!.id })).body.scopes.find((s) => s.name === 'Registers')!;
  await assert.rejects(dc.setVariableRequest({ variablesReference: scope.variablesReference, name: 'x19', value: '1' }), /read-only/);
  await assert.rejects(dc.evaluateRequest({ expression: 'x19 = 1', frameId: frames[1]!.id, context: 'repl' }), /read-only/);
});

test('registers the call-frame information marks undefined show <not saved>; saved ones come from their slots', async () => {
  const source = fixture('cfi-undefined.s');
  await launchToFirstStop(dc, source, { breakpoints: [{ file: source, lines: [markerLine(source, 'LEAF')] }] });
  const frames = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
  assert.deepEqual(frames.map((f) => f.name.replace(/\+.*/, '')), ['leaf', '_start']);
  const inner = await registersOf(frames[0]!);
  const caller = await registersOf(frames[1]!);
  assert.deepEqual([valueOf(inner.values.get('x19')), valueOf(inner.values.get('x20'))], [1n, 2n]);
  assert.equal(caller.values.get('x19'), '<not saved>');
  assert.equal(valueOf(caller.values.get('x20')), 20n, 'restored from the slot leaf saved it in');
  assert.equal(valueOf(caller.values.get('pc')), valueOf(inner.values.get('x30')), 'the caller resumes at the return address');
  assert.equal(valueOf(caller.values.get('sp')), valueOf(inner.values.get('sp')) + 16n, 'the CFA');
  await assert.rejects(dc.evaluateRequest({ expression: 'x19 + 1', frameId: frames[1]!.id, context: 'watch' }), /not available/);
  const table = (await dc.evaluateRequest({ expression: 'info registers x19 x20', frameId: frames[1]!.id, context: 'repl' })).body.result;
  assert.match(table, /^x19 +<not saved>\nx20 +0x14 +20$/);
});

test('a frame of inlined code shows the inlined call\'s locals and arguments; the function around it, its own', async () => {
  const source = join(fixtures, 'c', 'inline.c');
  const gdb = readFileSync(join(fixtures, 'c', 'inline.gdb-frames.txt'), 'utf8').split('#frame ').filter(Boolean).map((block) => block.split('\n').slice(1).filter((l) => / = /.test(l)));
  await launchToFirstStop(dc, source.replace(/\.c$/, '.elf'), { breakpoints: [{ file: source, lines: [markerLine(source, 'I_BODY')] }] });
  const frames = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
  assert.deepEqual(frames.slice(0, 2).map((f) => f.name.replace(/\+.*/, '')), ['scale [inlined]', 'main']);
  for (const [i, frame] of frames.slice(0, 2).entries()) {
    const scopes = (await dc.scopesRequest({ frameId: frame.id })).body.scopes;
    const locals = scopes.find((s) => s.name === 'Locals');
    const vars = locals ? (await dc.variablesRequest({ variablesReference: locals.variablesReference })).body.variables : [];
    assert.deepEqual(vars.map((v) => `${v.name} = ${v.value}`).sort(), gdb[i]!.sort(), `frame ${i}`);
  }
  // Without a frame (a breakpoint condition, a log point), every scope at the pc is visible.
  assert.equal((await dc.evaluateRequest({ expression: 'doubled', context: 'watch' })).body.result, '10');
});

for (const [name, marker] of [['structs', 'S_SUM'], ['entry', 'LEAF']] as const) {
  test(`the console's info locals and info args print each frame's C variables as gdb does (${name}.elf)`, async () => {
    // entry.elf (-O2): parameters are values at function entry (DW_OP_entry_value), found at the caller's call site.
    const source = join(fixtures, 'c', `${name}.c`);
    const gdb = new Map<string, string>();
    let key = '';
    for (const line of readFileSync(join(fixtures, 'c', `${name}.gdb-info.txt`), 'utf8').trim().split('\n')) {
      if (line.startsWith('#frame ')) { key = line.slice(1); gdb.set(key, ''); } else gdb.set(key, gdb.get(key) === '' ? line : `${gdb.get(key)}\n${line}`);
    }
    assert.equal(gdb.size, 4);
    await launchToFirstStop(dc, join(fixtures, 'c', `${name}.elf`), { breakpoints: [{ file: source, lines: [markerLine(source, marker)] }] });
    const frames = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
    // Stack addresses differ (qemu's stack is elsewhere): they are compared as a placeholder.
    const stack = (text: string) => text.replace(/0x(?:55|f{4})[0-9a-f]{6,}/g, '<stack>');
    for (const [i, which] of [[0, 'locals'], [0, 'args'], [1, 'locals'], [1, 'args']] as const) {
      const ours = (await dc.evaluateRequest({ expression: `info ${which}`, frameId: frames[i]!.id, context: 'repl' })).body.result;
      assert.equal(stack(ours), stack(gdb.get(`frame ${i} ${which}`)!), `frame ${i} info ${which}`);
    }
  });
}
