// The debug adapter's side of the sandbox: DebugTarget's host (debug-adapter/targetHost.ts) gives the guest the
// launch configuration's sandboxRoots read-only and writableRoots writable, through the same Node HostFiles as
// the command line. The fs-files program (test/linux/fsPrograms.ts) must print what qemu printed when its folder
// is writable, and get EROFS when the folder is only readable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { assembleProgram } from '../../emulator/asm/index.js';
import { DebugTarget } from '../../debug-adapter/debugTarget.js';
import { FS_PROGRAMS, QEMU_STDOUT } from './fsPrograms.js';

const base = mkdtempSync(join(tmpdir(), 'mte-fsdt-'));
test.after(() => rmSync(base, { recursive: true, force: true }));

async function runUnderDebugTarget(dir: string, writable: boolean): Promise<string> {
  const program = FS_PROGRAMS.find((p) => p.name === 'fs-files')!;
  const assembled = assembleProgram(program.source, { fileName: join(base, 'fs-files.s'), features: ['base', 'mte'] });
  assert.ok(assembled.image, assembled.diagnostics.map((d) => d.message).join('\n'));
  let stdout = '';
  const created = DebugTarget.create({
    image: assembled.image!, argv: ['fs-files', dir], envp: [], cwd: base, seed: 0,
    readRoots: [base], writeRoots: writable ? [dir] : [],
    onOutput: (stream, bytes) => { if (stream === 'stdout') stdout += Buffer.from(bytes).toString('latin1'); },
  });
  assert.ok(created.ok, created.ok ? '' : created.message);
  const target = (created as { ok: true; target: DebugTarget }).target;
  let stop = await target.resume('continue');
  for (let i = 0; i < 10 && stop.kind !== 'exited' && stop.kind !== 'killed'; i++) stop = await target.resume('continue');
  assert.deepEqual(stop, { kind: 'exited', code: 0 });
  return stdout;
}

test('writableRoots: the guest creates, renames and removes files there (same output as qemu)', async () => {
  const dir = join(base, 'w');
  mkdirSync(dir);
  assert.equal(await runUnderDebugTarget(dir, true), QEMU_STDOUT['fs-files']);
  assert.deepEqual(readdirSync(dir), []);
});

test('sandboxRoots only: the same folder is read-only (EROFS)', async () => {
  const dir = join(base, 'r');
  mkdirSync(dir);
  const out = await runUnderDebugTarget(dir, false);
  assert.deepEqual(out.trim().split('\n').slice(0, 3), ['0', '-30', '-9']);
  assert.deepEqual(readdirSync(dir), []);
});

test('reverse execution: the kernel-state snapshot brings tmpfs files, pipes and descriptors back', async () => {
  const { KernelStateKeeper } = await import('../../debug-adapter/kernelState.js');
  const { makeProcess, SCRATCH } = await import('./helpers.js');
  const t = makeProcess();
  const kernel = t.process.kernel;
  const keeper = new KernelStateKeeper(kernel, [t.process.machine, t.host, kernel.program]);
  const fd = t.syscall(56, -100, t.scratch('/tmp/state.txt'), 0x42, 0o644).value;
  t.syscall(64, fd, t.scratch('before', 256), 6);
  const saved = keeper.capture();
  t.syscall(64, fd, t.scratch('+after', 256), 6);
  t.syscall(57, fd);
  keeper.restore(saved);
  assert.equal(t.syscall(62, fd, 0, 0).value, 0n, 'the descriptor is open again');
  assert.equal(t.syscall(63, fd, SCRATCH + 1024n, 64).value, 6n);
  assert.equal(Buffer.from(t.process.machine.readMemory(SCRATCH + 1024n, 6).data).toString(), 'before');
});
