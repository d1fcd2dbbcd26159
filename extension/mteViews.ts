// The host side of the MTE webviews: the "Tagged Memory" panel and the "Tag Map" panel. They fetch memory,
// allocation tags, registers and the last tag-check fault from the active aarch64-mte debug session (standard DAP
// requests plus the adapter's custom ones), post them to the webview scripts (extension/webview/), refresh on
// every stop and memory change, and carry the user's edits of bytes and tags back to the adapter.
import * as vscode from 'vscode';
import { CustomRequest, DEBUG_TYPE, TAG_FAULT_EVENT, type ReadMemoryTagsResponse, type TagFaultEventBody, type TagMapResponse } from '../debug-adapter/protocol.js';
import type { FaultMark, HostToView, MemoryContents, ViewToHost } from './webview/protocol.js';
import { base64ToHex, expandTagMap, faultMark, hex, hexToBase64, parseRegisterValue, pointerMarks, untagged, windowAround } from './mteViewData.js';

interface SessionState { fault?: FaultMark; running: boolean }

/** Owns both panels and what they need to know about sessions (running or stopped, the last fault). */
export class MteViews implements vscode.Disposable {
  private readonly sessions = new Map<string, SessionState>();
  private memoryPanel: MemoryPanel | undefined;
  private tagMapPanel: TagMapPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri) {
    this.disposables.push(
      vscode.commands.registerCommand('aarch64-mte.openMemoryView', (arg?: unknown) => this.openMemory(addressFromArgument(arg))),
      vscode.commands.registerCommand('aarch64-mte.openTagMap', () => this.openTagMap()),
      vscode.debug.registerDebugAdapterTrackerFactory(DEBUG_TYPE, { createDebugAdapterTracker: (s) => this.tracker(s) }),
      vscode.debug.onDidReceiveDebugSessionCustomEvent((e) => {
        if (e.session.type !== DEBUG_TYPE || e.event !== TAG_FAULT_EVENT) return;
        const fault = faultMark(e.body as TagFaultEventBody);
        this.state(e.session).fault = fault;
        void this.offerFault(fault);
      }),
      vscode.debug.onDidTerminateDebugSession((s) => { this.sessions.delete(s.id); }),
      vscode.debug.onDidChangeActiveDebugSession(() => this.refresh()),
    );
  }

  dispose(): void {
    this.memoryPanel?.dispose();
    this.tagMapPanel?.dispose();
    for (const d of this.disposables) d.dispose();
  }

  state(session: vscode.DebugSession): SessionState {
    let s = this.sessions.get(session.id);
    if (!s) { s = { running: false }; this.sessions.set(session.id, s); }
    return s;
  }

  /** Opens (or reveals) the memory view at an address or expression; at the fault or sp when none is given. */
  async openMemory(expression?: string): Promise<void> {
    if (!this.memoryPanel) {
      this.memoryPanel = new MemoryPanel(this, this.extensionUri);
      this.memoryPanel.onDispose(() => { this.memoryPanel = undefined; });
    }
    this.memoryPanel.reveal();
    const session = activeSession();
    const fallback = session ? this.state(session).fault?.address ?? 'sp' : 'sp';
    await this.memoryPanel.goto(expression ?? fallback);
  }

  async openTagMap(): Promise<void> {
    if (!this.tagMapPanel) {
      this.tagMapPanel = new TagMapPanel(this, this.extensionUri);
      this.tagMapPanel.onDispose(() => { this.tagMapPanel = undefined; });
    }
    this.tagMapPanel.reveal();
    await this.tagMapPanel.refresh();
  }

  /** From the exception to the memory: an open memory view jumps to the fault; otherwise the user is offered both views. */
  private async offerFault(fault: FaultMark): Promise<void> {
    if (this.memoryPanel) { await this.memoryPanel.goto(fault.address); return; }
    const choice = await vscode.window.showWarningMessage(
      `Tag check fault: ${fault.access} of ${fault.address} with logical tag 0x${fault.logicalTag.toString(16)}, allocation tag 0x${fault.allocationTag.toString(16)}.`,
      'Show Tagged Memory', 'Show Tag Map');
    if (choice === 'Show Tagged Memory') await this.openMemory(fault.address);
    else if (choice === 'Show Tag Map') await this.openTagMap();
  }

  private refresh(): void {
    void this.memoryPanel?.refresh();
    void this.tagMapPanel?.refresh();
  }

  private tracker(session: vscode.DebugSession): vscode.DebugAdapterTracker {
    return {
      onDidSendMessage: (m: { type?: string; event?: string; body?: { reason?: string } }) => {
        if (m.type !== 'event') return;
        const state = this.state(session);
        if (m.event === 'stopped') {
          state.running = false;
          if (m.body?.reason !== 'exception') state.fault = undefined;
          this.refresh();
        } else if (m.event === 'continued') {
          state.running = true;
          this.memoryPanel?.markRunning();
        } else if (m.event === 'memory' || m.event === 'invalidated') {
          this.refresh();
        }
      },
    };
  }
}

