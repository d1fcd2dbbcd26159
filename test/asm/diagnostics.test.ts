// Error handling: GNU as's messages and lines for the cases in fixtures/errors.s (expectations from GNU as),
// columns, recovery after errors, and robustness on half-typed input (the language server's use).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assemble, parseArchitecture } from '../../emulator/asm/index.js';
import type { Feature } from '../../emulator/isa/api.js';

const here = __dirname;
// Same architecture as the generator's GNU as run (-march=armv8.5-a+memtag).
const features = [...(parseArchitecture('armv8.5-a+memtag') as { features: Set<Feature> }).features];

interface Expected { line: number; severity: string; message: string }

/** Where our diagnostics differ from GNU as on purpose, with the reason. */
const knownDifferences: Record<string, { messages: Record<number, string>; extraLines: Record<number, string>; movedLines: Record<number, number> }> = {
  'errors.s': {
    messages: { 15: "missing ')'" }, // GNU prints the raw newline it found: "found '\n', expected: ')'".
    extraLines: {},
    movedLines: {},
  },
  'errors2.s': {
    messages: {},
    // GNU as reports BFD_RELOC_8 only when writing relocations, which it skips once other errors occurred.
    extraLines: { 6: 'cannot represent BFD_RELOC_8 relocation in this object file format' },
    // GNU as counts one line too few after the two-line message of a bad .arch.
    movedLines: { 30: 31 },
  },
  'datawarnings.s': { messages: {}, extraLines: {}, movedLines: {} },
  // The project adds which feature is missing: "... (instruction requires: memtag)".
  // GNU as prints each alignment-padding error twice; once is enough.
  'errors-alignpattern.s': { messages: {}, extraLines: {}, movedLines: {} },
  'errors-repeatedlines.s': { messages: { 11: "selected processor does not support `irg x0,x1'", 16: "selected processor does not support `irg x0,x1'" }, extraLines: {}, movedLines: {} },
};

function check(file: string): { expected: Expected[]; result: ReturnType<typeof assemble> } {
  const expected = (JSON.parse(readFileSync(join(here, 'expectations', file.replace(/\.s$/, '.json')), 'utf8')) as { diagnostics: Expected[] }).diagnostics;
  const source = readFileSync(join(here, 'fixtures', file), 'utf8');
  return { expected, result: assemble(source, { fileName: file, features, readFile: () => undefined }) };
}

for (const file of Object.keys(knownDifferences)) {
  const { expected, result } = check(file);
  const known = knownDifferences[file]!;
  const lineOf = (want: Expected) => (want.line === 0 ? undefined : want.line);

  test(`${file}: every GNU as diagnostic is reported with the same severity and message`, () => {
    for (const want of expected) {
      const line = lineOf(want);
      const candidates = result.diagnostics.filter((d) => line === undefined || d.line === line || d.line === known.movedLines[line]);
      const message = known.messages[want.line] ?? want.message;
      const got = candidates.find((d) => d.message === message || (known.messages[want.line] !== undefined && d.message.includes(message)));
      assert.ok(got, `line ${want.line}: expected "${want.message}", got ${JSON.stringify(candidates.map((d) => d.message))}`);
      assert.equal(got.severity, want.severity, `severity on line ${want.line}`);
    }
  });

  test(`${file}: no diagnostics where GNU as has none`, () => {
    const lines = new Set<number>();
    for (const want of expected) {
      if (want.line === 0) continue;
      lines.add(want.line);
      if (known.movedLines[want.line] !== undefined) lines.add(known.movedLines[want.line]!);
    }
    const unexpected = result.diagnostics.filter((d) => !lines.has(d.line) && known.extraLines[d.line] !== d.message
      && !expected.some((w) => w.line === 0 && w.message === d.message));
    assert.deepEqual(unexpected.map((d) => `${d.line}: ${d.message}`), []);
  });
}

const { result } = check('errors.s');

test('diagnostics carry 1-based columns of the offending text', () => {
  const at = (line: number) => result.diagnostics.find((d) => d.line === line)!;
  assert.equal(at(4).column, 9, 'unknown mnemonic points at the mnemonic');
  assert.equal(at(6).column, 1, 'duplicate label points at the label');
  assert.equal(at(8).column, 9, 'unknown directive points at the directive');
  assert.equal(at(8).endColumn, 15);
  assert.equal(at(10).column, 15, 'undefined local label points at the reference');
});

