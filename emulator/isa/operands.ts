// Operand kinds shared by every encoding group: general registers, plain and shifted immediates, bitmask
// immediates, shifts and extends, conditions, PC-relative labels. Each kind binds to named fields and knows how
// to format them like objdump and parse GNU as syntax back into them. Group-specific kinds live with their group.

import { ABSOLUTE_SYMBOL, type RelocKind } from './api.js';
import { decodeBitmask, encodeBitmask, type BitmaskFields } from './bitmask.js';
import type { Fields, FormatContext, Operand, ParseContext } from './table.js';
import { formatTarget, gprName, hex, normaliseCase, parseGpr, parseImmediate, signExtend, wrap64 } from './text.js';

/** How a register operand chooses between W and X: fixed, or by a field (sf, or any 1-bit field). */
export type RegWidth = 'x' | 'w' | { readonly field: string; readonly xWhen?: number } | ((f: Readonly<Fields>) => 'x' | 'w');

export function widthIs64(width: RegWidth, f: Readonly<Fields>): boolean {
  if (width === 'x') return true;
  if (width === 'w') return false;
  if (typeof width === 'function') return width(f) === 'x';
  return f[width.field] === (width.xWhen ?? 1);
}

export interface GprOptions {
  /** Register 31 is SP/WSP (else XZR/WZR). */
  readonly sp?: boolean;
  /** Syntax letter suffix for hovers: 'd', 'n', 'm', 't'... (default: field name without 'R'). */
  readonly role?: string;
  /** The shifted-register operand of a data processing form (GNU words its error differently). */
  readonly shifted?: boolean;
}

/** Message GNU prints for a register of the wrong class. */
export function gprExpected(n: number, sp: boolean): string {
  return sp ? `operand ${n} must be an integer or stack pointer register` : `operand ${n} must be an integer register`;
}

/** A general-purpose register in field `field` (5 bits). */
export function gpr(field: string, width: RegWidth = { field: 'sf' }, opts: GprOptions = {}): Operand {
  const sp = opts.sp ?? false;
  const role = opts.role ?? field.replace(/^R/, '').toLowerCase();
  const syntax = width === 'x' ? `<X${role}${sp ? '|SP' : ''}>` : width === 'w' ? `<W${role}${sp ? '|WSP' : ''}>` : `<R${role}${sp ? '|SP' : ''}>`;
  return {
    syntax,
    format(f) {
      return gprName(f[field]!, widthIs64(width, f), sp);
    },
    parse(text, f, ctx) {
      const r = parseGpr(text);
      if (!r || (r.isSp && !sp) || (r.isZr && sp)) {
        if (opts.shifted) return `integer register expected in the extended/shifted operand register at operand ${ctx.operandNumber}`;
        if (r && r.isSp && !sp) return gprExpected(ctx.operandNumber, false);
        return gprExpected(ctx.operandNumber, sp);
      }
      if (typeof width === 'object') {
        const want = width.xWhen ?? 1;
        const got = r.is64 ? want : want ^ 1;
        if (f[width.field] === undefined) f[width.field] = got;
        else if (f[width.field] !== got) return 'operand mismatch';
      } else if (typeof width === 'string') {
        if (r.is64 !== (width === 'x')) return 'operand mismatch';
      } else {
        // A width computed from other fields is checked after all operands are parsed.
        f[`_${field}_is64`] = r.is64 ? 1 : 0;
      }
      f[field] = r.num;
      return undefined;
    },
  };
}


export type ImmFormat = 'hex' | 'dec';

export interface ImmOptions {
  /** Encoded value = written value / scale (written value must be a multiple). */
  readonly scale?: number;
  readonly signed?: boolean;
  readonly format?: ImmFormat;
  /** Inclusive range of the written value; defaults from the field width, sign and scale. */
  readonly min?: number;
  readonly max?: number;
  /** Written value is encoded as (value + bias) before scaling, e.g. a field holding value-1. */
  readonly bias?: number;
  readonly optional?: boolean;
  /** Value assumed (and omitted in disassembly) when the optional operand is left out. */
  readonly defaultValue?: number;
  /** Written without '#' in disassembly. */
  readonly noHash?: boolean;
  readonly syntax?: string;
  /** Relocations for symbolic values, by modifier ('' for none). */
  readonly relocs?: Readonly<Record<string, RelocKind>>;
}

