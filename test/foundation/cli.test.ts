// The command line's contract (bin/aarch64-mte.js over dist/cli.js): help for every subcommand, clear errors with
// a non-zero status for unknown input, and never a stack trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

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

test('run assembles with every extension the emulator executes: half precision, FRINT32Z, JSCVT, dot product', () => {
  // 1.0 + 1.0 in half precision, widened, rounded by FRINT32Z and converted: exit status 2. FJCVTZS of 2.0 is 2
  // too; SDOT of zero vectors adds nothing. Each line is refused by GNU as at its default -march=armv8-a.
  const dir = mkdtempSync(join(tmpdir(), 'cli-features-'));
  const source = join(dir, 'features.s');
  writeFileSync(source, [
    '.global _start', '_start:', 'fmov h0, #1.0', 'fadd h1, h0, h0', 'fcvt d2, h1', 'frint32z d2, d2',
    'fjcvtzs w0, d2', 'movi v3.16b, #0', 'sdot v3.4s, v3.16b, v3.16b', 'mov x8, #93', 'svc #0', '',
  ].join('\n'));
  const r = cli('run', source);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 2);
});

test('a reader that closes the pipe early ends the command quietly, as with GNU objdump', () => {
  // `objdump -d | head -3`: the shell's pipe closes after three lines; the rest of the listing must not turn into
  // an EPIPE report with a stack trace.
  const program = join(root, 'test', 'fixtures', 'c', 'corpus-O0.elf');
  const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${bin}" objdump -d "${program}" | head -3`], { encoding: 'utf8', cwd: root });
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^\n.*corpus-O0\.elf: +file format elf64-littleaarch64\n\n$/);
  assert.doesNotMatch(r.stderr, /EPIPE|stack|Error/);
});

test('a guest that writes to a closed pipe gets EPIPE and SIGPIPE, so `run yes-like | head` ends as on Linux', () => {
  // The guest writes "y\n" until a write fails, then exits 3 (it would, if SIGPIPE did not end it first): on Linux
  // `yes | head -2` ends with SIGPIPE, status 128 + 13.
  const dir = mkdtempSync(join(tmpdir(), 'cli-epipe-'));
  const source = join(dir, 'yes.s');
  writeFileSync(source, [
    '\t.global _start', '_start:', '1:\tmov x0, #1', '\tadr x1, msg', '\tmov x2, #2', '\tmov x8, #64', '\tsvc #0',
    '\tcmp x0, #0', '\tb.lt 2f', '\tb 1b', '2:\tmov x0, #3', '\tmov x8, #93', '\tsvc #0', 'msg:\t.ascii "y\\n"', '',
  ].join('\n'));
  const r = spawnSync('/bin/bash', ['-c', `"${process.execPath}" "${bin}" run "${source}" | head -2; echo "status \${PIPESTATUS[0]}"`], { encoding: 'utf8', timeout: 60000 });
  assert.equal(r.error, undefined, 'the pipeline must end');
  assert.equal(r.stdout, 'y\ny\nstatus 141\n', 'two lines, then the guest died of SIGPIPE');
  // A shell reports nothing for SIGPIPE; nor do we.
  assert.equal(r.stderr, '');
});
