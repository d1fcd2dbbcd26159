// Formats C values the way gdb's `print` does ({x = 1, y = 2, tag = "\003\004\005", next = 0x0}, 65 'A', 1.5,
// GREEN, "hello", 0 <repeats 16 times>), so the debugger's Variables view reads like gdb. Also gathers a
// variable's bytes from its DWARF location (memory, register, stack value, pieces).

import { DW_ATE } from './constants.js';
import type { Location } from './location.js';
import { sizeOf, stripTypedefs, typeName, type CType } from './types.js';

export interface FormatOptions {
  /** Symbol for an address, as gdb prints after pointers: 'origin' or 'origin+8'. */
  readonly symbolize?: (address: bigint) => string | undefined;
  /** Elements printed of an array before '...' (gdb's `print elements`, 200). */
  readonly maxElements?: number;
  /** Guest memory, to show the string a char pointer points to. */
  readonly readMemory?: (address: bigint, size: number) => Uint8Array | undefined;
  /** The value is printed on its own (gdb's `print x`), not inside a struct or array: pointers show their type. */
  readonly topLevel?: boolean;
}

/** Runs of more than this many equal elements are collapsed (gdb's `print repeats`). */
const REPEAT_THRESHOLD = 10;

export function formatValue(type: CType, bytes: Uint8Array, options: FormatOptions = {}): string {
  const t = stripTypedefs(type);
  const inner = options.topLevel ? { ...options, topLevel: false } : options;
  switch (t.kind) {
    case 'base': return formatBase(t.encoding, t.size, bytes);
    case 'enum': return formatEnum(t, bytes);
    case 'pointer': {
      const address = readUnsigned(bytes, 0, t.size);
      const text = `0x${address.toString(16)}`;
      const target = stripTypedefs(t.target());
      if (target.kind === 'base' && target.size === 1 && (target.encoding === DW_ATE.signed_char || target.encoding === DW_ATE.unsigned_char)) {
        const string = address !== 0n ? readCString(address, options) : undefined;
        return string !== undefined ? `${text} ${string}` : text;
      }
      const symbol = address !== 0n ? options.symbolize?.(address) : undefined;
      return `${options.topLevel ? `(${typeName(type)}) ` : ''}${text}${symbol ? ` <${symbol}>` : ''}`;
    }
    case 'struct': case 'union': {
      const parts = t.members().map((m) => {
        const size = sizeOf(m.type);
        const value = m.bitSize !== undefined
          ? formatBitField(m.type, bytes, m.bitOffset ?? m.offset * 8, m.bitSize)
          : formatValue(m.type, bytes.subarray(m.offset, m.offset + size), inner);
        return m.name === undefined ? value : `${m.name} = ${value}`;
      });
      return `{${parts.join(', ')}}`;
    }
    case 'array': return formatArray(t.element(), t.count ?? 0, bytes, inner);
    case 'function': return `{${typeName(type)}}`;
    case 'void': return 'void';
    case 'unknown': return `<${t.reason}>`;
    default: return '?';
  }
}

function formatBase(encoding: number, size: number, bytes: Uint8Array): string {
  if (bytes.length < size) return '<unavailable>';
  switch (encoding) {
    case DW_ATE.boolean: return readUnsigned(bytes, 0, size) !== 0n ? 'true' : 'false';
    case DW_ATE.float: return formatFloat(bytes, size);
    case DW_ATE.signed_char: case DW_ATE.unsigned_char: {
      const v = encoding === DW_ATE.signed_char ? readSigned(bytes, 0, size) : readUnsigned(bytes, 0, size);
      return `${v} ${quoteChar(Number(readUnsigned(bytes, 0, 1)))}`;
    }
    case DW_ATE.signed: return readSigned(bytes, 0, size).toString();
    case DW_ATE.UTF: return `${readUnsigned(bytes, 0, size)} U'${String.fromCodePoint(Number(readUnsigned(bytes, 0, size)))}'`;
    default: return readUnsigned(bytes, 0, size).toString();
  }
}

