// Starts the debug adapter (dist/debugAdapter.js) as a separate Node process speaking DAP over stdio.
// Why a separate process and not an inline DebugAdapterInlineImplementation: the emulator runs guest code in tight
// loops; in the extension host's single thread that would freeze every extension (hovers, the language client, the
// UI's requests) while a guest runs, and a bug in the adapter would take the host down. As a process it can be
// killed on disconnect, and it is the very same adapter other DAP clients and the DAP tests use.
import * as vscode from 'vscode';

export class AArch64AdapterFactory implements vscode.DebugAdapterDescriptorFactory {
  constructor(private readonly extensionUri: vscode.Uri) {}

  createDebugAdapterDescriptor(_session: vscode.DebugSession): vscode.ProviderResult<vscode.DebugAdapterDescriptor> {
    const adapter = vscode.Uri.joinPath(this.extensionUri, 'dist', 'debugAdapter.js').fsPath;
    // The extension host runs on Node (code-server, remote hosts) or on Electron (desktop): ELECTRON_RUN_AS_NODE makes
    // Electron's binary behave as plain Node and is ignored by Node itself.
    return new vscode.DebugAdapterExecutable(process.execPath, [adapter], { env: { ELECTRON_RUN_AS_NODE: '1' } });
  }
}
