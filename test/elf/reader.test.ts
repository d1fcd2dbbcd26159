// The ELF reader and loader on good files (fixtures built by GNU as/ld: scripts/build-fixtures.sh; expected
// values from the ELF specification and `aarch64-linux-gnu-readelf`) and on malformed input: every truncation
// of a small executable, corrupted fields, and random byte mutations must give { ok: false, message }, never a
// throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseElf, elfToProgramImage, findSection, sectionBytes, looksLikeElf, PT_INTERP } from '../../emulator/elf/index.js';

const dir = join(__dirname, '../fixtures/programs');
const hello = new Uint8Array(readFileSync(join(dir, 'hello.elf')));
const helloPie = new Uint8Array(readFileSync(join(dir, 'hello-pie.elf')));
const helloObject = new Uint8Array(readFileSync(join(dir, 'hello.o')));

function u16(b: Uint8Array, o: number, v: number) { new DataView(b.buffer, b.byteOffset).setUint16(o, v, true); }
function u32(b: Uint8Array, o: number, v: number) { new DataView(b.buffer, b.byteOffset).setUint32(o, v, true); }
function u64(b: Uint8Array, o: number, v: bigint) { new DataView(b.buffer, b.byteOffset).setBigUint64(o, v, true); }

test('hello.elf: ET_EXEC for AArch64 with the entry at _start, text and rodata sections, symbols', () => {
  const r = parseElf(hello);
  assert.ok(r.ok);
  const elf = r.elf;
  assert.equal(elf.header.type, 2);
  assert.equal(elf.header.machine, 183);
  const start = elf.symbols.find((s) => s.name === '_start');
  assert.ok(start);
  assert.equal(elf.header.entry, start.value);
  assert.equal(start.type, 2, 'STT_FUNC');
  assert.equal(start.binding, 1, 'STB_GLOBAL');
  const text = findSection(elf, '.text');
  assert.ok(text);
  assert.equal(text.address, elf.header.entry);
  assert.equal(Buffer.from(sectionBytes(elf, '.rodata')!).toString(), 'Hello, MTE!\n');
  // The first instruction is `mov x0, #1` (0xd2800020).
  assert.equal(new DataView(sectionBytes(elf, '.text')!.buffer, sectionBytes(elf, '.text')!.byteOffset).getUint32(0, true), 0xd2800020);
  assert.equal(findSection(elf, '.nothing'), undefined);
});

test('elfToProgramImage: page-aligned segments including the headers, AT_PHDR facts, symbols', () => {
  const r = elfToProgramImage(hello, 'hello.elf');
  assert.ok(r.ok);
  const image = r.image;
  assert.equal(image.positionIndependent, false);
  assert.equal(image.segments[0]!.vaddr % 4096n, 0n);
  assert.equal(image.segments[0]!.vaddr, 0x400000n);
  assert.deepEqual([...image.segments[0]!.data.subarray(0, 4)], [0x7f, 0x45, 0x4c, 0x46], 'the ELF header is mapped');
  assert.equal(image.segments[0]!.execute, true);
  const parsed = parseElf(hello);
  assert.ok(parsed.ok);
  assert.deepEqual(image.programHeaders, { address: 0x400040n, entrySize: 56, count: parsed.elf.header.programHeaderCount });
  assert.ok(image.symbols.some((s) => s.name === '_start' && s.type === 'func'));
  assert.ok(!image.symbols.some((s) => s.name.startsWith('$')), 'no mapping symbols');
  assert.equal(image.elf, hello);
});

test('a static PIE (ET_DYN without PT_INTERP) is position independent', () => {
  const r = elfToProgramImage(helloPie, 'hello-pie.elf');
  assert.ok(r.ok);
  assert.equal(r.image.positionIndependent, true);
  assert.ok(r.image.entry < 0x10000n);
});

test('a relocatable object is refused with a message naming the problem', () => {
  assert.ok(parseElf(helloObject).ok, 'the reader reads ET_REL');
  const r = elfToProgramImage(helloObject, 'hello.o');
  assert.deepEqual(r, { ok: false, message: 'hello.o: not an executable: a relocatable object file (link it first)' });
});

