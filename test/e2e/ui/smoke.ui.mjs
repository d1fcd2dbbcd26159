// UI-level end-to-end checks through the real workbench: hello.s is coloured by the grammar, F5 with no launch.json
// starts the aarch64-mte debugger and stops on entry (Call Stack shows the paused frame, the editor highlights the
// line), and Shift+F5 ends the session. Screenshots go to the results folder; stopped-on-entry.png is the one the
// documentation shows.
import assert from 'node:assert/strict';
import { openWorkbench, openFile, tokenColour, screenshot } from './workbench.mjs';

/** @param {{ page: import('playwright-core').Page, serverUrl: string, workspace: string, resultsDir: string }} ctx */
export function uiTests(ctx) {
  const { page } = ctx;
  return [
    ['the workbench opens the test workspace', async () => {
      await openWorkbench(page, ctx.serverUrl, ctx.workspace);
      await page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: 'hello.s' }).first().waitFor();
    }],
    ['hello.s opens in an editor as AArch64 Assembly', async () => {
      await openFile(page, 'hello.s', '_start');
      // The status bar's language indicator names the language the file was opened as.
      await page.locator('#status\\.editor\\.mode').filter({ hasText: 'AArch64 Assembly' }).waitFor({ timeout: 20_000 });
    }],
    ['the grammar colours mnemonics, numbers, strings and comments differently', async () => {
      // Tokenisation happens after the grammar loads; poll until the colours differ or time out. Which colour each
      // scope gets is the theme's choice, so only differences between token kinds are checked.
      let t;
      const distinct = () => t.mnemonic.colour !== t.comment.colour && t.number.colour !== t.mnemonic.colour
        && t.string.colour !== t.mnemonic.colour && t.string.colour !== t.comment.colour;
      for (let i = 0; i < 40; i++) {
        t = {
          mnemonic: await tokenColour(page, 'svc'),
          number: await tokenColour(page, '64'),
          // The opening quote may be its own (punctuation) token; the editor renders spaces as U+00A0 (\s matches it).
          string: await tokenColour(page, /^"?hello,\sMTE/),
          comment: await tokenColour(page, '// file descriptor'),
        };
        if (distinct()) break;
        await page.waitForTimeout(250);
      }
      await screenshot(page, ctx.resultsDir, 'hello-coloured');
      assert.ok(distinct(), `token kinds share colours: ${JSON.stringify(t)}`);
    }],
    ['F5 with no launch.json stops on entry (Call Stack paused, line highlighted)', async () => {
      await page.locator('.editor-instance .view-lines').first().click();
      await page.keyboard.press('F5');
      await page.locator('.debug-toolbar').waitFor({ timeout: 60_000 });
      // Show the Run and Debug view (Call Stack, Variables) for the check and the screenshot.
      await page.keyboard.press('Control+Shift+D');
      const callStack = page.locator('.debug-call-stack');
      // With one thread VS Code shows the stop reason in the Call Stack header ("Paused on entry"), not as a row.
      await page.locator('.pane-header').filter({ hasText: /call stack/i }).filter({ hasText: /paused on entry/i }).first().waitFor({ timeout: 60_000 });
      await callStack.locator('.monaco-list-row').filter({ hasText: 'hello.s' }).first().waitFor({ timeout: 30_000 });
      // The editor marks the top stack frame's line.
      await page.locator('.editor-instance .debug-top-stack-frame-line').first().waitFor({ timeout: 30_000 });
      await page.locator('.debug-toolbar').waitFor({ timeout: 10_000 });
      await page.waitForTimeout(500); // Let the Variables view render its scopes for the screenshot.
      ctx.stoppedScreenshot = await screenshot(page, ctx.resultsDir, 'stopped-on-entry');
    }, 120_000],
    ['the status bar shows the tag-check mode of the stopped program', async () => {
      // hello.s never calls prctl(PR_SET_TAGGED_ADDR_CTRL), so tag checking is off (Linux's default).
      await page.locator('.statusbar-item').filter({ hasText: 'MTE: tag checks off' }).first().waitFor({ timeout: 20_000 });
    }],
    ['Shift+F5 ends the debug session', async () => {
      assert.ok(await page.locator('.debug-toolbar').isVisible(), 'no debug session is running (the previous test did not start one)');
      await page.keyboard.press('Shift+F5');
      await page.locator('.debug-toolbar').waitFor({ state: 'hidden', timeout: 30_000 });
    }],
  ];
}
