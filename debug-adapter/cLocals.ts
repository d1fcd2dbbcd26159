// C-level variables of ELF programs built with -g: the DWARF debug model (emulator/dwarf) says which variables are
// visible at pc and where they live; this reads them from the stopped machine and formats them as gdb does, with
// the tag description for pointers into PROT_MTE memory. The frame base (DW_OP_call_frame_cfa) comes from the
// program's call-frame information. Outer frames are read with the registers the unwinder recovered for them;
// structs, unions, arrays and pointers expand into children, and C access paths (`p->next`, `pts[2].name`, `*p`)
// evaluate to typed values.

import type { Machine } from '../emulator/machine/api.js';
import { parseElf } from '../emulator/elf/index.js';
import { readElfLineTable } from '../emulator/dwarf/elfLineTable.js';
import {
  findFrame, formatValue, readLocationBytes, readProgramDebugInfo, rowAt, sizeOf, stripTypedefs, typeName,
  type CallFrameInfo, type CType, type DebugModel, type Member, type Scope, type Variable,
} from '../emulator/dwarf/index.js';
import { describePointer, isMappedAddress, hex, untagged } from './inspect.js';

/** A C value as read from the guest: its type, bytes and, when it lives in memory, its address. */
export interface CValueData {
  readonly type: CType;
  readonly bytes: Uint8Array;
  readonly address?: bigint;
  /**
   * For a bit-field member: its bits are `bitSize` bits from bit `bitOffset` (0-7) of the byte at `address`;
   * `bytes` hold the value itself, extended to its type's size.
   */
  readonly bitField?: { readonly bitOffset: number; readonly bitSize: number };
}

/** A member of a struct or union value: a sub-range of its bytes, or a bit-field's value extracted from them. */
export function memberData(data: CValueData, member: Member): CValueData {
  const size = sizeOf(member.type);
  if (member.bitSize === undefined) {
    const offset = member.offset ?? 0;
    return { type: member.type, bytes: data.bytes.subarray(offset, offset + size), ...(data.address !== undefined ? { address: data.address + BigInt(offset) } : {}) };
  }
  const bitStart = member.bitOffset ?? member.offset * 8;
  let raw = 0n;
  for (let i = member.bitSize - 1; i >= 0; i--) {
    const bit = bitStart + i;
    raw = (raw << 1n) | BigInt(((data.bytes[bit >> 3] ?? 0) >> (bit & 7)) & 1);
  }
  const t = stripTypedefs(member.type);
  const signed = (t.kind === 'base' && SIGNED_ENCODINGS.has(t.encoding)) || (t.kind === 'enum' && t.signed);
  let value = signed ? BigInt.asIntN(member.bitSize, raw) : raw;
  const bytes = new Uint8Array(Math.max(size, 0));
  for (let i = 0; i < bytes.length; i++) { bytes[i] = Number(value & 0xffn); value >>= 8n; }
  return {
    type: member.type, bytes, bitField: { bitOffset: bitStart & 7, bitSize: member.bitSize },
    ...(data.address !== undefined ? { address: data.address + BigInt(bitStart >> 3) } : {}),
  };
}

export interface CVariableView {
  readonly name: string;
  readonly value: string;
  readonly type: string;
  readonly memoryReference?: string;
  /** The value itself, for expansion into children (structs, unions, arrays, pointers). */
  readonly data?: CValueData;
  /** A function's parameter (gdb's `info args`), rather than a local. */
  readonly isParameter?: boolean;
}

/** The registers of one stack frame: the machine's for the innermost, the unwinder's for callers. */
export interface FrameContext {
  readonly pc: bigint;
  register(n: number): bigint | undefined;
  /** For a frame of inlined code: which inlined call (1 = the outermost); 0 for the function's own frame. */
  readonly inlineDepth?: number;
  /**
   * For a caller's frame: its registers as unwinding recovered them (`register` answers undefined for those it
   * could not), and its pc as gdb's `$pc` shows it (the return address).
   */
  readonly unwound?: { readonly pc: bigint };
  /** The frame that called this one and the address the call returns to, when unwinding knows them. */
  readonly caller?: () => { readonly frame: FrameContext; readonly returnAddress: bigint } | undefined;
}

