// A defensive reader for ELF64 little-endian AArch64 files: file header, program headers, section headers,
// section names, symbol tables. Every offset and size is checked against the file before it is used, so a
// malformed or truncated file yields `{ ok: false, message }` naming what is wrong; the reader never throws.

export const ET_REL = 1;
export const ET_EXEC = 2;
export const ET_DYN = 3;
export const ET_CORE = 4;
export const EM_AARCH64 = 183;

export const PT_NULL = 0;
export const PT_LOAD = 1;
export const PT_DYNAMIC = 2;
export const PT_INTERP = 3;
export const PT_NOTE = 4;
export const PT_PHDR = 6;
export const PT_TLS = 7;
export const PT_GNU_STACK = 0x6474e551;

export const PF_X = 1;
export const PF_W = 2;
export const PF_R = 4;

export const SHT_NULL = 0;
export const SHT_PROGBITS = 1;
export const SHT_SYMTAB = 2;
export const SHT_STRTAB = 3;
export const SHT_NOBITS = 8;
export const SHT_DYNSYM = 11;

export const SHF_WRITE = 1;
export const SHF_ALLOC = 2;
export const SHF_EXECINSTR = 4;

const ELF_HEADER_SIZE = 64;
const PROGRAM_HEADER_SIZE = 56;
const SECTION_HEADER_SIZE = 64;
const SYMBOL_SIZE = 24;
/** Bound on header counts so that a hostile file cannot make the reader allocate without limit. */
const MAX_TABLE_ENTRIES = 65536;
const MAX_SYMBOLS = 4_000_000;

export interface ElfHeader {
  readonly type: number;
  readonly machine: number;
  readonly version: number;
  readonly entry: bigint;
  readonly programHeaderOffset: number;
  readonly sectionHeaderOffset: number;
  readonly flags: number;
  readonly headerSize: number;
  readonly programHeaderEntrySize: number;
  readonly programHeaderCount: number;
  readonly sectionHeaderEntrySize: number;
  readonly sectionHeaderCount: number;
  readonly sectionNameTableIndex: number;
  readonly osAbi: number;
}

export interface ElfProgramHeader {
  readonly type: number;
  readonly flags: number;
  readonly offset: number;
  readonly vaddr: bigint;
  readonly paddr: bigint;
  readonly fileSize: number;
  readonly memSize: number;
  readonly align: bigint;
}

export interface ElfSection {
  readonly index: number;
  readonly name: string;
  readonly type: number;
  readonly flags: number;
  readonly address: bigint;
  readonly offset: number;
  readonly size: number;
  readonly link: number;
  readonly info: number;
  readonly addressAlign: bigint;
  readonly entrySize: number;
}

export interface ElfSymbol {
  readonly name: string;
  readonly value: bigint;
  readonly size: number;
  /** STT_* value (0 notype, 1 object, 2 func, 3 section, 4 file, 6 tls). */
  readonly type: number;
  /** STB_* value (0 local, 1 global, 2 weak). */
  readonly binding: number;
  readonly sectionIndex: number;
}

export interface ElfFile {
  readonly bytes: Uint8Array;
  readonly header: ElfHeader;
  readonly programHeaders: readonly ElfProgramHeader[];
  readonly sections: readonly ElfSection[];
  /** Symbols of .symtab (or .dynsym when there is no .symtab), without the null symbol. */
  readonly symbols: readonly ElfSymbol[];
  /**
   * Set when parsing with `sectionsOptional` and the section header table, the section names or the symbol table
   * could not be read: `sections` and `symbols` are then empty and this says why.
   */
  readonly sectionProblem?: string;
}

export interface ParseElfOptions {
  /**
   * Linux's execve reads only the ELF header and the program headers, never the section headers: a program whose
   * section header table (e_shoff, e_shnum, e_shstrndx), section names or symbol table are damaged still runs.
   * With this option such damage leaves the file without sections and symbols (`sectionProblem` says why)
   * instead of failing the parse.
   */
  readonly sectionsOptional?: boolean;
}

export type ParseElfResult = { readonly ok: true; readonly elf: ElfFile } | { readonly ok: false; readonly message: string };

/** Signals a malformed file inside the reader; caught at the public boundary and turned into a message. */
class ElfFormatError {
  constructor(readonly message: string) {}
}

