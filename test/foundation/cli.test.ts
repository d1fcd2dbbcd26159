// The command line's contract (bin/aarch64-mte.js over dist/cli.js): help for every subcommand, clear errors with
// a non-zero status for unknown input, and never a stack trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const bin = join(root, 'bin', 'aarch64-mte.js');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const stackTrace = /\n\s+at .+\(.+:\d+:\d+\)/;

test('--help lists the three subcommands and exits 0', () => {
  const r = cli('--help');
  assert.equal(r.status, 0);
  for (const name of ['run', 'as', 'objdump']) assert.match(r.stdout, new RegExp(`^  ${name}\\b`, 'm'));
});

test('each subcommand has its own --help', () => {
  for (const name of ['run', 'as', 'objdump']) {
    const r = cli(name, '--help');
    assert.equal(r.status, 0, `${name} --help: ${r.stderr}`);
    assert.match(r.stdout, new RegExp(`aarch64-mte ${name}`));
  }
});

test('an unknown subcommand is a clear error with status 2 and no stack trace', () => {
  const r = cli('frobnicate', '--now');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown command 'frobnicate'/);
  assert.doesNotMatch(r.stderr, stackTrace);
});

test('no arguments prints usage and exits non-zero', () => {
  const r = cli();
  assert.equal(r.status, 2);
  assert.match(r.stdout, /Usage: aarch64-mte <command>/);
});

test('subcommands reject a missing input file without a stack trace', () => {
  for (const name of ['run', 'as', 'objdump']) {
    const r = cli(name, join(root, 'no-such-file.s'));
    assert.notEqual(r.status, 0, `${name} must fail`);
    assert.doesNotMatch(r.stderr, stackTrace, `${name} printed a stack trace`);
    assert.ok(r.stderr.length > 0, `${name} must say what is wrong`);
  }
});
