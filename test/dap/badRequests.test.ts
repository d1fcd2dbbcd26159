// Every request with missing, wrong-typed and out-of-range arguments gets an error response with a clear
// message, and the session carries on: after each bad request a follow-up request (threads, stackTrace) works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import { fixture, startClient, launchToFirstStop, initializeArgs, expectError } from './helpers.js';

const basic = fixture('basic.s');

test('launch errors: missing, wrong-typed and bad programs and arguments', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dap-bad-'));
  const broken = join(dir, 'broken.s');
  writeFileSync(broken, '    .text\n_start:\n    mov x0, #1\n    frobnicate x1, x2\n');
  const cases: [Record<string, unknown>, RegExp][] = [
    [{}, /launch: missing argument 'program'/],
    [{ program: 5 }, /'program' must be a string, not number 5/],
    [{ program: '  ' }, /'program' must not be empty/],
    [{ program: join(dir, 'nope.s') }, /does not exist/],
    [{ program: dir }, /is a directory/],
    [{ program: join(dir, '..', 'x.txt') }, /does not exist|neither an ELF/],
    [{ program: broken }, /broken\.s:4:\d+: error: .*frobnicate/],
    [{ program: basic, args: 'x' }, /'args' must be an array/],
    [{ program: basic, args: [1] }, /'args\[0\]' must be a string/],
    [{ program: basic, seed: -1 }, /'seed' is -1, out of range/],
    [{ program: basic, seed: 1.5 }, /'seed' must be an integer/],
    [{ program: basic, memoryLimit: 'lots' }, /'memoryLimit' must be a number of bytes/],
    [{ program: basic, memoryLimit: 10 }, /between 1 MiB and 64 GiB/],
    [{ program: basic, env: { A: 1 } }, /env\['A'\] must be a string/],
    [{ program: basic, env: 'A=1' }, /'env' must be an object/],
    [{ program: basic, stopOnEntry: 'yes' }, /'stopOnEntry' must be true or false/],
    [{ program: basic, sandboxRoots: [3] }, /'sandboxRoots\[0\]' must be a string/],
  ];
  const dc = await startClient();
  try {
    await dc.initializeRequest(initializeArgs);
    for (const [args, pattern] of cases) {
      await expectError(dc.launchRequest(args as never), pattern);
      const threads = await dc.threadsRequest();
      assert.equal(threads.body.threads.length, 1, 'the session still answers after a bad launch');
    }
    // After all the failures a good launch works in the same session.
    const initialized = dc.waitForEvent('initialized');
    await dc.launchRequest({ program: basic, stopOnEntry: true } as never);
    await initialized;
    const stopped = dc.waitForEvent('stopped');
    await dc.configurationDoneRequest();
    assert.equal((await stopped).body.reason, 'entry');
  } finally {
    await dc.stop();
  }
});

let dc: DebugClient;
before(async () => {
  dc = await startClient();
  await launchToFirstStop(dc, basic, { args: { stopOnEntry: true } });
});
after(async () => { await dc.stop(); });

