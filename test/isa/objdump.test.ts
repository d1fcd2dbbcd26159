// `aarch64-mte objdump` against committed GNU objdump 2.40 listings (test/isa/cases/objdump/*.txt, produced by
// scripts/gen-isa-objdump-fixtures.mjs from GNU-built executables, objects and raw binaries): -d, -D and
// -D -b binary must match byte for byte. Also the command's handling of bad input and bad options.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { objdumpListing } from '../../emulator/disasm/objdump.js';
import { objdumpCommand } from '../../cli/commands/objdump.js';
import { UsageError, type CommandIO } from '../../cli/command.js';

const dir = join(__dirname, 'cases', 'objdump');

async function runCommand(args: string[]): Promise<{ stdout: string; stderr: string; status: number | 'usage' }> {
  let stdout = '';
  let stderr = '';
  const io: CommandIO = { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, stdoutBytes: () => {}, stderrBytes: () => {} };
  try {
    const status = await objdumpCommand.run(args, io);
    return { stdout, stderr, status };
  } catch (e) {
    if (e instanceof UsageError) return { stdout, stderr: e.message, status: 'usage' };
    throw e;
  }
}

const expectations = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

test('fixtures are present', () => {
  assert.ok(expectations.length >= 10, `only ${expectations.length} expectation files`);
});

for (const expectation of expectations) {
  const m = /^(.*)\.(d|D)\.txt$/.exec(expectation)!;
  const file = m[1]!;
  const binary = file.endsWith('.bin');
  test(`objdump ${binary ? '-D -b binary -m aarch64' : `-${m[2]}`} ${file} equals GNU objdump`, () => {
    const bytes = new Uint8Array(readFileSync(join(dir, file)));
    const result = objdumpListing(bytes, { fileName: file, disassembleAll: m[2] === 'D', binary });
    assert.ok(result.ok, result.ok ? '' : result.message);
    const expected = readFileSync(join(dir, expectation), 'utf8');
    if (result.text !== expected) {
      const e = expected.split('\n');
      const a = result.text.split('\n');
      const i = e.findIndex((line, k) => line !== a[k]);
      assert.fail(`line ${i + 1}: objdump ${JSON.stringify(e[i])}, ours ${JSON.stringify(a[i])}`);
    }
  });
}

test('objdump command: not an ELF, truncated, missing file, bad options', async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'objdump-test-'));
  try {
    writeFileSync(join(tmp, 'text.txt'), 'plain text\n');
    const notElf = await runCommand(['-d', join(tmp, 'text.txt')]);
    assert.equal(notElf.status, 1);
    assert.match(notElf.stderr, /text\.txt: not an ELF file/);
    const full = readFileSync(join(dir, 'memory'));
    writeFileSync(join(tmp, 'cut'), full.subarray(0, 80));
    const cut = await runCommand(['-d', join(tmp, 'cut')]);
    assert.equal(cut.status, 1);
    assert.match(cut.stderr, /cut: /);
    assert.doesNotMatch(cut.stderr, /\n\s+at /);
    const missing = await runCommand(['-d', join(tmp, 'absent')]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /absent'?: No such file/);
    assert.equal((await runCommand([join(dir, 'memory')])).status, 'usage');
    assert.equal((await runCommand(['-d'])).status, 'usage');
    assert.equal((await runCommand(['-d', '-m', 'x86', join(dir, 'memory')])).status, 'usage');
    assert.equal((await runCommand(['-d', '--frobnicate', join(dir, 'memory')])).status, 'usage');
    const ok = await runCommand(['-d', join(dir, 'memory')]);
    assert.equal(ok.status, 0);
    assert.match(ok.stdout, /file format elf64-littleaarch64/);
    assert.match(objdumpCommand.help, /-D -b binary -m aarch64/);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
