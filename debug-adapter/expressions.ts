// C-like expressions over registers, symbols and memory for watch, hover, the debug console, conditional
// breakpoints and setExpression: `x0 + 16`, `*(uint64_t*)(sp + 8)`, `((uint32_t*)buf)[3]`, `x1 == 0x2a && w2 < 5`,
// and over C variables with their DWARF types, as gdb evaluates C: `p[i].x * 2`, `list->next->value == 9`,
// `&pts[1]`, bit-fields (`fl->mode + 1`), float and double arithmetic (`d * 2 > f`), casts to named types
// (`((point_t *)x0)->y`, `(int)d`, `(enum color)6`) and `sizeof(type)` / `sizeof expr`.
// Parsing and evaluation never throw: errors come back as values with a message (and the column they refer to).

/** A struct or union member as expressions see it: bit-fields also give their width and first bit (from the start of the struct). */
export type MemberLookup = { readonly offset: number; readonly type: CType; readonly bitSize?: number; readonly bitOffset?: number } | undefined;

export type CType =
  | {
    readonly kind: 'int'; readonly size: 1 | 2 | 4 | 8; readonly signed: boolean; readonly name: string;
    /** A character type: its values print as gdb prints characters, `65 'A'`. */
    readonly char?: boolean;
    /** An enum type: its values print as the enumerator's name when one has the value. */
    readonly enumerators?: readonly { readonly name: string; readonly value: bigint }[];
  }
  /** IEEE binary32 or binary64; the value is its bit pattern. */
  | { readonly kind: 'float'; readonly size: 4 | 8; readonly name: string }
  | { readonly kind: 'void' }
  | { readonly kind: 'pointer'; readonly to: CType }
  /**
   * A struct or union: its value is its address (it must be in memory). `source` is the front end's own
   * description of the type (the DWARF type), so that a value can be printed in full.
   */
  | { readonly kind: 'record'; readonly name: string; readonly size: number; member(name: string): MemberLookup; readonly source?: unknown }
  /** An array type (of a variable or member): its value decays to a pointer to its first element. */
  | { readonly kind: 'array'; readonly element: CType; readonly count: number }
  /** A value expressions cannot compute with (floating point, functions): it can be read and shown, not combined. */
  | { readonly kind: 'opaque'; readonly name: string; readonly size: number };

/** Where a value lives, so that it can be assigned. */
export type LValue =
  | { readonly kind: 'register'; readonly name: string }
  | { readonly kind: 'memory'; readonly address: bigint; readonly size: number }
  /** A bit-field: `bitSize` bits starting at bit `bitOffset` (0-7) of the byte at `address`. */
  | { readonly kind: 'bitfield'; readonly address: bigint; readonly bitOffset: number; readonly bitSize: number };

export interface EvalValue {
  /** The value as an unsigned bit pattern of the type's size (pointers: 64 bits; floating point: IEEE bits). */
  readonly value: bigint;
  readonly type: CType;
  readonly lvalue?: LValue;
  /** For an array that decayed to a pointer to its first element: the array's own type (for sizeof). */
  readonly arrayType?: CType;
}

/** What expressions can see: the stopped machine. */
export interface EvalEnvironment {
  /** A register by lower-case name (x0..x30, w0..w30, sp, pc, lr, fp, xzr, wzr, nzcv, tpidr_el0), or undefined. */
  register(name: string): { value: bigint; size: 4 | 8 } | undefined;
  /** A symbol's address, or undefined. */
  symbol(name: string): bigint | undefined;
  /** A source-level variable (C locals and globals from DWARF), or undefined. */
  variable?(name: string): EvalValue | undefined;
  /** Reads `size` bytes little-endian, or undefined when any byte is unreadable. */
  readMemory(address: bigint, size: number): bigint | undefined;
  /** A type by its C name: 'struct point', 'union word', 'enum color' or a typedef name; undefined when none. */
  typeNamed?(name: string): CType | undefined;
}

export type EvalResult = { readonly ok: true; readonly value: EvalValue } | { readonly ok: false; readonly message: string };

const U64 = (1n << 64n) - 1n;
export const UINT64: CType = { kind: 'int', size: 8, signed: false, name: 'uint64_t' };
const INT64: CType = { kind: 'int', size: 8, signed: true, name: 'int64_t' };
const UINT32: CType = { kind: 'int', size: 4, signed: false, name: 'uint32_t' };
const INT32: CType = { kind: 'int', size: 4, signed: true, name: 'int' };
const DOUBLE: CType = { kind: 'float', size: 8, name: 'double' };
const FLOAT: CType = { kind: 'float', size: 4, name: 'float' };
/** C's unsigned long (an `UL` literal; size_t). */
const SIZE_T: CType = { kind: 'int', size: 8, signed: false, name: 'unsigned long' };
/** sizeof's type as gdb gives it: int (`whatis sizeof(int)` is `type = int`). */
const SIZEOF_TYPE: CType = INT32;

