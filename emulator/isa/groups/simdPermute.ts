// Advanced SIMD copy, permute, table lookup and modified-immediate forms: DUP (element, general, scalar), INS
// (element, general), UMOV, SMOV, EXT, ZIP1/ZIP2, UZP1/UZP2, TRN1/TRN2, TBL/TBX with 1-4 table registers, and
// MOVI/MVNI/ORR/BIC (vector, immediate)/FMOV (vector, immediate). objdump's preferred aliases: MOV for INS, DUP
// (scalar) and UMOV of S/D elements. ORR/AND/EOR (vector, register) and their MOV alias live with the integer
// three-same group.
//
// Field conventions for the executor (emulator/machine/exec/simdPermute.ts): imm5 (element size = lowest set bit,
// index above it), imm4 (INS element source index, EXT byte position), Q, size, Rd, Rn, Rm; the modified-immediate
// forms keep op/cmode/o2 as fixed bits except the shift bits `sh`, with the immediate split into abc:defgh.

import { gpr } from '../operands.js';
import { builders, type Fields, type Operand } from '../table.js';
import { hex, normaliseCase, parseImmediate } from '../text.js';
import {
  arrangementSizeQ, choice, fixedChoice, fpReg, imm5Element, vecElement, vecList, vecReg,
  type ElementSpec, type FieldChoice,
} from './simdOperands.js';

const { form, alias } = builders('simdFp');

const letters = ['b', 'h', 's', 'd'] as const;

/** Element size (0-3) of an imm5 field: its lowest set bit, or -1 when imm5<3:0> is zero. */
export function imm5Size(imm5: number): number {
  return imm5 & 1 ? 0 : imm5 & 2 ? 1 : imm5 & 4 ? 2 : imm5 & 8 ? 3 : -1;
}

/** The arrangement of DUP (element/general) from imm5 and Q; parsing records the size in `_esize`. */
const dupArrangement: FieldChoice = {
  tokens: ['8b', '16b', '4h', '8h', '2s', '4s', '2d'],
  format(f) {
    const size = imm5Size(f.imm5!);
    if (size < 0 || (size === 3 && !f.Q)) return undefined;
    return ['8b', '16b', '4h', '8h', '2s', '4s', '1d', '2d'][size * 2 + f.Q!];
  },
  parse(token, f) {
    const i = ['8b', '16b', '4h', '8h', '2s', '4s', '', '2d'].indexOf(token.toLowerCase());
    if (i < 0) return 'operand mismatch';
    f.Q = i & 1;
    f._esize = i >> 1;
    return undefined;
  },
};

/** The scalar register of DUP (scalar) by imm5's element size. */
const dupScalarWidth: FieldChoice = {
  tokens: ['b', 'h', 's', 'd'],
  format(f) {
    const size = imm5Size(f.imm5!);
    return size < 0 ? undefined : letters[size];
  },
  parse(token, f) {
    const i = letters.indexOf(token.toLowerCase() as (typeof letters)[number]);
    if (i < 0) return 'operand mismatch';
    f._esize = i;
    return undefined;
  },
};

/** After parsing: the element operand's size must equal the one the arrangement or scalar register named. */
const sameSize = (f: Fields): string | undefined => (imm5Size(f.imm5!) === f._esize ? undefined : 'operand mismatch');

/** The source element of INS (element): index in imm4 above the size bits given by imm5. */
const insSourceElement: ElementSpec = {
  letters: ['b', 'h', 's', 'd'],
  format(f) {
    const size = imm5Size(f.imm5!);
    return size < 0 ? undefined : { letter: letters[size]!, index: f.imm4! >> size };
  },
  parse(letter, index, f, ctx) {
    const size = letters.indexOf(letter as (typeof letters)[number]);
    if (size < 0 || f.imm5 === undefined || imm5Size(f.imm5) !== size) return 'operand mismatch';
    if (index > 15 >> size) return `register element index out of range 0 to ${15 >> size} at operand ${ctx.operandNumber}`;
    f.imm4 = index << size;
    return undefined;
  },
};

