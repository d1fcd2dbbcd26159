// C-level variables of ELF programs built with -g: the DWARF debug model (emulator/dwarf) says which variables are
// visible at pc and where they live; this reads them from the stopped machine and formats them as gdb does, with
// the tag description for pointers into PROT_MTE memory. The frame base (DW_OP_call_frame_cfa) comes from the
// program's call-frame information.

import type { Machine } from '../emulator/machine/api.js';
import { parseElf } from '../emulator/elf/index.js';
import {
  findFrame, formatValue, readLocationBytes, readProgramDebugInfo, rowAt, sizeOf, stripTypedefs, typeName,
  type CallFrameInfo, type CType, type DebugModel, type Variable,
} from '../emulator/dwarf/index.js';
import { describePointer, isMappedAddress, hex, untagged } from './inspect.js';

export interface CVariableView {
  readonly name: string;
  readonly value: string;
  readonly type: string;
  readonly memoryReference?: string;
}

/** A scalar C variable as the expression evaluator sees it. */
export interface CScalar {
  readonly value: bigint;
  readonly size: 1 | 2 | 4 | 8;
  readonly signed: boolean;
  /** For pointers: the pointee's size and signedness when it is a scalar (else treated as bytes). */
  readonly pointee?: { readonly size: 1 | 2 | 4 | 8; readonly signed: boolean } | 'void';
  /** Where the variable lives, when in memory (so it can be assigned). */
  readonly address?: bigint;
}

const SIGNED_ENCODINGS = new Set([0x5, 0x6]);

function scalarShape(type: CType): { size: 1 | 2 | 4 | 8; signed: boolean } | undefined {
  const t = stripTypedefs(type);
  if ((t.kind === 'base' || t.kind === 'enum') && [1, 2, 4, 8].includes(t.size)) {
    return { size: t.size as 1 | 2 | 4 | 8, signed: t.kind === 'base' ? SIGNED_ENCODINGS.has(t.encoding) : false };
  }
  return undefined;
}

export class CDebugInfo {
  private constructor(private readonly model: DebugModel, private readonly callFrames: readonly CallFrameInfo[]) {}

  /** Reads the DWARF of an ELF image; undefined when it has no usable .debug_info. */
  static load(elf: Uint8Array | undefined): CDebugInfo | undefined {
    if (!elf) return undefined;
    try {
      const parsed = parseElf(elf);
      if (!parsed.ok) return undefined;
      const info = readProgramDebugInfo(parsed.elf);
      return info.model && info.model.functions.length > 0 ? new CDebugInfo(info.model, info.callFrames) : undefined;
    } catch {
      return undefined;
    }
  }

  /** True when pc is inside a function the debug information describes. */
  hasFunctionAt(pc: bigint): boolean {
    return this.model.functionAt(pc) !== undefined;
  }

  private callFrameAddress(machine: Machine, pc: bigint): bigint | undefined {
    for (const info of this.callFrames) {
      const fde = findFrame(info, pc);
      if (!fde) continue;
      const row = rowAt(fde, pc);
      if (!row || row.cfa.kind !== 'registerOffset') return undefined;
      const base = row.cfa.register === 31 ? machine.getSP() : row.cfa.register <= 30 ? machine.getX(row.cfa.register) : undefined;
      return base === undefined ? undefined : (base + BigInt(row.cfa.offset)) & ((1n << 64n) - 1n);
    }
    return undefined;
  }

