// DWARF call-frame information (.eh_frame and .debug_frame): parses CIEs and FDEs and runs their CFA
// instructions into unwind rows (for each code location: how to compute the CFA and where each register of the
// caller is saved). The debugger's stack unwinder uses it for code without frame pointers. Malformed input never
// throws: bad entries are reported as errors and skipped.

import { ByteReader, DwarfFormatError } from './byteReader.js';

export interface CallFrameSection {
  readonly kind: 'eh_frame' | 'debug_frame';
  readonly data: Uint8Array;
  /** The section's address when loaded, for pc-relative pointers in .eh_frame. */
  readonly address: bigint;
}

export type RegisterRule =
  | { readonly kind: 'undefined' }
  | { readonly kind: 'sameValue' }
  /** Saved at CFA + offset. */
  | { readonly kind: 'offset'; readonly offset: number }
  /** The value is CFA + offset. */
  | { readonly kind: 'valOffset'; readonly offset: number }
  | { readonly kind: 'register'; readonly register: number }
  | { readonly kind: 'expression'; readonly expression: Uint8Array }
  | { readonly kind: 'valExpression'; readonly expression: Uint8Array };

export type CfaRule =
  | { readonly kind: 'registerOffset'; readonly register: number; readonly offset: number }
  | { readonly kind: 'expression'; readonly expression: Uint8Array };

export interface UnwindRow {
  /** First code address the row applies to. */
  readonly location: bigint;
  readonly cfa: CfaRule;
  /** Rules for registers that have one; a register without an entry keeps the CIE's default (same value). */
  readonly registers: ReadonlyMap<number, RegisterRule>;
  /** Return-address signing state (DW_CFA_AARCH64_negate_ra_state toggles it). */
  readonly returnAddressSigned: boolean;
}

export interface CommonInformation {
  readonly offset: number;
  readonly version: number;
  readonly augmentation: string;
  readonly codeAlignment: number;
  readonly dataAlignment: number;
  readonly returnAddressRegister: number;
  readonly pointerEncoding: number;
  /** 'S' augmentation: the frame of a signal handler trampoline. */
  readonly signalFrame: boolean;
  /** 'G' augmentation (AArch64): the frame uses MTE-tagged stack memory. */
  readonly mteTaggedFrame: boolean;
  readonly initialInstructions: Uint8Array;
  readonly addressSize: number;
}

export interface FrameDescription {
  readonly offset: number;
  readonly cie: CommonInformation;
  readonly start: bigint;
  readonly end: bigint;
  readonly instructions: Uint8Array;
}

export interface CallFrameInfo {
  readonly frames: readonly FrameDescription[];
  readonly errors: readonly string[];
}

// Pointer encodings (.eh_frame).
const DW_EH_PE_omit = 0xff, DW_EH_PE_indirect = 0x80;

/** Parses every CIE and FDE of the section. FDEs are returned sorted by start address. */
export function parseCallFrames(section: CallFrameSection): CallFrameInfo {
  const frames: FrameDescription[] = [];
  const errors: string[] = [];
  const cies = new Map<number, CommonInformation>();
  const isEh = section.kind === 'eh_frame';
  const data = section.data;
  let offset = 0;
  while (offset + 4 <= data.length) {
    const r = new ByteReader(data, offset);
    let entryEnd: number;
    let is64 = false;
    try {
      let length = r.u32('entry length');
      if (length === 0) {
        if (isEh) break; // .eh_frame terminator
        offset += 4;
        continue;
      }
      if (length === 0xffffffff) { is64 = true; length = r.offsetSized(true, 'entry length'); }
      entryEnd = r.offset + length;
      if (entryEnd > data.length) throw new DwarfFormatError('entry runs past the end of the section');
    } catch (e) {
      errors.push(describe(section, offset, e));
      break;
    }
    try {
      const body = new ByteReader(data, r.offset, entryEnd);
      const idPosition = body.offset;
      const id = body.offsetSized(is64, 'CIE id');
      const isCie = isEh ? id === 0 : is64 ? id === Number.MAX_SAFE_INTEGER || id >= 0xffffffff : id === 0xffffffff;
      if (isCie) {
        cies.set(offset, parseCie(body, offset, isEh));
      } else {
        const cieOffset = isEh ? idPosition - id : id;
        let cie = cies.get(cieOffset);
        if (!cie) {
          // A CIE may follow its FDEs in .debug_frame; parse it where it stands.
          cie = parseCieAt(data, cieOffset, isEh);
          cies.set(cieOffset, cie);
        }
        frames.push(parseFde(body, offset, cie, section));
      }
    } catch (e) {
      errors.push(describe(section, offset, e));
    }
    offset = entryEnd;
  }
  frames.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return { frames, errors };
}

