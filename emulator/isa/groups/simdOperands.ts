// Operand kinds of the SIMD&FP encoding groups: scalar registers (b0, h1, s2, d3, q4), vector registers with an
// arrangement (v0.16b), vector elements (v1.s[3]) and register lists ({v0.16b, v1.16b}, {v0.4s-v3.4s}, {v1.s}[3]).
// The width letter, arrangement or element of an operand is a `FieldChoice`: a mapping between some encoding
// fields and a text token, so the same kind formats (fields -> text) and parses (text -> fields) without a second
// table. Group files build their choices with `choice(...)` and pass them to these kinds.

import type { Fields, Operand, ParseContext } from '../table.js';

/** Maps encoding fields to a text token ('s', '16b', ...) and back. */
export interface FieldChoice {
  /** Token for these fields, or undefined when the combination is reserved (the word is then unallocated). */
  format(f: Readonly<Fields>): string | undefined;
  /** Sets the fields for a token; returns an error message ('operand mismatch' when fields already disagree). */
  parse(token: string, f: Fields): string | undefined;
  /** Every token this choice can produce (hover syntax, completion). */
  readonly tokens: readonly string[];
}

/**
 * A choice indexed by the concatenation of fields (most significant first): `choice([['size', 2], ['Q', 1]],
 * ['8b', '16b', '4h', '8h', '2s', '4s', undefined, '2d'])`. A field already set by an earlier operand must agree.
 * Fields named with a leading '_' are scratch (never encoded) and may be used to carry a choice between operands.
 */
export function choice(fields: readonly (readonly [string, number])[], table: readonly (string | undefined)[]): FieldChoice {
  const tokens = table.filter((t): t is string => t !== undefined);
  return {
    tokens,
    format(f) {
      let index = 0;
      for (const [name, width] of fields) index = index * (1 << width) + ((f[name] ?? 0) & ((1 << width) - 1));
      return table[index];
    },
    parse(token, f) {
      const wanted = token.toLowerCase();
      let firstError: string | undefined;
      // Several indexes may print the same token (e.g. a don't-care bit): take the first that agrees with fields
      // set earlier.
      for (let index = 0; index < table.length; index++) {
        if (table[index] !== wanted) continue;
        let rest = index;
        const values: number[] = [];
        for (let i = fields.length - 1; i >= 0; i--) {
          const width = fields[i]![1];
          values[i] = rest & ((1 << width) - 1);
          rest >>= width;
        }
        if (fields.some(([name], i) => f[name] !== undefined && f[name] !== values[i])) {
          firstError ??= 'operand mismatch';
          continue;
        }
        fields.forEach(([name], i) => { f[name] = values[i]!; });
        return undefined;
      }
      return firstError ?? 'operand mismatch';
    },
  };
}

/** A token fixed by the form (no fields). */
export function fixedChoice(token: string): FieldChoice {
  return {
    tokens: [token],
    format: () => token,
    parse: (t) => (t.toLowerCase() === token ? undefined : 'operand mismatch'),
  };
}

/** The standard vector arrangement of fields size:2 and Q:1 (8b 16b 4h 8h 2s 4s - 2d; 1d reserved). */
export const arrangementSizeQ = choice([['size', 2], ['Q', 1]], ['8b', '16b', '4h', '8h', '2s', '4s', undefined, '2d']);

export interface ParsedVectorText {
  readonly num: number;
  /** Text after the '.', lower-case ('16b', 's'), or undefined. */
  readonly arrangement: string | undefined;
  /** Element index in '[n]', or undefined. */
  readonly index: number | undefined;
}

