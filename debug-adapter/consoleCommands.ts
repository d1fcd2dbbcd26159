// Debug console commands in gdb's words: `memory-tag print-logical-tag|with-logical-tag|print-allocation-tag|
// set-allocation-tag|check`, `x/FMT EXPR` (with gdb 13's `m` modifier that prints allocation tags),
// `info registers`, plus `> text` / `stdin-eof` for the guest's standard input, and `help`.
// Each command returns text for the console or an error message; none throws.

import type { DebugTarget } from './debugTarget.js';
import {
  allocationTagAt, evaluate, GRANULE, granuleOf, hex, logicalTag, readRegister, REGISTER_NAMES, symbolText,
  untagged, withLogicalTag,
} from './inspect.js';

export type ConsoleResult =
  | { readonly kind: 'output'; readonly text: string; readonly memoryChanged?: boolean }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'notACommand' };

export const CONSOLE_HELP = [
  'Expressions: registers (x0-x30, w0-w30, sp, pc, lr, fp, nzcv, tpidr_el0), symbols, numbers, C operators,',
  '  casts and dereference: `x0 + 16`, `*(uint64_t*)(sp + 8)`, `((uint32_t*)buf)[3]`.',
  'Assignment: `x0 = 0x1000`, `*(uint8_t*)x1 = 7`.',
  'print[/F] EXPR, p[/F] EXPR              the value of a C expression as a watch shows it (F: x d u o t c)',
  'whatis EXPR, ptype EXPR                 its type',
  'memory-tag print-logical-tag EXPR       the logical tag (bits 59:56) of a pointer',
  'memory-tag with-logical-tag EXPR TAG    the pointer with its logical tag replaced',
  'memory-tag print-allocation-tag EXPR    the allocation tag of the granule EXPR points into',
  'memory-tag set-allocation-tag EXPR LEN TAGS',
  '                                        sets the allocation tags of [EXPR, EXPR+LEN); TAGS are hex',
  '                                        digit pairs, one per granule, repeated as needed ("0a0b")',
  'memory-tag check EXPR                   compares the pointer\'s logical tag with the allocation tag',
  'x/NFU EXPR                              examine memory: N units, F in x d u o t c a, U in b h w g;',
  '                                        add m (x/4xgm) to show allocation tags per granule',
  'info registers [NAME...]                register values',
  'info locals, info args                  the selected frame\'s C locals or arguments (programs built with -g)',
  'signal 0                                at an exception stop: do not deliver the signal (continue then',
  '                                        re-executes the faulting instruction, e.g. after fixing a tag)',
  '> TEXT                                  sends TEXT and a newline to the program\'s standard input',
  'stdin-eof                               closes the program\'s standard input',
  'help                                    this text',
].join('\n');

function evalAddress(target: DebugTarget, text: string): { ok: true; value: bigint } | { ok: false; message: string } {
  const r = evaluate(target, text);
  return r.ok ? { ok: true, value: r.value.value } : r;
}

function parseTagBytes(text: string): number[] | undefined {
  const t = text.trim().replace(/^0x/i, '');
  if (/^([0-9a-fA-F]{2})+$/.test(t)) return t.match(/../g)!.map((h) => parseInt(h, 16));
  const parts = text.split(/[\s,]+/).filter(Boolean);
  if (parts.length === 0) return undefined;
  const tags = parts.map((p) => Number(p));
  return tags.every((n) => Number.isInteger(n)) ? tags : undefined;
}

