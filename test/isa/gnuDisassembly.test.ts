// Compares our disassembler with GNU objdump 2.40 on the words recorded in test/isa/expectations/disassembly.json
// (regenerate with `node --import tsx scripts/gen-isa-expectations.mjs`). One subtest per encoding group, so a
// disagreement names the group that owns it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, disassemble } from '../../emulator/isa/index.js';
import type { Symbolizer } from '../../emulator/isa/api.js';

interface Case { address: string; word: string; text: string }
const data = JSON.parse(readFileSync(join(__dirname, 'expectations/disassembly.json'), 'utf8')) as { cases: Case[] };
/** objdump's object has one symbol, _start at 0, so every target prints as <_start+0x...>. */
const symbolize: Symbolizer = (address) => ({ name: '_start', offset: address });

const byGroup = new Map<string, { c: Case; got: string }[]>();
for (const c of data.cases) {
  const word = Number(c.word);
  const got = disassemble(word, BigInt(c.address), symbolize).text;
  const group = decode(word)?.form.group ?? (c.text.startsWith('.inst') ? 'undefined' : 'unknown to us');
  let list = byGroup.get(group);
  if (!list) byGroup.set(group, (list = []));
  list.push({ c, got });
}

/** Instruction families objdump knows that the table does not describe yet, with the reason. */
const notYetInTable: { pattern: RegExp; reason: string }[] = [
  { pattern: /^(cpy|set)[a-z]*\t/, reason: 'FEAT_MOPS memory copy/set (cpy*, set*) is not in the table yet' },
];

for (const [group, list] of byGroup) {
  test(`disassembly agrees with objdump: ${group} (${list.length} words)`, (t) => {
    let bad = list.filter((x) => x.got !== x.c.text);
    for (const gap of notYetInTable) {
      const skipped = bad.filter((x) => x.got.startsWith('.inst') && gap.pattern.test(x.c.text));
      if (skipped.length) t.diagnostic(`${skipped.length} words not compared: ${gap.reason}`);
      bad = bad.filter((x) => !skipped.includes(x));
    }
    const show = bad.slice(0, 25).map((x) => `${x.c.word}: objdump '${x.c.text}' ours '${x.got}'`);
    assert.deepEqual(show, [], `${bad.length} of ${list.length} differ`);
  });
}
