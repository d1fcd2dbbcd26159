// Unit tests of DebugTarget's pure parts: the line table and symbol lookups (ProgramInfo), call detection on
// instruction words (encodings from GNU as: bl = 0x94000000|imm26, blr x1 = 0xd63f0020, ret = 0xd65f03c0), and
// the kernel-state keeper that snapshots and restores a kernel object in place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ProgramInfo } from '../../debug-adapter/programInfo.js';
import { isCallInstruction } from '../../debug-adapter/unwind.js';
import { KernelStateKeeper } from '../../debug-adapter/kernelState.js';
import type { ProgramImage } from '../../emulator/program.js';

const image: ProgramImage = {
  path: '/src/prog.s', entry: 0x400000n,
  segments: [{ vaddr: 0x400000n, data: new Uint8Array(64), memSize: 64, read: true, write: false, execute: true }],
  symbols: [
    { name: '_start', address: 0x400000n, size: 16, type: 'func', binding: 'global' },
    { name: 'helper', address: 0x400010n, size: 8, type: 'func', binding: 'local' },
    { name: 'data', address: 0x410000n, size: 8, type: 'object', binding: 'global' },
  ],
  lines: [
    { address: 0x400000n, file: 'prog.s', line: 3 },
    { address: 0x400004n, file: 'prog.s', line: 4 },
    { address: 0x400008n, file: 'prog.s', line: 7 },
    { address: 0x40000cn, file: 'prog.s', line: 8 },
    { address: 0x400010n, file: 'prog.s', line: 12 },
    { address: 0x400014n, file: 'prog.s', line: 13 },
    { address: 0x400018n, file: 'prog.s', line: 13, endSequence: true },
  ],
};

test('ProgramInfo maps addresses to lines and lines to addresses', () => {
  const info = new ProgramInfo(image, '/src');
  assert.deepEqual(info.lineAt(0x400008n), { file: '/src/prog.s', line: 7 });
  assert.deepEqual(info.lineAt(0x40000en), { file: '/src/prog.s', line: 8 }, 'inside a row');
  assert.equal(info.lineAt(0x400018n), undefined, 'end of sequence');
  assert.equal(info.lineAt(0x3ffffcn), undefined);
  assert.deepEqual(info.addressesForLine('/src/prog.s', 5), { line: 7, addresses: [0x400008n] }, 'moves to the next line with code');
  assert.deepEqual(info.addressesForLine('prog.s', 12), { line: 12, addresses: [0x400010n] }, 'relative paths resolve against the base folder');
  assert.equal(info.addressesForLine('/src/other.s', 3), undefined);
  assert.deepEqual(info.linesWithCode('/src/prog.s'), [3, 4, 7, 8, 12, 13]);
});

test('ProgramInfo symbolizes addresses and finds function starts', () => {
  const info = new ProgramInfo(image, '/src');
  assert.deepEqual(info.symbolize(0x400004n), { name: '_start', offset: 4n, start: 0x400000n });
  assert.deepEqual(info.symbolize(0x400014n), { name: 'helper', offset: 4n, start: 0x400010n });
  assert.equal(info.functionStart(0x400014n), 0x400010n);
  assert.equal(info.symbolAddress('data'), 0x410000n);
  assert.equal(info.symbolAddress('nothing'), undefined);
});

test('call detection on instruction words', () => {
  assert.equal(isCallInstruction(0x94000010), true, 'bl');
  assert.equal(isCallInstruction(0xd63f0020), true, 'blr x1');
  assert.equal(isCallInstruction(0x14000010), false, 'b');
  assert.equal(isCallInstruction(0xd65f03c0), false, 'ret');
  assert.equal(isCallInstruction(0xd61f0020), false, 'br x1');
});

class Space { regions = [{ start: 1n, end: 2n }]; next = 0x1000n; }
class FakeKernel {
  readonly machine = { id: 'machine' };
  readonly space = new Space();
  readonly handlers = new Map<number, { flags: number }>();
  readonly bytes = new Uint8Array([1, 2, 3]);
  brk = 0x5000n;
  finalStop: unknown = undefined;
}

test('the kernel state keeper restores fields in place and leaves shared objects alone', () => {
  const k = new FakeKernel();
  const spaceBefore = k.space;
  const keeper = new KernelStateKeeper(k, [k.machine]);
  k.handlers.set(11, { flags: 4 });
  const saved = keeper.capture();
  k.brk = 0x9000n;
  k.space.regions.push({ start: 5n, end: 6n });
  k.space.next = 0x2000n;
  k.handlers.get(11)!.flags = 99;
  k.handlers.set(2, { flags: 1 });
  k.bytes[0] = 42;
  k.finalStop = { kind: 'exit' };
  keeper.restore(saved);
  assert.equal(k.brk, 0x5000n);
  assert.equal(k.space, spaceBefore, 'the same object, restored in place');
  assert.deepEqual(k.space.regions, [{ start: 1n, end: 2n }]);
  assert.equal(k.space.next, 0x1000n);
  assert.deepEqual([...k.handlers.entries()], [[11, { flags: 4 }]]);
  assert.deepEqual([...k.bytes], [1, 2, 3]);
  assert.equal(k.finalStop, undefined);
  assert.equal(k.machine.id, 'machine');
  // Restoring twice from the same capture gives the same state (the capture is not consumed or aliased).
  k.brk = 1n;
  k.space.regions[0]!.end = 100n;
  keeper.restore(saved);
  assert.deepEqual(k.space.regions, [{ start: 1n, end: 2n }]);
  assert.equal(k.brk, 0x5000n);
});
