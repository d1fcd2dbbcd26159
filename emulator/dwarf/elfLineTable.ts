// The line table of an ELF file: .debug_line read together with the sections that resolve its names
// (.debug_line_str and .debug_str for strings, .debug_info/.debug_abbrev/.debug_str_offsets for each unit's
// DW_AT_comp_dir). Every reader of an executable's lines (the command line's fault report, the debugger, the
// extension's program finder) goes through here, so that none resolves relative file names differently.
import { sectionBytes, type ElfFile } from '../elf/reader.js';
import { parseDebugLine, type DebugLineResult } from './lineProgram.js';

/** The parsed line programs of `elf`; undefined when it has no (or an empty) .debug_line. */
export function readElfLineTable(elf: ElfFile): DebugLineResult | undefined {
  const bytes = (name: string): Uint8Array | undefined => sectionBytes(elf, name);
  const debugLine = bytes('.debug_line');
  if (!debugLine || debugLine.length === 0) return undefined;
  return parseDebugLine({
    debugLine, debugLineStr: bytes('.debug_line_str'), debugStr: bytes('.debug_str'),
    debugInfo: bytes('.debug_info'), debugAbbrev: bytes('.debug_abbrev'), debugStrOffsets: bytes('.debug_str_offsets'),
  });
}
