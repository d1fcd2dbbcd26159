// Unit tests of the extension's VS Code-free launch logic (extension/launchConfig.ts): which files F5 can launch,
// how an empty configuration is completed, seed parsing and reading the tag-check mode from MTE scope variables.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type * as LaunchConfig from './launchConfigTypes.js';

// test/tsconfig.json does not reference the extension project yet, so a static import of extension/ would break
// `tsc -b test` (TS6307). The module is loaded dynamically and typed by the declarations in launchConfigTypes.ts.
const modulePath = '../../extension/launchConfig.js';
let lc: typeof LaunchConfig;
before(async () => { lc = (await import(modulePath)) as typeof LaunchConfig; });

const ELF_HEADER = new Uint8Array([0x7f, 0x45, 0x4c, 0x46]);

test('an ELF header is recognised by its magic number only', () => {
  assert.equal(lc.hasElfMagic(ELF_HEADER), true);
  assert.equal(lc.hasElfMagic(new Uint8Array([0x7f, 0x45, 0x4c])), false);
  assert.equal(lc.hasElfMagic(new TextEncoder().encode('.global _start')), false);
  assert.equal(lc.hasElfMagic(undefined), false);
});

test('assembly files and ELF binaries are debuggable, other files are not', () => {
  assert.equal(lc.isDebuggableFile({ path: '/w/hello.s' }), true);
  assert.equal(lc.isDebuggableFile({ path: '/w/boot.S' }), true);
  assert.equal(lc.isDebuggableFile({ path: '/w/x.asm' }), true);
  assert.equal(lc.isDebuggableFile({ path: '/w/untitled', languageId: 'aarch64-asm' }), true);
  assert.equal(lc.isDebuggableFile({ path: '/w/a.out', header: ELF_HEADER }), true);
  assert.equal(lc.isDebuggableFile({ path: '/w/notes.txt', languageId: 'plaintext', header: new Uint8Array([0x68, 0x69, 0x0a, 0x0a]) }), false);
});

test('an empty configuration (F5 without launch.json) launches the active assembly file, stopping on entry', () => {
  const r = lc.resolveLaunchConfiguration({}, { activeFile: { path: '/w/src/hello.s', languageId: 'aarch64-asm' } });
  assert.ok(r.ok);
  assert.deepEqual(r.config, { type: 'aarch64-mte', request: 'launch', name: 'Debug hello.s', program: '/w/src/hello.s', stopOnEntry: true });
  // VS Code may pass the chosen type already filled in; that is still an empty configuration.
  const typed = lc.resolveLaunchConfiguration({ type: 'aarch64-mte' }, { activeFile: { path: '/w/src/hello.s', languageId: 'aarch64-asm' } });
  assert.ok(typed.ok);
  assert.equal(typed.config.stopOnEntry, true);
  assert.equal(typed.config.program, '/w/src/hello.s');
});

test('an empty configuration with an ELF in the active tab launches the ELF', () => {
  const r = lc.resolveLaunchConfiguration({}, { activeFile: { path: '/w/bin/prog', header: ELF_HEADER } });
  assert.ok(r.ok);
  assert.equal(r.config.program, '/w/bin/prog');
  assert.equal(r.config.cwd, undefined, 'cwd is left to the adapter (default: the program folder)');
});

test('an empty configuration with no debuggable file open is refused with a message', () => {
  const none = lc.resolveLaunchConfiguration({}, {});
  assert.equal(none.ok, false);
  const text = lc.resolveLaunchConfiguration({}, { activeFile: { path: '/w/readme.md', languageId: 'markdown' } });
  assert.equal(text.ok, false);
  assert.match((text as { message: string }).message, /assembly file/);
});

test('an explicit configuration keeps its values and only gains missing defaults', () => {
  const r = lc.resolveLaunchConfiguration(
    { type: 'aarch64-mte', request: 'launch', name: 'mine', program: '/w/p', cwd: '/tmp', stopOnEntry: false, seed: 7 },
    { activeFile: { path: '/w/other.s' }, storedSeed: 99 },
  );
  assert.ok(r.ok);
  assert.deepEqual(r.config, { type: 'aarch64-mte', request: 'launch', name: 'mine', program: '/w/p', cwd: '/tmp', stopOnEntry: false, seed: 7 });
});

