// Document symbols (sections, functions, labels, constants, macros), folding ranges, semantic tokens and
// formatting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { doc, mteProgram, newService } from './helpers.js';
import { semanticTokensLegend } from '../../language-server/service/languageService.js';

const service = newService();

const kindNames = new Map<number, string>(Object.entries(SymbolKind).map(([name, value]) => [value as number, name]));

function outline(symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name} ${kindNames.get(s.kind) ?? s.kind} ${s.range.start.line + 1}-${s.range.end.line + 1}`, ...outline(s.children ?? [], depth + 1)]);
}

test('document symbols: sections containing functions, labels with nested .L labels, constants and macros', () => {
  const d = doc(`        .equ    SIZE, 16
        .macro  push2 a, b
inner:  stp     \\a, \\b, [sp, #-16]!
        .endm
        .text
        .global main
        .type   main, %function
main:
        mov     x0, #SIZE
.Lloop: subs    x0, x0, #1
        b.ne    .Lloop
        ret
helper:
        ret

        .data
table:  .quad   main
`);
  assert.deepEqual(outline(service.findDocumentSymbols(d)), [
    'SIZE Constant 1-1',
    'push2 Module 2-4',
    '.text Namespace 5-14',
    '  main Function 8-12',
    '    .Lloop Key 10-12',
    '  helper Key 13-14',
    '.data Namespace 16-17',
    '  table Variable 17-17',
  ]);
});

test('folding: macro, conditional and repeat blocks, sections, labelled regions and comment blocks', () => {
  const d = doc(`/* a block
   comment */
        .text
        .macro  m
        nop
        .endm
        .if 1
        nop
        .else
        nop
        .endif
f:
        .rept 3
        nop
        .endr
        ret
// one
// two
        .data
x:      .word 1
`);
  const ranges = service.getFoldingRanges(d).map((r) => `${r.startLine + 1}-${r.endLine + 1}${r.kind ? ' ' + r.kind : ''}`).sort();
  for (const expected of ['1-2 comment', '4-6', '7-11', '13-15', '12-18', '3-18 region', '17-18 comment', '19-20 region']) {
    assert.ok(ranges.includes(expected), `missing ${expected} in ${ranges.join(', ')}`);
  }
});

test('semantic tokens tell labels, registers, mnemonics, MTE mnemonics, macros and system registers apart', () => {
  const d = doc(`        .macro  m
        .endm
loop:   irg     x0, sp
        add     x1, x0, #1
        m
        mrs     x2, tco
        b       loop
`);
  const tokens = service.getDecodedSemanticTokens(d);
  const find = (line: number, start: number) => tokens.find((t) => t.line === line && t.start === start);
  assert.deepEqual(find(2, 0), { line: 2, start: 0, length: 4, type: 'label', modifiers: ['declaration'] });
  assert.equal(find(2, 8)?.type, 'mnemonic');
  assert.ok(find(2, 8)?.modifiers.includes('mte'), 'irg is an MTE mnemonic');
  assert.equal(find(3, 8)?.type, 'mnemonic');
  assert.ok(!find(3, 8)?.modifiers.includes('mte'), 'add is not');
  assert.equal(find(2, 16)?.type, 'register');
  assert.equal(find(4, 8)?.type, 'macro');
  assert.equal(find(5, 20)?.type, 'systemRegister');
  assert.equal(find(6, 16)?.type, 'label');
  // A range request returns the tokens of the lines it touches, positioned absolutely from the first one.
  const ranged = service.getSemanticTokensInRange(d, { start: { line: 5, character: 0 }, end: { line: 6, character: 3 } }).data;
  assert.equal(ranged.length, tokens.filter((t) => t.line >= 5 && t.line <= 6).length * 5);
  assert.equal(ranged[0], 5, 'first token line delta is its absolute line');
  // The encoded form uses the legend and relative positions.
  const encoded = service.getSemanticTokens(d).data;
  assert.equal(encoded.length, tokens.length * 5);
  assert.equal(semanticTokensLegend.tokenTypes[encoded[3]!], tokens[0]!.type);
});

test('formatting is off by default; when enabled it aligns operands and keeps comments and strings', () => {
  const source = 'start:\n  mov x0,x1   // copy\n\tirg   x2 ,  sp\nlp: b.ne  lp\n  .ascii "a,  b"\n  subs x3, x3, #1 ; nop\n';
  const d = doc(source);
  const options = { tabSize: 8, insertSpaces: true };
  assert.deepEqual(service.format(d, options), []);
  service.configure({ format: { enable: true } });
  try {
    const edits = service.format(d, options);
    const lines = source.split('\n');
    for (const e of edits) lines[e.range.start.line] = e.newText;
    assert.deepEqual(lines, [
      'start:',
      '        mov  x0, x1 // copy',
      '        irg  x2, sp',
      'lp:     b.ne lp',
      '        .ascii "a,  b"',
      '  subs x3, x3, #1 ; nop',
      '',
    ]);
  } finally {
    service.configure({});
  }
});
