// Source text to statements: splits lines, removes comments (`//`, `/* */`, `#` at line start) and splits
// `;`-separated statements, keeping each statement's column so diagnostics point at the original text.

export interface SourceLine {
  readonly text: string;
  readonly file: string;
  /** 1-based line in `file`. */
  readonly line: number;
  /** Set on lines produced by a macro or .rept expansion: columns do not refer to the file's text. */
  readonly expanded?: boolean;
}

export interface Statement {
  readonly text: string;
  /** 0-based column of text[0] in the source line. */
  readonly column: number;
}

/** Comment state carried from one line to the next (an open block comment). */
export interface LexState {
  inBlockComment: boolean;
}

export function splitLines(text: string, file: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let lineNo = 1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (text.charCodeAt(i) === 10) {
      let end = i;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      lines.push({ text: text.slice(start, end), file, line: lineNo++ });
      start = i + 1;
    }
  }
  if (start < n) {
    let end = n;
    if (text.charCodeAt(end - 1) === 13) end--;
    lines.push({ text: text.slice(start, end), file, line: lineNo });
  }
  return lines;
}

/** Where the assembler reads its next line from: a file's text (read lazily) or a list (macro bodies). */
export interface LineSource {
  next(): SourceLine | undefined;
}

/** The lines of a text, as splitLines gives them, made one at a time (no array of every line of a big file). */
export class TextLines implements LineSource {
  private pos = 0;
  private lineNo = 1;

  constructor(private readonly text: string, private readonly file: string) {}

  next(): SourceLine | undefined {
    const text = this.text;
    const start = this.pos;
    const n = text.length;
    if (start >= n) return undefined;
    const nl = text.indexOf('\n', start);
    let end = nl < 0 ? n : nl;
    this.pos = nl < 0 ? n : nl + 1;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    return { text: text.slice(start, end), file: this.file, line: this.lineNo++ };
  }
}

/** A list of lines as a LineSource. */
export class ListLines implements LineSource {
  private index = 0;

  constructor(private readonly lines: readonly SourceLine[]) {}

  next(): SourceLine | undefined {
    return this.index < this.lines.length ? this.lines[this.index++] : undefined;
  }
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 11;
}

const specialCharacters = /[\/;"']/;

/** Whether line[0, end) holds a character that needs the full scan (`/ ; " '`). */
function hasSpecialBefore(line: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const c = line.charCodeAt(i);
    if (c === 47 || c === 59 || c === 34 || c === 39) return true;
  }
  return false;
}

/**
 * Statements of one line: the first `count` items. The list and its items are reused from line to line (a
 * statement is read before the next line is split), so splitting allocates only the statements' text.
 */
export interface StatementList {
  count: number;
  readonly items: Statement[];
}

/** Adds text[a, b) trimmed of blanks (column `start + a`) to the list. */
function pushTrimmed(out: StatementList, text: string, start: number, a = 0, b = text.length): void {
  while (a < b && isBlank(text.charCodeAt(a))) a++;
  while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
  if (b <= a) return;
  const piece = a === 0 && b === text.length ? text : text.slice(a, b);
  const reused = out.items[out.count] as { text: string; column: number } | undefined;
  if (reused) { reused.text = piece; reused.column = start + a; }
  else out.items[out.count] = { text: piece, column: start + a };
  out.count++;
}

/** Splits one line into statements without comments. */
export function splitStatements(line: string, state: LexState): Statement[] {
  const out: StatementList = { count: 0, items: [] };
  splitStatementsInto(line, state, out);
  return out.items.slice(0, out.count);
}

/** splitStatements into a reused list. */
export function splitStatementsInto(line: string, state: LexState, out: StatementList): void {
  out.count = 0;
  const n = line.length;
  // `#` as the first non-blank character of a line is a comment (preprocessor lines are handled earlier).
  if (!state.inBlockComment) {
    let k = 0;
    while (k < n && isBlank(line.charCodeAt(k))) k++;
    if (line.charCodeAt(k) === 35) return;
    const slash = line.indexOf('/');
    if (slash >= 0 && line.charCodeAt(slash + 1) === 47 && !hasSpecialBefore(line, slash)) {
      pushTrimmed(out, line, 0, 0, slash);
      return;
    }
    if (!specialCharacters.test(line)) {
      pushTrimmed(out, line, 0);
      return;
    }
  }
  // Pieces of the current statement (block comments inside a statement become one space).
  let pieces = '';
  let pieceStart = 0;
  let statementStart = -1;
  let i = 0;
  const finish = (end: number): void => {
    if (statementStart >= 0) {
      const text = pieces + line.slice(pieceStart, end);
      pushTrimmed(out, text, statementStart);
    }
    pieces = '';
    statementStart = -1;
  };
  while (i < n) {
    if (state.inBlockComment) {
      const close = line.indexOf('*/', i);
      if (close < 0) { i = n; pieceStart = n; break; }
      state.inBlockComment = false;
      i = close + 2;
      pieceStart = i;
      if (statementStart >= 0) pieces += ' ';
      continue;
    }
    const c = line.charCodeAt(i);
    if (statementStart < 0) {
      if (isBlank(c)) { i++; continue; }
      statementStart = i;
      pieceStart = i;
    }
    if (c === 47 && line.charCodeAt(i + 1) === 47) break; // //
    if (c === 47 && line.charCodeAt(i + 1) === 42) { // /*
      pieces += line.slice(pieceStart, i);
      state.inBlockComment = true;
      i += 2;
      continue;
    }
    if (c === 59) { finish(i); i++; continue; } // ;
    if (c === 34) { // string: skip through the closing quote
      let j = i + 1;
      while (j < n) {
        const d = line.charCodeAt(j);
        if (d === 92) { j += 2; continue; }
        if (d === 34) { j++; break; }
        j++;
      }
      i = Math.min(j, n);
      continue;
    }
    if (c === 39) { // character constant 'c' or 'c
      const end = line.charCodeAt(i + 1) === 92 ? i + 3 : i + 2;
      i = Math.min(line.charCodeAt(end) === 39 ? end + 1 : end, n);
      continue;
    }
    i++;
  }
  if (!state.inBlockComment) finish(i);
  else if (statementStart >= 0) { pushTrimmed(out, pieces + line.slice(pieceStart, i), statementStart); }
  return;
}

