// DWARF location descriptions: evaluates location expressions (the DW_OP stack machine) and selects the entry of
// a location list (.debug_loclists in DWARF 5, .debug_loc before) that covers a pc. Used to find where a C
// variable lives in the current frame. Anything it cannot evaluate is reported as 'unavailable' with a reason.

import { ByteReader, DwarfFormatError } from './byteReader.js';

/** DWARF register numbers on AArch64: 0-30 x0-x30, 31 sp, 64-95 v0-v31. */
export interface LocationContext {
  readonly addressSize: number;
  readRegister(dwarfRegister: number): bigint | undefined;
  readMemory(address: bigint, size: number): bigint | undefined;
  /** The function's frame base (DW_AT_frame_base evaluated), for DW_OP_fbreg. */
  frameBase?(): bigint | undefined;
  /** The canonical frame address of the current frame, for DW_OP_call_frame_cfa. */
  callFrameAddress?(): bigint | undefined;
  /** Reads .debug_addr entries for DW_OP_addrx/constx. */
  addressIndex?(index: number): bigint | undefined;
  /**
   * DW_OP_entry_value: the value `expression` (a register, DW_OP_regN) had when the function was entered, as the
   * caller's call site says (DW_TAG_call_site_parameter); undefined when unknown.
   */
  entryValue?(expression: Uint8Array): bigint | undefined;
}

export type Location =
  | { readonly kind: 'memory'; readonly address: bigint }
  | { readonly kind: 'register'; readonly register: number }
  /** DW_OP_stack_value: the value itself, not where it is. */
  | { readonly kind: 'value'; readonly value: bigint }
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array }
  | { readonly kind: 'pieces'; readonly pieces: readonly { readonly location: Location | { readonly kind: 'empty' }; readonly size: number }[] }
  | { readonly kind: 'unavailable'; readonly reason: string };

const MASK = 0xffff_ffff_ffff_ffffn;
const wrap = (v: bigint) => v & MASK;
const signed = (v: bigint) => BigInt.asIntN(64, v);

class Unavailable extends Error {}

/** Evaluates a location expression. */
export function evaluateLocation(expression: Uint8Array, ctx: LocationContext): Location {
  try {
    return evaluate(expression, ctx);
  } catch (e) {
    if (e instanceof Unavailable || e instanceof DwarfFormatError) return { kind: 'unavailable', reason: e.message };
    throw e;
  }
}

