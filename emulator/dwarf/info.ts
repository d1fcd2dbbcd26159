// DWARF .debug_info: reads compilation units (DWARF 2 to 5) into trees of debugging information entries (DIEs)
// with decoded attribute values, resolving string and address indices (DWARF 5 strx/addrx forms). The debug
// information model (types, functions, variables) is built on it. Malformed units are reported, never thrown.

import { ByteReader, DwarfFormatError, stringAt } from './byteReader.js';
import { DW_AT, DW_FORM } from './constants.js';

export interface DebugInfoSections {
  readonly debugInfo: Uint8Array;
  readonly debugAbbrev: Uint8Array;
  readonly debugStr?: Uint8Array;
  readonly debugLineStr?: Uint8Array;
  readonly debugStrOffsets?: Uint8Array;
  readonly debugAddr?: Uint8Array;
  /** DWARF 4 type units (gcc -fdebug-types-section), named by DW_FORM_ref_sig8 signatures. */
  readonly debugTypes?: Uint8Array;
}

export type AttributeValue =
  | { readonly kind: 'constant'; readonly value: bigint; readonly signed: boolean }
  | { readonly kind: 'address'; readonly value: bigint }
  | { readonly kind: 'string'; readonly value: string }
  /** Offset of the referenced DIE in .debug_info (unit-relative forms are made absolute). */
  | { readonly kind: 'reference'; readonly offset: number }
  | { readonly kind: 'block'; readonly bytes: Uint8Array }
  | { readonly kind: 'sectionOffset'; readonly value: number }
  /** DW_FORM_loclistx / rnglistx: an index into the unit's offsets table. */
  | { readonly kind: 'listIndex'; readonly value: number }
  | { readonly kind: 'flag'; readonly value: boolean }
  | { readonly kind: 'signature'; readonly value: bigint }
  | { readonly kind: 'unresolved'; readonly reason: string };

export interface Attribute {
  readonly name: number;
  readonly form: number;
  /** Offset of the attribute's value in .debug_info. */
  readonly offset: number;
  value: AttributeValue;
}

export interface Die {
  readonly offset: number;
  readonly tag: number;
  readonly depth: number;
  readonly attributes: readonly Attribute[];
  readonly children: Die[];
  readonly parent: Die | undefined;
  readonly unit: CompilationUnit;
}

export interface CompilationUnit {
  readonly offset: number;
  readonly version: number;
  readonly unitType: number;
  readonly addressSize: number;
  readonly is64: boolean;
  root: Die | undefined;
  /** DW_AT_str_offsets_base, DW_AT_addr_base, DW_AT_loclists_base, DW_AT_rnglists_base of the root DIE. */
  strOffsetsBase: number;
  addrBase: number;
  loclistsBase: number;
  rnglistsBase: number;
}

export interface DebugInfo {
  /** Compilation units (type units are in `typeUnits`). */
  readonly units: readonly CompilationUnit[];
  /** Type units: DWARF 5 DW_UT_type units of .debug_info and DWARF 4 units of .debug_types. */
  readonly typeUnits: readonly CompilationUnit[];
  readonly errors: readonly string[];
  /**
   * The DIE at a .debug_info offset (targets of references). DIEs of .debug_types have offsets past the end of
   * .debug_info (`typesBase` plus their offset in .debug_types), so that one map holds both sections.
   */
  dieAt(offset: number): Die | undefined;
  /** The type DIE a DW_FORM_ref_sig8 signature names (the type unit's DW_AT_type offset). */
  dieBySignature(signature: bigint): Die | undefined;
}

interface AbbreviationAttribute { readonly name: number; readonly form: number; readonly implicitConst: bigint }
interface Abbreviation { readonly tag: number; readonly hasChildren: boolean; readonly attributes: readonly AbbreviationAttribute[] }

