// Words for stops: the DAP stop reason and description of each TargetStop, and the full explanation of a signal
// stop (exceptionInfo, debug console). Tag check faults are explained in gdb 13's wording ("Memory tag violation
// while accessing address ...", "Allocation tag 0x0", "Logical tag 0xa.") plus what only an emulator knows: the
// access, the granule, and for asynchronous faults the exact instruction that made the access.

import type { Fault, TagCheckFault } from '../emulator/machine/api.js';
import type { DebugTarget, TargetStop } from './debugTarget.js';
import { disassembleAt, GRANULE, hex, symbolText } from './inspect.js';

const SIGNAL_NAMES: Readonly<Record<number, [string, string]>> = {
  1: ['SIGHUP', 'Hangup'], 2: ['SIGINT', 'Interrupt'], 3: ['SIGQUIT', 'Quit'], 4: ['SIGILL', 'Illegal instruction'],
  5: ['SIGTRAP', 'Trace/breakpoint trap'], 6: ['SIGABRT', 'Aborted'], 7: ['SIGBUS', 'Bus error'],
  8: ['SIGFPE', 'Arithmetic exception'], 9: ['SIGKILL', 'Killed'], 10: ['SIGUSR1', 'User defined signal 1'],
  11: ['SIGSEGV', 'Segmentation fault'], 12: ['SIGUSR2', 'User defined signal 2'], 13: ['SIGPIPE', 'Broken pipe'],
  14: ['SIGALRM', 'Alarm clock'], 15: ['SIGTERM', 'Terminated'], 24: ['SIGXCPU', 'CPU time limit exceeded'],
  25: ['SIGXFSZ', 'File size limit exceeded'], 31: ['SIGSYS', 'Bad system call'],
};

const SEGV_CODES: Readonly<Record<number, string>> = { 1: 'SEGV_MAPERR', 2: 'SEGV_ACCERR', 8: 'SEGV_MTEAERR', 9: 'SEGV_MTESERR' };

export function signalName(signal: number): string { return SIGNAL_NAMES[signal]?.[0] ?? `SIG${signal}`; }
function signalDescription(signal: number): string { return SIGNAL_NAMES[signal]?.[1] ?? `Signal ${signal}`; }

function codeName(signal: number, code: number): string | undefined {
  if (signal === 11) return SEGV_CODES[code];
  if (signal === 7) return ({ 1: 'BUS_ADRALN', 2: 'BUS_ADRERR' } as Record<number, string>)[code];
  if (signal === 4) return ({ 1: 'ILL_ILLOPC', 2: 'ILL_ILLOPN' } as Record<number, string>)[code];
  return undefined;
}

function where(target: DebugTarget, pc: bigint): string {
  const sym = symbolText(target, pc);
  const line = target.info.lineAt(pc);
  const file = line ? line.file.split(/[\\/]/).pop() : undefined;
  return `${hex(pc)}${sym ? ` <${sym}>` : ''}${line ? ` (${file}:${line.line})` : ''}`;
}

function accessText(f: TagCheckFault): string {
  return `${f.access === 'write' ? 'store' : 'load'} of ${f.size} byte${f.size === 1 ? '' : 's'}`;
}

/** Lines explaining a tag check fault. */
export function tagFaultLines(target: DebugTarget, f: TagCheckFault): string[] {
  const instruction = disassembleAt(target, f.pc).text;
  const lines: string[] = [];
  if (f.mode === 'sync') {
    lines.push(`Memory tag violation while accessing address ${hex(f.address)}`, `Allocation tag ${hex(f.allocationTag)}`, `Logical tag ${hex(f.logicalTag)}.`);
  } else {
    lines.push('Memory tag violation', 'Fault address unavailable (asynchronous tag check fault: Linux reports si_addr = 0).');
    lines.push(`The access that caused it: address ${hex(f.address)}, allocation tag ${hex(f.allocationTag)}, logical tag ${hex(f.logicalTag)}.`);
  }
  lines.push(`Access: ${accessText(f)} by \`${instruction}\` at ${where(target, f.pc)}.`);
  lines.push(`Granule [${hex(f.granule)},${hex(f.granule + GRANULE)}) has allocation tag ${hex(f.allocationTag)}; the pointer's logical tag is ${hex(f.logicalTag)}.`);
  lines.push(`Tag check mode: ${f.mode === 'sync' ? 'synchronous (SEGV_MTESERR)' : 'asynchronous (SEGV_MTEAERR)'}.`);
  return lines;
}

