// The inspection half of the DAP session: stack traces, scopes (Registers, MTE), variables with tag-aware pointer
// values, setVariable/setExpression, evaluate (watch, hover, debug console commands), completions, memory
// read/write, disassembly, data breakpoint info and the custom tag requests. Reads never change the guest.

import { Handles, InvalidatedEvent, MemoryEvent, type Event } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { basename } from 'node:path';
import type { TagCheckFault } from '../emulator/machine/api.js';
import type { DebugTarget } from './debugTarget.js';
import {
  optionalBoolean, optionalInteger, optionalString, parseMemoryReference, RequestError, requireArray, requireInteger,
  requireString, type Args,
} from './args.js';
import {
  assign, describePointer, disassembleAt, evaluate, formatEvalValue, GRANULE, granuleOf, hex, isMappedAddress,
  logicalTag, readRegister, readUnsigned, REGISTER_NAMES, splitAssignment, symbolText, untagged, writeRegister, writeUnsigned,
} from './inspect.js';
import { runConsoleCommand, CONSOLE_HELP } from './consoleCommands.js';
import type { StackFrameInfo } from './unwind.js';
import { innermostFrame, type CValueData, type CVariableView, type FrameContext } from './cLocals.js';
import { ptypeText, stripTypedefs, typeName as dwarfTypeName, type CType as DwarfCType } from '../emulator/dwarf/index.js';
import { convertValue, insertBitField, numericValue, signedValue, typeName as evalTypeName, type EvalValue } from './expressions.js';
import { expressionType } from './cExpressionTypes.js';
import type {
  ReadMemoryTagsResponse, TagHistoryResponse, TagMapRegion, TagMapResponse, WriteMemoryTagsResponse,
} from './protocol.js';

type Container =
  /** A frame's registers: the machine's, or for `frame` (an index, 0 = innermost) a caller's unwound ones. */
  | { kind: 'registers'; frame?: number }
  | { kind: 'mte' }
  | { kind: 'simdFp' }
  | { kind: 'flags' }
  | { kind: 'fault'; fault: TagCheckFault }
  | { kind: 'pointer'; address: bigint; evaluateName?: string }
  | { kind: 'frame'; index: number }
  | { kind: 'cLocals'; frame: number }
  | { kind: 'cGlobals' }
  | { kind: 'cValue'; name: string; data: CValueData; evaluateName?: string; frame?: number };

type Result = { body?: unknown; after?: () => void };

const U64 = (1n << 64n) - 1n;
/**
 * References and frame ids live until the next resume: a request racing a step names a stale one. Such errors are
 * answered but not shown to the user (VS Code would pop up a notification for a request the user never made).
 */
const STALE = false;
const MAX_READ = 16 * 1024 * 1024;
/** The end of the 48-bit user address space: untagged addresses at or above it are never mapped. */
const VA_LIMIT = 1n << 48n;
const MAX_TAG_GRANULES = 1 << 20;

/**
 * Frame ids name a thread and a frame: the main thread's frames are 1..64 (so a single-threaded program's ids are
 * the frame numbers); another thread's are `thread * FRAME_ID_STRIDE + frame number`.
 */
const FRAME_ID_STRIDE = 65536;
const MAIN_THREAD = 1;

function frameIdOf(thread: number, index: number): number {
  return thread === MAIN_THREAD ? index + 1 : thread * FRAME_ID_STRIDE + index + 1;
}

/**
 * A frame of inlined code is shown as a frame of its own (as gdb does) on top of the machine frame that runs it:
 * its id is the machine frame's plus INLINE_ID_STEP times its inline depth, and it reads that machine frame.
 */
const INLINE_ID_STEP = 128;

function decodeFrameId(frameId: number): { thread: number; frameNumber: number; inlineDepth: number } {
  const { thread, frameNumber } = frameId < FRAME_ID_STRIDE ? { thread: MAIN_THREAD, frameNumber: frameId } : { thread: Math.floor(frameId / FRAME_ID_STRIDE), frameNumber: frameId % FRAME_ID_STRIDE };
  return { thread, frameNumber: frameNumber % INLINE_ID_STEP, inlineDepth: Math.floor(frameNumber / INLINE_ID_STEP) };
}

/**
 * A frame key names a frame of the current thread: the machine frame's number (1 = innermost) plus
 * INLINE_ID_STEP times the inline depth (0 for the function's own frame, k for its k-th inlined call).
 */
function machineFrameOf(key: number): number {
  return key % INLINE_ID_STEP;
}

export class SessionViews {
  private handles = new Handles<Container>();
  /** The thread each variables reference belongs to (its registers are put back before the reference is read). */
  private readonly handleThreads = new Map<number, number>();
  /** Each thread's stack, unwound once per stop. */
  private readonly framesByThread = new Map<number, StackFrameInfo[]>();
  /** The thread whose registers the machine holds (the session switches it). */
  currentThread = MAIN_THREAD;

  constructor(
    private readonly getTarget: () => DebugTarget | undefined,
    private readonly sendEvent: (e: Event) => void,
    private readonly client: () => DebugProtocol.InitializeRequestArguments,
    /** Puts a thread's registers into the machine; false when the thread has no frames to show. */
    private readonly selectThread: (thread: number) => boolean = (thread) => thread === MAIN_THREAD,
  ) {}

  /** Forgets every frame id and variables reference (the program ran). */
  resetHandles(): void {
    this.handles.reset();
    this.handleThreads.clear();
    this.framesByThread.clear();
  }

  /** A variables reference for the current thread. */
  private handle(container: Container): number {
    const ref = this.handles.create(container);
    this.handleThreads.set(ref, this.currentThread);
    return ref;
  }

  /** The container of a reference, with its thread's registers in the machine. */
  private container(ref: number): Container | undefined {
    const c = this.handles.get(ref);
    const thread = this.handleThreads.get(ref);
    if (c === undefined || thread === undefined || !this.selectThread(thread)) return undefined;
    return c;
  }

  /**
   * The frame key (machineFrameOf gives the frame number, 1 = innermost) a frame id names, with its thread's
   * registers in the machine.
   */
  private frameNumber(command: string, t: DebugTarget, frameId: number): number {
    const { thread, frameNumber, inlineDepth } = decodeFrameId(frameId);
    if (!this.selectThread(thread) || frameNumber < 1 || frameNumber > this.currentFrames(t).length) {
      throw new RequestError(`${command}: unknown frameId ${frameId}`, STALE);
    }
    return frameNumber + INLINE_ID_STEP * inlineDepth;
  }

  /** The frame number a frame id names (throws for an unknown one), for helpers outside the class. */
  frameNumberOf(t: DebugTarget, frameId: number): number {
    return this.frameNumber('completions', t, frameId);
  }

  private stopped(command: string): DebugTarget {
    const t = this.getTarget();
    if (!t) throw new RequestError(`${command}: no program is being debugged (launch first)`);
    if (t.isRunning) throw new RequestError(`${command}: the program is running (pause it first)`);
    if (t.hasExited) throw new RequestError(`${command}: the program has exited`);
    return t;
  }

  private memoryChanged(address: bigint, count: number): void {
    if (this.client().supportsMemoryEvent !== false) this.sendEvent(new MemoryEvent(hex(address), 0, count));
    this.sendEvent(new InvalidatedEvent(['variables']));
  }

  // Stack and scopes.

  private currentFrames(target: DebugTarget): StackFrameInfo[] {
    let frames = this.framesByThread.get(this.currentThread);
    if (!frames) this.framesByThread.set(this.currentThread, (frames = target.stackFrames(64)));
    return frames;
  }

