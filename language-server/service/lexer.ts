// Line lexer for GNU-as AArch64 source: splits one line into typed tokens (comments, labels, mnemonics,
// directives, registers, numbers, strings, symbols, relocation operators, punctuation). It never fails: any
// character it does not understand becomes an 'other' token. Block comments carry state from line to line.

export type TokenKind =
  | 'comment'
  | 'preprocessor'
  | 'labelDefinition'
  | 'numericLabelDefinition'
  | 'mnemonic'
  | 'directive'
  | 'assignment'
  | 'register'
  | 'number'
  | 'immediatePrefix'
  | 'string'
  | 'symbol'
  | 'numericLabelReference'
  | 'relocation'
  | 'macroParameter'
  | 'punctuation'
  | 'separator'
  | 'other';

export interface Token {
  readonly kind: TokenKind;
  /** 0-based column of the first character. */
  readonly start: number;
  /** 0-based column after the last character. */
  readonly end: number;
  readonly text: string;
}

export interface LexedLine {
  readonly tokens: readonly Token[];
  /** True when the line ends inside an unterminated block comment. */
  readonly endsInBlockComment: boolean;
}

/** Preprocessor keywords recognised after '#' at the start of a line (C preprocessor, used in .S files). */
const preprocessorKeywords = new Set([
  'include', 'define', 'undef', 'if', 'ifdef', 'ifndef', 'elif', 'else', 'endif', 'error', 'warning', 'pragma',
  'line', 'include_next',
]);

const identifierStart = /[A-Za-z_.$]/;
const identifierBody = /[A-Za-z0-9_.$]/;

/** General-purpose and SIMD&FP register names, with optional arrangement and element index. */
const registerPattern =
  /^(?:[xw](?:[12]?[0-9]|30)|w?sp|[xw]zr|fp|lr|ip[01]|[vqdshb](?:[12]?[0-9]|3[01])(?:\.(?:16b|8b|4b|8h|4h|2h|4s|2s|2d|1d|1q|b|h|s|d|q))?)$/i;

/** True for a register name such as x0, wsp, v1.4s or q3 (case-insensitive). */
export function isRegisterName(text: string): boolean {
  return registerPattern.test(text);
}

function push(tokens: Token[], line: string, kind: TokenKind, start: number, end: number): void {
  tokens.push({ kind, start, end, text: line.slice(start, end) });
}

