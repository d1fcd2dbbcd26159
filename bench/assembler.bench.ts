// Assembler benchmarks: 100,000-line files assembled by emulator/asm, first run in a fresh process (cold: what a
// command line `aarch64-mte as` or the first language-server pass pays), warm (median of later runs), and the
// whole `aarch64-mte as` command (node start-up, loading, assembling and writing the object), for two
// inputs: instructions the table knows without labels (as bench/isa.bench.ts) and the language server's kind of
// file (labels, branches to them, data with label differences, comments). GNU as runs on the same files when
// installed. The target is under 500 ms for 100,000 lines.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemble, parseArchitecture } from '../emulator/asm/index.js';
import { decode, disassemble } from '../emulator/isa/index.js';
import type { Feature } from '../emulator/isa/api.js';
import { tuneV8ForAssembly } from '../cli/v8Tuning.js';

const LINES = 100_000;
const CHILD_FLAG = '--assembler-bench-child';
const MARCH = 'armv8.5-a+memtag';

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

function features(): Feature[] {
  const arch = parseArchitecture(MARCH);
  if (!('features' in arch)) throw new Error(arch.error);
  return [...arch.features];
}

/** Random instructions of the table that the architecture enables, without PC-relative forms or system registers. */
function instructionFile(): string {
  const enabled = new Set(features());
  const rnd = seeded(99);
  const lines: string[] = ['\t.text'];
  while (lines.length <= LINES) {
    const w = rnd();
    const d = decode(w);
    if (!d || !enabled.has(d.form.feature)) continue;
    const dis = disassemble(w, 0n);
    if (dis.target !== undefined || dis.mnemonic === 'adrp' || /^(msr|mrs|sys|sysl)$/.test(dis.mnemonic)) continue;
    lines.push(`\t${dis.mnemonic} ${dis.operands}`.trimEnd());
  }
  return lines.join('\n') + '\n';
}

/**
 * Labels, branches to them, data and comments. Registers and offsets vary from line to line, so that few lines
 * repeat (the assembler remembers the encodings of repeated symbol-free lines; real files repeat less than a
 * file of five fixed lines would).
 */
function labelFile(): string {
  const out: string[] = [' .text'];
  for (let i = 0; out.length < LINES; i++) {
    const r = (k: number) => (i * 7 + k) % 29;
    out.push(`l${i}: add x${r(0)}, x${r(1)}, #${i % 4096}  // comment`, `  ldr x${r(2)}, [x${r(3)}, #${8 * (i % 512)}]`, `  b l${i}`,
      `  .word ${i}, ${i * 3}`, `  .quad l${i} - .`);
  }
  return out.join('\n') + '\n';
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** In a fresh process: ms of the first assemble() of `file`, then the median of five more. */
function measureHere(file: string): { cold: number; warm: number } {
  const source = file === 'labels' ? labelFile() : instructionFile();
  const options = { fileName: 'bench.s', features: features() };
  const once = (): number => {
    const t0 = performance.now();
    const r = assemble(source, options);
    const ms = performance.now() - t0;
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) throw new Error(`assembler errors on the bench input: ${errors[0]!.message}`);
    return ms;
  };
  const cold = once();
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) warm.push(once());
  return { cold, warm: median(warm) };
}

if (process.argv.includes(CHILD_FLAG)) {
  // The same V8 setting as `aarch64-mte as` (cli/v8Tuning.ts).
  tuneV8ForAssembly();
  const file = process.argv[process.argv.indexOf(CHILD_FLAG) + 1]!;
  process.stdout.write(JSON.stringify(measureHere(file)));
}

/** Fresh processes measured per input: one first run is too noisy a figure on its own. */
const FRESH_RUNS = 5;

/**
 * Runs this bundle again as a child so that "cold" means a process that has assembled nothing yet, FRESH_RUNS
 * times: the median and the slowest first run, and the median warm figure.
 */
function measureFresh(file: string): { cold: number; coldWorst: number; warm: number } {
  const colds: number[] = [];
  const warms: number[] = [];
  for (let i = 0; i < FRESH_RUNS; i++) {
    const r = spawnSync(process.execPath, [__filename, CHILD_FLAG, file], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`bench child failed: ${r.stderr.slice(0, 500)}`);
    const m = JSON.parse(r.stdout) as { cold: number; warm: number };
    colds.push(m.cold);
    warms.push(m.warm);
  }
  return { cold: median(colds), coldWorst: Math.max(...colds), warm: median(warms) };
}

/** Median wall time (ms, of three runs) of a command assembling `source` as bench.s in a scratch folder. */
function timeCommand(command: string, args: readonly string[], source: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'asm-bench-'));
  try {
    writeFileSync(join(dir, 'bench.s'), source);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const r = spawnSync(command, args, { cwd: dir, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${String(r.stderr).slice(0, 500)}`);
      times.push(performance.now() - t0);
    }
    return median(times);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Wall time of `aarch64-mte as file.s -o file.o` in a new process (node start-up and loading included). */
function commandLine(source: string): number {
  const launcher = join(__dirname, '..', 'bin', 'aarch64-mte.js');
  return timeCommand(process.execPath, [launcher, 'as', `-march=${MARCH}`, 'bench.s', '-o', 'bench.o'], source);
}

function gnuAs(source: string): number | undefined {
  const probe = spawnSync('aarch64-linux-gnu-as', ['--version']);
  if (probe.error || probe.status !== 0) return undefined;
  return timeCommand('aarch64-linux-gnu-as', [`-march=${MARCH}`, '--no-warn', 'bench.s', '-o', 'bench.o'], source);
}

export async function bench(): Promise<{ name: string; value: number; unit: string; reference?: { name: string; value: number } }[]> {
  const results: { name: string; value: number; unit: string; reference?: { name: string; value: number } }[] = [];
  for (const [file, what] of [['instructions', 'instructions'], ['labels', 'labels/branches/data']] as const) {
    const m = measureFresh(file);
    const gnu = gnuAs(file === 'labels' ? labelFile() : instructionFile());
    const reference = gnu === undefined ? undefined : { name: 'GNU as', value: gnu };
    results.push({ name: `asm: ${LINES} lines of ${what}, fresh process, median of ${FRESH_RUNS} (target < 500 ms)`, value: m.cold, unit: 'ms', ...(reference ? { reference } : {}) });
    results.push({ name: `asm: ${LINES} lines of ${what}, fresh process, slowest of ${FRESH_RUNS}`, value: m.coldWorst, unit: 'ms', ...(reference ? { reference } : {}) });
    results.push({ name: `asm: ${LINES} lines of ${what}, warm`, value: m.warm, unit: 'ms', ...(reference ? { reference } : {}) });
    const cli = commandLine(file === 'labels' ? labelFile() : instructionFile());
    results.push({ name: `asm: ${LINES} lines of ${what}, \`aarch64-mte as\` end to end`, value: cli, unit: 'ms', ...(reference ? { reference } : {}) });
  }
  return results;
}
