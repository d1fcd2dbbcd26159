// The command line's standard input (cli/hostIo.ts): `aarch64-mte run prog < file` gives the guest that regular
// file (lseek position, S_IFREG), and `... | aarch64-mte run prog` a pipe that polls POLLHUP at its end and does
// not seek (ESPIPE). The guest, test/linux/stdin/stdin-state.s, reads its input to the end and writes ppoll's
// revents, lseek(0, 0, SEEK_CUR) and fstat's st_mode; the expected values are those of a qemu-aarch64 run of the
// same program built with GNU as/ld (and Linux's pipe_poll/lseek(2)). Runs the CLI from source in a child process,
// since the host's descriptor 0 is what matters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { regularFileStdin } from '../../cli/hostIo.js';

const root = join(__dirname, '..', '..');
const program = join(__dirname, 'stdin', 'stdin-state.s');
const work = mkdtempSync(join(tmpdir(), 'stdin-cli-'));
test.after(() => rmSync(work, { recursive: true, force: true }));

const runMain = `require(${JSON.stringify(join(root, 'cli', 'main.ts'))}).main(process.argv.slice(1)).then((s) => { process.exitCode = s; })`;

function run(stdin: number | 'pipe', input?: string): { status: number | null; revents: number; position: bigint; mode: number; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', runMain, '--', 'run', program], {
    cwd: root, stdio: [stdin, 'pipe', 'pipe'], input, timeout: 120000,
  });
  const out = r.stdout as Buffer;
  assert.equal(out.length, 24, `24-byte record; stderr: ${String(r.stderr)}`);
  return { status: r.status, revents: out.readUInt16LE(6), position: out.readBigInt64LE(8), mode: out.readUInt32LE(16), stderr: String(r.stderr) };
}

test('`run prog < file`: standard input is the regular file (position = size after reading it, S_IFREG)', () => {
  const path = join(work, 'input.txt');
  writeFileSync(path, 'x'.repeat(701));
  const fd = openSync(path, 'r');
  try {
    const r = run(fd);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.revents, 0x1, 'a regular file polls POLLIN');
    assert.equal(r.position, 701n);
    assert.equal(r.mode & 0o170000, 0o100000);
  } finally {
    closeSync(fd);
  }
});

test('`... | run prog`: standard input is a pipe (POLLHUP at its end, ESPIPE, S_IFIFO)', () => {
  const r = run('pipe', '3 4\nhello world\nabc');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.revents, 0x10, 'POLLHUP only');
  assert.equal(r.position, -29n);
  assert.equal(r.mode & 0o170000, 0o010000);
});

test('regularFileStdin offers only regular files', () => {
  const path = join(work, 'f.txt');
  writeFileSync(path, 'hello');
  const fd = openSync(path, 'r');
  try {
    const f = regularFileStdin(fd)!;
    assert.equal(f.size(), 5);
    assert.equal(Buffer.from(f.read(1, 3)).toString(), 'ell');
    assert.equal(f.read(5, 10).length, 0);
    assert.equal(f.read(99, 10).length, 0);
  } finally {
    closeSync(fd);
  }
  assert.equal(regularFileStdin(-1), undefined, 'a bad descriptor');
});