  stackTrace(args: Args, target: DebugTarget): Result {
    const c = 'stackTrace';
    const startFrame = optionalInteger(c, args, 'startFrame', 0) ?? 0;
    const levels = optionalInteger(c, args, 'levels', 0) ?? 0;
    const frames = this.currentFrames(target);
    const all: DebugProtocol.StackFrame[] = [];
    frames.forEach((f, index) => {
      const sym = symbolText(target, f.pc);
      const line = target.info.lineAt(f.pc);
      // Inlined calls at this pc: one frame each, innermost first; each one's caller stands on its call line.
      const inlined = target.cInfo?.inlineFrames(f.pc) ?? [];
      let at: { file: string; line: number } | undefined = line;
      inlined.forEach((inl, d) => {
        const frame: DebugProtocol.StackFrame = {
          id: frameIdOf(this.currentThread, index) + INLINE_ID_STEP * (inlined.length - d), name: `${inl.name} [inlined]`,
          line: at?.line ?? 0, column: at ? 1 : 0, instructionPointerReference: hex(f.pc),
        };
        if (at) frame.source = { name: basename(at.file), path: at.file };
        all.push(frame);
        at = inl.callLine !== undefined ? { file: inl.callFile !== undefined ? target.info.sourcePath(inl.callFile) : at?.file ?? '', line: inl.callLine } : undefined;
      });
      const frame: DebugProtocol.StackFrame = {
        id: frameIdOf(this.currentThread, index), name: sym ?? hex(f.pc), line: at?.line ?? 0, column: at ? 1 : 0,
        instructionPointerReference: hex(f.pc),
      };
      if (at) frame.source = { name: basename(at.file), path: at.file };
      else frame.presentationHint = 'subtle';
      all.push(frame);
    });
    const stackFrames = all.slice(startFrame, levels > 0 ? startFrame + levels : undefined);
    return { body: { stackFrames, totalFrames: all.length } };
  }

  scopes(args: Args): Result {
    const t = this.stopped('scopes');
    const key = this.frameNumber('scopes', t, requireInteger('scopes', args, 'frameId'));
    const frameId = machineFrameOf(key);
    // A caller's registers as call-frame information recovers them (gdb's `info registers` after `frame N`); with
    // frame-pointer unwinding only the innermost frame's are known.
    const unwound = frameId > 1 && this.currentFrames(t)[frameId - 1]?.registers !== undefined;
    const scopes: DebugProtocol.Scope[] = [
      {
        name: frameId === 1 || unwound ? 'Registers' : 'Registers (innermost frame)', presentationHint: 'registers',
        variablesReference: this.handle(unwound ? { kind: 'registers', frame: frameId - 1 } : { kind: 'registers' }), namedVariables: REGISTER_NAMES.length, expensive: false,
      },
      { name: 'MTE', variablesReference: this.handle({ kind: 'mte' }), expensive: false },
      { name: 'SIMD&FP', presentationHint: 'registers', variablesReference: this.handle({ kind: 'simdFp' }), namedVariables: 34, expensive: true },
    ];
    // C programs with DWARF: the frame's variables (outer frames with the registers call-frame information
    // recovers for them) and the globals.
    const c = t.cInfo;
    const frame = this.frameContext(t, key);
    const withLocals = frame !== undefined && c?.hasFunctionAt(frame.pc) === true;
    // An outer frame: what unwinding knows of it.
    if (frameId > 1) scopes.unshift({ name: 'Frame', variablesReference: this.handle({ kind: 'frame', index: frameId - 1 }), expensive: false });
    if (withLocals) {
      scopes.unshift(
        { name: 'Locals', presentationHint: 'locals', variablesReference: this.handle({ kind: 'cLocals', frame: key - 1 }), expensive: false },
        { name: 'Globals', variablesReference: this.handle({ kind: 'cGlobals' }), expensive: false },
      );
    }
    return { body: { scopes } };
  }

  /**
   * Registers of a frame (a frame key) for reading C variables: the machine's for frame 1, the unwinder's for
   * callers; a frame of inlined code sees its inlined call's variables only.
   */
  private frameContext(t: DebugTarget, key: number): FrameContext | undefined {
    const frameId = machineFrameOf(key);
    const inlineDepth = Math.floor(key / INLINE_ID_STEP);
    // The calling frame, for values at function entry (DW_OP_entry_value, resolved at the caller's call site).
    const caller = () => {
      const c = this.frameContext(t, frameId + 1);
      return c?.unwound ? { frame: c, returnAddress: c.unwound.pc } : undefined;
    };
    if (frameId === 1) return { ...innermostFrame(t.machine), inlineDepth, caller };
    const f = this.currentFrames(t)[frameId - 1];
    if (!f?.registers) return undefined;
    const r = f.registers;
    return { pc: f.pc, register: (n) => (n === 31 ? r.sp : n <= 30 ? r.x[n] : undefined), inlineDepth, unwound: { pc: r.pc }, caller };
  }

  /** The innermost frame with every scope at its pc visible (a condition, a log point, a request without a frame). */
  private defaultFrame(t: DebugTarget): FrameContext {
    const { inlineDepth: _, ...frame } = this.frameContext(t, 1)!;
    return frame;
  }

  /** A C variable as a DAP variable; structs, unions, arrays and pointers to data expand. */
  private cVariable(t: DebugTarget, v: CVariableView, evaluateName?: string, frame?: number): DebugProtocol.Variable {
    const expandable = v.data !== undefined && t.cInfo?.expandable(t.machine, v.data) === true;
    const indexed = v.data !== undefined ? t.cInfo?.largeArrayCount(v.data) : undefined;
    return {
      name: v.name, value: v.value, type: v.type, ...(indexed !== undefined ? { indexedVariables: indexed } : {}),
      variablesReference: expandable ? this.handle({ kind: 'cValue', name: v.name, data: v.data!, ...(evaluateName ? { evaluateName } : {}), ...(frame !== undefined ? { frame } : {}) }) : 0,
      ...(evaluateName ? { evaluateName } : {}),
      ...(v.memoryReference ? { memoryReference: v.memoryReference } : {}),
    };
  }

  // Variables.

  private pointerVariable(target: DebugTarget, name: string, value: bigint, evaluateName: string, digits: number): DebugProtocol.Variable {
    const mapped = isMappedAddress(target.machine, value);
    const v: DebugProtocol.Variable = {
      name, value: mapped ? describePointer(target.machine, value, digits) : hex(value, digits), type: 'uint64_t', evaluateName,
      variablesReference: mapped ? this.handle({ kind: 'pointer', address: value, evaluateName }) : 0,
    };
    if (mapped) v.memoryReference = hex(untagged(value));
    if (mapped && v.value.includes('MISMATCH')) v.presentationHint = { kind: 'data', attributes: ['hasDataBreakpoint'] };
    return v;
  }

  private registerVariables(t: DebugTarget): DebugProtocol.Variable[] {
    return REGISTER_NAMES.map((name) => {
      const r = readRegister(t.machine, name)!;
      if (name === 'nzcv') {
        const flags = ['N', 'Z', 'C', 'V'].filter((_, i) => (r.value >> BigInt(31 - i)) & 1n).join('') || '-';
        return { name, value: `${hex(r.value, 8)} [${flags}]`, type: 'uint32_t', evaluateName: 'nzcv', variablesReference: this.handle({ kind: 'flags' }) };
      }
      if (name === 'pc') {
        const sym = symbolText(t, r.value);
        return { name, value: `${hex(r.value, 16)}${sym ? ` <${sym}>` : ''}`, type: 'uint64_t', evaluateName: 'pc', variablesReference: 0, memoryReference: hex(r.value) };
      }
      return this.pointerVariable(t, name, r.value, name, 16);
    });
  }

  /**
   * A caller's registers as unwinding recovered them: callee-saved ones from where the callee saved them, the
   * others as they are (the DWARF rule gdb applies when call-frame information says nothing of them), `<not saved>`
   * for those it marks undefined; pc is where the frame resumes. Read-only.
   */
  private callerRegisterVariables(t: DebugTarget, index: number): DebugProtocol.Variable[] {
    const r = this.currentFrames(t)[index]?.registers;
    if (!r) return [];
    const ro = { attributes: ['readOnly'] as string[] };
    return REGISTER_NAMES.map((name): DebugProtocol.Variable => {
      const n = /^x(\d+)$/.exec(name);
      const value = n ? r.x[Number(n[1])] : name === 'sp' ? r.sp : name === 'pc' ? r.pc : undefined;
      if (n && value === undefined) return { name, value: '<not saved>', type: 'uint64_t', variablesReference: 0, presentationHint: ro };
      if (value === undefined) {
        // nzcv and tpidr_el0: no unwind rule covers them; they are the same in every frame.
        const own = this.registerVariables(t).find((v) => v.name === name)!;
        return { ...own, variablesReference: 0, presentationHint: ro };
      }
      if (name === 'pc') {
        const sym = symbolText(t, value);
        return { name, value: `${hex(value, 16)}${sym ? ` <${sym}>` : ''}`, type: 'uint64_t', variablesReference: 0, memoryReference: hex(value), presentationHint: ro };
      }
      return { ...this.pointerVariable(t, name, value, '', 16), evaluateName: undefined, presentationHint: ro };
    }).map((v) => { if (v.evaluateName === undefined) delete v.evaluateName; return v; });
  }

