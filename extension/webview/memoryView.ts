// The tagged memory view (webview script, bundled to dist/webview/memoryView.js): memory as hex and ASCII with
// one row per 16-byte granule, each row coloured by its allocation tag, untagged memory hatched, the faulting
// granule outlined, registers that point into a granule named on its row, and mismatched pointers flagged.
// Keyboard: arrows/Home/End/PageUp/PageDown move, Enter or a hex digit edits a byte or a tag, Escape cancels,
// Ctrl+G jumps to an address or expression. All data comes from the extension through messages.

import type { HostToView, MemoryContents } from './protocol.js';
import { buildRows, bytesToHex, describeRow, formatAddress, GRANULE, parseByte, parseTag, type MemoryRow } from './memoryModel.js';
import { hexTag, tagColor, tagTextColor } from './tagColors.js';
import { element, themeKind, vscodeApi } from './vscodeApi.js';

interface ViewState { expression?: string }

/** Column -1 is the tag; 0..15 are the bytes. */
interface Cursor { row: number; column: number }

const api = vscodeApi<ViewState>();
let contents: MemoryContents | undefined;
let rows: MemoryRow[] = [];
let cursor: Cursor = { row: 0, column: 0 };
let editing: HTMLInputElement | undefined;

const toolbar = element('div', { class: 'toolbar', role: 'toolbar' });
const gotoInput = element('input', { type: 'text', class: 'goto', placeholder: 'Address or expression (x0, sp+16, 0x4000)', 'aria-label': 'Address or expression' });
const gotoButton = element('button', { type: 'button' }, 'Go');
const earlierButton = element('button', { type: 'button', title: 'Show earlier memory' }, '▲');
const laterButton = element('button', { type: 'button', title: 'Show later memory' }, '▼');
const status = element('span', { class: 'status', 'aria-live': 'polite' });
toolbar.append(gotoInput, gotoButton, earlierButton, laterButton, status);
const grid = element('div', { class: 'grid', role: 'grid', tabindex: '0', 'aria-label': 'Tagged memory' });
const legend = element('div', { class: 'legend' });
document.body.append(toolbar, legend, grid);

function render(): void {
  const theme = themeKind();
  grid.replaceChildren();
  const header = element('div', { class: 'row header', role: 'row' });
  header.append(element('span', { class: 'address', role: 'columnheader' }, 'address'), element('span', { class: 'tag', role: 'columnheader' }, 'tag'));
  for (let i = 0; i < GRANULE; i++) header.append(element('span', { class: 'byte', role: 'columnheader' }, i.toString(16).padStart(2, '0')));
  header.append(element('span', { class: 'ascii', role: 'columnheader' }, 'ascii'), element('span', { class: 'marks', role: 'columnheader' }, ''));
  grid.append(header);
  rows.forEach((row, r) => {
    const line = element('div', { class: 'row', role: 'row', 'data-address': row.addressText, title: describeRow(row) });
    if (row.tag === null) line.classList.add('untagged');
    else {
      line.style.setProperty('--tag-color', tagColor(row.tag, theme));
      line.style.setProperty('--tag-text', tagTextColor(theme));
      line.dataset['tag'] = row.tag.toString(16);
    }
    if (row.isFault) line.classList.add('fault');
    if (row.mismatches.length) line.classList.add('mismatch');
    line.append(element('span', { class: 'address', role: 'rowheader' }, row.addressText));
    const tag = element('span', { class: 'tag', role: 'gridcell', 'data-row': String(r), 'data-column': '-1' }, hexTag(row.tag));
    line.append(tag);
    row.bytes.forEach((b, i) => {
      line.append(element('span', { class: b === null ? 'byte unreadable' : 'byte', role: 'gridcell', 'data-row': String(r), 'data-column': String(i) }, b === null ? '??' : b.toString(16).padStart(2, '0')));
    });
    line.append(element('span', { class: 'ascii' }, row.ascii));
    const marks = element('span', { class: 'marks' });
    if (row.isFault && contents?.fault) {
      const f = contents.fault;
      marks.append(element('span', { class: 'mark fault-mark' }, `⚡ tag-check fault: ${f.access} of ${f.address}, logical tag 0x${f.logicalTag.toString(16)}, allocation tag 0x${f.allocationTag.toString(16)}`));
    }
    for (const p of row.pointers) {
      const mismatch = row.mismatches.includes(p);
      marks.append(element('span', { class: mismatch ? 'mark pointer mismatch-mark' : 'mark pointer' }, mismatch ? `${p.name} ≠ (ptr 0x${p.logicalTag.toString(16)})` : `← ${p.name}`));
    }
    line.append(marks);
    grid.append(line);
  });
  renderLegend(theme);
  highlightCursor();
}

