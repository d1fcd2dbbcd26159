// The memory view's model, independent of the DOM: turns a MemoryContents message into rows of one 16-byte
// granule each (address, allocation tag, bytes, ASCII, fault and pointer marks), and parses user edits.
// One row per granule makes "one allocation tag per 16-byte granule" literally one tag per row.

import type { MemoryContents, PointerMark } from './protocol.js';

export const GRANULE = 16;

export interface MemoryRow {
  readonly address: bigint;
  readonly addressText: string;
  /** Allocation tag; null where untagged or unmapped. */
  readonly tag: number | null;
  /** The granule's 16 bytes; null where unreadable. */
  readonly bytes: readonly (number | null)[];
  readonly ascii: string;
  readonly isFault: boolean;
  /** Pointers (registers, variables) that point into this granule. */
  readonly pointers: readonly PointerMark[];
  /** Those of them whose logical tag differs from the granule's allocation tag: an access through them faults. */
  readonly mismatches: readonly PointerMark[];
}

export function parseAddress(text: string): bigint | undefined {
  const t = text.trim().toLowerCase();
  if (!/^(0x[0-9a-f]+|[0-9]+)$/.test(t)) return undefined;
  return BigInt(t);
}

export function formatAddress(address: bigint): string {
  return `0x${address.toString(16).padStart(12, '0')}`;
}

export function granuleOf(address: bigint): bigint {
  return address & ~0xfn;
}

export function buildRows(contents: MemoryContents): MemoryRow[] {
  const start = parseAddress(contents.address) ?? 0n;
  const bytes = hexToBytes(contents.bytes);
  const fault = contents.fault ? parseAddress(contents.fault.granule) : undefined;
  const rows: MemoryRow[] = [];
  const count = Math.ceil(contents.length / GRANULE);
  for (let r = 0; r < count; r++) {
    const address = start + BigInt(r * GRANULE);
    const rowBytes: (number | null)[] = [];
    let ascii = '';
    for (let i = 0; i < GRANULE; i++) {
      const b = bytes[r * GRANULE + i];
      rowBytes.push(b ?? null);
      ascii += b === undefined ? ' ' : b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.';
    }
    const tag = contents.tags[r] ?? null;
    const pointers = contents.pointers.filter((p) => granuleOf(parseAddress(p.address) ?? -1n) === address);
    const mismatches = pointers.filter((p) => tag !== null && p.logicalTag !== tag);
    rows.push({ address, addressText: formatAddress(address), tag, bytes: rowBytes, ascii, isFault: fault === address, pointers, mismatches });
  }
  return rows;
}

export function hexToBytes(hex: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const b = parseInt(hex.slice(i, i + 2), 16);
    if (Number.isNaN(b)) break;
    out.push(b);
  }
  return out;
}

export function bytesToHex(bytes: readonly number[]): string {
  return bytes.map((b) => (b & 0xff).toString(16).padStart(2, '0')).join('');
}

/** A byte typed by the user: one or two hex digits. */
export function parseByte(text: string): number | undefined {
  const t = text.trim();
  return /^[0-9a-fA-F]{1,2}$/.test(t) ? parseInt(t, 16) : undefined;
}

/** An allocation tag typed by the user: one hex digit, optionally '0x'-prefixed. */
export function parseTag(text: string): number | undefined {
  const t = text.trim().toLowerCase().replace(/^0x/, '');
  return /^[0-9a-f]$/.test(t) ? parseInt(t, 16) : undefined;
}

/** A one-line description of a row for tooltips and screen readers. */
export function describeRow(row: MemoryRow): string {
  const parts = [`${row.addressText}: ${row.tag === null ? 'untagged memory' : `allocation tag 0x${row.tag.toString(16)}`}`];
  if (row.isFault) parts.push('the tag-check fault happened in this granule');
  for (const p of row.pointers) {
    const mismatch = row.mismatches.includes(p);
    parts.push(`${p.name} points here with logical tag 0x${p.logicalTag.toString(16)}${mismatch ? ' (MISMATCH: an access through it faults)' : row.tag !== null ? ' (tags match)' : ''}`);
  }
  return parts.join('; ');
}
