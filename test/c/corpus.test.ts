// The committed C corpus fixtures (test/fixtures/c/corpus-O0.elf and corpus-O2.elf: every program of
// test/c-programs in one static glibc multi-call binary per optimisation level, built by
// scripts/record-c-corpus.sh) run under the emulator and must give qemu-aarch64's recorded stdout, stderr and
// exit status, with Linux's behaviour where Linux and qemu differ (linuxDifferences.ts). Only runs that pass
// are listed here (PASSING); the others wait for missing instruction semantics and are compared in the oracle
// tier (test/oracle/cPrograms.test.ts), which builds every program fresh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeStop, runCorpusProgram } from './corpus.js';
import { CORPUS_DIFFERENCES, expectedLinuxStderr, expectedLinuxStdout } from './linuxDifferences.js';

interface Recorded { binary: string; program: string; env?: string[]; stdout: string; stderr: string; status: number }

const fixtures = join(__dirname, '..', 'fixtures', 'c');
const recorded: Recorded[] = JSON.parse(readFileSync(join(fixtures, 'qemu-expected.json'), 'utf8'));

/**
 * The runs that pass at the committed state of the emulator. Left out only for time:
 * strings and malloc at -O0, which pass but take 15-25 s each (57M and 70M instructions); the oracle tier runs
 * them with the rest.
 */
const PASSING: ReadonlySet<string> = new Set<string>([
  'corpus-O0.elf children',
  'corpus-O0.elf control',
  'corpus-O0.elf mte-span',
  'corpus-O0.elf mte-tagfaults',
  'corpus-O0.elf time-zones',
  'corpus-O0.elf threads3',
  'corpus-O0.elf stdio3',
  'corpus-O0.elf mte-edges',
  'corpus-O0.elf libm2',
  'corpus-O0.elf events',
  'corpus-O0.elf fileio',
  'corpus-O0.elf forkwait',
  'corpus-O0.elf fpenv',
  'corpus-O0.elf intedge',
  'corpus-O0.elf libc-misc',
  'corpus-O0.elf libm',
  'corpus-O0.elf mte-abi',
  'corpus-O0.elf mte-acle',
  'corpus-O0.elf mte-alloc',
  'corpus-O0.elf mte-async',
  'corpus-O0.elf mte-async-restart',
  'corpus-O0.elf mte-async-threads',
  'corpus-O0.elf mte-atomics',
  'corpus-O0.elf mte-doc',
  'corpus-O0.elf mte-glibc',
  'corpus-O0.elf mte-include',
  'corpus-O0.elf mte-memory',
  'corpus-O0.elf mte-modes',
  'corpus-O0.elf mte-siginfo',
  'corpus-O0.elf sig-timers',
  'corpus-O0.elf mte-strings',
  'corpus-O0.elf mte-tco',
  'corpus-O0.elf neon',
  'corpus-O0.elf printf',
  'corpus-O0.elf qsort',
  'corpus-O0.elf setjmp',
  'corpus-O0.elf sigmisc',
  'corpus-O0.elf signals',
  'corpus-O0.elf stack-overflow',
  'corpus-O0.elf stdio2',
  'corpus-O0.elf syscalls-misc',
  'corpus-O0.elf threads',
  'corpus-O0.elf threads2',
  'corpus-O2.elf children',
  'corpus-O2.elf control',
  'corpus-O2.elf mte-span',
  'corpus-O2.elf mte-tagfaults',
  'corpus-O2.elf time-zones',
  'corpus-O2.elf threads3',
  'corpus-O2.elf stdio3',
  'corpus-O2.elf mte-edges',
  'corpus-O2.elf libm2',
  'corpus-O2.elf events',
  'corpus-O2.elf fileio',
  'corpus-O2.elf forkwait',
  'corpus-O2.elf fpenv',
  'corpus-O2.elf intedge',
  'corpus-O2.elf libc-misc',
  'corpus-O2.elf libm',
  'corpus-O2.elf malloc',
  'corpus-O2.elf mte-abi',
  'corpus-O2.elf mte-acle',
  'corpus-O2.elf mte-alloc',
  'corpus-O2.elf mte-async',
  'corpus-O2.elf mte-async-restart',
  'corpus-O2.elf mte-async-threads',
  'corpus-O2.elf mte-atomics',
  'corpus-O2.elf mte-doc',
  'corpus-O2.elf mte-glibc',
  'corpus-O2.elf mte-include',
  'corpus-O2.elf mte-memory',
  'corpus-O2.elf mte-modes',
  'corpus-O2.elf mte-siginfo',
  'corpus-O2.elf sig-timers',
  'corpus-O2.elf mte-strings',
  'corpus-O2.elf mte-tco',
  'corpus-O2.elf neon',
  'corpus-O2.elf printf',
  'corpus-O2.elf qsort',
  'corpus-O2.elf setjmp',
  'corpus-O2.elf sigmisc',
  'corpus-O2.elf signals',
  'corpus-O2.elf stack-overflow',
  'corpus-O2.elf stdio2',
  'corpus-O2.elf strings',
  'corpus-O2.elf syscalls-misc',
  'corpus-O2.elf threads',
  'corpus-O2.elf threads2',
]);

test('every run listed as passing is recorded', () => {
  const keys = new Set(recorded.map((r) => `${r.binary} ${r.program}`));
  for (const k of PASSING) assert.ok(keys.has(k), `stale PASSING entry ${k}`);
  assert.ok(recorded.length >= 30, 'both optimisation levels of every program are recorded');
});

test('qemu really differs where Linux is expected to (stale differences are noticed)', () => {
  for (const program of Object.keys(CORPUS_DIFFERENCES)) {
    const r = recorded.find((x) => x.program === program);
    assert.ok(r, `no recording of ${program}`);
    assert.notEqual(expectedLinuxStdout(program, r.stdout), r.stdout, `${program}: ${CORPUS_DIFFERENCES[program]!.reason}`);
  }
});

for (const r of recorded) {
  const key = `${r.binary} ${r.program}`;
  if (!PASSING.has(key)) continue;
  const note = CORPUS_DIFFERENCES[r.program] ? ' (Linux behaviour where qemu differs)' : '';
  test(`${key}: stdout, stderr and exit status as under qemu-aarch64${note}`, () => {
    const run = runCorpusProgram(join(fixtures, r.binary), [r.program], { env: r.env ?? [] });
    const why = describeStop(run);
    assert.equal(run.stdout, expectedLinuxStdout(r.program, r.stdout), `stdout; ${why}`);
    assert.equal(run.stderr, expectedLinuxStderr(r.stderr), `stderr; ${why}`);
    assert.equal(run.status, r.status, `exit status; ${why}`);
  });
}
