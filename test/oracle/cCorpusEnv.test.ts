// Oracle tier for the C corpus programs that need an environment variable at startup (a `/* corpus-env:
// NAME=VALUE */` line in the source, e.g. mte-glibc.c's GLIBC_TUNABLES=glibc.mem.tagging=3): builds each at -O0
// and -O2 with aarch64-linux-gnu-gcc -static -march=armv8.5-a+memtag, runs it under qemu-aarch64 -cpu max with
// that environment and under the emulator with the same one, and compares stdout, stderr and exit status
// (Linux's behaviour where it differs from qemu's, test/c/linuxDifferences.ts). A missing tool fails the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir, constants } from 'node:os';
import { describeStop, runCorpusProgram } from '../c/corpus.js';
import { expectedLinuxStderr, expectedLinuxStdout } from '../c/linuxDifferences.js';

const sources = join(__dirname, '..', 'c-programs');
const work = mkdtempSync(join(tmpdir(), 'c-corpus-env-'));
test.after(() => rmSync(work, { recursive: true, force: true }));

const withEnv = readdirSync(sources).filter((f) => f.endsWith('.c')).map((f) => ({
  program: f.slice(0, -2),
  env: [...readFileSync(join(sources, f), 'latin1').matchAll(/corpus-env: (\S+=\S*)/g)].map((m) => m[1]!),
})).filter((p) => p.env.length > 0);

test('some corpus programs need an environment', () => {
  assert.ok(withEnv.some((p) => p.program === 'mte-glibc'), 'mte-glibc.c names GLIBC_TUNABLES');
});

for (const { program, env } of withEnv) {
  for (const opt of ['O0', 'O2']) {
    test(`${program} -${opt} with ${env.join(' ')}: the emulator agrees with qemu-aarch64`, () => {
      const missing = ['aarch64-linux-gnu-gcc', 'qemu-aarch64'].filter((t) => spawnSync('which', [t]).status !== 0);
      assert.deepEqual(missing, [], `missing tools: ${missing.join(', ')}`);
      const exe = join(work, `${program}-${opt}`);
      const cc = spawnSync('aarch64-linux-gnu-gcc', ['-static', '-march=armv8.5-a+memtag', `-${opt}`, '-g', join(sources, `${program}.c`), '-o', exe, '-lm'], { encoding: 'utf8' });
      assert.equal(cc.status, 0, cc.stderr);
      const q = spawnSync('qemu-aarch64', ['-cpu', 'max', ...env.flatMap((e) => ['-E', e]), exe], { encoding: 'latin1', timeout: 120000, input: '' });
      const status = q.status !== null ? q.status : 128 + (constants.signals as Record<string, number>)[q.signal ?? ''];
      const ours = runCorpusProgram(exe, [], { env });
      const why = describeStop(ours);
      assert.equal(ours.stdout, expectedLinuxStdout(program, q.stdout), `stdout; ${why}`);
      assert.equal(ours.stderr, expectedLinuxStderr(q.stderr), `stderr; ${why}`);
      assert.equal(ours.status, status, `exit status; ${why}`);
    });
  }
}