/**
 * The pc a frame's variables are looked up at: its pc for the innermost frame; for a caller, the byte before its
 * return address (gdb's "address in block"), so that a location list entry ending at the call's return is the one
 * in force, not one ending at the call instruction.
 */
export function lookupPc(frame: FrameContext): bigint {
  return frame.unwound ? frame.unwound.pc - 1n : frame.pc;
}

/** The innermost frame: the machine's own registers (31 = SP). */
export function innermostFrame(machine: Machine): FrameContext {
  return { pc: machine.getPC(), register: (n) => (n <= 30 ? machine.getX(n) : n === 31 ? machine.getSP() : undefined) };
}

/** Children shown for an array at most (gdb's default print elements limit is 200). */
const MAX_ARRAY_CHILDREN = 200;

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
const DW_ATE_FLOAT = 0x4;

function scalarShape(type: CType): { size: 1 | 2 | 4 | 8; signed: boolean } | undefined {
  const t = stripTypedefs(type);
  // Floating-point values are not integers: the expression evaluator does integer arithmetic only.
  if (t.kind === 'base' && t.encoding === DW_ATE_FLOAT) return undefined;
  if ((t.kind === 'base' || t.kind === 'enum') && [1, 2, 4, 8].includes(t.size)) {
    return { size: t.size as 1 | 2 | 4 | 8, signed: t.kind === 'base' ? SIGNED_ENCODINGS.has(t.encoding) : false };
  }
  return undefined;
}

export class CDebugInfo {
  private constructor(
    private readonly model: DebugModel,
    private readonly callFrames: readonly CallFrameInfo[],
    /** File tables of the line programs, by offset in .debug_line (DW_AT_call_file indexes them). */
    private readonly lineFiles: ReadonlyMap<number, readonly ({ path: string } | undefined)[]> = new Map(),
  ) {}

  /** Reads the DWARF of an ELF image; undefined when it has no usable .debug_info. */
  static load(elf: Uint8Array | undefined): CDebugInfo | undefined {
    if (!elf) return undefined;
    try {
      const parsed = parseElf(elf);
      if (!parsed.ok) return undefined;
      const info = readProgramDebugInfo(parsed.elf);
      if (!info.model || info.model.functions.length === 0) return undefined;
      const lineFiles = new Map<number, readonly ({ path: string } | undefined)[]>();
      for (const u of readElfLineTable(parsed.elf)?.units ?? []) lineFiles.set(u.offset, u.files);
      return new CDebugInfo(info.model, info.callFrames, lineFiles);
    } catch {
      return undefined;
    }
  }

  /**
   * The inlined calls pc is in, outermost first (empty outside inlined code). The entries are the model's scope
   * objects, so two chains can be compared entry by entry.
   */
  inlineChain(pc: bigint): readonly Scope[] {
    const f = this.model.functionAt(pc);
    const chain: Scope[] = [];
    let scope: Scope | undefined = f?.scope;
    while (scope) {
      if (scope.inlinedFunction !== undefined) chain.push(scope);
      scope = scope.children.find((c) => c.ranges.some((r) => pc >= r.start && pc < r.end));
    }
    return chain;
  }

  /**
   * The inlined calls pc is in as stack frames, innermost first: the inlined function's name and where it was
   * called from (the file as the debug information names it, and the line).
   */
  inlineFrames(pc: bigint): { name: string; callFile?: string; callLine?: number }[] {
    return this.inlineChain(pc).map((s) => {
      const call = s.call;
      const file = call?.file !== undefined && call.lineTableOffset !== undefined ? this.lineFiles.get(call.lineTableOffset)?.[call.file]?.path : undefined;
      return { name: s.inlinedFunction ?? '<inlined>', ...(file !== undefined ? { callFile: file } : {}), ...(call?.line !== undefined ? { callLine: call.line } : {}) };
    }).reverse();
  }

