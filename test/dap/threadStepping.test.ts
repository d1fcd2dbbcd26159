// Stepping a thread while other threads run (test/dap/fixtures/threads-step.s): next, stepIn by instruction and
// stepOut each step the thread named in the request, across the scheduler's time slices, and the stopped event
// names that thread (gdb with scheduler-locking off: the other threads run meanwhile, the stop is the stepped
// thread's). A step of a thread that is not the one that stopped steps that thread. Also: a forked child's thread
// shows its own stack and registers, and thread names say which process they belong to.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { fixture, launchToFirstStop, markerLine, root, startClient } from './helpers.js';

const program = fixture('threads-step.s');
const line = (name: string): number => markerLine(program, name);

let dc: DebugClient;
beforeEach(async () => { dc = await startClient(); });
afterEach(async () => { await dc.stop(); });

async function step(command: 'next' | 'stepIn' | 'stepOut', threadId: number, extra: Record<string, unknown> = {}): Promise<DebugProtocol.StoppedEvent> {
  const stopped = dc.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>;
  await dc.send(command, { threadId, ...extra });
  return stopped;
}

async function top(threadId: number): Promise<DebugProtocol.StackFrame> {
  const frames = (await dc.stackTraceRequest({ threadId })).body.stackFrames;
  assert.ok(frames.length > 0, `thread ${threadId} has no frames`);
  return frames[0]!;
}

async function register(frameId: number, name: string): Promise<string> {
  return (await dc.evaluateRequest({ expression: name, frameId, context: 'watch' })).body.result;
}

async function clearBreakpoints(): Promise<void> {
  await dc.setBreakpointsRequest({ source: { path: program }, breakpoints: [] });
}

test('next over a one-line loop of 60,000 instructions ends on the stepped main thread', async () => {
  const stop = await launchToFirstStop(dc, program, { breakpoints: [{ file: program, lines: [line('MAIN_LOOP')] }] });
  assert.equal(stop.body.threadId, 1);
  await clearBreakpoints();
  const stepped = await step('next', 1);
  assert.equal(stepped.body.reason, 'step');
  assert.equal(stepped.body.threadId, 1, 'the stop names the stepped thread');
  const frame = await top(1);
  assert.equal(frame.line, line('MAIN_CALL'));
  assert.match(await register(frame.id, 'x9'), /^0x0+$|^0$/);
  // next over the call of `work` (40,000 more instructions, the other thread also in `work` or its loop).
  const over = await step('next', 1);
  assert.equal(over.body.threadId, 1);
  assert.equal((await top(1)).line, line('MAIN_AFTER'));
});

test('next on the cloned thread ends on that thread, at its next line', async () => {
  const stop = await launchToFirstStop(dc, program, { breakpoints: [{ file: program, lines: [line('CHILD_LOOP')] }] });
  assert.equal(stop.body.threadId, 1001);
  await clearBreakpoints();
  const stepped = await step('next', 1001);
  assert.equal(stepped.body.threadId, 1001);
  assert.equal((await top(1001)).line, line('CHILD_CALL'));
  const over = await step('next', 1001);
  assert.equal(over.body.threadId, 1001);
  assert.equal((await top(1001)).line, line('CHILD_AFTER'));
});

test('stepOut of `work` returns to the caller on the same thread, whichever thread hit the breakpoint', async () => {
  const stop = await launchToFirstStop(dc, program, { breakpoints: [{ file: program, lines: [line('WORK_LOOP')] }] });
  const thread = stop.body.threadId!;
  await clearBreakpoints();
  const out = await step('stepOut', thread);
  assert.equal(out.body.threadId, thread);
  const expected = thread === 1 ? line('MAIN_AFTER') : line('CHILD_AFTER');
  // stepOut stops at the return address: the instruction after the call.
  assert.equal((await top(thread)).line, expected);
});

