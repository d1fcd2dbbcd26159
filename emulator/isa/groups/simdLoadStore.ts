// SIMD&FP loads and stores: LDR/STR of B/H/S/D/Q registers in every addressing mode (unsigned offset, LDUR/STUR,
// pre/post-index, register offset, PC-relative literal), LDP/STP/LDNP/STNP of S/D/Q registers, and the Advanced
// SIMD structure loads/stores: LD1-LD4/ST1-ST4 multiple structures, single structures to one lane, and LD1R-LD4R
// (load and replicate), each without offset or with post-index by an immediate (the transfer size) or a register.
//
// Field conventions for the executor (emulator/machine/exec/simdLoadStore.ts):
//   single register: size (bits 31:30), opc1 (bit 23: 1 = Q register when size = 00), Rt, Rn, imm12/imm9/Rm+option+S;
//                    the access is 2^(opc1 ? 4 : size) bytes.
//   literal:         opc (00 S, 01 D, 10 Q), imm19.
//   pair:            opc (00 S, 01 D, 10 Q), imm7 scaled by the register size, Rt, Rt2, Rn.
//   multiple:        Q, size, Rt (first register), Rn, Rm (post-index register; 31 = immediate).
//   single lane:     Q, S, size, opc (opcode<2:1>: 0 B, 1 H, 2 S or D), Rt, Rn, Rm. Replicate: Q, size, Rt, Rn, Rm.
// The number of registers and the load/store direction are fixed by the form id.
// Features: GNU as 2.40 accepts the B/H/S/D/Q register loads/stores (single, pair, literal) even with +nofp, so they
// carry 'base'; the structure loads/stores need 'simd' as in GNU.

import { builders, type Fields, type Operand, type ParseContext } from '../table.js';
import { label } from '../operands.js';
import { parseGpr, parseImmediate } from '../text.js';
import {
  memBase, memOffset, memPreIndex, memRegOffset, postIndexOffset, regOffsetValid, type OffsetOptions, type SizeLog2,
} from './loadStoreOperands.js';
import { choice, formatVectorList, fpReg, parseVectorList, vecList, type FieldChoice } from './simdOperands.js';

const { form, alias } = builders('simdFp');

// ---- Single register --------------------------------------------------------------------------------------

/** B H S D Q by size:opc1 (size 00 with opc1 = 1 is Q). */
const singleWidth = choice([['size', 2], ['opc1', 1]], ['b', 'q', 'h', undefined, 's', undefined, 'd', undefined]);
const singleLog2: SizeLog2 = (f: Readonly<Fields>) => (f.opc1 ? 4 : f.size!);
const singleValid = (f: Readonly<Fields>): boolean => f.opc1 === 0 || f.size === 0;
const Vt = fpReg('Rt', singleWidth);

const unsignedOffset: OffsetOptions = { field: 'imm12', bits: 12, signed: false, scale: singleLog2, relocations: true, rangeInMessage: false };
const byteOffset9: OffsetOptions = { field: 'imm9', bits: 9, signed: true, scale: 0 };

function single(load: boolean, middle: string): string {
  return `size:2 111 1 ${middle.replace('OPC', `opc1:1 ${load ? 1 : 0}`)} Rn:5 Rt:5`;
}

const what = (load: boolean): string => (load ? 'Load a SIMD&FP register (B, H, S, D or Q)' : 'Store a SIMD&FP register (B, H, S, D or Q)');

