// Entry point of the VS Code extension: registers the aarch64-mte debugger (configuration provider, adapter
// factory, the pickProgram command for C sources), the tag-check mode status bar item, the "Set IRG Seed" command, the MTE views and editor annotations,
// and the client of the assembly language server. activate() returns a small API used by the end-to-end tests in test/e2e/extension-tests.
import * as vscode from 'vscode';
import { AArch64AdapterFactory } from './adapterFactory.js';
import { AArch64ConfigurationProvider, registerPickProgramCommand } from './configurationProvider.js';
import { DEBUG_TYPE } from './launchConfig.js';
import { SeedStore, registerSeedCommand } from './seedCommand.js';
import { TagModeStatus } from './tagModeStatus.js';
import { MteViews } from './mteViews.js';
import { MteEditorAnnotations } from './editorAnnotations.js';
import { startLanguageClient } from './languageClient.js';

/** What activate() returns: the live objects, so tests can drive them inside the real extension host. */
export interface AArch64MteExtensionApi {
  readonly configurationProvider: AArch64ConfigurationProvider;
  readonly tagModeStatus: TagModeStatus;
  readonly seeds: SeedStore;
  /** The tagged memory view and the tag map. */
  readonly views: MteViews;
  /** Fault-line decorations, predicted mismatches and MTE hovers in the editor. */
  readonly annotations: MteEditorAnnotations;
}

export function activate(context: vscode.ExtensionContext): AArch64MteExtensionApi {
  const seeds = new SeedStore(context.workspaceState);
  const configurationProvider = new AArch64ConfigurationProvider(seeds);
  const tagModeStatus = new TagModeStatus();
  const views = new MteViews(context.extensionUri);
  const annotations = new MteEditorAnnotations();
  context.subscriptions.push(
    vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, configurationProvider),
    vscode.debug.registerDebugConfigurationProvider(
      DEBUG_TYPE,
      { provideDebugConfigurations: (folder) => configurationProvider.provideDynamicDebugConfigurations(folder) },
      vscode.DebugConfigurationProviderTriggerKind.Dynamic,
    ),
    vscode.debug.registerDebugAdapterDescriptorFactory(DEBUG_TYPE, new AArch64AdapterFactory(context.extensionUri)),
    tagModeStatus,
    registerSeedCommand(seeds),
    registerPickProgramCommand(configurationProvider),
    views,
    annotations,
  );
  // The language server runs in its own process; a failure to start it must not take the debugger down.
  void startLanguageClient(context).then(
    (client) => context.subscriptions.push({ dispose: () => void client.stop() }),
    (e) => void vscode.window.showWarningMessage(`AArch64 assembly language server did not start: ${e instanceof Error ? e.message : String(e)}`),
  );
  return { configurationProvider, tagModeStatus, seeds, views, annotations };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