  /** True when pc is inside a function the debug information describes. */
  hasFunctionAt(pc: bigint): boolean {
    return this.model.functionAt(pc) !== undefined;
  }

  private callFrameAddress(frame: FrameContext): bigint | undefined {
    for (const info of this.callFrames) {
      const fde = findFrame(info, frame.pc);
      if (!fde) continue;
      const row = rowAt(fde, frame.pc);
      if (!row || row.cfa.kind !== 'registerOffset') return undefined;
      const base = frame.register(row.cfa.register);
      return base === undefined ? undefined : (base + BigInt(row.cfa.offset)) & ((1n << 64n) - 1n);
    }
    return undefined;
  }

  /**
   * DW_OP_entry_value in `frame`: the register's value on entry to its function, from the caller's call site
   * (whose value may itself be an entry value of the caller: followed a few frames up, as gdb does).
   */
  private entryValue(machine: Machine, frame: FrameContext, expression: Uint8Array, depth: number): bigint | undefined {
    const c = depth < 8 ? frame.caller?.() : undefined;
    if (!c) return undefined;
    try {
      return this.model.entryValue(expression, c.returnAddress, {
        readRegister: (n) => c.frame.register(n),
        readMemory: (address, size) => readLittleEndian(machine, address, size),
        callFrameAddress: () => this.callFrameAddress(c.frame),
        entryValue: (e) => this.entryValue(machine, c.frame, e, depth + 1),
      }, lookupPc(c.frame));
    } catch {
      return undefined;
    }
  }

  private readVariable(machine: Machine, v: Variable, frame: FrameContext, symbolize: (a: bigint) => string | undefined): CVariableView {
    const pc = lookupPc(frame);
    const register = (n: number): bigint | undefined => frame.register(n);
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
        callFrameAddress: () => this.callFrameAddress(frame),
        entryValue: (expression) => this.entryValue(machine, frame, expression, 0),
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
    const view = this.view(machine, v.name, { type: v.type, bytes, ...(location.kind === 'memory' ? { address: location.address } : {}) }, symbolize);
    return v.isParameter ? { ...view, isParameter: true } : view;
  }

  /** Formats a value as gdb prints it, with the tags of a pointer into PROT_MTE memory. */
  private view(machine: Machine, name: string, data: CValueData, symbolize: (a: bigint) => string | undefined): CVariableView {
    const readMemory = (address: bigint, size: number): Uint8Array | undefined => {
      const r = machine.readMemory(untagged(address), size);
      return r.readableLength >= size ? r.data.subarray(0, size) : undefined;
    };
    let value = formatValue(data.type, data.bytes, { symbolize, readMemory, topLevel: true });
    const stripped = stripTypedefs(data.type);
    let memoryReference = data.address !== undefined ? hex(untagged(data.address)) : undefined;
    if (stripped.kind === 'pointer' && data.bytes.length === 8) {
      const pointer = littleEndian(data.bytes);
      if (isMappedAddress(machine, pointer)) {
        const described = describePointer(machine, pointer);
        const tags = described.slice(hex(pointer).length);
        if (tags) value = `${value}${tags}`;
        memoryReference = hex(untagged(pointer));
      }
    }
    return { name, value, type: typeName(data.type), memoryReference, data };
  }

  /** The number of elements of an array value too large to list at once (shown in pages), or undefined. */
  largeArrayCount(data: CValueData): number | undefined {
    const t = stripTypedefs(data.type);
    return t.kind === 'array' && (t.count ?? 0) > MAX_ARRAY_CHILDREN ? t.count : undefined;
  }