/** A general register that is X exactly when the imm5 element size is 64 bits (checked in `finish`). */
const gprByImm5 = (field: string): Operand => gpr(field, (f) => (imm5Size(f.imm5 ?? 0) === 3 ? 'x' : 'w'));
const gprWidthFinish = (field: string) => (f: Fields): string | undefined => {
  const want = imm5Size(f.imm5!) === 3 ? 1 : 0;
  return f[`_${field}_is64`] === want ? undefined : 'operand mismatch';
};

const elementAny = imm5Element('imm5');
const Vd = (a: FieldChoice): Operand => vecReg('Rd', a);
const Vn = (a: FieldChoice): Operand => vecReg('Rn', a);
const Vm = (a: FieldChoice): Operand => vecReg('Rm', a);
const arrangementQ8 = choice([['Q', 1]], ['8b', '16b']);

// ---- Copy -------------------------------------------------------------------------------------------------

const copyForms = [
  form({ id: 'DUP_elem', mnemonic: 'dup', feature: 'simd', encoding: '0 Q:1 0 01110000 imm5:5 0 0000 1 Rn:5 Rd:5',
    operands: [Vd(dupArrangement), vecElement('Rn', elementAny)], valid: (f) => dupArrangement.format(f) !== undefined, finish: sameSize,
    summary: 'Duplicate one vector element into every element of the destination vector.' }),
  form({ id: 'DUP_elem_scalar', mnemonic: 'dup', feature: 'simd', encoding: '01 0 11110000 imm5:5 0 0000 1 Rn:5 Rd:5',
    operands: [fpReg('Rd', dupScalarWidth), vecElement('Rn', elementAny)], valid: (f) => imm5Size(f.imm5!) >= 0, finish: sameSize,
    summary: 'Copy one vector element to a scalar SIMD&FP register (preferred disassembly MOV).' }),
  form({ id: 'DUP_gen', mnemonic: 'dup', feature: 'simd', encoding: '0 Q:1 0 01110000 imm5:5 0 0001 1 Rn:5 Rd:5',
    operands: [Vd(dupArrangement), gprByImm5('Rn')], valid: (f) => dupArrangement.format(f) !== undefined,
    finish: (f) => { f.imm5 = 1 << f._esize!; return gprWidthFinish('Rn')(f); },
    summary: 'Duplicate a general register into every element of a vector.' }),
  form({ id: 'INS_gen', mnemonic: 'ins', feature: 'simd', encoding: '0 1 0 01110000 imm5:5 0 0011 1 Rn:5 Rd:5',
    operands: [vecElement('Rd', elementAny), gprByImm5('Rn')], valid: (f) => imm5Size(f.imm5!) >= 0, finish: gprWidthFinish('Rn'),
    summary: 'Insert a general register into one vector element (preferred disassembly MOV).' }),
  form({ id: 'SMOV', mnemonic: 'smov', feature: 'simd', encoding: '0 Q:1 0 01110000 imm5:5 0 0101 1 Rn:5 Rd:5',
    operands: [gpr('Rd', { field: 'Q' }), vecElement('Rn', elementAny)],
    valid: (f) => { const s = imm5Size(f.imm5!); return s >= 0 && s < 2 + f.Q! && s !== 3; },
    finish: (f) => { const s = imm5Size(f.imm5!); return s < 2 + f.Q! ? undefined : 'operand mismatch'; },
    summary: 'Move a vector element to a general register, sign-extended.' }),
  form({ id: 'UMOV', mnemonic: 'umov', feature: 'simd', encoding: '0 Q:1 0 01110000 imm5:5 0 0111 1 Rn:5 Rd:5',
    operands: [gpr('Rd', { field: 'Q' }), vecElement('Rn', elementAny)],
    valid: (f) => { const s = imm5Size(f.imm5!); return f.Q ? s === 3 : s >= 0 && s <= 2; },
    finish: (f) => { const s = imm5Size(f.imm5!); return (f.Q ? s === 3 : s <= 2) ? undefined : 'operand mismatch'; },
    summary: 'Move a vector element to a general register, zero-extended (MOV for S and D elements).' }),
  form({ id: 'INS_elem', mnemonic: 'ins', feature: 'simd', encoding: '0 1 1 01110000 imm5:5 0 imm4:4 1 Rn:5 Rd:5',
    operands: [vecElement('Rd', elementAny), definiteMismatch(vecElement('Rn', insSourceElement))], valid: (f) => imm5Size(f.imm5!) >= 0,
    summary: 'Insert one vector element into another vector element (preferred disassembly MOV).' }),
];

