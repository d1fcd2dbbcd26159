// Diagnostics come from the in-process assembler, with GNU as's messages, on the right line and operand; they
// are produced for files with errors and follow settings (march) and edits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { assemble, defaultFeatures } from '../../emulator/asm/index.js';
import { createLanguageService } from '../../language-server/service/languageService.js';
import { instructionTable, assembler } from '../../language-server/backends.js';
import { doc, newService, mteProgram } from './helpers.js';

test('a clean MTE program has no diagnostics', () => {
  const service = newService();
  assert.deepEqual(service.doValidation(doc(mteProgram)), []);
});

test('an unknown mnemonic is reported with GNU as wording on its line and token', () => {
  const service = newService();
  const d = doc('        nop\n        frobnicate x0, x1\n');
  const diagnostics = service.doValidation(d);
  assert.equal(diagnostics.length, 1);
  const [first] = diagnostics;
  // GNU as 2.40: "Error: unknown mnemonic `frobnicate' -- `frobnicate x0,x1'".
  assert.equal(first!.message, "unknown mnemonic `frobnicate' -- `frobnicate x0,x1'");
  assert.equal(first!.severity, DiagnosticSeverity.Error);
  assert.deepEqual(first!.range, { start: { line: 1, character: 8 }, end: { line: 1, character: 18 } });
  assert.equal(first!.source, 'aarch64-mte as');
});

test('messages and lines are exactly those of the assembler (aarch64-mte as)', () => {
  const service = newService();
  const text = '        add x0, x1, #5000000\n        irg x0, x1\n        b nowhere_defined_here\n        ldr x0, [x1, #3]!\n';
  // `aarch64-mte as` without -march assembles with GNU as's default architecture (armv8-a).
  const expected = assemble(text, { fileName: '/work/same.s', features: defaultFeatures }).diagnostics;
  const got = service.doValidation(TextDocument.create('file:///work/same.s', 'aarch64-asm', 1, text));
  assert.ok(expected.length >= 2, 'the fixture should produce several assembler diagnostics');
  assert.deepEqual(got.map((g) => [g.range.start.line + 1, g.message]), expected.map((e) => [e.line, e.message]));
});

test('an MTE instruction without .arch needs memtag, and the march setting enables it', () => {
  const service = newService();
  const d = doc('        irg x0, x1\n');
  const before = service.doValidation(d);
  assert.equal(before.length, 1);
  assert.match(String(before[0]!.message), /memtag/);
  service.configure({ march: 'armv8.5-a+memtag' });
  assert.deepEqual(service.doValidation(d), []);
  service.configure({ march: 'armv8.5-a+nosuchthing' });
  const bad = service.doValidation(d);
  assert.ok(bad.some((x) => /setting march/.test(String(x.message))), JSON.stringify(bad));
});

test('an operand error covers the operand, not just the # sign', () => {
  const service = newService();
  const d = doc('        add x0, x1, #5000000\n');
  const [first] = service.doValidation(d);
  assert.ok(first, 'expected a diagnostic');
  const line = d.getText().split('\n')[0]!;
  assert.equal(line.slice(first.range.start.character, first.range.end.character), '#5000000');
});

test('diagnostics follow an edit', () => {
  const service = newService();
  const text = '        nop\n        nop\n';
  const v1 = TextDocument.create('file:///work/edit.s', 'aarch64-asm', 1, text);
  assert.deepEqual(service.doValidation(v1), []);
  const v2 = TextDocument.update(v1, [{ range: { start: { line: 1, character: 8 }, end: { line: 1, character: 11 } }, text: 'nopx' }], 2);
  const diagnostics = service.doValidation(v2);
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0]!.range.start.line, 1);
  const v3 = TextDocument.update(v2, [{ range: { start: { line: 1, character: 8 }, end: { line: 1, character: 12 } }, text: 'nop' }], 3);
  assert.deepEqual(service.doValidation(v3), []);
});

test('a problem inside an included file is shown on the .include line', () => {
  const files: Record<string, string> = { '/work/inc/bad.inc': '        bogus x0\n' };
  const including = createLanguageService({ table: instructionTable, assembler, readFile: (p) => files[p] });
  const d = TextDocument.create('file:///work/inc/main.s', 'aarch64-asm', 1, '        nop\n        .include "bad.inc"\n');
  const diagnostics = including.doValidation(d);
  assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
  assert.equal(diagnostics[0]!.range.start.line, 1);
  assert.match(String(diagnostics[0]!.message), /bad\.inc:1:.*bogus/);
});

test('without a march setting the assembler gets the features `aarch64-mte as` uses (armv8-a); with one, its features', () => {
  const seen: (readonly string[] | undefined)[] = [];
  const spy = { ...assembler, assemble: (source: string, options: Parameters<typeof assembler.assemble>[1]) => { seen.push(options.features); return assembler.assemble(source, options); } };
  const service = createLanguageService({ table: instructionTable, assembler: spy });
  const d = doc('        nop\n');
  service.doValidation(d);
  assert.deepEqual(seen[0], defaultFeatures);
  service.configure({ march: 'armv8.5-a+memtag' });
  service.doValidation(d);
  assert.ok(seen[1]?.includes('mte') && seen[1].includes('bti'), JSON.stringify(seen[1]));
});
