// Small text helpers shared by the operand kinds: GNU register names, number formatting, splitting operand
// lists, immediate expressions with relocation modifiers (':lo12:sym'), and label formatting via a Symbolizer.

import type { Feature, OperandValue, Symbolizer } from './api.js';
import type { ParseContext } from './table.js';

export interface ParsedGpr {
  /** Register number 0-31 (31 is SP or ZR as `isSp` says). */
  readonly num: number;
  readonly is64: boolean;
  readonly isSp: boolean;
  readonly isZr: boolean;
}

const specialGprs: Record<string, ParsedGpr> = {
  sp: { num: 31, is64: true, isSp: true, isZr: false },
  wsp: { num: 31, is64: false, isSp: true, isZr: false },
  xzr: { num: 31, is64: true, isSp: false, isZr: true },
  wzr: { num: 31, is64: false, isSp: false, isZr: true },
  fp: { num: 29, is64: true, isSp: false, isZr: false },
  lr: { num: 30, is64: true, isSp: false, isZr: false },
  ip0: { num: 16, is64: true, isSp: false, isZr: false },
  ip1: { num: 17, is64: true, isSp: false, isZr: false },
};

/** GNU accepts register names in all lower or all upper case. Returns the lower-case form or undefined. */
export function normaliseCase(text: string): string | undefined {
  const lower = text.toLowerCase();
  if (text === lower || text === text.toUpperCase()) return lower;
  return undefined;
}

/** Every register name in lower and upper case, built once: parsing a register is one map lookup. */
const gprByName = new Map<string, ParsedGpr>();
for (let i = 0; i <= 30; i++) {
  for (const [prefix, is64] of [['x', true], ['w', false]] as const) {
    const r: ParsedGpr = { num: i, is64, isSp: false, isZr: false };
    gprByName.set(`${prefix}${i}`, r);
    gprByName.set(`${prefix.toUpperCase()}${i}`, r);
  }
}
for (const [name, r] of Object.entries(specialGprs)) {
  gprByName.set(name, r);
  gprByName.set(name.toUpperCase(), r);
}

/** Parses a general-purpose register name (x0-x30, w0-w30, sp, wsp, xzr, wzr, fp, lr, ip0, ip1). */
export function parseGpr(text: string): ParsedGpr | undefined {
  const r = gprByName.get(text);
  if (r !== undefined) return r;
  // Only text with blanks at an end can name a register after trimming (ASCII above 32 is never a blank).
  const n = text.length;
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(n - 1);
  if (n === 0 || (a > 32 && a < 128 && b > 32 && b < 128)) return undefined;
  return gprByName.get(text.trim());
}

const xNames: string[] = [];
const wNames: string[] = [];
for (let i = 0; i < 31; i++) { xNames.push(`x${i}`); wNames.push(`w${i}`); }
xNames.push('xzr'); wNames.push('wzr');

/** Register name as objdump prints it. */
export function gprName(num: number, is64: boolean, spAt31: boolean): string {
  if (num === 31 && spAt31) return is64 ? 'sp' : 'wsp';
  return is64 ? xNames[num]! : wNames[num]!;
}

/** '0x1f' style, as objdump prints unsigned immediates. */
export function hex(value: number | bigint): string {
  if (typeof value === 'number') return value < 0 ? `-0x${(-value).toString(16)}` : `0x${value.toString(16)}`;
  return value < 0n ? `-0x${(-value).toString(16)}` : `0x${value.toString(16)}`;
}

/** Splits an operand list at top-level commas (not inside [], {} or ()), returning texts and start offsets. */
export function splitOperands(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let depth = 0;
  let start = 0;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123 || c === 40) depth++; // [ { (
    else if (c === 93 || c === 125 || c === 41) depth--; // ] } )
    else if (c === 44 && depth <= 0) { // ,
      out.push(trimmed(text, start, i));
      start = i + 1;
    }
    if (c > 32) blank = false;
  }
  if (!blank || out.length > 0) out.push(trimmed(text, start, text.length));
  return out;
}

function trimmed(text: string, from: number, to: number): { text: string; start: number } {
  let a = from;
  let b = to;
  while (a < b && text.charCodeAt(a) <= 32) a++;
  while (b > a && text.charCodeAt(b - 1) <= 32) b--;
  return { text: text.slice(a, b), start: a };
}

export type ImmediateValue =
  | { readonly kind: 'constant'; readonly value: bigint; readonly modifier: string | undefined; readonly location?: boolean }
  | { readonly kind: 'symbol'; readonly symbol: string; readonly addend: bigint; readonly modifier: string | undefined }
  | { readonly kind: 'error'; readonly message: string };

/**
 * Parses '#expr', 'expr', '#:lo12:sym+4' and evaluates the expression through the resolver. A bare register name
 * is refused (another form takes registers) unless `registerNamesAreSymbols`, as for branch labels: GNU as
 * reads `bl x0` as a call to a symbol named x0.
 */
