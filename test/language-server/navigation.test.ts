// Go to definition, find references and rename for labels, constants and macros, with numeric local labels
// (1:, 1f, 1b) resolved to the definition GNU as would pick.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Location, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { assemble } from '../../emulator/asm/index.js';
import { createLanguageService } from '../../language-server/service/languageService.js';
import { normalizePath } from '../../language-server/service/diagnostics.js';
import { instructionTable, assembler } from '../../language-server/backends.js';
import { at, doc, mteProgram, newService } from './helpers.js';

const service = newService();
const program = doc(mteProgram);
const lines = (locations: Location[]): number[] => locations.map((l) => l.range.start.line + 1);

test('go to definition of a label, a local .L label and a constant', () => {
  assert.deepEqual(lines(service.findDefinition(program, at(program, 'helper', 1, 1))), [22]);
  assert.deepEqual(lines(service.findDefinition(program, at(program, 'b       .Ldone', 10))), [17]);
  assert.deepEqual(lines(service.findDefinition(program, at(program, '#COUNT', 2))), [2]);
  const definition = service.findDefinition(program, at(program, 'helper', 1, 1))[0]!;
  assert.deepEqual(definition.range, { start: { line: 21, character: 0 }, end: { line: 21, character: 6 } });
});

test('numeric local labels resolve like GNU as: 1b to the previous 1:, 1f to the next one', () => {
  // mteProgram: '1:' on lines 10, 14 and 27; 'b.ne 1b' on line 11; 'b 1f' on line 12; '.quad _start, 1f' on line 26.
  assert.deepEqual(lines(service.findDefinition(program, at(program, '1b'))), [10]);
  assert.deepEqual(lines(service.findDefinition(program, at(program, '1f', 0, 1))), [14]);
  assert.deepEqual(lines(service.findDefinition(program, at(program, '1f', 0, 2))), [27]);
  const sameLine = doc('1:      b       1b\n        b       1f\n1:      nop\n');
  assert.deepEqual(lines(service.findDefinition(sameLine, at(sameLine, '1b'))), [1], '1b on the line of 1: refers to it');
  assert.deepEqual(lines(service.findDefinition(sameLine, at(sameLine, '1f'))), [3]);
});

test('references of one numeric label do not include uses of another label with the same number', () => {
  const refs = service.findReferences(program, { line: 9, character: 0 }, true);
  assert.deepEqual(lines(refs), [10, 11]);
  const refsOfSecond = service.findReferences(program, { line: 13, character: 0 }, false);
  assert.deepEqual(lines(refsOfSecond), [12]);
});

test('find references of a label, with and without the declaration', () => {
  assert.deepEqual(lines(service.findReferences(program, at(program, '_start:', 1), true)), [4, 5, 6, 20, 20, 26]);
  assert.deepEqual(lines(service.findReferences(program, at(program, '_start:', 1), false)), [4, 5, 20, 20, 26]);
});

test('macros: definition and references from invocations', () => {
  const d = doc('        .macro  push2 a, b\n        stp \\a, \\b, [sp, #-16]!\n        .endm\n        push2 x0, x1\n        push2 x2, x3\n');
  assert.deepEqual(lines(service.findDefinition(d, at(d, 'push2 x0', 1))), [1]);
  assert.deepEqual(lines(service.findReferences(d, at(d, 'push2', 1), true)), [1, 4, 5]);
});

function applyEdits(text: string, edits: TextEdit[]): string {
  const docLines = text.split('\n');
  const sorted = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
  for (const e of sorted) {
    const line = docLines[e.range.start.line]!;
    docLines[e.range.start.line] = line.slice(0, e.range.start.character) + e.newText + line.slice(e.range.end.character);
  }
  return docLines.join('\n');
}

