// Determinism of whole C programs (ARCHITECTURE.md "Deterministic runs", "Threads and processes are scheduled
// deterministically"): a threaded, a forking and a glibc-heap-tagging corpus program give the same output,
// status and instruction count on every run with the same seed, and the same again when run in small slices as
// the debugger runs them; a different seed changes IRG's tags but not these programs' output (it never depends
// on the tags chosen).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeStop, runCorpusProgram, type CorpusRun } from './corpus.js';
import { expectedLinuxStdout } from './linuxDifferences.js';

interface Recorded { binary: string; program: string; env?: string[]; stdout: string; status: number }
const fixtures = join(__dirname, '..', 'fixtures', 'c');
const recorded: Recorded[] = JSON.parse(readFileSync(join(fixtures, 'qemu-expected.json'), 'utf8'));

function summary(r: CorpusRun): string {
  return JSON.stringify({ stdout: r.stdout, stderr: r.stderr, status: r.status, instructions: r.instructions });
}

for (const [binary, program] of [['corpus-O2.elf', 'threads2'], ['corpus-O2.elf', 'forkwait'], ['corpus-O2.elf', 'mte-glibc'], ['corpus-O0.elf', 'mte-modes']] as const) {
  test(`${binary} ${program}: same seed, same run, whole or in slices; another seed, same output`, () => {
    const rec = recorded.find((r) => r.binary === binary && r.program === program);
    assert.ok(rec, `${program} is recorded`);
    const env = rec.env ?? [];
    const path = join(fixtures, binary);
    const first = runCorpusProgram(path, [program], { env, seed: 5 });
    assert.equal(first.stdout, expectedLinuxStdout(program, rec.stdout), describeStop(first));
    assert.equal(first.status, rec.status, describeStop(first));
    const again = runCorpusProgram(path, [program], { env, seed: 5 });
    assert.equal(summary(again), summary(first), 'a second run with the same seed');
    const sliced = runCorpusProgram(path, [program], { env, seed: 5, sliceSteps: 997 });
    assert.equal(summary(sliced), summary(first), 'the same run in slices of 997 instructions');
    const other = runCorpusProgram(path, [program], { env, seed: 6 });
    assert.equal(other.stdout, first.stdout, 'another seed: the same output');
    assert.equal(other.status, first.status, 'another seed: the same status');
  });
}
