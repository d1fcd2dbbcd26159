// Shared by the Advanced SIMD integer execution tests: seeded cases (a word of one simdInteger form with registers
// among V0-V7, or all 32, plus inputs of those registers rich in edge values), a program that runs them all under
// qemu-aarch64 (load V0-V7, clear FPSR, execute the word, store V0-V7 and FPSR), and our machine's run of the same
// cases through the public Machine API (setV, setSystemRegister, step). The oracle test compares the two live; the
// fixture script records qemu's results for test/machine/simdInteger-qemu.test.ts.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../../emulator/isa/index.js';
import { simdIntegerForms } from '../../emulator/isa/groups/simdInteger.js';
import type { FormDef } from '../../emulator/isa/table.js';
import { createMachine } from '../../emulator/machine/index.js';
import { seededRandom, withTempDir } from './isa-tools.js';

export interface ExecCase {
  /** Form id the word was generated from. */
  readonly id: string;
  readonly word: number;
  /** V0-V7 before, 128 bytes as hex. */
  readonly input: string;
}

export interface ExecResult {
  /** V0-V7 after, 128 bytes as hex. */
  readonly v: string;
  /** FPSR after (the case starts with FPSR = 0). */
  readonly fpsr: number;
}

/** Registers a case sets and compares (V0-V7 in the fixture; the oracle may use all 32). */
export const REGISTERS = 8;
const registersOf = (c: ExecCase): number => c.input.length / 32;

/** 64 bits of test data: random, or elements of one size at edge values (0, 1, max, min, -1, near limits). */
function edgeHalf(rnd: () => number): bigint {
  const kind = rnd() % 6;
  const random64 = (): bigint => (BigInt(rnd()) << 32n) | BigInt(rnd());
  if (kind <= 1) return random64();
  const esize = [8, 16, 32, 64][kind - 2]!;
  let out = 0n;
  for (let i = 0; i < 64 / esize; i++) {
    const max = (1n << BigInt(esize)) - 1n;
    const half = 1n << BigInt(esize - 1);
    const pick = [0n, 1n, max, half, half - 1n, max - 1n, half + 1n, random64() & max, random64() & (max >> 1n), BigInt(rnd() % 70)][rnd() % 10]!;
    out |= (pick & max) << BigInt(i * esize);
  }
  return out;
}

function inputBytes(rnd: () => number, registers: number): string {
  const bytes = new Uint8Array(registers * 16);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < registers * 2; i++) view.setBigUint64(i * 8, edgeHalf(rnd), true);
  return Buffer.from(bytes).toString('hex');
}

/** A word of `def` with random free bits and registers among the first `registers` (the element register too). */
function wordFor(def: FormDef, rnd: () => number, registers: number): number | undefined {
  for (let attempt = 0; attempt < 64; attempt++) {
    let w = ((rnd() & ~def.mask) | def.value) >>> 0;
    const set = (name: string, v: number): void => {
      const s = def.fieldSpecs.find((f) => f.name === name);
      if (!s) return;
      const m = (1 << s.width) - 1;
      w = ((w & ~(m << s.lsb)) | ((v & m) << s.lsb)) >>> 0;
    };
    set('Rd', rnd() % registers);
    set('Rn', rnd() % registers);
    const m = rnd() % registers;
    set('Rm', m);
    const f = def.extract(w);
    // By element: .s takes its register from M:Rm, .h (v0-v15) keeps M as an index bit.
    if (f.M !== undefined && (f.size === 2 || def.id.includes('DOT'))) set('M', m >> 4);
    else if (f.M !== undefined && registers < 16 && f.Rm! >= registers) set('Rm', f.Rm! % registers);
    const d = decode(w);
    if (d && d.form.id === def.id) return w;
  }
  return undefined;
}

/** `perForm` seeded cases for every simdInteger form, over `registers` registers (8 or 32). */
export function makeCases(perForm: number, seed: number, registers = REGISTERS): ExecCase[] {
  const rnd = seededRandom(seed);
  const cases: ExecCase[] = [];
  for (const def of simdIntegerForms as readonly FormDef[]) {
    for (let k = 0; k < perForm; k++) {
      const word = wordFor(def, rnd, registers);
      if (word === undefined) throw new Error(`no word decodes as ${def.id}`);
      cases.push({ id: def.id, word, input: inputBytes(rnd, registers) });
    }
  }
  return cases;
}