function evaluate(expression: Uint8Array, ctx: LocationContext): Location {
  if (expression.length === 0) return { kind: 'unavailable', reason: 'optimized out' };
  const r = new ByteReader(expression);
  const stack: bigint[] = [];
  const pieces: { location: Location | { kind: 'empty' }; size: number }[] = [];
  let pending: Location | undefined; // a register, value or bytes location waiting for its piece (or the end)
  const pop = (): bigint => {
    const v = stack.pop();
    if (v === undefined) throw new DwarfFormatError('DWARF expression stack underflow');
    return v;
  };
  const need = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Unavailable(`${what} is not available`);
    return v;
  };
  const register = (n: number) => need(ctx.readRegister(n), `register ${registerName(n)}`);
  const binary = (f: (a: bigint, b: bigint) => bigint) => { const b = pop(); const a = pop(); stack.push(wrap(f(a, b))); };
  const compare = (f: (a: bigint, b: bigint) => boolean) => binary((a, b) => (f(signed(a), signed(b)) ? 1n : 0n));

  while (r.remaining > 0) {
    const op = r.u8('operation');
    if (op >= 0x30 && op <= 0x4f) { stack.push(BigInt(op - 0x30)); continue; }
    if (op >= 0x50 && op <= 0x6f) { pending = { kind: 'register', register: op - 0x50 }; continue; }
    if (op >= 0x70 && op <= 0x8f) { stack.push(wrap(register(op - 0x70) + r.sleb())); continue; }
    switch (op) {
      case 0x03: stack.push(r.address(ctx.addressSize)); break;
      case 0x06: stack.push(need(ctx.readMemory(pop(), ctx.addressSize), 'memory')); break;
      case 0x08: stack.push(BigInt(r.u8())); break;
      case 0x09: stack.push(wrap(BigInt(r.i8()))); break;
      case 0x0a: stack.push(BigInt(r.u16())); break;
      case 0x0b: stack.push(wrap(BigInt.asIntN(16, BigInt(r.u16())))); break;
      case 0x0c: stack.push(BigInt(r.u32())); break;
      case 0x0d: stack.push(wrap(BigInt.asIntN(32, BigInt(r.u32())))); break;
      case 0x0e: stack.push(r.u64()); break;
      case 0x0f: stack.push(r.u64()); break;
      case 0x10: stack.push(wrap(r.uleb())); break;
      case 0x11: stack.push(wrap(r.sleb())); break;
      case 0x12: { const v = pop(); stack.push(v, v); break; }
      case 0x13: pop(); break;
      case 0x14: { if (stack.length < 2) throw new DwarfFormatError('DW_OP_over on a short stack'); stack.push(stack[stack.length - 2]!); break; }
      case 0x15: { const i = r.u8(); if (i >= stack.length) throw new DwarfFormatError('DW_OP_pick out of range'); stack.push(stack[stack.length - 1 - i]!); break; }
      case 0x16: { const a = pop(); const b = pop(); stack.push(a, b); break; }
      case 0x17: { const a = pop(); const b = pop(); const c = pop(); stack.push(a, c, b); break; }
      case 0x19: { const v = signed(pop()); stack.push(wrap(v < 0n ? -v : v)); break; }
      case 0x1a: binary((a, b) => a & b); break;
      case 0x1b: binary((a, b) => { if (signed(b) === 0n) throw new DwarfFormatError('division by zero'); return signed(a) / signed(b); }); break;
      case 0x1c: binary((a, b) => a - b); break;
      case 0x1d: binary((a, b) => { if (b === 0n) throw new DwarfFormatError('modulo by zero'); return a % b; }); break;
      case 0x1e: binary((a, b) => a * b); break;
      case 0x1f: stack.push(wrap(-pop())); break;
      case 0x20: stack.push(wrap(~pop())); break;
      case 0x21: binary((a, b) => a | b); break;
      case 0x22: binary((a, b) => a + b); break;
      case 0x23: stack.push(wrap(pop() + r.uleb())); break;
      case 0x24: binary((a, b) => (b >= 64n ? 0n : a << b)); break;
      case 0x25: binary((a, b) => (b >= 64n ? 0n : a >> b)); break;
      case 0x26: binary((a, b) => signed(a) >> (b >= 64n ? 63n : b)); break;
      case 0x27: binary((a, b) => a ^ b); break;
      case 0x28: { const offset = BigInt.asIntN(16, BigInt(r.u16())); if (pop() !== 0n) jump(r, offset); break; }
      case 0x29: compare((a, b) => a === b); break;
      case 0x2a: compare((a, b) => a >= b); break;
      case 0x2b: compare((a, b) => a > b); break;
      case 0x2c: compare((a, b) => a <= b); break;
      case 0x2d: compare((a, b) => a < b); break;
      case 0x2e: compare((a, b) => a !== b); break;
      case 0x2f: jump(r, BigInt.asIntN(16, BigInt(r.u16()))); break;
      case 0x90: pending = { kind: 'register', register: r.ulebNumber() }; break;
      case 0x91: stack.push(wrap(need(ctx.frameBase?.(), 'the frame base') + r.sleb())); break;
      case 0x92: { const n = r.ulebNumber(); stack.push(wrap(register(n) + r.sleb())); break; }
      case 0x93: { // DW_OP_piece
        const size = r.ulebNumber();
        const location: Location | { kind: 'empty' } = pending ?? (stack.length ? { kind: 'memory', address: pop() } : { kind: 'empty' });
        pieces.push({ location, size });
        pending = undefined;
        break;
      }
      case 0x94: { const size = r.u8(); stack.push(need(ctx.readMemory(pop(), size), 'memory')); break; }
      case 0x96: break; // nop
      case 0x9c: stack.push(need(ctx.callFrameAddress?.(), 'the canonical frame address')); break;
      case 0x9e: { const length = r.ulebNumber(); const start = r.offset; r.skip(length); pending = { kind: 'bytes', bytes: expression.subarray(start, start + length) }; break; }
      case 0x9f: pending = { kind: 'value', value: pop() }; break;
      case 0xa1: case 0xa2: stack.push(need(ctx.addressIndex?.(r.ulebNumber()), 'the address index')); break;
      case 0xa3: case 0xf3: {
        const length = r.ulebNumber();
        const start = r.offset;
        r.skip(length);
        const value = ctx.entryValue?.(expression.subarray(start, start + length));
        if (value === undefined) throw new Unavailable('optimized out (value at function entry)');
        stack.push(value);
        break;
      }
      case 0xa0: case 0xf2: throw new Unavailable('optimized out (implicit pointer)');
      case 0x9b: case 0xe0: throw new Unavailable('thread-local storage location');
      default: throw new Unavailable(`unsupported DWARF operation 0x${op.toString(16)}`);
    }
  }
  if (pieces.length) return { kind: 'pieces', pieces };
  if (pending) return pending;
  if (stack.length === 0) return { kind: 'unavailable', reason: 'optimized out' };
  return { kind: 'memory', address: stack[stack.length - 1]! };
}

function jump(r: ByteReader, offset: bigint): void {
  const target = r.offset + Number(offset);
  if (target < 0 || target > r.end) throw new DwarfFormatError('DWARF expression branch out of range');
  r.offset = target;
}

export function registerName(n: number): string {
  if (n <= 30) return `x${n}`;
  if (n === 31) return 'sp';
  if (n >= 64 && n <= 95) return `v${n - 64}`;
  return `r${n}`;
}

