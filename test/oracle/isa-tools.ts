// Shared helpers of the ISA oracle tests: locating the GNU tools, running objdump over raw words, running GNU as
// over a source, a seeded random generator and the classification of SIMD&FP/SVE/SME encoding space.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const OBJDUMP = 'aarch64-linux-gnu-objdump';
export const AS = 'aarch64-linux-gnu-as';
export const AS_MARCH = '-march=armv8.5-a+memtag';

/** Returns undefined when the tool runs, otherwise a message naming it (the oracle test then fails with it). */
export function missingTool(tool: string): string | undefined {
  const r = spawnSync(tool, ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    return `required tool '${tool}' is not installed or does not run (install binutils-aarch64-linux-gnu)`;
  }
  return undefined;
}

/** A temporary directory removed by the returned cleanup function. */
export function withTempDir<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'isa-oracle-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Like withTempDir for an async function: the directory is removed after the promise settles. */
export async function withTempDirAsync<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'isa-oracle-'));
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whitespace normalisation used for every comparison with objdump: runs of blanks become one space. */
export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Little-endian bytes of the words. */
export function wordsToBytes(words: Uint32Array): Uint8Array {
  const bytes = new Uint8Array(words.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < words.length; i++) view.setUint32(i * 4, words[i]!, true);
  return bytes;
}

/**
 * Disassembles raw words with `objdump -D -z -b binary -m aarch64`; element i is objdump's text (after the hex
 * word) for the word at address 4*i, or undefined when a line could not be parsed.
 */
