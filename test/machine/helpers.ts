// Helpers for machine unit tests: assemble a few lines with the ISA layer's single-instruction assembler (itself
// checked against GNU as in test/isa), load them into a fresh machine with a tagged and an untagged region.
import assert from 'node:assert/strict';
import { assembleInstruction, createResolver } from '../../emulator/isa/index.js';
import type { ExpressionResolver, Feature } from '../../emulator/isa/api.js';
import { createMachine, type MachineImpl, type MachineOptions } from '../../emulator/machine/index.js';

export const CODE = 0x400000n;
export const TAGGED = 0x200000000n;
export const UNTAGGED = 0x300000000n;
export const STACK_TOP = 0x7ffff0000000n;

const FEATURES = new Set<Feature>(['base', 'crc', 'lse', 'rcpc', 'rcpc2', 'mte', 'flagm', 'fp', 'simd', 'cssc']);

/**
 * The test programs write branch and literal targets as absolute addresses (`b.ne 0x400000`), where GNU as
 * would read a plain number as an offset from the instruction: such a target is given to the ISA layer as an
 * expression (so it reaches the resolver) that evaluates to a location.
 */
const absoluteTargets: ExpressionResolver = {
  evaluate(text) {
    const v = createResolver().evaluate(text);
    return v.kind === 'constant' ? { kind: 'constant', value: v.value, location: true } : v;
  },
};
const pcRelativeMnemonic = /^(b|bl|b\.\w+|b(eq|ne|cs|hs|cc|lo|mi|pl|vs|vc|hi|ls|ge|lt|gt|le)|cbn?z|tbn?z|adrp?|ldr|ldrsw|prfm)$/i;

function withAbsoluteTarget(mnemonic: string, operands: string): string {
  if (!pcRelativeMnemonic.test(mnemonic)) return operands;
  return operands.replace(/(^|,\s*)(0x[0-9a-f]+|[0-9]+)\s*$/i, (_m, lead: string, target: string) => `${lead}(${target})`);
}

export function assemble(lines: readonly string[], base = CODE): Uint8Array {
  const out = new Uint8Array(lines.length * 4);
  const view = new DataView(out.buffer);
  lines.forEach((line, i) => {
    const text = line.trim();
    const space = text.search(/\s/);
    const mnemonic = space < 0 ? text : text.slice(0, space);
    const operands = space < 0 ? '' : text.slice(space + 1).trim();
    const r = assembleInstruction(mnemonic, withAbsoluteTarget(mnemonic, operands), { address: base + BigInt(i * 4), features: FEATURES, resolver: absoluteTargets });
    assert.ok(r.ok, `cannot assemble '${line}': ${r.ok ? '' : r.message}`);
    if (r.ok) view.setUint32(i * 4, r.word, true);
  });
  return out;
}

/** A machine with `lines` at CODE, 64 KiB tagged at TAGGED, 64 KiB untagged at UNTAGGED, and a stack. */
export function machineWith(lines: readonly string[], options: MachineOptions = {}): MachineImpl {
  const m = createMachine({ seed: 1, ...options });
  const code = assemble(lines);
  m.map(CODE, Math.max(4096, code.length), { read: true, write: false, execute: true, tagged: false }, 'text');
  m.writeMemory(CODE, code);
  m.map(TAGGED, 0x10000, { read: true, write: true, execute: false, tagged: true });
  m.map(UNTAGGED, 0x10000, { read: true, write: true, execute: false, tagged: false });
  m.map(STACK_TOP - 0x10000n, 0x10000, { read: true, write: true, execute: false, tagged: false }, '[stack]');
  m.setSP(STACK_TOP);
  m.setPC(CODE);
  return m;
}

/** Pointer with a logical tag in bits 59:56. */
export function tagged(address: bigint, tag: number): bigint {
  return (address & 0x00ffffffffffffffn) | (BigInt(tag) << 56n);
}

export function hex(v: bigint): string {
  return '0x' + v.toString(16);
}