const BASE_TYPES: Readonly<Record<string, CType>> = {
  int8_t: { kind: 'int', size: 1, signed: true, name: 'int8_t' },
  uint8_t: { kind: 'int', size: 1, signed: false, name: 'uint8_t' },
  int16_t: { kind: 'int', size: 2, signed: true, name: 'int16_t' },
  uint16_t: { kind: 'int', size: 2, signed: false, name: 'uint16_t' },
  int32_t: { kind: 'int', size: 4, signed: true, name: 'int32_t' },
  uint32_t: UINT32,
  int64_t: INT64,
  uint64_t: UINT64,
  char: { kind: 'int', size: 1, signed: false, name: 'char', char: true },
  'signed char': { kind: 'int', size: 1, signed: true, name: 'signed char', char: true },
  'unsigned char': { kind: 'int', size: 1, signed: false, name: 'unsigned char', char: true },
  short: { kind: 'int', size: 2, signed: true, name: 'short' },
  'unsigned short': { kind: 'int', size: 2, signed: false, name: 'unsigned short' },
  int: INT32,
  unsigned: { kind: 'int', size: 4, signed: false, name: 'unsigned int' },
  'unsigned int': { kind: 'int', size: 4, signed: false, name: 'unsigned int' },
  long: { kind: 'int', size: 8, signed: true, name: 'long' },
  'unsigned long': { kind: 'int', size: 8, signed: false, name: 'unsigned long' },
  'long long': { kind: 'int', size: 8, signed: true, name: 'long long' },
  'unsigned long long': { kind: 'int', size: 8, signed: false, name: 'unsigned long long' },
  size_t: { kind: 'int', size: 8, signed: false, name: 'size_t' },
  uintptr_t: { kind: 'int', size: 8, signed: false, name: 'uintptr_t' },
  intptr_t: { kind: 'int', size: 8, signed: true, name: 'intptr_t' },
  void: { kind: 'void' },
  float: FLOAT,
  double: DOUBLE,
  'long double': { kind: 'opaque', name: 'long double', size: 16 },
  _Bool: { kind: 'int', size: 1, signed: false, name: '_Bool' },
};
const TYPE_WORDS = new Set(['signed', 'unsigned', 'char', 'short', 'int', 'long', 'void', ...Object.keys(BASE_TYPES)]);
/** Qualifiers are accepted in type names and ignored (a cast's value is not an object). */
const QUALIFIERS = new Set(['const', 'volatile', 'restrict']);

export function typeSize(type: CType): number {
  switch (type.kind) {
    case 'int': case 'float': return type.size;
    case 'pointer': return 8;
    case 'record': case 'opaque': return type.size;
    case 'array': return typeSize(type.element) * type.count;
    default: return 1;
  }
}

export function typeName(type: CType): string {
  switch (type.kind) {
    case 'int': case 'float': case 'record': case 'opaque': return type.name;
    case 'void': return 'void';
    case 'array': return `${typeName(type.element)} [${type.count}]`;
    default: return `${typeName(type.to)} *`;
  }
}

function truncate(value: bigint, type: CType): bigint {
  if (type.kind !== 'int' && type.kind !== 'pointer') return value & U64;
  const bits = BigInt(typeSize(type) * 8);
  return value & ((1n << bits) - 1n);
}

/** Arithmetic, comparisons and casts take integers, floating point and pointers only. */
function requireArithmetic(v: EvalValue, op: string): void {
  const k = v.type.kind;
  if (k === 'record' || k === 'opaque' || k === 'array') throw new ExprError(`invalid operand of type '${typeName(v.type)}' for '${op}'`);
}

/** The number a value stands for (floating point decoded, integers by their signedness). */
export function numericValue(v: EvalValue): number {
  if (v.type.kind === 'float') {
    const view = new DataView(new ArrayBuffer(8));
    if (v.type.size === 4) { view.setUint32(0, Number(v.value & 0xffffffffn), true); return view.getFloat32(0, true); }
    view.setBigUint64(0, v.value & U64, true);
    return view.getFloat64(0, true);
  }
  return Number(signedValue(v));
}

