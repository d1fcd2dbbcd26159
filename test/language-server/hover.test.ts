// Hover: mnemonics show the table's syntax, summary and operation (MTE ones with tags and granules); registers,
// labels, numeric local labels, system registers, directives, conditions and relocations are explained.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forms, systemRegisters } from '../../emulator/isa/index.js';
import { at, doc, hoverText, mteProgram, newService } from './helpers.js';

const service = newService();
const program = doc(mteProgram);

test('hover on irg shows its syntax, summary and operation from the table, explained with tags and granules', () => {
  const irg = forms().find((f) => f.mnemonic === 'irg' && !f.aliasOf)!;
  const text = hoverText(service, program, at(program, 'irg', 1));
  assert.ok(text.includes(irg.syntax), text);
  assert.ok(text.includes(irg.summary), text);
  if (irg.operation) assert.ok(text.includes(irg.operation));
  assert.match(text, /MTE/);
  assert.match(text, /granule/);
  assert.match(text, /allocation tag/);
});

test('hover on a mnemonic leads with the form matching the written operands', () => {
  const d = doc('        add x0, x1, x2\n        add w0, w1, #3\n');
  const first = hoverText(service, d, at(d, 'add', 0, 1));
  const second = hoverText(service, d, at(d, 'add', 0, 2));
  const firstSyntax = /```aarch64-asm\n([^\n]*)/.exec(first)![1]!;
  const secondSyntax = /```aarch64-asm\n([^\n]*)/.exec(second)![1]!;
  const thirdOperand = (syntax: string): string => syntax.split(',')[2]!.trim();
  assert.doesNotMatch(thirdOperand(firstSyntax), /^#/, `register form expected first: ${firstSyntax}`);
  assert.match(thirdOperand(secondSyntax), /^#/, `immediate form expected first: ${secondSyntax}`);
});

test('hover on b.ne finds the b.<cond> form', () => {
  const text = hoverText(service, program, at(program, 'b.ne', 1));
  const form = forms().find((f) => f.mnemonic === 'b.<cond>')!;
  assert.ok(text.includes(form.summary), text);
  assert.match(text, /Condition `ne`: not equal \(Z == 0\)/);
});

test('hover on registers explains them', () => {
  const d = doc('        mov x29, sp\n        add v0.4s, v1.4s, v2.4s\n        mov w3, wzr\n');
  assert.match(hoverText(service, d, at(d, 'x29', 1)), /frame pointer/);
  assert.match(hoverText(service, d, at(d, 'sp', 1)), /stack pointer/);
  assert.match(hoverText(service, d, at(d, 'v1.4s', 1)), /4 lanes of 32 bits/);
  assert.match(hoverText(service, d, at(d, 'wzr', 1)), /zero register/);
  assert.match(hoverText(service, d, at(d, 'w3', 1)), /low 32 bits of x3/);
});

test('hover on a label reference shows its definition line', () => {
  const text = hoverText(service, program, at(program, 'helper', 2));
  assert.match(text, /defined on line 22/);
  assert.match(text, /helper:/);
});

test('hover on numeric local label references shows the label they resolve to', () => {
  const back = hoverText(service, program, at(program, '1b', 0));
  assert.match(back, /line 10/);
  const forward = hoverText(service, program, at(program, '1f', 0));
  assert.match(forward, /line 14/);
});

test('hover on a system register shows the table summary', () => {
  const tco = systemRegisters().find((r) => r.name === 'tco')!;
  const text = hoverText(service, program, at(program, 'tco', 1));
  assert.ok(text.includes(tco.summary), text);
  assert.match(text, /S3_3_C4_C2_7/);
});

test('hover on directives, constants, conditions and relocations', () => {
  assert.match(hoverText(service, program, at(program, '.quad', 1)), /64-bit/);
  assert.match(hoverText(service, program, at(program, 'COUNT', 0, 2)), /symbol constant.*line 2/);
  const d = doc('        csel x0, x1, x2, ne\n        add x0, x0, :lo12:sym\n');
  assert.match(hoverText(service, d, at(d, 'ne', 1)), /not equal/);
  assert.match(hoverText(service, d, at(d, ':lo12:', 2)), /low 12 bits/);
});

test('no hover in comments or on blank space', () => {
  const d = doc('        nop   // irg here\n\n');
  assert.equal(service.doHover(d, at(d, 'irg', 1)), null);
  assert.equal(service.doHover(d, { line: 1, character: 0 }), null);
});

test('hover on a named operand such as a DC operation names its placeholder in the form', () => {
  const d = doc('        dc gva, x0\n        dmb ish\n');
  const dc = forms().find((f) => f.mnemonic === 'dc')!;
  const text = hoverText(service, d, at(d, 'gva', 1));
  assert.ok(text.includes(dc.syntax), text);
  assert.match(text, /<op>/);
  assert.doesNotMatch(text, /not defined/);
  assert.match(hoverText(service, d, at(d, 'ish', 1)), /<option>/);
});

test('hover on stg leads with the addressing mode written: pre-index, post-index or offset', () => {
  const d = doc('        stg x0, [x1, #16]!\n        stg x0, [x1], #16\n        stg x0, [x1, #16]\n');
  const firstSyntax = (n: number): string => /```aarch64-asm\n([^\n]*)/.exec(hoverText(service, d, at(d, 'stg', 1, n)))![1]!;
  assert.match(firstSyntax(1), /\]!$/);
  assert.match(firstSyntax(2), /\], #/);
  assert.doesNotMatch(firstSyntax(3), /\]!|\], #/);
});

test('hover on an integer shows decimal, hex and binary, and the logical tag of a tagged pointer value', () => {
  const d = doc('        mov x0, #0x23\n        .quad 0x0a00ffff12345670\n');
  assert.match(hoverText(service, d, at(d, '0x23', 1)), /= 35 = 0x23 = 0b100011/);
  assert.match(hoverText(service, d, at(d, '0x0a00', 1)), /logical tag 10 .*address 0xffff12345670/);
});

test('hover on an MTE data cache operation (dc gva, dc gzva) explains it with tags and granules; dc civac is not MTE', () => {
  const d = doc('        .arch armv8.5-a+memtag\n        dc gva, x0\n        dc gzva, x1\n        dc civac, x2\n');
  const gva = hoverText(service, d, at(d, 'gva'));
  assert.match(gva, /\*\(MTE\)\*/);
  assert.match(gva, /allocation tag of every granule/);
  assert.match(gva, /Requires feature `mte`/);
  assert.match(gva, /logical tag/);
  assert.match(hoverText(service, d, at(d, 'dc gzva')), /\*\(MTE\)\*[\s\S]*16-byte \*\*granule\*\*/);
  const civac = hoverText(service, d, at(d, 'civac'));
  assert.match(civac, /<op>/);
  assert.doesNotMatch(civac, /\*\(MTE\)\*|Requires feature `mte`/);
  assert.doesNotMatch(hoverText(service, d, at(d, 'dc civac')), /\*\(MTE\)\*/);
});
