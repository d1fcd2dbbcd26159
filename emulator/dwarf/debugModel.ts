// The debug-information model the debugger queries: functions with their lexical scopes, parameters and locals,
// global variables, and the C types of all of them, built from .debug_info (and its lists). It answers "which
// function is at this pc", "which variables are visible here" and "where does this variable live now".

import { DW_AT, DW_TAG } from './constants.js';
import { attribute, parseDebugInfo, type DebugInfo, type DebugInfoSections, type Die, type CompilationUnit } from './info.js';
import { ByteReader, DwarfFormatError } from './byteReader.js';
import { evaluateLocation, selectLocationListEntry, type Location, type LocationContext, type LocationListSections } from './location.js';
import { TypeTable, stringAttribute, type CType } from './types.js';

export interface DebugModelSections extends DebugInfoSections, LocationListSections {
  readonly debugRnglists?: Uint8Array;
  readonly debugRanges?: Uint8Array;
}

export interface AddressRange { readonly start: bigint; readonly end: bigint }

export interface Variable {
  readonly name: string;
  readonly type: CType;
  readonly isParameter: boolean;
  readonly declarationLine: number | undefined;
  readonly die: Die;
}

export interface Scope {
  readonly ranges: readonly AddressRange[];
  readonly variables: readonly Variable[];
  readonly children: readonly Scope[];
  /** For an inlined call: the name of the inlined function. */
  readonly inlinedFunction?: string;
  /**
   * For an inlined call: where the call is (DW_AT_call_file, an index into the file table of the line program at
   * `lineTableOffset` in .debug_line, and DW_AT_call_line).
   */
  readonly call?: { readonly file: number | undefined; readonly line: number | undefined; readonly lineTableOffset: number | undefined };
}

export interface FunctionInfo {
  readonly name: string;
  readonly ranges: readonly AddressRange[];
  readonly lowPc: bigint;
  readonly scope: Scope;
  readonly die: Die;
}

export class DebugModel {
  readonly types: TypeTable;
  readonly functions: readonly FunctionInfo[];
  readonly globals: readonly Variable[];
  readonly errors: readonly string[];

  constructor(private readonly sections: DebugModelSections, readonly info: DebugInfo) {
    this.types = new TypeTable(info);
    const functions: FunctionInfo[] = [];
    const globals: Variable[] = [];
    const errors = [...info.errors];
    for (const unit of info.units) {
      if (!unit.root) continue;
      for (const die of unit.root.children) {
        try {
          if (die.tag === DW_TAG.subprogram) {
            const f = this.buildFunction(die);
            if (f) functions.push(f);
          } else if (die.tag === DW_TAG.variable) {
            const v = this.buildVariable(die, false);
            if (v && !attribute(die, DW_AT.declaration)) globals.push(v);
          }
        } catch (e) {
          if (!(e instanceof DwarfFormatError)) throw e;
          errors.push(`DIE at 0x${die.offset.toString(16)}: ${e.message}`);
        }
      }
    }
    functions.sort((a, b) => (a.lowPc < b.lowPc ? -1 : a.lowPc > b.lowPc ? 1 : 0));
    this.functions = functions;
    this.globals = globals;
    this.errors = errors;
  }

  functionAt(pc: bigint): FunctionInfo | undefined {
    return this.functions.find((f) => f.ranges.some((r) => pc >= r.start && pc < r.end));
  }

  /**
   * Variables visible at `pc`, innermost scope first; an inner variable hides an outer one of the same name.
   * `inlineDepth` picks the frame of inlined code (as gdb shows each inlined call as a frame of its own): 0 is the
   * function's own frame (its scopes down to the first inlined call), k the k-th inlined call counted from the
   * outside (its scopes down to the next inlined call). Undefined: every scope at pc.
   */
  variablesAt(pc: bigint, inlineDepth?: number): Variable[] {
    const f = this.functionAt(pc);
    if (!f) return [];
    const chain: Scope[] = [];
    let scope: Scope | undefined = f.scope;
    let depth = 0;
    while (scope) {
      if (scope.inlinedFunction !== undefined) {
        depth++;
        if (inlineDepth !== undefined && depth > inlineDepth) break;
        // Entering the frame's own inlined call: the scopes of the code around it are another frame's.
        if (inlineDepth !== undefined && depth === inlineDepth) chain.length = 0;
      }
      chain.unshift(scope);
      scope = scope.children.find((c) => c.ranges.some((r) => pc >= r.start && pc < r.end));
    }
    const seen = new Set<string>();
    const out: Variable[] = [];
    for (const s of chain) for (const v of s.variables) if (!seen.has(v.name)) { seen.add(v.name); out.push(v); }
    return out;
  }