test('a step of a thread other than the one that stopped steps that thread', async () => {
  const stop = await launchToFirstStop(dc, program, { breakpoints: [{ file: program, lines: [line('CHILD_START')] }] });
  assert.equal(stop.body.threadId, 1001);
  await clearBreakpoints();
  const mainBefore = (await top(1)).line;
  const stepped = await step('next', 1);
  assert.equal(stepped.body.threadId, 1, 'the stop names the thread the request stepped');
  const mainAfter = (await top(1)).line;
  assert.notEqual(mainAfter, mainBefore, 'the main thread moved');
  assert.ok(mainAfter >= line('MAIN_START') && mainAfter <= line('MAIN_DONE') + 2, `main thread at line ${mainAfter}`);
  // Instruction steps of the cloned thread: each stop is that thread's.
  for (let i = 0; i < 3; i++) {
    const before = (await top(1001)).instructionPointerReference!;
    const s = await step('stepIn', 1001, { granularity: 'instruction' });
    assert.equal(s.body.threadId, 1001);
    const frame = await top(1001);
    const after = frame.instructionPointerReference!;
    // One instruction: the next one, or a branch target (the loop ends, then `bl work`).
    const targets = [BigInt(before) + 4n, BigInt(await register(frame.id, 'child_loop')), BigInt(await register(frame.id, 'work'))];
    assert.ok(targets.includes(BigInt(after)), `instruction step ${i}: ${before} -> ${after}`);
  }
  const exited = dc.waitForEvent('exited');
  await dc.continueRequest({ threadId: 1 });
  assert.equal((await exited).body.exitCode, 0);
});

test('a forked child: thread names name the process; the child shows its own stack and registers', async () => {
  const forkTags = join(root, 'test', 'linux', 'threads', 'fork-tags.s');
  const forkLines = readFileSync(forkTags, 'utf8').split('\n');
  const after = forkLines.findIndex((l) => /^\s+mov\s+x21, x0\b/.test(l)) + 1;
  const stop = await launchToFirstStop(dc, forkTags, { breakpoints: [{ file: forkTags, lines: [after] }] });
  assert.equal(stop.body.threadId, 1);
  const threads = (await dc.threadsRequest()).body.threads.map((t) => [t.id, t.name]);
  assert.deepEqual(threads, [[1, 'Thread 1000.1000 (fork-tags.s)'], [1001, 'Thread 1001.1001 (fork of 1000)']]);
  const child = await top(1001);
  const parent = await top(1);
  assert.notEqual(child.id, parent.id);
  // The child is where fork returned in it (the `cbz x0, child` before the parent's line, or later).
  assert.ok(child.line > 0 && child.source?.path === forkTags, `child frame ${JSON.stringify(child)}`);
  assert.match(await register(child.id, 'x0'), /^0x0+$|^0$/, 'fork returns 0 in the child');
  assert.match(await register(parent.id, 'x0'), /1001|0x3e9/, 'and the child pid in the parent');
  const scopes = (await dc.scopesRequest({ frameId: child.id })).body.scopes;
  assert.ok(scopes.some((s) => s.name.startsWith('Registers')));
});

test('stepping a forked child\'s thread: by instruction and by line, each stop names the child', async () => {
  const forkTags = join(root, 'test', 'linux', 'threads', 'fork-tags.s');
  const forkLines = readFileSync(forkTags, 'utf8').split('\n');
  const lineOf = (re: RegExp): number => forkLines.findIndex((l) => re.test(l)) + 1;
  await launchToFirstStop(dc, forkTags, { breakpoints: [{ file: forkTags, lines: [lineOf(/^\s+mov\s+x21, x0\b/)] }] });
  await dc.setBreakpointsRequest({ source: { path: forkTags }, breakpoints: [] });
  // The child is at `cbz x0, child` (fork returned 0 there) or already past it.
  const s1 = await step('stepIn', 1001, { granularity: 'instruction' });
  assert.equal(s1.body.threadId, 1001);
  for (let i = 0; i < 8 && (await top(1001)).line !== lineOf(/^child:\s+ldr/); i++) {
    assert.equal((await step('stepIn', 1001, { granularity: 'instruction' })).body.threadId, 1001);
  }
  assert.equal((await top(1001)).line, lineOf(/^child:\s+ldr/), 'the child branched to its own code');
  const s2 = await step('next', 1001);
  assert.equal(s2.body.threadId, 1001);
  assert.equal((await top(1001)).line, lineOf(/^\s+cmp\s+x1, #77/));
  const frame = await top(1001);
  assert.match(await register(frame.id, 'x1'), /77|0x4d/, 'the child read the value its parent stored');
  // `next` over the child's call of print (a write system call) stays in the child.
  const childPrint = lineOf(/^child:/) + forkLines.slice(lineOf(/^child:/)).findIndex((l) => /^\s+bl\s+print/.test(l)) + 1;
  for (let i = 0; i < 12 && (await top(1001)).line !== childPrint; i++) assert.equal((await step('next', 1001)).body.threadId, 1001);
  assert.equal((await top(1001)).line, childPrint);
  const over = await step('next', 1001);
  assert.equal(over.body.threadId, 1001);
  assert.equal((await top(1001)).line, childPrint + 1);
});
