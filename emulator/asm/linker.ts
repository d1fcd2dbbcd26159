// A static linker for assembled units, shaped like GNU ld's default AArch64 script: code and read-only data in
// an RX segment at 0x400000 (after the ELF and program headers), data and bss in an RW segment on the next
// 64 KiB boundary, entry `_start`. Resolves symbols across units, builds a small GOT for GOT relocations,
// and applies every relocation.
import type { RelocKind } from '../isa/api.js';
import { ABSOLUTE_SYMBOL } from './isaBridge.js';
import type { LineRow, ProgramImage, ProgramSegment, ProgramSymbol } from '../program.js';
import type { AsmDiagnostic, AsmSection, AssemblyResult, LinkOptions, LinkResult } from './api.js';
import { applyRelocation } from './relocate.js';

interface Placed {
  readonly unit: number;
  readonly section: AsmSection;
  address: bigint;
  /** Offset of the section in its segment's data. */
  offset: number;
  readonly segment: 0 | 1;
}

/** An output section of a linked image (sections of the same name from all units, merged). */
export interface OutputSection {
  readonly name: string;
  readonly address: bigint;
  readonly size: number;
  readonly nobits: boolean;
  readonly write: boolean;
  readonly execute: boolean;
  readonly align: number;
}

/** Section layout of images made by the linker, for the executable writer's section headers. */
export const sectionLayouts = new WeakMap<object, readonly OutputSection[]>();

function alignUp(v: bigint, a: bigint): bigint {
  return a <= 1n ? v : ((v + a - 1n) / a) * a;
}

function category(s: AsmSection): number | undefined {
  if (!s.alloc) return undefined;
  if (s.execute) return 0;
  if (!s.write) return 1;
  if (s.kind === 'progbits') return 2;
  return 3;
}