  private readVariable(machine: Machine, v: Variable, pc: bigint, symbolize: (a: bigint) => string | undefined): CVariableView {
    const register = (n: number): bigint | undefined => (n <= 30 ? machine.getX(n) : n === 31 ? machine.getSP() : undefined);
    const readMemory = (address: bigint, size: number): Uint8Array | undefined => {
      const r = machine.readMemory(untagged(address), size);
      return r.readableLength >= size ? r.data.subarray(0, size) : undefined;
    };
    const type = typeName(v.type);
    let location;
    try {
      location = this.model.locate(v, pc, {
        readRegister: register,
        readMemory: (address, size) => {
          const bytes = readMemory(address, size);
          if (!bytes) return undefined;
          let value = 0n;
          for (let i = size - 1; i >= 0; i--) value = (value << 8n) | BigInt(bytes[i]!);
          return value;
        },
        callFrameAddress: () => this.callFrameAddress(machine, pc),
      });
    } catch (e) {
      return { name: v.name, value: `<${(e as Error).message}>`, type };
    }
    if (location.kind === 'unavailable') return { name: v.name, value: `<${location.reason}>`, type };
    const size = sizeOf(v.type) ?? 8;
    const bytes = readLocationBytes(location, size, {
      readMemory,
      readRegister: (n) => {
        const value = register(n);
        if (value === undefined) return undefined;
        const out = new Uint8Array(8);
        for (let i = 0; i < 8; i++) out[i] = Number((value >> BigInt(8 * i)) & 0xffn);
        return out;
      },
    });
    if (!bytes) return { name: v.name, value: '<unavailable>', type };
    let value = formatValue(v.type, bytes, { symbolize, readMemory, topLevel: true });
    const stripped = stripTypedefs(v.type);
    let memoryReference = location.kind === 'memory' ? hex(untagged(location.address)) : undefined;
    if (stripped.kind === 'pointer' && size === 8) {
      let pointer = 0n;
      for (let i = 7; i >= 0; i--) pointer = (pointer << 8n) | BigInt(bytes[i]!);
      if (isMappedAddress(machine, pointer)) {
        const described = describePointer(machine, pointer);
        const tags = described.slice(hex(pointer).length);
        if (tags) value = `${value}${tags}`;
        memoryReference = hex(untagged(pointer));
      }
    }
    return { name: v.name, value, type, memoryReference };
  }

  /** The variables visible at the current pc (innermost scope first), read and formatted. */
  locals(machine: Machine, symbolize: (a: bigint) => string | undefined): CVariableView[] {
    const pc = machine.getPC();
    return this.model.variablesAt(pc).map((v) => this.readVariable(machine, v, pc, symbolize));
  }

  /** A visible scalar or pointer variable by name, for expressions; undefined when none (or not a scalar). */
  scalar(machine: Machine, name: string): CScalar | undefined {
    const pc = machine.getPC();
    const v = this.model.variablesAt(pc).find((x) => x.name === name) ?? this.model.global(name);
    if (!v) return undefined;
    const t = stripTypedefs(v.type);
    const shape = t.kind === 'pointer' ? { size: 8 as const, signed: false } : scalarShape(v.type);
    if (!shape) return undefined;
    const register = (n: number): bigint | undefined => (n <= 30 ? machine.getX(n) : n === 31 ? machine.getSP() : undefined);
    let location;
    try {
      location = this.model.locate(v, pc, {
        readRegister: register,
        readMemory: (address, size) => {
          const r = machine.readMemory(untagged(address), size);
          if (r.readableLength < size) return undefined;
          let value = 0n;
          for (let i = size - 1; i >= 0; i--) value = (value << 8n) | BigInt(r.data[i]!);
          return value;
        },
        callFrameAddress: () => this.callFrameAddress(machine, pc),
      });
    } catch { return undefined; }
    let value: bigint | undefined;
    if (location.kind === 'memory') {
      const r = machine.readMemory(untagged(location.address), shape.size);
      if (r.readableLength < shape.size) return undefined;
      value = 0n;
      for (let i = shape.size - 1; i >= 0; i--) value = (value << 8n) | BigInt(r.data[i]!);
    } else if (location.kind === 'register') {
      const raw = register(location.register);
      value = raw === undefined ? undefined : raw & ((1n << BigInt(shape.size * 8)) - 1n);
    } else if (location.kind === 'value') value = location.value & ((1n << BigInt(shape.size * 8)) - 1n);
    if (value === undefined) return undefined;
    let pointee: CScalar['pointee'];
    if (t.kind === 'pointer') {
      const target = stripTypedefs(t.target());
      pointee = target.kind === 'void' ? 'void' : scalarShape(target) ?? { size: 1, signed: false };
    }
    return { value, ...shape, pointee, address: location.kind === 'memory' ? location.address : undefined };
  }

  globals(machine: Machine, symbolize: (a: bigint) => string | undefined): CVariableView[] {
    const pc = machine.getPC();
    return this.model.globals.map((v) => this.readVariable(machine, v, pc, symbolize));
  }
}