test('a dynamically linked program (PT_INTERP) is refused: build with -static', () => {
  const copy = hello.slice();
  const r0 = parseElf(copy);
  assert.ok(r0.ok);
  // Turn the last program header into PT_INTERP pointing at valid bytes.
  const i = r0.elf.header.programHeaderCount - 1;
  const o = r0.elf.header.programHeaderOffset + i * 56;
  u32(copy, o, PT_INTERP);
  u64(copy, o + 8, 0n); u64(copy, o + 32, 4n); u64(copy, o + 40, 4n);
  assert.deepEqual(elfToProgramImage(copy, 'dyn'), { ok: false, message: 'dyn: dynamically linked programs are not supported; build with -static' });
});

test('every truncation of hello.elf gives an error value, never a throw', () => {
  const whole = parseElf(hello);
  assert.ok(whole.ok);
  // What execve needs: the ELF header, the program headers and the loaded segments' file bytes.
  const h = whole.elf.header;
  const needed = Math.max(h.programHeaderOffset + h.programHeaderCount * h.programHeaderEntrySize,
    ...whole.elf.programHeaders.map((p) => p.offset + p.fileSize));
  assert.ok(needed < hello.length, 'the section header table follows the segments');
  for (let n = 0; n < hello.length; n++) {
    const part = hello.subarray(0, n);
    const r = parseElf(part);
    assert.equal(r.ok, false, `truncated at ${n}`);
    assert.ok(!r.ok && r.message.length > 0);
    const image = elfToProgramImage(part, 'x');
    if (n < needed) assert.equal(image.ok, false, `truncated at ${n}`);
    else {
      // Only section headers or symbols are cut off: Linux runs such a file, so the loader does, without symbols.
      assert.ok(image.ok, `truncated at ${n}`);
      assert.equal(image.image.symbols.length, 0);
      assert.match(image.warning ?? '', /^x: section headers ignored \(.+\); running without symbols$/, `truncated at ${n}`);
    }
  }
});

test('damaged section headers fail parseElf but not elfToProgramImage (execve never reads them), which warns', () => {
  const original = parseElf(hello);
  assert.ok(original.ok);
  const cases: [string, (b: Uint8Array) => void, RegExp][] = [
    ['e_shoff past the end', (b) => u64(b, 40, BigInt(b.length - 10)), /section header table/],
    ['e_shoff too large', (b) => u64(b, 40, 0xffff_ffff_ffff_ffffn), /e_shoff 0xffffffffffffffff is too large/],
    ['e_shstrndx out of range', (b) => u16(b, 62, 200), /section name table index 200 is out of range/],
    ['e_shentsize too small', (b) => u16(b, 58, 8), /invalid section header entry size 8/],
  ];
  for (const [what, corrupt, message] of cases) {
    const copy = hello.slice();
    corrupt(copy);
    const strict = parseElf(copy);
    assert.equal(strict.ok, false, what);
    const lenient = parseElf(copy, { sectionsOptional: true });
    assert.ok(lenient.ok, what);
    assert.match(lenient.elf.sectionProblem ?? '', message, what);
    assert.deepEqual([lenient.elf.sections.length, lenient.elf.symbols.length], [0, 0], what);
    const image = elfToProgramImage(copy, 'damaged');
    assert.ok(image.ok, what);
    assert.equal(image.image.entry, original.elf.header.entry, what);
    assert.equal(image.image.symbols.length, 0, what);
    assert.match(image.warning ?? '', /^damaged: section headers ignored \(.+\); running without symbols$/, what);
  }
  const sound = elfToProgramImage(hello, 'hello');
  assert.ok(sound.ok);
  assert.equal(sound.warning, undefined);
});