const copyAliases = [
  alias({ id: 'MOV_DUP_elem_scalar', mnemonic: 'mov', aliasOf: 'DUP_elem_scalar', feature: 'simd', encoding: '01 0 11110000 imm5:5 0 0000 1 Rn:5 Rd:5',
    operands: [fpReg('Rd', dupScalarWidth), vecElement('Rn', elementAny)], valid: (f) => imm5Size(f.imm5!) >= 0, finish: sameSize,
    summary: 'Copy one vector element to a scalar SIMD&FP register (alias of DUP).' }),
  alias({ id: 'MOV_INS_gen', mnemonic: 'mov', aliasOf: 'INS_gen', feature: 'simd', encoding: '0 1 0 01110000 imm5:5 0 0011 1 Rn:5 Rd:5',
    operands: [vecElement('Rd', elementAny), gprByImm5('Rn')], valid: (f) => imm5Size(f.imm5!) >= 0, finish: gprWidthFinish('Rn'),
    summary: 'Insert a general register into one vector element (alias of INS).' }),
  alias({ id: 'MOV_INS_elem', mnemonic: 'mov', aliasOf: 'INS_elem', feature: 'simd', encoding: '0 1 1 01110000 imm5:5 0 imm4:4 1 Rn:5 Rd:5',
    operands: [vecElement('Rd', elementAny), definiteMismatch(vecElement('Rn', insSourceElement))], valid: (f) => imm5Size(f.imm5!) >= 0,
    summary: 'Copy one vector element into another vector element (alias of INS).' }),
  alias({ id: 'MOV_UMOV_32', mnemonic: 'mov', aliasOf: 'UMOV', feature: 'simd', encoding: '0 0 0 01110000 imm5:5 0 0111 1 Rn:5 Rd:5',
    operands: [gpr('Rd', 'w'), definiteMismatch(vecElement('Rn', imm5Element('imm5', ['s'])))], when: (f) => imm5Size(f.imm5!) === 2,
    summary: 'Move a 32-bit vector element to a W register (alias of UMOV).' }),
  alias({ id: 'MOV_UMOV_64', mnemonic: 'mov', aliasOf: 'UMOV', feature: 'simd', encoding: '0 1 0 01110000 imm5:5 0 0111 1 Rn:5 Rd:5',
    operands: [gpr('Rd', 'x'), definiteMismatch(vecElement('Rn', imm5Element('imm5', ['d'])))], when: (f) => imm5Size(f.imm5!) === 3,
    summary: 'Move a 64-bit vector element to an X register (alias of UMOV).' }),
];

// ---- Permute, extract, table lookup ----------------------------------------------------------------------

const permuteNames = [['UZP1', 1], ['TRN1', 2], ['ZIP1', 3], ['UZP2', 5], ['TRN2', 6], ['ZIP2', 7]] as const;
const permuteText: Record<string, string> = {
  UZP1: 'Unzip: the even-numbered elements of the concatenated sources',
  UZP2: 'Unzip: the odd-numbered elements of the concatenated sources',
  TRN1: 'Transpose: even elements of the first source interleaved with even elements of the second',
  TRN2: 'Transpose: odd elements of the first source interleaved with odd elements of the second',
  ZIP1: 'Zip: interleave the elements of the lower halves of the sources',
  ZIP2: 'Zip: interleave the elements of the upper halves of the sources',
};

