// The document model: one parse of an assembly file into statements plus the facts every feature needs —
// label and symbol definitions, symbol uses, numeric local labels (1:, 1f, 1b) resolved to their targets,
// section switches, macros and .if/.rept blocks. Parsing never fails; lines are cached by text so that a
// one-line edit re-lexes one line.
import { lexLine, type LexedLine, type Token } from './lexer.js';

export interface Statement {
  /** Label definition tokens (named and numeric) at the start of the statement. */
  readonly labels: readonly Token[];
  /** The mnemonic, directive or assigned symbol, when present. */
  readonly op: Token | undefined;
  /** Tokens after the op, up to the statement's end (comments excluded). */
  readonly operands: readonly Token[];
  /** Column where the statement starts and ends (end: before a ';', a comment, or the end of the line). */
  readonly start: number;
  readonly end: number;
  /** Column where the operand text starts (just after the op, or the statement start). */
  readonly operandsStart: number;
}

export interface ParsedLine {
  readonly text: string;
  readonly lexed: LexedLine;
  readonly statements: readonly Statement[];
}

export interface Span {
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

export type DefinitionKind = 'label' | 'constant' | 'common' | 'macro';

export interface SymbolDefinition extends Span {
  readonly name: string;
  readonly kind: DefinitionKind;
}

export interface SymbolUse extends Span {
  readonly name: string;
}

export interface NumericLabelDefinition extends Span {
  readonly label: string;
}

export interface NumericLabelUse extends Span {
  readonly label: string;
  readonly direction: 'f' | 'b';
  readonly target: NumericLabelDefinition | undefined;
}

export interface SectionSwitch extends Span {
  readonly name: string;
}

export interface MacroDefinition extends Span {
  readonly name: string;
  readonly parameters: readonly string[];
  /** Line of the matching .endm (undefined while unterminated). */
  readonly endLine: number | undefined;
}

export interface Block {
  readonly kind: 'macro' | 'conditional' | 'repeat' | 'comment';
  readonly startLine: number;
  readonly endLine: number;
}

export interface DocumentModel {
  readonly lines: readonly ParsedLine[];
  /** Symbol definitions by name (labels, .equ/.set/=, .comm, macros). */
  readonly definitions: ReadonlyMap<string, readonly SymbolDefinition[]>;
  readonly uses: readonly SymbolUse[];
  readonly numericDefinitions: readonly NumericLabelDefinition[];
  readonly numericUses: readonly NumericLabelUse[];
  readonly sections: readonly SectionSwitch[];
  readonly macros: ReadonlyMap<string, MacroDefinition>;
  readonly globals: ReadonlySet<string>;
  readonly symbolTypes: ReadonlyMap<string, 'function' | 'object'>;
  readonly blocks: readonly Block[];
}

const sectionShorthands = new Set(['.text', '.data', '.bss']);
const sectionDirectives = new Set(['.section', '.pushsection']);
const symbolListDirectives = new Set(['.global', '.globl', '.weak', '.local', '.hidden', '.protected', '.internal']);
const constantDirectives = new Set(['.equ', '.set', '.equiv', '.eqv']);
const commonDirectives = new Set(['.comm', '.lcomm']);
const conditionalOpeners = /^\.if/;
const repeatOpeners = new Set(['.rept', '.irp', '.irpc']);
/** Directives whose operands never name symbols of this file. */
const nonSymbolDirectives = new Set([
  '.arch', '.arch_extension', '.cpu', '.fpu', '.include', '.incbin', '.ascii', '.asciz', '.string', '.file', '.ident',
  '.align', '.balign', '.p2align', '.cfi_startproc', '.cfi_endproc', '.cfi_def_cfa', '.cfi_offset',
  '.cfi_def_cfa_offset', '.cfi_restore', '.cfi_def_cfa_register', '.loc', '.error', '.warning', '.print', '.purgem',
  '.altmacro', '.noaltmacro', '.popsection', '.previous', '.ifdef', '.ifndef', '.ifc', '.ifnc', '.ifb', '.ifnb',
  '.ifeqs', '.ifnes', '.endif', '.else', '.endm', '.endr', '.exitm',
]);

interface StatementBuilder {
  labels: Token[];
  op: Token | undefined;
  operands: Token[];
  start: number;
  operandsStart: number;
}

function newBuilder(): StatementBuilder {
  return { labels: [], op: undefined, operands: [], start: -1, operandsStart: -1 };
}

function finishStatement(b: StatementBuilder, end: number, out: Statement[]): void {
  if (b.start < 0 && b.labels.length === 0 && !b.op) return;
  const start = Math.max(0, b.start);
  out.push({ labels: b.labels, op: b.op, operands: b.operands, start, end, operandsStart: b.operandsStart >= 0 ? b.operandsStart : start });
}

/** Splits the lexed tokens of one line into statements. */
function statementsOf(lexed: LexedLine, lineLength: number): Statement[] {
  const statements: Statement[] = [];
  let b = newBuilder();
  for (const t of lexed.tokens) {
    if (t.kind === 'comment' || t.kind === 'preprocessor') {
      if (b.start >= 0) { finishStatement(b, t.start, statements); b = newBuilder(); }
      continue;
    }
    if (t.kind === 'separator') { finishStatement(b, t.start, statements); b = newBuilder(); continue; }
    if (b.start < 0) b.start = t.start;
    if ((t.kind === 'labelDefinition' || t.kind === 'numericLabelDefinition') && !b.op && b.operands.length === 0) {
      b.labels.push(t);
      continue;
    }
    if (t.kind === 'punctuation' && t.text === ':' && !b.op && b.operands.length === 0) continue;
    if ((t.kind === 'mnemonic' || t.kind === 'directive' || t.kind === 'assignment') && !b.op) {
      b.op = t;
      b.operandsStart = t.end;
      continue;
    }
    b.operands.push(t);
  }
  if (b.start >= 0) finishStatement(b, lineLength, statements);
  return statements;
}

/** Cache of parsed lines keyed by block-comment state and text; reused between versions of one document. */
export class LineCache {
  private entries = new Map<string, ParsedLine>();

