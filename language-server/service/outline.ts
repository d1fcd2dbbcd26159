// Document structure: the outline (sections containing functions and labels, `.L` labels nested under the
// label before them, constants and macros) and folding ranges (.macro/.endm, .if/.endif, .rept/.endr,
// sections, labelled regions, block comments and runs of line comments).
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange, type Range } from 'vscode-languageserver';
import type { FeatureContext } from './context.js';
import { lineRange } from './context.js';
import type { DocumentModel, SymbolDefinition } from './documentModel.js';

/** Directives that emit nothing into a section (they do not open the implicit .text). */
const declarativeDirectives = /^\.(equ|set|equiv|eqv|macro|endm|arch|arch_extension|cpu|global|globl|weak|hidden|type|include|if\w*|else|elseif|endif|file|ident|req|unreq)$/i;

interface SectionExtent {
  readonly name: string;
  readonly line: number;
  readonly endLine: number;
  readonly implicit: boolean;
}

/** The sections of the document as consecutive line ranges (.pushsection/.popsection/.previous resolved). */
export function sectionExtents(model: DocumentModel): SectionExtent[] {
  const extents: { name: string; line: number; implicit: boolean }[] = [];
  const stack: string[] = [];
  let current = '.text';
  let previous = '.text';
  for (const s of model.sections) {
    let next: string;
    if (s.name === '') {
      const text = model.lines[s.line]!.text;
      if (/\.popsection/i.test(text)) next = stack.pop() ?? current;
      else next = previous;
    } else {
      if (/\.pushsection/i.test(model.lines[s.line]!.text)) stack.push(current);
      next = s.name;
    }
    previous = current;
    current = next;
    extents.push({ name: next, line: s.line, implicit: false });
  }
  const firstLine = extents[0]?.line ?? model.lines.length;
  // Code or labels before the first section switch go to an implicit .text (constants and macros do not count).
  let hasCodeBefore = false;
  for (let line = 0; line < firstLine && !hasCodeBefore; line++) {
    if (insideMacro(model, line)) continue;
    for (const s of model.lines[line]!.statements) {
      if (s.labels.length > 0 || s.op?.kind === 'mnemonic') hasCodeBefore = true;
      else if (s.op?.kind === 'directive' && !declarativeDirectives.test(s.op.text)) hasCodeBefore = true;
    }
  }
  if (hasCodeBefore) extents.unshift({ name: '.text', line: 0, implicit: true });
  return extents.map((e, i) => ({ ...e, endLine: lastContentLine(model, e.line, (extents[i + 1]?.line ?? model.lines.length) - 1) }));
}

function linesRange(startLine: number, endLine: number, endCharacter: number): Range {
  return { start: { line: startLine, character: 0 }, end: { line: endLine, character: endCharacter } };
}

function lastContentLine(model: DocumentModel, from: number, to: number): number {
  let end = to;
  while (end > from && model.lines[end]!.text.trim() === '') end--;
  return end;
}

function insideMacro(model: DocumentModel, line: number): boolean {
  for (const b of model.blocks) if (b.kind === 'macro' && b.startLine < line && line < b.endLine) return true;
  return false;
}

function symbolKindOf(ctx: FeatureContext, d: SymbolDefinition, section: string): SymbolKind {
  if (d.kind === 'constant') return SymbolKind.Constant;
  if (d.kind === 'macro') return SymbolKind.Module;
  if (d.kind === 'common') return SymbolKind.Variable;
  const type = ctx.model.symbolTypes.get(d.name);
  if (type === 'function') return SymbolKind.Function;
  if (type === 'object') return SymbolKind.Variable;
  const executable = section === '.text' || section.startsWith('.text.') || section.startsWith('.init') || section.startsWith('.fini');
  if (!executable) return SymbolKind.Variable;
  return ctx.model.globals.has(d.name) ? SymbolKind.Function : SymbolKind.Key;
}

