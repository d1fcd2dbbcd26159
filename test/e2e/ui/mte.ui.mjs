// UI-level end-to-end checks of debugging an MTE program in the real workbench (code-server in Chromium), on
// mte-fault.s, the Linux kernel documentation's MTE example (examples/mte-fault.s, staged into the workspace by run.mjs): F9 and a click in the
// gutter set breakpoints; F5 stops on entry and then at the first breakpoint; F10 steps over IRG and the Variables
// view shows x19 changed into a tagged pointer; hovering x19 shows its value, logical tag and allocation tag; F5 runs
// into the tag-check fault (Call Stack, exception widget, inline flag on the faulting line, Problems entry); the
// Tagged Memory view opened from the fault's notification colours each granule by tag and outlines the faulting
// one; the Tag Map draws the PROT_MTE page with the fault marked. Every check reads what the user would see (DOM of
// the workbench and of the webview iframes, canvas pixels). Screenshots go to the results folder; with
// --update-screenshots the documentation's set is copied to docs/screenshots/.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { focusEditor, gotoLine, openFile, runCommand } from './workbench.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const FILE = 'mte-fault.s';
const ADDRESS_MASK = (1n << 56n) - 1n;

/** 1-based number of the first line of the fixture matching `re`. */
function lineOf(workspace, re) {
  const lines = readFileSync(join(workspace, FILE), 'utf8').split('\n');
  const i = lines.findIndex((l) => re.test(l));
  assert.ok(i >= 0, `${FILE} has a line matching ${re}`);
  return i + 1;
}

/** Line numbers that carry a breakpoint glyph in the visible part of the editor. */
async function breakpointLines(page) {
  return page.evaluate(() => {
    const editor = document.querySelector('.editor-instance .monaco-editor');
    const numbers = new Map();
    for (const div of editor.querySelectorAll('.margin-view-overlays > div')) {
      const n = div.querySelector('.line-numbers');
      if (n) numbers.set(div.style.top, Number(n.textContent));
    }
    return [...editor.querySelectorAll('.glyph-margin-widgets .codicon-debug-breakpoint')].map((g) => numbers.get(g.style.top)).filter((n) => n !== undefined);
  });
}

/** Clicks the glyph margin (the gutter left of the line numbers) next to a visible line. */
async function clickGutter(page, line) {
  const number = page.locator('.editor-instance .margin-view-overlays .line-numbers').filter({ hasText: new RegExp(`^${line}$`) }).first();
  const box = await number.boundingBox();
  const glyphs = await page.locator('.editor-instance .glyph-margin').first().boundingBox();
  assert.ok(box && glyphs, `line ${line} and the glyph margin are visible`);
  await page.mouse.click(glyphs.x + glyphs.width / 2, box.y + box.height / 2);
}

const callStackHeader = (page) => page.locator('.pane-header').filter({ hasText: /call stack/i }).first();

/** Waits until the top stack frame is at `line` of the fixture and the Call Stack header matches `reason`. */
async function waitForStop(page, line, reason, timeout = 60_000) {
  await page.locator('.pane-header').filter({ hasText: /call stack/i }).filter({ hasText: reason }).first().waitFor({ timeout });
  // The row's accessible label: "Stack Frame _start+0x48, line 67, mte-fault.s".
  await page.locator(`.debug-call-stack .monaco-list-row[data-index="0"][aria-label*="line ${line}, ${FILE}"]`).first().waitFor({ timeout });
  await page.locator('.editor-instance .debug-top-stack-frame-line').first().waitFor({ timeout });
}

/**
 * The value the Variables view shows for a register, read from the row's accessible label ("x19, value ...").
 * The view is a virtual list: walk it with the keyboard (Home, then down) so that the row is rendered and in view;
 * it stays focused, which also puts it in the screenshot.
 */