function fail(message: string): never {
  throw new ElfFormatError(message);
}

/** Little-endian reads with bounds checks that name the structure being read. */
class Cursor {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private check(offset: number, size: number, what: string): void {
    if (offset < 0 || offset + size > this.bytes.length) {
      fail(`${what} at offset 0x${offset.toString(16)} lies outside the file (size ${this.bytes.length} bytes)`);
    }
  }
  u8(offset: number, what: string): number { this.check(offset, 1, what); return this.view.getUint8(offset); }
  u16(offset: number, what: string): number { this.check(offset, 2, what); return this.view.getUint16(offset, true); }
  u32(offset: number, what: string): number { this.check(offset, 4, what); return this.view.getUint32(offset, true); }
  u64(offset: number, what: string): bigint { this.check(offset, 8, what); return this.view.getBigUint64(offset, true); }
  /** A 64-bit file offset or size that must fit in a JavaScript number. */
  size64(offset: number, what: string): number {
    const value = this.u64(offset, what);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) fail(`${what} 0x${value.toString(16)} is too large`);
    return Number(value);
  }
}

/** Checks that [offset, offset + size) lies inside the file. */
function checkRange(bytes: Uint8Array, offset: number, size: number, what: string): void {
  if (offset < 0 || size < 0 || offset > bytes.length || size > bytes.length - offset) {
    fail(`${what} (offset 0x${offset.toString(16)}, size 0x${size.toString(16)}) extends past the end of the file (size ${bytes.length} bytes)`);
  }
}

function readHeader(c: Cursor, sectionsOptional: boolean): { header: ElfHeader; sectionProblem?: string } {
  const b = c.bytes;
  if (b.length < 4 || b[0] !== 0x7f || b[1] !== 0x45 || b[2] !== 0x4c || b[3] !== 0x46) fail('not an ELF file (bad magic number)');
  if (b.length < 16) fail(`truncated ELF identification (${b.length} bytes, need 16)`);
  if (b[4] !== 2) fail(b[4] === 1 ? 'a 32-bit ELF file: only ELF64 is supported' : `invalid ELF class ${b[4]}`);
  if (b[5] !== 1) fail(b[5] === 2 ? 'a big-endian ELF file: only little-endian is supported' : `invalid ELF data encoding ${b[5]}`);
  if (b[6] !== 1) fail(`unsupported ELF identification version ${b[6]}`);
  if (b.length < ELF_HEADER_SIZE) fail(`truncated ELF header (${b.length} bytes, need ${ELF_HEADER_SIZE})`);
  const header: ElfHeader = {
    osAbi: b[7]!,
    type: c.u16(16, 'e_type'),
    machine: c.u16(18, 'e_machine'),
    version: c.u32(20, 'e_version'),
    entry: c.u64(24, 'e_entry'),
    programHeaderOffset: c.size64(32, 'e_phoff'),
    sectionHeaderOffset: 0,
    flags: c.u32(48, 'e_flags'),
    headerSize: c.u16(52, 'e_ehsize'),
    programHeaderEntrySize: c.u16(54, 'e_phentsize'),
    programHeaderCount: c.u16(56, 'e_phnum'),
    sectionHeaderEntrySize: c.u16(58, 'e_shentsize'),
    sectionHeaderCount: c.u16(60, 'e_shnum'),
    sectionNameTableIndex: c.u16(62, 'e_shstrndx'),
  };
  if (header.machine !== EM_AARCH64) fail(`not an AArch64 ELF file (e_machine ${header.machine}, expected ${EM_AARCH64})`);
  if (header.version !== 1) fail(`unsupported ELF version ${header.version}`);
  if (header.headerSize < ELF_HEADER_SIZE) fail(`invalid ELF header size ${header.headerSize}`);
  const shoff = c.u64(40, 'e_shoff');
  if (shoff <= BigInt(Number.MAX_SAFE_INTEGER)) return { header: { ...header, sectionHeaderOffset: Number(shoff) } };
  const problem = `e_shoff 0x${shoff.toString(16)} is too large`;
  if (!sectionsOptional) fail(problem);
  return { header: { ...header, sectionHeaderCount: 0 }, sectionProblem: problem };
}