  global(name: string): Variable | undefined {
    return this.globals.find((g) => g.name === name);
  }

  private typeNames: Map<string, number> | undefined;
  private enumerators: Map<string, { value: bigint; type: number }> | undefined;

  /** An enumerator by name (gdb's `print GREEN`): its value and its enum type; undefined when none. */
  enumerator(name: string): { readonly value: bigint; readonly type: CType } | undefined {
    if (!this.enumerators) {
      const found = new Map<string, { value: bigint; type: number }>();
      for (const unit of [...this.info.units, ...this.info.typeUnits]) {
        const visit = (die: Die, depth: number): void => {
          if (die.tag === DW_TAG.enumeration_type) {
            for (const c of die.children) {
              const n = c.tag === DW_TAG.enumerator ? stringAttribute(c, DW_AT.name) : undefined;
              const v = n !== undefined ? attribute(c, DW_AT.const_value) : undefined;
              if (n !== undefined && v?.kind === 'constant' && !found.has(n)) found.set(n, { value: v.value, type: die.offset });
            }
          } else if (depth < 2) for (const c of die.children) visit(c, depth + 1); // enums local to a function too
        };
        if (unit.root) visit(unit.root, 0);
      }
      this.enumerators = found;
    }
    const e = this.enumerators.get(name);
    return e ? { value: e.value, type: this.types.typeAt(e.type) } : undefined;
  }

  /**
   * A type by its C name, as gdb's `ptype`/`sizeof`/casts look it up: 'struct point', 'union word', 'enum color',
   * or a typedef or base type name ('point_t', 'int'). A complete definition is preferred to a declaration;
   * type units count too. Undefined when no unit defines it.
   */
  namedType(name: string): CType | undefined {
    if (!this.typeNames) {
      const names = new Map<string, number>();
      const declared = new Set<string>();
      const prefix: Partial<Record<number, string>> = { [DW_TAG.structure_type]: 'struct ', [DW_TAG.class_type]: 'struct ', [DW_TAG.union_type]: 'union ', [DW_TAG.enumeration_type]: 'enum ', [DW_TAG.typedef]: '', [DW_TAG.base_type]: '' };
      for (const unit of [...this.info.units, ...this.info.typeUnits]) {
        for (const die of unit.root?.children ?? []) {
          const p = prefix[die.tag];
          const n = p === undefined ? undefined : stringAttribute(die, DW_AT.name);
          if (n === undefined) continue;
          const key = `${p}${n}`;
          const declaration = attribute(die, DW_AT.declaration) !== undefined || attribute(die, DW_AT.signature) !== undefined;
          // The first definition wins; a declaration (or a -fdebug-types-section skeleton) only until one is found.
          if (!names.has(key) || (!declaration && declared.has(key))) {
            names.set(key, die.offset);
            if (declaration) declared.add(key); else declared.delete(key);
          }
        }
      }
      this.typeNames = names;
    }
    const offset = this.typeNames.get(name.trim().replace(/\s+/g, ' '));
    return offset === undefined ? undefined : this.types.typeAt(offset);
  }

