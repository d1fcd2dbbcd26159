// `aarch64-mte run` on the committed program fixtures: the GNU-built ELF files and their assembly sources
// (assembled in-process) must give qemu-aarch64's recorded stdout and exit status (qemu-expected.json, from
// scripts/build-fixtures.sh), except where Linux differs from qemu (linuxDifferences.ts: Linux's behaviour is
// asserted). Also the command's error handling: missing and bad files, assembly errors, --json output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runProgram } from '../../cli/commands/run.js';
import type { CommandIO } from '../../cli/command.js';
import { expectedLinuxStdout, LINUX_DIFFERENCES } from './linuxDifferences.js';

const dir = join(__dirname, '../fixtures/programs');
interface QemuRun { program: string; args: string[]; stdin: string; stdout: string; status: number }
const qemuRuns: QemuRun[] = JSON.parse(readFileSync(join(dir, 'qemu-expected.json'), 'utf8'));

async function run(args: string[], stdin = ''): Promise<{ status: number; stdout: string; stderr: string }> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const io: CommandIO = {
    stdout: (t) => out.push(Buffer.from(t)), stderr: (t) => err.push(Buffer.from(t)),
    stdoutBytes: (b) => out.push(Buffer.from(b)), stderrBytes: (b) => err.push(Buffer.from(b)),
  };
  const status = runProgram(args, io, { stdin: Uint8Array.from(Buffer.from(stdin, 'latin1')) });
  return { status, stdout: Buffer.concat(out).toString('latin1'), stderr: Buffer.concat(err).toString('latin1') };
}

for (const record of qemuRuns) {
  const name = record.program;
  for (const kind of ['elf', 's'] as const) {
    if (kind === 's' && name === 'hello-pie') continue;
    test(`${name}.${kind} ${record.args.join(' ')}: same stdout and exit status as recorded from qemu${LINUX_DIFFERENCES[name] ? ' (Linux where they differ)' : ''}`, async () => {
      const path = join(dir, `${name}.${kind}`);
      const r = await run([path, ...record.args], record.stdin);
      let expected = expectedLinuxStdout(name, record.stdout);
      // argv[0] is the path as given on the command line (qemu was run as ./NAME.elf).
      expected = expected.replace(`./${name}.elf\n`, `${path}\n`);
      assert.equal(r.stdout, expected);
      assert.equal(r.status, record.status);
    });
  }
}

test('the Linux-difference table matches the qemu records (each listed difference is real)', () => {
  for (const name of Object.keys(LINUX_DIFFERENCES)) {
    const record = qemuRuns.find((r) => r.program === name);
    assert.ok(record, name);
    assert.notEqual(expectedLinuxStdout(name, record.stdout), record.stdout, name);
  }
});

test('a synchronous tag fault prints the gdb-style report and --json records it', async () => {
  const json = join(mkdtempSync(join(tmpdir(), 'mte-run-')), 'out.json');
  const r = await run(['--seed', '5', '--json', json, join(dir, 'mte-sync.elf')]);
  assert.equal(r.status, 139);
  const lines = r.stderr.split('\n');
  assert.equal(lines[0], 'Program received signal SIGSEGV, Segmentation fault');
  assert.match(lines[1]!, /^Memory tag violation while accessing address 0x0000[0-9a-f]{12}$/);
  assert.match(lines[2]!, /^Allocation tag 0x[1-9a-f]$/, 'IRG excluded tag 0');
  assert.equal(lines[3], 'Logical tag 0x0.');
  assert.match(lines[4]!, /^0x[0-9a-f]{16} in _start\+\d+$/);
  const record = JSON.parse(readFileSync(json, 'utf8'));
  assert.equal(record.exitCode, 139);
  assert.equal(record.signal, 11);
  assert.equal(record.siCode, 9);
  assert.equal(record.fault.access, 'write');
  assert.equal(record.fault.size, 1);
  assert.equal(record.fault.logicalTag, 0);
  assert.ok(record.fault.allocationTag > 0);
  assert.ok(record.instructions > 10);
});