export function findDocumentSymbols(ctx: FeatureContext): DocumentSymbol[] {
  const model = ctx.model;
  const sections = sectionExtents(model);
  const all: SymbolDefinition[] = [];
  for (const defs of model.definitions.values()) all.push(...defs);
  all.sort((a, b) => a.line - b.line || a.start - b.start);
  const lineEnd = (line: number): number => model.lines[line]?.text.length ?? 0;
  const result: DocumentSymbol[] = [];
  const sectionSymbols = sections.map((s) => {
    const symbol: DocumentSymbol = {
      name: s.name,
      detail: s.implicit ? 'section (default)' : 'section',
      kind: SymbolKind.Namespace,
      range: linesRange(s.line, s.endLine, lineEnd(s.endLine)),
      selectionRange: lineRange(s.line, 0, lineEnd(s.line)),
      children: [],
    };
    result.push(symbol);
    return { extent: s, symbol };
  });
  // Labels get a range up to the next label of the same level (or the end of their section).
  const macroBlocks = model.blocks.filter((b) => b.kind === 'macro');
  const inMacro = (line: number): boolean => macroBlocks.some((b) => b.startLine < line && line < b.endLine);
  const labels = all.filter((d) => d.kind === 'label' && !inMacro(d.line));
  const nextLabelLine = new Map<SymbolDefinition, number>();
  let nextAny = Infinity;
  let nextGlobalish = Infinity;
  for (let i = labels.length - 1; i >= 0; i--) {
    const d = labels[i]!;
    nextLabelLine.set(d, d.name.startsWith('.L') ? nextAny : nextGlobalish);
    nextAny = d.line;
    if (!d.name.startsWith('.L')) nextGlobalish = d.line;
  }
  let ownerIndex = 0;
  let lastTopLevel: DocumentSymbol | undefined;
  for (const d of all) {
    if (d.kind === 'label' && inMacro(d.line)) continue;
    while (ownerIndex + 1 < sectionSymbols.length && sectionSymbols[ownerIndex + 1]!.extent.line <= d.line) { ownerIndex++; lastTopLevel = undefined; }
    const owner = sectionSymbols[ownerIndex] && sectionSymbols[ownerIndex]!.extent.line <= d.line ? sectionSymbols[ownerIndex] : undefined;
    const kind = symbolKindOf(ctx, d, owner?.extent.name ?? '.text');
    const local = d.name.startsWith('.L');
    let endLine = owner ? owner.extent.endLine : model.lines.length - 1;
    if (d.kind === 'label') {
      const next = nextLabelLine.get(d) ?? Infinity;
      if (next - 1 < endLine) endLine = Math.max(d.line, next - 1);
    } else if (d.kind === 'macro') {
      endLine = model.macros.get(d.name)?.endLine ?? d.line;
    } else {
      endLine = d.line;
    }
    endLine = Math.max(d.line, lastContentLine(model, d.line, endLine));
    const symbol: DocumentSymbol = {
      name: d.name,
      detail: d.kind === 'label' ? (model.globals.has(d.name) ? 'global' : '') : d.kind,
      kind,
      range: linesRange(d.line, endLine, lineEnd(endLine)),
      selectionRange: lineRange(d.line, d.start, d.end),
      children: [],
    };
    if (d.kind === 'macro' || d.kind === 'constant') { result.push(symbol); continue; }
    const container = owner?.symbol.children ?? result;
    const parent = local && lastTopLevel && lastTopLevel.range.start.line <= d.line && d.line <= lastTopLevel.range.end.line ? lastTopLevel : undefined;
    (parent?.children ?? container).push(symbol);
    if (d.kind === 'label' && !local) lastTopLevel = symbol;
  }
  // Widen a parent label to cover its nested .L labels.
  for (const s of sectionSymbols) {
    for (const child of s.symbol.children ?? []) {
      for (const grandChild of child.children ?? []) if (grandChild.range.end.line > child.range.end.line) child.range = { start: child.range.start, end: grandChild.range.end };
    }
  }
  return result
    .filter((s) => s.kind !== SymbolKind.Namespace || (s.children?.length ?? 0) > 0 || !/default/.test(s.detail ?? ''))
    .sort((a, b) => a.range.start.line - b.range.start.line);
}

export function getFoldingRanges(ctx: FeatureContext): FoldingRange[] {
  const model = ctx.model;
  const ranges: FoldingRange[] = [];
  const add = (startLine: number, endLine: number, kind?: FoldingRangeKind): void => {
    if (endLine > startLine) ranges.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  for (const b of model.blocks) add(b.startLine, b.endLine, b.kind === 'comment' ? FoldingRangeKind.Comment : undefined);
  for (const s of sectionExtents(model)) if (!s.implicit) add(s.line, s.endLine, FoldingRangeKind.Region);
  // Labelled regions: a non-local label up to the line before the next non-local label or section switch.
  const boundaries = new Set<number>(model.sections.map((s) => s.line));
  const labels = [...model.definitions.values()].flat().filter((d) => d.kind === 'label' && !d.name.startsWith('.L') && !insideMacro(model, d.line)).sort((a, b) => a.line - b.line);
  for (let i = 0; i < labels.length; i++) {
    const start = labels[i]!.line;
    let end = (labels[i + 1]?.line ?? model.lines.length) - 1;
    for (const b of boundaries) if (b > start && b - 1 < end) end = b - 1;
    add(start, lastContentLine(model, start, end));
  }
  // Runs of two or more whole-line comments.
  let runStart = -1;
  for (let line = 0; line <= model.lines.length; line++) {
    const parsed = model.lines[line];
    const isComment = parsed !== undefined && parsed.statements.length === 0 && parsed.lexed.tokens.length === 1 && parsed.lexed.tokens[0]!.kind === 'comment' && !parsed.lexed.endsInBlockComment;
    if (isComment && runStart < 0) runStart = line;
    if (!isComment && runStart >= 0) {
      if (line - 1 > runStart && !model.blocks.some((b) => b.kind === 'comment' && b.startLine <= runStart && line - 1 <= b.endLine)) add(runStart, line - 1, FoldingRangeKind.Comment);
      runStart = -1;
    }
  }
  return ranges;
}
