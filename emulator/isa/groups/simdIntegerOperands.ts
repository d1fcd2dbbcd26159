// Operand kinds of the Advanced SIMD integer groups (emulator/isa/groups/simdInteger*.ts): arrangement and
// scalar-width choices keyed by size/Q, shift immediates whose range follows the element size of the form, the
// by-element operand of the integer multiplies (v0-v15 for .h, v0-v31 for .s), the '#0' of compares against zero
// and the fixed shift of SHLL. Everything formats as GNU objdump prints and parses what GNU as accepts.

import type { Fields, Operand, ParseContext } from '../table.js';
import { parseImmediate } from '../text.js';
import { choice, parseVectorText, type FieldChoice } from './simdOperands.js';

/** Arrangements by size:Q (8b 16b 4h 8h 2s 4s - 2d), optionally without 2d. */
export const arrAll = choice([['size', 2], ['Q', 1]], ['8b', '16b', '4h', '8h', '2s', '4s', undefined, '2d']);
export const arrNo64 = choice([['size', 2], ['Q', 1]], ['8b', '16b', '4h', '8h', '2s', '4s', undefined, undefined]);
export const arrHS = choice([['size', 2], ['Q', 1]], [undefined, undefined, '4h', '8h', '2s', '4s', undefined, undefined]);
export const arrB = choice([['size', 2], ['Q', 1]], ['8b', '16b', undefined, undefined, undefined, undefined, undefined, undefined]);
/** Byte arrangement of forms that fix size in the encoding (logic, NOT, RBIT). */
export const arrQB = choice([['Q', 1]], ['8b', '16b']);
/** Arrangement of a fixed element size (8/16/32/64 bits) chosen by Q; 64-bit needs Q = 1. */
export function arrQ(esize: number): FieldChoice {
  const table = { 8: ['8b', '16b'], 16: ['4h', '8h'], 32: ['2s', '4s'], 64: [undefined, '2d'] }[esize]!;
  return choice([['Q', 1]], table);
}
/** Fixed token (for forms whose element size and Q are fixed). */
export function fixedArr(token: string): FieldChoice {
  return choice([], [token]);
}
/** Scalar widths by size (b h s d); `table` limits them. */
export function scalarBySize(table: readonly (string | undefined)[]): FieldChoice {
  return choice([['size', 2]], table);
}
export const scalarAll = scalarBySize(['b', 'h', 's', 'd']);
export const scalarD = scalarBySize([undefined, undefined, undefined, 'd']);
export const scalarHS = scalarBySize([undefined, 'h', 's', undefined]);
/** Wide elements (size -> 8h 4s 2d) of long/wide/narrowing forms, and their narrow halves by Q. */
export const wideBySize = choice([['size', 2]], ['8h', '4s', '2d', undefined]);
export const narrowLow = choice([['size', 2]], ['8b', '4h', '2s', undefined]);
export const narrowHigh = choice([['size', 2]], ['16b', '8h', '4s', undefined]);

/** Message GNU prints for an immediate outside a range. */
function rangeError(min: number, max: number, ctx: ParseContext): string {
  return `immediate value out of range ${min} to ${max} at operand ${ctx.operandNumber}`;
}

function constantOf(text: string, ctx: ParseContext): number | string {
  const v = parseImmediate(text, ctx);
  if (v.kind === 'error') return v.message;
  if (v.kind === 'symbol' || v.modifier !== undefined) return `constant expression required at operand ${ctx.operandNumber}`;
  return Number(BigInt.asIntN(64, v.value));
}

/**
 * The shift amount of the shift-by-immediate forms of one element size: field `sh` holds the bits of immh:immb
 * below the size marker. Left shifts are `sh` (0 to esize-1), right shifts esize - sh (1 to esize).
 */
export function shiftImm(esize: number, right: boolean, field = 'sh'): Operand {
  return {
    syntax: right ? '#<shift>' : '#<shift>',
    format(f) {
      const v = f[field]!;
      return `#${right ? esize - v : v}`;
    },
    parse(text, f, ctx) {
      const n = constantOf(text, ctx);
      if (typeof n === 'string') return n;
      const [min, max] = right ? [1, esize] : [0, esize - 1];
      if (n < min || n > max) { ctx.definite = true; return rangeError(min, max, ctx); }
      f[field] = right ? esize - n : n;
      return undefined;
    },
  };
}

