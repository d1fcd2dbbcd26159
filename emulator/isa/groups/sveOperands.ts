// Operand kinds of the SVE encoding groups (emulator/isa/groups/sve*.ts): scalable vector registers (z0.b),
// single-register lists ({z0.b}), predicate registers (p0.b), governing predicates (p0/z, p0), the element-count
// pattern with its optional `mul #imm`, the contiguous load/store addresses ([x0, #1, mul vl], [x0, x1, lsl #2])
// and DUP's shifted 8-bit immediate. Texts and messages follow GNU as/objdump 2.40.

import { decodeBitmask, encodeBitmask } from '../bitmask.js';
import { hex, normaliseCase, parseGpr, parseImmediate, signExtend } from '../text.js';
import type { Fields, Operand, ParseContext } from '../table.js';
import type { FieldChoice } from './simdOperands.js';

/** Element size letters by size field (00 b, 01 h, 10 s, 11 d). */
export const sizeLetters = ['b', 'h', 's', 'd'] as const;

const zPattern = /^[zZ]([0-9]+)\.([a-zA-Z0-9]+)$/;
const pPattern = /^[pP]([0-9]+)(?:\.([a-zA-Z0-9]+)|\/([a-zA-Z]))?$/;

function elementToken(token: string, ctx: ParseContext, shown = token): string | undefined {
  const t = token.toLowerCase();
  if (t === 'b' || t === 'h' || t === 's' || t === 'd' || t === 'q') return undefined;
  return `unexpected character \`${shown.toLowerCase()[0]}' in element size at operand ${ctx.operandNumber}`;
}

/**
 * A scalable vector register with an element size (z0.s) in field `field`; see the parse comment for
 * `definiteMismatch`. With 'defer', an element size the form does not take is GNU's qualifier mismatch, reported by
 * `deferredChecks` (the form's finish) once every operand parsed.
 */
export function zReg(field: string, size: FieldChoice, definiteMismatch: boolean | 'defer' = false): Operand {
  return {
    syntax: `<Z${field.replace(/^Z/, '').toLowerCase()}>.<T>`,
    format(f) {
      const t = size.format(f);
      return t === undefined ? undefined : `z${f[field]}.${t}`;
    },
    parse(text, f, ctx) {
      const m = zPattern.exec(text.trim());
      if (!m || Number(m[1]) > 31) return `operand ${ctx.operandNumber} must be an SVE vector register`;
      const bad = elementToken(m[2]!, ctx);
      if (bad) return bad;
      const err = size.parse(m[2]!.toLowerCase(), f);
      // A vector register of another element size where a scalar form shares the mnemonic (inch z0.b): GNU reports
      // the mismatch, not the scalar form's operand class.
      if (err && definiteMismatch === 'defer') f['_mismatch'] = 1;
      else if (err) { if (definiteMismatch) ctx.definite = true; return err; }
      f[field] = Number(m[1]);
      return undefined;
    },
  };
}

/** A list of one scalable vector register, `{z0.b}` (GNU as also takes the register without braces). */
export function zList(field: string, size: FieldChoice): Operand {
  const reg = zReg(field, size);
  return {
    syntax: `{ <Zt>.<T> }`,
    format(f) {
      const r = reg.format(f, undefined as never);
      return r === undefined ? undefined : `{${r}}`;
    },
    parse(text, f, ctx) {
      let t = text.trim();
      if (t.startsWith('{')) {
        if (!t.endsWith('}')) return `invalid register list at operand ${ctx.operandNumber}`;
        t = t.slice(1, -1).trim();
        if (t.includes(',') || t.includes('-')) return `invalid register list at operand ${ctx.operandNumber}`;
      }
      return reg.parse(t, f, ctx);
    },
  };
}

const predicateExpected = (ctx: ParseContext): string => `operand ${ctx.operandNumber} must be an SVE predicate register`;