async function readVariable(page, name) {
  await page.locator('.debug-variables .monaco-list').first().focus();
  await page.keyboard.press('Home');
  const focused = page.locator('.debug-variables .monaco-list-row.focused').first();
  const focusedLabel = () => focused.getAttribute('aria-label', { timeout: 2000 }).catch(() => null);
  for (let i = 0; i < 80; i++) {
    const label = await focusedLabel();
    if (label?.startsWith(`${name}, value `)) return label.slice(`${name}, value `.length);
    if (label && /^Registers\b/.test(label) && (await focused.getAttribute('aria-expanded')) === 'false') await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    // One row at a time: wait until the focus has moved (on a slow machine key presses would otherwise queue up and
    // the walk could skip the row), or up to a second at the end of the list.
    for (let w = 0; w < 50 && (await focusedLabel()) === label; w++) await page.waitForTimeout(20);
  }
  throw new Error(`the Variables view shows no ${name}`);
}

/** The screen box of a substring of the first editor line whose text matches `lineText`. */
async function textBox(page, lineText, word) {
  const line = page.locator('.editor-instance .view-line').filter({ hasText: lineText }).first();
  await line.waitFor();
  const box = await line.evaluate((el, w) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent.indexOf(w);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + w.length);
      const b = r.getBoundingClientRect();
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    }
    return null;
  }, word);
  assert.ok(box, `'${word}' is rendered on the line matching ${lineText}`);
  return box;
}

/**
 * The text an extension decoration draws after (CSS ::after) something on the rendered line matching `lineText`,
 * if it contains `needle`; with the decoration's left edge and the right edge of the line's own text.
 */
async function lineFlag(page, lineText, needle) {
  return page.evaluate(({ source, flags, needle }) => {
    const re = new RegExp(source, flags);
    for (const line of document.querySelectorAll('.editor-instance .view-line')) {
      const text = line.textContent.replace(/\u00a0/g, ' ');
      for (const el of line.querySelectorAll('*')) {
        const c = getComputedStyle(el, '::after').content;
        if (!c || !c.includes(needle)) continue;
        if (!re.test(text.replace(c.replace(/^"|"$/g, ''), '').trimEnd())) continue;
        const code = [...line.querySelectorAll('span > span')].filter((s) => s !== el && s.textContent.trim() && !s.contains(el));
        return { line: text, flag: c, flagLeft: el.getBoundingClientRect().left, codeRight: Math.max(...code.map((s) => s.getBoundingClientRect().right)) };
      }
    }
    return null;
  }, { source: lineText.source, flags: lineText.flags, needle });
}

/** The webview frame (memory view, tag map) whose document contains `selector`; polls until it exists. */
async function webviewFrame(page, selector, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frame.evaluate((s) => !!document.querySelector(s), selector).catch(() => false)) return frame;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`no webview shows ${selector} within ${timeout} ms`);
}

/** The box of a webview frame in page coordinates (its outermost iframe element in the workbench). */
async function frameBox(frame) {
  let f = frame;
  while (f.parentFrame()?.parentFrame()) f = f.parentFrame();
  const element = await f.frameElement();
  return element.boundingBox();
}

/** Saves a screenshot (all of the page, or `clip` of it, kept inside the page) as `<dir>/<name>.png`. */
async function shot(page, ctx, name, clip) {
  const path = join(ctx.resultsDir, `${name}.png`);
  const v = page.viewportSize();
  const opts = { path };
  if (clip) {
    const x = Math.max(0, Math.floor(clip.x));
    const y = Math.max(0, Math.floor(clip.y));
    opts.clip = { x, y, width: Math.min(v.width - x, Math.ceil(clip.width)), height: Math.min(v.height - y, Math.ceil(clip.height)) };
  }
  await page.screenshot(opts);
  (ctx.mteScreenshots ??= new Map()).set(name, path);
  return path;
}

/**
 * A screenshot of a webview panel with room to show it whole: the window widened, the panel's editor group expanded
 * (double-click on its tab), `clip()` measured then; afterwards the layout is restored and the source editor focused.
 */