/** The ASCII characters String.prototype.trim removes: tab, line feed, vertical tab, form feed, return, space. */
function isTrimmedBlank(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** Splits a directive's argument text on top-level commas (outside strings and parentheses). */
export function splitArguments(text: string, column: number): Statement[] {
  const out: Statement[] = [];
  if (text.trim() === '') return out;
  let depth = 0;
  let start = 0;
  const push = (end: number): void => {
    // Trimmed with char codes (one slice per argument); String.prototype.trim's other blanks are non-ASCII.
    let a = start;
    let b = end;
    while (a < b && text.charCodeAt(a) <= 32 && isTrimmedBlank(text.charCodeAt(a))) a++;
    while (b > a && text.charCodeAt(b - 1) <= 32 && isTrimmedBlank(text.charCodeAt(b - 1))) b--;
    if ((a < b && text.charCodeAt(a) > 127) || (b > a && text.charCodeAt(b - 1) > 127)) {
      const raw = text.slice(start, end);
      out.push({ text: raw.trim(), column: column + start + raw.length - raw.trimStart().length });
      return;
    }
    out.push({ text: text.slice(a, b), column: column + a });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) { // "
      i++;
      while (i < text.length && text.charCodeAt(i) !== 34) { if (text.charCodeAt(i) === 92) i++; i++; }
    } else if (c === 39) { // '
      i += text.charCodeAt(i + 1) === 92 ? 2 : 1;
    } else if (c === 40) depth++; // (
    else if (c === 41) depth--; // )
    else if (c === 44 && depth <= 0) { push(i); start = i + 1; } // ,
  }
  push(text.length);
  return out;
}

/** Decodes a GNU as string literal's body (without the quotes). */
export function decodeStringLiteral(body: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c !== 92) {
      if (c < 0x80) bytes.push(c);
      else for (const b of new TextEncoderLite().encode(body[i]!)) bytes.push(b);
      continue;
    }
    const e = body[++i];
    if (e === undefined) { bytes.push(92); break; }
    switch (e) {
      case 'n': bytes.push(10); break;
      case 't': bytes.push(9); break;
      case 'r': bytes.push(13); break;
      case 'b': bytes.push(8); break;
      case 'f': bytes.push(12); break;
      case 'v': bytes.push(11); break;
      case 'a': bytes.push(7); break;
      case 'e': bytes.push(27); break;
      case '\\': bytes.push(92); break;
      case '"': bytes.push(34); break;
      case "'": bytes.push(39); break;
      case 'x': case 'X': {
        let j = i + 1;
        let v = 0;
        while (j < body.length && /[0-9a-fA-F]/.test(body[j]!)) { v = (v * 16 + parseInt(body[j]!, 16)) & 0xff; j++; }
        bytes.push(v);
        i = j - 1;
        break;
      }
      default:
        if (e >= '0' && e <= '7') {
          let j = i;
          let v = 0;
          while (j < body.length && j < i + 3 && body[j]! >= '0' && body[j]! <= '7') { v = v * 8 + Number(body[j]); j++; }
          bytes.push(v & 0xff);
          i = j - 1;
        } else bytes.push(e.charCodeAt(0));
    }
  }
  return bytes;
}

class TextEncoderLite {
  encode(ch: string): number[] {
    const c = ch.codePointAt(0)!;
    if (c < 0x800) return [0xc0 | (c >> 6), 0x80 | (c & 63)];
    if (c < 0x10000) return [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)];
    return [0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)];
  }
}

/** Parses a sequence of string literals ("a" "b"); undefined when the text is not one. */
export function parseStringList(text: string): { bytes: number[] } | { error: string } {
  const t = text.trim();
  if (!t.startsWith('"')) return { error: `junk at end of line, first unrecognized character is \`${t[0] ?? ''}'` };
  let i = 0;
  const bytes: number[] = [];
  while (i < t.length) {
    while (i < t.length && (t[i] === ' ' || t[i] === '\t')) i++;
    if (i >= t.length) break;
    if (t[i] !== '"') return { error: `junk at end of line, first unrecognized character is \`${t[i]}'` };
    let j = i + 1;
    while (j < t.length && t[j] !== '"') { if (t[j] === '\\') j++; j++; }
    if (j >= t.length) return { error: 'missing closing `"\'' };
    bytes.push(...decodeStringLiteral(t.slice(i + 1, j)));
    i = j + 1;
  }
  return { bytes };
}