  /** True when a value has children: a struct or union, a sized array, or a pointer to readable data. */
  expandable(machine: Machine, data: CValueData): boolean {
    const t = stripTypedefs(data.type);
    if (t.kind === 'struct' || t.kind === 'union') return t.members().length > 0;
    if (t.kind === 'array') return (t.count ?? 0) > 0;
    if (t.kind === 'pointer' && data.bytes.length === 8) {
      const target = stripTypedefs(t.target());
      const size = sizeOf(target);
      return size > 0 && target.kind !== 'function' && isMappedAddress(machine, littleEndian(data.bytes));
    }
    return false;
  }

  /** The members of a struct or union, the elements of an array, or the target of a pointer (`*name`). */
  children(machine: Machine, name: string, data: CValueData, symbolize: (a: bigint) => string | undefined, range?: { start: number; count: number }): CVariableView[] {
    const t = stripTypedefs(data.type);
    const at = (offset: number): bigint | undefined => (data.address === undefined ? undefined : data.address + BigInt(offset));
    const part = (type: CType, offset: number): CValueData => {
      const size = sizeOf(type);
      const address = at(offset);
      return { type, bytes: data.bytes.subarray(offset, offset + size), ...(address !== undefined ? { address } : {}) };
    };
    if (t.kind === 'struct' || t.kind === 'union') {
      return t.members().map((m, i) => this.view(machine, m.name ?? `<anonymous ${i}>`, memberData(data, m), symbolize));
    }
    if (t.kind === 'array') {
      const element = t.element();
      const size = sizeOf(element);
      const first = range ? Math.max(0, range.start) : 0;
      const end = Math.min(t.count ?? 0, range ? first + Math.max(0, range.count) : MAX_ARRAY_CHILDREN);
      const out: CVariableView[] = [];
      for (let i = first; i < end && size > 0; i++) {
        // Elements past the bytes read with the array (a paged request into a large one) are read from memory.
        const inBytes = (i + 1) * size <= data.bytes.length;
        const element_ = inBytes ? part(element, i * size) : data.address !== undefined ? this.dereference(machine, data.address + BigInt(i * size), element) : undefined;
        if (!element_) break;
        out.push(this.view(machine, `[${i}]`, element_, symbolize));
      }
      return out;
    }
    if (t.kind === 'pointer') {
      const target = t.target();
      const pointee = this.dereference(machine, littleEndian(data.bytes), target);
      return pointee ? [this.view(machine, `*${name}`, pointee, symbolize)] : [];
    }
    return [];
  }

  private dereference(machine: Machine, pointer: bigint, type: CType): CValueData | undefined {
    const size = sizeOf(type);
    if (size <= 0 || size > 1 << 20) return undefined;
    const r = machine.readMemory(untagged(pointer), size);
    if (r.readableLength < size) return undefined;
    return { type, bytes: r.data.slice(0, size), address: pointer };
  }

