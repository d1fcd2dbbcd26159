// DAP tests of run control and inspection against the built adapter with fixtures/basic.s: initialize
// capabilities, launch, breakpoints of every kind, stepping (line and instruction, over/into/out of calls),
// stack traces, scopes and registers, evaluate/setVariable/setExpression, memory, disassembly, goto, output, exit.
// Expected values follow from the fixture's source (e.g. compute(3) = 3*2+1 = 7, the exit status qemu reports).
import { test, afterEach, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import { fixture, markerLine, startClient, launchToFirstStop, topFrame, resumeAndStop, evaluate, scopeVariables, initializeArgs, waitForOutput, expectError } from './helpers.js';

const basic = fixture('basic.s');
let dc: DebugClient;

beforeEach(async () => { dc = await startClient(); });
afterEach(async () => { await dc.stop(); });

test('initialize reports the capabilities the adapter implements', async () => {
  const r = await dc.initializeRequest(initializeArgs);
  const caps = r.body!;
  for (const c of ['supportsConfigurationDoneRequest', 'supportsStepBack', 'supportsDataBreakpoints', 'supportsReadMemoryRequest', 'supportsWriteMemoryRequest', 'supportsDisassembleRequest', 'supportsInstructionBreakpoints', 'supportsGotoTargetsRequest', 'supportsExceptionInfoRequest', 'supportsSetExpression', 'supportsLogPoints', 'supportsSteppingGranularity', 'supportsCompletionsRequest'] as const) {
    assert.equal(caps[c], true, c);
  }
  assert.deepEqual(caps.exceptionBreakpointFilters!.map((f) => f.filter), ['tagCheckSync', 'tagCheckAsync', 'otherSignals']);
  assert.equal(caps.supportsRestartFrame, false);
});

test('runs to exit with the output and status of the program (hello, 7)', async () => {
  await dc.initializeRequest(initializeArgs);
  const initialized = dc.waitForEvent('initialized');
  await dc.launchRequest({ program: basic } as never);
  await initialized;
  const output = dc.assertOutput('stdout', 'hello\n');
  const exited = dc.waitForEvent('exited');
  const terminated = dc.waitForEvent('terminated');
  await dc.configurationDoneRequest();
  await output;
  assert.equal((await exited).body.exitCode, 7);
  await terminated;
});

test('stopOnEntry stops at _start on the first line', async () => {
  const stop = await launchToFirstStop(dc, basic, { args: { stopOnEntry: true } });
  assert.equal(stop.body.reason, 'entry');
  const frame = await topFrame(dc);
  assert.equal(frame.name, '_start');
  assert.equal(frame.line, markerLine(basic, 'START'));
  assert.equal(frame.source?.path, basic);
});

test('source breakpoint, stack trace through frame records, step out', async () => {
  const line = markerLine(basic, 'DOUBLE');
  const stop = await launchToFirstStop(dc, basic, { breakpoints: [{ file: basic, lines: [line] }] });
  assert.equal(stop.body.reason, 'breakpoint');
  assert.equal(stop.body.hitBreakpointIds?.length, 1);
  const trace = await dc.stackTraceRequest({ threadId: 1 });
  const frames = trace.body.stackFrames;
  assert.deepEqual(frames.map((f) => f.name), ['double', 'compute+0xc', '_start+0x10']);
  assert.deepEqual(frames.map((f) => f.line), [line, markerLine(basic, 'INNER_CALL'), markerLine(basic, 'CALL')]);
  assert.match(frames[0]!.instructionPointerReference!, /^0x[0-9a-f]+$/);
  // Step out of double: back in compute, after the call.
  await resumeAndStop(dc, 'stepOut');
  assert.equal((await topFrame(dc)).line, markerLine(basic, 'AFTER_INNER'));
  assert.equal(await evaluate(dc, 'x0'), '0x6');
});

test('next steps over calls, stepIn enters them, instruction granularity steps one instruction', async () => {
  await launchToFirstStop(dc, basic, { breakpoints: [{ file: basic, lines: [markerLine(basic, 'CALL')] }] });
  await resumeAndStop(dc, 'next');
  const frame = await topFrame(dc);
  assert.equal(frame.line, markerLine(basic, 'AFTER_CALL'));
  assert.equal(await evaluate(dc, 'x0'), '0x7', 'compute(3) returned 7');
  // Line steps through the loop come back to the loop's first line while x22 < 5.
  await resumeAndStop(dc, 'next');
  await resumeAndStop(dc, 'next');
  assert.equal((await topFrame(dc)).line, markerLine(basic, 'LOOP'));
  await resumeAndStop(dc, 'next');
  await resumeAndStop(dc, 'next');
  await resumeAndStop(dc, 'next');
  assert.equal((await topFrame(dc)).line, markerLine(basic, 'LOOP'));
  assert.equal(await evaluate(dc, 'x22'), '0x1');
});

test('stepIn enters the called function; instruction steps move pc by 4', async () => {
  await launchToFirstStop(dc, basic, { breakpoints: [{ file: basic, lines: [markerLine(basic, 'CALL')] }] });
  await resumeAndStop(dc, 'stepIn');
  let frame = await topFrame(dc);
  assert.equal(frame.name, 'compute');
  assert.equal(frame.line, markerLine(basic, 'COMPUTE'));
  const pc0 = BigInt(frame.instructionPointerReference!);
  await resumeAndStop(dc, 'next', { granularity: 'instruction' });
  frame = await topFrame(dc);
  assert.equal(BigInt(frame.instructionPointerReference!), pc0 + 4n);
  // The frame record is set up now: the caller is still _start.
  await resumeAndStop(dc, 'next', { granularity: 'instruction' });
  const trace = await dc.stackTraceRequest({ threadId: 1 });
  assert.deepEqual(trace.body.stackFrames.map((f) => f.name), ['compute+0x8', '_start+0x10']);
});

test('function, instruction, conditional, hit-count and log-point breakpoints', async () => {
  await dc.initializeRequest(initializeArgs);
  const initialized = dc.waitForEvent('initialized');
  await dc.launchRequest({ program: basic } as never);
  await initialized;
  const fb = await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'double' }, { name: 'no_such_function' }] });
  assert.equal(fb.body.breakpoints[0]!.verified, true);
  assert.equal(fb.body.breakpoints[0]!.line, markerLine(basic, 'DOUBLE'));
  assert.equal(fb.body.breakpoints[1]!.verified, false);
  assert.match(fb.body.breakpoints[1]!.message!, /no_such_function/);
  const loopLine = markerLine(basic, 'LOOP');
  const sb = await dc.setBreakpointsRequest({
    source: { path: basic },
    breakpoints: [
      { line: loopLine, condition: 'x22 == 3' },
      { line: markerLine(basic, 'AFTER_LOOP'), logMessage: 'loop done x22={x22}' },
      { line: markerLine(basic, 'EXIT'), hitCondition: '2' },
    ],
  });
  assert.ok(sb.body.breakpoints.every((b) => b.verified));
  const stopped = dc.waitForEvent('stopped');
  await dc.configurationDoneRequest();
  let ev = await stopped;
  assert.equal((await topFrame(dc)).name, 'double');
  assert.equal(ev.body.reason, 'breakpoint');
  // Next stop: the loop breakpoint when x22 == 3 (x22 is incremented by the instruction at the breakpoint).
  ev = await resumeAndStop(dc, 'continue');
  assert.equal((await topFrame(dc)).line, loopLine);
  assert.equal(await evaluate(dc, 'x22'), '0x3');
  // The log point prints and does not stop; the exit breakpoint's hit condition (2nd hit) is never met: exit.
  await dc.setBreakpointsRequest({ source: { path: basic }, breakpoints: [{ line: markerLine(basic, 'AFTER_LOOP'), logMessage: 'loop done x22={x22}' }, { line: markerLine(basic, 'EXIT'), hitCondition: '2' }] });
  const log = waitForOutput(dc, 'console', 'loop done x22=0x5');
  const exited = dc.waitForEvent('exited');
  await dc.continueRequest({ threadId: 1 });
  await log;
  assert.equal((await exited).body.exitCode, 7);
});