function renderLegend(theme: 'light' | 'dark'): void {
  legend.replaceChildren(element('span', {}, 'tags:'));
  for (let t = 0; t < 16; t++) {
    const chip = element('span', { class: 'chip' }, t.toString(16));
    chip.style.background = tagColor(t, theme);
    chip.style.color = tagTextColor(theme);
    legend.append(chip);
  }
  legend.append(element('span', { class: 'chip untagged' }, 'untagged'));
}

function cellAt(c: Cursor): HTMLElement | null {
  return grid.querySelector(`[data-row="${c.row}"][data-column="${c.column}"]`);
}

function highlightCursor(): void {
  grid.querySelectorAll('.cursor').forEach((e) => e.classList.remove('cursor'));
  const cell = cellAt(cursor);
  if (!cell) return;
  cell.classList.add('cursor');
  grid.setAttribute('aria-activedescendant', '');
  cell.scrollIntoView?.({ block: 'nearest' });
  status.textContent = rows[cursor.row] ? `${formatAddress(rows[cursor.row]!.address + BigInt(Math.max(0, cursor.column)))}` : '';
}

function moveCursor(rowDelta: number, columnDelta: number): void {
  if (!rows.length) return;
  let row = cursor.row + rowDelta;
  let column = cursor.column + columnDelta;
  if (column > GRANULE - 1) { column = -1; row++; }
  if (column < -1) { column = GRANULE - 1; row--; }
  if (row < 0) { requestShift(-1); return; }
  if (row >= rows.length) { requestShift(1); return; }
  cursor = { row, column };
  highlightCursor();
}

function requestShift(direction: -1 | 1): void {
  if (!contents) return;
  const start = BigInt(contents.address);
  const half = BigInt(Math.max(GRANULE, Math.floor(contents.length / 2 / GRANULE) * GRANULE));
  const next = direction < 0 ? (start > half ? start - half : 0n) : start + half;
  api.postMessage({ type: 'requestRange', address: `0x${next.toString(16)}`, length: contents.length });
}

function startEdit(initial?: string): void {
  if (contents?.running || editing) return;
  const cell = cellAt(cursor);
  const row = rows[cursor.row];
  if (!cell || !row) return;
  if (cursor.column === -1 && row.tag === null) { status.textContent = 'Untagged memory has no allocation tag to edit'; return; }
  if (cursor.column >= 0 && row.bytes[cursor.column] === null) { status.textContent = 'Unreadable memory cannot be edited'; return; }
  const input = element('input', { class: 'edit', maxlength: cursor.column === -1 ? '1' : '2', 'aria-label': cursor.column === -1 ? 'New allocation tag' : 'New byte value' });
  input.value = initial ?? cell.textContent ?? '';
  cell.textContent = '';
  cell.append(input);
  editing = input;
  input.focus();
  if (initial === undefined) input.select();
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { e.preventDefault(); commitEdit(); }
    else if (e.key === 'Escape') { e.preventDefault(); cancelEdit(); }
    e.stopPropagation();
  });
  input.addEventListener('blur', () => { if (editing === input) cancelEdit(); });
}