function formatEnum(t: Extract<CType, { kind: 'enum' }>, bytes: Uint8Array): string {
  const v = t.signed ? readSigned(bytes, 0, t.size) : readUnsigned(bytes, 0, t.size);
  const exact = t.enumerators.find((e) => e.value === v);
  if (exact) return exact.name;
  // gdb decodes a "flag enum" (every enumerator a distinct bit set) as (A | B | unknown: 0x..).
  const isFlagEnum = t.enumerators.every((e) => e.value > 0n && (e.value & (e.value - 1n)) === 0n);
  if (isFlagEnum && v > 0n) {
    const names: string[] = [];
    let rest = v;
    for (const e of t.enumerators) if ((rest & e.value) === e.value) { names.push(e.name); rest &= ~e.value; }
    if (names.length) return `(${names.join(' | ')}${rest ? ` | unknown: 0x${rest.toString(16)}` : ''})`;
  }
  return v.toString();
}

function formatBitField(type: CType, bytes: Uint8Array, bitOffset: number, bitSize: number): string {
  let v = 0n;
  for (let i = 0; i < bitSize; i++) {
    const bit = bitOffset + i;
    if (((bytes[bit >> 3] ?? 0) >> (bit & 7)) & 1) v |= 1n << BigInt(i);
  }
  const t = stripTypedefs(type);
  const isSigned = t.kind === 'base' && (t.encoding === DW_ATE.signed || t.encoding === DW_ATE.signed_char);
  return (isSigned ? BigInt.asIntN(bitSize, v) : v).toString();
}

function formatArray(element: CType, count: number, bytes: Uint8Array, options: FormatOptions): string {
  const size = sizeOf(element);
  const max = options.maxElements ?? 200;
  const e = stripTypedefs(element);
  if (e.kind === 'base' && size === 1 && (e.encoding === DW_ATE.signed_char || e.encoding === DW_ATE.unsigned_char)) {
    return formatCharArray(bytes.subarray(0, count), max);
  }
  const items: string[] = [];
  for (let i = 0; i < Math.min(count, max); ) {
    const text = formatValue(element, bytes.subarray(i * size, (i + 1) * size), options);
    let run = 1;
    while (i + run < count && equalBytes(bytes, i * size, (i + run) * size, size)) run++;
    if (run > REPEAT_THRESHOLD) { items.push(`${text} <repeats ${run} times>`); i += run; }
    else { items.push(text); i++; }
  }
  return `{${items.join(', ')}${count > max ? '...' : ''}}`;
}

/** A char array as gdb prints it: one trailing NUL dropped, long runs as '<repeats N times>' segments. */
function formatCharArray(bytes: Uint8Array, max: number): string {
  let length = bytes.length;
  if (length > 0 && bytes[length - 1] === 0) length--;
  const segments: string[] = [];
  let literal = '';
  for (let i = 0; i < Math.min(length, max); ) {
    let run = 1;
    while (i + run < length && bytes[i + run] === bytes[i]) run++;
    if (run > REPEAT_THRESHOLD) {
      if (literal) { segments.push(`"${literal}"`); literal = ''; }
      segments.push(`${quoteChar(bytes[i]!)} <repeats ${run} times>`);
      i += run;
    } else {
      literal += escapeChar(bytes[i]!, '"');
      i++;
    }
  }
  if (literal || segments.length === 0) segments.push(`"${literal}"`);
  return segments.join(', ') + (length > max ? '...' : '');
}

/** The NUL-terminated string at `address` (at most `print elements` characters), quoted as gdb does. */
function readCString(address: bigint, options: FormatOptions): string | undefined {
  const max = options.maxElements ?? 200;
  const bytes: number[] = [];
  for (let i = 0; i < max; i++) {
    const b = options.readMemory?.(address + BigInt(i), 1);
    if (!b) return bytes.length ? `"${bytes.map((c) => escapeChar(c, '"')).join('')}"...` : `<error: Cannot access memory at address 0x${address.toString(16)}>`;
    if (b[0] === 0) return formatCharArray(Uint8Array.from([...bytes, 0]), max);
    bytes.push(b[0]!);
  }
  return `${formatCharArray(Uint8Array.from(bytes), max)}...`;
}

