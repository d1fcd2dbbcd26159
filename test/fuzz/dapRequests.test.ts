// Fuzz: random and malformed Debug Adapter Protocol requests into an in-process debug session (debug-adapter's
// MteDebugSession) stopped in an MTE program: unknown commands, missing, wrong-typed, huge, negative and junk
// arguments to every request. Every request must get exactly one response; a failed one carries a message that
// is not an internal error; the session keeps answering (threads, stackTrace) afterwards. When a run request
// ends the program, a fresh session is launched. Deterministic seeds; bounded time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { inProcessSession, type InProcessSession } from '../dap/helpers.js';
import { random, type Random } from './random.js';

const program = join(__dirname, '..', 'dap', 'fixtures', 'mte-fault.s');
const cProgram = join(__dirname, '..', 'fixtures', 'c', 'corpus-O0.elf');

const COMMANDS = [
  'setBreakpoints', 'setFunctionBreakpoints', 'setInstructionBreakpoints', 'setExceptionBreakpoints', 'breakpointLocations',
  'dataBreakpointInfo', 'setDataBreakpoints', 'next', 'stepIn', 'stepOut', 'stepBack', 'pause', 'gotoTargets', 'goto',
  'threads', 'stackTrace', 'scopes', 'variables', 'setVariable', 'setExpression', 'evaluate', 'completions', 'readMemory',
  'writeMemory', 'disassemble', 'exceptionInfo', 'source', 'readMemoryTags', 'writeMemoryTags', 'tagMap', 'tagHistory',
  'configurationDone', 'initialize', 'attach', 'nosuch', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'continue', 'reverseContinue',
];
const KEYS = [
  'threadId', 'frameId', 'variablesReference', 'name', 'value', 'expression', 'context', 'format', 'memoryReference', 'offset', 'count',
  'data', 'instructionCount', 'instructionOffset', 'resolveSymbols', 'source', 'lines', 'breakpoints', 'filters', 'filterOptions',
  'line', 'column', 'endLine', 'targetId', 'text', 'levels', 'startFrame', 'granularity', 'sourceReference', 'address', 'tags', 'length',
  'dataId', 'accessType', 'condition', 'hitCondition', 'logMessage', 'instructionReference', 'singleThread', 'start', 'filter', 'path',
];
const EXPRESSIONS = ['x0', 'pc', 'sp', '$x1', 'x19 + 16', '*(long*)sp', 'main', '_start', 'nosuch', '1/0', '(', ')', '"str"', 'x0 ->> 3', 'memory-tag check x19',
  'memory-tag print-allocation-tag x19', 'x/4xgm x19', 'info registers', 'help', 'p->next', 'a[99999999]', '-', '~0', '0xffffffffffffffffffff', 'x99', 'v0.d[0]', '\u0000', ''];

/** Values seen in successful responses (frame ids, variable references, memory references), reused as arguments. */
const seen: Record<string, unknown[]> = { id: [1], variablesReference: [], memoryReference: [], instructionPointerReference: [], name: [], evaluateName: [] };

function harvest(body: unknown, depth = 0): void {
  if (depth > 6 || body === null || typeof body !== 'object') return;
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    const pool = seen[k];
    if (pool && (typeof v === 'number' || typeof v === 'string') && pool.length < 200 && !pool.includes(v)) pool.push(v);
    harvest(v, depth + 1);
  }
}

/** Arguments that are mostly valid: a real thread, frame, reference or address, with one field sometimes off. */
function plausibleArgs(r: Random): Record<string, unknown> {
  const pick = (k: string): unknown => (seen[k]!.length > 0 ? r.pick(seen[k]!) : 1);
  const args: Record<string, unknown> = {
    threadId: 1, frameId: pick('id'), variablesReference: pick('variablesReference'), memoryReference: pick(r.chance(0.5) ? 'memoryReference' : 'instructionPointerReference'),
    expression: r.chance(0.5) ? pick('evaluateName') : r.pick(EXPRESSIONS), name: pick('name'), value: r.pick(['1', '0x10', 'x0', '-1', 'nope', '{1,2}']),
    offset: r.below(64) - 32, count: r.pick([0, 1, 16, 64, 4096, 100000]), instructionCount: r.pick([1, 10, 50]), instructionOffset: r.below(20) - 10,
    context: r.pick(['watch', 'repl', 'hover', 'variables', 'clipboard']), data: r.pick(['AAAA', '', '!!', 'AAECAwQFBgc=']),
    source: { path: program }, lines: [r.below(90)], breakpoints: [{ line: r.below(90) }], filters: [r.pick(['mte-sync', 'mte-async', 'signals', 'nope'])],
    line: r.below(90), targetId: r.below(200), address: pick('memoryReference'), length: r.pick([16, 64, 0, 1 << 20]), tags: [r.below(16), 3],
  };
  delete args[r.pick(Object.keys(args))];
  return args;
}

