// Read-side helpers over a stopped DebugTarget shared by the session and the console commands: registers by
// name, the expression environment, assignment to registers and memory, pointer descriptions that show the
// logical tag next to the allocation tag of the granule it points into, and disassembly with symbols.

import type { Machine } from '../emulator/machine/api.js';
import { disassemble } from '../emulator/isa/index.js';
import type { DebugTarget } from './debugTarget.js';
import type { FrameContext } from './cLocals.js';
import { expressionValue } from './cExpressionTypes.js';
import { expressionType } from './cExpressionTypes.js';
import { convertValue, evaluateExpression, insertBitField, isMachineWord, splitAssignment, typeName, typeSize, type CType, type EvalEnvironment, type EvalResult, type EvalValue } from './expressions.js';
import { formatValue as formatDwarfValue } from '../emulator/dwarf/index.js';

export const GRANULE = 16n;
const U64 = (1n << 64n) - 1n;

import { pointerLogicalTag as logicalTag, pointerAddress as untagged } from '../emulator/machine/mteTags.js';
export { logicalTag, untagged };
export function withLogicalTag(pointer: bigint, tag: number): bigint { return (pointer & ~(0xfn << 56n) & U64) | (BigInt(tag & 0xf) << 56n); }
export function hex(value: bigint | number, digits = 0): string { return `0x${value.toString(16).padStart(digits, '0')}`; }
export function granuleOf(address: bigint): bigint { return untagged(address) & ~(GRANULE - 1n); }

/** Register names shown in the Registers scope, in order. */
export const REGISTER_NAMES: readonly string[] = [...Array.from({ length: 31 }, (_, i) => `x${i}`), 'sp', 'pc', 'nzcv', 'tpidr_el0'];

/** Reads a register by lower-case name; undefined for an unknown name. */
export function readRegister(machine: Machine, name: string): { value: bigint; size: 4 | 8 } | undefined {
  let m = /^x(\d+)$/.exec(name);
  if (m) { const n = Number(m[1]); return n <= 30 ? { value: machine.getX(n), size: 8 } : undefined; }
  m = /^w(\d+)$/.exec(name);
  if (m) { const n = Number(m[1]); return n <= 30 ? { value: machine.getX(n) & 0xffffffffn, size: 4 } : undefined; }
  switch (name) {
    case 'sp': return { value: machine.getSP(), size: 8 };
    case 'wsp': return { value: machine.getSP() & 0xffffffffn, size: 4 };
    case 'pc': return { value: machine.getPC(), size: 8 };
    case 'lr': return { value: machine.getX(30), size: 8 };
    case 'fp': return { value: machine.getX(29), size: 8 };
    case 'xzr': return { value: 0n, size: 8 };
    case 'wzr': return { value: 0n, size: 4 };
    case 'nzcv': case 'cpsr': return { value: BigInt(machine.getNZCV() >>> 0), size: 4 };
    case 'tpidr_el0': return { value: machine.getSystemRegister('tpidr_el0'), size: 8 };
  }
  return undefined;
}

/**
 * A register of a caller's frame by lower-case name (x0-x30, w0-w30, sp, pc, lr, fp); undefined for other names
 * (the same in every frame). A register unwinding could not recover reads as unavailable.
 */
function frameRegister(frame: FrameContext, pc: bigint, name: string): { value: bigint; size: 4 | 8 } | undefined {
  const x = (n: number, size: 4 | 8) => {
    const v = frame.register(n);
    if (v === undefined) throw new RegisterUnavailable(name);
    return { value: size === 4 ? v & 0xffffffffn : v, size };
  };
  let m = /^x(\d+)$/.exec(name);
  if (m) return Number(m[1]) <= 30 ? x(Number(m[1]), 8) : undefined;
  m = /^w(\d+)$/.exec(name);
  if (m) return Number(m[1]) <= 30 ? x(Number(m[1]), 4) : undefined;
  if (name === 'sp') return x(31, 8);
  if (name === 'lr') return x(30, 8);
  if (name === 'fp') return x(29, 8);
  if (name === 'pc') return { value: pc, size: 8 };
  return undefined;
}

/** Thrown (and reported by the evaluator as its message) for a register a caller's frame did not save. */
class RegisterUnavailable extends Error {
  constructor(name: string) { super(`value of register ${name} is not available in this frame (not saved)`); }
}