test('corrupted fields give specific messages', () => {
  const cases: [string, (b: Uint8Array) => void, RegExp][] = [
    ['magic', (b) => { b[1] = 0; }, /not an ELF file/],
    ['class', (b) => { b[4] = 1; }, /32-bit/],
    ['endianness', (b) => { b[5] = 2; }, /big-endian/],
    ['machine', (b) => u16(b, 18, 62), /not an AArch64 ELF file \(e_machine 62/],
    ['phoff', (b) => u64(b, 32, 0xffff_ffffn), /program header table .* extends past the end/],
    ['phentsize', (b) => u16(b, 54, 8), /invalid program header entry size 8/],
    ['shoff', (b) => u64(b, 40, BigInt(b.length - 10)), /section header table/],
    ['shstrndx', (b) => u16(b, 62, 200), /section name table index 200 is out of range/],
    ['huge offset', (b) => u64(b, 40, 0xffff_ffff_ffff_ffffn), /too large/],
  ];
  for (const [what, corrupt, message] of cases) {
    const copy = hello.slice();
    corrupt(copy);
    const r = parseElf(copy);
    assert.equal(r.ok, false, what);
    assert.match((r as { message: string }).message, message, what);
  }
});

test('a segment whose file size exceeds its memory size is rejected', () => {
  const copy = hello.slice();
  const r0 = parseElf(copy);
  assert.ok(r0.ok);
  const o = r0.elf.header.programHeaderOffset;
  u64(copy, o + 40, 1n); // p_memsz of the first segment
  const r = parseElf(copy);
  assert.equal(r.ok, false);
  assert.match((r as { message: string }).message, /program header 0: file size .* exceeds memory size/);
});

test('random byte mutations never make the reader or loader throw', () => {
  let seed = 12345;
  const random = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed; };
  for (let round = 0; round < 3000; round++) {
    const copy = hello.slice();
    const flips = 1 + (random() % 4);
    for (let i = 0; i < flips; i++) copy[random() % copy.length] = random() & 0xff;
    assert.doesNotThrow(() => { parseElf(copy); elfToProgramImage(copy, 'fuzz'); });
  }
});

test('looksLikeElf checks the magic number only', () => {
  assert.equal(looksLikeElf(hello), true);
  assert.equal(looksLikeElf(Uint8Array.from([0x7f, 0x45, 0x4c])), false);
  assert.equal(looksLikeElf(new TextEncoder().encode('.text\n')), false);
});

test('a file without section headers (e_shoff 0, as after sstrip) still loads, without symbols', () => {
  const copy = hello.slice();
  u64(copy, 40, 0n);
  u16(copy, 60, 0);
  u16(copy, 62, 0);
  const r = elfToProgramImage(copy, 'stripped');
  assert.ok(r.ok);
  assert.equal(r.image.symbols.length, 0);
  const original = parseElf(hello);
  assert.ok(original.ok);
  assert.equal(r.image.entry, original.elf.symbols.find((s) => s.name === '_start')!.value);
});

test('a segment with no file bytes (only .bss) loads whatever its file offset, as Linux does', () => {
  // bss-only.elf (GNU ld) has a RW PT_LOAD with p_filesz 0. gcc's driver links such a program with p_offset past
  // the end of the file (0xffe8 in a 1.6 KB file); give this one such an offset, congruent to p_vaddr as required.
  const bytes = new Uint8Array(readFileSync(join(dir, 'bss-only.elf')));
  const parsed = parseElf(bytes);
  assert.ok(parsed.ok);
  const rwIndex = parsed.elf.programHeaders.findIndex((p) => p.type === 1 && p.fileSize === 0 && p.memSize > 0);
  assert.ok(rwIndex >= 0, 'the fixture has a PT_LOAD without file bytes');
  const ph = parsed.elf.header.programHeaderOffset + rwIndex * parsed.elf.header.programHeaderEntrySize;
  const moved = BigInt(parsed.elf.programHeaders[rwIndex]!.offset) + 0x10000n;
  assert.ok(moved > BigInt(bytes.length));
  u64(bytes, ph + 8, moved);
  const r = elfToProgramImage(bytes, 'bss-only.elf');
  assert.ok(r.ok, r.ok ? '' : r.message);
  const bss = r.image.segments.find((s) => s.write);
  assert.ok(bss, 'the writable segment is mapped');
  assert.ok(bss.data.every((b) => b === 0), 'and zero-filled');
});
