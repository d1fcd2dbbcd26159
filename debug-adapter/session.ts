// The DAP session: translates Debug Adapter Protocol requests into DebugTarget operations and typed stops into
// DAP events. Every request's arguments are validated (args.ts); a bad request gets an error response and the
// session carries on. Inspection requests (variables, evaluate, memory, disassembly, tags) live in views.ts.

import { DebugSession, Event, OutputEvent, Response, StoppedEvent, TerminatedEvent, ExitedEvent, InitializedEvent, BreakpointEvent, InvalidatedEvent, MemoryEvent, ThreadEvent } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import { DebugTarget, type StepKind, type TargetStop, type WatchRequest } from './debugTarget.js';
import { loadProgram } from './loadProgram.js';
import {
  asArgs, elementObject, optionalArray, optionalBoolean, optionalInteger, optionalString, optionalStringArray,
  parseMemoryLimit, parseMemoryReference, RequestError, requireArray, requireInteger, requireObject, requireString, type Args,
} from './args.js';
import { EXCEPTION_FILTERS, TAG_FAULT_EVENT, type ExceptionFilterId, type MteLaunchArguments, type TagFaultEventBody } from './protocol.js';
import { evaluate, hex } from './inspect.js';
import { SessionViews } from './views.js';
import { describeStop, exceptionDetails, fatalReport } from './stopText.js';

type Handler = (args: Args, request: DebugProtocol.Request) => Promise<HandlerResult> | HandlerResult;
type HandlerResult = { body?: unknown; after?: () => void } | void;

interface LocationBreakpoint {
  readonly id: number;
  readonly condition?: string;
  readonly hitCondition?: string;
  readonly logMessage?: string;
  hits: number;
  addresses: bigint[];
  verified: boolean;
  message?: string;
  line?: number;
  source?: DebugProtocol.Source;
  instructionReference?: string;
}

interface DataBreakpointEntry {
  readonly id: number;
  readonly request?: WatchRequest;
  readonly condition?: string;
  readonly hitCondition?: string;
  hits?: number;
  readonly verified: boolean;
  readonly message?: string;
}

const THREAD_ID = 1;

export class MteDebugSession extends DebugSession {
  private target: DebugTarget | undefined;
  private launchArgs: Args | undefined;
  private nextBreakpointId = 1;
  private sourceBreakpoints = new Map<string, LocationBreakpoint[]>();
  private functionBreakpoints: (LocationBreakpoint & { name: string })[] = [];
  private instructionBreakpoints: LocationBreakpoint[] = [];
  private dataBreakpoints: DataBreakpointEntry[] = [];
  private exceptionFilters = new Set<ExceptionFilterId>(EXCEPTION_FILTERS.filter((f) => f.default).map((f) => f.filter));
  private configurationDone: Promise<void>;
  private resolveConfigurationDone!: () => void;
  private clientCapabilities: DebugProtocol.InitializeRequestArguments = { adapterID: '' };
  private readonly views: SessionViews;
  private ended = false;
  private readonly handlers: Record<string, Handler>;

  constructor() {
    super();
    // A frame whose body is not JSON makes the protocol layer emit 'error', on which DebugSession shuts the whole
    // adapter down. Such a frame is reported and dropped instead; stream errors (the client went away) still end it.
    this.removeAllListeners('error');
    this.on('error', (event: unknown) => {
      const detail = (event as { body?: unknown } | undefined)?.body;
      if (typeof detail === 'string' && detail.startsWith('Error handling data')) {
        this.reportMalformed(detail.replace(/^Error handling data: /, ''));
        return;
      }
      this.shutdown();
    });
    this.configurationDone = new Promise((r) => (this.resolveConfigurationDone = r));
    this.views = new SessionViews(() => this.target, (e) => this.sendEvent(e), () => this.clientCapabilities,
      (thread) => this.target !== undefined && this.selectThread(this.target, thread));
    this.handlers = {
      initialize: (a) => this.initialize(a),
      launch: (a) => this.launch(a),
      attach: () => { throw new RequestError('attach is not supported: use a launch configuration'); },
      configurationDone: () => ({ after: () => this.resolveConfigurationDone() }),
      setBreakpoints: (a) => this.setBreakpoints(a),
      setFunctionBreakpoints: (a) => this.setFunctionBreakpoints(a),
      setInstructionBreakpoints: (a) => this.setInstructionBreakpoints(a),
      setExceptionBreakpoints: (a) => this.setExceptionBreakpoints(a),
      breakpointLocations: (a) => this.breakpointLocations(a),
      dataBreakpointInfo: (a) => this.views.dataBreakpointInfo(a),
      setDataBreakpoints: (a) => this.setDataBreakpoints(a),
      continue: (a) => this.resumeRequest('continue', a, 'continue'),
      next: (a) => this.resumeRequest(granular(a, 'next'), a, 'next'),
      stepIn: (a) => this.resumeRequest(granular(a, 'stepIn'), a, 'stepIn'),
      stepOut: (a) => this.resumeRequest('stepOut', a, 'stepOut'),
      stepBack: (a) => this.reverseRequest('stepBack', a),
      reverseContinue: (a) => this.reverseRequest('reverseContinue', a),
      pause: (a) => this.pause(a),
      gotoTargets: (a) => this.gotoTargets(a),
      goto: (a) => this.goto(a),
      threads: () => ({ body: { threads: this.target ? this.target.threads() : [{ id: THREAD_ID, name: 'main' }] } }),
      stackTrace: (a) => this.stackTrace(a),
      scopes: (a) => this.views.scopes(a),
      variables: (a) => this.views.variables(a),
      setVariable: (a) => this.views.setVariable(a),
      setExpression: (a) => this.views.setExpression(a),
      evaluate: (a) => this.views.evaluate(a),
      completions: (a) => this.views.completions(a),
      readMemory: (a) => this.views.readMemory(a),
      writeMemory: (a) => this.views.writeMemory(a),
      disassemble: (a) => this.views.disassemble(a),
      exceptionInfo: (a) => this.exceptionInfo(a),
      source: (a) => this.source(a),
      restart: (a) => this.restart(a),
      terminate: () => this.terminate(),
      disconnect: (a) => this.disconnect(a),
      readMemoryTags: (a) => this.views.readMemoryTags(a),
      writeMemoryTags: (a) => this.views.writeMemoryTags(a),
      tagMap: () => this.views.tagMap(),
      tagHistory: (a) => this.views.tagHistory(a),
    };
  }

