// The objdump-compatible listing: `objdump -d` / `-D` of an ELF file and `-D -b binary -m aarch64` of raw bytes,
// with GNU objdump 2.40's layout (address column width, hex word, symbol header lines, `<sym+0xoff>` targets,
// `...` for runs of zero bytes, `.word`/`.short`/`.byte` for data marked by `$d` mapping symbols).
// Pure: bytes in, text or an error message out.
import { parseElf, sectionData, SHF_ALLOC, SHF_EXECINSTR, SHT_NOBITS, SHT_NULL, SHT_SYMTAB, SHT_STRTAB, SHT_DYNSYM, ET_REL } from '../elf/reader.js';
import type { ElfFile, ElfSection } from '../elf/reader.js';
import { disassemble } from '../isa/index.js';
import type { Symbolizer } from '../isa/api.js';
import { buildSymbolIndex, type ListingSymbol, type SymbolIndex } from './symbols.js';

export interface ObjdumpOptions {
  /** The name printed in the `<file>:     file format ...` line (the path as given). */
  readonly fileName: string;
  /** `-D`: every section with contents, mapping symbols ignored (everything is decoded as instructions). */
  readonly disassembleAll: boolean;
  /** `-b binary`: the whole input is one section `.data` at address 0. */
  readonly binary?: boolean;
  /** `-z`: do not replace runs of zero bytes with `...`. */
  readonly disassembleZeroes?: boolean;
}

export type ObjdumpResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/** objdump skips a run of at least this many zero bytes... */
const SKIP_ZEROES = 8;
/** ...or a shorter run (under this many bytes) that reaches the end of the region. */
const SKIP_ZEROES_AT_END = 3;

/** Collects output lines, joining them in batches (a million-line listing would otherwise be slow to join). */
class Output {
  private readonly done: string[] = [];
  private batch: string[] = [];
  push(text: string): void {
    this.batch.push(text);
    if (this.batch.length >= 2048) {
      this.done.push(this.batch.join(''));
      this.batch = [];
    }
  }
  text(): string {
    return this.done.join('') + this.batch.join('');
  }
}

/** One section to disassemble, with the symbols that name and split it. */
interface ListingSection {
  readonly name: string;
  readonly index: number;
  readonly address: bigint;
  readonly bytes: Uint8Array;
  /** Offsets that a relocation patches (relocatable files), with the relocation's symbol. */
  readonly relocated?: ReadonlyMap<number, RelocationTarget | undefined>;
}

/** Produces objdump's listing for the input bytes, or a message when the input cannot be read. */
export function objdumpListing(input: Uint8Array, options: ObjdumpOptions): ObjdumpResult {
  if (options.binary) {
    const section: ListingSection = { name: '.data', index: 1, address: 0n, bytes: input };
    const symbols = buildSymbolIndex([], false);
    const out = new Output();
    out.push(`\n${options.fileName}:     file format binary\n\n`);
    if (input.length > 0) listSection(out, section, symbols, [], true, options);
    return { ok: true, text: out.text() };
  }
  const parsed = parseElf(input);
  if (!parsed.ok) return { ok: false, message: `${options.fileName}: ${parsed.message}` };
  const elf = parsed.elf;
  const allocated = elf.sections
    .filter((s) => (s.flags & SHF_ALLOC) !== 0 && s.size > 0)
    .map((s) => ({ index: s.index, name: s.name, address: s.address, size: s.size }));
  // BFD's HAS_RELOC: a relocatable file that actually has relocations. Only then are targets inside the current
  // section named by that section's symbols alone.
  const hasRelocations = elf.header.type === ET_REL
    && elf.sections.some((s) => (s.type === 4 || s.type === 9) && s.size > 0);
  const symbols = buildSymbolIndex(elfListingSymbols(elf), hasRelocations, elf.header.type === ET_REL ? [] : allocated);
  const out = new Output();
  out.push(`\n${options.fileName}:     file format elf64-littleaarch64\n\n`);
  for (const section of elf.sections) {
    if (!wantSection(elf, section, options.disassembleAll)) continue;
    const bytes = section.type === SHT_NOBITS ? new Uint8Array(section.size) : input.subarray(section.offset, section.offset + section.size);
    if (bytes.length !== section.size) {
      return { ok: false, message: `${options.fileName}: section ${section.name} extends past the end of the file` };
    }
    const mapping = options.disassembleAll ? [] : mappingSymbols(elf, section.index);
    const relocated = elf.header.type === ET_REL ? relocatedOffsets(elf, section.index) : undefined;
    listSection(out, { name: section.name, index: section.index, address: section.address, bytes, relocated },
      symbols, mapping, options.disassembleAll, options);
  }
  return { ok: true, text: out.text() };
}

