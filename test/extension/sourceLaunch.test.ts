// Unit tests of extension/sourceLaunch.ts: F5 on a C source file. The finder and the user interface are fakes, so
// these tests say what configuration the resolver gives and what the user is shown, without VS Code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FindResult, FoundProgram } from '../../extension/programFinder.js';
import { findProgramsForSource } from '../../extension/programFinder.js';
import { isCSourceFile, resolveSourceLaunch, sourceConfigurations, type SourceLaunchUi } from '../../extension/sourceLaunch.js';

function fakeUi(choice?: (programs: readonly FoundProgram[]) => FoundProgram | undefined) {
  const shown = { picks: [] as string[][], warnings: [] as string[], failures: [] as { message: string; command: string }[] };
  const ui: SourceLaunchUi = {
    async pick(programs) { shown.picks.push(programs.map((p) => p.path)); return choice ? choice(programs) : programs[0]; },
    warn(message) { shown.warnings.push(message); },
    fail(message, command) { shown.failures.push({ message, command }); },
  };
  return { ui, shown };
}
const finds = (programs: FoundProgram[]) => async (source: string): Promise<FindResult> => ({ source, programs, rejected: [] });
const hello = { path: '/w/hello.c', languageId: 'c' };
const built: FoundProgram = { path: '/w/hello', mtimeMs: 2000, stale: false };

test('F5 with no launch.json on a C file launches the executable built from it, without stopping on entry', async () => {
  const { ui, shown } = fakeUi();
  const r = await resolveSourceLaunch({}, { activeFile: hello }, finds([built]), ui);
  assert.ok(r?.ok);
  assert.deepEqual(r.config, { type: 'aarch64-mte', request: 'launch', name: 'Debug hello (hello.c)', program: '/w/hello', stopOnEntry: false });
  assert.deepEqual(shown, { picks: [], warnings: [], failures: [] });
  // VS Code may fill in the type; the stored seed applies as for any launch.
  const typed = await resolveSourceLaunch({ type: 'aarch64-mte' }, { activeFile: hello, storedSeed: 5 }, finds([built]), ui);
  assert.ok(typed?.ok);
  assert.equal(typed.config.program, '/w/hello');
  assert.equal(typed.config.seed, 5);
});

test('a .c file is recognised by language id or extension; other files keep the existing behaviour', async () => {
  assert.equal(isCSourceFile({ path: '/w/x.c' }), true);
  assert.equal(isCSourceFile({ path: '/w/untitled', languageId: 'c' }), true);
  assert.equal(isCSourceFile({ path: '/w/x.s', languageId: 'aarch64-asm' }), false);
  const { ui, shown } = fakeUi();
  const asm = await resolveSourceLaunch({}, { activeFile: { path: '/w/a.s', languageId: 'aarch64-asm' } }, finds([built]), ui);
  assert.ok(asm?.ok);
  assert.equal(asm.config.program, '/w/a.s');
  assert.equal(asm.config.stopOnEntry, true);
  assert.equal(shown.picks.length + shown.failures.length, 0);
});

test('a launch.json program naming a .c file (e.g. ${file} substituted) becomes the executable; other attributes stay', async () => {
  const { ui } = fakeUi();
  const r = await resolveSourceLaunch(
    { type: 'aarch64-mte', request: 'launch', name: 'mine', program: '/w/hello.c', args: ['1'], stopOnEntry: true },
    { activeFile: { path: '/w/notes.md', languageId: 'markdown' } }, finds([built]), ui);
  assert.ok(r?.ok);
  assert.deepEqual(r.config, { type: 'aarch64-mte', request: 'launch', name: 'mine', program: '/w/hello', args: ['1'], stopOnEntry: true });
});

test('several executables: the user picks (newest first); cancelling cancels the launch', async () => {
  const older: FoundProgram = { path: '/w/build/hello', mtimeMs: 1000, stale: false };
  const picked = fakeUi((ps) => ps[1]);
  const r = await resolveSourceLaunch({}, { activeFile: hello }, finds([built, older]), picked.ui);
  assert.ok(r?.ok);
  assert.equal(r.config.program, '/w/build/hello');
  assert.deepEqual(picked.shown.picks, [['/w/hello', '/w/build/hello']]);
  const cancelled = fakeUi(() => undefined);
  assert.equal(await resolveSourceLaunch({}, { activeFile: hello }, finds([built, older]), cancelled.ui), undefined);
  assert.deepEqual(cancelled.shown.failures, []);
});

test('an executable older than its source is launched with a warning naming the rebuild command', async () => {
  const { ui, shown } = fakeUi();
  const r = await resolveSourceLaunch({}, { activeFile: hello }, finds([{ ...built, stale: true }]), ui);
  assert.ok(r?.ok);
  assert.equal(shown.warnings.length, 1);
  assert.match(shown.warnings[0]!, /^hello is older than hello\.c: .*Rebuild it: aarch64-linux-gnu-gcc -g -static -march=armv8\.5-a\+memtag hello\.c -o hello$/);
});

test('no executable: the launch is refused with the build command and the launch.json hint (real finder, empty folder)', async () => {
  const d = mkdtempSync(join(tmpdir(), 'aarch64-mte-source-'));
  try {
    copyFileSync(join(__dirname, '..', 'dap', 'fixtures', 'c', 'locals.c'), join(d, 'locals.c'));
    const { ui, shown } = fakeUi();
    const r = await resolveSourceLaunch({}, { activeFile: { path: join(d, 'locals.c'), languageId: 'c' } },
      (s) => findProgramsForSource(s, { workspaceFolders: [d] }), ui);
    assert.equal(r, undefined);
    assert.equal(shown.failures.length, 1);
    const { message, command } = shown.failures[0]!;
    assert.equal(command, 'aarch64-linux-gnu-gcc -g -static -march=armv8.5-a+memtag locals.c -o locals');
    assert.equal(message, `No AArch64 executable built from locals.c was found in its folder or the workspace. Build one with debug `
      + `information in a terminal, in ${d}: ${command} and press F5 again, or name the executable in the "program" attribute of launch.json.`);
  } finally {
    rmSync(d, { recursive: true, force: true });
  }
});

test('dynamic configurations: one per executable found, marked when older than the source', () => {
  const configs = sourceConfigurations({ source: '/w/hello.c', programs: [built, { path: '/w/build/hello', mtimeMs: 1, stale: true }], rejected: [] },
    (p) => p.replace('/w/', ''));
  assert.deepEqual(configs, [
    { type: 'aarch64-mte', request: 'launch', name: 'Debug hello (hello.c)', program: '/w/hello', stopOnEntry: false },
    { type: 'aarch64-mte', request: 'launch', name: 'Debug build/hello (hello.c) [older than source]', program: '/w/build/hello', stopOnEntry: false },
  ]);
});