/** The bit pattern of a number in a floating-point type (binary32 values are rounded to it). */
function floatBits(n: number, size: 4 | 8): bigint {
  const view = new DataView(new ArrayBuffer(8));
  if (size === 4) { view.setFloat32(0, n, true); return BigInt(view.getUint32(0, true)); }
  view.setFloat64(0, n, true);
  return view.getBigUint64(0, true);
}

/**
 * A value converted to another scalar type as C converts it (and gdb's casts and assignments do): floating point
 * to integer truncates toward zero, integers to floating point round, integers wrap to the target's width.
 */
export function convertValue(v: EvalValue, to: CType): bigint {
  if (to.kind === 'float') return floatBits(v.type.kind === 'float' ? numericValue(v) : Number(signedValue(v)), to.size);
  if (v.type.kind === 'float') {
    if (to.kind !== 'int') throw new ExprError(`cannot convert a value of type '${typeName(v.type)}' to '${typeName(to)}'`);
    const n = numericValue(v);
    return truncate(Number.isFinite(n) ? BigInt(Math.trunc(n)) : 0n, to);
  }
  return truncate(signedValue(v), to);
}

/** The signed interpretation of a value of its type. */
export function signedValue(v: EvalValue): bigint {
  if (v.type.kind !== 'int' || !v.type.signed) return v.value;
  const bits = BigInt(v.type.size * 8);
  return v.value >= 1n << (bits - 1n) ? v.value - (1n << bits) : v.value;
}

interface Token {
  readonly kind: 'number' | 'ident' | 'op' | 'end';
  readonly text: string;
  readonly column: number;
  readonly value?: bigint;
  /** A floating-point literal: its value and size (4 with an 'f' suffix). */
  readonly float?: { readonly value: number; readonly size: 4 | 8 };
}

class ExprError {
  constructor(readonly message: string) {}
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const ops = ['<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '->', '+', '-', '*', '/', '%', '&', '|', '^', '~', '!', '(', ')', '[', ']', '<', '>', ',', '.'];
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) { i++; continue; }
    const start = i;
    if (/[0-9]/.test(c)) {
      // A floating-point literal: digits with a '.' or an exponent (not a hex/binary/octal prefix).
      const f = /^0[xXbBoO]/.test(text.slice(i)) ? null : /^([0-9]+\.[0-9]*(?:[eE][-+]?[0-9]+)?|[0-9]+[eE][-+]?[0-9]+)([fFlL]?)(?![A-Za-z0-9_.])/.exec(text.slice(i));
      if (f) {
        tokens.push({ kind: 'number', text: f[0], column: start + 1, float: { value: Number(f[1]), size: /[fF]/.test(f[2]!) ? 4 : 8 } });
        i += f[0].length;
        continue;
      }
      const m = /^(0x[0-9a-fA-F_]+|0b[01_]+|0o[0-7_]+|[0-9_]+)([uUlL]*)/.exec(text.slice(i))!;
      const digits = m[1]!.replace(/_/g, '');
      let value: bigint;
      try { value = BigInt(digits); } catch { throw new ExprError(`invalid number '${m[0]}' at column ${start + 1}`); }
      i += m[0].length;
      if (i < text.length && /[A-Za-z_]/.test(text[i]!)) throw new ExprError(`invalid number '${text.slice(start, i + 1)}' at column ${start + 1}`);
      tokens.push({ kind: 'number', text: m[0], column: start + 1, value });
      continue;
    }
    if (c === "'" && text[i + 2] === "'") {
      tokens.push({ kind: 'number', text: text.slice(i, i + 3), column: start + 1, value: BigInt(text.charCodeAt(i + 1)) });
      i += 3;
      continue;
    }
    if (/[A-Za-z_.$]/.test(c)) {
      const m = /^[A-Za-z_.$][A-Za-z0-9_.$]*/.exec(text.slice(i))!;
      tokens.push({ kind: 'ident', text: m[0], column: start + 1 });
      i += m[0].length;
      continue;
    }
    const op = ops.find((o) => text.startsWith(o, i));
    if (!op) throw new ExprError(`unexpected character '${c}' at column ${start + 1}`);
    tokens.push({ kind: 'op', text: op, column: start + 1 });
    i += op.length;
  }
  tokens.push({ kind: 'end', text: '', column: text.length + 1 });
  return tokens;
}

const BINARY_PRECEDENCE: Readonly<Record<string, number>> = {
  '||': 1, '&&': 2, '|': 3, '^': 4, '&': 5, '==': 6, '!=': 6, '<': 7, '>': 7, '<=': 7, '>=': 7,
  '<<': 8, '>>': 8, '+': 9, '-': 9, '*': 10, '/': 10, '%': 10,
};