  /**
   * Evaluates a C access path: a visible variable followed by `[n]`, `.member`, `->member`, optionally prefixed
   * by `*` (gdb's `print pts[2].name`, `print *p`, `print p->next`). Undefined when the text is not such a path
   * or its variable is unknown; a string is an error message.
   */
  accessPath(machine: Machine, text: string, frame: FrameContext = innermostFrame(machine)): CValueData | string | undefined {
    const m = /^\s*(\*?)\s*([A-Za-z_]\w*)((?:\s*(?:\[\s*-?\d+\s*\]|\.\s*[A-Za-z_]\w*|->\s*[A-Za-z_]\w*))*)\s*$/.exec(text);
    if (!m) return undefined;
    const v = this.model.variablesAt(lookupPc(frame), frame.inlineDepth).find((x) => x.name === m[2]) ?? this.model.global(m[2]!);
    if (!v) return undefined;
    const view = this.readVariable(machine, v, frame, () => undefined);
    if (!view.data) return `${m[2]}: ${view.value}`;
    let data: CValueData = view.data;
    let path = m[2]!;
    const steps = m[3]!.match(/\[\s*-?\d+\s*\]|\.\s*[A-Za-z_]\w*|->\s*[A-Za-z_]\w*/g) ?? [];
    for (const step of steps) {
      const t = stripTypedefs(data.type);
      if (step.startsWith('[')) {
        const index = Number(step.slice(1, -1).trim());
        if (t.kind === 'array') {
          const element = t.element();
          const size = sizeOf(element);
          if (t.count !== undefined && (index < 0 || index >= t.count)) return `${path}${step}: index out of bounds (the array has ${t.count} elements)`;
          if (data.address === undefined) return `${path}: not in memory`;
          const d = this.dereference(machine, data.address + BigInt(index * size), element);
          if (!d) return `cannot read ${path}${step}`;
          data = d;
        } else if (t.kind === 'pointer') {
          const element = t.target();
          const d = this.dereference(machine, littleEndian(data.bytes) + BigInt(index * sizeOf(element)), element);
          if (!d) return `cannot access memory for ${path}${step}`;
          data = d;
        } else return `${path} is not an array or a pointer`;
      } else {
        const arrow = step.startsWith('->');
        const name = step.slice(arrow ? 2 : 1).trim();
        let s = t;
        if (arrow) {
          if (t.kind !== 'pointer') return `${path} is not a pointer`;
          const d = this.dereference(machine, littleEndian(data.bytes), t.target());
          if (!d) return `cannot access memory for ${path}->${name}`;
          data = d;
          s = stripTypedefs(d.type);
        }
        if (s.kind !== 'struct' && s.kind !== 'union') return `${path} is not a structure or union`;
        const member = s.members().find((x) => x.name === name);
        if (!member) return `there is no member named ${name}`;
        data = memberData(data, member);
      }
      path += step;
    }
    if (m[1]) {
      const t = stripTypedefs(data.type);
      if (t.kind === 'pointer') {
        const d = this.dereference(machine, littleEndian(data.bytes), t.target());
        if (!d) return `cannot access memory for *${path}`;
        data = d;
      } else if (t.kind === 'array') {
        const d = data.address === undefined ? undefined : this.dereference(machine, data.address, t.element());
        if (!d) return `cannot read *${path}`;
        data = d;
      } else return `attempt to take contents of a non-pointer value`;
    }
    return data;
  }

  /** The value again from memory (after a write), or undefined when it is no longer readable. */
  reread(machine: Machine, data: CValueData): CValueData | undefined {
    if (data.address === undefined) return data;
    if (data.bitField) {
      const { bitOffset, bitSize } = data.bitField;
      const storage = this.dereference(machine, data.address, { kind: 'array', count: Math.ceil((bitOffset + bitSize) / 8), element: () => ({ kind: 'base', name: 'unsigned char', size: 1, encoding: 8 }) });
      if (!storage) return undefined;
      return { ...memberData({ type: storage.type, bytes: storage.bytes, address: data.address }, { name: undefined, type: data.type, offset: 0, bitSize, bitOffset }), address: data.address };
    }
    return this.dereference(machine, data.address, data.type);
  }

  /** The object of a DWARF type at an address (a struct a cast pointer points to), or undefined when unreadable. */
  objectAt(machine: Machine, address: bigint, type: CType): CValueData | undefined {
    return this.dereference(machine, address, type);
  }

  /** An enumerator of the program by name ('GREEN'): its value and enum type. */
  enumerator(name: string): { readonly value: bigint; readonly type: CType } | undefined {
    return this.model.enumerator(name);
  }

  /** A type by its C name ('struct point', 'point_t'), for casts and sizeof. */
  typeNamed(name: string): CType | undefined {
    return this.model.namedType(name);
  }

  /** A visible variable's value (innermost scope first, then globals); undefined when unknown or unreadable. */
  variableData(machine: Machine, name: string, frame: FrameContext = innermostFrame(machine)): CValueData | undefined {
    const v = this.model.variablesAt(lookupPc(frame), frame.inlineDepth).find((x) => x.name === name) ?? this.model.global(name);
    if (!v) return undefined;
    return this.readVariable(machine, v, frame, () => undefined).data;
  }