export function linkUnits(units: readonly AssemblyResult[], options: LinkOptions = {}): LinkResult {
  const diagnostics: AsmDiagnostic[] = [];
  const fileOf = (u: number): string => units[u]!.fileName ?? units[u]!.lines[0]?.file ?? `unit${u}`;
  const error = (u: number, message: string, line = 1): void => {
    diagnostics.push({ file: fileOf(u), line, column: 1, severity: 'error', message });
  };
  const base = options.base ?? 0x400000n;

  // Global symbols.
  const globals = new Map<string, { unit: number; section: string | undefined; value: bigint; weak: boolean; size: number; align?: number }>();
  const commons = new Map<string, { size: number; align: number; unit: number }>();
  units.forEach((unit, u) => {
    for (const s of unit.symbols) {
      if (s.binding === 'local') continue;
      if (s.section === '*COM*') {
        const prev = commons.get(s.name);
        commons.set(s.name, { size: Math.max(s.size, prev?.size ?? 0), align: Math.max(Number(s.value), prev?.align ?? 1), unit: u });
        continue;
      }
      if (s.section === undefined) continue;
      const prev = globals.get(s.name);
      const weak = s.binding === 'weak';
      if (prev && !prev.weak && !weak) {
        error(u, `multiple definition of \`${s.name}'; first defined in ${fileOf(prev.unit)}`, s.definedAt?.line);
        continue;
      }
      if (prev && !prev.weak && weak) continue;
      globals.set(s.name, { unit: u, section: s.section, value: s.value, weak, size: s.size });
    }
  });

  // Place sections: text, rodata | data, bss.
  const placed: Placed[] = [];
  for (const cat of [0, 1, 2, 3]) {
    units.forEach((unit, u) => {
      for (const s of unit.sections) if (category(s) === cat) placed.push({ unit: u, section: s, address: 0n, offset: 0, segment: cat < 2 ? 0 : 1 });
    });
  }
  const needsRw = placed.some((p) => p.segment === 1 && p.section.size > 0) || commons.size > 0
    || units.some((unit) => unit.sections.some((s) => s.relocations.some((r) => r.kind.includes('GOT'))));
  const phnum = needsRw ? 2 : 1;
  const headerSize = 64 + 56 * phnum;
  let address = base + BigInt(headerSize);
  // Empty sections take no room and do not move the address (GNU ld drops them), but their symbols resolve.
  for (const p of placed.filter((x) => x.segment === 0)) {
    if (p.section.size > 0) address = alignUp(address, BigInt(Math.max(1, p.section.align)));
    p.address = address;
    p.offset = Number(address - base);
    address += BigInt(p.section.size);
  }
  const rxEnd = address;
  let rwStart = alignUp(rxEnd, 0x10000n) + (rxEnd & 0xffffn);
  // GOT entries (8 bytes each) come first in the RW segment.
  const gotSymbols: string[] = [];
  units.forEach((unit) => {
    for (const s of unit.sections) for (const r of s.relocations) {
      if (usesGot(r.kind) && !gotSymbols.includes(r.symbol)) gotSymbols.push(r.symbol);
    }
  });
  rwStart = alignUp(rwStart, 8n);
  address = rwStart + BigInt(gotSymbols.length * 8);
  for (const p of placed.filter((x) => x.segment === 1)) {
    if (p.section.size > 0) address = alignUp(address, BigInt(Math.max(1, p.section.align)));
    p.address = address;
    p.offset = Number(address - rwStart);
    address += BigInt(p.section.size);
  }
  const rwFileEnd = placed.filter((p) => p.segment === 1 && p.section.kind === 'progbits')
    .reduce((end, p) => Math.max(end, p.offset + p.section.size), gotSymbols.length * 8);
  const commonAddresses = new Map<string, bigint>();
  for (const [name, c] of commons) {
    if (globals.has(name)) continue;
    address = alignUp(address, BigInt(Math.max(1, c.align)));
    commonAddresses.set(name, address);
    address += BigInt(c.size);
  }
  const rwEnd = address;

  // Symbols GNU ld's default script defines (start and end of bss, end of data).
  const dataEnd = needsRw ? rwStart + BigInt(rwFileEnd) : rxEnd;
  const programEnd = needsRw ? rwEnd : rxEnd;
  const linkerDefined = new Map<string, bigint>([
    ['__bss_start', dataEnd], ['__bss_start__', dataEnd], ['_edata', dataEnd], ['edata', dataEnd],
    ['_end', programEnd], ['__end__', programEnd], ['_bss_end__', programEnd], ['__bss_end__', programEnd], ['end', programEnd],
  ]);

  const sectionAddress = (u: number, name: string): bigint | undefined =>
    placed.find((p) => p.unit === u && p.section.name === name)?.address
    ?? (units[u]!.sections.some((s) => s.name === name) ? 0n : undefined);

  const globalAddress = (name: string): bigint | undefined => {
    const g = globals.get(name);
    if (g) {
      if (g.section === '*ABS*') return g.value;
      const a = sectionAddress(g.unit, g.section!);
      return a === undefined ? undefined : a + g.value;
    }
    return commonAddresses.get(name);
  };

  /** Value of a symbol named in unit `u`. */
  const ownSymbolMaps = units.map((unit) => {
    const m = new Map<string, (typeof unit.symbols)[number]>();
    for (const s of unit.symbols) if (!m.has(s.name)) m.set(s.name, s);
    return m;
  });
  const resolve = (u: number, name: string): bigint | undefined | 'weak-undefined' => {
    if (name === ABSOLUTE_SYMBOL) return 0n;
    const unit = units[u]!;
    const own = ownSymbolMaps[u]!.get(name);
    if (!own && unit.sections.some((s) => s.name === name)) return sectionAddress(u, name);
    if (own && own.binding === 'local' && own.section !== undefined) {
      if (own.section === '*ABS*') return own.value;
      const a = sectionAddress(u, own.section);
      return a === undefined ? undefined : a + own.value;
    }
    const g = globalAddress(name);
    if (g !== undefined) return g;
    const provided = linkerDefined.get(name);
    if (provided !== undefined) return provided;
    if (own && own.binding === 'weak') return 'weak-undefined';
    return undefined;
  };

  // Segment buffers.
  const rx = new Uint8Array(Number(rxEnd - base));
  const rwFile = new Uint8Array(rwFileEnd);
  for (const p of placed) {
    if (p.section.kind === 'nobits') continue;
    (p.segment === 0 ? rx : rwFile).set(p.section.data, p.offset);
  }
  gotSymbols.forEach((name, i) => {
    let value = 0n;
    for (let u = 0; u < units.length; u++) {
      const v = resolve(u, name);
      if (typeof v === 'bigint') { value = v; break; }
    }
    const view = rwFile;
    for (let k = 0; k < 8; k++) view[i * 8 + k] = Number((value >> BigInt(8 * k)) & 0xffn);
  });
  const lineOf = (u: number, section: string, offset: number): number => {
    let best = 1;
    for (const l of units[u]!.lines) if (l.section === section && l.offset <= offset) best = l.line;
    return best;
  };
  for (const p of placed) {
    const data = p.segment === 0 ? rx : rwFile;
    for (const r of p.section.relocations) {
      // `.reloc` of a type the linker does not apply: R_AARCH64_NONE has nothing to do.
      if (r.elfType !== undefined) {
        if (r.elfType !== 0) error(p.unit, `relocation type ${r.elfType} (from .reloc) is not supported by the built-in linker`, lineOf(p.unit, p.section.name, r.offset));
        continue;
      }
      const place = p.address + BigInt(r.offset);
      let kind: RelocKind = r.kind;
      let value: bigint;
      if (usesGot(kind)) {
        // The instruction addresses the symbol's GOT entry: its page, its offset in the page, or (tiny code
        // model) the entry itself PC-relative.
        value = rwStart + BigInt(gotSymbols.indexOf(r.symbol) * 8);
        kind = kind === 'R_AARCH64_ADR_GOT_PAGE' ? 'R_AARCH64_ADR_PREL_PG_HI21'
          : kind === 'R_AARCH64_GOT_LD_PREL19' ? 'R_AARCH64_LD_PREL_LO19' : 'R_AARCH64_LDST64_ABS_LO12_NC';
      } else {
        const s = resolve(p.unit, r.symbol);
        if (s === undefined) {
          error(p.unit, `undefined reference to \`${r.symbol}'`, lineOf(p.unit, p.section.name, r.offset));
          continue;
        }
        value = (s === 'weak-undefined' ? 0n : s) + r.addend;
        // A call or jump to an undefined weak symbol continues with the next instruction (AArch64 ELF ABI).
        if (s === 'weak-undefined' && (kind === 'R_AARCH64_JUMP26' || kind === 'R_AARCH64_CALL26')) value = place + 4n;
      }
      const problem = applyRelocation(data, p.offset + r.offset, kind, value, place);
      if (problem) error(p.unit, problem, lineOf(p.unit, p.section.name, r.offset));
    }
  }

  const entryName = options.entrySymbol ?? '_start';
  let entry = globalAddress(entryName);
  if (entry === undefined) {
    for (let u = 0; u < units.length && entry === undefined; u++) {
      const v = resolve(u, entryName);
      if (typeof v === 'bigint') entry = v;
    }
  }
  if (entry === undefined) {
    const text = placed.find((p) => p.segment === 0 && p.section.execute);
    entry = text?.address ?? base + BigInt(headerSize);
    diagnostics.push({ file: fileOf(0), line: 1, column: 1, severity: 'warning', message: `cannot find entry symbol ${entryName}; defaulting to 0x${entry.toString(16)}` });
  }

  const symbols: ProgramSymbol[] = [];
  units.forEach((unit, u) => {
    for (const s of unit.symbols) {
      if (s.section === undefined) continue;
      if (s.binding !== 'local' && globals.get(s.name)?.unit !== u && s.section !== '*COM*') continue;
      const a = s.section === '*COM*' ? commonAddresses.get(s.name) : resolve(u, s.name);
      if (typeof a !== 'bigint') continue;
      symbols.push({ name: s.name, address: a, size: s.size, type: s.type, binding: s.binding });
    }
  });
  const lines: LineRow[] = [];
  units.forEach((unit, u) => {
    for (const l of unit.sourceLines && unit.sourceLines.length > 0 ? unit.sourceLines : unit.lines) {
      if (l.instruction === false) continue;
      const a = sectionAddress(u, l.section);
      if (a === undefined || !placed.some((p) => p.unit === u && p.section.name === l.section)) continue;
      lines.push({ address: a + BigInt(l.offset), file: l.file, line: l.line, isStatement: true });
    }
  });
  lines.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));

  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics, image: undefined };

  const segments: ProgramSegment[] = [
    { vaddr: base, data: rx, memSize: rx.length, read: true, write: false, execute: true },
  ];
  if (needsRw) {
    segments.push({ vaddr: rwStart, data: rwFile, memSize: Number(rwEnd - rwStart), read: true, write: true, execute: false });
  }
  const image: ProgramImage = {
    path: fileOf(0).replace(/\.[sS]$/, ''),
    entry,
    segments,
    symbols,
    lines,
    programHeaders: { address: base + 64n, entrySize: 56, count: segments.length },
  };
  const outputs: OutputSection[] = [];
  for (const p of placed) {
    const i = outputs.findIndex((o) => o.name === p.section.name);
    const end = p.address + BigInt(p.section.size);
    if (i < 0) {
      outputs.push({ name: p.section.name, address: p.address, size: p.section.size, nobits: p.section.kind === 'nobits', write: p.section.write, execute: p.section.execute, align: p.section.align });
    } else {
      const o = outputs[i]!;
      outputs[i] = { ...o, size: Number((end > o.address + BigInt(o.size) ? end : o.address + BigInt(o.size)) - o.address), align: Math.max(o.align, p.section.align) };
    }
  }
  if (gotSymbols.length > 0) outputs.push({ name: '.got', address: rwStart, size: gotSymbols.length * 8, nobits: false, write: true, execute: false, align: 8 });
  if (commonAddresses.size > 0) {
    const first = [...commonAddresses.values()].reduce((a, b) => (a < b ? a : b));
    outputs.push({ name: 'COMMON', address: first, size: Number(rwEnd - first), nobits: true, write: true, execute: false, align: 8 });
  }
  sectionLayouts.set(image, outputs.filter((o) => o.size > 0));
  return { diagnostics, image };
}

/** Relocations that address a symbol's GOT entry rather than the symbol. */
function usesGot(kind: RelocKind): boolean {
  return kind === 'R_AARCH64_ADR_GOT_PAGE' || kind === 'R_AARCH64_LD64_GOT_LO12_NC' || kind === 'R_AARCH64_GOT_LD_PREL19';
}