/** The '#0' of the compare-against-zero forms. */
export const zeroImm: Operand = {
  syntax: '#0',
  format: () => '#0',
  parse(text, _f, ctx) {
    const n = constantOf(text, ctx);
    if (typeof n === 'string') return n;
    return n === 0 ? undefined : `immediate zero expected at operand ${ctx.operandNumber}`;
  },
};

/** SHLL's shift, equal to the source element size (8, 16 or 32 from field size). */
export const shllShift: Operand = {
  syntax: '#<shift>',
  format: (f) => (f.size! < 3 ? `#${8 << f.size!}` : undefined),
  parse(text, f, ctx) {
    const n = constantOf(text, ctx);
    if (typeof n === 'string') return n;
    if (f.size === undefined || n !== 8 << f.size) return `invalid shift amount at operand ${ctx.operandNumber}`;
    return undefined;
  },
};

/**
 * The indexed element of the by-element integer multiplies: size 01 -> v0-v15 '.h[H:L:M]' (Rm 4 bits), size 10
 * -> v0-v31 '.s[H:L]' (Rm = M:Rm). `letters` lists the element letters the form allows.
 */
export function byElement(letters: readonly ('h' | 's')[] = ['h', 's']): Operand {
  return {
    syntax: '<Vm>.<Ts>[<index>]',
    format(f) {
      if (f.size === 1 && letters.includes('h')) return `v${f.Rm}.h[${(f.H! << 2) | (f.L! << 1) | f.M!}]`;
      if (f.size === 2 && letters.includes('s')) return `v${(f.M! << 4) | f.Rm!}.s[${(f.H! << 1) | f.L!}]`;
      return undefined;
    },
    parse(text, f, ctx) {
      const r = parseVectorText(text);
      if (!r) return `operand ${ctx.operandNumber} must be a SIMD vector element`;
      if (r.arrangement === undefined || r.index === undefined || /^[0-9]/.test(r.arrangement)) {
        return `expected an element index at operand ${ctx.operandNumber}`;
      }
      const letter = r.arrangement;
      const size = letter === 'h' ? 1 : letter === 's' ? 2 : -1;
      if (size < 0 || !letters.includes(letter as 'h' | 's') || (f.size !== undefined && f.size !== size)) return 'operand mismatch';
      const max = size === 1 ? 7 : 3;
      ctx.definite = r.index > max || (size === 1 && r.num > 15);
      if (r.index > max) return `register element index out of range 0 to ${max} at operand ${ctx.operandNumber}`;
      if (size === 1 && r.num > 15) return `register number out of range 0 to 15 at operand ${ctx.operandNumber}`;
      f.size = size;
      if (size === 1) {
        f.H = r.index >> 2; f.L = (r.index >> 1) & 1; f.M = r.index & 1; f.Rm = r.num;
      } else {
        f.H = r.index >> 1; f.L = r.index & 1; f.M = r.num >> 4; f.Rm = r.num & 15;
      }
      return undefined;
    },
  };
}

/** A register written once but stored in two fields (MOV Vd, Vn is ORR Vd, Vn, Vn). */
export function alsoField(first: Operand, from: string, to: string): Operand {
  return {
    syntax: first.syntax,
    format: (f, ctx) => first.format(f, ctx),
    parse(text: string, f: Fields, ctx: ParseContext) {
      const err = first.parse(text, f, ctx);
      if (err === undefined) f[to] = f[from]!;
      return err;
    },
  };
}

/**
 * A SIMD register operand whose 'operand mismatch' (a register of the wrong arrangement or width) is GNU's answer
 * even when a general-register form of the same mnemonic (ADD, SUB, ...) got as far.
 */
export function simdRegister(op: Operand): Operand {
  return {
    ...op,
    parse(text, f, ctx) {
      const err = op.parse(text, f, ctx);
      if (err === 'operand mismatch' && /^\s*[vVbBhHsSdDqQ][0-9]/.test(text)) ctx.definite = true;
      return err;
    },
  };
}