class Evaluator {
  private pos = 0;
  /** Above zero inside sizeof: objects are typed, not read (gdb evaluates sizeof's operand without reading memory). */
  private typeOnly = 0;
  constructor(private readonly tokens: Token[], private readonly env: EvalEnvironment) {}

  private peek(): Token { return this.tokens[this.pos]!; }
  private next(): Token { return this.tokens[this.pos++]!; }
  private expect(text: string): void {
    const t = this.next();
    if (t.text !== text) throw new ExprError(`expected '${text}' at column ${t.column}${t.kind === 'end' ? ' (end of expression)' : `, found '${t.text}'`}`);
  }

  parseAll(): EvalValue {
    const v = this.binary(1);
    const t = this.peek();
    if (t.kind !== 'end') throw new ExprError(`unexpected '${t.text}' at column ${t.column}`);
    return v;
  }

  private binary(minPrecedence: number): EvalValue {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      const p = t.kind === 'op' ? BINARY_PRECEDENCE[t.text] : undefined;
      if (p === undefined || p < minPrecedence) return left;
      this.next();
      const right = this.binary(p + 1);
      left = applyBinary(t.text, left, right);
    }
  }

  /**
   * A type name at the current position (after '('), or undefined. Consumes it when found: C's base types in any
   * word order (`unsigned long int`, `long double`), `struct|union|enum NAME`, typedef names, then `*`s.
   */
  private tryType(): CType | undefined {
    const save = this.pos;
    const words: string[] = [];
    let type: CType | undefined;
    for (;;) {
      const t = this.peek();
      if (t.kind !== 'ident') break;
      if (QUALIFIERS.has(t.text)) { this.next(); continue; }
      if (type === undefined && words.length === 0 && (t.text === 'struct' || t.text === 'union' || t.text === 'enum')) {
        this.next();
        const tag = this.next();
        if (tag.kind !== 'ident') throw new ExprError(`expected a ${t.text} name after '${t.text}' at column ${tag.column}`);
        type = this.env.typeNamed?.(`${t.text} ${tag.text}`);
        if (!type) throw new ExprError(`No ${t.text} type named ${tag.text}.`);
        continue;
      }
      if (type === undefined && TYPE_WORDS.has(t.text)) { words.push(this.next().text); continue; }
      // A typedef name (not shadowed by a register or a variable of that name), alone.
      if (type === undefined && words.length === 0 && !this.env.register(t.text.toLowerCase()) && !this.env.variable?.(t.text)) {
        const named = this.env.typeNamed?.(t.text);
        if (named) { this.next(); type = named; continue; }
      }
      break;
    }
    if (type === undefined) {
      if (words.length === 0) { this.pos = save; return undefined; }
      type = BASE_TYPES[words.join(' ')] ?? BASE_TYPES[canonicalTypeName(words)];
      if (!type) throw new ExprError(`unknown type '${words.join(' ')}'`);
    }
    for (;;) {
      const t = this.peek();
      if (t.text === '*') { this.next(); type = { kind: 'pointer', to: type }; } else if (t.kind === 'ident' && QUALIFIERS.has(t.text)) this.next(); else break;
    }
    return type;
  }

  /** `sizeof(type)`, `sizeof expr`, `sizeof(expr)`: the size in bytes, an int as gdb gives it. */
  private sizeofOperand(): EvalValue {
    const save = this.pos;
    if (this.peek().text === '(') {
      this.next();
      const type = this.tryType();
      if (type) {
        this.expect(')');
        return { value: BigInt(typeSize(type)), type: SIZEOF_TYPE };
      }
      this.pos = save;
    }
    this.typeOnly++;
    try {
      const v = this.unary();
      return { value: BigInt(typeSize(v.arrayType ?? v.type)), type: SIZEOF_TYPE };
    } finally {
      this.typeOnly--;
    }
  }

  private unary(): EvalValue {
    const t = this.peek();
    if (t.kind === 'op') {
      if (t.text === '(') {
        const save = this.pos;
        this.next();
        const type = this.tryType();
        if (type) {
          this.expect(')');
          const operand = this.unary();
          if (type.kind === 'void') throw new ExprError('cannot cast to void');
          if (type.kind === 'record' || type.kind === 'array' || type.kind === 'opaque') throw new ExprError(`cannot cast to '${typeName(type)}': cast a pointer to it instead`);
          requireArithmetic(operand, 'cast');
          if (type.kind === 'pointer' && operand.type.kind === 'float') throw new ExprError(`cannot cast a value of type '${typeName(operand.type)}' to a pointer`);
          return { value: convertValue(operand, type), type };
        }
        this.pos = save;
      } else if (t.text === '-' || t.text === '~' || t.text === '!' || t.text === '+') {
        this.next();
        const v = this.unary();
        requireArithmetic(v, t.text);
        if (v.type.kind === 'float') {
          if (t.text === '~') throw new ExprError(`invalid operand of type '${typeName(v.type)}' for '~'`);
          if (t.text === '!') return { value: numericValue(v) === 0 ? 1n : 0n, type: INT32 };
          return { value: t.text === '-' ? floatBits(-numericValue(v), v.type.size) : v.value, type: v.type };
        }
        const type = v.type.kind === 'int' && v.type.size === 8 ? v.type : v.type.kind === 'pointer' ? UINT64 : promote(v.type);
        if (t.text === '-') return { value: truncate(-signExtendFor(v), type), type };
        if (t.text === '~') return { value: truncate(~v.value, type), type };
        if (t.text === '!') return { value: v.value === 0n ? 1n : 0n, type: INT32 };
        return { value: v.value, type };
      } else if (t.text === '*') {
        this.next();
        return this.dereference(this.unary(), t.column);
      } else if (t.text === '&') {
        this.next();
        const v = this.unary();
        if (v.lvalue?.kind !== 'memory') throw new ExprError(`cannot take the address of a value that is not in memory (column ${t.column})`);
        return { value: v.lvalue.address, type: { kind: 'pointer', to: v.type } };
      }
    }
    if (t.kind === 'ident' && t.text === 'sizeof') {
      this.next();
      return this.sizeofOperand();
    }
    return this.postfix();
  }

  private postfix(): EvalValue {
    let v = this.primary();
    for (;;) {
      const t = this.peek();
      if (t.text === '[') {
        const open = this.next();
        const index = this.binary(1);
        this.expect(']');
        requireArithmetic(index, '[]');
        if (v.type.kind === 'record' || v.type.kind === 'opaque' || v.type.kind === 'float') throw new ExprError(`cannot index a value of type '${typeName(v.type)}' (column ${open.column})`);
        if (index.type.kind === 'float') throw new ExprError(`an array index must be an integer (column ${open.column})`);
        const pointer: EvalValue = v.type.kind === 'pointer' ? v : { value: v.value, type: { kind: 'pointer', to: UINT64 } };
        v = this.dereference(applyBinary('+', pointer, index), open.column);
      } else if (t.text === '.' || t.text === '->') {
        this.next();
        const name = this.next();
        if (name.kind !== 'ident' || name.text.startsWith('.')) throw new ExprError(`member name expected after '${t.text}' at column ${name.column}`);
        // `a.b.c` after the operator arrives as one identifier.
        const [first, ...rest] = name.text.split('.');
        v = this.member(v, first!, t.text === '->', t.column);
        for (const m of rest) v = this.member(v, m, false, t.column);
      } else if (t.kind === 'ident' && t.text.startsWith('.') && t.text.length > 1 && (v.type.kind === 'record' || v.type.kind === 'pointer')) {
        // `p[1].y`: the tokenizer reads `.y` as an identifier (assembler local labels start with a dot).
        this.next();
        for (const m of t.text.slice(1).split('.')) v = this.member(v, m, false, t.column);
      } else {
        return v;
      }
    }
  }

  /** `v.name`, or `v->name` when `arrow`. */
  private member(v: EvalValue, name: string, arrow: boolean, column: number): EvalValue {
    let record = v;
    if (arrow) {
      if (v.type.kind !== 'pointer') throw new ExprError(`the left side of '->' is not a pointer (column ${column})`);
      record = this.dereference(v, column);
    }
    if (record.type.kind !== 'record') {
      throw new ExprError(record.type.kind === 'pointer' && !arrow
        ? `'${typeName(record.type)}' is a pointer: use '->${name}' (column ${column})`
        : `request for member '${name}' in something not a structure or union (column ${column})`);
    }
    if (record.lvalue?.kind !== 'memory') throw new ExprError(`the structure is not in memory (column ${column})`);
    const m = record.type.member(name);
    if (m === undefined) throw new ExprError(`there is no member named ${name}`);
    if (m.bitSize !== undefined) return this.bitField(record.lvalue.address, m.bitOffset ?? m.offset * 8, m.bitSize, m.type);
    return this.objectAt(record.lvalue.address + BigInt(m.offset), m.type);
  }

  /** A bit-field of the struct at `base`: `bitSize` bits from bit `bitOffset` of the struct, of type `type`. */
  private bitField(base: bigint, bitOffset: number, bitSize: number, type: CType): EvalValue {
    const address = (base + BigInt(bitOffset >> 3)) & U64;
    const shift = bitOffset & 7;
    const lvalue: LValue = { kind: 'bitfield', address, bitOffset: shift, bitSize };
    if (type.kind !== 'int' || bitSize < 1 || bitSize > 64) throw new ExprError(`a bit-field of type '${typeName(type)}' is not supported`);
    if (this.typeOnly > 0) return { value: 0n, type, lvalue };
    const raw = readBitField(this.env, address, shift, bitSize);
    if (raw === undefined) throw new ExprError(`cannot access memory at address 0x${address.toString(16)}`);
    return { value: truncate(type.signed ? BigInt.asIntN(bitSize, raw) : raw, type), type, lvalue };
  }

  /** The value of an object of `type` in memory at `address` (records by address, arrays decayed). */
  private objectAt(address: bigint, type: CType): EvalValue {
    address &= U64;
    if (type.kind === 'void') throw new ExprError('cannot use a void value');
    if (type.kind === 'array') return { value: address, type: { kind: 'pointer', to: type.element }, arrayType: type };
    const size = typeSize(type);
    if (this.typeOnly > 0) return { value: type.kind === 'record' ? address : 0n, type, lvalue: { kind: 'memory', address, size } };
    if (type.kind === 'record') {
      if (this.env.readMemory(address, 1) === undefined) throw new ExprError(`cannot access memory at address 0x${address.toString(16)}`);
      return { value: address, type, lvalue: { kind: 'memory', address, size } };
    }
    const raw = this.env.readMemory(address, Math.min(Math.max(size, 1), 8));
    if (raw === undefined) throw new ExprError(`cannot access memory at address 0x${address.toString(16)}`);
    return { value: raw, type, lvalue: { kind: 'memory', address, size } };
  }

  private dereference(pointer: EvalValue, column: number): EvalValue {
    if (pointer.type.kind === 'record' || pointer.type.kind === 'opaque') throw new ExprError(`cannot dereference a value of type '${typeName(pointer.type)}' (column ${column})`);
    const to: CType = pointer.type.kind === 'pointer' ? pointer.type.to : UINT64;
    if (to.kind === 'void') throw new ExprError(`cannot dereference a void pointer (column ${column})`);
    return this.objectAt(pointer.value, to);
  }

  private primary(): EvalValue {
    const t = this.next();
    if (t.kind === 'number' && t.float) return { value: floatBits(t.float.value, t.float.size), type: t.float.size === 4 ? FLOAT : DOUBLE };
    if (t.kind === 'number') {
      const type = t.value! > 0x7fffffffn ? UINT64 : INT32;
      if (t.value! > U64) throw new ExprError(`number '${t.text}' does not fit in 64 bits`);
      // An L suffix makes a long (C), unless the value needs the unsigned machine word.
      if (/[lL]/.test(t.text) && type === INT32) return { value: t.value!, type: /[uU]/.test(t.text) ? SIZE_T : INT64 };
      return { value: t.value!, type: /[uU]/.test(t.text) && type === INT32 ? UINT32 : type };
    }
    if (t.kind === 'ident') {
      const name = t.text.startsWith('$') ? t.text.slice(1) : t.text;
      const register = this.env.register(name.toLowerCase());
      if (register) {
        return { value: register.value, type: register.size === 4 ? UINT32 : UINT64, lvalue: { kind: 'register', name: name.toLowerCase() } };
      }
      const variable = this.env.variable?.(t.text);
      if (variable) return variable;
      const symbol = this.env.symbol(t.text);
      if (symbol !== undefined) return { value: symbol, type: UINT64 };
      // `s.field` reads as one identifier: a variable followed by members.
      const dot = t.text.indexOf('.');
      if (dot > 0) {
        const base = this.env.variable?.(t.text.slice(0, dot));
        if (base) {
          let v = base;
          for (const m of t.text.slice(dot + 1).split('.')) v = this.member(v, m, false, t.column + dot);
          return v;
        }
      }
      throw new ExprError(`no register or symbol named '${t.text}'`);
    }
    if (t.text === '(') {
      const v = this.binary(1);
      this.expect(')');
      return v;
    }
    throw new ExprError(t.kind === 'end' ? 'expression expected' : `unexpected '${t.text}' at column ${t.column}`);
  }
}

