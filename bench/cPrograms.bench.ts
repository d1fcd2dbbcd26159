// Emulator speed on real C programs: static glibc binaries from the C corpus (test/fixtures/c/corpus-O2.elf, one
// binary whose first argument picks the program) run in-process on our machine and under `qemu-aarch64 -cpu max` in
// the same run. glibc's string, memory and printf routines exercise Advanced SIMD, FP and LDP/STP heavily, unlike
// the integer MTE loop of emulator.bench.ts. Figures are CPU time based, best of three; the instruction count is
// ours (qemu is assumed to execute the same instructions). Run alone with `npm run bench -- cPrograms`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { elfToProgramImage } from '../emulator/elf/index.js';
import { createLinuxProcess } from '../emulator/linux/index.js';

const here = __dirname;
const CORPUS = join(here, '..', 'test', 'fixtures', 'c', 'corpus-O2.elf');
const PROGRAMS = ['strings', 'printf', 'qsort', 'libm'];

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

function runOurs(bytes: Uint8Array, program: string): { seconds: number; instructions: number; output: string } {
  const image = elfToProgramImage(bytes, CORPUS);
  if (!image.ok) throw new Error(image.message);
  const out: Uint8Array[] = [];
  const host = { writeStdout: (b: Uint8Array) => { out.push(b.slice()); }, writeStderr: () => {}, readStdin: () => undefined, nowNanoseconds: () => 0n };
  const created = createLinuxProcess({ program: image.image, argv: [CORPUS, program], envp: [], host, seed: 1 });
  if (!created.ok) throw new Error(created.message);
  const t0 = cpuSeconds();
  const stop = created.process.run({ maxSteps: 5_000_000_000 });
  const seconds = cpuSeconds() - t0;
  if (stop.kind !== 'exit') throw new Error(`${program} did not exit: ${stop.kind}`);
  return { seconds, instructions: created.process.machine.instructionCount, output: Buffer.concat(out).toString('latin1') };
}

function runQemu(program: string): { seconds: number; output: string } | undefined {
  // `time -p` in bash reports the child's user and sys CPU seconds on stderr.
  const r = spawnSync('bash', ['-c', `time -p qemu-aarch64 -cpu max ${CORPUS} ${program} 2>/dev/null`], { encoding: 'latin1', maxBuffer: 1 << 26 });
  const user = Number(/user\s+([\d.]+)/.exec(r.stderr)?.[1]);
  const sys = Number(/sys\s+([\d.]+)/.exec(r.stderr)?.[1]);
  if (!(user + sys > 0)) return undefined;
  return { seconds: user + sys, output: r.stdout };
}

export async function bench(): Promise<{ name: string; value: number; unit: string; reference?: { name: string; value: number } }[]> {
  if (!existsSync(CORPUS)) throw new Error(`${CORPUS} is missing (scripts/build-c-corpus.sh builds it)`);
  const bytes = new Uint8Array(readFileSync(CORPUS));
  const hasQemu = spawnSync('qemu-aarch64', ['--version']).status === 0;
  const rows = [];
  for (const program of PROGRAMS) {
    let best: ReturnType<typeof runOurs> | undefined;
    for (let i = 0; i < 3; i++) {
      const r = runOurs(bytes, program);
      if (!best || r.seconds < best.seconds) best = r;
    }
    let qemu: ReturnType<typeof runQemu>;
    if (hasQemu) {
      for (let i = 0; i < 3; i++) {
        const q = runQemu(program);
        if (q && (!qemu || q.seconds < qemu.seconds)) qemu = q;
      }
      if (qemu && qemu.output !== best!.output) throw new Error(`${program}: our output differs from qemu's`);
    }
    const mips = best!.instructions / best!.seconds / 1e6;
    rows.push({
      name: `C corpus '${program}' -O2, static glibc (${(best!.instructions / 1e6).toFixed(1)}M instructions)`,
      value: mips, unit: 'MIPS',
      ...(qemu ? { reference: { name: 'qemu-aarch64 -cpu max', value: best!.instructions / qemu.seconds / 1e6 } } : {}),
    });
  }
  return rows;
}
