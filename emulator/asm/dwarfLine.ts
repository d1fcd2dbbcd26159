// DWARF writers for source-level debugging of assembly: the .debug_line program (version 3, as GNU as -g
// writes it: minimum instruction length 4, line_base -5, line_range 14, opcode_base 13) and a one-DIE
// .debug_info compile unit (version 2) with its .debug_abbrev, so gdb finds the line table.
import { ByteBuffer } from './bytes.js';

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
