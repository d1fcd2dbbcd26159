// Peer suite: the Linux kernel's arm64 MTE selftests (check_buffer_fill, check_tags_inclusion, check_user_mem,
// check_prctl, check_mmap_options, and check_child_memory, which forks and checks the child's copy of tagged
// memory) from Debian's linux-source package, and check_gcr_el1_cswitch: 1024 processes forked before any is
// waited for, 5 threads each (up to ~6,000 tasks): it runs with maxTasks 8192 and the default 1 GiB budget (the default cap of 256 would make
// its fork fail with EAGAIN, as a low RLIMIT_NPROC would on Linux); about 95 s and 2 GB of host memory.
// At test time only tools/testing/selftests/arm64/mte and kselftest.h are extracted from
// /usr/src/linux-source-*.tar.xz into a cache folder (.cache/ in the checkout, git-ignored; kernel code is never
// committed), each test is built static with the cross gcc (mte_helper.S needs -march=...+memtag), run under the
// emulator, and its TAP output is printed per subtest. On Linux with MTE every subtest passes, so every subtest
// must pass here. qemu-aarch64's results are printed for comparison only: qemu 7.2 differs from Linux (it keeps
// the tag in si_addr, which the selftests' SIGSEGV handler compares with the untagged address, so
// check_buffer_fill, check_tags_inclusion and check_mmap_options stop with "Invalid MTE synchronous exception
// caught!"; and check_prctl's SYNC+ASYNC readback). A missing package or tool fails the test with its name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeStop, runCorpusProgram } from '../c/corpus.js';
import { elfToProgramImage } from '../../emulator/elf/loader.js';
import { createLinuxProcess } from '../../emulator/linux/index.js';
import type { StopReason } from '../../emulator/machine/api.js';
import { createSandboxFileSystem } from '../../cli/hostIo.js';

const root = join(__dirname, '..', '..');
const TESTS = ['check_buffer_fill', 'check_tags_inclusion', 'check_user_mem', 'check_prctl', 'check_mmap_options', 'check_child_memory'];
/** Run with a higher task cap than the default (below). */
const MANY_TASKS = 'check_gcr_el1_cswitch';

function sourceTarball(): string {
  const dir = '/usr/src';
  const found = existsSync(dir) ? readdirSync(dir).filter((f) => /^linux-source-[\d.]+\.tar\.xz$/.test(f)).sort() : [];
  assert.ok(found.length > 0, 'missing /usr/src/linux-source-*.tar.xz (install the Debian package linux-source)');
  return join(dir, found[found.length - 1]!);
}

let prepared: { mteDir: string; bin: string } | undefined;

