// Regression cases for gaps found against GNU binutils 2.40 (aarch64-linux-gnu-as/objdump on the development
// machine): the dotless B<cond> spelling, branch targets before a symbol, LD64B/ST64B register rules, DC
// operations that need memtag, and constant branch targets that are misaligned. Every expected word and message
// below was printed by GNU as or objdump for the same line (the project adds "(instruction requires: X)").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assembleInstruction, createResolver, disassemble } from '../../emulator/isa/index.js';
import type { Feature } from '../../emulator/isa/api.js';
import { parseArchitecture } from '../../emulator/asm/index.js';

const all = new Set<Feature>(['base', 'fp', 'simd', 'crc', 'lse', 'mte', 'ls64']);
const base = new Set<Feature>(['base', 'fp', 'simd']);

/** The label `l` is at address 0 (a location, as GNU's `l:` is). */
function asm(mnemonic: string, operands: string, address = 0n, features: ReadonlySet<Feature> = all) {
  return assembleInstruction(mnemonic, operands, { address, features, resolver: createResolver((name) => (name === 'l' ? 0n : undefined)) });
}

test('B<cond> without the dot assembles like B.<cond> for the sixteen names GNU as accepts', () => {
  // GNU: `l: beq l; b.eq l; bne l; b.ne l; ...` at 0, 4, 8, ... -> 54000000, 54ffffe0, 54ffffc1, 54ffffa1.
  assert.deepEqual(asm('beq', 'l', 0n), { ok: true, word: 0x54000000 });
  assert.deepEqual(asm('b.eq', 'l', 4n), { ok: true, word: 0x54ffffe0 });
  assert.deepEqual(asm('bne', 'l', 8n), { ok: true, word: 0x54ffffc1 });
  assert.deepEqual(asm('BNE', 'l', 8n), { ok: true, word: 0x54ffffc1 });
  // bhs/blo are cs/cc (GNU: bhs at 0x88 -> 54fffbc2, blo at 0x90 -> 54fffb83).
  assert.deepEqual(asm('bhs', 'l', 0x88n), { ok: true, word: 0x54fffbc2 });
  assert.deepEqual(asm('blo', 'l', 0x90n), { ok: true, word: 0x54fffb83 });
  for (const c of ['eq', 'ne', 'cs', 'hs', 'cc', 'lo', 'mi', 'pl', 'vs', 'vc', 'hi', 'ls', 'ge', 'lt', 'gt', 'le']) {
    const dotless = asm(`b${c}`, '0x40', 0x20n);
    assert.ok(dotless.ok, `b${c}`);
    // 0x40 is an offset from the instruction: b.eq 0x40 at 0x20 branches to 0x60 (54000200).
    if (c === 'eq') assert.deepEqual(dotless, { ok: true, word: 0x54000200 });
    assert.deepEqual(dotless, asm(`b.${c}`, '0x40', 0x20n));
  }
});

test('B<cond> without the dot is an unknown mnemonic for AL, NV and the SVE condition names, as in GNU as', () => {
  for (const c of ['al', 'nv', 'none', 'any', 'nlast', 'ul', 'last', 'first', 'nfrst', 'pmore', 'plast', 'tcont', 'tstop']) {
    assert.deepEqual(asm(`b${c}`, 'l'), { ok: false, message: `unknown mnemonic \`b${c}' -- \`b${c} l'` });
  }
  // GNU: "invalid address at operand 1 -- `bne'", "unexpected characters following instruction at operand 1".
  const empty = asm('bne', '');
  assert.ok(!empty.ok && empty.message === "invalid address at operand 1 -- `bne'", JSON.stringify(empty));
  const extra = asm('bne', 'l, l');
  assert.ok(!extra.ok && extra.message === "unexpected characters following instruction at operand 1 -- `bne l,l'", JSON.stringify(extra));
});

test('a branch target before the nearest symbol prints as <sym-0x..> (GNU objdump)', () => {
  // objdump -d of `nop x4; f: b .-8; b .-16; bl .+8`: "b 8 <f-0x8>", "b 4 <f-0xc>", "bl 20 <f+0x10>".
  const symbolize = (a: bigint) => ({ name: 'f', offset: a - 0x10n });
  assert.equal(disassemble(0x17fffffe, 0x10n, symbolize).text, 'b\t8 <f-0x8>');
  assert.equal(disassemble(0x17fffffc, 0x14n, symbolize).text, 'b\t4 <f-0xc>');
  assert.equal(disassemble(0x94000002, 0x18n, symbolize).text, 'bl\t20 <f+0x10>');
});

