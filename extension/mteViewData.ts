// Pure helpers behind the MTE webviews' host side (no vscode import, so Node tests cover them): turning debug
// adapter answers (register values, tag-map runs, read memory) into the messages the webviews render.

import type { TagMapResponse, TagFaultEventBody } from '../debug-adapter/protocol.js';
import type { FaultMark, PointerMark, TagMapRegion } from './webview/protocol.js';
import { pointerAddress as untagged, pointerLogicalTag as logicalTagOf } from '../emulator/machine/mteTags.js';

export { pointerLogicalTag as logicalTagOf, pointerAddress as untagged } from '../emulator/machine/mteTags.js';

/** The first hex or decimal number of a DAP variable value ('0x0a00ffff80000000 <tag 0xa ...>' -> the number). */
export function parseRegisterValue(value: string): bigint | undefined {
  const m = /^\s*(0x[0-9a-fA-F]+|\d+)\b/.exec(value);
  return m ? BigInt(m[1]!) : undefined;
}

/**
 * Pointer marks for the registers whose value points into [start, start + length): the view names them on the
 * granule they point into. `allocationTagAt` gives the tag of a granule inside the window (null if untagged).
 */
export function pointerMarks(registers: readonly { name: string; value: string }[], start: bigint, length: number, allocationTagAt: (granuleIndex: number) => number | null): PointerMark[] {
  const marks: PointerMark[] = [];
  for (const r of registers) {
    const v = parseRegisterValue(r.value);
    if (v === undefined || v === 0n) continue;
    const address = untagged(v);
    if (address < start || address >= start + BigInt(length)) continue;
    const index = Number((address - start) / 16n);
    marks.push({ name: r.name, address: hex(address), logicalTag: logicalTagOf(v), allocationTag: allocationTagAt(index) });
  }
  return marks;
}

/** Expands the adapter's run-length encoded tag map into one tag per granule, at most `maxGranules` in all. */
export function expandTagMap(response: TagMapResponse, maxGranules = 1 << 18): { regions: TagMapRegion[]; truncated: boolean } {
  let budget = maxGranules;
  let truncated = response.truncated;
  const regions: TagMapRegion[] = [];
  for (const region of response.regions) {
    const tags: (number | null)[] = [];
    for (const run of region.runs) {
      const n = Math.min(run.granules, budget - tags.length);
      for (let i = 0; i < n; i++) tags.push(run.tag);
      if (n < run.granules) { truncated = true; break; }
    }
    budget -= tags.length;
    regions.push({ start: region.start, end: hex(BigInt(region.start) + BigInt(tags.length * 16)), name: region.name, tags });
    if (budget <= 0) { truncated = truncated || regions.length < response.regions.length; break; }
  }
  return { regions, truncated };
}

export function faultMark(event: TagFaultEventBody): FaultMark {
  return { granule: event.granule, address: event.address, logicalTag: event.logicalTag, allocationTag: event.allocationTag, access: event.access, mode: event.mode };
}

/** The window the memory view shows around an address: a few granules before it, aligned to a granule. */
export function windowAround(address: bigint, length = 512, before = 64): { start: bigint; length: number } {
  const aligned = untagged(address) & ~0xfn;
  const start = aligned > BigInt(before) ? aligned - BigInt(before) : 0n;
  return { start, length };
}

export function base64ToHex(data: string | undefined): string {
  if (!data) return '';
  return Buffer.from(data, 'base64').toString('hex');
}

export function hexToBase64(hexBytes: string): string {
  return Buffer.from(hexBytes, 'hex').toString('base64');
}

export function hex(v: bigint): string {
  return `0x${v.toString(16)}`;
}
