// readMemory, writeMemory and disassemble at the edges of the address space: unmapped memory, addresses past the
// 48-bit user address space (which a guest access faults on, so they must read as unreadable, not as the memory
// 2^48 lower), a range that runs off the end, and instruction offsets that go below address 0. Each is a clean
// answer (unreadable bytes, "invalid" instructions) or a clear error; the session goes on.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { fixture, launchToFirstStop, startClient } from './helpers.js';

let dc: DebugClient;
beforeEach(async () => { dc = await startClient(); });
afterEach(async () => { await dc.stop(); });

test('memory and disassembly at unmapped and non-canonical addresses', async () => {
  await launchToFirstStop(dc, fixture('basic.s'), { args: { stopOnEntry: true } });
  const read = async (memoryReference: string, count: number, offset = 0) =>
    (await dc.send('readMemory', { memoryReference, count, offset })).body as DebugProtocol.ReadMemoryResponse['body'];
  // The top of the stack is mapped: 16 bytes there read; the same address with bit 52 set reads nothing.
  const top = await read('0xfffffffffff0', 16);
  assert.equal(top!.unreadableBytes ?? 0, 0);
  const alias = await read('0x0010fffffffffff0', 16);
  assert.equal(alias!.unreadableBytes, 16);
  assert.equal(alias!.data ?? '', '');
  // A range running off the end of the address space: the mapped part, then unreadable bytes.
  const off = await read('0xfffffffffff0', 64);
  assert.equal(Buffer.from(off!.data!, 'base64').length, 16);
  assert.equal(off!.unreadableBytes, 48);
  // Tag bits (63:56) are ignored: a tagged pointer reads the memory it points to.
  const tagged = await read('0x0a00fffffffffff0', 16);
  assert.equal(tagged!.data, top!.data);
  assert.equal((await read('0x0', 8))!.unreadableBytes, 8);
  await assert.rejects(dc.send('writeMemory', { memoryReference: '0x0010fffffffffff0', data: 'AAAA' }), /not mapped \(nothing written/);
  const dis = async (memoryReference: string, instructionCount: number, instructionOffset = 0) =>
    ((await dc.send('disassemble', { memoryReference, instructionCount, instructionOffset })).body as DebugProtocol.DisassembleResponse['body'])!.instructions;
  const bad = await dis('0x0010000000400000', 2);
  assert.equal(bad.length, 2);
  assert.ok(bad.every((i) => i.presentationHint === 'invalid'), JSON.stringify(bad));
  const below = await dis('0x0', 3, -2);
  assert.equal(below.length, 3, 'the count asked for, even below address 0');
  assert.ok(below.every((i) => i.presentationHint === 'invalid'));
  await assert.rejects(dc.send('disassemble', { memoryReference: 'nowhere', instructionCount: 1 }), /not an address/);
  // The session goes on.
  assert.equal((await read('0xfffffffffff0', 4))!.unreadableBytes ?? 0, 0);
});