function readProgramHeaders(c: Cursor, h: ElfHeader): ElfProgramHeader[] {
  if (h.programHeaderCount === 0) return [];
  if (h.programHeaderCount === 0xffff) fail('extended program header count (PN_XNUM) is not supported');
  if (h.programHeaderEntrySize < PROGRAM_HEADER_SIZE) fail(`invalid program header entry size ${h.programHeaderEntrySize}`);
  checkRange(c.bytes, h.programHeaderOffset, h.programHeaderCount * h.programHeaderEntrySize, 'program header table');
  const out: ElfProgramHeader[] = [];
  for (let i = 0; i < h.programHeaderCount; i++) {
    const o = h.programHeaderOffset + i * h.programHeaderEntrySize;
    const what = `program header ${i}`;
    const ph: ElfProgramHeader = {
      type: c.u32(o, what),
      flags: c.u32(o + 4, what),
      offset: c.size64(o + 8, `${what} p_offset`),
      vaddr: c.u64(o + 16, what),
      paddr: c.u64(o + 24, what),
      fileSize: c.size64(o + 32, `${what} p_filesz`),
      memSize: c.size64(o + 40, `${what} p_memsz`),
      align: c.u64(o + 48, what),
    };
    // A segment with nothing in the file (only .bss) may name any offset: Linux reads nothing for it.
    if ((ph.type === PT_LOAD || ph.type === PT_INTERP || ph.type === PT_DYNAMIC) && ph.fileSize > 0) checkRange(c.bytes, ph.offset, ph.fileSize, `${what} contents`);
    if (ph.type === PT_LOAD && ph.fileSize > ph.memSize) fail(`${what}: file size 0x${ph.fileSize.toString(16)} exceeds memory size 0x${ph.memSize.toString(16)}`);
    out.push(ph);
  }
  return out;
}

/** A NUL-terminated string from a string table section, checked against the section's bounds. */
function readString(bytes: Uint8Array, table: ElfSection | undefined, offset: number, what: string): string {
  if (!table) return '';
  if (offset >= table.size) fail(`${what}: string offset 0x${offset.toString(16)} is outside its string table (size 0x${table.size.toString(16)})`);
  const start = table.offset + offset;
  const end = table.offset + table.size;
  let i = start;
  while (i < end && bytes[i] !== 0) i++;
  if (i >= end) fail(`${what}: string at offset 0x${offset.toString(16)} is not NUL-terminated within its string table`);
  let text = '';
  for (let j = start; j < i; j++) text += String.fromCharCode(bytes[j]!);
  return text;
}

function readSections(c: Cursor, h: ElfHeader): ElfSection[] {
  if (h.sectionHeaderOffset === 0 || h.sectionHeaderCount === 0) return [];
  if (h.sectionHeaderEntrySize < SECTION_HEADER_SIZE) fail(`invalid section header entry size ${h.sectionHeaderEntrySize}`);
  if (h.sectionHeaderCount > MAX_TABLE_ENTRIES) fail('too many section headers');
  checkRange(c.bytes, h.sectionHeaderOffset, h.sectionHeaderCount * h.sectionHeaderEntrySize, 'section header table');
  const raw: (Omit<ElfSection, 'name'> & { nameOffset: number })[] = [];
  for (let i = 0; i < h.sectionHeaderCount; i++) {
    const o = h.sectionHeaderOffset + i * h.sectionHeaderEntrySize;
    const what = `section header ${i}`;
    const s = {
      index: i,
      nameOffset: c.u32(o, what),
      type: c.u32(o + 4, what),
      flags: Number(c.u64(o + 8, what) & 0xffffffffn),
      address: c.u64(o + 16, what),
      offset: c.size64(o + 24, `${what} sh_offset`),
      size: c.size64(o + 32, `${what} sh_size`),
      link: c.u32(o + 40, what),
      info: c.u32(o + 44, what),
      addressAlign: c.u64(o + 48, what),
      entrySize: c.size64(o + 56, `${what} sh_entsize`),
    };
    if (s.type !== SHT_NOBITS && s.type !== SHT_NULL && s.size > 0) checkRange(c.bytes, s.offset, s.size, `contents of section ${i}`);
    raw.push(s);
  }
  let names: ElfSection | undefined;
  if (h.sectionNameTableIndex !== 0) {
    if (h.sectionNameTableIndex >= raw.length) fail(`section name table index ${h.sectionNameTableIndex} is out of range (${raw.length} sections)`);
    const t = raw[h.sectionNameTableIndex]!;
    if (t.type !== SHT_STRTAB) fail(`section name table (section ${h.sectionNameTableIndex}) is not a string table`);
    names = { ...t, name: '' };
  }
  return raw.map(({ nameOffset, ...s }) => ({ ...s, name: s.index === 0 ? '' : readString(c.bytes, names, nameOffset, `name of section ${s.index}`) }));
}

