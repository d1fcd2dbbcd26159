// DWARF .debug_line: parses the line-number programs of every unit (DWARF versions 2 to 5, 32- and 64-bit
// formats) into address-to-line rows, the way a debugger needs them for breakpoints, stepping and stack frames.
// Malformed input never throws: each unit that cannot be read is reported as an error and skipped.

import type { LineRow } from '../program.js';
import { ByteReader, DwarfFormatError, stringAt } from './byteReader.js';
import { compilationDirectories } from './info.js';

export interface DebugLineSections {
  readonly debugLine: Uint8Array;
  /** .debug_line_str, referenced by DWARF 5 file tables (DW_FORM_line_strp). */
  readonly debugLineStr?: Uint8Array;
  /** .debug_str, referenced with DW_FORM_strp. */
  readonly debugStr?: Uint8Array;
  /**
   * .debug_info and .debug_abbrev (and .debug_str_offsets for DWARF 5 strx forms): each unit's DW_AT_comp_dir,
   * against which the line tables' relative directory and file names are resolved. Without them relative names
   * stay relative.
   */
  readonly debugInfo?: Uint8Array;
  readonly debugAbbrev?: Uint8Array;
  readonly debugStrOffsets?: Uint8Array;
  /** The compilation directories by line-table offset, when already known (instead of reading .debug_info). */
  readonly compilationDirectories?: ReadonlyMap<number, string>;
}

export interface LineProgramFile {
  /** The file's path, joined with its directory unless it is absolute. */
  readonly path: string;
  readonly name: string;
  readonly directory: string;
}

export interface LineProgramUnit {
  /** Offset of the unit in .debug_line. */
  readonly offset: number;
  readonly version: number;
  /** Indexed as the line program indexes them: from 0 in DWARF 5, from 1 before (index 0 unused). */
  readonly files: readonly (LineProgramFile | undefined)[];
  readonly rows: readonly LineRow[];
}

export interface DebugLineResult {
  readonly units: readonly LineProgramUnit[];
  readonly errors: readonly string[];
}

// Standard opcodes.
const DW_LNS_copy = 1, DW_LNS_advance_pc = 2, DW_LNS_advance_line = 3, DW_LNS_set_file = 4, DW_LNS_set_column = 5;
const DW_LNS_negate_stmt = 6, DW_LNS_set_basic_block = 7, DW_LNS_const_add_pc = 8, DW_LNS_fixed_advance_pc = 9;
const DW_LNS_set_prologue_end = 10, DW_LNS_set_epilogue_begin = 11, DW_LNS_set_isa = 12;
// Extended opcodes.
const DW_LNE_end_sequence = 1, DW_LNE_set_address = 2, DW_LNE_define_file = 3, DW_LNE_set_discriminator = 4;
// DWARF 5 entry content types and forms used by file tables.
const DW_LNCT_path = 1, DW_LNCT_directory_index = 2;
const DW_FORM_block = 0x09, DW_FORM_block1 = 0x0a, DW_FORM_data1 = 0x0b, DW_FORM_data2 = 0x05, DW_FORM_data4 = 0x06;
const DW_FORM_data8 = 0x07, DW_FORM_data16 = 0x1e, DW_FORM_string = 0x08, DW_FORM_strp = 0x0e, DW_FORM_udata = 0x0f;
const DW_FORM_line_strp = 0x1f, DW_FORM_strx = 0x1a, DW_FORM_strx1 = 0x25, DW_FORM_strx2 = 0x26, DW_FORM_strx4 = 0x28;

