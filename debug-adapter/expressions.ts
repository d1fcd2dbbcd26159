// C-like expressions over registers, symbols and memory for watch, hover, the debug console, conditional
// breakpoints and setExpression: `x0 + 16`, `*(uint64_t*)(sp + 8)`, `((uint32_t*)buf)[3]`, `x1 == 0x2a && w2 < 5`,
// and over C variables with their DWARF types: `p[i].x * 2`, `list->next->value == 9`, `&pts[1]`.
// Parsing and evaluation never throw: errors come back as values with a message (and the column they refer to).

/** A struct or union member as expressions see it; 'bitfield' for bit-fields (not supported). */
export type MemberLookup = { readonly offset: number; readonly type: CType } | 'bitfield' | undefined;

export type CType =
  | { readonly kind: 'int'; readonly size: 1 | 2 | 4 | 8; readonly signed: boolean; readonly name: string }
  | { readonly kind: 'void' }
  | { readonly kind: 'pointer'; readonly to: CType }
  /** A struct or union: its value is its address (it must be in memory). */
  | { readonly kind: 'record'; readonly name: string; readonly size: number; member(name: string): MemberLookup }
  /** An array type (of a variable or member): its value decays to a pointer to its first element. */
  | { readonly kind: 'array'; readonly element: CType; readonly count: number }
  /** A value expressions cannot compute with (floating point, functions): it can be read and shown, not combined. */
  | { readonly kind: 'opaque'; readonly name: string; readonly size: number };

/** Where a value lives, so that it can be assigned. */
export type LValue =
  | { readonly kind: 'register'; readonly name: string }
  | { readonly kind: 'memory'; readonly address: bigint; readonly size: number };

export interface EvalValue {
  /** The value as an unsigned bit pattern of the type's size (pointers: 64 bits). */
  readonly value: bigint;
  readonly type: CType;
  readonly lvalue?: LValue;
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
}

export type EvalResult = { readonly ok: true; readonly value: EvalValue } | { readonly ok: false; readonly message: string };

const U64 = (1n << 64n) - 1n;
export const UINT64: CType = { kind: 'int', size: 8, signed: false, name: 'uint64_t' };
const INT64: CType = { kind: 'int', size: 8, signed: true, name: 'int64_t' };
const UINT32: CType = { kind: 'int', size: 4, signed: false, name: 'uint32_t' };
const INT32: CType = { kind: 'int', size: 4, signed: true, name: 'int' };

const BASE_TYPES: Readonly<Record<string, CType>> = {
  int8_t: { kind: 'int', size: 1, signed: true, name: 'int8_t' },
  uint8_t: { kind: 'int', size: 1, signed: false, name: 'uint8_t' },
  int16_t: { kind: 'int', size: 2, signed: true, name: 'int16_t' },
  uint16_t: { kind: 'int', size: 2, signed: false, name: 'uint16_t' },
  int32_t: { kind: 'int', size: 4, signed: true, name: 'int32_t' },
  uint32_t: UINT32,
  int64_t: INT64,
  uint64_t: UINT64,
  char: { kind: 'int', size: 1, signed: false, name: 'char' },
  'signed char': { kind: 'int', size: 1, signed: true, name: 'signed char' },
  'unsigned char': { kind: 'int', size: 1, signed: false, name: 'unsigned char' },
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
};
const TYPE_WORDS = new Set(['signed', 'unsigned', 'char', 'short', 'int', 'long', 'void', ...Object.keys(BASE_TYPES)]);

export function typeSize(type: CType): number {
  switch (type.kind) {
    case 'int': return type.size;
    case 'pointer': return 8;
    case 'record': case 'opaque': return type.size;
    case 'array': return typeSize(type.element) * type.count;
    default: return 1;
  }
}

export function typeName(type: CType): string {
  switch (type.kind) {
    case 'int': case 'record': case 'opaque': return type.name;
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

/** Arithmetic, comparisons and casts take integers and pointers only. */
function requireArithmetic(v: EvalValue, op: string): void {
  const k = v.type.kind;
  if (k === 'record' || k === 'opaque' || k === 'array') throw new ExprError(`invalid operand of type '${typeName(v.type)}' for '${op}'`);
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

  /** A type name at the current position (after '('), or undefined. Consumes it when found. */
  private tryType(): CType | undefined {
    const save = this.pos;
    const words: string[] = [];
    while (this.peek().kind === 'ident' && TYPE_WORDS.has(this.peek().text)) words.push(this.next().text);
    if (words.length === 0) { this.pos = save; return undefined; }
    let name = words.join(' ');
    if (name === 'signed' || name === 'signed int') name = 'int';
    if (name === 'long int' || name === 'signed long') name = 'long';
    if (name === 'unsigned long int') name = 'unsigned long';
    if (name === 'short int') name = 'short';
    let type = BASE_TYPES[name];
    if (!type) throw new ExprError(`unknown type '${name}'`);
    while (this.peek().text === '*') { this.next(); type = { kind: 'pointer', to: type }; }
    return type;
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
          requireArithmetic(operand, 'cast');
          return { value: truncate(signExtendFor(operand), type), type };
        }
        this.pos = save;
      } else if (t.text === '-' || t.text === '~' || t.text === '!' || t.text === '+') {
        this.next();
        const v = this.unary();
        requireArithmetic(v, t.text);
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
        if (v.type.kind === 'record' || v.type.kind === 'opaque') throw new ExprError(`cannot index a value of type '${typeName(v.type)}' (column ${open.column})`);
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
    if (m === 'bitfield') throw new ExprError(`bit-field '${name}' cannot be used in expressions yet`);
    return this.objectAt(record.lvalue.address + BigInt(m.offset), m.type);
  }

  /** The value of an object of `type` in memory at `address` (records by address, arrays decayed). */
  private objectAt(address: bigint, type: CType): EvalValue {
    address &= U64;
    if (type.kind === 'void') throw new ExprError('cannot use a void value');
    if (type.kind === 'array') return { value: address, type: { kind: 'pointer', to: type.element } };
    const size = typeSize(type);
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
    if (t.kind === 'number') {
      const type = t.value! > 0x7fffffffn ? UINT64 : INT32;
      if (t.value! > U64) throw new ExprError(`number '${t.text}' does not fit in 64 bits`);
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
  if (op === '&&') return { value: a.value !== 0n && b.value !== 0n ? 1n : 0n, type: INT32 };
  if (op === '||') return { value: a.value !== 0n || b.value !== 0n ? 1n : 0n, type: INT32 };
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
  const type: CType = size === 8 ? (unsigned ? UINT64 : INT64) : unsigned ? UINT32 : INT32;
  const x = unsigned ? a.value : signExtendFor(a);
  const y = unsigned ? b.value : signExtendFor(b);
  const bool = (c: boolean): EvalValue => ({ value: c ? 1n : 0n, type: INT32 });
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
    case '==': return bool(x === y);
    case '!=': return bool(x !== y);
    case '<': return bool(x < y);
    case '>': return bool(x > y);
    case '<=': return bool(x <= y);
    case '>=': return bool(x >= y);
  }
  throw new ExprError(`unknown operator '${op}'`);
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
  if (v.type.kind === 'int' && v.type.size === 8 && !v.type.signed) return `0x${v.value.toString(16)}`;
  const s = signedValue(v);
  return s >= 0n && s < 10n ? s.toString() : `${s} (0x${v.value.toString(16)})`;
}
