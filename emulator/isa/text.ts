// Small text helpers shared by the operand kinds: GNU register names, number formatting, splitting operand
// lists, immediate expressions with relocation modifiers (':lo12:sym'), and label formatting via a Symbolizer.

import type { OperandValue, Symbolizer } from './api.js';
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

/** Parses a general-purpose register name (x0-x30, w0-w30, sp, wsp, xzr, wzr, fp, lr, ip0, ip1). */
export function parseGpr(text: string): ParsedGpr | undefined {
  const name = normaliseCase(text.trim());
  if (name === undefined) return undefined;
  const special = specialGprs[name];
  if (special) return special;
  const m = /^([xw])([0-9]{1,2})$/.exec(name);
  if (!m) return undefined;
  const num = Number(m[2]);
  if (num > 30 || (m[2]!.length === 2 && m[2]![0] === '0')) return undefined;
  return { num, is64: m[1] === 'x', isSp: false, isZr: false };
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
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '[' || ch === '{' || ch === '(') depth++;
    else if (ch === ']' || ch === '}' || ch === ')') depth--;
    else if (ch === ',' && depth <= 0) {
      out.push(trimmed(text, start, i));
      start = i + 1;
    }
  }
  if (text.trim() !== '' || out.length > 0) out.push(trimmed(text, start, text.length));
  return out;
}

function trimmed(text: string, from: number, to: number): { text: string; start: number } {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return { text: text.slice(a, b), start: a };
}

export type ImmediateValue =
  | { readonly kind: 'constant'; readonly value: bigint; readonly modifier: string | undefined }
  | { readonly kind: 'symbol'; readonly symbol: string; readonly addend: bigint; readonly modifier: string | undefined }
  | { readonly kind: 'error'; readonly message: string };

/** Parses '#expr', 'expr', '#:lo12:sym+4' and evaluates the expression through the resolver. */
export function parseImmediate(text: string, ctx: ParseContext): ImmediateValue {
  let t = text.trim();
  if (t.startsWith('#')) t = t.slice(1).trim();
  if (t === '') return { kind: 'error', message: `immediate value expected at operand ${ctx.operandNumber}` };
  let modifier: string | undefined;
  const m = /^:([A-Za-z0-9_]+):/.exec(t);
  if (m) {
    modifier = m[1]!.toLowerCase();
    t = t.slice(m[0].length).trim();
  }
  if (/^[A-Za-z_.$][A-Za-z0-9_.$]*$/.test(t) && parseGpr(t) !== undefined) {
    return { kind: 'error', message: `immediate value expected at operand ${ctx.operandNumber}` };
  }
  const v: OperandValue | { kind: 'error'; message: string } = ctx.resolver.evaluate(t);
  if (v.kind === 'error') return { kind: 'error', message: v.message };
  if (v.kind === 'constant') return { kind: 'constant', value: v.value, modifier };
  return { kind: 'symbol', symbol: v.symbol, addend: v.addend, modifier };
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
  return sym.offset === 0n ? `${addr} <${sym.name}>` : `${addr} <${sym.name}+0x${sym.offset.toString(16)}>`;
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
