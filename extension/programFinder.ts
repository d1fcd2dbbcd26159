// Finds the AArch64 executables built from a C source file, so that F5 on hello.c debugs the program built from it.
// Candidates are files in the source's folder, files in build folders (build/, out/, bin/, ...) and, anywhere in the
// workspace, files named like the source (hello, hello.elf, hello.out) or a.out. A candidate is kept when it is a
// static AArch64 ELF executable whose DWARF line table names the source file the way the debug adapter finds sources
// (debug-adapter/programInfo.ts locateSource: the recorded path, or a file of that name next to the program).
// Only reads files: it never runs a compiler or any other host program. No VS Code API: tested with Node only.
import { readdir, readFile, stat, open } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { parseElf, EM_AARCH64, ET_DYN, ET_EXEC, PT_INTERP } from '../emulator/elf/reader.js';
import { readElfLineTable } from '../emulator/dwarf/elfLineTable.js';

/** An executable built from the source file. */
export interface FoundProgram {
  readonly path: string;
  /** Last modification time (ms since the epoch). */
  readonly mtimeMs: number;
  /** True when the executable is older than the source: the source changed after the build. */
  readonly stale: boolean;
}

/** An ELF file that was looked at and is not usable, with the reason (shown when nothing usable is found). */
export interface RejectedProgram {
  readonly path: string;
  readonly reason: string;
}

export interface FindResult {
  readonly source: string;
  /** Newest first. */
  readonly programs: readonly FoundProgram[];
  readonly rejected: readonly RejectedProgram[];
}

export interface FinderOptions {
  /** Workspace folder paths searched for candidates (besides the source's own folder). */
  readonly workspaceFolders?: readonly string[];
  /** Bound on directory entries visited, so a huge workspace cannot stall F5. */
  readonly maxEntries?: number;
  /** Bound on folder depth below each workspace folder. */
  readonly maxDepth?: number;
}

/** Folder names whose files are all candidates (common build output folders). */
const BUILD_DIR = /^(build|builddir|out|bin|debug|release|obj|cmake-build-.*|_build)$/i;
/** Folders never entered. */
const SKIP_DIR = /^(\..*|node_modules|__pycache__)$/;
/** Extensions that are never executables: not even their headers are read. */
const NOT_EXECUTABLE = new Set(['.c', '.h', '.cc', '.cpp', '.hpp', '.s', '.asm', '.o', '.obj', '.a', '.so', '.d', '.txt', '.md',
  '.json', '.py', '.sh', '.mk', '.cmake', '.ninja', '.log', '.map', '.lst', '.ld', '.ts', '.js', '.mjs', '.png', '.html']);
const MAX_PROGRAM_BYTES = 256 * 1024 * 1024;
const MAX_CANDIDATES = 400;

const MACHINE_NAMES: Record<number, string> = { 3: 'x86', 40: '32-bit ARM', 62: 'x86-64', 183: 'AArch64', 243: 'RISC-V' };

/** True when the path names C source by its extension (.c). */
export function isCSourcePath(path: string): boolean {
  return extname(path) === '.c';
}

/** The executable name gcc's `-o` would conventionally get for this source: its name without `.c`. */
export function programNameFor(source: string): string {
  const name = basename(source);
  return name.endsWith('.c') ? name.slice(0, -2) || 'a.out' : name + '.out';
}

function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The exact command that builds a debuggable executable from the source, to run in the source's folder. */
export function buildCommandFor(source: string): string {
  return `aarch64-linux-gnu-gcc -g -static -march=armv8.5-a+memtag ${shellWord(basename(source))} -o ${shellWord(programNameFor(source))}`;
}

/** The message shown when no executable built from the source was found. */
export function noProgramMessage(result: FindResult): string {
  const source = result.source;
  let text = `No AArch64 executable built from ${basename(source)} was found in its folder or the workspace. `
    + `Build one with debug information in a terminal, in ${dirname(source)}: ${buildCommandFor(source)} `
    + `and press F5 again, or name the executable in the "program" attribute of launch.json.`;
  if (result.rejected.length > 0) {
    const shown = result.rejected.slice(0, 4).map((r) => `${basename(r.path)} (${r.reason})`);
    if (result.rejected.length > 4) shown.push(`${result.rejected.length - 4} more`);
    text += ` Not usable: ${shown.join('; ')}.`;
  }
  return text;
}

/** The warning shown when the chosen executable is older than its source. */
export function staleProgramMessage(program: FoundProgram, source: string): string {
  return `${basename(program.path)} is older than ${basename(source)}: the source changed after it was built, so breakpoints and `
    + `lines may not match. Rebuild it: ${buildCommandFor(source)}`;
}