  parse(text: string, startsInBlockComment: boolean, next: Map<string, ParsedLine>): ParsedLine {
    const key = (startsInBlockComment ? '1' : '0') + text;
    let parsed = this.entries.get(key) ?? next.get(key);
    if (!parsed) {
      const lexed = lexLine(text, startsInBlockComment);
      parsed = { text, lexed, statements: statementsOf(lexed, text.length) };
    }
    next.set(key, parsed);
    return parsed;
  }

  replace(next: Map<string, ParsedLine>): void {
    this.entries = next;
  }
}

/** Splits text into lines (\n, \r\n or \r). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Parses a whole document, reusing unchanged lines from `cache`. */
export function parseDocument(text: string, cache: LineCache = new LineCache()): DocumentModel {
  const rawLines = splitLines(text);
  const next = new Map<string, ParsedLine>();
  const lines: ParsedLine[] = new Array(rawLines.length);
  let inBlock = false;
  let blockCommentStart = -1;
  const blocks: Block[] = [];
  for (let i = 0; i < rawLines.length; i++) {
    const parsed = cache.parse(rawLines[i]!, inBlock, next);
    lines[i] = parsed;
    if (!inBlock && parsed.lexed.endsInBlockComment) blockCommentStart = i;
    if (inBlock && !parsed.lexed.endsInBlockComment && blockCommentStart >= 0) {
      blocks.push({ kind: 'comment', startLine: blockCommentStart, endLine: i });
      blockCommentStart = -1;
    }
    inBlock = parsed.lexed.endsInBlockComment;
  }
  cache.replace(next);
  return analyse(lines, blocks);
}

function operandGroups(tokens: readonly Token[]): Token[][] {
  const groups: Token[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'punctuation' && t.text === ',') groups.push([]);
    else groups[groups.length - 1]!.push(t);
  }
  return groups;
}

