// Helpers that drive the VS Code workbench (code-server in Chromium) the way a user does: open a file through Quick
// Open, read token colours, wait for debug views. Selectors are the workbench's own CSS classes (VS Code 1.139).
import { join } from 'node:path';

/** Opens the workbench for `folder` and waits until the explorer has loaded the folder. */
export async function openWorkbench(page, serverUrl, folder, { timeout = 90_000 } = {}) {
  await page.goto(`${serverUrl}/?folder=${encodeURIComponent(folder)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout });
}

/** Runs a command from the Command Palette by its title. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** Opens a workspace file by name through Quick Open and waits for its editor to show `expectText`. */
export async function openFile(page, name, expectText) {
  await page.locator('.monaco-workbench').click({ position: { x: 600, y: 5 } }).catch(() => {});
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.editor-instance .view-lines').filter({ hasText: expectText }).first().waitFor();
  return page.locator('.editor-instance .monaco-editor').first();
}

/** The rendered colour of the first editor token whose text starts with `text`. */
export async function tokenColour(page, text) {
  const span = page.locator('.editor-instance .view-line span span').filter({ hasText: text }).first();
  await span.waitFor();
  return span.evaluate((el) => ({ text: el.textContent, colour: getComputedStyle(el).color, className: el.className }));
}

/** Saves a screenshot of the page as `<dir>/<name>.png` and returns the path. */
export async function screenshot(page, dir, name) {
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Moves the cursor to a line with Quick Open's ':line' and waits until the editor shows it as the active line. */
export async function gotoLine(page, line) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await page.locator('.editor-instance .line-numbers.active-line-number').filter({ hasText: new RegExp(`^${line}$`) }).first().waitFor();
}

/** Puts the keyboard focus into the editor of the first group (Ctrl+1), with the mouse out of the way. */
export async function focusEditor(page) {
  const focused = page.locator('.editor-instance .monaco-editor.focused').first();
  // Right after a debug session ends the workbench may move focus back to a view once more: try again, and as
  // a last resort click into the editor's text.
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.mouse.move(5, 400);
    await page.keyboard.press('Control+1');
    try {
      await focused.waitFor({ timeout: 4_000 });
      return;
    } catch {
      if (attempt === 1) await page.locator('.editor-instance .view-lines').first().click({ position: { x: 5, y: 5 } });
    }
  }
  await focused.waitFor({ timeout: 4_000 });
}