const badRequests: [string, unknown, RegExp][] = [
  ['frobnicate', {}, /unrecognized request 'frobnicate'/],
  ['attach', {}, /attach is not supported/],
  ['launch', { program: basic }, /already being debugged/],
  ['setBreakpoints', {}, /missing argument 'source'/],
  ['setBreakpoints', { source: 'basic.s' }, /'source' must be an object/],
  ['setBreakpoints', { source: {} }, /'source.path' is required/],
  ['setBreakpoints', { source: { path: basic }, breakpoints: 'x' }, /'breakpoints' must be an array/],
  ['setBreakpoints', { source: { path: basic }, breakpoints: [5] }, /'breakpoints\[0\]' must be an object/],
  ['setBreakpoints', { source: { path: basic }, breakpoints: [{ line: 'a' }] }, /'line' must be an integer/],
  ['setBreakpoints', { source: { path: basic }, breakpoints: [{ line: 0 }] }, /'line' is 0, out of range/],
  ['setBreakpoints', { source: { path: basic }, breakpoints: [{ line: 9, hitCondition: 'often' }] }, /hitCondition 'often' is not a count/],
  ['setBreakpoints', { source: { path: basic }, breakpoints: [{ line: 9, condition: 7 }] }, /'condition' must be a string/],
  ['setFunctionBreakpoints', {}, /missing argument 'breakpoints'/],
  ['setFunctionBreakpoints', { breakpoints: [{}] }, /missing argument 'name'/],
  ['setInstructionBreakpoints', { breakpoints: [{ instructionReference: 'zz' }] }, /'zz' is not an address/],
  ['setInstructionBreakpoints', { breakpoints: [{ instructionReference: '0x400000', offset: 'x' }] }, /'offset' must be an integer/],
  ['setExceptionBreakpoints', {}, /missing argument 'filters'/],
  ['setExceptionBreakpoints', { filters: 'all' }, /'filters' must be an array/],
  ['setExceptionBreakpoints', { filters: ['nope'] }, /unknown filter 'nope'/],
  ['dataBreakpointInfo', {}, /missing argument 'name'/],
  ['dataBreakpointInfo', { name: 'x0', bytes: 0 }, /'bytes' is 0, out of range/],
  ['setDataBreakpoints', { breakpoints: [{ dataId: 5 }] }, /'dataId' must be a string/],
  ['setDataBreakpoints', { breakpoints: [{ dataId: 'mem:0x1000:8', accessType: 'sometimes' }] }, /accessType 'sometimes'/],
  ['continue', {}, /missing argument 'threadId'/],
  ['continue', { threadId: 'main' }, /'threadId' must be an integer/],
  ['continue', { threadId: 99 }, /unknown thread 99/],
  ['next', { threadId: 1, granularity: 'bogus' }, /granularity 'bogus'/],
  ['stepIn', { threadId: 7 }, /unknown thread 7/],
  ['stepOut', {}, /missing argument 'threadId'/],
  ['stepBack', { threadId: 1, granularity: 3 }, /'granularity' must be a string/],
  ['reverseContinue', { threadId: 2 }, /unknown thread 2/],
  ['pause', {}, /missing argument 'threadId'/],
  ['pause', { threadId: 2 }, /unknown thread 2/],
  ['stackTrace', { threadId: 1, startFrame: -1 }, /'startFrame' is -1, out of range/],
  ['stackTrace', { threadId: 1, levels: 'all' }, /'levels' must be an integer/],
  ['scopes', {}, /missing argument 'frameId'/],
  ['scopes', { frameId: 999 }, /unknown frameId 999/],
  ['variables', {}, /missing argument 'variablesReference'/],
  ['variables', { variablesReference: 99999 }, /unknown variablesReference 99999/],
  ['variables', { variablesReference: 1, filter: 'some' }, /filter 'some'/],
  ['setVariable', { variablesReference: 1, value: '1' }, /missing argument 'name'/],
  ['setVariable', { variablesReference: 99999, name: 'x0', value: '1' }, /unknown variablesReference/],
  ['setExpression', { expression: '1 + 1', value: '2' }, /not a register or a memory location/],
  ['setExpression', { expression: '*(uint64_t*)0x10', value: '2' }, /cannot access memory at address 0x10/],
  ['setExpression', { expression: 'x0' }, /missing argument 'value'/],
  ['evaluate', {}, /missing argument 'expression'/],
  ['evaluate', { expression: 'nosuch + 1', context: 'watch' }, /no register or symbol named 'nosuch'/],
  ['evaluate', { expression: '*(uint64_t*)0', context: 'hover' }, /cannot access memory at address 0x0/],
  ['evaluate', { expression: 'x0', frameId: 999 }, /unknown frameId 999/],
  ['evaluate', { expression: 'memory-tag frob x0', context: 'repl' }, /Undefined memory-tag command: "frob"/],
  ['evaluate', { expression: 'x/4q x0', context: 'repl' }, /Invalid format/],
  ['completions', { text: 'x', column: 99 }, /'column' is 99, out of range/],
  ['completions', { column: 1 }, /missing argument 'text'/],
  ['readMemory', { memoryReference: 'zz', count: 4 }, /'zz' is not an address/],
  ['readMemory', { memoryReference: '0x400000', count: -1 }, /'count' is -1, out of range/],
  ['readMemory', { memoryReference: '0x400000', count: 1e9 }, /out of range/],
  ['readMemory', { memoryReference: '0x400000' }, /missing argument 'count'/],
  ['writeMemory', { memoryReference: '0x400000', data: '***' }, /'data' is not base64/],
  ['writeMemory', { memoryReference: '0x10', data: 'AAAA' }, /not mapped/],
  ['disassemble', { memoryReference: '0x400000' }, /missing argument 'instructionCount'/],
  ['disassemble', { memoryReference: '0x400000', instructionCount: -5 }, /out of range/],
  ['gotoTargets', { source: { path: basic } }, /missing argument 'line'/],
  ['goto', { threadId: 1, targetId: 999 }, /unknown targetId 999/],
  ['exceptionInfo', { threadId: 1 }, /not stopped on an exception/],
  ['source', { sourceReference: 5 }, /no source with reference 5/],
  ['restart', { arguments: { program: '/nonexistent/nope.s' } }, /does not exist/],
  ['readMemoryTags', { memoryReference: '0x400000', count: 0 }, /'count' is 0, out of range/],
  ['readMemoryTags', { count: 1 }, /missing argument 'memoryReference'/],
  ['readMemoryTags', { memoryReference: 42, count: 1 }, /'memoryReference' must be a string/],
  ['writeMemoryTags', { memoryReference: '0x400000', tags: [16] }, /tags\[0\] must be an integer 0\.\.15/],
  ['writeMemoryTags', { memoryReference: '0x400000', tags: 'x' }, /'tags' must be an array/],
  ['writeMemoryTags', { memoryReference: '0x400000', tags: [1] }, /not in PROT_MTE memory/],
  ['tagHistory', {}, /missing argument 'memoryReference'/],
  ['initialize', { adapterID: 'x', pathFormat: 'uri' }, /pathFormat 'uri' is not supported/],
  ['initialize', { adapterID: 'x', linesStartAt1: 'yes' }, /'linesStartAt1' must be true or false/],
  ['setFunctionBreakpoints', { breakpoints: [{ name: 42 }] }, /'name' must be a string/],
  ['setFunctionBreakpoints', { breakpoints: 'main' }, /'breakpoints' must be an array/],
  ['setInstructionBreakpoints', {}, /missing argument 'breakpoints'/],
  ['setInstructionBreakpoints', { breakpoints: [{}] }, /missing argument 'instructionReference'/],
  ['breakpointLocations', { source: { path: basic } }, /missing argument 'line'/],
  ['breakpointLocations', { source: { path: basic }, line: 0 }, /'line' is 0, out of range/],
  ['dataBreakpointInfo', { name: 7 }, /'name' must be a string/],
  ['dataBreakpointInfo', { name: 'x0', asAddress: 'yes' }, /'asAddress' must be true or false/],
  ['setDataBreakpoints', {}, /missing argument 'breakpoints'/],
  ['stepBack', {}, /missing argument 'threadId'/],
  ['stackTrace', {}, /missing argument 'threadId'/],
  ['scopes', { frameId: 'top' }, /'frameId' must be an integer/],
  ['setVariable', { variablesReference: 'regs', name: 'x0', value: '1' }, /'variablesReference' must be an integer/],
  ['setVariable', { variablesReference: 1, name: 'x0', value: 5 }, /'value' must be a string/],
  ['setExpression', { expression: 5, value: '1' }, /'expression' must be a string/],
  ['evaluate', { expression: 'x0', context: 3 }, /'context' must be a string/],
  ['evaluate', { expression: ['x0'] }, /'expression' must be a string/],
  ['completions', { text: 5, column: 1 }, /'text' must be a string/],
  ['readMemory', { memoryReference: '0x400000', offset: 'x', count: 1 }, /'offset' must be an integer/],
  ['readMemory', { memoryReference: '0x1' + '0'.repeat(20), count: 1 }, /does not fit in 64 bits/],
  ['writeMemory', { memoryReference: '0x400000' }, /missing argument 'data'/],
  ['writeMemory', { data: 'AAAA' }, /missing argument 'memoryReference'/],
  ['disassemble', { instructionCount: 1 }, /missing argument 'memoryReference'/],
  ['disassemble', { memoryReference: '0x400000', instructionCount: 1, resolveSymbols: 'yes' }, /'resolveSymbols' must be true or false/],
  ['gotoTargets', { source: { path: basic }, line: 'x' }, /'line' must be an integer/],
  ['gotoTargets', { line: 3 }, /missing argument 'source'/],
  ['goto', { threadId: 1 }, /missing argument 'targetId'/],
  ['exceptionInfo', {}, /missing argument 'threadId'/],
  ['restart', { arguments: 'again' }, /'arguments' must be an object/],
  ['readMemoryTags', { memoryReference: '0x400000', count: 1 << 21 }, /out of range/],
  ['writeMemoryTags', { memoryReference: '0x400000' }, /missing argument 'tags'/],
  ['writeMemoryTags', { memoryReference: '0x400000', tags: [] }, /1\.\.\d+ entries/],
  ['tagHistory', { memoryReference: 5 }, /'memoryReference' must be a string/],
  ['disconnect', { terminateDebuggee: 'yes' }, /'terminateDebuggee' must be true or false/],
];

for (const [command, args, pattern] of badRequests) {
  test(`${command} ${JSON.stringify(args).slice(0, 60)} -> error, session continues`, async () => {
    await expectError(dc.send(command, args), pattern);
    const trace = await dc.stackTraceRequest({ threadId: 1 });
    assert.equal(trace.body.stackFrames[0]!.name, '_start', 'the session still answers and the program is where it was');
  });
}

test('non-object arguments are rejected', async () => {
  await expectError(dc.send('stackTrace', 'abc' as never), /arguments must be an object/);
  await expectError(dc.send('evaluate', ['x0'] as never), /arguments must be an object/);
  assert.equal((await dc.threadsRequest()).body.threads.length, 1);
});
