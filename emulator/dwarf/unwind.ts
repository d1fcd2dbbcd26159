// One step of stack unwinding with DWARF call-frame information: from a frame's registers to its caller's.
// The debugger walks the stack with it and falls back to frame-pointer unwinding where no FDE covers the pc.

import { findFrame, rowAt, type CallFrameInfo } from './callFrame.js';

export interface FrameRegisters {
  readonly pc: bigint;
  readonly sp: bigint;
  /** x0..x30; undefined where a register's value in this frame is not known. */
  readonly x: readonly (bigint | undefined)[];
}

export type UnwindStep =
  | { readonly kind: 'caller'; readonly registers: FrameRegisters }
  /** The return address is undefined: this is the outermost frame. */
  | { readonly kind: 'outermost' }
  /** No call-frame information covers the pc, or it cannot be evaluated (DWARF expressions, unreadable memory). */
  | { readonly kind: 'unknown'; readonly reason: string };

const MASK = 0xffff_ffff_ffff_ffffn;

/**
 * Computes the caller's registers. `read64` reads guest memory without side effects (undefined if unreadable).
 * `isInnermost` is false for frames above the first: their pc is a return address, so the lookup uses pc - 1
 * (the call instruction's range), as DWARF unwinders do.
 */
export function unwindStep(info: CallFrameInfo, frame: FrameRegisters, read64: (address: bigint) => bigint | undefined, isInnermost: boolean): UnwindStep {
  const lookup = isInnermost ? frame.pc : frame.pc - 1n;
  const fde = findFrame(info, lookup);
  if (!fde) return { kind: 'unknown', reason: `no call-frame information for 0x${frame.pc.toString(16)}` };
  const row = rowAt(fde, lookup);
  if (!row) return { kind: 'unknown', reason: 'malformed call-frame information' };
  if (row.cfa.kind !== 'registerOffset') return { kind: 'unknown', reason: 'CFA given by a DWARF expression' };
  const base = row.cfa.register === 31 ? frame.sp : frame.x[row.cfa.register];
  if (base === undefined) return { kind: 'unknown', reason: `CFA register x${row.cfa.register} is unknown` };
  const cfa = (base + BigInt(row.cfa.offset)) & MASK;

  const caller: (bigint | undefined)[] = [];
  for (let n = 0; n <= 30; n++) {
    const rule = row.registers.get(n);
    if (!rule || rule.kind === 'sameValue') { caller.push(frame.x[n]); continue; }
    switch (rule.kind) {
      case 'undefined': caller.push(undefined); break;
      case 'offset': caller.push(read64((cfa + BigInt(rule.offset)) & MASK)); break;
      case 'valOffset': caller.push((cfa + BigInt(rule.offset)) & MASK); break;
      case 'register': caller.push(rule.register === 31 ? frame.sp : frame.x[rule.register]); break;
      default: caller.push(undefined);
    }
  }
  const returnRule = row.registers.get(fde.cie.returnAddressRegister);
  if (returnRule?.kind === 'undefined') return { kind: 'outermost' };
  const returnAddress = caller[fde.cie.returnAddressRegister];
  if (returnAddress === undefined) return { kind: 'unknown', reason: 'the return address could not be read' };
  // A signed return address (pointer authentication) would need its PAC stripped; the emulator does not sign.
  return { kind: 'caller', registers: { pc: returnAddress, sp: cfa, x: caller } };
}