  /**
   * gdb's `info locals` / `info args` of a frame: `name = value` lines (values as gdb prints them inside a list:
   * pointers without their type), or gdb's "No locals." / "No arguments.".
   */
  infoLocals(machine: Machine, which: 'locals' | 'args', symbolize: (a: bigint) => string | undefined, frame: FrameContext = innermostFrame(machine)): string {
    const readMemory = (address: bigint, size: number): Uint8Array | undefined => {
      const r = machine.readMemory(untagged(address), size);
      return r.readableLength >= size ? r.data.subarray(0, size) : undefined;
    };
    const lines = this.locals(machine, symbolize, frame).filter((v) => (v.isParameter === true) === (which === 'args')).map((v) =>
      `${v.name} = ${v.data ? formatValue(v.data.type, v.data.bytes, { symbolize, readMemory }) : v.value}`);
    return lines.length > 0 ? lines.join('\n') : which === 'locals' ? 'No locals.' : 'No arguments.';
  }

  /** Formats an access path's value as a variable view (for evaluate). */
  describe(machine: Machine, name: string, data: CValueData, symbolize: (a: bigint) => string | undefined): CVariableView {
    return this.view(machine, name, data, symbolize);
  }

  /** The variables visible in a frame (innermost scope first), read and formatted. */
  locals(machine: Machine, symbolize: (a: bigint) => string | undefined, frame: FrameContext = innermostFrame(machine)): CVariableView[] {
    return this.model.variablesAt(lookupPc(frame), frame.inlineDepth).map((v) => this.readVariable(machine, v, frame, symbolize));
  }

  /**
   * A visible scalar, pointer or array (as a pointer to its first element, as C decays it) by name, for
   * expressions; undefined when none.
   */
  scalar(machine: Machine, name: string, frame: FrameContext = innermostFrame(machine)): CScalar | undefined {
    const pc = lookupPc(frame);
    const v = this.model.variablesAt(pc, frame.inlineDepth).find((x) => x.name === name) ?? this.model.global(name);
    if (!v) return undefined;
    const t = stripTypedefs(v.type);
    const register = (n: number): bigint | undefined => frame.register(n);
    if (t.kind === 'array') {
      const element = scalarShape(t.element());
      let location;
      try {
        location = this.model.locate(v, pc, { readRegister: register, readMemory: () => undefined, callFrameAddress: () => this.callFrameAddress(frame) });
      } catch { return undefined; }
      if (location.kind !== 'memory') return undefined;
      return { value: location.address, size: 8, signed: false, pointee: element ?? { size: 1, signed: false } };
    }
    const shape = t.kind === 'pointer' ? { size: 8 as const, signed: false } : scalarShape(v.type);
    if (!shape) return undefined;
    let location;
    try {
      location = this.model.locate(v, pc, {
        readRegister: register,
        readMemory: (address, size) => readLittleEndian(machine, address, size),
        callFrameAddress: () => this.callFrameAddress(frame),
        entryValue: (expression) => this.entryValue(machine, frame, expression, 0),
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
    const frame = innermostFrame(machine);
    return this.model.globals.map((v) => this.readVariable(machine, v, frame, symbolize));
  }
}

function littleEndian(bytes: Uint8Array): bigint {
  let v = 0n;
  for (let i = Math.min(bytes.length, 8) - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]!);
  return v;
}

/** A little-endian value of `size` bytes at a (possibly tagged) address, or undefined where it is not readable. */
function readLittleEndian(machine: { readMemory(address: bigint, size: number): { readableLength: number; data: Uint8Array } }, address: bigint, size: number): bigint | undefined {
  const r = machine.readMemory(untagged(address), size);
  if (r.readableLength < size) return undefined;
  let value = 0n;
  for (let i = size - 1; i >= 0; i--) value = (value << 8n) | BigInt(r.data[i]!);
  return value;
}
