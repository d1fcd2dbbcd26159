// Stack unwinding for AArch64. Where DWARF call-frame information covers the pc (gcc's .eh_frame, .cfi_*
// directives), frames are unwound by its rules, which stay right in prologues, epilogues and code without frame
// pointers. Elsewhere it falls back to frame records (AAPCS64: [x29] = caller's x29, [x29 + 8] = return address):
// frame 0 is decided by looking at the current function's code: before its `mov x29, sp` (or after its
// `ldp x29, x30`) the caller is found through x30 and the caller's x29, afterwards through the frame record.

import type { Machine } from '../emulator/machine/api.js';
import { findFrame, type CallFrameInfo } from '../emulator/dwarf/callFrame.js';
import { unwindStep, type FrameRegisters } from '../emulator/dwarf/unwind.js';
import type { ProgramInfo } from './programInfo.js';

export interface StackFrameInfo {
  /** The frame's pc: the current pc for frame 0, the call instruction (return address - 4) for callers. */
  readonly pc: bigint;
  /** Where this frame returns to, when known. */
  readonly returnAddress?: bigint;
  readonly fp: bigint;
  /** True when frame 0 has not set up (or has torn down) its frame record: its caller is found through x30. */
  readonly leaf: boolean;
  /** The frame's registers as call-frame information recovers them (undefined where unknown); CFI unwinding only. */
  readonly registers?: FrameRegisters;
}

const TOP_BYTE_MASK = (1n << 56n) - 1n;

/** BL imm26 or BLR Xn (also BLRAA/BLRAB/BLRAAZ/BLRABZ). */
export function isCallInstruction(word: number): boolean {
  if ((word & 0xfc000000) >>> 0 === 0x94000000) return true;
  if ((word & 0xfffffc1f) >>> 0 === 0xd63f0000) return true;
  if ((word & 0xfefff800) >>> 0 === 0xd63f0800) return true;
  return false;
}

/** `add x29, sp, #imm` (including `mov x29, sp`). */
function setsFramePointer(word: number): boolean {
  return (word & 0xff8003ff) >>> 0 === 0x910003fd;
}

/** `ldp x29, x30, [sp], #imm` or `ldp x29, x30, [sp, #imm]` or pre-indexed. */
function restoresFrameRecord(word: number): boolean {
  const masked = (word & 0xffc07fff) >>> 0;
  return masked === 0xa8c07bfd || masked === 0xa9c07bfd || masked === 0xa9407bfd;
}

function isReturn(word: number): boolean {
  return (word & 0xfffffc1f) >>> 0 === 0xd65f0000;
}

function readU64(machine: Machine, address: bigint): bigint | undefined {
  const r = machine.readMemory(address & TOP_BYTE_MASK, 8);
  if (r.readableLength < 8) return undefined;
  let v = 0n;
  for (let i = 7; i >= 0; i--) v = (v << 8n) | BigInt(r.data[i]!);
  return v;
}

function readWord(machine: Machine, address: bigint): number | undefined {
  const r = machine.readMemory(address, 4);
  if (r.readableLength < 4) return undefined;
  return (r.data[0]! | (r.data[1]! << 8) | (r.data[2]! << 16) | (r.data[3]! << 24)) >>> 0;
}

function isExecutable(machine: Machine, address: bigint): boolean {
  return machine.regions().some((r) => r.execute && address >= r.start && address < r.end);
}

/** True when the function containing pc has an active frame record at x29. */
function frameRecordActive(machine: Machine, info: ProgramInfo, pc: bigint): boolean {
  const start = info.functionStart(pc);
  if (start === undefined || pc - start > 4096n) return false;
  const here = readWord(machine, pc);
  if (here !== undefined && isReturn(here)) return false;
  let active = false;
  for (let a = start; a < pc; a += 4n) {
    const w = readWord(machine, a);
    if (w === undefined) return false;
    if (setsFramePointer(w)) active = true;
    else if (restoresFrameRecord(w)) active = false;
  }
  return active;
}

export function unwindStack(machine: Machine, info: ProgramInfo, max: number): StackFrameInfo[] {
  return unwindWithCallFrames(machine, info.callFrames(), max) ?? unwindWithFrameRecords(machine, info, max);
}

/** Unwinds by DWARF call-frame information; undefined when none covers the current pc. */
export function unwindWithCallFrames(machine: Machine, callFrames: readonly CallFrameInfo[], max: number): StackFrameInfo[] | undefined {
  const covering = (pc: bigint) => callFrames.find((c) => findFrame(c, pc) !== undefined);
  const pc = machine.getPC();
  if (!covering(pc)) return undefined;
  let registers: FrameRegisters = { pc, sp: machine.getSP(), x: Array.from({ length: 31 }, (_, n) => machine.getX(n)) };
  const frames: StackFrameInfo[] = [];
  for (let depth = 0; frames.length < max; depth++) {
    const framePc = depth === 0 ? registers.pc : registers.pc - 4n;
    const lookupPc = depth === 0 ? registers.pc : registers.pc - 1n;
    const info = covering(lookupPc);
    const step = info ? unwindStep(info, registers, (a) => readU64(machine, a), depth === 0) : undefined;
    const caller = step?.kind === 'caller' ? step.registers : undefined;
    const returnAddress = caller ? caller.pc : undefined;
    frames.push({
      pc: framePc, ...(returnAddress !== undefined ? { returnAddress } : {}), fp: registers.x[29] ?? 0n,
      leaf: depth === 0 && returnAddress !== undefined && returnAddress === machine.getX(30), registers,
    });
    if (!caller) break;
    const ra = caller.pc & TOP_BYTE_MASK;
    if (ra < 4n || !isExecutable(machine, ra) || caller.sp <= registers.sp && depth > 0) break;
    registers = { ...caller, pc: ra };
  }
  return frames;
}

function unwindWithFrameRecords(machine: Machine, info: ProgramInfo, max: number): StackFrameInfo[] {
  const frames: StackFrameInfo[] = [];
  const pc = machine.getPC();
  const sp = machine.getSP();
  let fp = machine.getX(29);
  const leaf = !frameRecordActive(machine, info, pc) || fp < sp;
  let returnAddress: bigint | undefined;
  if (leaf) returnAddress = machine.getX(30);
  else {
    returnAddress = readU64(machine, fp + 8n);
    const callerFp = readU64(machine, fp);
    fp = callerFp ?? 0n;
  }
  frames.push({ pc, returnAddress, fp: machine.getX(29), leaf });
  let previousFp = sp;
  while (frames.length < max && returnAddress !== undefined) {
    const ra = returnAddress & TOP_BYTE_MASK;
    if (ra === 0n || ra < 4n || !isExecutable(machine, ra)) break;
    const framePc = ra - 4n;
    // The caller's own return address comes from its frame record, if it has a sane one.
    let next: bigint | undefined;
    let nextFp = 0n;
    if (fp !== 0n && fp >= previousFp && (fp & 7n) === 0n) {
      next = readU64(machine, fp + 8n);
      nextFp = readU64(machine, fp) ?? 0n;
    }
    frames.push({ pc: framePc, returnAddress: next, fp, leaf: false });
    if (next === undefined || fp === 0n) break;
    previousFp = fp + 16n;
    fp = nextFp;
    returnAddress = next;
  }
  return frames;
}