function permuteForm<Id extends 'UZP1' | 'TRN1' | 'ZIP1' | 'UZP2' | 'TRN2' | 'ZIP2'>(id: Id, opcode: number) {
  return form({ id, mnemonic: id.toLowerCase(), feature: 'simd',
    encoding: `0 Q:1 001110 size:2 0 Rm:5 0 ${opcode.toString(2).padStart(3, '0')} 10 Rn:5 Rd:5`,
    operands: [Vd(arrangementSizeQ), Vn(arrangementSizeQ), Vm(arrangementSizeQ)], valid: (f) => arrangementSizeQ.format(f) !== undefined,
    summary: `${permuteText[id]}.` });
}

function tableForm<Id extends string>(id: Id, extension: boolean, regs: number) {
  return form({ id, mnemonic: extension ? 'tbx' : 'tbl', feature: 'simd',
    encoding: `0 Q:1 001110 000 Rm:5 0 ${(regs - 1).toString(2).padStart(2, '0')} ${extension ? 1 : 0} 00 Rn:5 Rd:5`,
    operands: [Vd(arrangementQ8), vecList('Rn', regs, fixedChoice('16b')), Vm(arrangementQ8)],
    summary: `Table lookup in ${regs} register${regs > 1 ? 's' : ''}: each index byte of Vm selects a table byte; out-of-range indexes give ${extension ? 'the destination byte unchanged' : 'zero'}.` });
}

const extIndex: Operand = {
  syntax: '#<index>',
  format(f) {
    return `#${f.imm4}`;
  },
  parse(text, f, ctx) {
    const v = parseImmediate(text, ctx);
    if (v.kind === 'error') return v.message;
    if (v.kind !== 'constant' || v.modifier !== undefined) return `constant expression required at operand ${ctx.operandNumber}`;
    const max = f.Q ? 15 : 7;
    if (v.value < 0n || v.value > BigInt(max)) return `immediate value out of range 0 to ${max} at operand ${ctx.operandNumber}`;
    f.imm4 = Number(v.value);
    return undefined;
  },
};

const permuteForms = [
  form({ id: 'EXT', mnemonic: 'ext', feature: 'simd', encoding: '0 Q:1 101110 00 0 Rm:5 0 imm4:4 0 Rn:5 Rd:5',
    operands: [Vd(arrangementQ8), Vn(arrangementQ8), Vm(arrangementQ8), extIndex], valid: (f) => f.Q === 1 || f.imm4! < 8,
    summary: 'Extract a vector from the concatenation Vm:Vn, starting at byte <index> of Vn.' }),
  ...permuteNames.map(([id, opcode]) => permuteForm(id, opcode)),
  tableForm('TBL_1', false, 1), tableForm('TBL_2', false, 2), tableForm('TBL_3', false, 3), tableForm('TBL_4', false, 4),
  tableForm('TBX_1', true, 1), tableForm('TBX_2', true, 2), tableForm('TBX_3', true, 3), tableForm('TBX_4', true, 4),
];

// ---- Modified immediate ----------------------------------------------------------------------------------

/** imm8 = abc:defgh. */
const imm8Of = (f: Readonly<Fields>): number => (f.abc! << 5) | f.defgh!;
function setImm8(f: Fields, v: number): void {
  f.abc = v >> 5;
  f.defgh = v & 31;
}

/**
 * '#<imm8>' printed in hex; GNU accepts -128..255 (negative values keep their low 8 bits; a 64-bit value is read
 * as signed). Out of range, the
 * MOVI/MVNI 32-bit forms (which also take MSL) report GNU's 'invalid shift operator'; the others the range.
 */
