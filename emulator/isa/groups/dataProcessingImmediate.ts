// Data processing (immediate): ADD/SUB immediate, ADR/ADRP, logical immediate, move wide, bitfield, EXTR, and
// the MTE ADDG/SUBG tag arithmetic, with the aliases GNU objdump prints and GNU as accepts.

import { decodeBitmask } from '../bitmask.js';
import { addSubImm, bitmaskImm, custom, gpr, imm, label, lsl12 } from '../operands.js';
import { builders, type Fields, type Operand } from '../table.js';
import { hex, parseImmediate } from '../text.js';
import type { RelocKind } from '../api.js';

const { form, alias } = builders('dataProcessingImmediate');

const Rd = gpr('Rd');
const RdSp = gpr('Rd', { field: 'sf' }, { sp: true });
const Rn = gpr('Rn');
const RnSp = gpr('Rn', { field: 'sf' }, { sp: true });
const XdSp = gpr('Rd', 'x', { sp: true });
const XnSp = gpr('Rn', 'x', { sp: true });

const size = (f: Readonly<Fields>): number => (f.sf === 1 ? 64 : 32);

// ---- Move wide -----------------------------------------------------------------------------------------

const movwRelocs: Record<string, { kind: RelocKind; hw: number; signed?: boolean }> = {
  abs_g0: { kind: 'R_AARCH64_MOVW_UABS_G0', hw: 0 },
  abs_g0_nc: { kind: 'R_AARCH64_MOVW_UABS_G0_NC', hw: 0 },
  abs_g1: { kind: 'R_AARCH64_MOVW_UABS_G1', hw: 1 },
  abs_g1_nc: { kind: 'R_AARCH64_MOVW_UABS_G1_NC', hw: 1 },
  abs_g2: { kind: 'R_AARCH64_MOVW_UABS_G2', hw: 2 },
  abs_g2_nc: { kind: 'R_AARCH64_MOVW_UABS_G2_NC', hw: 2 },
  abs_g3: { kind: 'R_AARCH64_MOVW_UABS_G3', hw: 3 },
  abs_g0_s: { kind: 'R_AARCH64_MOVW_SABS_G0', hw: 0, signed: true },
  abs_g1_s: { kind: 'R_AARCH64_MOVW_SABS_G1', hw: 1, signed: true },
  abs_g2_s: { kind: 'R_AARCH64_MOVW_SABS_G2', hw: 2, signed: true },
};

/** The 16-bit immediate of MOVZ/MOVN/MOVK, with :abs_gN: modifiers that also choose hw. */
function moveWideImm(allowSigned: boolean): Operand {
  return {
    syntax: '#<imm16>',
    format(f) {
      return `#${hex(f.imm16!)}`;
    },
    parse(text, f, ctx) {
      const v = parseImmediate(text, ctx);
      if (v.kind === 'error') return v.message;
      if (v.modifier !== undefined) {
        const r = movwRelocs[v.modifier];
        if (!r || (!allowSigned && r.signed) || (f.sf === 0 && r.hw > 1)) return `unsupported relocation modifier at operand ${ctx.operandNumber}`;
        f.hw = r.hw;
        f._hwFixed = 1;
        if (v.kind === 'symbol') {
          ctx.fixup = { kind: r.kind, symbol: v.symbol, addend: v.addend };
          f.imm16 = 0;
        } else f.imm16 = Number((BigInt.asUintN(64, v.value) >> BigInt(16 * r.hw)) & 0xffffn);
        return undefined;
      }
      if (v.kind === 'symbol') return `constant expression required at operand ${ctx.operandNumber}`;
      if (v.value < 0n || v.value > 0xffffn) return 'immediate out of range';
      f.imm16 = Number(v.value);
      return undefined;
    },
  };
}

