// Threads in the debug adapter: a breakpoint hit by a thread made with raw clone (test/linux/threads/
// clone-thread.s) stops the whole program and names that thread in the stopped event; `threads` lists the main
// thread (id 1) and the new one (its Linux tid); stackTrace shows each thread's own registers; continue runs the
// program to its end.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import { launchToFirstStop, root, startClient } from './helpers.js';

const program = join(root, 'test', 'linux', 'threads', 'clone-thread.s');
const lines = readFileSync(program, 'utf8').split('\n');
const lineOf = (re: RegExp): number => lines.findIndex((l) => re.test(l)) + 1;

let dc: DebugClient;
beforeEach(async () => { dc = await startClient(); });
afterEach(async () => { await dc.stop(); });

test('a breakpoint in a cloned thread: stopped event, threads, per-thread stack traces, continue to the end', async () => {
  const childLine = lineOf(/^child:/);
  const stop = await launchToFirstStop(dc, program, { breakpoints: [{ file: program, lines: [childLine] }] });
  assert.equal(stop.body.reason, 'breakpoint');
  assert.equal(stop.body.threadId, 1001);
  assert.equal(stop.body.allThreadsStopped, true);
  const threads = (await dc.threadsRequest()).body.threads;
  assert.deepEqual(threads.map((t) => [t.id, t.name]), [[1, 'Thread 1000.1000 (clone-thread.s)'], [1001, 'Thread 1000.1001']]);
  const child = (await dc.stackTraceRequest({ threadId: 1001 })).body.stackFrames[0]!;
  assert.equal(child.line, childLine);
  // The main thread waits in FUTEX_WAIT: its pc is after that SVC, on the branch back to the loop.
  const main = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0]!;
  assert.equal(main.line, lineOf(/^\s+b\s+wait\b/));
  const again = (await dc.stackTraceRequest({ threadId: 1001 })).body.stackFrames[0]!;
  assert.equal(again.line, childLine, 'selecting a thread again shows its own registers');
  await assert.rejects(dc.stackTraceRequest({ threadId: 4242 }), /unknown thread 4242/);
  await assert.rejects(dc.stepBackRequest({ threadId: 1001 }), /reverse execution is not available once the program has made threads/);
  const exited = dc.waitForEvent('exited');
  await dc.continueRequest({ threadId: 1001 });
  assert.equal((await exited).body.exitCode, 0);
});

test('a thread woken from FUTEX_WAIT stops at a breakpoint on the instruction after its SVC', async () => {
  const line = lineOf(/^\s+b\s+wait\b/);
  const stop = await launchToFirstStop(dc, program, { breakpoints: [{ file: program, lines: [line] }] });
  assert.equal(stop.body.reason, 'breakpoint');
  assert.equal(stop.body.threadId, 1);
  const frame = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0]!;
  assert.equal(frame.line, line);
  assert.deepEqual((await dc.threadsRequest()).body.threads.map((t) => t.id), [1], 'the child thread has exited');
  const exited = dc.waitForEvent('exited');
  await dc.setBreakpointsRequest({ source: { path: program }, breakpoints: [] });
  await dc.continueRequest({ threadId: 1 });
  assert.equal((await exited).body.exitCode, 0);
});

test('a forked child is listed as a thread of its own process, with its own stack', async () => {
  const forkTags = join(root, 'test', 'linux', 'threads', 'fork-tags.s');
  const forkLines = readFileSync(forkTags, 'utf8').split('\n');
  const line = forkLines.findIndex((l) => /^\s+mov\s+x21, x0\b/.test(l)) + 1;
  const stop = await launchToFirstStop(dc, forkTags, { breakpoints: [{ file: forkTags, lines: [line] }] });
  assert.equal(stop.body.threadId, 1);
  assert.deepEqual((await dc.threadsRequest()).body.threads.map((t) => [t.id, t.name]), [[1, 'Thread 1000.1000 (fork-tags.s)'], [1001, 'Thread 1001.1001 (fork of 1000)']]);
  assert.ok((await dc.stackTraceRequest({ threadId: 1001 })).body.stackFrames.length > 0, 'the child shows frames (test/dap/threadStepping.test.ts checks them)');
  assert.equal((await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0]!.line, line);
});

test('frame ids and variables references name their thread: reading one thread after another shows the right registers', async () => {
  const childLine = lineOf(/^child:/);
  await launchToFirstStop(dc, program, { breakpoints: [{ file: program, lines: [childLine] }] });
  // VS Code asks for the stopped thread's frames, then (in the Call Stack view) for the other thread's, then for
  // the scopes of the frame it focused: the first thread's.
  const child = (await dc.stackTraceRequest({ threadId: 1001 })).body.stackFrames[0]!;
  const main = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0]!;
  assert.notEqual(child.id, main.id, 'frame ids differ between threads');
  const pcOf = async (frameId: number): Promise<string> => {
    const scopes = (await dc.scopesRequest({ frameId })).body.scopes;
    const registers = scopes.find((s) => s.name.startsWith('Registers'))!;
    const vars = (await dc.variablesRequest({ variablesReference: registers.variablesReference })).body.variables;
    return vars.find((v) => v.name === 'pc')!.value;
  };
  const childPc = await pcOf(child.id);
  const mainPc = await pcOf(main.id);
  assert.ok(childPc.includes(child.instructionPointerReference!.replace(/^0x0*/, '')), `child pc ${childPc} vs ${child.instructionPointerReference}`);
  assert.ok(mainPc.includes(main.instructionPointerReference!.replace(/^0x0*/, '')), `main pc ${mainPc} vs ${main.instructionPointerReference}`);
  // A reference made for the child thread, read after the main thread was selected, still shows the child's pc.
  const childScopes = (await dc.scopesRequest({ frameId: child.id })).body.scopes;
  await dc.stackTraceRequest({ threadId: 1 });
  const childRegs = childScopes.find((s) => s.name.startsWith('Registers'))!;
  const pcAgain = (await dc.variablesRequest({ variablesReference: childRegs.variablesReference })).body.variables.find((v) => v.name === 'pc')!.value;
  assert.equal(pcAgain, childPc);
  // Evaluating in a frame uses that frame's thread.
  const evalPc = (await dc.evaluateRequest({ expression: 'pc', frameId: child.id, context: 'watch' })).body.result;
  assert.ok(evalPc.includes(child.instructionPointerReference!.replace(/^0x0*/, '')), `evaluate pc ${evalPc}`);
});