const NAMED_ESCAPES: Readonly<Record<number, string>> = { 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r', 27: '\\033' };

function escapeChar(c: number, quote: string): string {
  if (NAMED_ESCAPES[c]) return NAMED_ESCAPES[c]!;
  if (c === 0x5c) return '\\\\';
  if (String.fromCharCode(c) === quote) return `\\${quote}`;
  if (c >= 0x20 && c < 0x7f) return String.fromCharCode(c);
  return `\\${c.toString(8).padStart(3, '0')}`;
}

function quoteChar(c: number): string {
  return `'${escapeChar(c, "'")}'`;
}

function formatFloat(bytes: Uint8Array, size: number): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (size !== 4 && size !== 8) return `<${size}-byte float>`;
  const v = size === 4 ? view.getFloat32(0, true) : view.getFloat64(0, true);
  if (Number.isNaN(v)) {
    // gdb shows a NaN's sign and mantissa bits: nan(0x8000000000000), -nan(0x400000).
    const raw = readUnsigned(bytes, 0, size);
    const mantissaBits = size === 4 ? 23n : 52n;
    const mantissa = raw & ((1n << mantissaBits) - 1n);
    const negative = (raw >> BigInt(size * 8 - 1)) & 1n;
    return `${negative ? '-' : ''}nan(0x${mantissa.toString(16)})`;
  }
  return formatGeneral(v, size === 4 ? 9 : 17);
}

/** C's %.<digits>g, as gdb uses for floating-point values. */
function formatGeneral(v: number, digits: number): string {
  if (!Number.isFinite(v)) return v < 0 ? '-inf' : 'inf';
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  const exponent = Math.floor(Math.log10(Math.abs(Number(v.toPrecision(digits)))));
  if (exponent < -4 || exponent >= digits) {
    const [mantissa, exp] = v.toExponential(digits - 1).split('e');
    const m = mantissa!.includes('.') ? mantissa!.replace(/0+$/, '').replace(/\.$/, '') : mantissa!;
    const e = Number(exp);
    return `${m}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  const fixed = v.toFixed(Math.max(0, digits - 1 - exponent));
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

function equalBytes(b: Uint8Array, a: number, c: number, n: number): boolean {
  for (let i = 0; i < n; i++) if (b[a + i] !== b[c + i]) return false;
  return true;
}

export function readUnsigned(bytes: Uint8Array, offset: number, size: number): bigint {
  let v = 0n;
  for (let i = size - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[offset + i] ?? 0);
  return v;
}

export function readSigned(bytes: Uint8Array, offset: number, size: number): bigint {
  return BigInt.asIntN(size * 8, readUnsigned(bytes, offset, size));
}

export interface LocationReader {
  readMemory(address: bigint, size: number): Uint8Array | undefined;
  /** A register's bytes, little-endian (8 for x registers, 16 for v registers). */
  readRegister(dwarfRegister: number): Uint8Array | undefined;
}

/** The `size` bytes of a value at a location, or undefined where any part is unavailable. */
export function readLocationBytes(location: Location, size: number, reader: LocationReader): Uint8Array | undefined {
  switch (location.kind) {
    case 'memory': return reader.readMemory(location.address, size);
    case 'register': return reader.readRegister(location.register)?.subarray(0, size);
    case 'value': {
      const out = new Uint8Array(size);
      let v = location.value;
      for (let i = 0; i < size && i < 8; i++) { out[i] = Number(v & 0xffn); v >>= 8n; }
      return out;
    }
    case 'bytes': return location.bytes.length >= size ? location.bytes.subarray(0, size) : undefined;
    case 'pieces': {
      const out = new Uint8Array(size);
      let at = 0;
      for (const piece of location.pieces) {
        if (piece.location.kind === 'empty') return undefined;
        const part = readLocationBytes(piece.location, piece.size, reader);
        if (!part) return undefined;
        out.set(part.subarray(0, Math.min(piece.size, size - at)), at);
        at += piece.size;
      }
      return at >= size ? out : undefined;
    }
    case 'unavailable': return undefined;
  }
}