/** Writes a register by lower-case name; false for an unknown or read-only name. */
export function writeRegister(machine: Machine, name: string, value: bigint): boolean {
  let m = /^x(\d+)$/.exec(name);
  if (m) { const n = Number(m[1]); if (n > 30) return false; machine.setX(n, value & U64); return true; }
  m = /^w(\d+)$/.exec(name);
  if (m) { const n = Number(m[1]); if (n > 30) return false; machine.setX(n, value & 0xffffffffn); return true; }
  switch (name) {
    case 'sp': machine.setSP(value & U64); return true;
    case 'pc': machine.setPC(value & U64); return true;
    case 'lr': machine.setX(30, value & U64); return true;
    case 'fp': machine.setX(29, value & U64); return true;
    case 'nzcv': case 'cpsr': machine.setNZCV(Number(value & 0xf0000000n)); return true;
    case 'tpidr_el0': machine.setSystemRegister('tpidr_el0', value & U64); return true;
  }
  return false;
}

export function readUnsigned(machine: Machine, address: bigint, size: number): bigint | undefined {
  const r = machine.readMemory(untagged(address), size);
  if (r.readableLength < size) return undefined;
  let v = 0n;
  for (let i = size - 1; i >= 0; i--) v = (v << 8n) | BigInt(r.data[i]!);
  return v;
}

export function writeUnsigned(machine: Machine, address: bigint, size: number, value: bigint): boolean {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = Number((value >> BigInt(8 * i)) & 0xffn);
  return machine.writeMemory(untagged(address), bytes) === size;
}

export function expressionEnvironment(target: DebugTarget, frame?: FrameContext): EvalEnvironment {
  const machine = target.machine;
  const unwound = frame?.unwound;
  return {
    // In a caller's frame, registers are that frame's (gdb's `$x19` after `frame 1`): unwound, or unknown.
    register: (name) => (unwound && frame ? frameRegister(frame, unwound.pc, name) ?? readRegister(machine, name) : readRegister(machine, name)),
    symbol: (name) => target.info.symbolAddress(name),
    readMemory: (address, size) => readUnsigned(machine, address, size),
    typeNamed: (name) => {
      const t = target.cInfo?.typeNamed(name);
      return t ? expressionType(t) : undefined;
    },
    variable: (name) => {
      const data = target.cInfo?.variableData(machine, name, frame);
      const typed = data ? expressionValue(data) : undefined;
      if (typed) return typed;
      const c = target.cInfo?.scalar(machine, name, frame);
      if (!c) {
        // An enumerator (`paint == GREEN`): a constant of its enum type.
        const e = target.cInfo?.enumerator(name);
        if (!e) return undefined;
        const type = expressionType(e.type);
        return type.kind === 'int' ? { value: BigInt.asUintN(type.size * 8, e.value), type } : undefined;
      }
      const intType = (size: 1 | 2 | 4 | 8, signed: boolean): CType => ({ kind: 'int', size, signed, name: `${signed ? 'int' : 'uint'}${size * 8}_t` });
      const type: CType = c.pointee === undefined ? intType(c.size, c.signed)
        : { kind: 'pointer', to: c.pointee === 'void' ? { kind: 'void' } : intType(c.pointee.size, c.pointee.signed) };
      return { value: c.value, type, ...(c.address !== undefined ? { lvalue: { kind: 'memory' as const, address: c.address, size: c.size } } : {}) };
    },
  };
}

/** Evaluates an expression; C variables are those of `frame` (default: the innermost frame). */
export function evaluate(target: DebugTarget, text: string, frame?: FrameContext): EvalResult {
  return evaluateExpression(text, expressionEnvironment(target, frame));
}

/**
 * Assigns the value of `valueText` to the place `targetText` names (a register, memory or a bit-field), converted
 * to the place's type as C assigns (a double to an int truncates; a bit-field keeps its low bits).
 */
export function assign(target: DebugTarget, targetText: string, valueText: string, frame?: FrameContext): EvalResult {
  const place = evaluate(target, targetText, frame);
  if (!place.ok) return place;
  const value = evaluate(target, valueText, frame);
  if (!value.ok) return value;
  const lv = place.value.lvalue;
  if (!lv) return { ok: false, message: `'${targetText}' is not a register or a memory location` };
  if (lv.kind === 'register' && frame?.unwound) return { ok: false, message: `the registers of a caller's frame are read-only (select the innermost frame to change '${lv.name}')` };
  const to = place.value.type;
  if (to.kind === 'record' || to.kind === 'array' || to.kind === 'opaque' || to.kind === 'void') return { ok: false, message: `cannot assign to a value of type '${typeName(to)}'` };
  let v: bigint;
  try {
    v = convertValue(value.value, to);
  } catch (e) {
    return { ok: false, message: (e as { message?: string }).message ?? String(e) };
  }
  if (lv.kind === 'register') {
    if (!writeRegister(target.machine, lv.name, v)) return { ok: false, message: `register '${lv.name}' cannot be written` };
  } else if (lv.kind === 'bitfield') {
    const size = Math.ceil((lv.bitOffset + lv.bitSize) / 8);
    const storage = readUnsigned(target.machine, lv.address, size);
    if (storage === undefined || !writeUnsigned(target.machine, lv.address, size, insertBitField(storage, lv.bitOffset, lv.bitSize, v))) {
      return { ok: false, message: `cannot write memory at address ${hex(lv.address)}` };
    }
  } else if (!writeUnsigned(target.machine, lv.address, lv.size, v)) {
    return { ok: false, message: `cannot write memory at address ${hex(lv.address)}` };
  }
  const after = evaluate(target, targetText, frame);
  return after.ok ? after : { ok: true, value: { ...place.value, value: v } };
}