  /** Messages that are not protocol objects (JSON null, numbers, strings, arrays) are reported and dropped. */
  override handleMessage(message: DebugProtocol.ProtocolMessage): void {
    const m = message as unknown;
    if (typeof m !== 'object' || m === null || Array.isArray(m)) {
      this.reportMalformed(`a message must be a JSON object, not ${m === null ? 'null' : Array.isArray(m) ? 'an array' : typeof m}`);
      return;
    }
    const request = m as { type?: unknown; command?: unknown; seq?: unknown };
    if (request.type === 'request' && typeof request.command !== 'string') {
      const response = new Response({ seq: typeof request.seq === 'number' ? request.seq : 0, type: 'request', command: String(request.command ?? '') } as DebugProtocol.Request) as DebugProtocol.Response;
      this.sendError(response, `a request needs a 'command' string`);
      return;
    }
    super.handleMessage(message);
  }

  private reportMalformed(why: string): void {
    this.sendEvent(new OutputEvent(`aarch64-mte debug adapter: ignored a malformed message (${why})\n`, 'console'));
  }

  protected override dispatchRequest(request: DebugProtocol.Request): void {
    const response = new Response(request) as DebugProtocol.Response;
    const handler = Object.prototype.hasOwnProperty.call(this.handlers, request.command) ? this.handlers[request.command] : undefined;
    if (!handler) {
      this.sendError(response, `unrecognized request '${request.command}'`);
      return;
    }
    let result: Promise<HandlerResult>;
    try {
      const args = asArgs(request.command, request.arguments);
      result = Promise.resolve(handler(args, request));
    } catch (e) {
      result = Promise.reject(e);
    }
    result.then(
      (r) => {
        if (r && r.body !== undefined) response.body = r.body;
        this.sendResponse(response);
        r?.after?.();
      },
      (e: unknown) => this.sendError(
        response,
        e instanceof RequestError ? e.message : `internal error in ${request.command}: ${(e as Error)?.stack ?? String(e)}`,
        e instanceof RequestError ? e.showUser : true,
      ),
    );
  }

  private sendError(response: DebugProtocol.Response, message: string, showUser = true): void {
    response.success = false;
    response.message = message;
    response.body = { error: { id: 1, format: message.replace(/[{}]/g, (c) => (c === '{' ? '(' : ')')), showUser } };
    this.sendResponse(response);
  }

  private requireTarget(command: string): DebugTarget {
    if (!this.target) throw new RequestError(`${command}: no program is being debugged (launch first)`);
    return this.target;
  }

  private requireStopped(command: string): DebugTarget {
    const t = this.requireTarget(command);
    if (t.isRunning) throw new RequestError(`${command}: the program is running (pause it first)`);
    if (t.hasExited) throw new RequestError(`${command}: the program has exited`);
    return t;
  }

  /**
   * Checks a request's threadId against the guest's threads. Run control always acts on the whole program (all
   * threads continue; the one that stopped steps), so its registers are put back into the machine.
   */
  private checkThread(command: string, args: Args): DebugTarget {
    const threadId = requireInteger(command, args, 'threadId');
    const threads = this.target?.threads() ?? [{ id: THREAD_ID }];
    if (!threads.some((t) => t.id === threadId)) {
      throw new RequestError(`${command}: unknown thread ${threadId} (threads: ${threads.map((t) => t.id).join(', ')})`);
    }
    const target = this.requireStopped(command);
    this.selectThread(target, target.stoppedThreadId);
    return target;
  }

  /** The thread whose registers the machine holds for stackTrace, scopes and variables (a DAP thread id). */
  private selectedThread = THREAD_ID;

  /**
   * Puts a thread's registers into the machine. Frame ids and variables references name their thread (views.ts),
   * so those of other threads stay valid: a request for one switches back first.
   */
  private selectThread(target: DebugTarget, threadId: number): boolean {
    if (threadId === this.selectedThread) return true;
    if (!target.selectThread(threadId)) return false;
    this.selectedThread = threadId;
    this.views.currentThread = threadId;
    return true;
  }

  /** stackTrace of any thread, of the program's own process or of a forked child (each has its own machine). */
  private stackTrace(args: Args): HandlerResult {
    const threadId = requireInteger('stackTrace', args, 'threadId');
    const target = this.checkThread('stackTrace', args);
    if (!this.selectThread(target, threadId)) return { body: { stackFrames: [], totalFrames: 0 } };
    return this.views.stackTrace(args, target);
  }

  // Lifecycle.

