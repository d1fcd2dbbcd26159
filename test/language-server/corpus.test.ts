// Every assembly file in the repository (examples and test fixtures written by other layers): no feature throws
// at any sampled position, and every symbol definition the service finds is where the assembler's symbol table
// says it is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { assemble, defaultFeatures } from '../../emulator/asm/index.js';
import { newService } from './helpers.js';

const root = join(__dirname, '..', '..');

function assemblyFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) assemblyFiles(path, out);
    else if (/\.(s|S|asm)$/.test(name)) out.push(path);
  }
  return out;
}

const readFile = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

test('all assembly files of the repository: features never throw, definitions agree with the assembler', () => {
  const files = [...assemblyFiles(join(root, 'examples')), ...assemblyFiles(join(root, 'test'))];
  assert.ok(files.length >= 10, `expected assembly files in examples/ and test/, found ${files.length}`);
  const service = newService();
  const disagreements: string[] = [];
  for (const path of files) {
    const text = readFileSync(path, 'utf8');
    const document = TextDocument.create(`file://${path}`, 'aarch64-asm', 1, text);
    const name = relative(root, path);
    try {
      service.doValidation(document);
      const model = service.parse(document);
      const positions = model.lines.flatMap((l, line) => l.lexed.tokens.map((t) => ({ line, character: t.start })));
      const step = Math.max(1, Math.floor(positions.length / 120));
      for (let i = 0; i < positions.length; i += step) {
        const p = positions[i]!;
        service.doHover(document, p);
        service.doComplete(document, p);
        service.doSignatureHelp(document, p);
        service.findDefinition(document, p);
        service.findReferences(document, p, true);
      }
      service.findDocumentSymbols(document);
      service.getFoldingRanges(document);
      service.getSemanticTokens(document);
      if (path.endsWith('.S')) continue;
      const result = assemble(text, { fileName: path, features: defaultFeatures, readFile });
      for (const symbol of result.symbols) {
        const at = symbol.definedAt;
        const ours = model.definitions.get(symbol.name);
        if (!at || at.file !== path || !ours) continue;
        if (!ours.some((d) => d.line + 1 === at.line && d.start + 1 === at.column)) disagreements.push(`${name}: ${symbol.name} at ${at.line}:${at.column}, service ${ours.map((d) => `${d.line + 1}:${d.start + 1}`).join(' ')}`);
      }
    } catch (e) {
      assert.fail(`${name}: ${e instanceof Error ? e.stack : String(e)}`);
    }
  }
  assert.deepEqual(disagreements, []);
});
