// The compiled tier on real programs: C corpus programs (static glibc, -O2: string, memory, printf, qsort, libm,
// malloc and MTE routines) run with every block compiled at its first entry (compileThreshold 1), so each inline
// emitter of blockCompiler.ts meets glibc's code, and must give qemu-aarch64's recorded stdout, stderr and exit
// status (test/fixtures/c/qemu-expected.json, with Linux's behaviour where Linux and qemu differ), as the
// interpreter does in test/c/corpus.test.ts. The default threshold compiles only very hot blocks, so without this
// test most of the compiled tier would go unexercised by the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { elfToProgramImage } from '../../emulator/elf/index.js';
import { createLinuxProcessWith } from '../../emulator/linux/index.js';
import { createMachine } from '../../emulator/machine/index.js';
import { expectedLinuxStderr, expectedLinuxStdout } from '../c/linuxDifferences.js';

interface Recorded { binary: string; program: string; stdout: string; stderr: string; status: number }

const fixtures = join(__dirname, '..', 'fixtures', 'c');
const recorded: Recorded[] = JSON.parse(readFileSync(join(fixtures, 'qemu-expected.json'), 'utf8'));
const PROGRAMS = ['strings', 'printf', 'qsort', 'libm', 'malloc', 'intedge', 'setjmp', 'mte-alloc', 'mte-async', 'mte-siginfo', 'mte-tco', 'signals'];

function run(binary: string, program: string, compileThreshold: number): { stdout: string; stderr: string; status: number; instructions: number } {
  const path = join(fixtures, binary);
  const loaded = elfToProgramImage(new Uint8Array(readFileSync(path)), path);
  if (!loaded.ok) throw new Error(loaded.message);
  const out: number[] = [], err: number[] = [];
  const host = {
    writeStdout: (b: Uint8Array) => { for (const x of b) out.push(x); },
    writeStderr: (b: Uint8Array) => { for (const x of b) err.push(x); },
    readStdin: () => new Uint8Array(0),
    nowNanoseconds: () => 1_700_000_000_000_000_000n,
  };
  const created = createLinuxProcessWith({ program: loaded.image, argv: [path, program], envp: [], host, seed: 1 },
    ({ memoryLimitBytes, seed }) => createMachine({ memoryLimitBytes, seed, compileThreshold }));
  if (!created.ok) throw new Error(created.message);
  const p = created.process;
  let status = -1;
  for (let i = 0; i < 1000; i++) {
    const stop = p.run({ maxSteps: 200_000_000 });
    if (stop.kind === 'exit') { status = stop.code; break; }
    if (stop.kind === 'killed') { status = 128 + stop.signal; break; }
    if (stop.kind === 'limit') break;
  }
  return { stdout: Buffer.from(out).toString('latin1'), stderr: Buffer.from(err).toString('latin1'), status, instructions: p.machine.instructionCount };
}

for (const program of PROGRAMS) {
  const r = recorded.find((x) => x.binary === 'corpus-O2.elf' && x.program === program);
  test(`corpus-O2 ${program}, every block compiled: stdout, stderr and exit status as under qemu-aarch64`, () => {
    assert.ok(r, `no recording of ${program}`);
    const ours = run(r.binary, program, 1);
    assert.equal(ours.stdout, expectedLinuxStdout(program, r.stdout), 'stdout');
    assert.equal(ours.stderr, expectedLinuxStderr(r.stderr), 'stderr');
    assert.equal(ours.status, r.status, 'exit status');
  });
}

test('both tiers execute the same number of instructions (qsort -O2)', () => {
  assert.equal(run('corpus-O2.elf', 'qsort', 1).instructions, run('corpus-O2.elf', 'qsort', 0).instructions);
});
