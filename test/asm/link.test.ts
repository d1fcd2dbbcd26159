// The static linker against GNU ld: examples/*.s assembled and linked by us must give the same entry point,
// segments (addresses, sizes, permissions, bytes) and symbol addresses as GNU as + GNU ld (default script),
// recorded in expectations/link-*.json by scripts/gen-asm-expectations.mjs. Also: cross-unit resolution and
// link errors, and the written ET_EXEC read back by the project's ELF loader.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assemble, assembleProgram, link, writeExecutable } from '../../emulator/asm/index.js';
import { elfToProgramImage, parseElf } from '../../emulator/elf/index.js';

const root = join(__dirname, '..', '..');
const ldSynthesized = /^(__bss_start(__)?|_edata|edata|_end|__end__|_?_bss_end__|end)$/;

interface LinkExpectation {
  source: string;
  entry: string;
  segments: { vaddr: string; memSize: number; read: boolean; write: boolean; execute: boolean; skip: number; hex: string }[];
  symbols: Record<string, string>;
}

for (const file of readdirSync(join(root, 'test/asm/expectations')).filter((f) => f.startsWith('link-')).sort()) {
  const expected = JSON.parse(readFileSync(join(root, 'test/asm/expectations', file), 'utf8')) as LinkExpectation;
  const source = readFileSync(join(root, expected.source), 'utf8');

  test(`${expected.source}: linked image equals GNU ld's`, () => {
    const result = assemble(source, { fileName: expected.source, features: ['base', 'fp', 'simd'] });
    assert.deepEqual(result.diagnostics.map((d) => `${d.line}: ${d.message}`), []);
    const linked = link([result]);
    assert.deepEqual(linked.diagnostics.map((d) => `${d.line}: ${d.message}`), []);
    const image = linked.image!;
    assert.equal(image.entry.toString(16), expected.entry, 'entry point');
    assert.equal(image.segments.length, expected.segments.length, 'segment count');
    expected.segments.forEach((want, i) => {
      const got = image.segments[i]!;
      assert.equal(got.vaddr.toString(16), want.vaddr, `segment ${i} address`);
      assert.equal(got.memSize, want.memSize, `segment ${i} memory size`);
      assert.deepEqual([got.read, got.write, got.execute], [want.read, want.write, want.execute], `segment ${i} flags`);
      assert.equal(Buffer.from(got.data.subarray(want.skip)).toString('hex'), want.hex, `segment ${i} bytes`);
    });
    for (const [name, address] of Object.entries(expected.symbols)) {
      if (ldSynthesized.test(name)) continue;
      const got = image.symbols.find((s) => s.name === name);
      assert.ok(got, `symbol ${name} missing`);
      assert.equal(got.address.toString(16), address, `symbol ${name}`);
    }
  });

  test(`${expected.source}: written executable reads back through the ELF loader`, () => {
    const linked = assembleProgram(source, { fileName: expected.source });
    assert.ok(linked.image, linked.diagnostics.map((d) => d.message).join('\n'));
    const elf = writeExecutable(linked.image);
    const back = elfToProgramImage(elf, 'x');
    assert.ok(back.ok, back.ok ? '' : back.message);
    assert.equal(back.image.entry, linked.image.entry);
    assert.equal(back.image.segments.length, linked.image.segments.length);
    back.image.segments.forEach((s, i) => {
      const want = linked.image!.segments[i]!;
      // The loader maps whole pages: a segment may start up to a page earlier, with the file bytes before it.
      const lead = Number(want.vaddr - s.vaddr);
      assert.ok(lead >= 0 && lead < 4096, `segment ${i} address`);
      assert.equal(s.memSize - lead, want.memSize);
      // The headers sit at the start of the first segment, exactly where the linker reserved them.
      const skip = i === 0 ? expected.segments[0]!.skip : 0;
      assert.deepEqual(s.data.subarray(lead + skip), want.data.subarray(skip));
    });
    for (const sym of linked.image.symbols) {
      assert.ok(back.image.symbols.some((b) => b.name === sym.name && b.address === sym.address), `symbol ${sym.name} in the ELF`);
    }
    assert.ok(linked.image.lines && linked.image.lines.length > 0, 'line rows');
    assert.equal(linked.image.lines[0]!.file, expected.source);
  });
}

test('symbols resolve across units; locals stay private', () => {
  const a = assemble(' .text\n .global _start\n_start: bl helper\n ldr x0, =shared\n ldr x1, =local\nlocal: .word 1\n', { fileName: 'a.s' });
  const b = assemble(' .text\n .global helper\nhelper: ret\nlocal: .word 2\n .data\n .global shared\nshared: .quad helper\n', { fileName: 'b.s' });
  const linked = link([a, b]);
  assert.deepEqual(linked.diagnostics, []);
  const image = linked.image!;
  const sym = (n: string, file = 0) => image.symbols.filter((s) => s.name === n)[file]!.address;
  const text = image.segments[0]!;
  const word = (addr: bigint) => new DataView(text.data.buffer, text.data.byteOffset).getUint32(Number(addr - text.vaddr), true);
  // bl helper: imm26 = (helper - _start) / 4.
  assert.equal(word(sym('_start')), (0x94000000 | Number((sym('helper') - sym('_start')) / 4n)) >>> 0);
  // The two `local` labels are different symbols at different addresses.
  const locals = image.symbols.filter((s) => s.name === 'local');
  assert.equal(locals.length, 2);
  assert.notEqual(locals[0]!.address, locals[1]!.address);
  // shared holds helper's address (an R_AARCH64_ABS64 in .data).
  const data = image.segments[1]!;
  const at = Number(sym('shared') - data.vaddr);
  assert.equal(new DataView(data.data.buffer, data.data.byteOffset).getBigUint64(at, true), sym('helper'));
});

