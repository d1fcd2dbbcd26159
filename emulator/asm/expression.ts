// GNU as expressions: tokenizer, parser (gas's operator ranks: unary > * / % << >> > | & ^ ! > + - > comparisons
// > && > ||)
// and an evaluator over absolute values and section-relative or external symbol values.

export type ExprNode =
  | { readonly type: 'num'; readonly value: bigint; readonly start: number; readonly end: number }
  | { readonly type: 'sym'; readonly name: string; readonly start: number; readonly end: number }
  | { readonly type: 'dot'; readonly start: number; readonly end: number }
  | { readonly type: 'unary'; readonly op: string; readonly arg: ExprNode; readonly start: number; readonly end: number }
  | { readonly type: 'binary'; readonly op: string; readonly left: ExprNode; readonly right: ExprNode; readonly start: number; readonly end: number };

export interface ExprError {
  readonly error: string;
  /** Offset in the parsed text. */
  readonly at: number;
}

/** An evaluated expression: an absolute number or a symbol-relative value (a relocation candidate). */
export type Value =
  | { readonly kind: 'abs'; readonly value: bigint }
  | {
      readonly kind: 'rel';
      /** Section of a defined symbol; null for an undefined (external) symbol. */
      readonly section: string | null;
      /** The symbol a relocation would name (a label, or the section name itself). */
      readonly symbol: string;
      /** Offset of `symbol` in `section` (0 for a section or an external symbol). */
      readonly symbolOffset: bigint;
      /** Added to the symbol's value. */
      readonly addend: bigint;
      /** Set when the value is relative to the place it is stored at (sym - .). */
      readonly pcrel?: boolean;
    };

export function isSymbolStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 46 || c === 36 || c > 127;
}

