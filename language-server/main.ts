// Entry point of the language server (`node dist/languageServer.js --stdio`): wires the pure language service
// (./service) to an LSP connection. Thin by design: it owns the connection, the open documents, settings,
// debounced diagnostics and host file reading for .include; every request is guarded so that a malformed file
// or an internal error is logged and answered with an empty result instead of crashing the server.
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import {
  CodeActionKind, createConnection, DidChangeConfigurationNotification, ProposedFeatures, ResponseError, ErrorCodes, TextDocuments,
  TextDocumentSyncKind, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, semanticTokensLegend } from './service/languageService.js';
import { instructionTable, assembler } from './backends.js';

/** The settings section the client sends (workspace/configuration, didChangeConfiguration, initializationOptions). */
export const settingsSection = 'aarch64Asm';

// This process assembles whole documents: the same V8 setting as `aarch64-mte as` (see cli/v8Tuning.ts for why).
setFlagsFromString('--no-allocation-site-pretenuring');

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const service = createLanguageService({
  table: instructionTable,
  assembler,
  readFile: (path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
});

let snippetSupport = true;
let completionItemDefaults = false;
let configurationPull = false;
let configurationChangeRegistration = false;
/** Debounce of diagnostics after a change: coalesces bursts of edits, small enough to keep edit-to-diagnostics under 100 ms. */
let diagnosticsDelayMs = 25;

/** Runs a request handler, logging any exception and returning `fallback` instead. */
function guard<T>(name: string, fallback: T, run: () => T): T {
  try {
    return run();
  } catch (e) {
    connection.console.error(`${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return fallback;
  }
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const capabilities = params.capabilities;
  snippetSupport = capabilities.textDocument?.completion?.completionItem?.snippetSupport ?? false;
  completionItemDefaults = capabilities.textDocument?.completion?.completionList?.itemDefaults?.includes('editRange') ?? false;
  configurationPull = capabilities.workspace?.configuration ?? false;
  configurationChangeRegistration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration ?? false;
  const init = (params.initializationOptions ?? {}) as Record<string, unknown>;
  if (typeof init['diagnosticsDelayMs'] === 'number') diagnosticsDelayMs = Math.max(0, init['diagnosticsDelayMs']);
  if (init['settings']) service.configure(init['settings']);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['.', ',', '#', ':', '['], resolveProvider: true },
      signatureHelpProvider: { triggerCharacters: [' ', ','], retriggerCharacters: [','] },
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentSymbolProvider: true,
      documentHighlightProvider: true,
      documentLinkProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      foldingRangeProvider: true,
      semanticTokensProvider: { legend: semanticTokensLegend, full: true, range: true },
      documentFormattingProvider: true,
      documentRangeFormattingProvider: true,
    },
    serverInfo: { name: 'aarch64-mte language server', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (configurationChangeRegistration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: settingsSection }).catch(() => undefined);
  }
  if (configurationPull) void pullSettings();
});

async function pullSettings(): Promise<void> {
  try {
    const value: unknown = await connection.workspace.getConfiguration(settingsSection);
    service.configure(value);
  } catch (e) {
    connection.console.warn(`could not read settings: ${e instanceof Error ? e.message : String(e)}`);
  }
  for (const d of documents.all()) scheduleValidation(d);
}

connection.onDidChangeConfiguration((change) => {
  if (configurationPull) { void pullSettings(); return; }
  const settings = (change.settings as Record<string, unknown> | undefined)?.[settingsSection];
  if (settings) service.configure(settings);
  for (const d of documents.all()) scheduleValidation(d);
});

// Diagnostics, debounced per document: a burst of edits is assembled once, after the last one.
const pendingValidation = new Map<string, ReturnType<typeof setTimeout>>();

function scheduleValidation(document: TextDocument): void {
  const previous = pendingValidation.get(document.uri);
  if (previous) clearTimeout(previous);
  pendingValidation.set(document.uri, setTimeout(() => {
    pendingValidation.delete(document.uri);
    const current = documents.get(document.uri);
    if (!current) return;
    const diagnostics = guard('diagnostics', [], () => service.doValidation(current));
    void connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics });
  }, diagnosticsDelayMs));
}

documents.onDidOpen((e) => scheduleValidation(e.document));
documents.onDidChangeContent((e) => scheduleValidation(e.document));
documents.onDidClose((e) => {
  const pending = pendingValidation.get(e.document.uri);
  if (pending) clearTimeout(pending);
  pendingValidation.delete(e.document.uri);
  service.forget(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

const withDocument = <T>(uri: string, fallback: T, run: (d: TextDocument) => T): T => {
  const document = documents.get(uri);
  return document ? run(document) : fallback;
};

connection.onHover((p) => guard('hover', null, () => withDocument(p.textDocument.uri, null, (d) => service.doHover(d, p.position))));
connection.onCompletion((p) => guard('completion', { isIncomplete: false, items: [] }, () =>
  withDocument(p.textDocument.uri, { isIncomplete: false, items: [] }, (d) => service.doComplete(d, p.position, {
    snippetSupport, itemDefaults: completionItemDefaults, ...(p.context?.triggerCharacter ? { triggerCharacter: p.context.triggerCharacter } : {}),
  }))));
connection.onCompletionResolve((item) => guard('completionResolve', item, () => service.resolveCompletion(item)));
connection.onSignatureHelp((p) => guard('signatureHelp', null, () => withDocument(p.textDocument.uri, null, (d) => service.doSignatureHelp(d, p.position))));
connection.onDefinition((p) => guard('definition', [], () => withDocument(p.textDocument.uri, [], (d) => service.findDefinition(d, p.position))));
connection.onReferences((p) => guard('references', [], () => withDocument(p.textDocument.uri, [], (d) => service.findReferences(d, p.position, p.context.includeDeclaration))));
connection.onPrepareRename((p) => guard('prepareRename', null, () => withDocument(p.textDocument.uri, null, (d) => service.prepareRename(d, p.position))));
connection.onRenameRequest((p) => {
  const result = guard('rename', { error: 'internal error while renaming' }, () =>
    withDocument(p.textDocument.uri, { error: 'document is not open' }, (d) => service.doRename(d, p.position, p.newName)));
  if ('error' in result) return new ResponseError(ErrorCodes.InvalidRequest, result.error);
  return result.edit;
});
connection.onDocumentSymbol((p) => guard('documentSymbol', [], () => withDocument(p.textDocument.uri, [], (d) => service.findDocumentSymbols(d))));
connection.onDocumentLinks((p) => guard('documentLinks', [], () => withDocument(p.textDocument.uri, [], (d) => service.findDocumentLinks(d))));
connection.onDocumentHighlight((p) => guard('documentHighlight', [], () => withDocument(p.textDocument.uri, [], (d) => service.findDocumentHighlights(d, p.position))));
connection.onCodeAction((p) => guard('codeAction', [], () => withDocument(p.textDocument.uri, [], (d) => service.getCodeActions(d, p.context.diagnostics))));
connection.onFoldingRanges((p) => guard('foldingRanges', [], () => withDocument(p.textDocument.uri, [], (d) => service.getFoldingRanges(d))));
connection.languages.semanticTokens.on((p) => guard('semanticTokens', { data: [] }, () => withDocument(p.textDocument.uri, { data: [] }, (d) => service.getSemanticTokens(d))));
connection.languages.semanticTokens.onRange((p) => guard('semanticTokensRange', { data: [] }, () => withDocument(p.textDocument.uri, { data: [] }, (d) => service.getSemanticTokensInRange(d, p.range))));
connection.onDocumentFormatting((p) => guard('formatting', [], () => withDocument(p.textDocument.uri, [], (d) => service.format(d, p.options))));
connection.onDocumentRangeFormatting((p) => guard('rangeFormatting', [], () => withDocument(p.textDocument.uri, [], (d) => service.format(d, p.options, p.range))));

process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e.stack ?? e.message}`));
process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${String(e)}`));

documents.listen(connection);
connection.listen();
