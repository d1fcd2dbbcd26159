// The assembler's working state: sections being filled, the symbol table, and the items whose bytes are
// completed in the second pass (instructions and data expressions).
import type { Feature, RelocKind } from '../isa/api.js';
import type { AsmRelocation, SourceLocation, SymbolReference } from './api.js';
import { ByteBuffer } from './bytes.js';
import { MappingList } from './orderLog.js';
import type { ExprNode, Value } from './expression.js';

export interface LiteralEntry {
  readonly key: string;
  readonly label: string;
  readonly node: ExprNode;
  readonly column: number;
  readonly loc: SourceLocation;
  readonly seq: number;
}

/**
 * A frag in GNU as's sense: a section is split into frags at every variable-size piece (alignment, .skip/.fill,
 * .org, deferred LEB128). Mapping symbols are tracked per frag because GNU as's rules for dropping duplicates are.
 */
interface Frag {
  readonly start: number;
  /** Where its variable piece begins (undefined for the open frag). */
  fixEnd: number | undefined;
  /** Its first and last mapping symbols (indices in the section's MappingList; -1: none). */
  first: number;
  last: number;
}

export class SectionState {
  readonly data = new ByteBuffer(64);
  nobitsSize = 0;
  align = 1;
  merge = false;
  strings = false;
  entrySize = 0;
  /** "T" flag: thread-local storage (SHF_TLS); its symbols are STT_TLS. */
  tls = false;
  /** "e" flag (SHF_EXCLUDE). */
  exclude = false;
  /** A progbits section of another ELF type (SHT_NOTE, SHT_INIT_ARRAY...), by name or `@type`. */
  elfType: 'note' | 'init_array' | 'fini_array' | 'preinit_array' | undefined = undefined;
  /** In the order GNU as makes them (the order of the statements asking for them), which it keeps. */
  readonly relocations: AsmRelocation[] = [];
  /** Every $x/$d mapping symbol made, in order (some later removed). */
  readonly mapping = new MappingList();
  /** The mapping state: the kind of the last mapping symbol made (undefined before the first). */
  mapState: 'x' | 'd' | undefined = undefined;
  private readonly frags: Frag[] = [{ start: 0, fixEnd: undefined, first: -1, last: -1 }];
  /** Told of each mapping symbol made, by its index in `mapping` (the assembler's symbol order). */
  onMappingSymbol: ((index: number) => void) | undefined;
  /** Pending literal pools by entry size (4, 8, 16). */
  readonly pools = new Map<number, LiteralEntry[]>();
  /** The pending pool entries by `${size}:${key}`, so that equal literals share one entry. */
  readonly poolEntries = new Map<string, LiteralEntry>();

  constructor(
    readonly name: string,
    public kind: 'progbits' | 'nobits',
    public alloc: boolean,
    public write: boolean,
    public execute: boolean,
    readonly index: number,
  ) {
    this.elfName = name;
  }

  /** The section's name in the object (`name` is unique: it also names the group when another has this name). */
  elfName: string;
  /** The section group (`.section name, "...G", @type, GROUP, comdat`) it belongs to. */
  group: { readonly name: string; readonly comdat: boolean } | undefined = undefined;
  /** "o" flag: the symbol whose section this one follows (SHF_LINK_ORDER; -fpatchable-function-entry). */
  linkOrder: string | undefined = undefined;

  get offset(): number {
    return this.kind === 'nobits' ? this.nobitsSize : this.data.length;
  }

  /**
   * Code or data is emitted here (an instruction, a data directive): a mapping symbol when the kind changes, as
   * GNU as does. In a section that is not executable, data before any mapping symbol needs none; the first
   * instruction of a section that already holds bytes puts a $d at its start.
   */
  markMapping(kind: 'x' | 'd'): void {
    const state = this.mapState;
    if (state === kind) return;
    if (state === undefined) {
      if (kind === 'd' && !this.execute) return;
      if (kind === 'x' && (this.frags.length > 1 || this.offset > 0)) this.makeMapping('d', 0, this.frags[0]!);
    }
    this.setMapState(kind);
  }

