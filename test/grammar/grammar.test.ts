// Grammar tests: runs vscode-tmgrammar-test over the inline SYNTAX TEST files (test/grammar/*.s, *.S) and
// vscode-tmgrammar-snap over the snapshot files (test/grammar/snapshots/*.s), checks with vscode-textmate
// that every mnemonic of the instruction table gets a mnemonic scope — MTE ones the MTE scope — and checks that the
// inline tests are complete: every scope the grammar can produce is asserted somewhere, and every MTE instruction
// and MTE operation (dc gva, ...) of the table is asserted with its MTE scope in mte.s.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { forms } from '../../emulator/isa/index.js';
import { classifyMnemonics, grammarPath, scopeName, systemOperations } from '../../scripts/gen-grammar.js';

const root = join(__dirname, '..', '..');
const toolDir = join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist');

function runTool(script: string, args: string[]): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [join(toolDir, script), ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

test('inline SYNTAX TEST files pass (vscode-tmgrammar-test)', () => {
  const files = readdirSync(join(root, 'test/grammar')).filter((f) => /\.(s|S)$/.test(f));
  assert.ok(files.length >= 2, `expected syntax test files in test/grammar, found ${files.join(', ')}`);
  const r = runTool('unit.js', ['-c', '-g', grammarPath, ...files.map((f) => `test/grammar/${f}`)]);
  assert.equal(r.status, 0, r.output);
});

test('snapshot files match (vscode-tmgrammar-snap)', () => {
  const r = runTool('snapshot.js', ['-g', grammarPath, '-s', scopeName, 'test/grammar/snapshots/*.s']);
  assert.equal(r.status, 0, r.output);
});

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = readFileSync(join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope: string) => (scope === scopeName ? textmate.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null),
  });
  const grammar = await registry.loadGrammar(scopeName);
  assert.ok(grammar, 'grammar did not load');
  return grammar;
}