/** Assembly that runs every case and writes its registers and FPSR to stdout. */
function program(cases: readonly ExecCase[]): string {
  const regs = registersOf(cases[0]!), inputBytes = regs * 16, outputBytes = inputBytes + 16;
  const pairs = Array.from({ length: regs / 2 }, (_, k) => k);
  const lines = [
    '\t.arch armv8.5-a+aes', '\t.text', '\t.global _start', '_start:',
    '\tadrp x19, inputs', '\tadd x19, x19, :lo12:inputs', '\tadrp x20, outputs', '\tadd x20, x20, :lo12:outputs',
  ];
  for (const c of cases) {
    for (const k of pairs) lines.push(`\tldp q${2 * k}, q${2 * k + 1}, [x19, #${32 * k}]`);
    lines.push('\tmsr fpsr, xzr', `\t.inst 0x${c.word.toString(16).padStart(8, '0')}`, '\tmrs x0, fpsr');
    for (const k of pairs) lines.push(`\tstp q${2 * k}, q${2 * k + 1}, [x20, #${32 * k}]`);
    lines.push(`\tstr x0, [x20, #${inputBytes}]`, `\tadd x19, x19, #${inputBytes}`, `\tadd x20, x20, #${outputBytes}`);
  }
  lines.push('\tmov x0, #1', '\tadrp x1, outputs', '\tadd x1, x1, :lo12:outputs', `\tldr x2, =${cases.length * outputBytes}`);
  lines.push('\tmov x8, #64', '\tsvc #0', '\tmov x0, #0', '\tmov x8, #93', '\tsvc #0', '\t.ltorg');
  lines.push('\t.data', '\t.balign 16', 'inputs:');
  for (const c of cases) {
    const hex = c.input;
    for (let i = 0; i < hex.length; i += 32) lines.push(`\t.byte ${Array.from({ length: 16 }, (_, j) => `0x${hex.slice(i + 2 * j, i + 2 * j + 2)}`).join(',')}`);
  }
  lines.push('\t.bss', '\t.balign 16', 'outputs:', `\t.skip ${cases.length * outputBytes}`);
  return lines.join('\n') + '\n';
}

/** Which of as, ld and qemu-aarch64 is missing (undefined when all are there). */
export function missingExecTools(): string | undefined {
  for (const tool of ['aarch64-linux-gnu-as', 'aarch64-linux-gnu-ld', 'qemu-aarch64']) {
    const r = spawnSync(tool, ['--version'], { encoding: 'utf8' });
    if (r.error) return `${tool} is not installed`;
  }
  return undefined;
}

/** Runs the cases under qemu-aarch64 -cpu max (in chunks), returning V0-V7 and FPSR after each. */
export function runQemu(cases: readonly ExecCase[], chunk = 2000): ExecResult[] {
  const out: ExecResult[] = [];
  for (let start = 0; start < cases.length; start += chunk) {
    const part = cases.slice(start, start + chunk);
    const inputBytes = registersOf(part[0]!) * 16, outputBytes = inputBytes + 16;
    withTempDir((dir) => {
      writeFileSync(join(dir, 'p.s'), program(part));
      let r = spawnSync('aarch64-linux-gnu-as', ['-o', join(dir, 'p.o'), join(dir, 'p.s')], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`as failed: ${r.stderr.slice(0, 2000)}`);
      r = spawnSync('aarch64-linux-gnu-ld', ['-static', '-o', join(dir, 'p'), join(dir, 'p.o')], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`ld failed: ${r.stderr.slice(0, 2000)}`);
      const q = spawnSync('qemu-aarch64', ['-cpu', 'max', join(dir, 'p')], { maxBuffer: 1 << 30 });
      if (q.status !== 0) throw new Error(`qemu exited with ${q.status ?? q.signal}: ${q.stderr.toString().slice(0, 500)}`);
      const bytes = q.stdout as Buffer;
      if (bytes.length !== part.length * outputBytes) throw new Error(`qemu wrote ${bytes.length} bytes`);
      for (let i = 0; i < part.length; i++) {
        const b = bytes.subarray(i * outputBytes, (i + 1) * outputBytes);
        out.push({ v: b.subarray(0, inputBytes).toString('hex'), fpsr: b.readUInt32LE(inputBytes) });
      }
    });
  }
  return out;
}

