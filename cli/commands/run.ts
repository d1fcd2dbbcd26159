// The `aarch64-mte run` subcommand: runs a static AArch64 Linux program (an ELF executable, or assembly source
// assembled in-process) in the emulator. Guest stdout/stderr pass through; the exit status is the guest's exit
// code, or 128 + the signal number when a signal ends it, with a gdb-style report on stderr. `--json FILE`
// records the outcome. Bad input gives one line and exit status 2; assembly errors give exit status 1.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { UsageError, type Command, type CommandIO } from '../command.js';
import { checkReadable, createNodeHostIO, readRegularFile } from '../hostIo.js';
import { assembleProgram, runnableFeatures } from '../../emulator/asm/index.js';
import { elfToProgramImage, looksLikeElf, parseElf } from '../../emulator/elf/index.js';
import { lineRowsByAddress } from '../../emulator/dwarf/lineProgram.js';
import { readElfLineTable } from '../../emulator/dwarf/elfLineTable.js';
import { createLinuxProcess, formatFatalSignalReport, writeCoreDump, type EmulatedProcess } from '../../emulator/linux/index.js';
import type { Fault, StopReason } from '../../emulator/machine/api.js';
import type { LineRow, ProgramImage } from '../../emulator/program.js';

const help = `Usage: aarch64-mte run [options] <program.s|program.S|program.elf> [args...]
Run a static AArch64 Linux program in the emulator (with the Memory Tagging Extension).

Options:
  --seed N               Seed for IRG's random tags, AT_RANDOM and getrandom (default 0): same seed, same run
  --json FILE            Write the outcome as JSON: exitCode, signal, siCode, fault, instructions
  --max-memory SIZE      Guest memory limit, e.g. 256M or 1G (default 1G), shared by all guest processes
  --max-tasks N          Limit on live guest threads plus processes, like RLIMIT_NPROC (default 256):
                         clone, fork and vfork fail with EAGAIN past it
  --max-instructions N   Stop after N instructions (exit status 124)
  --core FILE            When a signal ends the program with a core dump, write an ELF core file (with MTE tags)
  --env NAME=VALUE       Add a variable to the guest environment (repeatable; the environment is otherwise empty)
  --root DIR[:rw]        Let the guest see the host folder DIR (repeatable), read-only, or writable with ':rw'.
                         The program's folder and the working directory are always visible (read-only unless
                         given with ':rw'); /tmp and /dev/shm are in-memory, /dev and /proc/self are emulated
  -h, --help             Display this information

Assembly files (.s, .S with the C preprocessor subset) are assembled with all supported extensions enabled.
The exit status is the program's, or 128 + N when signal N ends it (for example 139 for SIGSEGV).
`;

const ASSEMBLY = new Set(['.s', '.S', '.asm']);
const LIMIT_STATUS = 124;

interface RunArgs {
  seed: number;
  json: string | undefined;
  core: string | undefined;
  maxMemory: number | undefined;
  maxTasks: number | undefined;
  maxInstructions: number | undefined;
  env: string[];
  roots: { path: string; writable: boolean }[];
  program: string;
  args: string[];
}

/** Parses "256M", "1G", "65536", "64K" (binary units). */
export function parseSize(text: string): number | undefined {
  const m = /^(\d+)([KMG]i?B?)?$/i.exec(text.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? '').charAt(0).toUpperCase();
  const scale = unit === 'K' ? 1024 : unit === 'M' ? 1 << 20 : unit === 'G' ? 1 << 30 : 1;
  const value = Number(m[1]) * scale;
  return Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

function parseArgs(argv: readonly string[]): RunArgs {
  const out: Partial<RunArgs> & { env: string[]; roots: { path: string; writable: boolean }[] } = { seed: 0, env: [], roots: [] };
  let i = 0;
  const value = (name: string): string => {
    const eq = argv[i]!.indexOf('=');
    if (argv[i]!.startsWith('--') && eq > 0) return argv[i]!.slice(eq + 1);
    const v = argv[++i];
    if (v === undefined) throw new UsageError(`option '${name}' needs a value`);
    return v;
  };
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') { i++; break; }
    if (!a.startsWith('-') || a === '-') break;
    const name = a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
    switch (name) {
      case '--seed': {
        const v = value(name);
        if (!/^(0x[0-9a-f]+|\d+)$/i.test(v) || Number(v) > 0xffffffff) throw new UsageError(`invalid seed '${v}' (an integer from 0 to 4294967295)`);
        out.seed = Number(v);
        break;
      }
      case '--json': out.json = value(name); break;
      case '--core': out.core = value(name); break;
      case '--max-memory': {
        const v = value(name);
        const size = parseSize(v);
        if (size === undefined) throw new UsageError(`invalid size '${v}' (for example 256M or 1G)`);
        out.maxMemory = size;
        break;
      }
      case '--max-tasks': {
        const v = value(name);
        if (!/^\d+$/.test(v) || Number(v) === 0 || Number(v) > 1_000_000) throw new UsageError(`invalid task count '${v}' (1 to 1000000)`);
        out.maxTasks = Number(v);
        break;
      }
      case '--max-instructions': {
        const v = value(name);
        if (!/^\d+$/.test(v) || Number(v) === 0 || !Number.isSafeInteger(Number(v))) throw new UsageError(`invalid instruction count '${v}'`);
        out.maxInstructions = Number(v);
        break;
      }
      case '--env': {
        const v = value(name);
        if (!v.includes('=')) throw new UsageError(`invalid environment entry '${v}' (NAME=VALUE)`);
        out.env.push(v);
        break;
      }
      case '--root': {
        const v = value(name);
        const m = /^(.*?)(?::(rw|ro))?$/.exec(v)!;
        if (m[1] === '') throw new UsageError(`invalid root '${v}' (DIR, DIR:ro or DIR:rw)`);
        out.roots.push({ path: m[1]!, writable: m[2] === 'rw' });
        break;
      }
      default: throw new UsageError(`unknown option '${a}'`);
    }
  }
  const program = argv[i];
  if (program === undefined) throw new UsageError('no program given');
  return { ...out, program, args: argv.slice(i + 1) } as RunArgs;
}