const plainNumber = /^#?\s*(-?)(0[xX][0-9a-fA-F]+|0|[1-9][0-9]*)$/;

export function parseImmediate(text: string, ctx: ParseContext, registerNamesAreSymbols = false): ImmediateValue {
  // Fast path for the common '#16', '#0x10', '-8': no expression evaluation needed.
  const plain = plainNumberValue(text);
  if (plain !== undefined) return { kind: 'constant', value: plain, modifier: undefined };
  if (!registerNamesAreSymbols && gprByName.has(text)) {
    return { kind: 'error', message: `immediate value expected at operand ${ctx.operandNumber}` };
  }
  let t = text.trim();
  if (t.startsWith('#')) t = t.slice(1).trim();
  if (t === '') return { kind: 'error', message: `bad expression at operand ${ctx.operandNumber}` };
  let modifier: string | undefined;
  const m = /^:([A-Za-z0-9_]+):/.exec(t);
  if (m) {
    modifier = m[1]!.toLowerCase();
    t = t.slice(m[0].length).trim();
  }
  if (!registerNamesAreSymbols && /^[A-Za-z_.$][A-Za-z0-9_.$]*$/.test(t) && parseGpr(t) !== undefined) {
    return { kind: 'error', message: `immediate value expected at operand ${ctx.operandNumber}` };
  }
  const v: OperandValue | { kind: 'error'; message: string } = ctx.resolver.evaluate(t);
  if (v.kind === 'error') return { kind: 'error', message: v.message };
  if (v.kind === 'constant') return v.location ? { kind: 'constant', value: v.value, modifier, location: true } : { kind: 'constant', value: v.value, modifier };
  return { kind: 'symbol', symbol: v.symbol, addend: v.addend, modifier };
}

/**
 * The value of `text` when it matches `plainNumber` ('#'? blanks? '-'? then 0x-hex or decimal digits without a
 * leading zero), else
 * undefined. A scan without a regex match object: most immediates in real code take this path.
 */
function plainNumberValue(text: string): bigint | undefined {
  const n = text.length;
  let i = text.charCodeAt(0) === 35 ? 1 : 0; // #
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    // Other characters \s matches (non-ASCII blanks) are left to the regex.
    if (c > 127) return slowPlainNumber(text);
    break;
  }
  const negative = text.charCodeAt(i) === 45; // -
  if (negative) i++;
  const start = i;
  if (i + 2 < n && text.charCodeAt(i) === 48 && (text.charCodeAt(i + 1) | 32) === 120) { // 0x
    for (i += 2; i < n; i++) {
      const c = text.charCodeAt(i);
      if (!((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102))) return undefined;
    }
    const v = BigInt(text.slice(start, n));
    return negative ? -v : v;
  }
  if (i >= n) return undefined;
  // A leading zero makes an octal number for GNU as (`#0644` is 420): the full expression evaluator reads it.
  if (text.charCodeAt(i) === 48 && i + 1 < n) return undefined;
  let small = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    small = small * 10 + (c - 48);
  }
  const v = n - start <= 15 ? BigInt(small) : BigInt(text.slice(start, n));
  return negative ? -v : v;
}

function slowPlainNumber(text: string): bigint | undefined {
  const m = plainNumber.exec(text);
  if (!m) return undefined;
  const v = BigInt(m[2]!);
  return m[1] ? -v : v;
}

/** True when the text looks like an immediate (starts with '#', a digit, '-', '(' or ':'). */
export function looksImmediate(text: string): boolean {
  return /^[#0-9\-+(:~]/.test(text.trim());
}

/** objdump's branch/literal target text: '400080 <main+0x8>', or '0x400080' when no symbol is known. */
export function formatTarget(target: bigint, symbolize: Symbolizer | undefined): string {
  const addr = target.toString(16);
  const sym = symbolize?.(target);
  if (!sym) return `0x${addr}`;
  if (sym.offset === 0n) return `${addr} <${sym.name}>`;
  // Before the symbol (objdump names an address below every symbol after the first one): '<f-0x8>'.
  return sym.offset < 0n ? `${addr} <${sym.name}-0x${(-sym.offset).toString(16)}>` : `${addr} <${sym.name}+0x${sym.offset.toString(16)}>`;
}

/** Sign-extends the low `bits` bits of `value`. */
export function signExtend(value: number, bits: number): number {
  const shift = 32 - bits;
  return (value << shift) >> shift;
}

/** Wraps a 64-bit address. */
export function wrap64(v: bigint): bigint {
  return BigInt.asUintN(64, v);
}

/** GNU's name of a feature in "instruction requires" messages. */
export function featureName(feature: Feature): string {
  switch (feature) {
    case 'mte': return 'memtag';
    case 'pauth': return 'pac';
    case 'fp': return 'fp';
    case 'v8.2': return 'armv8.2-a';
    case 'v8.5': return 'armv8.5-a';
    default: return feature;
  }
}
