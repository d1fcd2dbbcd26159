// Differential test of the Advanced SIMD integer forms against GNU objdump 2.40: seeded random words inside every
// simdInteger pattern (and its aliases) plus random words across the Advanced SIMD data-processing space
// (three same/different, two-register misc, across lanes, shift by immediate, by element; vector and scalar).
// A word fails when we decode it as a simdInteger form and print other text than objdump, or when objdump prints
// one of our mnemonics for a word in those encoding groups that our table leaves undecoded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decode, disassemble } from '../../emulator/isa/index.js';
import { simdIntegerAliases, simdIntegerForms } from '../../emulator/isa/groups/simdInteger.js';
import type { FormDef } from '../../emulator/isa/table.js';
import { OBJDUMP, hex32, missingTool, normaliseText, objdumpWords, patternWords, seededRandom } from './isa-tools.js';

const PER_PATTERN = Number(process.env.SIMD_INT_WORDS_PER_FORM ?? 200);
const RANDOM_SPACE = Number(process.env.SIMD_INT_SPACE_WORDS ?? 300_000);

/** Advanced SIMD data-processing groups of this helper's forms: (mask, value) over the word. */
const GROUPS: readonly [number, number][] = [
  [0x9f200400, 0x0e200400], // three same
  [0xdf200400, 0x5e200400], // scalar three same
  [0x9f200c00, 0x0e200000], // three different
  [0xdf200c00, 0x5e200000], // scalar three different
  [0x9f3e0c00, 0x0e200800], // two-register misc
  [0xdf3e0c00, 0x5e200800], // scalar two-register misc
  [0x9f3e0c00, 0x0e300800], // across lanes
  [0xdf3e0c00, 0x5e300800], // scalar pairwise
  [0x9f800400, 0x0f000400], // shift by immediate (immh != 0) and modified immediate
  [0xdf800400, 0x5f000400], // scalar shift by immediate
  [0x9f000400, 0x0f000000], // vector by element
  [0xdf000400, 0x5f000000], // scalar by element
];
const inGroups = (w: number): boolean => GROUPS.some(([m, v]) => ((w & m) >>> 0) === v);

test('Advanced SIMD integer forms disassemble as GNU objdump does', { timeout: 600_000 }, () => {
  const missing = missingTool(OBJDUMP);
  if (missing) { console.log(`skipped: ${missing}`); return; }
  const defs = [...(simdIntegerForms as readonly FormDef[]), ...(simdIntegerAliases as readonly FormDef[])];
  const ids = new Set(defs.map((d) => d.id));
  const mnemonics = new Set(defs.map((d) => d.mnemonic));
  const rnd = seededRandom(0x51_3d_1e7);
  const words: number[] = [...patternWords(defs, 0x5eed).words];
  for (const d of defs) for (let i = 0; i < PER_PATTERN; i++) words.push(((rnd() & ~d.mask) | d.value) >>> 0);
  for (let i = 0; words.length < defs.length * PER_PATTERN + RANDOM_SPACE; i++) {
    const [m, v] = GROUPS[i % GROUPS.length]!;
    words.push(((rnd() & ~m) | v) >>> 0);
  }
  const all = Uint32Array.from(words);
  const theirs = objdumpWords(all);
  const failures = new Map<string, string[]>();
  let compared = 0;
  for (let i = 0; i < all.length; i++) {
    const w = all[i]!;
    const expected = normaliseText(theirs[i] ?? '');
    const d = decode(w);
    const ours = d && ids.has(d.form.id);
    const objMnemonic = expected.split(' ')[0]!;
    const theirsOurs = inGroups(w) && mnemonics.has(objMnemonic) && !/#0x|lsl|msl/.test(expected);
    if (!ours && !theirsOurs) continue;
    if (!ours && d) continue; // another helper's form
    compared++;
    const actual = normaliseText(disassemble(w, BigInt(i * 4)).text);
    if (actual === expected) continue;
    const key = `${d?.form.id ?? 'undecoded'} / objdump ${objMnemonic}`;
    const list = failures.get(key) ?? [];
    if (list.length < 3) list.push(`${hex32(w)} objdump: ${expected} | ours: ${actual}`);
    failures.set(key, list);
  }
  console.log(`simdInteger-disasm: ${all.length} words, ${compared} compared, ${failures.size} differing groups`);
  const text = [...failures].map(([k, v]) => `${k}\n    ${v.join('\n    ')}`).join('\n');
  assert.equal(failures.size, 0, text);
});