/** Optional ', lsl #<0|16|32|48>' of a move-wide instruction (field hw). */
const hwShift: Operand = {
  syntax: 'lsl #<shift>',
  optional: true,
  modifiesPrevious: true,
  format(f) {
    return f.hw ? `lsl #${f.hw! * 16}` : undefined;
  },
  parse(text, f, ctx) {
    const m = /^(?:lsl|LSL)\s*(.*)$/.exec(text);
    if (!m) return `shift expression expected at operand ${ctx.operandNumber}`;
    const v = parseImmediate(m[1]!, ctx);
    if (v.kind !== 'constant') return `constant expression required at operand ${ctx.operandNumber}`;
    const n = Number(v.value);
    const max = f.sf === 0 ? 16 : 48;
    if (n < 0 || n > max) return `shift amount out of range 0 to ${max} at operand ${ctx.operandNumber}`;
    if (n % 16 !== 0) return `shift amount must be a multiple of 16 at operand ${ctx.operandNumber}`;
    if (f._hwFixed) return `unexpected shift at operand ${ctx.operandNumber}`;
    f.hw = n / 16;
    return undefined;
  },
  absent(f) {
    f.hw = f.hw ?? 0;
  },
};

/** The whole value of a `mov Rd, #imm` alias of MOVZ (inverted=false) or MOVN (inverted=true). */
function movWideValue(inverted: boolean): Operand {
  return {
    syntax: '#<imm>',
    format(f, ctx) {
      let v = BigInt(f.imm16!) << BigInt(16 * f.hw!);
      if (inverted) v = ~v;
      v = f.sf === 1 ? BigInt.asUintN(64, v) : BigInt.asUintN(32, v);
      ctx.comment = `#${f.sf === 1 ? BigInt.asIntN(64, v) : BigInt.asIntN(32, v)}`;
      return `#0x${v.toString(16).padEnd(20, ' ')}`;
    },
    parse(text, f, ctx) {
      const v = parseImmediate(text, ctx);
      if (v.kind !== 'constant' || v.modifier !== undefined) return v.kind === 'error' ? v.message : 'immediate cannot be moved by a single instruction';
      let value = v.value;
      if (f.sf === 0) {
        const hi = BigInt.asUintN(64, value) >> 32n;
        if (hi !== 0n && hi !== 0xffffffffn) return 'immediate cannot be moved by a single instruction';
        value = BigInt.asUintN(32, value);
      } else value = BigInt.asUintN(64, value);
      if (inverted) value = f.sf === 0 ? BigInt.asUintN(32, ~value) : BigInt.asUintN(64, ~value);
      const chunks = f.sf === 0 ? 2 : 4;
      for (let hw = 0; hw < chunks; hw++) {
        if ((value & ~(0xffffn << BigInt(16 * hw))) === 0n) {
          const imm16 = Number((value >> BigInt(16 * hw)) & 0xffffn);
          if (imm16 === 0 && hw !== 0) continue;
          if (inverted && f.sf === 0 && imm16 === 0xffff) return 'immediate cannot be moved by a single instruction';
          f.imm16 = imm16;
          f.hw = hw;
          return undefined;
        }
      }
      return 'immediate cannot be moved by a single instruction';
    },
  };
}

/**
 * Whether MOVZ or MOVN could produce an ORR bitmask immediate, judged on the value (as objdump does; slightly
 * wider than the Arm ARM's MoveWidePreferred, e.g. 0xff80ffff): then objdump prints ORR, not MOV.
 */
function movableByMoveWide(f: Readonly<Fields>): boolean {
  const is64 = f.sf === 1;
  const value = decodeBitmask(f.N!, f.immr!, f.imms!, is64);
  if (value === undefined) return false;
  const full = is64 ? (1n << 64n) - 1n : 0xffffffffn;
  const single = (v: bigint): boolean => {
    for (let hw = 0; hw < (is64 ? 4 : 2); hw++) if ((v & ~(0xffffn << BigInt(16 * hw)) & full) === 0n) return true;
    return false;
  };
  return single(value) || single(~value & full);
}

const movValid = (f: Readonly<Fields>): boolean => f.sf === 1 || f.hw! < 2;

// ---- Bitfield aliases ------------------------------------------------------------------------------------