test('LD64B/ST64B/ST64BV/ST64BV0 take an even Rt up to x22, as GNU as requires', () => {
  const good: [string, string, number][] = [
    ['ld64b', 'x0, [x1]', 0xf83fd020], ['ld64b', 'x22, [x0]', 0xf83fd016], ['st64b', 'x0, [x1]', 0xf83f9020],
    ['st64b', 'x22, [x1]', 0xf83f9036], ['st64bv', 'x0, x2, [x1]', 0xf820b022], ['ld64b', 'x0, [sp]', 0xf83fd3e0],
    ['st64bv', 'x0, x0, [x0]', 0xf820b000], ['st64bv', 'x30, x4, [x2]', 0xf83eb044],
  ];
  for (const [m, o, w] of good) assert.deepEqual(asm(m, o), { ok: true, word: w }, `${m} ${o}`);
  const bad: [string, string, number][] = [
    ['ld64b', 'x1, [x0]', 1], ['ld64b', 'x24, [x0]', 1], ['ld64b', 'x23, [x0]', 1], ['ld64b', 'x30, [x0]', 1],
    ['ld64b', 'xzr, [x0]', 1], ['st64b', 'x1, [x1]', 1], ['st64b', 'x24, [x1]', 1], ['st64bv', 'x0, x1, [x1]', 2],
    ['st64bv', 'x0, x24, [x1]', 2], ['st64bv0', 'x0, x3, [x1]', 2], ['st64bv0', 'x0, x26, [x1]', 2],
  ];
  for (const [m, o, n] of bad) {
    const r = asm(m, o);
    assert.ok(!r.ok, `${m} ${o} accepted`);
    assert.equal(r.message, `invalid Rt register number in 64-byte load/store at operand ${n} -- \`${m} ${o.replace(/\s+/g, '')}'`);
  }
  // The register rule is checked before the feature, as GNU does without +ls64.
  const noLs64 = asm('ld64b', 'x1, [x0]', 0n, base);
  assert.ok(!noLs64.ok && noLs64.message.startsWith('invalid Rt register number'), JSON.stringify(noLs64));
});

test('DC operations on allocation tags need memtag and say so', () => {
  // GNU -march=armv8-a rejects exactly these DC names with "selected processor does not support system register
  // name '<op>'" (cvap and cvadp too, which need armv8.2-a/armv8.5-a: not modelled as features here).
  const tagOps = ['igvac', 'igsw', 'igdvac', 'igdsw', 'cgsw', 'cgdsw', 'cigsw', 'cigdsw', 'gva', 'gzva', 'cgvac', 'cgdvac',
    'cgvap', 'cgdvap', 'cgvadp', 'cgdvadp', 'cigvac', 'cigdvac'];
  for (const op of tagOps) {
    const r = asm('dc', `${op}, x0`, 0n, base);
    assert.ok(!r.ok, `dc ${op} accepted without memtag`);
    assert.equal(r.message, `selected processor does not support system register name '${op}' (instruction requires: memtag)`);
    assert.ok(asm('dc', `${op}, x0`).ok, `dc ${op} with memtag`);
  }
  for (const op of ['ivac', 'isw', 'csw', 'cisw', 'zva', 'cvac', 'cvau', 'civac', 'cipapa', 'cigdpapa']) {
    assert.ok(asm('dc', `${op}, x0`, 0n, base).ok, `dc ${op} on armv8-a`);
  }
  // GNU: dc gva, x0 -> d50b7460; dc gzva, x0 -> d50b7480.
  assert.deepEqual(asm('dc', 'gva, x0'), { ok: true, word: 0xd50b7460 });
  assert.deepEqual(asm('dc', 'gzva, x0'), { ok: true, word: 0xd50b7480 });
});

test('a misaligned constant branch target is reported in GNU as\'s words', () => {
  // GNU: "immediate value must be a multiple of 4 at operand N" for b.ne 2, b 2, bl 6, cbz x0,2, tbz x0,#1,2.
  for (const [m, o, n] of [['b.ne', '2', 1], ['b', '2', 1], ['bl', '6', 1], ['cbz', 'x0, 2', 2], ['tbz', 'x0, #1, 2', 3], ['bne', '2', 1]] as const) {
    const r = asm(m, o);
    assert.ok(!r.ok && r.message.startsWith(`immediate value must be a multiple of 4 at operand ${n} -- `), `${m} ${o}: ${JSON.stringify(r)}`);
  }
  // GNU: "immediate out of range at operand 1 -- `b 0x10000000'".
  const far = asm('b', '0x10000000');
  assert.ok(!far.ok && far.message === "immediate out of range at operand 1 -- `b 0x10000000'", JSON.stringify(far));
});

