// Golden transcripts (vscode-js-debug style): whole request/response/event sequences compared with
// test/dap/golden/*.txt, with sequence numbers, handles and paths normalised. They pin the exact wording and
// shape of what a client sees. UPDATE_GOLDEN=1 rewrites them; review the diff before committing.
import { test, afterEach, beforeEach } from 'node:test';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import { fixture, markerLine, startClient, initializeArgs, Transcript, compareGolden } from './helpers.js';

let dc: DebugClient;
beforeEach(async () => { dc = await startClient(); });
afterEach(async () => { await dc.stop(); });

const EVENTS = ['initialized', 'stopped', 'output', 'exited', 'terminated', 'breakpoint', 'aarch64-mte/tagFault'];

test('golden: tag check fault session (mte-fault.s)', async () => {
  const program = fixture('mte-fault.s');
  const t = new Transcript(dc, EVENTS);
  await t.request('initialize', initializeArgs);
  const initialized = dc.waitForEvent('initialized');
  await t.request('launch', { program });
  await initialized;
  await t.request('setBreakpoints', { source: { path: program }, breakpoints: [{ line: markerLine(program, 'STORE_OK') }] });
  let stopped = dc.waitForEvent('stopped');
  await t.request('configurationDone');
  await stopped;
  await t.request('stackTrace', { threadId: 1 });
  await t.request('evaluate', { expression: 'memory-tag check x0', context: 'repl', frameId: 1 });
  stopped = dc.waitForEvent('stopped');
  await t.request('continue', { threadId: 1 });
  await stopped;
  const trace = await t.request('stackTrace', { threadId: 1 });
  const pc = (trace.body as { stackFrames: { instructionPointerReference: string }[] }).stackFrames[0]!.instructionPointerReference;
  await t.request('exceptionInfo', { threadId: 1 });
  const scopes = await t.request('scopes', { frameId: 1 });
  const mte = (scopes.body as { scopes: { name: string; variablesReference: number }[] }).scopes.find((s) => s.name === 'MTE')!;
  await t.request('variables', { variablesReference: mte.variablesReference });
  await t.request('evaluate', { expression: 'x/2xgm x0', context: 'repl', frameId: 1 });
  await t.request('disassemble', { memoryReference: pc, instructionOffset: -2, instructionCount: 3 });
  const exited = dc.waitForEvent('terminated');
  await t.request('continue', { threadId: 1 });
  await exited;
  compareGolden('mte-fault', t.lines);
});

test('golden: stepping session (basic.s)', async () => {
  const program = fixture('basic.s');
  const t = new Transcript(dc, EVENTS);
  await t.request('initialize', initializeArgs);
  const initialized = dc.waitForEvent('initialized');
  await t.request('launch', { program, stopOnEntry: true });
  await initialized;
  await t.request('setFunctionBreakpoints', { breakpoints: [{ name: 'double' }] });
  let stopped = dc.waitForEvent('stopped');
  await t.request('configurationDone');
  await stopped;
  for (const command of ['continue', 'stepOut', 'next', 'stepBack']) {
    stopped = dc.waitForEvent('stopped');
    await t.request(command, { threadId: 1 });
    await stopped;
    await t.request('stackTrace', { threadId: 1 });
  }
  const exited = dc.waitForEvent('terminated');
  await t.request('continue', { threadId: 1 });
  await exited;
  compareGolden('basic-stepping', t.lines);
});
