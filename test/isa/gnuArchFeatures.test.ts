// The assembler accepts and refuses instructions under -march/.arch/.arch_extension combinations as GNU as 2.40
// does: test/asm/fixtures/errors-archfeatures.s (crypto extensions with and without Armv8.2-A, +nosimd, nosha2;
// SVE saturating counts given scalar registers) against GNU's diagnostics in test/asm/expectations (produced by
// scripts/gen-asm-expectations.mjs). Every line GNU refuses must be refused with GNU's message, every other line
// accepted, except the project's deliberate differences listed below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assemble, parseArchitecture } from '../../emulator/asm/index.js';
import type { Feature } from '../../emulator/isa/api.js';

const asmDir = join(__dirname, '..', 'asm');
const file = 'errors-archfeatures.s';
const features = [...(parseArchitecture('armv8.5-a+memtag') as { features: Set<Feature> }).features];

/** Lines GNU refuses and this assembler accepts on purpose, with the reason. */
const acceptedOnPurpose: Readonly<Record<string, string>> = {
  'irg x0,x1': 'MTE instructions are accepted with memtag on any architecture (GNU as 2.40 wants Armv8.5-A too)',
  'stg x0,[x1]': 'MTE instructions are accepted with memtag on any architecture (GNU as 2.40 wants Armv8.5-A too)',
};

interface Expected { line: number; severity: string; message: string }

test(`${file}: the lines GNU as refuses, with its messages, and no others`, () => {
  const expected = (JSON.parse(readFileSync(join(asmDir, 'expectations', file.replace(/\.s$/, '.json')), 'utf8')) as { diagnostics: Expected[] })
    .diagnostics.filter((d) => d.severity === 'error')
    // GNU's "Info: did you mean this?" lines follow some messages; the message is the first line.
    .map((d) => ({ ...d, message: d.message.split('\n')[0]! }));
  const source = readFileSync(join(asmDir, 'fixtures', file), 'utf8');
  const result = assemble(source, { fileName: file, features, readFile: () => undefined });
  // The project names the missing feature after GNU's message: "... (instruction requires: sha3)".
  const ours = new Map(result.diagnostics.filter((d) => d.severity === 'error')
    .map((d) => [d.line, d.message.replace(/ \(instruction requires: [^)]*\)$/, '')]));
  const problems: string[] = [];
  for (const want of expected) {
    const shown = /`(.*)'$/.exec(want.message)?.[1];
    if (shown !== undefined && acceptedOnPurpose[shown] !== undefined && !ours.has(want.line)) continue;
    const got = ours.get(want.line);
    if (got !== want.message) problems.push(`line ${want.line}: GNU "${want.message}", ours ${got === undefined ? 'accepted' : `"${got}"`}`);
    ours.delete(want.line);
  }
  for (const [line, message] of ours) problems.push(`line ${line}: GNU accepts, ours "${message}"`);
  assert.deepEqual(problems, []);
  assert.ok(expected.length >= 30, 'the fixture exercises at least 30 refusals');
});