export interface LocationListSections {
  readonly debugLoclists?: Uint8Array;
  readonly debugLoc?: Uint8Array;
  readonly debugAddr?: Uint8Array;
}

/**
 * The location expression of a location list that covers `pc`, or undefined when none does (the variable is
 * not available there). `offset` is the list's offset in .debug_loclists (DWARF 5) or .debug_loc (DWARF 4);
 * `baseAddress` the unit's base (its DW_AT_low_pc).
 */
export function selectLocationListEntry(sections: LocationListSections, version: number, offset: number, baseAddress: bigint, pc: bigint, addressSize: number, addrBase = 8): Uint8Array | undefined {
  try {
    return version >= 5
      ? fromLoclists(sections, offset, baseAddress, pc, addressSize, addrBase)
      : fromLoc(sections, offset, baseAddress, pc, addressSize);
  } catch (e) {
    if (e instanceof DwarfFormatError) return undefined;
    throw e;
  }
}

/** Every entry of a location list as [start, end) ranges, for tests and for showing where a variable lives. */
export function locationListRanges(sections: LocationListSections, version: number, offset: number, baseAddress: bigint, addressSize: number, addrBase = 8): { start: bigint; end: bigint; expression: Uint8Array }[] {
  const out: { start: bigint; end: bigint; expression: Uint8Array }[] = [];
  try {
    if (version >= 5) walkLoclists(sections, offset, baseAddress, addressSize, addrBase, (start, end, expression) => { out.push({ start, end, expression }); return false; });
    else walkLoc(sections, offset, baseAddress, addressSize, (start, end, expression) => { out.push({ start, end, expression }); return false; });
  } catch (e) {
    if (!(e instanceof DwarfFormatError)) throw e;
  }
  return out;
}

type EntryVisitor = (start: bigint, end: bigint, expression: Uint8Array) => boolean;

function fromLoclists(s: LocationListSections, offset: number, base: bigint, pc: bigint, addressSize: number, addrBase: number): Uint8Array | undefined {
  let found: Uint8Array | undefined;
  walkLoclists(s, offset, base, addressSize, addrBase, (start, end, expression) => {
    if (pc >= start && pc < end) { found = expression; return true; }
    return false;
  });
  return found;
}

function walkLoclists(s: LocationListSections, offset: number, base: bigint, addressSize: number, addrBase: number, visit: EntryVisitor): void {
  if (!s.debugLoclists) throw new DwarfFormatError('.debug_loclists is missing');
  const r = new ByteReader(s.debugLoclists, offset);
  const address = (index: number): bigint => {
    if (!s.debugAddr) throw new DwarfFormatError('.debug_addr is missing');
    return new ByteReader(s.debugAddr, addrBase + index * addressSize).address(addressSize);
  };
  const expression = (): Uint8Array => { const n = r.ulebNumber(); const start = r.offset; r.skip(n); return r.bytes.subarray(start, start + n); };
  let defaultLocation: Uint8Array | undefined;
  for (;;) {
    const kind = r.u8('location list entry');
    let start: bigint;
    let end: bigint;
    switch (kind) {
      case 0: // DW_LLE_end_of_list
        if (defaultLocation) visit(0n, MASK, defaultLocation);
        return;
      case 1: base = address(r.ulebNumber()); continue;
      case 2: start = address(r.ulebNumber()); end = address(r.ulebNumber()); break;
      case 3: start = address(r.ulebNumber()); end = start + r.uleb(); break;
      case 4: start = base + r.uleb(); end = base + r.uleb(); break;
      case 5: defaultLocation = expression(); continue;
      case 6: base = r.address(addressSize); continue;
      case 7: start = r.address(addressSize); end = r.address(addressSize); break;
      case 8: start = r.address(addressSize); end = start + r.uleb(); break;
      default: throw new DwarfFormatError(`unknown location list entry kind ${kind}`);
    }
    if (visit(wrap(start), wrap(end), expression())) return;
  }
}

function fromLoc(s: LocationListSections, offset: number, base: bigint, pc: bigint, addressSize: number): Uint8Array | undefined {
  let found: Uint8Array | undefined;
  walkLoc(s, offset, base, addressSize, (start, end, expression) => {
    if (pc >= start && pc < end) { found = expression; return true; }
    return false;
  });
  return found;
}

function walkLoc(s: LocationListSections, offset: number, base: bigint, addressSize: number, visit: EntryVisitor): void {
  if (!s.debugLoc) throw new DwarfFormatError('.debug_loc is missing');
  const r = new ByteReader(s.debugLoc, offset);
  const all = addressSize === 8 ? MASK : (1n << BigInt(addressSize * 8)) - 1n;
  for (;;) {
    const start = r.address(addressSize);
    const end = r.address(addressSize);
    if (start === 0n && end === 0n) return;
    if (start === all) { base = end; continue; }
    const n = r.u16('expression length');
    const at = r.offset;
    r.skip(n);
    if (visit(wrap(base + start), wrap(base + end), r.bytes.subarray(at, at + n))) return;
  }
}