function commitEdit(): void {
  const input = editing;
  const row = rows[cursor.row];
  if (!input || !row) return;
  editing = undefined;
  const unchanged = cursor.column === -1 ? parseTag(input.value) === row.tag : parseByte(input.value) === row.bytes[cursor.column];
  if (unchanged) { render(); grid.focus(); return; }
  if (cursor.column === -1) {
    const tag = parseTag(input.value);
    if (tag === undefined) { render(); grid.focus(); status.textContent = `'${input.value}' is not a tag (0-f)`; return; }
    api.postMessage({ type: 'writeTags', address: row.addressText, tags: [tag] });
  } else {
    const b = parseByte(input.value);
    if (b === undefined) { render(); grid.focus(); status.textContent = `'${input.value}' is not a byte (00-ff)`; return; }
    api.postMessage({ type: 'writeMemory', address: formatAddress(row.address + BigInt(cursor.column)), bytes: bytesToHex([b]) });
  }
  status.textContent = 'Writing…';
  grid.focus();
}

function cancelEdit(): void {
  editing = undefined;
  render();
  grid.focus();
}

grid.addEventListener('keydown', (e) => {
  if (editing) return;
  const page = Math.max(1, Math.floor(grid.clientHeight / 20) - 1);
  switch (e.key) {
    case 'ArrowRight': moveCursor(0, 1); break;
    case 'ArrowLeft': moveCursor(0, -1); break;
    case 'ArrowDown': moveCursor(1, 0); break;
    case 'ArrowUp': moveCursor(-1, 0); break;
    case 'PageDown': moveCursor(Math.min(page, rows.length - 1 - cursor.row) || 1, 0); break;
    case 'PageUp': moveCursor(-Math.min(page, cursor.row) || -1, 0); break;
    case 'Home': cursor = { row: cursor.row, column: -1 }; highlightCursor(); break;
    case 'End': cursor = { row: cursor.row, column: GRANULE - 1 }; highlightCursor(); break;
    case 'Enter': case 'F2': startEdit(); break;
    default:
      if (/^[0-9a-fA-F]$/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) { startEdit(e.key); break; }
      return;
  }
  e.preventDefault();
});

grid.addEventListener('click', (e) => {
  const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-row]');
  if (!cell) return;
  cursor = { row: Number(cell.dataset['row']), column: Number(cell.dataset['column']) };
  highlightCursor();
  grid.focus();
});
grid.addEventListener('dblclick', () => startEdit());
grid.addEventListener('scroll', () => {
  if (grid.scrollTop + grid.clientHeight >= grid.scrollHeight - 2 && rows.length) requestShift(1);
});

function go(): void {
  const expression = gotoInput.value.trim();
  if (!expression) return;
  api.setState({ expression });
  api.postMessage({ type: 'goto', expression });
}
document.addEventListener('keydown', (e) => {
  if (e.key.toLowerCase() === 'g' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); gotoInput.focus(); gotoInput.select(); }
});
gotoButton.addEventListener('click', go);
gotoInput.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); go(); } });
earlierButton.addEventListener('click', () => requestShift(-1));
laterButton.addEventListener('click', () => requestShift(1));

window.addEventListener('message', (event: MessageEvent<HostToView>) => {
  const message = event.data;
  if (message.type === 'error') { status.textContent = message.message; return; }
  if (message.type !== 'memory') return;
  const keepRow = contents && contents.address === message.address;
  contents = message;
  rows = buildRows(message);
  if (!keepRow) {
    const faultRow = rows.findIndex((r) => r.isFault);
    cursor = { row: faultRow >= 0 ? faultRow : 0, column: cursor.column };
  }
  cursor = { row: Math.min(cursor.row, Math.max(0, rows.length - 1)), column: cursor.column };
  grid.classList.toggle('running', !!message.running);
  render();
  status.textContent = message.running ? 'Running: contents are stale' : `${formatAddress(BigInt(message.address))} – ${rows.length} granules`;
});

const saved = api.getState();
if (saved?.expression) gotoInput.value = saved.expression;
api.postMessage({ type: 'ready' });