/** Lexes one line. `startsInBlockComment` is the state left by the previous line. */
export function lexLine(line: string, startsInBlockComment: boolean): LexedLine {
  const tokens: Token[] = [];
  let i = 0;
  const n = line.length;

  if (startsInBlockComment) {
    const close = line.indexOf('*/');
    if (close < 0) {
      if (n > 0) push(tokens, line, 'comment', 0, n);
      return { tokens, endsInBlockComment: true };
    }
    push(tokens, line, 'comment', 0, close + 2);
    i = close + 2;
  }

  // '#' as the first non-blank character: a preprocessor line (.S) or a line comment.
  if (!startsInBlockComment) {
    const firstNonBlank = line.search(/\S/);
    if (firstNonBlank >= 0 && line[firstNonBlank] === '#') {
      const word = /^#\s*([A-Za-z_]+)/.exec(line.slice(firstNonBlank));
      const isPreprocessor = word !== null && preprocessorKeywords.has(word[1]!);
      push(tokens, line, isPreprocessor ? 'preprocessor' : 'comment', firstNonBlank, n);
      return { tokens, endsInBlockComment: false };
    }
  }

  // Position within the current statement: 'start' until a mnemonic/directive is seen, then 'operands'.
  let statementState: 'start' | 'operands' = 'start';

  while (i < n) {
    const c = line[i]!;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') { i++; continue; }
    if (c === '/' && line[i + 1] === '/') { push(tokens, line, 'comment', i, n); break; }
    if (c === '/' && line[i + 1] === '*') {
      const close = line.indexOf('*/', i + 2);
      if (close < 0) { push(tokens, line, 'comment', i, n); return { tokens, endsInBlockComment: true }; }
      push(tokens, line, 'comment', i, close + 2);
      i = close + 2;
      continue;
    }
    if (c === ';') {
      push(tokens, line, 'separator', i, i + 1);
      i++;
      statementState = 'start';
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < n && line[j] !== '"') j += line[j] === '\\' ? 2 : 1;
      const end = Math.min(n, j + 1);
      push(tokens, line, 'string', i, end);
      i = end;
      if (statementState === 'start') statementState = 'operands';
      continue;
    }
    if (statementState === 'start') {
      // Labels ("name:" or "1:"), then the mnemonic, directive or an assignment "name = value".
      const numeric = /^[0-9]+(?=:)/.exec(line.slice(i));
      if (numeric) {
        push(tokens, line, 'numericLabelDefinition', i, i + numeric[0].length);
        push(tokens, line, 'punctuation', i + numeric[0].length, i + numeric[0].length + 1);
        i += numeric[0].length + 1;
        continue;
      }
      if (identifierStart.test(c)) {
        let j = i + 1;
        while (j < n && identifierBody.test(line[j]!)) j++;
        if (line[j] === ':' && line[j + 1] !== ':') {
          push(tokens, line, 'labelDefinition', i, j);
          push(tokens, line, 'punctuation', j, j + 1);
          i = j + 1;
          continue;
        }
        const rest = line.slice(j);
        if (/^\s*==?(?!=)/.test(rest) && c !== '.') {
          push(tokens, line, 'assignment', i, j);
          statementState = 'operands';
          i = j;
          continue;
        }
        push(tokens, line, c === '.' ? 'directive' : 'mnemonic', i, j);
        statementState = 'operands';
        i = j;
        continue;
      }
      push(tokens, line, 'other', i, i + 1);
      statementState = 'operands';
      i++;
      continue;
    }
    // Operands.
    if (c === '#') { push(tokens, line, 'immediatePrefix', i, i + 1); i++; continue; }
    if (c === '\\' && identifierStart.test(line[i + 1] ?? '')) {
      let j = i + 2;
      while (j < n && /[A-Za-z0-9_]/.test(line[j]!)) j++;
      push(tokens, line, 'macroParameter', i, j);
      i = j;
      continue;
    }
    if (c === ':' ) {
      const reloc = /^:[A-Za-z_][A-Za-z0-9_]*:/.exec(line.slice(i));
      if (reloc) { push(tokens, line, 'relocation', i, i + reloc[0].length); i += reloc[0].length; continue; }
      push(tokens, line, 'punctuation', i, i + 1);
      i++;
      continue;
    }
    if (c === '\'') {
      // Character constant: 'a or 'a' or '\n'.
      let j = i + 1;
      if (line[j] === '\\') j += 2; else j += 1;
      if (line[j] === '\'') j++;
      j = Math.min(n, j);
      push(tokens, line, 'number', i, j);
      i = j;
      continue;
    }
    if (/[0-9]/.test(c)) {
      const rest = line.slice(i);
      const local = /^[0-9]+[fb](?![A-Za-z0-9_.$])/.exec(rest);
      if (local) {
        push(tokens, line, 'numericLabelReference', i, i + local[0].length);
        i += local[0].length;
        continue;
      }
      const num = /^(?:0[xX][0-9a-fA-F]+|0[bB][01]+|[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)/.exec(rest)!;
      let j = i + num[0].length;
      while (j < n && identifierBody.test(line[j]!) && line[j] !== '.') j++;
      push(tokens, line, 'number', i, j);
      i = j;
      continue;
    }
    if (identifierStart.test(c)) {
      let j = i + 1;
      while (j < n && identifierBody.test(line[j]!)) j++;
      const text = line.slice(i, j);
      // An element index such as v1.s[2] stays punctuation + number after the register.
      push(tokens, line, isRegisterName(text) ? 'register' : 'symbol', i, j);
      i = j;
      continue;
    }
    push(tokens, line, 'punctuation', i, i + 1);
    i++;
  }
  return { tokens, endsInBlockComment: false };
}