  private initialize(args: Args): HandlerResult {
    const adapterID = optionalString('initialize', args, 'adapterID');
    const linesStartAt1 = optionalBoolean('initialize', args, 'linesStartAt1');
    const pathFormat = optionalString('initialize', args, 'pathFormat');
    if (pathFormat !== undefined && pathFormat !== 'path') throw new RequestError(`initialize: pathFormat '${pathFormat}' is not supported (only 'path')`);
    if (linesStartAt1 === false) throw new RequestError('initialize: this adapter needs 1-based line numbers (linesStartAt1: true)');
    this.clientCapabilities = { ...(args as unknown as DebugProtocol.InitializeRequestArguments), adapterID: adapterID ?? '' };
    const body: DebugProtocol.Capabilities = {
      supportsConfigurationDoneRequest: true,
      supportsFunctionBreakpoints: true,
      supportsConditionalBreakpoints: true,
      supportsHitConditionalBreakpoints: true,
      supportsEvaluateForHovers: true,
      exceptionBreakpointFilters: EXCEPTION_FILTERS.map((f) => ({ filter: f.filter, label: f.label, description: f.description, default: f.default })),
      supportsStepBack: true,
      supportsSetVariable: true,
      supportsRestartFrame: false,
      supportsGotoTargetsRequest: true,
      supportsStepInTargetsRequest: false,
      supportsCompletionsRequest: true,
      completionTriggerCharacters: ['$', '/', '-'],
      supportsModulesRequest: false,
      supportsRestartRequest: true,
      supportsExceptionOptions: false,
      supportsValueFormattingOptions: false,
      supportsExceptionInfoRequest: true,
      supportTerminateDebuggee: true,
      supportSuspendDebuggee: false,
      supportsDelayedStackTraceLoading: true,
      supportsLoadedSourcesRequest: false,
      supportsLogPoints: true,
      supportsTerminateThreadsRequest: false,
      supportsSetExpression: true,
      supportsTerminateRequest: true,
      supportsDataBreakpoints: true,
      supportsReadMemoryRequest: true,
      supportsWriteMemoryRequest: true,
      supportsDisassembleRequest: true,
      supportsCancelRequest: false,
      supportsBreakpointLocationsRequest: true,
      supportsClipboardContext: true,
      supportsSteppingGranularity: true,
      supportsInstructionBreakpoints: true,
      supportsExceptionFilterOptions: false,
      supportsSingleThreadExecutionRequests: false,
      supportsDataBreakpointBytes: true,
    };
    return { body };
  }

  private parseLaunch(args: Args): { launch: MteLaunchArguments; memoryLimitBytes: number | undefined; maxTasks: number | undefined } {
    const c = 'launch';
    const program = requireString(c, args, 'program', { nonEmpty: true });
    const programArgs = optionalStringArray(c, args, 'args');
    const cwd = optionalString(c, args, 'cwd');
    const env = args['env'];
    if (env !== undefined && env !== null) {
      if (typeof env !== 'object' || Array.isArray(env)) throw new RequestError(`launch: 'env' must be an object of strings`);
      for (const [k, v] of Object.entries(env)) {
        if (typeof v !== 'string') throw new RequestError(`launch: env['${k}'] must be a string`);
        if (k === '' || k.includes('=')) throw new RequestError(`launch: env name '${k}' is not a valid variable name`);
      }
    }
    const stopOnEntry = optionalBoolean(c, args, 'stopOnEntry');
    const seed = optionalInteger(c, args, 'seed', 0, 0xffffffff);
    const sandboxRoots = optionalStringArray(c, args, 'sandboxRoots');
    const writableRoots = optionalStringArray(c, args, 'writableRoots');
    const memoryLimitBytes = parseMemoryLimit(c, args['memoryLimit']);
    const maxTasks = optionalInteger(c, args, 'maxTasks', 1, 1_000_000);
    const stdin = optionalString(c, args, 'stdin');
    const stdinEof = optionalBoolean(c, args, 'stdinEof');
    const noDebug = optionalBoolean(c, args, 'noDebug');
    return {
      launch: {
        program, args: programArgs, cwd, env: env as Record<string, string> | undefined, stopOnEntry, seed, sandboxRoots,
        writableRoots, stdin, stdinEof, noDebug,
      },
      memoryLimitBytes,
      maxTasks,
    };
  }

  private createTarget(args: Args): DebugTarget {
    const { launch, memoryLimitBytes, maxTasks } = this.parseLaunch(args);
    const base = launch.cwd && isAbsolute(launch.cwd) ? launch.cwd : process.cwd();
    const programPath = resolve(base, launch.program);
    const cwd = launch.cwd ? resolve(launch.cwd) : dirname(programPath);
    const loaded = loadProgram(programPath);
    if (!loaded.ok) throw new RequestError(loaded.message);
    for (const w of loaded.warnings) this.sendEvent(new OutputEvent(w + '\n', 'console'));
    const envp = Object.entries(launch.env ?? {}).map(([k, v]) => `${k}=${v}`);
    const created = DebugTarget.create({
      image: loaded.image,
      argv: [programPath, ...(launch.args ?? [])],
      envp,
      cwd,
      seed: launch.seed ?? 0,
      memoryLimitBytes,
      maxTasks,
      readRoots: (launch.sandboxRoots ?? [cwd, dirname(programPath)]).map((r) => resolve(cwd, r)),
      writeRoots: (launch.writableRoots ?? []).map((r) => resolve(cwd, r)),
      stdin: launch.stdin,
      stdinEof: launch.stdinEof,
      onOutput: (stream, bytes) => this.sendEvent(new OutputEvent(new TextDecoder().decode(bytes), stream)),
      onWaitingForInput: () => this.sendEvent(new OutputEvent('[the program is waiting for standard input: type "> text" in the debug console, or "stdin-eof"]\n', 'console')),
    });
    if (!created.ok) throw new RequestError(`cannot start '${programPath}': ${created.message}`);
    const target = created.target;
    target.exceptionFilters = new Set(this.exceptionFilters);
    target.breakpointFilter = (address, reverse) => this.shouldStopAt(address, reverse);
    if (launch.noDebug) target.exceptionFilters = new Set();
    return target;
  }

