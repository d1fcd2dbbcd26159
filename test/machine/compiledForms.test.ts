// The inline emitters of the compiled tier against the interpreter: random encodings of every integer form the
// block compiler emits inline code for (add/sub shifted and extended, logical, moves, ADR/ADRP, conditional
// select/compare, multiply-add, bitfield, variable shifts, CLZ, REV), in random straight-line blocks with random register and flag values, run once compiled at the first
// entry (compileThreshold 1) and once interpreted (0). Registers, SP, NZCV, pc and the instruction count must be
// equal. The interpreter's own semantics are compared with qemu-aarch64 by test/oracle/formDifferential.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decode } from '../../emulator/isa/index.js';
import { createMachine } from '../../emulator/machine/index.js';

const FORMS = new Set([
  'ADD_shift', 'SUB_shift', 'ADDS_shift', 'SUBS_shift', 'ADD_imm', 'SUB_imm', 'ADDS_imm', 'SUBS_imm',
  'AND_shift', 'ORR_shift', 'EOR_shift', 'MOVZ', 'MOVN', 'CSEL', 'CSINC', 'CSINV', 'CSNEG',
  'CCMP_imm', 'CCMP_reg', 'CCMN_imm', 'CCMN_reg', 'MADD', 'MSUB', 'UMADDL', 'SMADDL', 'UMSUBL', 'SMSUBL',
  'AND_imm', 'ORR_imm', 'EOR_imm', 'UBFM', 'SBFM', 'NOP',
  'ANDS_imm', 'ANDS_shift', 'BICS_shift', 'BIC_shift', 'ORN_shift', 'EON_shift', 'ADD_ext', 'SUB_ext', 'ADDS_ext',
  'SUBS_ext', 'ADR', 'ADRP', 'MOVK', 'LSLV', 'LSRV', 'ASRV', 'RORV', 'CLZ', 'REV_64',
]);

/** xorshift32, seeded: the same programs on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s; };
}

const CODE = 0x400000n;
const BRK = 0xd4200000; // brk #0 ends the block and stops the run

/** Encodings built field by field, so rare forms and the special bitfield aliases come up often. */
function templateWord(next: () => number): number {
  const r = (bits: number): number => next() & ((1 << bits) - 1);
  const sf = r(1), rm = r(5), rn = r(5), rd = r(5), cond = r(4);
  switch (next() % 4) {
    case 0: // CCMP/CCMN (register or immediate)
      return ((sf << 31) | (r(1) << 30) | (1 << 29) | (0b11010010 << 21) | (rm << 16) | (cond << 12) | (r(1) << 11) | (rn << 5) | r(4)) >>> 0;
    case 1: // CSEL/CSINC/CSINV/CSNEG
      return ((sf << 31) | (r(1) << 30) | (0b11010100 << 21) | (rm << 16) | (cond << 12) | (r(1) << 10) | (rn << 5) | rd) >>> 0;
    case 2: { // SBFM/UBFM with the alias-shaped immr/imms values
      const pick = (): number => [0, 1, 7, 8, 15, 16, 30, 31, 32, 63][next() % 10]! & (sf ? 63 : 31);
      const opc = r(1) ? 2 : 0;
      return ((sf << 31) | (opc << 29) | (0b100110 << 23) | (sf << 22) | ((r(1) ? pick() : r(sf ? 6 : 5)) << 16) | ((r(1) ? pick() : r(sf ? 6 : 5)) << 10) | (rn << 5) | rd) >>> 0;
    }
    default: { // MADD/MSUB/[SU]MADDL/[SU]MSUBL
      const op31 = [0, 1, 5][next() % 3]!;
      return (((op31 === 0 ? sf : 1) << 31) | (0b11011 << 24) | (op31 << 21) | (rm << 16) | (r(1) << 15) | (r(5) << 10) | (rn << 5) | rd) >>> 0;
    }
  }
}

function randomWord(next: () => number): number {
  if (next() & 1) {
    const w = templateWord(next);
    const d = decode(w);
    if (d && FORMS.has(d.form.id)) return w;
  }
  for (;;) {
    // Data processing (immediate: op0 100x) or (register: x101) classes, where these forms live.
    const w = next();
    const word = (next() & 1) ? ((w & ~0x1c000000) | 0x10000000) >>> 0 : ((w & ~0x0e000000) | 0x0a000000) >>> 0;
    const d = decode(word);
    if (d && FORMS.has(d.form.id)) return word;
    if ((w & 0xff) === 0) return 0xd503201f; // now and then a NOP
  }
}

function run(words: readonly number[], regs: readonly bigint[], nzcv: number, compileThreshold: number) {
  const m = createMachine({ seed: 1, compileThreshold });
  const code = new Uint8Array(4096);
  const view = new DataView(code.buffer);
  words.forEach((w, i) => view.setUint32(i * 4, w, true));
  view.setUint32(words.length * 4, BRK, true);
  m.map(CODE, 4096, { read: true, write: false, execute: true, tagged: false }, 'text');
  m.writeMemory(CODE, code);
  for (let r = 0; r < 31; r++) m.setX(r, regs[r]!);
  m.setSP(regs[31]!);
  m.setNZCV(nzcv);
  m.setPC(CODE);
  const stop = m.run({ maxSteps: 1000 });
  const x = Array.from({ length: 31 }, (_v, r) => m.getX(r).toString(16));
  return { stop: stop.kind, pc: m.getPC().toString(16), x, sp: m.getSP().toString(16), nzcv: m.getNZCV(), count: m.instructionCount };
}

test('inline integer emitters agree with the interpreter on 400 random blocks', () => {
  const next = rng(20261207);
  const interesting = [0n, 1n, 0x7fffffffn, 0x80000000n, 0xffffffffn, 0x7fffffffffffffffn, 0x8000000000000000n, 0xffffffffffffffffn];
  for (let p = 0; p < 400; p++) {
    const words = Array.from({ length: 1 + (next() % 40) }, () => randomWord(next));
    const regs = Array.from({ length: 32 }, () => (next() & 3) === 0
      ? interesting[next() % interesting.length]!
      : (BigInt(next()) << 32n) | BigInt(next()));
    const nzcv = (next() & 15) << 28;
    const compiled = run(words, regs, nzcv, 1);
    const interpreted = run(words, regs, nzcv, 0);
    assert.deepEqual(compiled, interpreted, `program ${p}: ${words.map((w) => w.toString(16).padStart(8, '0')).join(' ')}`);
  }
});
