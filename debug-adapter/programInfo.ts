// What the debugger knows about a loaded program's text: symbols (address <-> name) and the address <-> source
// line table, with the lookups breakpoints, stepping, stack traces and disassembly need. Pure data, no DAP.

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { LineRow, ProgramImage, ProgramSymbol } from '../emulator/program.js';
import { parseElf, findSection, sectionBytes } from '../emulator/elf/reader.js';
import { parseCallFrames, type CallFrameInfo } from '../emulator/dwarf/callFrame.js';

export interface SourceLine {
  /** Absolute path of the source file. */
  readonly file: string;
  readonly line: number;
}

export class ProgramInfo {
  private readonly functions: ProgramSymbol[];
  private readonly rows: LineRow[];
  /** Normalised file path -> line -> lowest address of a statement on that line. */
  private readonly lineAddresses = new Map<string, Map<number, bigint[]>>();
  private readonly symbolsByName = new Map<string, ProgramSymbol>();

  constructor(readonly image: ProgramImage, private readonly baseDirectory: string, readonly loadBias: bigint = 0n) {
    const usable = image.symbols.filter((s) => s.name !== '' && s.type !== 'section' && s.type !== 'file' && !s.name.startsWith('$'));
    this.functions = usable
      .filter((s) => s.type === 'func' || s.type === 'notype')
      .map((s) => ({ ...s, address: s.address + loadBias }))
      .sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : (b.type === 'func' ? 1 : 0) - (a.type === 'func' ? 1 : 0)));
    for (const s of usable) {
      const existing = this.symbolsByName.get(s.name);
      if (!existing || (existing.binding === 'local' && s.binding !== 'local')) this.symbolsByName.set(s.name, { ...s, address: s.address + loadBias });
    }
    this.rows = (image.lines ?? []).map((r) => ({ ...r, address: r.address + loadBias, file: this.sourcePath(r.file) }));
    this.rows.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
    // A line's breakpoint addresses are where a run of rows for that line begins (compilers often emit several
    // rows for one line; stopping at each would stop several times on one line).
    let previous: LineRow | undefined;
    for (const r of this.rows) {
      const continuesLine = previous !== undefined && !previous.endSequence && previous.line === r.line && previous.file === r.file;
      previous = r;
      if (r.endSequence || r.isStatement === false || continuesLine) continue;
      let byLine = this.lineAddresses.get(r.file);
      if (!byLine) this.lineAddresses.set(r.file, (byLine = new Map()));
      const list = byLine.get(r.line);
      if (list) { if (!list.includes(r.address)) list.push(r.address); } else byLine.set(r.line, [r.address]);
    }
  }

  private readonly located = new Map<string, string>();

  /** Where a file the debug information names is on this machine (see locateSource); remembered per name. */
  sourcePath(file: string): string {
    let path = this.located.get(file);
    if (path === undefined) this.located.set(file, (path = this.locateSource(file)));
    return path;
  }

  private frames: readonly CallFrameInfo[] | undefined;

  /**
   * The program's DWARF call-frame information (.eh_frame, .debug_frame), read on first use. Empty when the program
   * has none or is relocated (a static PIE's FDE addresses are link-time addresses).
   */
  callFrames(): readonly CallFrameInfo[] {
    if (this.frames) return this.frames;
    const frames: CallFrameInfo[] = [];
    const parsed = this.image.elf && this.loadBias === 0n ? parseElf(this.image.elf) : undefined;
    if (parsed?.ok) {
      for (const [name, kind] of [['.eh_frame', 'eh_frame'], ['.debug_frame', 'debug_frame']] as const) {
        const section = findSection(parsed.elf, name);
        const data = sectionBytes(parsed.elf, name);
        if (section && data) frames.push(parseCallFrames({ kind, data, address: section.address }));
      }
    }
    this.frames = frames;
    return frames;
  }

  /**
   * Where a source file named by the line table (an absolute path once DW_AT_comp_dir is applied) is on this
   * machine. A copy next to the program comes first: a program copied or cloned together with its sources (or
   * built on another machine) names its build folder, which may not exist here, or may be another checkout. The
   * copy is the longest tail of the recorded path found under the program's folder (src/util.c before util.c, so
   * two files of the same name in different folders stay apart). Then the recorded path, then the longest tail
   * under the working directory, like gdb's source search directories. Unfound paths are kept as they are.
   */
  private locateSource(file: string): string {
    const named = this.normalise(file);
    const programFolder = dirname(resolve(this.baseDirectory, this.image.path));
    const underProgram = longestTailUnder(programFolder, named);
    if (underProgram) return underProgram;
    if (existsSync(named)) return named;
    return longestTailUnder(this.baseDirectory, named) ?? named;
  }

  /** Absolute, normalised path used to compare files. */
  normalise(file: string): string {
    return resolve(this.baseDirectory, file);
  }

  get hasLineInfo(): boolean { return this.rows.length > 0; }

  /** Files that have line rows. */
  get sourceFiles(): string[] { return [...this.lineAddresses.keys()]; }

  /** The source line of an address, or undefined outside the line table. */
  lineAt(address: bigint): SourceLine | undefined {
    const rows = this.rows;
    let lo = 0, hi = rows.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid]!.address <= address) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (found < 0) return undefined;
    let row = rows[found]!;
    if (row.endSequence) return undefined;
    // Several rows at one address (optimised code, location views): the last statement among them names the line,
    // as gdb shows it.
    if (row.isStatement === false) {
      for (let j = found - 1; j >= 0 && rows[j]!.address === row.address && !rows[j]!.endSequence; j--) {
        if (rows[j]!.isStatement !== false) { row = rows[j]!; break; }
      }
    }
    // A row covers addresses up to the next row; the last row of a sequence without an end marker covers 4 bytes.
    const nextRow = rows[found + 1];
    if (!nextRow && address >= row.address + 4n) return undefined;
    return { file: row.file, line: row.line };
  }

  /**
   * Where gdb's `break FUNC` stops for a C function starting at `entry`: past the prologue. When the line table
   * puts several statement lines at the entry itself (optimised code, whose prologue is empty), the entry, on the
   * last of those lines; otherwise the first statement row after the entry, inside the function, on another line
   * than the entry's (gdb's skip_prologue_using_sal). The entry itself when the table says nothing better.
   */
  afterPrologue(entry: bigint): { address: bigint; line?: SourceLine } {
    const rows = this.rows;
    let lo = 0, hi = rows.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (rows[mid]!.address < entry) lo = mid + 1; else hi = mid; }
    const atEntry: LineRow[] = [];
    let i = lo;
    for (; i < rows.length && rows[i]!.address === entry; i++) if (!rows[i]!.endSequence) atEntry.push(rows[i]!);
    const statements = atEntry.filter((r) => r.isStatement !== false);
    if (statements.length === 0) return { address: entry };
    const first = statements[0]!;
    if (statements.some((r) => r.line !== first.line || r.file !== first.file)) {
      const last = statements[statements.length - 1]!;
      return { address: entry, line: { file: last.file, line: last.line } };
    }
    const fn = this.symbolize(entry);
    const size = fn && fn.start === entry ? this.functions.find((f) => f.address === entry && f.size > 0)?.size : undefined;
    const end = size !== undefined ? entry + BigInt(size) : undefined;
    for (; i < rows.length; i++) {
      const r = rows[i]!;
      if (r.endSequence || (end !== undefined && r.address >= end)) break;
      if (r.isStatement !== false && (r.line !== first.line || r.file !== first.file)) return { address: r.address, line: { file: r.file, line: r.line } };
    }
    return { address: entry, line: { file: first.file, line: first.line } };
  }

  /** True when `address` begins a line-table row (a place a line step may stop). */
  isRowStart(address: bigint): boolean {
    const line = this.lineAt(address);
    if (!line) return false;
    return this.lineAddresses.get(line.file)?.get(line.line)?.includes(address) ?? false;
  }

  /**
   * Addresses for a breakpoint on `line` of `file`: that line, or the next line with code (within 20 lines).
   * Returns the line actually used.
   */
  addressesForLine(file: string, line: number): { line: number; addresses: bigint[] } | undefined {
    const byLine = this.lineAddresses.get(this.normalise(file));
    if (!byLine) return undefined;
    for (let l = line; l <= line + 20; l++) {
      const addresses = byLine.get(l);
      if (addresses && addresses.length > 0) return { line: l, addresses: [...addresses] };
    }
    return undefined;
  }

  /** Every line of a file that has code. */
  linesWithCode(file: string): number[] {
    return [...(this.lineAddresses.get(this.normalise(file))?.keys() ?? [])].sort((a, b) => a - b);
  }

  /** The function (or label) containing an address, with the offset into it. */
  symbolize(address: bigint): { name: string; offset: bigint; start: bigint } | undefined {
    const fns = this.functions;
    let lo = 0, hi = fns.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (fns[mid]!.address <= address) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (found < 0) return undefined;
    // Prefer a sized function symbol that contains the address; fall back to the nearest preceding label.
    for (let i = found; i >= 0 && i > found - 64; i--) {
      const s = fns[i]!;
      if (s.type === 'func' && s.size > 0 && address < s.address + BigInt(s.size)) return { name: s.name, offset: address - s.address, start: s.address };
    }
    // A label without a size covers addresses up to the next label, within the same segment only.
    const s = fns[found]!;
    if (s.size > 0 && address >= s.address + BigInt(s.size)) return undefined;
    const segment = this.segmentOf(address);
    if (!segment || this.segmentOf(s.address) !== segment) return undefined;
    return { name: s.name, offset: address - s.address, start: s.address };
  }

  private segmentOf(address: bigint): ProgramImage['segments'][number] | undefined {
    return this.image.segments.find((seg) => address >= seg.vaddr + this.loadBias && address < seg.vaddr + this.loadBias + BigInt(Math.max(seg.memSize, seg.data.length)));
  }

  /** The start of the function containing `address`: a sized `func` symbol, or the nearest global label. */
  functionStart(address: bigint): bigint | undefined {
    const fns = this.functions;
    let best: ProgramSymbol | undefined;
    for (const s of fns) {
      if (s.address > address) break;
      if (s.type === 'func' && s.size > 0 && address < s.address + BigInt(s.size)) best = s;
      else if (s.binding !== 'local' || s.type === 'func') { if (!best || best.type !== 'func' || best.address + BigInt(best.size) <= address) best = s; }
    }
    return best?.address;
  }

  symbolAddress(name: string): bigint | undefined {
    return this.symbolsByName.get(name)?.address;
  }

  symbolNames(): string[] {
    return [...this.symbolsByName.keys()];
  }

  functionNames(): string[] {
    return this.functions.filter((f) => f.type === 'func' || f.binding !== 'local').map((f) => f.name);
  }
}

/** The longest tail of `path` (a/b/c.c, then b/c.c, then c.c) that names an existing file under `folder`. */
function longestTailUnder(folder: string, path: string): string | undefined {
  const parts = path.split(/[\\/]/).filter((p) => p !== '' && p !== '.' && p !== '..');
  for (let i = 0; i < parts.length; i++) {
    const candidate = join(folder, ...parts.slice(i));
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}
