// Stepping through inlined code (test/dap/fixtures/c/inline.elf, -O2: scale() inlined into main twice), against
// gdb's behaviour recorded by build-inline.sh under qemu-aarch64 (inline.gdb-steps.txt): `next` steps over an
// inlined call as over a real one, `stepIn` enters the inlined body, `stepOut` (gdb's finish) leaves it, and the
// stack shows the inlined call as a frame of its own above its caller (gdb's bt).
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import { fixtures, launchToFirstStop, markerLine, resumeAndStop, startClient, topFrame } from './helpers.js';

const program = join(fixtures, 'c', 'inline.elf');
const source = join(fixtures, 'c', 'inline.c');

/** gdb's frame lines per scenario: `# next` -> [{ name, line }, ...]. */
function gdbSteps(): Map<string, { name: string; line: number }[]> {
  const out = new Map<string, { name: string; line: number }[]>();
  let current: { name: string; line: number }[] = [];
  for (const l of readFileSync(join(fixtures, 'c', 'inline.gdb-steps.txt'), 'utf8').trim().split('\n')) {
    if (l.startsWith('# ')) { current = []; out.set(l.slice(2), current); continue; }
    const m = /^#(\d+)\s+(\w+) \(\) at inline\.c:(\d+)$/.exec(l);
    assert.ok(m, l);
    current.push({ name: `${m[1]}:${m[2]}`, line: Number(m[3]) });
  }
  return out;
}

let dc: DebugClient;
beforeEach(async () => { dc = await startClient(); });
afterEach(async () => { await dc.stop(); });

const line = async (): Promise<number> => (await topFrame(dc)).line;

test('next steps over inlined calls', async () => {
  const gdb = gdbSteps().get('next')!.map((f) => f.line);
  await launchToFirstStop(dc, program, { breakpoints: [{ file: source, lines: [markerLine(source, 'I_CALL1')] }] });
  const ours = [await line()];
  await dc.setBreakpointsRequest({ source: { path: source }, breakpoints: [] });
  await resumeAndStop(dc, 'next');
  ours.push(await line());
  await resumeAndStop(dc, 'next');
  ours.push(await line());
  assert.deepEqual(ours, gdb);
});

test('stepIn enters the inlined body; stepOut leaves it; a second stepIn from the body goes back to the caller', async () => {
  const steps = gdbSteps();
  await launchToFirstStop(dc, program, { breakpoints: [{ file: source, lines: [markerLine(source, 'I_CALL1')] }] });
  await dc.setBreakpointsRequest({ source: { path: source }, breakpoints: [] });
  await resumeAndStop(dc, 'stepIn');
  const finish = steps.get('step finish')!;
  assert.equal(await line(), finish[0]!.line, 'stepIn: the inlined body');
  // The stack shows the inlined call as a frame of its own, its caller on the call line (gdb's bt).
  const frames = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
  const bt = finish.slice(0, 2).map((f) => [f.name.replace(/^\d+:/, ''), f.line]);
  assert.deepEqual(frames.slice(0, 2).map((f) => [f.name.replace(/ \[inlined\]$/, '').replace(/\+.*$/, ''), f.line]), bt);
  assert.equal(frames[0]!.source?.path, source);
  assert.notEqual(frames[0]!.id, frames[1]!.id);
  for (const f of frames.slice(0, 2)) {
    const scopes = (await dc.scopesRequest({ frameId: f.id })).body.scopes;
    assert.ok(scopes.some((x) => x.name === 'Locals'), `scopes of ${f.name}`);
  }
  await resumeAndStop(dc, 'stepOut');
  assert.equal(await line(), finish[2]!.line, 'stepOut: back in main');
  assert.equal((await topFrame(dc)).name.replace(/\+.*$/, ''), 'main');
});

test('stepIn twice: into the inlined body, then out to the caller\'s next line', async () => {
  const gdb = gdbSteps().get('step step')!;
  await launchToFirstStop(dc, program, { breakpoints: [{ file: source, lines: [markerLine(source, 'I_CALL1')] }] });
  await dc.setBreakpointsRequest({ source: { path: source }, breakpoints: [] });
  await resumeAndStop(dc, 'stepIn');
  await resumeAndStop(dc, 'stepIn');
  assert.equal(await line(), gdb[0]!.line);
});