  private launch(args: Args): HandlerResult {
    if (this.target) throw new RequestError('launch: a program is already being debugged');
    const target = this.createTarget(args);
    this.target = target;
    this.launchArgs = args;
    const noDebug = args['noDebug'] === true;
    this.resolveAllBreakpoints(noDebug);
    return {
      after: () => {
        this.sendEvent(new InitializedEvent());
        void this.configurationDone.then(() => this.startTarget(target, args['stopOnEntry'] === true && !noDebug));
      },
    };
  }

  private startTarget(target: DebugTarget, stopOnEntry: boolean): void {
    if (target !== this.target) return;
    if (stopOnEntry) this.reportStop(target, { kind: 'entry' });
    else this.run(target, 'continue');
  }

  private restart(args: Args): HandlerResult {
    const newArgs = args['arguments'] !== undefined ? requireObject('restart', args, 'arguments') : this.launchArgs;
    if (!newArgs) throw new RequestError('restart: nothing to restart (launch first)');
    const target = this.createTarget(newArgs);
    this.target?.terminate();
    this.target = target;
    this.launchArgs = newArgs;
    this.resolveAllBreakpoints(newArgs['noDebug'] === true);
    return { after: () => this.startTarget(target, newArgs['stopOnEntry'] === true) };
  }

  private terminate(): HandlerResult {
    const t = this.target;
    this.target = undefined;
    t?.terminate();
    return { after: () => this.endSession(undefined) };
  }

  private disconnect(args: Args): HandlerResult {
    optionalBoolean('disconnect', args, 'terminateDebuggee');
    optionalBoolean('disconnect', args, 'restart');
    this.target?.terminate();
    this.target = undefined;
    return { after: () => this.shutdown() };
  }

  /** DAP ids of the threads the client has been told about (by `thread` events; the main thread from the start). */
  private knownThreads = new Set<number>([THREAD_ID]);
  /** While the program runs: the timer that reports threads started and exited meanwhile. */
  private threadWatch: ReturnType<typeof setInterval> | undefined;

  /** Sends `thread` events for the threads (clone) and forked processes' threads started or ended since the last call. */
  private syncThreads(target: DebugTarget): void {
    if (target !== this.target) return;
    const now = new Set(target.hasExited ? [] : target.threads().map((t) => t.id));
    for (const id of now) if (!this.knownThreads.has(id)) this.sendEvent(new ThreadEvent('started', id));
    for (const id of this.knownThreads) if (!now.has(id) && id !== THREAD_ID) this.sendEvent(new ThreadEvent('exited', id));
    this.knownThreads = new Set([...now, THREAD_ID]);
  }

  private watchThreads(target: DebugTarget | undefined, on: boolean): void {
    if (this.threadWatch) { clearInterval(this.threadWatch); this.threadWatch = undefined; }
    if (!on || !target) return;
    this.threadWatch = setInterval(() => this.syncThreads(target), 100);
    this.threadWatch.unref?.();
  }

  private endSession(exitCode: number | undefined): void {
    if (this.ended) return;
    this.ended = true;
    this.watchThreads(undefined, false);
    if (exitCode !== undefined) this.sendEvent(new ExitedEvent(exitCode));
    this.sendEvent(new TerminatedEvent());
  }

  // Run control.

  /** continue runs every thread; a step steps the request's thread (its stop names that thread). */
  private resumeRequest(kind: StepKind, args: Args, command: string): HandlerResult {
    const target = this.checkThread(command, args);
    const threadId = requireInteger(command, args, 'threadId');
    return { body: command === 'continue' ? { allThreadsContinued: true } : undefined, after: () => this.run(target, kind, threadId) };
  }

  private reverseRequest(command: 'stepBack' | 'reverseContinue', args: Args): HandlerResult {
    const target = this.checkThread(command, args);
    if (target.threaded) throw new RequestError(`${command}: reverse execution is not available once the program has made threads or processes`);
    const granularity = optionalString(command, args, 'granularity');
    if (granularity !== undefined && !['statement', 'line', 'instruction'].includes(granularity)) throw new RequestError(`${command}: granularity '${granularity}' is not one of statement, line, instruction`);
    return {
      after: () => {
        const p = command === 'stepBack' ? target.stepBack(granularity === 'instruction' ? 'instruction' : 'line') : target.reverseContinue();
        void p.then((stop) => this.reportStop(target, stop), (e) => this.reportInternalError(e, target));
      },
    };
  }

  private run(target: DebugTarget, kind: StepKind, threadId?: number): void {
    if (target.isRunning) return;
    this.views.resetHandles();
    this.watchThreads(target, true);
    target.resume(kind, kind === 'continue' ? undefined : threadId).then((stop) => this.reportStop(target, stop), (e) => this.reportInternalError(e, target));
  }