/** Parses every line-number program in .debug_line. */
export function parseDebugLine(sections: DebugLineSections): DebugLineResult {
  const units: LineProgramUnit[] = [];
  const errors: string[] = [];
  const data = sections.debugLine;
  const compDirs = sections.compilationDirectories
    ?? (sections.debugInfo && sections.debugAbbrev
      ? compilationDirectories({ debugInfo: sections.debugInfo, debugAbbrev: sections.debugAbbrev, debugStr: sections.debugStr, debugLineStr: sections.debugLineStr, debugStrOffsets: sections.debugStrOffsets })
      : undefined);
  let offset = 0;
  while (offset < data.length) {
    const r = new ByteReader(data, offset);
    let unitEnd: number;
    let is64: boolean;
    try {
      let length = r.u32('unit length');
      is64 = length === 0xffffffff;
      if (is64) length = r.offsetSized(true, 'unit length');
      else if (length >= 0xfffffff0) throw new DwarfFormatError(`reserved unit length 0x${length.toString(16)}`);
      unitEnd = r.offset + length;
      if (unitEnd > data.length) throw new DwarfFormatError(`unit at 0x${offset.toString(16)} runs past the end of .debug_line`);
    } catch (e) {
      errors.push(describe(e, offset));
      break;
    }
    try {
      units.push(parseUnit(new ByteReader(data, r.offset, unitEnd), offset, is64, sections, compDirs?.get(offset)));
    } catch (e) {
      errors.push(describe(e, offset));
    }
    offset = unitEnd;
  }
  return { units, errors };
}

/** All rows of all units, sorted by address (stable), for address-to-line lookups. */
export function lineRowsByAddress(result: DebugLineResult): LineRow[] {
  const rows = result.units.flatMap((u) => u.rows);
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => (a.row.address < b.row.address ? -1 : a.row.address > b.row.address ? 1 : a.index - b.index))
    .map((x) => x.row);
}

function describe(e: unknown, unitOffset: number): string {
  const message = e instanceof Error ? e.message : String(e);
  return `.debug_line unit at 0x${unitOffset.toString(16)}: ${message}`;
}

interface Header {
  version: number;
  addressSize: number;
  minimumInstructionLength: number;
  maximumOpsPerInstruction: number;
  defaultIsStatement: boolean;
  lineBase: number;
  lineRange: number;
  opcodeBase: number;
  standardOpcodeLengths: number[];
  directories: string[];
  files: (LineProgramFile | undefined)[];
}

function parseUnit(r: ByteReader, unitOffset: number, is64: boolean, sections: DebugLineSections, compDir: string | undefined): LineProgramUnit {
  const header = parseHeader(r, is64, sections, compDir);
  const rows = runProgram(r, header);
  return { offset: unitOffset, version: header.version, files: header.files, rows };
}

/**
 * Reads a unit's header. Directory and file names are made absolute where the DWARF says how: relative
 * directories are relative to the compilation directory (DW_AT_comp_dir of the unit that owns the table, which
 * is also directory 0 before DWARF 5, and is usually written as directory 0 in DWARF 5 too).
 */
