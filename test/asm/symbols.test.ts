// What the language server reads from an assembly: where symbols are defined (go to definition), every use
// of a symbol in operands and data directives (find references, rename), line rows, and .equ values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assemble, link } from '../../emulator/asm/index.js';

const source = [
  '        .text',                      // 1
  '        .global main',               // 2
  'main:   adrp x0, buffer',            // 3
  '        add x0, x0, :lo12:buffer',   // 4
  '        bl helper',                  // 5
  '        b.ne main',                  // 6
  'helper: ret',                        // 7
  '        .data',                      // 8
  'buffer: .quad main, helper + 4',     // 9
  '        .equ SIZE, . - buffer',      // 10
  '        .word SIZE',                 // 11
  '        .macro load reg, sym',       // 12
  '        adr \\reg, \\sym',           // 13
  '        .endm',                      // 14
  '        .text',                      // 15
  '        load x1, helper',            // 16
].join('\n');

const result = assemble(source, { fileName: 'prog.s' });

test('assembles cleanly', () => {
  assert.deepEqual(result.diagnostics, []);
});

test('definedAt points at each label and .equ name', () => {
  const at = (name: string) => {
    const s = result.symbols.find((x) => x.name === name)!;
    return `${s.definedAt?.line}:${s.definedAt?.column}`;
  };
  assert.equal(at('main'), '3:1');
  assert.equal(at('helper'), '7:1');
  assert.equal(at('buffer'), '9:1');
  assert.equal(at('SIZE'), '10:14');
});

test('references cover operands (with relocation operators) and data directives, with exact columns', () => {
  const refs = result.references.map((r) => `${r.name}@${r.line}:${r.column}-${r.endColumn}`).sort();
  assert.deepEqual(refs, [
    'SIZE@11:15-19',
    'buffer@10:24-30',
    'buffer@3:18-24',
    'buffer@4:27-33',
    'helper@5:12-18',
    'helper@9:21-27',
    'main@2:17-21',
    'main@6:14-18',
    'main@9:15-19',
  ].sort());
});

test('symbol values, bindings and .equ constants', () => {
  const sym = (n: string) => result.symbols.find((s) => s.name === n)!;
  assert.deepEqual([sym('main').section, sym('main').value, sym('main').binding], ['.text', 0n, 'global']);
  assert.deepEqual([sym('helper').section, sym('helper').value, sym('helper').binding], ['.text', 16n, 'local']);
  assert.deepEqual([sym('SIZE').section, sym('SIZE').value], ['*ABS*', 16n]);
});

test('one line row per instruction and data line, macro expansions at the invocation line', () => {
  const rows = result.lines.map((l) => `${l.section}+${l.offset}:${l.line}`);
  assert.deepEqual(rows, ['.text+0:3', '.text+4:4', '.text+8:5', '.text+12:6', '.text+16:7', '.data+0:9', '.data+16:11', '.text+20:16']);
});

test('.size may refer to labels defined after it', () => {
  const r = assemble(' .text\nf: .size f, .Lend - f\n nop\n nop\n.Lend:\n', { fileName: 's.s' });
  assert.deepEqual(r.diagnostics, []);
  assert.equal(r.symbols.find((s) => s.name === 'f')!.size, 8);
  assert.deepEqual(r.references.map((x) => `${x.name}@${x.column}`), ['f@10', '.Lend@13', 'f@21']);
});

test('macros are listed with their parameters and definition site', () => {
  assert.deepEqual(result.macros, [{ name: 'load', parameters: ['reg', 'sym'], definedAt: { file: 'prog.s', line: 12, column: 16 } }]);
});

test('.loc rows describe the compiler source; a linked program uses them', () => {
  const r = assemble(' .file 1 "prog.c"\n .global _start\n_start:\n .loc 1 7 0\n mov x0, #0\n mov x8, #93\n .loc 1 9 0\n svc #0\n', { fileName: 'c.s' });
  assert.deepEqual(r.diagnostics, []);
  assert.deepEqual(r.sourceLines?.map((l) => `${l.file}:${l.line}@${l.offset}`), ['prog.c:7@0', 'prog.c:9@8']);
  const linked = link([r]);
  assert.deepEqual(linked.image!.lines!.map((l) => `${l.file}:${l.line}@${l.address.toString(16)}`), ['prog.c:7@400078', 'prog.c:9@400080']);
  const bad = assemble(' .loc 3 1\n', { fileName: 'd.s' });
  assert.equal(bad.diagnostics[0]!.message, 'unassigned file number 3');
});
