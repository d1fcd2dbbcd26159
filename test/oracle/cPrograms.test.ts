// Oracle tier for the C corpus: builds every program of test/c-programs with scripts/build-c-corpus.sh
// (aarch64-linux-gnu-gcc -static -march=armv8.5-a+memtag, at -O0 and -O2; clang too when installed), runs each
// build under qemu-aarch64 -cpu max and under the emulator, and compares stdout, stderr and the exit status
// (128 + N for signal N). Where Linux and qemu differ (test/c/linuxDifferences.ts) Linux's behaviour is expected
// and qemu must really differ. Also checks that the committed fixture recordings (test/fixtures/c) still match
// a fresh qemu run. A missing tool fails the test with its name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir, constants } from 'node:os';
import { describeStop, runCorpusProgram } from '../c/corpus.js';
import { CORPUS_DIFFERENCES, expectedLinuxStderr, expectedLinuxStdout } from '../c/linuxDifferences.js';

const root = join(__dirname, '..', '..');
const sources = join(root, 'test/c-programs');
const fixtures = join(root, 'test/fixtures/c');
const tools = ['aarch64-linux-gnu-gcc', 'qemu-aarch64'];
const work = mkdtempSync(join(tmpdir(), 'c-corpus-'));
test.after(() => rmSync(work, { recursive: true, force: true }));

function requireTools(): void {
  const missing = tools.filter((t) => spawnSync('which', [t]).status !== 0);
  assert.deepEqual(missing, [], `missing tools: ${missing.join(', ')} (install gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user)`);
}

function qemu(path: string, args: string[] = [], env: readonly string[] = []) {
  const r = spawnSync('qemu-aarch64', ['-cpu', 'max', ...env.flatMap((e) => ['-E', e]), path, ...args], { encoding: 'latin1', timeout: 120000, input: '' });
  const status = r.status !== null ? r.status : 128 + (constants.signals as Record<string, number>)[r.signal ?? ''];
  return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', status };
}

const programs = readdirSync(sources).filter((f) => f.endsWith('.c')).map((f) => f.slice(0, -2)).sort();
let built: string[] | undefined;

/** Builds the whole corpus once; returns the executables' names (program-O0, program-O2, program-clang-O2...). */
function buildAll(): string[] {
  if (built) return built;
  requireTools();
  const r = spawnSync('sh', [join(root, 'scripts/build-c-corpus.sh'), work], { encoding: 'utf8', timeout: 600000 });
  assert.equal(r.status, 0, `build-c-corpus.sh failed:\n${r.stderr}`);
  if (r.stderr.includes('no clang')) console.log('clang is not installed: gcc builds only');
  built = readdirSync(work).filter((f) => !f.includes('.')).sort();
  return built;
}

test('the corpus builds at -O0 and -O2', () => {
  const names = buildAll();
  for (const p of programs) for (const o of ['O0', 'O2']) assert.ok(names.includes(`${p}-${o}`), `${p}-${o} missing`);
});

/** Whether build-c-corpus.sh will also build with clang (it looks for the same names). */
const hasClang = ['clang', 'clang-19', 'clang-18', 'clang-17', 'clang-16', 'clang-15', 'clang-14'].some((c) => spawnSync('which', [c]).status === 0);
const variants = hasClang ? ['O0', 'O2', 'clang-O0', 'clang-O2'] : ['O0', 'O2'];

/** Programs whose source names a start-up environment (`corpus-env: NAME=VALUE`): compared in cCorpusEnv.test.ts. */
const needsEnvironment = new Set(programs.filter((p) => /corpus-env: /.test(readFileSync(join(sources, `${p}.c`), 'latin1'))));

for (const program of programs.filter((p) => !needsEnvironment.has(p))) {
  for (const opt of variants) {
    const note = CORPUS_DIFFERENCES[program] ? ' (Linux behaviour where qemu differs)' : '';
    test(`${program} ${opt.startsWith('clang') ? `clang -${opt.slice(6)}` : `-${opt}`}: the emulator agrees with qemu-aarch64${note}`, () => {
      buildAll();
      const exe = join(work, `${program}-${opt}`);
      const q = qemu(exe);
      const expected = expectedLinuxStdout(program, q.stdout);
      if (CORPUS_DIFFERENCES[program]?.linuxStdout) {
        assert.notEqual(expected, q.stdout, `qemu no longer differs for ${program}: ${CORPUS_DIFFERENCES[program]!.reason}`);
      }
      const ours = runCorpusProgram(exe);
      const why = describeStop(ours);
      assert.equal(ours.stdout, expected, `stdout; ${why}`);
      assert.equal(ours.stderr, expectedLinuxStderr(q.stderr), `stderr; ${why}`);
      assert.equal(ours.status, q.status, `exit status; ${why}`);
    });
  }
}

test('the committed fixture recordings match a fresh qemu run (else rerun scripts/record-c-corpus.sh)', () => {
  requireTools();
  const recorded: { binary: string; program: string; stdout: string; stderr: string; status: number; env?: string[] }[] =
    JSON.parse(readFileSync(join(fixtures, 'qemu-expected.json'), 'utf8'));
  assert.deepEqual([...new Set(recorded.map((r) => r.program))].sort(), programs, 'every program is in the fixtures');
  for (const r of recorded) {
    if (r.program === 'mte-include' || r.program === 'mte-async') continue; // rely on qemu's random tags: checked above
    const q = qemu(join(fixtures, r.binary), [r.program], r.env ?? []);
    assert.deepEqual({ stdout: q.stdout, status: q.status }, { stdout: r.stdout, status: r.status }, `${r.binary} ${r.program}`);
  }
});
