// Navigation over labels and symbols: go to definition, find references and rename. Numeric local labels
// (1:, 1f, 1b) resolve to the exact definition GNU as would pick, so references of one '1:' never include
// uses of another '1:' elsewhere in the file.
import type { DocumentLink, Location, Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { fileNameOfUri, resolveRelative, uriOfFileName } from './diagnostics.js';
import type { FeatureContext } from './context.js';
import { spanRange } from './context.js';
import { tokenAt, type NumericLabelDefinition, type Span } from './documentModel.js';
import { isRegisterName } from './lexer.js';

type Target =
  | { kind: 'symbol'; name: string; span: Span }
  | { kind: 'numeric'; definition: NumericLabelDefinition | undefined; span: Span };

function targetAt(ctx: FeatureContext, position: Position): Target | undefined {
  const found = tokenAt(ctx.model, position.line, position.character);
  if (!found) return undefined;
  const { token } = found;
  const span = { line: position.line, start: token.start, end: token.end };
  switch (token.kind) {
    case 'labelDefinition':
    case 'assignment':
    case 'symbol':
      return { kind: 'symbol', name: token.text, span };
    case 'mnemonic':
      return ctx.model.macros.has(token.text) ? { kind: 'symbol', name: token.text, span } : undefined;
    case 'numericLabelDefinition':
      return { kind: 'numeric', definition: ctx.model.numericDefinitions.find((d) => d.line === position.line && d.start === token.start), span };
    case 'numericLabelReference':
      return { kind: 'numeric', definition: ctx.model.numericUses.find((u) => u.line === position.line && u.start === token.start)?.target, span };
    default:
      // '.macro name': the name lexes as a symbol; a register-like macro name is still found through definitions.
      if (ctx.model.definitions.has(token.text)) return { kind: 'symbol', name: token.text, span };
      return undefined;
  }
}

function location(ctx: FeatureContext, span: Span): Location {
  return { uri: ctx.document.uri, range: spanRange(span) };
}

export function findDefinition(ctx: FeatureContext, position: Position): Location[] {
  const target = targetAt(ctx, position);
  if (!target) return [];
  if (target.kind === 'numeric') return target.definition ? [location(ctx, target.definition)] : [];
  const local = (ctx.model.definitions.get(target.name) ?? []).map((d) => location(ctx, d));
  if (local.length) return local;
  // Defined in an included file: where the assembler saw it.
  const external = ctx.externalDefinitions?.get(target.name);
  if (!external) return [];
  const at = { line: Math.max(0, external.line - 1), character: Math.max(0, external.column - 1) };
  const uri = external.file === fileNameOfUri(ctx.document.uri) ? ctx.document.uri : uriOfFileName(external.file);
  // A symbol made by a macro invocation has no text of its own: point at the invocation line.
  const length = uri === ctx.document.uri ? Math.max(1, (ctx.model.lines[at.line]?.text.length ?? at.character) - at.character) : target.name.length;
  return [{ uri, range: { start: at, end: { line: at.line, character: at.character + length } } }];
}

/** Links for `.include "file"` and `#include "file"`: the file relative to this document's folder. */
export function findDocumentLinks(ctx: FeatureContext): DocumentLink[] {
  const links: DocumentLink[] = [];
  const fileName = fileNameOfUri(ctx.document.uri);
  if (!ctx.document.uri.startsWith('file://')) return links;
  ctx.model.lines.forEach((parsed, line) => {
    for (const t of parsed.lexed.tokens) {
      let start = -1;
      let name = '';
      if (t.kind === 'string') {
        const s = parsed.statements.find((x) => x.op && x.op.kind === 'directive' && /^\.(include|incbin)$/i.test(x.op.text) && x.operands[0] === t);
        if (s) { start = t.start + 1; name = t.text.slice(1).replace(/"$/, ''); }
      } else if (t.kind === 'preprocessor') {
        const m = /^#\s*include\s*"([^"]+)"/.exec(t.text);
        if (m) { start = t.start + t.text.indexOf('"') + 1; name = m[1]!; }
      }
      if (start < 0 || !name) continue;
      links.push({ range: { start: { line, character: start }, end: { line, character: start + name.length } }, target: uriOfFileName(resolveRelative(fileName, name)) });
    }
  });
  return links;
}

function referenceSpans(ctx: FeatureContext, target: Target, includeDeclaration: boolean): Span[] {
  if (target.kind === 'numeric') {
    const def = target.definition;
    if (!def) return [];
    const uses = ctx.model.numericUses.filter((u) => u.target === def);
    return includeDeclaration ? [def, ...uses] : uses;
  }
  const uses = ctx.model.uses.filter((u) => u.name === target.name);
  const defs = includeDeclaration ? ctx.model.definitions.get(target.name) ?? [] : [];
  return [...defs, ...uses].sort((a, b) => a.line - b.line || a.start - b.start);
}

export function findReferences(ctx: FeatureContext, position: Position, includeDeclaration: boolean): Location[] {
  const target = targetAt(ctx, position);
  if (!target) return [];
  return referenceSpans(ctx, target, includeDeclaration).map((s) => location(ctx, s));
}

/** The range that a rename at `position` would change, or undefined when the token cannot be renamed. */
export function prepareRename(ctx: FeatureContext, position: Position): Range | undefined {
  const target = targetAt(ctx, position);
  if (!target) return undefined;
  if (target.kind === 'numeric') return target.definition ? spanRange(target.span) : undefined;
  if (!ctx.model.definitions.has(target.name)) return undefined;
  return spanRange(target.span);
}

export type RenameResult = { readonly edit: WorkspaceEdit } | { readonly error: string };

const symbolName = /^[A-Za-z_.$][A-Za-z0-9_.$]*$/;

export function doRename(ctx: FeatureContext, position: Position, newName: string): RenameResult {
  const target = targetAt(ctx, position);
  if (!target) return { error: 'Only labels, symbols and macros can be renamed.' };
  let edits: TextEdit[];
  if (target.kind === 'numeric') {
    if (!/^[0-9]+$/.test(newName)) return { error: `A numeric local label must be renamed to digits, not '${newName}'.` };
    const def = target.definition;
    if (!def) return { error: 'This numeric label reference does not resolve to a definition.' };
    edits = [{ range: spanRange(def), newText: newName }];
    for (const u of ctx.model.numericUses) if (u.target === def) edits.push({ range: spanRange(u), newText: newName + u.direction });
  } else {
    if (!ctx.model.definitions.has(target.name)) return { error: `'${target.name}' is not defined in this file.` };
    if (!symbolName.test(newName) || isRegisterName(newName)) return { error: `'${newName}' is not a valid symbol name.` };
    if (ctx.model.definitions.has(newName)) return { error: `'${newName}' is already defined in this file.` };
    edits = referenceSpans(ctx, target, true).map((s) => ({ range: spanRange(s), newText: newName }));
  }
  return { edit: { changes: { [ctx.document.uri]: edits } } };
}