function memoryTagCommand(target: DebugTarget, rest: string): ConsoleResult {
  const m = /^(\S+)\s*(.*)$/.exec(rest.trim());
  if (!m) return { kind: 'error', message: 'memory-tag: missing subcommand (print-logical-tag, with-logical-tag, print-allocation-tag, set-allocation-tag, check)' };
  const [, sub, args] = m as unknown as [string, string, string];
  const machine = target.machine;
  switch (sub) {
    case 'print-logical-tag': {
      const a = evalAddress(target, args);
      return a.ok ? { kind: 'output', text: hex(logicalTag(a.value)) } : { kind: 'error', message: a.message };
    }
    case 'with-logical-tag': {
      const split = /^(.*\S)\s+(\S+)$/.exec(args.trim());
      if (!split) return { kind: 'error', message: 'Usage: memory-tag with-logical-tag EXPR TAG' };
      const a = evalAddress(target, split[1]!);
      if (!a.ok) return { kind: 'error', message: a.message };
      const tag = Number(split[2]);
      if (!Number.isInteger(tag) || tag < 0 || tag > 15) return { kind: 'error', message: `Invalid tag '${split[2]}': a logical tag is 0..15` };
      return { kind: 'output', text: hex(withLogicalTag(a.value, tag)) };
    }
    case 'print-allocation-tag': {
      const a = evalAddress(target, args);
      if (!a.ok) return { kind: 'error', message: a.message };
      const tag = allocationTagAt(machine, a.value);
      if (tag === null) return { kind: 'error', message: `Address ${hex(untagged(a.value))} not in a region mapped with a memory tagging flag.` };
      return { kind: 'output', text: hex(tag) };
    }
    case 'set-allocation-tag': {
      const split = /^(.*\S)\s+(\S+)\s+(\S+)$/.exec(args.trim());
      if (!split) return { kind: 'error', message: 'Usage: memory-tag set-allocation-tag EXPR LEN TAGS (for example: memory-tag set-allocation-tag x0 32 0a0b)' };
      const a = evalAddress(target, split[1]!);
      if (!a.ok) return { kind: 'error', message: a.message };
      const len = evaluate(target, split[2]!);
      if (!len.ok) return { kind: 'error', message: len.message };
      const tags = parseTagBytes(split[3]!);
      if (!tags || tags.some((t) => t < 0 || t > 15)) return { kind: 'error', message: `Invalid tags '${split[3]}': hex digit pairs, each 00..0f` };
      const start = granuleOf(a.value);
      const end = untagged(a.value) + len.value.value;
      const granules = Number((end - start + GRANULE - 1n) / GRANULE);
      if (granules <= 0 || granules > 1 << 20) return { kind: 'error', message: `Invalid length ${len.value.value}` };
      const all = Array.from({ length: granules }, (_, i) => tags[i % tags.length]!);
      const written = machine.writeTags(start, all);
      if (written < granules) return { kind: 'error', message: `Could not update the allocation tags: ${hex(start + BigInt(written) * GRANULE)} is not in a region mapped with a memory tagging flag (${written} of ${granules} granules updated).` };
      return { kind: 'output', text: 'Allocation tag(s) updated successfully.', memoryChanged: true };
    }
    case 'check': {
      const a = evalAddress(target, args);
      if (!a.ok) return { kind: 'error', message: a.message };
      const allocation = allocationTagAt(machine, a.value);
      if (allocation === null) return { kind: 'error', message: `Address ${hex(untagged(a.value))} not in a region mapped with a memory tagging flag.` };
      const ltag = logicalTag(a.value);
      return ltag === allocation
        ? { kind: 'output', text: `Memory tags for address ${hex(a.value)} match (${hex(ltag)}).` }
        : { kind: 'output', text: `Logical tag (${hex(ltag)}) does not match the allocation tag (${hex(allocation)}) for address ${hex(a.value)}.` };
    }
  }
  return { kind: 'error', message: `Undefined memory-tag command: "${sub}". Try "help".` };
}

const UNIT_SIZES: Readonly<Record<string, number>> = { b: 1, h: 2, w: 4, g: 8 };

function formatUnit(value: bigint, size: number, format: string): string {
  const bits = BigInt(size * 8);
  const signed = value >= 1n << (bits - 1n) ? value - (1n << bits) : value;
  switch (format) {
    case 'd': return signed.toString();
    case 'u': return value.toString();
    case 'o': return `0${value.toString(8)}`;
    case 't': return value.toString(2).padStart(size * 8, '0');
    case 'c': return `${signed}\t'${value >= 32n && value < 127n ? String.fromCharCode(Number(value)) : `\\${value.toString(8).padStart(3, '0')}`}'`;
    case 'a': return hex(value);
    default: return hex(value, size * 2);
  }
}

/** `x/NFU EXPR`: examines memory like gdb; the `m` modifier adds an allocation tag line per granule. */
function examineCommand(target: DebugTarget, spec: string, expr: string): ConsoleResult {
  const m = /^(\d*)([xduotca]?)([bhwg]?)([xduotca]?)(m?)$/.exec(spec);
  if (!m) return { kind: 'error', message: `Invalid format '/${spec}': use x/NFU with F in x d u o t c a, U in b h w g, and m for memory tags` };
  const count = m[1] ? Number(m[1]) : 1;
  const format = m[2] || m[4] || 'x';
  const size = UNIT_SIZES[m[3] || (format === 'c' ? 'b' : format === 'a' ? 'g' : 'w')]!;
  const showTags = m[5] === 'm';
  if (count <= 0 || count > 4096) return { kind: 'error', message: `Invalid count ${count}: 1..4096` };
  if (expr.trim() === '') return { kind: 'error', message: 'Argument required (starting display address).' };
  const a = evalAddress(target, expr);
  if (!a.ok) return { kind: 'error', message: a.message };
  const start = untagged(a.value);
  const perLine = size === 8 ? 2 : size === 4 ? 4 : 8;
  const lines: string[] = [];
  const data = target.machine.readMemory(start, count * size);
  let values: string[] = [];
  let lineStart = start;
  let lastGranule: bigint | undefined;
  const flush = (): void => {
    if (values.length > 0) lines.push(`${label(target, lineStart)}\t${values.join('\t')}`);
    values = [];
  };
  for (let j = 0; j < count; j++) {
    const unitAddress = start + BigInt(j * size);
    if (showTags && granuleOf(unitAddress) !== lastGranule) {
      flush();
      lastGranule = granuleOf(unitAddress);
      const tag = target.machine.readTags(lastGranule, 1)[0];
      if (tag !== null && tag !== undefined) lines.push(`<Allocation Tag ${hex(tag)} for range [${hex(lastGranule)},${hex(lastGranule + GRANULE)})>`);
    }
    if (values.length === perLine) flush();
    if (values.length === 0) lineStart = unitAddress;
    const offset = j * size;
    if (offset + size > data.readableLength) {
      flush();
      lines.push(`Cannot access memory at address ${hex(unitAddress)}`);
      break;
    }
    let v = 0n;
    for (let k = size - 1; k >= 0; k--) v = (v << 8n) | BigInt(data.data[offset + k]!);
    values.push(formatUnit(v, size, format));
  }
  flush();
  return { kind: 'output', text: lines.join('\n') };
}

