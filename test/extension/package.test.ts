// Checks of what the extension ships and declares: `vsce ls --no-dependencies` lists a small package holding the
// bundles and contribution files and nothing else (no node_modules, sources, maps or tests); package.json's
// contributions point at files that ship; the launch schema documents every launch argument of the adapter's
// protocol (debug-adapter/protocol.ts); every contributed command is registered by the extension.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * Copies what a clean checkout holds after a build (tracked and unignored files, plus dist/) to a temporary folder:
 * vsce walks every folder before applying .vscodeignore, and the local e2e cache (.cache/e2e, ~800 MB) would make
 * each listing take ~30 s. Same idea as test/e2e/lib/stage.mjs.
 */
function stage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aarch64-mte-vsce-'));
  const r = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(r.status, 0, `git ls-files failed: ${r.stderr}`);
  const dist = existsSync(join(root, 'dist')) ? (readdirSync(join(root, 'dist'), { recursive: true }) as string[]).map((f) => `dist/${f}`) : [];
  for (const f of new Set([...r.stdout.split('\0').filter(Boolean), ...dist])) {
    const from = join(root, f);
    if (!existsSync(from) || statSync(from).isDirectory()) continue;
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    copyFileSync(from, join(dir, f));
  }
  return dir;
}

let listing: string[] | undefined;
function packagedFiles(): string[] {
  if (listing) return listing;
  const dir = stage();
  try {
    const r = spawnSync(join(root, 'node_modules', '.bin', 'vsce'), ['ls', '--no-dependencies'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 0, `vsce ls failed: ${r.stderr}`);
    listing = r.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
    return listing;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the .vsix holds a small set of shipped files and no development files', () => {
  const files = packagedFiles();
  assert.ok(files.includes('package.json'));
  assert.ok(files.includes('dist/extension.js'), `dist/extension.js is packaged (build first): ${files.join(', ')}`);
  assert.ok(files.includes('language-configuration.json'));
  assert.ok(files.length <= 30, `at most 30 files, got ${files.length}: ${files.join(', ')}`);
  const bytes = files.reduce((sum, f) => sum + (existsSync(join(root, f)) ? statSync(join(root, f)).size : 0), 0);
  assert.ok(bytes < 8 * 1024 * 1024, `under 8 MiB unpacked, got ${(bytes / 1048576).toFixed(1)} MiB`);
  for (const f of files) {
    assert.doesNotMatch(f, /(^|\/)node_modules\//, `${f}: no node_modules (everything is bundled)`);
    assert.doesNotMatch(f, /\.(ts|map|mjs)$|^(test|emulator|extension|debug-adapter|language-server|cli|scripts|test-results|\.cache)\//, `${f}: no sources, maps or tests`);
  }
});

test('bundles of layers that exist in the source tree are packaged', (t) => {
  const files = packagedFiles();
  const layers = [
    { source: 'debug-adapter/main.ts', bundle: 'dist/debugAdapter.js' },
    { source: 'language-server/main.ts', bundle: 'dist/languageServer.js' },
  ];
  let checked = 0;
  for (const l of layers) {
    if (!existsSync(join(root, l.source))) { t.diagnostic(`not checked: ${l.source} is not written yet`); continue; }
    assert.ok(files.includes(l.bundle), `${l.bundle} is packaged`);
    checked++;
  }
  if (checked === 0) t.skip('neither debug-adapter/main.ts nor language-server/main.ts exists yet');
});

test('every file package.json points at exists and is packaged (when its owner has written it)', (t) => {
  const files = packagedFiles();
  const referenced: string[] = [pkg.main, ...pkg.contributes.languages.map((l: { configuration: string }) => l.configuration),
    ...pkg.contributes.grammars.map((g: { path: string }) => g.path)].map((p: string) => p.replace(/^\.\//, ''));
  for (const p of referenced) {
    if (!existsSync(join(root, p))) { t.diagnostic(`not checked: ${p} does not exist yet`); continue; }
    assert.ok(files.includes(p), `${p} is packaged`);
  }
});

test('the launch schema documents every launch argument of debug-adapter/protocol.ts', (t) => {
  const protocolPath = join(root, 'debug-adapter', 'protocol.ts');
  if (!existsSync(protocolPath)) { t.skip('debug-adapter/protocol.ts is not written yet'); return; }
  const text = readFileSync(protocolPath, 'utf8');
  const body = /export interface MteLaunchArguments \{([\s\S]*?)\n\}/.exec(text)?.[1];
  assert.ok(body, 'protocol.ts declares MteLaunchArguments');
  const names = [...body.matchAll(/readonly (\w+)\??:/g)].map((m) => m[1]).filter((n) => n !== 'noDebug');
  assert.ok(names.includes('program'));
  const documented = pkg.contributes.debuggers[0].configurationAttributes.launch.properties;
  for (const n of names) {
    assert.ok(documented[n], `launch attribute "${n}" is documented in package.json`);
    assert.ok(String(documented[n].description ?? '').length > 20, `"${n}" has a real description`);
  }
  assert.match(text, /export const DEBUG_TYPE = 'aarch64-mte'/);
  assert.equal(pkg.contributes.debuggers[0].type, 'aarch64-mte');
});

test('every contributed command is registered by the extension and activation events are declared', () => {
  const source = readdirSync(join(root, 'extension')).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(root, 'extension', f), 'utf8')).join('\n');
  for (const c of pkg.contributes.commands as { command: string }[]) {
    assert.ok(source.includes(`'${c.command}'`), `${c.command} appears in extension/*.ts`);
  }
  assert.ok(pkg.activationEvents.includes('onDebugResolve:aarch64-mte'));
  assert.ok(pkg.activationEvents.includes('onLanguage:aarch64-asm'));
  assert.deepEqual(pkg.contributes.breakpoints.map((b: { language: string }) => b.language).sort(), ['aarch64-asm', 'c']);
});