  /**
   * The value a callee's parameter register had on entry, as the call site at `returnAddress` in the caller says
   * (DW_TAG_call_site / DW_TAG_GNU_call_site whose DW_AT_call_return_pc or DW_AT_low_pc is the return address,
   * its DW_TAG_call_site_parameter for that register, and the DW_AT_call_value evaluated in the caller: `caller`
   * gives the caller's registers and memory). `registerExpression` is DW_OP_entry_value's operand (DW_OP_regN or
   * DW_OP_regx N). Undefined when the debug information does not say.
   */
  entryValue(registerExpression: Uint8Array, returnAddress: bigint, caller: Omit<LocationContext, 'addressSize' | 'frameBase'>, callerPc: bigint): bigint | undefined {
    const f = this.functionAt(callerPc);
    if (!f) return undefined;
    const site = findCallSite(f.die, returnAddress);
    if (!site) return undefined;
    const wanted = registerOf(registerExpression);
    if (wanted === undefined) return undefined;
    for (const p of site.children) {
      if (p.tag !== DW_TAG.call_site_parameter && p.tag !== DW_TAG.GNU_call_site_parameter) continue;
      const location = attribute(p, DW_AT.location);
      if (location?.kind !== 'block' || registerOf(location.bytes) !== wanted) continue;
      const value = attribute(p, DW_AT.call_value) ?? attribute(p, DW_AT.GNU_call_site_value);
      if (value?.kind !== 'block') return undefined;
      const frameBaseExpression = this.locationExpression(f.die, callerPc, DW_AT.frame_base);
      const unit = p.unit;
      const result = evaluateLocation(value.bytes, {
        ...caller, addressSize: unit.addressSize,
        frameBase: () => {
          if (!frameBaseExpression) return undefined;
          const base = evaluateLocation(frameBaseExpression, { ...caller, addressSize: unit.addressSize });
          return base.kind === 'memory' ? base.address : base.kind === 'register' ? caller.readRegister(base.register) : undefined;
        },
      });
      // DW_AT_call_value is a DWARF expression whose result is the value (a register names its contents).
      if (result.kind === 'value') return result.value;
      if (result.kind === 'memory') return result.address;
      if (result.kind === 'register') return caller.readRegister(result.register);
      return undefined;
    }
    return undefined;
  }

  /** Where the variable lives at `pc`: evaluates its location expression or selects its location-list entry. */
  locate(variable: Variable, pc: bigint, ctx: Omit<LocationContext, 'addressSize' | 'frameBase'>): Location {
    const unit = variable.die.unit;
    const constant = attribute(variable.die, DW_AT.const_value);
    if (constant?.kind === 'constant') return { kind: 'value', value: constant.value };
    if (constant?.kind === 'block') return { kind: 'bytes', bytes: constant.bytes };
    const expression = this.locationExpression(variable.die, pc);
    if (!expression) return { kind: 'unavailable', reason: 'optimized out' };
    const f = this.functionAt(pc);
    const frameBaseExpression = f ? this.locationExpression(f.die, pc, DW_AT.frame_base) : undefined;
    const full: LocationContext = {
      ...ctx,
      addressSize: unit.addressSize,
      frameBase: () => {
        if (!frameBaseExpression) return undefined;
        const base = evaluateLocation(frameBaseExpression, { ...ctx, addressSize: unit.addressSize });
        if (base.kind === 'memory') return base.address;
        if (base.kind === 'register') return ctx.readRegister(base.register);
        return undefined;
      },
    };
    return evaluateLocation(expression, full);
  }

  private locationExpression(die: Die, pc: bigint, name = DW_AT.location): Uint8Array | undefined {
    const v = attribute(die, name) ?? this.origin(die, (d) => attribute(d, name));
    if (!v) return undefined;
    if (v.kind === 'block') return v.bytes;
    const unit = die.unit;
    let offset: number | undefined;
    if (v.kind === 'sectionOffset') offset = v.value;
    // Before DWARF 4 a location list is named by a DW_FORM_data4/data8 offset (a constant form).
    else if (v.kind === 'constant' && unit.version < 4) offset = Number(v.value);
    else if (v.kind === 'listIndex') offset = this.listOffset(this.sections.debugLoclists, unit.loclistsBase, v.value, unit);
    if (offset === undefined) return undefined;
    return selectLocationListEntry(this.sections, unit.version, offset, unitBase(unit), pc, unit.addressSize, unit.addrBase);
  }

  /** Offsets-table entry of a DW_FORM_loclistx/rnglistx index. */
  private listOffset(section: Uint8Array | undefined, base: number, index: number, unit: CompilationUnit): number | undefined {
    if (!section) return undefined;
    const size = unit.is64 ? 8 : 4;
    try {
      return base + new ByteReader(section, base + index * size).offsetSized(unit.is64, 'list offset');
    } catch {
      return undefined;
    }
  }

