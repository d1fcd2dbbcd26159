// The assembler's working state: sections being filled, the symbol table, and the items whose bytes are
// completed in the second pass (instructions and data expressions).
import type { Feature, RelocKind } from '../isa/api.js';
import type { AsmRelocation, SourceLocation } from './api.js';
import { ByteBuffer } from './bytes.js';
import type { ExprNode, Value } from './expression.js';

export interface LiteralEntry {
  readonly key: string;
  readonly label: string;
  readonly node: ExprNode;
  readonly column: number;
  readonly loc: SourceLocation;
  readonly seq: number;
}

export class SectionState {
  readonly data = new ByteBuffer(64);
  nobitsSize = 0;
  align = 1;
  merge = false;
  strings = false;
  entrySize = 0;
  readonly relocations: AsmRelocation[] = [];
  /** Code/data transitions for the $x/$d mapping symbols of code sections. */
  readonly mapping: { offset: number; kind: 'x' | 'd' }[] = [];
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
  ) {}

  get offset(): number {
    return this.kind === 'nobits' ? this.nobitsSize : this.data.length;
  }

  /** Records a code/data transition; `force` starts a new $d even when already in data (literal pools). */
  markMapping(kind: 'x' | 'd', force = false): void {
    if (!this.execute) return;
    const last = this.mapping.length > 0 ? this.mapping[this.mapping.length - 1] : undefined;
    if (last && last.kind === kind && !force) return;
    if (last && last.offset === this.offset) { this.mapping.pop(); this.markMapping(kind, force); return; }
    this.mapping.push({ offset: this.offset, kind });
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

export type PendingItem = InstructionItem | DataItem | LebItem;

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
