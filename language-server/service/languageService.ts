// The language service facade: text in, results out. No connection, no Node I/O — the instruction table and
// the assembler are injected (main.ts passes the real emulator/isa and emulator/asm; tests may too). Parsed
// documents are cached per URI and version, and unchanged lines are reused between versions, so a one-line
// edit re-lexes one line; diagnostics are cached per version.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentHighlight, DocumentLink, DocumentSymbol, FoldingRange, FormattingOptions, Hover, Location, Position, Range,
  SemanticTokens, SignatureHelp, TextEdit,
} from 'vscode-languageserver';
import { InstructionCatalog, type InstructionTable } from './catalog.js';
import { defaultSettings, mergeSettings, type FeatureContext, type LanguageSettings } from './context.js';
import { LineCache, parseDocument, type DocumentModel } from './documentModel.js';
import { assembleDocument, type Assembler } from './diagnostics.js';
import type { SourceLocation } from '../../emulator/asm/api.js';
import { doHover } from './hover.js';
import { doComplete, resolveCompletion, type CompletionOptions } from './completion.js';
import { doSignatureHelp } from './signatureHelp.js';
import { doRename, findDefinition, findDocumentLinks, findReferences, prepareRename, type RenameResult } from './navigation.js';
import { findDocumentSymbols, getFoldingRanges } from './outline.js';
import { computeSemanticTokens, encodeSemanticTokens, semanticTokensLegend, type DecodedSemanticToken } from './semanticTokens.js';
import { formatDocument } from './formatting.js';
import { findDocumentHighlights, getCodeActions } from './codeActions.js';

export type { LanguageSettings } from './context.js';
export type { RenameResult } from './navigation.js';
export { semanticTokensLegend } from './semanticTokens.js';

export interface LanguageServiceOptions {
  readonly table: InstructionTable;
  /** The assembler used for diagnostics; without one, no diagnostics are produced. */
  readonly assembler?: Assembler;
  /** Reads files named by .include (host I/O injected by the server). */
  readonly readFile?: (path: string) => string | undefined;
}

export interface LanguageService {
  configure(settings: unknown): void;
  readonly settings: LanguageSettings;
  doValidation(document: TextDocument): Diagnostic[];
  doHover(document: TextDocument, position: Position): Hover | null;
  doComplete(document: TextDocument, position: Position, options?: Partial<CompletionOptions>): CompletionList;
  /** Fills in the documentation of a completion item (kept out of the list to keep it small). */
  resolveCompletion(item: CompletionItem): CompletionItem;
  doSignatureHelp(document: TextDocument, position: Position): SignatureHelp | null;
  findDefinition(document: TextDocument, position: Position): Location[];
  findReferences(document: TextDocument, position: Position, includeDeclaration: boolean): Location[];
  prepareRename(document: TextDocument, position: Position): Range | null;
  doRename(document: TextDocument, position: Position, newName: string): RenameResult;
  findDocumentSymbols(document: TextDocument): DocumentSymbol[];
  /** Links for .include / #include file names. */
  findDocumentLinks(document: TextDocument): DocumentLink[];
  findDocumentHighlights(document: TextDocument, position: Position): DocumentHighlight[];
  /** Quick fixes for the given diagnostics (e.g. enable a missing architecture extension). */
  getCodeActions(document: TextDocument, diagnostics: readonly Diagnostic[]): CodeAction[];
  getFoldingRanges(document: TextDocument): FoldingRange[];
  getSemanticTokens(document: TextDocument): SemanticTokens;
  /** Semantic tokens of the lines a range touches (what an editor asks for the visible part of a big file). */
  getSemanticTokensInRange(document: TextDocument, range: Range): SemanticTokens;
  /** The semantic tokens in readable form (tests, debugging). */
  getDecodedSemanticTokens(document: TextDocument): DecodedSemanticToken[];
  format(document: TextDocument, options: FormattingOptions, range?: Range): TextEdit[];
  /** The parsed model of a document (cached per version). */
  parse(document: TextDocument): DocumentModel;
  /** Drops the caches of a closed document. */
  forget(uri: string): void;
}