  /** An emulator or adapter bug while running: say so and stop, so the user can still inspect or terminate. */
  private reportInternalError(e: unknown, target?: DebugTarget): void {
    this.sendEvent(new OutputEvent(`aarch64-mte debug adapter: internal error: ${(e as Error)?.stack ?? String(e)}\n`, 'stderr'));
    if (target && target === this.target && !target.isRunning) {
      const event = new StoppedEvent('exception', THREAD_ID) as DebugProtocol.StoppedEvent;
      event.body.description = `Internal error: ${(e as Error)?.message ?? String(e)}`;
      event.body.text = 'internal error';
      this.sendEvent(event);
    }
  }

  private pause(args: Args): HandlerResult {
    const t = this.requireTarget('pause');
    const threadId = requireInteger('pause', args, 'threadId');
    if (!t.threads().some((x) => x.id === threadId)) throw new RequestError(`pause: unknown thread ${threadId}`);
    if (t.isRunning) t.pause();
    return;
  }

  private reportStop(target: DebugTarget, stop: TargetStop): void {
    if (target !== this.target) return;
    this.views.resetHandles();
    this.watchThreads(target, false);
    this.syncThreads(target);
    if (stop.kind === 'exited') {
      this.sendEvent(new OutputEvent(`[program exited with status ${stop.code}]\n`, 'console'));
      this.endSession(stop.code);
      return;
    }
    if (stop.kind === 'killed') {
      this.sendEvent(new OutputEvent(fatalReport(target, stop) + '\n', 'console'));
      this.endSession(128 + stop.signal);
      return;
    }
    // Data breakpoint conditions are checked here: a false one continues.
    if (stop.kind === 'dataBreakpoint') {
      const index = target.watchIndex(stop.watchId);
      const entry = index === undefined ? undefined : this.dataBreakpoints.filter((d) => d.request)[index];
      if (entry?.condition) {
        const r = evaluate(target, entry.condition);
        if (r.ok && r.value.value === 0n) { this.run(target, 'continue'); return; }
      }
      if (entry?.hitCondition) {
        entry.hits = (entry.hits ?? 0) + 1;
        if (!hitConditionHolds(entry.hitCondition, entry.hits)) { this.run(target, 'continue'); return; }
      }
    }
    const { reason, description, text } = describeStop(target, stop);
    // The machine holds the registers of the thread that stopped.
    this.selectedThread = target.stoppedThreadId;
    this.views.currentThread = target.stoppedThreadId;
    const event = new StoppedEvent(reason, target.stoppedThreadId) as DebugProtocol.StoppedEvent;
    event.body.description = description;
    if (text) event.body.text = text;
    event.body.allThreadsStopped = true;
    const hitIds = this.hitBreakpointIds(target, stop);
    if (hitIds.length > 0) event.body.hitBreakpointIds = hitIds;
    if (stop.kind === 'exception') {
      const report = exceptionDetails(target, stop);
      this.sendEvent(new OutputEvent(report.consoleText + '\n', 'console'));
      const fault = stop.fault;
      if (fault?.kind === 'tagCheck') {
        const body: TagFaultEventBody = {
          mode: fault.mode, access: fault.access, size: fault.size, address: hex(fault.address), granule: hex(fault.granule),
          logicalTag: fault.logicalTag, allocationTag: fault.allocationTag, instructionAddress: hex(fault.pc),
        };
        this.sendEvent(new Event(TAG_FAULT_EVENT, body));
      }
    }
    this.sendEvent(event);
    // Memory views and other cached state refresh: the whole address space may have changed.
    if (this.clientCapabilities.supportsMemoryEvent) this.sendEvent(new MemoryEvent('0x0', 0, 0xffffffffffff));
    if (this.clientCapabilities.supportsInvalidatedEvent) this.sendEvent(new InvalidatedEvent(['variables']));
  }

  private hitBreakpointIds(target: DebugTarget, stop: TargetStop): number[] {
    if (stop.kind === 'breakpoint') return this.breakpointsAt(stop.address).map((b) => b.id);
    if (stop.kind === 'dataBreakpoint') {
      const index = target.watchIndex(stop.watchId);
      const active = this.dataBreakpoints.filter((d) => d.request);
      const entry = index === undefined ? undefined : active[index];
      return entry ? [entry.id] : [];
    }
    return [];
  }

  // Breakpoints.

  private allLocationBreakpoints(): LocationBreakpoint[] {
    return [...[...this.sourceBreakpoints.values()].flat(), ...this.functionBreakpoints, ...this.instructionBreakpoints];
  }

  private breakpointsAt(address: bigint): LocationBreakpoint[] {
    return this.allLocationBreakpoints().filter((b) => b.verified && b.addresses.includes(address));
  }

  private get noDebug(): boolean { return this.launchArgs?.['noDebug'] === true; }

  private syncBreakpoints(): void {
    const t = this.target;
    if (!t) return;
    if (this.noDebug) {
      for (const b of this.allLocationBreakpoints()) { b.verified = false; b.message = 'Breakpoints are ignored when running without debugging'; }
      t.setBreakpointAddresses([]);
      t.setWatchpoints([]);
      return;
    }
    const addresses = new Set<bigint>();
    for (const b of this.allLocationBreakpoints()) if (b.verified) for (const a of b.addresses) addresses.add(a);
    t.setBreakpointAddresses(addresses);
    t.setWatchpoints(this.dataBreakpoints.flatMap((d) => (d.request ? [d.request] : [])));
  }