function activeSession(): vscode.DebugSession | undefined {
  const s = vscode.debug.activeDebugSession;
  return s?.type === DEBUG_TYPE ? s : undefined;
}

/** The command's argument: a string, or the Variables view's context ({ variable: { memoryReference, value } }). */
function addressFromArgument(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  const v = (arg as { variable?: { memoryReference?: string; value?: string; evaluateName?: string } } | undefined)?.variable;
  return v?.memoryReference ?? v?.evaluateName ?? (v?.value !== undefined && parseRegisterValue(v.value) !== undefined ? v.value.trim().split(/\s/)[0] : undefined);
}

/** The id of the top stack frame of the session's (only) thread, for evaluate and scopes. */
async function topFrameId(session: vscode.DebugSession): Promise<number | undefined> {
  const item = vscode.debug.activeStackItem;
  if (item instanceof vscode.DebugStackFrame && item.session.id === session.id) return item.frameId;
  const threads = (await session.customRequest('threads')) as { threads: { id: number }[] };
  const thread = threads.threads[0];
  if (!thread) return undefined;
  const trace = (await session.customRequest('stackTrace', { threadId: thread.id, startFrame: 0, levels: 1 })) as { stackFrames: { id: number }[] };
  return trace.stackFrames[0]?.id;
}