export function isSymbolChar(c: number): boolean {
  return isSymbolStart(c) || (c >= 48 && c <= 57);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Binding strength of a binary operator (gas's ranks, weakest first); -1 for anything else. */
function operatorLevel(op: string): number {
  switch (op) {
    case '||': return 0;
    case '&&': return 1;
    case '==': case '!=': case '<>': case '<': case '>': case '<=': case '>=': return 2;
    case '+': case '-': return 3;
    case '|': case '&': case '^': case '!': return 4;
    case '*': case '/': case '%': case '<<': case '>>': return 5;
    default: return -1;
  }
}

class Parser {
  pos = 0;
  constructor(readonly text: string) {}

  skipSpace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 9) this.pos++;
      else break;
    }
  }

  /** The binary operator at the cursor, if any, without consuming it. */
  peekOperator(): string | undefined {
    this.skipSpace();
    const t = this.text;
    const c = t.charCodeAt(this.pos);
    const d = t.charCodeAt(this.pos + 1);
    switch (c) {
      case 124: return d === 124 ? '||' : '|';
      case 38: return d === 38 ? '&&' : '&';
      case 61: return d === 61 ? '==' : undefined;
      case 33: return d === 61 ? '!=' : '!';
      case 60: return d === 62 ? '<>' : d === 61 ? '<=' : d === 60 ? '<<' : '<';
      case 62: return d === 61 ? '>=' : d === 62 ? '>>' : '>';
      case 43: return '+';
      case 45: return '-';
      case 42: return '*';
      case 47: return '/';
      case 37: return '%';
      case 94: return '^';
      default: return undefined;
    }
  }

  /**
   * An expression of operators that bind at least as strongly as `level` (0: all), left-associative: operands
   * of one level are parsed at the next (precedence climbing, one call per operand rather than one per level).
   */
  parseLevel(level: number): ExprNode | ExprError {
    let left = this.parseUnary();
    if ('error' in left) return left;
    for (;;) {
      const op = this.peekOperator();
      if (op === undefined) return left;
      const opLevel = operatorLevel(op);
      if (opLevel < level) return left;
      this.pos += op.length;
      const right = this.parseLevel(opLevel + 1);
      if ('error' in right) return right;
      left = { type: 'binary', op, left, right, start: left.start, end: right.end };
    }
  }

  parseUnary(): ExprNode | ExprError {
    this.skipSpace();
    const t = this.text;
    const start = this.pos;
    const c = t.charCodeAt(this.pos);
    if (c === 45 || c === 126 || c === 33 || c === 43) { // - ~ ! +
      this.pos++;
      const arg = this.parseUnary();
      if ('error' in arg) return arg;
      return { type: 'unary', op: t[start]!, arg, start, end: arg.end };
    }
    if (c === 40) { // (
      this.pos++;
      const inner = this.parseLevel(0);
      if ('error' in inner) return inner;
      this.skipSpace();
      if (t.charCodeAt(this.pos) !== 41) return { error: "missing ')'", at: this.pos };
      this.pos++;
      return inner;
    }
    if (isDigit(c)) return this.parseNumber();
    if (c === 39) { // 'c' character constant
      let p = this.pos + 1;
      let ch = t.charCodeAt(p);
      if (Number.isNaN(ch)) return { error: 'bad expression', at: start };
      if (ch === 92) { // backslash escape
        const e = t[p + 1];
        const map: Record<string, number> = { n: 10, t: 9, r: 13, '0': 0, '\\': 92, "'": 39, '"': 34, b: 8, f: 12 };
        ch = e !== undefined && map[e] !== undefined ? map[e]! : (e ?? '\\').charCodeAt(0);
        p += 2;
      } else p += 1;
      if (t.charCodeAt(p) === 39) p++;
      this.pos = p;
      return { type: 'num', value: BigInt(ch), start, end: p };
    }
    if (c === 46 && !isSymbolChar(t.charCodeAt(this.pos + 1))) {
      this.pos++;
      return { type: 'dot', start, end: this.pos };
    }
    if (isSymbolStart(c)) {
      let p = this.pos + 1;
      while (p < t.length && isSymbolChar(t.charCodeAt(p))) p++;
      this.pos = p;
      return { type: 'sym', name: t.slice(start, p), start, end: p };
    }
    if (c === 34) { // "quoted symbol"
      const close = t.indexOf('"', this.pos + 1);
      if (close < 0) return { error: 'missing closing `"\'', at: start };
      this.pos = close + 1;
      return { type: 'sym', name: t.slice(start + 1, close), start, end: this.pos };
    }
    return { error: this.pos >= t.length ? 'missing expression' : 'bad expression', at: start };
  }

  parseNumber(): ExprNode | ExprError {
    const t = this.text;
    const start = this.pos;
    let p = start;
    let plainDecimal = t.charCodeAt(start) !== 48 || !isSymbolChar(t.charCodeAt(start + 1));
    while (p < t.length && (isSymbolChar(t.charCodeAt(p)))) {
      if (!isDigit(t.charCodeAt(p))) plainDecimal = false;
      p++;
    }
    const word = t.slice(start, p);
    this.pos = p;
    if (plainDecimal) return { type: 'num', value: BigInt(word), start, end: p };
    // Numeric local label reference: 1f, 23b.
    if (/^[0-9]+[fb]$/i.test(word) && !/^0[xb]/i.test(word)) {
      return { type: 'sym', name: word.toLowerCase(), start, end: p };
    }
    let value: bigint | undefined;
    try {
      if (/^0x[0-9a-f]+$/i.test(word)) value = BigInt(word);
      else if (/^0b[01]+$/i.test(word)) value = BigInt(word);
      else if (/^0[0-7]*$/.test(word)) value = word.length > 1 ? BigInt('0o' + word.slice(1)) : 0n;
      else if (/^[1-9][0-9]*$/.test(word)) value = BigInt(word);
    } catch {
      value = undefined;
    }
    if (value === undefined) return { error: `invalid number \`${word}'`, at: start };
    return { type: 'num', value, start, end: p };
  }
}

/** Parses a whole expression; text after it is an error ("junk at end of expression"). */
export function parseExpression(text: string): ExprNode | ExprError {
  const parser = new Parser(text);
  const node = parser.parseLevel(0);
  if ('error' in node) return node;
  parser.skipSpace();
  if (parser.pos < text.length) return { error: `junk at end of expression: \`${text.slice(parser.pos)}'`, at: parser.pos };
  return node;
}

/** Parses one expression at the start of `text` and says where it stopped (for directive argument lists). */
export function parseExpressionPrefix(text: string): { node: ExprNode; end: number } | ExprError {
  const parser = new Parser(text);
  const node = parser.parseLevel(0);
  if ('error' in node) return node;
  parser.skipSpace();
  return { node, end: parser.pos };
}

export interface EvalContext {
  /** Value of a symbol, or an error message. */
  symbol(name: string, node: ExprNode): Value | { error: string };
  /** Value of `.`. */
  dot(): Value;
  /** Section of the place the value will be stored in, when a pc-relative result is acceptable. */
  readonly pcrelSection?: string;
  readonly pcrelPlace?: bigint;
}

function abs(value: bigint): Value {
  return { kind: 'abs', value: BigInt.asIntN(64, value) };
}

function truth(b: boolean): Value {
  return abs(b ? -1n : 0n);
}