const CODE = 0x400000n;

/** Runs the cases on our machine: one step per case, V0-V7 and FPSR = 0 set before it. */
export function runOurs(cases: readonly ExecCase[]): (ExecResult | { readonly error: string })[] {
  const m = createMachine({ seed: 1 });
  const size = Math.max(4096, Math.ceil((cases.length * 4) / 4096) * 4096);
  m.map(CODE, size, { read: true, write: false, execute: true, tagged: false }, 'text');
  const code = new Uint8Array(cases.length * 4);
  const view = new DataView(code.buffer);
  cases.forEach((c, i) => view.setUint32(i * 4, c.word, true));
  m.writeMemory(CODE, code);
  return cases.map((c, i) => {
    const input = Buffer.from(c.input, 'hex');
    const regs = registersOf(c);
    for (let r = 0; r < regs; r++) m.setV(r, input.subarray(r * 16, r * 16 + 16));
    m.setSystemRegister('fpsr', 0n);
    m.setPC(CODE + BigInt(i * 4));
    const stop = m.step();
    if (stop.kind !== 'step') return { error: `stopped: ${JSON.stringify(stop, (_k, v) => (typeof v === 'bigint' ? `0x${v.toString(16)}` : v))}` };
    if (m.getPC() !== CODE + BigInt(i * 4 + 4)) return { error: `pc 0x${m.getPC().toString(16)} after the step, not the next instruction` };
    const v = Buffer.concat(Array.from({ length: regs }, (_, r) => Buffer.from(m.getV(r))));
    return { v: v.toString('hex'), fpsr: Number(m.getSystemRegister('fpsr')) };
  });
}

/** Differences between our results and the expected ones, at most `limit` described. */
export function compareResults(cases: readonly ExecCase[], ours: ReturnType<typeof runOurs>, theirs: readonly ExecResult[], limit = 30): { count: number; byForm: Map<string, number>; text: string[] } {
  const byForm = new Map<string, number>();
  const text: string[] = [];
  let count = 0;
  cases.forEach((c, i) => {
    const o = ours[i]!, t = theirs[i]!;
    const same = !('error' in o) && o.v === t.v && ((o.fpsr ^ t.fpsr) & (1 << 27)) === 0;
    if (same) return;
    count++;
    byForm.set(c.id, (byForm.get(c.id) ?? 0) + 1);
    if (text.length >= limit) return;
    if ('error' in o) { text.push(`${c.id} ${c.word.toString(16)}: ${o.error}`); return; }
    const regs: string[] = [];
    for (let r = 0; r < registersOf(c); r++) {
      const a = o.v.slice(r * 32, r * 32 + 32), b = t.v.slice(r * 32, r * 32 + 32), inp = c.input.slice(r * 32, r * 32 + 32);
      if (a !== b) regs.push(`v${r}: ours ${a} qemu ${b} (in ${inp})`);
    }
    if (((o.fpsr ^ t.fpsr) & (1 << 27)) !== 0) regs.push(`QC: ours ${(o.fpsr >> 27) & 1} qemu ${(t.fpsr >> 27) & 1}`);
    text.push(`${c.id} ${c.word.toString(16).padStart(8, '0')}:\n      ${regs.join('\n      ')}`);
  });
  return { count, byForm, text };
}

/** Fixture of qemu results (test/machine/fixtures/simdInteger-qemu.json): the registers a case changed, FPSR after. */
export interface ExecFixture {
  readonly generatedBy: string;
  readonly qemu: string;
  readonly cases: readonly { readonly id: string; readonly word: string; readonly input: string; readonly changed: Readonly<Record<string, string>>; readonly fpsr: number }[];
}