/** A predicate register with an element size (p0.b) in field `field` (4 bits). */
export function pReg(field: string, size: FieldChoice, defer = false): Operand {
  return {
    syntax: `<P${field.replace(/^P/, '').toLowerCase()}>.<T>`,
    format(f) {
      const t = size.format(f);
      return t === undefined ? undefined : `p${f[field]}.${t}`;
    },
    parse(text, f, ctx) {
      const m = pPattern.exec(text.trim());
      if (!m || Number(m[1]) > 15) return predicateExpected(ctx);
      if (m[2] === undefined) return 'operand mismatch';
      const bad = elementToken(m[2] === 'q' || m[2] === 'Q' ? 'x' : m[2], ctx, m[2]);
      if (bad) return bad;
      const err = size.parse(m[2].toLowerCase(), f);
      if (err && defer) f['_mismatch'] = 1;
      else if (err) return err;
      f[field] = Number(m[1]);
      return undefined;
    },
  };
}

/** A governing predicate p0-p7 in field `field` (3 bits): `p0/z` for zeroing loads, `p0` for stores. */
export function governing(field: string, zeroing: boolean): Operand {
  return {
    syntax: zeroing ? '<Pg>/Z' : '<Pg>',
    format(f) {
      return zeroing ? `p${f[field]}/z` : `p${f[field]}`;
    },
    parse(text, f, ctx) {
      const m = pPattern.exec(text.trim());
      if (!m || Number(m[1]) > 15) return predicateExpected(ctx);
      if (Number(m[1]) > 7) return `p0-p7 expected at operand ${ctx.operandNumber}`;
      if (m[2] !== undefined) return 'operand mismatch';
      const q = m[3]?.toLowerCase();
      if (zeroing ? q !== 'z' : q !== undefined) return 'operand mismatch';
      f[field] = Number(m[1]);
      return undefined;
    },
  };
}

/**
 * A predicate register p0-p15 without an element size in field `field` (4 bits), plain or with a mode: `/m` (`true`,
 * MOV's `p0/m`) or `/z` ('z', the governing predicate of the predicate logical operations).
 */
export function predicate(field: string, merging: boolean | 'z' = false): Operand {
  const mode = merging === 'z' ? 'z' : merging ? 'm' : undefined;
  return {
    syntax: mode ? `<Pg>/${mode.toUpperCase()}` : '<Pg>',
    format: (f) => `p${f[field]}${mode ? `/${mode}` : ''}`,
    parse(text, f, ctx) {
      const m = pPattern.exec(text.trim());
      if (!m || Number(m[1]) > 15) return predicateExpected(ctx);
      // A predicate with another qualifier: GNU's qualifier check, once every operand parsed (deferredChecks).
      if (m[2] !== undefined || m[3]?.toLowerCase() !== mode) f['_mismatch'] = 1;
      f[field] = Number(m[1]);
      return undefined;
    },
  };
}

/** A merging governing predicate p0-p7 in field `field` (3 bits): `p0/m`. */
export function governingMerging(field: string): Operand {
  return {
    syntax: '<Pg>/M',
    format: (f) => `p${f[field]}/m`,
    parse(text, f, ctx) {
      const m = pPattern.exec(text.trim());
      if (!m || Number(m[1]) > 15) return predicateExpected(ctx);
      // GNU's message for p8-p15 outranks another form's operand class at the same operand (`add z0.s, p8/m, ...`).
      if (Number(m[1]) > 7) { ctx.definite = true; return `p0-p7 expected at operand ${ctx.operandNumber}`; }
      if (m[2] !== undefined || m[3]?.toLowerCase() !== 'm') f['_mismatch'] = 1;
      f[field] = Number(m[1]);
      return undefined;
    },
  };
}

/**
 * A vector register that must be the one of operand 1 (the Zdn of destructive forms): the tie is checked once all
 * operands parsed, as GNU as does (`tiedChecks` as the form's finish), so another operand's error comes first.
 */
export function tiedZReg(field: string, size: FieldChoice): Operand {
  const reg = zReg(`_${field}`, size, 'defer');
  return {
    syntax: reg.syntax.replace('_', ''),
    format: (f) => reg.format({ ...f, [`_${field}`]: f[field]! }, undefined as never),
    parse(text, f, ctx) {
      const err = reg.parse(text, f, ctx);
      if (err) return err;
      if (f[`_${field}`] !== f[field]) f['_notTied'] ??= ctx.operandNumber;
      return undefined;
    },
  };
}

