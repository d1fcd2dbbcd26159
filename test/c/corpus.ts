// Runs C corpus executables (test/c-programs, built by scripts/build-c-corpus.sh or the committed multi-call
// fixtures of scripts/record-c-corpus.sh) under the emulator through the library API, and describes a run the
// way the recordings do: guest stdout, guest stderr and the exit status (128 + N when signal N ended it).
import { readFileSync } from 'node:fs';
import { elfToProgramImage } from '../../emulator/elf/loader.js';
import { createLinuxProcess } from '../../emulator/linux/index.js';
import type { HostIO, StopReason } from '../../emulator/machine/api.js';
import { createSandboxFileSystem } from '../../cli/hostIo.js';

export interface CorpusRun {
  stdout: string;
  stderr: string;
  status: number;
  stop: StopReason;
  diagnostics: readonly string[];
  instructions: number;
}

export interface CorpusRunOptions {
  readonly seed?: number;
  readonly maxInstructions?: number;
  /** Folders the guest may read (the program's folder is always one). */
  readonly roots?: readonly string[];
  /** The guest's environment, NAME=VALUE (default: empty). */
  readonly env?: readonly string[];
  /** Run in slices of at most this many instructions (as the debugger does), instead of one long run. */
  readonly sliceSteps?: number;
}

/** Runs `path` with argv [path, ...args]; a load failure throws (the tests treat it as a failure). */
export function runCorpusProgram(path: string, args: readonly string[] = [], options: CorpusRunOptions = {}): CorpusRun {
  const loaded = elfToProgramImage(new Uint8Array(readFileSync(path)), path);
  if (!loaded.ok) throw new Error(`${path}: ${loaded.message}`);
  const out: number[] = [];
  const err: number[] = [];
  const host: HostIO = {
    writeStdout: (b) => { for (const x of b) out.push(x); },
    writeStderr: (b) => { for (const x of b) err.push(x); },
    readStdin: () => new Uint8Array(0),
    nowNanoseconds: () => 1_700_000_000_000_000_000n,
    files: createSandboxFileSystem([...(options.roots ?? [])], process.cwd()),
  };
  const created = createLinuxProcess({ program: loaded.image, argv: [path, ...args], envp: [...(options.env ?? [])], host, seed: options.seed ?? 1 });
  if (!created.ok) throw new Error(created.message);
  const p = created.process;
  const limit = options.maxInstructions ?? 2_000_000_000;
  let stop: StopReason;
  let slices = 0;
  for (;;) {
    const done = p.machine.instructionCount;
    if (done >= limit) { stop = { kind: 'limit', pc: p.machine.getPC() }; break; }
    stop = p.run({ maxSteps: Math.min(limit - done, options.sliceSteps ?? Number.MAX_SAFE_INTEGER) });
    if (stop.kind === 'exit' || stop.kind === 'killed') break;
    // A slice that ends is not the end of the run (other threads or processes may have used it), up to a bound.
    if (stop.kind === 'limit' && (options.sliceSteps === undefined || ++slices > limit / options.sliceSteps + 100_000)) break;
  }
  const status = stop.kind === 'exit' ? stop.code : stop.kind === 'killed' ? 128 + stop.signal : -1;
  return {
    stdout: Buffer.from(out).toString('latin1'), stderr: Buffer.from(err).toString('latin1'), status, stop,
    diagnostics: p.diagnostics, instructions: p.machine.instructionCount,
  };
}

/** A one-line description of how a run ended, for failure messages. */
export function describeStop(run: CorpusRun): string {
  const s = run.stop;
  const what = s.kind === 'killed' ? `killed by signal ${s.signal} (code ${s.code})${s.fault ? ` fault ${JSON.stringify(s.fault, (_k, v) => (typeof v === 'bigint' ? '0x' + v.toString(16) : v))}` : ''}`
    : s.kind === 'exit' ? `exit ${s.code}` : s.kind;
  return `${what}; ${run.instructions} instructions; diagnostics: ${run.diagnostics.join(' | ') || 'none'}`;
}