  private buildFunction(die: Die): FunctionInfo | undefined {
    if (attribute(die, DW_AT.declaration)) return undefined;
    const ranges = this.ranges(die);
    if (ranges.length === 0) return undefined; // inlined everywhere: only its abstract instance exists
    const name = this.name(die) ?? '<anonymous>';
    return { name, ranges, lowPc: ranges.reduce((m, r) => (r.start < m ? r.start : m), ranges[0]!.start), scope: this.buildScope(die, ranges), die };
  }

  private buildScope(die: Die, ranges: readonly AddressRange[], inlinedFunction?: string): Scope {
    const variables: Variable[] = [];
    const children: Scope[] = [];
    for (const c of die.children) {
      if (c.tag === DW_TAG.formal_parameter || c.tag === DW_TAG.variable) {
        const v = this.buildVariable(c, c.tag === DW_TAG.formal_parameter);
        if (v) variables.push(v);
      } else if (c.tag === DW_TAG.lexical_block) {
        const r = this.ranges(c);
        if (r.length) children.push(this.buildScope(c, r));
        else variables.push(...this.buildScope(c, ranges).variables); // a block without ranges covers its parent's
      } else if (c.tag === DW_TAG.inlined_subroutine) {
        const r = this.ranges(c);
        if (r.length) children.push(this.buildScope(c, r, this.name(c)));
      }
    }
    if (inlinedFunction === undefined) return { ranges, variables, children };
    const constant = (name: number): number | undefined => {
      const a = attribute(die, name);
      return a?.kind === 'constant' || a?.kind === 'sectionOffset' ? Number(a.value) : undefined;
    };
    const stmtList = die.unit.root ? attribute(die.unit.root, DW_AT.stmt_list) : undefined;
    const lineTableOffset = stmtList?.kind === 'sectionOffset' || stmtList?.kind === 'constant' ? Number(stmtList.value) : undefined;
    return { ranges, variables, children, inlinedFunction, call: { file: constant(DW_AT.call_file), line: constant(DW_AT.call_line), lineTableOffset } };
  }

  private buildVariable(die: Die, isParameter: boolean): Variable | undefined {
    const name = this.name(die);
    if (name === undefined) return undefined;
    const typed = attribute(die, DW_AT.type) ? die : this.originDie(die) ?? die;
    const line = attribute(die, DW_AT.decl_line) ?? this.origin(die, (d) => attribute(d, DW_AT.decl_line));
    return { name, type: this.types.typeOf(typed), isParameter, declarationLine: line?.kind === 'constant' ? Number(line.value) : undefined, die };
  }

  private name(die: Die): string | undefined {
    return stringAttribute(die, DW_AT.name) ?? this.origin(die, (d) => stringAttribute(d, DW_AT.name) ?? this.name(d));
  }

  private originDie(die: Die): Die | undefined {
    const ref = attribute(die, DW_AT.abstract_origin) ?? attribute(die, DW_AT.specification);
    return ref?.kind === 'reference' ? this.info.dieAt(ref.offset) : undefined;
  }

  private origin<T>(die: Die, get: (d: Die) => T | undefined): T | undefined {
    const o = this.originDie(die);
    return o && o !== die ? get(o) : undefined;
  }

  /** Code ranges of a function, block or inlined call (DW_AT_low_pc/high_pc or DW_AT_ranges). */
  private ranges(die: Die): AddressRange[] {
    const low = attribute(die, DW_AT.low_pc);
    const high = attribute(die, DW_AT.high_pc);
    if (low?.kind === 'address' && high) {
      const end = high.kind === 'address' ? high.value : high.kind === 'constant' ? low.value + high.value : low.value;
      return end > low.value ? [{ start: low.value, end }] : [];
    }
    const ranges = attribute(die, DW_AT.ranges);
    if (!ranges) return [];
    const unit = die.unit;
    let offset: number | undefined;
    if (ranges.kind === 'sectionOffset') offset = ranges.value;
    else if (ranges.kind === 'listIndex') offset = this.listOffset(this.sections.debugRnglists, unit.rnglistsBase, ranges.value, unit);
    if (offset === undefined) return [];
    try {
      return unit.version >= 5 ? this.rnglist(offset, unit) : this.debugRanges(offset, unit);
    } catch (e) {
      if (e instanceof DwarfFormatError) return [];
      throw e;
    }
  }