/** Sections objdump disassembles: code sections for -d; for -D every section with contents that BFD exposes. */
function wantSection(elf: ElfFile, section: ElfSection, all: boolean): boolean {
  if (section.size === 0 || section.type === SHT_NULL) return false;
  // -D lists allocated NOBITS sections (.bss, .tbss) as zeros; -d never lists them.
  if (section.type === SHT_NOBITS) return all && (section.flags & SHF_ALLOC) !== 0;
  if (!all) return (section.flags & SHF_EXECINSTR) !== 0;
  if (section.type === SHT_SYMTAB) return false;
  // Relocation sections are sections of their own only when allocated (.rela.plt, .rela.dyn of executables).
  if ((section.type === 4 /* RELA */ || section.type === 9 /* REL */) && (section.flags & SHF_ALLOC) === 0) return false;
  if (section.type === SHT_STRTAB) {
    if (section.index === elf.header.sectionNameTableIndex) return false;
    if (elf.sections.some((s) => (s.type === SHT_SYMTAB || s.type === SHT_DYNSYM) && s.link === section.index)) {
      return elf.sections.some((s) => s.type === SHT_DYNSYM && s.link === section.index);
    }
  }
  return true;
}

/** The symbols objdump uses for names: no section/file symbols, nothing undefined or common, no mapping symbols. */
function elfListingSymbols(elf: ElfFile): ListingSymbol[] {
  const result: ListingSymbol[] = [];
  for (const s of elf.symbols) {
    if (s.name === '' || s.type === 3 || s.type === 4) continue;
    if (s.sectionIndex === 0 || s.sectionIndex === 0xfff2) continue;
    if (isMappingSymbol(s.name)) continue;
    result.push({
      name: s.name,
      value: s.value,
      sectionIndex: s.sectionIndex,
      isFunction: s.type === 2,
      isObject: s.type === 1,
      // BFD's "global" excludes weak symbols, so a global alias wins over a weak one at the same address.
      isGlobal: s.binding === 1,
      isLocal: s.binding === 0,
      size: s.size,
    });
  }
  return result;
}

function isMappingSymbol(name: string): boolean {
  return /^\$[xd](\.|$)/.test(name);
}

/** The symbol a relocation refers to: objdump names a relocated instruction's target after it. */
interface RelocationTarget {
  readonly name: string;
  readonly value: bigint;
  readonly undefinedSymbol: boolean;
}

/** Offsets of the section that SHT_RELA/SHT_REL sections apply relocations to, with their symbols. */
function relocatedOffsets(elf: ElfFile, sectionIndex: number): Map<number, RelocationTarget | undefined> {
  const offsets = new Map<number, RelocationTarget | undefined>();
  for (const rel of elf.sections) {
    if ((rel.type !== 4 && rel.type !== 9) || rel.info !== sectionIndex) continue;
    const data = sectionData(elf, rel);
    const entry = rel.type === 4 ? 24 : 16;
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    for (let at = 0; at + entry <= data.length; at += entry) {
      const offset = view.getBigUint64(at, true);
      const symbolIndex = Number(view.getBigUint64(at + 8, true) >> 32n);
      const sym = symbolIndex > 0 ? elf.symbols[symbolIndex - 1] : undefined;
      const target = sym ? { name: sym.name, value: sym.value, undefinedSymbol: sym.sectionIndex === 0 } : undefined;
      if (offset <= BigInt(Number.MAX_SAFE_INTEGER) && !offsets.has(Number(offset))) offsets.set(Number(offset), target);
    }
  }
  return offsets;
}

