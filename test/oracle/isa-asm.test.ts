// Differential test of the assembler against GNU as 2.40 (-march=armv8.5-a+memtag). The corpus is generated
// from the instruction table: for every form and alias, words with edge field values (immediates at their
// limits, registers 0/30/31 so SP and ZR cases appear) are turned into source text by GNU objdump, with
// PC-relative targets written as `.+offset`. GNU as and our assembler (emulator/asm) assemble the same file and
// the .text bytes must be identical; lines GNU rejects must be rejected by ours too. A second file of symbolic
// operands compares the relocations (`objdump -r`) with ours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assemble, parseArchitecture } from '../../emulator/asm/index.js';
import { allAliases, allForms } from '../../emulator/isa/registry.js';
import type { FormDef } from '../../emulator/isa/table.js';
import type { Feature } from '../../emulator/isa/api.js';
import { AS, OBJDUMP, gnuAssemble, missingTool, normaliseText, objdumpWords, patternWords } from './isa-tools.js';

const arch = parseArchitecture('armv8.5-a+memtag');
const features: Feature[] = 'features' in arch ? [...arch.features] : [];

/** Source lines from table patterns, via objdump's text (the words' own disassembly is not ours). */
function corpus(defs: readonly FormDef[] = [...(allForms as readonly FormDef[]), ...(allAliases as readonly FormDef[]).filter((a) => !a.asmOnly)]): { lines: string[]; origin: string[] } {
  const gen = patternWords(defs, 4242);
  const texts = objdumpWords(Uint32Array.from(gen.words));
  const byId = new Map(defs.map((d) => [d.id, d] as const));
  const seen = new Set<string>();
  const lines: string[] = [];
  const origin: string[] = [];
  texts.forEach((raw, i) => {
    if (raw === undefined) return;
    const text = normaliseText(raw).replace(/\s*\/\/.*$/, '');
    if (text.startsWith('.inst') || text.includes('; undefined')) return;
    const def = byId.get(gen.origin[i]!)!;
    let line = text;
    if (def.syntax.includes('<label>')) {
      const m = /^(.*?)(0x[0-9a-f]+)$/.exec(text);
      if (!m) return;
      const mnemonic = text.split(' ')[0];
      // ADRP to `.+page` needs a relocation in GNU as; it is covered by the symbolic-operand file.
      if (mnemonic === 'adrp') return;
      // The line's address is not known until earlier lines are filtered, so use a label on the line itself.
      const off = BigInt.asIntN(64, BigInt(m[2]!) - BigInt(i * 4));
      line = `${m[1]}${off < 0n ? `.-0x${(-off).toString(16)}` : `.+0x${off.toString(16)}`}`;
    }
    if (seen.has(line)) return;
    seen.add(line);
    lines.push(line);
    origin.push(def.id);
  });
  return { lines, origin };
}

function ourText(source: string, withFeatures: readonly Feature[] = features): { bytes?: Uint8Array; errorLines: Set<number>; relocations: { offset: number; type: string; target: string }[] } {
  const r = assemble(source, { fileName: 'corpus.s', features: withFeatures });
  const errorLines = new Set(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.line));
  const text = r.sections.find((s) => s.name === '.text');
  const relocations = (text?.relocations ?? []).map((x) => ({
    offset: x.offset,
    type: x.kind,
    target: x.addend === 0n ? x.symbol : `${x.symbol}${x.addend < 0n ? '-' : '+'}0x${(x.addend < 0n ? -x.addend : x.addend).toString(16).padStart(16, '0')}`,
  }));
  return { ...(text ? { bytes: text.data } : {}), errorLines, relocations };
}

test('assembler output equals GNU as on a table-generated corpus', { timeout: 300_000 }, () => {
  for (const tool of [AS, OBJDUMP]) {
    const missing = missingTool(tool);
    assert.equal(missing, undefined, missing);
  }
  assert.ok('features' in arch, 'parseArchitecture(armv8.5-a+memtag) failed');
  compareWithGnu(corpus(), [], features, 'isa-asm');
});

/** The SVE forms' corpus again with SVE enabled on both sides (the corpus above checks that both refuse them). */
test('SVE forms: assembler output equals GNU as with -march=armv8.5-a+memtag+sve', { timeout: 300_000 }, () => {
  for (const tool of [AS, OBJDUMP]) {
    const missing = missingTool(tool);
    assert.equal(missing, undefined, missing);
  }
  const sveArch = parseArchitecture('armv8.5-a+memtag+sve');
  assert.ok('features' in sveArch);
  const defs = [...(allForms as readonly FormDef[]), ...(allAliases as readonly FormDef[]).filter((a) => !a.asmOnly)].filter((d) => d.feature === 'sve');
  const c = corpus(defs);
  assert.ok(c.lines.length > 500, `${c.lines.length} SVE lines`);
  compareWithGnu(c, ['-march=armv8.5-a+memtag+sve'], [...sveArch.features], 'isa-asm sve');
});

