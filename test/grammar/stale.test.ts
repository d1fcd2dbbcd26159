// The committed grammar must be exactly what scripts/gen-grammar.ts generates from the current instruction table;
// otherwise a table change (a new mnemonic, a new system register) has not reached the grammar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { grammarPath, grammarText } from '../../scripts/gen-grammar.js';

test('syntaxes/aarch64-asm.tmLanguage.json is up to date with emulator/isa', () => {
  const committed = readFileSync(grammarPath, 'utf8');
  const generated = grammarText();
  assert.ok(committed === generated, 'the grammar is stale: run `node --import tsx scripts/gen-grammar.ts` and commit syntaxes/aarch64-asm.tmLanguage.json');
});