test('rename a label everywhere, and only that label', () => {
  const d = doc('loop:   b loop\n        b loop2\nloop2:  bl loop\n        .global loop\n');
  assert.ok(service.prepareRename(d, at(d, 'loop', 1, 2)));
  const result = service.doRename(d, at(d, 'loop', 1, 2), 'again');
  assert.ok('edit' in result, JSON.stringify(result));
  const edited = applyEdits(d.getText(), result.edit.changes![d.uri]!);
  assert.equal(edited, 'again:   b again\n        b loop2\nloop2:  bl again\n        .global again\n');
});

test('rename a numeric local label renames its definition and only the references resolving to it', () => {
  const d = doc('1:      b 1b\n        b 1f\n1:      b 1b\n');
  const result = service.doRename(d, { line: 0, character: 0 }, '7');
  assert.ok('edit' in result, JSON.stringify(result));
  assert.equal(applyEdits(d.getText(), result.edit.changes![d.uri]!), '7:      b 7b\n        b 1f\n1:      b 1b\n');
});

test('rename refuses invalid or clashing names and non-symbols', () => {
  const d = doc('a:      b b\nb:      mov x0, x1\n');
  assert.ok('error' in service.doRename(d, at(d, 'a:'), 'b'), 'clash with an existing label');
  assert.ok('error' in service.doRename(d, at(d, 'a:'), 'x1'), 'a register name');
  assert.ok('error' in service.doRename(d, at(d, 'a:'), '9bad'), 'not a symbol');
  assert.ok('error' in service.doRename(d, at(d, 'x0'), 'foo'), 'a register cannot be renamed');
  assert.equal(service.prepareRename(d, at(d, 'mov', 1)), null);
});

test('document highlights: the definition is a write, uses are reads', () => {
  const d = doc('loop:   subs x0, x0, #1\n        b.ne loop\n        b loop\n');
  const highlights = service.findDocumentHighlights(d, at(d, 'loop', 1, 2));
  assert.deepEqual(highlights.map((h) => [h.range.start.line, h.kind]), [[0, 3], [1, 2], [2, 2]]);
});

test('a missing extension diagnostic gets a quick fix that enables it before the first statement', () => {
  const d = doc('// header comment\n\n        .text\n        ldg x0, [x1]\n');
  const diagnostics = service.doValidation(d);
  assert.equal(diagnostics.length, 1);
  const actions = service.getCodeActions(d, diagnostics);
  assert.equal(actions.length, 1);
  const edits = actions[0]!.edit!.changes![d.uri]!;
  const fixed = applyEdits(d.getText(), edits);
  assert.equal(fixed, '// header comment\n\n        .arch_extension memtag\n        .text\n        ldg x0, [x1]\n');
  assert.deepEqual(service.doValidation(doc(fixed)), [], 'the fix makes the file assemble');
});

test('the definitions and references the service finds agree with the assembler\'s symbol table', () => {
  const text = mteProgram + '        .macro twice r\n        add \\r, \\r, \\r\n        .endm\n        .text\nextra:  twice x1\n        adrp x0, value\n        add x0, x0, :lo12:value\n        ldr x1, =extra\n';
  const d = doc(text, 'agree.s');
  const model = service.parse(d);
  const result = assemble(text, { fileName: 'agree.s' });
  const fromAssembler = result.symbols.filter((s) => s.definedAt).map((s) => `${s.name}@${s.definedAt!.line}:${s.definedAt!.column}`).sort();
  const fromService = [...model.definitions.values()].flat().filter((x) => x.kind !== 'macro').map((x) => `${x.name}@${x.line + 1}:${x.start + 1}`).sort();
  assert.deepEqual(fromService, fromAssembler);
  // The assembler also lists its synthetic literal-pool labels (.L__pool_N), which are not in the source.
  const assemblerRefs = result.references.filter((r) => !r.name.startsWith('.L__pool')).map((r) => `${r.name}@${r.line}:${r.column}-${r.endColumn}`).sort();
  const serviceRefs = model.uses.filter((u) => model.definitions.has(u.name) && !model.macros.has(u.name)).map((u) => `${u.name}@${u.line + 1}:${u.start + 1}-${u.end + 1}`).sort();
  assert.deepEqual(serviceRefs, assemblerRefs);
});