/**
 * True for the 64-bit unsigned types that hold addresses and register contents (uint64_t, uintptr_t): their values
 * are shown in hex. C's unsigned long (sizeof's type) and size_t print in decimal, as gdb prints them.
 */
export function isMachineWord(type: Extract<CType, { kind: 'int' }>): boolean {
  return type.size === 8 && !type.signed && type.name !== 'unsigned long' && type.name !== 'size_t' && type.name !== 'unsigned long long';
}

/** C's base type of several words in the spelling BASE_TYPES uses: `long unsigned int` is `unsigned long`. */
function canonicalTypeName(words: readonly string[]): string {
  const count = (w: string) => words.filter((x) => x === w).length;
  const unsigned = count('unsigned') > 0;
  const longs = count('long');
  if (count('double')) return longs ? 'long double' : 'double';
  if (count('float')) return 'float';
  if (count('char')) return count('signed') ? 'signed char' : unsigned ? 'unsigned char' : 'char';
  if (count('void')) return 'void';
  if (count('short')) return unsigned ? 'unsigned short' : 'short';
  if (longs >= 2) return unsigned ? 'unsigned long long' : 'long long';
  if (longs === 1) return unsigned ? 'unsigned long' : 'long';
  return unsigned ? 'unsigned int' : 'int';
}