function singleForms<L extends string, S extends string>(ld: L, st: S) {
  const out = [];
  for (const load of [false, true]) {
    const mnemonic = load ? 'ldr' : 'str';
    const id = (suffix: string) => `${load ? ld : st}_${suffix}`;
    out.push(
      form({ id: id('imm') as `${L | S}_imm`, mnemonic, encoding: single(load, '01 OPC imm12:12'), operands: [Vt, memOffset(unsignedOffset)],
        valid: singleValid, summary: `${what(load)} at [Xn|SP + unsigned offset scaled by the register size].` }),
      form({ id: id('pre') as `${L | S}_pre`, mnemonic, encoding: single(load, '00 OPC 0 imm9:9 11'), operands: [Vt, memPreIndex(byteOffset9)],
        valid: singleValid, summary: `${what(load)} at [Xn|SP + offset], then write the address back (pre-index).` }),
      form({ id: id('post') as `${L | S}_post`, mnemonic, encoding: single(load, '00 OPC 0 imm9:9 01'), operands: [Vt, memBase(false), postIndexOffset(byteOffset9)],
        valid: singleValid, summary: `${what(load)} at [Xn|SP], then add the offset to Xn|SP (post-index).` }),
      form({ id: id('reg') as `${L | S}_reg`, mnemonic, encoding: single(load, '00 OPC 1 Rm:5 option:3 S:1 10'), operands: [Vt, memRegOffset(singleLog2)],
        valid: (f) => singleValid(f) && regOffsetValid(f), summary: `${what(load)} at [Xn|SP + Rm, extended and optionally shifted by the register size].` }),
    );
  }
  return out;
}

/** S, D or Q by opc; B and H parse (GNU names the literal form's mismatch after all operands) and are refused in `finish`. */
const literalChoice = choice([['opc', 2]], ['s', 'd', 'q', undefined]);
const literalWidth: FieldChoice = {
  tokens: literalChoice.tokens,
  format: (f) => literalChoice.format(f),
  parse(token, f) {
    if (token === 'b' || token === 'h') { f._narrow = 1; return undefined; }
    return literalChoice.parse(token, f);
  },
};
const literal = label({ field: 'imm19', bits: 19, scale: 4, relocs: { '': 'R_AARCH64_LD_PREL_LO19', got: 'R_AARCH64_GOT_LD_PREL19' } });

// ---- Pairs ------------------------------------------------------------------------------------------------

const pairWidth = choice([['opc', 2]], ['s', 'd', 'q', undefined]);
const pairOffset: OffsetOptions = { field: 'imm7', bits: 7, signed: true, scale: (f: Readonly<Fields>) => 2 + f.opc! };
type PairMode = 'off' | 'pre' | 'post' | 'nt';
const pairModeBits: Record<PairMode, string> = { nt: '000', post: '001', off: '010', pre: '011' };
const pairModeText: Record<PairMode, string> = {
  off: 'at [Xn|SP + scaled offset]',
  pre: 'at [Xn|SP + scaled offset], writing the address back (pre-index)',
  post: 'at [Xn|SP], then adding the scaled offset to Xn|SP (post-index)',
  nt: 'at [Xn|SP + scaled offset], with a non-temporal hint',
};

function pairForm<Id extends string>(id: Id, load: boolean, mode: PairMode) {
  const mnemonic = mode === 'nt' ? (load ? 'ldnp' : 'stnp') : load ? 'ldp' : 'stp';
  const address: Operand[] = mode === 'pre' ? [memPreIndex(pairOffset)] : mode === 'post' ? [memBase(false), postIndexOffset(pairOffset)] : [memOffset(pairOffset)];
  return form({
    id, mnemonic,
    encoding: `opc:2 101 1 ${pairModeBits[mode]} ${load ? 1 : 0} imm7:7 Rt2:5 Rn:5 Rt:5`,
    operands: [fpReg('Rt', pairWidth), fpReg('Rt2', pairWidth), ...address],
    valid: (f) => f.opc !== 3,
    summary: `${load ? 'Load' : 'Store'} a pair of SIMD&FP registers (S, D or Q) ${pairModeText[mode]}.`,
  });
}

// ---- Structures -------------------------------------------------------------------------------------------