/**
 * The `finish` of forms with tiedZReg, predicate, governingMerging or deferring zReg operands: GNU's checks after all
 * operands parsed, a register that is not operand 1's, then a qualifier (element size, predicate mode) mismatch.
 */
export function deferredChecks(f: Fields): string | undefined {
  if (f['_notTied'] !== undefined) return `operand ${f['_notTied']} must be the same register as operand 1`;
  return f['_mismatch'] ? 'operand mismatch' : undefined;
}

/** Names of the 5-bit predicate constraint (values 14-28 have none: '#<n>'). */
export const patternNames: readonly (string | undefined)[] = [
  'pow2', 'vl1', 'vl2', 'vl3', 'vl4', 'vl5', 'vl6', 'vl7', 'vl8', 'vl16', 'vl32', 'vl64', 'vl128', 'vl256',
  ...new Array<undefined>(15).fill(undefined), 'mul4', 'mul3', 'all',
];

function patternText(value: number): string {
  return patternNames[value] ?? `#${value}`;
}

/** Any register name (GNU as answers 'immediate operand required' when one stands where a value goes). */
const registerName = /^(?:[xw](?:[0-9]|[12][0-9]|30)|w?sp|[xw]zr|[zvpbhsdq](?:[0-9]|[12][0-9]|3[01]))$/i;

function parsePattern(text: string, ctx: ParseContext): number | string {
  const t = normaliseCase(text.trim()) ?? text.trim().toLowerCase();
  const named = patternNames.indexOf(t);
  if (named >= 0) return named;
  if (registerName.test(t)) {
    // A low-priority error in GNU as: another form's message wins (`uqinch x0, w0` names operand 1 of the vector form).
    ctx.recoverable = true;
    return `immediate operand required at operand ${ctx.operandNumber}`;
  }
  if (t.startsWith('#')) {
    const v = parseImmediate(t, ctx);
    if (v.kind === 'constant' && v.value >= 0n && v.value <= 31n) return Number(v.value);
  }
  return `operand ${ctx.operandNumber} must be an enumeration value such as POW2`;
}

/**
 * The predicate constraint of PTRUE/PTRUES: omitted (printed and assumed) when it is ALL.
 */
export function ptruePattern(field = 'pattern'): Operand {
  return {
    syntax: '<pattern>',
    optional: true,
    format(f) {
      return f[field] === 31 ? undefined : patternText(f[field]!);
    },
    parse(text, f, ctx) {
      const v = parsePattern(text, ctx);
      if (typeof v === 'string') return v;
      f[field] = v;
      return undefined;
    },
    absent(f) {
      f[field] = 31;
    },
  };
}

/**
 * The element-count pattern of CNT*, INC*, DEC*: omitted when it is ALL and the multiplier is 1; followed by
 * `mulOperand()` for the multiplier (imm4 + 1).
 */
export function countPattern(field = 'pattern', mulField = 'imm4'): Operand {
  return {
    syntax: '<pattern>',
    optional: true,
    format(f) {
      return f[field] === 31 && f[mulField] === 0 ? undefined : patternText(f[field]!);
    },
    parse(text, f, ctx) {
      const v = parsePattern(text, ctx);
      if (typeof v === 'string') return v;
      f[field] = v;
      return undefined;
    },
    absent(f) {
      f[field] = 31;
    },
  };
}

