// Completion and signature help: mnemonics (from the table, with operand snippets) at the start of a statement,
// operand-specific items after it, and the active operand from the comma position.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import { forms, systemRegisters } from '../../emulator/isa/index.js';
import { at, doc, mteProgram, newService } from './helpers.js';

const service = newService();
const labels = (items: CompletionItem[]): string[] => items.map((i) => i.label);
const newText = (item: CompletionItem | undefined): string => (item?.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : '');

test('at the start of a statement: every table mnemonic, with a snippet built from its syntax', () => {
  const d = doc('        ir\n');
  const items = service.doComplete(d, { line: 0, character: 10 }).items;
  const names = new Set(labels(items));
  for (const f of forms()) {
    if (!f.mnemonic.includes('<')) assert.ok(names.has(f.mnemonic), `missing mnemonic ${f.mnemonic}`);
  }
  assert.ok(names.has('b.eq') && names.has('b.ne'), 'b.<cond> is expanded to concrete conditions');
  const irg = items.find((i) => i.label === 'irg')!;
  assert.equal(irg.insertTextFormat, InsertTextFormat.Snippet);
  assert.equal(newText(irg), 'irg ${1:Xd|SP}, ${2:Xn|SP}');
  assert.match(String(irg.detail), /^MTE/);
  // Documentation comes with completionItem/resolve, keeping the list small.
  assert.equal(irg.documentation, undefined);
  const resolved = service.resolveCompletion(irg);
  const irgForm = forms().find((f) => f.mnemonic === 'irg')!;
  assert.ok(typeof resolved.documentation === 'object' && resolved.documentation.value.includes(irgForm.syntax));
  assert.deepEqual(irg.textEdit && 'range' in irg.textEdit ? irg.textEdit.range : undefined, { start: { line: 0, character: 8 }, end: { line: 0, character: 10 } });
});

test('without snippet support the mnemonic alone is inserted', () => {
  const d = doc('        ir\n');
  const irg = service.doComplete(d, { line: 0, character: 10 }, { snippetSupport: false }).items.find((i) => i.label === 'irg');
  assert.equal(newText(irg), 'irg');
});

test('after a label, and after ., directives are offered; macros are offered as mnemonics', () => {
  const d = doc('        .macro push2 a, b\n        .endm\nstart:  .gl\nloop:   pu\n');
  const directives = service.doComplete(d, { line: 2, character: 11 }).items;
  assert.ok(labels(directives).includes('.global'));
  assert.ok(!labels(directives).includes('add'), 'no mnemonics after a dot');
  const afterLabel = service.doComplete(d, { line: 3, character: 10 }).items;
  assert.ok(labels(afterLabel).includes('push2'));
  assert.ok(labels(afterLabel).includes('add'));
});

test('in operands: registers of the width the form wants, not mnemonics', () => {
  const d = doc('        irg \n        add w0, \n');
  const irgOperands = labels(service.doComplete(d, { line: 0, character: 12 }).items);
  assert.ok(irgOperands.includes('x0') && irgOperands.includes('sp'));
  assert.ok(!irgOperands.includes('w0'), 'irg takes X registers only');
  assert.ok(!irgOperands.includes('irg'), 'no mnemonics in operand position');
  const addOperands = labels(service.doComplete(d, { line: 1, character: 16 }).items);
  assert.ok(addOperands.includes('w1'), 'add w0, <Wn>');
});

test('branch targets: labels and the nearest numeric local labels', () => {
  const d = doc(mteProgram);
  const position = at(d, 'b       .Ldone', 8);
  const items = labels(service.doComplete(d, position).items);
  for (const name of ['helper', '_start', '.Ldone', '1b', '1f']) assert.ok(items.includes(name), `missing ${name}`);
});

test('system registers after mrs, conditions after csel, constants after #, relocations after :', () => {
  const d = doc('        mrs x0, \n        csel x0, x1, x2, \n        .equ SIZE, 4\n        mov x0, #S\n        add x0, x0, :lo\n');
  const sysregs = labels(service.doComplete(d, { line: 0, character: 16 }).items);
  assert.ok(systemRegisters().every((r) => sysregs.includes(r.name)), 'all system registers');
  const conditions = labels(service.doComplete(d, { line: 1, character: 25 }).items);
  assert.ok(conditions.includes('ne') && conditions.includes('hs'));
  const constants = labels(service.doComplete(d, { line: 3, character: 18 }).items);
  assert.deepEqual(constants, ['SIZE']);
  const relocations = service.doComplete(d, { line: 4, character: 23 }).items;
  assert.ok(labels(relocations).includes(':lo12:'));
});

