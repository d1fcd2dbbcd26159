// ELF64 little-endian writers for AArch64: relocatable objects (ET_REL: sections, .rela.*, .symtab with
// mapping symbols, optional DWARF line info) and executables (ET_EXEC from a ProgramImage, with section
// headers, .symtab and .debug_line so gdb and objdump understand them).
import type { RelocKind } from '../isa/api.js';
import type { ProgramImage } from '../program.js';
import type { AssemblyResult, DwarfLineFile } from './api.js';
import { ByteBuffer, utf8Encode } from './bytes.js';
import { buildAbbrev, buildInfo, buildLineProgram, buildObjectLineProgram, splitPath, type LineSequence, type ObjectLineRow } from './dwarfLine.js';
import type { OutputSection } from './linker.js';

export const relocationNumbers: Readonly<Record<RelocKind, number>> = {
  R_AARCH64_ABS64: 257, R_AARCH64_ABS32: 258, R_AARCH64_ABS16: 259, R_AARCH64_PREL64: 260, R_AARCH64_PREL32: 261,
  R_AARCH64_PREL16: 262, R_AARCH64_MOVW_UABS_G0: 263, R_AARCH64_MOVW_UABS_G0_NC: 264, R_AARCH64_MOVW_UABS_G1: 265,
  R_AARCH64_MOVW_UABS_G1_NC: 266, R_AARCH64_MOVW_UABS_G2: 267, R_AARCH64_MOVW_UABS_G2_NC: 268,
  R_AARCH64_MOVW_UABS_G3: 269, R_AARCH64_MOVW_SABS_G0: 270, R_AARCH64_MOVW_SABS_G1: 271, R_AARCH64_MOVW_SABS_G2: 272,
  R_AARCH64_LD_PREL_LO19: 273, R_AARCH64_ADR_PREL_LO21: 274, R_AARCH64_ADR_PREL_PG_HI21: 275,
  R_AARCH64_ADR_PREL_PG_HI21_NC: 276, R_AARCH64_ADD_ABS_LO12_NC: 277, R_AARCH64_LDST8_ABS_LO12_NC: 278,
  R_AARCH64_TSTBR14: 279, R_AARCH64_CONDBR19: 280, R_AARCH64_JUMP26: 282, R_AARCH64_CALL26: 283,
  R_AARCH64_LDST16_ABS_LO12_NC: 284, R_AARCH64_LDST32_ABS_LO12_NC: 285, R_AARCH64_LDST64_ABS_LO12_NC: 286,
  R_AARCH64_LDST128_ABS_LO12_NC: 299, R_AARCH64_GOT_LD_PREL19: 309, R_AARCH64_ADR_GOT_PAGE: 311, R_AARCH64_LD64_GOT_LO12_NC: 312,
  R_AARCH64_TLSLE_ADD_TPREL_HI12: 549, R_AARCH64_TLSLE_ADD_TPREL_LO12: 550, R_AARCH64_TLSLE_ADD_TPREL_LO12_NC: 551,
  R_AARCH64_TLSIE_ADR_GOTTPREL_PAGE21: 541, R_AARCH64_TLSIE_LD64_GOTTPREL_LO12_NC: 542, R_AARCH64_TLSDESC_ADR_PAGE21: 562,
  R_AARCH64_TLSDESC_LD64_LO12: 563, R_AARCH64_TLSDESC_ADD_LO12: 564, R_AARCH64_TLSDESC_CALL: 569,
};

const SHT_PROGBITS = 1, SHT_SYMTAB = 2, SHT_STRTAB = 3, SHT_RELA = 4, SHT_NOBITS = 8;
const SHF_WRITE = 1, SHF_ALLOC = 2, SHF_EXECINSTR = 4, SHF_MERGE = 0x10, SHF_STRINGS = 0x20, SHF_INFO_LINK = 0x40, SHF_TLS = 0x400;

/** A set of strings whose add() tells whether the string was new. */
class KeySet {
  private readonly set = new Set<string>();
  add(key: string): boolean {
    if (this.set.has(key)) return false;
    this.set.add(key);
    return true;
  }
}
/** The RelocKind of an R_AARCH64_ name the object writer knows, if any. */
export function relocationKindByName(name: string): RelocKind | undefined {
  return Object.prototype.hasOwnProperty.call(relocationNumbers, name) ? name as RelocKind : undefined;
}

const elfTypes = { note: 7, init_array: 14, fini_array: 15, preinit_array: 16 } as const;
const SHT_GROUP = 17, SHF_GROUP = 0x200, SHF_EXCLUDE = 0x80000000, SHF_LINK_ORDER = 0x80;
const SHN_ABS = 0xfff1, SHN_COMMON = 0xfff2;
const EM_AARCH64 = 183;

interface OutSection {
  name: string;
  type: number;
  flags: number;
  addr: bigint;
  data: Uint8Array;
  size: number;
  link: number;
  info: number;
  align: number;
  entsize: number;
  offset?: number;
}

/**
 * An ELF string table laid out as BFD does: each name once, in the order first added, and a name that ends
 * another one stored inside it (".text" in ".rela.text"). Add every name, then read offsets after finish().
 */
class StringTable {
  private readonly order: string[] = [];
  private readonly offsets = new Map<string, number>();
  private bytes: Uint8Array | undefined;

  add(s: string): void {
    if (s !== '' && !this.offsets.has(s)) { this.offsets.set(s, -1); this.order.push(s); }
  }

  finish(): Uint8Array {
    if (this.bytes) return this.bytes;
    // Sorted by their reversed text, a name comes right before the names it ends (if any): it lives in the last
    // of that run.
    const reversed = this.order.map((name) => ({ name, rev: [...name].reverse().join('') }));
    reversed.sort((a, b) => (a.rev < b.rev ? -1 : a.rev > b.rev ? 1 : 0));
    const host = new Map<string, string>();
    for (let i = reversed.length - 2; i >= 0; i--) {
      const next = reversed[i + 1]!;
      if (next.rev.startsWith(reversed[i]!.rev)) host.set(reversed[i]!.name, host.get(next.name) ?? next.name);
    }
    const out = new ByteBuffer(64);
    out.u8(0);
    for (const name of this.order) {
      if (host.has(name)) continue;
      this.offsets.set(name, out.length);
      out.cstring(name);
    }
    for (const [name, h] of host) this.offsets.set(name, this.offsets.get(h)! + utf8Encode(h).length - utf8Encode(name).length);
    this.bytes = out.toBytes();
    return this.bytes;
  }

  offset(s: string): number {
    return s === '' ? 0 : this.offsets.get(s)!;
  }
}