/** `mul #<imm>` (1-16, stored as imm4 = imm - 1); omitted when 1. */
export function mulOperand(field = 'imm4'): Operand {
  return {
    syntax: 'MUL #<imm>',
    optional: true,
    format(f) {
      return f[field] === 0 ? undefined : `mul #${f[field]! + 1}`;
    },
    parse(text, f, ctx) {
      const m = /^mul(?:\s+|\s*(?=#))(.*)$/i.exec(text.trim());
      if (!m) return `expected 'mul' at operand ${ctx.operandNumber}`;
      if (registerName.test(m[1]!.trim())) return `constant shift amount required at operand ${ctx.operandNumber - 1}`;
      const v = parseImmediate(m[1]!, ctx);
      if (v.kind === 'error') return v.message;
      if (v.kind !== 'constant' || v.value < 1n || v.value > 16n) return `multiplier out of range 1 to 16 at operand ${ctx.operandNumber - 1}`;
      f[field] = Number(v.value) - 1;
      return undefined;
    },
    absent(f) {
      f[field] = 0;
    },
  };
}

function parseBase(text: string, f: Fields, ctx: ParseContext): string | undefined {
  const r = parseGpr(text);
  if (!r || !r.is64 || r.isZr) return `base register expected at operand ${ctx.operandNumber}`;
  f['Rn'] = r.num;
  return undefined;
}

function baseName(n: number): string {
  return n === 31 ? 'sp' : `x${n}`;
}

/** `[<Xn|SP>{, #<imm>, mul vl}]`: a signed 4-bit multiple of the vector length in field `field`. */
export function memMulVl(field = 'imm4'): Operand {
  return {
    syntax: '[<Xn|SP>{, #<imm>, MUL VL}]',
    format(f) {
      const imm = signExtend(f[field]!, 4);
      return imm === 0 ? `[${baseName(f['Rn']!)}]` : `[${baseName(f['Rn']!)}, #${imm}, mul vl]`;
    },
    parse(text, f, ctx) {
      const m = /^\[\s*([^,\]]*?)\s*(?:,\s*([^,\]]*?)\s*(?:,\s*([^,\]]*?)\s*)?)?\]$/.exec(text.trim());
      if (!m) return `invalid addressing mode at operand ${ctx.operandNumber}`;
      const err = parseBase(m[1]!, f, ctx);
      if (err) return err;
      if (m[2] === undefined) { f[field] = 0; return undefined; }
      if (m[3] === undefined || !/^mul\s+vl$/i.test(m[3])) return `invalid addressing mode at operand ${ctx.operandNumber}`;
      const v = parseImmediate(m[2], ctx);
      if (v.kind === 'error') return v.message;
      if (v.kind !== 'constant') return `invalid addressing mode at operand ${ctx.operandNumber}`;
      if (v.value < -8n || v.value > 7n) return `immediate offset out of range -8 to 7 at operand ${ctx.operandNumber}`;
      f[field] = Number(v.value) & 15;
      return undefined;
    },
  };
}

/** A whole vector register without an element size (`z0`, LDR/STR); `z0.b` is GNU's qualifier mismatch (deferredChecks). */
export function zWhole(field: string): Operand {
  return {
    syntax: '<Zt>',
    format: (f) => `z${f[field]}`,
    parse(text, f, ctx) {
      const m = /^[zZ]([0-9]+)(?:\.([a-zA-Z0-9]+))?$/.exec(text.trim());
      if (!m || Number(m[1]) > 31) return `operand ${ctx.operandNumber} must be an SVE vector register`;
      if (m[2] !== undefined) f['_mismatch'] = 1;
      f[field] = Number(m[1]);
      return undefined;
    },
  };
}

/** `[<Xn|SP>{, #<imm>, mul vl}]` of LDR/STR (vector, predicate): a signed 9-bit multiple of the register size in imm9h:imm9l. */
export function memMulVl9(): Operand {
  return {
    syntax: '[<Xn|SP>{, #<imm>, MUL VL}]',
    format(f) {
      const imm = signExtend((f['imm9h']! << 3) | f['imm9l']!, 9);
      return imm === 0 ? `[${baseName(f['Rn']!)}]` : `[${baseName(f['Rn']!)}, #${imm}, mul vl]`;
    },
    parse(text, f, ctx) {
      const m = /^\[\s*([^,\]]*?)\s*(?:,\s*([^,\]]*?)\s*(?:,\s*([^,\]]*?)\s*)?)?\]$/.exec(text.trim());
      if (!m) return `invalid addressing mode at operand ${ctx.operandNumber}`;
      const err = parseBase(m[1]!, f, ctx);
      if (err) return err;
      let value = 0;
      if (m[2] !== undefined) {
        if (m[3] === undefined || !/^mul\s+vl$/i.test(m[3])) return `invalid addressing mode at operand ${ctx.operandNumber}`;
        const v = parseImmediate(m[2], ctx);
        if (v.kind === 'error') return v.message;
        if (v.kind !== 'constant') return `invalid addressing mode at operand ${ctx.operandNumber}`;
        if (v.value < -256n || v.value > 255n) return `immediate offset out of range -256 to 255 at operand ${ctx.operandNumber}`;
        value = Number(v.value) & 511;
      }
      f['imm9h'] = value >> 3;
      f['imm9l'] = value & 7;
      return undefined;
    },
  };
}

