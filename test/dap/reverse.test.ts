// Reverse execution through the DAP: stepBack (line and instruction) and reverseContinue restore snapshots and
// re-execute deterministically, so registers, memory and allocation tags are those of the earlier moment, output
// is not repeated, and running forward again reaches the same states (same tag fault at the same address).
import { test, afterEach, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { fixture, markerLine, startClient, launchToFirstStop, topFrame, resumeAndStop, evaluate } from './helpers.js';
import type { ReadMemoryTagsResponse } from '../../debug-adapter/protocol.js';

const basic = fixture('basic.s');
const mteFault = fixture('mte-fault.s');
let dc: DebugClient;

beforeEach(async () => { dc = await startClient(); });
afterEach(async () => { await dc.stop(); });

test('stepBack by line goes back over a call; by instruction one instruction', async () => {
  await launchToFirstStop(dc, basic, { breakpoints: [{ file: basic, lines: [markerLine(basic, 'AFTER_INNER')] }] });
  assert.equal(await evaluate(dc, 'x0'), '0x6');
  await resumeAndStop(dc, 'stepBack');
  assert.equal((await topFrame(dc)).line, markerLine(basic, 'INNER_CALL'), 'back at the call, not inside double');
  assert.equal(await evaluate(dc, 'x0'), '0x3', 'x0 before double doubled it');
  assert.equal(await evaluate(dc, '*(uint64_t*)buffer'), '0x1122334455667788', 'the store in double is undone');
  await resumeAndStop(dc, 'stepBack', { granularity: 'instruction' });
  assert.equal((await topFrame(dc)).line, markerLine(basic, 'INNER_CALL') - 1);
  // Forward again: the same values come back.
  await resumeAndStop(dc, 'next');
  await resumeAndStop(dc, 'next');
  assert.equal((await topFrame(dc)).line, markerLine(basic, 'AFTER_INNER'));
  assert.equal(await evaluate(dc, 'x0'), '0x6');
  assert.equal(await evaluate(dc, '*(uint64_t*)buffer'), '0x6');
});

test('reverseContinue runs back to the previous breakpoint hit; output is not repeated', async () => {
  let stdout = '';
  dc.on('output', (e: DebugProtocol.OutputEvent) => { if (e.body.category === 'stdout') stdout += e.body.output; });
  const loop = markerLine(basic, 'LOOP');
  await launchToFirstStop(dc, basic, { breakpoints: [{ file: basic, lines: [loop, markerLine(basic, 'EXIT')] }] });
  for (let i = 0; i < 5; i++) {
    assert.equal((await topFrame(dc)).line, loop);
    await resumeAndStop(dc, 'continue');
  }
  assert.equal((await topFrame(dc)).line, markerLine(basic, 'EXIT'));
  assert.equal(stdout, 'hello\n');
  const back = await resumeAndStop(dc, 'reverseContinue');
  assert.equal(back.body.reason, 'breakpoint');
  assert.equal((await topFrame(dc)).line, loop);
  assert.equal(await evaluate(dc, 'x22'), '0x4', 'the last loop iteration, before its increment');
  await resumeAndStop(dc, 'continue');
  assert.equal((await topFrame(dc)).line, markerLine(basic, 'EXIT'));
  assert.equal(stdout, 'hello\n', 'the write is not shown twice');
  const exited = dc.waitForEvent('exited');
  await dc.continueRequest({ threadId: 1 });
  assert.equal((await exited).body.exitCode, 7);
});

test('stepping back from a tag fault restores the allocation tags of the past; forward faults again', async () => {
  await launchToFirstStop(dc, mteFault, { breakpoints: [{ file: mteFault, lines: [markerLine(mteFault, 'STG')] }] });
  const base = BigInt(/^0x[0-9a-f]+/.exec(await evaluate(dc, 'x19'))![0]);
  const tagsAt = async (): Promise<(number | null)[]> => ((await dc.send('readMemoryTags', { memoryReference: `0x${base.toString(16)}`, count: 2 })).body as ReadMemoryTagsResponse).tags;
  assert.deepEqual(await tagsAt(), [0, 0], 'before STG');
  const fault = await resumeAndStop(dc, 'continue');
  assert.equal(fault.body.reason, 'exception');
  assert.deepEqual(await tagsAt(), [5, 0]);
  const firstInfo = await dc.exceptionInfoRequest({ threadId: 1 });
  const back = await resumeAndStop(dc, 'reverseContinue');
  assert.equal(back.body.reason, 'breakpoint');
  assert.equal((await topFrame(dc)).line, markerLine(mteFault, 'STG'));
  assert.deepEqual(await tagsAt(), [0, 0], 'the STG is undone');
  const again = await resumeAndStop(dc, 'continue');
  assert.equal(again.body.reason, 'exception');
  assert.equal((await dc.exceptionInfoRequest({ threadId: 1 })).body.description, firstInfo.body.description, 'same fault, same address');
});
