// Logical immediates: every valid N:immr:imms of the Arm ARM (32- and 64-bit) decodes to a value that encodes
// back to an equivalent field set; values that are not rotated runs of ones are rejected.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBitmask, encodeBitmask } from '../../emulator/isa/index.js';

test('every valid bitmask encoding round-trips', () => {
  let count = 0;
  for (const is64 of [false, true]) {
    for (let n = 0; n < 2; n++) for (let immr = 0; immr < 64; immr++) for (let imms = 0; imms < 64; imms++) {
      const v = decodeBitmask(n, immr, imms, is64);
      if (v === undefined) continue;
      const e = encodeBitmask(v, is64);
      assert.ok(e, `${v.toString(16)} has no encoding`);
      assert.equal(decodeBitmask(e.N, e.immr, e.imms, is64), v);
      count++;
    }
  }
  // 5334 distinct 64-bit patterns and 1302 32-bit ones, counted with their duplicate encodings.
  assert.ok(count > 6000);
});

test('values that are not replicated rotated runs of ones have no encoding', () => {
  for (const v of [0n, 0xffffffffffffffffn, 0x5n, 0x1234n, 0xff00ff00ff00ff01n]) assert.equal(encodeBitmask(v, true), undefined);
  for (const v of [0n, 0xffffffffn, 0x12345678n]) assert.equal(encodeBitmask(v, false), undefined);
  assert.deepEqual(encodeBitmask(0xffn, true), { N: 1, immr: 0, imms: 7 });
  assert.deepEqual(encodeBitmask(0x5555555555555555n, true), { N: 0, immr: 0, imms: 0x3c });
});