  /** v0..v31 as 128-bit values (most significant digit first), then FPCR and FPSR. */
  private simdFpVariables(t: DebugTarget): DebugProtocol.Variable[] {
    const vars: DebugProtocol.Variable[] = [];
    for (let n = 0; n < 32; n++) {
      const bytes = t.machine.getV(n);
      let text = '';
      for (let i = 15; i >= 0; i--) text += (bytes[i] ?? 0).toString(16).padStart(2, '0');
      vars.push({ name: `v${n}`, value: `0x${text}`, type: 'uint128_t', variablesReference: 0, presentationHint: { attributes: ['readOnly'] } });
    }
    for (const name of ['fpcr', 'fpsr'] as const) {
      vars.push({ name, value: hex(t.machine.getSystemRegister(name), 8), type: 'uint32_t', variablesReference: 0, presentationHint: { attributes: ['readOnly'] } });
    }
    return vars;
  }

  private mteVariables(t: DebugTarget): DebugProtocol.Variable[] {
    const s = t.machine.mteState();
    const included = Array.from({ length: 16 }, (_, i) => i).filter((i) => (s.includeMask >> i) & 1);
    const vars: DebugProtocol.Variable[] = [
      { name: 'tag-check mode', value: s.mode, type: 'string', variablesReference: 0, presentationHint: { attributes: ['readOnly'] } },
      { name: 'tagged address ABI', value: String(s.taggedAddressAbi), type: 'bool', variablesReference: 0, presentationHint: { attributes: ['readOnly'] } },
      { name: 'include mask', value: `${hex(s.includeMask, 4)} (IRG may choose ${included.length === 0 ? 'only 0' : included.map((i) => i.toString(16)).join(' ')})`, type: 'uint16_t', variablesReference: 0, presentationHint: { attributes: ['readOnly'] } },
      { name: 'TCO', value: s.tagCheckOverride ? '1 (tag checks suppressed)' : '0', type: 'bool', variablesReference: 0 },
      { name: 'RGSR seed', value: hex(s.randomTagSeed), type: 'uint32_t', variablesReference: 0 },
      // The whole register (TAG in 3:0, SEED in 23:8): what IRG's next tag depends on (the editor hover uses it).
      { name: 'RGSR_EL1', value: hex(t.machine.getSystemRegister('rgsr_el1')), type: 'uint64_t', variablesReference: 0, presentationHint: { attributes: ['readOnly'] } },
    ];
    const pending = s.pendingAsyncFault;
    vars.push(pending
      ? { name: 'pending async fault', value: `${pending.access} of ${pending.size} at ${hex(pending.address)} by ${hex(pending.pc)}`, variablesReference: this.handle({ kind: 'fault', fault: pending }) }
      : { name: 'pending async fault', value: 'none', variablesReference: 0, presentationHint: { attributes: ['readOnly'] } });
    const last = t.lastTagFault();
    if (last && last !== pending) vars.push({ name: 'last tag fault', value: `${last.mode} ${last.access} at ${hex(last.address)}`, variablesReference: this.handle({ kind: 'fault', fault: last }) });
    return vars;
  }

  private faultVariables(t: DebugTarget, f: TagCheckFault): DebugProtocol.Variable[] {
    const ro = { attributes: ['readOnly'] as string[] };
    return [
      { name: 'mode', value: f.mode, variablesReference: 0, presentationHint: ro },
      { name: 'access', value: `${f.access === 'write' ? 'store' : 'load'} of ${f.size} bytes`, variablesReference: 0, presentationHint: ro },
      { name: 'address', value: hex(f.address), variablesReference: 0, memoryReference: hex(untagged(f.address)), presentationHint: ro },
      { name: 'logical tag', value: hex(f.logicalTag), variablesReference: 0, presentationHint: ro },
      { name: 'allocation tag', value: hex(f.allocationTag), variablesReference: 0, presentationHint: ro },
      { name: 'granule', value: `[${hex(f.granule)},${hex(f.granule + GRANULE)})`, variablesReference: 0, memoryReference: hex(f.granule), presentationHint: ro },
      { name: 'instruction', value: `${hex(f.pc)}: ${disassembleAt(t, f.pc).text}`, variablesReference: 0, memoryReference: hex(f.pc), presentationHint: ro },
      { name: 'instruction count', value: String(f.instructionCount), variablesReference: 0, presentationHint: ro },
    ];
  }

  private pointerChildren(t: DebugTarget, address: bigint, evaluateName: string | undefined): DebugProtocol.Variable[] {
    const allocation = t.machine.readTags(untagged(address), 1)[0];
    const g = granuleOf(address);
    const vars: DebugProtocol.Variable[] = [
      { name: 'logical tag', value: hex(logicalTag(address)), variablesReference: 0, presentationHint: { attributes: ['readOnly'] } },
      { name: 'allocation tag', value: allocation === null || allocation === undefined ? 'untagged memory' : hex(allocation), variablesReference: 0, memoryReference: hex(g), presentationHint: { attributes: ['readOnly'] } },
      { name: 'granule', value: `[${hex(g)},${hex(g + GRANULE)})`, variablesReference: 0, memoryReference: hex(g), presentationHint: { attributes: ['readOnly'] } },
    ];
    for (let i = 0; i < 4; i++) {
      const a = untagged(address) + BigInt(i * 8);
      const v = readUnsigned(t.machine, a, 8);
      const expr = evaluateName ? `((uint64_t*)(${evaluateName}))[${i}]` : `*(uint64_t*)${hex(a)}`;
      vars.push(v === undefined ? { name: `[${i}]`, value: '<unreadable>', variablesReference: 0 } : { ...this.pointerVariable(t, `[${i}]`, v, expr, 16), variablesReference: 0 });
    }
    return vars;
  }