/** Arrangements of LD1/ST1 and LD1R-LD4R (1d allowed). */
const arrangementWith1d = choice([['size', 2], ['Q', 1]], ['8b', '16b', '4h', '8h', '2s', '4s', '1d', '2d']);
/** Arrangements of LD2-LD4/ST2-ST4 multiple structures (1d reserved). */
const arrangementNo1d = choice([['size', 2], ['Q', 1]], ['8b', '16b', '4h', '8h', '2s', '4s', undefined, '2d']);

/** Post-index immediate that must equal the transfer size, in a form whose Rm is fixed to 31. */
function postImmediate(bytes: (f: Readonly<Fields>) => number | undefined): Operand {
  return {
    syntax: '#<imm>',
    format(f) {
      const n = bytes(f);
      return n === undefined ? undefined : `#${n}`;
    },
    parse(text, f, ctx) {
      ctx.operandNumber -= 1;
      const done = (m: string | undefined) => { ctx.operandNumber += 1; return m; };
      if (parseGpr(text) !== undefined) return done(`invalid addressing mode at operand ${ctx.operandNumber}`);
      const v = parseImmediate(text, ctx);
      if (v.kind === 'error') return done(v.message);
      if (v.kind !== 'constant' || v.modifier !== undefined) return done(`constant expression required at operand ${ctx.operandNumber}`);
      const n = bytes(f);
      if (n === undefined || v.value !== BigInt(n)) { ctx.definite = true; return done(`invalid post-increment amount at operand ${ctx.operandNumber}`); }
      return done(undefined);
    },
  };
}

/** Post-index register Xm (XZR is the immediate form, so Rm = 31 is refused). */
function postRegister(): Operand {
  return {
    syntax: '<Xm>',
    format(f) {
      return `x${f.Rm}`;
    },
    parse(text, f, ctx) {
      ctx.operandNumber -= 1;
      const done = (m: string | undefined) => { ctx.operandNumber += 1; return m; };
      const r = parseGpr(text);
      if (!r) return done(`invalid addressing mode at operand ${ctx.operandNumber}`);
      if (!r.is64 || r.isSp || r.isZr) { ctx.definite = true; return done(`integer 64-bit register expected at operand ${ctx.operandNumber}`); }
      f.Rm = r.num;
      return done(undefined);
    },
  };
}

/** Post-index by the transfer size ('#imm', Rm = 31) or by a register Xm: one form for both (single-lane forms). */
function postEither(bytes: (f: Readonly<Fields>) => number | undefined): Operand {
  const imm = postImmediate(bytes), reg = postRegister();
  return {
    syntax: '#<imm>|<Xm>',
    format: (f, ctx) => (f.Rm === 31 ? imm.format(f, ctx) : reg.format(f, ctx)),
    parse(text, f, ctx) {
      if (parseGpr(text) !== undefined) return reg.parse(text, f, ctx);
      f.Rm = 31;
      return imm.parse(text, f, ctx);
    },
  };
}

type StructMode = 'none' | 'posti' | 'postr' | 'post';
const structModeText: Record<StructMode, string> = {
  none: 'at [Xn|SP]',
  posti: 'at [Xn|SP], then add the transfer size to Xn|SP (post-index)',
  postr: 'at [Xn|SP], then add Xm to Xn|SP (post-index)',
  post: 'at [Xn|SP], then add the transfer size or Xm to Xn|SP (post-index)',
};

function structAddress(mode: StructMode, bytes: (f: Readonly<Fields>) => number | undefined): Operand[] {
  if (mode === 'none') return [memBase(false)];
  return [memBase(false), mode === 'posti' ? postImmediate(bytes) : mode === 'post' ? postEither(bytes) : postRegister()];
}

/** Bits 20:16 of a structure form: 00000 (no offset), 11111 (post-index immediate) or Rm. */
function rmBits(mode: StructMode): string {
  return mode === 'none' ? '00000' : mode === 'posti' ? '11111' : 'Rm:5';
}

