// Turns an ELF executable into a ProgramImage for the Linux process loader: static executables (ET_EXEC) and
// static position-independent executables (ET_DYN without PT_INTERP). Dynamically linked programs are refused
// with a message that says how to build them instead.
import type { ProgramImage, ProgramSegment, ProgramSymbol } from '../program.js';
import {
  ET_DYN, ET_EXEC, PF_R, PF_W, PF_X, PT_INTERP, PT_LOAD, PT_PHDR, parseElf,
  type ElfFile, type ElfSymbol,
} from './reader.js';

/**
 * `warning`, when set, names damage that does not stop the program from running (as on Linux) but loses
 * something: a section header table or symbol table that could not be read leaves the program without symbols.
 */
export type ElfImageResult =
  | { readonly ok: true; readonly image: ProgramImage; readonly warning?: string }
  | { readonly ok: false; readonly message: string };

const PAGE_SIZE = 4096;
const MAX_SEGMENT_BYTES = 1 << 30;

function symbolType(t: number): ProgramSymbol['type'] {
  switch (t) {
    case 1: return 'object';
    case 2: return 'func';
    case 3: return 'section';
    case 4: return 'file';
    case 6: return 'tls';
    default: return 'notype';
  }
}

function symbolBinding(b: number): ProgramSymbol['binding'] {
  return b === 1 ? 'global' : b === 2 ? 'weak' : 'local';
}

/** Symbols worth showing: defined, named, not section or file markers, not the $x/$d mapping symbols. */
function programSymbols(symbols: readonly ElfSymbol[]): ProgramSymbol[] {
  const out: ProgramSymbol[] = [];
  for (const s of symbols) {
    if (s.sectionIndex === 0 || s.name === '' || s.type === 3 || s.type === 4) continue;
    if (s.name.startsWith('$x') || s.name.startsWith('$d')) continue;
    out.push({ name: s.name, address: s.value, size: s.size, type: symbolType(s.type), binding: symbolBinding(s.binding) });
  }
  return out;
}

/** Where the program headers are in memory: PT_PHDR, else the PT_LOAD that contains e_phoff. */
function programHeaderAddress(elf: ElfFile): bigint | undefined {
  const phdr = elf.programHeaders.find((p) => p.type === PT_PHDR);
  if (phdr) return phdr.vaddr;
  const phoff = elf.header.programHeaderOffset;
  for (const p of elf.programHeaders) {
    if (p.type === PT_LOAD && p.offset <= phoff && phoff < p.offset + p.fileSize) return p.vaddr + BigInt(phoff - p.offset);
  }
  return undefined;
}

/** Converts a parsed ELF file into a ProgramImage, or explains why it cannot be run. */
export function elfFileToProgramImage(elf: ElfFile, path: string): ElfImageResult {
  const { type } = elf.header;
  if (type !== ET_EXEC && type !== ET_DYN) {
    const kind = type === 1 ? 'a relocatable object file (link it first)' : type === 4 ? 'a core dump' : `ELF type ${type}`;
    return { ok: false, message: `${path}: not an executable: ${kind}` };
  }
  if (elf.programHeaders.some((p) => p.type === PT_INTERP)) {
    return { ok: false, message: `${path}: dynamically linked programs are not supported; build with -static` };
  }
  const loads = elf.programHeaders.filter((p) => p.type === PT_LOAD && p.memSize > 0);
  if (loads.length === 0) return { ok: false, message: `${path}: no loadable segments` };
  const segments: ProgramSegment[] = [];
  for (const [i, p] of loads.entries()) {
    if (p.memSize > MAX_SEGMENT_BYTES) return { ok: false, message: `${path}: loadable segment ${i} is too large (0x${p.memSize.toString(16)} bytes)` };
    if (p.vaddr + BigInt(p.memSize) > 1n << 48n) return { ok: false, message: `${path}: loadable segment ${i} at 0x${p.vaddr.toString(16)} lies outside the 48-bit user address space` };
    // Linux maps a segment's file bytes page by page (mmap of the file at offset - vaddr % page): an offset not
    // congruent with the address cannot be mapped, and execve fails (EINVAL).
    if (p.fileSize > 0 && (BigInt(p.offset) - p.vaddr) % BigInt(PAGE_SIZE) !== 0n) {
      return { ok: false, message: `${path}: loadable segment ${i}: file offset 0x${p.offset.toString(16)} and address 0x${p.vaddr.toString(16)} differ modulo the page size (0x${PAGE_SIZE.toString(16)}), so it cannot be mapped` };
    }
    // Like Linux, map whole pages: the file bytes before vaddr in its first page are mapped too, which is how
    // the ELF and program headers become visible at AT_PHDR.
    const lead = Number(p.vaddr % BigInt(PAGE_SIZE));
    const fileLead = p.fileSize === 0 ? 0 : Math.min(lead, p.offset);
    const start = p.offset - fileLead;
    const data = elf.bytes.slice(start, p.offset + p.fileSize);
    const vaddr = p.vaddr - BigInt(fileLead);
    segments.push({
      vaddr, data, memSize: p.memSize + fileLead,
      read: (p.flags & PF_R) !== 0, write: (p.flags & PF_W) !== 0, execute: (p.flags & PF_X) !== 0,
    });
  }
  if (elf.header.entry >= 1n << 48n) return { ok: false, message: `${path}: entry point 0x${elf.header.entry.toString(16)} lies outside the 48-bit user address space` };
  const phdrAddress = programHeaderAddress(elf);
  const image: ProgramImage = {
    path,
    entry: elf.header.entry,
    segments,
    symbols: programSymbols(elf.symbols),
    elf: elf.bytes,
    programHeaders: phdrAddress === undefined ? undefined : {
      address: phdrAddress, entrySize: elf.header.programHeaderEntrySize, count: elf.header.programHeaderCount,
    },
    positionIndependent: type === ET_DYN,
  };
  if (elf.sectionProblem !== undefined) {
    return { ok: true, image, warning: `${path}: section headers ignored (${elf.sectionProblem}); running without symbols` };
  }
  return { ok: true, image };
}

/**
 * Parses ELF bytes and converts them into a ProgramImage; every problem is a message naming the file. Like
 * Linux's execve, only the ELF header and program headers must be sound: damaged section headers or symbols
 * give a program without symbols and a warning.
 */
export function elfToProgramImage(bytes: Uint8Array, path: string): ElfImageResult {
  const parsed = parseElf(bytes, { sectionsOptional: true });
  if (!parsed.ok) return { ok: false, message: `${path}: ${parsed.message}` };
  return elfFileToProgramImage(parsed.elf, path);
}

/** True when the bytes start with the ELF magic number. */
export function looksLikeElf(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46;
}
