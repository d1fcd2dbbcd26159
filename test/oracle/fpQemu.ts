// Runs floating-point cases (test/machine/fpHarness.ts) under qemu-aarch64 -cpu max: one static program built with
// GNU as/ld in which every case loads V0-V3, X0, X1, FPCR and NZCV from a table, clears FPSR, executes its one
// instruction and writes V0-V3, X0, X1, FPSR and NZCV (96 bytes) to stdout. Returns qemu's result per case, or a
// message naming the missing tool.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RESULT_BYTES, type FpCase } from '../machine/fpHarness.js';

export const QEMU = 'qemu-aarch64';
const AS = 'aarch64-linux-gnu-as';
const LD = 'aarch64-linux-gnu-ld';
export const FP_MARCH = '-march=armv8.6-a+fp16+bf16+fp16fml';

export function missingFpTools(): string | undefined {
  for (const tool of [QEMU, AS, LD]) {
    const r = spawnSync(tool, ['--version']);
    if (r.error || r.status !== 0) return `${tool} is not installed (install qemu-user and binutils-aarch64-linux-gnu)`;
  }
  return undefined;
}

function program(cases: readonly FpCase[]): string {
  const out = ['\t.text', '\t.global _start', '_start:', '\tadrp x19, inputs', '\tadd x19, x19, :lo12:inputs', '\tsub sp, sp, #128'];
  for (const c of cases) {
    out.push(
      '\tldp q0, q1, [x19]', '\tldp q2, q3, [x19, #32]', '\tldp x0, x1, [x19, #64]', '\tldp x2, x3, [x19, #80]',
      '\tmsr fpcr, x2', '\tmsr fpsr, xzr', '\tmsr nzcv, x3',
      `\t${c.line}`,
      '\tmrs x2, fpsr', '\tmrs x3, nzcv',
      '\tstp q0, q1, [sp]', '\tstp q2, q3, [sp, #32]', '\tstp x0, x1, [sp, #64]', '\tstp x2, x3, [sp, #80]',
      '\tbl emit', '\tadd x19, x19, #96',
    );
  }
  out.push('\tmov x0, #0', '\tmov x8, #93', '\tsvc #0',
    'emit:', '\tmov x0, #1', '\tmov x1, sp', `\tmov x2, #${RESULT_BYTES}`, '\tmov x8, #64', '\tsvc #0', '\tret',
    '\t.data', '\t.balign 16', 'inputs:');
  for (const c of cases) {
    const bytes = Buffer.concat([Buffer.from(c.v, 'hex'), Buffer.from(c.x[0], 'hex'), Buffer.from(c.x[1], 'hex'), Buffer.alloc(16)]);
    bytes.writeBigUInt64LE(BigInt(c.fpcr), 80);
    bytes.writeBigUInt64LE(BigInt(c.nzcv >>> 0), 88);
    for (let i = 0; i < bytes.length; i += 16) out.push(`\t.byte ${[...bytes.subarray(i, i + 16)].join(', ')}`);
  }
  return out.join('\n') + '\n';
}

/** qemu's 96-byte result of each case (hex). Throws with GNU as/qemu's message when a step fails. */
export function runQemu(cases: readonly FpCase[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'fp-qemu-'));
  try {
    writeFileSync(join(dir, 'p.s'), program(cases));
    let r = spawnSync(AS, [FP_MARCH, '-o', join(dir, 'p.o'), join(dir, 'p.s')], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`GNU as failed:\n${r.stderr.slice(0, 2000)}`);
    r = spawnSync(LD, ['-static', '-o', join(dir, 'p'), join(dir, 'p.o')], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`GNU ld failed:\n${r.stderr}`);
    const q = spawnSync(QEMU, ['-cpu', 'max', join(dir, 'p')], { maxBuffer: 1 << 28, timeout: 300_000 });
    if (q.status !== 0) throw new Error(`qemu exited with ${q.status ?? q.signal}`);
    const data = q.stdout;
    if (data.length !== cases.length * RESULT_BYTES) throw new Error(`qemu wrote ${data.length} bytes for ${cases.length} cases`);
    return cases.map((_, i) => data.subarray(i * RESULT_BYTES, (i + 1) * RESULT_BYTES).toString('hex'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Where qemu-user 7.2 differs from the Arm ARM, the Arm ARM's answer (the test expects it) and why. FJCVTZS with
 * FPCR.FZ = 1 and a positive denormal input: FPToFixedJS clears Z when the value is zero but op<51:0> is not
 * (a flushed denormal is not an exact conversion); qemu sets Z. FCVTZS Hd, Hn, #fbits: see below.
 */
export function armDivergence(c: FpCase, qemu: string): { result: string; reason?: string } {
  if (c.line.startsWith('fjcvtzs') && (c.fpcr & (1 << 24))) {
    const reg = Number(/d(\d)/.exec(c.line)![1]);
    const bits = Buffer.from(c.v, 'hex').readBigUInt64LE(reg * 16);
    const denormal = (bits >> 52n) === 0n && (bits & ((1n << 52n) - 1n)) !== 0n;
    if (denormal && qemu.slice(176, 192) === '0000004000000000') {
      return { result: qemu.slice(0, 176) + '0000000000000000', reason: 'FJCVTZS of a positive denormal flushed by FZ: Arm ARM FPToFixedJS gives Z = 0, qemu 7.2 Z = 1' };
    }
  }
  // FCVTZS (scalar, fixed-point) to a half-precision register: V[d] = the 16-bit result, zero-extended; qemu 7.2
  // sign-extends a negative result into bits 31:16.
  const h = /^fcvtzs h(\d), h\d, #\d+$/.exec(c.line);
  if (h) {
    const at = Number(h[1]) * 32;
    if (qemu.slice(at + 4, at + 8) === 'ffff') {
      return { result: qemu.slice(0, at + 4) + '0000' + qemu.slice(at + 8), reason: 'FCVTZS (scalar, fixed-point) H: Arm ARM zero-extends the 16-bit result, qemu 7.2 sign-extends it to 32 bits' };
    }
  }
  return { result: qemu };
}