const multipleOpcode: Record<string, string> = { '4:4': '0000', '1:4': '0010', '3:3': '0100', '1:3': '0110', '1:1': '0111', '2:2': '1000', '1:2': '1010' };

/** LDn/STn multiple structures (n = 1 with `regs` registers, or n = regs for 2-4). */
function multipleForm<Id extends string>(id: Id, load: boolean, n: number, regs: number, mode: StructMode, specialises?: string) {
  const mnemonic = `${load ? 'ld' : 'st'}${n}`;
  const arrangement = n === 1 ? arrangementWith1d : arrangementNo1d;
  const bytes = (f: Readonly<Fields>) => regs * (f.Q ? 16 : 8);
  return form({
    id, mnemonic, feature: 'simd',
    encoding: `0 Q:1 0011 00${mode === 'none' ? 0 : 1} ${load ? 1 : 0} 0 ${rmBits(mode)} ${multipleOpcode[`${n}:${regs}`]} size:2 Rn:5 Rt:5`,
    operands: [vecList('Rt', regs, arrangement), ...structAddress(mode, bytes)],
    valid: (f) => arrangement.format(f) !== undefined,
    ...(specialises ? { specialises: [specialises] } : {}),
    summary: n === 1
      ? `${load ? 'Load' : 'Store'} ${regs} vector register${regs > 1 ? 's' : ''} ${load ? 'from' : 'to'} consecutive memory ${structModeText[mode]}.`
      : `${load ? 'Load' : 'Store'} ${n}-element structures, ${load ? 'de-interleaving them into' : 'interleaved from'} ${n} vector registers, ${structModeText[mode]}.`,
  });
}

/** The element of a single-structure lane operand: B (opc 0), H (opc 1), S or D (opc 2) with Q:S:size as index. */
function laneElement(f: Readonly<Fields>): { letter: string; index: number } | undefined {
  const q = f.Q!, s = f.S!, size = f.size!;
  switch (f.opc) {
    case 0: return { letter: 'b', index: (q << 3) | (s << 2) | size };
    case 1: return size & 1 ? undefined : { letter: 'h', index: (q << 2) | (s << 1) | (size >> 1) };
    case 2:
      if (size === 0) return { letter: 's', index: (q << 1) | s };
      if (size === 1 && s === 0) return { letter: 'd', index: q };
      return undefined;
    default: return undefined;
  }
}

function setLane(letter: string, index: number, f: Fields, ctx: ParseContext): string | undefined {
  const max = { b: 15, h: 7, s: 3, d: 1 }[letter];
  if (max === undefined) return `invalid register list at operand ${ctx.operandNumber}`;
  if (index > max) { ctx.definite = true; return `register element index out of range 0 to ${max} at operand ${ctx.operandNumber}`; }
  if (letter === 'b') Object.assign(f, { opc: 0, Q: index >> 3, S: (index >> 2) & 1, size: index & 3 });
  else if (letter === 'h') Object.assign(f, { opc: 1, Q: index >> 2, S: (index >> 1) & 1, size: (index & 1) << 1 });
  else if (letter === 's') Object.assign(f, { opc: 2, Q: index >> 1, S: index & 1, size: 0 });
  else Object.assign(f, { opc: 2, Q: index, S: 0, size: 1 });
  return undefined;
}

