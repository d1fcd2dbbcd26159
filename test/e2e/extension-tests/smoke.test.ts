// Extension-host smoke tests, run inside a real VS Code (code-server) by test/e2e/run.mjs: the extension activates,
// hello.s is recognised as AArch64 assembly, the configuration provider turns "F5 with no launch.json" into a launch
// of the active file, the Set IRG Seed command feeds the next launch, and a real debug session of hello.s stops on
// entry at the first instruction, reports the tag-check mode, then runs to completion printing its greeting; the
// same for hello.elf, the GNU-assembled ELF of hello.s (test/e2e/makeFixtures.mjs).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness.js';
import type { AArch64MteExtensionApi } from '../../../extension/extension.js';

const EXTENSION_ID = 'aarch64-mte.aarch64-mte';

function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test window has a workspace folder (test/e2e/workspace)');
  return folder;
}

function helloUri(): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, 'hello.s');
}

async function api(): Promise<AArch64MteExtensionApi> {
  const ext = vscode.extensions.getExtension<AArch64MteExtensionApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  return ext.isActive ? ext.exports : await ext.activate();
}

/** Resolves with the first value `pick` returns for an event, or rejects after `ms`. */
function waitFor<T, E>(event: vscode.Event<E>, pick: (e: E) => T | undefined, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`timed out after ${ms} ms waiting for ${what}`)); }, ms);
    const sub = event((e) => {
      const v = pick(e);
      if (v !== undefined) { clearTimeout(timer); sub.dispose(); resolve(v); }
    });
  });
}

test('the extension activates and registers its command', async () => {
  const exports = await api();
  assert.ok(exports.configurationProvider, 'activate() returns the configuration provider');
  const commands = await vscode.commands.getCommands(true);
  assert.ok(commands.includes('aarch64-mte.setIrgSeed'), 'aarch64-mte.setIrgSeed is registered');
  const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { debuggers: { type: string }[] } };
  assert.deepEqual(pkg.contributes.debuggers.map((d) => d.type), ['aarch64-mte']);
});

test('hello.s opens as AArch64 assembly', async () => {
  const doc = await vscode.workspace.openTextDocument(helloUri());
  assert.equal(doc.languageId, 'aarch64-asm');
});

test('F5 with no launch.json: an empty configuration resolves to a launch of the active .s file', async () => {
  const exports = await api();
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(helloUri()));
  const resolved = await exports.configurationProvider.resolveDebugConfiguration(workspaceFolder(), { type: '', request: '', name: '' });
  assert.ok(resolved, 'the provider returns a configuration');
  assert.equal(resolved.type, 'aarch64-mte');
  assert.equal(resolved.request, 'launch');
  assert.equal(resolved.program, helloUri().fsPath);
  assert.equal(resolved.stopOnEntry, true);
});

test('F5 with no launch.json on an ELF executable (binary tab) resolves to a launch of the ELF', async () => {
  const exports = await api();
  const elf = vscode.Uri.joinPath(workspaceFolder().uri, 'hello.elf');
  await vscode.commands.executeCommand('vscode.open', elf);
  const resolved = await exports.configurationProvider.resolveDebugConfiguration(workspaceFolder(), { type: '', request: '', name: '' });
  assert.equal(resolved?.program, elf.fsPath);
  assert.equal(resolved?.stopOnEntry, true);
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
});

test('Set IRG Seed stores a seed that the next launch configuration carries', async () => {
  const exports = await api();
  assert.equal(await vscode.commands.executeCommand('aarch64-mte.setIrgSeed', '0x2a'), 42);
  const resolved = await exports.configurationProvider.resolveDebugConfiguration(workspaceFolder(),
    { type: 'aarch64-mte', request: 'launch', name: 'seeded', program: helloUri().fsPath });
  assert.equal(resolved?.seed, 42);
  assert.equal(await vscode.commands.executeCommand('aarch64-mte.setIrgSeed', ''), undefined);
  assert.equal(exports.seeds.get(), undefined, 'an empty seed clears it');
});

interface DapMessage { type: string; event?: string; body?: Record<string, unknown> }
interface StackFrameBody { line: number; source?: { path?: string }; instructionPointerReference?: string }

/**
 * Debugs `program` with stopOnEntry: waits for the entry stop and the active stack frame, lets `atEntry` inspect
 * the top frame, checks the tag-check mode the status bar read, continues to the exit and returns stdout.
 */
