// Diagnostics: runs the in-process assembler (emulator/asm assemble()) over the document and converts its
// diagnostics — the same messages `aarch64-mte as` prints — into LSP diagnostics. Problems reported inside an
// included file are shown on the .include line that pulled the file in. An assembler crash becomes one
// diagnostic instead of an exception.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Feature } from '../../emulator/isa/api.js';
import type { AsmDiagnostic, AssembleOptions, AssemblyResult, SourceLocation } from '../../emulator/asm/api.js';
import type { FeatureContext } from './context.js';
import { lineRange } from './context.js';

export interface Assembler {
  assemble(source: string, options: AssembleOptions): AssemblyResult;
  /** Parses an -march value ('armv8.5-a+memtag') into features; needed for the `march` setting. */
  parseArchitecture?(text: string): { features: ReadonlySet<Feature> } | { error: string };
  /** Features without -march, as `aarch64-mte as` uses them (armv8-a: base, FP, Advanced SIMD). */
  readonly defaultFeatures?: readonly Feature[];
}

export const diagnosticSource = 'aarch64-mte as';

/** File name handed to the assembler for a document URI (a path for file: URIs, the URI otherwise). */
export function fileNameOfUri(uri: string): string {
  if (uri.startsWith('file://')) {
    try {
      return decodeURIComponent(uri.slice('file://'.length).replace(/^\/([A-Za-z]:)/, '$1'));
    } catch {
      return uri;
    }
  }
  return uri;
}

/** A file: URI for an absolute path (the inverse of fileNameOfUri); other names are returned unchanged. */
export function uriOfFileName(path: string): string {
  if (path.startsWith('/')) return 'file://' + normalizePath(path).split('/').map(encodeURIComponent).join('/');
  if (/^[A-Za-z]:[\\/]/.test(path)) return 'file:///' + path.replace(/\\/g, '/').split('/').map((p, i) => (i === 0 ? p : encodeURIComponent(p))).join('/');
  return path;
}

/** Joins a relative path to the directory of `fromFile` and removes '.' and '..' segments. */
export function resolveRelative(fromFile: string, relative: string): string {
  if (relative.startsWith('/')) return normalizePath(relative);
  const directory = fromFile.replace(/\\/g, '/').split('/');
  directory.pop();
  return normalizePath(`${directory.join('/')}/${relative}`);
}

/** Removes '.' and '..' segments and doubled slashes from a '/'-separated path. */
export function normalizePath(path: string): string {
  const absolute = path.startsWith('/');
  const parts: string[] = [];
  for (const segment of path.replace(/\\/g, '/').split('/')) {
    if (segment === '..') { if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop(); else if (!absolute) parts.push('..'); }
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return (absolute ? '/' : '') + parts.join('/');
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

function toDiagnostic(ctx: FeatureContext, d: AsmDiagnostic, fileName: string): Diagnostic | undefined {
  const severity = d.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
  if (d.file === fileName || d.file === baseName(fileName) || d.file === '') {
    const line = Math.min(Math.max(0, d.line - 1), ctx.model.lines.length - 1);
    const text = ctx.model.lines[line]?.text ?? '';
    let start = Math.min(Math.max(0, d.column - 1), text.length);
    let end: number;
    if (d.endColumn !== undefined && d.endColumn - 1 > start) {
      end = Math.min(d.endColumn - 1, text.length);
    } else {
      const tokens = ctx.model.lines[line]?.lexed.tokens ?? [];
      const token = tokens.find((t) => t.start <= start && start < t.end && t.kind !== 'comment');
      end = token ? token.end : text.length;
      if (token && (token.kind === 'immediatePrefix' || token.kind === 'relocation' || token.kind === 'punctuation')) {
        // A diagnostic at '#', ':lo12:' or '[': cover the whole operand, up to the next comma or the statement end.
        const stop = tokens.find((t) => t.start > start && ((t.kind === 'punctuation' && t.text === ',') || t.kind === 'separator' || t.kind === 'comment'));
        const last = [...tokens].reverse().find((t) => t.start >= start && (!stop || t.end <= stop.start) && t.kind !== 'comment');
        if (last) end = Math.max(end, last.end);
      }
      if (token && start === 0 && d.column <= 1) start = token.start;
    }
    if (end <= start) {
      // A whole-line diagnostic: cover the code on the line.
      start = text.search(/\S/) >= 0 ? text.search(/\S/) : 0;
      end = Math.max(start, text.trimEnd().length);
    }
    return { range: lineRange(line, start, end), severity, message: d.message, source: diagnosticSource };
  }
  // Inside an included file: attach to the .include line naming it.
  const name = baseName(d.file);
  for (let line = 0; line < ctx.model.lines.length; line++) {
    for (const s of ctx.model.lines[line]!.statements) {
      if (s.op?.kind !== 'directive' || s.op.text.toLowerCase() !== '.include') continue;
      const argument = s.operands.find((t) => t.kind === 'string');
      if (!argument || !argument.text.includes(name)) continue;
      return { range: lineRange(line, s.op.start, argument.end), severity, message: `${d.file}:${d.line}:${d.column}: ${d.message}`, source: diagnosticSource };
    }
  }
  return undefined;
}

export interface DocumentAssembly {
  readonly diagnostics: Diagnostic[];
  /** Symbols the assembler found that the text does not define (.include, macro expansion), for go to definition. */
  readonly externalDefinitions: ReadonlyMap<string, SourceLocation>;
}

/** Assembles the document and returns its diagnostics. */
export function computeDiagnostics(ctx: FeatureContext, assembler: Assembler, readFile?: (path: string) => string | undefined): Diagnostic[] {
  return assembleDocument(ctx, assembler, readFile).diagnostics;
}

/** Assembles the document: its diagnostics plus what the assembler learnt about symbols from included files. */
export function assembleDocument(ctx: FeatureContext, assembler: Assembler, readFile?: (path: string) => string | undefined): DocumentAssembly {
  const fileName = fileNameOfUri(ctx.document.uri);
  const out: Diagnostic[] = [];
  let features: readonly Feature[] | undefined = assembler.defaultFeatures;
  if (ctx.settings.march !== undefined && assembler.parseArchitecture) {
    const parsed = assembler.parseArchitecture(ctx.settings.march);
    if ('error' in parsed) out.push({ range: lineRange(0, 0, 0), severity: DiagnosticSeverity.Warning, message: `setting march '${ctx.settings.march}': ${parsed.error}`, source: diagnosticSource });
    else features = [...parsed.features];
  }
  let result: AssemblyResult;
  try {
    result = assembler.assemble(ctx.document.getText(), {
      fileName,
      ...(features ? { features } : {}),
      preprocess: /\.S$/.test(fileName),
      ...(readFile ? { readFile } : {}),
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    out.push({ range: lineRange(0, 0, 0), severity: DiagnosticSeverity.Warning, message: `internal assembler error: ${message}`, source: diagnosticSource });
    return { diagnostics: out, externalDefinitions: new Map() };
  }
  for (const d of result.diagnostics) {
    const converted = toDiagnostic(ctx, d, fileName);
    if (converted) out.push(converted);
  }
  // Symbols the text alone does not show: defined in included files, or made by macro expansion here.
  const externalDefinitions = new Map<string, SourceLocation>();
  for (const symbol of result.symbols) {
    const at = symbol.definedAt;
    if (!at || ctx.model.definitions.has(symbol.name)) continue;
    externalDefinitions.set(symbol.name, at.file === baseName(fileName) ? { ...at, file: fileName } : at);
  }
  return { diagnostics: out, externalDefinitions };
}
