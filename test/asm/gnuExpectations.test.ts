// Our assembler against GNU as 2.40: every fixture in ./fixtures is assembled by both (GNU's output is committed
// in ./expectations by scripts/gen-asm-expectations.mjs) and the section bytes, relocations and symbols must match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assemble, parseArchitecture } from '../../emulator/asm/index.js';
import { ABSOLUTE_SYMBOL, type Feature } from '../../emulator/isa/api.js';

const here = __dirname;
const features = [...(parseArchitecture('armv8.5-a+memtag') as { features: Set<Feature> }).features];

interface ExpectedSection {
  kind: string; alloc: boolean; write: boolean; execute: boolean; merge: boolean; strings: boolean; tls: boolean; entrySize: number;
  elfType: number; group: string | null;
  size: number; align: number; hex: string;
  relocations: { offset: number; kind: string; symbol: string; addend: string }[];
}
interface Expectation {
  source: string;
  diagnostics: { line: number; severity: string; message: string }[];
  sections?: Record<string, ExpectedSection>;
  symbols?: { name: string; section: string | null; value: string; size: number; type: string; binding: string; visibility: string }[];
}

function hex(data: Uint8Array): string {
  return Buffer.from(data).toString('hex');
}

/** Splits a hex dump into 4-byte words so a mismatch names the offset. */
function words(h: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < h.length; i += 8) out.push(`${(i / 2).toString(16).padStart(4, '0')}: ${h.slice(i, i + 8)}`);
  return out;
}

for (const file of readdirSync(join(here, 'expectations')).sort()) {
  const expected = JSON.parse(readFileSync(join(here, 'expectations', file), 'utf8')) as Expectation;
  if (!expected.sections) continue;
  const source = readFileSync(join(here, 'fixtures', expected.source), 'utf8');
  const result = assemble(source, {
    fileName: expected.source, features, preprocess: expected.source.endsWith('.S'),
    readFile: (path: string) => { try { return readFileSync(join(here, 'fixtures', path), 'utf8'); } catch { return undefined; } },
    readBinaryFile: (path: string) => { try { return new Uint8Array(readFileSync(join(here, 'fixtures', path))); } catch { return undefined; } },
  });

  test(`${expected.source}: assembles without errors like GNU as`, () => {
    assert.deepEqual(result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column}: ${d.message}`), []);
  });

  // With .loc, the line program (and, without the compiler's own .debug_info, GNU as's compile unit) is made by
  // the object writer, not the assembler: objectFile.test.ts compares those. Every other section is compared here.
  const ownInfo = /^\s*\.section\s+\.debug_info\b/m.test(source);
  const generatedByAssembler = !/^\s*\.loc\s/m.test(source) ? new Set<string>() : ownInfo ? new Set(['.debug_line', '.debug_line_str'])
    : new Set(['.debug_line', '.debug_line_str', '.debug_info', '.debug_abbrev', '.debug_aranges', '.debug_str', '.debug_ranges', '.debug_rnglists']);

  test(`${expected.source}: section bytes equal GNU as`, () => {
    for (const [name, want] of Object.entries(expected.sections!)) {
      if (generatedByAssembler.has(name)) continue;
      const got = result.sections.find((s) => s.name === name);
      if (want.size === 0 && !got) continue;
      assert.ok(got, `section ${name} missing`);
      assert.equal(got.kind, want.kind, `${name} kind`);
      assert.deepEqual([got.alloc, got.write, got.execute], [want.alloc, want.write, want.execute], `${name} flags`);
      assert.deepEqual([got.merge ?? false, got.strings ?? false, got.entrySize ?? 0], [want.merge, want.strings, want.entrySize], `${name} M/S flags, entry size`);
      assert.equal(got.tls ?? false, want.tls, `${name} T flag`);
      const elfTypes = { note: 7, init_array: 14, fini_array: 15, preinit_array: 16 } as const;
      assert.equal(got.elfType ? elfTypes[got.elfType] : 0, want.elfType, `${name} ELF type`);
      assert.equal(got.group?.name ?? null, want.group, `${name} group`);
      assert.equal(got.size, want.size, `${name} size`);
      assert.deepEqual(words(hex(got.data)), words(want.hex), `${name} bytes`);
      assert.equal(got.align, want.align, `${name} alignment`);
    }
    for (const s of result.sections) {
      if (s.size > 0) assert.ok(expected.sections![s.name], `unexpected non-empty section ${s.name}`);
    }
  });

  test(`${expected.source}: relocations equal GNU as`, () => {
    for (const [name, want] of Object.entries(expected.sections!)) {
      if (generatedByAssembler.has(name)) continue;
      const got = result.sections.find((s) => s.name === name);
      // A constant address is relocated against ELF symbol 0, which the expectations name ''.
      const symbolName = (symbol: string) => (symbol === ABSOLUTE_SYMBOL ? '' : symbol);
      const gotRelocs = (got?.relocations ?? []).map((r) => `${r.offset.toString(16)} ${r.elfType === 0 ? "R_AARCH64_NONE" : r.kind} ${symbolName(r.symbol)}${r.addend >= 0n ? '+' : ''}${r.addend}`);
      const wantRelocs = want.relocations.map((r) => `${r.offset.toString(16)} ${r.kind} ${r.symbol}${BigInt(r.addend) >= 0n ? '+' : ''}${r.addend}`);
      assert.deepEqual(gotRelocs, wantRelocs, `relocations of ${name}`);
    }
  });

  test(`${expected.source}: symbols equal GNU as`, () => {
    for (const want of expected.symbols!) {
      // A group's signature symbol that names nothing else is made by the object writer (objectFile.test.ts).
      if (want.section === '.group') continue;
      const got = result.symbols.find((s) => s.name === want.name);
      assert.ok(got, `symbol ${want.name} missing`);
      // The object writer makes the symbols of TLS sections and those TLS relocations name STT_TLS.
      const tls = result.sections.find((s) => s.name === got.section)?.tls
        || result.sections.some((s) => s.relocations.some((r) => r.symbol === got.name && r.kind.includes('_TLS')));
      const type = tls ? 'tls' : got.type;
      assert.deepEqual(
        { section: got.section ?? null, value: got.value.toString(), size: got.size, type, binding: got.binding, visibility: got.visibility ?? 'default' },
        { section: want.section, value: want.value, size: want.size, type: want.type, binding: want.binding, visibility: want.visibility },
        `symbol ${want.name}`,
      );
    }
    // And no symbol GNU as leaves out (.L names, unused weak references).
    const written = result.symbols.filter((s) => !(s.binding === 'local' && s.name.startsWith('.L')) && !(s.binding === 'local' && s.section === undefined));
    assert.deepEqual(written.map((s) => s.name).filter((n) => !expected.symbols!.some((w) => w.name === n)), [], 'symbols GNU as does not write');
  });
}
