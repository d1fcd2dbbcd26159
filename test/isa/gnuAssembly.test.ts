// Assembles every line of test/isa/snippets/*.s with our single-instruction assembler and compares with what
// GNU as 2.40 produced (test/isa/expectations/assembly.json, made by scripts/gen-isa-expectations.mjs): the same
// word, the same relocation for symbolic operands, and a rejection (with GNU's message) for lines GNU rejects.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixup, assembleInstruction, createResolver } from '../../emulator/isa/index.js';
import type { Feature } from '../../emulator/isa/api.js';

interface Case {
  file: string; line: number; mnemonic: string; operands: string;
  address?: string; word?: string; text?: string; error?: string;
  reloc?: { kind: string; symbol: string; addend: string };
}
const data = JSON.parse(readFileSync(join(__dirname, 'expectations/assembly.json'), 'utf8')) as {
  symbols: Record<string, Record<string, string>>; marches: Record<string, string>; cases: Case[];
};

/** The features of the -march options the snippet files were assembled with. */
const featuresByMarch: Record<string, ReadonlySet<Feature>> = {
  'armv8.5-a+memtag+rng': new Set<Feature>(['base', 'fp', 'simd', 'crc', 'lse', 'rdma', 'rcpc', 'pauth', 'jscvt', 'fcma', 'dotprod', 'flagm', 'sb', 'ssbs', 'predres', 'bti', 'frintts', 'mte', 'rng', 'v8.2', 'v8.5']),
  'armv8-a': new Set<Feature>(['base', 'fp', 'simd']),
  'armv8.5-a+memtag+rng+fp16': new Set<Feature>(['base', 'fp', 'simd', 'crc', 'lse', 'rdma', 'rcpc', 'pauth', 'jscvt', 'fcma', 'dotprod', 'flagm', 'sb', 'ssbs', 'predres', 'bti', 'frintts', 'mte', 'rng', 'fp16', 'fp16fml', 'v8.2', 'v8.5']),
  'armv8.6-a+crypto+sha3': new Set<Feature>(['base', 'fp', 'simd', 'crc', 'lse', 'rdma', 'rcpc', 'pauth', 'jscvt', 'fcma', 'dotprod', 'flagm', 'sb', 'ssbs', 'predres', 'bti', 'frintts', 'i8mm', 'bf16', 'aes', 'sha2', 'sha3', 'v8.2', 'v8.5']),
};
function featuresOf(c: Case): ReadonlySet<Feature> {
  const march = data.marches[c.file]!;
  const f = featuresByMarch[march];
  assert.ok(f, `no feature set for -march=${march}`);
  return f;
}

/**
 * Labels of .text are constants (their offsets) unless GNU emitted a relocation for the line, as it does for
 * ADRP to a local label: then every name is left symbolic, as an object-file assembler would leave it.
 */
function run(c: Case) {
  const symbols = data.symbols[c.file] ?? {};
  const lookup = c.reloc ? () => undefined : (name: string) => (symbols[name] !== undefined ? BigInt(symbols[name]!) : undefined);
  return assembleInstruction(c.mnemonic, c.operands, { address: BigInt(c.address ?? '0'), features: featuresOf(c), resolver: createResolver(lookup) });
}

/** GNU relocates against the section symbol for local labels: maps our symbol + addend to that form. */
function sectionRelative(c: Case, symbol: string, addend: bigint): string {
  const symbols = data.symbols[c.file] ?? {};
  if (symbol === 'data_sym') return `.data ${addend}`;
  if (symbols[symbol] !== undefined) return `.text ${BigInt(symbols[symbol]!) + addend}`;
  return `${symbol} ${addend}`;
}

/** GNU's message without the echoed instruction. */
const core = (m: string): string => (m.includes(' -- `') ? m.slice(0, m.indexOf(' -- `')) : m.replace(/ \(instruction requires: [a-z0-9]+\)$/, ''));