  private setMapState(kind: 'x' | 'd'): void {
    if (this.mapState === kind) return;
    this.mapState = kind;
    this.makeMapping(kind, this.offset, this.frags[this.frags.length - 1]!);
  }

  private makeMapping(kind: 'x' | 'd', offset: number, frag: Frag): void {
    const mapping = this.mapping;
    const m = mapping.add(offset, kind);
    this.onMappingSymbol?.(m);
    if (offset === frag.start) {
      if (frag.first >= 0) mapping.remove(frag.first);
      frag.first = m;
    }
    if (frag.last >= 0 && mapping.offset(frag.last) === offset) mapping.remove(frag.last);
    frag.last = m;
  }

  /**
   * A variable-size piece of `size` bytes starts here (what GNU as makes a new frag for): an alignment (a $x in
   * code, else a $d when the kind changes), a fill (.skip, .zero, .fill: a $d) or another kind (.org, LEB128:
   * no mapping symbol). The caller emits the bytes afterwards; a new frag starts after them.
   */
  variablePiece(kind: 'align' | 'fill' | 'other', size: number): void {
    if (kind === 'align') this.setMapState(this.execute ? 'x' : 'd');
    else if (kind === 'fill') this.setMapState('d');
    this.frags[this.frags.length - 1]!.fixEnd = this.offset;
    this.frags.push({ start: this.offset + size, fixEnd: undefined, first: -1, last: -1 });
  }

  /** The frag being filled (an index for fragStart/fragFixEnd). */
  get currentFrag(): number {
    return this.frags.length - 1;
  }

  fragStart(frag: number): number {
    return this.frags[frag]!.start;
  }

  /** Where the frag's fixed part ends (its variable piece begins), or the section's end for the open frag. */
  fragFixEnd(frag: number): number {
    return this.frags[frag]!.fixEnd ?? this.offset;
  }

  /** Code alignment padding that is not a whole number of instructions (see addOddPadding). */
  private readonly oddPadding: { offset: number; bytes: number; frag: Frag }[] = [];

  /**
   * The alignment just begun (variablePiece) pads code with `bytes` zeros before its NOPs: GNU as marks them
   * with a $d and the NOPs with a $x, mapping symbols it makes when the object is written.
   */
  addOddPadding(offset: number, bytes: number): void {
    this.oddPadding.push({ offset, bytes, frag: this.frags[this.frags.length - 2]! });
  }

  /**
   * GNU as's last look at mapping symbols: one at the very end of a frag is dropped when the next non-empty frag
   * starts with its own, or when only empty frags follow to the end of the section.
   */
  finishMapping(): void {
    for (const p of this.oddPadding) {
      this.makeMapping('d', p.offset, p.frag);
      this.makeMapping('x', p.offset + p.bytes, p.frag);
    }
    const end = this.offset;
    const frags = this.frags;
    const mapping = this.mapping;
    for (let i = 0; i < frags.length; i++) {
      const last = frags[i]!.last;
      if (last < 0 || mapping.removed(last)) continue;
      const fragEnd = i + 1 < frags.length ? frags[i + 1]!.start : end;
      if (mapping.offset(last) < fragEnd) continue;
      for (let j = i + 1; ; j++) {
        if (j >= frags.length) { mapping.remove(last); break; }
        const next = frags[j]!;
        if (next.first >= 0 && !mapping.removed(next.first)) { mapping.remove(last); break; }
        const nextEnd = j + 1 < frags.length ? frags[j + 1]!.start : end;
        if (nextEnd > next.start) break;
      }
    }
  }
}

export interface EquDefinition {
  readonly seq: number;
  readonly node: ExprNode;
  readonly section: SectionState;
  readonly offset: number;
  readonly loc: SourceLocation;
  value?: Value;
  evaluating?: boolean;
}

