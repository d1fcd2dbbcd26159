// The DebugConfigurationProvider for `aarch64-mte`: F5 on an assembly file or an ELF executable with no launch.json
// launches that file; explicit configurations gain defaults (cwd, the stored IRG seed). The decisions are made by
// launchConfig.ts; this file only gathers what VS Code knows about the active editor.
import * as vscode from 'vscode';
import { DEBUG_TYPE, resolveLaunchConfiguration, type ActiveFile, type LaunchAttributes } from './launchConfig.js';
import type { SeedStore } from './seedCommand.js';

/** The file shown in the active editor, or in the active tab when that is not a text editor (an ELF binary). */
export async function activeFile(): Promise<ActiveFile | undefined> {
  const editor = vscode.window.activeTextEditor;
  let uri: vscode.Uri | undefined = editor?.document.uri;
  let languageId: string | undefined = editor?.document.languageId;
  if (!uri) {
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    if (input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom) uri = input.uri;
  }
  if (!uri || uri.scheme !== 'file') return undefined;
  let header: Uint8Array | undefined;
  if (languageId !== 'aarch64-asm') {
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      header = bytes.subarray(0, 4);
    } catch {
      header = undefined;
    }
  }
  return { path: uri.fsPath, languageId, header };
}

export class AArch64ConfigurationProvider implements vscode.DebugConfigurationProvider {
  constructor(private readonly seeds: SeedStore) {}

  /** Offered when the user creates a launch.json: one configuration for the active file, or a template. */
  async provideDebugConfigurations(folder: vscode.WorkspaceFolder | undefined): Promise<vscode.DebugConfiguration[]> {
    const file = await activeFile();
    const program = file && folder && file.path.startsWith(folder.uri.fsPath + '/')
      ? '${workspaceFolder}/' + file.path.slice(folder.uri.fsPath.length + 1)
      : file?.path ?? '${file}';
    return [{ type: DEBUG_TYPE, request: 'launch', name: 'Debug AArch64 program', program, stopOnEntry: true }];
  }

  async resolveDebugConfiguration(folder: vscode.WorkspaceFolder | undefined, config: vscode.DebugConfiguration): Promise<vscode.DebugConfiguration | undefined> {
    const result = resolveLaunchConfiguration(config as LaunchAttributes, {
      activeFile: await activeFile(),
      storedSeed: this.seeds.get(),
    });
    if (!result.ok) {
      // Returning undefined aborts the launch quietly; the message says why and what to do.
      void vscode.window.showErrorMessage(`AArch64 MTE: ${result.message}`);
      return undefined;
    }
    return result.config as vscode.DebugConfiguration;
  }
}
