// DWARF writers for source-level debugging of assembly: the .debug_line program (version 3, as GNU as -g
// writes it: minimum instruction length 4, line_base -5, line_range 14, opcode_base 13) and a one-DIE
// .debug_info compile unit (version 2) with its .debug_abbrev, so gdb finds the line table.
import { ByteBuffer } from './bytes.js';
import type { DwarfLineRow } from './api.js';

export interface LineSequence {
  /** Start address (absolute in an executable; section offset in an object, relocated by the caller). */
  readonly start: bigint;
  /** Address just past the end of the sequence. */
  readonly end: bigint;
  /** Rows in address order: address, 1-based file index, line. */
  readonly rows: readonly { readonly address: bigint; readonly file: number; readonly line: number }[];
}

export interface LineProgram {
  readonly bytes: Uint8Array;
  /** Offsets of each sequence's DW_LNE_set_address operand (8 bytes), for relocations in objects. */
  readonly addressOperandOffsets: readonly number[];
}

const lineBase = -5;
const lineRange = 14;
const opcodeBase = 13;
const minInstructionLength = 4;

export function buildLineProgram(directories: readonly string[], files: readonly { name: string; directory: number }[],
  sequences: readonly LineSequence[]): LineProgram {
  const b = new ByteBuffer(256);
  b.u32(0); // unit_length, patched
  b.u16(3);
  const headerLengthAt = b.length;
  b.u32(0); // header_length, patched
  const headerStart = b.length;
  b.u8(minInstructionLength);
  b.u8(1); // default_is_stmt
  b.u8(lineBase & 0xff);
  b.u8(lineRange);
  b.u8(opcodeBase);
  for (const n of [0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1]) b.u8(n);
  for (const d of directories) b.cstring(d);
  b.u8(0);
  for (const f of files) {
    b.cstring(f.name);
    b.uleb(f.directory);
    b.uleb(0);
    b.uleb(0);
  }
  b.u8(0);
  b.patch32(headerLengthAt, b.length - headerStart);
  const addressOperandOffsets: number[] = [];
  for (const seq of sequences) {
    b.u8(0); b.uleb(9); b.u8(2); // DW_LNE_set_address
    addressOperandOffsets.push(b.length);
    b.u64(seq.start);
    let address = seq.start;
    let line = 1;
    let file = 1;
    for (const row of seq.rows) {
      if (row.address < address || (row.address - address) % BigInt(minInstructionLength) !== 0n) continue;
      // Like GNU as, a new row only when the source position changes.
      if (row.file === file && row.line === line && row.address !== seq.start) continue;
      if (row.file !== file) { b.u8(4); b.uleb(row.file); file = row.file; }
      let lineDelta = row.line - line;
      let opAdvance = Number((row.address - address) / BigInt(minInstructionLength));
      if (lineDelta < lineBase || lineDelta >= lineBase + lineRange) {
        b.u8(3); b.sleb(lineDelta); // DW_LNS_advance_line
        lineDelta = 0;
      }
      let special = lineDelta - lineBase + lineRange * opAdvance + opcodeBase;
      if (special > 255) {
        b.u8(2); b.uleb(opAdvance); // DW_LNS_advance_pc
        opAdvance = 0;
        special = lineDelta - lineBase + opcodeBase;
      }
      b.u8(special);
      address = row.address;
      line = row.line;
    }
    if (seq.end > address) {
      b.u8(2); b.uleb((seq.end - address + BigInt(minInstructionLength) - 1n) / BigInt(minInstructionLength));
    }
    b.u8(0); b.uleb(1); b.u8(1); // DW_LNE_end_sequence
  }
  b.patch32(0, b.length - 4);
  return { bytes: b.toBytes(), addressOperandOffsets };
}

export interface CompileUnitInfo {
  readonly name: string;
  readonly compDir: string;
  readonly lowPc: bigint;
  readonly highPc: bigint;
}

/** .debug_abbrev for the single compile-unit DIE. */
export function buildAbbrev(): Uint8Array {
  const b = new ByteBuffer(32);
  b.uleb(1); b.uleb(0x11); b.u8(0); // abbrev 1: DW_TAG_compile_unit, no children
  for (const [attr, form] of [[0x10, 0x06], [0x11, 0x01], [0x12, 0x01], [0x03, 0x08], [0x1b, 0x08], [0x25, 0x08], [0x13, 0x05]] as const) {
    b.uleb(attr); b.uleb(form);
  }
  b.u8(0); b.u8(0);
  b.u8(0);
  return b.toBytes();
}

