// The tag map in headless Chromium, without VS Code: one cell per granule coloured by tag, the fault outlined,
// click and keyboard open the memory view at the right granule.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, openWebview } from './webviewPage.js';
import { CELL, COLUMNS } from '../../extension/webview/tagMapLayout.js';
import type { TagMapContents } from '../../extension/webview/protocol.js';

const shots = join(__dirname, '..', '..', 'test-results', 'webview');
let browser: Browser;
before(async () => { browser = await launchBrowser(); mkdirSync(shots, { recursive: true }); });
after(async () => { await browser?.close(); });

// 256 granules (one 4 KiB page): allocations of tags 5 (granules 0-9), 0 (10-19), 0xa (20-23); the fault in 21.
const tags = Array.from({ length: 256 }, (_, i) => (i < 10 ? 5 : i >= 20 && i < 24 ? 0xa : 0));
const contents: TagMapContents = {
  type: 'tagMap',
  regions: [{ start: '0xffff80000000', end: '0xffff80001000', name: '', tags }],
  fault: { granule: '0xffff80000150', address: '0x0b00ffff80000150', logicalTag: 0xb, allocationTag: 0xa, access: 'read', mode: 'sync' },
  pointers: [{ name: 'x0', address: '0xffff80000000', logicalTag: 5, allocationTag: 5 }],
};

const pixel = (x: number, y: number) => `(() => { const c = document.querySelector('canvas'); const d = c.getContext('2d').getImageData(${x}, ${y}, 1, 1).data; return [d[0], d[1], d[2], d[3]]; })()`;

test('cells are coloured by tag and the fault is outlined', async () => {
  const view = await openWebview(browser, 'tagMap');
  await view.send(contents);
  const { page } = view;
  const size = await page.$eval('canvas', (c) => [(c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height]);
  assert.deepEqual(size, [COLUMNS * CELL, Math.ceil(256 / COLUMNS) * CELL]);
  const centre = (i: number) => [(i % COLUMNS) * CELL + CELL / 2, Math.floor(i / COLUMNS) * CELL + CELL / 2] as const;
  const at = async (i: number) => page.evaluate(pixel(...centre(i))) as Promise<number[]>;
  const [g2, g7, g12, g22] = [await at(2), await at(7), await at(12), await at(22)];
  assert.deepEqual(g2, g7, 'one allocation, one colour');
  assert.notDeepEqual(g2, g12);
  assert.notDeepEqual(g12, g22);
  // The fault (granule 21) has a red outline: its corner pixel is red, its neighbour's is not.
  const corner = async (i: number) => page.evaluate(pixel((i % COLUMNS) * CELL + 1, Math.floor(i / COLUMNS) * CELL + 1)) as Promise<number[]>;
  const red = await corner(21);
  assert.ok(red[0]! > 200 && red[1]! < 60 && red[2]! < 60, `fault outline ${red}`);
  assert.notDeepEqual(await corner(22), red);
  assert.match(await page.$eval('.status', (e) => e.textContent ?? ''), /1 tagged region\(s\), 256 granules — fault at 0x0b00ffff80000150/);
  await page.screenshot({ path: join(shots, 'tag-map.png') });
  assert.deepEqual(view.externalRequests, []);
  await page.close();
});

test('click and keyboard open the memory view at the granule', async () => {
  const view = await openWebview(browser, 'tagMap');
  await view.send(contents);
  const box = (await view.page.$('canvas'))!;
  await box.click({ position: { x: 3 * CELL + 2, y: 1 * CELL + 2 } }); // granule 67
  await view.page.keyboard.press('ArrowRight');
  await view.page.keyboard.press('ArrowDown');
  await view.page.keyboard.press('Enter');
  const posted = (await view.posted()).slice(1);
  assert.deepEqual(posted, [
    { type: 'openMemory', address: `0x${(0xffff80000000 + 67 * 16).toString(16)}` },
    { type: 'openMemory', address: `0x${(0xffff80000000 + (68 + COLUMNS) * 16).toString(16)}` },
  ]);
  await view.page.close();
});

test('no tagged memory says so', async () => {
  const view = await openWebview(browser, 'tagMap');
  await view.send({ type: 'tagMap', regions: [], pointers: [] });
  assert.equal(await view.page.$eval('.empty', (e) => e.textContent), 'No PROT_MTE memory is mapped.');
  await view.page.close();
});
