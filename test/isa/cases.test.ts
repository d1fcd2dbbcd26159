// Checks the single-instruction assembler and the disassembler against the committed LLVM-MC-style case files
// in test/isa/cases/*.s, whose expectations were produced by GNU as/objdump 2.40 (scripts/gen-isa-cases.mjs):
// every `// encoding:` line must assemble to exactly those bytes (and relocation) and disassemble to objdump's
// text; every `// error:` line must be rejected with GNU's message. Lines whose mnemonic the table does not know
// yet are counted and reported, not silently passed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assembleInstruction, createResolver, decode, disassemble, forms } from '../../emulator/isa/index.js';
import type { Feature } from '../../emulator/isa/api.js';

const casesDir = join(__dirname, 'cases');

/** The features GNU as enables with -march=armv8.5-a+memtag (the generator's options). */
const gnuFeatures = new Set<Feature>([
  'base', 'crc', 'lse', 'rdma', 'rcpc', 'rcpc2', 'pauth', 'bti', 'mte', 'flagm', 'sb', 'ssbs', 'predres', 'fp', 'simd',
  'jscvt', 'fcma', 'frintts', 'dotprod', 'lse2',
]);

interface Case {
  readonly file: string;
  readonly lineNumber: number;
  readonly source: string;
  readonly mnemonic: string;
  readonly operands: string;
  readonly address: bigint;
  readonly encoding?: number;
  readonly reloc?: { type: string; symbol: string; addend: bigint };
  readonly objdump?: string;
  readonly error?: string;
  /** Features of the file's -march (a `// features:` header line), else GNU's armv8.5-a+memtag set. */
  readonly features: ReadonlySet<Feature>;
}

function parseReloc(text: string): { type: string; symbol: string; addend: bigint } {
  const m = /^(R_AARCH64_\w+) ([^+-]+)(?:([+-])0x([0-9a-f]+))?$/.exec(text.trim());
  assert.ok(m, `bad reloc annotation '${text}'`);
  const addend = m[4] ? BigInt(`0x${m[4]}`) * (m[3] === '-' ? -1n : 1n) : 0n;
  return { type: m[1]!, symbol: m[2]!, addend };
}

function loadCases(): Case[] {
  const cases: Case[] = [];
  for (const file of readdirSync(casesDir).filter((f) => f.endsWith('.s')).sort()) {
    let encodingIndex = 0;
    let features: ReadonlySet<Feature> = gnuFeatures;
    readFileSync(join(casesDir, file), 'utf8').split('\n').forEach((line, i) => {
      if (line.startsWith('// features: ')) features = new Set(line.slice(13).trim().split(/\s+/) as Feature[]);
      if (line.trim() === '' || line.startsWith('//')) return;
      // Annotations follow the source as ' // key: value'; an objdump text or error runs to the end of the line.
      const parts = line.split(/ \/\/ (?=(?:encoding|reloc|objdump|error): )/);
      const source = parts[0]!.trim();
      const space = source.search(/\s/);
      const mnemonic = space < 0 ? source : source.slice(0, space);
      const operands = space < 0 ? '' : source.slice(space + 1).trim();
      const c: { -readonly [K in keyof Case]: Case[K] } = { file, lineNumber: i + 1, source, mnemonic, operands, address: 0n, features };
      for (const p of parts.slice(1)) {
        if (p.startsWith('encoding: ')) {
          const bytes = /\[(.*)\]/.exec(p)![1]!.split(',').map((b) => Number(b));
          c.encoding = (bytes[0]! | (bytes[1]! << 8) | (bytes[2]! << 16) | (bytes[3]! << 24)) >>> 0;
        } else if (p.startsWith('reloc: ')) c.reloc = parseReloc(p.slice(7));
        else if (p.startsWith('objdump: ')) c.objdump = p.slice(9);
        else if (p.startsWith('error: ')) c.error = p.slice(7);
        else assert.fail(`${file}:${i + 1}: unknown annotation '${p}'`);
      }
      if (c.encoding !== undefined) c.address = BigInt(4 * encodingIndex++);
      cases.push(c);
    });
  }
  return cases;
}

const known = new Set(forms().map((f) => f.mnemonic.replace(/\.<[a-z]+>$/, '')));
function mnemonicKnown(m: string): boolean {
  const lower = m.toLowerCase();
  return known.has(lower) || (lower.includes('.') && known.has(lower.slice(0, lower.indexOf('.'))));
}

/** The message without GNU's ` -- \`echoed line'` suffix. */
function messageCore(message: string): string {
  const i = message.indexOf(' -- `');
  return i < 0 ? message : message.slice(0, i);
}

const cases = loadCases();
const unknownMnemonics = new Map<string, number>();
const active = cases.filter((c) => {
  if (mnemonicKnown(c.mnemonic)) return true;
  unknownMnemonics.set(c.mnemonic, (unknownMnemonics.get(c.mnemonic) ?? 0) + 1);
  return false;
});

