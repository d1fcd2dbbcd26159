// Runs the qemu-recorded SIMD cases (test/machine/fixtures/simdLoadStore-qemu.json, simdPermute-qemu.json; built by
// test/oracle/simdLoadStore.test.ts and simdPermute.test.ts) on our machine and compares stdout (V0-V31, x0-x30,
// NZCV, tagged memory, tags, signal info) and the exit status with qemu's.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runImage } from './testKernel.js';

export interface RecordedCase {
  name: string;
  source: string;
  mode: string;
  entry: string;
  text: string;
  stdout: string;
  exit: { code: number | null; signal: string | null };
}

export function loadFixture(file: string): RecordedCase[] {
  return (JSON.parse(readFileSync(join(__dirname, 'fixtures', file), 'utf8')) as { cases: RecordedCase[] }).cases;
}

const X_NAMES = [...Array.from({ length: 31 }, (_, i) => `x${i}`), 'nzcv'];

/** Names the first differences: V registers (first 512 bytes when the case ran to the end), X registers, memory. */
export function describeDifference(ours: Buffer, theirs: Buffer): string {
  const lines: string[] = [];
  const withV = theirs.length >= 512 + 256 + 256 + 16;
  for (let i = 0; i < Math.max(ours.length, theirs.length); i += 8) {
    const a = ours.subarray(i, i + 8).toString('hex'), b = theirs.subarray(i, i + 8).toString('hex');
    if (a === b) continue;
    let what = `byte ${i}`;
    if (withV && i < 512) what = `v${i >> 4}${i & 8 ? ' high' : ' low'}`;
    else if (withV && i < 768) what = X_NAMES[(i - 512) / 8]!;
    lines.push(`${what}: ours ${a} qemu ${b}`);
  }
  return lines.slice(0, 12).join('\n');
}

/** Runs one case with a block-compile threshold (0 = interpreter only) and asserts it matches qemu. */
export function checkCase(c: RecordedCase, threshold: number): void {
  const r = runImage(Buffer.from(c.text, 'hex'), BigInt(c.entry), 5_000_000, undefined, threshold);
  const ours = Buffer.from(r.stdout);
  const theirs = Buffer.from(c.stdout, 'hex');
  assert.ok(ours.equals(theirs), `${c.name}: output differs from qemu:\n${describeDifference(ours, theirs)}\nstop: ${JSON.stringify(r.stop, (_k, v) => (typeof v === 'bigint' ? '0x' + v.toString(16) : v))}\n${c.source}`);
  if (c.exit.signal) assert.equal(r.stop.kind, 'killed');
  else assert.deepEqual(r.stop, { kind: 'exit', code: c.exit.code });
}

export const TIERS = [['interpreter', 0], ['compiled', 1], ['adaptive', 16]] as const;