/** Reads a bit-field's raw bits (unsigned), or undefined when unreadable. */
function readBitField(env: EvalEnvironment, address: bigint, shift: number, bitSize: number): bigint | undefined {
  const bytes = Math.ceil((shift + bitSize) / 8);
  let raw = 0n;
  for (let at = 0; at < bytes; at += 8) {
    const part = env.readMemory(address + BigInt(at), Math.min(8, bytes - at));
    if (part === undefined) return undefined;
    raw |= part << BigInt(at * 8);
  }
  return (raw >> BigInt(shift)) & ((1n << BigInt(bitSize)) - 1n);
}

/**
 * The bytes that hold a bit-field after storing `value` in it (the other bits as `storage` has them): the storage
 * covers bits `shift` to `shift + bitSize` of its first byte onwards, little-endian.
 */
export function insertBitField(storage: bigint, shift: number, bitSize: number, value: bigint): bigint {
  const mask = ((1n << BigInt(bitSize)) - 1n) << BigInt(shift);
  return (storage & ~mask) | ((value << BigInt(shift)) & mask);
}

function promote(type: CType): CType {
  if (type.kind === 'int' && type.size < 4) return INT32;
  return type.kind === 'int' ? type : UINT64;
}

function signExtendFor(v: EvalValue): bigint {
  return signedValue(v);
}