/** .debug_info: one compile unit pointing at line program offset 0. Offsets of low_pc/high_pc and stmt_list
 * are returned for relocations in objects. */
export function buildInfo(cu: CompileUnitInfo): { bytes: Uint8Array; stmtListOffset: number; lowPcOffset: number; highPcOffset: number } {
  const b = new ByteBuffer(128);
  b.u32(0);
  b.u16(2);
  b.u32(0); // abbrev offset
  b.u8(8);
  b.uleb(1);
  const stmtListOffset = b.length;
  b.u32(0);
  const lowPcOffset = b.length;
  b.u64(cu.lowPc);
  const highPcOffset = b.length;
  b.u64(cu.highPc);
  b.cstring(cu.name);
  b.cstring(cu.compDir);
  b.cstring('aarch64-mte as 0.1.0');
  b.u16(0x8001); // DW_LANG_Mips_Assembler, as GNU as writes
  b.patch32(0, b.length - 4);
  return { bytes: b.toBytes(), stmtListOffset, lowPcOffset, highPcOffset };
}

/** Splits a path into directory and base name for the line table's file entries. */
export function splitPath(path: string): { directory: string; name: string } {
  const i = path.lastIndexOf('/');
  return i < 0 ? { directory: '', name: path } : { directory: path.slice(0, i) || '/', name: path.slice(i + 1) };
}

/** A row of an object's line program (a DwarfLineRow without its section): offsets are within the sequence's section. */
export type ObjectLineRow = Omit<DwarfLineRow, 'section'>;

export interface ObjectLineInput {
  /** 5 for compiler output with `.file 0`, else 3 (GNU as's choice). */
  readonly version: 3 | 5;
  /** Version 5: every directory from index 0 (the compilation directory); version 3: from index 1. */
  readonly directories: readonly string[];
  /** Version 5: from file 0; version 3: from file 1. */
  readonly files: readonly { readonly name: string; readonly directory: number }[];
  /** Version 5: where the names go in .debug_line_str (after what is there already). */
  readonly lineStrBase: number;
  /** One sequence per section, in the order its first row was made. */
  readonly sequences: readonly { readonly section: string; readonly end: number; readonly rows: readonly ObjectLineRow[] }[];
}

export interface ObjectLineProgram {
  readonly bytes: Uint8Array;
  /** Strings for .debug_line_str (version 5). */
  readonly lineStr: Uint8Array;
  /** ABS64 against a section (DW_LNE_set_address), ABS32 against .debug_line_str (names of version 5). */
  readonly relocations: readonly { readonly offset: number; readonly size: 8 | 4; readonly section: string; readonly addend: bigint }[];
}

const DW_LNS_copy = 1, DW_LNS_advance_pc = 2, DW_LNS_advance_line = 3, DW_LNS_set_file = 4, DW_LNS_set_column = 5;
const DW_LNS_negate_stmt = 6, DW_LNS_set_basic_block = 7, DW_LNS_const_add_pc = 8, DW_LNS_set_prologue_end = 10;
const DW_LNS_set_epilogue_begin = 11, DW_LNS_set_isa = 12;
/** The largest address advance (in instructions) of a special opcode: what DW_LNS_const_add_pc adds. */
const maxSpecialAdvance = Math.floor((255 - opcodeBase) / lineRange);

/**
 * Appends the opcodes that move the state by `lineDelta` lines (undefined: end the sequence) and `advance`
 * instructions, choosing them as GNU as does: a special opcode when one fits, else DW_LNS_const_add_pc and a
 * special opcode, else DW_LNS_advance_pc; a line step outside the special range is a DW_LNS_advance_line first,
 * and no movement at all is a DW_LNS_copy.
 */
function advance(b: ByteBuffer, lineDelta: number | undefined, advanceBy: number): void {
  if (lineDelta === undefined) {
    if (advanceBy === maxSpecialAdvance) b.u8(DW_LNS_const_add_pc);
    else if (advanceBy !== 0) { b.u8(DW_LNS_advance_pc); b.uleb(advanceBy); }
    b.u8(0); b.uleb(1); b.u8(1); // DW_LNE_end_sequence
    return;
  }
  let biased = lineDelta - lineBase;
  let copyAfterAdvance = false;
  if (biased < 0 || biased >= lineRange) {
    b.u8(DW_LNS_advance_line); b.sleb(lineDelta);
    lineDelta = 0;
    biased = -lineBase;
    copyAfterAdvance = true;
  }
  if (lineDelta === 0 && advanceBy === 0) { b.u8(DW_LNS_copy); return; }
  const base = biased + opcodeBase;
  if (advanceBy < 256 + maxSpecialAdvance) {
    const special = base + advanceBy * lineRange;
    if (special <= 255) { b.u8(special); return; }
    const afterConst = base + (advanceBy - maxSpecialAdvance) * lineRange;
    if (afterConst <= 255) { b.u8(DW_LNS_const_add_pc); b.u8(afterConst); return; }
  }
  b.u8(DW_LNS_advance_pc); b.uleb(advanceBy);
  b.u8(copyAfterAdvance ? DW_LNS_copy : base);
}