test('the stored IRG seed applies only when the configuration has none', () => {
  const r = lc.resolveLaunchConfiguration({ type: 'aarch64-mte', request: 'launch', name: 'n', program: '/w/p.s' }, { storedSeed: 1234 });
  assert.ok(r.ok);
  assert.equal(r.config.seed, 1234);
});

test('a configuration without program takes the active debuggable file, or is refused', () => {
  const ok = lc.resolveLaunchConfiguration({ type: 'aarch64-mte', request: 'launch', name: 'n' }, { activeFile: { path: '/w/a.s' } });
  assert.ok(ok.ok);
  assert.equal(ok.config.program, '/w/a.s');
  const refused = lc.resolveLaunchConfiguration({ type: 'aarch64-mte', request: 'launch', name: 'n' }, { activeFile: { path: '/w/a.txt' } });
  assert.equal(refused.ok, false);
});

test('attach requests and bad seeds are refused', () => {
  assert.equal(lc.resolveLaunchConfiguration({ type: 'aarch64-mte', request: 'attach', name: 'n', program: '/p' }, {}).ok, false);
  assert.equal(lc.resolveLaunchConfiguration({ type: 'aarch64-mte', request: 'launch', name: 'n', program: '/p', seed: -1 }, {}).ok, false);
  assert.equal(lc.resolveLaunchConfiguration({ type: 'aarch64-mte', request: 'launch', name: 'n', program: '/p', seed: 1.5 }, {}).ok, false);
});

test('seeds parse as decimal or 0x hexadecimal non-negative safe integers', () => {
  assert.deepEqual(lc.parseSeed('42'), { ok: true, seed: 42 });
  assert.deepEqual(lc.parseSeed(' 0x1F '), { ok: true, seed: 31 });
  assert.deepEqual(lc.parseSeed('0'), { ok: true, seed: 0 });
  for (const bad of ['', '-3', '1.5', 'abc', '0x', '9007199254740992']) assert.equal(lc.parseSeed(bad).ok, false, bad);
});

test('the tag-check mode is read from MTE scope variables whose name mentions the mode', () => {
  assert.equal(lc.tagCheckModeFromVariables([{ name: 'Tag check mode', value: 'sync' }]), 'sync');
  assert.equal(lc.tagCheckModeFromVariables([{ name: 'TCF', value: 'Asymmetric (TCF=3)' }]), 'asymmetric');
  assert.equal(lc.tagCheckModeFromVariables([{ name: 'GCR_EL1', value: '0x10001' }, { name: 'mode', value: 'ASYNC' }]), 'async');
  assert.equal(lc.tagCheckModeFromVariables([{ name: 'tagCheckMode', value: 'none' }]), 'none');
  assert.equal(lc.tagCheckModeFromVariables([{ name: 'GCR_EL1', value: 'sync' }]), undefined);
  assert.equal(lc.tagCheckModeFromVariables([]), undefined);
  // The adapter's MTE scope (debug-adapter/views.ts): other variables mention sync/async but are not the mode.
  const mteScope = [
    { name: 'pending async fault', value: 'none' },
    { name: 'last tag fault', value: 'sync read at 0x1000' },
    { name: 'tag-check mode', value: 'asymmetric' },
  ];
  assert.equal(lc.tagCheckModeFromVariables(mteScope), 'asymmetric');
  assert.equal(lc.tagCheckModeFromVariables(mteScope.slice(0, 2)), undefined);
});

test('mode strings: asymmetric is not mistaken for sync or async; labels name the mode', () => {
  assert.equal(lc.parseTagCheckMode('asymm'), 'asymmetric');
  assert.equal(lc.parseTagCheckMode('PR_MTE_TCF_SYNC'.replace(/_/g, ' ')), 'sync');
  assert.equal(lc.parseTagCheckMode('0x3'), undefined);
  assert.equal(lc.tagCheckModeLabel('sync'), 'MTE: sync');
  assert.equal(lc.tagCheckModeLabel(undefined), 'MTE: mode unknown');
});