function describe(section: CallFrameSection, offset: number, e: unknown): string {
  return `.${section.kind} entry at 0x${offset.toString(16)}: ${e instanceof Error ? e.message : String(e)}`;
}

function parseCieAt(data: Uint8Array, offset: number, isEh: boolean): CommonInformation {
  if (offset < 0 || offset + 4 > data.length) throw new DwarfFormatError(`CIE pointer 0x${offset.toString(16)} is outside the section`);
  const r = new ByteReader(data, offset);
  let length = r.u32('CIE length');
  let is64 = false;
  if (length === 0xffffffff) { is64 = true; length = r.offsetSized(true, 'CIE length'); }
  const end = r.offset + length;
  if (end > data.length) throw new DwarfFormatError('CIE runs past the end of the section');
  const body = new ByteReader(data, r.offset, end);
  body.offsetSized(is64, 'CIE id');
  return parseCie(body, offset, isEh);
}

function parseCie(r: ByteReader, offset: number, isEh: boolean): CommonInformation {
  const version = r.u8('CIE version');
  if (![1, 3, 4].includes(version)) throw new DwarfFormatError(`unsupported CIE version ${version}`);
  const augmentation = r.cstring('augmentation');
  let addressSize = 8;
  if (augmentation.includes('eh')) r.u64('eh data');
  if (!isEh && version >= 4) {
    addressSize = r.u8('address size');
    r.u8('segment selector size');
  }
  const codeAlignment = r.ulebNumber('code alignment factor');
  const dataAlignment = Number(r.sleb('data alignment factor'));
  const returnAddressRegister = version === 1 ? r.u8('return address register') : r.ulebNumber('return address register');
  let pointerEncoding = 0;
  let signalFrame = false;
  let mteTaggedFrame = false;
  if (augmentation.startsWith('z')) {
    const length = r.ulebNumber('augmentation length');
    const end = r.offset + length;
    for (const c of augmentation.slice(1)) {
      if (c === 'R') pointerEncoding = r.u8('FDE pointer encoding');
      else if (c === 'L') r.u8('LSDA encoding');
      // The personality routine is not needed to unwind: its pointer is skipped, even when given indirectly (gcc's
      // 0x9b: DW_EH_PE_indirect | pcrel | sdata4, through a DW.ref.* slot, as in glibc's static libraries).
      else if (c === 'P') { const enc = r.u8('personality encoding'); readEncodedPointer(r, enc & ~DW_EH_PE_indirect, 0n, addressSize); }
      else if (c === 'S') signalFrame = true;
      else if (c === 'G') mteTaggedFrame = true;
      else if (c === 'B') { /* AArch64 BTI: nothing to read */ }
      else break; // unknown augmentation: the length lets us skip the rest
    }
    r.offset = end;
  } else if (augmentation !== '' && augmentation !== 'eh') {
    throw new DwarfFormatError(`unknown augmentation "${augmentation}"`);
  }
  const initialInstructions = r.bytes.subarray(r.offset, r.end);
  return { offset, version, augmentation, codeAlignment, dataAlignment, returnAddressRegister, pointerEncoding, signalFrame, mteTaggedFrame, initialInstructions, addressSize };
}