  variables(args: Args): Result {
    const t = this.stopped('variables');
    const ref = requireInteger('variables', args, 'variablesReference');
    const filter = optionalString('variables', args, 'filter');
    if (filter !== undefined && filter !== 'named' && filter !== 'indexed') throw new RequestError(`variables: filter '${filter}' is not 'named' or 'indexed'`);
    const start = optionalInteger('variables', args, 'start', 0);
    const count = optionalInteger('variables', args, 'count', 0);
    const c = this.container(ref);
    if (!c) throw new RequestError(`variables: unknown variablesReference ${ref}`, STALE);
    let vars: DebugProtocol.Variable[];
    switch (c.kind) {
      case 'registers': vars = c.frame ? this.callerRegisterVariables(t, c.frame) : this.registerVariables(t); break;
      case 'mte': vars = this.mteVariables(t); break;
      case 'simdFp': vars = this.simdFpVariables(t); break;
      case 'flags': {
        const nzcv = t.machine.getNZCV();
        vars = ['N', 'Z', 'C', 'V'].map((n, i) => ({ name: n, value: String((nzcv >>> (31 - i)) & 1), variablesReference: 0 }));
        break;
      }
      case 'fault': vars = this.faultVariables(t, c.fault); break;
      case 'pointer': vars = this.pointerChildren(t, c.address, c.evaluateName); break;
      case 'cLocals':
      case 'cGlobals': {
        const symbolize = (a: bigint): string | undefined => symbolText(t, a);
        const frame = c.kind === 'cLocals' ? this.frameContext(t, c.frame + 1) : undefined;
        const list = c.kind === 'cLocals' ? (frame ? t.cInfo?.locals(t.machine, symbolize, frame) : []) : t.cInfo?.globals(t.machine, symbolize);
        vars = (list ?? []).map((v) => this.cVariable(t, v, c.kind === 'cLocals' && machineFrameOf(c.frame + 1) > 1 ? undefined : v.name, c.kind === 'cLocals' ? c.frame : undefined));
        break;
      }
      case 'cValue': {
        const symbolize = (a: bigint): string | undefined => symbolText(t, a);
        // A large array is shown in pages (indexedVariables): the client asks for ranges of elements.
        if (t.cInfo?.largeArrayCount(c.data) !== undefined) {
          const page = filter === 'named' ? [] : t.cInfo.children(t.machine, c.name, c.data, symbolize, { start: start ?? 0, count: count || 100 });
          return { body: { variables: page.map((v) => this.cVariable(t, v, childExpression(c.evaluateName, v.name), c.frame)) } };
        }
        vars = (t.cInfo?.children(t.machine, c.name, c.data, symbolize) ?? []).map((v) => this.cVariable(t, v, childExpression(c.evaluateName, v.name), c.frame));
        break;
      }
      case 'frame': {
        const frames = this.currentFrames(t);
        const f = frames[c.index];
        const ro = { attributes: ['readOnly'] as string[] };
        vars = f ? [
          { name: 'pc', value: `${hex(f.pc, 16)}${symbolText(t, f.pc) ? ` <${symbolText(t, f.pc)}>` : ''} (the call)`, variablesReference: 0, memoryReference: hex(f.pc), presentationHint: ro },
          { name: 'x29 (fp)', value: hex(f.fp, 16), variablesReference: 0, memoryReference: hex(untagged(f.fp)), presentationHint: ro },
          { name: 'returns to', value: f.returnAddress === undefined ? 'unknown' : hex(f.returnAddress, 16), variablesReference: 0, presentationHint: ro },
        ] : [];
        // The registers call-frame information recovers for this frame (callee-saved ones and SP; gdb's `info
        // registers` in an outer frame); the others are not known there.
        if (f?.registers) {
          const r = f.registers;
          vars.push({ name: 'sp', value: hex(r.sp, 16), variablesReference: 0, memoryReference: hex(untagged(r.sp)), presentationHint: ro });
          r.x.forEach((value, n) => {
            if (value !== undefined && n >= 19) vars.push({ name: `x${n}`, value: hex(value, 16), variablesReference: 0, presentationHint: ro });
          });
        }
        break;
      }
    }
    if (filter === 'indexed') vars = [];
    if (start !== undefined) vars = vars.slice(start, count ? start + count : undefined);
    return { body: { variables: vars } };
  }

  setVariable(args: Args): Result {
    const c = 'setVariable';
    const t = this.stopped(c);
    const ref = requireInteger(c, args, 'variablesReference');
    const name = requireString(c, args, 'name', { nonEmpty: true });
    const valueText = requireString(c, args, 'value', { nonEmpty: true });
    const container = this.container(ref);
    if (!container) throw new RequestError(`${c}: unknown variablesReference ${ref}`, STALE);
    if (container.kind === 'cLocals' || container.kind === 'cGlobals' || container.kind === 'cValue') return this.setCVariable(t, container, name, valueText);
    const value = evaluate(t, valueText);
    if (!value.ok) throw new RequestError(`${c}: ${value.message}`);
    const v = value.value.value & U64;
    if (container.kind === 'registers') {
      if (!REGISTER_NAMES.includes(name)) throw new RequestError(`${c}: no register '${name}'`);
      if (container.frame) throw new RequestError(`${c}: the registers of a caller's frame are read-only (select the innermost frame to change '${name}')`);
      if (!writeRegister(t.machine, name, v)) throw new RequestError(`${c}: register '${name}' cannot be written`);
      this.sendEvent(new InvalidatedEvent(['variables', 'stacks']));
      const after = this.registerVariables(t).find((x) => x.name === name)!;
      return { body: { value: after.value, type: after.type, variablesReference: after.variablesReference, memoryReference: after.memoryReference } };
    }
    if (container.kind === 'mte') {
      if (name === 'TCO') { t.machine.setSystemRegister('tco', v === 0n ? 0n : 1n << 25n); this.sendEvent(new InvalidatedEvent(['variables'])); return { body: { value: v === 0n ? '0' : '1 (tag checks suppressed)' } }; }
      if (name === 'RGSR seed') { t.machine.setRandomTagSeed(Number(v & 0xffffn)); this.sendEvent(new InvalidatedEvent(['variables'])); return { body: { value: hex(t.machine.mteState().randomTagSeed) } }; }
      throw new RequestError(`${c}: '${name}' is read-only`);
    }
    if (container.kind === 'pointer') {
      const m = /^\[(\d)\]$/.exec(name);
      if (!m) throw new RequestError(`${c}: '${name}' is read-only`);
      const address = untagged(container.address) + BigInt(Number(m[1]) * 8);
      if (!writeUnsigned(t.machine, address, 8, v)) throw new RequestError(`${c}: cannot write memory at ${hex(address)}`);
      this.memoryChanged(address, 8);
      return { body: { value: describePointer(t.machine, v, 16) } };
    }
    throw new RequestError(`${c}: '${name}' is read-only`);
  }

  /**
   * The C variable (or member, element, pointee) `name` of a C container, read now, with the frame whose
   * registers locate it; undefined when there is none.
   */
  private cChild(t: DebugTarget, container: Container, name: string): { view: CVariableView; frame?: FrameContext } | undefined {
    const symbolize = (a: bigint): string | undefined => symbolText(t, a);
    if (container.kind === 'cLocals') {
      const frame = this.frameContext(t, container.frame + 1);
      const view = frame ? t.cInfo?.locals(t.machine, symbolize, frame).find((v) => v.name === name) : undefined;
      return view ? { view, frame } : undefined;
    }
    if (container.kind === 'cGlobals') {
      const view = t.cInfo?.globals(t.machine, symbolize).find((v) => v.name === name);
      return view ? { view } : undefined;
    }
    if (container.kind === 'cValue') {
      // Re-read the parent from memory: its children may have been written since it was listed.
      const parent = container.data.address !== undefined ? t.cInfo?.reread(t.machine, container.data) ?? container.data : container.data;
      const index = /^\[(\d+)\]$/.exec(name);
      const range = index ? { start: Number(index[1]), count: 1 } : undefined;
      const view = t.cInfo?.children(t.machine, container.name, parent, symbolize, range).find((v) => v.name === name);
      const frame = container.frame !== undefined ? this.frameContext(t, container.frame + 1) : undefined;
      return view ? { view, ...(frame ? { frame } : {}) } : undefined;
    }
    return undefined;
  }

  /** setVariable of a C variable in memory: integers, enums, pointers and characters from an expression, floating point from a number. */
  private setCVariable(t: DebugTarget, container: Container, name: string, valueText: string): Result {
    const c = 'setVariable';
    const found = this.cChild(t, container, name);
    if (!found) throw new RequestError(`${c}: no variable '${name}' here`);
    const data = found.view.data;
    if (!data) throw new RequestError(`${c}: '${name}' cannot be read (${found.view.value}), so it cannot be set`);
    if (data.address === undefined) throw new RequestError(`${c}: '${name}' is not in memory (the compiler keeps it in a register): it cannot be set`);
    const encoded = encodeCValue(data, valueText, (text) => evaluate(t, text, found.frame));
    if (typeof encoded === 'string') throw new RequestError(`${c}: ${encoded}`);
    let bytes = encoded;
    if (data.bitField) {
      // A bit-field: its bits replace those of the storage bytes around it, the neighbours' bits stay.
      const { bitOffset, bitSize } = data.bitField;
      const size = Math.ceil((bitOffset + bitSize) / 8);
      const storage = t.machine.readMemory(untagged(data.address), size);
      if (storage.readableLength < size) throw new RequestError(`${c}: cannot read memory at ${hex(untagged(data.address))}`);
      let value = 0n, old = 0n;
      for (let i = encoded.length - 1; i >= 0; i--) value = (value << 8n) | BigInt(encoded[i]!);
      for (let i = size - 1; i >= 0; i--) old = (old << 8n) | BigInt(storage.data[i]!);
      const merged = insertBitField(old, bitOffset, bitSize, value);
      bytes = new Uint8Array(size);
      for (let i = 0; i < size; i++) bytes[i] = Number((merged >> BigInt(8 * i)) & 0xffn);
    }
    if (t.machine.writeMemory(untagged(data.address), bytes) !== bytes.length) throw new RequestError(`${c}: cannot write memory at ${hex(untagged(data.address))}`);
    this.memoryChanged(untagged(data.address), bytes.length);
    const after = this.cChild(t, container, name);
    const v = after ? this.cVariable(t, after.view) : undefined;
    return { body: { value: v?.value ?? valueText, type: v?.type, variablesReference: v?.variablesReference ?? 0, ...(v?.memoryReference ? { memoryReference: v.memoryReference } : {}) } };
  }

