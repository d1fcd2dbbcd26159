// FEAT_CSSC (CTZ, CNT, ABS, SMAX/SMIN/UMAX/UMIN): qemu-user 7.2 predates it, so values follow the Arm ARM definitions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { machineWith } from './helpers.js';

test('CTZ, CNT, ABS and min/max', () => {
  const lines = ['ctz x0, x10', 'ctz w1, wzr', 'cnt x2, x11', 'abs x3, x12', 'abs w4, w12', 'smax x5, x10, x12', 'umin x6, x10, x12', 'smin w7, w12, #-3', 'umax x8, x13, #200'];
  let m;
  try { m = machineWith(lines); } catch (e) { assert.fail(`the ISA table has no CSSC forms yet: ${String(e)}`); }
  m.setX(10, 0x100000000n);
  m.setX(11, 0xf0f0n);
  m.setX(12, 0xfffffffffffffff6n); // -10
  m.setX(13, 7n);
  m.run({ maxSteps: lines.length });
  assert.equal(m.getX(0), 32n);
  assert.equal(m.getX(1), 32n);
  assert.equal(m.getX(2), 8n);
  assert.equal(m.getX(3), 10n);
  assert.equal(m.getX(4), 10n);
  assert.equal(m.getX(5), 0x100000000n);
  assert.equal(m.getX(6), 0x100000000n);
  assert.equal(m.getX(7), 0xfffffff6n);
  assert.equal(m.getX(8), 200n);
});