export { splitAssignment };

/** The allocation tag of the granule a pointer points into, or null outside PROT_MTE memory. */
export function allocationTagAt(machine: Machine, pointer: bigint): number | null {
  return machine.readTags(untagged(pointer), 1)[0] ?? null;
}

/**
 * A pointer as text with its tags: `0x0a00ffff8000 <tag 0xa, memory 0x0: MISMATCH>` in tagged memory, plain hex
 * elsewhere. `digits` pads the hex (16 for registers).
 */
export function describePointer(machine: Machine, value: bigint, digits = 0): string {
  const text = hex(value, digits);
  const allocation = allocationTagAt(machine, value);
  if (allocation === null) return text;
  const tag = logicalTag(value);
  return tag === allocation ? `${text} <tag ${hex(tag)}, memory ${hex(allocation)}>` : `${text} <tag ${hex(tag)}, memory ${hex(allocation)}: MISMATCH>`;
}

/** True when a value points into mapped memory (so it deserves a memoryReference). */
export function isMappedAddress(machine: Machine, value: bigint): boolean {
  const a = untagged(value);
  if (a < 0x1000n) return false;
  return machine.regions().some((r) => a >= r.start && a < r.end);
}

/** Formats an evaluated value with a pointer description when it looks like an address. */
export function formatEvalValue(machine: Machine, v: EvalValue): string {
  if (v.type.kind === 'record') return `{...} (${v.type.name} at ${hex(v.value)})`;
  // Floating point and characters print as gdb prints them (2.5, 0.333333343, 65 'A'); an enum as its enumerator.
  if (v.type.kind === 'float') return formatDwarfValue({ kind: 'base', name: v.type.name, size: v.type.size, encoding: DW_ATE_float }, littleEndianBytes(v.value, v.type.size));
  if (v.type.kind === 'int' && v.type.char) return formatDwarfValue({ kind: 'base', name: v.type.name, size: 1, encoding: v.type.signed ? DW_ATE_signed_char : DW_ATE_unsigned_char }, littleEndianBytes(v.value, 1));
  if (v.type.kind === 'int' && v.type.enumerators) {
    const bits = BigInt(v.type.size * 8);
    const n = v.type.signed ? BigInt.asIntN(Number(bits), v.value) : v.value;
    const e = v.type.enumerators.find((x) => x.value === n);
    if (e) return e.name;
  }
  if (v.type.kind === 'opaque' || v.type.kind === 'array' || v.type.kind === 'void') return `<${typeName(v.type)}: ${hex(v.value)}>`;
  if (v.type.kind === 'pointer' || (v.type.kind === 'int' && isMachineWord(v.type))) {
    return isMappedAddress(machine, v.value) ? describePointer(machine, v.value) : hex(v.value);
  }
  const bits = BigInt(typeSize(v.type) * 8);
  const signed = v.type.kind === 'int' && v.type.signed && v.value >= 1n << (bits - 1n) ? v.value - (1n << bits) : v.value;
  return signed >= 0n && signed < 10n ? signed.toString() : `${signed} (${hex(v.value)})`;
}

const DW_ATE_float = 0x4, DW_ATE_signed_char = 0x6, DW_ATE_unsigned_char = 0x8;

function littleEndianBytes(value: bigint, size: number): Uint8Array {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) out[i] = Number((value >> BigInt(8 * i)) & 0xffn);
  return out;
}

/** One instruction's disassembly text (objdump style), with a symbol for branch targets. */
export function disassembleAt(target: DebugTarget, address: bigint): { word: number | undefined; text: string } {
  const word = target.readWord(address);
  if (word === undefined) return { word, text: '<unreadable>' };
  try {
    const d = disassemble(word, address, (a) => {
      const s = target.info.symbolize(a);
      return s ? { name: s.name, offset: s.offset } : undefined;
    });
    return { word, text: d.text.replace(/\s+\/\/ /, '  // ').replace(/\t/g, ' ') };
  } catch (e) {
    return { word, text: `.inst ${hex(word, 8)} (cannot decode: ${(e as Error).message})` };
  }
}

/** `symbol+0x10` for an address, or undefined. */
export function symbolText(target: DebugTarget, address: bigint): string | undefined {
  const s = target.info.symbolize(address);
  if (!s) return undefined;
  return s.offset === 0n ? s.name : `${s.name}+${hex(s.offset)}`;
}