function assemble(c: Case) {
  const resolver = createResolver((name) => (name === '.' ? c.address : undefined));
  return assembleInstruction(c.mnemonic, c.operands, { address: c.address, features: c.features, resolver });
}

test('case files are present and cover loads/stores, memory tagging and relocations', () => {
  const files = new Set(cases.map((c) => c.file));
  for (const f of ['loadStore.s', 'memoryTagging.s', 'relocations.s']) assert.ok(files.has(f), `missing ${f}`);
  assert.ok(cases.length > 1000);
  if (unknownMnemonics.size > 0) {
    const list = [...unknownMnemonics].map(([m, n]) => `${m} (${n})`).join(', ');
    console.log(`cases: ${cases.length - active.length} of ${cases.length} lines not checked: mnemonic not in the table yet: ${list}`);
  }
});

test('every encoding line assembles to GNU as bytes and relocation', () => {
  const failures: string[] = [];
  let checked = 0;
  for (const c of active) {
    if (c.encoding === undefined) continue;
    checked++;
    const r = assemble(c);
    const where = `${c.file}:${c.lineNumber} '${c.source}'`;
    if (!r.ok) { failures.push(`${where}: ${r.message}`); continue; }
    if (r.word !== c.encoding) failures.push(`${where}: got ${r.word.toString(16).padStart(8, '0')}, GNU as ${c.encoding.toString(16).padStart(8, '0')}`);
    if (c.reloc) {
      const f = r.fixup;
      if (!f || f.kind !== c.reloc.type || f.symbol !== c.reloc.symbol || f.addend !== c.reloc.addend) {
        failures.push(`${where}: fixup ${f ? `${f.kind} ${f.symbol}${f.addend}` : 'none'}, GNU ${c.reloc.type} ${c.reloc.symbol}${c.reloc.addend}`);
      }
    } else if (r.fixup) failures.push(`${where}: unexpected fixup ${r.fixup.kind}`);
  }
  console.log(`cases: ${checked} encoding lines assembled, ${failures.length} differ`);
  assert.deepEqual(failures.slice(0, 40), []);
});

test('every encoding disassembles to GNU objdump text', () => {
  const failures: string[] = [];
  let checked = 0;
  for (const c of active) {
    if (c.encoding === undefined || c.reloc) continue;
    checked++;
    const expected = (c.objdump ?? c.source).replace(/\s+/g, ' ').trim();
    let actual: string;
    try {
      actual = disassemble(c.encoding, c.address).text.replace(/\s+/g, ' ').trim();
    } catch (e) {
      actual = `threw ${e instanceof Error ? e.message : String(e)}`;
    }
    if (actual !== expected) failures.push(`${c.file}:${c.lineNumber}: objdump '${expected}', ours '${actual}'`);
  }
  console.log(`cases: ${checked} encodings disassembled, ${failures.length} differ`);
  assert.deepEqual(failures.slice(0, 40), []);
});

interface KnownDifference { file: string; gnuError: string; reason: string; used?: number }
const knownDifferences = (JSON.parse(readFileSync(join(casesDir, 'known-differences.json'), 'utf8')) as { entries: KnownDifference[] }).entries;

test('every error line is rejected with GNU as message', () => {
  const failures: string[] = [];
  let checked = 0;
  for (const c of active) {
    if (c.error === undefined) continue;
    const known = knownDifferences.find((k) => k.file === c.file && c.error!.includes(k.gnuError));
    if (known) { known.used = (known.used ?? 0) + 1; continue; }
    checked++;
    const r = assemble(c);
    const where = `${c.file}:${c.lineNumber} '${c.source}'`;
    if (r.ok) { failures.push(`${where}: accepted (${r.word.toString(16)}), GNU: ${c.error}`); continue; }
    // Our message is GNU's, optionally followed by a parenthesised explanation.
    const ours = messageCore(r.message);
    const gnu = messageCore(c.error);
    if (ours !== gnu && !ours.startsWith(`${gnu} (`)) failures.push(`${where}: ours '${ours}', GNU '${gnu}'`);
  }
  console.log(`cases: ${checked} error lines checked, ${failures.length} differ`);
  for (const k of knownDifferences) {
    console.log(`cases: known difference used ${k.used ?? 0} times (${k.file}: ${k.gnuError}): ${k.reason}`);
    assert.ok(k.reason.length > 40 && (k.used ?? 0) > 0, `known difference '${k.gnuError}' is unused or unjustified`);
  }
  assert.deepEqual(failures.slice(0, 40), []);
});

test('every non-alias form of the table has at least one GNU-encoded case line', () => {
  const covered = new Set<string>();
  for (const c of cases) {
    if (c.encoding === undefined) continue;
    const d = decode(c.encoding);
    if (d) covered.add(d.form.id);
  }
  const missing = forms().filter((f) => f.aliasOf === undefined && !covered.has(f.id)).map((f) => f.id);
  assert.deepEqual(missing, [], 'forms without a case line: regenerate with node --import tsx scripts/gen-isa-cases.mjs');
});