function otherFaultLines(target: DebugTarget, fault: Fault | undefined): string[] {
  if (!fault || fault.kind === 'tagCheck') return [];
  const instruction = disassembleAt(target, fault.pc).text;
  switch (fault.kind) {
    case 'unmapped': return [`${fault.access === 'fetch' ? 'Instruction fetch from' : fault.access === 'write' ? 'Write to' : 'Read from'} unmapped address ${hex(fault.address)} by \`${instruction}\` at ${where(target, fault.pc)}.`];
    case 'permission': return [`${fault.access === 'fetch' ? 'Instruction fetch from' : fault.access === 'write' ? 'Write to' : 'Read from'} ${hex(fault.address)} is not permitted by the page protection (\`${instruction}\` at ${where(target, fault.pc)}).`];
    case 'alignment': return [`Misaligned ${fault.access} at ${hex(fault.address)} by \`${instruction}\` at ${where(target, fault.pc)}.`];
    case 'undefinedInstruction': return [`Undefined instruction ${hex(fault.word, 8)} at ${where(target, fault.pc)}.`];
    case 'memoryLimit': return [`The program asked for ${fault.requestedBytes} bytes beyond the memory limit of ${fault.limitBytes} bytes at ${where(target, fault.pc)}.`];
  }
  return [];
}

export function describeStop(target: DebugTarget, stop: TargetStop): { reason: string; description: string; text?: string } {
  switch (stop.kind) {
    case 'entry': return { reason: 'entry', description: 'Paused on entry' };
    case 'breakpoint': return { reason: 'breakpoint', description: 'Paused on breakpoint' };
    case 'step': return { reason: 'step', description: 'Paused after step' };
    case 'pause': return { reason: 'pause', description: 'Paused' };
    case 'goto': return { reason: 'goto', description: 'Paused after goto' };
    case 'historyStart': return { reason: 'step', description: 'Reached the start of the recorded history' };
    case 'dataBreakpoint':
      return stop.access === 'tag'
        ? { reason: 'data breakpoint', description: `Paused: allocation tag of granule ${hex(stop.address)} written`, text: 'tag' }
        : { reason: 'data breakpoint', description: `Paused on data breakpoint (${stop.access} at ${hex(stop.address)})`, text: stop.access };
    case 'exception': {
      const f = stop.fault;
      if (f?.kind === 'tagCheck') {
        return {
          reason: 'exception',
          description: `Tag check fault (${f.mode === 'sync' ? 'synchronous' : 'asynchronous'}): logical tag ${hex(f.logicalTag)}, allocation tag ${hex(f.allocationTag)}`,
          text: `SIGSEGV (${f.mode === 'sync' ? 'SEGV_MTESERR' : 'SEGV_MTEAERR'})`,
        };
      }
      const code = codeName(stop.signal, stop.code);
      return { reason: 'exception', description: `${signalName(stop.signal)}, ${signalDescription(stop.signal)}`, text: code ? `${signalName(stop.signal)} (${code})` : signalName(stop.signal) };
    }
    case 'exited': return { reason: 'exited', description: `Exited with status ${stop.code}` };
    case 'killed': return { reason: 'exited', description: `Terminated by ${signalName(stop.signal)}` };
  }
}

export interface ExceptionReport {
  readonly exceptionId: string;
  readonly description: string;
  readonly details: { message: string; typeName: string; fullTypeName: string; evaluateName?: string; stackTrace?: string };
  /** gdb-style text for the debug console. */
  readonly consoleText: string;
}

export function exceptionDetails(target: DebugTarget, stop: Extract<TargetStop, { kind: 'exception' }>): ExceptionReport {
  const f = stop.fault;
  const code = f?.kind === 'tagCheck' ? (f.mode === 'sync' ? 'SEGV_MTESERR' : 'SEGV_MTEAERR') : codeName(stop.signal, stop.code);
  const exceptionId = code ? `${signalName(stop.signal)} (${code})` : signalName(stop.signal);
  const lines = f?.kind === 'tagCheck' ? tagFaultLines(target, f) : otherFaultLines(target, f);
  if (lines.length === 0) lines.push(`${signalName(stop.signal)} (${signalDescription(stop.signal)}) at ${where(target, stop.pc)}.`);
  if (stop.fatal) lines.push('The program has no handler for this signal: continuing ends it.');
  const typeName = f?.kind === 'tagCheck' ? `Tag check fault (${f.mode === 'sync' ? 'synchronous' : 'asynchronous'})` : signalDescription(stop.signal);
  const frames = target.stackFrames(16).map((fr, i) => `#${i} ${where(target, fr.pc)}`).join('\n');
  const description = lines.join('\n');
  return {
    exceptionId,
    description,
    details: {
      message: description, typeName, fullTypeName: exceptionId,
      evaluateName: f && 'address' in f ? hex(f.address) : undefined, stackTrace: frames,
    },
    consoleText: `Program received signal ${signalName(stop.signal)}, ${signalDescription(stop.signal)}.\n${description}`,
  };
}

export function fatalReport(target: DebugTarget, stop: Extract<TargetStop, { kind: 'killed' }>): string {
  const lines = [`Program terminated with signal ${signalName(stop.signal)}, ${signalDescription(stop.signal)}.${stop.coreDumped ? ' (core dumped)' : ''}`];
  if (stop.fault?.kind === 'tagCheck') lines.push(...tagFaultLines(target, stop.fault));
  else lines.push(...otherFaultLines(target, stop.fault));
  return lines.join('\n');
}