/** Address-to-line rows from an executable's .debug_line, for the fault report; undefined when absent or bad. */
function debugLineRows(bytes: Uint8Array): LineRow[] | undefined {
  const parsed = parseElf(bytes);
  if (!parsed.ok) return undefined;
  try {
    const table = readElfLineTable(parsed.elf);
    if (!table) return undefined;
    const rows = lineRowsByAddress(table);
    return rows.length > 0 ? rows : undefined;
  } catch {
    return undefined;
  }
}

const SIGPIPE = 13;

type Loaded = { ok: true; image: ProgramImage } | { ok: false; status: number };

/** Loads an ELF executable or assembles a source file; prints diagnostics and errors itself. */
function loadProgram(path: string, io: CommandIO): Loaded {
  const unreadable = checkReadable(path);
  if (unreadable) { io.stderr(`aarch64-mte run: ${unreadable}\n`); return { ok: false, status: 2 }; }
  const bytes = new Uint8Array(readFileSync(path));
  if (looksLikeElf(bytes)) {
    const r = elfToProgramImage(bytes, path);
    if (!r.ok) { io.stderr(`aarch64-mte run: ${r.message}\n`); return { ok: false, status: 2 }; }
    // Damage Linux's execve does not look at (section headers): the program runs, without what they gave.
    if (r.warning) io.stderr(`aarch64-mte run: warning: ${r.warning}\n`);
    const lines = r.image.lines?.length ? undefined : debugLineRows(bytes);
    return { ok: true, image: lines ? { ...r.image, lines } : r.image };
  }
  const ext = extname(path);
  if (!ASSEMBLY.has(ext)) {
    io.stderr(`aarch64-mte run: '${path}' is neither an ELF executable nor assembly source (.s, .S)\n`);
    return { ok: false, status: 2 };
  }
  const source = Buffer.from(bytes).toString('utf8');
  const readIncludedBytes = (p: string): Uint8Array | undefined => {
    return readRegularFile(resolve(dirname(path), p));
  };
  const readInclude = (p: string): string | undefined => {
    const b = readIncludedBytes(p);
    return b === undefined ? undefined : Buffer.from(b).toString('utf8');
  };
  const result = assembleProgram(source, { fileName: path, readFile: readInclude, readBinaryFile: readIncludedBytes, preprocess: ext === '.S', features: [...runnableFeatures] });
  for (const d of result.diagnostics) io.stderr(`${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}\n`);
  if (result.diagnostics.some((d) => d.severity === 'error') || !result.image) return { ok: false, status: 1 };
  return { ok: true, image: result.image };
}

/** Reads source lines for the fault report (files cached; undefined when unreadable). */
function sourceLineReader(): (file: string, line: number) => string | undefined {
  const cache = new Map<string, string[] | undefined>();
  return (file, line) => {
    if (!cache.has(file)) {
      try { cache.set(file, readFileSync(file, 'utf8').split(/\r?\n/)); } catch { cache.set(file, undefined); }
    }
    return cache.get(file)?.[line - 1];
  };
}

function hex(value: bigint): string {
  return '0x' + BigInt.asUintN(64, value).toString(16);
}