function analyse(lines: readonly ParsedLine[], blocks: Block[]): DocumentModel {
  const definitions = new Map<string, SymbolDefinition[]>();
  const uses: SymbolUse[] = [];
  const numericDefinitions: NumericLabelDefinition[] = [];
  const pendingNumericUses: { label: string; direction: 'f' | 'b'; line: number; start: number; end: number }[] = [];
  const sections: SectionSwitch[] = [];
  const macros = new Map<string, MacroDefinition>();
  const globals = new Set<string>();
  const symbolTypes = new Map<string, 'function' | 'object'>();
  const openBlocks: { kind: Block['kind']; startLine: number; macro?: { name: string; parameters: string[]; line: number; start: number; end: number } }[] = [];

  const define = (name: string, kind: DefinitionKind, line: number, t: Token): void => {
    let list = definitions.get(name);
    if (!list) definitions.set(name, (list = []));
    list.push({ name, kind, line, start: t.start, end: t.end });
  };
  const useSymbols = (tokens: readonly Token[], line: number): void => {
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind === 'symbol') {
        const previous = tokens[k - 1];
        // '%function' / '@object' name symbol types, not symbols.
        if (previous && previous.kind === 'punctuation' && (previous.text === '%' || previous.text === '@') && previous.end === t.start) continue;
        uses.push({ name: t.text, line, start: t.start, end: t.end });
      } else if (t.kind === 'numericLabelReference') {
        pendingNumericUses.push({ label: t.text.slice(0, -1), direction: t.text.endsWith('f') ? 'f' : 'b', line, start: t.start, end: t.end });
      }
    }
  };

  for (let line = 0; line < lines.length; line++) {
    const first = lines[line]!.lexed.tokens[0];
    if (first?.kind === 'preprocessor') {
      // '#define NAME value' in a .S file defines NAME like a constant.
      const m = /^#\s*define\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(first.text);
      if (m) {
        const start = first.start + m[0].length - m[1]!.length;
        define(m[1]!, 'constant', line, { kind: 'symbol', start, end: start + m[1]!.length, text: m[1]! });
      }
    }
    for (const s of lines[line]!.statements) {
      for (const label of s.labels) {
        if (label.kind === 'numericLabelDefinition') numericDefinitions.push({ label: label.text, line, start: label.start, end: label.end });
        else define(label.text, 'label', line, label);
      }
      const op = s.op;
      if (!op) { useSymbols(s.operands, line); continue; }
      if (op.kind === 'assignment') { define(op.text, 'constant', line, op); useSymbols(s.operands, line); continue; }
      if (op.kind === 'mnemonic') {
        if (macros.has(op.text)) uses.push({ name: op.text, line, start: op.start, end: op.end });
        useSymbols(s.operands, line);
        continue;
      }
      const directive = op.text.toLowerCase();
      const groups = operandGroups(s.operands);
      const first = groups[0]!.find((t) => t.kind === 'symbol' || t.kind === 'register' || t.kind === 'directive' || t.kind === 'mnemonic');
      if (sectionShorthands.has(directive)) {
        sections.push({ name: directive, line, start: op.start, end: op.end });
      } else if (sectionDirectives.has(directive)) {
        const nameTokens = groups[0]!;
        const name = nameTokens.length ? lines[line]!.text.slice(nameTokens[0]!.start, nameTokens[nameTokens.length - 1]!.end).replace(/^"|"$/g, '') : '';
        sections.push({ name: name || '(unnamed)', line, start: op.start, end: s.end });
      } else if (directive === '.popsection' || directive === '.previous') {
        sections.push({ name: '', line, start: op.start, end: op.end });
      } else if (directive === '.macro') {
        const nameToken = s.operands[0];
        const parameters = s.operands.slice(1).filter((t) => t.kind === 'symbol' || t.kind === 'register' || t.kind === 'mnemonic').map((t) => t.text);
        if (nameToken && (nameToken.kind === 'symbol' || nameToken.kind === 'register')) {
          openBlocks.push({ kind: 'macro', startLine: line, macro: { name: nameToken.text, parameters, line, start: nameToken.start, end: nameToken.end } });
          define(nameToken.text, 'macro', line, nameToken);
        } else {
          openBlocks.push({ kind: 'macro', startLine: line });
        }
      } else if (directive === '.endm') {
        closeBlock('macro', line);
      } else if (conditionalOpeners.test(directive)) {
        openBlocks.push({ kind: 'conditional', startLine: line });
        if (!nonSymbolDirectives.has(directive)) useSymbols(s.operands, line);
      } else if (directive === '.endif') {
        closeBlock('conditional', line);
      } else if (repeatOpeners.has(directive)) {
        openBlocks.push({ kind: 'repeat', startLine: line });
      } else if (directive === '.endr') {
        closeBlock('repeat', line);
      } else if (symbolListDirectives.has(directive)) {
        useSymbols(s.operands, line);
        if (directive === '.global' || directive === '.globl') for (const t of s.operands) if (t.kind === 'symbol') globals.add(t.text);
      } else if (directive === '.type') {
        useSymbols(groups[0]!, line);
        const kindText = groups.slice(1).flat().map((t) => t.text).join('');
        if (first && /function|STT_FUNC/i.test(kindText)) symbolTypes.set(first.text, 'function');
        else if (first && /object|STT_OBJECT/i.test(kindText)) symbolTypes.set(first.text, 'object');
      } else if (constantDirectives.has(directive) || commonDirectives.has(directive)) {
        if (first && first.kind === 'symbol') define(first.text, constantDirectives.has(directive) ? 'constant' : 'common', line, first);
        useSymbols(groups.slice(1).flat(), line);
      } else if (!nonSymbolDirectives.has(directive)) {
        useSymbols(s.operands, line);
      }
    }
  }
  for (const open of openBlocks) blocks.push({ kind: open.kind, startLine: open.startLine, endLine: lines.length - 1 });
  for (const open of openBlocks) if (open.macro) macros.set(open.macro.name, { ...open.macro, endLine: undefined });

  function closeBlock(kind: Block['kind'], line: number): void {
    for (let k = openBlocks.length - 1; k >= 0; k--) {
      const open = openBlocks[k]!;
      if (open.kind !== kind) continue;
      openBlocks.splice(k, 1);
      blocks.push({ kind, startLine: open.startLine, endLine: line });
      if (open.macro) macros.set(open.macro.name, { ...open.macro, endLine: line });
      return;
    }
  }

  const numericUses = resolveNumericLabels(numericDefinitions, pendingNumericUses);
  blocks.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return { lines, definitions, uses, numericDefinitions, numericUses, sections, macros, globals, symbolTypes, blocks };
}

