// Operand kinds of the loads/stores group: addressing modes ([Xn|SP{, #imm}], pre-index '[Xn, #imm]!',
// post-index '[Xn], #imm', register offset '[Xn, Rm{, extend {#amount}}]'), the exclusive/atomic base '[Xn]',
// prefetch operations (pldl1keep ...) and :lo12: relocations of scaled offsets. Text follows GNU objdump 2.40.

import type { RelocKind } from '../api.js';
import type { Fields, Operand, ParseContext } from '../table.js';
import { normaliseCase, parseGpr, parseImmediate, signExtend } from '../text.js';
import { gprName } from '../text.js';

/** log2 of the access size, fixed or computed from fields (e.g. 2 + sz for LDR W/X). */
export type SizeLog2 = number | ((f: Readonly<Fields>) => number);

function sizeLog2(s: SizeLog2, f: Readonly<Fields>): number {
  return typeof s === 'number' ? s : s(f);
}

/** The parts of an address operand '[base, item, ...]' with an optional '!' after it. */
interface AddressText {
  readonly base: string;
  readonly items: string[];
  readonly writeback: boolean;
}

/** Splits '[x1, #8]!' into base, items and writeback; returns an error message when it is not an address. */
function splitAddress(text: string, ctx: ParseContext): AddressText | string {
  // The same as trim, '[' check, split(',') and trimming each part, in one scan (this runs for every address
  // operand of every load/store form tried).
  let start = 0;
  let end = text.length;
  while (start < end && isTrimmed(text.charCodeAt(start))) start++;
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
  if (text.charCodeAt(start) !== 91 || start >= end) return `invalid addressing mode at operand ${ctx.operandNumber}`; // [
  const close = text.indexOf(']', start);
  if (close < 0 || close >= end) return `']' expected at operand ${ctx.operandNumber}`;
  const after = trimmed(text, close + 1, end);
  if (after !== '' && after !== '!') return `unexpected characters following instruction at operand ${ctx.operandNumber}`;
  const items: string[] = [];
  let base: string | undefined;
  let from = start + 1;
  for (;;) {
    const comma = text.indexOf(',', from);
    const to = comma < 0 || comma > close ? close : comma;
    const part = trimmed(text, from, to);
    if (base === undefined) base = part;
    else items.push(part);
    if (to === close) break;
    from = to + 1;
  }
  return { base, items, writeback: after === '!' };
}

