// Differential test of the disassembler against GNU objdump 2.40: one million seeded random words plus words
// generated from every table pattern with edge field values are disassembled by `objdump -D -b binary -m
// aarch64` and by our `disassemble(word, address)`; texts must agree after whitespace normalisation. Words in
// the SIMD&FP/SVE/SME encoding space that the table does not decode yet are counted and reported separately;
// other differences fail unless an entry of isa-allowlist.json (each with its justification) covers them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, disassemble } from '../../emulator/isa/index.js';
import { allAliases, allForms } from '../../emulator/isa/registry.js';
import type { FormDef } from '../../emulator/isa/table.js';
import {
  OBJDUMP, hex32, inSimdFpSpace, missingTool, normaliseText, objdumpWords, patternWords, seededRandom, sveNeighbourWords,
} from './isa-tools.js';

const RANDOM_WORDS = Number(process.env.ISA_ORACLE_WORDS ?? 1_000_000);
const SEED = 0x5eed_2026;

interface AllowEntry {
  readonly mask?: string;
  readonly value?: string;
  /** Regular expression over objdump's normalised text. */
  readonly objdump?: string;
  /** Regular expression over our normalised text. */
  readonly ours?: string;
  readonly reason: string;
}

interface CompiledAllow {
  readonly entry: AllowEntry;
  readonly mask: number;
  readonly value: number;
  readonly objdump: RegExp | undefined;
  readonly ours: RegExp | undefined;
  used: number;
}

function loadAllowList(): CompiledAllow[] {
  const path = join(__dirname, 'isa-allowlist.json');
  const json = JSON.parse(readFileSync(path, 'utf8')) as { entries: AllowEntry[] };
  return json.entries.map((entry, i) => {
    assert.ok(typeof entry.reason === 'string' && entry.reason.trim().length >= 20, `allow-list entry ${i} needs a justification`);
    assert.ok(entry.mask !== undefined || entry.objdump !== undefined || entry.ours !== undefined, `allow-list entry ${i} matches everything`);
    return {
      entry,
      mask: entry.mask !== undefined ? Number(entry.mask) >>> 0 : 0,
      value: entry.value !== undefined ? Number(entry.value) >>> 0 : 0,
      objdump: entry.objdump !== undefined ? new RegExp(entry.objdump) : undefined,
      ours: entry.ours !== undefined ? new RegExp(entry.ours) : undefined,
      used: 0,
    };
  });
}

function allowed(list: CompiledAllow[], word: number, theirs: string, ours: string): boolean {
  for (const a of list) {
    if (((word & a.mask) >>> 0) !== a.value) continue;
    if (a.objdump && !a.objdump.test(theirs)) continue;
    if (a.ours && !a.ours.test(ours)) continue;
    a.used++;
    return true;
  }
  return false;
}

/** Groups of differing words by our form and objdump's mnemonic, with a few examples each. */
class DifferenceReport {
  private readonly groups = new Map<string, { count: number; examples: string[] }>();
  total = 0;
  add(key: string, example: string): void {
    this.total++;
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = { count: 0, examples: [] }));
    g.count++;
    if (g.examples.length < 3) g.examples.push(example);
  }
  text(limit: number): string {
    const sorted = [...this.groups].sort((a, b) => b[1].count - a[1].count);
    const lines: string[] = [];
    for (const [key, g] of sorted.slice(0, limit)) {
      lines.push(`${String(g.count).padStart(7)}  ${key}`);
      for (const e of g.examples) lines.push(`           ${e}`);
    }
    if (sorted.length > limit) lines.push(`  ... and ${sorted.length - limit} more groups`);
    return lines.join('\n');
  }
  get groupCount(): number {
    return this.groups.size;
  }
}

test('disassembler agrees with GNU objdump on random and table-generated words', { timeout: 600_000 }, () => {
  const missing = missingTool(OBJDUMP);
  assert.equal(missing, undefined, missing);

  const patterns = [...(allForms as readonly FormDef[]), ...(allAliases as readonly FormDef[]).filter((a) => !a.asmOnly)];
  const generated = patternWords(patterns, SEED ^ 0x1234);
  // SVE forms (feature 'sve') get many more words: random ones inside each pattern and each pattern with one fixed
  // bit flipped, so that neighbouring SVE encodings the table does not describe are not mistaken for its forms.
  const sve = sveNeighbourWords(patterns.filter((p) => p.feature === 'sve'), SEED ^ 0x5e5e);
  generated.words.push(...sve.words);
  generated.origin.push(...sve.origin);
  const rnd = seededRandom(SEED);
  const words = new Uint32Array(RANDOM_WORDS + generated.words.length);
  for (let i = 0; i < RANDOM_WORDS; i++) words[i] = rnd();
  words.set(generated.words, RANDOM_WORDS);

  const theirs = objdumpWords(words);
  const allowList = loadAllowList();
  const failures = new DifferenceReport();
  const simd = new DifferenceReport();
  let agree = 0;
  let allowedCount = 0;
  let unparsed = 0;
  let sveCompared = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const raw = theirs[i];
    if (raw === undefined) { unparsed++; continue; }
    const expected = normaliseText(raw);
    const actual = normaliseText(disassemble(word, BigInt(i * 4)).text);
    if (decode(word)?.form.feature === 'sve') sveCompared++;
    if (expected === actual) { agree++; continue; }
    const objMnemonic = expected.split(' ')[0]!;
    const example = `${hex32(word)}  objdump: ${expected}  |  ours: ${actual}`;
    // SIMD&FP/SVE/SME words count apart only while the table does not describe them: a word the table decodes
    // is compared like any other.
    if (inSimdFpSpace(word) && decode(word) === undefined) {
      simd.add(`objdump: ${objMnemonic}`, example);
      continue;
    }
    if (allowed(allowList, word, expected, actual)) { allowedCount++; continue; }
    const form = decode(word)?.form.id ?? 'undecoded';
    const origin = i >= RANDOM_WORDS ? ` (generated from ${generated.origin[i - RANDOM_WORDS]})` : '';
    failures.add(`ours: ${form}  objdump: ${objMnemonic}`, example + origin);
  }

  console.log(`isa-disasm: ${words.length} words (${RANDOM_WORDS} random, ${generated.words.length} from ${patterns.length} table patterns)`);
  console.log(`isa-disasm: agree ${agree}, allow-listed ${allowedCount}, SIMD&FP/SVE/SME not in the table yet ${simd.total}, differ ${failures.total}, unparsed objdump lines ${unparsed}`);
  console.log(`isa-disasm: ${sveCompared} words decoded as SVE forms compared (${sve.words.length} generated around the SVE patterns)`);
  if (simd.total > 0) console.log(`isa-disasm: SIMD&FP/SVE/SME words by objdump mnemonic (top 15 of ${simd.groupCount}):\n${simd.text(15)}`);
  for (const a of allowList) console.log(`isa-disasm: allow-list entry used ${a.used} times: ${a.entry.reason}`);
  assert.equal(unparsed, 0, 'objdump lines that could not be parsed');
  assert.equal(failures.total, 0, `${failures.total} words differ from objdump in ${failures.groupCount} groups:\n${failures.text(40)}`);
});
