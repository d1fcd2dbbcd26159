// Breakpoints in forked children and `thread` events (DAP): a breakpoint stops a forked child's thread as it stops
// the program's own (each child has its own copy of the code, so the breakpoint is put there too, as gdb does with
// detach-on-fork off); the stopped event names that thread, its condition is evaluated in the child; threads made
// by clone and fork are announced with `thread` events (started) before any stop that names them, and their end
// with `thread` events (exited). Programs: test/linux/threads/fork-tags.s (two children) and clone-thread.s.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { launchToFirstStop, root, startClient } from './helpers.js';

const forkTags = join(root, 'test', 'linux', 'threads', 'fork-tags.s');
const cloneThread = join(root, 'test', 'linux', 'threads', 'clone-thread.s');
const lineIn = (file: string, re: RegExp): number => readFileSync(file, 'utf8').split('\n').findIndex((l) => re.test(l)) + 1;

let dc: DebugClient;
let events: string[];
beforeEach(async () => {
  dc = await startClient();
  events = [];
  dc.on('thread', (e: DebugProtocol.ThreadEvent) => events.push(`${e.body.reason} ${e.body.threadId}`));
  dc.on('stopped', (e: DebugProtocol.StoppedEvent) => events.push(`stopped ${e.body.threadId}`));
});
afterEach(async () => { await dc.stop(); });

async function continueToStop(threadId: number): Promise<DebugProtocol.StoppedEvent> {
  const stopped = dc.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>;
  await dc.continueRequest({ threadId });
  return stopped;
}

test('a breakpoint in code only forked children run stops each child, naming its thread', async () => {
  const child = lineIn(forkTags, /^child:\s+ldr/);
  const child2 = lineIn(forkTags, /^child2:/);
  const first = await launchToFirstStop(dc, forkTags, { breakpoints: [{ file: forkTags, lines: [child, child2] }] });
  assert.equal(first.body.reason, 'breakpoint');
  assert.equal(first.body.threadId, 1001);
  const frame = (await dc.stackTraceRequest({ threadId: 1001 })).body.stackFrames[0]!;
  assert.equal(frame.line, child);
  assert.equal(frame.source?.path, forkTags);
  // The child's registers: fork returned 0 in it; x20 is the tagged pointer the parent made before forking.
  const watch = async (e: string) => BigInt((await dc.evaluateRequest({ expression: e, frameId: frame.id, context: 'watch' })).body.result.split(' ')[0]!);
  assert.equal(await watch('x0'), 0n);
  assert.equal(await watch('x20 >> 56'), 3n);
  // Its thread was announced before the stop that names it.
  assert.ok(events.indexOf('started 1001') >= 0 && events.indexOf('started 1001') < events.indexOf('stopped 1001'), events.join(', '));
  // The first child's tag fault stops it (the exception filters cover forked children too); continued, it dies
  // of it; the parent forks again; the second child stops at its own breakpoint.
  const fault = await continueToStop(1001);
  assert.equal(fault.body.reason, 'exception');
  assert.equal(fault.body.threadId, 1001);
  const second = await continueToStop(1001);
  assert.equal(second.body.reason, 'breakpoint');
  assert.equal(second.body.threadId, 1002);
  assert.equal((await dc.stackTraceRequest({ threadId: 1002 })).body.stackFrames[0]!.line, child2);
  assert.ok(events.includes('exited 1001'), `the first child's end is announced: ${events.join(', ')}`);
  assert.ok(events.indexOf('started 1002') < events.indexOf('stopped 1002'), events.join(', '));
  const threads = (await dc.threadsRequest()).body.threads.map((t) => t.id);
  assert.deepEqual(threads, [1, 1002]);
  const exited = dc.waitForEvent('exited');
  await dc.continueRequest({ threadId: 1002 });
  assert.equal((await exited).body.exitCode, 0);
});

test('a breakpoint condition is evaluated in the child that hits it', async () => {
  const child = lineIn(forkTags, /^child:\s+ldr/);
  const child2 = lineIn(forkTags, /^child2:/);
  // x21 is the first child's pid in the parent before the second fork; in each child x0 is 0 there. Only the
  // second child stops: the condition reads its own x19/x20 (the same in both), and its pc.
  const stop = await launchToFirstStop(dc, forkTags, { breakpoints: [{ file: forkTags, lines: [child] }] });
  assert.equal(stop.body.threadId, 1001);
  await dc.setBreakpointsRequest({ source: { path: forkTags }, breakpoints: [{ line: child2, condition: 'x0 == 0 && x21 == 1001' }] });
  // The first child stops once more, at its tag fault, before it dies of it.
  assert.equal((await continueToStop(1001)).body.reason, 'exception');
  const second = await continueToStop(1001);
  assert.equal(second.body.threadId, 1002, 'the condition held in the second child (its x21 is the first child\'s pid, copied at fork)');
});

test('clone: the new thread is announced before its breakpoint stop, and its end when the program ends', async () => {
  const childLine = lineIn(cloneThread, /^child:/);
  const stop = await launchToFirstStop(dc, cloneThread, { breakpoints: [{ file: cloneThread, lines: [childLine] }] });
  assert.equal(stop.body.threadId, 1001);
  assert.ok(events.indexOf('started 1001') >= 0 && events.indexOf('started 1001') < events.indexOf('stopped 1001'), events.join(', '));
  await dc.setBreakpointsRequest({ source: { path: cloneThread }, breakpoints: [] });
  const terminated = dc.waitForEvent('terminated');
  await dc.continueRequest({ threadId: 1001 });
  await terminated;
  assert.ok(events.includes('exited 1001'), events.join(', '));
  assert.ok(!events.some((e) => e.endsWith(' 1') && e.startsWith('started')), 'the main thread is not announced');
});