/** The .debug_line unit GNU as writes for an object from `.file`/`.loc` (or from -g's assembly lines). */
export function buildObjectLineProgram(input: ObjectLineInput): ObjectLineProgram {
  const b = new ByteBuffer(256);
  const lineStr = new ByteBuffer(64);
  const relocations: { offset: number; size: 8 | 4; section: string; addend: bigint }[] = [];
  const v5 = input.version === 5;
  b.u32(0); // unit_length, patched
  b.u16(input.version);
  if (v5) { b.u8(8); b.u8(0); } // address_size, segment_selector_size
  const headerLengthAt = b.length;
  b.u32(0); // header_length, patched
  const headerStart = b.length;
  b.u8(minInstructionLength);
  if (input.version >= 4) b.u8(1); // maximum_operations_per_instruction
  b.u8(1); // default_is_stmt
  b.u8(lineBase & 0xff);
  b.u8(lineRange);
  b.u8(opcodeBase);
  for (const n of [0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1]) b.u8(n);
  const lineString = (s: string): void => {
    relocations.push({ offset: b.length, size: 4, section: '.debug_line_str', addend: BigInt(input.lineStrBase + lineStr.length) });
    b.u32(0); // RELA: the value is in the relocation
    lineStr.cstring(s);
  };
  if (v5) {
    b.u8(1); b.uleb(1); b.uleb(0x1f); // directory entries: DW_LNCT_path as DW_FORM_line_strp
    b.uleb(input.directories.length);
    for (const d of input.directories) lineString(d);
    b.u8(2); b.uleb(1); b.uleb(0x1f); b.uleb(2); b.uleb(0x0f); // files: path (line_strp), directory index (udata)
    b.uleb(input.files.length);
    for (const f of input.files) { lineString(f.name); b.uleb(f.directory); }
  } else {
    for (const d of input.directories) b.cstring(d);
    b.u8(0);
    for (const f of input.files) { b.cstring(f.name); b.uleb(f.directory); b.uleb(0); b.uleb(0); }
    b.u8(0);
  }
  b.patch32(headerLengthAt, b.length - headerStart);
  for (const seq of input.sequences) {
    let file = 1, line = 1, column = 0, isStmt = true, isa = 0;
    let address: number | undefined;
    for (const row of seq.rows) {
      if (row.file !== file) { b.u8(DW_LNS_set_file); b.uleb(row.file); file = row.file; }
      if (row.column !== column) { b.u8(DW_LNS_set_column); b.uleb(row.column); column = row.column; }
      if (row.discriminator !== 0) {
        const operand = new ByteBuffer(8);
        operand.uleb(row.discriminator);
        b.u8(0); b.uleb(1 + operand.length); b.u8(4); b.append(operand.toBytes()); // DW_LNE_set_discriminator
      }
      if (row.isa !== isa) { b.u8(DW_LNS_set_isa); b.uleb(row.isa); isa = row.isa; }
      if (row.isStmt !== isStmt) { b.u8(DW_LNS_negate_stmt); isStmt = row.isStmt; }
      if (row.flags & 1) b.u8(DW_LNS_set_basic_block);
      if (row.flags & 2) b.u8(DW_LNS_set_prologue_end);
      if (row.flags & 4) b.u8(DW_LNS_set_epilogue_begin);
      // (A row before the last one cannot be reached by advancing: the address is set again.)
      if (address === undefined || row.setAddress || row.offset < address) {
        b.u8(0); b.uleb(9); b.u8(2); // DW_LNE_set_address
        relocations.push({ offset: b.length, size: 8, section: seq.section, addend: BigInt(row.offset) });
        b.u64(0n);
        address = row.offset;
      }
      advance(b, row.line - line, Math.floor((row.offset - address) / minInstructionLength));
      line = row.line;
      address = row.offset;
    }
    if (address !== undefined) advance(b, undefined, Math.max(0, Math.ceil((seq.end - address) / minInstructionLength)));
  }
  b.patch32(0, b.length - 4);
  return { bytes: b.toBytes(), lineStr: lineStr.toBytes(), relocations };
}