  setExpression(args: Args): Result {
    const c = 'setExpression';
    const t = this.stopped(c);
    const expression = requireString(c, args, 'expression', { nonEmpty: true });
    const value = requireString(c, args, 'value', { nonEmpty: true });
    optionalInteger(c, args, 'frameId');
    const r = assign(t, expression, value);
    if (!r.ok) throw new RequestError(`${c}: ${r.message}`);
    const lv = r.value.lvalue;
    if (lv?.kind === 'memory') this.memoryChanged(lv.address, lv.size);
    else this.sendEvent(new InvalidatedEvent(['variables', 'stacks']));
    return { body: { value: formatEvalValue(t.machine, r.value), type: typeNameOf(r.value) } };
  }

  // Evaluate and completions.

  evaluate(args: Args): Result {
    const c = 'evaluate';
    const expression = requireString(c, args, 'expression');
    const context = optionalString(c, args, 'context');
    const frameIdArgument = optionalInteger(c, args, 'frameId');
    const target = this.getTarget();
    const frameId = frameIdArgument !== undefined && target && !target.isRunning && !target.hasExited ? this.frameNumber(c, target, frameIdArgument) : undefined;
    if (context === 'repl' || context === undefined) {
      // gdb's print / p / p/x / output / call / whatis / ptype: the expression as a watch shows it.
      // `p *x` could be p times x: only the long names take an expression that starts with a unary operator.
      const print = /^\s*(print|output|call|whatis|ptype)(?:\/([xduotc]))?\s+(?![/%|^=<>.\]]|->)(\S.*)$/.exec(expression)
        ?? /^\s*(p)(?:\/([xduotc]))?\s+(?![-+*/%&|^=<>!.\]]|->)(\S.*)$/.exec(expression);
      if (print) return this.printCommand(print[1]!, print[2], print[3]!, frameIdArgument);
      const info = /^\s*info\s+(locals|args)\s*$/.exec(expression);
      if (info) {
        const t = this.stopped(`info ${info[1]}`);
        if (!t.cInfo) throw new RequestError(`info ${info[1]}: the program has no C debug information (build it with -g)`);
        const frame = frameId !== undefined ? this.frameContext(t, frameId) : this.defaultFrame(t);
        if (!frame) throw new RequestError(`info ${info[1]}: the registers of this frame are not known`);
        return { body: { result: t.cInfo.infoLocals(t.machine, info[1] as 'locals' | 'args', (a) => symbolText(t, a), frame), variablesReference: 0 } };
      }
      const live = target && !target.hasExited ? target : undefined;
      // `info registers` in a selected caller's frame shows that frame's registers, as gdb's after `frame N`.
      const callerRegisters = live && !live.isRunning && frameId !== undefined && machineFrameOf(frameId) > 1 ? this.currentFrames(live)[machineFrameOf(frameId) - 1]?.registers : undefined;
      const frameRegister = callerRegisters ? (name: string): { value: bigint; size: 4 | 8 } | 'not saved' | undefined => {
        const n = /^[xw](\d+)$/.exec(name);
        const value = n ? (Number(n[1]) <= 30 ? callerRegisters.x[Number(n[1])] : undefined) : name === 'sp' ? callerRegisters.sp : name === 'pc' ? callerRegisters.pc
          : name === 'lr' ? callerRegisters.x[30] : name === 'fp' ? callerRegisters.x[29] : null;
        if (value === null || (n && Number(n[1]) > 30)) return undefined;
        if (value === undefined) return 'not saved';
        return name.startsWith('w') ? { value: value & 0xffffffffn, size: 4 } : { value, size: 8 };
      } : undefined;
      const r = runConsoleCommand(live, expression, live ? { provideInput: (s) => live.provideInput(s), closeInput: () => live.closeInput() } : undefined, frameRegister);
      if (r.kind === 'error') throw new RequestError(r.message);
      if (r.kind === 'output') {
        if (r.memoryChanged) this.memoryChanged(0n, 0);
        return { body: { result: r.text, variablesReference: 0 } };
      }
      if (expression.trim() === '') return { body: { result: CONSOLE_HELP, variablesReference: 0 } };
    }
    return this.evaluateIn(this.stopped(c), c, expression, context, frameId);
  }

  /** A log point's `{EXPR}`: the value as a watch shows it, in the innermost frame (the program is mid-run). */
  logValue(expression: string): string {
    const t = this.getTarget();
    if (!t) return '<no program>';
    try {
      const r = this.evaluateIn(t, 'logMessage', expression, 'watch', undefined);
      return String((r.body as { result?: unknown } | undefined)?.result ?? '');
    } catch (e) {
      return `<${e instanceof Error ? e.message : String(e)}>`;
    }
  }

  private evaluateIn(t: DebugTarget, c: string, expression: string, context: string | undefined, frameId: number | undefined): Result {
    let text = expression;
    if (context === 'hover') text = text.replace(/^#/, '');
    const assignment = context === 'repl' || context === undefined ? splitAssignment(text) : undefined;
    // A C access path (`pts[2].name`, `*p`, `p->next`) in the selected frame prints as gdb prints it.
    const frame = frameId === undefined ? this.defaultFrame(t) : this.frameContext(t, frameId);
    // Indices that are expressions (`p[i]`, `a[n - 1]`) are computed first, so the path keeps its C type.
    const indexed = text.replace(/\[([^[\]]+)\]/g, (all, inner: string) => {
      if (/^\s*-?\d+\s*$/.test(inner)) return all;
      const r = evaluate(t, inner, frame);
      return r.ok && (r.value.type.kind === 'int') ? `[${signedValue(r.value)}]` : all;
    });
    const path = !assignment && frame ? t.cInfo?.accessPath(t.machine, indexed, frame) : undefined;
    if (typeof path === 'string') throw new RequestError(`${c}: ${path}`);
    if (path) {
      const v = this.cVariable(t, t.cInfo!.describe(t.machine, text.trim(), path, (a) => symbolText(t, a)), text.trim());
      return { body: { result: v.value, type: v.type, variablesReference: v.variablesReference, ...(v.memoryReference ? { memoryReference: v.memoryReference } : {}) } };
    }
    const r = assignment ? assign(t, assignment.target, assignment.value, frame) : evaluate(t, text, frame);
    if (!r.ok) throw new RequestError(r.message);
    if (assignment) {
      const lv = r.value.lvalue;
      if (lv?.kind === 'memory') this.memoryChanged(lv.address, lv.size);
      else if (lv?.kind === 'bitfield') this.memoryChanged(lv.address, Math.ceil((lv.bitOffset + lv.bitSize) / 8));
      else this.sendEvent(new InvalidatedEvent(['variables']));
    }
    const v = r.value;
    // A struct or union reached through a cast (`*(struct point *)x0`) prints in full, as a variable does.
    if (v.type.kind === 'record' && v.type.source !== undefined && v.lvalue?.kind === 'memory' && t.cInfo) {
      const data = t.cInfo.objectAt(t.machine, v.lvalue.address, v.type.source as DwarfCType);
      if (data) {
        const view = this.cVariable(t, t.cInfo.describe(t.machine, text.trim(), data, (a) => symbolText(t, a)), text.trim());
        return { body: { result: view.value, type: view.type, variablesReference: view.variablesReference, ...(view.memoryReference ? { memoryReference: view.memoryReference } : {}) } };
      }
    }
    const pointerish = (v.type.kind === 'pointer' || (v.type.kind === 'int' && v.type.size === 8)) && isMappedAddress(t.machine, v.value);
    const body: DebugProtocol.EvaluateResponse['body'] = {
      result: formatEvalValue(t.machine, v), type: typeNameOf(v),
      variablesReference: pointerish ? this.handle({ kind: 'pointer', address: v.value, evaluateName: text }) : 0,
    };
    if (pointerish) body.memoryReference = hex(untagged(v.value));
    return { body };
  }

  /** `print[/F] EXPR`, `whatis EXPR`: the value (or type) of EXPR in the selected frame, as a watch shows it. */
  private printCommand(command: string, format: string | undefined, text: string, frameId: number | undefined): Result {
    const t = this.stopped(command);
    // `print x = 5` assigns, as gdb does, and prints the value stored.
    if (splitAssignment(text) && command !== 'whatis' && command !== 'ptype' && !format) {
      return this.evaluateIn(t, command, text, 'repl', frameId !== undefined ? this.frameNumber(command, t, frameId) : undefined);
    }
    if (command === 'whatis' || command === 'ptype') {
      const named = this.typeOfText(t, command, text, frameId);
      if (named !== undefined) return { body: { result: `type = ${named}`, variablesReference: 0 } };
    }
    const watched = this.evaluate({ expression: text, context: 'watch', ...(frameId !== undefined ? { frameId } : {}) });
    const body = watched.body as DebugProtocol.EvaluateResponse['body'];
    if (command === 'whatis' || command === 'ptype') return { body: { result: `type = ${body.type ?? 'unknown'}`, variablesReference: 0 } };
    if (!format) {
      // gdb prints integers in decimal only; the watch's hex after it (`31 (0x1f)`) is left out here.
      const plain = /^(-?\d+) \(0x[0-9a-f]+\)$/.exec(body.result);
      return plain ? { body: { ...body, result: plain[1]! } } : watched;
    }
    const frame = frameId !== undefined ? this.frameContext(t, this.frameNumber(command, t, frameId)) : this.defaultFrame(t);
    const path = frame ? t.cInfo?.accessPath(t.machine, text, frame) : undefined;
    const kind = path && typeof path !== 'string' ? stripTypedefs(path.type).kind : undefined;
    if (kind === 'struct' || kind === 'union' || kind === 'array') throw new RequestError(`${command}/${format}: a whole ${kind} is printed without a format: print its members or elements`);
    const r = evaluate(t, text, frame);
    if (!r.ok) throw new RequestError(`${command}/${format}: ${r.message}`);
    const v = r.value;
    if (v.type.kind !== 'int' && v.type.kind !== 'pointer') throw new RequestError(`${command}/${format}: ${typeNameOf(v)} values are printed without a format`);
    const bits = BigInt(v.type.kind === 'int' ? v.type.size * 8 : 64);
    const signed = v.type.kind === 'int' && v.type.signed && v.value >= 1n << (bits - 1n) ? v.value - (1n << bits) : v.value;
    const result = format === 'x' ? `0x${v.value.toString(16)}` : format === 'o' ? `0${v.value.toString(8)}` : format === 't' ? v.value.toString(2)
      : format === 'u' ? v.value.toString() : format === 'c' ? `${signed} '${String.fromCharCode(Number(v.value & 0xffn))}'` : signed.toString();
    return { body: { result, type: body.type, variablesReference: 0 } };
  }

  /**
   * gdb's `whatis`/`ptype` of a type name (`struct point`, `point_t *`) or of an expression with a C type: whatis
   * names it (a typedef name unrolled one level), ptype spells out the struct, union or enum it is built on.
   * Undefined when the text has no C type the debug information knows (the caller shows the watch's type).
   */
  private typeOfText(t: DebugTarget, command: string, text: string, frameId: number | undefined): string | undefined {
    const c = t.cInfo;
    if (!c) return undefined;
    const frame = frameId !== undefined ? this.frameContext(t, this.frameNumber(command, t, frameId)) : this.defaultFrame(t);
    const spelled = /^\s*((?:struct|union|enum)\s+[A-Za-z_]\w*|[A-Za-z_]\w*)\s*((?:\*\s*)*)$/.exec(text);
    const tagged = spelled !== null && /^(struct|union|enum)\s/.test(spelled[1]!);
    // A name is a type unless a variable of that name is visible (C's scoping: the variable hides the typedef).
    const isVariable = spelled !== null && !tagged && frame !== undefined && c.accessPath(t.machine, spelled[1]!, frame) !== undefined;
    let type = spelled && !isVariable ? c.typeNamed(spelled[1]!.replace(/\s+/g, ' ')) : undefined;
    if (type) {
      const stars = (spelled![2]!.match(/\*/g) ?? []).length;
      // whatis of a typedef name: one level of it unrolled, as gdb does.
      if (command === 'whatis' && stars === 0 && !tagged && type.kind === 'typedef') return dwarfTypeName(type.target());
      for (let i = 0; i < stars; i++) { const target: DwarfCType = type; type = { kind: 'pointer', size: 8, target: () => target }; }
      return command === 'ptype' ? ptypeText(type) : dwarfTypeName(type);
    }
    if (!frame) return undefined;
    const path = c.accessPath(t.machine, text, frame);
    if (path && typeof path !== 'string') return command === 'ptype' ? ptypeText(path.type) : dwarfTypeName(path.type);
    if (command !== 'ptype') return undefined;
    // An expression through a cast or arithmetic: a pointer to a struct the program describes.
    const r = evaluate(t, text, frame);
    if (!r.ok) return undefined;
    let stars = 0;
    let ct = r.value.type;
    while (ct.kind === 'pointer') { ct = ct.to; stars++; }
    if (ct.kind !== 'record' || ct.source === undefined) return undefined;
    let dwarf = ct.source as DwarfCType;
    for (let i = 0; i < stars; i++) { const target: DwarfCType = dwarf; dwarf = { kind: 'pointer', size: 8, target: () => target }; }
    return ptypeText(dwarf);
  }

  completions(args: Args): Result {
    const c = 'completions';
    const text = requireString(c, args, 'text');
    const column = requireInteger(c, args, 'column', 1, text.length + 1);
    optionalInteger(c, args, 'line', 1);
    const before = text.slice(0, column - 1);
    const target = this.getTarget();
    const targets: DebugProtocol.CompletionItem[] = [];
    if (/^\s*memory-tag\s+\S*$/.test(before)) {
      const word = /(\S*)$/.exec(before)![1]!;
      for (const sub of ['print-logical-tag', 'with-logical-tag', 'print-allocation-tag', 'set-allocation-tag', 'check']) {
        if (sub.startsWith(word)) targets.push({ label: sub, type: 'keyword', start: column - 1 - word.length, length: word.length });
      }
      return { body: { targets } };
    }
    // Members after `EXPR.` or `EXPR->`, for a C access path in the innermost frame of the selected thread.
    const member = /([A-Za-z_][\w.\[\]>-]*?)(\.|->)([A-Za-z_]\w*)?$/.exec(before);
    if (member && target && !target.isRunning && !target.hasExited && target.cInfo) {
      const frame = this.frameContext(target, frameIdArgumentNumber(this, target, args));
      const data = frame ? target.cInfo.accessPath(target.machine, member[1]!, frame) : undefined;
      if (data && typeof data !== 'string') {
        let type = stripTypedefs(data.type);
        if (member[2] === '->' && type.kind === 'pointer') type = stripTypedefs(type.target());
        if (type.kind === 'struct' || type.kind === 'union') {
          const partial = member[3] ?? '';
          for (const m of type.members()) {
            if (m.name && m.name.startsWith(partial)) targets.push({ label: m.name, type: 'field', start: column - 1 - partial.length, length: partial.length });
          }
          return { body: { targets } };
        }
        return { body: { targets: [] } }; // a C value without members
      }
    }
    const word = /([A-Za-z_.$][A-Za-z0-9_.$-]*)$/.exec(before)?.[1] ?? '';
    const start = column - 1 - word.length;
    const add = (label: string, type: DebugProtocol.CompletionItemType): void => {
      if (label.startsWith(word.replace(/^\$/, '')) || label.startsWith(word)) targets.push({ label, type, start, length: word.length });
    };
    if (before.trim() === word) for (const cmd of ['memory-tag', 'info registers', 'help', 'stdin-eof', 'x/']) add(cmd, 'keyword');
    for (const r of [...REGISTER_NAMES, 'lr', 'fp', ...Array.from({ length: 31 }, (_, i) => `w${i}`)]) add(r, 'variable');
    // C variables visible in the selected frame, then symbols.
    if (target && !target.isRunning && !target.hasExited && target.cInfo) {
      const frame = this.frameContext(target, frameIdArgumentNumber(this, target, args));
      if (frame) for (const v of target.cInfo.locals(target.machine, () => undefined, frame)) add(v.name, 'variable');
    }
    if (target) for (const s of target.info.symbolNames()) add(s, 'function');
    for (const ty of ['uint8_t', 'uint16_t', 'uint32_t', 'uint64_t', 'int8_t', 'int16_t', 'int32_t', 'int64_t', 'char']) add(ty, 'class');
    return { body: { targets: targets.slice(0, 500) } };
  }

  // Memory.

  readMemory(args: Args): Result {
    const c = 'readMemory';
    const reference = parseMemoryReference(c, requireString(c, args, 'memoryReference'));
    const offset = optionalInteger(c, args, 'offset') ?? 0;
    const count = requireInteger(c, args, 'count', 0, MAX_READ);
    const t = this.stopped(c);
    const address = untagged((reference + BigInt(offset)) & U64);
    if (count === 0) return { body: { address: hex(address), data: '' } };
    // Past the 48-bit address space nothing is mapped (a guest access there faults).
    const inRange = address >= VA_LIMIT ? 0 : Number(VA_LIMIT - address < BigInt(count) ? VA_LIMIT - address : BigInt(count));
    const r = inRange > 0 ? t.machine.readMemory(address, inRange) : { readableLength: 0, data: new Uint8Array(0) };
    const readable = Math.max(0, Math.min(inRange, r.readableLength));
    return { body: { address: hex(address), unreadableBytes: count - readable, data: Buffer.from(r.data.buffer, r.data.byteOffset, readable).toString('base64') } };
  }

  writeMemory(args: Args): Result {
    const c = 'writeMemory';
    const reference = parseMemoryReference(c, requireString(c, args, 'memoryReference'));
    const offset = optionalInteger(c, args, 'offset') ?? 0;
    const dataText = requireString(c, args, 'data');
    const allowPartial = optionalBoolean(c, args, 'allowPartial') ?? false;
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(dataText) || dataText.length % 4 === 1) throw new RequestError(`${c}: 'data' is not base64`);
    const t = this.stopped(c);
    const bytes = new Uint8Array(Buffer.from(dataText, 'base64'));
    if (bytes.length > MAX_READ) throw new RequestError(`${c}: at most ${MAX_READ} bytes per request`);
    const address = untagged((reference + BigInt(offset)) & U64);
    const inRange = address >= VA_LIMIT ? 0 : Number(VA_LIMIT - address < BigInt(bytes.length) ? VA_LIMIT - address : BigInt(bytes.length));
    const readable = inRange > 0 ? t.machine.readMemory(address, inRange).readableLength : 0;
    if (readable < bytes.length && !allowPartial) throw new RequestError(`${c}: memory at ${hex(address + BigInt(readable))} is not mapped (nothing written; set allowPartial to write the mapped part)`);
    const written = t.machine.writeMemory(address, bytes.subarray(0, readable));
    if (written > 0) this.memoryChanged(address, written);
    return { body: { offset: 0, bytesWritten: written } };
  }

  disassemble(args: Args): Result {
    const c = 'disassemble';
    const reference = parseMemoryReference(c, requireString(c, args, 'memoryReference'));
    const offset = optionalInteger(c, args, 'offset') ?? 0;
    const instructionOffset = optionalInteger(c, args, 'instructionOffset') ?? 0;
    const count = requireInteger(c, args, 'instructionCount', 0, 100_000);
    const resolveSymbols = optionalBoolean(c, args, 'resolveSymbols') ?? true;
    const t = this.stopped(c);
    const start = ((untagged((reference + BigInt(offset)) & U64) & ~3n) + BigInt(instructionOffset) * 4n) & U64;
    const instructions: DebugProtocol.DisassembledInstruction[] = [];
    let lastLine: string | undefined;
    for (let i = 0; i < count; i++) {
      const address = (start + BigInt(i) * 4n) & U64;
      const d = disassembleAt(t, address);
      const ins: DebugProtocol.DisassembledInstruction = { address: hex(address, 16), instruction: d.word === undefined ? '??' : d.text };
      if (d.word === undefined) { ins.presentationHint = 'invalid'; instructions.push(ins); continue; }
      ins.instructionBytes = d.word.toString(16).padStart(8, '0');
      if (resolveSymbols) {
        const s = t.info.symbolize(address);
        if (s) ins.symbol = s.offset === 0n ? s.name : `${s.name}+${hex(s.offset)}`;
      }
      const line = t.info.lineAt(address);
      if (line) {
        const key = `${line.file}:${line.line}`;
        if (key !== lastLine) { ins.location = { name: basename(line.file), path: line.file }; ins.line = line.line; }
        lastLine = key;
      }
      instructions.push(ins);
    }
    return { body: { instructions } };
  }

  dataBreakpointInfo(args: Args): Result {
    const c = 'dataBreakpointInfo';
    const name = requireString(c, args, 'name', { nonEmpty: true });
    const ref = optionalInteger(c, args, 'variablesReference');
    const asAddress = optionalBoolean(c, args, 'asAddress') ?? false;
    const bytes = optionalInteger(c, args, 'bytes', 1, 1 << 20);
    const frameId = optionalInteger(c, args, 'frameId');
    const t = this.getTarget();
    const none = (why: string): Result => ({ body: { dataId: null, description: why } });
    if (!t || t.isRunning || t.hasExited) return none('Data breakpoints can be set while the program is paused');
    const memory = (address: bigint, length: number, what: string): Result => ({
      body: { dataId: `mem:${hex(untagged(address))}:${length}`, description: `${length} bytes at ${hex(untagged(address))} (${what})`, accessTypes: ['read', 'write', 'readWrite'], canPersist: false },
    });
    const tag = (address: bigint, length: number): Result => {
      const g = granuleOf(address);
      const granules = Math.max(1, Math.ceil(Number(untagged(address) + BigInt(length) - g) / 16));
      return { body: { dataId: `tag:${hex(g)}:${granules * 16}`, description: `allocation tags of [${hex(g)},${hex(g + BigInt(granules * 16))}) (break when retagged)`, accessTypes: ['write'], canPersist: false } };
    };
    if (/^tag:/.test(name)) {
      const r = evaluate(t, name.slice(4));
      return r.ok ? tag(r.value.value, bytes ?? 16) : none(r.message);
    }
    if (ref !== undefined && ref > 0) {
      const container = this.container(ref);
      if (!container) return none(`unknown variablesReference ${ref}`);
      if (container.kind === 'registers') {
        const r = readRegister(t.machine, name);
        if (!r || !isMappedAddress(t.machine, r.value)) return none(`${name} does not point into mapped memory (registers themselves cannot be watched)`);
        return memory(r.value, bytes ?? 8, `pointed to by ${name}`);
      }
      if (container.kind === 'pointer') {
        if (name === 'allocation tag' || name === 'granule') return tag(container.address, bytes ?? 16);
        const m = /^\[(\d)\]$/.exec(name);
        if (m) return memory(untagged(container.address) + BigInt(Number(m[1]) * 8), 8, name);
        return none(`'${name}' cannot be watched`);
      }
      if (container.kind === 'cLocals' || container.kind === 'cGlobals' || container.kind === 'cValue') {
        const found = this.cChild(t, container, name);
        const data = found?.view.data;
        if (!data) return none(`'${name}' cannot be read`);
        if (data.address === undefined) return none(`'${name}' is in a register, not in memory: it cannot be watched`);
        return memory(data.address, bytes ?? Math.max(1, data.bytes.length), `${name}, ${found!.view.type}`);
      }
      return none(`'${name}' cannot be watched`);
    }
    const frame = frameId !== undefined ? this.frameContext(t, this.frameNumber(c, t, frameId)) : undefined;
    const r = evaluate(t, name, frame);
    if (!r.ok) return none(r.message);
    if (asAddress) return memory(r.value.value, bytes ?? 8, name);
    const lv = r.value.lvalue;
    if (lv?.kind === 'memory') return memory(lv.address, bytes ?? lv.size, name);
    if (isMappedAddress(t.machine, r.value.value)) return memory(r.value.value, bytes ?? 8, `pointed to by ${name}`);
    return none(`'${name}' is not a memory location`);
  }

  // Custom MTE requests.

  readMemoryTags(args: Args): Result {
    const c = 'readMemoryTags';
    const reference = parseMemoryReference(c, requireString(c, args, 'memoryReference'));
    const offset = optionalInteger(c, args, 'offset') ?? 0;
    const count = requireInteger(c, args, 'count', 1, MAX_TAG_GRANULES);
    const t = this.stopped(c);
    const address = granuleOf((reference + BigInt(offset)) & U64);
    const body: ReadMemoryTagsResponse = { address: hex(address), granuleSize: 16, tags: t.machine.readTags(address, count) };
    return { body };
  }

  writeMemoryTags(args: Args): Result {
    const c = 'writeMemoryTags';
    const reference = parseMemoryReference(c, requireString(c, args, 'memoryReference'));
    const offset = optionalInteger(c, args, 'offset') ?? 0;
    const tags = requireArray(c, args, 'tags');
    if (tags.length === 0 || tags.length > MAX_TAG_GRANULES) throw new RequestError(`${c}: 'tags' must have 1..${MAX_TAG_GRANULES} entries`);
    tags.forEach((tag, i) => {
      if (typeof tag !== 'number' || !Number.isInteger(tag) || tag < 0 || tag > 15) throw new RequestError(`${c}: tags[${i}] must be an integer 0..15`);
    });
    const t = this.stopped(c);
    const address = granuleOf((reference + BigInt(offset)) & U64);
    const written = t.machine.writeTags(address, tags as number[]);
    if (written === 0) throw new RequestError(`${c}: ${hex(address)} is not in PROT_MTE memory: no tags written`);
    this.memoryChanged(address, written * 16);
    const body: WriteMemoryTagsResponse = { granulesWritten: written };
    return { body };
  }

  tagMap(): Result {
    const t = this.stopped('tagMap');
    let budget = 16 * 1024 * 1024;
    let truncated = false;
    const regions: TagMapRegion[] = [];
    for (const r of t.machine.regions()) {
      if (!r.tagged) continue;
      const runs: TagMapRegion['runs'] = [];
      const total = Number((r.end - r.start) / GRANULE);
      const granules = Math.min(total, budget);
      if (granules < total) truncated = true;
      budget -= granules;
      const chunk = 65536;
      let current: { start: bigint; granules: number; tag: number } | undefined;
      for (let i = 0; i < granules; i += chunk) {
        const tags = t.machine.readTags(r.start + BigInt(i) * GRANULE, Math.min(chunk, granules - i));
        tags.forEach((tag, j) => {
          const value = tag ?? -1;
          if (current && current.tag === value) current.granules++;
          else {
            if (current) runs.push({ start: hex(current.start), granules: current.granules, tag: current.tag });
            current = { start: r.start + BigInt(i + j) * GRANULE, granules: 1, tag: value };
          }
        });
      }
      if (current) runs.push({ start: hex(current.start), granules: current.granules, tag: current.tag });
      regions.push({ start: hex(r.start), end: hex(r.end), name: r.name, read: r.read, write: r.write, execute: r.execute, runs });
    }
    const body: TagMapResponse = { granuleSize: 16, regions, truncated };
    return { body };
  }

  tagHistory(args: Args): Result {
    const c = 'tagHistory';
    const reference = parseMemoryReference(c, requireString(c, args, 'memoryReference'));
    const offset = optionalInteger(c, args, 'offset') ?? 0;
    const t = this.stopped(c);
    const address = granuleOf((reference + BigInt(offset)) & U64);
    const entries = t.machine.tagHistory(address).map((w) => {
      const line = t.info.lineAt(w.pc);
      return {
        granule: hex(w.granule), oldTag: w.oldTag, newTag: w.newTag, instructionAddress: hex(w.pc),
        instruction: disassembleAt(t, w.pc).text, instructionCount: w.instructionCount,
        source: line ? { path: line.file, line: line.line } : undefined, symbol: symbolText(t, w.pc),
      };
    });
    const body: TagHistoryResponse = { granule: hex(address), entries };
    return { body };
  }
}

