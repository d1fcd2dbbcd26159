// Robustness: malformed text (random bytes, half lines, unterminated comments and strings, deep nesting) fed to
// every feature at many positions never throws; and the service layer stays pure (no Node built-ins, no I/O).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { mteProgram, newService } from './helpers.js';

/** Deterministic pseudo-random generator (xorshift32) so that a failure can be reproduced from its seed. */
function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x / 0x100000000;
  };
}

const fragments = ['irg', 'x0', ',', '[', ']', '!', '#', '#-1', ':lo12:', '1f', '1b', '1:', '.L1:', ':', ';', '"', '\\', '/*', '*/', '//',
  '.macro', '.endm', '.if', '.endif', '.rept', '.section', '.text', '\n', '\n', '\t', ' ', '  ', 'b.eq', 'v0.16b', '{', '}',
  '=', 'label:', 'label', '\u0000', '\uffff', '\ud800', 'é', '.include "x"', '#define X', '#if', '.equ A,', 'A = ', '\\a'];

function malformed(rnd: () => number): string {
  const parts: string[] = [];
  const n = Math.floor(rnd() * 200);
  for (let i = 0; i < n; i++) {
    const r = rnd();
    if (r < 0.15) parts.push(String.fromCharCode(Math.floor(rnd() * 0x3000)));
    else if (r < 0.25) {
      const lines = mteProgram.split('\n');
      const line = lines[Math.floor(rnd() * lines.length)]!;
      parts.push(line.slice(0, Math.floor(rnd() * (line.length + 1))));
    } else parts.push(fragments[Math.floor(rnd() * fragments.length)]!);
  }
  return parts.join('');
}

test('no feature throws on malformed documents', () => {
  const service = newService();
  service.configure({ format: { enable: true } });
  for (let seed = 1; seed <= 150; seed++) {
    const rnd = random(seed);
    const text = malformed(rnd);
    const document = TextDocument.create(`file:///fuzz/${seed}.s`, 'aarch64-asm', 1, text);
    try {
      service.doValidation(document);
      service.findDocumentSymbols(document);
      service.getFoldingRanges(document);
      service.getSemanticTokens(document);
      service.format(document, { tabSize: 8, insertSpaces: seed % 2 === 0 });
      const lineCount = document.lineCount;
      for (let k = 0; k < 12; k++) {
        const line = Math.floor(rnd() * (lineCount + 1));
        const character = Math.floor(rnd() * 60);
        const position = { line, character };
        service.doHover(document, position);
        service.doComplete(document, position);
        service.doSignatureHelp(document, position);
        service.findDefinition(document, position);
        service.findReferences(document, position, true);
        service.prepareRename(document, position);
        service.doRename(document, position, 'renamed');
      }
    } catch (e) {
      assert.fail(`seed ${seed} threw ${e instanceof Error ? e.stack : String(e)}\n--- text ---\n${JSON.stringify(text)}`);
    }
  }
});

test('every half of every line of a real program is handled', () => {
  const service = newService();
  const lines = mteProgram.split('\n');
  for (let i = 0; i < lines.length; i++) {
    for (let cut = 0; cut <= lines[i]!.length; cut += 3) {
      const edited = [...lines];
      edited[i] = lines[i]!.slice(0, cut);
      const document = TextDocument.create('file:///fuzz/half.s', 'aarch64-asm', i * 1000 + cut, edited.join('\n'));
      service.doValidation(document);
      service.doComplete(document, { line: i, character: cut });
      service.doSignatureHelp(document, { line: i, character: cut });
      service.doHover(document, { line: i, character: Math.max(0, cut - 1) });
    }
  }
});

test('the language service imports no Node built-ins and does no I/O', () => {
  const dir = join(__dirname, '../../language-server/service');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  assert.ok(files.length > 5);
  for (const f of files) {
    const source = readFileSync(join(dir, f), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
    for (const spec of imports) {
      assert.ok(spec.startsWith('.') || spec === 'vscode-languageserver' || spec === 'vscode-languageserver-textdocument', `${f} imports ${spec}`);
      assert.ok(!spec.startsWith('node:'), `${f} imports ${spec}`);
    }
    assert.doesNotMatch(source, /\bprocess\.|\brequire\(|\bsetTimeout\(/, `${f} uses host facilities`);
  }
});

test('formatting changes only whitespace, and formatting twice changes nothing more', () => {
  const service = newService();
  service.configure({ format: { enable: true, commentColumn: 40 } });
  const apply = (document: TextDocument, options: { tabSize: number; insertSpaces: boolean }): string => {
    const lines = document.getText().split('\n');
    for (const e of service.format(document, options)) lines[e.range.start.line] = e.newText;
    return lines.join('\n');
  };
  const inputs = [mteProgram, ...Array.from({ length: 60 }, (_, i) => malformed(random(1000 + i)))];
  inputs.forEach((text, i) => {
    const options = { tabSize: 8, insertSpaces: i % 2 === 0 };
    const once = apply(TextDocument.create(`file:///fmt/${i}.s`, 'aarch64-asm', 1, text.replace(/\r/g, '')), options);
    assert.equal(once.replace(/\s+/g, ''), text.replace(/\s+/g, ''), `input ${i}: formatting changed more than whitespace`);
    const twice = apply(TextDocument.create(`file:///fmt/${i}b.s`, 'aarch64-asm', 1, once), options);
    assert.equal(twice, once, `input ${i}: formatting is not idempotent`);
  });
});