test('every mnemonic of the instruction table is tokenized as a mnemonic (MTE ones as MTE)', async () => {
  const grammar = await loadGrammar();
  const byMnemonic = new Map<string, boolean>();
  const byTemplate = new Set<string>();
  for (const f of forms()) {
    const name = f.mnemonic.replace('<cond>', 'eq');
    if (f.mnemonic.includes('<cond>')) byTemplate.add(name);
    if (name.includes('<')) continue;
    byMnemonic.set(name, (byMnemonic.get(name) ?? true) && f.feature === 'mte');
  }
  assert.ok(byMnemonic.size > 50, `the table lists only ${byMnemonic.size} mnemonics`);
  const wrong: string[] = [];
  for (const [mnemonic, isMte] of byMnemonic) {
    const line = `        ${mnemonic}     x0, x1`;
    const tokens = grammar.tokenizeLine(line, textmate.INITIAL).tokens;
    const token = tokens.find((t) => t.startIndex === 8);
    const scopes = token?.scopes ?? [];
    const expected = isMte ? 'keyword.mnemonic.mte.aarch64-asm' : /^keyword\.mnemonic\.(?!mte)/;
    const ok = typeof expected === 'string' ? scopes.includes(expected) : scopes.some((s) => expected.test(s));
    // 'b.eq' is three tokens (mnemonic, '.', condition); other mnemonics are one token.
    const conditional = /\.eq$/.test(mnemonic) && byTemplate.has(mnemonic);
    const end = conditional ? 8 + mnemonic.length - 3 : 8 + mnemonic.length;
    const condition = conditional ? tokens.find((t) => t.startIndex === end + 1) : undefined;
    if (!ok || token?.endIndex !== end || (conditional && !condition?.scopes.includes('support.constant.condition.aarch64-asm'))) {
      wrong.push(`${mnemonic}: ${scopes.join(' ')}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('a mnemonic-like symbol after a relocation operator is not taken for a mnemonic', async () => {
  const grammar = await loadGrammar();
  const line = '        add     x0, x0, :lo12:add';
  const tokens = grammar.tokenizeLine(line, textmate.INITIAL).tokens;
  const last = tokens.find((t) => t.startIndex === line.length - 3)!;
  assert.ok(last.scopes.includes('variable.other.symbol.aarch64-asm'), last.scopes.join(' '));
});

/** An inline assertion of a SYNTAX TEST file: columns [start, end) of source line `line` must have `scopes`. */
interface Assertion { readonly line: number; readonly start: number; readonly end: number; readonly scopes: readonly string[] }

/** The inline assertions of a SYNTAX TEST file (`//   ^^^ scope - excluded` and `// <--- scope` lines). */
function inlineAssertions(text: string): { source: string[]; assertions: Assertion[] } {
  const source: string[] = [];
  const assertions: Assertion[] = [];
  const lines = text.split('\n');
  let sourceLine = -1;
  lines.forEach((line, i) => {
    const caret = /^(\/\/\s*)(\^+)\s+(.*)$/.exec(line);
    const arrow = /^\/\/\s*<(~*)(-+)\s+(.*)$/.exec(line);
    if (i > 0 && (caret || arrow) && sourceLine >= 0) {
      const [start, length, text] = caret ? [caret[1]!.length, caret[2]!.length, caret[3]!] : [arrow![1]!.length, arrow![2]!.length, arrow![3]!];
      const wanted = text.split(/\s+-\s+/)[0]!.trim().split(/\s+/);
      assertions.push({ line: sourceLine, start, end: start + length, scopes: wanted });
      return;
    }
    sourceLine = source.push(line) - 1;
  });
  return { source, assertions };
}

const syntaxTestFiles = (): string[] => readdirSync(join(root, 'test/grammar')).filter((f) => /\.(s|S)$/.test(f)).map((f) => join(root, 'test/grammar', f));

/** Every scope name the grammar's rules can give a token. */
function grammarScopes(): Set<string> {
  const grammar = JSON.parse(readFileSync(grammarPath, 'utf8')) as { patterns: unknown; repository: unknown };
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'name' || key === 'contentName') && typeof value === 'string') value.split(/\s+/).forEach((n) => names.add(n));
      else walk(value);
    }
  };
  walk(grammar.patterns);
  walk(grammar.repository);
  return names;
}

test('every token class of the grammar is asserted by an inline SYNTAX TEST', () => {
  const asserted = new Set(syntaxTestFiles().flatMap((f) => inlineAssertions(readFileSync(f, 'utf8')).assertions.flatMap((a) => a.scopes)));
  // The mnemonic scope of each encoding group follows the table; the table test above checks every mnemonic gets
  // one. The MTE one is asserted here like every other token class.
  const missing = [...grammarScopes()].filter((s) => !asserted.has(s) && !/^keyword\.mnemonic\.(?!mte\.)/.test(s)).sort();
  assert.deepEqual(missing, [], 'scopes of the grammar that no test/grammar/*.s assertion checks');
});

test('mte.s asserts the MTE scope on every MTE instruction and MTE operation of the table', () => {
  const { source, assertions } = inlineAssertions(readFileSync(join(root, 'test/grammar/mte.s'), 'utf8'));
  const checked = new Map<string, Set<string>>();
  for (const a of assertions) {
    const word = source[a.line]!.slice(a.start, a.end).toLowerCase();
    for (const s of a.scopes) checked.set(s, (checked.get(s) ?? new Set()).add(word));
  }
  const mteClass = classifyMnemonics(forms()).find((c) => c.scope === 'mte');
  const mnemonics = [...(mteClass?.plain ?? [])];
  const operations = systemOperations(forms()).filter((o) => o.mte).flatMap((o) => o.names);
  assert.ok(mnemonics.length >= 16 && operations.includes('gva') && operations.includes('gzva'), `${mnemonics} / ${operations}`);
  const missingMnemonics = mnemonics.filter((m) => !checked.get('keyword.mnemonic.mte.aarch64-asm')?.has(m));
  const missingOperations = operations.filter((o) => !checked.get('support.constant.operation.mte.aarch64-asm')?.has(o));
  assert.deepEqual({ missingMnemonics, missingOperations }, { missingMnemonics: [], missingOperations: [] });
});
