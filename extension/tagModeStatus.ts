// The status bar item that shows the tag-check mode (none / sync / async / asymmetric) of the active aarch64-mte
// debug session. After every stop it reads the mode from the adapter: a DebugAdapterTracker sees the stopped event
// and the stackTrace response VS Code requests next, then asks for the top frame's scopes and reads the mode from
// the variables of the scope named "MTE" (launchConfig.ts tagCheckModeFromVariables).
import * as vscode from 'vscode';
import { DEBUG_TYPE, tagCheckModeFromVariables, tagCheckModeLabel, type DapVariable, type TagCheckModeName } from './launchConfig.js';

interface DapMessage {
  type?: string;
  event?: string;
  command?: string;
  success?: boolean;
  body?: { stackFrames?: { id: number }[]; reason?: string };
}

export class TagModeStatus implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly modes = new Map<string, TagCheckModeName | undefined>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<{ sessionId: string; mode: TagCheckModeName | undefined }>();
  /** Fires after a session's mode has been read (tests and other views listen). */
  readonly onDidChangeMode = this.changed.event;

  constructor() {
    this.item = vscode.window.createStatusBarItem('aarch64-mte.tagCheckMode', vscode.StatusBarAlignment.Left, 50);
    this.item.name = 'AArch64 MTE tag-check mode';
    this.disposables.push(
      this.item,
      this.changed,
      vscode.debug.registerDebugAdapterTrackerFactory(DEBUG_TYPE, { createDebugAdapterTracker: (s) => this.trackerFor(s) }),
      vscode.debug.onDidChangeActiveDebugSession(() => this.render()),
      vscode.debug.onDidTerminateDebugSession((s) => { this.modes.delete(s.id); this.render(); }),
    );
  }

  /** The last mode read for a session (undefined until the first stop, or when the adapter did not report it). */
  modeOf(sessionId: string): TagCheckModeName | undefined {
    return this.modes.get(sessionId);
  }

  private trackerFor(session: vscode.DebugSession): vscode.DebugAdapterTracker {
    let awaitingStack = false;
    return {
      onDidSendMessage: (m: DapMessage) => {
        if (m.type === 'event' && m.event === 'stopped') awaitingStack = true;
        else if (m.type === 'response' && m.command === 'stackTrace' && m.success && awaitingStack) {
          awaitingStack = false;
          const frameId = m.body?.stackFrames?.[0]?.id;
          if (frameId !== undefined) void this.refresh(session, frameId);
        }
      },
    };
  }

  private async refresh(session: vscode.DebugSession, frameId: number): Promise<void> {
    let mode: TagCheckModeName | undefined;
    try {
      const scopes = (await session.customRequest('scopes', { frameId })) as { scopes?: { name: string; variablesReference: number }[] };
      const mte = scopes.scopes?.find((s) => /\bmte\b|tag/i.test(s.name));
      if (mte && mte.variablesReference > 0) {
        const vars = (await session.customRequest('variables', { variablesReference: mte.variablesReference })) as { variables?: DapVariable[] };
        mode = tagCheckModeFromVariables(vars.variables ?? []);
      }
    } catch {
      mode = undefined; // The session ended or the adapter refused: show "unknown" rather than a stale mode.
    }
    this.modes.set(session.id, mode);
    this.changed.fire({ sessionId: session.id, mode });
    this.render();
  }

  private render(): void {
    const session = vscode.debug.activeDebugSession;
    if (!session || session.type !== DEBUG_TYPE || !this.modes.has(session.id)) {
      this.item.hide();
      return;
    }
    const mode = this.modes.get(session.id);
    this.item.text = `$(shield) ${tagCheckModeLabel(mode)}`;
    this.item.tooltip = mode
      ? `Tag-check mode of the debugged process (PR_MTE_TCF): ${mode}`
      : 'The debug adapter did not report a tag-check mode in its MTE scope.';
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
