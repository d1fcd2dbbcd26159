// `aarch64-mte as`: writes objects and executables, prints located diagnostics and exits 1 on errors,
// rejects bad usage, and shows help (run in-process through the command object).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { asCommand } from '../../cli/commands/as.js';
import { UsageError, type CommandIO } from '../../cli/command.js';

function capture(): CommandIO & { out: string; err: string } {
  const io = {
    out: '', err: '',
    stdout(t: string) { io.out += t; }, stderr(t: string) { io.err += t; },
    stdoutBytes() { /* unused */ }, stderrBytes() { /* unused */ },
  };
  return io;
}

const dir = mkdtempSync(join(tmpdir(), 'asm-cli-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

test('assembles a file into an ELF relocatable object', async () => {
  const src = join(dir, 'ok.s');
  writeFileSync(src, ' .text\n .global _start\n_start: add x0, x0, #1\n');
  const io = capture();
  const status = await asCommand.run([src, '-o', join(dir, 'ok.o')], io);
  assert.equal(status, 0, io.err);
  const bytes = readFileSync(join(dir, 'ok.o'));
  assert.equal(bytes.readUInt16LE(16), 1, 'ET_REL');
  assert.equal(bytes.readUInt16LE(18), 183, 'EM_AARCH64');
});

test('--exe writes an ET_EXEC with entry _start', async () => {
  const src = join(dir, 'exe.s');
  writeFileSync(src, ' .global _start\n_start: mov x0, #0\n mov x8, #93\n svc #0\n');
  const io = capture();
  assert.equal(await asCommand.run(['--exe', src, '-o', join(dir, 'exe')], io), 0, io.err);
  const bytes = readFileSync(join(dir, 'exe'));
  assert.equal(bytes.readUInt16LE(16), 2, 'ET_EXEC');
  assert.equal(bytes.readBigUInt64LE(24), 0x400078n);
});

test('errors are printed as file:line:column: error: message and exit 1, with no output file', async () => {
  const src = join(dir, 'bad.s');
  writeFileSync(src, ' nop\n  foo x0, x1\n .word 1\n .bogus\n');
  const io = capture();
  const status = await asCommand.run([src, '-o', join(dir, 'bad.o')], io);
  assert.equal(status, 1);
  assert.equal(io.err, `${src}:2:3: error: unknown mnemonic \`foo' -- \`foo x0,x1'\n${src}:4:2: error: unknown pseudo-op: \`.bogus'\n`);
  assert.equal(existsSync(join(dir, 'bad.o')), false);
});

test('-march enables extensions; MTE without it is an error naming memtag', async () => {
  const src = join(dir, 'mte.s');
  writeFileSync(src, ' irg x0, sp\n');
  const without = capture();
  assert.equal(await asCommand.run([src, '-o', join(dir, 'mte.o')], without), 1);
  assert.match(without.err, /mte\.s:1:2: error: .*instruction requires: memtag/);
  const withMte = capture();
  assert.equal(await asCommand.run(['-march=armv8.5-a+memtag', src, '-o', join(dir, 'mte.o')], withMte), 0, withMte.err);
});

test('.S files are preprocessed', async () => {
  const src = join(dir, 'pp.S');
  writeFileSync(src, '#define VALUE 42\n .data\n .word VALUE\n');
  const io = capture();
  assert.equal(await asCommand.run([src, '-o', join(dir, 'pp.o')], io), 0, io.err);
});

test('usage errors throw UsageError (exit 2 in main); a missing input is exit 1', async () => {
  await assert.rejects(async () => asCommand.run([], capture()), UsageError);
  await assert.rejects(async () => asCommand.run(['-o'], capture()), UsageError);
  await assert.rejects(async () => asCommand.run(['--frobnicate', 'x.s'], capture()), UsageError);
  await assert.rejects(async () => asCommand.run(['-march=armv7-q', 'x.s'], capture()), UsageError);
  const io = capture();
  assert.equal(await asCommand.run([join(dir, 'missing.s')], io), 1);
  assert.match(io.err, /can't open .*missing\.s for reading/);
});

test('help text documents the options and the diagnostic format', () => {
  for (const option of ['-o', '-march=', '-g', '--exe', 'LINE:COLUMN']) assert.ok(asCommand.help.includes(option), option);
});

test('-I adds include directories for .include', async () => {
  const incDir = join(dir, 'inc');
  mkdirSync(incDir, { recursive: true });
  writeFileSync(join(incDir, 'defs.inc'), ' .equ ANSWER, 42\n');
  const src = join(dir, 'inc.s');
  writeFileSync(src, ' .include "defs.inc"\n .data\n .word ANSWER\n');
  const without = capture();
  assert.equal(await asCommand.run([src, '-o', join(dir, 'inc.o')], without), 1);
  assert.match(without.err, /can't open defs\.inc for reading/);
  const withDir = capture();
  assert.equal(await asCommand.run(['-I', incDir, src, '-o', join(dir, 'inc.o')], withDir), 0, withDir.err);
});

test('--exe links several files; an undefined symbol is a located link error', async () => {
  const main = join(dir, 'main.s');
  const lib = join(dir, 'lib.s');
  writeFileSync(main, ' .global _start\n_start: bl answer\n mov x8, #93\n svc #0\n');
  writeFileSync(lib, ' .global answer\nanswer: mov x0, #42\n ret\n');
  const io = capture();
  assert.equal(await asCommand.run(['--exe', main, lib, '-o', join(dir, 'two')], io), 0, io.err);
  const bytes = readFileSync(join(dir, 'two'));
  assert.equal(bytes.readUInt16LE(16), 2);
  const alone = capture();
  assert.equal(await asCommand.run(['--exe', main, '-o', join(dir, 'one')], alone), 1);
  assert.equal(alone.err, `${main}:2:1: error: undefined reference to \`answer'\n`);
  await assert.rejects(async () => asCommand.run([main, lib, '-o', join(dir, 'x.o')], capture()), UsageError);
});

test('the executable has section headers from the link (.text)', async () => {
  const src = join(dir, 'sec.s');
  writeFileSync(src, ' .global _start\n_start: mov x0, #0\n mov x8, #93\n svc #0\n .data\nv: .quad 1\n');
  const io = capture();
  assert.equal(await asCommand.run(['--exe', src, '-o', join(dir, 'sec')], io), 0, io.err);
  const bytes = readFileSync(join(dir, 'sec'));
  const shoff = Number(bytes.readBigUInt64LE(0x28));
  const shnum = bytes.readUInt16LE(0x3c);
  const shstr = shoff + bytes.readUInt16LE(0x3e) * 64;
  const strOff = Number(bytes.readBigUInt64LE(shstr + 24));
  const names: string[] = [];
  for (let i = 0; i < shnum; i++) {
    const at = strOff + bytes.readUInt32LE(shoff + i * 64);
    names.push(bytes.subarray(at, bytes.indexOf(0, at)).toString());
  }
  assert.ok(names.includes('.text') && names.includes('.data') && names.includes('.symtab') && names.includes('.debug_line'), names.join(' '));
  const text = names.indexOf('.text');
  assert.equal(bytes.readBigUInt64LE(shoff + text * 64 + 16), 0x4000b0n);
});