test('every line GNU as accepts assembles to the same word and relocation', () => {
  const failures: string[] = [];
  const good = data.cases.filter((c) => c.word !== undefined);
  for (const c of good) {
    const r = run(c);
    const where = `${c.file}:${c.line} '${c.mnemonic} ${c.operands}'`;
    if (!r.ok) { failures.push(`${where}: ${r.message}`); continue; }
    if (r.word !== Number(c.word)) failures.push(`${where}: ours ${r.word.toString(16).padStart(8, '0')}, GNU ${c.word!.slice(2)}`);
    const gnuAddend = c.reloc ? (c.reloc.addend.startsWith('-') ? -BigInt(c.reloc.addend.slice(1)) : BigInt(c.reloc.addend)) : 0n;
    const want = c.reloc ? `${c.reloc.kind} ${c.reloc.symbol} ${gnuAddend}` : 'none';
    const got = r.fixup ? `${r.fixup.kind} ${sectionRelative(c, r.fixup.symbol, r.fixup.addend)}` : 'none';
    if (want !== got) failures.push(`${where}: relocation ours '${got}', GNU '${want}'`);
  }
  assert.ok(good.length > 300, 'the expectations cover the snippets');
  assert.deepEqual(failures, []);
});

test('every line GNU as rejects is rejected, with GNU\'s message', () => {
  const accepted: string[] = [];
  const otherMessage: string[] = [];
  const bad = data.cases.filter((c) => c.error !== undefined);
  for (const c of bad) {
    const r = run(c);
    const where = `${c.file}:${c.line} '${c.mnemonic} ${c.operands}'`;
    if (r.ok) accepted.push(`${where}: accepted as ${r.word.toString(16)}; GNU: ${c.error}`);
    else if (core(r.message) !== core(c.error!)) otherMessage.push(`${where}: ours '${core(r.message)}', GNU '${core(c.error!)}'`);
  }
  assert.ok(bad.length > 30);
  assert.deepEqual(accepted, []);
  assert.deepEqual(otherMessage, []);
});

test('applyFixup resolves symbolic operands to the words GNU as produced for local labels', () => {
  const failures: string[] = [];
  let checked = 0;
  for (const c of data.cases) {
    if (c.word === undefined || c.reloc || !/\b(_start|sym_local)\b/.test(c.operands)) continue;
    const symbols = data.symbols[c.file] ?? {};
    const place = BigInt(c.address ?? '0');
    const r = assembleInstruction(c.mnemonic, c.operands, { address: place, features: featuresOf(c), resolver: createResolver(() => undefined) });
    const where = `${c.file}:${c.line} '${c.mnemonic} ${c.operands}'`;
    if (!r.ok || !r.fixup) { failures.push(`${where}: expected a fixup, got ${r.ok ? 'none' : r.message}`); continue; }
    const value = BigInt(symbols[r.fixup.symbol] ?? '0') + r.fixup.addend;
    const patched = applyFixup(r.word, r.fixup.kind, value, place);
    checked++;
    if (!patched.ok) failures.push(`${where}: ${patched.message}`);
    else if (patched.word !== Number(c.word)) failures.push(`${where}: ours ${patched.word.toString(16)}, GNU ${c.word}`);
  }
  assert.ok(checked >= 20, `only ${checked} label references`);
  assert.deepEqual(failures, []);
});

test('applyFixup reports overflow and misalignment as values', () => {
  const b = applyFixup(0x14000000, 'R_AARCH64_JUMP26', 0x10000000n, 0n);
  assert.equal(b.ok, false);
  const odd = applyFixup(0x54000000, 'R_AARCH64_CONDBR19', 0x1002n, 0x1000n);
  assert.equal(odd.ok, false);
  const got = applyFixup(0x90000000, 'R_AARCH64_ADR_GOT_PAGE', 0n, 0n);
  assert.equal(got.ok, false);
});
