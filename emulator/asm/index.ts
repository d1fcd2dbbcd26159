// The assembler's public functions (see ./api.ts): assemble, link, writeObject, writeExecutable and
// assembleProgram. Pure: file access for .include comes through AssembleOptions.readFile.
import type { ProgramImage } from '../program.js';
import type { AssembleOptions, AssemblyResult, LinkOptions, LinkResult } from './api.js';
import { assembleUnit } from './assembler.js';
import { writeExecutableElf, writeRelocatable, type ObjectOptions } from './elfWriter.js';
import { linkUnits, sectionLayouts } from './linker.js';

export type * from './api.js';
export type { ObjectOptions } from './elfWriter.js';
export { defaultFeatures, parseArchitecture, runnableFeatures } from './features.js';

/** Assembles one translation unit. Never throws on user input: problems are diagnostics. */
export function assemble(source: string, options: AssembleOptions): AssemblyResult {
  try {
    return assembleUnit(source, options).result;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      diagnostics: [{ file: options.fileName, line: 1, column: 1, severity: 'error', message: `internal assembler error: ${message}` }],
      sections: [], symbols: [], references: [], lines: [], fileName: options.fileName,
    };
  }
}

/** Statically links assembled units into a ProgramImage (RX segment at 0x400000, RW after it, entry _start). */
export function link(results: readonly AssemblyResult[], options: LinkOptions = {}): LinkResult {
  const errors = results.flatMap((r) => r.diagnostics.filter((d) => d.severity === 'error'));
  if (errors.length > 0) return { diagnostics: results.flatMap((r) => r.diagnostics), image: undefined };
  try {
    const linked = linkUnits(results, options);
    return { diagnostics: [...results.flatMap((r) => r.diagnostics), ...linked.diagnostics], image: linked.image };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { diagnostics: [{ file: results[0]?.fileName ?? '', line: 1, column: 1, severity: 'error', message: `internal linker error: ${message}` }], image: undefined };
  }
}

/** ELF64 relocatable object (ET_REL, EM_AARCH64) for `aarch64-linux-gnu-ld`. */
export function writeObject(result: AssemblyResult, options: ObjectOptions = {}): Uint8Array {
  return writeRelocatable(result, options);
}

/** ELF64 executable (ET_EXEC) with symbols and .debug_line, for qemu-aarch64 and gdb. */
export function writeExecutable(image: ProgramImage): Uint8Array {
  return writeExecutableElf(image, sectionLayouts.get(image));
}

/** Assembles and links one source file: what `aarch64-mte run prog.s` and the debugger use. */
export function assembleProgram(source: string, options: AssembleOptions & LinkOptions): LinkResult {
  const result = assemble(source, options);
  const linked = link([result], options);
  if (!linked.image) return linked;
  const image: ProgramImage = { ...linked.image, path: options.fileName };
  const layout = sectionLayouts.get(linked.image);
  if (layout) sectionLayouts.set(image, layout);
  const withElf: ProgramImage = { ...image, elf: writeExecutable(image) };
  if (layout) sectionLayouts.set(withElf, layout);
  return { diagnostics: linked.diagnostics, image: withElf };
}