function applyBinary(op: string, a: EvalValue, b: EvalValue): EvalValue {
  requireArithmetic(a, op);
  requireArithmetic(b, op);
  const truth = (v: EvalValue) => (v.type.kind === 'float' ? numericValue(v) !== 0 : v.value !== 0n);
  if (op === '&&') return { value: truth(a) && truth(b) ? 1n : 0n, type: INT32 };
  if (op === '||') return { value: truth(a) || truth(b) ? 1n : 0n, type: INT32 };
  if (a.type.kind === 'float' || b.type.kind === 'float') return applyFloat(op, a, b);
  // Pointer arithmetic scales by the pointee's size, as in C.
  if ((op === '+' || op === '-') && a.type.kind === 'pointer' && b.type.kind !== 'pointer') {
    const scale = BigInt(Math.max(1, typeSize(a.type.to)));
    const delta = signExtendFor(b) * scale;
    return { value: (op === '+' ? a.value + delta : a.value - delta) & U64, type: a.type };
  }
  if (op === '+' && b.type.kind === 'pointer' && a.type.kind !== 'pointer') return applyBinary('+', b, a);
  if (op === '-' && a.type.kind === 'pointer' && b.type.kind === 'pointer') {
    const scale = BigInt(Math.max(1, typeSize(a.type.to)));
    return { value: ((a.value - b.value) / scale) & U64, type: INT64 };
  }
  const pa = promote(a.type), pb = promote(b.type);
  const size = Math.max(typeSize(pa), typeSize(pb)) as 4 | 8;
  const unsigned = (pa.kind === 'int' && !pa.signed && typeSize(pa) === size) || (pb.kind === 'int' && !pb.signed && typeSize(pb) === size);
  // A 64-bit unsigned result is a machine word (shown in hex) when an operand is one, C's unsigned long otherwise.
  const word = (t: CType) => t.kind === 'pointer' || (t.kind === 'int' && isMachineWord(t));
  const type: CType = size === 8 ? (unsigned ? (word(a.type) || word(b.type) ? UINT64 : SIZE_T) : INT64) : unsigned ? UINT32 : INT32;
  const x = unsigned ? a.value : signExtendFor(a);
  const y = unsigned ? b.value : signExtendFor(b);
  switch (op) {
    case '+': return { value: truncate(x + y, type), type };
    case '-': return { value: truncate(x - y, type), type };
    case '*': return { value: truncate(x * y, type), type };
    case '/': if (y === 0n) throw new ExprError('division by zero'); return { value: truncate(x / y, type), type };
    case '%': if (y === 0n) throw new ExprError('division by zero'); return { value: truncate(x % y, type), type };
    case '&': return { value: truncate(x & y, type), type };
    case '|': return { value: truncate(x | y, type), type };
    case '^': return { value: truncate(x ^ y, type), type };
    case '<<': return { value: truncate(x << (y & 63n), type), type };
    case '>>': return { value: truncate((unsigned ? a.value : x) >> (y & 63n), type), type };
  }
  const compared = comparison(op, x, y);
  if (compared) return compared;
  throw new ExprError(`unknown operator '${op}'`);
}

