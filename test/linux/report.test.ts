// The fatal-signal report in gdb 13's wording (gdb's aarch64-linux-tdep.c report for SEGV_MTESERR/MTEAERR, as
// quoted in the shared guide mte-linux.md), followed by the pc, symbol+offset and source line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatFatalSignalReport } from '../../emulator/linux/index.js';
import type { ProgramImage } from '../../emulator/program.js';

const program: ProgramImage = {
  path: 'prog.s', entry: 0x400000n, segments: [],
  symbols: [{ name: '_start', address: 0x400000n, size: 0x40, type: 'func', binding: 'global' }],
  lines: [{ address: 0x400000n, file: 'prog.s', line: 5 }, { address: 0x400010n, file: 'prog.s', line: 9 }, { address: 0x400040n, file: 'prog.s', line: 20, endSequence: true }],
};
const subject = (pc: bigint) => ({ program, machine: { getPC: () => pc } });
const fault = {
  kind: 'tagCheck' as const, mode: 'sync' as const, access: 'write' as const, size: 8, address: 0x0a00_0055_0080_2010n,
  logicalTag: 0xa, allocationTag: 0, granule: 0x55_0080_2010n, pc: 0x400014n, instructionCount: 3,
};

test('synchronous tag check fault: gdb wording, then location with symbol+offset and line', () => {
  const text = formatFatalSignalReport(subject(0x400014n), { kind: 'killed', signal: 11, code: 9, fault, coreDumped: true });
  assert.equal(text, [
    'Program received signal SIGSEGV, Segmentation fault',
    'Memory tag violation while accessing address 0x0a00005500802010',
    'Allocation tag 0x0',
    'Logical tag 0xa.',
    '0x0000000000400014 in _start+20 at prog.s:9',
    '',
  ].join('\n'));
});

test('asynchronous fault: "Fault address unavailable." and where the access was made', () => {
  const text = formatFatalSignalReport(subject(0x400020n), { kind: 'killed', signal: 11, code: 8, fault: { ...fault, mode: 'async' }, coreDumped: true });
  const lines = text.split('\n');
  assert.deepEqual(lines.slice(0, 4), [
    'Program received signal SIGSEGV, Segmentation fault',
    'Memory tag violation',
    'Fault address unavailable.',
    '0x0000000000400020 in _start+32 at prog.s:9',
  ]);
  assert.match(lines[4]!, /8-byte write at 0x0a00005500802010 .* instruction at 0x0000000000400014 in _start\+20 at prog\.s:9/);
});

test('other signals: gdb title with a full stop, a detail line, and the signal stop pc', () => {
  const ill = formatFatalSignalReport(subject(0n), { kind: 'signal', signal: 4, code: 1, fault: { kind: 'undefinedInstruction', word: 0, pc: 0x400000n }, pc: 0x400000n, fatal: true });
  assert.equal(ill, 'Program received signal SIGILL, Illegal instruction.\nUndefined instruction 0x00000000\n0x0000000000400000 in _start at prog.s:5\n');
  const segv = formatFatalSignalReport(subject(0x500000n), { kind: 'killed', signal: 11, code: 1, fault: { kind: 'unmapped', address: 0x10n, access: 'read', pc: 0x500000n }, coreDumped: true });
  assert.equal(segv, 'Program received signal SIGSEGV, Segmentation fault.\nCannot access memory at address 0x0000000000000010 (read, not mapped)\n0x0000000000500000\n');
  assert.equal(formatFatalSignalReport(subject(0n), { kind: 'exit', code: 0 }), '');
});

test('a source line reader adds the line text as gdb shows it', () => {
  const text = formatFatalSignalReport(subject(0x400014n), { kind: 'killed', signal: 11, code: 9, fault, coreDumped: true },
    (file, line) => (file === 'prog.s' && line === 9 ? '        str     x1, [x0]' : undefined));
  assert.ok(text.endsWith('0x0000000000400014 in _start+20 at prog.s:9\n9\t        str     x1, [x0]\n'));
});

test('symbolize names only addresses inside the loaded segments; a zero-size symbol only those of its own segment', async () => {
  const { symbolize } = await import('../../emulator/linux/report.js');
  const { tinyImage } = await import('./helpers.js');
  const base = tinyImage([0xd503201f, 0xd503201f]);
  const image = { ...base, symbols: [...base.symbols, { name: '__end__', address: 0x410010n, size: 0, type: 'notype' as const, binding: 'global' as const }] };
  assert.equal(symbolize(image, 0x400004n), '_start+4');
  assert.equal(symbolize(image, 0x410020n), '__end__+16', 'inside its segment');
  assert.equal(symbolize(image, 0xdeadbeef000n), undefined, 'a wild address (gdb: ??)');
});
