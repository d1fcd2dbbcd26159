// The command line's Node HostIO: the guest sees host files only below the allowed roots (read-only), cannot
// escape with '..' or a symbolic link, and fixed stdin is handed out in pieces then ends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createNodeHostIO, createSandboxFileSystem } from '../../cli/hostIo.js';

const base = mkdtempSync(join(tmpdir(), 'mte-sandbox-'));
const root = join(base, 'root');
const outside = join(base, 'outside');
mkdirSync(join(root, 'sub'), { recursive: true });
mkdirSync(outside);
writeFileSync(join(root, 'a.txt'), 'inside');
writeFileSync(join(root, 'sub', 'b.txt'), 'nested');
writeFileSync(join(outside, 'secret.txt'), 'secret');
symlinkSync(join(outside, 'secret.txt'), join(root, 'link.txt'));

test('files under the root are readable by absolute and relative path; directories list', () => {
  const fs = createSandboxFileSystem([root], root);
  assert.equal(Buffer.from(fs.readFile(join(root, 'a.txt'))!).toString(), 'inside');
  assert.equal(Buffer.from(fs.readFile('sub/b.txt')!).toString(), 'nested');
  const names = fs.listDirectory(root)!.map((e) => `${e.name}${e.directory ? '/' : ''}`).sort();
  assert.deepEqual(names, ['a.txt', 'link.txt', 'sub/']);
  assert.equal(fs.readFile(join(root, 'missing')), undefined);
  assert.equal(fs.readFile(join(root, 'sub')), undefined, 'a directory is not a file');
});

test('nothing outside the roots is visible: absolute paths, .. and symbolic links', () => {
  const fs = createSandboxFileSystem([root], root);
  assert.equal(fs.readFile(join(outside, 'secret.txt')), undefined);
  assert.equal(fs.readFile('../outside/secret.txt'), undefined);
  assert.equal(fs.readFile('link.txt'), undefined);
  assert.equal(fs.listDirectory(outside), undefined);
  assert.equal(fs.readFile('/etc/passwd'), undefined);
  assert.equal('writeFile' in fs, false, 'read-only');
});

test('fixed stdin is read in pieces and then reports end of input', () => {
  const host = createNodeHostIO({ writeStdout: () => {}, writeStderr: () => {}, stdin: Uint8Array.from([1, 2, 3]), roots: [root], cwd: root, clock: () => 5n });
  assert.deepEqual([...host.readStdin(2)!], [1, 2]);
  assert.deepEqual([...host.readStdin(2)!], [3]);
  assert.deepEqual([...host.readStdin(2)!], []);
  assert.equal(host.nowNanoseconds(), 5n);
});
