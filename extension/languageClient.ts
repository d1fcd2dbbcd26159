// Starts the AArch64 assembly language server (dist/languageServer.js, a separate Node process over stdio) with
// vscode-languageclient for aarch64-asm documents, passing the `aarch64Asm` settings.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const serverModule = context.asAbsolutePath('dist/languageServer.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'aarch64-asm' }, { scheme: 'untitled', language: 'aarch64-asm' }],
    synchronize: { configurationSection: 'aarch64Asm' },
    initializationOptions: { settings: vscode.workspace.getConfiguration('aarch64Asm') },
  };
  const client = new LanguageClient('aarch64-asm', 'AArch64 Assembly Language Server', serverOptions, clientOptions);
  await client.start();
  return client;
}