function comparePosition(a: { line: number; start: number }, b: { line: number; start: number }): number {
  return a.line - b.line || a.start - b.start;
}

/** Resolves each 1f/1b to the next/previous definition of that numeric label, as GNU as does. */
function resolveNumericLabels(
  definitions: readonly NumericLabelDefinition[],
  pending: readonly { label: string; direction: 'f' | 'b'; line: number; start: number; end: number }[],
): NumericLabelUse[] {
  const byLabel = new Map<string, NumericLabelDefinition[]>();
  for (const d of definitions) {
    let list = byLabel.get(d.label);
    if (!list) byLabel.set(d.label, (list = []));
    list.push(d);
  }
  return pending.map((use) => {
    const list = byLabel.get(use.label) ?? [];
    // First definition strictly after the use (binary search on position).
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (comparePosition(list[mid]!, use) <= 0) lo = mid + 1; else hi = mid;
    }
    const target = use.direction === 'f' ? list[lo] : list[lo - 1];
    return { ...use, target };
  });
}

/** The token at (line, character), preferring the token that ends exactly at the cursor when none starts there. */
export function tokenAt(model: DocumentModel, line: number, character: number): { token: Token; statement: Statement | undefined } | undefined {
  const parsed = model.lines[line];
  if (!parsed) return undefined;
  const tokens = parsed.lexed.tokens;
  let found = tokens.find((t) => t.start <= character && character < t.end);
  if (!found) found = tokens.find((t) => t.end === character && t.kind !== 'punctuation');
  if (!found) return undefined;
  return { token: found, statement: statementAt(parsed, found.start) };
}

/** The statement containing `character` on a parsed line. */
export function statementAt(parsed: ParsedLine, character: number): Statement | undefined {
  let best: Statement | undefined;
  for (const s of parsed.statements) if (s.start <= character) best = s;
  return best;
}
