// /proc/self/stat, statm and auxv against qemu-aarch64: test/linux/procstat.c (gcc -static) under qemu and under
// `aarch64-mte run` (from source, through tsx). qemu-user makes its own /proc/self/stat with 44 fields, filling
// only pid, comm, state, ppid, starttime and startstack; Linux (proc(5)) has 52, with num_threads, exit_signal
// SIGCHLD and the argument and environment bounds. So the lines qemu fills must agree, and the others are Linux's
// (LINUX_LINES); each of those must still differ under qemu, or the table is stale. A missing tool fails the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const root = join(__dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'proc-oracle-'));
test.after(() => rmSync(work, { recursive: true, force: true }));
const runMain = `require(${JSON.stringify(join(root, 'cli', 'main.ts'))}).main(process.argv.slice(1)).then((s) => { process.exitCode = s; })`;

/** Lines where Linux and qemu-user differ: what Linux prints (proc(5)). */
const LINUX_LINES: Readonly<Record<string, string>> = {
  fields: 'fields 52',
  num_threads: 'num_threads 1',
  arg_start: 'arg_start ok',
  arg_end: 'arg_end ok',
  env_start: 'env_start ok',
  exit_signal: 'exit_signal 17',
};

test('/proc/self/stat, statm and auxv: aarch64-mte run agrees with qemu-aarch64 where qemu fills them, with Linux elsewhere', () => {
  const missing = ['aarch64-linux-gnu-gcc', 'qemu-aarch64'].filter((t) => spawnSync('which', [t]).status !== 0);
  assert.deepEqual(missing, [], `missing tools: ${missing.join(', ')}`);
  const elf = join(work, 'procstat');
  const cc = spawnSync('aarch64-linux-gnu-gcc', ['-static', '-O1', '-o', elf, join(root, 'test', 'linux', 'procstat.c')], { encoding: 'utf8' });
  assert.equal(cc.status, 0, cc.stderr);
  const q = spawnSync('qemu-aarch64', ['-cpu', 'max', '-E', 'A=1', elf, 'one', 'two'], { encoding: 'utf8', env: {}, timeout: 60000 });
  assert.equal(q.status, 0, q.stderr);
  const ours = spawnSync(process.execPath, ['--import', 'tsx', '-e', runMain, '--', 'run', '--env', 'A=1', elf, 'one', 'two'], { cwd: root, encoding: 'utf8', timeout: 120000 });
  assert.equal(ours.status, 0, ours.stderr);
  const qemuLines = q.stdout.trimEnd().split('\n');
  const expected = qemuLines.map((line) => {
    const linux = LINUX_LINES[line.split(' ')[0]!];
    if (linux === undefined) return line;
    assert.notEqual(line, linux, `qemu now agrees with Linux on '${line}': drop it from LINUX_LINES`);
    return linux;
  });
  assert.deepEqual(ours.stdout.trimEnd().split('\n'), expected);
  assert.ok(expected.includes('auxv all match getauxval, AT_NULL last'));
});
