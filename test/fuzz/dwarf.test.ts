// Fuzz: the DWARF readers (emulator/dwarf) on executables whose debug sections are damaged: random bytes
// overwritten, runs of 0xff or 0x00, truncations expressed as shrunken section sizes, in .debug_info,
// .debug_abbrev, .debug_line, .debug_str, .debug_frame, .eh_frame, .debug_loclists and .debug_rnglists of a gcc -g
// program. readProgramDebugInfo must report problems in `errors`, never throw, and what it returns must answer
// the debugger's questions (function and variables at a pc, locating and formatting a variable, one unwind step)
// without throwing. Deterministic seeds; bounded time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseElf, type ElfFile } from '../../emulator/elf/index.js';
import { formatValue, readLocationBytes, readProgramDebugInfo, unwindStep } from '../../emulator/dwarf/index.js';
import { describeError, random, type Random } from './random.js';

const original = new Uint8Array(readFileSync(join(__dirname, '..', 'dap', 'fixtures', 'c', 'structs.elf')));
const parsed = parseElf(original);
if (!parsed.ok) throw new Error(parsed.message);
const elf0: ElfFile = parsed.elf;
const TARGETS = ['.debug_info', '.debug_abbrev', '.debug_line', '.debug_str', '.debug_line_str', '.debug_frame', '.eh_frame', '.debug_loclists', '.debug_rnglists', '.debug_aranges'];
const sections = elf0.sections.filter((s) => TARGETS.includes(s.name) && s.size > 0);
const text = elf0.sections.find((s) => s.name === '.text')!;

function mutate(r: Random): Uint8Array {
  const b = original.slice();
  const edits = 1 + r.below(6);
  for (let e = 0; e < edits; e++) {
    const s = r.pick(sections);
    const kind = r.below(4);
    const at = s.offset + r.below(s.size);
    if (kind === 0) b[at] = r.u32() & 0xff;
    else if (kind === 1) for (let i = 0; i < 1 + r.below(8) && at + i < s.offset + s.size; i++) b[at + i] = r.u32() & 0xff;
    else if (kind === 2) b.fill(r.chance(0.5) ? 0xff : 0x00, at, Math.min(at + 1 + r.below(32), s.offset + s.size));
    else {
      // shrink the section's size in its header: the readers see a truncated section
      const shoff = Number(elf0.header.sectionHeaderOffset) + s.index * 64 + 32;
      new DataView(b.buffer).setBigUint64(shoff, BigInt(r.below(s.size)), true);
    }
  }
  return b;
}

test('fuzz: damaged DWARF is reported, never thrown, and the result answers the debugger without throwing', () => {
  const r = random(0xd3a5f);
  let withErrors = 0;
  for (let i = 0; i < 250; i++) {
    const bytes = mutate(r);
    const label = `case #${i}`;
    const p = parseElf(bytes);
    if (!p.ok) continue;
    try {
      const info = readProgramDebugInfo(p.elf);
      if (info.errors.length > 0) withErrors++;
      for (const e of info.errors) assert.ok(typeof e === 'string' && e.length > 0, `${label}: empty error`);
      for (let k = 0; k < 6; k++) {
        const pc = text.address + BigInt(r.below(text.size) & ~3);
        const fn = info.model?.functionAt(pc);
        const vars = info.model?.variablesAt(pc) ?? [];
        for (const v of vars.slice(0, 4)) {
          const where = info.model!.locate(v, pc, {
            readRegister: (n) => BigInt(n) * 8n + 0x7fff0000n,
            readMemory: (address) => address & 0xffffn,
            callFrameAddress: () => 0x7fff1000n,
          });
          const raw = readLocationBytes(where, 8, {
            readMemory: (_address, size) => new Uint8Array(Math.min(size, 1 << 16)).fill(0x41),
            readRegister: () => new Uint8Array(16).fill(1),
          });
          if (raw) formatValue(v.type, raw);
        }
        void fn;
        const x = Array.from({ length: 31 }, (_v, n) => BigInt(n) * 16n + 0x7fff0000n);
        for (const cf of info.callFrames) unwindStep(cf, { pc, sp: 0x7fff0000n, x }, (address) => address & 0xffffn, k === 0);
      }
    } catch (e) {
      assert.fail(`${label}: threw ${describeError(e)}`);
    }
  }
  assert.ok(withErrors > 20, `errors reported in ${withErrors} cases`);
});
