// The tag map (webview script, bundled to dist/webview/tagMap.js): every PROT_MTE region drawn as a grid of
// cells, one per 16-byte granule, coloured by allocation tag, so allocations show as blocks of one colour and the
// faulting granule stands out (outlined). Click a cell, or move with the arrow keys and press Enter, to open the
// memory view at that granule.

import type { HostToView, TagMapContents, TagMapRegion } from './protocol.js';
import { tagColor } from './tagColors.js';
import { CELL, COLUMNS } from './tagMapLayout.js';
import { element, themeKind, vscodeApi } from './vscodeApi.js';


const api = vscodeApi<Record<string, never>>();
const status = element('div', { class: 'status', 'aria-live': 'polite' });
const container = element('div', { class: 'regions' });
document.body.append(element('div', { class: 'toolbar' }), status, container);
status.textContent = 'Waiting for a stopped debug session…';

function granuleAddress(region: TagMapRegion, index: number): bigint {
  return BigInt(region.start) + BigInt(index * 16);
}

function draw(canvas: HTMLCanvasElement, region: TagMapRegion, contents: TagMapContents, cursor: number): void {
  const theme = themeKind();
  const lines = Math.max(1, Math.ceil(region.tags.length / COLUMNS));
  canvas.width = COLUMNS * CELL;
  canvas.height = lines * CELL;
  const g = canvas.getContext('2d');
  if (!g) return;
  const style = getComputedStyle(document.body);
  g.fillStyle = style.getPropertyValue('--vscode-editorWidget-border').trim() || '#8884';
  g.fillRect(0, 0, canvas.width, canvas.height);
  region.tags.forEach((tag, i) => {
    const x = (i % COLUMNS) * CELL;
    const y = Math.floor(i / COLUMNS) * CELL;
    g.fillStyle = tag === null ? 'transparent' : tagColor(tag, theme);
    if (tag !== null) g.fillRect(x, y, CELL, CELL);
  });
  const start = BigInt(region.start);
  // Outlines: the fault and pointers on the cell's edge, the keyboard cursor inside it, so both stay visible.
  const mark = (address: string, color: string, width: number, inset = 0) => {
    const a = BigInt(address) & ~0xfn;
    if (a < start || a >= BigInt(region.end)) return;
    const i = Number((a - start) / 16n);
    g.strokeStyle = color;
    g.lineWidth = width;
    const o = inset + width / 2;
    g.strokeRect((i % COLUMNS) * CELL + o, Math.floor(i / COLUMNS) * CELL + o, CELL - 2 * o, CELL - 2 * o);
  };
  for (const p of contents.pointers) mark(p.address, style.getPropertyValue('--vscode-foreground').trim() || '#000', 1);
  if (contents.fault) mark(contents.fault.granule, '#ff0000', 2);
  if (cursor >= 0) mark(`0x${granuleAddress(region, cursor).toString(16)}`, style.getPropertyValue('--vscode-focusBorder').trim() || '#007fd4', 1, 2);
}

function describe(region: TagMapRegion, index: number, contents: TagMapContents): string {
  const address = granuleAddress(region, index);
  const tag = region.tags[index];
  const parts = [`0x${address.toString(16)}: ${tag === null || tag === undefined ? 'untagged' : `tag 0x${tag.toString(16)}`}`];
  if (contents.fault && (BigInt(contents.fault.granule) & ~0xfn) === address) parts.push('tag-check fault here');
  for (const p of contents.pointers) if ((BigInt(p.address) & ~0xfn) === address) parts.push(`${p.name} points here (logical tag 0x${p.logicalTag.toString(16)})`);
  return parts.join('; ');
}

function render(contents: TagMapContents): void {
  container.replaceChildren();
  if (contents.regions.length === 0) {
    container.append(element('div', { class: 'empty' }, 'No PROT_MTE memory is mapped.'));
    status.textContent = '';
    return;
  }
  const granules = contents.regions.reduce((n, r) => n + r.tags.length, 0);
  status.textContent = `${contents.regions.length} tagged region(s), ${granules} granules${contents.fault ? ` — fault at ${contents.fault.address}` : ''}`;
  for (const region of contents.regions) {
    const box = element('div', { class: 'region' });
    box.append(element('h3', {}, `${region.name || 'anonymous'}  ${region.start}–${region.end}  (${region.tags.length} granules)`));
    const canvas = element('canvas', { tabindex: '0', role: 'img', 'aria-label': `Allocation tags of ${region.start}–${region.end}`, 'data-start': region.start });
    let cursor = -1;
    const faultIndex = contents.fault ? Number(((BigInt(contents.fault.granule) & ~0xfn) - BigInt(region.start)) / 16n) : -1;
    if (faultIndex >= 0 && faultIndex < region.tags.length) cursor = faultIndex;
    draw(canvas, region, contents, cursor);
    const indexAt = (e: MouseEvent) => {
      const rect = canvas.getBoundingClientRect();
      const i = Math.floor((e.clientY - rect.top) / CELL) * COLUMNS + Math.floor((e.clientX - rect.left) / CELL);
      return i >= 0 && i < region.tags.length ? i : -1;
    };
    const open = (i: number) => api.postMessage({ type: 'openMemory', address: `0x${granuleAddress(region, i).toString(16)}` });
    canvas.addEventListener('mousemove', (e) => { const i = indexAt(e); canvas.title = i >= 0 ? describe(region, i, contents) : ''; });
    canvas.addEventListener('click', (e) => { const i = indexAt(e); if (i >= 0) { cursor = i; draw(canvas, region, contents, cursor); open(i); } });
    canvas.addEventListener('keydown', (e) => {
      const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: COLUMNS, ArrowUp: -COLUMNS };
      if (e.key in moves) {
        cursor = Math.min(region.tags.length - 1, Math.max(0, (cursor < 0 ? 0 : cursor) + moves[e.key]!));
        draw(canvas, region, contents, cursor);
        status.textContent = describe(region, cursor, contents);
        e.preventDefault();
      } else if (e.key === 'Enter' && cursor >= 0) {
        open(cursor);
        e.preventDefault();
      }
    });
    box.append(canvas);
    container.append(box);
  }
}

window.addEventListener('message', (event: MessageEvent<HostToView>) => {
  const message = event.data;
  if (message.type === 'tagMap') render(message);
  else if (message.type === 'error') status.textContent = message.message;
});
api.postMessage({ type: 'ready' });
