// What the debugger needs from a program's DWARF, read once per ELF file: the address-to-line table, call-frame
// information for unwinding, and the model of functions, variables and types. Every part is optional (a
// stripped program has none) and every problem is reported in `errors` rather than thrown.

import { findSection, sectionBytes, type ElfFile } from '../elf/reader.js';
import { parseCallFrames, type CallFrameInfo } from './callFrame.js';
import { buildDebugModel, type DebugModel } from './debugModel.js';
import { lineRowsByAddress } from './lineProgram.js';
import { readElfLineTable } from './elfLineTable.js';
import type { LineRow } from '../program.js';

export interface ProgramDebugInfo {
  /** Rows sorted by address; empty when the program has no .debug_line. */
  readonly lines: readonly LineRow[];
  /** .eh_frame and .debug_frame, in that order of preference. */
  readonly callFrames: readonly CallFrameInfo[];
  readonly model: DebugModel | undefined;
  readonly errors: readonly string[];
}

export function readProgramDebugInfo(elf: ElfFile): ProgramDebugInfo {
  const bytes = (name: string) => sectionBytes(elf, name);
  const errors: string[] = [];
  let lines: LineRow[] = [];
  const parsed = readElfLineTable(elf);
  if (parsed) {
    errors.push(...parsed.errors);
    lines = lineRowsByAddress(parsed);
  }
  const callFrames: CallFrameInfo[] = [];
  for (const [name, kind] of [['.eh_frame', 'eh_frame'], ['.debug_frame', 'debug_frame']] as const) {
    const section = findSection(elf, name);
    const data = bytes(name);
    if (!section || !data) continue;
    const info = parseCallFrames({ kind, data, address: section.address });
    errors.push(...info.errors);
    callFrames.push(info);
  }
  let model: DebugModel | undefined;
  const debugInfo = bytes('.debug_info');
  const debugAbbrev = bytes('.debug_abbrev');
  if (debugInfo && debugAbbrev) {
    model = buildDebugModel({
      debugInfo, debugAbbrev, debugStr: bytes('.debug_str'), debugLineStr: bytes('.debug_line_str'),
      debugStrOffsets: bytes('.debug_str_offsets'), debugAddr: bytes('.debug_addr'), debugLoclists: bytes('.debug_loclists'),
      debugLoc: bytes('.debug_loc'), debugRnglists: bytes('.debug_rnglists'), debugRanges: bytes('.debug_ranges'),
      debugTypes: bytes('.debug_types'),
    });
    errors.push(...model.errors);
  }
  return { lines, callFrames, model, errors };
}

export { findFrame, parseCallFrames, rowAt, unwindRows } from './callFrame.js';
export type { CallFrameInfo, UnwindRow } from './callFrame.js';
export { unwindStep, type FrameRegisters, type UnwindStep } from './unwind.js';
export { buildDebugModel, type DebugModel, type Variable, type FunctionInfo, type Scope } from './debugModel.js';
export { formatValue, readLocationBytes, type FormatOptions, type LocationReader } from './formatValue.js';
export { typeName, declaration, ptypeText, sizeOf, stripTypedefs, type CType, type Member } from './types.js';
export { evaluateLocation, type Location, type LocationContext } from './location.js';