/** A plain immediate held in one field. */
export function imm(field: string, bits: number, opts: ImmOptions = {}): Operand {
  const scale = opts.scale ?? 1;
  const signed = opts.signed ?? false;
  const bias = opts.bias ?? 0;
  const min = opts.min ?? (signed ? -(2 ** (bits - 1)) * scale : 0) - bias;
  const max = opts.max ?? ((signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1) * scale) - bias;
  const fmt = opts.format ?? 'hex';
  const hash = opts.noHash ? '' : '#';
  const decodeValue = (f: Readonly<Fields>): number => {
    const raw = f[field]!;
    return (signed ? signExtend(raw, bits) : raw) * scale - bias;
  };
  return {
    syntax: opts.syntax ?? `#<${field}>`,
    ...(opts.optional ? { optional: true } : {}),
    format(f) {
      const v = decodeValue(f);
      if (opts.optional && v === (opts.defaultValue ?? 0)) return undefined;
      return hash + (fmt === 'hex' ? hex(v) : String(v));
    },
    parse(text, f, ctx) {
      const v = parseImmediate(text, ctx);
      if (v.kind === 'error') return v.message;
      if (v.kind === 'symbol' || v.modifier !== undefined) {
        const kind = opts.relocs?.[v.modifier ?? ''];
        if (!kind) {
          // Operands that take relocations report an undefined plain symbol; the others want a constant.
          if (v.kind === 'symbol' && v.modifier === undefined && opts.relocs) return `undefined symbol ${v.symbol} used as an immediate value`;
          return v.kind === 'symbol' ? `constant expression required at operand ${ctx.operandNumber}` : `unexpected relocation modifier at operand ${ctx.operandNumber}`;
        }
        if (v.kind === 'symbol') {
          ctx.fixup = { kind, symbol: v.symbol, addend: v.addend };
          f[field] = 0;
          return undefined;
        }
        return undefined;
      }
      const n = Number(BigInt.asIntN(64, v.value));
      if (n < min || n > max) return `immediate value out of range ${min} to ${max} at operand ${ctx.operandNumber}`;
      if ((n + bias) % scale !== 0) return `immediate value must be a multiple of ${scale} at operand ${ctx.operandNumber}`;
      const enc = (n + bias) / scale;
      f[field] = signed ? enc & (2 ** bits - 1) : enc;
      return undefined;
    },
    ...(opts.optional ? { absent(f: Fields) { f[field] = ((opts.defaultValue ?? 0) + bias) / scale & (2 ** bits - 1); } } : {}),
  };
}

/** Optional ', lsl #12' after an ADD/SUB immediate, in field `sh`. */
export function lsl12(field = 'sh'): Operand {
  return {
    syntax: 'lsl #12',
    optional: true,
    modifiesPrevious: true,
    format(f) {
      return f[field] ? 'lsl #12' : undefined;
    },
    parse(text, f, ctx) {
      const m = /^(lsl|LSL)\s*#?\s*(.*)$/.exec(text);
      if (!m) return `shift expression expected at operand ${ctx.operandNumber}`;
      const v = parseImmediate(m[2]!, ctx);
      if (v.kind !== 'constant' || (v.value !== 0n && v.value !== 12n)) return `shift amount must be 0 or 12 at operand ${ctx.operandNumber}`;
      if (v.value === 12n) {
        if (f._autoShift === 1) return 'immediate out of range';
        f[field] = 1;
      } else f[field] = f[field] ?? 0;
      return undefined;
    },
    absent(f) {
      f[field] = f[field] ?? 0;
    },
  };
}

