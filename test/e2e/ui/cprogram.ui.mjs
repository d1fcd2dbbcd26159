// UI-level end-to-end check of F5 in a C source file (extension/sourceLaunch.ts, programFinder.ts): the workspace
// gets c-program/src/count.c and c-program/build/count (the unit tests' fixture, test/extension/fixtures/c-program,
// staged when the UI suite starts and removed by the scenario); with count.c open, F9 sets a breakpoint, F5 with no launch.json finds
// build/count through its DWARF line table, starts it and stops at the breakpoint in count.c (Call Stack header and
// frame, the editor's stopped-line mark), and Shift+F5 ends the session.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { focusEditor, gotoLine, openFile } from './workbench.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const fixture = join(root, 'test', 'extension', 'fixtures', 'c-program');
const FILE = 'count.c';

/** @param {{ page: import('playwright-core').Page, serverUrl: string, workspace: string, resultsDir: string }} ctx */
export function uiTests(ctx) {
  const { page } = ctx;
  const staged = join(ctx.workspace, 'c-program');
  const stage = () => {
    rmSync(staged, { recursive: true, force: true });
    mkdirSync(join(staged, 'src'), { recursive: true });
    mkdirSync(join(staged, 'build'), { recursive: true });
    copyFileSync(join(fixture, 'src', FILE), join(staged, 'src', FILE));
    // Copied after the source, so the executable is not older than it (no stale-build warning).
    copyFileSync(join(fixture, 'build', 'count'), join(staged, 'build', 'count'));
  };
  // Staged before the workbench opens (uiTests is called before any scenario runs), so its file search sees them.
  stage();
  const lines = readFileSync(join(fixture, 'src', FILE), 'utf8').split('\n');
  const addLine = lines.findIndex((l) => l.includes('#ADD')) + 1;
  assert.ok(addLine > 0, `${FILE} has a #ADD line`);

  return [
    ['count.c: F5 with no launch.json debugs the executable built from it and stops at a breakpoint in the C file', async () => {
      try {
        // A session left by an earlier scenario would take F5 as "continue".
        if (await page.locator('.debug-toolbar').isVisible()) {
          await page.keyboard.press('Shift+F5');
          await page.locator('.debug-toolbar').waitFor({ state: 'hidden', timeout: 30_000 });
        }
        await openFile(page, FILE, /\S/);
        await page.locator('.tabs-container .tab.active').filter({ hasText: FILE }).first().waitFor();
        await page.locator('#status\\.editor\\.mode').filter({ hasText: /^C$/ }).waitFor({ timeout: 20_000 });
        await gotoLine(page, addLine);
        await page.keyboard.press('F9');
        await page.locator('.editor-instance .glyph-margin-widgets .codicon-debug-breakpoint').first().waitFor({ timeout: 10_000 });
        await focusEditor(page);
        await page.keyboard.press('F5');
        await page.locator('.debug-toolbar').waitFor({ timeout: 60_000 });
        await page.keyboard.press('Control+Shift+D');
        await page.locator('.pane-header').filter({ hasText: /call stack/i }).filter({ hasText: /paused on breakpoint/i }).first().waitFor({ timeout: 60_000 });
        // The row's accessible label: "Stack Frame add, line 5, count.c".
        const frame = page.locator(`.debug-call-stack .monaco-list-row[data-index="0"][aria-label*="line ${addLine}, ${FILE}"]`).first();
        await frame.waitFor({ timeout: 30_000 });
        assert.match(await frame.getAttribute('aria-label'), /\badd\b/, 'the top frame is add()');
        await page.locator('.editor-instance .debug-top-stack-frame-line').first().waitFor({ timeout: 30_000 });
        await page.locator('.tabs-container .tab.active').filter({ hasText: FILE }).first().waitFor();
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(ctx.resultsDir, 'c-program-breakpoint.png') });
        await page.keyboard.press('Shift+F5');
        await page.locator('.debug-toolbar').waitFor({ state: 'hidden', timeout: 30_000 });
        // Leave no breakpoint behind for later scenarios.
        await focusEditor(page);
        await gotoLine(page, addLine);
        await page.keyboard.press('F9');
      } finally {
        rmSync(staged, { recursive: true, force: true });
      }
    }, 180_000],
  ];
}