export interface SymbolState {
  readonly name: string;
  kind: 'undefined' | 'label' | 'equ' | 'common';
  section?: SectionState;
  offset: number;
  binding?: 'local' | 'global' | 'weak';
  visibility?: 'hidden' | 'protected' | 'internal';
  type: 'func' | 'object' | 'notype';
  size: number;
  definedAt?: SourceLocation;
  equ?: EquDefinition[];
  /** Defined with .equiv: may not be redefined in any way. */
  equiv?: boolean;
  /** Numeric local labels and literal pool labels: never written to the symbol table. */
  internal: boolean;
  /** For .comm: alignment. */
  commonAlign?: number;
  /** `.set x, label` with the label already defined: GNU as copies its type and size to x. */
  copyOf?: string;
  /** Its entry in the assembler's symbol-order log (where GNU as would have made it); -1 if it has none. */
  orderEntry: number;
  /** Pass 1 resolved a use of this label while its binding was still open (see Assembler.resolveEarlyFixup). */
  resolvedInPassOne: boolean;
}

/** An instruction encoded in pass 2; it is its own source location (the statement's start). */
export interface InstructionItem extends SourceLocation {
  readonly kind: 'insn';
  readonly section: SectionState;
  readonly offset: number;
  readonly mnemonic: string;
  readonly operands: string;
  /** 0-based column of operands[0] in the line. */
  readonly operandColumn: number;
  readonly statement: string;
  readonly seq: number;
  readonly features: ReadonlySet<Feature>;
  /** From a macro or .irp expansion: columns do not refer to the file's text. */
  readonly expanded: boolean;
}

export interface DataItem {
  readonly kind: 'data';
  readonly section: SectionState;
  readonly offset: number;
  readonly size: number;
  readonly node: ExprNode;
  /** 0-based column of the expression's text in the line. */
  readonly column: number;
  readonly file: string;
  readonly line: number;
  readonly seq: number;
  readonly expanded: boolean;
  /** A literal pool entry: where its `ldr Rt, =expr` was written. */
  readonly poolLoc: SourceLocation | undefined;
}

/** Where a data item's diagnostics point: its expression (column 1 for expanded lines, like location()). */
export function dataItemLocation(item: DataItem): SourceLocation {
  return item.poolLoc ?? { file: item.file, line: item.line, column: item.expanded ? 1 : item.column + 1 };
}

/**
 * A .uleb128/.sleb128 value that is not known in pass 1 (a label defined later). Its length depends on the
 * value: `size` bytes are reserved (1 unless an earlier attempt found the real length), and when the value needs
 * another length the unit is assembled again with that length (see assembleUnit).
 */
export interface LebItem {
  readonly kind: 'leb';
  readonly section: SectionState;
  readonly offset: number;
  readonly size: number;
  readonly signed: boolean;
  readonly node: ExprNode;
  readonly column: number;
  readonly file: string;
  readonly line: number;
  readonly seq: number;
  readonly expanded: boolean;
  /** Which deferred LEB128 of the unit this is (0, 1, ...), the key of the lengths kept between attempts. */
  readonly index: number;
}

/** A relocation a directive asks for (`.reloc`, `.tlsdesccall`), made in pass 2 in statement order. */
export interface RelocItem {
  readonly kind: 'reloc';
  readonly section: SectionState;
  readonly offset: number;
  readonly relocKind: RelocKind;
  /** `.reloc` of a type RelocKind does not name. */
  readonly elfType: number | undefined;
  /** The target expression (none: the absolute 0). */
  readonly node: ExprNode | undefined;
  /** `.reloc`: a label stays named, as GNU as does; otherwise local symbols are named through their section. */
  readonly keepLabel: boolean;
  readonly seq: number;
  readonly loc: SourceLocation;
  readonly column: number;
}

export type PendingItem = InstructionItem | DataItem | LebItem | RelocItem;