test('nothing is completed inside a comment or string', () => {
  const d = doc('        nop // ad\n        .ascii "ad"\n');
  assert.deepEqual(service.doComplete(d, { line: 0, character: 17 }).items, []);
  assert.deepEqual(service.doComplete(d, { line: 1, character: 17 }).items, []);
});

test('signature help: syntaxes from the table, active operand from the commas', () => {
  const d = doc('        addg x1, x0, #16, #1\n        add x0, x1, \n');
  const addg = forms().find((f) => f.mnemonic === 'addg')!;
  const help = service.doSignatureHelp(d, at(d, '#16', 0))!;
  assert.equal(help.signatures[0]!.label, addg.syntax);
  assert.equal(help.activeParameter, 2);
  const [start, end] = help.signatures[0]!.parameters![2]!.label as [number, number];
  assert.equal(addg.syntax.slice(start, end), '#<uimm6>');
  const first = service.doSignatureHelp(d, at(d, 'x1', 0))!;
  assert.equal(first.activeParameter, 0);
  const add = service.doSignatureHelp(d, { line: 1, character: 20 })!;
  assert.ok(add.signatures.length > 1, 'several add forms');
  assert.equal(add.activeParameter, 2);
  assert.equal(service.doSignatureHelp(d, { line: 0, character: 9 }), null, 'no help on the mnemonic itself');
});

test('with itemDefaults support the shared edit range is sent once', () => {
  const d = doc('        ir\n');
  const list = service.doComplete(d, { line: 0, character: 10 }, { snippetSupport: true, itemDefaults: true });
  assert.deepEqual(list.itemDefaults?.editRange, { start: { line: 0, character: 8 }, end: { line: 0, character: 10 } });
  const irg = list.items.find((i) => i.label === 'irg')!;
  assert.equal(irg.textEdit, undefined);
  assert.equal(irg.insertText, 'irg ${1:Xd|SP}, ${2:Xn|SP}');
});

test('signature help for directive arguments', () => {
  const d = doc('        .size main, . - main\n');
  const help = service.doSignatureHelp(d, at(d, '. - main', 0))!;
  assert.equal(help.signatures[0]!.label, '.size <symbol>, <expression>');
  assert.equal(help.activeParameter, 1);
  const [start, end] = help.signatures[0]!.parameters![1]!.label as [number, number];
  assert.equal(help.signatures[0]!.label.slice(start, end), '<expression>');
});

test('a ":" typed after a label does not pop up completion; inside operands it offers relocations', () => {
  const d = doc('loop:\n        add x0, x0, :\n');
  assert.deepEqual(service.doComplete(d, { line: 0, character: 5 }, { snippetSupport: true, triggerCharacter: ':' }).items, []);
  const relocations = service.doComplete(d, { line: 1, character: 21 }, { snippetSupport: true, triggerCharacter: ':' }).items;
  assert.ok(relocations.some((i) => i.label === ':lo12:'));
});

test('named operations after dc, dmb and bti; MTE data cache operations are marked (GNU as needs memtag for them)', () => {
  const d = doc('        dc \n        dmb \n        bti \n        dc gva, \n');
  const dc = service.doComplete(d, { line: 0, character: 11 }).items;
  // GNU as 2.40 without memtag: "selected processor does not support system register name 'gva'" (also gzva,
  // cgdvadp, igvac); civac needs nothing.
  for (const name of ['gva', 'gzva', 'cgdvadp', 'igvac']) assert.match(String(dc.find((i) => i.label === name)?.detail), /^MTE: data cache/, name);
  assert.equal(dc.find((i) => i.label === 'civac')?.detail, 'data cache operation');
  assert.ok(!labels(dc).includes('x0'), 'no registers for the operation operand');
  assert.ok(labels(service.doComplete(d, { line: 1, character: 12 }).items).includes('ish'));
  assert.deepEqual(labels(service.doComplete(d, { line: 2, character: 12 }).items).sort(), ['c', 'j', 'jc']);
  const second = labels(service.doComplete(d, { line: 3, character: 16 }).items);
  assert.ok(second.includes('x0') && !second.includes('gva'), 'the second operand of dc is a register');
});
