// The DebugConfigurationProvider for `aarch64-mte`: F5 on an assembly file or an ELF executable with no launch.json
// launches that file; F5 on a C source launches the executable built from it (sourceLaunch.ts, programFinder.ts);
// explicit configurations gain defaults (cwd, the stored IRG seed). The decisions are made by launchConfig.ts and
// sourceLaunch.ts; this file only gathers what VS Code knows about the active editor and shows the choices.
import * as vscode from 'vscode';
import { basename, dirname, relative } from 'node:path';
import { DEBUG_TYPE, type ActiveFile, type LaunchAttributes } from './launchConfig.js';
import { findProgramsForSource, type FoundProgram } from './programFinder.js';
import { chooseProgramForSource, isCSourceFile, resolveSourceLaunch, sourceConfigurations, sourceToLaunch, type ProgramFinder, type SourceLaunchUi } from './sourceLaunch.js';
import type { SeedStore } from './seedCommand.js';

/** `${command:aarch64-mte.pickProgram}`: the executable built from the active C file (a choice when several). */
export const PICK_PROGRAM_COMMAND = 'aarch64-mte.pickProgram';

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
  if (languageId !== 'aarch64-asm' && languageId !== 'c') {
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      header = bytes.subarray(0, 4);
    } catch {
      header = undefined;
    }
  }
  return { path: uri.fsPath, languageId, header };
}

/** Searches the source's folder and every workspace folder (programFinder.ts). */
export const workspaceProgramFinder: ProgramFinder = (source) =>
  findProgramsForSource(source, { workspaceFolders: (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath) });

/** A path as the user reads it: relative to its workspace folder when inside one. */
function displayPath(path: string): string {
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(path));
  return folder ? relative(folder.uri.fsPath, path) || basename(path) : path;
}

/** VS Code's side of a C source launch: a quick pick, a warning, an error offering launch.json and the build command. */
export const vscodeSourceLaunchUi: SourceLaunchUi = {
  async pick(programs: readonly FoundProgram[], source: string) {
    const items = programs.map((p, i) => ({
      label: basename(p.path),
      description: dirname(displayPath(p.path)) === '.' ? undefined : dirname(displayPath(p.path)),
      detail: `built ${new Date(p.mtimeMs).toLocaleString()}${i === 0 ? ' (newest)' : ''}${p.stale ? ', older than the source' : ''}`,
      program: p,
    }));
    const chosen = await vscode.window.showQuickPick(items, {
      title: `AArch64 MTE: executables built from ${basename(source)}`,
      placeHolder: 'Choose the executable to debug (newest first)',
    });
    return chosen?.program;
  },
  warn(message: string) {
    void vscode.window.showWarningMessage(`AArch64 MTE: ${message}`);
  },
  fail(message: string, buildCommand: string) {
    void vscode.window.showErrorMessage(`AArch64 MTE: ${message}`, 'Open launch.json', 'Copy Build Command').then((choice) => {
      if (choice === 'Open launch.json') void vscode.commands.executeCommand('workbench.action.debug.configure');
      else if (choice === 'Copy Build Command') void vscode.env.clipboard.writeText(buildCommand);
    });
  },
};

export class AArch64ConfigurationProvider implements vscode.DebugConfigurationProvider {
  constructor(
    private readonly seeds: SeedStore,
    private readonly find: ProgramFinder = workspaceProgramFinder,
    private readonly ui: SourceLaunchUi = vscodeSourceLaunchUi,
  ) {}

  /** Offered when the user creates a launch.json: one configuration for the active file, or a template. */
  async provideDebugConfigurations(folder: vscode.WorkspaceFolder | undefined): Promise<vscode.DebugConfiguration[]> {
    const file = await activeFile();
    const inFolder = (path: string) => folder && path.startsWith(folder.uri.fsPath + '/')
      ? '${workspaceFolder}/' + path.slice(folder.uri.fsPath.length + 1)
      : path;
    if (file && isCSourceFile(file)) {
      const configs = sourceConfigurations(await this.find(file.path), displayPath).map((c) => ({ ...c, program: inFolder(c.program as string) }));
      if (configs.length > 0) return configs as vscode.DebugConfiguration[];
      return [{ type: DEBUG_TYPE, request: 'launch', name: `Debug ${basename(file.path)}`, program: '${command:' + PICK_PROGRAM_COMMAND + '}', stopOnEntry: false }];
    }
    const program = file ? inFolder(file.path) : '${file}';
    return [{ type: DEBUG_TYPE, request: 'launch', name: 'Debug AArch64 program', program, stopOnEntry: true }];
  }

  /** The "Run and Debug" drop-down: for a C file, one configuration per executable built from it. */
  async provideDynamicDebugConfigurations(folder: vscode.WorkspaceFolder | undefined): Promise<vscode.DebugConfiguration[]> {
    const file = await activeFile();
    if (file && isCSourceFile(file)) return sourceConfigurations(await this.find(file.path), displayPath) as vscode.DebugConfiguration[];
    return this.provideDebugConfigurations(folder);
  }

  async resolveDebugConfiguration(_folder: vscode.WorkspaceFolder | undefined, config: vscode.DebugConfiguration): Promise<vscode.DebugConfiguration | undefined> {
    const result = await resolveSourceLaunch(config as LaunchAttributes, { activeFile: await activeFile(), storedSeed: this.seeds.get() }, this.find, this.ui);
    if (!result) return undefined;
    if (!result.ok) {
      // Returning undefined aborts the launch quietly; the message says why and what to do.
      void vscode.window.showErrorMessage(`AArch64 MTE: ${result.message}`);
      return undefined;
    }
    return result.config as vscode.DebugConfiguration;
  }

  /** After ${file} and friends are substituted: a `program` naming a .c file becomes the executable built from it. */
  async resolveDebugConfigurationWithSubstitutedVariables(_folder: vscode.WorkspaceFolder | undefined, config: vscode.DebugConfiguration): Promise<vscode.DebugConfiguration | undefined> {
    if (sourceToLaunch(config as LaunchAttributes, undefined) === undefined) return config;
    const result = await resolveSourceLaunch(config as LaunchAttributes, { storedSeed: this.seeds.get() }, this.find, this.ui);
    if (!result) return undefined;
    if (!result.ok) {
      void vscode.window.showErrorMessage(`AArch64 MTE: ${result.message}`);
      return undefined;
    }
    return result.config as vscode.DebugConfiguration;
  }

  /** The command behind `${command:aarch64-mte.pickProgram}`: the path, or undefined (which cancels the launch). */
  async pickProgram(): Promise<string | undefined> {
    const file = await activeFile();
    if (!file || !isCSourceFile(file)) {
      void vscode.window.showErrorMessage('AArch64 MTE: open the C source file of the program to debug, then launch again.');
      return undefined;
    }
    return (await chooseProgramForSource(file.path, this.find, this.ui))?.path;
  }
}

/** Registers `aarch64-mte.pickProgram`. */
export function registerPickProgramCommand(provider: AArch64ConfigurationProvider): vscode.Disposable {
  return vscode.commands.registerCommand(PICK_PROGRAM_COMMAND, () => provider.pickProgram());
}
