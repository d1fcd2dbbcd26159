// language-configuration.json, read the way VS Code reads it: GNU as comments for AArch64 (`//` lines, `/* */`
// blocks), the brackets of addresses, register lists and expressions, a word pattern under which local `.L` labels,
// registers with arrangements, conditional branches and system registers are single words, and folding markers for
// macro, conditional and repeat blocks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface LanguageConfiguration {
  comments: { lineComment: string; blockComment: [string, string] };
  brackets: [string, string][];
  autoClosingPairs: ({ open: string; close: string } | [string, string])[];
  wordPattern: string;
  folding: { markers: { start: string; end: string } };
}

const config = JSON.parse(readFileSync(join(__dirname, '..', '..', 'language-configuration.json'), 'utf8')) as LanguageConfiguration;

/** The words of a line as the editor finds them (double-click, hover and rename ranges). */
const words = (line: string): string[] => line.match(new RegExp(config.wordPattern, 'g')) ?? [];

test('comments and brackets are those of GNU as for AArch64', () => {
  assert.equal(config.comments.lineComment, '//');
  assert.deepEqual(config.comments.blockComment, ['/*', '*/']);
  const brackets = config.brackets.map(([open, close]) => open + close).sort();
  assert.deepEqual(brackets, ['()', '[]', '{}']);
  const closing = config.autoClosingPairs.map((p) => (Array.isArray(p) ? p[0] : p.open));
  for (const open of ['[', '{', '(', '"']) assert.ok(closing.includes(open), `auto-closes ${open}`);
});

test('the word pattern keeps .L labels, registers, arrangements, b.<cond> and system registers whole', () => {
  assert.deepEqual(words('        b.ne    .Lloop_1'), ['b.ne', '.Lloop_1']);
  assert.deepEqual(words('        stg     x1, [x1, #16]!'), ['stg', 'x1', 'x1', '16']);
  assert.deepEqual(words('        ld1     {v0.16b, v1.16b}, [sp]'), ['ld1', 'v0.16b', 'v1.16b', 'sp']);
  assert.deepEqual(words('        msr     gcr_el1, xzr'), ['msr', 'gcr_el1', 'xzr']);
  assert.deepEqual(words('1:      b       1b'), ['1', 'b', '1b']);
  assert.deepEqual(words('        add     x0, x0, :lo12:msg'), ['add', 'x0', 'x0', 'lo12', 'msg']);
  assert.deepEqual(words('        fmov    d0, #1.5'), ['fmov', 'd0', '1.5']);
});

test('folding markers open and close macro, conditional and repeat blocks and regions', () => {
  const start = new RegExp(config.folding.markers.start);
  const end = new RegExp(config.folding.markers.end);
  for (const line of ['        .macro  tag_range base, n', '.if LIMIT > 2', '        .ifdef X', '        .rept 4', '        .irp r, x1, x2', '        .irpc c, 012', '// region tags']) {
    assert.ok(start.test(line), `opens a fold: ${line}`);
  }
  for (const line of ['        .endm', '.endif', '        .endr', '// endregion']) assert.ok(end.test(line), `closes a fold: ${line}`);
  for (const line of ['        stg     x0, [x0]', '        .text', '        .macroish']) assert.ok(!start.test(line) && !end.test(line), `no fold marker: ${line}`);
});