async function debugToExit(program: vscode.Uri, atEntry: (top: StackFrameBody) => void, expectFrameFocus: boolean): Promise<string> {
  const exports = await api();
  const messages: DapMessage[] = [];
  const tracker = vscode.debug.registerDebugAdapterTrackerFactory('aarch64-mte', {
    createDebugAdapterTracker: () => ({ onDidSendMessage: (m: DapMessage) => { messages.push(m); } }),
  });
  const eventNamed = (name: string, ms: number) => new Promise<DapMessage>((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const m = messages.find((x) => x.type === 'event' && x.event === name);
      if (m) { clearInterval(poll); resolve(m); } else if (Date.now() - started > ms) {
        clearInterval(poll);
        reject(new Error(`no '${name}' event within ${ms} ms; events seen: ${messages.filter((x) => x.type === 'event').map((x) => x.event).join(', ') || 'none'}`));
      }
    }, 50);
  });
  try {
    const sessionStarted = waitFor(vscode.debug.onDidStartDebugSession, (s) => (s.type === 'aarch64-mte' ? s : undefined), 30_000, 'the session to start');
    // VS Code focuses the top frame when it has source, otherwise the paused thread.
    const stackItem = waitFor(vscode.debug.onDidChangeActiveStackItem,
      (i) => (i instanceof vscode.DebugStackFrame || i instanceof vscode.DebugThread ? i : undefined), 60_000, 'an active stack item');
    const ok = await vscode.debug.startDebugging(workspaceFolder(), {
      type: 'aarch64-mte', request: 'launch', name: `e2e: ${program.path}`, program: program.fsPath, stopOnEntry: true,
    });
    assert.equal(ok, true, 'startDebugging accepted the configuration');
    const session = await sessionStarted;
    const modeRead = waitFor(exports.tagModeStatus.onDidChangeMode, (e) => (e.sessionId === session.id ? e : undefined), 60_000, 'the tag-check mode');

    const stopped = await eventNamed('stopped', 60_000);
    assert.equal(stopped.body?.reason, 'entry', 'the first stop is the entry stop');
    const frame = await stackItem;
    assert.equal(frame.session.id, session.id);
    assert.equal(frame.threadId, stopped.body?.threadId, 'the focused item belongs to the stopped thread');
    if (expectFrameFocus) assert.ok(frame instanceof vscode.DebugStackFrame, 'a frame with source is focused (the editor shows the line)');
    const trace = (await session.customRequest('stackTrace', { threadId: frame.threadId })) as { stackFrames: StackFrameBody[] };
    assert.ok(trace.stackFrames[0], 'the paused thread has a stack frame');
    atEntry(trace.stackFrames[0]);

    const mode = await modeRead;
    assert.equal(mode.mode, 'none', 'hello never enables tag checking (PR_MTE_TCF_NONE is the Linux default)');
    assert.equal(exports.tagModeStatus.modeOf(session.id), 'none');

    const exited = eventNamed('exited', 30_000);
    await session.customRequest('continue', { threadId: frame.threadId });
    assert.equal((await exited).body?.exitCode, 0);
    return messages.filter((m) => m.type === 'event' && m.event === 'output').map((m) => String(m.body?.output ?? '')).join('');
  } finally {
    tracker.dispose();
    await vscode.debug.stopDebugging();
  }
}

test('a debug session of hello.s stops on entry at the first instruction, shows the tag-check mode, runs to exit', async () => {
  const source = (await vscode.workspace.openTextDocument(helloUri())).getText().split('\n');
  const entryLine = source.findIndex((l) => /^\s*mov\s+x0,\s*#1\b/.test(l)) + 1; // the first instruction after _start:
  assert.ok(entryLine > 0);
  const output = await debugToExit(helloUri(), (top) => {
    // In a remote window (code-server) VS Code hands the extension host source paths as vscode-remote:// URIs.
    const framePath = top.source?.path?.includes('://') ? vscode.Uri.parse(top.source.path).path : top.source?.path;
    assert.equal(framePath, helloUri().fsPath, `the top frame is in hello.s: ${JSON.stringify(top)}`);
    assert.equal(top.line, entryLine, `the top frame is on the first instruction (line ${entryLine})`);
  }, true);
  assert.match(output, /hello, MTE/, 'the program\'s standard output reaches the Debug Console');
}, 120_000);

test('a debug session of hello.elf stops at the ELF entry point and runs to exit', async () => {
  const elf = vscode.Uri.joinPath(workspaceFolder().uri, 'hello.elf');
  const bytes = await vscode.workspace.fs.readFile(elf);
  const entry = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getBigUint64(24, true); // e_entry
  const output = await debugToExit(elf, (top) => {
    assert.ok(top.instructionPointerReference, 'the frame carries its instruction address');
    assert.equal(BigInt(top.instructionPointerReference), entry, `the top frame is at e_entry 0x${entry.toString(16)}`);
  }, false);
  assert.match(output, /hello, MTE/);
}, 120_000);
