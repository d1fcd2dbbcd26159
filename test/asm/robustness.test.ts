// Robustness on arbitrary input, as the language server sees it while the user types: random truncations and
// mutations of the fixtures must never throw and never hit an internal error; every diagnostic is located.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assemble } from '../../emulator/asm/index.js';

const fixtures = join(__dirname, 'fixtures');
const sources = readdirSync(fixtures).filter((f) => /\.[sS]$/.test(f)).map((f) => readFileSync(join(fixtures, f), 'utf8'));

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const noise = ['', ' ', ',', '#', '[', ']', '!', ':', '"', "'", '\\', '/*', '*/', '//', ';', '.', '1f', '1b', '=', '(', ')', 'x0', '.macro', '.endm', '.rept 2', '.endr', '.if 1', '.endif', '\n', ':lo12:', '.section'];

test('random truncations and mutations never crash the assembler', () => {
  const random = rng(2026);
  let runs = 0;
  for (const text of sources) {
    for (let k = 0; k < 60; k++) {
      let mutated = text.slice(0, Math.floor(random() * text.length));
      const edits = 1 + Math.floor(random() * 6);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(random() * (mutated.length + 1));
        const del = Math.floor(random() * 4);
        mutated = mutated.slice(0, at) + noise[Math.floor(random() * noise.length)] + mutated.slice(at + del);
      }
      const result = assemble(mutated, { fileName: 'm.S', preprocess: random() < 0.2 });
      runs++;
      for (const d of result.diagnostics) {
        assert.doesNotMatch(d.message, /internal/, `internal error on:\n${mutated}`);
        assert.ok(Number.isInteger(d.line) && d.line >= 1 && d.column >= 1, `location ${d.line}:${d.column}`);
      }
    }
  }
  assert.ok(runs >= 500);
});

test('huge counts typed by mistake are errors, not memory exhaustion', () => {
  for (const text of [' .skip 100000000000', ' .fill 100000000, 8, 1', ' .rept 100000000\n nop\n nop\n .endr', ' .zero 0x7fffffff']) {
    const start = performance.now();
    const r = assemble(text, { fileName: 'big.s' });
    assert.ok(r.diagnostics.some((d) => d.severity === 'error'), text);
    assert.ok(performance.now() - start < 2000, `${text} took too long`);
  }
  // Large .bss reservations cost nothing and are fine.
  const bss = assemble(' .bss\n .skip 0x40000000\n', { fileName: 'bss.s' });
  assert.deepEqual(bss.diagnostics, []);
  assert.equal(bss.sections.find((s) => s.name === '.bss')!.size, 0x40000000);
});

test('.S: a macro naming itself is not expanded again inside its expansion (as cpp -P: `A A`, `F(1) 1`, `A`)', () => {
  // Expected texts from aarch64-linux-gnu-gcc -E -P; these used to grow without end (a hang) or too far.
  const cases: [string, string][] = [
    ['#define A A A\n.ascii "x"\nA\n', 'A A'],
    ['#define F(x) F(x) x\nF(1)\n', 'F(1) 1'],
    ['#define A B\n#define B A\nA\n', 'A'],
  ];
  for (const [source, expected] of cases) {
    const result = assemble(source, { fileName: 'm.S', preprocess: true });
    // The expanded line is not an instruction: its text comes back (mnemonic in lower case, as GNU as quotes it)
    // in the "unknown mnemonic" diagnostic.
    const message = result.diagnostics.find((d) => d.message.startsWith('unknown mnemonic'))?.message ?? '';
    assert.ok(message.toLowerCase().endsWith(`\`${expected.toLowerCase()}'`), `${JSON.stringify(source)}: ${message}`);
  }
});