/** `[<Xn|SP>{, #<imm>}]`: an unsigned 6-bit multiple of the element size (1 << scale) in field `field` (LD1R*). */
export function memUImm6(scale: number, field = 'imm6'): Operand {
  const step = 1 << scale;
  return {
    syntax: '[<Xn|SP>{, #<imm>}]',
    format(f) {
      const imm = f[field]! * step;
      return imm === 0 ? `[${baseName(f['Rn']!)}]` : `[${baseName(f['Rn']!)}, #${imm}]`;
    },
    parse(text, f, ctx) {
      const m = /^\[\s*([^,\]]*?)\s*(?:,\s*([^,\]]*?)\s*)?\]$/.exec(text.trim());
      if (!m) return `invalid addressing mode at operand ${ctx.operandNumber}`;
      const err = parseBase(m[1]!, f, ctx);
      if (err) return err;
      if (m[2] === undefined) { f[field] = 0; return undefined; }
      if (parseGpr(m[2]) !== undefined) return `invalid addressing mode at operand ${ctx.operandNumber}`;
      const v = parseImmediate(m[2], ctx);
      if (v.kind === 'error') return v.message;
      if (v.kind !== 'constant') return `invalid addressing mode at operand ${ctx.operandNumber}`;
      if (v.value < 0n || v.value > BigInt(63 * step)) return `immediate offset out of range 0 to ${63 * step} at operand ${ctx.operandNumber}`;
      if (v.value % BigInt(step) !== 0n) return `immediate value must be a multiple of ${step} at operand ${ctx.operandNumber}`;
      f[field] = Number(v.value) / step;
      return undefined;
    },
  };
}

/** `[<Xn|SP>, <Xm>{, lsl #<scale>}]`: the index register (not XZR) scaled by the memory element size. */
export function memScalarIndex(scale: number): Operand {
  return {
    syntax: scale === 0 ? '[<Xn|SP>, <Xm>]' : `[<Xn|SP>, <Xm>, LSL #${scale}]`,
    format(f) {
      return `[${baseName(f['Rn']!)}, x${f['Rm']}${scale === 0 ? '' : `, lsl #${scale}`}]`;
    },
    parse(text, f, ctx) {
      const m = /^\[\s*([^,\]]*?)\s*,\s*([^,\]]*?)\s*(?:,\s*([^,\]]*?)\s*)?\]$/.exec(text.trim());
      if (!m) return `invalid addressing mode at operand ${ctx.operandNumber}`;
      const err = parseBase(m[1]!, f, ctx);
      if (err) return err;
      const r = parseGpr(m[2]!);
      if (!r || !r.is64 || r.isSp) return `invalid addressing mode at operand ${ctx.operandNumber}`;
      if (r.isZr) return `index register xzr is not allowed at operand ${ctx.operandNumber}`;
      if (m[3] === undefined) {
        if (scale !== 0) return `invalid addressing mode at operand ${ctx.operandNumber}`;
      } else {
        const s = /^lsl\s*#?\s*([0-9]+)$/i.exec(m[3]);
        if (!s || Number(s[1]) !== scale) return `invalid addressing mode at operand ${ctx.operandNumber}`;
      }
      f['Rm'] = r.num;
      return undefined;
    },
  };
}

/**
 * DUP (immediate)'s signed 8-bit immediate, shifted left by 8 when sh = 1. objdump prints the shifted value
 * ('#256'), except '#0, lsl #8'. The assembler reads '#<imm>' here and an optional 'lsl #8' in `dupShift()`, then
 * `dupImmFinish` chooses imm8 and sh.
 */