interface ElfSymbol { name: string; value: bigint; size: number; type: number; bind: number; shndx: number; other?: number }

function symbolTable(symbols: readonly ElfSymbol[]): { symtab: Uint8Array; strtab: Uint8Array } {
  const strings = new StringTable();
  for (const s of symbols) strings.add(s.name);
  const strtab = strings.finish();
  const b = new ByteBuffer(24 * (symbols.length + 1));
  b.fill(24);
  for (const s of symbols) {
    b.u32(strings.offset(s.name));
    b.u8((s.bind << 4) | s.type);
    b.u8(s.other ?? 0);
    b.u16(s.shndx);
    b.u64(s.value);
    b.intNumber(s.size, 8);
  }
  return { symtab: b.toBytes(), strtab };
}

/** Lays out header, section contents and section headers; returns the file bytes. `prefix` is pre-placed data. */
function writeFile(header: (shoff: number, shnum: number, shstrndx: number) => Uint8Array, sections: OutSection[],
  firstOffset: number, preplaced?: (file: ByteBuffer) => void, relocationsLast = false): Uint8Array {
  // GNU's order: the symbol and string tables' names first, then the sections'.
  const shstr = new StringTable();
  for (const n of ['.symtab', '.strtab', '.shstrtab']) if (n === '.shstrtab' || sections.some((s) => s.name === n)) shstr.add(n);
  // (Group sections, made last, come last.)
  for (const s of sections) if (s.type !== SHT_GROUP) shstr.add(s.name);
  for (const s of sections) if (s.type === SHT_GROUP) shstr.add(s.name);
  const shstrBytes = shstr.finish();
  const names = sections.map((s) => shstr.offset(s.name));
  const shstrName = shstr.offset('.shstrtab');
  // Room for every section's bytes up front, so that a large object is not copied while the buffer grows.
  let estimate = firstOffset + shstrBytes.length + 64 * (sections.length + 2) + 8 * sections.length + 16;
  for (const s of sections) if (s.type !== SHT_NOBITS) estimate += s.data.length;
  const file = new ByteBuffer(estimate);
  file.fill(firstOffset);
  preplaced?.(file);
  // An object lays out its relocation sections after the others, as GNU as does.
  const layout = relocationsLast ? [...sections.filter((s) => s.type !== SHT_RELA), ...sections.filter((s) => s.type === SHT_RELA)] : sections;
  for (const s of layout) {
    if (s.offset !== undefined) {
      if (file.length < s.offset + (s.type === SHT_NOBITS ? 0 : s.data.length)) {
        file.fill(s.offset + (s.type === SHT_NOBITS ? 0 : s.data.length) - file.length);
      }
      continue;
    }
    file.alignTo(Math.max(1, relocationsLast ? s.align : Math.min(s.align, 8)));
    s.offset = file.length;
    if (s.type !== SHT_NOBITS) file.append(s.data);
  }
  const shstrOffset = file.length;
  file.append(shstrBytes);
  file.alignTo(8);
  const shoff = file.length;
  file.fill(64);
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i]!;
    file.u32(names[i]!); file.u32(s.type); file.u64(BigInt(s.flags >>> 0)); file.u64(s.addr); file.u64(BigInt(s.offset!));
    file.u64(BigInt(s.size)); file.u32(s.link); file.u32(s.info); file.u64(BigInt(s.align)); file.u64(BigInt(s.entsize));
  }
  file.u32(shstrName); file.u32(SHT_STRTAB); file.u64(0n); file.u64(0n); file.u64(BigInt(shstrOffset));
  file.u64(BigInt(shstrBytes.length)); file.u32(0); file.u32(0); file.u64(1n); file.u64(0n);
  const out = file.toBytes();
  out.set(header(shoff, sections.length + 2, sections.length + 1), 0);
  return out;
}

