// File-system assembly programs (test/linux/fsPrograms.ts) run by `aarch64-mte run`, assembled in-process: files
// in a writable root given with --root DIR:rw, a pipe inside one process, escapes from a read-only root (each
// ENOENT, creation EROFS), and memfd with PROT_MTE (tagged and checked, EINVAL on a disk file). The expected
// lines of the first two were recorded from qemu-aarch64 (the oracle test re-checks them); the others follow
// the Linux ABI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runCommand } from '../../cli/commands/run.js';
import { FS_PROGRAMS, QEMU_STDOUT } from './fsPrograms.js';
import { runCli } from './runCli.js';

const base = mkdtempSync(join(tmpdir(), 'mte-fsprog-'));
test.after(() => rmSync(base, { recursive: true, force: true }));

function source(name: string, dir: string): string {
  const p = FS_PROGRAMS.find((x) => x.name === name)!;
  const path = join(dir, `${name}.s`);
  writeFileSync(path, p.source);
  return path;
}

const run = runCli;

test('fs-files: create, write, read, stat, rename and remove in a --root DIR:rw folder (as under qemu)', () => {
  const work = join(base, 'files');
  mkdirSync(work);
  const r = run(['--root', `${work}:rw`, source('fs-files', base), work]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, QEMU_STDOUT['fs-files']);
  assert.deepEqual(readdirSync(work), [], 'the program removed what it made');
});

test('fs-files without a writable root: creation is EROFS and the rest fails accordingly', () => {
  const work = join(base, 'files-ro');
  mkdirSync(work);
  const r = run(['--root', work, source('fs-files', base), work]);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.deepEqual(lines.slice(0, 3), ['0', '-30', '-9'], 'chdir 0, openat EROFS, write EBADF');
  assert.deepEqual(readdirSync(work), []);
});

test('fs-pipes: a pipe inside one process, dup/dup3/fcntl, ESPIPE and ENOTTY (as under qemu)', () => {
  const r = run([source('fs-pipes', base)]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, QEMU_STDOUT['fs-pipes']);
});

test('fs-escapes: no path leaves the roots (ENOENT), nothing is created outside, the read-only root is EROFS', () => {
  const root = join(base, 'esc', 'root');
  const outside = join(base, 'esc', 'outside');
  mkdirSync(root, { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.txt'), 'secret');
  writeFileSync(join(root, 'inside.txt'), 'inside');
  symlinkSync('../outside/secret.txt', join(root, 'link-out'));
  symlinkSync('..', join(root, 'up'));
  symlinkSync(outside, join(root, 'dir-out'));
  const r = run([source('fs-escapes', root), root]);
  assert.equal(r.status, 0, r.stderr);
  // chdir; five escapes; inside.txt (fd 3); create through dir-out; create in the read-only root.
  assert.deepEqual(r.stdout.trim().split('\n'), ['0', '-2', '-2', '-2', '-2', '-2', '3', '-2', '-30']);
  assert.equal(existsSync(join(outside, 'new.txt')), false);
  assert.equal(existsSync(join(root, 'new.txt')), false);
  assert.match(r.stderr, /note: '\/etc\/passwd' is outside the sandbox's file roots/);
});

test('fs-memfd-mte: PROT_MTE on a memfd mapping is tagged and checked; on a disk file EINVAL', () => {
  const dir = join(base, 'memfd');
  mkdirSync(dir);
  writeFileSync(join(dir, 'data.txt'), 'data');
  const r = run([source('fs-memfd-mte', dir), join(dir, 'data.txt')]);
  // prctl 0, memfd fd 3, ftruncate 0, mapped 1, disk file EINVAL, load through a matching tag 42, then the fault.
  assert.deepEqual(r.stdout.trim().split('\n'), ['0', '3', '0', '1', '-22', '42']);
  assert.equal(r.status, 139);
  assert.match(r.stderr, /Memory tag violation while accessing address 0x0000[0-9a-f]+\nAllocation tag 0x3\nLogical tag 0x0\./);
});

test('--root: DIR, DIR:ro and DIR:rw are accepted; an empty folder name is a usage error; --help documents it', () => {
  const dir = join(base, 'rooted');
  mkdirSync(dir);
  assert.throws(() => run(['--root', ':rw', source('fs-pipes', base)]), /invalid root ':rw'/);
  assert.throws(() => run(['--root']), /option '--root' needs a value/);
  const r = run(['--root', `${dir}:ro`, '--root', dir, source('fs-pipes', base)]);
  assert.equal(r.status, 0, r.stderr);
  // The same folder given read-only and writable is writable.
  const w = run(['--root', `${dir}:ro`, `--root=${dir}:rw`, source('fs-files', base), dir]);
  assert.equal(w.stdout, QEMU_STDOUT['fs-files']);
  assert.match(runCommand.help, /--root DIR\[:rw\] +Let the guest see the host folder DIR/);
});