/** What is wrong with these bytes as a program built from `source` (at `programPath`), or undefined when usable. */
export function checkProgram(bytes: Uint8Array, programPath: string, source: string): string | undefined {
  const parsed = parseElf(bytes);
  if (!parsed.ok) {
    const machine = bytes.length >= 20 ? bytes[18]! | (bytes[19]! << 8) : 0;
    if (bytes[4] === 2 && bytes[5] === 1 && machine !== EM_AARCH64) return `${MACHINE_NAMES[machine] ?? `machine ${machine}`}, not AArch64: build it with aarch64-linux-gnu-gcc`;
    if (bytes[4] === 1) return '32-bit ELF, not AArch64';
    return `not a readable AArch64 ELF file (${parsed.message})`;
  }
  const elf = parsed.elf;
  if (elf.header.machine !== EM_AARCH64) return `${MACHINE_NAMES[elf.header.machine] ?? `machine ${elf.header.machine}`}, not AArch64: build it with aarch64-linux-gnu-gcc`;
  if (elf.header.type !== ET_EXEC && elf.header.type !== ET_DYN) return 'not an executable (an object file or a core)';
  if (elf.programHeaders.some((p) => p.type === PT_INTERP)) return 'dynamically linked: build it with -static';
  if (elf.header.type === ET_DYN && elf.header.entry === 0n) return 'a shared library, not an executable';
  const lines = readElfLineTable(elf);
  if (!lines) return 'no line table: build it with -g';
  const files = new Set<string>();
  for (const unit of lines.units) for (const row of unit.rows) files.add(row.file);
  const target = resolve(source);
  const programDir = dirname(resolve(programPath));
  for (const file of files) {
    if (resolve(programDir, file) === target) return undefined;
    // The adapter looks for a source of that name next to the program first (a program built in another checkout).
    if (basename(file) === basename(target) && programDir === dirname(target)) return undefined;
    // An absolute name from another checkout or machine (/home/ci/proj/src/main.c for proj/src/main.c here): the
    // folder and the name agree, as the debugger's longest-tail lookup of sources would find them. (A relative
    // name is taken from the program's folder, above, and means that file only.)
    if (isAbsolute(file) && commonTail(file, target) >= 2) return undefined;
  }
  return `its line table does not name ${basename(source)}`;
}

/** How many trailing path components two absolute paths share (`/a/src/x.c`, `/b/src/x.c`: 2). */
function commonTail(a: string, b: string): number {
  const pa = a.split(/[\\/]/), pb = b.split(/[\\/]/);
  let n = 0;
  while (n < pa.length && n < pb.length && pa[pa.length - 1 - n] !== '' && pa[pa.length - 1 - n] === pb[pb.length - 1 - n]) n++;
  return n;
}

async function readHeader(path: string): Promise<Uint8Array | undefined> {
  let handle;
  try {
    handle = await open(path, 'r');
    const buffer = new Uint8Array(64);
    const { bytesRead } = await handle.read(buffer, 0, 64, 0);
    return buffer.subarray(0, bytesRead);
  } catch {
    return undefined;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Candidate paths: every file of the source's folder and of build folders, and files named like the program anywhere. */
async function collectCandidates(source: string, options: FinderOptions): Promise<string[]> {
  const sourceDir = dirname(source);
  const wanted = new Set([programNameFor(source), programNameFor(source) + '.elf', programNameFor(source) + '.out', 'a.out']);
  const found = new Set<string>();
  let budget = options.maxEntries ?? 20000;
  const maxDepth = options.maxDepth ?? 6;
  const visited = new Set<string>();

  async function walk(dir: string, depth: number, inBuildDir: boolean, recurse: boolean): Promise<void> {
    if (visited.has(dir) || budget <= 0 || found.size >= MAX_CANDIDATES) return;
    visited.add(dir);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const subdirs: { path: string; build: boolean }[] = [];
    for (const entry of entries) {
      if (--budget <= 0) break;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIR.test(entry.name)) subdirs.push({ path, build: inBuildDir || BUILD_DIR.test(entry.name) });
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        if (NOT_EXECUTABLE.has(extname(entry.name))) continue;
        if (inBuildDir || dir === sourceDir || wanted.has(entry.name)) found.add(path);
      }
    }
    for (const sub of subdirs) {
      if (recurse && depth < maxDepth) await walk(sub.path, depth + 1, sub.build, true);
      else if (sub.build && depth < maxDepth) await walk(sub.path, depth + 1, true, true);
    }
  }

  // The source's folder and its build folders first, so that a bounded walk always covers them.
  await walk(sourceDir, 0, false, false);
  // Inside a workspace folder, the source's folder is walked again, this time with its subfolders.
  visited.delete(sourceDir);
  for (const folder of options.workspaceFolders ?? []) await walk(resolve(folder), 0, false, true);
  return [...found];
}

/** Finds the usable executables built from `source` (an absolute path to a .c file), newest first. Never throws. */
export async function findProgramsForSource(source: string, options: FinderOptions = {}): Promise<FindResult> {
  source = resolve(source);
  const programs: FoundProgram[] = [];
  const rejected: RejectedProgram[] = [];
  let sourceTime = 0;
  try {
    sourceTime = (await stat(source)).mtimeMs;
  } catch {
    sourceTime = 0;
  }
  let candidates: string[] = [];
  try {
    candidates = await collectCandidates(source, options);
  } catch {
    candidates = [];
  }
  for (const path of candidates.sort()) {
    const header = await readHeader(path);
    if (!header || header.length < 4 || header[0] !== 0x7f || header[1] !== 0x45 || header[2] !== 0x4c || header[3] !== 0x46) continue;
    // Relocatable objects and cores are not candidates worth naming.
    const type = header.length >= 18 ? header[16]! | (header[17]! << 8) : 0;
    if (type === 1 || type === 4) continue;
    try {
      const info = await stat(path);
      if (!info.isFile()) continue;
      if (info.size > MAX_PROGRAM_BYTES) { rejected.push({ path, reason: 'too large to read' }); continue; }
      const reason = checkProgram(new Uint8Array(await readFile(path)), path, source);
      if (reason) rejected.push({ path, reason });
      else programs.push({ path, mtimeMs: info.mtimeMs, stale: sourceTime > 0 && info.mtimeMs < sourceTime });
    } catch (e) {
      rejected.push({ path, reason: `unreadable (${e instanceof Error ? e.message : String(e)})` });
    }
  }
  programs.sort((a, b) => b.mtimeMs - a.mtimeMs || a.path.localeCompare(b.path));
  // Files named like the program are the likeliest intended ones: their reasons come first in the message.
  const named = (r: RejectedProgram) => (basename(r.path).startsWith(programNameFor(source)) || basename(r.path) === 'a.out' ? 0 : 1);
  rejected.sort((a, b) => named(a) - named(b));
  return { source, programs, rejected };
}