/** The 12-bit ADD/SUB immediate (with automatic 'lsl #12' for multiples of 4096), or :lo12: relocations. */
export function addSubImm(negate = false): Operand {
  return {
    syntax: '#<imm>',
    format(f) {
      return `#${hex(f.imm12!)}`;
    },
    parse(text, f, ctx) {
      const v = parseImmediate(text, ctx);
      if (v.kind === 'error') return v.message;
      if (v.kind === 'symbol') {
        if (negate) return `constant expression required at operand ${ctx.operandNumber}`;
        const kind = addImmRelocs[v.modifier ?? ''];
        if (!kind) return v.modifier === undefined ? `undefined symbol ${v.symbol} used as an immediate value` : `unsupported relocation modifier at operand ${ctx.operandNumber}`;
        ctx.fixup = { kind, symbol: v.symbol, addend: v.addend };
        f.imm12 = 0;
        if (kind === 'R_AARCH64_TLSLE_ADD_TPREL_HI12') f.sh = 1;
        return undefined;
      }
      let n = BigInt.asIntN(64, v.value);
      if (v.modifier === 'lo12') n &= 0xfffn;
      else if (v.modifier !== undefined) return `unsupported relocation modifier at operand ${ctx.operandNumber}`;
      if (negate) {
        if (n >= 0n) return 'immediate out of range';
        n = -n;
      } else if (n < 0n) return 'immediate out of range';
      if (n <= 0xfffn) f.imm12 = Number(n);
      else if ((n & 0xfffn) === 0n && n <= 0xfff000n) { f.imm12 = Number(n >> 12n); f.sh = 1; f._autoShift = 1; }
      else return 'immediate out of range';
      return undefined;
    },
  };
}

const addImmRelocs: Record<string, RelocKind> = {
  lo12: 'R_AARCH64_ADD_ABS_LO12_NC',
  tprel_lo12: 'R_AARCH64_TLSLE_ADD_TPREL_LO12',
  tprel_lo12_nc: 'R_AARCH64_TLSLE_ADD_TPREL_LO12_NC',
  tprel_hi12: 'R_AARCH64_TLSLE_ADD_TPREL_HI12',
  tlsdesc_lo12: 'R_AARCH64_TLSDESC_ADD_LO12',
};

/**
 * A logical (bitmask) immediate in N:immr:imms. `padded` prints objdump's MOV style ('#0x10' padded to 20 hex
 * columns with a decimal comment); `inverted` parses the complement (GNU's `bic Rd, Rn, #imm` = AND with ~imm).
 */
export function bitmaskImm(padded = false, inverted = false): Operand {
  return {
    syntax: '#<imm>',
    format(f, ctx) {
      const is64 = f.sf === 1;
      const v = decodeBitmask(f.N!, f.immr!, f.imms!, is64) ?? 0n;
      if (padded) {
        ctx.comment = `#${is64 ? BigInt.asIntN(64, v) : BigInt.asIntN(32, v)}`;
        return `#0x${v.toString(16).padEnd(20, ' ')}`;
      }
      return `#${hex(v)}`;
    },
    parse(text, f, ctx) {
      const v = parseImmediate(text, ctx);
      if (v.kind !== 'constant' || v.modifier !== undefined) return v.kind === 'error' ? v.message : `constant expression required at operand ${ctx.operandNumber}`;
      const is64 = f.sf !== 0;
      let value = inverted ? ~v.value : v.value;
      if (!is64) {
        // A 32-bit operation accepts values whose upper half is all zeros or a sign extension.
        const hi = BigInt.asUintN(64, value) >> 32n;
        if (hi !== 0n && hi !== 0xffffffffn) return `immediate out of range at operand ${ctx.operandNumber}`;
        value &= 0xffffffffn;
      }
      const enc = encodeLogicalImmediate(value, is64);
      if (!enc) return `immediate out of range at operand ${ctx.operandNumber}`;
      f.N = enc.N;
      f.immr = enc.immr;
      f.imms = enc.imms;
      return undefined;
    },
  };
}

/**
 * encodeBitmask with the 64-bit element case (halves differ) searched in two 32-bit numbers instead of BigInts:
 * the same rotation search, so the same answer, without allocating.
 */
function encodeLogicalImmediate(value: bigint, is64: boolean): BitmaskFields | undefined {
  if (!is64) return encodeBitmask(value, false);
  const lo = Number(BigInt.asUintN(32, value));
  const hi = Number(BigInt.asUintN(32, value >> 32n));
  if (lo === hi) return encodeBitmask(value, true);
  const ones = popcount32(lo) + popcount32(hi);
  // A run of `ones` ones from bit 0, as halves.
  const runLo = ones >= 32 ? 0xffffffff : 2 ** ones - 1;
  const runHi = ones > 32 ? 2 ** (ones - 32) - 1 : 0;
  for (let r = 0; r < 64; r++) {
    // Rotate right by r.
    let a = runLo;
    let b = runHi;
    if (r >= 32) { a = runHi; b = runLo; }
    const k = r & 31;
    const rLo = k === 0 ? a : ((a >>> k) | (b << (32 - k))) >>> 0;
    const rHi = k === 0 ? b : ((b >>> k) | (a << (32 - k))) >>> 0;
    if (rLo === lo && rHi === hi) return { N: 1, immr: r, imms: ones - 1 };
  }
  return undefined;
}