function parseHeader(r: ByteReader, is64: boolean, sections: DebugLineSections, compDir: string | undefined): Header {
  const version = r.u16('version');
  if (version < 2 || version > 5) throw new DwarfFormatError(`unsupported line table version ${version}`);
  let addressSize = 8;
  if (version >= 5) {
    addressSize = r.u8('address size');
    r.u8('segment selector size');
  }
  const headerLength = r.offsetSized(is64, 'header length');
  const programStart = r.offset + headerLength;
  if (programStart > r.end) throw new DwarfFormatError('header length runs past the unit');
  const minimumInstructionLength = r.u8('minimum instruction length');
  const maximumOpsPerInstruction = version >= 4 ? r.u8('maximum operations per instruction') : 1;
  const defaultIsStatement = r.u8('default is_stmt') !== 0;
  const lineBase = r.i8('line base');
  const lineRange = r.u8('line range');
  if (lineRange === 0) throw new DwarfFormatError('line range is 0');
  const opcodeBase = r.u8('opcode base');
  const standardOpcodeLengths: number[] = [0];
  for (let i = 1; i < opcodeBase; i++) standardOpcodeLengths.push(r.u8('standard opcode length'));

  let directories: string[];
  let files: (LineProgramFile | undefined)[];
  if (version >= 5) {
    directories = readEntryTable(r, is64, sections, 'directory').map((e) => e.path ?? '');
    const base = joinPath(compDir ?? '', directories[0] ?? '');
    directories = directories.map((d, i) => (i === 0 ? base : joinPath(base, d)));
    files = readEntryTable(r, is64, sections, 'file name').map((e) => makeFile(e.path ?? '', directories[e.directoryIndex ?? 0] ?? ''));
  } else {
    // Before DWARF 5 the compilation directory is implicit (index 0); listed directories start at 1.
    directories = [compDir ?? ''];
    for (;;) {
      const d = r.cstring('include directory');
      if (d === '') break;
      directories.push(joinPath(compDir ?? '', d));
    }
    files = [undefined];
    for (;;) {
      const name = r.cstring('file name');
      if (name === '') break;
      const dir = r.ulebNumber('directory index');
      r.uleb('modification time');
      r.uleb('file length');
      files.push(makeFile(name, directories[dir] ?? ''));
    }
  }
  r.offset = programStart;
  return { version, addressSize, minimumInstructionLength, maximumOpsPerInstruction, defaultIsStatement, lineBase, lineRange, opcodeBase, standardOpcodeLengths, directories, files };
}

function makeFile(name: string, directory: string): LineProgramFile {
  return { path: joinPath(directory, name), name, directory };
}

/**
 * `name` relative to `directory` (unless it is absolute or the directory is unknown). Absolute results lose their
 * `.` and `..` components, as a debugger shows them: /build/../src/a.c is /src/a.c.
 */
export function joinPath(directory: string, name: string): string {
  if (name.startsWith('/') || directory === '') return name === '' ? directory : name;
  const joined = name === '' ? directory : `${directory.replace(/\/+$/, '')}/${name}`;
  if (!joined.startsWith('/')) return joined;
  const parts: string[] = [];
  for (const p of joined.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop(); else parts.push(p);
  }
  return '/' + parts.join('/');
}

/** A DWARF 5 directory or file-name table: a format description, then entries in that format. */
function readEntryTable(r: ByteReader, is64: boolean, sections: DebugLineSections, what: string): { path?: string; directoryIndex?: number }[] {
  const formatCount = r.u8(`${what} entry format count`);
  const format: [number, number][] = [];
  for (let i = 0; i < formatCount; i++) format.push([r.ulebNumber(`${what} content type`), r.ulebNumber(`${what} form`)]);
  const count = r.ulebNumber(`${what} count`);
  if (count > r.remaining) throw new DwarfFormatError(`${what} count ${count} exceeds the unit`);
  const entries: { path?: string; directoryIndex?: number }[] = [];
  for (let i = 0; i < count; i++) {
    const entry: { path?: string; directoryIndex?: number } = {};
    for (const [contentType, form] of format) {
      const value = readForm(r, form, is64, sections);
      if (contentType === DW_LNCT_path && typeof value === 'string') entry.path = value;
      else if (contentType === DW_LNCT_directory_index && typeof value === 'number') entry.directoryIndex = value;
    }
    entries.push(entry);
  }
  return entries;
}

function readForm(r: ByteReader, form: number, is64: boolean, sections: DebugLineSections): string | number | undefined {
  switch (form) {
    case DW_FORM_string: return r.cstring();
    case DW_FORM_line_strp: return stringAt(sections.debugLineStr, r.offsetSized(is64, 'string offset'), '.debug_line_str');
    case DW_FORM_strp: return stringAt(sections.debugStr, r.offsetSized(is64, 'string offset'), '.debug_str');
    case DW_FORM_udata: return r.ulebNumber();
    case DW_FORM_data1: return r.u8();
    case DW_FORM_data2: return r.u16();
    case DW_FORM_data4: return r.u32();
    case DW_FORM_data8: r.skip(8); return undefined;
    case DW_FORM_data16: r.skip(16); return undefined;
    case DW_FORM_block: r.skip(r.ulebNumber('block length')); return undefined;
    case DW_FORM_block1: r.skip(r.u8('block length')); return undefined;
    case DW_FORM_strx: case DW_FORM_strx1: case DW_FORM_strx2: case DW_FORM_strx4:
      throw new DwarfFormatError('string index forms (strx) in a line table are not supported');
    default: throw new DwarfFormatError(`unsupported form 0x${form.toString(16)} in a line table header`);
  }
}

