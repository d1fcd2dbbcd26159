// Host-side helpers of the MTE webviews: pointer marks from register values, tag-map expansion, windows and
// encodings. The tag arithmetic follows the architecture: logical tag = pointer bits 59:56, TBI ignores 63:56.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandTagMap, logicalTagOf, parseRegisterValue, pointerMarks, untagged, windowAround, base64ToHex, hexToBase64 } from '../../extension/mteViewData.js';

test('logical tag and untagged address follow bits 59:56 and TBI', () => {
  assert.equal(logicalTagOf(0x0a00ffff80001000n), 0xa);
  assert.equal(logicalTagOf(0xf500ffff80001000n), 0x5);
  assert.equal(untagged(0xf500ffff80001000n), 0xffff80001000n);
});

test('register values are read from the adapter text, presentation suffixes ignored', () => {
  assert.equal(parseRegisterValue('0x0a00ffff80000000 <tag 0xa, memory 0x0: MISMATCH>'), 0x0a00ffff80000000n);
  assert.equal(parseRegisterValue('42'), 42n);
  assert.equal(parseRegisterValue('<unavailable>'), undefined);
});

test('pointer marks: only registers pointing into the window, with both tags', () => {
  const registers = [
    { name: 'x0', value: '0x0300ffff80001000' },
    { name: 'x1', value: '0x0300ffff80001034' },
    { name: 'x2', value: '0x0300ffff80002000' }, // outside
    { name: 'x3', value: '0x0' },
    { name: 'pc', value: 'main+4' },
  ];
  const tags = [3, 3, 3, 0];
  const marks = pointerMarks(registers, 0xffff80001000n, 64, (i) => tags[i] ?? null);
  assert.deepEqual(marks, [
    { name: 'x0', address: '0xffff80001000', logicalTag: 3, allocationTag: 3 },
    { name: 'x1', address: '0xffff80001034', logicalTag: 3, allocationTag: 0 },
  ]);
});

test('tag-map runs expand to one tag per granule, capped', () => {
  const response = {
    granuleSize: 16 as const, truncated: false,
    regions: [
      { start: '0x1000', end: '0x1100', name: '', read: true, write: true, execute: false, runs: [{ start: '0x1000', granules: 10, tag: 5 }, { start: '0x10a0', granules: 6, tag: 0 }] },
      { start: '0x9000', end: '0x9040', name: 'b', read: true, write: true, execute: false, runs: [{ start: '0x9000', granules: 4, tag: 1 }] },
    ],
  };
  const full = expandTagMap(response);
  assert.equal(full.truncated, false);
  assert.deepEqual(full.regions[0]!.tags, [...Array(10).fill(5), ...Array(6).fill(0)]);
  assert.equal(full.regions[0]!.end, '0x1100');
  assert.deepEqual(full.regions[1]!.tags, [1, 1, 1, 1]);
  const capped = expandTagMap(response, 12);
  assert.equal(capped.truncated, true);
  assert.equal(capped.regions.length, 1);
  assert.equal(capped.regions[0]!.tags.length, 12);
  assert.equal(capped.regions[0]!.end, '0x10c0');
});

test('the window starts a few granules before the address, aligned, and never below zero', () => {
  assert.deepEqual(windowAround(0x0a00ffff80001037n), { start: 0xffff80000ff0n, length: 512 });
  assert.deepEqual(windowAround(0x20n), { start: 0n, length: 512 });
});

test('memory bytes convert between DAP base64 and the view hex', () => {
  assert.equal(base64ToHex(Buffer.from([0, 0xab, 0x10]).toString('base64')), '00ab10');
  assert.equal(hexToBase64('00ab10'), Buffer.from([0, 0xab, 0x10]).toString('base64'));
  assert.equal(base64ToHex(undefined), '');
});
