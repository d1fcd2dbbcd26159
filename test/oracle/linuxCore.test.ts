// Core files from `aarch64-mte run --core` opened by gdb-multiarch (gdb 13): gdb must report the MTE fault in its
// own words from NT_SIGINFO, read the registers, and read allocation tags from PT_AARCH64_MEMTAG_MTE. A missing
// tool fails the test with its name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const root = join(__dirname, '..', '..');
const program = join(root, 'test/fixtures/programs/mte-sync.elf');

test('gdb reads our core: signal report, registers and allocation tags', () => {
  assert.equal(spawnSync('which', ['gdb-multiarch']).status, 0, 'missing tool: gdb-multiarch');
  const core = join(mkdtempSync(join(tmpdir(), 'core-oracle-')), 'core');
  const run = spawnSync('node', [join(root, 'bin/aarch64-mte.js'), 'run', '--core', core, program], { encoding: 'utf8' });
  assert.equal(run.status, 139, run.stderr);
  const gdb = spawnSync('gdb-multiarch', ['-batch', '-nx', '-ex', `file ${program}`, '-ex', `core-file ${core}`,
    '-ex', 'p $_siginfo.si_signo', '-ex', 'p $_siginfo.si_code', '-ex', 'memory-tag check $x19', '-ex', 'memory-tag check $x20',
    '-ex', 'x/bx $x19'], { encoding: 'utf8', timeout: 60000 });
  const out = gdb.stdout + gdb.stderr;
  // Our own report and gdb's must agree line for line.
  const ours = run.stderr.split('\n').slice(0, 4);
  assert.equal(ours[0], 'Program received signal SIGSEGV, Segmentation fault');
  assert.ok(out.includes('Program terminated with signal SIGSEGV, Segmentation fault'), out);
  for (const line of ours.slice(1)) assert.ok(out.includes(line), `gdb output lacks '${line}':\n${out}`);
  assert.match(out, /\$1 = 11/);
  assert.match(out, /\$2 = 9/);
  assert.match(out, /Logical tag \(0x0\) does not match the allocation tag \(0x[1-9a-f]\) for address 0x[0-9a-f]+\./);
  assert.match(out, /Memory tags for address 0x[0-9a-f]+ match \(0x[1-9a-f]\)\./);
  assert.match(out, /:\s+0x41/);
});