/** Arm ARM BFXPreferred: whether UBFX/SBFX (rather than a shift or extend alias) is the preferred disassembly. */
function bfxPreferred(sf: number, uns: number, imms: number, immr: number): boolean {
  if (imms < immr) return false;
  if (imms === (sf === 1 ? 63 : 31)) return false;
  if (immr === 0) {
    if (sf === 0 && (imms === 7 || imms === 15)) return false;
    if (sf === 1 && uns === 0 && (imms === 7 || imms === 15 || imms === 31)) return false;
  }
  return true;
}

/** A decimal immediate computed from/into bitfield fields (immr, imms) through the register size. */
function bfValue(syntax: string, get: (f: Readonly<Fields>) => number, set: (f: Fields, v: number) => string | undefined): Operand {
  return {
    syntax,
    format(f) {
      return `#${get(f)}`;
    },
    parse(text, f, ctx) {
      const v = parseImmediate(text, ctx);
      if (v.kind !== 'constant' || v.modifier !== undefined) return v.kind === 'error' ? v.message : `constant expression required at operand ${ctx.operandNumber}`;
      const err = set(f, Number(BigInt.asIntN(64, v.value)));
      return err === undefined ? undefined : `${err} at operand ${ctx.operandNumber}`;
    },
  };
}

const shiftLeftAmount = bfValue('#<shift>', (f) => size(f) - 1 - f.imms!, (f, v) => {
  const s = size(f);
  if (v < 0 || v >= s) return `immediate value out of range 0 to ${s - 1}`;
  f.immr = (s - v) % s;
  f.imms = s - 1 - v;
  return undefined;
});
const shiftRightAmount = bfValue('#<shift>', (f) => f.immr!, (f, v) => {
  const s = size(f);
  if (v < 0 || v >= s) return `immediate value out of range 0 to ${s - 1}`;
  f.immr = v;
  f.imms = s - 1;
  return undefined;
});
/** #lsb of an insert (BFI, UBFIZ, SBFIZ, BFC): immr = -lsb MOD size. */
const insertLsb = bfValue('#<lsb>', (f) => (size(f) - f.immr!) % size(f), (f, v) => {
  const s = size(f);
  if (v < 0 || v >= s) return `immediate value out of range 0 to ${s - 1}`;
  f._lsb = v;
  f.immr = (s - v) % s;
  return undefined;
});
/** #lsb of an extract (BFXIL, UBFX, SBFX): immr = lsb. */
const extractLsb = bfValue('#<lsb>', (f) => f.immr!, (f, v) => {
  const s = size(f);
  if (v < 0 || v >= s) return `immediate value out of range 0 to ${s - 1}`;
  f._lsb = v;
  f.immr = v;
  return undefined;
});
const insertWidth = bfValue('#<width>', (f) => f.imms! + 1, (f, v) => {
  const s = size(f);
  if (v < 1 || v > s - f._lsb!) return `immediate value out of range 1 to ${s - f._lsb!}`;
  f.imms = v - 1;
  return undefined;
});
const extractWidth = bfValue('#<width>', (f) => f.imms! - f.immr! + 1, (f, v) => {
  const s = size(f);
  if (v < 1 || v > s - f._lsb!) return `immediate value out of range 1 to ${s - f._lsb!}`;
  f.imms = f._lsb! + v - 1;
  return undefined;
});

/** Bitfield and extract forms require N = sf. */
const setN = (f: Fields): undefined => { f.N = f.sf!; return undefined; };
/** EXTR and ROR: N = sf, and a 32-bit operation takes a bit position below 32. */
const extrFinish = (operand: number) => (f: Fields): string | undefined => {
  f.N = f.sf!;
  return f.sf === 0 && f.imms! > 31 ? `immediate value out of range 0 to 31 at operand ${operand}` : undefined;
};
const bitfieldValid = (f: Readonly<Fields>): boolean => f.N === f.sf && (f.sf === 1 || (f.immr! < 32 && f.imms! < 32));
const Wn = gpr('Rn', 'w');

/** The Rn register written once for both Rn and Rm (ROR immediate alias of EXTR). */
const RnRm: Operand = custom({
  syntax: '<Rs>',
  format: (f, ctx) => Rn.format(f, ctx),
  parse(text, f, ctx) {
    const err = Rn.parse(text, f, ctx);
    if (err === undefined) f.Rm = f.Rn!;
    return err;
  },
});