export function objdumpWords(words: Uint32Array): (string | undefined)[] {
  return withTempDir((dir) => {
    const file = join(dir, 'words.bin');
    writeFileSync(file, wordsToBytes(words));
    const r = spawnSync(OBJDUMP, ['-D', '-z', '-b', 'binary', '-m', 'aarch64', file], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    if (r.error || r.status !== 0) throw new Error(`${OBJDUMP} failed: ${r.error?.message ?? r.stderr}`);
    const texts: (string | undefined)[] = new Array(words.length).fill(undefined);
    const lineRe = /^ *([0-9a-f]+):\t([0-9a-f]{8}) \t(.*)$/;
    for (const line of r.stdout.split('\n')) {
      const m = lineRe.exec(line);
      if (!m) continue;
      const index = parseInt(m[1]!, 16) / 4;
      if (Number.isInteger(index) && index < words.length) texts[index] = m[3]!;
    }
    return texts;
  });
}

export interface GnuAsResult {
  /** Bytes of .text, when the source assembled. */
  readonly text?: Uint8Array;
  /** Error messages by 1-based source line. */
  readonly errors: Map<number, string>;
  /** `objdump -r` relocation lines of .text: offset, type, symbol+addend. */
  readonly relocations: { offset: number; type: string; target: string }[];
}

/** Assembles a source with GNU as (-march=armv8.5-a+memtag); returns .text bytes, per-line errors and relocations. */
export function gnuAssemble(source: string, extraArgs: readonly string[] = []): GnuAsResult {
  return withTempDir((dir) => {
    const src = join(dir, 'in.s');
    const obj = join(dir, 'in.o');
    const bin = join(dir, 'text.bin');
    writeFileSync(src, source);
    const r = spawnSync(AS, [AS_MARCH, ...extraArgs, src, '-o', obj], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.error) throw new Error(`${AS} could not run: ${r.error.message}`);
    const errors = new Map<number, string>();
    for (const line of r.stderr.split('\n')) {
      const m = /^[^:]*:(\d+): Error: (.*)$/.exec(line);
      if (m) errors.set(Number(m[1]), m[2]!);
    }
    if (r.status !== 0) return { errors, relocations: [] };
    const c = spawnSync('aarch64-linux-gnu-objcopy', ['-O', 'binary', '--only-section=.text', obj, bin]);
    if (c.error || c.status !== 0) throw new Error(`aarch64-linux-gnu-objcopy failed: ${c.stderr}`);
    const d = spawnSync(OBJDUMP, ['-r', '-j', '.text', obj], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const relocations: { offset: number; type: string; target: string }[] = [];
    for (const line of d.stdout.split('\n')) {
      const m = /^([0-9a-f]{16}) (R_AARCH64_\w+)\s+(.*)$/.exec(line);
      if (m) relocations.push({ offset: parseInt(m[1]!, 16), type: m[2]!, target: m[3]!.trim() });
    }
    return { text: new Uint8Array(readFileSync(bin)), errors, relocations };
  });
}

/** Deterministic 32-bit generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/**
 * True when the word lies in the SIMD&FP, SVE or SME encoding space (top-level op0 of the Arm ARM), which the
 * table does not describe yet: SME (op0=0000, bit 31 set), SVE (op0=0010), SIMD&FP data processing (op0=x111)
 * and loads/stores with V=1 (op0=x1x0, bit 26 set).
 */
export function inSimdFpSpace(word: number): boolean {
  const op0 = (word >>> 25) & 0xf;
  if (op0 === 0 && word >>> 31 === 1) return true;
  if (op0 === 2) return true;
  if ((op0 & 7) === 7) return true;
  if ((op0 & 5) === 4 && ((word >>> 26) & 1) === 1) return true;
  return false;
}

export function hex32(word: number): string {
  return (word >>> 0).toString(16).padStart(8, '0');
}

/** Interesting values of a field of `width` bits: zero, one, both ends of the signed range, all ones, a middle. */
export function edgeValues(width: number): number[] {
  const max = width >= 32 ? 0xffffffff : 2 ** width - 1;
  const half = 2 ** (width - 1);
  const values = new Set<number>([0, 1, max, max - 1, half, half - 1, Math.floor(max / 3)]);
  return [...values].filter((v) => v >= 0 && v <= max);
}

/** A form's pattern as the table gives it: fixed bits and named fields. */
export interface PatternLike {
  readonly id: string;
  readonly mask: number;
  readonly value: number;
  readonly feature?: string;
  readonly fieldSpecs: readonly { readonly name: string; readonly lsb: number; readonly width: number }[];
}

/**
 * Around each pattern (SVE forms): `perPattern` random words inside it, and for every fixed bit the pattern with that
 * bit flipped (random fields), which lands on neighbouring encodings the table may not describe.
 */
export function sveNeighbourWords(patterns: readonly PatternLike[], seed: number, perPattern = 256): { words: number[]; origin: string[] } {
  const rnd = seededRandom(seed);
  const words: number[] = [];
  const origin: string[] = [];
  for (const p of patterns) {
    for (let k = 0; k < perPattern; k++) { words.push(((rnd() & ~p.mask) | p.value) >>> 0); origin.push(p.id); }
    for (let bit = 0; bit < 32; bit++) {
      if (((p.mask >>> bit) & 1) === 0) continue;
      for (let k = 0; k < 4; k++) { words.push((((rnd() & ~p.mask) | p.value) ^ (1 << bit)) >>> 0); origin.push(`${p.id}^bit${bit}`); }
    }
  }
  return { words, origin };
}

/**
 * Words inside each pattern: for every field, each edge value with the other fields random, plus all fields at
 * zero and all at their maximum. Returns the words with the id of the pattern that produced each.
 */
export function patternWords(patterns: readonly PatternLike[], seed: number): { words: number[]; origin: string[] } {
  const rnd = seededRandom(seed);
  const words: number[] = [];
  const origin: string[] = [];
  const place = (p: PatternLike, values: Map<string, number>, randomRest: boolean) => {
    let w = randomRest ? (rnd() & ~p.mask) | p.value : p.value;
    for (const s of p.fieldSpecs) {
      const m = s.width >= 32 ? 0xffffffff : 2 ** s.width - 1;
      const v = values.get(s.name);
      if (v === undefined) continue;
      w = (w & ~(m << s.lsb)) | ((v & m) << s.lsb);
    }
    words.push(w >>> 0);
    origin.push(p.id);
  };
  for (const p of patterns) {
    place(p, new Map(p.fieldSpecs.map((s) => [s.name, 0])), false);
    place(p, new Map(p.fieldSpecs.map((s) => [s.name, 2 ** s.width - 1])), false);
    for (const s of p.fieldSpecs) {
      for (const v of edgeValues(s.width)) place(p, new Map([[s.name, v]]), true);
    }
  }
  return { words, origin };
}