/** Mapping symbols of one section, sorted by address: true where data starts ($d), false where code starts ($x). */
interface MappingPoint {
  readonly address: bigint;
  readonly data: boolean;
}

function mappingSymbols(elf: ElfFile, sectionIndex: number): MappingPoint[] {
  const points: MappingPoint[] = [];
  for (const s of elf.symbols) {
    if (s.sectionIndex !== sectionIndex || !isMappingSymbol(s.name)) continue;
    points.push({ address: s.value, data: s.name[1] === 'd' });
  }
  points.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  return points;
}

/** Width objdump gives the address column: leading zeros of the section's end address, kept in groups of four. */
function addressSkipChars(section: ListingSection): number {
  const end = hex16(section.address + BigInt(section.bytes.length));
  let zeros = 0;
  while (zeros < 16 && end[zeros] === '0') zeros++;
  if (zeros === 16 && section.address !== 0n) return 0;
  return zeros === 0 ? 0 : (zeros - 1) & ~3;
}

function hex16(value: bigint): string {
  return BigInt.asUintN(64, value).toString(16).padStart(16, '0');
}

/** The address column: hex without leading zeros, right-aligned in the width objdump keeps (16 - skip). */
function formatAddress(address: bigint, skip: number): string {
  return BigInt.asUintN(64, address).toString(16).padStart(16 - skip, ' ');
}

/** Byte to two hex digits, for the word column (this runs once per listed word). */
const byteHex: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function wordHex(bytes: Uint8Array, offset: number): string {
  return byteHex[bytes[offset + 3]!]! + byteHex[bytes[offset + 2]!]! + byteHex[bytes[offset + 1]!]! + byteHex[bytes[offset]!]!;
}

