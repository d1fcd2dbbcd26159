// End to end over the real LSP connection: builds dist/languageServer.js, spawns `node dist/languageServer.js
// --stdio`, and speaks LSP to it: initialize, didOpen, publishDiagnostics, hover on `irg`, completion, a
// malformed document (the server must keep answering), shutdown and exit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification,
  DidOpenTextDocumentNotification, PublishDiagnosticsNotification, HoverRequest, CompletionRequest,
  DidChangeTextDocumentNotification, DocumentSymbolRequest, ConfigurationRequest, CodeActionRequest, ShutdownRequest, ExitNotification, SemanticTokensRequest,
  type PublishDiagnosticsParams, type MarkupContent,
} from 'vscode-languageserver/node';

const root = join(__dirname, '..', '..');

test('the language server answers over stdio: diagnostics, hover on irg, completion, malformed input', { timeout: 60_000 }, async () => {
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  const child = spawn(process.execPath, [join(root, 'dist/languageServer.js'), '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += String(chunk); });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const diagnostics: PublishDiagnosticsParams[] = [];
  const waiters: (() => void)[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => { diagnostics.push(p); waiters.splice(0).forEach((w) => w()); });
  connection.listen();
  const nextDiagnostics = async (uri: string, count: number, accept: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const mine = diagnostics.filter((d) => d.uri === uri);
      const found = mine.slice(count - 1).find(accept);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri}; server stderr: ${stderr}`);
      await new Promise<void>((resolve) => { waiters.push(resolve); setTimeout(resolve, 200); });
    }
  };
  try {
    // Settings are pulled with workspace/configuration, as VS Code's client does.
    const configurationRequests: unknown[] = [];
    connection.onRequest(ConfigurationRequest.type, (params) => {
      configurationRequests.push(params);
      return params.items.map(() => ({ march: 'armv8.5-a+memtag', format: { enable: false } }));
    });
    const init = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri: null, workspaceFolders: null,
      capabilities: { workspace: { configuration: true }, textDocument: { completion: { completionItem: { snippetSupport: true } } } },
    });
    assert.ok(init.capabilities.hoverProvider);
    assert.ok(init.capabilities.semanticTokensProvider);
    await connection.sendNotification(InitializedNotification.type, {});

    const uri = 'file:///work/lsp-test.s';
    const text = '        .text\n_start:\n        irg     x0, sp\n        bogus   x1\n';
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'aarch64-asm', version: 1, text } });
    // Once the pulled settings (march with memtag) apply, only the unknown mnemonic remains.
    const published = await nextDiagnostics(uri, 1, (p) => p.diagnostics.length === 1);
    assert.ok(configurationRequests.length >= 1, 'the server asked for its settings');
    assert.equal(published.diagnostics[0]!.range.start.line, 3);
    assert.match(String(published.diagnostics[0]!.message), /unknown mnemonic `bogus'/);

    const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 9 } });
    assert.ok(hover, 'hover on irg');
    assert.match((hover.contents as MarkupContent).value, /\*\*irg\*\*/);
    assert.match((hover.contents as MarkupContent).value, /granule/);

    const completion = await connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 3, character: 10 } });
    const items = Array.isArray(completion) ? completion : completion?.items ?? [];
    assert.ok(items.some((i) => i.label === 'irg'));

    const actions = await connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: published.diagnostics[0]!.range, context: { diagnostics: published.diagnostics },
    });
    assert.deepEqual(actions, [], 'no quick fix for an unknown mnemonic');

    const symbols = await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.ok(JSON.stringify(symbols).includes('_start'));

    // A malformed edit (binary garbage, unterminated comment and string) must not take the server down.
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: '\u0000\u0007 irg x0,, [ "unterminated\n/* open comment\n\uffff:\n1f: b 1b 2f ;;; .macro\n' }],
    });
    await nextDiagnostics(uri, 2);
    const tokens = await connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    assert.ok(tokens && Array.isArray(tokens.data));
    const hoverAfter = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 4 } });
    assert.ok(hoverAfter === null || typeof hoverAfter === 'object');

    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    assert.equal(code, 0, stderr);
  } finally {
    connection.dispose();
    if (child.exitCode === null) child.kill();
  }
});