function faultJson(fault: Fault | undefined): Record<string, unknown> | null {
  if (!fault) return null;
  switch (fault.kind) {
    case 'tagCheck':
      return { kind: fault.kind, mode: fault.mode, address: hex(fault.address), logicalTag: fault.logicalTag, allocationTag: fault.allocationTag, pc: hex(fault.pc), access: fault.access, size: fault.size };
    case 'unmapped': case 'permission': case 'alignment':
      return { kind: fault.kind, address: hex(fault.address), pc: hex(fault.pc), access: fault.access };
    case 'undefinedInstruction':
      return { kind: fault.kind, pc: hex(fault.pc), word: '0x' + (fault.word >>> 0).toString(16).padStart(8, '0') };
    default:
      return { kind: fault.kind, pc: 'pc' in fault ? hex(fault.pc) : null };
  }
}

/** Runs the process to its end (or the instruction limit); returns the final stop. */
function runToEnd(process: EmulatedProcess, maxInstructions: number | undefined): StopReason {
  for (;;) {
    const done = process.machine.instructionCount;
    if (maxInstructions !== undefined && done >= maxInstructions) return { kind: 'limit', pc: process.machine.getPC() };
    const stop = process.run(maxInstructions === undefined ? {} : { maxSteps: maxInstructions - done });
    if (stop.kind === 'exit' || stop.kind === 'killed' || stop.kind === 'limit') return stop;
    // Breakpoints, pauses and input waits do not end a command-line run: carry on.
  }
}

/** Host-side choices a caller (tests, other front ends) may make; the command line uses the defaults. */
export interface RunHostOptions {
  /** Standard input: the host's fd 0 ('inherit', the default) or fixed bytes. */
  readonly stdin?: 'inherit' | Uint8Array;
}

/** `aarch64-mte run` with explicit host options; returns the exit status. Throws UsageError on bad arguments. */
export function runProgram(argv: readonly string[], io: CommandIO, hostOptions: RunHostOptions = {}): number {
  const args = parseArgs(argv);
  const loaded = loadProgram(args.program, io);
  if (!loaded.ok) return loaded.status;
  const programDir = dirname(resolve(args.program));
  const host = createNodeHostIO({
    writeStdout: (b) => io.stdoutBytes(b) !== false, writeStderr: (b) => io.stderrBytes(b) !== false, stdin: hostOptions.stdin ?? 'inherit',
    roots: [programDir, process.cwd(), ...args.roots.map((r) => ({ path: resolve(r.path), writable: r.writable }))], cwd: process.cwd(),
  });
  const created = createLinuxProcess({
    program: loaded.image, argv: [args.program, ...args.args], envp: args.env, seed: args.seed,
    memoryLimitBytes: args.maxMemory, maxTasks: args.maxTasks, host,
  });
  if (!created.ok) { io.stderr(`aarch64-mte run: ${created.message}\n`); return 2; }
  const p = created.process;
  const stop = runToEnd(p, args.maxInstructions);
  for (const note of p.diagnostics) io.stderr(`aarch64-mte run: note: ${note}\n`);
  let status: number;
  let signal: number | null = null;
  let siCode: number | null = null;
  let fault: Fault | undefined;
  if (stop.kind === 'exit') {
    status = stop.code;
  } else if (stop.kind === 'killed') {
    // Like a shell, no report for SIGPIPE: the reader went away (`run prog | head`), which is not the program's fault.
    if (stop.signal !== SIGPIPE) io.stderr(formatFatalSignalReport(p, stop, sourceLineReader()));
    status = 128 + stop.signal;
    signal = stop.signal;
    siCode = stop.code;
    fault = stop.fault;
    if (args.core && stop.coreDumped) {
      try {
        writeFileSync(args.core, writeCoreDump(p, stop));
      } catch (e) {
        io.stderr(`aarch64-mte run: cannot write '${args.core}': ${(e as Error).message}\n`);
      }
    }
  } else {
    io.stderr(`aarch64-mte run: stopped after ${p.machine.instructionCount} instructions (--max-instructions) at ${hex(p.machine.getPC())}\n`);
    status = LIMIT_STATUS;
  }
  if (args.json) {
    const record = { exitCode: status, signal, siCode, fault: faultJson(fault), instructions: p.machine.instructionCount };
    try {
      writeFileSync(args.json, JSON.stringify(record, null, 2) + '\n');
    } catch (e) {
      io.stderr(`aarch64-mte run: cannot write '${args.json}': ${(e as Error).message}\n`);
      return 2;
    }
  }
  return status;
}

export const runCommand: Command = {
  name: 'run',
  help,
  run: (argv, io) => runProgram(argv, io),
};