test('the same seed gives the same run; the report shows the async fault without an address', async () => {
  const a = await run(['--seed', '9', join(dir, 'mte-sync.elf')]);
  const b = await run(['--seed', '9', join(dir, 'mte-sync.elf')]);
  assert.equal(a.stderr, b.stderr);
  const async = await run([join(dir, 'mte-async.elf')]);
  assert.equal(async.status, 139);
  assert.deepEqual(async.stderr.split('\n').slice(0, 3), ['Program received signal SIGSEGV, Segmentation fault', 'Memory tag violation', 'Fault address unavailable.']);
});

test('bad inputs: one line and exit status 2; assembly errors: file:line:col diagnostics and status 1', async () => {
  const missing = await run([join(dir, 'no-such-program.elf')]);
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr.trim().split('\n').length, 1);
  assert.match(missing.stderr, /no such file/);

  const object = await run([join(dir, 'hello.o')]);
  assert.equal(object.status, 2);
  assert.match(object.stderr, /not an executable: a relocatable object file/);

  const tmp = mkdtempSync(join(tmpdir(), 'mte-run-'));
  const truncated = join(tmp, 'truncated.elf');
  writeFileSync(truncated, readFileSync(join(dir, 'hello.elf')).subarray(0, 100));
  const t = await run([truncated]);
  assert.equal(t.status, 2);
  assert.equal(t.stderr.trim().split('\n').length, 1);

  const text = join(tmp, 'notes.txt');
  writeFileSync(text, 'hello');
  assert.equal((await run([text])).status, 2);

  const bad = join(tmp, 'bad.s');
  writeFileSync(bad, '  .text\n_start:\n  frobnicate x0, x1\n');
  const asm = await run([bad]);
  assert.equal(asm.status, 1);
  assert.match(asm.stderr, new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:\\d+: error: `));
});

test('--max-instructions stops a looping program with status 124; usage errors throw UsageError', async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'mte-run-'));
  const loop = join(tmp, 'loop.s');
  writeFileSync(loop, '  .text\n  .global _start\n_start:\n  b _start\n');
  const r = await run(['--max-instructions', '1000', loop]);
  assert.equal(r.status, 124);
  assert.match(r.stderr, /stopped after 1000 instructions/);
  await assert.rejects(async () => run(['--seed', 'abc', loop]), /invalid seed/);
  await assert.rejects(async () => run(['--max-memory', '12X', loop]), /invalid size/);
  await assert.rejects(async () => run([]), /no program given/);
});

test('--max-memory: a small limit still runs small programs; touching more memory than allowed is SIGKILL', async () => {
  const small = await run(['--max-memory', '4M', join(dir, 'hello.elf')]);
  assert.equal(small.status, 0);
  assert.equal(small.stdout, 'Hello, MTE!\n');
  const tmp = mkdtempSync(join(tmpdir(), 'mte-run-'));
  const program = join(tmp, 'touch.s');
  // mmap almost 16 MiB and touch every page: with the image and stack pages that exceeds a 16 MiB limit.
  writeFileSync(program, [
    '  .text', '  .global _start', '_start:',
    '  mov x0, #0', '  mov x1, #0xfff000', '  mov x2, #3', '  mov x3, #0x22', '  mov x4, #-1', '  mov x5, #0', '  mov x8, #222', '  svc #0',
    '  mov x19, x0', '  mov x1, #0xfff000', '  mov x20, #0',
    '1: strb w20, [x19, x20]', '  add x20, x20, #4096', '  cmp x20, x1', '  b.lo 1b',
    '  mov x0, #0', '  mov x8, #94', '  svc #0', '',
  ].join('\n'));
  const json = join(tmp, 'out.json');
  const r = await run(['--max-memory', '16M', '--json', json, program]);
  assert.equal(r.status, 128 + 9);
  assert.match(r.stderr, /^Program received signal SIGKILL, Killed\.\nMemory limit of 16777216 bytes exceeded/);
  assert.equal(JSON.parse(readFileSync(json, 'utf8')).fault.kind, 'memoryLimit');
});