function value(r: Random, depth = 0): unknown {
  switch (r.below(14)) {
    case 0: return undefined;
    case 1: return null;
    case 2: return r.below(5);
    case 3: return r.pick([-1, -(2 ** 31), 2 ** 31, 2 ** 53, 1e300, -0, 0.5, NaN, Infinity, 1000, 1, 0x7fffffff]);
    case 4: return r.pick(['', 'x', '0x400000', '0x0100fffff7fff000', '-1', '0xzz', '1e5', 'read', 'write', 'readWrite', 'hex', 'instruction', 'line', 'statement', 'aGVsbG8=', '!!!', 'a'.repeat(2000)]);
    case 5: return r.pick(EXPRESSIONS);
    case 6: return r.chance(0.5);
    case 7: return depth > 2 ? [] : Array.from({ length: r.below(4) }, () => value(r, depth + 1));
    case 8: return depth > 2 ? {} : randomArgs(r, depth + 1);
    case 9: return { path: r.pick([program, '/nonexistent.s', '', 'relative.s', program + '\u0000']), sourceReference: r.below(3) };
    case 10: return [{ line: r.below(200) - 5, condition: r.chance(0.3) ? r.pick(EXPRESSIONS) : undefined, hitCondition: r.chance(0.2) ? r.pick(['3', '>2', 'x', '%0']) : undefined, logMessage: r.chance(0.2) ? '{x0} {nosuch' : undefined }];
    case 11: return r.below(1000) + 1;
    case 12: return r.pick(['1000', '2000', '1:0', 'x0', 'mem:0x400000']);
    default: return { nested: { deeper: [1, 'two', null] } };
  }
}

function randomArgs(r: Random, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let n = r.below(5); n > 0; n--) out[r.pick(KEYS)] = value(r, depth);
  return out;
}

async function launched(launchArgs: Record<string, unknown>): Promise<InProcessSession> {
  const h = await inProcessSession();
  await h.launch(launchArgs);
  return h;
}

async function fuzz(seed: number, launchArgs: Record<string, unknown>, rounds: number): Promise<Record<string, number>> {
  const r = random(seed);
  for (const k of Object.keys(seen)) seen[k] = k === 'id' ? [1] : [];
  let h = await launched(launchArgs);
  for (const [c, a] of [['stackTrace', { threadId: 1 }], ['scopes', { frameId: 0 }], ['evaluate', { expression: 'x19', context: 'watch' }]] as const) {
    const res = await h.request(c, a);
    if (res.success) harvest(res.body);
  }
  const counts: Record<string, number> = { ok: 0, error: 0, relaunch: 0 };
  for (let i = 0; i < rounds; i++) {
    const command = r.pick(COMMANDS);
    const args = r.chance(0.1) ? r.pick([undefined, null, 5, 'text', [], [1, 2]]) : r.chance(0.5) ? plausibleArgs(r) : randomArgs(r);
    const label = `#${i} ${command} ${JSON.stringify(args)}`;
    const response = await h.request(command, args);
    if (response.success) { counts.ok!++; harvest(response.body); }
    else {
      counts.error!++;
      assert.ok(typeof response.message === 'string' && response.message.length > 0, `${label}: error without a message`);
      assert.doesNotMatch(response.message!, /internal error|TypeError|RangeError|ReferenceError|SyntaxError|Cannot read|is not a function|undefined is|\[object Object\]/, `${label}: ${response.message}`);
    }
    // Let a run request's stop or exit arrive, then check that the session still answers.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (h.events.some((e) => e.event === 'terminated' || e.event === 'exited')) {
      await h.close();
      h = await launched(launchArgs);
      counts.relaunch!++;
      continue;
    }
    if (i % 8 === 0) {
      const threads = await h.request('threads', {});
      assert.equal(threads.success, true, `${label}: threads after it: ${threads.message}`);
    }
  }
  await h.close();
  return counts;
}

test('fuzz: random and malformed DAP requests to an assembly MTE session get clean responses', async () => {
  const counts = await fuzz(0xdab1, { program, stopOnEntry: true, seed: 3 }, 300);
  assert.ok(counts.error! > 60 && counts.ok! > 20, JSON.stringify(counts));
});

test('fuzz: random and malformed DAP requests to a C program session get clean responses', async () => {
  const counts = await fuzz(0xdab2, { program: cProgram, args: ['mte-doc'], stopOnEntry: true, seed: 3 }, 150);
  assert.ok(counts.error! > 30, JSON.stringify(counts));
});
