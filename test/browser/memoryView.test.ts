// The tagged memory view in headless Chromium, without VS Code: rendering of tags, untagged memory, the fault and
// pointer marks; keyboard navigation and editing of bytes and tags; jumping and scrolling; no network access.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, openWebview } from './webviewPage.js';
import type { MemoryContents } from '../../extension/webview/protocol.js';

const shots = join(__dirname, '..', '..', 'test-results', 'webview');
let browser: Browser;
before(async () => { browser = await launchBrowser(); mkdirSync(shots, { recursive: true }); });
after(async () => { await browser?.close(); });

/** 6 granules: tags 3,3,3,0 then untagged twice; the fault in granule 3; x0 fine, x1 mismatched. */
const contents: MemoryContents = {
  type: 'memory',
  address: '0xffff80001000',
  length: 96,
  bytes: Array.from({ length: 80 }, (_, i) => (i === 0 ? 0x41 : i).toString(16).padStart(2, '0')).join(''),
  tags: [3, 3, 3, 0, null, null],
  fault: { granule: '0xffff80001030', address: '0x0300ffff80001030', logicalTag: 3, allocationTag: 0, access: 'write', mode: 'sync' },
  pointers: [
    { name: 'x0', address: '0xffff80001000', logicalTag: 3, allocationTag: 3 },
    { name: 'x1', address: '0xffff80001034', logicalTag: 3, allocationTag: 0 },
  ],
};

test('rows show one allocation tag per granule, coloured per tag, untagged hatched, fault and mismatch marked', async () => {
  const view = await openWebview(browser, 'memoryView');
  assert.deepEqual(await view.posted(), [{ type: 'ready' }]);
  await view.send(contents);
  const rows = await view.page.$$eval('.row:not(.header)', (els) => els.map((e) => ({
    address: e.getAttribute('data-address'), tag: e.querySelector('.tag')!.textContent, classes: e.className,
    background: getComputedStyle(e).backgroundColor, marks: e.querySelector('.marks')!.textContent, ascii: e.querySelector('.ascii')!.textContent,
  })));
  assert.equal(rows.length, 6);
  assert.deepEqual(rows.map((r) => r.tag), ['3', '3', '3', '0', '–', '–']);
  assert.equal(rows[0]!.address, '0xffff80001000');
  assert.equal(rows[0]!.background, rows[1]!.background, 'same tag, same colour');
  assert.notEqual(rows[0]!.background, rows[3]!.background, 'different tags, different colours');
  assert.match(rows[4]!.classes, /untagged/);
  assert.match(rows[3]!.classes, /fault/);
  assert.match(rows[3]!.classes, /mismatch/);
  assert.match(rows[3]!.marks!, /tag-check fault: write of 0x0300ffff80001030, logical tag 0x3, allocation tag 0x0/);
  assert.match(rows[3]!.marks!, /x1 ≠/);
  assert.match(rows[0]!.marks!, /← x0/);
  assert.doesNotMatch(rows[0]!.classes, /mismatch/);
  assert.equal(rows[0]!.ascii![0], 'A');
  // Rows are children 2.. of the grid (after the header); the 6th granule lies past the 80 readable bytes.
  assert.match(await view.page.$eval('.row:not(.header):nth-child(7) .byte', (e) => e.className), /unreadable/);
  assert.doesNotMatch(await view.page.$eval('.row:not(.header):nth-child(6) .byte', (e) => e.className), /unreadable/);
  // All 16 tag colours in the legend are distinct.
  const chips = await view.page.$$eval('.legend .chip:not(.untagged)', (els) => els.map((e) => getComputedStyle(e).backgroundColor));
  assert.equal(new Set(chips).size, 16);
  await view.page.screenshot({ path: join(shots, 'memory-view-light.png') });
  assert.deepEqual(view.externalRequests, []);
  await view.page.close();
});

test('dark theme uses the dark palette', async () => {
  const light = await openWebview(browser, 'memoryView', 'vscode-light');
  const dark = await openWebview(browser, 'memoryView', 'vscode-dark');
  await light.send(contents);
  await dark.send(contents);
  const colour = (v: typeof light) => v.page.$eval('.row[data-tag="3"]', (e) => getComputedStyle(e).backgroundColor);
  assert.notEqual(await colour(light), await colour(dark));
  await dark.page.screenshot({ path: join(shots, 'memory-view-dark.png') });
  await light.page.close();
  await dark.page.close();
});

test('keyboard: move, edit a byte, edit a tag, cancel, and reject bad input', async () => {
  const view = await openWebview(browser, 'memoryView');
  await view.send(contents);
  const { page } = view;
  // The cursor starts on the faulting granule.
  assert.equal(await page.$eval('.cursor', (e) => e.closest('.row')!.getAttribute('data-address')), '0xffff80001030');
  await page.focus('.grid');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('ab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Home');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  // A bad byte is refused with a message; an unchanged value writes nothing; Escape cancels.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('1z');
  await page.keyboard.press('Enter');
  assert.match(await page.$eval('.status', (e) => e.textContent ?? ''), /'1z' is not a byte/);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('5');
  await page.keyboard.press('Escape');
  const posted = (await view.posted()).slice(1);
  assert.deepEqual(posted, [
    { type: 'writeMemory', address: '0xffff80001021', bytes: 'ab' },
    { type: 'writeTags', address: '0xffff80001020', tags: [7] },
  ]);
  await page.close();
});

test('untagged memory refuses a tag edit with a message', async () => {
  const view = await openWebview(browser, 'memoryView');
  await view.send(contents);
  await view.page.click('.row:not(.header):nth-child(6) .tag');
  await view.page.keyboard.press('Enter');
  assert.match(await view.page.$eval('.status', (e) => e.textContent ?? ''), /Untagged memory has no allocation tag/);
  assert.equal((await view.posted()).length, 1);
  await view.page.close();
});

test('jump to an expression, and scroll for more memory', async () => {
  const view = await openWebview(browser, 'memoryView');
  await view.send(contents);
  await view.page.keyboard.press('Control+g');
  await view.page.keyboard.type('x1+16');
  await view.page.keyboard.press('Enter');
  await view.page.click('button[title="Show later memory"]');
  await view.page.click('button[title="Show earlier memory"]');
  const posted = (await view.posted()).slice(1);
  assert.deepEqual(posted, [
    { type: 'goto', expression: 'x1+16' },
    { type: 'requestRange', address: '0xffff80001030', length: 96 },
    { type: 'requestRange', address: '0xffff80000fd0', length: 96 },
  ]);
  await view.send({ type: 'error', message: "cannot evaluate 'x99'" });
  assert.equal(await view.page.$eval('.status', (e) => e.textContent), "cannot evaluate 'x99'");
  await view.page.close();
});

test('a running session greys the view and disables editing', async () => {
  const view = await openWebview(browser, 'memoryView');
  await view.send({ ...contents, running: true });
  assert.match(await view.page.$eval('.grid', (e) => e.className), /running/);
  await view.page.focus('.grid');
  await view.page.keyboard.type('1');
  await view.page.keyboard.press('Enter');
  assert.equal((await view.posted()).length, 1);
  await view.page.close();
});
