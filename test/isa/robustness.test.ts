// Bad input never crashes the instruction layer: every 32-bit pattern disassembles to some text (sampled
// uniformly), and the assembler answers malformed operand text with an error value rather than an exception.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assembleInstruction, createResolver, decode, disassemble, forms, mnemonics } from '../../emulator/isa/index.js';
import type { Feature } from '../../emulator/isa/api.js';

let seed = 0x1234567;
function random32(): number {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed >>> 0;
}

test('200,000 random words disassemble without throwing; decode agrees with disassembly on undefined words', () => {
  let undefinedWords = 0;
  for (let i = 0; i < 200_000; i++) {
    const w = random32();
    const d = disassemble(w, BigInt(i) * 4n, (a) => ({ name: 'f', offset: a }));
    assert.ok(d.text.length > 0);
    const isUndefined = decode(w) === undefined;
    assert.equal(d.text.startsWith('.inst\t'), isUndefined, `word ${w.toString(16)}: '${d.text}'`);
    if (isUndefined) undefinedWords++;
  }
  assert.ok(undefinedWords > 0 && undefinedWords < 200_000);
});

test('malformed operand text gives an error value for every mnemonic, never an exception', () => {
  const features = new Set<Feature>(forms().map((f) => f.feature));
  const ctx = { address: 0x1000n, features, resolver: createResolver() };
  const junk = ['', ',', 'x0,', '[', ']', '[x0', 'x0, [x1, #1', '#', '#:lo12:', ':got:', 'x0, #((1)', 'q7', 'x31', 'w32', 'x0, x1, x2, x3, x4, x5',
    '{x0}', 'x0, #0x', 'x0, #1e3', 'sp, sp, sp', 'x0, :abs_g9:foo', '#-', 'c99', 'x0, [sp, x1, lsl #9]', 'x0, 0x8000000000000000'];
  let errors = 0;
  for (const m of mnemonics()) {
    const mnemonic = m.replace('<cond>', 'eq');
    for (const j of junk) {
      const r = assembleInstruction(mnemonic, j, ctx);
      assert.equal(typeof r.ok, 'boolean');
      if (!r.ok) {
        errors++;
        assert.ok(r.message.length > 0);
        assert.ok(!r.message.startsWith('internal assembler error'), `${mnemonic} '${j}': ${r.message}`);
      }
    }
  }
  assert.ok(errors > mnemonics().length * 10);
});
