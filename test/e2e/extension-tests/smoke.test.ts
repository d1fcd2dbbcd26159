// Extension-host smoke tests, run inside a real VS Code (code-server) by test/e2e/run.mjs: the extension activates,
// hello.s is recognised as AArch64 assembly, the configuration provider turns "F5 with no launch.json" into a launch
// of the active file, the Set IRG Seed command feeds the next launch, and a real debug session of hello.s stops on
// entry at the first instruction, reports the tag-check mode, then runs to completion printing its greeting.
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

test('Set IRG Seed stores a seed that the next launch configuration carries', async () => {
  const exports = await api();
  assert.equal(await vscode.commands.executeCommand('aarch64-mte.setIrgSeed', '0x2a'), 42);
  const resolved = await exports.configurationProvider.resolveDebugConfiguration(workspaceFolder(),
    { type: 'aarch64-mte', request: 'launch', name: 'seeded', program: helloUri().fsPath });
  assert.equal(resolved?.seed, 42);
  assert.equal(await vscode.commands.executeCommand('aarch64-mte.setIrgSeed', ''), undefined);
  assert.equal(exports.seeds.get(), undefined, 'an empty seed clears it');
});

test('a debug session of hello.s stops on entry, shows the tag-check mode, then runs to exit', async () => {
  const exports = await api();
  const messages: { type: string; event?: string; body?: Record<string, unknown> }[] = [];
  const tracker = vscode.debug.registerDebugAdapterTrackerFactory('aarch64-mte', {
    createDebugAdapterTracker: () => ({ onDidSendMessage: (m) => { messages.push(m); } }),
  });
  const eventNamed = (name: string, ms: number) => new Promise<{ body?: Record<string, unknown> }>((resolve, reject) => {
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
    const source = (await vscode.workspace.openTextDocument(helloUri())).getText().split('\n');
    const entryLine = source.findIndex((l) => /^\s*mov\s+x0,\s*#1\b/.test(l)) + 1; // the first instruction after _start:
    assert.ok(entryLine > 0);

    const sessionStarted = waitFor(vscode.debug.onDidStartDebugSession, (s) => (s.type === 'aarch64-mte' ? s : undefined), 30_000, 'the session to start');
    const stackItem = waitFor(vscode.debug.onDidChangeActiveStackItem, (i) => (i instanceof vscode.DebugStackFrame ? i : undefined), 60_000, 'an active stack frame');
    const ok = await vscode.debug.startDebugging(workspaceFolder(), {
      type: 'aarch64-mte', request: 'launch', name: 'e2e: hello.s', program: helloUri().fsPath, stopOnEntry: true,
    });
    assert.equal(ok, true, 'startDebugging accepted the configuration');
    const session = await sessionStarted;
    const modeRead = waitFor(exports.tagModeStatus.onDidChangeMode, (e) => (e.sessionId === session.id ? e : undefined), 60_000, 'the tag-check mode');

    const stopped = await eventNamed('stopped', 60_000);
    assert.equal(stopped.body?.reason, 'entry', 'the first stop is the entry stop');
    const frame = await stackItem;
    assert.equal(frame.session.id, session.id);

    const trace = (await session.customRequest('stackTrace', { threadId: frame.threadId })) as { stackFrames: { line: number; source?: { path?: string } }[] };
    const top = trace.stackFrames[0];
    assert.ok(top, 'the paused thread has a stack frame');
    assert.equal(top.source?.path, helloUri().fsPath, 'the top frame is in hello.s');
    assert.equal(top.line, entryLine, `the top frame is on the first instruction (line ${entryLine})`);

    const mode = await modeRead;
    assert.equal(mode.mode, 'none', 'hello.s never enables tag checking (PR_MTE_TCF_NONE is the Linux default)');

    const exited = eventNamed('exited', 30_000);
    await session.customRequest('continue', { threadId: frame.threadId });
    assert.equal((await exited).body?.exitCode, 0);
    const output = messages.filter((m) => m.type === 'event' && m.event === 'output').map((m) => String(m.body?.output ?? '')).join('');
    assert.match(output, /hello, MTE/, 'the program\'s standard output reaches the Debug Console');
  } finally {
    tracker.dispose();
    await vscode.debug.stopDebugging();
  }
}, 120_000);
