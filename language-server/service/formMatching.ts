// Chooses which form of a mnemonic a source statement most likely means, by scoring the operands already
// written against each form's syntax placeholders ('<Xd|SP>', '<Wn>', '#<imm>', literal words like 'gva').
// Used by hover (show the matching form first) and signature help (active signature).
import type { FormInfo } from '../../emulator/isa/api.js';
import { parseSyntax, type MnemonicEntry, distinctSyntaxes } from './catalog.js';
import type { Token } from './lexer.js';

/** Operand texts of a statement, split at every comma (the same way syntax strings are split). */
export function operandTexts(lineText: string, operands: readonly Token[]): string[] {
  const out: string[] = [];
  let current: Token[] = [];
  const flush = (): void => {
    out.push(current.length ? lineText.slice(current[0]!.start, current[current.length - 1]!.end).trim() : '');
    current = [];
  };
  for (const t of operands) {
    if (t.kind === 'punctuation' && t.text === ',') flush();
    else current.push(t);
  }
  if (current.length || out.length) flush();
  return out;
}

function registerClass(text: string): string | undefined {
  const m = /^\[?\s*([a-z]+?)(\d+|sp|zr)?(\.|$|\[)/i.exec(text.trim());
  if (!m) return undefined;
  const lower = text.trim().replace(/^\[\s*/, '').toLowerCase();
  if (/^(x\d+|sp|xzr|fp|lr|ip[01])$/.test(lower)) return 'x';
  if (/^(w\d+|wsp|wzr)$/.test(lower)) return 'w';
  if (/^v\d+/.test(lower)) return 'v';
  const scalar = /^([qdshb])\d+$/.exec(lower);
  if (scalar) return scalar[1];
  return undefined;
}

/** Scores how well one written operand matches one syntax operand (higher is better). */
function scoreOperand(syntax: string, written: string): number {
  const placeholder = /<([A-Za-z])[^>]*>/.exec(syntax);
  const writtenClass = registerClass(written);
  const isImmediate = /^#|^[-+]?\d/.test(written.trim());
  if (!placeholder) {
    // Literal word in the syntax (an operation name such as 'gva' or a shift such as 'lsl').
    const literal = syntax.replace(/[#[\]{}!]/g, '').trim().toLowerCase();
    const writtenWord = written.trim().toLowerCase().split(/\s+/)[0] ?? '';
    return literal && writtenWord === literal ? 4 : literal.startsWith(writtenWord) && writtenWord ? 1 : -3;
  }
  if (syntax.trim().startsWith('#')) return isImmediate ? 2 : writtenClass ? -3 : 0;
  const letter = placeholder[1]!.toLowerCase();
  const upper = placeholder[0];
  if ('xwvqdshbr'.includes(letter) && /^<[XWVQDSHBR][a-z0-9]*(\|[A-Za-z]+)?>/.test(upper)) {
    if (!writtenClass) return isImmediate ? -3 : -1;
    if (letter === 'r') return writtenClass === 'x' || writtenClass === 'w' ? 2 : -3;
    return writtenClass === letter ? 3 : -3;
  }
  if (isImmediate) return 0;
  return writtenClass ? -1 : 1;
}

/** Scores a whole form against the written operands; `typedCount` counts operands written so far. */
export function scoreForm(form: FormInfo, written: readonly string[]): number {
  const syntaxOperands = parseSyntax(form.syntax).operands;
  let score = 0;
  const considered = written.filter((w, i) => w !== '' || i < written.length - 1);
  if (considered.length > syntaxOperands.length) score -= 5 * (considered.length - syntaxOperands.length);
  for (let i = 0; i < Math.min(considered.length, syntaxOperands.length); i++) {
    if (considered[i] === '') continue;
    score += scoreOperand(syntaxOperands[i]!.text, considered[i]!);
  }
  score += addressingShapeScore(form.syntax, written.join(', '));
  // Prefer real instructions to aliases, and earlier forms, on ties (stable sort keeps table order).
  if (form.aliasOf) score -= 0.5;
  return score;
}

/** Pre-index ('[...]!') and post-index ('[...], #imm') addressing must agree between syntax and text. */
function addressingShapeScore(syntax: string, written: string): number {
  if (!written.includes('[')) return 0;
  const writtenPre = /\]\s*!/.test(written);
  const writtenPost = /\]\s*,/.test(written);
  const syntaxPre = /\]!/.test(syntax);
  const syntaxPost = /\]\s*,/.test(syntax);
  let score = 0;
  score += writtenPre === syntaxPre ? 1 : -4;
  if (written.includes(']')) score += writtenPost === syntaxPost ? 1 : -4;
  return score;
}

/** The distinct syntaxes of a mnemonic ordered by how well they match the written operands. */
export function rankForms(entry: MnemonicEntry, written: readonly string[]): { syntax: string; form: FormInfo; score: number }[] {
  return distinctSyntaxes(entry)
    .map((x) => ({ ...x, score: scoreForm(x.form, written) }))
    .sort((a, b) => b.score - a.score);
}
