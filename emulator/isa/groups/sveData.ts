// SVE (FEAT_SVE) data forms: the element-count group (CNTB/CNTH/CNTW/CNTD, INC/DEC scalar and vector, the
// saturating SQINC/UQINC/SQDEC/UQDEC scalar and vector forms), PTRUE/PTRUES, the WHILELT/WHILELE/WHILELO/WHILELS
// predicate generators, DUP (scalar) and DUP (immediate) with their preferred MOV aliases. The emulator does not
// implement or advertise SVE (ID_AA64PFR0_EL1.SVE = 0, no HWCAP_SVE): these forms exist for the assembler and
// disassembler, and execute as undefined instructions (emulator/machine/exec/sve.ts).

import { gprExpected } from '../operands.js';
import { gprName, parseGpr } from '../text.js';
import { builders, type Fields, type Operand, type ParseContext } from '../table.js';
import { choice, fixedChoice } from './simdOperands.js';
import {
  countPattern, dupImm, dupImmFinish, dupmFinish, dupmImm, dupmSize, dupmValue, dupShift, mulOperand, pReg, ptruePattern, sveMoveMaskPreferred, zReg,
} from './sveOperands.js';

const { form, alias } = builders('simdFp');

const sizeChoice = choice([['size', 2]], ['b', 'h', 's', 'd']);

/** A general register named by a fixed width, 31 = XZR/WZR. */
function xw(field: string, is64: boolean): Operand {
  return {
    syntax: is64 ? `<X${field.replace(/^R/, '').toLowerCase()}>` : `<W${field.replace(/^R/, '').toLowerCase()}>`,
    format: (f) => gprName(f[field]!, is64, false),
    parse(text, f, ctx) {
      const r = parseGpr(text);
      if (!r || r.isSp) return gprExpected(ctx.operandNumber, false);
      // GNU as checks register widths and ties only once every operand parsed (registerChecks below): an operand
      // that fails to parse later, or another form, has the message otherwise (`uqinch x0, w0` is about operand 1
      // of the vector form).
      if (r.is64 !== is64) f['_widthMismatch'] = 1;
      if (f[field] !== undefined && f[field] !== r.num) f['_notTied'] = ctx.operandNumber;
      f[field] = r.num;
      return undefined;
    },
  };
}

/** The `finish` of forms with xw operands: GNU's messages for a register not tied to operand 1, then for a width. */
function registerChecks(f: Fields): string | undefined {
  if (f['_notTied'] !== undefined) return `operand ${f['_notTied']} must be the same register as operand 1`;
  if (f['_widthMismatch']) return 'operand mismatch';
  return undefined;
}

/** W or X by field `sf` (WHILE*), 31 = ZR. */
function wxBySf(field: string): Operand {
  return {
    syntax: `<R${field.replace(/^R/, '').toLowerCase()}>`,
    format: (f) => gprName(f[field]!, f['sf'] === 1, false),
    parse(text, f, ctx) {
      const r = parseGpr(text);
      if (!r || r.isSp) return gprExpected(ctx.operandNumber, false);
      const sf = r.is64 ? 1 : 0;
      if (f['sf'] !== undefined && f['sf'] !== sf) return 'operand mismatch';
      f['sf'] = sf;
      f[field] = r.num;
      return undefined;
    },
  };
}

/** DUP (scalar)'s source: W (or WSP) for b/h/s elements, X (or SP) for d. */
function dupSource(mov: boolean): Operand {
  return {
    syntax: '<R|SP>',
    format: (f) => gprName(f['Rn']!, f['size'] === 3, true),
    parse(text, f: Fields, ctx: ParseContext) {
      const r = parseGpr(text);
      // GNU's last candidate for `mov z0.b, wzr` is MOV (vector): it names that form's operand class.
      if (r?.isZr) return mov ? `operand 2 must be an SVE vector register` : gprExpected(ctx.operandNumber, true);
      if (!r) return gprExpected(ctx.operandNumber, true);
      if (r.is64 !== (f['size'] === 3)) return 'operand mismatch';
      f['Rn'] = r.num;
      return undefined;
    },
  };
}

const letterOf = ['B', 'H', 'W', 'D'] as const;
type Letter = (typeof letterOf)[number];
const countSummary = (l: Letter): string => `number of ${{ B: 'bytes', H: 'halfwords', W: 'words', D: 'doublewords' }[l]} in a vector`;

function cnt<const L extends Letter>(l: L, size: number) {
  return form({
    id: `SVE_CNT${l}` as `SVE_CNT${L}`, mnemonic: `cnt${l.toLowerCase()}`, feature: 'sve',
    encoding: `00000100 ${size.toString(2).padStart(2, '0')} 10 imm4:4 111000 pattern:5 Rd:5`,
    operands: [xw('Rd', true), countPattern(), mulOperand()], finish: registerChecks,
    summary: `Set Xd to the ${countSummary(l)} that the pattern selects, times the multiplier (SVE).`,
  });
}