function elfHeader(type: number, entry: bigint, phoff: number, phnum: number, shoff: number, shnum: number, shstrndx: number): Uint8Array {
  const b = new ByteBuffer(64);
  b.append(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
  b.u16(type); b.u16(EM_AARCH64); b.u32(1); b.u64(entry); b.u64(BigInt(phoff)); b.u64(BigInt(shoff));
  b.u32(0); b.u16(64); b.u16(phnum ? 56 : 0); b.u16(phnum); b.u16(64); b.u16(shnum); b.u16(shstrndx);
  return b.toBytes();
}

export interface ObjectOptions {
  /** Emit .debug_line/.debug_info/.debug_abbrev (as -g). */
  readonly debugInfo?: boolean;
  /** Directory recorded as DW_AT_comp_dir. */
  readonly compDir?: string;
  /** DW_AT_producer of the compile unit the assembler describes (default: GNU as 2.40's, whose output this matches). */
  readonly producer?: string;
}

/** ELF64 ET_REL for an assembled unit. */
export function writeRelocatable(result: AssemblyResult, options: ObjectOptions = {}): Uint8Array {
  const out: OutSection[] = [];
  const sectionIndex = new Map<string, number>();
  // GNU as makes .eh_frame after the DWARF sections it writes itself (those are added below).
  const frames = result.sections.find((s) => s.name === '.eh_frame');
  const addSection = (s: (typeof result.sections)[number]): void => {
    sectionIndex.set(s.name, out.length + 1);
    out.push({
      name: s.elfName ?? s.name, type: s.kind === 'nobits' ? SHT_NOBITS : s.elfType !== undefined ? elfTypes[s.elfType] : SHT_PROGBITS,
      flags: (s.alloc ? SHF_ALLOC : 0) | (s.write ? SHF_WRITE : 0) | (s.execute ? SHF_EXECINSTR : 0)
        | (s.merge ? SHF_MERGE : 0) | (s.strings ? SHF_STRINGS : 0) | (s.tls ? SHF_TLS : 0) | (s.group ? SHF_GROUP : 0)
        | (s.exclude ? SHF_EXCLUDE : 0) | (s.linkOrder !== undefined ? SHF_LINK_ORDER : 0),
      addr: 0n, data: s.data, size: s.size, link: 0, info: 0, align: s.align, entsize: s.entrySize ?? 0,
    });
  };
  for (const s of result.sections) if (s !== frames || result.sections[result.sections.length - 1] !== frames) addSection(s);
  // Extra relocations for debug sections (section name -> relocations).
  const extraRelocs = new Map<string, DebugRelocation[]>();
  const debugSymbols = options.debugInfo || (result.dwarfLines?.rows.length ?? 0) > 0
    ? addObjectDebugInfo(result, options, out, sectionIndex, extraRelocs) : [];
  if (frames && !sectionIndex.has(frames.name)) addSection(frames);

  // Symbols: null, section symbols, locals (with mapping symbols), then globals.
  const symbols: ElfSymbol[] = [];
  // What names each symbol for relocations (`section:NAME` for section symbols, '' for mapping symbols); the
  // name -> index map is made from it only when a relocation needs it.
  const indexKeys: string[] = [];
  const push = (key: string, symbol: ElfSymbol): void => { indexKeys.push(key); symbols.push(symbol); };
  let globalsFrom = 0;
  const fileSymbol = (name: string): ElfSymbol => ({ name, value: 0n, size: 0, type: 4, bind: 0, shndx: SHN_ABS });
  // STT_TLS: symbols of TLS sections and those TLS relocations name (an external `ext_tls` too), as GNU as does.
  const tlsSections = new Set(result.sections.filter((s) => s.tls).map((s) => s.name));
  const tlsSymbols = new Set<string>();
  for (const sec of result.sections) for (const r of sec.relocations) if (r.kind.includes('_TLS')) tlsSymbols.add(r.symbol);
  const typeOf = (t: string, section: string | undefined, name: string): number =>
    ((section !== undefined && tlsSections.has(section)) || tlsSymbols.has(name) ? 6 : t === 'func' ? 2 : t === 'object' ? 1 : 0);
  const otherOf = (v: string | undefined): number => (v === 'internal' ? 1 : v === 'hidden' ? 2 : v === 'protected' ? 3 : 0);
  const shndxOf = (section: string | undefined): number =>
    section === undefined ? 0 : section === '*ABS*' ? SHN_ABS : section === '*COM*' ? SHN_COMMON : sectionIndex.get(section) ?? SHN_ABS;
  const mapping = result.mappingSymbols ?? [];
  // .L names stay out of the symbol table unless a relocation must name the symbol itself (TLS and GOT kinds:
  // GNU as writes `.LANCHOR0` for `:tprel_hi12:.LANCHOR0`).
  const namedByRelocation = new Set<string>();
  for (const sec of result.sections) for (const r of sec.relocations) if (r.symbol.startsWith('.L')) namedByRelocation.add(r.symbol);
  const writtenLocal = (s: (typeof result.symbols)[number]): boolean =>
    s.binding === 'local' && s.section !== undefined && (!s.name.startsWith('.L') || namedByRelocation.has(s.name));
  const symbolIndexKeys = new KeySet();
  const pushSection = (name: string): void => {
    if (name === '') return;
    const idx = sectionIndex.get(name);
    if (idx !== undefined && symbolIndexKeys.add(`section:${name}`)) push(`section:${name}`, { name: '', value: 0n, size: 0, type: 3, bind: 0, shndx: idx });
  };
  const pushLocal = (s: (typeof result.symbols)[number]): void => {
    push(s.name, { name: s.name, value: s.value, size: s.size, type: typeOf(s.type, s.section, s.name), bind: 0, shndx: shndxOf(s.section), other: otherOf(s.visibility) });
  };
  const pushGlobal = (s: (typeof result.symbols)[number]): void => {
    push(s.name, { name: s.name, value: s.value, size: s.size, type: typeOf(s.type, s.section, s.name), bind: s.binding === 'weak' ? 2 : 1, shndx: shndxOf(s.section), other: otherOf(s.visibility) });
  };
  const pushMapping = (m: (typeof mapping)[number]): void => {
    push('', { name: `$${m.kind}`, value: BigInt(m.offset), size: 0, type: tlsSections.has(m.section) ? 6 : 0, bind: 0, shndx: sectionIndex.get(m.section) ?? 0 });
  };
  // Section groups (`.section ..., "G", ..., GROUP, comdat`) in the order they were first named; their SHT_GROUP
  // sections come first in the object (as BFD puts them). A group named after none of the unit's symbols gets a
  // local symbol of its own (made last of GNU as's symbols), defined in the group section.
  const groups = new Map<string, { comdat: boolean; members: string[] }>();
  for (const s of result.sections) {
    if (!s.group) continue;
    const g = groups.get(s.group.name) ?? { comdat: s.group.comdat, members: [] };
    g.members.push(s.name);
    groups.set(s.group.name, g);
  }
  const groupNames = [...groups.keys()];
  /** Symbols whose section index is a group section's: not moved by the renumbering below. */
  const fixedIndex = new Set<ElfSymbol>();
  const pushSignatures = (): void => {
    groupNames.forEach((name, i) => {
      const own = result.symbols.find((s) => s.name === name);
      if (own && (own.binding !== 'local' || writtenLocal(own))) return;
      const sym: ElfSymbol = { name, value: 0n, size: 0, type: 0, bind: 0, shndx: i + 1 };
      fixedIndex.add(sym);
      push(`group:${name}`, sym);
    });
  };
  /** The section symbol of group section i (BFD adds them last). */
  const pushGroupSection = (i: number): void => {
    const sym: ElfSymbol = { name: '', value: 0n, size: 0, type: 3, bind: 0, shndx: i + 1 };
    fixedIndex.add(sym);
    push('', sym);
  };
  const order = result.symbolOrder;
  if (order) {
    // GNU as's order: the symbols as it made them, locals first, then globals; the section symbols of sections
    // it made without one (.comment, the debug sections of -g) come after the locals, in section order.
    const byName = new Map<string, (typeof result.symbols)[number]>();
    for (const s of result.symbols) if (!byName.has(s.name)) byName.set(s.name, s);
    const placed = new Set<string>();
    for (const e of order) {
      if (e.kind === 'mapping') { const m = mapping[e.index]; if (m) pushMapping(m); }
      else if (e.kind === 'section') pushSection(e.name);
      else if (e.kind === 'file') push('', fileSymbol(e.name));
      else if (e.kind === 'dwarf') for (const name of debugSymbols.slice(0, 3)) pushSection(name);
      else {
        const s = byName.get(e.name);
        if (!s || placed.has(s.name)) continue;
        placed.add(s.name);
        if (writtenLocal(s)) pushLocal(s);
      }
    }
    // When GNU as writes relocations, it makes the missing symbols of .eh_frame and of the sections local
    // symbols of which relocations name (sections sharing a name), in section and relocation order.
    for (const sec of result.sections) {
      for (const r of sec.relocations) if (sectionIndex.has(r.symbol) && !byName.has(r.symbol)) pushSection(r.symbol);
    }
    for (const name of debugSymbols) pushSection(name);
    for (const sec of result.sections) if ((sec.elfName ?? sec.name) === '.eh_frame' && sec.relocations.length > 0) pushSection(sec.name);
    for (const s of result.symbols) if (!placed.has(s.name) && writtenLocal(s)) pushLocal(s);
    pushSignatures();
    for (const name of sectionIndex.keys()) pushSection(name);
    for (let i = 0; i < groupNames.length; i++) pushGroupSection(i);
    const firstGlobal = symbols.length + 1;
    placed.clear();
    for (const e of order) {
      if (e.kind !== 'symbol') continue;
      const s = byName.get(e.name);
      if (!s || placed.has(s.name) || s.binding === 'local') continue;
      placed.add(s.name);
      pushGlobal(s);
    }
    for (const s of result.symbols) if (!placed.has(s.name) && s.binding !== 'local') { placed.add(s.name); pushGlobal(s); }
    globalsFrom = firstGlobal;
  } else {
    // Without an order (results made elsewhere): file, section symbols, locals, mapping symbols, then globals.
    const fileNames = result.fileSymbols ?? [];
    if (fileNames.length > 0) push('', fileSymbol(fileNames[0]!));
    for (const name of sectionIndex.keys()) pushSection(name);
    for (const name of fileNames.slice(1)) push('', fileSymbol(name));
    for (const s of result.symbols) if (writtenLocal(s)) pushLocal(s);
    for (const m of mapping) pushMapping(m);
    pushSignatures();
    for (let i = 0; i < groupNames.length; i++) pushGroupSection(i);
    globalsFrom = symbols.length + 1;
    for (const s of result.symbols) if (s.binding !== 'local') pushGlobal(s);
  }
  const firstGlobal = globalsFrom;
  let symbolIndexByKey: Map<string, number> | undefined;
  const symbolIndex = (key: string): number | undefined => {
    if (!symbolIndexByKey) {
      symbolIndexByKey = new Map();
      for (let i = 0; i < indexKeys.length; i++) if (indexKeys[i] !== '') symbolIndexByKey.set(indexKeys[i]!, i + 1);
    }
    return symbolIndexByKey.get(key);
  };
  // The unit's symbols by name, made only when there are relocations to name them.
  let ownSymbolsByName: Map<string, (typeof result.symbols)[number]> | undefined;
  const ownSymbols = (): Map<string, (typeof result.symbols)[number]> => {
    if (ownSymbolsByName) return ownSymbolsByName;
    ownSymbolsByName = new Map();
    for (const s of result.symbols) if (!ownSymbolsByName.has(s.name)) ownSymbolsByName.set(s.name, s);
    return ownSymbolsByName;
  };
  const relocSymbol = (name: string): number => {
    const own = ownSymbols().get(name);
    if (!own && sectionIndex.has(name)) return symbolIndex(`section:${name}`)!;
    const idx = symbolIndex(name);
    if (idx !== undefined) return idx;
    // A local .L symbol named by a relocation: name it through its section.
    return 0;
  };
  const symtabIndex = out.length + 1 + countRela(result, extraRelocs);
  const relaSections: OutSection[] = [];
  const addRela = (target: string, relocs: readonly { offset: number; kind: RelocKind; symbol: string; addend: bigint; elfType?: number }[]): void => {
    if (relocs.length === 0) return;
    const b = new ByteBuffer(24 * relocs.length);
    for (const r of relocs) {
      let sym = relocSymbol(r.symbol);
      let addend = r.addend;
      const own = ownSymbols().get(r.symbol);
      if (sym === 0 && own && own.section && sectionIndex.has(own.section)) {
        sym = symbolIndex(`section:${own.section}`)!;
        addend += own.value;
      }
      b.intNumber(r.offset, 8);
      b.u32(r.elfType ?? relocationNumbers[r.kind]); // r_info: type in the low word, symbol index in the high word
      b.u32(sym);
      b.u64(addend);
    }
    const info = sectionIndex.get(target)!;
    relaSections.push({
      name: `.rela${out[info - 1]!.name}`, type: SHT_RELA, flags: SHF_INFO_LINK | (out[info - 1]!.flags & SHF_GROUP), addr: 0n,
      data: b.toBytes(), size: b.length, link: symtabIndex, info, align: 8, entsize: 24,
    });
  };
  for (const s of result.sections) addRela(s.name, s.relocations);
  for (const [name, relocs] of extraRelocs) addRela(name, relocs);
  // Place each .rela section right after the section it relocates, as GNU as does.
  // The group sections come first.
  const ordered: OutSection[] = [];
  const renumber = new Map<number, number>();
  const relaOf = new Map(relaSections.map((r) => [r.info, r]));
  const relaIndex = new Map<number, number>();
  out.forEach((s, i) => {
    renumber.set(i + 1, groupNames.length + ordered.length + 1);
    ordered.push(s);
    const rela = relaOf.get(i + 1);
    if (rela) { relaIndex.set(i + 1, groupNames.length + ordered.length + 1); ordered.push(rela); }
  });
  for (const r of relaSections) r.info = renumber.get(r.info)!;
  // sh_link of an "o" section: the section it is ordered after.
  for (const s of result.sections) {
    if (s.linkOrder === undefined) continue;
    const target = sectionIndex.get(s.linkOrder);
    if (target !== undefined) out[sectionIndex.get(s.name)! - 1]!.link = renumber.get(target)!;
  }
  for (const s of symbols) if (s.shndx > 0 && s.shndx < 0xff00 && !fixedIndex.has(s)) s.shndx = renumber.get(s.shndx)!;
  const groupSections: OutSection[] = groupNames.map((name) => {
    const g = groups.get(name)!;
    const b = new ByteBuffer(4 + 8 * g.members.length);
    b.u32(g.comdat ? 1 : 0); // GRP_COMDAT
    for (const key of g.members) {
      const at = sectionIndex.get(key)!;
      b.u32(renumber.get(at)!);
      const rela = relaIndex.get(at);
      if (rela !== undefined) b.u32(rela);
    }
    return { name: '.group', type: SHT_GROUP, flags: 0, addr: 0n, data: b.toBytes(), size: b.length, link: 0, info: symbolIndex(`group:${name}`) ?? symbolIndex(name) ?? 0, align: 4, entsize: 4 };
  });
  ordered.unshift(...groupSections);
  const { symtab, strtab } = symbolTable(symbols);
  const symtabAt = ordered.length + 1;
  for (const r of relaSections) r.link = symtabAt;
  for (const g of groupSections) g.link = symtabAt;
  ordered.push({ name: '.symtab', type: SHT_SYMTAB, flags: 0, addr: 0n, data: symtab, size: symtab.length, link: symtabAt + 1, info: firstGlobal, align: 8, entsize: 24 });
  ordered.push({ name: '.strtab', type: SHT_STRTAB, flags: 0, addr: 0n, data: strtab, size: strtab.length, link: 0, info: 0, align: 1, entsize: 0 });
  return writeFile((shoff, shnum, shstrndx) => elfHeader(1, 0n, 0, 0, shoff, shnum, shstrndx), ordered, 64, undefined, true);
}

function countRela(result: AssemblyResult, extra: ReadonlyMap<string, unknown[]>): number {
  return result.sections.filter((s) => s.relocations.length > 0).length + [...extra.values()].filter((r) => r.length > 0).length;
}

/** A relocation of a debug section the writer makes (its .rela section is added with the others). */
type DebugRelocation = { offset: number; kind: RelocKind; symbol: string; addend: bigint };

/** An R_AARCH64_ABS32/ABS64 relocation at `offset` of a debug section. */
function absoluteRelocation(offset: number, size: 4 | 8, symbol: string, addend = 0n): DebugRelocation {
  return { offset, kind: size === 8 ? 'R_AARCH64_ABS64' : 'R_AARCH64_ABS32', symbol, addend };
}

/** Appends a PROGBITS section the writer makes (a debug section) and indexes it. */
function addMadeSection(out: OutSection[], sectionIndex: Map<string, number>, name: string, data: Uint8Array,
  align = 1, flags = 0, entsize = 0): OutSection {
  sectionIndex.set(name, out.length + 1);
  const section: OutSection = { name, type: SHT_PROGBITS, flags, addr: 0n, data, size: data.length, link: 0, info: 0, align, entsize };
  out.push(section);
  return section;
}

/**
 * The directory and file tables of a line program from `.file` entries, as GNU as builds them: DWARF 5 (when there
 * is a `.file 0`) lists directory 0 (the compilation directory) and file 0, version 3 starts at 1. A file's
 * directory part becomes a directory entry (shared by equal ones); file 0's never shares entry 0, which GNU as
 * sets from `.file 0`'s directory only after placing the name's.
 */
function lineFileTable(entries: readonly DwarfLineFile[], compDir: string | undefined): {
  version: 3 | 5; directories: string[]; files: { name: string; directory: number }[];
  /** The entry of a directory, added when new (for files named after the table is made). */
  directoryIndex: (dir: string | undefined) => number;
} {
  const byNumber = new Map(entries.map((f) => [f.number, f]));
  const file0 = byNumber.get(0);
  const version = file0 ? 5 : 3;
  const directories: string[] = version === 5 ? [file0!.directory ?? compDir ?? ''] : [];
  const files: { name: string; directory: number }[] = [];
  const directoryIndex = (dir: string | undefined, from = 0): number => {
    if (dir === undefined || dir === '') return 0;
    const at = directories.indexOf(dir, from);
    if (at >= 0) return version === 5 ? at : at + 1;
    directories.push(dir);
    return version === 5 ? directories.length - 1 : directories.length;
  };
  const highest = Math.max(...entries.map((f) => f.number));
  for (let n = version === 5 ? 0 : 1; n <= highest; n++) {
    const f = byNumber.get(n);
    if (!f) { files.push({ name: '', directory: 0 }); continue; }
    if (f.directory !== undefined && n !== 0) { files.push({ name: f.name, directory: directoryIndex(f.directory) }); continue; }
    const p = splitPath(f.name);
    files.push({ name: p.name, directory: directoryIndex(p.directory, n === 0 ? 1 : 0) });
  }
  return { version, directories, files, directoryIndex };
}

/**
 * The line program of compiler output (`.file N`, `.loc`), laid out as GNU as does: DWARF 5 with the names in
 * .debug_line_str when there is a `.file 0`, else version 3. It fills the compiler's empty .debug_line (or a
 * new one). Returns whether it made .debug_line_str (its section symbol then comes with GNU as's late ones).
 */
function addCompilerLineProgram(result: AssemblyResult, options: ObjectOptions, out: OutSection[], sectionIndex: Map<string, number>,
  extraRelocs: Map<string, DebugRelocation[]>): boolean {
  const lines = result.dwarfLines;
  if (!lines || lines.rows.length === 0) return false;
  const { version, directories, files } = lineFileTable(lines.files, options.compDir);
  const bySection = new Map<string, ObjectLineRow[]>();
  for (const r of lines.rows) {
    let rows = bySection.get(r.section);
    if (!rows) bySection.set(r.section, (rows = []));
    rows.push(r);
  }
  const lineStrOut = out.find((o) => o.name === '.debug_line_str');
  const program = buildObjectLineProgram({
    version, directories, files, lineStrBase: lineStrOut?.size ?? 0,
    sequences: [...bySection].map(([section, rows]) => ({ section, rows, end: result.sections.find((s) => s.name === section)?.size ?? 0 })),
  });
  const ownLine = out.find((o) => o.name === '.debug_line');
  if (ownLine && ownLine.size === 0) {
    ownLine.data = program.bytes;
    ownLine.size = program.bytes.length;
  } else if (!ownLine) addMadeSection(out, sectionIndex, '.debug_line', program.bytes);
  else return false; // a .debug_line with contents already: the compiler wrote its own
  extraRelocs.set('.debug_line', program.relocations.map((r) => absoluteRelocation(r.offset, r.size, r.section, r.addend)));
  if (program.lineStr.length > 0) {
    if (lineStrOut) {
      const joined = new Uint8Array(lineStrOut.size + program.lineStr.length);
      joined.set(lineStrOut.data.subarray(0, lineStrOut.size));
      joined.set(program.lineStr, lineStrOut.size);
      lineStrOut.data = joined;
      lineStrOut.size = joined.length;
    } else {
      addMadeSection(out, sectionIndex, '.debug_line_str', program.lineStr, 1, SHF_MERGE | SHF_STRINGS, 1);
      return true;
    }
  }
  return false;
}

/**
 * The DWARF GNU as writes itself: for `-g` (rows from the assembly lines) or for `.loc` without the compiler's
 * own .debug_info (rows from .loc): a version 3 line program, a compile unit in .debug_info (version 2 with -g,
 * 3 otherwise) naming its code by DW_AT_low_pc/high_pc or, for several code sections, DW_AT_ranges, with
 * .debug_abbrev, .debug_aranges, .debug_str and .debug_ranges. Returns the section symbols in the order GNU as
 * makes them.
 */
function addObjectDebugInfo(result: AssemblyResult, options: ObjectOptions, out: OutSection[], sectionIndex: Map<string, number>,
  extraRelocs: Map<string, DebugRelocation[]>): string[] {
  if (out.some((o) => o.name === '.debug_info')) {
    const madeLineStr = addCompilerLineProgram(result, options, out, sectionIndex, extraRelocs);
    // (The entry after the three made early: see the 'dwarf' order entry.)
    return madeLineStr ? ['', '', '', '.debug_line_str'] : [];
  }
  const locs = result.dwarfLines && result.dwarfLines.rows.length > 0 ? result.dwarfLines : undefined;
  // `.file 0` (DWARF 5): directory 0 is the compilation directory, file 0 the main file; the names go to
  // .debug_line_str and the unit is a DWARF 5 one.
  const file0 = locs?.files.find((f) => f.number === 0);
  const v5 = file0 !== undefined;
  // (Without .loc rows, -g: a version 3 table the assembly files are added to below.)
  const { directories, files, directoryIndex } = lineFileTable(locs?.files ?? [], options.compDir);
  let rows: (ObjectLineRow & { section: string })[];
  let unitName: string;
  if (locs) {
    const byNumber = new Map(locs.files.map((f) => [f.number, f]));
    rows = locs.rows.map((r) => ({ ...r }));
    const one = v5 ? file0 : byNumber.get(1);
    unitName = one ? (one.directory !== undefined && !v5 ? `${one.directory}/${one.name}` : one.name) : result.fileName ?? 'a.s';
  } else {
    // -g: a row for each instruction whose line differs from the last row's.
    const fileNumbers = new Map<string, number>();
    rows = [];
    let last: { file: number; line: number } | undefined;
    for (const l of result.lines) {
      if (l.instruction === false) continue;
      let file = fileNumbers.get(l.file);
      if (file === undefined) {
        const p = splitPath(l.file);
        files.push({ name: p.name, directory: directoryIndex(p.directory) });
        fileNumbers.set(l.file, (file = files.length));
      }
      if (last && last.file === file && last.line === l.line) continue;
      last = { file, line: l.line };
      rows.push({ section: l.section, offset: l.offset, file, line: l.line, column: 0, isStmt: true, discriminator: 0, isa: 0, flags: 0 });
    }
    unitName = result.fileName ?? 'a.s';
  }
  if (rows.length === 0) return [];
  const bySection = new Map<string, ObjectLineRow[]>();
  for (const r of rows) {
    let list = bySection.get(r.section);
    if (!list) bySection.set(r.section, (list = []));
    list.push(r);
  }
  const sizeOf = (name: string): number => result.sections.find((x) => x.name === name)?.size ?? 0;
  const program = buildObjectLineProgram({
    version: v5 ? 5 : 3, directories, files, lineStrBase: 0,
    sequences: [...bySection].map(([section, list]) => ({ section, rows: list, end: sizeOf(section) })),
  });
  // The code the unit covers: the sections with rows, in the order of their sequences.
  const code = [...bySection.keys()];
  const add = (name: string, data: Uint8Array, relocs: DebugRelocation[], align = 1, flags = 0, entsize = 0): void => {
    addMadeSection(out, sectionIndex, name, data, align, flags, entsize);
    if (relocs.length > 0) extraRelocs.set(name, relocs);
  };
  const abs = absoluteRelocation;
  add('.debug_line', program.bytes, program.relocations.map((r) => abs(r.offset, r.size, r.section, r.addend)));
  if (v5) add('.debug_line_str', program.lineStr, [], 1, SHF_MERGE | SHF_STRINGS, 1);
  // .debug_str: the unit's name, the compilation directory, the producer.
  const str = new ByteBuffer(64);
  const nameAt = str.length; str.cstring(unitName);
  const dirAt = str.length; str.cstring(options.compDir ?? '');
  const producerAt = str.length; str.cstring(options.producer ?? 'GNU AS 2.40');
  // A DW_TAG_subprogram child for each function with a size, in symbol-table order.
  const byName = new Map(result.symbols.map((x) => [x.name, x]));
  const named = result.symbolOrder
    ? result.symbolOrder.flatMap((e) => (e.kind === 'symbol' ? [byName.get(e.name)] : [])).filter((x) => x !== undefined)
    : result.symbols;
  const functions = [...new Set(named)].filter((x) => x.type === 'func' && x.size > 0 && x.section !== undefined && sectionIndex.has(x.section));
  // DW_AT_external only when some function is global (a weak one is not).
  const external = functions.some((f) => f.binding === 'global');
  // Its form: DW_FORM_flag_present (no byte) in a DWARF 5 unit whose functions are all global, else DW_FORM_flag.
  const externalPresent = external && v5 && functions.every((f) => f.binding === 'global');
  const ranges = code.length > 1;
  const info = new ByteBuffer(64);
  const infoRelocs: DebugRelocation[] = [];
  info.u32(0);
  if (v5) {
    info.u16(5); info.u8(1); info.u8(8); // DW_UT_compile, address size
    infoRelocs.push(abs(info.length, 4, '.debug_abbrev')); info.u32(0);
  } else {
    info.u16(options.debugInfo ? 2 : 3);
    infoRelocs.push(abs(info.length, 4, '.debug_abbrev')); info.u32(0);
    info.u8(8);
  }
  info.uleb(1);
  infoRelocs.push(abs(info.length, 4, '.debug_line')); info.u32(0);
  // DWARF 5 ranges: the list after .debug_rnglists' 12-byte header; the high pc is a length.
  if (ranges) { infoRelocs.push(abs(info.length, 4, v5 ? '.debug_rnglists' : '.debug_ranges', v5 ? 12n : 0n)); info.u32(0); } else if (code.length === 1) {
    infoRelocs.push(abs(info.length, 8, code[0]!)); info.u64(0n);
    if (v5) info.uleb(sizeOf(code[0]!));
    else { infoRelocs.push(abs(info.length, 8, code[0]!, BigInt(sizeOf(code[0]!)))); info.u64(0n); }
  } else { info.u64(0n); if (v5) info.uleb(0); else info.u64(0n); }
  for (const at of [nameAt, dirAt, producerAt]) { infoRelocs.push(abs(info.length, 4, '.debug_str', BigInt(at))); info.u32(0); }
  info.u16(0x8001); // DW_LANG_Mips_Assembler
  const unspecifiedRefs: number[] = [];
  for (const f of functions) {
    info.uleb(2);
    infoRelocs.push(abs(info.length, 4, '.debug_str', BigInt(str.length))); info.u32(0);
    str.cstring(f.name);
    if (external && !externalPresent) info.u8(f.binding === 'global' ? 1 : 0); // DW_AT_external
    if (v5) unspecifiedRefs.push(info.length), info.u8(0); // DW_AT_type: the unspecified type below
    // A local function is named through its section, a global one by itself.
    const [symbol, base] = f.binding === 'local' ? [f.section!, f.value] : [f.name, 0n];
    infoRelocs.push(abs(info.length, 8, symbol, base)); info.u64(0n);
    if (v5) info.uleb(f.size);
    else { infoRelocs.push(abs(info.length, 8, symbol, base + BigInt(f.size))); info.u64(0n); }
  }
  if (v5 && functions.length > 0) {
    // DW_TAG_unspecified_type, the functions' type (its offset fits the one-byte ref_udata of small units).
    for (const at of unspecifiedRefs) info.patch8(at, info.length);
    info.uleb(3);
  }
  if (functions.length > 0) info.u8(0);
  info.patch32(0, info.length - 4);
  const abbrev = new ByteBuffer(32);
  abbrev.uleb(1); abbrev.uleb(0x11); abbrev.u8(functions.length > 0 ? 1 : 0); // DW_TAG_compile_unit
  const offsetForm = v5 ? 0x17 : 0x06; // DW_FORM_sec_offset in DWARF 5, data4 before
  const attributes: [number, number][] = [[0x10, offsetForm], ...(ranges ? [[0x55, offsetForm]] as [number, number][] : [[0x11, 0x01], [0x12, v5 ? 0x0f : 0x01]] as [number, number][]),
    [0x03, 0x0e], [0x1b, 0x0e], [0x25, 0x0e], [0x13, 0x05]];
  for (const [attr, form] of attributes) { abbrev.uleb(attr); abbrev.uleb(form); }
  abbrev.u8(0); abbrev.u8(0);
  if (functions.length > 0) {
    abbrev.uleb(2); abbrev.uleb(0x2e); abbrev.u8(0); // DW_TAG_subprogram, no children
    for (const [attr, form] of [[0x03, 0x0e], ...(external ? [[0x3f, externalPresent ? 0x19 : 0x0c]] : []), ...(v5 ? [[0x49, 0x15]] : []), [0x11, 0x01], [0x12, v5 ? 0x0f : 0x01]]) {
      abbrev.uleb(attr!); abbrev.uleb(form!);
    }
    abbrev.u8(0); abbrev.u8(0);
    if (v5) { abbrev.uleb(3); abbrev.uleb(0x3b); abbrev.u8(0); abbrev.u8(0); abbrev.u8(0); } // DW_TAG_unspecified_type
  }
  abbrev.u8(0);
  // .debug_aranges: header padded to 16 bytes, one (address, length) per code section, a zero pair.
  const aranges = new ByteBuffer(64);
  const arangesRelocs: DebugRelocation[] = [];
  aranges.u32(0); aranges.u16(2);
  arangesRelocs.push(abs(aranges.length, 4, '.debug_info')); aranges.u32(0);
  aranges.u8(8); aranges.u8(0); aranges.u32(0);
  for (const c of code) { arangesRelocs.push(abs(aranges.length, 8, c)); aranges.u64(0n); aranges.u64(BigInt(sizeOf(c))); }
  aranges.u64(0n); aranges.u64(0n);
  aranges.patch32(0, aranges.length - 4);
  add('.debug_info', info.toBytes(), infoRelocs);
  add('.debug_abbrev', abbrev.toBytes(), []);
  add('.debug_aranges', aranges.toBytes(), arangesRelocs, 16);
  add('.debug_str', str.toBytes(), [], 1, SHF_MERGE | SHF_STRINGS, 1);
  if (ranges && v5) {
    // .debug_rnglists: header (no offset table), DW_RLE_start_length per section, DW_RLE_end_of_list.
    const r = new ByteBuffer(64);
    const rangeRelocs: DebugRelocation[] = [];
    r.u32(0); r.u16(5); r.u8(8); r.u8(0); r.u32(0);
    for (const c of code) { r.u8(7); rangeRelocs.push(abs(r.length, 8, c)); r.u64(0n); r.uleb(sizeOf(c)); }
    r.u8(0);
    r.patch32(0, r.length - 4);
    add('.debug_rnglists', r.toBytes(), rangeRelocs);
  } else if (ranges) {
    // .debug_ranges: a base address selection entry (base 0), each section's [start, end), the end of list.
    const r = new ByteBuffer(64);
    const rangeRelocs: DebugRelocation[] = [];
    r.u64(0xffffffffffffffffn); r.u64(0n);
    for (const c of code) {
      rangeRelocs.push(abs(r.length, 8, c)); r.u64(0n);
      rangeRelocs.push(abs(r.length, 8, c, BigInt(sizeOf(c)))); r.u64(0n);
    }
    r.u64(0n); r.u64(0n);
    add('.debug_ranges', r.toBytes(), rangeRelocs, 16);
  }
  // (GNU as makes those after .debug_line when it writes the object, after .eh_frame's contents.)
  return ['.debug_info', '.debug_abbrev', '.debug_line', ...(v5 ? ['.debug_line_str'] : []),
    ...(ranges ? [v5 ? '.debug_rnglists' : '.debug_ranges'] : []), '.debug_str', '.debug_aranges'];
}

/** ELF64 ET_EXEC for a linked image: PT_LOAD per segment, plus section headers, .symtab and DWARF lines. */
export function writeExecutableElf(image: ProgramImage, layout?: readonly OutputSection[]): Uint8Array {
  const segs = image.segments;
  const phnum = segs.length;
  const headerSize = 64 + 56 * phnum;
  const headersInFirst = image.programHeaders !== undefined && segs[0] !== undefined
    && image.programHeaders.address === segs[0].vaddr + 64n && segs[0].data.length >= headerSize;
  // File offsets congruent to addresses modulo 64 KiB (GNU ld's max page size for AArch64).
  const page = 0x10000n;
  const fileOffsets: number[] = [];
  let cursor = headerSize;
  segs.forEach((s, i) => {
    if (i === 0 && headersInFirst) { fileOffsets.push(0); cursor = s.data.length; return; }
    const want = Number(s.vaddr % page);
    let off = cursor - (cursor % 0x10000) + want;
    if (off < cursor) off += 0x10000;
    fileOffsets.push(off);
    cursor = off + s.data.length;
  });
  const sections: OutSection[] = [];
  const ranges: { start: bigint; end: bigint; index: number }[] = [];
  if (layout && layout.length > 0) {
    // Section headers from the linker's layout: each section lies inside one segment.
    for (const o of layout) {
      const i = segs.findIndex((sg) => o.address >= sg.vaddr && o.address + BigInt(o.size) <= sg.vaddr + BigInt(sg.memSize));
      if (i < 0) continue;
      const sg = segs[i]!;
      const within = Number(o.address - sg.vaddr);
      const flags = SHF_ALLOC | (o.write ? SHF_WRITE : 0) | (o.execute ? SHF_EXECINSTR : 0);
      ranges.push({ start: o.address, end: o.address + BigInt(o.size), index: sections.length + 1 });
      sections.push({
        name: o.name, type: o.nobits ? SHT_NOBITS : o.name === '.init_array' ? 14 : o.name === '.fini_array' ? 15 : SHT_PROGBITS, flags, addr: o.address,
        data: o.nobits ? new Uint8Array(0) : sg.data.subarray(within, within + o.size), size: o.size, link: 0, info: 0,
        align: Math.max(1, o.align), entsize: 0, offset: fileOffsets[i]! + Math.min(within, sg.data.length),
      });
    }
  } else segs.forEach((s, i) => {
    const skip = i === 0 && headersInFirst ? headerSize : 0;
    const name = s.execute ? (sections.some((x) => x.name === '.text') ? `.text${i}` : '.text') : s.write ? (i > 1 ? `.data${i}` : '.data') : '.rodata';
    const flags = SHF_ALLOC | (s.write ? SHF_WRITE : 0) | (s.execute ? SHF_EXECINSTR : 0);
    if (s.data.length > skip) {
      ranges.push({ start: s.vaddr + BigInt(skip), end: s.vaddr + BigInt(s.data.length), index: sections.length + 1 });
      sections.push({ name, type: SHT_PROGBITS, flags, addr: s.vaddr + BigInt(skip), data: s.data.subarray(skip), size: s.data.length - skip, link: 0, info: 0, align: s.execute ? 8 : 8, entsize: 0, offset: fileOffsets[i]! + skip });
    }
    if (s.memSize > s.data.length) {
      ranges.push({ start: s.vaddr + BigInt(s.data.length), end: s.vaddr + BigInt(s.memSize), index: sections.length + 1 });
      sections.push({ name: '.bss', type: SHT_NOBITS, flags, addr: s.vaddr + BigInt(s.data.length), data: new Uint8Array(0), size: s.memSize - s.data.length, link: 0, info: 0, align: 8, entsize: 0, offset: fileOffsets[i]! + s.data.length });
    }
  });
  if (image.lines && image.lines.length > 0) addExecutableDebugInfo(image, sections);
  const shndxFor = (addr: bigint): number => ranges.find((r) => addr >= r.start && addr <= r.end)?.index ?? SHN_ABS;
  const syms: ElfSymbol[] = [];
  const sorted = [...image.symbols].filter((s) => s.type !== 'section' && s.type !== 'file')
    .sort((a, b) => (a.binding === 'local' ? 0 : 1) - (b.binding === 'local' ? 0 : 1));
  for (const s of sorted) {
    syms.push({
      name: s.name, value: s.address, size: s.size, type: s.type === 'func' ? 2 : s.type === 'object' ? 1 : s.type === 'tls' ? 6 : 0,
      bind: s.binding === 'local' ? 0 : s.binding === 'weak' ? 2 : 1, shndx: shndxFor(s.address),
    });
  }
  const firstGlobal = syms.findIndex((s) => s.bind !== 0);
  const { symtab, strtab } = symbolTable(syms);
  const symtabAt = sections.length + 1;
  sections.push({ name: '.symtab', type: SHT_SYMTAB, flags: 0, addr: 0n, data: symtab, size: symtab.length, link: symtabAt + 1, info: firstGlobal < 0 ? syms.length + 1 : firstGlobal + 1, align: 8, entsize: 24 });
  sections.push({ name: '.strtab', type: SHT_STRTAB, flags: 0, addr: 0n, data: strtab, size: strtab.length, link: 0, info: 0, align: 1, entsize: 0 });
  const phdrs = new ByteBuffer(56 * phnum);
  segs.forEach((s, i) => {
    phdrs.u32(1); // PT_LOAD
    phdrs.u32((s.read ? 4 : 0) | (s.write ? 2 : 0) | (s.execute ? 1 : 0));
    phdrs.u64(BigInt(fileOffsets[i]!)); phdrs.u64(s.vaddr); phdrs.u64(s.vaddr);
    phdrs.u64(BigInt(s.data.length)); phdrs.u64(BigInt(s.memSize)); phdrs.u64(page);
  });
  return writeFile((shoff, shnum, shstrndx) => {
    const h = elfHeader(2, image.entry, 64, phnum, shoff, shnum, shstrndx);
    const all = new Uint8Array(headerSize);
    all.set(h, 0);
    all.set(phdrs.toBytes(), 64);
    return all;
  }, sections, headerSize, (file) => {
    segs.forEach((s, i) => {
      const off = fileOffsets[i]!;
      if (file.length < off) file.fill(off - file.length);
      if (i === 0 && headersInFirst) { file.append(s.data.subarray(headerSize)); return; }
      file.append(s.data);
    });
  });
}

function addExecutableDebugInfo(image: ProgramImage, sections: OutSection[]): void {
  const lines = image.lines!.filter((l) => !l.endSequence);
  const fileNames: string[] = [];
  for (const l of lines) if (!fileNames.includes(l.file)) fileNames.push(l.file);
  const dirs: string[] = [];
  const files = fileNames.map((f) => {
    const p = splitPath(f);
    if (p.directory === '') return { name: p.name, directory: 0 };
    let d = dirs.indexOf(p.directory);
    if (d < 0) { dirs.push(p.directory); d = dirs.length - 1; }
    return { name: p.name, directory: d + 1 };
  });
  // One sequence per executable segment that has rows.
  const sequences: LineSequence[] = [];
  for (const seg of image.segments.filter((s) => s.execute)) {
    const end = seg.vaddr + BigInt(seg.data.length);
    const rows = lines.filter((l) => l.address >= seg.vaddr && l.address < end)
      .map((l) => ({ address: l.address, file: fileNames.indexOf(l.file) + 1, line: l.line }))
      .sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
    if (rows.length > 0) {
      const lastSymbolEnd = rows[rows.length - 1]!.address + 4n;
      sequences.push({ start: rows[0]!.address, end: lastSymbolEnd > end ? end : end, rows });
    }
  }
  if (sequences.length === 0) return;
  const program = buildLineProgram(dirs, files, sequences);
  const first = sequences[0]!;
  const info = buildInfo({ name: fileNames[0] ?? 'a.s', compDir: '', lowPc: first.start, highPc: first.end });
  for (const [name, data] of [['.debug_line', program.bytes], ['.debug_info', info.bytes], ['.debug_abbrev', buildAbbrev()]] as const) {
    sections.push({ name, type: SHT_PROGBITS, flags: 0, addr: 0n, data, size: data.length, link: 0, info: 0, align: 1, entsize: 0 });
  }
}
