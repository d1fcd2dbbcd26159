// Disassembler benchmarks: disassembling 1,000,000 random words with disassemble() (target < 1 s) and producing
// the objdump -D -b binary listing of the same words; GNU objdump runs on the same bytes as the reference when it
// is installed. The assembler's figures (first run in a fresh process, warm, the whole command) are in
// assembler.bench.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { disassemble } from '../emulator/isa/index.js';
import { objdumpListing } from '../emulator/disasm/objdump.js';

const WORDS = 1_000_000;

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

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** First (cold) run and median of the runs after it (warm: the code is optimised by then). */
function coldAndWarm(fn: () => void, warmRuns: number): { cold: number; warm: number } {
  const t0 = performance.now();
  fn();
  const cold = performance.now() - t0;
  return { cold, warm: timeMs(fn, warmRuns) };
}

function timeMs(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

function toolPresent(tool: string): boolean {
  const r = spawnSync(tool, ['--version']);
  return !r.error && r.status === 0;
}

/** Wall time of a GNU tool run (median of three), in ms. */
function timeTool(tool: string, args: string[], cwd: string): number {
  return timeMs(() => {
    const r = spawnSync(tool, args, { cwd, maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`${tool} failed: ${String(r.stderr).slice(0, 500)}`);
  }, 3);
}

export async function bench(): Promise<{ name: string; value: number; unit: string; reference?: { name: string; value: number } }[]> {
  const rnd = seeded(7);
  const words = new Uint32Array(WORDS);
  for (let i = 0; i < WORDS; i++) words[i] = rnd();
  const bytes = new Uint8Array(words.buffer);

  let sink = 0;
  const disMs = coldAndWarm(() => {
    for (let i = 0; i < WORDS; i++) sink += disassemble(words[i]!, BigInt(i * 4)).text.length;
  }, 5);
  const listingMs = timeMs(() => {
    const r = objdumpListing(bytes, { fileName: 'bench.bin', disassembleAll: true, binary: true });
    if (r.ok) sink += r.text.length;
  }, 3);
  if (sink === 0) throw new Error('nothing disassembled');

  const results: { name: string; value: number; unit: string; reference?: { name: string; value: number } }[] = [
    { name: `isa: disassemble() ${WORDS} words, warm (target < 1000 ms)`, value: disMs.warm, unit: 'ms' },
    { name: `isa: objdump -D -b binary listing of ${WORDS} words`, value: listingMs, unit: 'ms' },
    { name: `isa: disassemble() ${WORDS} words, first run (cold)`, value: disMs.cold, unit: 'ms' },
  ];
  if (toolPresent('aarch64-linux-gnu-objdump')) {
    const dir = mkdtempSync(join(tmpdir(), 'isa-bench-'));
    try {
      writeFileSync(join(dir, 'bench.bin'), bytes);
      const objdump = timeTool('aarch64-linux-gnu-objdump', ['-D', '-b', 'binary', '-m', 'aarch64', 'bench.bin'], dir);
      results[0]!.reference = { name: 'GNU objdump', value: objdump };
      results[1]!.reference = { name: 'GNU objdump', value: objdump };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}
