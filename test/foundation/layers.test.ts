// The layer rules of ARCHITECTURE.md are enforced by dependency-cruiser (.dependency-cruiser.cjs). These tests run
// the checker on the real tree (it must pass) and on a scratch copy of the rules with planted violations (each
// must be reported), so a rule that silently stopped working fails the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync, symlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const depcruise = join(root, 'node_modules', '.bin', 'depcruise');

function cruise(cwd: string, folders: string[]): { status: number | null; output: string } {
  const r = spawnSync(depcruise, ['--config', '.dependency-cruiser.cjs', '--output-type', 'err', ...folders], { cwd, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

test('the real tree obeys the layer rules', () => {
  const r = cruise(root, ['emulator', 'debug-adapter', 'language-server', 'extension', 'cli']);
  assert.equal(r.status, 0, r.output);
});

test('planted violations are each reported', () => {
  const dir = mkdtempSync(join(tmpdir(), 'layers-'));
  try {
    copyFileSync(join(root, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
    copyFileSync(join(root, 'tsconfig.base.json'), join(dir, 'tsconfig.base.json'));
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    for (const d of ['emulator', 'debug-adapter', 'language-server', 'extension']) mkdirSync(join(dir, d));
    writeFileSync(join(dir, 'emulator', 'usesFs.ts'), "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n");
    writeFileSync(join(dir, 'emulator', 'usesPath.ts'), "import * as path from 'path';\nexport const p = path;\n");
    writeFileSync(join(dir, 'emulator', 'usesDap.ts'), "import { DebugSession } from '@vscode/debugadapter';\nexport const d = DebugSession;\n");
    writeFileSync(join(dir, 'emulator', 'usesVscode.ts'), "import * as vscode from 'vscode';\nexport const v = vscode;\n");
    writeFileSync(join(dir, 'debug-adapter', 'usesVscode.ts'), "import * as vscode from 'vscode';\nexport const v = vscode;\n");
    writeFileSync(join(dir, 'extension', 'usesVscode.ts'), "import * as vscode from 'vscode';\nexport const v = vscode;\n");
    mkdirSync(join(dir, 'extension', 'webview'));
    writeFileSync(join(dir, 'extension', 'webview', 'usesNode.ts'), "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n");
    const r = cruise(dir, ['emulator', 'debug-adapter', 'extension']);
    assert.notEqual(r.status, 0, 'depcruise must fail on violations');
    assert.match(r.output, /emulator-is-pure[^\n]*\n?[^\n]*emulator\/usesFs\.ts/);
    assert.match(r.output, /emulator\/usesPath\.ts/);
    assert.match(r.output, /emulator-no-host-packages[^\n]*\n?[^\n]*emulator\/usesDap\.ts/);
    assert.match(r.output, /only-extension-imports-vscode[^\n]*\n?[^\n]*emulator\/usesVscode\.ts/);
    assert.match(r.output, /only-extension-imports-vscode[^\n]*\n?[^\n]*debug-adapter\/usesVscode\.ts/);
    assert.doesNotMatch(r.output, /extension\/usesVscode\.ts/);
    assert.match(r.output, /webview-is-browser-code[^\n]*\n?[^\n]*extension\/webview\/usesNode\.ts/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