  /** Decides whether a breakpoint hit stops: conditions, hit conditions, log points. */
  private shouldStopAt(address: bigint, reverse: boolean): boolean {
    const t = this.target;
    if (!t) return true;
    let stop = false;
    for (const b of this.breakpointsAt(address)) {
      if (b.condition) {
        const r = evaluate(t, b.condition);
        if (!r.ok) {
          if (!reverse) this.sendEvent(new OutputEvent(`breakpoint condition '${b.condition}' could not be evaluated: ${r.message} (stopping)\n`, 'console'));
          stop = true;
          continue;
        }
        if (r.value.value === 0n) continue;
      }
      if (!reverse) b.hits++;
      if (b.hitCondition && !reverse && !hitConditionHolds(b.hitCondition, b.hits)) continue;
      if (b.logMessage) {
        if (!reverse) this.sendEvent(new OutputEvent(this.interpolateLogMessage(b.logMessage) + '\n', 'console'));
        continue;
      }
      stop = true;
    }
    return stop;
  }

  /** A log point's message with each `{EXPR}` replaced by its value as a watch shows it (C values as gdb prints them). */
  private interpolateLogMessage(message: string): string {
    return message.replace(/\{([^}]+)\}/g, (_, expr: string) => this.views.logValue(expr));
  }

  private toDapBreakpoint(b: LocationBreakpoint): DebugProtocol.Breakpoint {
    const out: DebugProtocol.Breakpoint = { id: b.id, verified: b.verified };
    if (b.message) out.message = b.message;
    if (b.line !== undefined) out.line = b.line;
    if (b.source) out.source = b.source;
    if (b.addresses[0] !== undefined) out.instructionReference = hex(b.addresses[0]);
    return out;
  }

  private newBreakpoint(spec: Args, command: string, index: number, name: string): LocationBreakpoint {
    const condition = optionalString(command, spec, 'condition');
    const hitCondition = optionalString(command, spec, 'hitCondition');
    const logMessage = optionalString(command, spec, 'logMessage');
    if (hitCondition !== undefined && parseHitCondition(hitCondition) === undefined) {
      throw new RequestError(`${command}: ${name}[${index}].hitCondition '${hitCondition}' is not a count such as "3", ">= 3", "== 2" or "% 4"`);
    }
    return {
      id: this.nextBreakpointId++, condition: condition?.trim() || undefined, hitCondition: hitCondition?.trim() || undefined,
      logMessage: logMessage || undefined, hits: 0, addresses: [], verified: false,
    };
  }

  /** Binds a source breakpoint to addresses (when a program is loaded). */
  private resolveSourceBreakpoint(b: LocationBreakpoint, path: string, requestedLine: number): void {
    const t = this.target;
    b.source = { name: basename(path), path };
    b.line = requestedLine;
    if (!t) { b.verified = false; b.message = 'The program is not loaded yet'; return; }
    const found = t.info.addressesForLine(path, requestedLine);
    if (!found) {
      b.verified = false;
      b.addresses = [];
      b.message = t.info.sourceFiles.includes(t.info.normalise(path)) ? `No code at or after line ${requestedLine}` : `${basename(path)} is not part of the program being debugged`;
      return;
    }
    if (b.condition) {
      const check = evaluate(t, b.condition);
      if (!check.ok && /unexpected|expected|invalid|unknown type/.test(check.message)) {
        b.verified = false; b.message = `Invalid condition: ${check.message}`; return;
      }
    }
    b.verified = true;
    b.message = undefined;
    b.line = found.line;
    b.addresses = found.addresses;
  }

  private resolveAllBreakpoints(noDebug: boolean): void {
    for (const [path, list] of this.sourceBreakpoints) for (const b of list) this.resolveSourceBreakpoint(b, path, b.line ?? 1);
    for (const b of this.functionBreakpoints) this.resolveFunctionBreakpoint(b);
    for (const b of this.instructionBreakpoints) b.verified = b.addresses.length > 0;
    if (noDebug) for (const b of this.allLocationBreakpoints()) b.verified = false;
    this.syncBreakpoints();
    for (const b of this.allLocationBreakpoints()) this.sendEvent(new BreakpointEvent('changed', this.toDapBreakpoint(b) as DebugProtocol.Breakpoint));
  }

  private setBreakpoints(args: Args): HandlerResult {
    const c = 'setBreakpoints';
    const source = requireObject(c, args, 'source');
    const path = optionalString(c, source, 'path');
    if (!path) throw new RequestError(`${c}: 'source.path' is required (breakpoints by source reference are not supported)`);
    const specs = optionalArray(c, args, 'breakpoints');
    const lines = optionalArray(c, args, 'lines');
    const entries: { line: number; spec: Args }[] = [];
    if (specs) specs.forEach((s, i) => {
      const spec = elementObject(c, 'breakpoints', s, i);
      entries.push({ line: requireInteger(c, spec, 'line', 1, 10_000_000), spec });
    });
    else if (lines) lines.forEach((l, i) => {
      if (typeof l !== 'number' || !Number.isInteger(l) || l < 1) throw new RequestError(`${c}: 'lines[${i}]' must be a positive integer`);
      entries.push({ line: l, spec: {} });
    });
    const key = this.target ? this.target.info.normalise(path) : resolve(path);
    const created = entries.map(({ line, spec }, i) => {
      const b = this.newBreakpoint(spec, c, i, 'breakpoints');
      this.resolveSourceBreakpoint(b, path, line);
      return b;
    });
    this.sourceBreakpoints.set(key, created);
    this.syncBreakpoints();
    return { body: { breakpoints: created.map((b) => this.toDapBreakpoint(b)) } };
  }

  private resolveFunctionBreakpoint(b: LocationBreakpoint & { name: string }): void {
    const t = this.target;
    if (!t) { b.verified = false; b.message = 'The program is not loaded yet'; return; }
    const name = b.name.trim();
    let address: bigint | undefined;
    if (/^\*/.test(name)) {
      const r = evaluate(t, name.slice(1));
      address = r.ok ? r.value.value : undefined;
    } else address = t.info.symbolAddress(name);
    if (address === undefined) { b.verified = false; b.addresses = []; b.message = `No function or symbol named '${name}'`; return; }
    // A C function (described by DWARF) stops past its prologue, where its arguments and locals are in place, as
    // gdb's `break FUNC` does; an assembly label or `*ADDRESS` stops at that very instruction.
    let line = t.info.lineAt(address);
    if (!/^\*/.test(name) && t.cInfo?.hasFunctionAt(address)) {
      const after = t.info.afterPrologue(address);
      address = after.address;
      line = after.line ?? t.info.lineAt(address);
    }
    b.addresses = [address];
    b.verified = true;
    b.message = undefined;
    if (line) { b.line = line.line; b.source = { name: basename(line.file), path: line.file }; }
  }

  private setFunctionBreakpoints(args: Args): HandlerResult {
    const c = 'setFunctionBreakpoints';
    const specs = requireArray(c, args, 'breakpoints');
    this.functionBreakpoints = specs.map((s, i) => {
      const spec = elementObject(c, 'breakpoints', s, i);
      const name = requireString(c, spec, 'name', { nonEmpty: true });
      const b = { ...this.newBreakpoint(spec, c, i, 'breakpoints'), name };
      this.resolveFunctionBreakpoint(b);
      return b;
    });
    this.syncBreakpoints();
    return { body: { breakpoints: this.functionBreakpoints.map((b) => this.toDapBreakpoint(b)) } };
  }

  private setInstructionBreakpoints(args: Args): HandlerResult {
    const c = 'setInstructionBreakpoints';
    const specs = requireArray(c, args, 'breakpoints');
    this.instructionBreakpoints = specs.map((s, i) => {
      const spec = elementObject(c, 'breakpoints', s, i);
      const reference = requireString(c, spec, 'instructionReference', { nonEmpty: true });
      const offset = optionalInteger(c, spec, 'offset') ?? 0;
      const b = this.newBreakpoint(spec, c, i, 'breakpoints');
      const address = (parseMemoryReference(c, reference) + BigInt(offset)) & ((1n << 64n) - 1n);
      b.instructionReference = reference;
      if (address % 4n !== 0n) { b.message = `Address ${hex(address)} is not 4-byte aligned`; return b; }
      b.addresses = [address];
      b.verified = true;
      const line = this.target?.info.lineAt(address);
      if (line) { b.line = line.line; b.source = { name: basename(line.file), path: line.file }; }
      return b;
    });
    this.syncBreakpoints();
    return { body: { breakpoints: this.instructionBreakpoints.map((b) => this.toDapBreakpoint(b)) } };
  }

  private setExceptionBreakpoints(args: Args): HandlerResult {
    const c = 'setExceptionBreakpoints';
    const filters = requireArray(c, args, 'filters');
    const known = new Set<string>(EXCEPTION_FILTERS.map((f) => f.filter));
    const chosen = new Set<ExceptionFilterId>();
    filters.forEach((f, i) => {
      if (typeof f !== 'string') throw new RequestError(`${c}: 'filters[${i}]' must be a string`);
      if (!known.has(f)) throw new RequestError(`${c}: unknown filter '${f}' (known: ${[...known].join(', ')})`);
      chosen.add(f as ExceptionFilterId);
    });
    const options = optionalArray(c, args, 'filterOptions');
    options?.forEach((o, i) => {
      const spec = elementObject(c, 'filterOptions', o, i);
      const id = requireString(c, spec, 'filterId');
      if (!known.has(id)) throw new RequestError(`${c}: unknown filter '${id}'`);
      chosen.add(id as ExceptionFilterId);
    });
    this.exceptionFilters = chosen;
    if (this.target && this.launchArgs?.['noDebug'] !== true) this.target.exceptionFilters = new Set(chosen);
    return { body: { breakpoints: [...chosen].map(() => ({ verified: true })) } };
  }

  private breakpointLocations(args: Args): HandlerResult {
    const c = 'breakpointLocations';
    const source = requireObject(c, args, 'source');
    const path = optionalString(c, source, 'path');
    const line = requireInteger(c, args, 'line', 1);
    const endLine = optionalInteger(c, args, 'endLine', 1) ?? line;
    if (!path || !this.target) return { body: { breakpoints: [] } };
    const lines = this.target.info.linesWithCode(path).filter((l) => l >= line && l <= endLine);
    return { body: { breakpoints: lines.map((l) => ({ line: l })) } };
  }

  private setDataBreakpoints(args: Args): HandlerResult {
    const c = 'setDataBreakpoints';
    const specs = requireArray(c, args, 'breakpoints');
    this.dataBreakpoints = specs.map((s, i) => {
      const spec = elementObject(c, 'breakpoints', s, i);
      const dataId = requireString(c, spec, 'dataId');
      const accessType = optionalString(c, spec, 'accessType');
      if (accessType !== undefined && !['read', 'write', 'readWrite'].includes(accessType)) throw new RequestError(`${c}: breakpoints[${i}].accessType '${accessType}' is not read, write or readWrite`);
      const condition = optionalString(c, spec, 'condition')?.trim() || undefined;
      const hitCondition = optionalString(c, spec, 'hitCondition')?.trim() || undefined;
      if (hitCondition !== undefined && parseHitCondition(hitCondition) === undefined) {
        throw new RequestError(`${c}: breakpoints[${i}].hitCondition '${hitCondition}' is not a count such as "3", ">= 3", "== 2" or "% 4"`);
      }
      const parsed = parseDataId(dataId);
      const id = this.nextBreakpointId++;
      if (!parsed) return { id, verified: false, message: `'${dataId}' is not a data breakpoint id from dataBreakpointInfo` };
      if (parsed.kind === 'tag' && accessType !== undefined && accessType !== 'write') return { id, verified: false, message: 'Allocation tags can only be watched for writes (retagging)' };
      const kind: WatchRequest['kind'] = parsed.kind === 'tag' ? 'tag' : accessType === 'read' ? 'read' : accessType === 'readWrite' ? 'access' : 'write';
      return { id, verified: true, condition, hitCondition, hits: 0, request: { address: parsed.address, length: parsed.length, kind } };
    });
    this.syncBreakpoints();
    return { body: { breakpoints: this.dataBreakpoints.map((d) => ({ id: d.id, verified: d.verified, message: d.message })) } };
  }

  // Goto.

  private gotoTargetAddresses = new Map<number, bigint>();
  private nextGotoId = 1;

  private gotoTargets(args: Args): HandlerResult {
    const c = 'gotoTargets';
    const source = requireObject(c, args, 'source');
    const path = optionalString(c, source, 'path');
    if (!path) throw new RequestError(`${c}: 'source.path' is required`);
    const line = requireInteger(c, args, 'line', 1);
    const t = this.requireStopped(c);
    const found = t.info.addressesForLine(path, line);
    if (!found || found.line !== line) return { body: { targets: [] } };
    const targets = found.addresses.map((address) => {
      const id = this.nextGotoId++;
      this.gotoTargetAddresses.set(id, address);
      return { id, label: `${basename(path)}:${line} (${hex(address)})`, line, instructionPointerReference: hex(address) };
    });
    return { body: { targets } };
  }

  private goto(args: Args): HandlerResult {
    const t = this.checkThread('goto', args);
    const targetId = requireInteger('goto', args, 'targetId');
    const address = this.gotoTargetAddresses.get(targetId);
    if (address === undefined) throw new RequestError(`goto: unknown targetId ${targetId} (ask gotoTargets first)`);
    return { after: () => this.reportStop(t, t.goto(address)) };
  }

  // Exceptions and sources.

  private exceptionInfo(args: Args): HandlerResult {
    const t = this.checkThread('exceptionInfo', args);
    const stop = t.lastStop;
    if (stop.kind !== 'exception') throw new RequestError('exceptionInfo: the program is not stopped on an exception');
    const d = exceptionDetails(t, stop);
    return { body: { exceptionId: d.exceptionId, description: d.description, breakMode: 'always', details: d.details } };
  }

  private source(args: Args): HandlerResult {
    const c = 'source';
    const source = args['source'] === undefined ? undefined : requireObject(c, args, 'source');
    const reference = requireInteger(c, args, 'sourceReference');
    const path = source ? optionalString(c, source, 'path') : undefined;
    throw new RequestError(`source: no source with reference ${reference}${path ? ` (${path})` : ''}: sources are read from disk`);
  }

  override shutdown(): void {
    this.target?.terminate();
    super.shutdown();
  }

  /** Sent by views after writes so that open views refresh. */
  notifyInvalidated(): void {
    this.sendEvent(new InvalidatedEvent(['variables']));
  }
}