function compareWithGnu({ lines, origin }: { lines: string[]; origin: string[] }, gnuArgs: readonly string[], withFeatures: readonly Feature[], label: string): void {
  // GNU's verdict per line; rejected lines must be rejected by ours as well.
  const gnuAll = gnuAssemble(lines.join('\n') + '\n', gnuArgs);
  const oursAll = ourText(lines.join('\n') + '\n', withFeatures);
  const wronglyAccepted: string[] = [];
  for (const [line] of gnuAll.errors) {
    if (!oursAll.errorLines.has(line)) wronglyAccepted.push(`${lines[line - 1]} (GNU: ${gnuAll.errors.get(line)})`);
  }
  const accepted = lines.filter((_, i) => !gnuAll.errors.has(i + 1));
  const acceptedOrigin = origin.filter((_, i) => !gnuAll.errors.has(i + 1));
  const source = accepted.join('\n') + '\n';
  const gnu = gnuAssemble(source, gnuArgs);
  assert.equal(gnu.errors.size, 0, 'GNU as rejected lines it accepted in the first pass');
  const ours = ourText(source, withFeatures);
  const wronglyRejected = [...ours.errorLines].map((l) => accepted[l - 1]);
  const differ: string[] = [];
  const a = gnu.text!;
  const b = ours.bytes ?? new Uint8Array(0);
  for (let i = 0; i < accepted.length; i++) {
    const x = a[i * 4]! | (a[i * 4 + 1]! << 8) | (a[i * 4 + 2]! << 16) | (a[i * 4 + 3]! << 24);
    const y = b[i * 4]! | (b[i * 4 + 1]! << 8) | (b[i * 4 + 2]! << 16) | (b[i * 4 + 3]! << 24);
    if (x !== y) differ.push(`${accepted[i]} [${acceptedOrigin[i]}]: GNU ${(x >>> 0).toString(16).padStart(8, '0')}, ours ${(y >>> 0).toString(16).padStart(8, '0')}`);
  }
  console.log(`${label}: ${lines.length} generated lines, GNU accepted ${accepted.length}; bytes differ on ${differ.length}, ours rejected ${wronglyRejected.length} accepted lines, ours accepted ${wronglyAccepted.length} rejected lines`);
  assert.deepEqual(wronglyRejected.slice(0, 30), [], 'lines GNU as accepts but ours rejects');
  assert.deepEqual(differ.slice(0, 30), [], 'lines assembled differently');
  assert.equal(b.length, a.length, '.text size');
  assert.deepEqual(wronglyAccepted.slice(0, 30), [], 'lines GNU as rejects but ours accepts');
}

/** Symbolic operands of every relocating operand kind (loads/stores, branches, ADR/ADRP, ADD, MOVW). */
const symbolic = [
  'ldr x0, [x1, :lo12:sym]', 'ldrb w0, [x1, #:lo12:sym]', 'ldrh w0, [x1, #:lo12:sym+2]', 'ldr w1, [x0, #:lo12:sym+3]',
  'strb w2, [x3, :lo12:other]', 'ldr x0, [x1, #:got_lo12:sym]', 'str x0, [x1, :lo12:sym+8]',
  'ldr x0, sym', 'ldr w5, sym+16', 'ldrsw x0, sym+4', 'prfm pldl1keep, sym', 'ldr w3, sym-8', 'prfm pstl2strm, other',
  'adrp x0, sym', 'adrp x1, other+0x1000', 'adr x0, sym+1', 'add x0, x0, :lo12:sym', 'add x2, x3, #:lo12:other+4',
  'adrp x4, :got:sym', 'b sym', 'bl sym', 'b.ne sym', 'b.al other', 'cbz x0, sym', 'cbnz w1, other', 'tbz x0, #1, sym',
  'tbnz w3, #31, other', 'movz x0, #:abs_g1:sym', 'movk x0, #:abs_g0_nc:sym', 'movz x1, #:abs_g3:sym', 'movn x2, #:abs_g2_s:sym',
];

test('relocations of symbolic operands equal GNU as', () => {
  const missing = missingTool(AS);
  assert.equal(missing, undefined, missing);
  const source = symbolic.join('\n') + '\n';
  const gnu = gnuAssemble(source);
  // Lines GNU rejects (e.g. SIMD&FP registers before that group exists) are dropped from both sides.
  const kept = symbolic.filter((_, i) => !gnu.errors.has(i + 1));
  const gnuKept = gnuAssemble(kept.join('\n') + '\n');
  const ours = ourText(kept.join('\n') + '\n');
  const rejected = [...ours.errorLines].map((l) => kept[l - 1]);
  assert.deepEqual(rejected, [], 'symbolic lines GNU as accepts but ours rejects');
  assert.deepEqual(ours.relocations, gnuKept.relocations);
  assert.deepEqual([...(ours.bytes ?? [])], [...gnuKept.text!]);
});
