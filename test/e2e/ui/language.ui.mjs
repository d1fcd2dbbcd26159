// UI-level checks of the assembly language support in the real workbench: tagging.s (an MTE program with one bad
// line) opens as AArch64 Assembly, its MTE instructions get the colour that the workspace's theme rule gives the
// MTE scope (test/e2e/workspace/.vscode/settings.json) while ordinary mnemonics keep theirs, the language server's diagnostic
// draws a squiggle on the bad line and lists the assembler's own message in the Problems view, and hovering `irg`
// shows the instruction table's summary. The screenshot language.png (all of it at once) goes to the results folder,
// and with --update-screenshots also to docs/screenshots/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openWorkbench, openFile, tokenColour, screenshot } from './workbench.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const FILE = 'tagging.s';
const MTE_MNEMONICS = ['irg', 'addg', 'stg', 'ldg'];
const ORDINARY_MNEMONICS = ['mov', 'sub', 'svc'];

/** What `aarch64-mte as` says about the file: [{ line, column, message }] (GNU as 2.40 prints the same message). */
function assemblerErrors(path) {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-language-'));
  try {
    const r = spawnSync(process.execPath, [join(root, 'bin', 'aarch64-mte.js'), 'as', path, '-o', join(dir, 'out.o')], { encoding: 'utf8' });
    return [...r.stderr.matchAll(/:(\d+):(\d+): error: (.*)$/gm)].map((m) => ({ line: Number(m[1]), column: Number(m[2]), message: m[3] }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** IRG's summary from the one instruction table (emulator/isa), read through tsx. */
function irgSummary() {
  const script = "const { forms } = require('./emulator/isa/index.ts'); process.stdout.write(forms().find((f) => f.mnemonic === 'irg' && !f.aliasOf).summary);";
  const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0 || !r.stdout) throw new Error(`could not read irg's summary from emulator/isa: ${r.stderr}`);
  return r.stdout;
}

/** The colour the workspace settings give keyword.mnemonic.mte, as CSS reports it: 'rgb(r, g, b)'. */
function mteRuleColour(workspace) {
  const settings = readFileSync(join(workspace, '.vscode', 'settings.json'), 'utf8');
  const hex = /"scope":\s*"keyword\.mnemonic\.mte"[^}]*"foreground":\s*"#([0-9a-fA-F]{6})"/.exec(settings)?.[1];
  if (!hex) throw new Error('test/e2e/workspace/.vscode/settings.json has no foreground for keyword.mnemonic.mte');
  return `rgb(${[0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
}

/** The editor's rendered token whose text is exactly `word` (first one). */
function wordToken(page, word) {
  return page.locator('.editor-instance .view-line span span').filter({ hasText: new RegExp(`^${word}$`) }).first();
}

/** @param {{ page: import('playwright-core').Page, serverUrl: string, workspace: string, resultsDir: string }} ctx */
export function uiTests(ctx) {
  const { page } = ctx;
  const errors = assemblerErrors(join(ctx.workspace, FILE));
  return [
    [`${FILE} opens in an editor as AArch64 Assembly`, async () => {
      if (!(await page.locator('.explorer-folders-view .monaco-list-row').first().isVisible().catch(() => false))) {
        await openWorkbench(page, ctx.serverUrl, ctx.workspace);
      }
      // Through the Explorer (it lists the folder at once; Quick Open waits for the file search, slow under load).
      const row = page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: FILE }).first();
      if (await row.isVisible().catch(() => false)) await row.click();
      else await openFile(page, FILE, 'tag_pair');
      await page.locator('.editor-instance .view-lines').filter({ hasText: 'tag_pair' }).first().waitFor({ timeout: 60_000 });
      await page.locator('#status\\.editor\\.mode').filter({ hasText: 'AArch64 Assembly' }).waitFor({ timeout: 30_000 });
    }, 150_000],
    ['the bad line gets an error squiggle from the language server', async () => {
      assert.equal(errors.length, 1, `aarch64-mte as should report exactly one error in ${FILE}: ${JSON.stringify(errors)}`);
      const squiggle = page.locator('.editor-instance .squiggly-error').first();
      await squiggle.waitFor({ timeout: 60_000 });
      // The squiggle sits on the same row as the rendered bad line (the one holding `#8]`).
      const badLine = page.locator('.editor-instance .view-line').filter({ hasText: /#8\]/ }).first();
      const [s, l] = [await squiggle.boundingBox(), await badLine.boundingBox()];
      assert.ok(s && l && Math.abs((s.y + s.height / 2) - (l.y + l.height / 2)) < l.height, `squiggle ${JSON.stringify(s)} is not on the bad line ${JSON.stringify(l)}`);
    }, 90_000],
    ['MTE instructions are coloured apart from ordinary mnemonics', async () => {
      // Runs after the squiggle test, so the language server is up and its semantic tokens are on the way; poll
      // until the colours settle.
      const mteColour = mteRuleColour(ctx.workspace);
      let colours;
      const distinct = () => MTE_MNEMONICS.every((m) => colours[m] === mteColour) && ORDINARY_MNEMONICS.every((o) => colours[o] !== mteColour);
      for (let i = 0; i < 60; i++) {
        colours = {};
        for (const word of [...MTE_MNEMONICS, ...ORDINARY_MNEMONICS]) colours[word] = (await tokenColour(page, new RegExp(`^${word}$`))).colour;
        if (distinct()) break;
        await page.waitForTimeout(250);
      }
      assert.ok(distinct(), `MTE mnemonics should be ${mteColour} and ordinary ones not: ${JSON.stringify(colours)}`);
      // Semantic tokens arrive after the grammar's colours: still distinct a moment later.
      await page.waitForTimeout(1500);
      for (const word of [...MTE_MNEMONICS, ...ORDINARY_MNEMONICS]) colours[word] = (await tokenColour(page, new RegExp(`^${word}$`))).colour;
      assert.ok(distinct(), `after semantic tokens, MTE mnemonics should be ${mteColour} and ordinary ones not: ${JSON.stringify(colours)}`);
    }],
    ["the Problems view lists the assembler's message at its line and column", async () => {
      const [{ line, column, message }] = errors;
      await page.locator('.editor-instance .view-lines').first().click();
      await page.keyboard.press('Control+Shift+M');
      const row = page.locator('.markers-panel .monaco-list-row').filter({ hasText: message }).first();
      await row.waitFor({ timeout: 30_000 });
      const text = (await row.textContent()) ?? '';
      assert.ok(text.includes(`Ln ${line}, Col ${column}`), `Problems row "${text}" does not name line ${line}, column ${column}`);
    }],
    ["hovering irg shows the instruction table's summary", async () => {
      const summary = irgSummary();
      const irg = wordToken(page, 'irg');
      const hover = page.locator('.monaco-hover').filter({ hasText: summary.slice(0, 40) }).first();
      // The hover can be asked for before the server answers: move away and back until it shows.
      for (let i = 0; i < 10; i++) {
        await page.mouse.move(5, 5);
        await irg.hover();
        try { await hover.waitFor({ state: 'visible', timeout: 5000 }); break; } catch { /* retry */ }
      }
      await hover.waitFor({ state: 'visible', timeout: 5000 });
      const text = ((await hover.textContent()) ?? '').replace(/\s+/g, ' ');
      assert.ok(text.includes(summary.replace(/\s+/g, ' ')), `hover text "${text.slice(0, 300)}" lacks irg's summary`);
      // A taller window for the picture, so the hover does not cover the Problems view.
      const viewport = page.viewportSize();
      await page.setViewportSize({ width: viewport?.width ?? 1280, height: 1000 });
      await page.mouse.move(5, 5);
      await irg.hover();
      await hover.waitFor({ state: 'visible', timeout: 10_000 });
      const shot = await screenshot(page, ctx.resultsDir, 'language');
      if (viewport) await page.setViewportSize(viewport);
      if (process.argv.includes('--update-screenshots')) {
        mkdirSync(join(root, 'docs', 'screenshots'), { recursive: true });
        copyFileSync(shot, join(root, 'docs', 'screenshots', 'language.png'));
        console.log('e2e: copied language.png to docs/screenshots/');
      }
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      // Leave the workbench as found for later scenarios: hide the panel that the Problems check opened.
      await page.locator('.part.panel').getByRole('button', { name: /^Hide Panel/ }).first().click({ timeout: 5000 }).catch(() => {});
    }, 90_000],
  ];
}