export function evaluate(node: ExprNode, ctx: EvalContext): Value | ExprError {
  switch (node.type) {
    case 'num': return abs(node.value);
    case 'dot': return ctx.dot();
    case 'sym': {
      const v = ctx.symbol(node.name, node);
      if ('error' in v) return { error: v.error, at: node.start };
      return v;
    }
    case 'unary': {
      const a = evaluate(node.arg, ctx);
      if ('error' in a) return a;
      if (node.op === '+') return a;
      if (a.kind !== 'abs') return { error: `invalid operand to unary \`${node.op}'`, at: node.start };
      if (node.op === '-') return abs(-a.value);
      if (node.op === '~') return abs(~a.value);
      return abs(a.value === 0n ? 1n : 0n);
    }
    case 'binary': {
      const l = evaluate(node.left, ctx);
      if ('error' in l) return l;
      const r = evaluate(node.right, ctx);
      if ('error' in r) return r;
      return binary(node, l, r, ctx);
    }
  }
}

function binary(node: ExprNode & { type: 'binary' }, l: Value, r: Value, ctx: EvalContext): Value | ExprError {
  const op = node.op;
  if (op === '+') {
    if (l.kind === 'abs' && r.kind === 'abs') return abs(l.value + r.value);
    if (l.kind === 'rel' && r.kind === 'abs') return { ...l, addend: l.addend + r.value };
    if (l.kind === 'abs' && r.kind === 'rel') return { ...r, addend: r.addend + l.value };
    return { error: 'invalid sections for operation on symbols', at: node.start };
  }
  if (op === '-') {
    if (l.kind === 'abs' && r.kind === 'abs') return abs(l.value - r.value);
    if (l.kind === 'rel' && r.kind === 'abs') return { ...l, addend: l.addend - r.value };
    if (l.kind === 'rel' && r.kind === 'rel' && !l.pcrel && !r.pcrel) {
      if (l.section !== null && l.section === r.section) {
        return abs(l.symbolOffset + l.addend - (r.symbolOffset + r.addend));
      }
      if (l.section === null && r.section === null && l.symbol === r.symbol) return abs(l.addend - r.addend);
      if (ctx.pcrelSection !== undefined && r.section === ctx.pcrelSection && ctx.pcrelPlace !== undefined) {
        return { ...l, addend: l.addend + (ctx.pcrelPlace - (r.symbolOffset + r.addend)), pcrel: true };
      }
    }
    return { error: 'invalid sections for operation on symbols', at: node.start };
  }
  if (l.kind !== 'abs' || r.kind !== 'abs') {
    // Comparisons of two labels in one section are allowed.
    if (l.kind === 'rel' && r.kind === 'rel' && l.section !== null && l.section === r.section) {
      return binary(node, abs(l.symbolOffset + l.addend), abs(r.symbolOffset + r.addend), ctx);
    }
    return { error: `invalid operands for \`${op}'`, at: node.start };
  }
  const a = l.value;
  const b = r.value;
  switch (op) {
    case '*': return abs(a * b);
    case '/': return b === 0n ? { error: 'division by zero', at: node.start } : abs(a / b);
    case '%': return b === 0n ? { error: 'division by zero', at: node.start } : abs(a % b);
    case '<<': return abs(b >= 64n || b < 0n ? 0n : a << b);
    case '>>': return abs(b >= 64n || b < 0n ? 0n : BigInt.asUintN(64, a) >> b);
    case '|': return abs(a | b);
    case '&': return abs(a & b);
    case '^': return abs(a ^ b);
    case '!': return abs(a | ~b);
    case '==': return truth(a === b);
    case '!=': case '<>': return truth(a !== b);
    case '<': return truth(a < b);
    case '>': return truth(a > b);
    case '<=': return truth(a <= b);
    case '>=': return truth(a >= b);
    case '&&': return abs(a !== 0n && b !== 0n ? 1n : 0n);
    case '||': return abs(a !== 0n || b !== 0n ? 1n : 0n);
  }
  return { error: `unknown operator \`${op}'`, at: node.start };
}

/** Every symbol name an expression mentions, with its offsets (for references). */
export function symbolsOf(node: ExprNode, out: { name: string; start: number; end: number }[] = []): { name: string; start: number; end: number }[] {
  switch (node.type) {
    case 'sym': out.push({ name: node.name, start: node.start, end: node.end }); break;
    case 'unary': symbolsOf(node.arg, out); break;
    case 'binary': symbolsOf(node.left, out); symbolsOf(node.right, out); break;
    default: break;
  }
  return out;
}
