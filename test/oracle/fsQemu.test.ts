// File-system programs (test/linux/fsPrograms.ts) against qemu-aarch64: each is assembled and linked with GNU
// as/ld and run under qemu-user (which forwards file calls to the host kernel) and by `aarch64-mte run`, in a
// fresh folder given to the emulator as a writable root. Where the behaviour is the same, stdout and exit status
// must agree, and they must equal the expectations committed for the unit tier. Where qemu differs from Linux
// (PROT_MTE on memfd and on disk files, shared/guide/mte-linux.md), qemu's output must really differ and the
// emulator's follows Linux (asserted in test/linux/fsPrograms.test.ts). Skips, saying why, without the tools.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { FS_PROGRAMS, QEMU_STDOUT } from '../linux/fsPrograms.js';

const gccMissing = spawnSync('which', ['aarch64-linux-gnu-gcc']).status !== 0;

const root = join(__dirname, '..', '..');
const cli = join(root, 'bin/aarch64-mte.js');
const tools = ['aarch64-linux-gnu-as', 'aarch64-linux-gnu-ld', 'qemu-aarch64'];
const missing = tools.filter((t) => spawnSync('which', [t]).status !== 0);
const skip = missing.length > 0 ? `missing tools: ${missing.join(', ')} (install binutils-aarch64-linux-gnu and qemu-user)` : false;
if (skip) console.log(`# fsQemu: skipped, ${skip}`);
const work = mkdtempSync(join(tmpdir(), 'fs-oracle-'));
test.after(() => rmSync(work, { recursive: true, force: true }));

function exec(cmd: string, args: string[], cwd = work) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'latin1', timeout: 60000 });
  const status = r.status ?? (r.signal === 'SIGSEGV' ? 139 : -1);
  return { status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function build(name: string, source: string): { elf: string; asm: string } {
  const asm = join(work, `${name}.s`);
  writeFileSync(asm, source);
  const object = join(work, `${name}.o`);
  const elf = join(work, name);
  const as = exec('aarch64-linux-gnu-as', ['-march=armv8.5-a+memtag', asm, '-o', object]);
  assert.equal(as.status, 0, as.stderr);
  const ld = exec('aarch64-linux-gnu-ld', ['-static', object, '-o', elf]);
  assert.equal(ld.status, 0, ld.stderr);
  return { elf, asm };
}

for (const program of FS_PROGRAMS.filter((p) => p.sameAsLinux)) {
  test(`${program.name}: qemu-aarch64 and aarch64-mte run agree, and match the committed expectation`, { skip }, () => {
    const { elf, asm } = build(program.name, program.source);
    const q = join(work, `${program.name}-qemu`);
    const e = join(work, `${program.name}-emu`);
    mkdirSync(q);
    mkdirSync(e);
    const qemu = exec('qemu-aarch64', [elf, q]);
    assert.equal(qemu.status, 0, qemu.stderr);
    assert.equal(qemu.stdout, QEMU_STDOUT[program.name], 'the committed expectation is what qemu prints');
    for (const target of [elf, asm]) {
      const emu = exec('node', [cli, 'run', '--root', `${e}:rw`, target, e]);
      assert.equal(emu.stdout, qemu.stdout, `${target}: ${emu.stderr}`);
      assert.equal(emu.status, qemu.status);
    }
  });
}

test('fs-memfd-mte: qemu differs from Linux (PROT_MTE on a disk file accepted, memfd mapping untagged)', { skip }, () => {
  const program = FS_PROGRAMS.find((p) => p.name === 'fs-memfd-mte')!;
  const { elf } = build(program.name, program.source);
  const data = join(work, 'data.txt');
  writeFileSync(data, 'data');
  const qemu = exec('qemu-aarch64', ['-cpu', 'max', elf, data]);
  const lines = qemu.stdout.trim().split('\n');
  assert.notEqual(lines[4], '-22', `qemu accepts PROT_MTE on a disk file: ${qemu.stdout}`);
  const emu = exec('node', [cli, 'run', elf, data]);
  assert.deepEqual(emu.stdout.trim().split('\n'), ['0', '3', '0', '1', '-22', '42']);
  assert.equal(emu.status, 139, 'Linux tags the memfd mapping: the mismatching store faults');
});

test('fs-errnos.c (glibc, static): the same results and errno values as under qemu, except O_LARGEFILE in F_GETFL', { skip: skip || (gccMissing ? 'missing aarch64-linux-gnu-gcc' : false) }, () => {
  const elf = join(work, 'fs-errnos');
  const cc = exec('aarch64-linux-gnu-gcc', ['-static', '-O1', '-o', elf, join(root, 'test/linux/fs-errnos.c')]);
  assert.equal(cc.status, 0, cc.stderr);
  const q = join(work, 'errnos-qemu');
  const e = join(work, 'errnos-emu');
  mkdirSync(q);
  mkdirSync(e);
  const qemu = exec('qemu-aarch64', [elf, q]);
  assert.equal(qemu.status, 0, qemu.stderr);
  const emu = exec('node', [cli, 'run', '--root', `${e}:rw`, elf, e]);
  assert.equal(emu.status, 0, emu.stderr);
  const qLines = qemu.stdout.split('\n');
  const eLines = emu.stdout.split('\n');
  assert.equal(eLines.length, qLines.length);
  for (let i = 0; i < qLines.length; i++) {
    if (/^fcntl\((f|ro|m), F_GETFL\)/.test(qLines[i]!)) {
      // Linux's openat adds O_LARGEFILE on 64-bit (force_o_largefile); qemu on a 64-bit host drops it.
      const [qv, ev] = [qLines[i]!, eLines[i]!].map((l) => Number(l.trim().split(/\s+/).at(-2)));
      assert.equal(ev, qv! | 0x20000, eLines[i]);
    } else {
      assert.equal(eLines[i], qLines[i]);
    }
  }
});