/** Runs the line-number state machine and returns its rows. */
function runProgram(r: ByteReader, h: Header): LineRow[] {
  const rows: LineRow[] = [];
  const minLength = BigInt(h.minimumInstructionLength);
  let address = 0n;
  let file = 1;
  let line = 1;
  let column = 0;
  let isStatement = h.defaultIsStatement;
  const reset = () => { address = 0n; file = 1; line = 1; column = 0; isStatement = h.defaultIsStatement; };
  const fileName = (): string => h.files[file]?.path ?? `<file ${file}>`;
  const emit = (endSequence: boolean) => {
    rows.push({ address, file: fileName(), line, column, isStatement, endSequence });
  };
  // Addresses wrap at 64 bits, as the architecture's do.
  const advance = (operationAdvance: bigint) => { address = (address + operationAdvance * minLength) & 0xffff_ffff_ffff_ffffn; };

  while (r.remaining > 0) {
    const opcode = r.u8('opcode');
    if (opcode >= h.opcodeBase) {
      const adjusted = opcode - h.opcodeBase;
      advance(BigInt(Math.floor(adjusted / h.lineRange)));
      line += h.lineBase + (adjusted % h.lineRange);
      emit(false);
      continue;
    }
    switch (opcode) {
      case 0: {
        const length = r.ulebNumber('extended opcode length');
        if (length === 0) break;
        const end = r.offset + length;
        if (end > r.end) throw new DwarfFormatError('extended opcode runs past the unit');
        const sub = r.u8('extended opcode');
        if (sub === DW_LNE_end_sequence) { emit(true); reset(); }
        else if (sub === DW_LNE_set_address) address = r.address(length - 1);
        else if (sub === DW_LNE_define_file) {
          const name = r.cstring('file name');
          const dir = r.ulebNumber('directory index');
          h.files.push(makeFile(name, h.directories[dir] ?? ''));
        }
        // DW_LNE_set_discriminator and vendor extensions carry nothing we keep.
        else if (sub !== DW_LNE_set_discriminator) { /* unknown extended opcode: skipped by its length */ }
        r.offset = end;
        break;
      }
      case DW_LNS_copy: emit(false); break;
      case DW_LNS_advance_pc: advance(r.uleb('address advance')); break;
      case DW_LNS_advance_line: line += Number(r.sleb('line advance')); break;
      case DW_LNS_set_file: file = r.ulebNumber('file index'); break;
      case DW_LNS_set_column: column = r.ulebNumber('column'); break;
      case DW_LNS_negate_stmt: isStatement = !isStatement; break;
      case DW_LNS_set_basic_block: break;
      case DW_LNS_const_add_pc: advance(BigInt(Math.floor((255 - h.opcodeBase) / h.lineRange))); break;
      case DW_LNS_fixed_advance_pc: address = (address + BigInt(r.u16('fixed address advance'))) & 0xffff_ffff_ffff_ffffn; break;
      case DW_LNS_set_prologue_end: case DW_LNS_set_epilogue_begin: break;
      case DW_LNS_set_isa: r.uleb('ISA'); break;
      default:
        // An opcode this reader does not know: the header says how many ULEB operands to skip.
        for (let i = 0; i < (h.standardOpcodeLengths[opcode] ?? 0); i++) r.uleb('operand');
    }
  }
  return rows;
}