/** The ASCII characters String.prototype.trim removes. */
function isTrimmed(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** text[from, to) trimmed as String.prototype.trim trims it. */
function trimmed(text: string, from: number, to: number): string {
  let a = from;
  let b = to;
  while (a < b && isTrimmed(text.charCodeAt(a))) a++;
  while (b > a && isTrimmed(text.charCodeAt(b - 1))) b--;
  // Other blanks trim removes are not ASCII: let it decide when a part begins or ends with one.
  if ((a < b && text.charCodeAt(a) > 127) || (b > a && text.charCodeAt(b - 1) > 127)) return text.slice(a, b).trim();
  return text.slice(a, b);
}

/** Parses the base register (64-bit GPR or SP) into field `Rn`. */
function parseBase(text: string, f: Fields, ctx: ParseContext): string | undefined {
  const r = parseGpr(text);
  if (!r || !r.is64 || r.isZr) return `64-bit integer or SP register expected at operand ${ctx.operandNumber}`;
  f.Rn = r.num;
  return undefined;
}

function baseName(f: Readonly<Fields>): string {
  return gprName(f.Rn!, true, true);
}

/** Relocations of a scaled 12-bit offset by access size (:lo12:) and the GOT form (:got_lo12:, 64-bit only). */
const lo12Relocs: readonly RelocKind[] = [
  'R_AARCH64_LDST8_ABS_LO12_NC', 'R_AARCH64_LDST16_ABS_LO12_NC', 'R_AARCH64_LDST32_ABS_LO12_NC',
  'R_AARCH64_LDST64_ABS_LO12_NC', 'R_AARCH64_LDST128_ABS_LO12_NC',
];

export interface OffsetOptions {
  /** Offset field name ('imm12', 'imm9', 'imm7'). */
  readonly field: string;
  readonly bits: number;
  readonly signed: boolean;
  /** The field holds offset >> log2 (scaled forms); unscaled forms use 0. */
  readonly scale: SizeLog2;
  /** Accept :lo12:/:got_lo12: relocations (unsigned scaled offsets only). */
  readonly relocations?: boolean;
  /** Message style of GNU for out-of-range offsets: without range (unsigned offset) or with it. */
  readonly rangeInMessage?: boolean;
}

function offsetRange(o: OffsetOptions, f: Readonly<Fields>): { min: number; max: number; scale: number } {
  const scale = 2 ** sizeLog2(o.scale, f);
  const min = o.signed ? -(2 ** (o.bits - 1)) * scale : 0;
  const max = (o.signed ? 2 ** (o.bits - 1) - 1 : 2 ** o.bits - 1) * scale;
  return { min, max, scale };
}

function offsetValue(o: OffsetOptions, f: Readonly<Fields>): number {
  const raw = f[o.field]!;
  return (o.signed ? signExtend(raw, o.bits) : raw) * 2 ** sizeLog2(o.scale, f);
}

/** Parses an offset item ('#8', '8', '#:lo12:sym') into the offset field. */
function parseOffset(text: string | undefined, o: OffsetOptions, f: Fields, ctx: ParseContext): string | undefined {
  if (text === undefined) {
    f[o.field] = 0;
    return undefined;
  }
  const v = parseImmediate(text, ctx);
  if (v.kind === 'error') return v.message;
  const log2 = sizeLog2(o.scale, f);
  if (v.modifier !== undefined || v.kind === 'symbol') {
    if (!o.relocations) return `relocation not allowed at operand ${ctx.operandNumber}`;
    let kind: RelocKind | undefined;
    if (v.modifier === 'lo12') kind = lo12Relocs[log2];
    else if (v.modifier === 'got_lo12' && log2 === 3) kind = 'R_AARCH64_LD64_GOT_LO12_NC';
    else if (v.modifier === 'gottprel_lo12' && log2 === 3) kind = 'R_AARCH64_TLSIE_LD64_GOTTPREL_LO12_NC';
    else if (v.modifier === 'tlsdesc_lo12' && log2 === 3) kind = 'R_AARCH64_TLSDESC_LD64_LO12';
    if (!kind) return v.modifier === undefined ? `constant expression required at operand ${ctx.operandNumber}` : `unsupported relocation modifier at operand ${ctx.operandNumber}`;
    if (v.kind === 'symbol') {
      ctx.fixup = { kind, symbol: v.symbol, addend: v.addend };
      f[o.field] = 0;
      return undefined;
    }
    const low = Number(BigInt.asUintN(12, v.value));
    if (low % 2 ** log2 !== 0) return `immediate value must be a multiple of ${2 ** log2} at operand ${ctx.operandNumber}`;
    f[o.field] = low >> log2;
    return undefined;
  }
  const { min, max, scale } = offsetRange(o, f);
  const big = BigInt.asIntN(64, v.value);
  if (big < BigInt(min) || big > BigInt(max)) {
    return o.rangeInMessage === false
      ? 'immediate offset out of range'
      : `immediate offset out of range ${min} to ${max} at operand ${ctx.operandNumber}`;
  }
  const n = Number(big);
  if (n % scale !== 0) return `immediate value must be a multiple of ${scale} at operand ${ctx.operandNumber}`;
  f[o.field] = (n / scale) & (2 ** o.bits - 1);
  return undefined;
}

/** '[Xn|SP{, #imm}]' (the offset is omitted when zero): unsigned offset, unscaled, unprivileged, pair offset. */
export function memOffset(o: OffsetOptions): Operand {
  return {
    syntax: o.signed ? '[<Xn|SP>{, #<simm>}]' : '[<Xn|SP>{, #<pimm>}]',
    format(f) {
      const v = offsetValue(o, f);
      return v === 0 ? `[${baseName(f)}]` : `[${baseName(f)}, #${v}]`;
    },
    parse(text, f, ctx) {
      const a = splitAddress(text, ctx);
      if (typeof a === 'string') return a;
      if (a.writeback) {
        return a.items.length === 0
          ? `missing offset in the pre-indexed address at operand ${ctx.operandNumber}`
          : `unexpected address writeback at operand ${ctx.operandNumber}`;
      }
      if (a.items.length > 1) return `']' expected at operand ${ctx.operandNumber}`;
      const err = parseBase(a.base, f, ctx);
      if (err) return err;
      if (a.items.length === 1 && parseGpr(a.items[0]!) !== undefined) return `invalid addressing mode at operand ${ctx.operandNumber}`;
      return parseOffset(a.items[0], o, f, ctx);
    },
  };
}

/** '[Xn|SP, #imm]!' (pre-index; the offset is always printed). */
export function memPreIndex(o: OffsetOptions): Operand {
  return {
    syntax: '[<Xn|SP>, #<simm>]!',
    format(f) {
      return `[${baseName(f)}, #${offsetValue(o, f)}]!`;
    },
    parse(text, f, ctx) {
      const a = splitAddress(text, ctx);
      if (typeof a === 'string') return a;
      if (!a.writeback) return `invalid addressing mode at operand ${ctx.operandNumber}`;
      ctx.definite = true;
      if (a.items.length === 0) return `missing offset in the pre-indexed address at operand ${ctx.operandNumber}`;
      if (parseGpr(a.items[0]!) !== undefined) return `register offset not allowed in pre-indexed addressing mode at operand ${ctx.operandNumber}`;
      ctx.definite = false;
      if (a.items.length > 1) return `']' expected at operand ${ctx.operandNumber}`;
      const err = parseBase(a.base, f, ctx);
      if (err) return err;
      // The text is plainly a pre-index address: its offset error explains best.
      const offsetError = parseOffset(a.items[0], o, f, ctx);
      if (offsetError !== undefined) ctx.definite = true;
      return offsetError;
    },
  };
}

/** '[Xn|SP]' alone: the base of a post-index address, or of exclusives and atomics (which accept '#0'). */
export function memBase(acceptZeroOffset: boolean): Operand {
  return {
    syntax: '[<Xn|SP>]',
    format(f) {
      return `[${baseName(f)}]`;
    },
    parse(text, f, ctx) {
      const a = splitAddress(text, ctx);
      if (typeof a === 'string') return a;
      if (a.writeback) return `invalid addressing mode at operand ${ctx.operandNumber}`;
      const err = parseBase(a.base, f, ctx);
      if (err) return err;
      if (a.items.length === 0) return undefined;
      if (!acceptZeroOffset || a.items.length > 1) return `invalid addressing mode at operand ${ctx.operandNumber}`;
      const v = parseImmediate(a.items[0]!, ctx);
      if (v.kind !== 'constant' || v.value !== 0n || v.modifier !== undefined) {
        return `the optional immediate offset can only be 0 at operand ${ctx.operandNumber}`;
      }
      return undefined;
    },
  };
}

/** The '#imm' after a post-index address ('[x1], #8'). */
export function postIndexOffset(o: OffsetOptions): Operand {
  return {
    syntax: '#<simm>',
    format(f) {
      return `#${offsetValue(o, f)}`;
    },
    parse(text, f, ctx) {
      ctx.operandNumber -= 1;
      if (parseGpr(text) !== undefined) {
        ctx.definite = true;
        const message = `invalid addressing mode at operand ${ctx.operandNumber}`;
        ctx.operandNumber += 1;
        return message;
      }
      const err = parseOffset(text, o, f, ctx);
      ctx.operandNumber += 1;
      return err;
    },
  };
}

const extendNames = ['', '', 'uxtw', 'lsl', '', '', 'sxtw', 'sxtx'] as const;

/** Register offset '[Xn|SP, (Wm|Xm){, extend|lsl {#amount}}]' in fields Rm, option, S. */
export function memRegOffset(scale: SizeLog2): Operand {
  return {
    syntax: '[<Xn|SP>, (<Wm>|<Xm>){, <extend> {<amount>}}]',
    format(f) {
      const option = f.option!;
      const rm = gprName(f.Rm!, (option & 1) === 1, false);
      const amount = f.S ? sizeLog2(scale, f) : 0;
      const name = extendNames[option]!;
      let ext = '';
      if (option === 3) ext = f.S ? `, lsl #${amount}` : '';
      else ext = f.S ? `, ${name} #${amount}` : `, ${name}`;
      return `[${baseName(f)}, ${rm}${ext}]`;
    },
    parse(text, f, ctx) {
      const a = splitAddress(text, ctx);
      if (typeof a === 'string') return a;
      if (a.writeback || a.items.length === 0 || a.items.length > 2) return `invalid addressing mode at operand ${ctx.operandNumber}`;
      const err = parseBase(a.base, f, ctx);
      if (err) return err;
      const rm = parseGpr(a.items[0]!);
      if (!rm || rm.isSp) return `invalid addressing mode at operand ${ctx.operandNumber}`;
      f.Rm = rm.num;
      const log2 = sizeLog2(scale, f);
      if (a.items.length === 1) {
        if (!rm.is64) { ctx.definite = true; return `invalid use of 32-bit register offset at operand ${ctx.operandNumber}`; }
        f.option = 3;
        f.S = 0;
        return undefined;
      }
      const m = /^([A-Za-z]+)\s*(.*)$/.exec(a.items[1]!);
      const name = m ? normaliseCase(m[1]!) : undefined;
      const option = name === 'uxtx' ? -1 : name ? extendNames.indexOf(name as (typeof extendNames)[number]) : -1;
      if (m && (name === 'lsr' || name === 'asr' || name === 'ror' || name === 'msl')) {
        ctx.definite = true;
        return `invalid shift for the register offset addressing mode at operand ${ctx.operandNumber}`;
      }
      if (!m || option < 2) { ctx.definite = true; return `invalid addressing mode at operand ${ctx.operandNumber}`; }
      if (rm.is64 !== ((option & 1) === 1)) {
        ctx.definite = true;
        return `invalid use of ${rm.is64 ? 64 : 32}-bit register offset at operand ${ctx.operandNumber}`;
      }
      const amountText = m[2]!.trim();
      if (amountText === '') {
        if (option === 3) { ctx.definite = true; return `invalid shift amount at operand ${ctx.operandNumber}`; }
        f.option = option;
        f.S = 0;
        return undefined;
      }
      const v = parseImmediate(amountText, ctx);
      if (v.kind !== 'constant' || v.modifier !== undefined) { ctx.definite = true; return `invalid shift amount at operand ${ctx.operandNumber}`; }
      const amount = Number(v.value);
      if (amount !== 0 && amount !== log2) { ctx.definite = true; return `invalid shift amount at operand ${ctx.operandNumber}`; }
      f.option = option;
      // The byte forms print (and accept) an explicit '#0' as S=1.
      f.S = log2 === 0 ? 1 : amount === log2 ? 1 : 0;
      return undefined;
    },
  };
}

/** Register-offset encodings with option<1> = 0 are unallocated. */
export function regOffsetValid(f: Readonly<Fields>): boolean {
  return (f.option! & 2) !== 0;
}

const prefetchTypes = ['pld', 'pli', 'pst'] as const;
const prefetchTargets = ['l1', 'l2', 'l3'] as const;
const prefetchPolicies = ['keep', 'strm'] as const;

/** The prefetch operation name for a 5-bit value, or undefined when GNU prints it as a number. */
export function prefetchName(value: number): string | undefined {
  const type = prefetchTypes[value >> 3];
  const target = prefetchTargets[(value >> 1) & 3];
  if (!type || !target) return undefined;
  return `${type}${target}${prefetchPolicies[value & 1]}`;
}

/** The <prfop> of PRFM/PRFUM in field Rt: 'pldl1keep' ... or '#0x1f' for unnamed values. */
export function prefetchOp(): Operand {
  return {
    syntax: '<prfop>|#<imm5>',
    format(f) {
      const v = f.Rt!;
      return prefetchName(v) ?? `#0x${v.toString(16).padStart(2, '0')}`;
    },
    parse(text, f, ctx) {
      const name = normaliseCase(text.trim());
      if (name !== undefined) {
        for (let v = 0; v < 32; v++) {
          if (prefetchName(v) === name) { f.Rt = v; return undefined; }
        }
      }
      if (parseGpr(text) !== undefined) return `immediate operand required at operand ${ctx.operandNumber}`;
      const v = parseImmediate(text, ctx);
      if (v.kind === 'error') return v.message;
      if (v.kind !== 'constant' || v.modifier !== undefined) return `constant expression required at operand ${ctx.operandNumber}`;
      if (v.value < 0n || v.value > 31n) return `immediate value out of range 0 to 31 at operand ${ctx.operandNumber}`;
      f.Rt = Number(v.value);
      return undefined;
    },
  };
}

/** LDRAA/LDRAB offset: S:imm9 scaled by 8, '[Xn|SP{, #simm}]' or pre-index '[Xn|SP, #simm]!'. */
export function pacOffset(preIndex: boolean): Operand {
  const value = (f: Readonly<Fields>) => signExtend((f.S! << 9) | f.imm9!, 10) * 8;
  return {
    syntax: preIndex ? '[<Xn|SP>, #<simm>]!' : '[<Xn|SP>{, #<simm>}]',
    format(f) {
      const v = value(f);
      if (preIndex) return v === 0 ? `[${baseName(f)}]!` : `[${baseName(f)}, #${v}]!`;
      return v === 0 ? `[${baseName(f)}]` : `[${baseName(f)}, #${v}]`;
    },
    parse(text, f, ctx) {
      const a = splitAddress(text, ctx);
      if (typeof a === 'string') return a;
      if (a.writeback !== preIndex) return `invalid addressing mode at operand ${ctx.operandNumber}`;
      if (a.items.length > 1) return `']' expected at operand ${ctx.operandNumber}`;
      const err = parseBase(a.base, f, ctx);
      if (err) return err;
      let n = 0;
      if (a.items.length === 1) {
        const v = parseImmediate(a.items[0]!, ctx);
        if (v.kind === 'error') return v.message;
        if (v.kind !== 'constant' || v.modifier !== undefined) return `constant expression required at operand ${ctx.operandNumber}`;
        if (v.value < -4096n || v.value > 4088n) return `immediate offset out of range -4096 to 4088 at operand ${ctx.operandNumber}`;
        n = Number(v.value);
        if (n % 8 !== 0) return `immediate value must be a multiple of 8 at operand ${ctx.operandNumber}`;
      }
      const raw = (n / 8) & 0x3ff;
      f.S = raw >> 9;
      f.imm9 = raw & 0x1ff;
      return undefined;
    },
  };
}


/**
 * A general register like `gpr` whose wrong-width message is GNU's 'operand mismatch' (GNU reports a W/X
 * mismatch against a fixed-width operand that way when no other variant of the mnemonic takes it).
 */
export function sizedGpr(reg: Operand): Operand {
  return {
    ...reg,
    parse(text, f, ctx) {
      const err = reg.parse(text, f, ctx);
      return err !== undefined && /must be a (32|64)-bit integer register/.test(err) ? 'operand mismatch' : err;
    },
  };
}
