// DAP tests of the MTE features against the built adapter. fixtures/mte-fault.s is the Linux kernel
// documentation's example in assembly; the pointer's tag is 5 because IRG's exclusion mask leaves only tag 5
// (architecturally deterministic), the first granule is tagged by STG and the second keeps the allocation tag 0
// every PROT_MTE page starts with (Linux documentation). qemu-aarch64 -cpu max kills the program with SIGSEGV
// (status 139) after printing "ok" (test/oracle/dap.test.ts checks the same facts against qemu and gdb).
import { test, afterEach, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { fixture, markerLine, startClient, launchToFirstStop, topFrame, resumeAndStop, evaluate, scopeVariables, initializeArgs, waitForOutput } from './helpers.js';
import type { ReadMemoryTagsResponse, TagHistoryResponse, TagMapResponse, WriteMemoryTagsResponse } from '../../debug-adapter/protocol.js';

const mteFault = fixture('mte-fault.s');
const mteAsync = fixture('mte-async.s');
let dc: DebugClient;

beforeEach(async () => { dc = await startClient(); });
afterEach(async () => { await dc.stop(); });

const hexValue = (text: string): bigint => BigInt(/^0x[0-9a-f]+/.exec(text)![0]);

async function repl(expression: string): Promise<string> {
  const frame = await topFrame(dc);
  return (await dc.evaluateRequest({ expression, frameId: frame.id, context: 'repl' })).body.result;
}

test('a synchronous tag check fault stops with reason exception on the faulting line', async () => {
  const stop = await launchToFirstStop(dc, mteFault);
  assert.equal(stop.body.reason, 'exception');
  assert.match(stop.body.description!, /Tag check fault \(synchronous\)/);
  const frame = await topFrame(dc);
  assert.equal(frame.line, markerLine(mteFault, 'FAULT'));
  const pointer = hexValue(await evaluate(dc, 'x0'));
  const base = hexValue(await evaluate(dc, 'x19'));
  assert.equal(pointer >> 56n, 5n, 'IRG with only tag 5 included gives tag 5');
  assert.equal(pointer & ((1n << 56n) - 1n), base, 'the tag is the only difference from the mmap result');
  const info = await dc.exceptionInfoRequest({ threadId: 1 });
  assert.equal(info.body.exceptionId, 'SIGSEGV (SEGV_MTESERR)');
  const faultAddress = pointer + 16n;
  const d = info.body.description!;
  assert.ok(d.includes(`Memory tag violation while accessing address 0x${faultAddress.toString(16)}`), d);
  assert.ok(d.includes('Allocation tag 0x0'), d);
  assert.ok(d.includes('Logical tag 0x5.'), d);
  assert.match(d, /store of 1 byte by `strb\s+w1, \[x0, #16\]`/);
  assert.ok(d.includes(`Granule [0x${(base + 16n).toString(16)},0x${(base + 32n).toString(16)})`), d);
  assert.match(d, /synchronous \(SEGV_MTESERR\)/);
  assert.equal(info.body.details?.typeName, 'Tag check fault (synchronous)');
});

test('continuing a fatal tag fault ends the program with SIGSEGV (status 139, as under qemu)', async () => {
  await launchToFirstStop(dc, mteFault);
  const exited = dc.waitForEvent('exited');
  const report = waitForOutput(dc, 'console', 'Program terminated with signal SIGSEGV');
  await dc.continueRequest({ threadId: 1 });
  await report;
  assert.equal((await exited).body.exitCode, 139);
});

test('with the tag check filters off the program just dies, having printed ok', async () => {
  let stdout = '';
  dc.on('output', (e: DebugProtocol.OutputEvent) => { if (e.body.category === 'stdout') stdout += e.body.output; });
  await dc.initializeRequest(initializeArgs);
  const initialized = dc.waitForEvent('initialized');
  await dc.launchRequest({ program: mteFault } as never);
  await initialized;
  await dc.setExceptionBreakpointsRequest({ filters: ['otherSignals'] });
  const exited = dc.waitForEvent('exited');
  await dc.configurationDoneRequest();
  assert.equal((await exited).body.exitCode, 139);
  assert.equal(stdout, 'ok\n');
});

test('readMemoryTags, tagMap, tagHistory and the MTE scope describe the tagged page', async () => {
  await launchToFirstStop(dc, mteFault);
  const base = hexValue(await evaluate(dc, 'x19'));
  const tags = (await dc.send('readMemoryTags', { memoryReference: `0x${(base | (5n << 56n)).toString(16)}`, count: 3 })).body as ReadMemoryTagsResponse;
  assert.equal(BigInt(tags.address), base);
  assert.equal(tags.granuleSize, 16);
  assert.deepEqual(tags.tags, [5, 0, 0]);
  const untaggedMemory = (await dc.send('readMemoryTags', { memoryReference: hexValue(await evaluate(dc, 'sp')).toString(), count: 1 })).body as ReadMemoryTagsResponse;
  assert.deepEqual(untaggedMemory.tags, [null], 'the stack is not PROT_MTE');
  const map = (await dc.send('tagMap', {})).body as TagMapResponse;
  const region = map.regions.find((r) => BigInt(r.start) === base);
  assert.ok(region, 'the PROT_MTE page is in the tag map');
  assert.equal(BigInt(region.end) - BigInt(region.start), 4096n);
  assert.deepEqual(region.runs.map((r) => [r.tag, r.granules]), [[5, 1], [0, 255]]);
  const history = (await dc.send('tagHistory', { memoryReference: `0x${base.toString(16)}` })).body as TagHistoryResponse;
  assert.equal(history.entries.length, 1);
  assert.equal(history.entries[0]!.newTag, 5);
  assert.equal(history.entries[0]!.oldTag, 0);
  assert.match(history.entries[0]!.instruction, /^stg\s+x0, \[x0\]/);
  assert.equal(history.entries[0]!.source?.line, markerLine(mteFault, 'STG'));
  const mte = await scopeVariables(dc, 'MTE');
  const byName = new Map(mte.map((v) => [v.name, v.value]));
  assert.equal(byName.get('tag-check mode'), 'sync');
  assert.match(byName.get('include mask')!, /^0xfffe/);
  assert.equal(byName.get('tagged address ABI'), 'true');
  assert.equal(byName.get('TCO'), '0');
});

test('register values show the logical tag against the allocation tag, marking mismatches', async () => {
  await launchToFirstStop(dc, mteFault);
  const regs = await scopeVariables(dc, 'Registers');
  const x0 = regs.find((v) => v.name === 'x0')!;
  assert.match(x0.value, /^0x05[0-9a-f]{14} <tag 0x5, memory 0x5>$/);
  assert.ok(x0.memoryReference);
  assert.match(await evaluate(dc, 'x0 + 16'), /^0x5[0-9a-f]+ <tag 0x5, memory 0x0: MISMATCH>$/);
  const children = await dc.variablesRequest({ variablesReference: x0.variablesReference });
  const names = new Map(children.body.variables.map((v) => [v.name, v.value]));
  assert.equal(names.get('logical tag'), '0x5');
  assert.equal(names.get('allocation tag'), '0x5');
});

test('memory-tag console commands use gdb wording', async () => {
  await launchToFirstStop(dc, mteFault);
  const pointer = hexValue(await evaluate(dc, 'x0'));
  assert.equal(await repl('memory-tag print-logical-tag x0'), '0x5');
  assert.equal(await repl('memory-tag print-allocation-tag x0'), '0x5');
  assert.equal(await repl('memory-tag print-allocation-tag x0 + 16'), '0x0');
  assert.equal(await repl('memory-tag with-logical-tag x0 3'), `0x${((pointer & ~(0xfn << 56n)) | (3n << 56n)).toString(16)}`);
  assert.equal(await repl('memory-tag check x0'), `Memory tags for address 0x${pointer.toString(16)} match (0x5).`);
  assert.equal(await repl('memory-tag check x0 + 16'), `Logical tag (0x5) does not match the allocation tag (0x0) for address 0x${(pointer + 16n).toString(16)}.`);
  const base = pointer & ((1n << 56n) - 1n);
  const x = await repl('x/4xgm x0');
  assert.deepEqual(x.split('\n').filter((l) => l.startsWith('<')), [
    `<Allocation Tag 0x5 for range [0x${base.toString(16)},0x${(base + 16n).toString(16)})>`,
    `<Allocation Tag 0x0 for range [0x${(base + 16n).toString(16)},0x${(base + 32n).toString(16)})>`,
  ]);
  assert.match(x, /0x0000000000004141/, 'the two bytes stored in bounds');
  assert.equal(await repl('memory-tag set-allocation-tag x0 + 16 16 05'), 'Allocation tag(s) updated successfully.');
  assert.equal(await repl('memory-tag check x0 + 16'), `Memory tags for address 0x${(pointer + 16n).toString(16)} match (0x5).`);
  await assert.rejects(dc.evaluateRequest({ expression: 'memory-tag check sp', context: 'repl' }), /not in a region mapped with a memory tagging flag/);
  assert.match(await repl('info registers x0 x19'), /^x0\s+0x5[0-9a-f]+\s+\S+\nx19\s+0x[0-9a-f]+/);
  assert.match(await repl('help'), /memory-tag check EXPR/);
});

test('writeMemoryTags retags granules and sends memory events', async () => {
  await launchToFirstStop(dc, mteFault);
  const base = hexValue(await evaluate(dc, 'x19'));
  const memoryEvent = dc.waitForEvent('memory');
  const w = (await dc.send('writeMemoryTags', { memoryReference: `0x${base.toString(16)}`, offset: 16, tags: [5, 7] })).body as WriteMemoryTagsResponse;
  assert.equal(w.granulesWritten, 2);
  await memoryEvent;
  const tags = (await dc.send('readMemoryTags', { memoryReference: `0x${base.toString(16)}`, count: 4 })).body as ReadMemoryTagsResponse;
  assert.deepEqual(tags.tags, [5, 5, 7, 0]);
});

test('a tag data breakpoint stops when the granule is retagged (STG)', async () => {
  await launchToFirstStop(dc, mteFault, { breakpoints: [{ file: mteFault, lines: [markerLine(mteFault, 'IRG')] }] });
  const info = await dc.dataBreakpointInfoRequest({ name: 'tag:x19' });
  assert.match(info.body.dataId!, /^tag:0x[0-9a-f]+:16$/);
  assert.deepEqual(info.body.accessTypes, ['write']);
  const set = await dc.setDataBreakpointsRequest({ breakpoints: [{ dataId: info.body.dataId!, accessType: 'write' }] });
  assert.equal(set.body.breakpoints[0]!.verified, true);
  const stop = await resumeAndStop(dc, 'continue');
  assert.equal(stop.body.reason, 'data breakpoint');
  assert.deepEqual(stop.body.hitBreakpointIds, [set.body.breakpoints[0]!.id]);
  const line = (await topFrame(dc)).line;
  assert.ok([markerLine(mteFault, 'STG'), markerLine(mteFault, 'STG') + 1].includes(line), `stopped at line ${line}`);
});

test('an asynchronous tag check fault names the store that caused it', async () => {
  const stop = await launchToFirstStop(dc, mteAsync);
  assert.equal(stop.body.reason, 'exception');
  assert.match(stop.body.description!, /asynchronous/);
  const info = await dc.exceptionInfoRequest({ threadId: 1 });
  assert.equal(info.body.exceptionId, 'SIGSEGV (SEGV_MTEAERR)');
  const d = info.body.description!;
  assert.match(d, /Fault address unavailable/);
  assert.match(d, /store of 8 bytes by `str\s+x1, \[x0, #16\]`/);
  assert.ok(d.includes(`mte-async.s:${markerLine(mteAsync, 'ASYNC_STORE')}`), d);
  assert.match(d, /logical tag 0x9/);
  assert.match(d, /allocation tag 0x0/);
  // Delivered at the next kernel entry: the write system call.
  assert.equal((await topFrame(dc)).line, markerLine(mteAsync, 'ASYNC_DELIVERY'));
});

test('readMemory and readMemoryTags of 64 KiB: tags 1..15 repeating (ADDG skips the excluded tag 0)', async () => {
  const program = fixture('tagged64k.s');
  await launchToFirstStop(dc, program, { breakpoints: [{ file: program, lines: [markerLine(program, 'READY')] }] });
  const base = hexValue(await evaluate(dc, 'x19'));
  const tags = (await dc.send('readMemoryTags', { memoryReference: `0x${base.toString(16)}`, count: 4096 })).body as ReadMemoryTagsResponse;
  assert.deepEqual(tags.tags, Array.from({ length: 4096 }, (_, i) => (i % 15) + 1));
  const after = (await dc.send('readMemoryTags', { memoryReference: `0x${(base + 65536n).toString(16)}`, count: 1 })).body as ReadMemoryTagsResponse;
  assert.deepEqual(after.tags, [null], 'past the mapping');
  const memory = await dc.send('readMemory', { memoryReference: `0x${base.toString(16)}`, count: 65536 });
  assert.equal(Buffer.from(memory.body.data, 'base64').length, 65536);
  assert.equal(memory.body.unreadableBytes ?? 0, 0);
});

test('the seed decides IRG tags: the same seed gives the same tags, and they are non-zero (include mask 0xfffe)', async () => {
  const program = fixture('irg-seed.s');
  const tagsFor = async (seed: number): Promise<bigint[]> => {
    const client = await startClient();
    try {
      await launchToFirstStop(client, program, { args: { seed }, breakpoints: [{ file: program, lines: [markerLine(program, 'AFTER_IRG')] }] });
      const frameId = (await client.stackTraceRequest({ threadId: 1 })).body.stackFrames[0]!.id;
      const tags: bigint[] = [];
      for (const r of ['x0', 'x1', 'x2', 'x3']) tags.push(hexValue((await client.evaluateRequest({ expression: r, frameId, context: 'watch' })).body.result) >> 56n);
      return tags;
    } finally {
      await client.stop();
    }
  };
  const a = await tagsFor(1234);
  const b = await tagsFor(1234);
  assert.deepEqual(a, b);
  assert.ok(a.every((t) => t >= 1n && t <= 15n), `tags ${a.join(',')}`);
});

test('fix the tag, discard the signal (signal 0), continue: the store now succeeds and the program exits 0', async () => {
  await launchToFirstStop(dc, mteFault);
  assert.equal(await repl('memory-tag set-allocation-tag x0 + 16 16 05'), 'Allocation tag(s) updated successfully.');
  assert.match(await repl('signal 0'), /will not be delivered/);
  const exited = dc.waitForEvent('exited');
  await dc.continueRequest({ threadId: 1 });
  assert.equal((await exited).body.exitCode, 0, 'exit(0) after the store');
});