/** The C name of an evaluated value's type (`flags_t *`, `unsigned long`, `double`), as gdb's whatis prints it. */
function typeNameOf(v: EvalValue): string {
  return evalTypeName(v.type);
}

/** The frame number a completions request's frameId names (1, the innermost, when it has none or a bad one). */
function frameIdArgumentNumber(views: SessionViews, target: DebugTarget, args: Args): number {
  const frameId = args['frameId'];
  if (typeof frameId !== 'number' || !Number.isInteger(frameId)) return 1;
  try {
    return views.frameNumberOf(target, frameId);
  } catch {
    return 1;
  }
}

/** The expression naming a child of a C value: `parent.member`, `parent[3]`, `*parent`. */
function childExpression(parent: string | undefined, child: string): string | undefined {
  if (!parent) return undefined;
  const wrapped = /^[A-Za-z_]\w*((\.|->)[A-Za-z_]\w*|\[\d+\])*$/.test(parent) ? parent : `(${parent})`;
  if (/^\[\d+\]$/.test(child)) return `${wrapped}${child}`;
  if (child.startsWith('*')) return `*${wrapped}`;
  if (/^[A-Za-z_]\w*$/.test(child)) return `${wrapped}.${child}`;
  return undefined;
}

const DW_ATE_float = 0x4;