export const dataProcessingImmediateForms = [
  // ---- Add/subtract (immediate) ----
  form({ id: 'ADD_imm', mnemonic: 'add', encoding: 'sf:1 0 0 100010 sh:1 imm12:12 Rn:5 Rd:5', operands: [RdSp, RnSp, addSubImm(), lsl12()], summary: 'Add (immediate): Rd = Rn + imm{<<12}.' }),
  form({ id: 'ADDS_imm', mnemonic: 'adds', encoding: 'sf:1 0 1 100010 sh:1 imm12:12 Rn:5 Rd:5', operands: [Rd, RnSp, addSubImm(), lsl12()], summary: 'Add (immediate), setting flags.' }),
  form({ id: 'SUB_imm', mnemonic: 'sub', encoding: 'sf:1 1 0 100010 sh:1 imm12:12 Rn:5 Rd:5', operands: [RdSp, RnSp, addSubImm(), lsl12()], summary: 'Subtract (immediate): Rd = Rn - imm{<<12}.' }),
  form({ id: 'SUBS_imm', mnemonic: 'subs', encoding: 'sf:1 1 1 100010 sh:1 imm12:12 Rn:5 Rd:5', operands: [Rd, RnSp, addSubImm(), lsl12()], summary: 'Subtract (immediate), setting flags.' }),
  // ---- MTE tag arithmetic ----
  form({
    id: 'ADDG', mnemonic: 'addg', feature: 'mte', encoding: '1 0 0 100011 0 uimm6:6 00 uimm4:4 Rn:5 Rd:5',
    operands: [XdSp, XnSp, imm('uimm6', 6, { scale: 16, syntax: '#<uimm6>' }), imm('uimm4', 4, { syntax: '#<uimm4>' })],
    summary: 'Add with tag: Xd = Xn + uimm6, with the logical tag advanced by uimm4 (skipping excluded tags).',
    operation: 'Adds the offset (a multiple of 16) to the address in Xn|SP and sets bits 59:56 of the result to the tag of Xn advanced by uimm4 through ChooseNonExcludedTag, which skips tags excluded by GCR_EL1.Exclude (under Linux: the PR_MTE_TAG_MASK set with prctl). No memory or allocation tag is accessed.',
  }),
  form({
    id: 'SUBG', mnemonic: 'subg', feature: 'mte', encoding: '1 1 0 100011 0 uimm6:6 00 uimm4:4 Rn:5 Rd:5',
    operands: [XdSp, XnSp, imm('uimm6', 6, { scale: 16, syntax: '#<uimm6>' }), imm('uimm4', 4, { syntax: '#<uimm4>' })],
    summary: 'Subtract with tag: Xd = Xn - uimm6, with the logical tag advanced by uimm4 (skipping excluded tags).',
    operation: 'Subtracts the offset (a multiple of 16) from the address in Xn|SP and sets bits 59:56 of the result to the tag of Xn advanced by uimm4 through ChooseNonExcludedTag. No memory or allocation tag is accessed.',
  }),
  // ---- PC-relative addressing ----
  form({
    id: 'ADR', mnemonic: 'adr', encoding: '0 immlo:2 10000 immhi:19 Rd:5',
    operands: [gpr('Rd', 'x'), label({ field: { lo: 'immlo', loBits: 2, hi: 'immhi' }, bits: 21, scale: 1, relocs: { '': 'R_AARCH64_ADR_PREL_LO21' } })],
    summary: 'Form PC-relative address: Xd = PC + imm21.',
  }),
  form({
    id: 'ADRP', mnemonic: 'adrp', encoding: '1 immlo:2 10000 immhi:19 Rd:5',
    operands: [gpr('Rd', 'x'), label({ field: { lo: 'immlo', loBits: 2, hi: 'immhi' }, bits: 21, scale: 4096, page: true, relocs: { '': 'R_AARCH64_ADR_PREL_PG_HI21', pg_hi21: 'R_AARCH64_ADR_PREL_PG_HI21', pg_hi21_nc: 'R_AARCH64_ADR_PREL_PG_HI21_NC', got: 'R_AARCH64_ADR_GOT_PAGE', gottprel: 'R_AARCH64_TLSIE_ADR_GOTTPREL_PAGE21', tlsdesc: 'R_AARCH64_TLSDESC_ADR_PAGE21' } })],
    summary: 'Form PC-relative address to 4KB page: Xd = (PC & ~0xfff) + imm21 * 4096.',
  }),
  // ---- Logical (immediate) ----
  ...(['AND', 'ORR', 'EOR', 'ANDS'] as const).map((name, opc) => form({
    id: `${name}_imm` as `${typeof name}_imm`, mnemonic: name.toLowerCase(), encoding: `sf:1 ${opc >> 1}${opc & 1} 100100 N:1 immr:6 imms:6 Rn:5 Rd:5`,
    operands: [opc === 3 ? Rd : RdSp, Rn, bitmaskImm()],
    summary: `Bitwise ${name === 'AND' ? 'AND' : name === 'ORR' ? 'OR' : name === 'EOR' ? 'exclusive OR' : 'AND, setting flags,'} with a bitmask immediate.`,
    valid: (f) => decodeBitmask(f.N!, f.immr!, f.imms!, f.sf === 1) !== undefined,
  })),
  // ---- Move wide (immediate) ----
  form({ id: 'MOVN', mnemonic: 'movn', encoding: 'sf:1 00 100101 hw:2 imm16:16 Rd:5', operands: [Rd, moveWideImm(true), hwShift], summary: 'Move wide with NOT: Rd = NOT(imm16 << hw*16).', valid: movValid }),
  form({ id: 'MOVZ', mnemonic: 'movz', encoding: 'sf:1 10 100101 hw:2 imm16:16 Rd:5', operands: [Rd, moveWideImm(true), hwShift], summary: 'Move wide with zero: Rd = imm16 << hw*16.', valid: movValid }),
  form({ id: 'MOVK', mnemonic: 'movk', encoding: 'sf:1 11 100101 hw:2 imm16:16 Rd:5', operands: [Rd, moveWideImm(false), hwShift], summary: 'Move wide with keep: replaces 16 bits of Rd at hw*16.', valid: movValid }),
  // ---- Bitfield ----
  form({ id: 'SBFM', mnemonic: 'sbfm', encoding: 'sf:1 00 100110 N:1 immr:6 imms:6 Rn:5 Rd:5', operands: [Rd, Rn, imm('immr', 6, { format: 'dec' }), imm('imms', 6, { format: 'dec' })], finish: setN, summary: 'Signed bitfield move.', valid: bitfieldValid }),
  form({ id: 'BFM', mnemonic: 'bfm', encoding: 'sf:1 01 100110 N:1 immr:6 imms:6 Rn:5 Rd:5', operands: [Rd, Rn, imm('immr', 6, { format: 'dec' }), imm('imms', 6, { format: 'dec' })], finish: setN, summary: 'Bitfield move: copies a bitfield into Rd, keeping the other bits.', valid: bitfieldValid }),
  form({ id: 'UBFM', mnemonic: 'ubfm', encoding: 'sf:1 10 100110 N:1 immr:6 imms:6 Rn:5 Rd:5', operands: [Rd, Rn, imm('immr', 6, { format: 'dec' }), imm('imms', 6, { format: 'dec' })], finish: setN, summary: 'Unsigned bitfield move.', valid: bitfieldValid }),
  // ---- Extract ----
  form({ id: 'EXTR', mnemonic: 'extr', encoding: 'sf:1 00 100111 N:1 0 Rm:5 imms:6 Rn:5 Rd:5', operands: [Rd, Rn, gpr('Rm'), imm('imms', 6, { format: 'dec', syntax: '#<lsb>' })], finish: extrFinish(4), summary: 'Extract a register from the pair Rn:Rm at bit lsb.', valid: (f) => f.N === f.sf && (f.sf === 1 || f.imms! < 32) }),
];


