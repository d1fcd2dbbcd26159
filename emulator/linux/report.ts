// The report printed when a signal ends the process (or is about to be delivered), in gdb 13's wording:
// "Program received signal SIGSEGV, Segmentation fault" followed, for MTE faults, by "Memory tag violation
// while accessing address 0x...", "Allocation tag 0x.", "Logical tag 0x." (async: "Fault address
// unavailable."), then where it happened: pc, symbol+offset and source line when the program has line rows.
import type { Fault, StopReason } from '../machine/api.js';
import type { LineRow, ProgramImage } from '../program.js';
import { SEGV_MTEAERR, SEGV_MTESERR, SIG, SIGNAL_NAMES } from './constants.js';

/** What the report needs from a process: its program and current pc. */
export interface ReportSubject {
  readonly program: ProgramImage;
  readonly machine: { getPC(): bigint };
}

export function hex64(value: bigint): string {
  return '0x' + BigInt.asUintN(64, value).toString(16).padStart(16, '0');
}

/** "name+offset" of the symbol containing (or preceding) an address, or undefined. */
export function symbolize(program: ProgramImage, address: bigint): string | undefined {
  // Only addresses inside a loaded segment have a name (as gdb's `?? ()`), and a symbol without a size names only
  // addresses of its own segment: a wild jump is not `__end__+15302358563544`.
  const segmentOf = (a: bigint) => program.segments.find((g) => a >= g.vaddr && a < g.vaddr + BigInt(g.memSize));
  const segment = segmentOf(address);
  if (!segment && program.segments.length > 0) return undefined;
  let best: { name: string; address: bigint } | undefined;
  for (const s of program.symbols) {
    if (s.type === 'section' || s.type === 'file' || s.name === '') continue;
    if (s.address > address) continue;
    if (s.size > 0 && address >= s.address + BigInt(s.size)) continue;
    if (s.size === 0 && segment && segmentOf(s.address) !== segment) continue;
    if (!best || s.address > best.address || (s.address === best.address && s.name < best.name && false)) best = s;
  }
  if (!best) return undefined;
  const offset = address - best.address;
  return offset === 0n ? best.name : `${best.name}+${offset}`;
}

/** The source line row for an address, when the program has a line table. */
export function lineFor(program: ProgramImage, address: bigint): LineRow | undefined {
  const rows = program.lines;
  if (!rows || rows.length === 0) return undefined;
  let lo = 0;
  let hi = rows.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]!.address <= address) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (found < 0 || rows[found]!.endSequence) return undefined;
  return rows[found];
}

/** "0x0000000000400114 in _start+20 at prog.s:12" */
export function describeLocation(program: ProgramImage, pc: bigint): string {
  let text = hex64(pc);
  const symbol = symbolize(program, pc);
  if (symbol) text += ` in ${symbol}`;
  const line = lineFor(program, pc);
  if (line) text += ` at ${line.file}:${line.line}`;
  return text;
}

function signalTitle(signal: number): string {
  const [name, description] = SIGNAL_NAMES[signal] ?? [`SIG${signal}`, `Unknown signal ${signal}`];
  return `${name}, ${description}`;
}

function faultPc(fault: Fault | undefined): bigint | undefined {
  return fault && 'pc' in fault ? fault.pc : undefined;
}

/**
 * The report for a 'killed' or 'signal' stop; an empty string for other stops. `sourceText(file, line)` may
 * supply the text of a source line, which is then shown as gdb does ("43\t<text>").
 */
export function formatFatalSignalReport(process: ReportSubject, stop: StopReason, sourceText?: (file: string, line: number) => string | undefined): string {
  if (stop.kind !== 'killed' && stop.kind !== 'signal') return '';
  const lines: string[] = [];
  const fault = stop.fault;
  const title = `Program received signal ${signalTitle(stop.signal)}`;
  if (stop.code === SEGV_MTESERR && fault?.kind === 'tagCheck') {
    // The address as ptrace shows it: bits 63:60 cleared, the logical tag in bits 59:56 kept.
    const address = BigInt.asUintN(64, fault.address) & 0x0fffffffffffffffn;
    lines.push(title, `Memory tag violation while accessing address ${hex64(address)}`,
      `Allocation tag 0x${fault.allocationTag.toString(16)}`, `Logical tag 0x${fault.logicalTag.toString(16)}.`);
  } else if (stop.code === SEGV_MTEAERR) {
    lines.push(title, 'Memory tag violation', 'Fault address unavailable.');
  } else {
    lines.push(`${title}.`);
    if (stop.signal === SIG.BUS && (fault?.kind === 'permission' || fault?.kind === 'unmapped')) {
      lines.push(`Cannot access memory at address ${hex64(fault.address)} (${fault.access}, past the end of the mapped file)`);
    } else if (fault?.kind === 'unmapped') lines.push(`Cannot access memory at address ${hex64(fault.address)} (${fault.access}, not mapped)`);
    else if (fault?.kind === 'permission') lines.push(`Cannot access memory at address ${hex64(fault.address)} (${fault.access}, not permitted)`);
    else if (fault?.kind === 'alignment') lines.push(`Misaligned ${fault.access} at address ${hex64(fault.address)}`);
    else if (fault?.kind === 'undefinedInstruction') lines.push(`Undefined instruction 0x${(fault.word >>> 0).toString(16).padStart(8, '0')}`);
    else if (fault?.kind === 'memoryLimit') lines.push(`Memory limit of ${fault.limitBytes} bytes exceeded (${fault.requestedBytes} bytes requested)`);
  }
  const pc = stop.kind === 'signal' ? stop.pc : process.machine.getPC();
  lines.push(describeLocation(process.program, pc));
  const row = lineFor(process.program, pc);
  const text = row && sourceText ? sourceText(row.file, row.line) : undefined;
  if (row && text !== undefined) lines.push(`${row.line}\t${text}`);
  const accessPc = faultPc(fault);
  if (stop.code === SEGV_MTEAERR && fault?.kind === 'tagCheck' && accessPc !== undefined) {
    lines.push(`The asynchronous fault was caused by the ${fault.size}-byte ${fault.access} at ${hex64(fault.address)} ` +
      `(logical tag 0x${fault.logicalTag.toString(16)}, allocation tag 0x${fault.allocationTag.toString(16)}) by the instruction at ${describeLocation(process.program, accessPc)}`);
  }
  return lines.join('\n') + '\n';
}