/** Extracts the selftests once into the cache and builds the programs. */
function prepare(): { mteDir: string; bin: string } {
  if (prepared) return prepared;
  const missing = ['aarch64-linux-gnu-gcc', 'tar', 'xz'].filter((t) => spawnSync('which', [t]).status !== 0);
  assert.deepEqual(missing, [], `missing tools: ${missing.join(', ')} (install gcc-aarch64-linux-gnu libc6-dev-arm64-cross xz-utils)`);
  const tarball = sourceTarball();
  const top = tarball.replace(/^.*\//, '').replace(/\.tar\.xz$/, '');
  const cache = join(root, '.cache', 'kernel-selftests');
  const selftests = join(cache, top, 'tools/testing/selftests');
  const mteDir = join(selftests, 'arm64/mte');
  if (!existsSync(join(mteDir, 'mte_helper.S')) || !existsSync(join(selftests, 'kselftest.h'))) {
    mkdirSync(cache, { recursive: true });
    const r = spawnSync('tar', ['-xJf', tarball, '-C', cache, '--wildcards', `${top}/tools/testing/selftests/arm64/mte/*`, `${top}/tools/testing/selftests/kselftest.h`],
      { encoding: 'utf8', timeout: 600000 });
    assert.equal(r.status, 0, `extracting the MTE selftests from ${tarball} failed: ${r.stderr}`);
  }
  const bin = join(cache, `${top}-build`);
  mkdirSync(bin, { recursive: true });
  for (const t of [...TESTS, MANY_TASKS]) {
    const r = spawnSync('aarch64-linux-gnu-gcc', ['-std=gnu99', '-I', mteDir, '-I', selftests, '-march=armv8.5-a+memtag', '-static', '-pthread', '-O2',
      join(mteDir, `${t}.c`), join(mteDir, 'mte_common_util.c'), join(mteDir, 'mte_helper.S'), '-o', join(bin, t)], { encoding: 'utf8', timeout: 120000 });
    assert.equal(r.status, 0, `building ${t} failed:\n${r.stderr}`);
  }
  prepared = { mteDir, bin };
  return prepared;
}

interface Tap { passed: string[]; failed: string[]; skipped: string[]; messages: string[] }

function parseTap(text: string): Tap {
  const tap: Tap = { passed: [], failed: [], skipped: [], messages: [] };
  for (const line of text.split('\n')) {
    if (/^ok \d+ .*# SKIP/.test(line)) tap.skipped.push(line);
    else if (/^ok \d+/.test(line)) tap.passed.push(line);
    else if (/^not ok \d+/.test(line)) tap.failed.push(line);
    else if (line.startsWith('# ') && !line.startsWith('# Totals')) tap.messages.push(line);
  }
  return tap;
}

for (const name of TESTS) {
  test(`kernel selftest ${name}: every subtest passes under the emulator`, () => {
    const { bin } = prepare();
    const exe = join(bin, name);
    const run = runCorpusProgram(exe, [], { maxInstructions: 4_000_000_000 });
    const tap = parseTap(run.stdout);
    console.log(`${name}: emulator ${tap.passed.length} passed, ${tap.failed.length} failed, ${tap.skipped.length} skipped; exit status ${run.status}`);
    for (const l of [...tap.failed, ...tap.skipped]) console.log(`  ${l}`);
    if (tap.failed.length) for (const m of tap.messages) console.log(`  ${m}`);
    if (spawnSync('which', ['qemu-aarch64']).status === 0) {
      const q = spawnSync('qemu-aarch64', ['-cpu', 'max', exe], { encoding: 'latin1', timeout: 300000 });
      const qt = parseTap(q.stdout ?? '');
      console.log(`${name}: qemu-aarch64 (for comparison) ${qt.passed.length} passed, ${qt.failed.length} failed; exit ${q.status ?? q.signal}`);
      for (const l of qt.failed) console.log(`  qemu: ${l}`);
    }
    assert.deepEqual(tap.failed, [], `failed subtests; ${describeStop(run)}`);
    assert.ok(tap.passed.length > 0, `no subtest ran; ${describeStop(run)}\n${run.stdout}\n${run.stderr}`);
    assert.equal(run.status, 0, `exit status; ${describeStop(run)}`);
  });
}

test(`kernel selftest ${MANY_TASKS}: 1024 processes of 5 threads pass with maxTasks 8192 and free everything`, () => {
  const { bin } = prepare();
  const exe = join(bin, MANY_TASKS);
  const loaded = elfToProgramImage(new Uint8Array(readFileSync(exe)), exe);
  assert.ok(loaded.ok, loaded.ok ? '' : loaded.message);
  const out: number[] = [];
  const created = createLinuxProcess({
    program: loaded.image, argv: [exe], envp: [], seed: 1, maxTasks: 8192,
    host: {
      writeStdout: (b) => { for (const x of b) out.push(x); }, writeStderr: (b) => { for (const x of b) out.push(x); },
      readStdin: () => new Uint8Array(0), nowNanoseconds: () => 1_700_000_000_000_000_000n, files: createSandboxFileSystem([], process.cwd()),
    },
  });
  assert.ok(created.ok, created.ok ? '' : created.message);
  const p = created.process;
  let stop: StopReason;
  do stop = p.run({ maxSteps: 4_000_000_000 }); while (stop.kind === 'paused');
  const tap = parseTap(Buffer.from(out).toString('latin1'));
  console.log(`${MANY_TASKS}: emulator ${tap.passed.length} passed, ${tap.failed.length} failed; ${JSON.stringify(stop)}; notes: ${p.diagnostics.filter((d) => !/^process \d+ exited/.test(d)).join('; ')}`);
  assert.deepEqual(tap.failed, []);
  assert.equal(tap.passed.length, 1);
  assert.deepEqual(stop, { kind: 'exit', code: 0 });
  // Every child was reaped: only the program's own pages are left in the shared budget.
  assert.equal(p.kernel.machine.memoryBudget!.used, p.kernel.machine.memoryInUseBytes);
});