function parseFde(r: ByteReader, offset: number, cie: CommonInformation, section: CallFrameSection): FrameDescription {
  let start: bigint;
  let range: bigint;
  if (section.kind === 'eh_frame') {
    const here = section.address + BigInt(r.offset);
    start = readEncodedPointer(r, cie.pointerEncoding, here, cie.addressSize);
    range = readEncodedPointer(r, cie.pointerEncoding & 0x0f, 0n, cie.addressSize);
  } else {
    start = r.address(cie.addressSize);
    range = r.address(cie.addressSize);
  }
  if (cie.augmentation.startsWith('z')) r.skip(r.ulebNumber('augmentation length'), 'augmentation data');
  const instructions = r.bytes.subarray(r.offset, r.end);
  return { offset, cie, start, end: (start + range) & 0xffff_ffff_ffff_ffffn, instructions };
}

/** Reads a pointer in a DW_EH_PE_* encoding; `place` is the address of the field, for pc-relative values. */
function readEncodedPointer(r: ByteReader, encoding: number, place: bigint, addressSize: number): bigint {
  if (encoding === DW_EH_PE_omit) return 0n;
  if (encoding & DW_EH_PE_indirect) throw new DwarfFormatError('indirect pointers are not supported');
  let value: bigint;
  switch (encoding & 0x0f) {
    case 0x00: value = r.address(addressSize); break;
    case 0x01: value = r.uleb(); break;
    case 0x02: value = BigInt(r.u16()); break;
    case 0x03: value = BigInt(r.u32()); break;
    case 0x04: value = r.u64(); break;
    case 0x09: value = r.sleb(); break;
    case 0x0a: value = BigInt.asIntN(16, BigInt(r.u16())); break;
    case 0x0b: value = BigInt.asIntN(32, BigInt(r.u32())); break;
    case 0x0c: value = BigInt.asIntN(64, r.u64()); break;
    default: throw new DwarfFormatError(`unsupported pointer encoding 0x${encoding.toString(16)}`);
  }
  switch (encoding & 0x70) {
    case 0x00: break;
    case 0x10: value += place; break;
    default: throw new DwarfFormatError(`unsupported pointer application 0x${(encoding & 0x70).toString(16)}`);
  }
  return value & 0xffff_ffff_ffff_ffffn;
}

/** The frame description covering `pc`, by binary search over the sorted FDEs. */
export function findFrame(info: CallFrameInfo, pc: bigint): FrameDescription | undefined {
  let lo = 0;
  let hi = info.frames.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const f = info.frames[mid]!;
    if (pc < f.start) hi = mid - 1;
    else if (pc >= f.end) lo = mid + 1;
    else return f;
  }
  return undefined;
}

/** Runs the CIE's and the FDE's instructions: one row per code location where the rules change. Stops at a
 * malformed instruction (never throws on section contents). */