function incDecScalar<const M extends 'INC' | 'DEC', const L extends Letter>(m: M, l: L, size: number) {
  return form({
    id: `SVE_${m}${l}_x` as `SVE_${M}${L}_x`, mnemonic: `${m}${l}`.toLowerCase(), feature: 'sve',
    encoding: `00000100 ${size.toString(2).padStart(2, '0')} 11 imm4:4 11100 ${m === 'INC' ? 0 : 1} pattern:5 Rdn:5`,
    operands: [xw('Rdn', true), countPattern(), mulOperand()], finish: registerChecks,
    summary: `${m === 'INC' ? 'Increment' : 'Decrement'} Xdn by the ${countSummary(l)} that the pattern selects, times the multiplier (SVE).`,
  });
}

function incDecVector<const M extends 'INC' | 'DEC', const L extends Exclude<Letter, 'B'>>(m: M, l: L, size: number) {
  return form({
    id: `SVE_${m}${l}_z` as `SVE_${M}${L}_z`, mnemonic: `${m}${l}`.toLowerCase(), feature: 'sve',
    encoding: `00000100 ${size.toString(2).padStart(2, '0')} 11 imm4:4 11000 ${m === 'INC' ? 0 : 1} pattern:5 Zdn:5`,
    operands: [zReg('Zdn', fixedChoice(l === 'W' ? 's' : l.toLowerCase()), true), countPattern(), mulOperand()],
    summary: `${m === 'INC' ? 'Increment' : 'Decrement'} each element of Zdn by the ${countSummary(l)} that the pattern selects, times the multiplier (SVE).`,
  });
}

type SatOp = 'SQINC' | 'UQINC' | 'SQDEC' | 'UQDEC';
const satBits: Record<SatOp, string> = { SQINC: '0 0', UQINC: '0 1', SQDEC: '1 0', UQDEC: '1 1' };

/** Saturating scalar forms: 64-bit (sf = 1) `sqincb x0`, 32-bit `sqincb x0, w0` (signed) or `uqincb w0`. */
function satScalar<const M extends SatOp, const L extends Letter, const W extends 'x' | 'w'>(m: M, l: L, size: number, width: W) {
  const signed = m.startsWith('S');
  const operands = width === 'x' ? [xw('Rdn', true)] : signed ? [xw('Rdn', true), xw('Rdn', false)] : [xw('Rdn', false)];
  return form({
    id: `SVE_${m}${l}_${width}` as `SVE_${M}${L}_${W}`, mnemonic: `${m}${l}`.toLowerCase(), feature: 'sve',
    encoding: `00000100 ${size.toString(2).padStart(2, '0')} 1 ${width === 'x' ? 1 : 0} imm4:4 1111 ${satBits[m]} pattern:5 Rdn:5`,
    operands: [...operands, countPattern(), mulOperand()], finish: registerChecks,
    summary: `${m.endsWith('INC') ? 'Increment' : 'Decrement'} ${width === 'x' ? 'Xdn' : 'Wdn'} by the ${countSummary(l)} that the pattern selects, times the multiplier, ${signed ? 'signed' : 'unsigned'} saturating (SVE).`,
  });
}

function satVector<const M extends SatOp, const L extends Exclude<Letter, 'B'>>(m: M, l: L, size: number) {
  return form({
    id: `SVE_${m}${l}_z` as `SVE_${M}${L}_z`, mnemonic: `${m}${l}`.toLowerCase(), feature: 'sve',
    encoding: `00000100 ${size.toString(2).padStart(2, '0')} 1 0 imm4:4 1100 ${satBits[m]} pattern:5 Zdn:5`,
    operands: [zReg('Zdn', fixedChoice(l === 'W' ? 's' : l.toLowerCase()), true), countPattern(), mulOperand()],
    summary: `${m.endsWith('INC') ? 'Increment' : 'Decrement'} each element of Zdn by the ${countSummary(l)} that the pattern selects, times the multiplier, saturating (SVE).`,
  });
}

function satScalarAll<const M extends SatOp>(m: M) {
  return [
    satScalar(m, 'B', 0, 'x'), satScalar(m, 'B', 0, 'w'), satScalar(m, 'H', 1, 'x'), satScalar(m, 'H', 1, 'w'),
    satScalar(m, 'W', 2, 'x'), satScalar(m, 'W', 2, 'w'), satScalar(m, 'D', 3, 'x'), satScalar(m, 'D', 3, 'w'),
  ];
}

function satVectorAll<const M extends SatOp>(m: M) {
  return [satVector(m, 'H', 1), satVector(m, 'W', 2), satVector(m, 'D', 3)];
}

function ptrue<const S extends 0 | 1>(s: S) {
  return form({
    id: (s ? 'SVE_PTRUES' : 'SVE_PTRUE') as S extends 1 ? 'SVE_PTRUES' : 'SVE_PTRUE', mnemonic: s ? 'ptrues' : 'ptrue', feature: 'sve',
    encoding: `00100101 size:2 011 00 ${s} 111000 pattern:5 0 Pd:4`,
    operands: [pReg('Pd', sizeChoice), ptruePattern()],
    summary: `Set the elements of Pd that the pattern selects to true, the others to false${s ? ', and set NZCV' : ''} (SVE).`,
  });
}

