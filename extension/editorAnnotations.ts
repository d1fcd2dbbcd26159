// MTE in the editor while an aarch64-mte session is stopped: the line of a tag-check fault gets a decoration and
// a diagnostic naming the logical and allocation tags; lines whose access would use a pointer whose logical tag
// differs from its target granule's allocation tag are flagged before they fault, with the tags shown inline;
// hovering a register or pointer expression shows its tags, hovering an MTE mnemonic says what it will do now.
// Everything is read through DAP (stackTrace, scopes, disassemble, readMemoryTags) and cleared when the guest runs.
import * as vscode from 'vscode';
import { CustomRequest, DEBUG_TYPE, TAG_FAULT_EVENT, type ReadMemoryTagsResponse, type TagFaultEventBody } from '../debug-adapter/protocol.js';
import { explainMteInstruction, predictMismatch, type LineFlag, type MteState } from './mteAnnotations.js';
import { logicalTagOf, parseRegisterValue, untagged } from './mteViewData.js';

interface StopSnapshot {
  readonly session: vscode.DebugSession;
  readonly registers: Map<string, bigint>;
  readonly mte: MteState;
  /** Instruction text by source file and line. */
  readonly instructions: Map<string, Map<number, string[]>>;
  readonly tags: Map<bigint, number | null>;
}

/**
 * The file-system path of a DAP source path as the extension sees it. In a remote window (code-server, Remote-SSH)
 * responses to customRequest carry sources as URIs (`vscode-remote://host/abs/path`), not as paths; decorations,
 * diagnostics and hovers are keyed by the editor's fsPath.
 */
function sourceFsPath(path: string | undefined): string | undefined {
  if (!path) return undefined;
  return /^[a-z][\w+.-]+:\/\//i.test(path) ? vscode.Uri.parse(path).fsPath : path;
}

const MTE_MNEMONICS = /^(irg|gmi|addg|subg|subp|subps|cmpp|ldg|stg|stzg|st2g|stz2g|stgp)$/i;
const REGISTER = /^(x([0-9]|[12][0-9]|30)|w([0-9]|[12][0-9]|30)|sp|fp|lr)$/i;