async function wideShot(page, ctx, name, tabTitle, clip) {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 1800, height: viewport.height });
  // A synthetic double-click: the floating debug toolbar may cover the tab.
  const tab = page.locator('.tabs-container .tab').filter({ hasText: tabTitle }).first();
  await tab.dispatchEvent('dblclick');
  await page.waitForTimeout(1500);
  try {
    await shot(page, ctx, name, await clip());
  } finally {
    await tab.dispatchEvent('dblclick');
    await page.setViewportSize(viewport);
    await focusEditor(page);
  }
}

/** Union of boxes, grown by `margin` pixels. */
function around(margin, ...boxes) {
  const x = Math.min(...boxes.map((b) => b.x)) - margin;
  const y = Math.min(...boxes.map((b) => b.y)) - margin;
  const right = Math.max(...boxes.map((b) => b.x + b.width)) + margin;
  const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + margin;
  return { x, y, width: right - x, height: bottom - y };
}

/** @param {{ page: import('playwright-core').Page, serverUrl: string, workspace: string, resultsDir: string }} ctx */
export function uiTests(ctx) {
  const { page } = ctx;
  const irgLine = lineOf(ctx.workspace, /^\s*irg\s+x19,\s*x0\b/);
  const storeLine = lineOf(ctx.workspace, /^\s*str\s+x1,\s*\[x19\]/);
  const faultLine = lineOf(ctx.workspace, /^\s*str\s+x1,\s*\[x19,\s*#16 \* 8\]/);
  /** What the run learns on the way, for later checks: x19 after IRG, the fault's tags and granule. */
  const seen = {};

  return [
    ['mte-fault.s: F9 and a click in the gutter set breakpoints', async () => {
      // The editor may come back scrolled anywhere (a restored view state): wait for its tab, not for some text.
      await openFile(ctx.page, FILE, /\S/);
      await page.locator('.tabs-container .tab.active').filter({ hasText: FILE }).first().waitFor();
      await page.locator('#status\\.editor\\.mode').filter({ hasText: 'AArch64 Assembly' }).waitFor({ timeout: 20_000 });
      await gotoLine(page, irgLine);
      await page.keyboard.press('F9');
      await clickGutter(page, storeLine);
      let lines = [];
      for (let i = 0; i < 40 && !(lines.includes(irgLine) && lines.includes(storeLine)); i++) {
        await page.waitForTimeout(250);
        lines = await breakpointLines(page);
      }
      assert.deepEqual(lines.sort((a, b) => a - b), [irgLine, storeLine], 'breakpoint glyphs on the IRG line (F9) and the first store (gutter click)');
    }, 120_000],

    ['F5 stops on entry, F5 again at the IRG breakpoint; F10 steps and the Variables view shows x19 changed', async () => {
      await focusEditor(page);
      await page.keyboard.press('F5');
      await page.locator('.debug-toolbar').waitFor({ timeout: 60_000 });
      await page.keyboard.press('Control+Shift+D');
      await page.locator('.pane-header').filter({ hasText: /call stack/i }).filter({ hasText: /paused on entry/i }).first().waitFor({ timeout: 60_000 });
      await focusEditor(page);
      await page.keyboard.press('F5');
      await waitForStop(page, irgLine, /paused on breakpoint/i);
      const before = await readVariable(page, 'x19');
      const x0 = await readVariable(page, 'x0');
      await focusEditor(page);
      await page.keyboard.press('F10');
      await waitForStop(page, irgLine + 1, /paused after step/i);
      // The Variables view refreshes after the stop; wait for x19 to show a new value.
      let after = before;
      for (let i = 0; i < 40 && after === before; i++) { await page.waitForTimeout(250); after = await readVariable(page, 'x19'); }
      assert.notEqual(after, before, `x19 changed over IRG (was ${before})`);
      // IRG x19, x0: the address of x0 with a random logical tag in bits 59:56; the tag 0 is excluded by the
      // program's prctl mask (0xfffe), so the tag is non-zero and the value differs from x0.
      const value = BigInt(after.split(/\s/)[0]);
      assert.equal(value & ADDRESS_MASK, BigInt(x0.split(/\s/)[0]) & ADDRESS_MASK, `x19 = ${after} keeps x0's address (${x0})`);
      const tag = Number((value >> 56n) & 0xfn);
      assert.notEqual(tag, 0, `IRG chose a tag other than the excluded 0: ${after}`);
      assert.match(after, new RegExp(`<tag 0x${tag.toString(16)}, memory 0x0: MISMATCH>`), 'the Variables view shows the new pointer\'s tag against its (still untagged-by-STG) memory');
      seen.logicalTag = tag;
      // Before anything faults, the lines that would access memory through x19 (whose granules STG has not
      // coloured yet) are flagged after their code with both tags.
      let predicted = null;
      for (let i = 0; i < 60 && !predicted; i++) {
        predicted = await lineFlag(page, /str\s+x1,\s*\[x19\]$/, 'this access will fault');
        if (!predicted) await page.waitForTimeout(250);
      }
      assert.ok(predicted, 'the first store through x19 is flagged as a coming tag mismatch');
      assert.match(predicted.flag, new RegExp(`x19 → logical tag 0x${tag.toString(16)}, memory 0x0`), `flag text: ${predicted.flag}`);
      assert.ok(predicted.flagLeft >= predicted.codeRight, `the flag is drawn after the code (${JSON.stringify(predicted)})`);
      // prctl(PR_SET_TAGGED_ADDR_CTRL, ... PR_MTE_TCF_SYNC ...) has run: the status bar says so.
      await page.locator('.statusbar-item').filter({ hasText: 'MTE: sync' }).first().waitFor({ timeout: 20_000 });
      await page.waitForTimeout(300);
      await shot(page, ctx, 'breakpoint-step');
    }, 180_000],

    ['hover on a pointer register shows its value, logical tag and allocation tag', async () => {
      await focusEditor(page);
      await page.keyboard.press('F5');
      await waitForStop(page, storeLine, /paused on breakpoint/i);
      await page.waitForTimeout(500); // The editor reveals the stopped line; let it settle before measuring.
      let word;
      const hoverX19 = async () => {
        word = await textBox(page, /str\s+x1,\s+\[x19\]$/, 'x19');
        await page.mouse.move(5, 400);
        await page.mouse.move(word.x + word.width / 2, word.y + word.height / 2, { steps: 4 });
      };
      // While stopped, VS Code usually shows the debugger's hover (the adapter's evaluate of x19): the value with both
      // tags. When the editor's hover wins the race it shows the extension's hover (checked below) straight away.
      const debugHover = page.locator('.debug-hover-widget:visible').filter({ hasText: /logical tag/ }).first();
      const languageHover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: /allocation tag/ }).first();
      for (let i = 0; i < 5; i++) {
        await hoverX19();
        if (await debugHover.or(languageHover).first().waitFor({ timeout: 5000 }).then(() => true, () => false)) break;
      }
      await debugHover.or(languageHover).first().waitFor({ timeout: 1000 });
      const tag = seen.logicalTag ?? 1;
      if (await debugHover.isVisible()) {
        const debugText = await debugHover.innerText();
        const shown = /^(0x[0-9a-f]+) <tag (0x[0-9a-f]+), memory (0x[0-9a-f]+)>/.exec(debugText);
        assert.ok(shown, `the debug hover starts with x19's value and its tags: ${debugText}`);
        assert.equal(Number((BigInt(shown[1]) >> 56n) & 0xfn), tag, `the value carries the logical tag IRG chose: ${shown[0]}`);
        assert.deepEqual([Number(shown[2]), Number(shown[3])], [tag, tag], `pointer and memory tags (STG coloured the granule): ${shown[0]}`);
        assert.match(debugText, new RegExp(`logical tag\\s*=\\s*0x${tag.toString(16)}\\b`), `debug hover names the logical tag: ${debugText}`);
        assert.match(debugText, new RegExp(`allocation tag\\s*=\\s*0x${tag.toString(16)}\\b`), `debug hover names the allocation tag: ${debugText}`);
      }
      // Holding Alt switches to the editor's language hover: the extension's own text with both tags and the verdict.
      await page.keyboard.down('Alt');
      try {
        const hover = languageHover;
        await hover.waitFor({ timeout: 10_000 });
        const text = await hover.innerText();
        assert.match(text, /x19 = 0x[0-9a-f]{16}/, `the hover shows x19's value: ${text}`);
        assert.match(text, new RegExp(`logical tag: 0x${tag.toString(16)}\\b`), `the hover shows the logical tag: ${text}`);
        assert.match(text, new RegExp(`allocation tag: 0x${tag.toString(16)}\\b.*match`), `the hover shows the allocation tag and that they match: ${text}`);
        const box = await hover.boundingBox();
        await shot(page, ctx, 'pointer-hover', around(12, box, word, { x: word.x - 160, y: word.y, width: 10, height: word.height }));
      } finally {
        await page.keyboard.up('Alt');
      }
      await page.mouse.move(5, 400);
      await page.keyboard.press('Escape');
    }, 120_000],

    ['F5 runs into the tag-check fault: Call Stack, exception, inline flag and Problems name both tags', async () => {
      await focusEditor(page);
      await page.keyboard.press('F5');
      await waitForStop(page, faultLine, /tag check fault/i);
      const header = await callStackHeader(page).innerText();
      assert.match(header, /Tag check fault \(synchronous\): logical tag 0x[1-9a-f], allocation tag 0x0/, `Call Stack header: ${header}`);
      const exception = page.locator('.exception-widget').first();
      await exception.waitFor({ timeout: 20_000 });
      assert.match(await exception.innerText(), /Exception has occurred: SIGSEGV \(SEGV_MTESERR\)/);
      const m = /logical tag (0x[0-9a-f]+), allocation tag (0x[0-9a-f]+)/.exec(header);
      seen.faultTags = { logical: m[1], allocation: m[2] };
      // The extension's decoration: its text is drawn after the faulting line (CSS generated content).
      const flagText = async () => page.evaluate(() => {
        for (const line of document.querySelectorAll('.editor-instance .view-line')) {
          for (const el of line.querySelectorAll('*')) {
            const c = getComputedStyle(el, '::after').content;
            if (c && c.includes('allocation tag')) return { line: line.textContent, flag: c };
          }
        }
        return null;
      });
      let flag = null;
      for (let i = 0; i < 80 && !flag; i++) { flag = await flagText(); if (!flag) await page.waitForTimeout(250); }
      assert.ok(flag, 'a decoration naming the allocation tag is drawn in the editor');
      assert.match(flag.line.replace(/\u00a0/g, ' '), /str\s+x1,\s*\[x19,\s*#16 \* 8\]/, `the flag is on the faulting line: ${JSON.stringify(flag)}`);
      assert.match(flag.flag, new RegExp(`logical tag ${m[1]}, allocation tag ${m[2]}`), `the flag names both tags: ${flag.flag}`);
      // The same as a diagnostic in the Problems view, on the faulting line.
      await page.keyboard.press('Control+Shift+M');
      const problem = page.locator('.markers-panel .monaco-list-row').filter({ hasText: new RegExp(`logical tag ${m[1]}, allocation tag ${m[2]}`) }).first();
      await problem.waitFor({ timeout: 20_000 });
      assert.match(await problem.innerText(), new RegExp(`Ln ${faultLine}\\b`), 'the problem is on the faulting line');
      // The granule of the fault, for the memory view and the tag map.
      const g = /granule (0x[0-9a-f]+)/.exec(await problem.innerText());
      assert.ok(g, 'the problem names the granule');
      seen.granule = BigInt(g[1]);
      await page.waitForTimeout(300);
      await shot(page, ctx, 'tag-check-fault');
    }, 120_000],

    ['the Tagged Memory view opened from the fault notification colours tags and outlines the faulting granule', async () => {
      assert.ok(seen.granule !== undefined, 'the previous test stopped at the fault');
      // Room for the view: hide the panel (Problems) and the side bar.
      await focusEditor(page);
      await page.keyboard.press('Control+J');
      await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
      // The fault's notification offers the view. Its toast may already have timed out: then it is in the
      // notification centre.
      const toastButton = page.locator('.notifications-toasts .monaco-button').filter({ hasText: 'Show Tagged Memory' }).first();
      if (await toastButton.isVisible()) await toastButton.click();
      else {
        await runCommand(page, 'Notifications: Show Notifications');
        await page.locator('.notifications-center .notification-list-item').filter({ hasText: /Tag check fault/ }).first().waitFor({ timeout: 10_000 });
        // Not asserted (the debug adapter's to fix): error notifications from requests that raced a step.
        const errors = await page.locator('.notifications-center .notification-list-item').filter({ has: page.locator('.codicon-error') }).allInnerTexts();
        if (errors.length) console.log(`       note: error notifications during the session: ${errors.map((e) => e.split('\n')[0]).join(' | ')}`);
        await page.locator('.notifications-center .monaco-button').filter({ hasText: 'Show Tagged Memory' }).first().click();
        // Close the centre again (its header's "Hide Notifications" action), so that it does not cover the view.
        await page.locator('.notifications-center-header .action-label[aria-label*="Hide Notifications"]').first().click({ timeout: 5000 })
          .catch(() => page.keyboard.press('Escape'));
        await page.locator('.notifications-center.visible').waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
      }
      const frame = await webviewFrame(page, '.grid[aria-label="Tagged memory"] .row.fault');
      const view = await frame.evaluate(() => {
        const rows = [...document.querySelectorAll('.grid .row[data-address]')];
        return rows.map((r) => ({
          address: r.dataset.address, tag: r.querySelector('.tag')?.textContent, fault: r.classList.contains('fault'),
          background: getComputedStyle(r).backgroundColor, border: getComputedStyle(r).borderTopWidth + ' ' + getComputedStyle(r).borderTopColor,
          marks: r.querySelector('.marks')?.textContent ?? '',
        }));
      });
      const faults = view.filter((r) => r.fault);
      assert.equal(faults.length, 1, 'exactly one granule is marked as the fault');
      const fault = faults[0];
      assert.equal(BigInt(fault.address), seen.granule, `the faulting granule is the one the fault names (${seen.granule.toString(16)})`);
      assert.equal(`0x${fault.tag}`, seen.faultTags.allocation, 'the faulting granule shows the allocation tag of the fault');
      assert.match(fault.marks, new RegExp(`logical tag ${seen.faultTags.logical}, allocation tag ${seen.faultTags.allocation}`), `fault mark: ${fault.marks}`);
      // The granules before it are the coloured buffer: the logical tag of the pointer, another colour.
      const before = view.filter((r) => BigInt(r.address) < seen.granule);
      assert.ok(before.length > 0 && before.every((r) => `0x${r.tag}` === seen.faultTags.logical), `the granules before the fault carry the pointer's tag: ${before.map((r) => r.tag).join(',')}`);
      const colours = new Set(view.map((r) => r.background));
      assert.ok(colours.size >= 2, `tags are drawn in different colours: ${[...colours].join(' ')}`);
      assert.notEqual(before.at(-1).background, fault.background, 'the buffer and the faulting granule have different colours');
      const plain = view.find((r) => !r.fault);
      assert.notEqual(fault.border, plain.border, `the faulting granule is outlined (${fault.border} vs ${plain.border})`);
      // Give the whole width to the view for its screenshot, then restore the layout.
      await wideShot(page, ctx, 'memory-view', 'Tagged Memory', async () => frameBox(frame));
      await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
    }, 120_000],

    ['the Tag Map draws the PROT_MTE page, one cell per granule, with the fault marked', async () => {
      assert.ok(seen.granule !== undefined, 'the fault was reached');
      await runCommand(page, 'AArch64 MTE: Open Tag Map');
      const frame = await webviewFrame(page, '.regions canvas');
      await frame.locator('.status').filter({ hasText: /fault at/ }).waitFor({ timeout: 20_000 });
      const status = await frame.locator('.status').innerText();
      const heading = await frame.locator('.region h3').first().innerText();
      // mmap(PAGE_SIZE, PROT_MTE): one page of 4096 bytes, 256 granules.
      assert.match(heading, /\(256 granules\)/, `region heading: ${heading}`);
      assert.match(status, /1 tagged region\(s\), 256 granules — fault at 0x/, `status: ${status}`);
      const pixels = await frame.evaluate(async ({ granule }) => {
        const { CELL, COLUMNS } = { CELL: 12, COLUMNS: 64 }; // extension/webview/tagMapLayout.ts
        const canvas = document.querySelector('.regions canvas');
        const g = canvas.getContext('2d');
        const start = BigInt(canvas.dataset.start);
        const index = Number((BigInt(granule) - start) / 16n);
        const at = (i, dx, dy) => [...g.getImageData((i % COLUMNS) * CELL + dx, Math.floor(i / COLUMNS) * CELL + dy, 1, 1).data].join(',');
        const centres = new Set();
        for (let i = 0; i < 256; i++) centres.add(at(i, CELL / 2, CELL / 2));
        return {
          index, width: canvas.width, height: canvas.height, distinct: [...centres],
          first: at(0, CELL / 2, CELL / 2), beforeFault: at(index - 1, CELL / 2, CELL / 2), faultCentre: at(index, CELL / 2, CELL / 2),
          faultEdge: at(index, 1, CELL / 2), last: at(255, CELL / 2, CELL / 2),
        };
      }, { granule: `0x${seen.granule.toString(16)}` });
      assert.equal(pixels.width, 64 * 12, 'one line of 64 cells of 12 pixels');
      assert.equal(pixels.height, 4 * 12, '256 granules make 4 lines');
      assert.ok(pixels.index > 0 && pixels.index < 256, `the fault lies in the region (cell ${pixels.index})`);
      assert.ok(pixels.distinct.length >= 2, `cells have different colours: ${pixels.distinct.join(' ')}`);
      assert.equal(pixels.beforeFault, pixels.first, 'the coloured buffer is one block of one colour up to the fault');
      assert.notEqual(pixels.faultCentre, pixels.beforeFault, 'the faulting granule has another tag colour than the buffer');
      assert.equal(pixels.faultCentre, pixels.last, 'the faulting granule has the colour of the rest of the page (tag 0)');
      assert.equal(pixels.faultEdge, '255,0,0,255', 'the faulting cell is outlined in red');
      await focusEditor(page);
      await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
      await wideShot(page, ctx, 'tag-map', 'Tag Map', async () => {
        // The status line and the heading are full-width blocks: crop to the canvas's width.
        const status = await frame.locator('.status').boundingBox();
        const canvas = await frame.locator('.regions canvas').first().boundingBox();
        return { x: canvas.x - 8, y: status.y - 4, width: canvas.width + 16, height: canvas.y + canvas.height - status.y + 12 };
      });
      await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
    }, 120_000],

    ['Shift+F5 ends the mte-fault.s session', async () => {
      assert.ok(await page.locator('.debug-toolbar').isVisible(), 'the mte-fault.s session is still running');
      await page.keyboard.press('Shift+F5');
      await page.locator('.debug-toolbar').waitFor({ state: 'hidden', timeout: 30_000 });
      await runCommand(page, 'Remove All Breakpoints');
      await runCommand(page, 'View: Close All Editors');
      if (process.argv.includes('--update-screenshots') && ctx.mteScreenshots) {
        mkdirSync(join(root, 'docs', 'screenshots'), { recursive: true });
        for (const [name, path] of ctx.mteScreenshots) copyFileSync(path, join(root, 'docs', 'screenshots', `${name}.png`));
        console.log(`e2e: copied ${[...ctx.mteScreenshots.keys()].map((n) => `${n}.png`).join(', ')} to docs/screenshots/`);
      }
    }, 120_000],
  ];
}