type WhileOp = 'WHILELT' | 'WHILELE' | 'WHILELO' | 'WHILELS';
const whileBits: Record<WhileOp, [number, number]> = { WHILELT: [0, 0], WHILELE: [0, 1], WHILELO: [1, 0], WHILELS: [1, 1] };
const whileCompare: Record<WhileOp, string> = {
  WHILELT: 'signed less than', WHILELE: 'signed less than or equal to', WHILELO: 'unsigned lower than', WHILELS: 'unsigned lower than or same as',
};

function whileForm<const M extends WhileOp>(m: M) {
  const [u, eq] = whileBits[m];
  return form({
    id: `SVE_${m}` as `SVE_${M}`, mnemonic: m.toLowerCase(), feature: 'sve',
    encoding: `00100101 size:2 1 Rm:5 000 sf:1 ${u} 1 Rn:5 ${eq} Pd:4`,
    operands: [pReg('Pd', sizeChoice), wxBySf('Rn'), wxBySf('Rm')],
    summary: `Set element i of Pd while Rn + i is ${whileCompare[m]} Rm, and set NZCV (SVE).`,
  });
}

const dupScalarSpec = (mov: boolean) => ({
  encoding: '00000101 size:2 100000 001110 Rn:5 Zd:5',
  operands: [zReg('Zd', sizeChoice), dupSource(mov)],
  summary: 'Broadcast a general register (W for b/h/s, X for d; SP allowed) to every element of Zd (SVE).',
});

/** DUP (immediate) with sh = 1 is unallocated for byte elements; GNU objdump still prints imm8 = 0xff (#-256). */
const dupImmValid = (f: Readonly<Fields>): boolean => f['size'] !== 0 || f['sh'] === 0 || f['imm8'] === 0xff;
const dupImmSpec = {
  encoding: '00100101 size:2 111 00 0 11 sh:1 imm8:8 Zd:5',
  operands: [zReg('Zd', sizeChoice), dupImm(), dupShift()],
  summary: 'Broadcast a signed 8-bit immediate, optionally shifted left by 8, to every element of Zd (SVE).',
  valid: dupImmValid,
  finish: dupImmFinish,
} as const;

const dupmSpec = (mov: boolean) => ({
  encoding: '00000101 11 0000 N:1 immr:6 imms:6 Zd:5',
  operands: [zReg('Zd', dupmSize), dupmImm()],
  summary: 'Broadcast a bitmask immediate (a rotated run of ones replicated in 2- to 64-bit elements) to every element of Zd (SVE).',
  valid: (f: Readonly<Fields>) => dupmValue(f) !== undefined,
  finish: dupmFinish(mov),
});

export const sveDataForms = [
  cnt('B', 0), cnt('H', 1), cnt('W', 2), cnt('D', 3),
  incDecScalar('INC', 'B', 0), incDecScalar('DEC', 'B', 0), incDecScalar('INC', 'H', 1), incDecScalar('DEC', 'H', 1),
  incDecScalar('INC', 'W', 2), incDecScalar('DEC', 'W', 2), incDecScalar('INC', 'D', 3), incDecScalar('DEC', 'D', 3),
  incDecVector('INC', 'H', 1), incDecVector('DEC', 'H', 1), incDecVector('INC', 'W', 2), incDecVector('DEC', 'W', 2),
  incDecVector('INC', 'D', 3), incDecVector('DEC', 'D', 3),
  ...satScalarAll('SQINC'), ...satScalarAll('UQINC'), ...satScalarAll('SQDEC'), ...satScalarAll('UQDEC'),
  ...satVectorAll('SQINC'), ...satVectorAll('UQINC'), ...satVectorAll('SQDEC'), ...satVectorAll('UQDEC'),
  ptrue(0), ptrue(1),
  whileForm('WHILELT'), whileForm('WHILELE'), whileForm('WHILELO'), whileForm('WHILELS'),
  form({ id: 'SVE_DUP_r', mnemonic: 'dup', feature: 'sve', ...dupScalarSpec(false) }),
  form({ id: 'SVE_DUP_i', mnemonic: 'dup', feature: 'sve', ...dupImmSpec }),
  form({ id: 'SVE_DUPM', mnemonic: 'dupm', feature: 'sve', ...dupmSpec(false) }),
];

export const sveDataAliases = [
  alias({ id: 'SVE_MOV_DUP_r', mnemonic: 'mov', feature: 'sve', aliasOf: 'SVE_DUP_r', ...dupScalarSpec(true) }),
  // GNU as tries MOV (bitmask) before MOV (DUP immediate) and reports its messages when both fail.
  alias({
    id: 'SVE_MOV_DUPM', mnemonic: 'mov', feature: 'sve', aliasOf: 'SVE_DUPM', ...dupmSpec(true),
    when: (f) => sveMoveMaskPreferred(dupmValue(f) ?? 0n),
  }),
  alias({ id: 'SVE_MOV_DUP_i', mnemonic: 'mov', feature: 'sve', aliasOf: 'SVE_DUP_i', ...dupImmSpec }),
];

export type SveDataFormId = (typeof sveDataForms)[number]['id'];