export function dupImm(): Operand {
  return {
    syntax: '#<imm>',
    format(f) {
      if (f['sh'] === 1 && f['imm8'] === 0) return '#0';
      return `#${signExtend(f['imm8']!, 8) * (f['sh'] === 1 ? 256 : 1)}`;
    },
    parse(text, f, ctx) {
      const v = parseImmediate(text, ctx);
      if (v.kind === 'error') return v.message;
      if (v.kind !== 'constant') return `constant expression required at operand ${ctx.operandNumber}`;
      // GNU takes any value of esize + 1 bits (a signed or an unsigned reading of the element).
      const esize = BigInt(8 << (f['size'] ?? 3));
      if (v.value < -(1n << esize) || v.value >= 1n << esize) return `immediate out of range at operand ${ctx.operandNumber}`;
      let value = v.value;
      if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) value = BigInt.asIntN(Number(esize), value);
      // Still beyond 2^53 (a 64-bit element): no DUP encoding exists; a value that fits none makes finish fail.
      f['_imm'] = value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER) ? 2 ** 40 + 1 : Number(value);
      return undefined;
    },
  };
}

export function dupShift(): Operand {
  return {
    syntax: 'LSL #8',
    optional: true,
    modifiesPrevious: true,
    format(f) {
      return f['sh'] === 1 && f['imm8'] === 0 ? 'lsl #8' : undefined;
    },
    parse(text, f, ctx) {
      const m = /^lsl\s*#?\s*([0-9]+)$/i.exec(text.trim());
      if (!m || (Number(m[1]) !== 0 && Number(m[1]) !== 8)) return `invalid shift operator at operand ${ctx.operandNumber}`;
      f['_lsl'] = Number(m[1]);
      return undefined;
    },
    absent(f) {
      f['_lsl'] = -1;
    },
  };
}

/** Chooses imm8 and sh for DUP (immediate) from the value and optional shift, the way GNU as does. */
export function dupImmFinish(f: Fields): string | undefined {
  const esize = 8 << f['size']!;
  const raw = f['_imm']!;
  const shift = f['_lsl']!;
  if (esize === 8 && shift > 0) return 'no shift amount allowed for 8-bit constants at operand 2';
  const s8 = (v: number): boolean => v >= -128 && v <= 127;
  const pick = (v: number): string | undefined => {
    if (s8(v)) { f['imm8'] = v & 0xff; f['sh'] = 0; return undefined; }
    if (v % 256 === 0 && s8(v / 256)) { f['imm8'] = (v / 256) & 0xff; f['sh'] = 1; return undefined; }
    return 'invalid replicated MOV immediate at operand 2';
  };
  const wrap = (v: number): number => {
    if (esize === 64) return v;
    const m = 2 ** esize;
    const u = ((v % m) + m) % m;
    return u >= m / 2 ? u - m : u;
  };
  if (shift >= 0) {
    // An explicit shift: the shifted value must be encodable, with sh = 1 preferred after 'lsl #8'.
    const v = wrap(raw * 2 ** shift);
    if (shift === 8 && v % 256 === 0 && s8(v / 256)) { f['imm8'] = (v / 256) & 0xff; f['sh'] = 1; return undefined; }
    if (s8(v)) { f['imm8'] = v & 0xff; f['sh'] = 0; return undefined; }
    return 'invalid arithmetic immediate at operand 2';
  }
  // The value as written first, then its signed reading as an element (#65280 in .h is -256, #200 in .b is -56).
  if (pick(raw) === undefined) return undefined;
  const wrapped = wrap(raw);
  if (esize === 8) { f['imm8'] = wrapped & 0xff; f['sh'] = 0; return undefined; }
  return pick(wrapped);
}

/** Element size letter of DUPM's N:imms (N = 1: d; imms 0xxxxx: s, 10xxxx: h, 110xxx/1110xx/11110x: b; else reserved). */
function dupmLetter(f: Readonly<Fields>): string | undefined {
  if (f['N'] === 1) return 'd';
  const imms = f['imms']!;
  if ((imms & 0x20) === 0) return 's';
  if ((imms & 0x30) === 0x20) return 'h';
  if ((imms & 0x3e) !== 0x3e) return 'b';
  return undefined;
}

/** DUPM's element size: decoded from the immediate's N:imms; while parsing, carried in the scratch field `_size`. */
export const dupmSize: FieldChoice = {
  tokens: ['b', 'h', 's', 'd'],
  format: dupmLetter,
  parse(token, f) {
    const i = sizeLetters.indexOf(token.toLowerCase() as (typeof sizeLetters)[number]);
    if (i < 0) return 'operand mismatch';
    f['_size'] = i;
    return undefined;
  },
};