function granular(args: Args, kind: 'next' | 'stepIn'): StepKind {
  const g = optionalString(kind, args, 'granularity');
  if (g !== undefined && !['statement', 'line', 'instruction'].includes(g)) throw new RequestError(`${kind}: granularity '${g}' is not one of statement, line, instruction`);
  return g === 'instruction' ? 'instruction' : kind;
}

/** "3" (stop from the 3rd hit on), ">= 3", "> 3", "== 3", "< 3", "<= 3", "% 3" (every 3rd hit). */
function parseHitCondition(text: string): { op: string; n: number } | undefined {
  const m = /^\s*(>=|<=|==|=|>|<|%)?\s*(\d+)\s*$/.exec(text);
  if (!m) return undefined;
  return { op: m[1] ?? '>=', n: Number(m[2]) };
}

function hitConditionHolds(text: string, hits: number): boolean {
  const h = parseHitCondition(text);
  if (!h) return true;
  switch (h.op) {
    case '>': return hits > h.n;
    case '<': return hits < h.n;
    case '<=': return hits <= h.n;
    case '==': case '=': return hits === h.n;
    case '%': return h.n > 0 && hits % h.n === 0;
    default: return hits >= h.n;
  }
}

/** Data breakpoint ids: `mem:0xADDR:LEN` for memory, `tag:0xADDR:LEN` for allocation tags. */
export function parseDataId(dataId: string): { kind: 'mem' | 'tag'; address: bigint; length: number } | undefined {
  const m = /^(mem|tag):(0x[0-9a-fA-F]+):(\d+)$/.exec(dataId);
  if (!m) return undefined;
  const length = Number(m[3]);
  if (length < 1 || length > 1 << 20) return undefined;
  return { kind: m[1] as 'mem' | 'tag', address: BigInt(m[2]!), length };
}