/** `rootsOnly`: read only each unit's root DIE (its name, compilation directory, line table offset, bases). */
export function parseDebugInfo(sections: DebugInfoSections, options: { readonly rootsOnly?: boolean } = {}): DebugInfo {
  const units: CompilationUnit[] = [];
  const typeUnits: CompilationUnit[] = [];
  const errors: string[] = [];
  const dies = new Map<number, Die>();
  const signatures = new Map<bigint, number>();
  const abbrevCache = new Map<number, Map<number, Abbreviation>>();
  const rootsOnly = options.rootsOnly === true;
  readSection(sections.debugInfo, 0, '.debug_info');
  // Type units are only read for the full model; their DIEs sit after .debug_info's in the one offset space.
  if (sections.debugTypes && !rootsOnly) readSection(sections.debugTypes, sections.debugInfo.length, '.debug_types');
  return {
    units, typeUnits, errors,
    dieAt: (o) => dies.get(o),
    dieBySignature: (sig) => { const o = signatures.get(sig); return o === undefined ? undefined : dies.get(o); },
  };

  function readSection(data: Uint8Array, base: number, sectionName: string): void {
    const inTypes = sectionName === '.debug_types';
    let offset = 0;
    while (offset < data.length) {
      const r = new ByteReader(data, offset);
      let end: number;
      let unit: CompilationUnit;
      let abbrevOffset: number;
      let signature: { value: bigint; typeOffset: number } | undefined;
      try {
        let length = r.u32('unit length');
        const is64 = length === 0xffffffff;
        if (is64) length = r.offsetSized(true, 'unit length');
        end = r.offset + length;
        if (end > data.length) throw new DwarfFormatError(`unit runs past the end of ${sectionName}`);
        const version = r.u16('version');
        if (version < 2 || version > 5) throw new DwarfFormatError(`unsupported unit version ${version}`);
        let unitType = inTypes ? 2 : 1;
        let addressSize: number;
        if (version >= 5) {
          unitType = r.u8('unit type');
          addressSize = r.u8('address size');
          abbrevOffset = r.offsetSized(is64, 'abbreviation offset');
          if (unitType === 4 || unitType === 5) r.u64('DWO id'); // skeleton and split units
          else if (unitType === 2 || unitType === 6) signature = { value: r.u64('type signature'), typeOffset: r.offsetSized(is64, 'type offset') };
        } else {
          abbrevOffset = r.offsetSized(is64, 'abbreviation offset');
          addressSize = r.u8('address size');
          if (inTypes) signature = { value: r.u64('type signature'), typeOffset: r.offsetSized(is64, 'type offset') };
        }
        unit = { offset: base + offset, version, unitType, addressSize, is64, root: undefined, strOffsetsBase: 8, addrBase: 8, loclistsBase: 0, rnglistsBase: 0 };
      } catch (e) {
        errors.push(`${sectionName} unit at 0x${offset.toString(16)}: ${message(e)}`);
        break;
      }
      const isTypeUnit = signature !== undefined;
      try {
        let abbrevs = abbrevCache.get(abbrevOffset);
        if (!abbrevs) { abbrevs = parseAbbreviations(sections.debugAbbrev, abbrevOffset); abbrevCache.set(abbrevOffset, abbrevs); }
        const pending: Attribute[] = [];
        readDies(new ByteReader(data, r.offset, end), unit, base, abbrevs, sections, dies, pending, rootsOnly);
        resolveIndices(unit, sections, pending);
        (isTypeUnit ? typeUnits : units).push(unit);
      } catch (e) {
        errors.push(`${sectionName} unit at 0x${offset.toString(16)}: ${message(e)}`);
        if (unit.root) (isTypeUnit ? typeUnits : units).push(unit); // keep what was read before the error
      }
      // The first unit with a signature defines it (a linker keeps one copy of each COMDAT type unit).
      if (signature && !signatures.has(signature.value)) signatures.set(signature.value, unit.offset + signature.typeOffset);
      offset = end;
    }
  }
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function parseAbbreviations(section: Uint8Array, offset: number): Map<number, Abbreviation> {
  if (offset >= section.length) throw new DwarfFormatError(`abbreviation offset 0x${offset.toString(16)} outside .debug_abbrev`);
  const r = new ByteReader(section, offset);
  const table = new Map<number, Abbreviation>();
  for (;;) {
    const code = r.ulebNumber('abbreviation code');
    if (code === 0) return table;
    const tag = r.ulebNumber('tag');
    const hasChildren = r.u8('children flag') !== 0;
    const attributes: AbbreviationAttribute[] = [];
    for (;;) {
      const name = r.ulebNumber('attribute name');
      const form = r.ulebNumber('attribute form');
      if (name === 0 && form === 0) break;
      const implicitConst = form === DW_FORM.implicit_const ? r.sleb('implicit constant') : 0n;
      attributes.push({ name, form, implicitConst });
    }
    table.set(code, { tag, hasChildren, attributes });
  }
}

function readDies(r: ByteReader, unit: CompilationUnit, base: number, abbrevs: Map<number, Abbreviation>, sections: DebugInfoSections, dies: Map<number, Die>, pending: Attribute[], rootOnly: boolean): void {
  const stack: Die[] = [];
  while (r.remaining > 0) {
    const dieOffset = base + r.offset;
    const code = r.ulebNumber('abbreviation code');
    if (code === 0) {
      stack.pop();
      if (stack.length === 0 && unit.root) return;
      continue;
    }
    const abbrev = abbrevs.get(code);
    if (!abbrev) throw new DwarfFormatError(`unknown abbreviation code ${code} at 0x${dieOffset.toString(16)}`);
    const parent = stack[stack.length - 1];
    const attributes: Attribute[] = [];
    for (const a of abbrev.attributes) {
      const valueOffset = base + r.offset;
      const attr: Attribute = { name: a.name, form: a.form, offset: valueOffset, value: readValue(r, a.form, a.implicitConst, unit, sections) };
      if (attr.value.kind === 'unresolved') pending.push(attr);
      attributes.push(attr);
    }
    const die: Die = { offset: dieOffset, tag: abbrev.tag, depth: stack.length, attributes, children: [], parent, unit };
    dies.set(dieOffset, die);
    if (parent) parent.children.push(die);
    else if (!unit.root) {
      unit.root = die;
      for (const a of attributes) {
        if (a.value.kind !== 'sectionOffset' && a.value.kind !== 'constant') continue;
        const v = Number(a.value.value);
        if (a.name === DW_AT.str_offsets_base) unit.strOffsetsBase = v;
        else if (a.name === DW_AT.addr_base) unit.addrBase = v;
        else if (a.name === DW_AT.loclists_base) unit.loclistsBase = v;
        else if (a.name === DW_AT.rnglists_base) unit.rnglistsBase = v;
      }
      if (rootOnly) return;
    } else return; // a second top-level DIE: padding after the unit's tree
    if (abbrev.hasChildren) stack.push(die);
    else if (stack.length === 0) return;
  }
}

// Index forms are read as numbers first and resolved once the unit's bases are known.
const pendingStringIndex = Symbol('strx');
const pendingAddressIndex = Symbol('addrx');
type Pending = { kind: 'unresolved'; reason: string; [pendingStringIndex]?: number; [pendingAddressIndex]?: number };

function readValue(r: ByteReader, form: number, implicitConst: bigint, unit: CompilationUnit, sections: DebugInfoSections): AttributeValue {
  const constant = (value: bigint, signed = false): AttributeValue => ({ kind: 'constant', value, signed });
  const reference = (relative: number): AttributeValue => ({ kind: 'reference', offset: unit.offset + relative });
  const block = (length: number): AttributeValue => {
    const start = r.offset;
    r.skip(length, 'block');
    return { kind: 'block', bytes: r.bytes.subarray(start, start + length) };
  };
  const stringIndex = (index: number): AttributeValue => ({ kind: 'unresolved', reason: 'string index', [pendingStringIndex]: index } as Pending);
  const addressIndex = (index: number): AttributeValue => ({ kind: 'unresolved', reason: 'address index', [pendingAddressIndex]: index } as Pending);
  switch (form) {
    case DW_FORM.addr: return { kind: 'address', value: r.address(unit.addressSize) };
    case DW_FORM.data1: return constant(BigInt(r.u8()));
    case DW_FORM.data2: return constant(BigInt(r.u16()));
    case DW_FORM.data4: return constant(BigInt(r.u32()));
    case DW_FORM.data8: return constant(r.u64());
    case DW_FORM.data16: return block(16);
    case DW_FORM.sdata: return constant(r.sleb(), true);
    case DW_FORM.udata: return constant(r.uleb());
    case DW_FORM.implicit_const: return constant(implicitConst, true);
    case DW_FORM.flag: return { kind: 'flag', value: r.u8() !== 0 };
    case DW_FORM.flag_present: return { kind: 'flag', value: true };
    case DW_FORM.string: return { kind: 'string', value: r.cstring() };
    case DW_FORM.strp: return { kind: 'string', value: stringAt(sections.debugStr, r.offsetSized(unit.is64, 'string offset'), '.debug_str') };
    case DW_FORM.line_strp: return { kind: 'string', value: stringAt(sections.debugLineStr, r.offsetSized(unit.is64, 'string offset'), '.debug_line_str') };
    case DW_FORM.strx: case DW_FORM.GNU_str_index: return stringIndex(r.ulebNumber());
    case DW_FORM.strx1: return stringIndex(r.u8());
    case DW_FORM.strx2: return stringIndex(r.u16());
    case DW_FORM.strx3: return stringIndex(r.u16() | (r.u8() << 16));
    case DW_FORM.strx4: return stringIndex(r.u32());
    case DW_FORM.addrx: case DW_FORM.GNU_addr_index: return addressIndex(r.ulebNumber());
    case DW_FORM.addrx1: return addressIndex(r.u8());
    case DW_FORM.addrx2: return addressIndex(r.u16());
    case DW_FORM.addrx3: return addressIndex(r.u16() | (r.u8() << 16));
    case DW_FORM.addrx4: return addressIndex(r.u32());
    case DW_FORM.ref1: return reference(r.u8());
    case DW_FORM.ref2: return reference(r.u16());
    case DW_FORM.ref4: return reference(r.u32());
    case DW_FORM.ref8: return reference(Number(r.u64()));
    case DW_FORM.ref_udata: return reference(r.ulebNumber());
    case DW_FORM.ref_addr: return { kind: 'reference', offset: unit.version <= 2 ? Number(r.address(unit.addressSize)) : r.offsetSized(unit.is64, 'reference') };
    case DW_FORM.ref_sig8: return { kind: 'signature', value: r.u64() };
    case DW_FORM.sec_offset: return { kind: 'sectionOffset', value: r.offsetSized(unit.is64, 'section offset') };
    case DW_FORM.exprloc: case DW_FORM.block: return block(r.ulebNumber('block length'));
    case DW_FORM.block1: return block(r.u8());
    case DW_FORM.block2: return block(r.u16());
    case DW_FORM.block4: return block(r.u32());
    case DW_FORM.loclistx: case DW_FORM.rnglistx: return { kind: 'listIndex', value: r.ulebNumber() };
    case DW_FORM.indirect: {
      const actual = r.ulebNumber('indirect form');
      return readValue(r, actual, actual === DW_FORM.implicit_const ? r.sleb() : 0n, unit, sections);
    }
    case DW_FORM.ref_sup4: r.skip(4); return { kind: 'unresolved', reason: 'supplementary file reference' };
    case DW_FORM.ref_sup8: r.skip(8); return { kind: 'unresolved', reason: 'supplementary file reference' };
    case DW_FORM.strp_sup: case DW_FORM.GNU_strp_alt: case DW_FORM.GNU_ref_alt:
      r.offsetSized(unit.is64, 'alternate reference');
      return { kind: 'unresolved', reason: 'reference into a supplementary file' };
    default: throw new DwarfFormatError(`unknown attribute form 0x${form.toString(16)}`);
  }
}

function resolveIndices(unit: CompilationUnit, sections: DebugInfoSections, pending: readonly Attribute[]): void {
  const entrySize = unit.is64 ? 8 : 4;
  for (const a of pending) {
    const index = a.value as Pending;
    const si = index[pendingStringIndex];
    const ai = index[pendingAddressIndex];
    try {
      if (si !== undefined) {
        if (!sections.debugStrOffsets) throw new DwarfFormatError('string index without .debug_str_offsets');
        const r = new ByteReader(sections.debugStrOffsets, unit.strOffsetsBase + si * entrySize);
        a.value = { kind: 'string', value: stringAt(sections.debugStr, r.offsetSized(unit.is64, 'string offset'), '.debug_str') };
      } else if (ai !== undefined) {
        if (!sections.debugAddr) throw new DwarfFormatError('address index without .debug_addr');
        a.value = { kind: 'address', value: new ByteReader(sections.debugAddr, unit.addrBase + ai * unit.addressSize).address(unit.addressSize) };
      }
    } catch (e) {
      a.value = { kind: 'unresolved', reason: message(e) };
    }
  }
}

/** The first attribute of a DIE with that name. */
export function attribute(die: Die, name: number): AttributeValue | undefined {
  for (const a of die.attributes) if (a.name === name) return a.value;
  return undefined;
}

/**
 * Each unit's compilation directory (DW_AT_comp_dir) by the offset of its line table in .debug_line
 * (DW_AT_stmt_list): relative file and directory names of that line table are relative to it. Only root DIEs
 * are read. Units without either attribute are left out; problems leave units out, never throw.
 */
export function compilationDirectories(sections: DebugInfoSections): Map<number, string> {
  const out = new Map<number, string>();
  let info: DebugInfo;
  try {
    info = parseDebugInfo(sections, { rootsOnly: true });
  } catch {
    return out;
  }
  for (const unit of info.units) {
    const root = unit.root;
    if (!root) continue;
    const dir = attribute(root, DW_AT.comp_dir);
    const list = attribute(root, DW_AT.stmt_list);
    if (dir?.kind !== 'string' || dir.value === '' || !list) continue;
    const offset = list.kind === 'sectionOffset' || list.kind === 'constant' ? Number(list.value) : undefined;
    if (offset !== undefined && !out.has(offset)) out.set(offset, dir.value);
  }
  return out;
}