test('setInstructionBreakpoints stops at the address; disassemble shows symbols and source lines', async () => {
  const stop = await launchToFirstStop(dc, basic, { args: { stopOnEntry: true } });
  assert.equal(stop.body.reason, 'entry');
  const entry = BigInt((await topFrame(dc)).instructionPointerReference!);
  const dis = await dc.send('disassemble', { memoryReference: `0x${entry.toString(16)}`, instructionCount: 6, resolveSymbols: true });
  const ins = dis.body.instructions as { address: string; instruction: string; symbol?: string; line?: number; instructionBytes?: string }[];
  assert.equal(ins.length, 6);
  assert.equal(ins[0]!.symbol, '_start');
  assert.equal(ins[0]!.line, markerLine(basic, 'START'));
  assert.match(ins[0]!.instruction, /^mov\s+x29, #0x0/);
  assert.match(ins[1]!.instruction, /^mov\s+x19, #0x3/);
  assert.match(ins[4]!.instruction, /^bl\s+[0-9a-f]+ <compute>/, 'objdump prints branch targets as hex without 0x');
  const target = entry + 16n;
  const r = await dc.send('setInstructionBreakpoints', { breakpoints: [{ instructionReference: `0x${target.toString(16)}` }] });
  assert.equal(r.body.breakpoints[0].verified, true);
  assert.equal(r.body.breakpoints[0].line, markerLine(basic, 'CALL'));
  const ev = await resumeAndStop(dc, 'continue');
  assert.equal(ev.body.reason, 'breakpoint');
  assert.equal(BigInt((await topFrame(dc)).instructionPointerReference!), target);
});

test('registers scope, evaluate, setVariable, setExpression, memory read/write with events', async () => {
  await launchToFirstStop(dc, basic, { breakpoints: [{ file: basic, lines: [markerLine(basic, 'STORE')] }] });
  const regs = await scopeVariables(dc, 'Registers');
  assert.deepEqual(regs.map((v) => v.name), [...Array.from({ length: 31 }, (_, i) => `x${i}`), 'sp', 'pc', 'nzcv', 'tpidr_el0']);
  const x19 = regs.find((v) => v.name === 'x19')!;
  assert.equal(x19.value, '0x0000000000000003');
  const x20 = regs.find((v) => v.name === 'x20')!;
  assert.ok(x20.memoryReference, 'x20 points to buffer: it has a memory reference');
  assert.equal(await evaluate(dc, 'buffer == x20'), '1');
  assert.equal(await evaluate(dc, '*(uint64_t*)buffer'), '0x1122334455667788');
  assert.equal(await evaluate(dc, '*(uint32_t*)(x20 + 4)'), '287454020 (0x11223344)');
  // Memory: read 8 bytes at buffer, write 2, read back; a memory event follows the write.
  const read = await dc.send('readMemory', { memoryReference: x20.memoryReference, count: 8 });
  assert.equal(Buffer.from(read.body.data, 'base64').toString('hex'), '8877665544332211');
  const memoryEvent = dc.waitForEvent('memory');
  const w = await dc.send('writeMemory', { memoryReference: x20.memoryReference, offset: 1, data: Buffer.from([0xaa, 0xbb]).toString('base64') });
  assert.equal(w.body.bytesWritten, 2);
  await memoryEvent;
  assert.equal(await evaluate(dc, '*(uint64_t*)buffer'), '0x1122334455bbaa88');
  // setVariable on a register, setExpression on memory.
  const scopes = await dc.scopesRequest({ frameId: (await topFrame(dc)).id });
  const ref = scopes.body.scopes.find((s) => s.name === 'Registers')!.variablesReference;
  const sv = await dc.setVariableRequest({ variablesReference: ref, name: 'x19', value: 'x19 * 4 + 1' });
  assert.equal(sv.body.value, '0x000000000000000d');
  assert.equal(await evaluate(dc, 'x19'), '0xd');
  const se = await dc.send('setExpression', { expression: '*(uint16_t*)(buffer + 8)', value: '0x1234' });
  assert.equal(se.body.value, '4660 (0x1234)');
  assert.equal(await evaluate(dc, '*(uint64_t*)(buffer + 8)'), '0x1234');
  // Unreadable memory: the unreadable part is reported, not an error.
  const far = await dc.send('readMemory', { memoryReference: '0x10', count: 16 });
  assert.equal(far.body.unreadableBytes, 16);
});

test('gotoTargets and goto move pc without executing', async () => {
  await launchToFirstStop(dc, basic, { breakpoints: [{ file: basic, lines: [markerLine(basic, 'AFTER_CALL')] }] });
  const line = markerLine(basic, 'EXIT');
  const targets = await dc.send('gotoTargets', { source: { path: basic }, line });
  assert.equal(targets.body.targets.length, 1);
  const stopped = dc.waitForEvent('stopped');
  await dc.send('goto', { threadId: 1, targetId: targets.body.targets[0].id });
  assert.equal((await stopped).body.reason, 'goto');
  assert.equal((await topFrame(dc)).line, line);
  // Skipping everything from `mov x21, x0` on: the exit status is x21, still 0, and "hello" is never printed.
  let printed = '';
  dc.on('output', (e) => { if (e.body.category === 'stdout') printed += e.body.output; });
  const exited = dc.waitForEvent('exited');
  await dc.continueRequest({ threadId: 1 });
  assert.equal((await exited).body.exitCode, 0);
  assert.equal(printed, '');
});

test('pause interrupts a long-running program within a slice', async () => {
  await dc.initializeRequest(initializeArgs);
  const initialized = dc.waitForEvent('initialized');
  await dc.launchRequest({ program: fixture('spin.s') } as never);
  await initialized;
  await dc.configurationDoneRequest();
  await new Promise((r) => setTimeout(r, 200));
  const stopped = dc.waitForEvent('stopped');
  const started = Date.now();
  await dc.pauseRequest({ threadId: 1 });
  const ev = await stopped;
  assert.equal(ev.body.reason, 'pause');
  assert.ok(Date.now() - started < 1000, `pause took ${Date.now() - started} ms`);
  assert.match((await topFrame(dc)).name, /^spin(\+0x4)?$/);
  // Continue and pause again: the second pause works the same way (no stale pause request).
  let spurious = 0;
  const early = (): void => { spurious++; };
  dc.on('stopped', early);
  await dc.continueRequest({ threadId: 1 });
  await new Promise((r) => setTimeout(r, 100));
  dc.removeListener('stopped', early);
  assert.equal(spurious, 0, 'no stop before the second pause');
  const again = dc.waitForEvent('stopped');
  await dc.pauseRequest({ threadId: 1 });
  assert.equal((await again).body.reason, 'pause');
});

test('standard input typed in the debug console reaches the program', async () => {
  await dc.initializeRequest(initializeArgs);
  const initialized = dc.waitForEvent('initialized');
  await dc.launchRequest({ program: fixture('echo.s') } as never);
  await initialized;
  const waiting = waitForOutput(dc, 'console', 'waiting for standard input');
  await dc.configurationDoneRequest();
  await waiting;
  const echoed = dc.assertOutput('stdout', 'typed text\n');
  const exited = dc.waitForEvent('exited');
  const r = await dc.evaluateRequest({ expression: '> typed text', context: 'repl' });
  assert.equal(r.body.result, '');
  await echoed;
  assert.equal((await exited).body.exitCode, 0);
});

test('launch stdin argument and restart', async () => {
  const stop = await launchToFirstStop(dc, fixture('echo.s'), { args: { stdin: 'abc\n', stopOnEntry: true } });
  assert.equal(stop.body.reason, 'entry');
  const out = dc.assertOutput('stdout', 'abc\n');
  await dc.continueRequest({ threadId: 1 });
  await out;
});

test('completions offer registers, symbols and console commands', async () => {
  await launchToFirstStop(dc, basic, { args: { stopOnEntry: true } });
  const r = await dc.send('completions', { text: 'comp', column: 5 });
  assert.ok(r.body.targets.some((t: { label: string }) => t.label === 'compute'));
  const r2 = await dc.send('completions', { text: 'memory-tag ch', column: 14 });
  assert.deepEqual(r2.body.targets.map((t: { label: string }) => t.label), ['check']);
  const r3 = await dc.send('completions', { text: 'x2', column: 3 });
  assert.ok(r3.body.targets.some((t: { label: string }) => t.label === 'x29'));
});

test('a memory data breakpoint stops after the store that writes the watched bytes', async () => {
  await launchToFirstStop(dc, basic, { args: { stopOnEntry: true } });
  const info = await dc.dataBreakpointInfoRequest({ name: '*(uint64_t*)buffer' });
  assert.match(info.body.dataId!, /^mem:0x[0-9a-f]+:8$/);
  assert.deepEqual(info.body.accessTypes, ['read', 'write', 'readWrite']);
  const set = await dc.setDataBreakpointsRequest({ breakpoints: [{ dataId: info.body.dataId!, accessType: 'write' }] });
  assert.equal(set.body.breakpoints[0]!.verified, true);
  const stop = await resumeAndStop(dc, 'continue');
  assert.equal(stop.body.reason, 'data breakpoint');
  assert.deepEqual(stop.body.hitBreakpointIds, [set.body.breakpoints[0]!.id]);
  const frame = await topFrame(dc);
  assert.equal(frame.name, 'double+0x8', 'the instruction after `str x0, [x20]`');
  assert.equal(await evaluate(dc, '*(uint64_t*)buffer'), '0x6');
  // Registers offer the memory they point to.
  const scopes = await dc.scopesRequest({ frameId: frame.id });
  const regs = scopes.body.scopes.find((s) => s.name === 'Registers')!;
  const viaRegister = await dc.dataBreakpointInfoRequest({ name: 'x20', variablesReference: regs.variablesReference });
  assert.equal(viaRegister.body.dataId, info.body.dataId);
});

test('breakpointLocations lists the lines that have code', async () => {
  await launchToFirstStop(dc, basic, { args: { stopOnEntry: true } });
  const start = markerLine(basic, 'COMPUTE');
  const r = await dc.send('breakpointLocations', { source: { path: basic }, line: start - 3, endLine: start + 1 });
  assert.deepEqual(r.body.breakpoints.map((b: { line: number }) => b.line), [start, start + 1]);
});

test('restart relaunches the program; terminate ends the session', async () => {
  await launchToFirstStop(dc, basic, { breakpoints: [{ file: basic, lines: [markerLine(basic, 'AFTER_CALL')] }] });
  assert.equal(await evaluate(dc, 'x0'), '0x7');
  const stopped = dc.waitForEvent('stopped');
  await dc.send('restart', {});
  assert.equal((await stopped).body.reason, 'breakpoint', 'breakpoints are kept across a restart');
  assert.equal((await topFrame(dc)).line, markerLine(basic, 'AFTER_CALL'));
  const terminated = dc.waitForEvent('terminated');
  await dc.terminateRequest({});
  await terminated;
});

test('an unmapped access stops as an otherSignals exception (SIGSEGV, SEGV_MAPERR)', async () => {
  const segv = fixture('segv.s');
  const stop = await launchToFirstStop(dc, segv);
  assert.equal(stop.body.reason, 'exception');
  assert.equal((await topFrame(dc)).line, markerLine(segv, 'BAD_LOAD'));
  const info = await dc.exceptionInfoRequest({ threadId: 1 });
  assert.equal(info.body.exceptionId, 'SIGSEGV (SEGV_MAPERR)');
  assert.match(info.body.description!, /Read from unmapped address 0x10 by `ldr\s+x1, \[x0\]`/);
});

test('hover evaluates immediates and registers', async () => {
  await launchToFirstStop(dc, basic, { breakpoints: [{ file: basic, lines: [markerLine(basic, 'AFTER_CALL')] }] });
  const frame = await topFrame(dc);
  assert.equal((await dc.evaluateRequest({ expression: '#16', frameId: frame.id, context: 'hover' })).body.result, '16 (0x10)');
  assert.equal((await dc.evaluateRequest({ expression: 'x19', frameId: frame.id, context: 'hover' })).body.result, '0x3');
});

test('args and env reach the program (argv[1], envp[0], exit status argc)', async () => {
  await dc.initializeRequest(initializeArgs);
  const initialized = dc.waitForEvent('initialized');
  await dc.launchRequest({ program: fixture('args.s'), args: ['first', 'second'], env: { GREETING: 'hi' } } as never);
  await initialized;
  const out = waitForOutput(dc, 'stdout', 'first\nGREETING=hi\n');
  const exited = dc.waitForEvent('exited');
  await dc.configurationDoneRequest();
  await out;
  assert.equal((await exited).body.exitCode, 3, 'argc = 3 (as under qemu with the same arguments)');
});

test('noDebug runs to the end without stopping at breakpoints', async () => {
  await dc.initializeRequest(initializeArgs);
  const initialized = dc.waitForEvent('initialized');
  await dc.launchRequest({ program: basic, noDebug: true } as never);
  await initialized;
  const bp = await dc.setBreakpointsRequest({ source: { path: basic }, breakpoints: [{ line: markerLine(basic, 'DOUBLE') }] });
  assert.equal(bp.body.breakpoints[0]!.verified, false);
  let stops = 0;
  dc.on('stopped', () => { stops++; });
  const exited = dc.waitForEvent('exited');
  await dc.configurationDoneRequest();
  assert.equal((await exited).body.exitCode, 7);
  assert.equal(stops, 0);
});

test('an outer frame has a Frame scope with its call site and frame pointer', async () => {
  await launchToFirstStop(dc, basic, { breakpoints: [{ file: basic, lines: [markerLine(basic, 'DOUBLE')] }] });
  const trace = await dc.stackTraceRequest({ threadId: 1 });
  const caller = trace.body.stackFrames[1]!;
  const scopes = await dc.scopesRequest({ frameId: caller.id });
  assert.deepEqual(scopes.body.scopes.map((s) => s.name), ['Frame', 'Registers (innermost frame)', 'MTE', 'SIMD&FP']);
  const vars = await dc.variablesRequest({ variablesReference: scopes.body.scopes[0]!.variablesReference });
  const pc = vars.body.variables.find((v) => v.name === 'pc')!;
  assert.equal(BigInt(/^0x[0-9a-f]+/.exec(pc.value)![0]), BigInt(caller.instructionPointerReference!));
  assert.match(pc.value, /<compute\+0xc> \(the call\)/);
  const fp = vars.body.variables.find((v) => v.name === 'x29 (fp)')!;
  assert.equal(BigInt(fp.value), BigInt(/^0x[0-9a-f]+/.exec(await evaluate(dc, 'x29'))![0]), 'compute set x29 to its frame record; double (a leaf) did not change it');
});

test('terminate while running ends the session without an exit report', async () => {
  await dc.initializeRequest(initializeArgs);
  const initialized = dc.waitForEvent('initialized');
  await dc.launchRequest({ program: fixture('spin.s') } as never);
  await initialized;
  await dc.configurationDoneRequest();
  await new Promise((r) => setTimeout(r, 100));
  let exitReport = false;
  dc.on('output', (e: { body: { output: string } }) => { if (e.body.output.includes('exited with status')) exitReport = true; });
  const terminated = dc.waitForEvent('terminated');
  await dc.terminateRequest({});
  await terminated;
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(exitReport, false);
  await expectError(dc.stackTraceRequest({ threadId: 1 }), /no program is being debugged/);
});

test('the SIMD&FP scope lists v0-v31 as 128-bit values and FPCR/FPSR', async () => {
  // Linux starts a program with every SIMD&FP register zero and FPCR/FPSR zero.
  await launchToFirstStop(dc, fixture('basic.s'), { args: { stopOnEntry: true } });
  const frame = await topFrame(dc);
  const scopes = await dc.scopesRequest({ frameId: frame.id });
  const simd = scopes.body.scopes.find((s) => s.name === 'SIMD&FP');
  assert.ok(simd && simd.expensive === true);
  const vars = (await dc.variablesRequest({ variablesReference: simd.variablesReference })).body.variables;
  assert.deepEqual(vars.map((v) => v.name), [...Array.from({ length: 32 }, (_, n) => `v${n}`), 'fpcr', 'fpsr']);
  assert.equal(vars[0]!.value, `0x${'0'.repeat(32)}`);
  assert.equal(vars[32]!.value, '0x00000000');
});