function popcount32(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export const shiftNames = ['lsl', 'lsr', 'asr', 'ror'] as const;

/** Optional ', <shift> #amount' of a shifted-register operand (fields shift, imm6). */
export function regShift(allowRor: boolean): Operand {
  return {
    syntax: allowRor ? '<shift> #<amount>' : '<lsl|lsr|asr> #<amount>',
    optional: true,
    modifiesPrevious: true,
    format(f) {
      if (f.shift === 0 && f.imm6 === 0) return undefined;
      return `${shiftNames[f.shift!]} #${f.imm6}`;
    },
    parse(text, f, ctx) {
      const m = /^([A-Za-z]+)\s*(.*)$/.exec(text);
      const name = m ? normaliseCase(m[1]!) : undefined;
      const idx = name ? shiftNames.indexOf(name as (typeof shiftNames)[number]) : -1;
      if (!m || idx < 0) {
        if (name && extendNames.includes(name as (typeof extendNames)[number])) return `shift operator expected at operand ${ctx.operandNumber}`;
        return `shift expression expected at operand ${ctx.operandNumber}`;
      }
      if (idx === 3 && !allowRor) { ctx.definite = true; return `'ROR' operator not allowed at operand ${ctx.operandNumber}`; }
      const v = parseImmediate(m[2]!, ctx);
      if (v.kind !== 'constant') return v.kind === 'error' ? v.message : `constant expression required at operand ${ctx.operandNumber}`;
      const limit = f.sf === 0 ? 31 : 63;
      if (v.value < 0n || v.value > BigInt(limit)) { ctx.definite = true; return `shift amount out of range 0 to ${limit} at operand ${ctx.operandNumber}`; }
      f.shift = idx;
      f.imm6 = Number(v.value);
      return undefined;
    },
    absent(f) {
      f.shift = 0;
      f.imm6 = 0;
    },
  };
}

export const extendNames = ['uxtb', 'uxth', 'uxtw', 'uxtx', 'sxtb', 'sxth', 'sxtw', 'sxtx'] as const;

/** The Rm register of an extended-register ADD/SUB: W unless option is UXTX/SXTX (checked by `extend`). */
export function extendedRm(): Operand {
  return {
    syntax: '<R><m>',
    format(f) {
      return gprName(f.Rm!, f.sf === 1 && (f.option! & 3) === 3, false);
    },
    parse(text, f, ctx) {
      const r = parseGpr(text);
      if (!r || r.isSp) return gprExpected(ctx.operandNumber, false);
      f.Rm = r.num;
      f._rm64 = r.is64 ? 1 : 0;
      return undefined;
    },
  };
}

/** Optional ', <extend> {#amount}' of an extended-register ADD/SUB (fields option, imm3). `setsFlags` = ADDS/SUBS. */
export function extend(setsFlags: boolean): Operand {
  const lslPreferred = (f: Readonly<Fields>): boolean =>
    ((!setsFlags && f.Rd === 31) || f.Rn === 31) && f.option === (f.sf === 1 ? 3 : 2);
  return {
    syntax: '<extend> {#<amount>}',
    optional: true,
    modifiesPrevious: true,
    format(f) {
      if (lslPreferred(f)) return f.imm3 === 0 ? undefined : `lsl #${f.imm3}`;
      return f.imm3 === 0 ? extendNames[f.option!] : `${extendNames[f.option!]} #${f.imm3}`;
    },
    parse(text, f, ctx) {
      const m = /^([A-Za-z]+)\s*(.*)$/.exec(text);
      const name = m ? normaliseCase(m[1]!) : undefined;
      let option = name ? extendNames.indexOf(name as (typeof extendNames)[number]) : -1;
      if (name === 'lsl') {
        if (!((!setsFlags && f.Rd === 31) || f.Rn === 31)) return `extend operator expected at operand ${ctx.operandNumber}`;
        option = f.sf === 1 ? 3 : 2;
      }
      if (!m || option < 0) return `extend operator expected at operand ${ctx.operandNumber}`;
      let amount = 0;
      if (m[2]!.trim() !== '') {
        const v = parseImmediate(m[2]!, ctx);
        if (v.kind !== 'constant') return v.kind === 'error' ? v.message : `constant expression required at operand ${ctx.operandNumber}`;
        if (v.value < 0n || v.value > 4n) { ctx.definite = true; return `shift amount out of range 0 to 4 at operand ${ctx.operandNumber}`; }
        amount = Number(v.value);
      } else if (name === 'lsl') return `shift amount expected at operand ${ctx.operandNumber}`;
      const rm64 = f.sf === 1 && (option & 3) === 3;
      if ((f._rm64 === 1) !== rm64) return `operand mismatch`;
      f.option = option;
      f.imm3 = amount;
      return undefined;
    },
    absent(f) {
      f.option = f.sf === 1 ? 3 : 2;
      f.imm3 = 0;
    },
  };
}

/** After parsing an extended-register ADD/SUB: Rm must be X exactly for UXTX/SXTX of a 64-bit operation. */
export function extendFinish(f: Fields): string | undefined {
  return f._rm64 === (f.sf === 1 && (f.option! & 3) === 3 ? 1 : 0) ? undefined : 'operand mismatch';
}

/** Validity of the extended-register ADD/SUB fields. */
export function extendValid(f: Readonly<Fields>): boolean {
  return f.imm3! <= 4;
}

export const condNames = ['eq', 'ne', 'cs', 'cc', 'mi', 'pl', 'vs', 'vc', 'hi', 'ls', 'ge', 'lt', 'gt', 'le', 'al', 'nv'] as const;
const condAlternatives: readonly (readonly string[])[] = [
  ['none'], ['any'], ['hs', 'nlast'], ['lo', 'ul', 'last'], ['first'], ['nfrst'], [], [], ['pmore'], ['plast'],
  ['tcont'], ['tstop'], [], [], [], [],
];
const condByName = new Map<string, number>();
condNames.forEach((n, i) => {
  condByName.set(n, i);
  for (const a of condAlternatives[i]!) condByName.set(a, i);
});

/** Parses a condition name (eq, ne, cs/hs, cc/lo, ..., and GNU's SVE-style names). */
export function parseCond(text: string): number | undefined {
  const n = normaliseCase(text.trim());
  return n === undefined ? undefined : condByName.get(n);
}

export interface CondOptions {
  /** The printed condition is the inverse of the encoded one (CSET, CINC, ...). */
  readonly inverted?: boolean;
  /** Part of the mnemonic (b.<cond>); the value is the mnemonic prefix used in objdump's comment ('b', 'bc'). */
  readonly inMnemonic?: string;
  /** Reject AL and NV (aliases such as CSET). */
  readonly noAlNv?: boolean;
}

/** A condition code in field `field`. objdump adds a comment listing the other names of the condition. */
export function cond(field = 'cond', opts: CondOptions = {}): Operand {
  const inv = opts.inverted ? 1 : 0;
  return {
    syntax: '<cond>',
    ...(opts.inMnemonic ? { inMnemonic: true } : {}),
    format(f, ctx) {
      const c = f[field]! ^ inv;
      const alts = condAlternatives[c]!;
      if (alts.length) {
        if (opts.inMnemonic) {
          ctx.comment = alts.map((a) => `${opts.inMnemonic}.${a}`).join(', ');
          ctx.commentSeparator = '  ';
        } else ctx.comment = `${condNames[c]} = ${alts.join(', ')}`;
      }
      return condNames[c];
    },
    parse(text, f, ctx) {
      const c = parseCond(text);
      if (c !== undefined && opts.noAlNv && c >= 14) return `operand ${ctx.operandNumber} must be one of the standard conditions, excluding AL and NV.`;
      if (c === undefined) return /^[A-Za-z]+$/.test(text.trim()) ? `invalid condition at operand ${ctx.operandNumber}` : `condition expected at operand ${ctx.operandNumber}`;
      f[field] = c ^ inv;
      return undefined;
    },
  };
}

/** How a PC-relative label is stored: field names, width, scale and relocation. */
export interface LabelOptions {
  /** The offset field, or [lo, hi] fields with the low field's width (ADR/ADRP immlo:immhi). */
  readonly field: string | { readonly lo: string; readonly loBits: number; readonly hi: string };
  readonly bits: number;
  /** 4 for branches, 1 for ADR, 4096 for ADRP (page). */
  readonly scale: number;
  readonly page?: boolean;
  /** Relocation kinds by modifier ('' for a plain symbol). */
  readonly relocs: Readonly<Record<string, RelocKind>>;
}

function getLabelRaw(f: Readonly<Fields>, o: LabelOptions): number {
  if (typeof o.field === 'string') return f[o.field]!;
  return (f[o.field.hi]! << o.field.loBits) | f[o.field.lo]!;
}

function setLabelRaw(f: Fields, o: LabelOptions, raw: number): void {
  const m = 2 ** o.bits - 1;
  raw = raw & m;
  if (typeof o.field === 'string') f[o.field] = raw;
  else {
    f[o.field.lo] = raw & ((1 << o.field.loBits) - 1);
    f[o.field.hi] = raw >>> o.field.loBits;
  }
}

/** A PC-relative label (branch target, literal address, ADR/ADRP). Prints the target like objdump. */
export function label(o: LabelOptions): Operand {
  return {
    syntax: '<label>',
    format(f, ctx) {
      const offset = BigInt(signExtend(getLabelRaw(f, o), o.bits)) * BigInt(o.scale);
      const base = o.page ? ctx.address & ~0xfffn : ctx.address;
      const target = wrap64(base + offset);
      ctx.target = target;
      return formatTarget(target, ctx.symbolize);
    },
    parse(text, f, ctx) {
      const v = parseImmediate(text, ctx, true);
      if (v.kind === 'error') return v.message;
      if (v.kind === 'symbol') {
        const kind = o.relocs[v.modifier ?? ''];
        if (!kind) return `unsupported relocation modifier at operand ${ctx.operandNumber}`;
        ctx.fixup = { kind, symbol: v.symbol, addend: v.addend };
        setLabelRaw(f, o, 0);
        return undefined;
      }
      if (v.modifier !== undefined && !(v.modifier in o.relocs)) return `unsupported relocation modifier at operand ${ctx.operandNumber}`;
      if (o.page && !v.location) {
        // ADRP of a number names an absolute address: GNU as relocates it against *ABS* (the page offset is only
        // known once the instruction's own address is).
        const kind = o.relocs[v.modifier ?? ''];
        if (!kind) return `unsupported relocation modifier at operand ${ctx.operandNumber}`;
        ctx.fixup = { kind, symbol: ABSOLUTE_SYMBOL, addend: v.value };
        setLabelRaw(f, o, 0);
        return undefined;
      }
      // A location (a resolved label) is the target; a plain number is the offset from the instruction, as GNU
      // as reads it (`b 8` skips the next instruction).
      const base = o.page ? ctx.address & ~0xfffn : ctx.address;
      const delta = v.location ? BigInt.asIntN(64, (o.page ? v.value & ~0xfffn : v.value) - base) : BigInt.asIntN(64, v.value);
      const scale = BigInt(o.scale);
      if (delta % scale !== 0n) return `immediate value must be a multiple of ${o.scale} at operand ${ctx.operandNumber}`;
      const raw = delta / scale;
      const limit = 1n << BigInt(o.bits - 1);
      if (raw < -limit || raw >= limit) return `immediate out of range at operand ${ctx.operandNumber}`;
      setLabelRaw(f, o, Number(raw));
      return undefined;
    },
  };
}

/** Operand kind that is printed and parsed as fixed text (e.g. 'c' of `bti c` handled elsewhere). */
export function keyword(word: string): Operand {
  return {
    syntax: word,
    format() {
      return word;
    },
    parse(text, _f, ctx) {
      return normaliseCase(text) === word ? undefined : `operand ${ctx.operandNumber} must be ${word}`;
    },
  };
}

/** An operand kind defined by explicit functions (for one-off operands in a group). */
export function custom(o: Operand): Operand {
  return o;
}
