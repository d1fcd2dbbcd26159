// Turns a launch's program path into a ProgramImage: assembly source (.s, .S, .asm) is assembled and linked in
// process, anything starting with the ELF magic is read as an executable. Every failure is a message for the user
// (with the assembler's diagnostics as file:line:column lines), never an exception.

import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve, extname } from 'node:path';
import type { LineRow, ProgramImage } from '../emulator/program.js';
import type { AsmDiagnostic } from '../emulator/asm/api.js';
import { assembleProgram, runnableFeatures } from '../emulator/asm/index.js';
import { elfToProgramImage, looksLikeElf, parseElf } from '../emulator/elf/index.js';
import { lineRowsByAddress } from '../emulator/dwarf/lineProgram.js';
import { readElfLineTable } from '../emulator/dwarf/elfLineTable.js';

export type LoadResult =
  | { readonly ok: true; readonly image: ProgramImage; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly message: string };

const ASSEMBLY_EXTENSIONS = new Set(['.s', '.S', '.asm']);

function formatDiagnostic(d: AsmDiagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}

/**
 * Address-to-line rows from an executable's .debug_line. Relative file names are resolved against their unit's
 * compilation directory (DW_AT_comp_dir) and include directories, as the DWARF says; only names that stay
 * relative (no compilation directory recorded) are taken relative to the program's folder.
 */
function elfLineRows(bytes: Uint8Array, folder: string): { rows?: LineRow[]; warnings: string[] } {
  const parsed = parseElf(bytes);
  if (!parsed.ok) return { warnings: [] };
  try {
    const result = readElfLineTable(parsed.elf);
    if (!result) return { warnings: [] };
    const rows = lineRowsByAddress(result).map((row) => ({ ...row, file: resolve(folder, row.file) }));
    return { rows, warnings: result.errors.map((e) => `.debug_line: ${e}`) };
  } catch (e) {
    return { warnings: [`.debug_line could not be read: ${(e as Error).message}`] };
  }
}

/** Loads the program named by an absolute path. */
export function loadProgram(path: string): LoadResult {
  let bytes: Uint8Array;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, message: `program '${path}' is a directory, not a file` };
    bytes = new Uint8Array(readFileSync(path));
  } catch (e) {
    const code = (e as { code?: string }).code;
    return { ok: false, message: code === 'ENOENT' ? `program '${path}' does not exist` : `cannot read program '${path}': ${(e as Error).message}` };
  }
  if (looksLikeElf(bytes)) {
    const r = elfToProgramImage(bytes, path);
    if (!r.ok) return { ok: false, message: r.message };
    // Damage that does not stop the program from running (section headers Linux never reads): said, not fatal.
    const damage = r.warning !== undefined ? [`warning: ${r.warning}`] : [];
    if (r.image.lines && r.image.lines.length > 0) return { ok: true, image: r.image, warnings: damage };
    const lines = r.warning !== undefined ? { warnings: [] } : elfLineRows(bytes, dirname(path));
    return { ok: true, image: lines.rows ? { ...r.image, lines: lines.rows } : r.image, warnings: [...damage, ...lines.warnings] };
  }
  const ext = extname(path);
  if (!ASSEMBLY_EXTENSIONS.has(ext)) {
    return { ok: false, message: `program '${path}' is neither an ELF executable nor assembly source (.s, .S, .asm)` };
  }
  const source = new TextDecoder().decode(bytes);
  const readInclude = (p: string): string | undefined => {
    try { return readFileSync(resolve(dirname(path), p), 'utf8'); } catch { return undefined; }
  };
  let result;
  try {
    result = assembleProgram(source, { fileName: path, readFile: readInclude, preprocess: ext === '.S', features: [...runnableFeatures] });
  } catch (e) {
    return { ok: false, message: `internal error while assembling '${path}': ${(e as Error).message}` };
  }
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').map(formatDiagnostic);
  if (errors.length > 0 || !result.image) {
    const lines = errors.slice(0, 20).map(formatDiagnostic);
    if (errors.length > 20) lines.push(`... and ${errors.length - 20} more errors`);
    return { ok: false, message: `cannot assemble '${path}':\n${lines.join('\n') || 'the assembler produced no program'}` };
  }
  return { ok: true, image: result.image, warnings };
}