test('a number as a PC-relative target is the offset from the instruction, as GNU as reads it', () => {
  // GNU as 2.40 on `nop; nop; b 0x8; bl 0x100; b.eq 0x20; cbz x0, 0x40; tbz x1, #3, 0x10; adr x0, 0x1000;
  // adrp x1, 0x5000; ldr x2, 0x30; ...; prfm pldl1keep, 0x40` (objdump -dr of the object).
  const expected: [string, string, bigint, number][] = [
    ['b', '0x8', 0x8n, 0x14000002], ['bl', '0x100', 0xcn, 0x94000040], ['b.eq', '0x20', 0x10n, 0x54000100],
    ['cbz', 'x0, 0x40', 0x14n, 0xb4000200], ['tbz', 'x1, #3, 0x10', 0x18n, 0x36180081], ['adr', 'x0, 0x1000', 0x1cn, 0x10008000],
    ['ldr', 'x2, 0x30', 0x24n, 0x58000182], ['prfm', 'pldl1keep, 0x40', 0x30n, 0xd8000200],
  ];
  for (const [m, o, address, word] of expected) assert.deepEqual(asm(m, o, address), { ok: true, word }, `${m} ${o}`);
  // ADRP of a number: GNU emits R_AARCH64_ADR_PREL_PG_HI21 against *ABS*+0x5000 (word 90000001).
  assert.deepEqual(asm('adrp', 'x1, 0x5000', 0x20n), { ok: true, word: 0x90000001, fixup: { kind: 'R_AARCH64_ADR_PREL_PG_HI21', symbol: '*ABS*', addend: 0x5000n } });
});

test('ORR (immediate) into SP from WZR/XZR prints as MOV even for values a move-wide could make, as objdump does', () => {
  // objdump 2.40 on `.inst` of each word; 321f03e0 (destination w0) keeps the ORR spelling.
  const expected: [number, string][] = [
    [0x322063ff, 'mov wsp, #0x1ffffff // #33554431'],
    [0x321f03ff, 'mov wsp, #0x2 // #2'],
    [0xb24003ff, 'mov sp, #0x1 // #1'],
    [0x321f03e0, 'orr w0, wzr, #0x2'],
  ];
  for (const [word, text] of expected) assert.equal(disassemble(word, 0n).text.replace(/\s+/g, ' '), text, word.toString(16));
  // GNU as assembles `mov wsp, #2` and `orr wsp, wzr, #2` to 321f03ff.
  assert.deepEqual(asm('mov', 'wsp, #2'), { ok: true, word: 0x321f03ff });
});

test('DC CVAP needs Armv8.2-A and DC CVADP Armv8.5-A; from Armv8.4-A on, +fp16 brings FMLAL (GNU as 2.40)', () => {
  // GNU as on `dc cvap, x0; dc cvadp, x1; fmlal v0.2s, v1.2h, v2.2h` with each -march below: which lines it rejects.
  const rejectedByGnu: Record<string, number[]> = {
    'armv8-a': [1, 2, 3], 'armv8.2-a': [2, 3], 'armv8.5-a': [3], 'armv8.4-a+fp16': [2], 'armv8.2-a+fp16': [2, 3], 'armv8.4-a': [2, 3],
  };
  const lines: [string, string][] = [['dc', 'cvap, x0'], ['dc', 'cvadp, x1'], ['fmlal', 'v0.2s, v1.2h, v2.2h']];
  for (const [march, rejected] of Object.entries(rejectedByGnu)) {
    const arch = parseArchitecture(march);
    assert.ok('features' in arch, march);
    const ours = lines.flatMap(([m, o], i) => (asm(m, o, 0n, arch.features).ok ? [] : [i + 1]));
    assert.deepEqual(ours, rejected, march);
  }
  // GNU: "selected processor does not support system register name 'cvap'" (the project names the architecture).
  const cvap = asm('dc', 'cvap, x0', 0n, base);
  assert.ok(!cvap.ok && cvap.message.startsWith("selected processor does not support system register name 'cvap'"), JSON.stringify(cvap));
});
