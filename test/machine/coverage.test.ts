// Every non-alias instruction form of the ISA table outside the SIMD&FP group has semantics in the executor
// (the mapped type in emulator/machine/executor.ts proves it at compile time while FormId is a literal union; this
// test keeps the guarantee when it is not), and every semantics key names a real form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forms } from '../../emulator/isa/index.js';
import { missingSemantics, semanticsIds } from '../../emulator/machine/executor.js';

test('every integer, system and MTE form has semantics', () => {
  const ids = forms().filter((f) => !f.aliasOf && f.group !== 'simdFp').map((f) => f.id);
  assert.ok(ids.length > 300, `only ${ids.length} forms in the table`);
  assert.deepEqual(missingSemantics(ids), []);
});

test('every semantics entry names a form of the table', () => {
  const known = new Set(forms().map((f) => f.id));
  assert.deepEqual(semanticsIds().filter((id) => !known.has(id)), []);
});