/** The 64-bit value of DUPM's bitmask immediate, or undefined when N:immr:imms is reserved. */
export function dupmValue(f: Readonly<Fields>): bigint | undefined {
  if (dupmLetter(f) === undefined) return undefined;
  return decodeBitmask(f['N']!, f['immr']!, f['imms']!, true);
}

/** DUPM's immediate, printed as the element's value in hex; parsed into scratch halves for `dupmFinish`. */
export function dupmImm(): Operand {
  return {
    syntax: '#<const>',
    format(f) {
      const v = dupmValue(f);
      const letter = dupmLetter(f);
      if (v === undefined || letter === undefined) return undefined;
      return `#${hex(BigInt.asUintN(8 << sizeLetters.indexOf(letter as (typeof sizeLetters)[number]), v))}`;
    },
    parse(text, f, ctx) {
      const v = parseImmediate(text, ctx);
      if (v.kind === 'error') return v.message;
      if (v.kind !== 'constant') return `constant expression required at operand ${ctx.operandNumber}`;
      const esize = 8 << (f['_size'] ?? 3);
      // As for DUP (immediate): any value of esize + 1 bits, truncated to the element.
      if (v.value < -(1n << BigInt(esize)) || v.value >= 1n << BigInt(esize)) {
        if (esize < 64 || v.value < -(1n << 63n) || v.value >= 1n << 64n) return `immediate out of range at operand ${ctx.operandNumber}`;
      }
      let element = BigInt.asUintN(esize, v.value);
      for (let width = esize; width < 64; width *= 2) element |= element << BigInt(width);
      f['_lo'] = Number(element & 0xffffffffn);
      f['_hi'] = Number(element >> 32n);
      return undefined;
    },
  };
}

/**
 * Arm ARM SVEMoveMaskPreferred: false when DUP (immediate) can produce the value (an 8-bit immediate, optionally
 * shifted by 8, in elements of some size), so that MOV is printed (and accepted) for DUPM only when it must be.
 */
export function sveMoveMaskPreferred(imm: bigint): boolean {
  const bits = (hi: number, lo: number): bigint => (imm >> BigInt(lo)) & ((1n << BigInt(hi - lo + 1)) - 1n);
  const zero = (hi: number, lo: number): boolean => bits(hi, lo) === 0n;
  const ones = (hi: number, lo: number): boolean => bits(hi, lo) === (1n << BigInt(hi - lo + 1)) - 1n;
  const halves32 = bits(63, 32) === bits(31, 0);
  const halves16 = halves32 && bits(31, 16) === bits(15, 0);
  if (!zero(7, 0)) {
    if (zero(63, 7) || ones(63, 7)) return false;
    if (halves32 && (zero(31, 7) || ones(31, 7))) return false;
    if (halves16 && (zero(15, 7) || ones(15, 7))) return false;
    if (halves16 && bits(15, 8) === bits(7, 0)) return false;
  } else {
    if (zero(63, 15) || ones(63, 15)) return false;
    if (halves32 && (zero(31, 15) || ones(31, 15))) return false;
    if (halves16) return false;
  }
  return true;
}

/** Encodes DUPM's parsed value; `mov` also requires that DUP (immediate) could not have encoded it. */
export function dupmFinish(mov: boolean): (f: Fields) => string | undefined {
  return (f) => {
    const value = (BigInt(f['_hi']! >>> 0) << 32n) | BigInt(f['_lo']! >>> 0);
    const enc = encodeBitmask(value, true);
    if (!enc) return 'immediate out of range at operand 2';
    f['N'] = enc.N;
    f['immr'] = enc.immr;
    f['imms'] = enc.imms;
    if (dupmLetter(f) !== sizeLetters[f['_size'] ?? 3] && !(f['_size'] === 0 && dupmLetter(f) === 'b')) {
      // A value that repeats with a shorter period is still an element of the size written.
      const letter = dupmLetter(f);
      const got = letter === undefined ? -1 : sizeLetters.indexOf(letter as (typeof sizeLetters)[number]);
      if (got > (f['_size'] ?? 3)) return 'immediate out of range at operand 2';
    }
    if (mov && !sveMoveMaskPreferred(value)) return 'invalid replicated MOV immediate at operand 2';
    return undefined;
  };
}
