// Fuzz: random assembly text, built from the instruction table's mnemonics and a pool of operand shapes,
// directives, labels and junk, into the assembler API (assemble, writeObject, assembleProgram, writeExecutable).
// Nothing may throw; every diagnostic names a line of the input (1..lines) and a column >= 1, and none is an
// internal error. Deterministic seeds; bounded time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assemble, assembleProgram, writeExecutable, writeObject } from '../../emulator/asm/index.js';
import { forms, operandVocabulary } from '../../emulator/isa/index.js';
import type { AsmDiagnostic } from '../../emulator/asm/api.js';
import { describeError, random, type Random } from './random.js';

const mnemonics = [...new Set(forms().map((f) => f.mnemonic.replace('<cond>', 'eq')))];
const vocabulary = Object.values(operandVocabulary()).flat();

const REG = ['x0', 'x1', 'x17', 'x30', 'xzr', 'sp', 'w0', 'w9', 'wzr', 'wsp', 'q0', 'd1', 's2', 'h3', 'b4', 'v0.16b', 'v1.4s', 'v2.2d', 'v3.8h', 'v31.b[15]', 'v4.s[1]', 'z0.s', 'p0', 'p1/z', 'x31', 'w32', 'v32.4s', 'c0', 'c7', 'fpcr', 'tco', 'gcr_el1', 'rgsr_el1', 'tpidr_el0', 's3_3_c4_c2_1'];
const IMM = ['#0', '#1', '#-1', '#4095', '#4096', '#0x7fffffffffffffff', '#-0x8000000000000000', '#0x123456789abcdef0', '#1.5', '#-0.0', '#0.1', '#1e10', '#255', '#0b101', '#(1<<12)', '#sym', '#:lo12:sym', '#15', '#16', '#-4096', '#1024', '0', '42', "#'a'", '#1/0', '#(', '#nan', '#inf'];
const MEM = ['[x0]', '[x1, #16]', '[x2, #-256]!', '[x3], #8', '[sp]', '[sp, #-16]!', '[x4, x5]', '[x6, x7, lsl #3]', '[x8, w9, sxtw #2]', '[x10, w11, uxtw]', '[x12, #4096]', '[x13, #:lo12:sym]', '[x14, #3]', '[x15', '[]', '[x16, #1]!', '[w0]', '[x0, #0x10000000000]'];
const SHAPE = ['lsl #12', 'lsl #0', 'lsl #64', 'asr #63', 'ror #1', 'uxtw #2', 'sxtx', 'msl #8', 'mul vl', '{v0.4s-v3.4s}', '{v1.16b, v2.16b}', '{v0.d}[1]', '{z0.s}', '{}', 'sym', 'sym+4', '1f', '1b', '2f', '.', '.+8', '.-4', ':got:sym', ':tprel_hi12:sym', 'undefined_label', '=0x1234', '=sym', 'vl', 'all'];
const JUNK = ['', ',', ',,', '!', '#', '[', ']', '{', '}', '"', "'", '\\', '@', '%', '$', '(', ')', 'é', '\t', '\u0000', '0x', '-', '+', '::', '.', ';'];
const DIRECTIVES = [
  '.text', '.data', '.bss', '.section .rodata', '.section .foo, "awx"', '.section', '.align 3', '.balign 16', '.p2align 12', '.align 99', '.balign 3',
  '.word 1, 2, sym', '.quad sym + 8', '.hword 70000', '.byte 256, -129', '.inst 0xd503201f', '.inst sym', '.ascii "a\\n\\x41\\101"', '.asciz "unterminated',
  '.string "x"', '.skip 16', '.skip -1', '.zero 8', '.fill 3, 4, 0x90', '.space 4, 1', '.set sym, 1', '.equ other, sym + 1', '.globl sym', '.global', '.weak w',
  '.type sym, %function', '.size sym, . - sym', '.arch armv8.5-a', '.arch armv9-a+sve', '.arch nonsense', '.arch_extension memtag', '.arch_extension nomemtag',
  '.arch_extension bogus', '.cpu cortex-a78', '.macro m a, b=2', '.endm', '.rept 3', '.rept -1', '.endr', '.irp r, x0, x1', '.if 1', '.if sym', '.else', '.endif',
  '.ifdef sym', '.err', '.error "boom"', '.warning "w"', '.print "p"', '.file 1 "a.c"', '.loc 1 10 2', '.loc 9 1', '.cfi_startproc', '.cfi_endproc',
  '.cfi_def_cfa_offset 16', '.cfi_offset x30, -8', '.ltorg', '.pool', '.include "missing.s"', '.incbin "missing.bin"', '.purgem m', '.exitm', '.org 0x10', '.org -1',
  '.tlsdesccall sym', '.xword 1', '.dword 2', '.float 1.5', '.double -0.0', '.single nan', '.2byte 1', '.4byte 2', '.8byte 3', '.reloc ., R_AARCH64_NONE, sym',
  '.variant_pcs sym', '.cfi_sections .debug_frame', '.ident "x"', '.previous', '.pushsection .x', '.popsection', '.popsection', '.struct 0', '.end',
];

