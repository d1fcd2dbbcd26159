// Shared helpers for the DAP tests: start the BUILT adapter (dist/debugAdapter.js) under DebugClient, or run the
// session in process (InProcessSession: no build, no child process); find `// #NAME` markers in fixtures, run the
// launch sequence, and record normalised transcripts for golden files.

import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { existsSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import type { MteDebugSession } from '../../debug-adapter/session.js';

export const root = join(__dirname, '..', '..');
export const fixtures = join(root, 'test', 'dap', 'fixtures');
export const goldenDir = join(root, 'test', 'dap', 'golden');
export const adapterPath = join(root, 'dist', 'debugAdapter.js');

export function fixture(name: string): string {
  return join(fixtures, name);
}

/**
 * Builds dist/debugAdapter.js when it is missing (npm test builds first). Concurrent test files must not rebuild
 * it under each other's feet, so only one of them builds, holding a lock directory; the others wait for it.
 */
export function ensureAdapterBuilt(): void {
  if (existsSync(adapterPath)) return;
  const lock = join(root, 'dist', '.dap-test-build.lock');
  mkdirSync(join(root, 'dist'), { recursive: true });
  let owner = false;
  try { mkdirSync(lock); owner = true; } catch { /* another test file is building */ }
  if (owner) {
    try {
      const r = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
      assert.equal(r.status, 0, `building the adapter failed:\n${r.stdout}\n${r.stderr}`);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
    return;
  }
  const deadline = Date.now() + 120_000;
  while (existsSync(lock) && Date.now() < deadline) spawnSync('sleep', ['0.2']);
  assert.ok(existsSync(adapterPath), `${adapterPath} was not built (run node scripts/build.mjs)`);
}

/** 1-based line of the `#NAME` marker in a fixture. */
export function markerLine(file: string, name: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const re = new RegExp(`#${name}\\b`);
  const index = lines.findIndex((l) => re.test(l));
  assert.ok(index >= 0, `marker #${name} not found in ${file}`);
  return index + 1;
}

export async function startClient(): Promise<DebugClient> {
  ensureAdapterBuilt();
  const dc = new DebugClient('node', adapterPath, 'aarch64-mte', { env: { ...process.env } }, true);
  dc.defaultTimeout = 20_000;
  await dc.start();
  return dc;
}

export const initializeArgs: DebugProtocol.InitializeRequestArguments = {
  adapterID: 'aarch64-mte', clientID: 'test', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path',
  supportsVariableType: true, supportsMemoryReferences: true, supportsMemoryEvent: true, supportsInvalidatedEvent: true,
};

export interface LaunchOptions {
  readonly args?: Record<string, unknown>;
  readonly breakpoints?: { file: string; lines: number[] }[];
  readonly functionBreakpoints?: string[];
  readonly exceptionFilters?: string[];
}

/** initialize, launch, wait for initialized, set breakpoints, configurationDone, and wait for the first stop. */
export async function launchToFirstStop(dc: DebugClient, program: string, options: LaunchOptions = {}): Promise<DebugProtocol.StoppedEvent> {
  await dc.initializeRequest(initializeArgs);
  const initialized = dc.waitForEvent('initialized');
  await dc.launchRequest({ program, ...(options.args ?? {}) } as DebugProtocol.LaunchRequestArguments);
  await initialized;
  for (const b of options.breakpoints ?? []) {
    const r = await dc.setBreakpointsRequest({ source: { path: b.file }, breakpoints: b.lines.map((line) => ({ line })) });
    for (const bp of r.body.breakpoints) assert.ok(bp.verified, `breakpoint not verified: ${JSON.stringify(bp)}`);
  }
  if (options.functionBreakpoints) await dc.setFunctionBreakpointsRequest({ breakpoints: options.functionBreakpoints.map((name) => ({ name })) });
  if (options.exceptionFilters) await dc.setExceptionBreakpointsRequest({ filters: options.exceptionFilters });
  const stopped = dc.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>;
  await dc.configurationDoneRequest();
  return stopped;
}

/** Waits for output of a category containing `text` (accumulating across events). */
export function waitForOutput(dc: DebugClient, category: string, text: string, timeoutMs = 20_000): Promise<string> {
  return new Promise((resolveOutput, reject) => {
    let seen = '';
    const timer = setTimeout(() => { dc.removeListener('output', listener); reject(new Error(`no ${category} output containing ${JSON.stringify(text)}; saw ${JSON.stringify(seen)}`)); }, timeoutMs);
    const listener = (e: DebugProtocol.OutputEvent): void => {
      if ((e.body.category ?? 'console') !== category) return;
      seen += e.body.output;
      if (seen.includes(text)) { clearTimeout(timer); dc.removeListener('output', listener); resolveOutput(seen); }
    };
    dc.on('output', listener);
  });
}

export async function topFrame(dc: DebugClient): Promise<DebugProtocol.StackFrame> {
  const r = await dc.stackTraceRequest({ threadId: 1 });
  assert.ok(r.body.stackFrames.length > 0, 'no stack frames');
  return r.body.stackFrames[0]!;
}

/** Sends a step/continue request and waits for the stop it causes. */
export async function resumeAndStop(dc: DebugClient, command: 'continue' | 'next' | 'stepIn' | 'stepOut' | 'stepBack' | 'reverseContinue', extra: Record<string, unknown> = {}): Promise<DebugProtocol.StoppedEvent> {
  const stopped = dc.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>;
  await dc.send(command, { threadId: 1, ...extra });
  return stopped;
}

export async function evaluate(dc: DebugClient, expression: string, context = 'watch'): Promise<string> {
  const frame = await topFrame(dc);
  const r = await dc.evaluateRequest({ expression, frameId: frame.id, context });
  return r.body.result;
}

export async function scopeVariables(dc: DebugClient, scopeName: string): Promise<DebugProtocol.Variable[]> {
  const frame = await topFrame(dc);
  const scopes = await dc.scopesRequest({ frameId: frame.id });
  const scope = scopes.body.scopes.find((s) => s.name === scopeName);
  assert.ok(scope, `no scope ${scopeName}`);
  const vars = await dc.variablesRequest({ variablesReference: scope.variablesReference });
  return vars.body.variables;
}

export async function expectError(promise: Promise<unknown>, pattern?: RegExp): Promise<string> {
  try {
    await promise;
  } catch (e) {
    const message = (e as Error).message;
    if (pattern) assert.match(message, pattern);
    return message;
  }
  assert.fail(`expected an error response${pattern ? ` matching ${pattern}` : ''}`);
}

/** Records requests, responses and events as normalised text lines (ids, sequence numbers and paths replaced). */
export class Transcript {
  readonly lines: string[] = [];
  private readonly ids = new Map<string, string>();

  constructor(private readonly dc: DebugClient, private readonly events: readonly string[]) {
    // Log every message as it arrives, in order (an awaited response would otherwise be logged after events
    // that arrived in the same chunk).
    const client = dc as unknown as { dispatch(body: string): void };
    const originalDispatch = client.dispatch.bind(dc);
    client.dispatch = (body: string): void => {
      const message = JSON.parse(body) as DebugProtocol.ProtocolMessage & { event?: string; command?: string; success?: boolean; message?: string; body?: unknown };
      if (message.type === 'event' && this.events.includes(message.event!)) this.lines.push(`<- event ${message.event} ${this.normalise(message.body)}`);
      if (message.type === 'response') {
        this.lines.push(message.success ? `<- ${message.command} ${this.normalise(message.body ?? {})}` : `<- ${message.command} ERROR ${(message.message ?? '').split(root).join('<root>')}`);
      }
      originalDispatch(body);
    };
  }

  private normalise(value: unknown): string {
    const text = JSON.stringify(value, (key, v) => {
      if (['id', 'variablesReference', 'frameId', 'threadId'].includes(key) && typeof v === 'number' && v > 0) {
        const k = `${key}:${v}`;
        if (!this.ids.has(k)) this.ids.set(k, `<${key}#${[...this.ids.keys()].filter((x) => x.startsWith(key + ':')).length + 1}>`);
        return this.ids.get(k);
      }
      if (key === 'hitBreakpointIds' && Array.isArray(v)) return v.map(() => '<id>');
      return v;
    }) ?? 'undefined';
    return text.split(root).join('<root>');
  }

  async request(command: string, args?: unknown): Promise<DebugProtocol.Response> {
    this.lines.push(`-> ${command} ${this.normalise(args ?? {})}`);
    return this.dc.send(command, args);
  }

  note(text: string): void { this.lines.push(`# ${text}`); }
}

/** Compares with test/dap/golden/NAME.txt; UPDATE_GOLDEN=1 rewrites it (review the diff before committing). */
export function compareGolden(name: string, lines: readonly string[]): void {
  const path = join(goldenDir, `${name}.txt`);
  const text = lines.join('\n') + '\n';
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(path, text);
    return;
  }
  assert.ok(existsSync(path), `golden file ${path} is missing: run with UPDATE_GOLDEN=1 once and review it`);
  assert.equal(text, readFileSync(path, 'utf8'), `transcript differs from ${path} (UPDATE_GOLDEN=1 rewrites it)`);
}

/**
 * The debug session run in this process: requests go straight to MteDebugSession.handleMessage, responses and
 * events are collected in order. One harness for every in-process DAP test (unit tests and the request fuzzer).
 */
export interface InProcessSession {
  readonly session: MteDebugSession;
  readonly responses: DebugProtocol.Response[];
  readonly events: DebugProtocol.Event[];
  /** Sends a request and waits for its response; fails unless exactly one response arrives for it. */
  request(command: string, args?: unknown): Promise<DebugProtocol.Response>;
  /** Like request, but fails with the error message when the response is not a success. */
  ok<T = unknown>(command: string, args?: unknown): Promise<T>;
  /** Waits for an event named `event` sent after the first `from` events; false when `terminated` comes first or time runs out. */
  waitForEvent(event: string, from?: number, timeoutMs?: number): Promise<DebugProtocol.Event | undefined>;
  /** initialize + launch + configurationDone; waits for the first stop when `stop` is set (default). */
  launch(launchArgs: Record<string, unknown>, options?: InProcessLaunchOptions): Promise<DebugProtocol.StoppedEvent | undefined>;
  /** Sends a run request (continue, next, ...) and waits for the stop (or end) it causes. */
  resume(command: string, args?: Record<string, unknown>): Promise<DebugProtocol.Event | undefined>;
  /** Evaluates in the top frame of `threadId` (default 1); returns the result or throws the error message. */
  evaluate(expression: string, context?: string, threadId?: number): Promise<string>;
  /** Variables of scope `name` in the top frame of `threadId` (or of frame `frameIndex`). */
  scopeVariables(name: string, threadId?: number, frameIndex?: number): Promise<DebugProtocol.Variable[]>;
  close(): Promise<void>;
}

export interface InProcessLaunchOptions {
  readonly breakpoints?: { file: string; lines: number[]; conditions?: (string | undefined)[] }[];
  readonly functionBreakpoints?: string[];
  readonly exceptionFilters?: string[];
  /** Wait for a stop after configurationDone (default true). */
  readonly stop?: boolean;
}

const tick = (ms: number): Promise<void> => new Promise((resolveTick) => (ms === 0 ? setImmediate(resolveTick) : setTimeout(resolveTick, ms)));

export async function inProcessSession(): Promise<InProcessSession> {
  const { MteDebugSession: Session } = await import('../../debug-adapter/session.js');
  const session = new Session();
  // As a server the session never ends the host process (DebugSession.shutdown otherwise calls process.exit).
  session.setRunAsServer(true);
  const responses: DebugProtocol.Response[] = [];
  const events: DebugProtocol.Event[] = [];
  let seq = 1;
  (session as unknown as { sendResponse(r: DebugProtocol.Response): void }).sendResponse = (r) => { responses.push(r); };
  (session as unknown as { sendEvent(e: DebugProtocol.Event): void }).sendEvent = (e) => { events.push(e); };
  const request = async (command: string, args?: unknown): Promise<DebugProtocol.Response> => {
    const s = seq++;
    session.handleMessage({ seq: s, type: 'request', command, arguments: args } as DebugProtocol.Request);
    const deadline = Date.now() + 30_000;
    for (let i = 0; Date.now() < deadline; i++) {
      const found = responses.filter((x) => x.request_seq === s);
      if (found.length > 0) {
        await tick(0);
        assert.equal(responses.filter((x) => x.request_seq === s).length, 1, `${command}: exactly one response`);
        return found[0]!;
      }
      await tick(i < 20 ? 0 : 5);
    }
    throw new Error(`no response to ${command} ${JSON.stringify(args)}`);
  };
  const ok = async <T>(command: string, args?: unknown): Promise<T> => {
    const r = await request(command, args);
    if (!r.success) throw new Error(`${command} failed: ${r.message}`);
    return r.body as T;
  };
  const waitForEvent = async (event: string, from = 0, timeoutMs = 30_000): Promise<DebugProtocol.Event | undefined> => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const later = events.slice(from);
      const hit = later.find((e) => e.event === event);
      if (hit) return hit;
      if (later.some((e) => e.event === 'terminated')) return undefined;
      await tick(5);
    }
    return undefined;
  };
  const launch = async (launchArgs: Record<string, unknown>, options: InProcessLaunchOptions = {}): Promise<DebugProtocol.StoppedEvent | undefined> => {
    await ok('initialize', initializeArgs);
    await ok('launch', launchArgs);
    for (const b of options.breakpoints ?? []) {
      const r = await ok<{ breakpoints: DebugProtocol.Breakpoint[] }>('setBreakpoints', {
        source: { path: b.file }, breakpoints: b.lines.map((line, i) => ({ line, ...(b.conditions?.[i] ? { condition: b.conditions[i] } : {}) })),
      });
      for (const bp of r.breakpoints) assert.ok(bp.verified, `breakpoint not verified: ${JSON.stringify(bp)}`);
    }
    if (options.functionBreakpoints) await ok('setFunctionBreakpoints', { breakpoints: options.functionBreakpoints.map((name) => ({ name })) });
    if (options.exceptionFilters) await ok('setExceptionBreakpoints', { filters: options.exceptionFilters });
    const mark = events.length;
    await ok('configurationDone', {});
    if (options.stop === false) return undefined;
    const stopped = await waitForEvent('stopped', mark);
    assert.ok(stopped, `no stop after configurationDone; events: ${events.slice(mark).map((e) => e.event).join(', ')}`);
    return stopped as DebugProtocol.StoppedEvent;
  };
  const resume = async (command: string, args: Record<string, unknown> = {}): Promise<DebugProtocol.Event | undefined> => {
    const mark = events.length;
    await ok(command, { threadId: 1, ...args });
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const hit = events.slice(mark).find((e) => e.event === 'stopped' || e.event === 'terminated');
      if (hit) return hit;
      await tick(5);
    }
    return undefined;
  };
  const topFrameId = async (threadId: number, frameIndex = 0): Promise<number> => {
    const st = await ok<{ stackFrames: DebugProtocol.StackFrame[] }>('stackTrace', { threadId });
    assert.ok(st.stackFrames.length > frameIndex, `no frame ${frameIndex} in thread ${threadId}`);
    return st.stackFrames[frameIndex]!.id;
  };
  const evaluateIn = async (expression: string, context = 'watch', threadId = 1): Promise<string> => {
    const frameId = await topFrameId(threadId);
    return (await ok<{ result: string }>('evaluate', { expression, frameId, context })).result;
  };
  const scopeVariablesIn = async (name: string, threadId = 1, frameIndex = 0): Promise<DebugProtocol.Variable[]> => {
    const frameId = await topFrameId(threadId, frameIndex);
    const scopes = await ok<{ scopes: DebugProtocol.Scope[] }>('scopes', { frameId });
    const scope = scopes.scopes.find((s) => s.name === name || s.name.startsWith(name + ' '));
    assert.ok(scope, `no scope ${name} (scopes: ${scopes.scopes.map((s) => s.name).join(', ')})`);
    return (await ok<{ variables: DebugProtocol.Variable[] }>('variables', { variablesReference: scope.variablesReference })).variables;
  };
  const close = async (): Promise<void> => {
    await request('disconnect', { terminateDebuggee: true });
    session.dispose();
  };
  return { session, responses, events, request, ok, waitForEvent, launch, resume, evaluate: evaluateIn, scopeVariables: scopeVariablesIn, close };
}