function imm8Operand(rangeMessage: 'shift' | 'range'): Operand {
  return {
    syntax: '#<imm8>',
    format(f) {
      return `#${hex(imm8Of(f))}`;
    },
    parse(text, f, ctx) {
      const v = parseImmediate(text, ctx);
      if (v.kind === 'error') return v.message;
      if (v.kind !== 'constant' || v.modifier !== undefined) return `constant expression required at operand ${ctx.operandNumber}`;
      // GNU reads a 64-bit value as signed: 0xffffffffffffffee (gcc's spelling of -18) is in range.
      const value = v.value >= 1n << 63n && v.value < 1n << 64n ? v.value - (1n << 64n) : v.value;
      if (value < -128n || value > 255n) {
        ctx.definite = true;
        return rangeMessage === 'shift' ? `invalid shift operator at operand ${ctx.operandNumber}` : `immediate value out of range -128 to 255 at operand ${ctx.operandNumber}`;
      }
      setImm8(f, Number(value) & 0xff);
      return undefined;
    },
  };
}

/**
 * Optional ', lsl #<amount>' (amount = 8 * sh, or only #0 for the 8-bit form) or mandatory ', msl #<amount>'
 * (amount = 8 * (sh + 1)), with GNU's messages: the MOVI/MVNI 32-bit forms call any other shift an 'invalid shift
 * operator' (their MSL sibling reports MSL amounts); the others name the range or the multiple of 8.
 */
function immShift(kind: 'lsl' | 'msl', amounts: readonly number[], style: 'movi32' | 'other' = 'other'): Operand {
  return {
    syntax: `${kind} #<amount>`,
    ...(kind === 'lsl' ? { optional: true } : {}),
    modifiesPrevious: true,
    format(f) {
      const amount = amounts[f.sh ?? 0]!;
      return kind === 'lsl' && amount === 0 ? undefined : `${kind} #${amount}`;
    },
    parse(text, f, ctx) {
      const m = /^([A-Za-z]+)\s*(.*)$/.exec(text);
      const name = m ? normaliseCase(m[1]!) : undefined;
      if (!m || name !== kind) {
        // The MOVI/MVNI 32-bit LSL form leaves MSL text to its MSL sibling's message.
        if (!(style === 'movi32' && name === 'msl')) ctx.definite = true;
        return `invalid shift operator at operand ${ctx.operandNumber}`;
      }
      const v = parseImmediate(m[2]!, ctx);
      if (v.kind !== 'constant' || v.modifier !== undefined) return `constant expression required at operand ${ctx.operandNumber}`;
      const amount = Number(v.value);
      const i = amounts.indexOf(amount);
      if (i >= 0) {
        if (amounts.length > 1) f.sh = i;
        return undefined;
      }
      ctx.definite = true;
      if (kind === 'msl') return `shift amount must be 0 or 16 at operand ${ctx.operandNumber}`;
      if (style === 'movi32') return `invalid shift operator at operand ${ctx.operandNumber}`;
      if (amounts.length === 1) return `shift amount must be 0 at operand ${ctx.operandNumber}`;
      if (amount % 8 !== 0) return `immediate value must be a multiple of 8 at operand ${ctx.operandNumber}`;
      return `shift amount out of range 0 to ${amounts[amounts.length - 1]} at operand ${ctx.operandNumber}`;
    },
    absent(f) {
      if (amounts.length > 1) f.sh = 0;
    },
  };
}

/** A vector operand whose arrangement mismatch is GNU's final word ('operand mismatch' outranks other candidates). */
function definiteMismatch(op: Operand): Operand {
  return {
    ...op,
    parse(text, f, ctx) {
      const err = op.parse(text, f, ctx);
      if (err === 'operand mismatch') ctx.definite = true;
      return err;
    },
  };
}

/** The 64-bit immediate of MOVI (each bit of imm8 expanded to a byte), parsed from a value of 00/ff bytes. */
const imm64Operand: Operand = {
  syntax: '#<imm>',
  format(f) {
    const imm8 = imm8Of(f);
    let v = 0n;
    for (let i = 7; i >= 0; i--) v = (v << 8n) | ((imm8 >> i) & 1 ? 0xffn : 0n);
    return `#0x${v.toString(16)}`;
  },
  parse(text, f, ctx) {
    const v = parseImmediate(text, ctx);
    if (v.kind === 'error') return v.message;
    if (v.kind !== 'constant' || v.modifier !== undefined) return `constant expression required at operand ${ctx.operandNumber}`;
    const u = BigInt.asUintN(64, v.value);
    let imm8 = 0;
    for (let i = 7; i >= 0; i--) {
      const byte = Number((u >> BigInt(8 * i)) & 0xffn);
      if (byte !== 0 && byte !== 0xff) { ctx.definite = true; return `invalid value for immediate at operand ${ctx.operandNumber}`; }
      imm8 = (imm8 << 1) | (byte ? 1 : 0);
    }
    setImm8(f, imm8);
    return undefined;
  },
};