function label(target: DebugTarget, address: bigint): string {
  const s = symbolText(target, address);
  return s ? `${hex(address)} <${s}>:` : `${hex(address)}:`;
}

/**
 * A selected caller's frame: its registers as unwinding recovered them (a value, 'not saved', or undefined for the
 * registers every frame shares, read from the machine).
 */
export type FrameRegisterReader = (name: string) => { value: bigint; size: 4 | 8 } | 'not saved' | undefined;

function infoRegisters(target: DebugTarget, names: string[], frameRegister?: FrameRegisterReader): ConsoleResult {
  const list = names.length > 0 ? names.map((n) => n.replace(/^\$/, '').toLowerCase()) : REGISTER_NAMES;
  const lines: string[] = [];
  for (const name of list) {
    const own = frameRegister?.(name);
    if (own === 'not saved') { lines.push(`${name.padEnd(15)}<not saved>`); continue; }
    const r = own ?? readRegister(target.machine, name);
    if (!r) return { kind: 'error', message: `Invalid register '${name}'` };
    const natural = name === 'pc' ? `${hex(r.value)}${symbolText(target, r.value) ? ` <${symbolText(target, r.value)}>` : ''}`
      : name === 'sp' ? hex(r.value)
      : name === 'nzcv' ? `[ ${['N', 'Z', 'C', 'V'].filter((_, i) => (r.value >> BigInt(31 - i)) & 1n).join(' ')} ]`
      : (r.value >= 1n << 63n ? r.value - (1n << 64n) : r.value).toString();
    lines.push(`${name.padEnd(15)}${hex(r.value).padEnd(19)}${natural}`);
  }
  return { kind: 'output', text: lines.join('\n') };
}

export interface ConsoleInputSink {
  provideInput(text: string): void;
  closeInput(): void;
}

/** Runs a console command; `notACommand` when the text is an expression for the caller to evaluate. */
export function runConsoleCommand(target: DebugTarget | undefined, text: string, input?: ConsoleInputSink, frameRegister?: FrameRegisterReader): ConsoleResult {
  const trimmed = text.trim();
  if (trimmed === 'help' || trimmed === 'help memory-tag') return { kind: 'output', text: CONSOLE_HELP };
  if (trimmed.startsWith('>')) {
    if (!input) return { kind: 'error', message: 'No program is running to read standard input.' };
    const line = text.replace(/^\s*>\s?/, '');
    input.provideInput(line + '\n');
    return { kind: 'output', text: '' };
  }
  if (trimmed === 'stdin-eof') {
    if (!input) return { kind: 'error', message: 'No program is running to read standard input.' };
    input.closeInput();
    return { kind: 'output', text: 'Standard input closed.' };
  }
  const isCommand = /^(memory-tag\b|x\/|x\s|info\s+registers\b|info\s+reg\b|i\s+r\b|signal\s)/.test(trimmed);
  if (!isCommand) return { kind: 'notACommand' };
  if (!target) return { kind: 'error', message: 'The program is not being run.' };
  if (target.isRunning) return { kind: 'error', message: 'The program is running: pause it first.' };
  if (trimmed.startsWith('memory-tag')) return memoryTagCommand(target, trimmed.slice('memory-tag'.length));
  const x = /^x(?:\/(\S*))?\s+(.*)$/.exec(trimmed);
  if (x) return examineCommand(target, x[1] ?? '', x[2]!);
  const signal = /^signal\s+(\S+)$/.exec(trimmed);
  if (signal) {
    if (signal[1] !== '0') return { kind: 'error', message: 'Only "signal 0" (do not deliver the pending signal) is supported.' };
    return target.discardPendingSignal()
      ? { kind: 'output', text: 'The pending signal will not be delivered: continue re-executes the faulting instruction.' }
      : { kind: 'error', message: 'No signal is pending (the program is not stopped on an exception).' };
  }
  const info = /^(?:info\s+reg(?:isters)?|i\s+r)\s*(.*)$/.exec(trimmed);
  if (info) return infoRegisters(target, info[1]!.split(/\s+/).filter(Boolean), frameRegister);
  return { kind: 'notACommand' };
}
