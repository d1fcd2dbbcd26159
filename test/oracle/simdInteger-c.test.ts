// End-to-end check of the Advanced SIMD integer semantics inside compiled code: test/oracle/simdInteger-neon.c (about
// 140 arm_neon.h intrinsics: every family of the simdInteger table, vector and scalar, by element, dot products) is
// built with aarch64-linux-gnu-gcc -O2 -static and run under qemu-aarch64 -cpu max and on our machine, in the
// interpreter and in the compiled tier; the printed hash of all results must agree. Skips when gcc or qemu is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { elfToProgramImage } from '../../emulator/elf/index.js';
import { createLinuxProcessWith } from '../../emulator/linux/process.js';
import { createMachine } from '../../emulator/machine/index.js';
import { createNodeHostIO } from '../../cli/hostIo.js';
import { withTempDir } from './isa-tools.js';

function ours(path: string, compileThreshold: number): string {
  const image = elfToProgramImage(new Uint8Array(readFileSync(path)), path);
  assert.ok(image.ok, image.ok ? '' : image.message);
  let out = '';
  const host = createNodeHostIO({
    writeStdout: (b: Uint8Array) => { out += Buffer.from(b).toString('utf8'); }, writeStderr: () => undefined,
    stdin: new Uint8Array(0), roots: [], cwd: '/',
  } as unknown as Parameters<typeof createNodeHostIO>[0]);
  const created = createLinuxProcessWith({ program: image.image, argv: ['neon'], envp: [], host } as unknown as Parameters<typeof createLinuxProcessWith>[0],
    ({ memoryLimitBytes, seed }) => createMachine({ memoryLimitBytes, seed, compileThreshold }));
  assert.ok(created.ok, created.ok ? '' : created.message);
  const stop = created.process.machine.run({ maxSteps: 50_000_000 });
  assert.ok(stop.kind === 'exit' || stop.kind === 'limit', JSON.stringify(stop, (_k, v) => (typeof v === 'bigint' ? v.toString(16) : v)));
  return out;
}

test('compiled NEON integer intrinsics print the same hash under qemu-aarch64 and our machine', { timeout: 300_000 }, () => {
  for (const tool of ['aarch64-linux-gnu-gcc', 'qemu-aarch64']) {
    if (spawnSync(tool, ['--version']).error) { console.log(`skipped: ${tool} is not installed`); return; }
  }
  withTempDir((dir) => {
    const exe = join(dir, 'neon');
    const cc = spawnSync('aarch64-linux-gnu-gcc', ['-O2', '-march=armv8.2-a+dotprod', '-static', '-o', exe, join(__dirname, 'simdInteger-neon.c')], { encoding: 'utf8' });
    assert.equal(cc.status, 0, cc.stderr);
    const q = spawnSync('qemu-aarch64', ['-cpu', 'max', exe], { encoding: 'utf8' });
    assert.equal(q.status, 0, q.stderr);
    assert.match(q.stdout, /^[0-9a-f]{16}\n$/);
    assert.equal(ours(exe, 0), q.stdout, 'interpreter');
    assert.equal(ours(exe, 16), q.stdout, 'compiled tier');
  });
});
