// Core files written by `run --core`: an ELF ET_CORE for AArch64 with the notes gdb reads (NT_PRSTATUS with the
// registers at the fault, NT_SIGINFO with si_code) and PT_AARCH64_MEMTAG_MTE segments holding the allocation
// tags two per byte (layout from Linux's Documentation/arm64/memory-tagging-extension.rst "Core dump support").
// The oracle tier (test/oracle/linuxCore.test.ts) checks that gdb reads these files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runProgram } from '../../cli/commands/run.js';
import { parseElf } from '../../emulator/elf/index.js';

const dir = join(__dirname, '../fixtures/programs');
const quiet = { stdout() {}, stderr() {}, stdoutBytes() {}, stderrBytes() {} };

test('a tag check fault writes a core with registers, siginfo and the MTE tags', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'mte-core-'));
  const core = join(tmp, 'core');
  const json = join(tmp, 'out.json');
  assert.equal(runProgram(['--core', core, '--json', json, join(dir, 'mte-sync.elf')], quiet, { stdin: new Uint8Array(0) }), 139);
  const record = JSON.parse(readFileSync(json, 'utf8'));
  const bytes = new Uint8Array(readFileSync(core));
  const parsed = parseElf(bytes);
  assert.ok(parsed.ok, (parsed as { message?: string }).message);
  const elf = parsed.elf;
  assert.equal(elf.header.type, 4, 'ET_CORE');
  const view = new DataView(bytes.buffer, bytes.byteOffset);

  // Notes: NT_PRSTATUS (1) first, then NT_PRPSINFO, NT_SIGINFO, ...
  const note = elf.programHeaders.find((p) => p.type === 4)!;
  const notes = new Map<number, number>();
  for (let at = note.offset; at < note.offset + note.fileSize;) {
    const namesz = view.getUint32(at, true), descsz = view.getUint32(at + 4, true), type = view.getUint32(at + 8, true);
    const desc = at + 12 + ((namesz + 3) & ~3);
    notes.set(type, desc);
    at = desc + ((descsz + 3) & ~3);
  }
  const prstatus = notes.get(1)!;
  assert.equal(view.getInt32(prstatus, true), 11);
  assert.equal(view.getBigUint64(prstatus + 112 + 8 * 32, true), BigInt(record.fault.pc), 'pc in pr_reg');
  const siginfo = notes.get(0x53494749)!;
  assert.equal(view.getInt32(siginfo + 8, true), 9, 'SEGV_MTESERR');
  assert.ok(notes.has(6) && notes.has(2) && notes.has(0x409));

  // The tag of the faulting granule in PT_AARCH64_MEMTAG_MTE.
  const address = BigInt(record.fault.address) & 0x00ffffffffffffffn;
  const tags = elf.programHeaders.find((p) => p.type === 0x70000002 && p.vaddr <= address && address < p.vaddr + BigInt(p.memSize));
  assert.ok(tags, 'a tag segment covers the faulting address');
  assert.equal(tags.fileSize, tags.memSize / 32);
  const granule = Number((address - tags.vaddr) / 16n);
  const packed = bytes[tags.offset + (granule >> 1)]!;
  assert.equal((packed >> ((granule & 1) * 4)) & 0xf, record.fault.allocationTag);

  // Memory contents: the byte the program stored through its tagged pointer.
  const load = elf.programHeaders.find((p) => p.type === 1 && p.vaddr <= address && address < p.vaddr + BigInt(p.memSize))!;
  assert.equal(bytes[load.offset + Number(address - load.vaddr)], 0x41);
});

test('no core is written for a normal exit', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'mte-core-'));
  assert.equal(runProgram(['--core', join(tmp, 'core'), join(dir, 'hello.elf')], quiet, { stdin: new Uint8Array(0) }), 0);
  assert.throws(() => readFileSync(join(tmp, 'core')), /ENOENT/);
});