async function registers(session: vscode.DebugSession): Promise<{ name: string; value: string }[]> {
  const frameId = await topFrameId(session);
  if (frameId === undefined) return [];
  const scopes = (await session.customRequest('scopes', { frameId })) as { scopes: { name: string; variablesReference: number }[] };
  const scope = scopes.scopes.find((s) => /register/i.test(s.name));
  if (!scope) return [];
  const vars = (await session.customRequest('variables', { variablesReference: scope.variablesReference })) as { variables: { name: string; value: string }[] };
  return vars.variables;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Common webview plumbing: HTML with a strict content security policy, message wiring, disposal. */
abstract class MtePanel implements vscode.Disposable {
  protected readonly panel: vscode.WebviewPanel;
  private readonly disposeListeners: (() => void)[] = [];
  protected ready: Promise<void>;
  private markReady!: () => void;

  constructor(protected readonly views: MteViews, extensionUri: vscode.Uri, viewType: string, title: string, script: string) {
    const dist = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
    this.panel = vscode.window.createWebviewPanel(viewType, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true, localResourceRoots: [dist], retainContextWhenHidden: true,
    });
    this.ready = new Promise((resolve) => { this.markReady = resolve; });
    const nonce = Array.from({ length: 32 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
    const w = this.panel.webview;
    w.html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${w.cspSource} 'unsafe-inline'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${w.asWebviewUri(vscode.Uri.joinPath(dist, 'media', 'webview.css'))}"><title>${title}</title></head>
<body><script nonce="${nonce}" src="${w.asWebviewUri(vscode.Uri.joinPath(dist, `${script}.js`))}"></script></body></html>`;
    w.onDidReceiveMessage((m: ViewToHost) => {
      if (m.type === 'ready') this.markReady();
      void this.handle(m).catch((e) => this.post({ type: 'error', message: message(e) }));
    });
    this.panel.onDidDispose(() => { for (const l of this.disposeListeners) l(); });
  }

  onDispose(listener: () => void): void { this.disposeListeners.push(listener); }
  reveal(): void { this.panel.reveal(undefined, true); }
  dispose(): void { this.panel.dispose(); }

  protected async post(m: HostToView): Promise<void> {
    await this.ready;
    await this.panel.webview.postMessage(m);
  }

  protected abstract handle(m: ViewToHost): Promise<void>;
  abstract refresh(): Promise<void>;
}

class MemoryPanel extends MtePanel {
  private window: { start: bigint; length: number } | undefined;
  private last: MemoryContents | undefined;

  constructor(views: MteViews, extensionUri: vscode.Uri) {
    super(views, extensionUri, 'aarch64-mte.memoryView', 'Tagged Memory', 'memoryView');
  }

  async goto(expression: string): Promise<void> {
    const session = activeSession();
    if (!session) { await this.post({ type: 'error', message: 'No aarch64-mte debug session is active.' }); return; }
    let address = parseRegisterValue(expression);
    if (address === undefined || !/^\s*(0x[0-9a-f]+|\d+)\s*$/i.test(expression)) {
      const frameId = await topFrameId(session);
      const r = (await session.customRequest('evaluate', { expression, frameId, context: 'watch' })) as { result: string; memoryReference?: string };
      address = parseRegisterValue(r.memoryReference ?? r.result);
      if (address === undefined) { await this.post({ type: 'error', message: `'${expression}' is not an address (it is ${r.result})` }); return; }
    }
    this.window = windowAround(address);
    await this.refresh();
  }

  async refresh(): Promise<void> {
    const session = activeSession();
    if (!session || !this.window) return;
    const state = this.views.state(session);
    if (state.running) { this.markRunning(); return; }
    const { start, length } = this.window;
    const memory = (await session.customRequest('readMemory', { memoryReference: hex(start), count: length })) as { data?: string };
    const tags = (await session.customRequest(CustomRequest.readMemoryTags, { memoryReference: hex(start), count: Math.max(1, Math.ceil(length / 16)) })) as ReadMemoryTagsResponse;
    const pointers = pointerMarks(await registers(session), start, length, (i) => tags.tags[i] ?? null);
    this.last = { type: 'memory', address: hex(start), bytes: base64ToHex(memory.data), length, tags: tags.tags, pointers, ...(state.fault ? { fault: state.fault } : {}) };
    await this.post(this.last);
  }

  /** The guest runs: the view keeps its last contents, greyed and read-only. */
  markRunning(): void {
    if (this.last) void this.post({ ...this.last, running: true });
  }

  protected async handle(m: ViewToHost): Promise<void> {
    const session = activeSession();
    if (m.type === 'goto') await this.goto(m.expression);
    else if (m.type === 'requestRange') { this.window = { start: untagged(BigInt(m.address)) & ~0xfn, length: m.length }; await this.refresh(); }
    else if (m.type === 'writeMemory' && session) {
      await session.customRequest('writeMemory', { memoryReference: m.address, data: hexToBase64(m.bytes) });
      await this.refresh();
    } else if (m.type === 'writeTags' && session) {
      await session.customRequest(CustomRequest.writeMemoryTags, { memoryReference: m.address, tags: m.tags });
      await this.refresh();
    }
  }
}

class TagMapPanel extends MtePanel {
  constructor(views: MteViews, extensionUri: vscode.Uri) {
    super(views, extensionUri, 'aarch64-mte.tagMap', 'Tag Map', 'tagMap');
  }

  async refresh(): Promise<void> {
    const session = activeSession();
    if (!session) { await this.post({ type: 'error', message: 'No aarch64-mte debug session is active.' }); return; }
    if (this.views.state(session).running) return;
    const map = (await session.customRequest(CustomRequest.tagMap, {})) as TagMapResponse;
    const { regions } = expandTagMap(map);
    const regs = await registers(session);
    const pointers = regions.flatMap((r) => {
      const start = BigInt(r.start);
      return pointerMarks(regs, start, r.tags.length * 16, (i) => r.tags[i] ?? null);
    });
    const fault = this.views.state(session).fault;
    await this.post({ type: 'tagMap', regions, pointers, ...(fault ? { fault } : {}) });
  }

  protected async handle(m: ViewToHost): Promise<void> {
    if (m.type === 'openMemory') await vscode.commands.executeCommand('aarch64-mte.openMemoryView', m.address);
  }
}