test('undefined and multiply defined symbols are link errors with locations', () => {
  const a = assemble(' .global _start\n_start:\n bl missing\n', { fileName: 'a.s' });
  const r = link([a]);
  assert.equal(r.image, undefined);
  assert.deepEqual(r.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`), ["a.s:3: undefined reference to `missing'"]);
  const b = assemble(' .global _start\n_start: ret\n', { fileName: 'b.s' });
  const c = assemble('\n .global _start\n_start: ret\n', { fileName: 'c.s' });
  const dup = link([b, c]);
  assert.equal(dup.image, undefined);
  assert.match(dup.diagnostics[0]!.message, /multiple definition of `_start'/);
  assert.equal(dup.diagnostics[0]!.file, 'c.s');
  assert.equal(dup.diagnostics[0]!.line, 3);
});

test('a missing entry symbol is a warning and the entry defaults to the start of .text', () => {
  const r = link([assemble(' nop\n', { fileName: 'n.s' })]);
  assert.ok(r.image);
  assert.equal(r.image.entry, 0x400078n);
  assert.match(r.diagnostics[0]!.message, /cannot find entry symbol _start/);
});

test('.cfi_* frames are linked into .eh_frame, whose FDE addresses point at the functions', () => {
  const source = readFileSync(join(root, 'test/asm/fixtures/cfi.s'), 'utf8');
  const linked = assembleProgram(` .global _start\n_start: bl f\n${source}`, { fileName: 'cfi.s' });
  assert.ok(linked.image, linked.diagnostics.map((d) => d.message).join('\n'));
  const parsed = parseElf(writeExecutable(linked.image));
  assert.ok(parsed.ok);
  const eh = parsed.elf.sections.find((s) => s.name === '.eh_frame');
  assert.ok(eh, 'the executable names its .eh_frame section');
  const text = parsed.elf.sections.find((s) => s.name === '.text')!;
  assert.equal(text.address, 0x400078n, 'one PT_LOAD: code starts after the ELF header and one program header');
  const bytes = parsed.elf.bytes;
  const dv = new DataView(bytes.buffer, bytes.byteOffset);
  // First FDE follows the 20-byte CIE: length, CIE pointer, then pc_begin as a pc-relative sdata4.
  const fde = eh.offset + 20;
  const pcBeginField = eh.address + 20n + 8n;
  const pcBegin = pcBeginField + BigInt(dv.getInt32(fde + 8, true));
  const f = linked.image.symbols.find((s) => s.name === 'f')!;
  assert.equal(pcBegin, f.address);
  assert.equal(dv.getUint32(fde + 12, true), 0x24, 'pc_range: f is 9 instructions');
});

test('a call to an undefined weak symbol continues with the next instruction; labels of empty sections resolve', () => {
  const unit = assemble(' .weak maybe\n .global _start\n_start: bl maybe\n ldr x0, =marker\n .bss\nmarker:\n', { fileName: 'w.s' });
  const r = link([unit]);
  assert.deepEqual(r.diagnostics, []);
  const text = r.image!.segments[0]!;
  const entry = Number(r.image!.entry - text.vaddr);
  // bl +4
  assert.equal(new DataView(text.data.buffer, text.data.byteOffset).getUint32(entry, true), 0x94000001);
  const marker = r.image!.symbols.find((s) => s.name === 'marker')!;
  assert.ok(marker.address > r.image!.entry, 'marker placed after the code');
});

test('a literal load of a GOT entry (:got:, tiny code model) reads the symbol\'s address from the GOT', async () => {
  const { runProgram } = await import('../../cli/commands/run.js');
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'gotlit-'));
  try {
    const file = join(dir, 'got.s');
    // Exit status 42 only if x1 holds value's address (read through the GOT) and the word there is 42.
    writeFileSync(file, [
      '\t.global _start', '_start:', '\tldr x1, :got:value', '\tadr x3, value', '\tcmp x1, x3', '\tmov x0, #1', '\tb.ne 1f',
      '\tldr x0, [x1]', '1:\tmov x8, #93', '\tsvc #0', '\t.data', '\t.balign 8', 'value:', '\t.quad 42', '',
    ].join('\n'));
    let stderr = '';
    const io = { stdout: () => {}, stderr: (t: string) => { stderr += t; }, stdoutBytes: () => {}, stderrBytes: () => {} };
    assert.equal(runProgram([file], io, { stdin: new Uint8Array(0) }), 42, stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