/**
 * A binary operation with a floating-point operand: the other is converted to its type, and two floating-point
 * operands meet in the wider one (C's usual arithmetic conversions; gdb keeps float * float a float).
 */
function applyFloat(op: string, a: EvalValue, b: EvalValue): EvalValue {
  if (a.type.kind === 'pointer' || b.type.kind === 'pointer') throw new ExprError(`invalid operands of types '${typeName(a.type)}' and '${typeName(b.type)}' for '${op}'`);
  const size: 4 | 8 = a.type.kind === 'float' && b.type.kind === 'float' ? (Math.max(a.type.size, b.type.size) as 4 | 8) : a.type.kind === 'float' ? a.type.size : (b.type as { size: 4 | 8 }).size;
  const type = size === 4 ? FLOAT : DOUBLE;
  const round = (n: number) => (size === 4 ? Math.fround(n) : n);
  const x = round(numericValue(a)), y = round(numericValue(b));
  const result = (n: number): EvalValue => ({ value: floatBits(n, size), type });
  switch (op) {
    case '+': return result(x + y);
    case '-': return result(x - y);
    case '*': return result(x * y);
    case '/': return result(x / y);
  }
  const compared = comparison(op, x, y);
  if (compared) return compared;
  throw new ExprError(`invalid operand of type '${typeName(type)}' for '${op}': it takes integers only`);
}

/** Evaluates an expression. */
export function evaluateExpression(text: string, env: EvalEnvironment): EvalResult {
  try {
    if (text.trim() === '') return { ok: false, message: 'expression expected' };
    const evaluator = new Evaluator(tokenize(text), env);
    return { ok: true, value: evaluator.parseAll() };
  } catch (e) {
    if (e instanceof ExprError) return { ok: false, message: e.message };
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Splits `lhs = rhs` at a top-level single '=' (not ==, <=, >=, !=). Returns undefined when the text is not an
 * assignment.
 */
export function splitAssignment(text: string): { target: string; value: string } | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '=' && depth === 0) {
      const prev = text[i - 1], next = text[i + 1];
      if (next === '=' || prev === '=' || prev === '<' || prev === '>' || prev === '!') { if (next === '=') i++; continue; }
      return { target: text.slice(0, i).trim(), value: text.slice(i + 1).trim() };
    }
  }
  return undefined;
}

/** Formats a value for display: hex for pointers and unsigned 64-bit values, decimal (and hex) otherwise. */
export function formatValue(v: EvalValue): string {
  if (v.type.kind === 'pointer') return `0x${v.value.toString(16)}`;
  if (v.type.kind === 'float') return String(numericValue(v));
  if (v.type.kind === 'int' && isMachineWord(v.type)) return `0x${v.value.toString(16)}`;
  const s = signedValue(v);
  return s >= 0n && s < 10n ? s.toString() : `${s} (0x${v.value.toString(16)})`;
}

/** A C comparison of two values of one kind as an int (0 or 1); undefined when `op` is not a comparison. */
function comparison<T extends bigint | number>(op: string, x: T, y: T): EvalValue | undefined {
  let c: boolean;
  switch (op) {
    case '==': c = x === y; break;
    case '!=': c = x !== y; break;
    case '<': c = x < y; break;
    case '>': c = x > y; break;
    case '<=': c = x <= y; break;
    case '>=': c = x >= y; break;
    default: return undefined;
  }
  return { value: c ? 1n : 0n, type: INT32 };
}
