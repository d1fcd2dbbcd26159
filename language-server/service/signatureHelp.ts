// Signature help for instruction operands: every distinct syntax of the mnemonic (from the table), the one
// that best matches the operands already written first, with the active operand taken from the number of
// commas before the cursor.
import { MarkupKind, type Position, type SignatureHelp, type SignatureInformation } from 'vscode-languageserver';
import type { FeatureContext } from './context.js';
import { parseSyntax } from './catalog.js';
import { statementAt } from './documentModel.js';
import { operandTexts, rankForms } from './formMatching.js';
import { findDirective } from './directives.js';

const maxSignatures = 24;

export function doSignatureHelp(ctx: FeatureContext, position: Position): SignatureHelp | null {
  const parsed = ctx.model.lines[position.line];
  if (!parsed) return null;
  const character = Math.min(position.character, parsed.text.length);
  const statement = statementAt(parsed, character);
  const op = statement?.op;
  if (!statement || !op || (op.kind !== 'mnemonic' && op.kind !== 'directive') || character <= op.end) return null;
  if (parsed.lexed.tokens.some((t) => t.kind === 'comment' && t.start < character)) return null;
  if (op.kind === 'directive') return directiveSignature(parsed.text.slice(statement.operandsStart, character), op.text);
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

/** Signature help for a directive's arguments, from the directive documentation. */
function directiveSignature(before: string, name: string): SignatureHelp | null {
  const info = findDirective(name);
  if (!info || !info.arguments) return null;
  const label = `${info.name} ${info.arguments}`;
  const operands = parseSyntax(label).operands;
  const activeParameter = Math.min((before.replace(/"(?:[^"\\]|\\.)*"?/g, '').match(/,/g) ?? []).length, Math.max(0, operands.length - 1));
  return {
    signatures: [{ label, documentation: info.summary, parameters: operands.map((o) => ({ label: [o.start, o.end] as [number, number] })), activeParameter }],
    activeSignature: 0,
    activeParameter,
  };
}
