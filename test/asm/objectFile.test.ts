// The ELF object writer: our writeObject output, read back with the same reader that recorded GNU as's objects,
// must carry the same section bytes, flags, relocations and symbols as GNU's object for every fixture; plus
// ELF header facts, mapping symbols and the DWARF line program of `as -g`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { assemble, parseArchitecture, writeObject } from '../../emulator/asm/index.js';
import type { Feature } from '../../emulator/isa/api.js';
import { readObject, type ObjectSummary } from './objectReader.js';

const here = __dirname;
const features = [...(parseArchitecture('armv8.5-a+memtag') as { features: Set<Feature> }).features];

for (const file of readdirSync(join(here, 'expectations')).filter((f) => !f.startsWith('link-')).sort()) {
  const expected = JSON.parse(readFileSync(join(here, 'expectations', file), 'utf8')) as ObjectSummary & { source: string };
  if (!expected.sections) continue;
  test(`${expected.source}: written object reads back like GNU as's object`, () => {
    const source = readFileSync(join(here, 'fixtures', expected.source), 'utf8');
    const result = assemble(source, { fileName: expected.source, features, preprocess: expected.source.endsWith('.S'),
      readFile: (path: string) => { try { return readFileSync(join(here, 'fixtures', path), 'utf8'); } catch { return undefined; } },
      readBinaryFile: (path: string) => { try { return new Uint8Array(readFileSync(join(here, 'fixtures', path))); } catch { return undefined; } } });
    // Every section is compared, also the DWARF the writer makes (line program from .loc, GNU as's compile unit).
    // DW_AT_comp_dir as the expectations record it (scripts/gen-asm-expectations.mjs).
    const bytes = writeObject(result, { compDir: '/asm-fixtures' });
    const ours = readObject(bytes, { debugSections: true });
    for (const [name, want] of Object.entries(expected.sections)) {
      const got = ours.sections[name];
      assert.ok(got, `section ${name}`);
      assert.deepEqual(got, want, `section ${name}`);
    }
    const byName = (list: ObjectSummary['symbols']) => new Map(list.map((s) => [s.name, s]));
    const gotSymbols = byName(ours.symbols);
    for (const want of expected.symbols) assert.deepEqual(gotSymbols.get(want.name), want, `symbol ${want.name}`);
    assert.equal(ours.symbols.length, expected.symbols.length, 'symbol count');
    // Mapping symbols, also those GNU as puts in data sections (at alignments and fills).
    assert.deepEqual(ours.mapping, expected.mapping, 'mapping symbols $x/$d');
    assert.deepEqual(ours.files, expected.files, 'STT_FILE symbols (.file "name")');
    // The symbol table in GNU as's order (the order it made the symbols; locals first).
    // (Section symbols of the DWARF sections the assembler writes itself are left out: see above.)
    assert.deepEqual(ours.order, expected.order, 'symbol table order');
    assert.deepEqual(ours.groups, expected.groups, 'section groups');
    // And the very same file as GNU as writes (layout, string tables, padding).
    const sha = (expected as { objectSha256?: string }).objectSha256;
    if (sha) assert.equal(createHash('sha256').update(bytes).digest('hex'), sha, 'object file bytes');
  });
}

test('ELF header: ELF64, little-endian, ET_REL, EM_AARCH64', () => {
  const bytes = writeObject(assemble(' nop\n', { fileName: 'a.s' }));
  assert.deepEqual([...bytes.subarray(0, 7)], [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]);
  const dv = new DataView(bytes.buffer, bytes.byteOffset);
  assert.equal(dv.getUint16(16, true), 1);
  assert.equal(dv.getUint16(18, true), 183);
});

test('-g adds .debug_line with one row per instruction line (DWARF 3, GNU as parameters)', () => {
  const bytes = writeObject(assemble(' nop\n\n add x0, x0, #1\n ret\n', { fileName: 'g.s' }), { debugInfo: true });
  const dv = new DataView(bytes.buffer, bytes.byteOffset);
  const shoff = Number(dv.getBigUint64(0x28, true));
  const shnum = dv.getUint16(0x3c, true);
  const shstr = shoff + dv.getUint16(0x3e, true) * 64;
  const strOff = Number(dv.getBigUint64(shstr + 24, true));
  const name = (i: number) => {
    let p = strOff + dv.getUint32(shoff + i * 64, true);
    let s = '';
    while (bytes[p] !== 0) s += String.fromCharCode(bytes[p++]!);
    return s;
  };
  const names = Array.from({ length: shnum }, (_, i) => name(i));
  for (const n of ['.debug_line', '.rela.debug_line', '.debug_info', '.rela.debug_info', '.debug_abbrev']) assert.ok(names.includes(n), n);
  const line = names.indexOf('.debug_line');
  const off = Number(dv.getBigUint64(shoff + line * 64 + 24, true));
  assert.equal(dv.getUint16(off + 4, true), 3, 'version');
  assert.deepEqual([bytes[off + 10], bytes[off + 11], bytes[off + 12] << 24 >> 24, bytes[off + 13], bytes[off + 14]], [4, 1, -5, 14, 13]);
});