function operand(r: Random): string {
  switch (r.below(7)) {
    case 0: case 1: return r.pick(REG);
    case 2: return r.pick(IMM);
    case 3: return r.pick(MEM);
    case 4: return r.pick(SHAPE);
    case 5: return r.pick(vocabulary);
    default: return r.pick(JUNK);
  }
}

function line(r: Random): string {
  const k = r.below(20);
  if (k < 12) {
    const n = r.below(5);
    const ops: string[] = [];
    for (let i = 0; i < n; i++) ops.push(operand(r));
    const m = r.pick(mnemonics);
    return `  ${r.chance(0.05) ? m.toUpperCase() : m} ${ops.join(r.chance(0.9) ? ', ' : ' ')}`;
  }
  if (k < 16) return `  ${r.pick(DIRECTIVES)}`;
  if (k === 16) return `${r.pick(['sym', 'other', '1', '2', 'w', 'a.b', '$x', '9lab', 'm'])}:${r.chance(0.5) ? ' nop' : ''}`;
  if (k === 17) return `  m ${operand(r)}, ${operand(r)}`;
  if (k === 18) return r.pick(['// comment', '/* open comment', '*/', '# 1 "file.c"', '#define X 1', '#if X', '#endif', 'a = 3', '  ldr x0, =sym', '']);
  let s = '';
  for (let i = r.below(30); i > 0; i--) s += String.fromCharCode(r.below(0x80));
  return s;
}

function checkDiagnostics(diagnostics: readonly AsmDiagnostic[], lines: number, label: string, text: string): void {
  for (const d of diagnostics) {
    // The message without the quoted input (`...` or after ' -- '), which may contain anything.
    const own = d.message.replace(/`[^`]*`|'[^']*'|"[^"]*"/g, '').split(' -- ')[0]!;
    assert.doesNotMatch(own, /internal|\bundefined\b(?! (symbol|label|reference|instruction))|\bNaN\b|\[object/, `${label}: ${d.line}:${d.column}: ${d.message}\n${text}`);
    assert.ok(Number.isInteger(d.line) && d.line >= 1 && d.line <= lines + 1, `${label}: line ${d.line} of ${lines}: ${d.message}\n${text}`);
    assert.ok(Number.isInteger(d.column) && d.column >= 1, `${label}: column ${d.column}: ${d.message}`);
    assert.ok(d.message.length > 0, `${label}: empty message`);
  }
}

test('fuzz: random assembly text never throws and every diagnostic has a line and column', () => {
  const r = random(0xa55e);
  let errors = 0, clean = 0;
  for (let i = 0; i < 500; i++) {
    const n = 1 + r.below(12);
    const lines: string[] = ['  .text', '_start:'];
    for (let k = 0; k < n; k++) lines.push(line(r));
    const text = lines.join('\n') + (r.chance(0.8) ? '\n' : '');
    const label = `case #${i}`;
    const preprocess = r.chance(0.2);
    const features = r.chance(0.5) ? (['base', 'mte', 'fp', 'simd'] as const) : undefined;
    try {
      const result = assemble(text, { fileName: preprocess ? 'f.S' : 'f.s', preprocess, features: features ? [...features] : undefined });
      checkDiagnostics(result.diagnostics, text.split('\n').length, label, text);
      if (result.diagnostics.some((d) => d.severity === 'error')) errors++;
      else {
        clean++;
        writeObject(result);
      }
      const program = assembleProgram(text, { fileName: 'f.s', features: features ? [...features] : undefined });
      checkDiagnostics(program.diagnostics, text.split('\n').length, `${label} (link)`, text);
      if (program.image) writeExecutable(program.image);
    } catch (e) {
      assert.fail(`${label}: threw ${describeError(e)}\n${text}`);
    }
  }
  assert.ok(errors > 100 && clean >= 5, `errors ${errors}, clean ${clean}`);
});