/**
 * The bytes to store in a C object for `text`: a number for floating point (float, double), an expression's
 * value for integers, characters, enums and pointers; a message for what cannot be assigned this way.
 */
export function encodeCValue(data: CValueData, text: string, evaluateText: (text: string) => ReturnType<typeof evaluate>): Uint8Array | string {
  const size = data.bytes.length;
  const t = stripTypedefs(data.type);
  if (t.kind === 'struct' || t.kind === 'union') return `cannot assign to a whole ${t.kind}: set its members`;
  if (t.kind === 'array') return 'cannot assign to an array: set its elements';
  if (t.kind === 'base' && t.encoding === DW_ATE_float) {
    if (size !== 4 && size !== 8) return `cannot write a ${size}-byte floating-point value`;
    let n = Number(text.trim());
    if (text.trim() === '' || (Number.isNaN(n) && !/^[-+]?nan$/i.test(text.trim()))) {
      // Not a plain number: an expression (`d * 2`, `i / 3.0`), converted as C assigns it.
      const r = evaluateText(text);
      if (!r.ok || (r.value.type.kind !== 'int' && r.value.type.kind !== 'float')) return `'${text}' is not a number`;
      n = numericValue(r.value);
    }
    const out = new Uint8Array(size);
    const view = new DataView(out.buffer);
    if (size === 4) view.setFloat32(0, n, true); else view.setFloat64(0, n, true);
    return out;
  }
  if (size < 1 || size > 8) return `cannot write a ${size}-byte value`;
  const r = evaluateText(text);
  if (!r.ok) return r.message;
  let value = r.value.value;
  if (r.value.type.kind === 'float') {
    try { value = convertValue(r.value, expressionType(data.type)); } catch (e) { return (e as { message?: string }).message ?? String(e); }
  }
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) out[i] = Number((value >> BigInt(8 * i)) & 0xffn);
  return out;
}
