// The Node HostFiles (debug-adapter/hostFileSystem.ts), the second line of defence behind the VFS's own path walk:
// called directly with host paths, it refuses anything whose real path leaves the roots (EACCES), any change
// outside a writable root (EROFS), and never follows a final symbolic link when it writes or creates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createNodeHostFiles, normaliseRoots } from '../../debug-adapter/hostFileSystem.js';

const base = mkdtempSync(join(tmpdir(), 'mte-hostfiles-'));
test.after(() => rmSync(base, { recursive: true, force: true }));
const ro = join(base, 'ro');
const rw = join(base, 'rw');
const outside = join(base, 'outside');
for (const d of [ro, rw, outside]) mkdirSync(d);
writeFileSync(join(ro, 'a'), 'A');
writeFileSync(join(outside, 's'), 'S');
symlinkSync(join(outside, 's'), join(rw, 'to-secret'));
symlinkSync(outside, join(rw, 'to-outside'));
const files = createNodeHostFiles([{ path: ro, writable: false }, { path: rw, writable: true }], ro);

test('reads: inside the roots only (EACCES outside, also through links)', () => {
  assert.equal(Buffer.from(files.read(join(ro, 'a'), 0, 10) as Uint8Array).toString(), 'A');
  assert.equal(files.read(join(outside, 's'), 0, 10), -13);
  assert.equal(files.read(join(rw, 'to-secret'), 0, 10), -13);
  assert.equal(files.readDirectory(outside), -13);
  assert.equal(files.readDirectory(join(rw, 'to-outside')), -13);
  assert.equal(files.lstat(join(outside, 's')), -13);
  assert.equal(files.lstat(join(ro, 'missing')), -2);
  const link = files.lstat(join(rw, 'to-secret'));
  assert.equal(typeof link === 'number' ? link : link.type, 'symlink', 'the link itself is inside');
  assert.equal(files.readlink(join(rw, 'to-secret')), join(outside, 's'));
});

test('changes: only in writable roots (EROFS), never through a final link or to outside', () => {
  assert.equal(files.create(join(ro, 'new'), 0o644), -30);
  assert.equal(files.write(join(ro, 'a'), 0, Uint8Array.of(1)), -30);
  assert.equal(files.truncate(join(ro, 'a'), 0), -30);
  assert.equal(files.unlink(join(ro, 'a')), -30);
  assert.equal(files.mkdir(join(ro, 'd'), 0o755), -30);
  assert.equal(files.rename(join(ro, 'a'), join(rw, 'a')), -30);
  assert.equal(files.create(join(rw, 'to-outside', 'x'), 0o644), -13);
  assert.equal(files.write(join(rw, 'to-secret'), 0, Uint8Array.of(0x21)), -13);
  assert.equal(readFileSync(join(outside, 's'), 'utf8'), 'S');
  assert.equal(files.create(join(rw, 'f'), 0o644), 0);
  assert.equal(files.create(join(rw, 'f'), 0o644), -17, 'EEXIST');
  assert.equal(files.write(join(rw, 'f'), 2, Uint8Array.from([0x41])), 1);
  assert.deepEqual([...readFileSync(join(rw, 'f'))], [0, 0, 0x41]);
  assert.equal(files.rename(join(rw, 'f'), join(outside, 'f')), -13);
  assert.equal(files.unlink(join(rw, 'to-secret')), 0, 'removing a link removes the link');
  assert.ok(existsSync(join(outside, 's')));
  assert.equal(files.rmdir(join(rw, 'missing')), -2);
});

test('roots: duplicates merge (writable wins); real paths are recorded', () => {
  symlinkSync(rw, join(base, 'rw-alias'));
  const roots = normaliseRoots([{ path: 'rw', writable: false }, { path: rw, writable: true }, { path: join(base, 'rw-alias'), writable: false }], base);
  assert.deepEqual(roots, [{ path: rw, writable: true }, { path: join(base, 'rw-alias'), realPath: rw, writable: false }]);
});
