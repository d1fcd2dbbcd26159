// Fuzz test (unit tier) for the .S preprocessor (emulator/asm/preprocess.ts): generated sources of #define (object-
// and function-like, bodies naming other macros), #undef, #if/#ifdef/#elif/#else/#endif nesting (some unbalanced),
// #include of missing files and of the file itself, #error and junk directives must give lines and located
// diagnostics, never an exception or a hang. Each group of cases runs in a child process with a time limit, since
// an endless macro expansion would otherwise stop the test runner itself. A second test checks the C rule that a
// macro is not expanded again inside its own expansion (C11 6.10.3.4p2; expected text from `cpp -P`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { random, type Random } from './random.js';

interface CaseResult { readonly lines?: string[]; readonly diagnostics?: { line: number; column: number; message: string }[]; readonly thrown?: string }

const preprocessModule = join(__dirname, '..', '..', 'emulator', 'asm', 'preprocess.ts');

/** Runs preprocess on each source in a child process (with tsx); undefined results mean the child timed out. */
function runCases(sources: readonly string[], timeoutMs: number): { results?: CaseResult[]; failure?: string } {
  const program = `
    const { preprocess } = require(${JSON.stringify(preprocessModule)});
    const sources = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    const results = sources.map((source) => {
      const diagnostics = [];
      const read = (path) => (path === 'self.S' ? source : undefined);
      try {
        const lines = preprocess(source, 'self.S', read, diagnostics).map((l) => l.text);
        return { lines, diagnostics: diagnostics.map((d) => ({ line: d.line, column: d.column, message: d.message })) };
      } catch (e) {
        return { thrown: e instanceof Error ? (e.stack || e.message) : String(e) };
      }
    });
    process.stdout.write(JSON.stringify(results));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', program], {
    input: JSON.stringify(sources), encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error || r.signal) return { failure: `child process did not finish within ${timeoutMs} ms (endless expansion?) ${r.error?.message ?? r.signal}` };
  if (r.status !== 0) return { failure: `child process failed (${r.status}): ${r.stderr.slice(0, 2000)}` };
  return { results: JSON.parse(r.stdout) as CaseResult[] };
}

const NAMES = ['A', 'B', 'C', 'F', 'G', 'REG', 'N'];
const TOKENS = ['1', '2', 'x0', '+', '(', ')', ',', '#', '##', 'mov', '[sp]', '"s"', '0x10', '-', 'defined', '\\'];

/** A macro body naming only macros defined before it (index < i), so no expansion can be recursive. */
function body(r: Random, defined: readonly string[]): string {
  const parts: string[] = [];
  const n = r.below(5);
  for (let k = 0; k < n; k++) {
    if (defined.length > 0 && r.chance(0.4)) {
      const m = r.pick(defined);
      parts.push(m.startsWith('F') || m.startsWith('G') ? `${m}(${r.pick(TOKENS)})` : m);
    } else parts.push(r.pick(TOKENS));
  }
  return parts.join(' ');
}

function source(r: Random): string {
  const lines: string[] = [];
  // At most one #include of the file itself: with two, any preprocessor explores 2^depth inclusions.
  let selfIncluded = false;
  const defined: string[] = [];
  const count = 1 + r.below(25);
  for (let i = 0; i < count; i++) {
    const kind = r.below(14);
    const fresh = `${r.pick(NAMES)}${i}`;
    switch (kind) {
      case 0: case 1: lines.push(`#define ${fresh} ${body(r, defined)}`); defined.push(fresh); break;
      case 2: { const f = `F${i}`; lines.push(`#define ${f}(x, y) x ${body(r, defined)} y`); defined.push(f); break; }
      case 3: lines.push(`#undef ${defined.length ? r.pick(defined) : fresh}`); break;
      case 4: lines.push(`#if ${r.pick(['1', '0', 'defined(A0)', `${r.below(9)} > 3`, '(', 'FOO(', ''])}`); break;
      case 5: lines.push(r.pick(['#ifdef A1', '#ifndef B2', '#elif 1', '#else', '#endif', '#endif'])); break;
      case 6: {
        const line = r.pick(['#include "missing.S"', '#include "self.S"', '#include', '#include <x.h>']);
        if (line.includes('self') && selfIncluded) break;
        selfIncluded ||= line.includes('self');
        lines.push(line);
        break;
      }
      case 7: lines.push(r.pick(['#error stop here', '#pragma once', '#line 5', '#bogus', '#', '#define', '#define 1x 2'])); break;
      default: lines.push(`${r.pick(['', '  ', 'lbl: '])}${defined.length && r.chance(0.6) ? body(r, defined) : r.pick(TOKENS)}`);
    }
  }
  return lines.join(r.chance(0.1) ? '\r\n' : '\n') + (r.chance(0.8) ? '\n' : '');
}

test('fuzz: generated .S sources are preprocessed into lines and located diagnostics, never a throw or a hang', () => {
  const r = random(20261207);
  const sources = Array.from({ length: 400 }, () => source(r));
  const { results, failure } = runCases(sources, 60_000);
  assert.ok(results, failure);
  results.forEach((res, i) => {
    const label = `case ${i}:\n${sources[i]}`;
    assert.equal(res.thrown, undefined, `${label}\nthrew: ${res.thrown}`);
    assert.ok(Array.isArray(res.lines), label);
    for (const d of res.diagnostics ?? []) {
      assert.ok(Number.isInteger(d.line) && d.line >= 1, `${label}\ndiagnostic without a line: ${JSON.stringify(d)}`);
      assert.ok(Number.isInteger(d.column) && d.column >= 1, `${label}\ndiagnostic without a column: ${JSON.stringify(d)}`);
      assert.doesNotMatch(d.message, /undefined|NaN|\[object/, label);
    }
  });
});

// A macro's name inside its own expansion, directly or through another macro, is left alone (C11 6.10.3.4p2).
// Expected output: aarch64-linux-gnu-gcc -E -P. (The first case used to never end: BUGS.md [gnu], fixed in 1030bde.)
const SELF_REFERENCE: readonly [string, string][] = [
  ['#define A A A\nA\n', 'A A'],
  ['#define F(x) F(x) x\nF(1)\n', 'F(1) 1'],
  ['#define A B\n#define B A\nA\n', 'A'],
  ['#define R (R + 1)\nadd x0, x0, R\n', 'add x0, x0, (R + 1)'],
];

test('a macro is not expanded again inside its own expansion (cpp -P text)', () => {
  for (const [text, expected] of SELF_REFERENCE) {
    const { results, failure } = runCases([text], 20_000);
    assert.ok(results, `${JSON.stringify(text)}: ${failure}`);
    const lines = (results[0]!.lines ?? []).filter((l) => l.trim() !== '');
    assert.deepEqual(lines, [expected], JSON.stringify(text));
  }
});