/** `value` as (un)signed LEB128; exactly `length` bytes (padded with continuation bytes) when given. */
export function leb128(value: bigint, signed: boolean, length?: number): number[] {
  let v = signed ? value : BigInt.asUintN(64, value);
  const out: number[] = [];
  for (;;) {
    const byte = Number(v & 0x7fn);
    v >>= 7n;
    const done = signed ? (v === 0n && (byte & 0x40) === 0) || (v === -1n && (byte & 0x40) !== 0) : v === 0n;
    if (done && (length === undefined || out.length + 1 >= length)) { out.push(byte); return out; }
    out.push(byte | 0x80);
  }
}

/** Relocation kinds the assembler resolves itself when the target is a local label of the same section. */
export const locallyResolvableKinds: ReadonlySet<RelocKind> = new Set<RelocKind>([
  'R_AARCH64_JUMP26', 'R_AARCH64_CALL26', 'R_AARCH64_CONDBR19', 'R_AARCH64_TSTBR14', 'R_AARCH64_LD_PREL_LO19',
  'R_AARCH64_ADR_PREL_LO21',
]);

/** Relocation kinds that must name the symbol itself even when it is local (GOT and TLS). */
export const symbolKeepingKinds: ReadonlySet<RelocKind> = new Set<RelocKind>([
  'R_AARCH64_ADR_GOT_PAGE', 'R_AARCH64_LD64_GOT_LO12_NC', 'R_AARCH64_TLSLE_ADD_TPREL_HI12',
  'R_AARCH64_TLSLE_ADD_TPREL_LO12', 'R_AARCH64_TLSLE_ADD_TPREL_LO12_NC', 'R_AARCH64_TLSIE_ADR_GOTTPREL_PAGE21',
  'R_AARCH64_TLSIE_LD64_GOTTPREL_LO12_NC', 'R_AARCH64_TLSDESC_ADR_PAGE21', 'R_AARCH64_TLSDESC_LD64_LO12',
  'R_AARCH64_TLSDESC_ADD_LO12', 'R_AARCH64_TLSDESC_CALL',
]);

/** Contents of one progbits section are kept in memory: a typo like `.skip 100000000` must not exhaust it. */
export const maxSectionBytes = 64 * 0x100000;
/** Most source lines one .rept expansion may produce. */
export const maxExpandedLines = 1_000_000;

/**
 * The symbol references of a unit (for the language server's go-to-definition and find-references), kept in
 * typed arrays while the unit is assembled and made into objects only when asked for: most runs (`as`, `run`)
 * never read them, and one object per reference would be long-lived garbage-collector work.
 */
export class ReferenceList {
  private readonly names: string[] = [];
  private readonly fileNames: string[] = [];
  private lastFile = '';
  private lastFileId = -1;
  /** Per reference: file id, line, column, end column. */
  private numbers = new Int32Array(256);

  add(name: string, file: string, line: number, column: number, endColumn: number): void {
    if (file !== this.lastFile || this.lastFileId < 0) {
      let id = this.fileNames.indexOf(file);
      if (id < 0) { id = this.fileNames.length; this.fileNames.push(file); }
      this.lastFile = file;
      this.lastFileId = id;
    }
    const at = this.names.length * 4;
    if (at + 4 > this.numbers.length) {
      const wider = new Int32Array(this.numbers.length * 2);
      wider.set(this.numbers);
      this.numbers = wider;
    }
    this.names.push(name);
    const n = this.numbers;
    n[at] = this.lastFileId;
    n[at + 1] = line;
    n[at + 2] = column;
    n[at + 3] = endColumn;
  }

  toArray(): SymbolReference[] {
    const out = new Array<SymbolReference>(this.names.length);
    for (let i = 0; i < out.length; i++) out[i] = this.at(i);
    return out;
  }

  /** Whether every reference so far passes `test`. */
  every(test: (r: SymbolReference) => boolean): boolean {
    for (let i = 0; i < this.names.length; i++) if (!test(this.at(i))) return false;
    return true;
  }

  private at(i: number): SymbolReference {
    const n = this.numbers;
    return { name: this.names[i]!, file: this.fileNames[n[i * 4]!]!, line: n[i * 4 + 1]!, column: n[i * 4 + 2]!, endColumn: n[i * 4 + 3]! };
  }
}