export function unwindRows(fde: FrameDescription): UnwindRow[] {
  const rows: UnwindRow[] = [];
  const cie = fde.cie;
  let location = fde.start;
  let cfa: CfaRule = { kind: 'registerOffset', register: 31, offset: 0 };
  let registers = new Map<number, RegisterRule>();
  let signed = false;
  const stack: { cfa: CfaRule; registers: Map<number, RegisterRule>; signed: boolean }[] = [];
  let initial = new Map<number, RegisterRule>();

  const run = (bytes: Uint8Array, isInitial: boolean) => {
    const r = new ByteReader(bytes);
    const advance = (delta: number) => {
      const next = location + BigInt(delta) * BigInt(cie.codeAlignment);
      if (!isInitial) rows.push({ location, cfa, registers: new Map(registers), returnAddressSigned: signed });
      location = next;
    };
    const offsetRule = (factored: bigint): RegisterRule => ({ kind: 'offset', offset: Number(factored) * cie.dataAlignment });
    while (r.remaining > 0) {
      const op = r.u8('CFA instruction');
      const high = op & 0xc0;
      const low = op & 0x3f;
      if (high === 0x40) { advance(low); continue; }
      if (high === 0x80) { registers.set(low, offsetRule(r.uleb())); continue; }
      if (high === 0xc0) { restore(low); continue; }
      switch (op) {
        case 0x00: break; // nop
        case 0x01: { const target = r.address(cie.addressSize); if (!isInitial) rows.push({ location, cfa, registers: new Map(registers), returnAddressSigned: signed }); location = target; break; }
        case 0x02: advance(r.u8()); break;
        case 0x03: advance(r.u16()); break;
        case 0x04: advance(r.u32()); break;
        case 0x05: { const reg = r.ulebNumber(); registers.set(reg, offsetRule(r.uleb())); break; }
        case 0x06: restore(r.ulebNumber()); break;
        case 0x07: registers.set(r.ulebNumber(), { kind: 'undefined' }); break;
        case 0x08: registers.set(r.ulebNumber(), { kind: 'sameValue' }); break;
        case 0x09: { const reg = r.ulebNumber(); registers.set(reg, { kind: 'register', register: r.ulebNumber() }); break; }
        case 0x0a: stack.push({ cfa, registers: new Map(registers), signed }); break;
        case 0x0b: { const s = stack.pop(); if (!s) throw new DwarfFormatError('DW_CFA_restore_state without a remembered state'); cfa = s.cfa; registers = s.registers; signed = s.signed; break; }
        case 0x0c: cfa = { kind: 'registerOffset', register: r.ulebNumber(), offset: r.ulebNumber() }; break;
        case 0x0d: cfa = { kind: 'registerOffset', register: r.ulebNumber(), offset: cfa.kind === 'registerOffset' ? cfa.offset : 0 }; break;
        case 0x0e: cfa = { kind: 'registerOffset', register: cfa.kind === 'registerOffset' ? cfa.register : 31, offset: r.ulebNumber() }; break;
        case 0x0f: cfa = { kind: 'expression', expression: block(r) }; break;
        case 0x10: { const reg = r.ulebNumber(); registers.set(reg, { kind: 'expression', expression: block(r) }); break; }
        case 0x11: { const reg = r.ulebNumber(); registers.set(reg, offsetRule(r.sleb())); break; }
        case 0x12: { const reg = r.ulebNumber(); cfa = { kind: 'registerOffset', register: reg, offset: Number(r.sleb()) * cie.dataAlignment }; break; }
        case 0x13: cfa = { kind: 'registerOffset', register: cfa.kind === 'registerOffset' ? cfa.register : 31, offset: Number(r.sleb()) * cie.dataAlignment }; break;
        case 0x14: { const reg = r.ulebNumber(); registers.set(reg, { kind: 'valOffset', offset: Number(r.uleb()) * cie.dataAlignment }); break; }
        case 0x15: { const reg = r.ulebNumber(); registers.set(reg, { kind: 'valOffset', offset: Number(r.sleb()) * cie.dataAlignment }); break; }
        case 0x16: { const reg = r.ulebNumber(); registers.set(reg, { kind: 'valExpression', expression: block(r) }); break; }
        case 0x2d: signed = !signed; break; // DW_CFA_AARCH64_negate_ra_state
        case 0x2e: r.uleb(); break; // DW_CFA_GNU_args_size
        case 0x2f: { const reg = r.ulebNumber(); registers.set(reg, { kind: 'offset', offset: -Number(r.uleb()) * cie.dataAlignment }); break; }
        default: throw new DwarfFormatError(`unknown CFA instruction 0x${op.toString(16)}`);
      }
    }
  };
  const restore = (reg: number) => {
    const rule = initial.get(reg);
    if (rule) registers.set(reg, rule);
    else registers.delete(reg);
  };
  const block = (r: ByteReader): Uint8Array => {
    const length = r.ulebNumber('expression length');
    const start = r.offset;
    r.skip(length, 'expression');
    return r.bytes.subarray(start, start + length);
  };

  try {
    run(cie.initialInstructions, true);
    initial = new Map(registers);
    run(fde.instructions, false);
  } catch (e) {
    // Malformed instructions: keep the rows up to the bad one, which is as far as the description can be trusted.
    if (!(e instanceof DwarfFormatError)) throw e;
  }
  rows.push({ location, cfa, registers: new Map(registers), returnAddressSigned: signed });
  return rows;
}

/** The unwind row in effect at `pc` (which must lie in the FDE). */
export function rowAt(fde: FrameDescription, pc: bigint): UnwindRow | undefined {
  let found: UnwindRow | undefined;
  for (const row of unwindRows(fde)) {
    if (row.location <= pc) found = row;
    else break;
  }
  return found;
}