/** Appends one section's listing to `out`. */
function listSection(out: Output, section: ListingSection, symbols: SymbolIndex, mapping: readonly MappingPoint[],
  allCode: boolean, options: ObjdumpOptions): void {
  out.push(`\nDisassembly of section ${section.name}:\n`);
  const skip = addressSkipChars(section);
  const bytes = section.bytes;
  const size = bytes.length;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const symbolize: Symbolizer | undefined = symbols.empty
    ? undefined
    : (address) => {
      // An address below every symbol is named `<first-0x..>` as objdump does; the offset stays non-negative.
      const named = symbols.nameFor(address, section.index, section.address, size, section.name);
      return named.offset < 0n ? { name: `${named.name}-0x${(-named.offset).toString(16)}`, offset: 0n } : named;
    };
  const boundaries = symbols.boundariesIn(section.index, section.address, size);
  // Addresses as plain numbers when they stay exact (the common case), BigInt otherwise.
  const sectionBase = section.address + BigInt(size) <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(section.address) : undefined;
  let offset = 0;
  let boundary = 0;
  let mapIndex = -1;
  while (offset < size) {
    // A new region starts here: print its header line with the symbol that names it.
    while (boundary < boundaries.length && boundaries[boundary]! <= section.address + BigInt(offset)) boundary++;
    const stop = boundary < boundaries.length ? Math.min(size, Number(boundaries[boundary]! - section.address)) : size;
    const header = symbols.headerFor(section.address + BigInt(offset), section.index, section.name, section.address);
    out.push(`\n${hex16(section.address + BigInt(offset))} <${header}>:\n`);
    // With -d, a region named by a data object is dumped as hex words and characters, 16 bytes a line.
    const objectDump = !allCode && symbols.regionIsObject(section.address + BigInt(offset), section.index);
    while (offset < stop) {
      if (!options.disassembleZeroes) {
        let z = offset;
        while (z < stop && bytes[z] === 0) z++;
        const run = z - offset;
        if (run >= SKIP_ZEROES || (z === stop && run < SKIP_ZEROES_AT_END && run > 0)) {
          out.push('\t...\n');
          offset = z === stop ? z : offset + (run & ~3);
          continue;
        }
      }
      if (objectDump) {
        const line = Math.min(16, stop - offset);
        out.push(`${formatAddress(section.address + BigInt(offset), skip)}:\t${objectLine(bytes, offset, line, stop)}\n`);
        offset += line;
        continue;
      }
      const address = sectionBase !== undefined ? BigInt(sectionBase + offset) : section.address + BigInt(offset);
      while (mapIndex + 1 < mapping.length && mapping[mapIndex + 1]!.address <= address) mapIndex++;
      const isData = !allCode && mapIndex >= 0 && mapping[mapIndex]!.data;
      const addressText = sectionBase !== undefined
        ? (sectionBase + offset).toString(16).padStart(16 - skip, ' ')
        : formatAddress(address, skip);
      if (isData) {
        let chunk = 4 - (offset & 3);
        const next = mapIndex + 1 < mapping.length ? mapping[mapIndex + 1]!.address : undefined;
        const nextSymbol = symbols.nextSymbolAfter(address, section.index);
        for (const n of [next, nextSymbol]) {
          if (n !== undefined && n > address && n - address < BigInt(chunk)) chunk = Number(n - address);
        }
        if (chunk === 3) chunk = offset & 1 ? 1 : 2;
        if (offset + chunk > stop) chunk = stop - offset;
        if (chunk === 3) chunk = 2;
        out.push(dataLine(addressText, view, offset, chunk));
        offset += chunk;
        continue;
      }
      if (offset + 4 > size) {
        out.push(`${addressText}:\tAddress 0x${address.toString(16)} is out of bounds.\n\n`);
        return;
      }
      // A word that runs past the region's end: -d stops at the region ("out of bounds"); -D still decodes it,
      // without its hex. Either way the next region starts at its symbol.
      if (offset + 4 > stop && offset + 4 <= size && !allCode) {
        out.push(`${addressText}:\tAddress 0x${address.toString(16)} is out of bounds.\n\n`);
        offset = stop;
        continue;
      }
      if (offset + 4 > stop && offset + 4 <= size) {
        const d = disassemble(view.getUint32(offset, true), address, symbolize);
        out.push(`${addressText}:\t \t${d.text}\n`);
        offset = stop;
        continue;
      }
      const word = view.getUint32(offset, true);
      // As objdump does, a relocated instruction's PC-relative target is computed from address 0 plus the value
      // of the relocation's symbol, and an undefined symbol names the target directly (`bl 0 <puts>`).
      let d;
      if (section.relocated?.has(offset)) {
        const r = section.relocated.get(offset);
        if (r?.undefinedSymbol) d = disassemble(word, 0n, (t) => ({ name: r.name, offset: t }));
        else d = disassemble(word, r && r.name !== '' ? r.value : 0n, symbolize);
      } else d = disassemble(word, address, symbolize);
      out.push(`${addressText}:\t${wordHex(bytes, offset)} \t${d.text}\n`);
      offset += 4;
    }
  }
}

/** One line of an object's hex dump: up to four little-endian words, then the bytes as characters. */
function objectLine(bytes: Uint8Array, offset: number, length: number, stop: number): string {
  let hex = '';
  for (let k = 0; k < 16; k += 4) {
    if (k >= length) hex += '         ';
    else if (offset + k + 4 <= stop) hex += wordHex(bytes, offset + k) + ' ';
    else hex += ' ';
  }
  let text = '';
  for (let k = 0; k < length; k++) {
    const b = bytes[offset + k]!;
    text += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.';
  }
  return `${hex}    ${text}`;
}

/** One `.byte`/`.short`/`.word` line in objdump's layout (hex column padded to four bytes). */
function dataLine(addressText: string, view: DataView, offset: number, chunk: number): string {
  let value: number;
  let directive: string;
  if (chunk === 4) { value = view.getUint32(offset, true); directive = '.word'; }
  else if (chunk === 2) { value = view.getUint16(offset, true); directive = '.short'; }
  else { value = view.getUint8(offset); directive = '.byte'; }
  const hex = value.toString(16).padStart(chunk * 2, '0');
  const pad = ' '.repeat(((4 - chunk) / chunk) * (chunk * 2 + 1));
  return `${addressText}:\t${hex} ${pad}\t${directive}\t0x${hex}\n`;
}