interface CachedDocument {
  version: number;
  text: string;
  model: DocumentModel;
  lineCache: LineCache;
  diagnostics?: { key: string; value: Diagnostic[] };
  /** Symbols from included files seen by the last assembly (kept across versions until the next one). */
  externalDefinitions?: ReadonlyMap<string, SourceLocation>;
}

export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  const catalog = new InstructionCatalog(options.table);
  let settings: LanguageSettings = defaultSettings;
  const documents = new Map<string, CachedDocument>();

  const cached = (document: TextDocument): CachedDocument => {
    let entry = documents.get(document.uri);
    if (entry && entry.version === document.version && entry.text.length === document.getText().length) return entry;
    const text = document.getText();
    const lineCache = entry?.lineCache ?? new LineCache();
    const model = parseDocument(text, lineCache);
    entry = { version: document.version, text, model, lineCache, ...(entry?.externalDefinitions ? { externalDefinitions: entry.externalDefinitions } : {}) };
    documents.set(document.uri, entry);
    return entry;
  };
  const context = (document: TextDocument): FeatureContext => {
    const entry = cached(document);
    return { document, model: entry.model, catalog, settings, ...(entry.externalDefinitions ? { externalDefinitions: entry.externalDefinitions } : {}) };
  };

  return {
    get settings() { return settings; },
    configure(patch) { settings = mergeSettings(defaultSettings, patch); for (const d of documents.values()) delete d.diagnostics; },
    doValidation(document) {
      if (!options.assembler) return [];
      const entry = cached(document);
      const key = `${document.version}|${settings.march ?? ''}`;
      if (entry.diagnostics?.key === key) return entry.diagnostics.value;
      const assembly = assembleDocument(context(document), options.assembler, options.readFile);
      entry.diagnostics = { key, value: assembly.diagnostics };
      entry.externalDefinitions = assembly.externalDefinitions;
      return assembly.diagnostics;
    },
    doHover: (document, position) => doHover(context(document), position),
    doComplete: (document, position, completionOptions) => doComplete(context(document), position, {
      snippetSupport: completionOptions?.snippetSupport ?? true,
      itemDefaults: completionOptions?.itemDefaults ?? false,
      ...(completionOptions?.triggerCharacter ? { triggerCharacter: completionOptions.triggerCharacter } : {}),
    }),
    resolveCompletion: (item) => resolveCompletion(catalog, item),
    doSignatureHelp: (document, position) => doSignatureHelp(context(document), position),
    findDefinition: (document, position) => findDefinition(context(document), position),
    findReferences: (document, position, includeDeclaration) => findReferences(context(document), position, includeDeclaration),
    prepareRename: (document, position) => prepareRename(context(document), position) ?? null,
    doRename: (document, position, newName) => doRename(context(document), position, newName),
    findDocumentSymbols: (document) => findDocumentSymbols(context(document)),
    findDocumentLinks: (document) => findDocumentLinks(context(document)),
    findDocumentHighlights: (document, position) => findDocumentHighlights(context(document), position),
    getCodeActions: (document, diagnostics) => getCodeActions(context(document), diagnostics),
    getFoldingRanges: (document) => getFoldingRanges(context(document)),
    getSemanticTokens: (document) => encodeSemanticTokens(computeSemanticTokens(context(document))),
    getSemanticTokensInRange: (document, range) => encodeSemanticTokens(computeSemanticTokens(context(document), range.start.line, range.end.line)),
    getDecodedSemanticTokens: (document) => computeSemanticTokens(context(document)),
    format: (document, formattingOptions, range) => formatDocument(context(document), formattingOptions, range),
    parse: (document) => cached(document).model,
    forget(uri) { documents.delete(uri); },
  };
}

export { semanticTokensLegend as legend };