/** '{v0.s, v1.s}[1]' or '{v0.b-v2.b}[3]': `count` consecutive registers and one lane index. */
function laneList(count: number): Operand {
  return {
    syntax: `{ <Vt>.<Ts> x${count} }[<index>]`,
    format(f) {
      const e = laneElement(f);
      return e === undefined ? undefined : `${formatVectorList(f.Rt!, count, e.letter)}[${e.index}]`;
    },
    parse(text, f, ctx) {
      const m = /^(\{.*\})\s*\[\s*(?:#\s*)?([0-9]+)\s*\]$/.exec(text.trim());
      if (!m) return `invalid register list at operand ${ctx.operandNumber}`;
      const r = parseVectorList(m[1]!, ctx);
      if (typeof r === 'string') {
        // A lane list that is plainly one (it ends in '[index]'): its own error explains best.
        if (!r.startsWith('invalid register list')) ctx.definite = true;
        return r;
      }
      if (!/^[bhsd]$/.test(r.token)) return `invalid register list at operand ${ctx.operandNumber}`;
      if (r.count !== count) {
        ctx.definite = true;
        return `invalid number of registers in the list; ${count} registers are expected at operand ${ctx.operandNumber}`;
      }
      const err = setLane(r.token, Number(m[2]), f, ctx);
      if (err) return err;
      f.Rt = r.first;
      return undefined;
    },
  };
}

const laneBytes = (f: Readonly<Fields>): number | undefined => {
  const e = laneElement(f);
  return e === undefined ? undefined : { b: 1, h: 2, s: 4, d: 8 }[e.letter];
};

/**
 * LDn/STn (single structure) to or from one lane of n registers. The post-index immediate and register forms are
 * one form (Rm = 31 is the immediate), so that LDnR's own post-index forms can specialise it.
 */
function laneForm<Id extends string>(id: Id, load: boolean, n: number, mode: 'none' | 'post') {
  const r = n === 2 || n === 4 ? 1 : 0;
  const o0 = n === 3 || n === 4 ? 1 : 0;
  const rest = `${load ? 1 : 0} ${r} ${rmBits(mode)} opc:2 ${o0} S:1 size:2 Rn:5 Rt:5`;
  const post = mode === 'none' ? '0' : '1';
  return form({
    id, mnemonic: `${load ? 'ld' : 'st'}${n}`, feature: 'simd',
    encoding: `0 Q:1 0011 01${post} ${rest}`,
    operands: [laneList(n), ...structAddress(mode, (f) => { const b = laneBytes(f); return b === undefined ? undefined : b * n; })],
    valid: (f) => laneElement(f) !== undefined,
    summary: `${load ? 'Load' : 'Store'} one ${n}-element structure ${load ? 'to' : 'from'} one lane of ${n} vector register${n > 1 ? 's' : ''} ${structModeText[mode]}.`,
  });
}

/** LDnR: load one n-element structure and replicate it to all lanes of n registers. */
function replicateForm<Id extends string>(id: Id, n: number, mode: StructMode, lane: string) {
  const r = n === 2 || n === 4 ? 1 : 0;
  const o0 = n === 3 || n === 4 ? 1 : 0;
  const post = mode === 'none' ? '0' : '1';
  const rest = `1 ${r} ${rmBits(mode)} 11 ${o0} 0 size:2 Rn:5 Rt:5`;
  const specialises = mode === 'posti' ? [lane, id.replace('posti', 'postr')] : [lane];
  return form({
    id, mnemonic: `ld${n}r`, feature: 'simd',
    encoding: `0 Q:1 0011 01${post} ${rest}`,
    operands: [vecList('Rt', n, arrangementWith1d), ...structAddress(mode, (f) => n << f.size!)],
    specialises,
    summary: `Load one ${n}-element structure and replicate it to all lanes of ${n} vector register${n > 1 ? 's' : ''} ${structModeText[mode]}.`,
  });
}

function structureForms() {
  const out = [];
  const kinds: [number, number][] = [[1, 1], [1, 2], [1, 3], [1, 4], [2, 2], [3, 3], [4, 4]];
  for (const load of [false, true]) {
    for (const [n, regs] of kinds) {
      const base = `${load ? 'LD' : 'ST'}${n}${n === 1 ? `_${regs}reg` : '_mult'}`;
      out.push(multipleForm(base, load, n, regs, 'none'));
      out.push(multipleForm(`${base}_posti`, load, n, regs, 'posti', `${base}_postr`));
      out.push(multipleForm(`${base}_postr`, load, n, regs, 'postr'));
    }
    for (const n of [1, 2, 3, 4]) {
      const base = `${load ? 'LD' : 'ST'}${n}_lane`;
      out.push(laneForm(base, load, n, 'none'));
      out.push(laneForm(`${base}_post`, load, n, 'post'));
    }
  }
  for (const n of [1, 2, 3, 4]) {
    const lane = `LD${n}_lane`;
    out.push(replicateForm(`LD${n}R`, n, 'none', lane));
    out.push(replicateForm(`LD${n}R_posti`, n, 'posti', `${lane}_post`));
    out.push(replicateForm(`LD${n}R_postr`, n, 'postr', `${lane}_post`));
  }
  return out;
}

type StructId =
  | `${'LD' | 'ST'}1_${1 | 2 | 3 | 4}reg${'' | '_posti' | '_postr'}`
  | `${'LD' | 'ST'}${2 | 3 | 4}_mult${'' | '_posti' | '_postr'}`
  | `${'LD' | 'ST'}${1 | 2 | 3 | 4}_lane${'' | '_post'}`
  | `LD${1 | 2 | 3 | 4}R${'' | '_posti' | '_postr'}`;

export const simdLoadStoreForms = [
  ...singleForms('LDR_simd', 'STR_simd'),
  form({ id: 'STUR_simd', mnemonic: 'stur', encoding: single(false, '00 OPC 0 imm9:9 00'), operands: [Vt, memOffset(byteOffset9)],
    valid: singleValid, summary: `${what(false)} at [Xn|SP + signed unscaled byte offset].` }),
  form({ id: 'LDUR_simd', mnemonic: 'ldur', encoding: single(true, '00 OPC 0 imm9:9 00'), operands: [Vt, memOffset(byteOffset9)],
    valid: singleValid, summary: `${what(true)} at [Xn|SP + signed unscaled byte offset].` }),
  form({ id: 'LDR_simd_lit', mnemonic: 'ldr', encoding: 'opc:2 011 1 00 imm19:19 Rt:5', operands: [fpReg('Rt', literalWidth), literal],
    valid: (f) => f.opc !== 3, finish: (f) => (f._narrow ? 'operand mismatch' : undefined),
    summary: 'Load a SIMD&FP register (S, D or Q) from a PC-relative literal address (+-1 MiB).' }),
  pairForm('STP_simd_off', false, 'off'),
  pairForm('LDP_simd_off', true, 'off'),
  pairForm('STP_simd_pre', false, 'pre'),
  pairForm('LDP_simd_pre', true, 'pre'),
  pairForm('STP_simd_post', false, 'post'),
  pairForm('LDP_simd_post', true, 'post'),
  pairForm('STNP_simd', false, 'nt'),
  pairForm('LDNP_simd', true, 'nt'),
  ...(structureForms() as ReturnType<typeof form<StructId>>[]),
];

/** GNU as assembles `ldr q0, [x1, #-16]` (an offset the scaled form cannot hold) as LDUR. */
export const simdLoadStoreAliases = [
  alias({ id: 'STR_simd_imm_unscaled', mnemonic: 'str', aliasOf: 'STUR_simd', asmOnly: true, encoding: single(false, '00 OPC 0 imm9:9 00'),
    operands: [Vt, memOffset({ ...byteOffset9, rangeInMessage: false })], valid: singleValid,
    summary: `${what(false)} at an unscaled offset (assembled as STUR).` }),
  alias({ id: 'LDR_simd_imm_unscaled', mnemonic: 'ldr', aliasOf: 'LDUR_simd', asmOnly: true, encoding: single(true, '00 OPC 0 imm9:9 00'),
    operands: [Vt, memOffset({ ...byteOffset9, rangeInMessage: false })], valid: singleValid,
    summary: `${what(true)} at an unscaled offset (assembled as LDUR).` }),
];