export class MteEditorAnnotations implements vscode.Disposable {
  private readonly faultDecoration = vscode.window.createTextEditorDecorationType({
    isWholeLine: true,
    backgroundColor: new vscode.ThemeColor('inputValidation.errorBackground'),
    after: { color: new vscode.ThemeColor('errorForeground'), margin: '0 0 0 2em', fontWeight: 'bold' },
    overviewRulerColor: new vscode.ThemeColor('errorForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Full,
  });
  private readonly mismatchDecoration = vscode.window.createTextEditorDecorationType({
    after: { color: new vscode.ThemeColor('editorWarning.foreground'), margin: '0 0 0 2em' },
    overviewRulerColor: new vscode.ThemeColor('editorWarning.foreground'),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  });
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('aarch64-mte');
  private readonly disposables: vscode.Disposable[] = [];
  private snapshot: StopSnapshot | undefined;
  private fault: { session: string; body: TagFaultEventBody } | undefined;
  /** Decorations by file path, re-applied when an editor for the file becomes visible. */
  private faultLines = new Map<string, vscode.DecorationOptions[]>();
  private flagLines = new Map<string, vscode.DecorationOptions[]>();

  constructor() {
    this.disposables.push(
      this.faultDecoration, this.mismatchDecoration, this.diagnostics,
      vscode.debug.registerDebugAdapterTrackerFactory(DEBUG_TYPE, { createDebugAdapterTracker: (s) => this.tracker(s) }),
      vscode.debug.onDidReceiveDebugSessionCustomEvent((e) => {
        if (e.session.type === DEBUG_TYPE && e.event === TAG_FAULT_EVENT) this.fault = { session: e.session.id, body: e.body as TagFaultEventBody };
      }),
      vscode.debug.onDidTerminateDebugSession((s) => { if (this.snapshot?.session.id === s.id || this.fault?.session === s.id) this.clear(); }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.apply()),
      vscode.languages.registerHoverProvider([{ language: 'aarch64-asm' }, { language: 'c' }], { provideHover: (d, p) => this.hover(d, p) }),
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  /** The flags currently shown, by file path and 1-based line (for tests). */
  flagsFor(path: string): { faultLines: number[]; flaggedLines: number[] } {
    const lines = (m: Map<string, vscode.DecorationOptions[]>) => (m.get(path) ?? []).map((d) => d.range.start.line + 1);
    return { faultLines: lines(this.faultLines), flaggedLines: lines(this.flagLines) };
  }

  private tracker(session: vscode.DebugSession): vscode.DebugAdapterTracker {
    return {
      onDidSendMessage: (m: { type?: string; event?: string; body?: { reason?: string; threadId?: number } }) => {
        if (m.type !== 'event') return;
        if (m.event === 'stopped') {
          if (m.body?.reason !== 'exception' && this.fault?.session === session.id) this.fault = undefined;
          void this.onStopped(session, m.body?.threadId).catch(() => this.clear());
        } else if (m.event === 'continued' || m.event === 'terminated' || m.event === 'exited') {
          this.clear();
        }
      },
    };
  }

  private clear(): void {
    this.snapshot = undefined;
    this.faultLines = new Map();
    this.flagLines = new Map();
    this.diagnostics.clear();
    this.apply();
  }

  private async onStopped(session: vscode.DebugSession, threadId: number | undefined): Promise<void> {
    const threads = threadId ?? ((await session.customRequest('threads')) as { threads: { id: number }[] }).threads[0]?.id;
    if (threads === undefined) return;
    const trace = (await session.customRequest('stackTrace', { threadId: threads, startFrame: 0, levels: 1 })) as { stackFrames: { id: number; instructionPointerReference?: string }[] };
    const frame = trace.stackFrames[0];
    if (!frame) return;
    const scopes = (await session.customRequest('scopes', { frameId: frame.id })) as { scopes: { name: string; variablesReference: number }[] };
    const variables = async (pattern: RegExp) => {
      const scope = scopes.scopes.find((s) => pattern.test(s.name));
      if (!scope) return [];
      return ((await session.customRequest('variables', { variablesReference: scope.variablesReference })) as { variables: { name: string; value: string }[] }).variables;
    };
    const registers = new Map<string, bigint>();
    for (const v of await variables(/register/i)) {
      const value = parseRegisterValue(v.value);
      if (value !== undefined) registers.set(v.name.toLowerCase(), value);
    }
    for (const [alias, name] of [['fp', 'x29'], ['lr', 'x30']] as const) if (registers.has(name)) registers.set(alias, registers.get(name)!);
    const mteVars = await variables(/^mte$/i);
    const includeMask = Number(parseRegisterValue(mteVars.find((v) => v.name === 'include mask')?.value ?? '') ?? 0xffffn);
    const rgsrText = mteVars.find((v) => v.name.toLowerCase() === 'rgsr_el1')?.value;
    const rgsr = rgsrText !== undefined ? parseRegisterValue(rgsrText) : undefined;
    const snapshot: StopSnapshot = { session, registers, mte: rgsr !== undefined ? { includeMask, rgsr: Number(rgsr) } : { includeMask }, instructions: new Map(), tags: new Map() };

    // The disassembly around the pc, with source lines.
    if (frame.instructionPointerReference) {
      const d = (await session.customRequest('disassemble', { memoryReference: frame.instructionPointerReference, instructionOffset: -48, instructionCount: 96, resolveSymbols: false })) as
        { instructions: { instruction: string; line?: number; location?: { path?: string } }[] };
      for (const i of d.instructions) {
        const path = sourceFsPath(i.location?.path);
        if (!path || i.line === undefined) continue;
        const byLine = snapshot.instructions.get(path) ?? new Map<number, string[]>();
        byLine.set(i.line, [...(byLine.get(i.line) ?? []), i.instruction]);
        snapshot.instructions.set(path, byLine);
      }
    }
    this.snapshot = snapshot;

    // Predicted mismatches: first learn the tags of every granule the accesses would touch.
    const read = (n: string) => registers.get(n);
    const pending = new Set<bigint>();
    const noteGranule = (g: bigint) => { if (!snapshot.tags.has(g)) { pending.add(g); return undefined; } return snapshot.tags.get(g); };
    for (const byLine of snapshot.instructions.values()) for (const texts of byLine.values()) for (const t of texts) predictMismatch(t, read, noteGranule);
    await Promise.all([...pending].slice(0, 64).map((g) => this.allocationTag(snapshot, g)));
    const flagLines = new Map<string, vscode.DecorationOptions[]>();
    for (const [path, byLine] of snapshot.instructions) {
      for (const [line, texts] of byLine) {
        const flags = texts.map((t) => predictMismatch(t, read, (g) => snapshot.tags.get(g))).filter((f): f is LineFlag => f !== undefined);
        if (!flags.length) continue;
        const text = flags.map((f) => `⚠ ${f.register} → logical tag 0x${f.logicalTag.toString(16)}, memory 0x${f.allocationTag.toString(16)}: this access will fault`).join('; ');
        // The range ends at the end of the line (VS Code clamps the column): `after` text goes after the code, not before it.
        (flagLines.get(path) ?? flagLines.set(path, []).get(path)!).push({ range: new vscode.Range(line - 1, 0, line - 1, Number.MAX_SAFE_INTEGER), renderOptions: { after: { contentText: text } }, hoverMessage: text });
      }
    }

    // The fault line: where the faulting instruction is (for async faults, not where the guest stopped).
    const faultLines = new Map<string, vscode.DecorationOptions[]>();
    this.diagnostics.clear();
    if (this.fault?.session === session.id) {
      const f = this.fault.body;
      const at = (await session.customRequest('disassemble', { memoryReference: f.instructionAddress, instructionCount: 1 })) as { instructions: { line?: number; location?: { path?: string } }[] };
      const loc = at.instructions[0];
      const path = sourceFsPath(loc?.location?.path);
      if (path && loc?.line !== undefined) {
        const message = `Tag check fault (${f.mode}): ${f.access === 'write' ? 'store' : 'load'} of ${f.size} bytes at ${f.address}, logical tag 0x${f.logicalTag.toString(16)}, allocation tag 0x${f.allocationTag.toString(16)} (granule ${f.granule})`;
        const range = new vscode.Range(loc.line - 1, 0, loc.line - 1, Number.MAX_SAFE_INTEGER);
        faultLines.set(path, [{ range, renderOptions: { after: { contentText: `✖ ${message}` } }, hoverMessage: message }]);
        const diagnostic = new vscode.Diagnostic(range, message, vscode.DiagnosticSeverity.Error);
        diagnostic.source = 'aarch64-mte';
        this.diagnostics.set(vscode.Uri.file(path), [diagnostic]);
        // The fault line says it all; no second flag on it.
        const flagged = flagLines.get(path);
        if (flagged) flagLines.set(path, flagged.filter((d) => d.range.start.line !== range.start.line));
      }
    }
    this.faultLines = faultLines;
    this.flagLines = flagLines;
    this.apply();
  }

  private async allocationTag(snapshot: StopSnapshot, granule: bigint): Promise<number | null> {
    if (snapshot.tags.has(granule)) return snapshot.tags.get(granule)!;
    try {
      const r = (await snapshot.session.customRequest(CustomRequest.readMemoryTags, { memoryReference: `0x${granule.toString(16)}`, count: 1 })) as ReadMemoryTagsResponse;
      snapshot.tags.set(granule, r.tags[0] ?? null);
    } catch {
      snapshot.tags.set(granule, null);
    }
    return snapshot.tags.get(granule)!;
  }

  private apply(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const path = editor.document.uri.fsPath;
      editor.setDecorations(this.faultDecoration, this.faultLines.get(path) ?? []);
      editor.setDecorations(this.mismatchDecoration, this.flagLines.get(path) ?? []);
    }
  }

  private async hover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const snapshot = this.snapshot;
    if (!snapshot) return undefined;
    const range = document.getWordRangeAtPosition(position, /[A-Za-z_.][\w.]*/);
    if (!range) return undefined;
    const word = document.getText(range);
    const md = new vscode.MarkdownString();
    if (MTE_MNEMONICS.test(word)) {
      const texts = snapshot.instructions.get(document.uri.fsPath)?.get(position.line + 1) ?? [];
      const read = (n: string) => snapshot.registers.get(n);
      for (const t of texts) {
        const granule = (() => { const m = /\[([xw]\d+|sp)/.exec(t); const v = m ? read(m[1]!) : undefined; return v === undefined ? undefined : untagged(v) & ~0xfn; })();
        if (granule !== undefined) await this.allocationTag(snapshot, granule);
        const explanation = explainMteInstruction(t, read, snapshot.mte, (g) => snapshot.tags.get(g));
        if (explanation) md.appendMarkdown(`**Now:** ${explanation}\n\n`);
      }
      return md.value ? new vscode.Hover(md, range) : undefined;
    }
    let value: bigint | undefined;
    let label = word;
    if (REGISTER.test(word)) {
      value = snapshot.registers.get(word.toLowerCase().replace(/^w/, 'x'));
      if (value !== undefined && /^w/i.test(word)) value &= 0xffff_ffffn;
    } else if (document.languageId === 'c') {
      try {
        const r = (await snapshot.session.customRequest('evaluate', { expression: word, context: 'hover' })) as { result: string; memoryReference?: string };
        value = parseRegisterValue(r.result);
        if (value === undefined || (!r.memoryReference && value < 0x1000n)) return undefined;
        label = `${word} = ${r.result}`;
      } catch {
        return undefined;
      }
    }
    if (value === undefined) return undefined;
    const granule = untagged(value) & ~0xfn;
    const allocation = await this.allocationTag(snapshot, granule);
    const logical = logicalTagOf(value);
    md.appendMarkdown(`\`${label}\` = \`0x${value.toString(16).padStart(16, '0')}\`\n\n`);
    md.appendMarkdown(`- logical tag: \`0x${logical.toString(16)}\`\n`);
    md.appendMarkdown(`- address: \`0x${untagged(value).toString(16)}\`, granule \`[0x${granule.toString(16)}, 0x${(granule + 16n).toString(16)})\`\n`);
    if (allocation === null) md.appendMarkdown('- allocation tag: none (untagged memory: accesses are not checked)\n');
    else md.appendMarkdown(`- allocation tag: \`0x${allocation.toString(16)}\` — ${allocation === logical ? '**match**' : '**MISMATCH**: an access through this pointer faults'}\n`);
    return new vscode.Hover(md, range);
  }
}