  private rnglist(offset: number, unit: CompilationUnit): AddressRange[] {
    if (!this.sections.debugRnglists) throw new DwarfFormatError('.debug_rnglists is missing');
    const r = new ByteReader(this.sections.debugRnglists, offset);
    const address = (index: number) => {
      if (!this.sections.debugAddr) throw new DwarfFormatError('.debug_addr is missing');
      return new ByteReader(this.sections.debugAddr, unit.addrBase + index * unit.addressSize).address(unit.addressSize);
    };
    let base = unitBase(unit);
    const out: AddressRange[] = [];
    for (;;) {
      const kind = r.u8('range list entry');
      switch (kind) {
        case 0: return out;
        case 1: base = address(r.ulebNumber()); break;
        case 2: out.push({ start: address(r.ulebNumber()), end: address(r.ulebNumber()) }); break;
        case 3: { const s = address(r.ulebNumber()); out.push({ start: s, end: s + r.uleb() }); break; }
        case 4: { const s = base + r.uleb(); out.push({ start: s, end: base + r.uleb() }); break; }
        case 5: base = r.address(unit.addressSize); break;
        case 6: out.push({ start: r.address(unit.addressSize), end: r.address(unit.addressSize) }); break;
        case 7: { const s = r.address(unit.addressSize); out.push({ start: s, end: s + r.uleb() }); break; }
        default: throw new DwarfFormatError(`unknown range list entry kind ${kind}`);
      }
    }
  }

  private debugRanges(offset: number, unit: CompilationUnit): AddressRange[] {
    if (!this.sections.debugRanges) throw new DwarfFormatError('.debug_ranges is missing');
    const r = new ByteReader(this.sections.debugRanges, offset);
    let base = unitBase(unit);
    const out: AddressRange[] = [];
    for (;;) {
      const start = r.address(unit.addressSize);
      const end = r.address(unit.addressSize);
      if (start === 0n && end === 0n) return out;
      if (start === 0xffff_ffff_ffff_ffffn) { base = end; continue; }
      out.push({ start: base + start, end: base + end });
    }
  }
}

/** The call site DIE (DWARF 5 or GNU) inside a function whose return address is `returnAddress`. */
function findCallSite(die: Die, returnAddress: bigint): Die | undefined {
  for (const c of die.children) {
    if (c.tag === DW_TAG.call_site || c.tag === DW_TAG.GNU_call_site) {
      const at = attribute(c, DW_AT.call_return_pc) ?? attribute(c, DW_AT.low_pc);
      if (at?.kind === 'address' && at.value === returnAddress) return c;
    } else if (c.tag === DW_TAG.lexical_block || c.tag === DW_TAG.inlined_subroutine) {
      const inner = findCallSite(c, returnAddress);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** The register a one-operation expression names: DW_OP_reg0..31 or DW_OP_regx N; undefined otherwise. */
function registerOf(bytes: Uint8Array): number | undefined {
  if (bytes.length === 1 && bytes[0]! >= 0x50 && bytes[0]! <= 0x6f) return bytes[0]! - 0x50;
  if (bytes[0] === 0x90) {
    let value = 0, shift = 0;
    for (let i = 1; i < bytes.length; i++) {
      value += (bytes[i]! & 0x7f) * 2 ** shift;
      shift += 7;
      if ((bytes[i]! & 0x80) === 0) return i === bytes.length - 1 ? value : undefined;
    }
  }
  return undefined;
}

function unitBase(unit: CompilationUnit): bigint {
  const low = unit.root ? attribute(unit.root, DW_AT.low_pc) : undefined;
  return low?.kind === 'address' ? low.value : 0n;
}

/** Builds the model; malformed parts are listed in `errors` and left out. */
export function buildDebugModel(sections: DebugModelSections): DebugModel {
  return new DebugModel(sections, parseDebugInfo(sections));
}