function readSymbols(c: Cursor, sections: readonly ElfSection[]): ElfSymbol[] {
  const table = sections.find((s) => s.type === SHT_SYMTAB) ?? sections.find((s) => s.type === SHT_DYNSYM);
  if (!table) return [];
  const what = `symbol table ${table.name || table.index}`;
  if (table.entrySize !== SYMBOL_SIZE) fail(`${what}: entry size ${table.entrySize}, expected ${SYMBOL_SIZE}`);
  if (table.size % SYMBOL_SIZE !== 0) fail(`${what}: size 0x${table.size.toString(16)} is not a multiple of ${SYMBOL_SIZE}`);
  if (table.link >= sections.length) fail(`${what}: string table index ${table.link} is out of range`);
  const strings = sections[table.link]!;
  if (strings.type !== SHT_STRTAB) fail(`${what}: linked section ${table.link} is not a string table`);
  const count = table.size / SYMBOL_SIZE;
  if (count > MAX_SYMBOLS) fail(`${what}: too many symbols`);
  const out: ElfSymbol[] = [];
  for (let i = 1; i < count; i++) {
    const o = table.offset + i * SYMBOL_SIZE;
    const info = c.u8(o + 4, what);
    out.push({
      name: readString(c.bytes, strings, c.u32(o, what), `name of symbol ${i}`),
      type: info & 0xf,
      binding: info >> 4,
      sectionIndex: c.u16(o + 6, what),
      value: c.u64(o + 8, what),
      size: c.size64(o + 16, `symbol ${i} size`),
    });
  }
  return out;
}

/** Parses an ELF64 little-endian AArch64 file of any type (executable, shared object, relocatable, core). */
export function parseElf(bytes: Uint8Array, options: ParseElfOptions = {}): ParseElfResult {
  try {
    const c = new Cursor(bytes);
    const optional = options.sectionsOptional === true;
    const { header, sectionProblem } = readHeader(c, optional);
    const programHeaders = readProgramHeaders(c, header);
    if (sectionProblem !== undefined) return { ok: true, elf: { bytes, header, programHeaders, sections: [], symbols: [], sectionProblem } };
    try {
      const sections = readSections(c, header);
      const symbols = readSymbols(c, sections);
      return { ok: true, elf: { bytes, header, programHeaders, sections, symbols } };
    } catch (e) {
      if (!optional || !(e instanceof ElfFormatError)) throw e;
      return { ok: true, elf: { bytes, header, programHeaders, sections: [], symbols: [], sectionProblem: e.message } };
    }
  } catch (e) {
    if (e instanceof ElfFormatError) return { ok: false, message: e.message };
    // Anything else is a bug in the reader; still report it as a value rather than crash the caller.
    return { ok: false, message: `unreadable ELF file (${e instanceof Error ? e.message : String(e)})` };
  }
}

/** The section with this name, or undefined. */
export function findSection(elf: ElfFile, name: string): ElfSection | undefined {
  return elf.sections.find((s) => s.name === name);
}

/** The file contents of a section (empty for SHT_NOBITS); bounds were checked when the file was parsed. */
export function sectionData(elf: ElfFile, section: ElfSection): Uint8Array {
  if (section.type === SHT_NOBITS || section.type === SHT_NULL) return new Uint8Array(0);
  return elf.bytes.subarray(section.offset, section.offset + section.size);
}

/** The contents of the named section, or undefined when the file has no such section. */
export function sectionBytes(elf: ElfFile, name: string): Uint8Array | undefined {
  const s = findSection(elf, name);
  return s ? sectionData(elf, s) : undefined;
}