const vectorPattern = /^[vV]([0-9]|[12][0-9]|3[01])(?:\.([0-9]*[bBhHsSdDqQ]))?(?:\s*\[\s*(?:#\s*)?([0-9]+)\s*\])?$/;
const scalarPattern = /^([bBhHsSdDqQ])([0-9]|[12][0-9]|3[01])$/;

/** Parses 'v3', 'v3.4s', 'v3.s[1]' (GNU accepts upper case too). */
export function parseVectorText(text: string): ParsedVectorText | undefined {
  const m = vectorPattern.exec(text.trim());
  if (!m) return undefined;
  return { num: Number(m[1]), arrangement: m[2]?.toLowerCase(), index: m[3] === undefined ? undefined : Number(m[3]) };
}

/** Parses 's3', 'Q0' into a width letter and number. */
export function parseScalarText(text: string): { letter: string; num: number } | undefined {
  const m = scalarPattern.exec(text.trim());
  if (!m) return undefined;
  return { letter: m[1]!.toLowerCase(), num: Number(m[2]) };
}

const scalarExpected = (ctx: ParseContext): string => `operand ${ctx.operandNumber} must be a SIMD scalar register`;
const vectorExpected = (ctx: ParseContext): string => `operand ${ctx.operandNumber} must be a SIMD vector register`;

/** A scalar SIMD&FP register (b/h/s/d/q + number) in field `field`; the letter comes from `width`. */
export function fpReg(field: string, width: FieldChoice): Operand {
  return {
    syntax: `<${width.tokens.map((t) => t.toUpperCase()).join('|')}${field.replace(/^R/, '').toLowerCase()}>`,
    format(f) {
      const letter = width.format(f);
      return letter === undefined ? undefined : `${letter}${f[field]}`;
    },
    parse(text, f, ctx) {
      const r = parseScalarText(text);
      if (!r) return scalarExpected(ctx);
      const err = width.parse(r.letter, f);
      if (err) return err;
      f[field] = r.num;
      return undefined;
    },
  };
}

/** A vector register with an arrangement (v0.16b) in field `field`. */
export function vecReg(field: string, arrangement: FieldChoice): Operand {
  return {
    syntax: `<V${field.replace(/^R/, '').toLowerCase()}>.<T>`,
    format(f) {
      const arr = arrangement.format(f);
      return arr === undefined ? undefined : `v${f[field]}.${arr}`;
    },
    parse(text, f, ctx) {
      const r = parseVectorText(text);
      if (!r || r.index !== undefined) return vectorExpected(ctx);
      if (r.arrangement === undefined) return `invalid use of vector register at operand ${ctx.operandNumber}`;
      const err = arrangement.parse(r.arrangement, f);
      if (err) return err;
      f[field] = r.num;
      return undefined;
    },
  };
}

/** How an element operand's size letter and index map to fields. */
export interface ElementSpec {
  /** Size letter and index, or undefined when the fields are reserved. */
  format(f: Readonly<Fields>): { readonly letter: string; readonly index: number } | undefined;
  /** Sets fields from letter and index; returns an error message. */
  parse(letter: string, index: number, f: Fields, ctx: ParseContext): string | undefined;
  readonly letters: readonly string[];
}

/** Message GNU prints for an element index outside the register. */
export function indexRangeError(letter: string, ctx: ParseContext, max = 16 / elementBytes(letter) - 1): string {
  return `register element index out of range 0 to ${max} at operand ${ctx.operandNumber}`;
}

/** Bytes of an element of size letter b/h/s/d/q. */
export function elementBytes(letter: string): number {
  return { b: 1, h: 2, s: 4, d: 8, q: 16 }[letter] ?? 0;
}

/**
 * The imm5 element encoding of DUP (element), INS, UMOV, SMOV: the lowest set bit of imm5 gives the size (b, h,
 * s, d) and the bits above it the index. `letters` limits the sizes a form accepts.
 */
export function imm5Element(field = 'imm5', letters: readonly string[] = ['b', 'h', 's', 'd']): ElementSpec {
  const all = ['b', 'h', 's', 'd'];
  return {
    letters,
    format(f) {
      const imm5 = f[field]!;
      const size = imm5 & 1 ? 0 : imm5 & 2 ? 1 : imm5 & 4 ? 2 : imm5 & 8 ? 3 : -1;
      if (size < 0 || !letters.includes(all[size]!)) return undefined;
      return { letter: all[size]!, index: imm5 >> (size + 1) };
    },
    parse(letter, index, f, ctx) {
      const size = all.indexOf(letter);
      if (size < 0 || !letters.includes(letter)) return 'operand mismatch';
      if (index > 15 >> size) return indexRangeError(letter, ctx);
      const value = ((index << (size + 1)) | (1 << size)) & 31;
      if (f[field] !== undefined && f[field] !== value) return 'operand mismatch';
      f[field] = value;
      return undefined;
    },
  };
}

const legacyArrangements = new Set(['8b', '16b', '4h', '8h', '2s', '4s', '1d', '2d']);

/** A vector element (v1.s[3], or GNU's older v1.4s[3]) in field `field`. */
export function vecElement(field: string, element: ElementSpec): Operand {
  return {
    syntax: `<V${field.replace(/^R/, '').toLowerCase()}>.<Ts>[<index>]`,
    format(f) {
      const e = element.format(f);
      return e === undefined ? undefined : `v${f[field]}.${e.letter}[${e.index}]`;
    },
    parse(text, f, ctx) {
      const r = parseVectorText(text);
      if (!r) return vectorExpected(ctx);
      if (r.arrangement === undefined || r.index === undefined) return `expected an element index at operand ${ctx.operandNumber}`;
      // GNU also accepts the older spelling with a whole arrangement: v1.4s[1] is v1.s[1].
      const legacy = /^([0-9]+)([bhsd])$/.exec(r.arrangement);
      if (legacy && !legacyArrangements.has(r.arrangement)) {
        return `invalid element size ${legacy[1]} and vector size combination ${legacy[2]} at operand ${ctx.operandNumber}`;
      }
      if (!legacy && /^[0-9]/.test(r.arrangement)) return `expected an element index at operand ${ctx.operandNumber}`;
      const err = element.parse(legacy ? legacy[2]! : r.arrangement, r.index, f, ctx);
      if (err) return err;
      f[field] = r.num;
      return undefined;
    },
  };
}

/**
 * Register-list text as objdump prints it: '{v0.16b, v1.16b}' up to two registers, '{v0.16b-v2.16b}' beyond, but
 * every register when the list wraps from v31 to v0 ('{v30.4s, v31.4s, v0.4s}').
 */
export function formatVectorList(first: number, count: number, suffix: string): string {
  if (count <= 2 || first + count > 32) {
    const names: string[] = [];
    for (let i = 0; i < count; i++) names.push(`v${(first + i) % 32}.${suffix}`);
    return `{${names.join(', ')}}`;
  }
  return `{v${first}.${suffix}-v${(first + count - 1) % 32}.${suffix}}`;
}

/**
 * Parses '{v0.16b, v1.16b}' or '{v0.4s-v3.4s}' (registers consecutive modulo 32, one arrangement). Returns the
 * first register, count and arrangement token, or an error message.
 */
export function parseVectorList(text: string, ctx: ParseContext): { first: number; count: number; token: string } | string {
  const t = text.trim();
  if (!t.startsWith('{') || !t.endsWith('}')) return `invalid register list at operand ${ctx.operandNumber}`;
  const inner = t.slice(1, -1).trim();
  const regs: ParsedVectorText[] = [];
  const range = /^(.*?)\s*-\s*(.*)$/.exec(inner);
  if (range && !inner.includes(',')) {
    const a = parseVectorText(range[1]!);
    const b = parseVectorText(range[2]!);
    if (!a || !b || a.arrangement !== b.arrangement || a.index !== undefined || b.index !== undefined) {
      return `invalid register list at operand ${ctx.operandNumber}`;
    }
    const count = ((b.num - a.num + 32) % 32) + 1;
    for (let i = 0; i < count; i++) regs.push({ num: (a.num + i) % 32, arrangement: a.arrangement, index: undefined });
  } else {
    for (const part of inner.split(',')) {
      const r = parseVectorText(part);
      if (!r || r.index !== undefined) return `invalid register list at operand ${ctx.operandNumber}`;
      regs.push(r);
    }
  }
  if (regs.length > 4) return `too many registers in vector register list at operand ${ctx.operandNumber}`;
  if (regs.length === 0) return `invalid register list at operand ${ctx.operandNumber}`;
  const token = regs[0]!.arrangement;
  for (let i = 1; i < regs.length; i++) {
    if (regs[i]!.arrangement !== token) return `type mismatch in vector register list at operand ${ctx.operandNumber}`;
    if (regs[i]!.num !== (regs[0]!.num + i) % 32) return `invalid register list at operand ${ctx.operandNumber}`;
  }
  if (token === undefined) return `invalid use of vector register at operand ${ctx.operandNumber}`;
  return { first: regs[0]!.num, count: regs.length, token };
}

/** A list of `count` consecutive vector registers starting at field `field`, all with the arrangement of `arrangement`. */
export function vecList(field: string, count: number, arrangement: FieldChoice): Operand {
  return {
    syntax: `{ <Vt>.<T> x${count} }`,
    format(f) {
      const arr = arrangement.format(f);
      return arr === undefined ? undefined : formatVectorList(f[field]!, count, arr);
    },
    parse(text, f, ctx) {
      const r = parseVectorList(text, ctx);
      if (typeof r === 'string') return r;
      if (r.count !== count) return `invalid number of registers in the list; ${count} registers are expected at operand ${ctx.operandNumber}`;
      const err = arrangement.parse(r.token, f);
      if (err) return err;
      f[field] = r.first;
      return undefined;
    },
  };
}
