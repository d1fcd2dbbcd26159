// Value formatting against gdb: every global of test/dwarf/info-fixtures/values.c, formatted from the
// executable's data, must read exactly as gdb-multiarch's `print` showed it (values.gdb.txt, made by
// scripts/gen-info-fixtures.sh): strings with NUL runs, repeats, floats, bit-fields, flag enums, unions,
// multi-dimensional arrays, and pointers with their symbol or string.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseElf, sectionBytes } from '../../emulator/elf/reader.js';
import { elfFileToProgramImage } from '../../emulator/elf/loader.js';
import { buildDebugModel } from '../../emulator/dwarf/debugModel.js';
import { formatValue, readLocationBytes } from '../../emulator/dwarf/formatValue.js';
import { sizeOf } from '../../emulator/dwarf/types.js';

const dir = join(__dirname, 'info-fixtures');

test('every global of values.c prints as gdb prints it', () => {
  const parsed = parseElf(readFileSync(join(dir, 'values.elf')));
  assert.ok(parsed.ok);
  const image = elfFileToProgramImage(parsed.elf, 'values.elf');
  assert.ok(image.ok);
  const s = (n: string) => sectionBytes(parsed.elf, n);
  const model = buildDebugModel({
    debugInfo: s('.debug_info')!, debugAbbrev: s('.debug_abbrev')!, debugStr: s('.debug_str'), debugLineStr: s('.debug_line_str'),
    debugLoclists: s('.debug_loclists'), debugRnglists: s('.debug_rnglists'),
  });
  assert.deepEqual(model.errors, []);
  const readMemory = (address: bigint, size: number): Uint8Array | undefined => {
    for (const seg of image.image.segments) {
      if (address >= seg.vaddr && address + BigInt(size) <= seg.vaddr + BigInt(seg.memSize)) {
        const out = new Uint8Array(size);
        const offset = Number(address - seg.vaddr);
        out.set(seg.data.subarray(offset, offset + size));
        return out;
      }
    }
    return undefined;
  };
  const symbolize = (address: bigint) => {
    const sym = image.image.symbols.find((x) => x.name && x.type === 'object' && address >= x.address && address < x.address + BigInt(Math.max(1, x.size)));
    if (!sym) return undefined;
    return address === sym.address ? sym.name : `${sym.name}+${address - sym.address}`;
  };
  const names = readFileSync(join(dir, 'values.names.txt'), 'utf8').trim().split(/\s+/);
  const expected = readFileSync(join(dir, 'values.gdb.txt'), 'utf8').trim().split('\n').map((l) => l.replace(/^\$\d+ = /, ''));
  assert.equal(names.length, expected.length);
  assert.ok(names.length >= 25);
  const ours = names.map((name) => {
    const v = model.global(name);
    if (!v) return `no global ${name}`;
    const location = model.locate(v, 0n, { readRegister: () => undefined, readMemory: () => undefined });
    const bytes = readLocationBytes(location, sizeOf(v.type), { readMemory, readRegister: () => undefined });
    return bytes ? formatValue(v.type, bytes, { symbolize, readMemory, topLevel: true }) : '<optimized out>';
  });
  assert.deepEqual(ours, expected);
});
