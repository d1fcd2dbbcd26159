// Quick fixes and highlights. A diagnostic "... (instruction requires: memtag)" gets a fix that enables the
// extension with `.arch_extension memtag` before the first statement; document highlights mark the
// definition (write) and uses (read) of the label or symbol under the cursor.
import { CodeActionKind, DocumentHighlightKind, type CodeAction, type Diagnostic, type DocumentHighlight, type Position } from 'vscode-languageserver';
import type { FeatureContext } from './context.js';
import { findReferences, findDefinition } from './navigation.js';

const requiresPattern = /\(instruction requires: ([a-z0-9_+-]+)\)/i;

/** The line before which a file-wide directive goes: the first line holding a statement (or 0). */
function firstStatementLine(ctx: FeatureContext): number {
  const lines = ctx.model.lines;
  for (let line = 0; line < lines.length; line++) if (lines[line]!.statements.length > 0) return line;
  return 0;
}

export function getCodeActions(ctx: FeatureContext, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  for (const d of diagnostics) {
    const m = requiresPattern.exec(typeof d.message === 'string' ? d.message : '');
    if (!m) continue;
    const extension = m[1]!.toLowerCase();
    const line = firstStatementLine(ctx);
    const text = `        .arch_extension ${extension}\n`;
    const already = seen.has(extension);
    seen.add(extension);
    actions.push({
      title: `Enable '${extension}' for this file (insert .arch_extension ${extension})`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: !already,
      edit: { changes: { [ctx.document.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: text }] } },
    });
  }
  return actions;
}

export function findDocumentHighlights(ctx: FeatureContext, position: Position): DocumentHighlight[] {
  const definitions = findDefinition(ctx, position).map((l) => `${l.range.start.line}:${l.range.start.character}`);
  return findReferences(ctx, position, true).map((l) => ({
    range: l.range,
    kind: definitions.includes(`${l.range.start.line}:${l.range.start.character}`) ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}