export const dataProcessingImmediateAliases = [
  // Assembler conveniences: negative immediates switch ADD and SUB.
  alias({ id: 'ADD_imm_neg', mnemonic: 'add', aliasOf: 'SUB_imm', asmOnly: true, encoding: 'sf:1 1 0 100010 sh:1 imm12:12 Rn:5 Rd:5', operands: [RdSp, RnSp, addSubImm(true), lsl12()], summary: 'Add a negative immediate (assembled as SUB).' }),
  alias({ id: 'ADDS_imm_neg', mnemonic: 'adds', aliasOf: 'SUBS_imm', asmOnly: true, encoding: 'sf:1 1 1 100010 sh:1 imm12:12 Rn:5 Rd:5', operands: [Rd, RnSp, addSubImm(true), lsl12()], summary: 'Add a negative immediate, setting flags (assembled as SUBS).' }),
  alias({ id: 'SUB_imm_neg', mnemonic: 'sub', aliasOf: 'ADD_imm', asmOnly: true, encoding: 'sf:1 0 0 100010 sh:1 imm12:12 Rn:5 Rd:5', operands: [RdSp, RnSp, addSubImm(true), lsl12()], summary: 'Subtract a negative immediate (assembled as ADD).' }),
  alias({ id: 'SUBS_imm_neg', mnemonic: 'subs', aliasOf: 'ADDS_imm', asmOnly: true, encoding: 'sf:1 0 1 100010 sh:1 imm12:12 Rn:5 Rd:5', operands: [Rd, RnSp, addSubImm(true), lsl12()], summary: 'Subtract a negative immediate, setting flags (assembled as ADDS).' }),
  alias({ id: 'MOV_sp', mnemonic: 'mov', aliasOf: 'ADD_imm', encoding: 'sf:1 0 0 100010 0 000000000000 Rn:5 Rd:5', operands: [RdSp, RnSp], summary: 'Move to or from the stack pointer: Rd = Rn (ADD #0).', when: (f) => f.Rd === 31 || f.Rn === 31, finish: (f) => (f.Rd === 31 || f.Rn === 31 ? undefined : 'operand mismatch') }),
  alias({ id: 'CMN_imm', mnemonic: 'cmn', aliasOf: 'ADDS_imm', encoding: 'sf:1 0 1 100010 sh:1 imm12:12 Rn:5 11111', operands: [RnSp, addSubImm(), lsl12()], summary: 'Compare negative (immediate): sets flags on Rn + imm.' }),
  alias({ id: 'CMN_imm_neg', mnemonic: 'cmn', aliasOf: 'SUBS_imm', asmOnly: true, encoding: 'sf:1 1 1 100010 sh:1 imm12:12 Rn:5 11111', operands: [RnSp, addSubImm(true), lsl12()], summary: 'Compare negative with a negative immediate (assembled as CMP).' }),
  alias({ id: 'CMP_imm', mnemonic: 'cmp', aliasOf: 'SUBS_imm', encoding: 'sf:1 1 1 100010 sh:1 imm12:12 Rn:5 11111', operands: [RnSp, addSubImm(), lsl12()], summary: 'Compare (immediate): sets flags on Rn - imm.' }),
  alias({ id: 'CMP_imm_neg', mnemonic: 'cmp', aliasOf: 'ADDS_imm', asmOnly: true, encoding: 'sf:1 0 1 100010 sh:1 imm12:12 Rn:5 11111', operands: [RnSp, addSubImm(true), lsl12()], summary: 'Compare with a negative immediate (assembled as CMN).' }),
  // Move wide and bitmask immediates as `mov`, in GNU as's order of preference.
  alias({ id: 'MOV_movz', mnemonic: 'mov', aliasOf: 'MOVZ', encoding: 'sf:1 10 100101 hw:2 imm16:16 Rd:5', operands: [Rd, movWideValue(false)], summary: 'Move a wide immediate (MOVZ).', when: (f) => !(f.imm16 === 0 && f.hw !== 0) }),
  alias({ id: 'MOV_movn', mnemonic: 'mov', aliasOf: 'MOVN', encoding: 'sf:1 00 100101 hw:2 imm16:16 Rd:5', operands: [Rd, movWideValue(true)], summary: 'Move an inverted wide immediate (MOVN).', when: (f) => !(f.imm16 === 0 && f.hw !== 0) && !(f.sf === 0 && f.imm16 === 0xffff) }),
  // objdump prints MOV whenever the destination is SP (MOVZ/MOVN cannot write SP), even for values a move-wide makes.
  alias({ id: 'MOV_orr_imm', mnemonic: 'mov', aliasOf: 'ORR_imm', encoding: 'sf:1 01 100100 N:1 immr:6 imms:6 11111 Rd:5', operands: [RdSp, bitmaskImm(true)], summary: 'Move a bitmask immediate (ORR with the zero register).', when: (f) => f.Rd === 31 || !movableByMoveWide(f) }),
  alias({ id: 'BIC_imm', mnemonic: 'bic', aliasOf: 'AND_imm', asmOnly: true, encoding: 'sf:1 00 100100 N:1 immr:6 imms:6 Rn:5 Rd:5', operands: [RdSp, Rn, bitmaskImm(false, true)], summary: 'Bit clear with an immediate (assembled as AND with the complement).' }),
  alias({ id: 'TST_imm', mnemonic: 'tst', aliasOf: 'ANDS_imm', encoding: 'sf:1 11 100100 N:1 immr:6 imms:6 Rn:5 11111', operands: [Rn, bitmaskImm()], summary: 'Test bits (immediate): sets flags on Rn AND imm.' }),
  // Bitfield aliases, in the Arm ARM's order of preference.
  alias({ id: 'ASR_imm', mnemonic: 'asr', aliasOf: 'SBFM', encoding: 'sf:1 00 100110 N:1 immr:6 imms:6 Rn:5 Rd:5', operands: [Rd, Rn, shiftRightAmount], finish: setN, summary: 'Arithmetic shift right (immediate).', when: (f) => f.imms === size(f) - 1 }),
  alias({ id: 'SBFIZ', mnemonic: 'sbfiz', aliasOf: 'SBFM', encoding: 'sf:1 00 100110 N:1 immr:6 imms:6 Rn:5 Rd:5', operands: [Rd, Rn, insertLsb, insertWidth], finish: setN, summary: 'Signed bitfield insert in zeros.', when: (f) => f.imms! < f.immr! }),
  alias({ id: 'SBFX', mnemonic: 'sbfx', aliasOf: 'SBFM', encoding: 'sf:1 00 100110 N:1 immr:6 imms:6 Rn:5 Rd:5', operands: [Rd, Rn, extractLsb, extractWidth], finish: setN, summary: 'Signed bitfield extract.', when: (f) => bfxPreferred(f.sf!, 0, f.imms!, f.immr!) }),
  alias({ id: 'SXTB', mnemonic: 'sxtb', aliasOf: 'SBFM', encoding: 'sf:1 00 100110 N:1 000000 000111 Rn:5 Rd:5', operands: [Rd, Wn], finish: setN, summary: 'Sign-extend byte.' }),
  alias({ id: 'SXTH', mnemonic: 'sxth', aliasOf: 'SBFM', encoding: 'sf:1 00 100110 N:1 000000 001111 Rn:5 Rd:5', operands: [Rd, Wn], finish: setN, summary: 'Sign-extend halfword.' }),
  alias({ id: 'SXTW', mnemonic: 'sxtw', aliasOf: 'SBFM', encoding: '1 00 100110 1 000000 011111 Rn:5 Rd:5', operands: [gpr('Rd', 'x'), Wn], finish: setN, summary: 'Sign-extend word.' }),
  alias({ id: 'BFC', mnemonic: 'bfc', aliasOf: 'BFM', encoding: 'sf:1 01 100110 N:1 immr:6 imms:6 11111 Rd:5', operands: [Rd, insertLsb, insertWidth], finish: setN, summary: 'Bitfield clear.', when: (f) => f.imms! < f.immr! }),
  alias({ id: 'BFI', mnemonic: 'bfi', aliasOf: 'BFM', encoding: 'sf:1 01 100110 N:1 immr:6 imms:6 Rn:5 Rd:5', operands: [Rd, Rn, insertLsb, insertWidth], finish: setN, summary: 'Bitfield insert.', when: (f) => f.imms! < f.immr! }),
  alias({ id: 'BFXIL', mnemonic: 'bfxil', aliasOf: 'BFM', encoding: 'sf:1 01 100110 N:1 immr:6 imms:6 Rn:5 Rd:5', operands: [Rd, Rn, extractLsb, extractWidth], finish: setN, summary: 'Bitfield extract and insert at low end.', when: (f) => f.imms! >= f.immr! }),
  alias({ id: 'LSL_imm', mnemonic: 'lsl', aliasOf: 'UBFM', encoding: 'sf:1 10 100110 N:1 immr:6 imms:6 Rn:5 Rd:5', operands: [Rd, Rn, shiftLeftAmount], finish: setN, summary: 'Logical shift left (immediate).', when: (f) => f.imms !== size(f) - 1 && f.imms! + 1 === f.immr }),
  alias({ id: 'LSR_imm', mnemonic: 'lsr', aliasOf: 'UBFM', encoding: 'sf:1 10 100110 N:1 immr:6 imms:6 Rn:5 Rd:5', operands: [Rd, Rn, shiftRightAmount], finish: setN, summary: 'Logical shift right (immediate).', when: (f) => f.imms === size(f) - 1 }),
  alias({ id: 'UBFIZ', mnemonic: 'ubfiz', aliasOf: 'UBFM', encoding: 'sf:1 10 100110 N:1 immr:6 imms:6 Rn:5 Rd:5', operands: [Rd, Rn, insertLsb, insertWidth], finish: setN, summary: 'Unsigned bitfield insert in zeros.', when: (f) => f.imms! < f.immr! }),
  alias({ id: 'UBFX', mnemonic: 'ubfx', aliasOf: 'UBFM', encoding: 'sf:1 10 100110 N:1 immr:6 imms:6 Rn:5 Rd:5', operands: [Rd, Rn, extractLsb, extractWidth], finish: setN, summary: 'Unsigned bitfield extract.', when: (f) => bfxPreferred(f.sf!, 1, f.imms!, f.immr!) }),
  alias({ id: 'UXTB', mnemonic: 'uxtb', aliasOf: 'UBFM', encoding: '0 10 100110 0 000000 000111 Rn:5 Rd:5', operands: [gpr('Rd', 'w'), Wn], finish: setN, summary: 'Zero-extend byte.' }),
  alias({ id: 'UXTH', mnemonic: 'uxth', aliasOf: 'UBFM', encoding: '0 10 100110 0 000000 001111 Rn:5 Rd:5', operands: [gpr('Rd', 'w'), Wn], finish: setN, summary: 'Zero-extend halfword.' }),
  alias({ id: 'UXTB_x', mnemonic: 'uxtb', aliasOf: 'UBFM', asmOnly: true, encoding: '0 10 100110 0 000000 000111 Rn:5 Rd:5', operands: [gpr('Rd', 'x'), Wn], summary: 'Zero-extend byte, written with an X destination (assembled as the W form).' }),
  alias({ id: 'UXTH_x', mnemonic: 'uxth', aliasOf: 'UBFM', asmOnly: true, encoding: '0 10 100110 0 000000 001111 Rn:5 Rd:5', operands: [gpr('Rd', 'x'), Wn], summary: 'Zero-extend halfword, written with an X destination (assembled as the W form).' }),
  alias({ id: 'ROR_imm', mnemonic: 'ror', aliasOf: 'EXTR', encoding: 'sf:1 00 100111 N:1 0 Rm:5 imms:6 Rn:5 Rd:5', operands: [Rd, RnRm, imm('imms', 6, { format: 'dec', syntax: '#<shift>' })], finish: extrFinish(3), summary: 'Rotate right (immediate).', when: (f) => f.Rn === f.Rm }),
];
