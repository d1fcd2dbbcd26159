// Signature help for instruction operands: every distinct syntax of the mnemonic (from the table), the one
// that best matches the operands already written first, with the active operand taken from the number of
// commas before the cursor.
import { MarkupKind, type Position, type SignatureHelp, type SignatureInformation } from 'vscode-languageserver';
import type { FeatureContext } from './context.js';
import { parseSyntax } from './catalog.js';
import { statementAt } from './documentModel.js';
import { operandTexts, rankForms } from './formMatching.js';

const maxSignatures = 24;

export function doSignatureHelp(ctx: FeatureContext, position: Position): SignatureHelp | null {
  const parsed = ctx.model.lines[position.line];
  if (!parsed) return null;
  const character = Math.min(position.character, parsed.text.length);
  const statement = statementAt(parsed, character);
  const op = statement?.op;
  if (!statement || !op || op.kind !== 'mnemonic' || character <= op.end) return null;
  if (parsed.lexed.tokens.some((t) => t.kind === 'comment' && t.start < character)) return null;
  const entry = ctx.catalog.lookup(op.text);
  if (!entry) return null;
  const before = parsed.text.slice(statement.operandsStart, character);
  const activeParameter = (before.replace(/"(?:[^"\\]|\\.)*"?/g, '').match(/,/g) ?? []).length;
  const written = operandTexts(parsed.text, statement.operands.filter((t) => t.start < character));
  const ranked = rankForms(entry, written).slice(0, maxSignatures);
  const signatures: SignatureInformation[] = ranked.map((r) => {
    const operands = parseSyntax(r.syntax).operands;
    return {
      label: r.syntax,
      documentation: { kind: MarkupKind.Markdown, value: r.form.summary + (r.form.feature !== 'base' ? ` *(${r.form.feature})*` : '') },
      parameters: operands.map((o) => ({ label: [o.start, o.end] as [number, number] })),
      activeParameter: Math.min(activeParameter, Math.max(0, operands.length - 1)),
    };
  });
  if (!signatures.length) return null;
  return { signatures, activeSignature: 0, activeParameter };
}