/** The value of an 8-bit floating-point immediate (sign, 3-bit exponent, 4-bit fraction). */
export function fp8Value(imm8: number): number {
  const sign = imm8 & 0x80 ? -1 : 1;
  const b = (imm8 >> 6) & 1;
  const cd = (imm8 >> 4) & 3;
  const exponent = b ? cd - 3 : cd + 1;
  return sign * (16 + (imm8 & 15)) / 16 * 2 ** exponent;
}

/** objdump's '%.18e' text of a floating-point immediate. */
function formatFloat(v: number): string {
  const t = v.toExponential(18);
  return t.replace(/e([+-])(\d)$/, 'e$10$2');
}

/** FMOV's floating-point immediate: a decimal or hex-float value exactly representable in 8 bits. */
const fp8Operand: Operand = {
  syntax: '#<imm>',
  format(f) {
    return `#${formatFloat(fp8Value(imm8Of(f)))}`;
  },
  parse(text, f, ctx) {
    const t = text.trim().replace(/^#/, '').trim();
    const n = Number(t);
    ctx.definite = true;
    if (t === '' || !Number.isFinite(n)) return `invalid floating-point constant at operand ${ctx.operandNumber}`;
    for (let i = 0; i < 256; i++) {
      if (fp8Value(i) === n) { setImm8(f, i); ctx.definite = false; return undefined; }
    }
    return `invalid floating-point constant at operand ${ctx.operandNumber}`;
  },
};

const arr32 = choice([['Q', 1]], ['2s', '4s']);
const arr16 = choice([['Q', 1]], ['4h', '8h']);
/** The destination of a modified-immediate form: an arrangement of another form is GNU's 'operand mismatch'. */
const VdImm = (a: FieldChoice): Operand => definiteMismatch(Vd(a));
const MI = (op: number, cmode: string, o2 = '0') => `0 Q:1 ${op} 0111100000 abc:3 ${cmode} ${o2} 1 defgh:5 Rd:5`;

const immediateForms = [
  form({ id: 'MOVI_32', mnemonic: 'movi', feature: 'simd', encoding: MI(0, '0 sh:2 0'), operands: [VdImm(arr32), imm8Operand('shift'), immShift('lsl', [0, 8, 16, 24], 'movi32')],
    summary: 'Move an 8-bit immediate, shifted left by 0, 8, 16 or 24, into every 32-bit element.' }),
  form({ id: 'ORR_vimm_32', mnemonic: 'orr', feature: 'simd', encoding: MI(0, '0 sh:2 1'), operands: [VdImm(arr32), imm8Operand('range'), immShift('lsl', [0, 8, 16, 24])],
    summary: 'Bitwise OR every 32-bit element with a shifted 8-bit immediate.' }),
  form({ id: 'MOVI_16', mnemonic: 'movi', feature: 'simd', encoding: MI(0, '10 sh:1 0'), operands: [VdImm(arr16), imm8Operand('range'), immShift('lsl', [0, 8])],
    summary: 'Move an 8-bit immediate, shifted left by 0 or 8, into every 16-bit element.' }),
  form({ id: 'ORR_vimm_16', mnemonic: 'orr', feature: 'simd', encoding: MI(0, '10 sh:1 1'), operands: [VdImm(arr16), imm8Operand('range'), immShift('lsl', [0, 8])],
    summary: 'Bitwise OR every 16-bit element with a shifted 8-bit immediate.' }),
  form({ id: 'MOVI_msl', mnemonic: 'movi', feature: 'simd', encoding: MI(0, '110 sh:1'), operands: [VdImm(arr32), imm8Operand('shift'), immShift('msl', [8, 16])],
    summary: 'Move an 8-bit immediate shifted left by 8 or 16, filling with ones, into every 32-bit element.' }),
  form({ id: 'MOVI_8', mnemonic: 'movi', feature: 'simd', encoding: MI(0, '1110'), operands: [VdImm(arrangementQ8), imm8Operand('range'), immShift('lsl', [0])],
    summary: 'Move an 8-bit immediate into every byte.' }),
  form({ id: 'FMOV_vimm_s', mnemonic: 'fmov', feature: 'simd', encoding: MI(0, '1111'), operands: [VdImm(arr32), fp8Operand],
    summary: 'Move a floating-point immediate into every single-precision element.' }),
  form({ id: 'FMOV_vimm_h', mnemonic: 'fmov', feature: 'fp16', encoding: MI(0, '1111', '1'), operands: [VdImm(arr16), fp8Operand],
    summary: 'Move a floating-point immediate into every half-precision element.' }),
  form({ id: 'MVNI_32', mnemonic: 'mvni', feature: 'simd', encoding: MI(1, '0 sh:2 0'), operands: [VdImm(arr32), imm8Operand('shift'), immShift('lsl', [0, 8, 16, 24], 'movi32')],
    summary: 'Move the inverse of a shifted 8-bit immediate into every 32-bit element.' }),
  form({ id: 'BIC_vimm_32', mnemonic: 'bic', feature: 'simd', encoding: MI(1, '0 sh:2 1'), operands: [VdImm(arr32), imm8Operand('range'), immShift('lsl', [0, 8, 16, 24])],
    summary: 'Clear in every 32-bit element the bits set in a shifted 8-bit immediate.' }),
  form({ id: 'MVNI_16', mnemonic: 'mvni', feature: 'simd', encoding: MI(1, '10 sh:1 0'), operands: [VdImm(arr16), imm8Operand('range'), immShift('lsl', [0, 8])],
    summary: 'Move the inverse of a shifted 8-bit immediate into every 16-bit element.' }),
  form({ id: 'BIC_vimm_16', mnemonic: 'bic', feature: 'simd', encoding: MI(1, '10 sh:1 1'), operands: [VdImm(arr16), imm8Operand('range'), immShift('lsl', [0, 8])],
    summary: 'Clear in every 16-bit element the bits set in a shifted 8-bit immediate.' }),
  form({ id: 'MVNI_msl', mnemonic: 'mvni', feature: 'simd', encoding: MI(1, '110 sh:1'), operands: [VdImm(arr32), imm8Operand('shift'), immShift('msl', [8, 16])],
    summary: 'Move the inverse of an 8-bit immediate shifted left by 8 or 16 with ones into every 32-bit element.' }),
  form({ id: 'MOVI_64_scalar', mnemonic: 'movi', feature: 'simd', encoding: '0 0 1 0111100000 abc:3 1110 0 1 defgh:5 Rd:5',
    operands: [fpReg('Rd', fixedChoice('d')), imm64Operand],
    summary: 'Move a 64-bit immediate whose bytes are each 0x00 or 0xff into a D register.' }),
  form({ id: 'MOVI_2d', mnemonic: 'movi', feature: 'simd', encoding: '0 1 1 0111100000 abc:3 1110 0 1 defgh:5 Rd:5',
    operands: [VdImm(fixedChoice('2d')), imm64Operand],
    summary: 'Move a 64-bit immediate whose bytes are each 0x00 or 0xff into both 64-bit elements.' }),
  form({ id: 'FMOV_vimm_d', mnemonic: 'fmov', feature: 'simd', encoding: '0 1 1 0111100000 abc:3 1111 0 1 defgh:5 Rd:5',
    operands: [VdImm(fixedChoice('2d')), fp8Operand],
    summary: 'Move a floating-point immediate into both double-precision elements.' }),
];

export const simdPermuteForms = [...copyForms, ...permuteForms, ...immediateForms];
export const simdPermuteAliases = [...copyAliases];