test('assembly continues after errors: the instructions around them are encoded', () => {
  const text = result.sections.find((s) => s.name === '.text')!;
  // add x0, x1, #1 (line 5) is the first instruction word after the failed `foo`.
  assert.equal(Buffer.from(text.data.subarray(4, 8)).toString('hex'), '20040091');
  // .byte 1 after the last error is still emitted.
  assert.equal(text.data[text.data.length - 1], 1);
});

test('diagnostics are in source order', () => {
  const lines = result.diagnostics.map((d) => d.line);
  assert.deepEqual(lines, [...lines].sort((a, b) => a - b));
});

test('half-typed lines never throw and always give located diagnostics', () => {
  const fragments = [
    'add x0,', 'ldr x0, [', 'ldr x0, =', '.word', '.word 1 +', '.section', '.macro', '.if', '.endif', 'label', 'b 1f',
    '.ascii "abc', '/* open comment', 'x = ', '.rept', '.irp x', '.include', '.size f,', '.type f', ':', '"', "'",
    '.balign 3', '.fill -1', 'mov x0, #(1 +', '.equ', '1:', 'stg x0, [x1, #', '.arch armv9-zz', '#', '\\', '.endm',
  ];
  for (const f of fragments) {
    for (const text of [f, `start:\n  ${f}\n  nop`, `.macro m a\n ${f}\n.endm\n m 1`]) {
      const r = assemble(text, { fileName: 'x.s' });
      for (const d of r.diagnostics) {
        assert.ok(d.line >= 1 && d.column >= 1, `bad location for ${JSON.stringify(text)}: ${d.line}:${d.column}`);
        assert.ok(d.message.length > 0);
      }
    }
  }
});

test('an MTE instruction without +memtag names the missing feature', () => {
  // GNU as says "selected processor does not support `irg x0,x1'"; the project names the feature instead.
  const r = assemble(' irg x0, x1\n', { fileName: 'z.s', features: ['base'] });
  assert.equal(r.diagnostics.length, 1);
  assert.match(r.diagnostics[0]!.message, /instruction requires: memtag/);
  const ok = assemble(' .arch armv8.5-a+memtag\n irg x0, x1\n', { fileName: 'z.s', features: ['base'] });
  assert.deepEqual(ok.diagnostics, []);
  const ext = assemble(' .arch_extension memtag\n irg x0, x1\n', { fileName: 'z.s', features: ['base'] });
  assert.deepEqual(ext.diagnostics, []);
});

test('a system register or DC operation name the architecture lacks is reported without the echoed statement', () => {
  // GNU as 2.40 (-march=armv8-a): "selected processor does not support system register name 'gva'" (no " -- `...'").
  const r = assemble(' dc gva, x0\n mrs x0, tco\n bne 1f\n bal 1f\n1:\n', { fileName: 'g.s', features: ['base'] });
  assert.deepEqual(r.diagnostics.map((d) => `${d.line}: ${d.message}`), [
    "1: selected processor does not support system register name 'gva' (instruction requires: memtag)",
    "2: selected processor does not support system register name 'tco' (instruction requires: memtag)",
    "4: unknown mnemonic `bal' -- `bal 1f'",
  ]);
});

test('redefining a label, undefined forward local label and unterminated blocks are errors', () => {
  const r = assemble('a:\na:\n .word 2f\n .rept 2\n .byte 1\n', { fileName: 'y.s' });
  const messages = r.diagnostics.map((d) => `${d.line}: ${d.message}`);
  assert.ok(messages.includes("2: symbol `a' is already defined"), messages.join('\n'));
  assert.ok(messages.some((m) => m.startsWith('3: local label `"2"')), messages.join('\n'));
  assert.ok(messages.some((m) => m.includes('missing .endr')), messages.join('\n'));
});

test('errors inside macro expansions point at the invocation line, column 1', () => {
  const r = assemble(' .macro bad\n add x0, x1, #1\n foo x0\n .endm\n nop\n   bad\n', { fileName: 'm.s' });
  assert.deepEqual(r.diagnostics.map((d) => `${d.line}:${d.column}`), ['6:1']);
  assert.match(r.diagnostics[0]!.message, /unknown mnemonic `foo'/);
});
