// Oracle for threads and processes of guest programs: the C programs of test/linux/threads (pthreads, fork,
// vfork, wait, SIGCHLD, per-thread MTE) are built static with aarch64-linux-gnu-gcc -pthread at -O0 and -O2 and
// run under qemu-aarch64 -cpu max and under the emulator: stdout and exit status must be equal. The assembly
// programs whose expectations the unit tier keeps (test/linux/threadPrograms.ts) are assembled and linked with
// GNU as/ld and run under qemu to check those recorded expectations. Skips with the reason when a tool is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { constants, tmpdir } from 'node:os';
import { describeStop, runCorpusProgram } from '../c/corpus.js';
import { THREAD_PROGRAMS } from '../linux/threadPrograms.js';

const dir = join(__dirname, '..', 'linux', 'threads');
const tools = ['aarch64-linux-gnu-gcc', 'aarch64-linux-gnu-as', 'aarch64-linux-gnu-ld', 'qemu-aarch64'];
const missing = tools.filter((t) => spawnSync('which', [t]).status !== 0);
const skip = missing.length > 0 ? `missing tools: ${missing.join(', ')} (install gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu qemu-user)` : false;
if (skip) console.log(`threads oracle skipped: ${skip}`);
const work = mkdtempSync(join(tmpdir(), 'threads-oracle-'));
test.after(() => rmSync(work, { recursive: true, force: true }));

function qemu(path: string) {
  const r = spawnSync('qemu-aarch64', ['-cpu', 'max', path], { encoding: 'latin1', timeout: 120000, input: '' });
  const status = r.status !== null ? r.status : 128 + (constants.signals as Record<string, number>)[r.signal ?? ''];
  return { stdout: r.stdout ?? '', status };
}

for (const source of readdirSync(dir).filter((f) => f.endsWith('.c')).sort()) {
  for (const opt of ['-O0', '-O2']) {
    test(`${source} ${opt}: same stdout and exit status as qemu-aarch64`, { skip }, () => {
      const exe = join(work, `${source.slice(0, -2)}${opt}`);
      const b = spawnSync('aarch64-linux-gnu-gcc', ['-static', '-pthread', opt, '-march=armv8.5-a+memtag', join(dir, source), '-o', exe], { encoding: 'utf8' });
      assert.equal(b.status, 0, b.stderr);
      const q = qemu(exe);
      const r = runCorpusProgram(exe, [], { maxInstructions: 2_000_000_000 });
      assert.equal(r.stdout, q.stdout, `emulator: ${describeStop(r)}`);
      assert.equal(r.status, q.status);
    });
  }
}

for (const [name, expected] of Object.entries(THREAD_PROGRAMS)) {
  test(`${name}: the expectation kept in test/linux/threadPrograms.ts is qemu-aarch64's`, { skip }, () => {
    const object = join(work, `${name}.o`);
    const exe = join(work, name.replace(/\.s$/, ''));
    const a = spawnSync('aarch64-linux-gnu-as', ['-march=armv8.5-a+memtag', join(dir, name), '-o', object], { encoding: 'utf8' });
    assert.equal(a.status, 0, a.stderr);
    const l = spawnSync('aarch64-linux-gnu-ld', [object, '-o', exe], { encoding: 'utf8' });
    assert.equal(l.status, 0, l.stderr);
    const q = qemu(exe);
    assert.equal(q.stdout, expected.stdout);
    assert.equal(q.status, expected.status);
  });
}
