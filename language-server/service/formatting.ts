// Formatting (off unless the `format.enable` setting is on): labels at column 0, mnemonics and directives
// indented by one indentation unit, operands aligned in one column, one space after each operand comma, trailing
// comments kept (optionally aligned). Lines the formatter does not understand — several statements, comments
// in the middle of code, preprocessor lines — only lose trailing whitespace. Never changes text in strings.
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import type { FeatureContext } from './context.js';
import { lineRange } from './context.js';
import type { ParsedLine } from './documentModel.js';

/** Puts exactly one space after every comma outside strings and character constants; trims around commas. */
export function normalizeOperandSpacing(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === '\'') {
      const j = Math.min(text.length, i + (text[i + 1] === '\\' ? 3 : 2));
      out += text.slice(i, j);
      i = j;
      continue;
    }
    if (c === ',') {
      out = out.replace(/[ \t]+$/, '') + ', ';
      i++;
      while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
      continue;
    }
    out += c;
    i++;
  }
  return out.trim();
}

function formatLine(parsed: ParsedLine, indent: string, indentWidth: number, operandWidth: number, commentColumn: number, startsInBlock: boolean): string {
  const text = parsed.text;
  const trimmedEnd = text.replace(/[ \t]+$/, '');
  const tokens = parsed.lexed.tokens;
  if (startsInBlock || parsed.statements.length !== 1 || tokens.some((t) => t.kind === 'preprocessor')) return trimmedEnd;
  const s = parsed.statements[0]!;
  const comments = tokens.filter((t) => t.kind === 'comment');
  if (comments.some((c) => c.start < s.end) || parsed.lexed.endsInBlockComment) return trimmedEnd;
  if (s.op?.kind === 'assignment') return trimmedEnd.trimStart();
  // Something other than a mnemonic or directive after the labels: not understood, left alone.
  if (!s.op && s.operands.length > 0) return trimmedEnd;
  let code = s.labels.map((l) => `${l.text}:`).join(' ');
  if (s.op) {
    const operands = normalizeOperandSpacing(text.slice(s.operandsStart, s.end));
    const opText = operands ? s.op.text.padEnd(Math.max(operandWidth, s.op.text.length + 1)) + operands : s.op.text;
    if (!code) code = indent + opText;
    else if (code.length < indentWidth) code = (indent === '\t' ? code + '\t' : code.padEnd(indentWidth)) + opText;
    else code = `${code} ${opText}`;
  } else if (!code) {
    code = text.slice(s.start, s.end).trim();
  }
  const comment = comments[0];
  if (!comment) return code;
  const commentText = text.slice(comment.start).replace(/[ \t]+$/, '');
  const visual = code.replace(/\t/g, ' '.repeat(indentWidth)).length;
  if (commentColumn > 0 && visual < commentColumn) return code + ' '.repeat(commentColumn - visual) + commentText;
  return `${code} ${commentText}`;
}

export function formatDocument(ctx: FeatureContext, options: FormattingOptions, range?: Range): TextEdit[] {
  if (!ctx.settings.format.enable) return [];
  const tabSize = Math.max(1, Math.floor(options.tabSize || 8));
  const indent = options.insertSpaces ? ' '.repeat(tabSize) : '\t';
  const lines = ctx.model.lines;
  let operandWidth = ctx.settings.format.operandColumn;
  if (operandWidth <= 0) {
    let longest = 0;
    for (const l of lines) for (const s of l.statements) if (s.op?.kind === 'mnemonic') longest = Math.max(longest, s.op.text.length);
    operandWidth = Math.min(16, Math.max(longest + 1, 4));
  }
  const first = range ? range.start.line : 0;
  const last = range ? Math.min(range.end.line, lines.length - 1) : lines.length - 1;
  const edits: TextEdit[] = [];
  for (let line = first; line <= last; line++) {
    const parsed = lines[line]!;
    const startsInBlock = line > 0 && lines[line - 1]!.lexed.endsInBlockComment;
    const formatted = formatLine(parsed, indent, tabSize, operandWidth, ctx.settings.format.commentColumn, startsInBlock);
    if (formatted !== parsed.text) edits.push({ range: lineRange(line, 0, parsed.text.length), newText: formatted });
  }
  return edits;
}
