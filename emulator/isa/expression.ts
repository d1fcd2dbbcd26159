// A small constant-expression evaluator usable as an ExpressionResolver: integers (decimal, 0x, 0b, 0o,
// character literals), + - * / % << >> & | ^ ~ and parentheses, and symbols given by a lookup function
// (unknown symbols become relocatable `symbol + addend` values). The assembler may supply a richer resolver.

import type { ExpressionResolver, OperandValue } from './api.js';

type Value = OperandValue;
type Result = Value | { kind: 'error'; message: string };

export function createResolver(lookup: (name: string) => bigint | undefined = () => undefined): ExpressionResolver {
  return { evaluate: (text) => evaluateExpression(text, lookup) };
}

export function evaluateExpression(text: string, lookup: (name: string) => bigint | undefined): Result {
  const maybeTokens = tokenize(text);
  if (!maybeTokens) return { kind: 'error', message: `bad expression '${text}'` };
  const tokens: string[] = maybeTokens;
  let pos = 0;
  const peek = (): string | undefined => tokens[pos];
  const fail = (m: string): { kind: 'error'; message: string } => ({ kind: 'error', message: m });
  const precedence: Record<string, number> = { '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '/': 6, '%': 6 };

  function primary(): Result {
    const t = tokens[pos++];
    if (t === undefined) return fail(`bad expression '${text}'`);
    if (t === '(') {
      const v = binary(0);
      if (tokens[pos++] !== ')') return fail(`missing ')' in '${text}'`);
      return v;
    }
    if (t === '-' || t === '~' || t === '+') {
      const v = primary();
      if (v.kind !== 'constant') return v.kind === 'error' ? v : t === '+' ? v : fail(`cannot negate a symbol in '${text}'`);
      return { kind: 'constant', value: t === '-' ? -v.value : t === '~' ? ~v.value : v.value };
    }
    if (/^[0-9]/.test(t)) {
      try {
        return { kind: 'constant', value: BigInt(t.replace(/^0o/i, '0o')) };
      } catch {
        return fail(`bad number '${t}'`);
      }
    }
    if (t.startsWith("'")) return { kind: 'constant', value: BigInt(t.codePointAt(1) ?? 0) };
    const known = lookup(t);
    return known !== undefined ? { kind: 'constant', value: known, location: true } : { kind: 'symbol', symbol: t, addend: 0n };
  }

  function binary(minPrec: number): Result {
    let left = primary();
    for (;;) {
      const op = peek();
      const prec = op === undefined ? undefined : precedence[op];
      if (prec === undefined || prec < minPrec) return left;
      pos++;
      const right = binary(prec + 1);
      if (left.kind === 'error') return left;
      if (right.kind === 'error') return right;
      left = combine(op!, left, right);
    }
  }

  function combine(op: string, a: Value, b: Value): Result {
    if (a.kind === 'constant' && b.kind === 'constant') {
      const x = a.value;
      const y = b.value;
      // A location plus or minus a number is a location; the difference of two locations is a number.
      const location = (op === '+' && a.location !== b.location) || (op === '-' && a.location === true && b.location !== true);
      switch (op) {
        case '+': return location ? { kind: 'constant', value: x + y, location } : { kind: 'constant', value: x + y };
        case '-': return location ? { kind: 'constant', value: x - y, location } : { kind: 'constant', value: x - y };
        case '*': return { kind: 'constant', value: x * y };
        case '/': return y === 0n ? fail('division by zero') : { kind: 'constant', value: x / y };
        case '%': return y === 0n ? fail('division by zero') : { kind: 'constant', value: x % y };
        case '<<': return { kind: 'constant', value: BigInt.asIntN(64, x << y) };
        case '>>': return { kind: 'constant', value: x >> y };
        case '&': return { kind: 'constant', value: x & y };
        case '|': return { kind: 'constant', value: x | y };
        case '^': return { kind: 'constant', value: x ^ y };
      }
    }
    if (a.kind === 'symbol' && b.kind === 'constant' && (op === '+' || op === '-')) {
      return { kind: 'symbol', symbol: a.symbol, addend: op === '+' ? a.addend + b.value : a.addend - b.value };
    }
    if (a.kind === 'constant' && b.kind === 'symbol' && op === '+') return { kind: 'symbol', symbol: b.symbol, addend: b.addend + a.value };
    return fail(`invalid operands for '${op}' in '${text}'`);
  }

  const v = binary(0);
  if (pos !== tokens.length) return fail(`junk at end of expression '${text}'`);
  return v;
}

function tokenize(text: string): string[] | undefined {
  const re = /\s*(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|[0-9]+|'.'|<<|>>|[-+*/%&|^~()]|[A-Za-z_.$][A-Za-z0-9_.$@]*)/y;
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (/^\s*$/.test(text.slice(i))) break;
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) return undefined;
    out.push(m[1]!);
    i = re.lastIndex;
  }
  return out.length ? out : undefined;
}