test('renaming every label of a program leaves the assembled bytes unchanged', () => {
  let text = mteProgram;
  for (const name of ['helper', '_start', '.Ldone', 'value', 'COUNT']) {
    const d = doc(text, 'rename-all.s');
    const model = service.parse(d);
    const definition = model.definitions.get(name)![0]!;
    const result = service.doRename(d, { line: definition.line, character: definition.start }, `${name}_renamed`);
    assert.ok('edit' in result, `${name}: ${JSON.stringify(result)}`);
    text = applyEdits(text, result.edit.changes![d.uri]!);
  }
  const bytes = (source: string) => assemble(source, { fileName: 'r.s' }).sections.map((s) => `${s.name}:${Buffer.from(s.data).toString('hex')}`);
  const symbols = assemble(text, { fileName: 'r.s' }).symbols.map((s) => s.name);
  for (const name of ['helper', '_start', 'value', 'COUNT']) {
    assert.ok(symbols.includes(`${name}_renamed`) && !symbols.includes(name), `${name} renamed everywhere: ${symbols.join(' ')}`);
  }
  assert.deepEqual(bytes(text), bytes(mteProgram));
  assert.deepEqual(assemble(text, { fileName: 'r.s' }).diagnostics, []);
});

test('.include: a document link to the file, and go to definition into it', () => {
  const files: Record<string, string> = { '/work/proj/lib/util.inc': '        .text\nshared_helper:\n        ret\n' };
  const including = createLanguageService({ table: instructionTable, assembler, readFile: (p) => files[normalizePath(p)] });
  const d = TextDocument.create('file:///work/proj/src/main.s', 'aarch64-asm', 1, '        .include "../lib/util.inc"\n        .text\n        bl shared_helper\n');
  const links = including.findDocumentLinks(d);
  assert.equal(links.length, 1);
  assert.equal(links[0]!.target, 'file:///work/proj/lib/util.inc');
  assert.deepEqual(links[0]!.range, { start: { line: 0, character: 18 }, end: { line: 0, character: 33 } });
  assert.deepEqual(including.doValidation(d), []);
  const definition = including.findDefinition(d, at(d, 'shared_helper', 1));
  assert.deepEqual(definition, [{ uri: 'file:///work/proj/lib/util.inc', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 13 } } }]);
  const hover = including.doHover(d, at(d, 'shared_helper', 1));
  assert.match(JSON.stringify(hover?.contents), /util\.inc, line 2/);
  assert.ok(including.doComplete(d, { line: 2, character: 11 }).items.some((i) => i.label === 'shared_helper'));
  assert.ok(including.getDecodedSemanticTokens(d).some((t) => t.line === 2 && t.type === 'label'));
});

test('#define in a .S file defines a name: go to definition, hover and references', () => {
  const d = doc('#define SYS_exit 93\n        mov x8, #SYS_exit\n        svc #0\n', 'pre.S');
  assert.deepEqual(lines(service.findDefinition(d, at(d, 'SYS_exit', 1, 2))), [1]);
  assert.deepEqual(service.findDefinition(d, at(d, 'SYS_exit', 1, 2))[0]!.range, { start: { line: 0, character: 8 }, end: { line: 0, character: 16 } });
  assert.deepEqual(lines(service.findReferences(d, at(d, 'SYS_exit', 1, 2), true)), [1, 2]);
  assert.deepEqual(service.doValidation(d), []);
});

test('a label made by a macro expansion: definition at the invocation line, hover says so', () => {
  const d = doc('        .macro  make name\n\\name\\()_start:\n        nop\n        .endm\n        make foo\n        b foo_start\n');
  assert.deepEqual(service.doValidation(d), []);
  const definition = service.findDefinition(d, at(d, 'foo_start', 1));
  assert.equal(definition.length, 1);
  assert.equal(definition[0]!.uri, d.uri);
  assert.equal(definition[0]!.range.start.line, 4);
  assert.match(JSON.stringify(service.doHover(d, at(d, 'foo_start', 1))?.contents), /macro expansion on line 5/);
});
