// The assembler driver. Pass 1 reads statements (labels, directives, macros, conditionals, instructions), lays
// out every section and defines labels; pass 2 encodes instructions through the ISA layer and evaluates data
// expressions now that every symbol is known, producing bytes, relocations and diagnostics.
import type { Feature, RelocKind } from '../isa/api.js';
import type {
  AsmDiagnostic, AsmLine, AsmMappingSymbol, AsmSection, AsmSymbol, AssembleOptions, AssemblyResult, SourceLocation, SymbolOrderEntry, SymbolReference,
} from './api.js';
import { evaluate, parseExpression, type ExprError, type ExprNode, type Value } from './expression.js';
import { ListLines, TextLines, splitStatementsInto, type LexState, type LineSource, type SourceLine, type Statement, type StatementList } from './source.js';
import {
  ReferenceList,
  SectionState, locallyResolvableKinds, maxSectionBytes, symbolKeepingKinds, type DataItem, type InstructionItem, type PendingItem,
  type SymbolState, dataItemLocation, type LebItem, leb128, type RelocItem,
} from './state.js';
import { runDirective, blockDirectiveKind } from './directives.js';
import { MacroTable, type CollectingBlock } from './macros.js';
import { ABSOLUTE_SYMBOL, encodeInstruction, resolveFixup } from './isaBridge.js';
import { preprocess } from './preprocess.js';
import { FrameInfo } from './cfi.js';
import { ConstantResolver, EvaluationScope, InstructionResolver, recordAnsweredReferences } from './evaluation.js';
import { LineTable } from './lineTable.js';
import { LocRows } from './locRows.js';
import { OrderKind, OrderLog } from './orderLog.js';

interface Frame {
  readonly lines: LineSource;
  readonly lex: LexState;
  readonly macro: boolean;
  readonly conditionDepth: number;
}

interface Condition {
  active: boolean;
  taken: boolean;
  readonly parentActive: boolean;
  sawElse: boolean;
}

/** A decimal (no leading zero: that is octal) or hexadecimal literal, optionally negative. */
const plainNumber = /^-?(?:0[xX][0-9a-fA-F]+|[1-9][0-9]*|0)$/;
/** A decimal of at most nine characters (checked with the length): its value is exact as a double. */
const smallDecimal = /^-?(?:[1-9][0-9]*|0)$/;

/** The value of a text that matches plainNumber (an optional '-', then decimal or 0x hex digits). */
function plainNumberValue(text: string): bigint {
  const negative = text.charCodeAt(0) === 45;
  const magnitude = BigInt(negative ? text.slice(1) : text);
  return negative ? -magnitude : magnitude;
}
const labelPattern = /^([A-Za-z_.$][\w.$]*|[0-9]+)[ \t]*:(?!:)/;
const assignmentPattern = /^([A-Za-z_.$][\w.$]*)[ \t]*=(?!=)/;

/** Whether a character code is one of the ASCII blanks String.prototype.trimStart removes (space, \t \n \v \f \r). */
function isBlankCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 36; // A-Z a-z _ . $
}

/**
 * labelPattern without a regex: the end of the label's name and of `name:` (blanks before the colon allowed, `::`
 * is not a label), or undefined when the statement does not start with a label.
 */
function leadingLabel(text: string): { nameEnd: number; end: number } | undefined {
  const n = text.length;
  let i = 0;
  const first = text.charCodeAt(0);
  if (isNameStart(first)) {
    i = 1;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isNameStart(c) || (c >= 48 && c <= 57)) i++;
      else break;
    }
  } else if (first >= 48 && first <= 57) {
    while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  } else return undefined;
  const nameEnd = i;
  while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (text.charCodeAt(i) !== 58 || text.charCodeAt(i + 1) === 58) return undefined; // ':' but not '::'
  return { nameEnd, end: i + 1 };
}

/** How many early encodings one assembly remembers (a bound on memory for huge files of distinct lines). */
const EARLY_WORDS_LIMIT = 1 << 16;
/** Lookups after which the memo is used only if at least one lookup in eight was answered by it. */
const EARLY_WORDS_PROBATION = 4096;

/** A numeric local label reference: digits then f or b (`1f`, `23b`). */
function isNumericReference(name: string): boolean {
  const n = name.length;
  const last = name.charCodeAt(n - 1);
  return n >= 2 && (last === 102 || last === 98) && isDigits(name, n - 1);
}

/** name[0, end) is one or more decimal digits (a numeric local label: `1:`). */
function isDigits(name: string, end = name.length): boolean {
  if (end === 0) return false;
  for (let i = 0; i < end; i++) {
    const c = name.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export class Assembler {
  readonly diagnostics: AsmDiagnostic[] = [];
  readonly sections: SectionState[] = [];
  readonly symbols = new Map<string, SymbolState>();
  readonly references = new ReferenceList();
  readonly lines = new LineTable();
  readonly items: PendingItem[] = [];
  readonly macros = new MacroTable();
  /** `.file N "name"` entries and the position set by the last `.loc`. */
  readonly dwarfFiles = new Map<number, string>();
  currentLoc: { file: string; line: number } | undefined;
  readonly sourceLines: AsmLine[] = [];
  /** `.file N`/`.loc` rows for the object's line program. */
  readonly locRows = new LocRows();
  /** `name .req register` aliases, substituted into instruction operands. */
  readonly registerAliases = new Map<string, string>();
  readonly cfi: FrameInfo = new FrameInfo(this);
  features: ReadonlySet<Feature>;
  current!: SectionState;
  previous: SectionState | undefined;
  readonly sectionStack: { current: SectionState; previous: SectionState | undefined }[] = [];
  /** Statement sequence number: orders numeric local labels and .set redefinitions against their uses. */
  seq = 0;
  readonly numericLabels = new Map<string, { seq: number; name: string }[]>();
  private readonly frames: Frame[] = [];
  /** The statements of the line being processed (reused from line to line). */
  private readonly statementList: StatementList = { count: 0, items: [] };
  readonly conditions: Condition[] = [];
  collecting: CollectingBlock | undefined;
  ended = false;
  poolCounter = 0;
  /** The line being processed (for diagnostics and line rows). */
  line: SourceLine = { text: '', file: '', line: 0 };

  /** `.file "name"` names, for the object's STT_FILE symbols. */
  readonly fileSymbols: string[] = [];
  /** Deferred LEB128 values so far (LebItem.index), and those whose reserved length turned out wrong. */
  lebCount = 0;
  readonly lebResized = new Map<number, number>();
  /** Symbols in the order GNU as would make them (see OrderLog); each SymbolState knows its current entry. */
  private readonly orderLog = new OrderLog();
  /** Order-log entries of names mentioned before they had a SymbolState (others keep theirs in orderEntry). */
  private readonly unnamedEntries = new Map<string, number>();
  /** The pending item being completed in pass 2 (-1 outside pass 2). */
  private pass2Item = -1;
  /** Nesting of equate definitions being evaluated (see mention). */
  private equateDepth = 0;
  /** The last `.loc` row: its place and view number (`.loc ... view`). */
  lastLocRow: { section: SectionState; offset: number; view: number } | undefined;

  /**
   * `lebLengths`: the lengths of deferred LEB128 values found by an earlier attempt at this unit;
   * `labelsInPassOne`: whether pass 1 may resolve labels defined above (see resolveEarlyFixup).
   */
  constructor(readonly options: AssembleOptions, private readonly lebLengths: ReadonlyMap<number, number> = new Map(),
    private readonly labelsInPassOne = true) {
    this.features = new Set<Feature>(options.features ?? ['base']);
    for (const name of ['.text', '.data', '.bss']) this.logSection(this.section(name));
    this.current = this.section('.text');
  }

  // ---- diagnostics -------------------------------------------------------------------------------------

  report(severity: 'error' | 'warning', message: string, column0?: number, length?: number): void {
    const col = this.line.expanded || column0 === undefined ? 1 : column0 + 1;
    const d: AsmDiagnostic = {
      file: this.line.file, line: this.line.line, column: col, severity, message,
      ...(length !== undefined && !this.line.expanded ? { endColumn: col + Math.max(1, length) } : {}),
    };
    this.diagnostics.push(d);
  }

  error(message: string, column0?: number, length?: number): void {
    this.report('error', message, column0, length);
  }

  location(column0: number): SourceLocation {
    return { file: this.line.file, line: this.line.line, column: this.line.expanded ? 1 : column0 + 1 };
  }

  // ---- sections ----------------------------------------------------------------------------------------

  section(name: string, flags?: string, type?: 'progbits' | 'nobits' | 'note' | 'init_array' | 'fini_array' | 'preinit_array',
    group?: { readonly name: string; readonly comdat: boolean }, linkOrder?: string): SectionState {
    let s = this.sections.find((x) => x.elfName === name && x.group?.name === group?.name && x.linkOrder === linkOrder);
    if (!s) {
      const d = defaultSectionFlags(name);
      // A second section of the same name (in another group, or ordered after another symbol's section) gets a
      // key of its own: the name and how many of that name came before.
      const before = this.sections.filter((x) => x.elfName === name).length;
      const key = before > 0 ? `${name}\u0000${before}` : name;
      s = new SectionState(key, d.nobits ? 'nobits' : 'progbits', d.alloc, d.write, d.execute, this.sections.length);
      s.elfName = name;
      s.group = group;
      s.linkOrder = linkOrder;
      s.elfType = d.elfType;
      if (d.elfType !== undefined && d.elfType !== 'note') s.entrySize = 8;
      s.tls = d.tls;
      this.sections.push(s);
      const section = s;
      s.onMappingSymbol = (m) => this.orderLog.push(this.orderMajor(), OrderKind.mapping, section.name, m);
      if (flags !== undefined) {
        s.alloc = flags.includes('a');
        s.write = flags.includes('w');
        s.execute = flags.includes('x');
        s.merge = flags.includes('M');
        s.strings = flags.includes('S');
        s.tls = flags.includes('T');
        s.exclude = flags.includes('e');
      }
      if (type === 'nobits') s.kind = 'nobits';
      else if (type !== undefined) {
        s.kind = 'progbits';
        s.elfType = type === 'progbits' ? undefined : type;
        if (s.elfType !== undefined && s.elfType !== 'note') s.entrySize = 8;
      }
    }
    return s;
  }

  /** The section (key) of the symbol an "o" section is ordered after (`.section ..., "o", @type, SYMBOL`). */
  private linkOrderSection(symbol: string): string {
    const s = this.symbols.get(symbol);
    if (s && s.kind === 'label') return s.section!.name;
    return this.sections.find((x) => x.name === symbol)?.name ?? '';
  }

  /** The section's symbol is made now (GNU as makes it when `.section` makes the section). */
  logSection(section: SectionState): void {
    this.orderLog.push(this.orderMajor(), OrderKind.section, section.name);
  }

  /** `.file "name"`: an STT_FILE symbol, made now (GNU as moves the unit's first one to the front). */
  logFileSymbol(name: string): void {
    const first = this.fileSymbols.length === 0;
    this.fileSymbols.push(name);
    this.orderLog.push(first ? -1 : this.orderMajor(), OrderKind.file, name);
  }

  private orderMajor(): number {
    return this.pass2Item >= 0 ? this.pass2Item + 0.5 : this.items.length;
  }

  /** A symbol named by the pass-2 item being completed: GNU as made it there if not earlier. */
  private mention(name: string): void {
    if (isLocalLabelName(name) || this.equateDepth > 0) return;
    const major = this.pass2Item + 0.5;
    const s = this.symbols.get(name);
    const known = s ? s.orderEntry : this.unnamedEntries.get(name) ?? -1;
    if (known >= 0 && this.orderLog.major(known) <= major) return;
    if (known >= 0) this.orderLog.remove(known);
    const entry = this.orderLog.push(major, OrderKind.symbol, name);
    if (s) s.orderEntry = entry;
    else this.unnamedEntries.set(name, entry);
  }

  switchTo(section: SectionState): void {
    if (section !== this.current) {
      this.previous = this.current;
      this.current = section;
    }
  }

  // ---- symbols -----------------------------------------------------------------------------------------

  symbol(name: string): SymbolState {
    let s = this.symbols.get(name);
    if (!s) {
      // Every field is present from the start, so all symbols share one object shape (labels would otherwise
      // each grow theirs as section and definedAt are set).
      s = {
        name, kind: 'undefined', section: undefined, offset: 0, binding: undefined, visibility: undefined, type: 'notype', size: 0,
        definedAt: undefined, equ: undefined, equiv: undefined, internal: false, commonAlign: undefined, copyOf: undefined,
        orderEntry: -1, resolvedInPassOne: false,
      };
      this.symbols.set(name, s);
      if (this.unnamedEntries.size > 0) {
        const earlier = this.unnamedEntries.get(name);
        if (earlier !== undefined) { s.orderEntry = earlier; this.unnamedEntries.delete(name); }
      }
      // A local label (.L) is not in GNU as's symbol list until it must be a full symbol (see defineEquate).
      if (this.pass2Item >= 0) this.mention(name);
      else if (!isLocalLabelName(name)) {
        s.orderEntry = this.orderLog.push(this.items.length, OrderKind.symbol, name);
      }
    }
    return s;
  }

  defineLabel(name: string, column0: number): void {
    if (isDigits(name)) {
      const list = this.numericLabels.get(name) ?? [];
      const internal = `${name}\u0002${list.length}`;
      list.push({ seq: this.seq++, name: internal });
      this.numericLabels.set(name, list);
      const s = this.symbol(internal);
      s.kind = 'label'; s.section = this.current; s.offset = this.current.offset; s.internal = true;
      return;
    }
    const s = this.symbol(name);
    // A .set/.equ symbol may become a label (GNU as allows it); anything else defined twice is an error.
    if (s.kind !== 'undefined' && !(s.kind === 'equ' && !s.equiv)) {
      this.error(`symbol \`${name}' is already defined`, column0, name.length);
      return;
    }
    s.kind = 'label';
    s.section = this.current;
    s.offset = this.current.offset;
    s.definedAt = this.location(column0);
    this.seq++;
  }

  defineInternalLabel(name: string): void {
    const s = this.symbol(name);
    s.kind = 'label'; s.section = this.current; s.offset = this.current.offset; s.internal = true;
  }

  /** .set / .equ / `=`: (re)defines `name` as an expression evaluated where it is used. */
  defineEquate(name: string, exprText: string, exprColumn: number, nameColumn: number, mode: 'set' | 'equ' | 'equiv'): void {
    const node = this.parse(exprText, exprColumn);
    if (!node) return;
    const s = this.symbol(name);
    if (s.kind === 'label' || s.kind === 'common' || (mode === 'equiv' && s.kind === 'equ')) {
      this.error(`symbol \`${name}' is already defined`, nameColumn, name.length);
      return;
    }
    if (s.kind === 'undefined') s.definedAt = this.location(nameColumn);
    s.kind = 'equ';
    if (mode === 'equiv') s.equiv = true;
    const def = { seq: this.seq++, node, section: this.current, offset: this.current.offset, loc: this.location(nameColumn) } as const;
    const defs = s.equ ?? (s.equ = []);
    const record: (typeof defs)[number] = { ...def };
    // Redefinitions (.set x, x+1) are evaluated now so that later uses see the value at this point.
    const now = this.evaluateNode(node, this.seq, this.current, this.current.offset, false);
    if (!('error' in now) && now.kind === 'abs') record.value = now;
    defs.push(record);
    // Set to a label defined already (plus a constant): the symbol takes over its type and size.
    const base = node.type === 'sym' ? node : node.type === 'binary' && (node.op === '+' || node.op === '-') && node.left.type === 'sym' && node.right.type === 'num' ? node.left : undefined;
    const baseSymbol = base ? this.symbols.get(base.name) : undefined;
    s.copyOf = baseSymbol && baseSymbol.kind === 'label' ? base!.name : undefined;
    // GNU as makes a local label set to anything but a constant a full symbol now: its place in the symbol
    // table (written when a TLS relocation names it).
    if (isLocalLabelName(name) && s.orderEntry < 0 && ('error' in now || now.kind !== 'abs')) {
      s.orderEntry = this.orderLog.push(this.items.length, OrderKind.symbol, name);
    }
    this.recordReferences(node, exprColumn);
  }

  // ---- expressions -------------------------------------------------------------------------------------

  parse(text: string, column0: number): ExprNode | undefined {
    let node = parseExpression(text);
    if ('error' in node && node.error === 'missing expression' && node.at >= text.length && text.trim() !== '') {
      // GNU as: a trailing operator's missing operand is zero, with a warning.
      this.report('warning', 'missing operand; zero assumed', column0 + node.at);
      node = parseExpression(`${text} 0`);
    }
    if ('error' in node) {
      this.error(node.error, column0 + node.at);
      return undefined;
    }
    return node;
  }

  recordReferences(node: ExprNode, column0: number): void {
    if (this.line.expanded || node.type === 'num') return;
    this.addReferences(node, column0, this.line.file, this.line.line);
  }

  /** The symbols an expression names, in source order, as references (numeric local labels excepted). */
  private addReferences(node: ExprNode, column0: number, file: string, line: number): void {
    switch (node.type) {
      case 'sym':
        if (!isNumericReference(node.name)) {
          this.references.add(node.name, file, line, column0 + node.start + 1, column0 + node.end + 1);
        }
        break;
      case 'unary': this.addReferences(node.arg, column0, file, line); break;
      case 'binary': this.addReferences(node.left, column0, file, line); this.addReferences(node.right, column0, file, line); break;
      default: break;
    }
  }

  /** Records references of a pass-2 expression (instruction operands) at a remembered location. */
  recordReferencesAt(node: ExprNode, loc: SourceLocation, column0: number): void {
    if (node.type === 'num') return;
    const saved = this.line;
    this.line = { text: '', file: loc.file, line: loc.line };
    this.recordReferences(node, column0);
    this.line = saved;
  }

  lookup(name: string, seq: number, final: boolean): Value | { error: string } {
    if (isNumericReference(name)) {
      const label = name.slice(0, -1);
      const backward = name.charCodeAt(name.length - 1) === 98; // 'b'
      const defs = this.numericLabels.get(label) ?? [];
      // Definitions are recorded in source order: binary-search the first one at or after `seq`.
      let lo = 0, hi = defs.length;
      while (lo < hi) { const mid = (lo + hi) >>> 1; if (defs[mid]!.seq < seq) lo = mid + 1; else hi = mid; }
      const found = backward ? defs[lo - 1] : defs[lo];
      if (!found) {
        if (!final) return { error: 'non-constant expression' };
        return backward ? { error: `backward ref to unknown label "${label}:"` }
          : { error: `local label \`"${label}" (instance number ${lo + 1} of a fb label)' is not defined` };
      }
      return this.lookup(found.name, seq, final);
    }
    if (this.pass2Item >= 0) this.mention(name);
    const s = this.symbols.get(name);
    if (!s || s.kind === 'undefined' || s.kind === 'common') {
      if (final && !s) this.symbol(name);
      return { kind: 'rel', section: null, symbol: name, symbolOffset: 0n, addend: 0n };
    }
    if (s.kind === 'label') {
      return { kind: 'rel', section: s.section!.name, symbol: name, symbolOffset: BigInt(s.offset), addend: 0n };
    }
    const defs = s.equ ?? [];
    // A symbol being defined in terms of itself before its first definition (`.set x, x + 1`).
    if (defs.length === 0) return { error: `symbol \`${name}' is used before it is defined` };
    // The last definition before `seq` (definitions are in source order), else the first.
    let lo = 0, hi = defs.length;
    while (lo < hi) { const mid = (lo + hi) >>> 1; if (defs[mid]!.seq < seq) lo = mid + 1; else hi = mid; }
    const def = defs[Math.max(0, lo - 1)]!;
    if (def.value) return def.value;
    if (def.evaluating) return { error: `symbol definition loop encountered at \`${name}'` };
    def.evaluating = true;
    // (Symbols named in the definition are not named here: GNU as made them at the definition.)
    this.equateDepth++;
    let v = this.evaluateNode(def.node, def.seq, def.section, def.offset, final);
    this.equateDepth--;
    def.evaluating = false;
    if ('error' in v) return { error: v.error };
    // A symbol set to a place in a section (`.set x, . + 4`, `.set x, label`) is a label there for GNU as:
    // relocations name it (or, when local, its section), not the symbol it was set from.
    if (v.kind === 'rel' && v.section !== null && !v.pcrel) {
      v = { kind: 'rel', section: v.section, symbol: name, symbolOffset: v.symbolOffset + v.addend, addend: 0n };
    }
    if (final) def.value = v;
    return v;
  }

  /** Makes the symbols an expression names now (GNU as makes a symbol where it is first named). */
  makeNamedSymbols(node: ExprNode): void {
    switch (node.type) {
      case 'sym': if (!isNumericReference(node.name)) this.symbol(node.name); break;
      case 'unary': this.makeNamedSymbols(node.arg); break;
      case 'binary': this.makeNamedSymbols(node.left); this.makeNamedSymbols(node.right); break;
      default: break;
    }
  }

  evaluateNode(node: ExprNode, seq: number, section: SectionState, offset: number, final: boolean,
    pcrel = false): Value | ExprError {
    return evaluate(node, new EvaluationScope(this, seq, section, offset, final, pcrel));
  }

  private readonly pendingSizes: { symbol: string; node: ExprNode; seq: number; section: SectionState; offset: number; loc: SourceLocation; column: number }[] = [];

  /** .size: the expression is evaluated once every label is known. */
  deferSize(symbol: string, symbolColumn: number, text: string, column0: number): void {
    const node = this.parse(text, column0);
    if (!node) return;
    this.recordReferences({ type: 'sym', name: symbol, start: 0, end: symbol.length }, symbolColumn);
    this.recordReferences(node, column0);
    this.symbol(symbol);
    this.pendingSizes.push({ symbol, node, seq: this.seq, section: this.current, offset: this.current.offset, loc: this.location(column0), column: column0 });
  }

  private resolveSizes(): void {
    for (const p of this.pendingSizes) {
      const v = this.evaluateNode(p.node, p.seq, p.section, p.offset, true);
      if ('error' in v) { this.diagnosticAt(p.loc, v.error); continue; }
      if (v.kind !== 'abs') { this.diagnosticAt(p.loc, `.size expression for ${p.symbol} does not evaluate to a constant`); continue; }
      this.symbol(p.symbol).size = Number(v.value);
    }
  }

  /** Evaluates an expression that must be absolute now (pass 1: .if, .skip, .align, .fill). */
  absolute(text: string, column0: number, nonConstantMessage?: string): bigint | undefined {
    const node = this.parse(text, column0);
    if (!node) return undefined;
    this.recordReferences(node, column0);
    const v = this.evaluateNode(node, this.seq, this.current, this.current.offset, false);
    if ('error' in v) { this.error(v.error, column0 + v.at); return undefined; }
    if (v.kind !== 'abs') { this.error(nonConstantMessage ?? 'non-constant expression', column0, text.length); return undefined; }
    return v.value;
  }

  // ---- emission (pass 1) -------------------------------------------------------------------------------

  addLineRow(instruction = false): void {
    this.lines.add(this.current.name, this.current.offset, this.line.file, this.line.line, instruction);
  }

  emitBytes(bytes: ArrayLike<number>): void {
    const s = this.current;
    s.markMapping('d');
    if (s.kind === 'nobits') {
      for (let i = 0; i < bytes.length; i++) {
        if (bytes[i] !== 0) { this.error(`attempt to store non-zero value in section \`${s.name}'`); break; }
      }
      s.nobitsSize += bytes.length;
      return;
    }
    for (let i = 0; i < bytes.length; i++) s.data.u8(bytes[i]!);
  }

  /**
   * `count` bytes of `value`: a fill (.skip, .zero, .fill: GNU as marks it data) or the gap of an `.org`
   * (`piece` 'other': no mapping symbol).
   */
  emitFill(count: number, value: number, piece: 'fill' | 'other' = 'fill'): void {
    const s = this.current;
    if (count <= 0) return;
    if (s.kind !== 'nobits' && s.offset + count > maxSectionBytes) {
      this.error(`section \`${s.name}' would grow past ${maxSectionBytes / 0x100000} MiB; fill ignored`);
      return;
    }
    if (piece === 'fill') s.markMapping('d');
    s.variablePiece(piece, count);
    if (s.kind === 'nobits') {
      if (value !== 0) this.error(`attempt to store non-zero value in section \`${s.name}'`);
      s.nobitsSize += count;
      return;
    }
    s.data.fill(count, value);
  }

  /** A data value of `size` bytes whose expression is evaluated in pass 2. */
  emitData(size: number, text: string, column0: number, mapping: 'd' | 'x' = 'd'): void {
    // Fast path for plain numbers (most data): written now, no second-pass item.
    if (this.current.kind === 'progbits' && text.length <= 9 && smallDecimal.test(text)) {
      // Up to nine digits: exact in a double, no BigInt needed.
      const value = Number(text);
      const bits = size * 8;
      if (size < 4 && (value >= 2 ** bits || value <= -(2 ** bits))) {
        const wide = BigInt(value);
        this.report('warning', `value 0x${BigInt.asUintN(64, wide).toString(16)} truncated to 0x${BigInt.asUintN(bits, wide).toString(16)}`, column0);
      }
      this.current.markMapping(mapping);
      this.current.data.intNumber(value, size);
      return;
    }
    if (plainNumber.test(text) && this.current.kind === 'progbits') {
      const value = plainNumberValue(text);
      // GNU as warns unless the value or its negation fits in the field (so -256 warns in a .byte, -255 does not).
      if (size < 8 && (value >> BigInt(size * 8)) !== 0n && (-value >> BigInt(size * 8)) !== 0n) {
        this.report('warning', `value 0x${BigInt.asUintN(64, value).toString(16)} truncated to 0x${BigInt.asUintN(size * 8, value).toString(16)}`, column0);
      }
      this.current.markMapping(mapping);
      this.current.data.uint(value, size);
      return;
    }
    const node = this.parse(text, column0);
    if (!node) return;
    this.recordReferences(node, column0);
    const s = this.current;
    if (s.kind === 'nobits') {
      const v = this.evaluateNode(node, this.seq, s, s.offset, false);
      if ('error' in v || v.kind !== 'abs' || v.value !== 0n) this.error(`attempt to store non-zero value in section \`${s.name}'`, column0);
      s.nobitsSize += size;
      return;
    }
    s.markMapping(mapping);
    // A value pass 1 already knows as a constant (`l - .` with l defined above in this section: offsets do not
    // move after pass 1) is written now, as pass 2 would write it; only the rest wait for pass 2.
    const now = this.evaluateNode(node, this.seq, s, s.offset, false, true);
    if (!('error' in now) && now.kind === 'abs') {
      const offset = s.offset;
      s.data.fill(size);
      this.writeConstantData(s, offset, size, now.value, this.location(column0));
      return;
    }
    const item: DataItem = {
      kind: 'data', section: s, offset: s.offset, size, node, column: column0, file: this.line.file, line: this.line.line,
      seq: this.seq, expanded: this.line.expanded === true, poolLoc: undefined,
    };
    s.data.fill(size);
    this.items.push(item);
  }

  /** Writes a constant data value at `offset`, with GNU as's truncation warning at `loc`. */
  private writeConstantData(section: SectionState, offset: number, size: number, value: bigint, loc: SourceLocation): void {
    // GNU as warns only when the bits above the field are neither all zeros nor all ones.
    const bits = BigInt(size * 8);
    const high = value >> bits;
    const fits = size >= 8 || high === 0n || high === -1n;
    if (!fits) {
      this.diagnosticAt(loc, `value 0x${BigInt.asUintN(64, value).toString(16)} truncated to 0x${BigInt.asUintN(Number(bits), value).toString(16)}`,
        undefined, 'warning');
    }
    section.data.patchUint(offset, value, size);
  }

  /** A .uleb128/.sleb128 value: written now when pass 1 knows it, else reserved and completed in pass 2. */
  emitLeb(signed: boolean, text: string, column0: number): void {
    if (plainNumber.test(text)) {
      this.emitBytes(leb128(plainNumberValue(text), signed));
      return;
    }
    const node = this.parse(text, column0);
    if (!node) return;
    this.recordReferences(node, column0);
    const s = this.current;
    const now = this.evaluateNode(node, this.seq, s, s.offset, false);
    if (!('error' in now) && now.kind === 'abs') { this.emitBytes(leb128(now.value, signed)); return; }
    if (s.kind === 'nobits') { this.error(`attempt to store non-zero value in section \`${s.name}'`, column0); return; }
    const index = this.lebCount++;
    const size = this.lebLengths.get(index) ?? 1;
    s.markMapping('d');
    s.variablePiece('other', size);
    this.items.push({
      kind: 'leb', section: s, offset: s.offset, size, signed, node, column: column0, file: this.line.file, line: this.line.line,
      seq: this.seq, expanded: this.line.expanded === true, index,
    });
    s.data.fill(size);
  }

  /** Aligns the current section to `alignment` bytes (code sections pad with NOPs unless a fill is given). */
  alignTo(alignment: number, fill: number | undefined, maxSkip: number | undefined): void {
    const s = this.current;
    if (alignment > s.align) s.align = alignment;
    let pad = (alignment - (s.offset % alignment)) % alignment;
    if (maxSkip !== undefined && pad > maxSkip) pad = 0;
    s.variablePiece('align', pad);
    if (pad === 0) return;
    if (s.kind === 'nobits') { s.nobitsSize += pad; return; }
    if (fill === undefined && s.execute) {
      const zeros = pad % 4;
      if (zeros !== 0) s.addOddPadding(s.offset, zeros);
      s.data.fill(zeros);
      for (let i = 0; i < (pad - zeros) / 4; i++) s.data.u32(0xd503201f);
    } else s.data.fill(pad, fill ?? 0);
  }

  emitInstruction(mnemonic: string, operands: string, operandColumn: number, statement: string, column0: number): void {
    const s = this.current;
    if (this.registerAliases.size > 0) {
      operands = operands.replace(/(?<![\w.$:])[A-Za-z_][\w]*(?![\w.$:])/g, (w) => this.registerAliases.get(w) ?? w);
    }
    if (s.kind === 'nobits') {
      this.error(`attempt to store non-zero value in section \`${s.name}'`, column0);
      return;
    }
    if (s.offset % 4 !== 0) this.report('warning', 'unaligned instruction', column0);
    if (s.align < 4 && s.execute) s.align = 4;
    if (s.align < 4 && !s.execute) s.align = Math.max(s.align, 4);
    this.addLineRow(true);
    if (this.currentLoc) {
      this.locRows.attach(s);
      const last = this.sourceLines[this.sourceLines.length - 1];
      if (!last || last.file !== this.currentLoc.file || last.line !== this.currentLoc.line || last.section !== s.name) {
        this.sourceLines.push({ section: s.name, offset: s.offset, file: this.currentLoc.file, line: this.currentLoc.line, instruction: true });
      }
    }
    s.markMapping('x');
    // Most instructions name no symbol or only a label defined above: encode them now, keep nothing for pass 2.
    const early = this.encodeEarly(mnemonic, operands, operandColumn);
    if (early !== undefined) {
      s.data.u32(early);
      return;
    }
    const item: InstructionItem = {
      kind: 'insn', section: s, offset: s.offset, mnemonic, operands, operandColumn, statement,
      file: this.line.file, line: this.line.line, column: this.line.expanded ? 1 : column0 + 1,
      seq: this.seq, features: this.features, expanded: this.line.expanded === true,
    };
    s.data.u32(0);
    this.items.push(item);
  }

  private readonly constantResolver = new ConstantResolver();
  /** The context of encodeEarly, reused (the ISA layer reads it only during the call). */
  private readonly earlyContext: { address: bigint; features: ReadonlySet<Feature>; readonly resolver: ConstantResolver; readonly withoutErrorMessage: true } =
    { address: 0n, features: new Set<Feature>(), resolver: this.constantResolver, withoutErrorMessage: true };

  /**
   * Encodes an instruction in pass 1 when its operands are registers, constants and labels defined above in this
   * section; undefined when it names anything else (a symbol defined later, another section's, a global one),
   * or does not assemble (pass 2 then encodes it and reports any error).
   */
  private encodeEarly(mnemonic: string, operands: string, operandColumn: number): number | undefined {
    // An instruction of registers and numbers encodes the same wherever it is (a number as a PC-relative target
    // is an offset), so repeated lines (`ret`, `ldp x29, x30, [sp], #16`) are encoded once per feature set.
    if (this.earlyWordsFeatures !== this.features) {
      this.earlyWords.clear();
      this.earlyWordsCount = 0;
      this.earlyWordsHits = 0;
      this.earlyWordsLookups = 0;
      this.earlyWordsFeatures = this.features;
    }
    // Files whose lines rarely repeat (generated code, varied registers) stop using the memo after a while: it
    // would only cost lookups, insertions and memory there.
    const useMemo = this.earlyWordsLookups < EARLY_WORDS_PROBATION || this.earlyWordsHits * 8 >= this.earlyWordsLookups;
    let byOperands: Map<string, number> | undefined;
    if (useMemo) {
      this.earlyWordsLookups++;
      byOperands = this.earlyWords.get(mnemonic);
      const known = byOperands?.get(operands);
      if (known !== undefined) { this.earlyWordsHits++; return known; }
    }
    const resolver = this.constantResolver;
    const place = this.labelsInPassOne ? this.earlyPlace : undefined;
    if (place) { place.seq = this.seq; place.section = this.current; place.offset = this.current.offset; }
    resolver.reset(place);
    const context = this.earlyContext;
    // The address stays 0n: an instruction of registers and numbers does not depend on it (see above), and a
    // label's place is applied below as pass 2 would apply it.
    context.features = this.features;
    const result = encodeInstruction(mnemonic, operands, context);
    if (resolver.deferred || !result.ok) return undefined;
    let word = result.word >>> 0;
    if (result.fixup || resolver.symbolAnswers > 0) {
      if (!result.fixup || resolver.symbolAnswers !== 1) return undefined;
      const resolved = this.resolveEarlyFixup(word, result.fixup);
      if (resolved === undefined) return undefined;
      word = resolved;
    }
    if (resolver.usedSymbols) {
      // The encoding depends on where the symbols are: recorded, not remembered.
      recordAnsweredReferences(this, resolver, operands, operandColumn);
      return word;
    }
    if (useMemo && this.earlyWordsCount < EARLY_WORDS_LIMIT) {
      if (!byOperands) this.earlyWords.set(mnemonic, (byOperands = new Map()));
      byOperands.set(operands, word);
      this.earlyWordsCount++;
    }
    return word;
  }

  /**
   * Pass 1's answer to a fixup against a label defined above in the current section and not (yet) global: the
   * word pass 2 would write (it resolves such fixups itself, without a relocation). Undefined for anything
   * pass 2 must see. The label is remembered: should it become global or weak later (`.globl` after the
   * branch), pass 2 would have written a relocation instead, and the unit is assembled again without this.
   */
  private resolveEarlyFixup(word: number, fixup: { symbol: string; kind: RelocKind; addend: bigint }): number | undefined {
    if (!locallyResolvableKinds.has(fixup.kind)) return undefined;
    const s = this.symbols.get(fixup.symbol);
    const section = this.current;
    if (!s || s.kind !== 'label' || s.section !== section || (s.binding !== undefined && s.binding !== 'local')) return undefined;
    const r = resolveFixup(word, fixup.kind, BigInt(s.offset) + fixup.addend, BigInt(section.offset));
    if (typeof r === 'string') return undefined;
    if (s.binding === undefined) { s.resolvedInPassOne = true; this.labelsResolvedEarly = true; }
    return r >>> 0;
  }

  /** Some label was resolved by a pass-1 encoding while its binding was still open (see resolveEarlyFixup). */
  private labelsResolvedEarly = false;
  /** Reused place of encodeEarly's symbol answers. */
  private readonly earlyPlace: { asm: Assembler; seq: number; section: SectionState; offset: number } =
    { asm: this, seq: 0, section: undefined as unknown as SectionState, offset: 0 };

  /** True when a label resolved in pass 1 became global or weak afterwards: the unit must be assembled again. */
  get earlyLabelsChanged(): boolean {
    if (!this.labelsResolvedEarly) return false;
    for (const s of this.symbols.values()) if (s.resolvedInPassOne && s.binding !== undefined && s.binding !== 'local') return true;
    return false;
  }

  /** encodeEarly's results for `earlyWordsFeatures`: mnemonic -> operand text -> word. */
  private readonly earlyWords = new Map<string, Map<string, number>>();
  private earlyWordsCount = 0;
  /** Lookups answered by the memo since it was last cleared, and lookups made. */
  private earlyWordsHits = 0;
  private earlyWordsLookups = 0;
  private earlyWordsFeatures: ReadonlySet<Feature> | undefined;

  /** `ldr Rt, =expr`: puts the value in the section's literal pool and loads it pc-relative. */
  emitLiteralLoad(mnemonic: string, register: string, exprText: string, exprColumn: number, operandColumn: number,
    statement: string, column0: number): void {
    const r = register.toLowerCase();
    const size = r.startsWith('x') || r.startsWith('d') ? 8 : r.startsWith('q') ? 16 : 4;
    const node = this.parse(exprText, exprColumn);
    if (!node) return;
    this.recordReferences(node, exprColumn);
    this.makeNamedSymbols(node);
    const now = this.evaluateNode(node, this.seq, this.current, this.current.offset, false);
    const key = !('error' in now) && now.kind === 'abs' ? `#${BigInt.asUintN(size * 8 > 64 ? 64 : size * 8, now.value)}`
      : `@${exprText.replace(/\s+/g, '')}`;
    const pool = this.current.pools.get(size) ?? [];
    this.current.pools.set(size, pool);
    const shareable = !numericInExpression(exprText);
    let entry = shareable ? this.current.poolEntries.get(`${size}:${key}`) : undefined;
    if (!entry) {
      entry = { key, label: `.L__pool_${this.poolCounter++}`, node, column: exprColumn, loc: this.location(exprColumn), seq: this.seq };
      pool.push(entry);
      if (shareable) this.current.poolEntries.set(`${size}:${key}`, entry);
    }
    this.emitInstruction(mnemonic, `${register}, ${entry.label}`, operandColumn, statement, column0);
  }

  /** Emits the current section's pending literal pools (.ltorg, .pool, end of assembly). */
  flushLiteralPools(section: SectionState): void {
    const saved = this.current;
    this.current = section;
    for (const size of [4, 8, 16]) {
      const pool = section.pools.get(size);
      if (!pool || pool.length === 0) continue;
      // GNU as aligns a pool like any alignment in code (a $x when the state changes) and starts it with a $d.
      this.alignTo(size, 0, undefined);
      section.markMapping('d');
      for (const entry of pool) {
        this.defineInternalLabel(entry.label);
        const item: DataItem = {
          kind: 'data', section, offset: section.offset, size: Math.min(size, 8), node: entry.node, column: entry.column,
          file: entry.loc.file, line: entry.loc.line, seq: entry.seq, expanded: true, poolLoc: entry.loc,
        };
        section.data.fill(size);
        this.items.push(item);
      }
      section.pools.set(size, []);
      for (const entry of pool) section.poolEntries.delete(`${size}:${entry.key}`);
    }
    this.current = saved;
  }

  // ---- reading source ----------------------------------------------------------------------------------

  pushLines(lines: readonly SourceLine[] | LineSource, macro: boolean): void {
    if (this.frames.length > 200) {
      this.error('macros nested too deeply');
      return;
    }
    this.frames.push({ lines: 'next' in lines ? lines : new ListLines(lines), lex: { inBlockComment: false }, macro, conditionDepth: this.conditions.length });
  }

  /** .exitm: leaves the innermost macro expansion. */
  exitMacro(): void {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const f = this.frames[i]!;
      if (f.macro) {
        this.conditions.length = f.conditionDepth;
        this.frames.length = i;
        return;
      }
    }
    this.error('.exitm outside of a macro');
  }

  get active(): boolean {
    // (No read at index -1 of an empty list: that is a slow property lookup in V8, and this runs per statement.)
    const n = this.conditions.length;
    return n === 0 || this.conditions[n - 1]!.active;
  }

  pushCondition(value: boolean): void {
    const parentActive = this.active;
    this.conditions.push({ active: parentActive && value, taken: value, parentActive, sawElse: false });
  }

  elseCondition(value: boolean | undefined, isElse: boolean): void {
    const top = this.conditions[this.conditions.length - 1];
    if (!top) { this.error(isElse ? '".else" without matching ".if"' : '".elseif" without matching ".if"'); return; }
    if (top.sawElse) this.error(isElse ? 'duplicate ".else"' : '".elseif" after ".else"');
    if (isElse) top.sawElse = true;
    const take = !top.taken && (isElse || value === true);
    top.active = top.parentActive && take;
    if (take) top.taken = true;
  }

  run(source: string): void {
    const lines = this.options.preprocess
      ? preprocess(source, this.options.fileName, this.options.readFile, this.diagnostics)
      : new TextLines(source, this.options.fileName);
    this.pushLines(lines, false);
    while (this.frames.length > 0 && !this.ended) {
      const frame = this.frames[this.frames.length - 1]!;
      const line = frame.lines.next();
      if (line === undefined) {
        this.frames.pop();
        if (frame.macro) this.conditions.length = Math.min(this.conditions.length, frame.conditionDepth);
        continue;
      }
      this.line = line;
      const list = this.statementList;
      splitStatementsInto(line.text, frame.lex, list);
      if (this.collecting) { this.collectLine(line, list.items.slice(0, list.count)); continue; }
      for (let i = 0; i < list.count; i++) {
        if (this.collecting) break;
        this.statement(list.items[i]!);
        if (this.ended) break;
      }
    }
    if (this.collecting) {
      this.line = this.collecting.startLine;
      this.error(this.collecting.kind === 'macro' ? 'missing .endm' : 'missing .endr');
      this.collecting = undefined;
    }
    if (this.conditions.length > 0) this.error('end of file inside conditional');
    for (const s of this.sections) this.flushLiteralPools(s);
    this.orderLog.push(this.items.length, OrderKind.dwarf, '');
    this.cfi.finish();
    this.secondPass();
    this.resolveSizes();
    for (const s of this.sections) s.finishMapping();
    this.sortDiagnostics();
  }

  private collectLine(line: SourceLine, statements: Statement[]): void {
    const block = this.collecting!;
    for (const st of statements) {
      const word = /^\.?[\w.$]+/.exec(st.text.replace(labelPattern, '').trimStart())?.[0]?.toLowerCase() ?? '';
      const kind = blockDirectiveKind(word);
      if (kind === undefined) continue;
      const matches = block.kind === 'macro' ? kind === 'macro' || kind === 'endm' : kind !== 'macro' && kind !== 'endm';
      if (!matches) continue;
      if (kind === 'endm' || kind === 'endr') {
        block.depth--;
        if (block.depth === 0) {
          this.collecting = undefined;
          block.finish(this);
          return;
        }
      } else block.depth++;
    }
    block.lines.push(line);
  }

  statement(st: Statement): void {
    let text = st.text;
    let column = st.column;
    if (!this.active) {
      const word = /^\.[\w]+/.exec(text.replace(labelPattern, '').trimStart())?.[0]?.toLowerCase();
      if (word && /^\.(if\w*|else|elseif|endif)$/.test(word)) {
        const rest = text.slice(text.toLowerCase().indexOf(word) + word.length);
        runDirective(this, word, rest.trim(), column + text.length - rest.trimStart().length, column);
      }
      return;
    }
    while (text.indexOf(':') > 0) {
      const label = leadingLabel(text);
      if (label === undefined) break;
      this.defineLabel(text.slice(0, label.nameEnd), column);
      let next = label.end;
      while (next < text.length && (isBlankCode(text.charCodeAt(next)) || (text.charCodeAt(next) > 127 && /\s/.test(text[next]!)))) next++;
      text = text.slice(next);
      column += next;
    }
    if (text === '') return;
    if (text.indexOf('=') > 0) {
      const assign = assignmentPattern.exec(text);
      if (assign) {
        const rest = text.slice(assign[0].length);
        const exprColumn = column + assign[0].length + (rest.length - rest.trimStart().length);
        this.defineEquate(assign[1]!, rest.trim(), exprColumn, column, 'set');
        return;
      }
    }
    let wordEnd = 0;
    while (wordEnd < text.length) {
      const c = text.charCodeAt(wordEnd);
      if (c === 32 || c === 9 || c === 44) break;
      wordEnd++;
    }
    const word = text.slice(0, wordEnd);
    let argsStart = wordEnd;
    while (argsStart < text.length && (text.charCodeAt(argsStart) === 32 || text.charCodeAt(argsStart) === 9)) argsStart++;
    const argsColumn = column + argsStart;
    const args = text.slice(argsStart);
    if (word.charCodeAt(0) === 46) {
      runDirective(this, word.toLowerCase(), args, argsColumn, column);
      return;
    }
    if (this.macros.size > 0) {
      const macro = this.macros.get(word);
      if (macro) {
        this.macros.expand(this, macro, args, argsColumn);
        return;
      }
    }
    if (args.includes('.req') && /^\.req$/i.test(args.split(/\s+/)[0] ?? '')) {
      const register = args.slice(4).trim().toLowerCase();
      const target = this.registerAliases.get(register) ?? register;
      if (!/^([xw]([0-9]|[12][0-9]|30)|sp|wsp|xzr|wzr|[bhsdqv]([0-9]|[12][0-9]|3[01]))$/.test(target)) {
        this.error(`register expected, not \`${register}'`, argsColumn + 4);
        return;
      }
      this.registerAliases.set(word, target);
      return;
    }
    if (!isMnemonicWord(word)) {
      this.error(`unknown mnemonic \`${word}' -- \`${text}'`, column, word.length);
      return;
    }
    const mnemonic = word.toLowerCase();
    if ((mnemonic === 'ldr' || mnemonic === 'ldrsw') && args.indexOf('=') >= 0) {
      const lit = /^([A-Za-z]\w*)\s*,\s*=\s*(.*)$/.exec(args);
      if (lit) {
        const exprText = lit[2]!;
        const exprColumn = argsColumn + args.length - exprText.length;
        this.emitLiteralLoad(mnemonic, lit[1]!, exprText.trim(), exprColumn, argsColumn, text, column);
        return;
      }
    }
    this.emitInstruction(mnemonic, args, argsColumn, text, column);
  }

  // ---- pass 2 ------------------------------------------------------------------------------------------

  private secondPass(): void {
    const items = this.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      this.pass2Item = i;
      if (item.kind === 'insn') this.encode(item);
      else if (item.kind === 'data') this.completeData(item);
      else if (item.kind === 'leb') this.completeLeb(item);
      else this.completeRelocation(item);
    }
    this.pass2Item = -1;
  }

  private diagnosticAt(loc: SourceLocation, message: string, column?: number, severity: 'error' | 'warning' = 'error'): void {
    this.diagnostics.push({ file: loc.file, line: loc.line, column: column ?? loc.column, severity, message });
  }

  private encode(item: InstructionItem): void {
    const resolver = new InstructionResolver(this, item);
    const context = { address: BigInt(item.offset), features: item.features, resolver };
    const result = encodeInstruction(item.mnemonic, item.operands, context);
    if (!result.ok) {
      // GNU as quotes the statement (keep the ISA layer's wording when it already does), except in its
      // "selected processor does not support ... name" messages.
      const whole = result.message.includes('`') || result.message.startsWith('selected processor does not support');
      const message = whole ? result.message : `${result.message} -- \`${item.statement}'`;
      const column = result.column !== undefined && !item.expanded ? item.operandColumn + result.column + 1 : item.column;
      this.diagnosticAt(item, message, column);
      return;
    }
    let word = result.word >>> 0;
    const fixup = result.fixup;
    if (fixup) {
      const target = this.fixupTarget(fixup.symbol, item.seq);
      const local = target.section === item.section && target.localLabel;
      if (local && locallyResolvableKinds.has(fixup.kind)) {
        const r = resolveFixup(word, fixup.kind, target.offset + fixup.addend, BigInt(item.offset));
        if (typeof r === 'string') this.diagnosticAt(item, r);
        else word = r >>> 0;
      } else {
        item.section.relocations.push(this.relocation(item.offset, fixup.kind, fixup.symbol, fixup.addend, item.seq));
      }
    }
    item.section.data.patch32(item.offset, word);
  }

  /** Where a symbol named in a fixup lives (`seq`: the place of the use, for symbols set more than once). */
  private fixupTarget(name: string, seq: number): { section: SectionState | undefined; offset: bigint; localLabel: boolean } {
    const s = this.symbols.get(name);
    if (s && s.kind === 'label') {
      return { section: s.section, offset: BigInt(s.offset), localLabel: s.binding === undefined || s.binding === 'local' };
    }
    const placed = s && s.kind === 'equ' ? this.placeOfEquate(name, seq) : undefined;
    if (placed) return { section: placed.section, offset: placed.offset, localLabel: s!.binding === undefined || s!.binding === 'local' };
    const sec = this.sections.find((x) => x.name === name);
    if (sec && (!s || s.kind === 'undefined')) return { section: sec, offset: 0n, localLabel: true };
    return { section: undefined, offset: 0n, localLabel: false };
  }

  /** `.weakref` targets and the lines of those directives (a use elsewhere makes the reference strong). */
  readonly weakrefTargets = new Map<string, Set<string>>();
  /** `.weakref` aliases: never in the object's symbol table. */
  readonly weakrefAliases = new Set<string>();

  /** A relocation a directive asked for (`.reloc`, `.tlsdesccall`). */
  private completeRelocation(p: RelocItem): void {
    if (p.offset > p.section.offset) { this.diagnosticAt(p.loc, 'reloc not within (fixed part of) section'); return; }
    let symbol: string = ABSOLUTE_SYMBOL;
    let addend = 0n;
    if (p.node) {
      const v = this.evaluateNode(p.node, p.seq, p.section, p.offset, true);
      if ('error' in v) { this.diagnosticAt(p.loc, v.error, p.column + v.at + 1); return; }
      if (v.kind === 'abs') addend = v.value;
      else if (v.pcrel) { this.diagnosticAt(p.loc, 'bad expression', p.column + 1); return; }
      else {
        symbol = v.symbol;
        addend = v.addend;
      }
    }
    const r = p.keepLabel || symbol === ABSOLUTE_SYMBOL ? { offset: p.offset, kind: p.relocKind, symbol, addend }
      : this.relocation(p.offset, p.relocKind, symbol, addend, p.seq);
    p.section.relocations.push(p.elfType !== undefined ? { ...r, elfType: p.elfType } : r);
  }

  /** A relocation a directive asks for at the current offset (`.tlsdesccall sym` before its BLR). */
  addDirectiveRelocation(kind: RelocKind, symbol: string, column0: number): void {
    const node: ExprNode = { type: 'sym', name: symbol, start: 0, end: symbol.length };
    this.recordReferences(node, column0);
    this.makeNamedSymbols(node);
    this.addRelocationItem(this.current.offset, kind, undefined, node, false, column0);
  }

  /** A relocation completed in pass 2 at its place among the others (`.reloc`, `.tlsdesccall`). */
  addRelocationItem(offset: number, kind: RelocKind, elfType: number | undefined, node: ExprNode | undefined, keepLabel: boolean, column0: number): void {
    this.items.push({
      kind: 'reloc', section: this.current, offset, relocKind: kind, elfType, node, keepLabel, seq: this.seq,
      loc: this.location(column0), column: column0,
    });
  }

  /** Whether every mention of `name` in the source is in a `.weakref` (an undefined symbol then is weak). */
  private onlyWeaklyReferenced(name: string): boolean {
    const lines = this.weakrefTargets.get(name);
    if (!lines) return false;
    return this.references.every((r) => r.name !== name || lines.has(`${r.file}:${r.line}`));
  }

  /** The section and offset of a symbol set to a place in a section, as seen at `seq`. */
  private placeOfEquate(name: string, seq: number): { section: SectionState; offset: bigint } | undefined {
    const v = this.lookup(name, seq, true);
    if ('error' in v || v.kind !== 'rel' || v.section === null || v.symbol !== name) return undefined;
    const section = this.sections.find((x) => x.name === v.section);
    return section ? { section, offset: v.symbolOffset } : undefined;
  }

  /** A relocation against `symbol + addend`, naming the section instead of a local symbol, as GNU as does. */
  relocation(offset: number, kind: RelocKind, symbol: string, addend: bigint, seq = this.seq) {
    if (symbol === ABSOLUTE_SYMBOL) return { offset, kind, symbol, addend };
    const s = this.symbols.get(symbol);
    // (A named local symbol of a COMDAT group section stays named: the group may be dropped at link time.)
    if (s && s.kind === 'label' && (s.binding === undefined || s.binding === 'local') && !symbolKeepingKinds.has(kind)
      && !(s.section!.group?.comdat && !isLocalLabelName(symbol))) {
      return { offset, kind, symbol: s.section!.name, addend: BigInt(s.offset) + addend };
    }
    if (s && s.kind === 'equ' && (s.binding === undefined || s.binding === 'local') && !symbolKeepingKinds.has(kind)) {
      const placed = this.placeOfEquate(symbol, seq);
      if (placed) return { offset, kind, symbol: placed.section.name, addend: placed.offset + addend };
    }
    if (s && s.kind === 'undefined' && this.sections.some((x) => x.name === symbol)) {
      return { offset, kind, symbol, addend };
    }
    if (!s) this.symbol(symbol);
    return { offset, kind, symbol, addend };
  }

  private completeData(item: DataItem): void {
    const v = this.evaluateNode(item.node, item.seq, item.section, item.offset, true, true);
    if ('error' in v) {
      this.diagnosticAt(dataItemLocation(item), v.error, item.expanded ? 1 : item.column + v.at + 1);
      return;
    }
    if (v.kind === 'abs') {
      this.writeConstantData(item.section, item.offset, item.size, v.value, dataItemLocation(item));
      return;
    }
    const kinds: Record<number, [RelocKind, RelocKind] | undefined> = {
      8: ['R_AARCH64_ABS64', 'R_AARCH64_PREL64'], 4: ['R_AARCH64_ABS32', 'R_AARCH64_PREL32'], 2: ['R_AARCH64_ABS16', 'R_AARCH64_PREL16'],
    };
    const k = kinds[item.size];
    if (!k) {
      this.diagnosticAt(dataItemLocation(item), `cannot represent BFD_RELOC_${item.size * 8} relocation in this object file format`);
      return;
    }
    item.section.relocations.push(this.relocation(item.offset, v.pcrel ? k[1] : k[0], v.symbol, v.addend, item.seq));
  }

  private completeLeb(item: LebItem): void {
    const loc = { file: item.file, line: item.line, column: item.expanded ? 1 : item.column + 1 };
    const v = this.evaluateNode(item.node, item.seq, item.section, item.offset, true);
    if ('error' in v) { this.diagnosticAt(loc, v.error, item.expanded ? 1 : item.column + v.at + 1); return; }
    let value: bigint;
    if (v.kind === 'abs') value = v.value;
    else if (v.section === null) { this.diagnosticAt(loc, `leb128 operand is an undefined symbol: ${v.symbol}`); return; }
    else value = v.symbolOffset + v.addend; // a label of another section: its offset there, as GNU as writes it
    const bytes = leb128(value, item.signed);
    if (bytes.length !== item.size) {
      // Another attempt reserves the right length; on the last one a shorter value is padded (valid LEB128).
      this.lebResized.set(item.index, bytes.length);
      if (bytes.length > item.size) return;
    }
    const padded = bytes.length === item.size ? bytes : leb128(value, item.signed, item.size);
    for (let i = 0; i < padded.length; i++) item.section.data.patch8(item.offset + i, padded[i]!);
  }

  /** Puts diagnostics from both passes in source order (stable within one line). */
  private sortDiagnostics(): void {
    const fileOrder = new Map<string, number>();
    for (const d of this.diagnostics) if (!fileOrder.has(d.file)) fileOrder.set(d.file, fileOrder.size);
    fileOrder.set(this.options.fileName, -1);
    const indexed = this.diagnostics.map((d, i) => ({ d, i }));
    indexed.sort((a, b) => (fileOrder.get(a.d.file)! - fileOrder.get(b.d.file)!) || (a.d.line - b.d.line) || (a.i - b.i));
    this.diagnostics.length = 0;
    for (const x of indexed) this.diagnostics.push(x.d);
  }

  // ---- result ------------------------------------------------------------------------------------------

  /** The $x/$d mapping symbols (by section, then offset) and the order of the object's symbols (see AssemblyResult). */
  private symbolOrder(): { mappingSymbols: AsmMappingSymbol[]; symbolOrder: SymbolOrderEntry[] } {
    const mappingSymbols: AsmMappingSymbol[] = [];
    /** Each section's mapping symbols' places in mappingSymbols (-1: removed), by section name. */
    const placeIn = new Map<string, Int32Array>();
    for (const s of this.sections) {
      const mapping = s.mapping;
      const place = new Int32Array(mapping.count).fill(-1);
      for (const m of mapping.keptByOffset()) {
        place[m] = mappingSymbols.length;
        mappingSymbols.push({ section: s.name, offset: mapping.offset(m), kind: mapping.kind(m) });
      }
      placeIn.set(s.name, place);
    }
    const log = this.orderLog;
    const symbolOrder: SymbolOrderEntry[] = [];
    for (const e of log.keptByMajor()) {
      const kind = log.kind(e);
      if (kind === OrderKind.mapping) {
        const index = placeIn.get(log.name(e))![log.mappingIndex(e)]!;
        if (index >= 0) symbolOrder.push({ kind: 'mapping', index });
      } else if (kind === OrderKind.dwarf) symbolOrder.push({ kind: 'dwarf' });
      else symbolOrder.push({ kind: kind === OrderKind.symbol ? 'symbol' : kind === OrderKind.section ? 'section' : 'file', name: log.name(e) });
    }
    return { mappingSymbols, symbolOrder };
  }

  result(): AssemblyResult {
    const sections: AsmSection[] = this.sections.map((s) => ({
      name: s.name, kind: s.kind, alloc: s.alloc, write: s.write, execute: s.execute, align: s.align,
      ...(s.merge ? { merge: true } : {}), ...(s.strings ? { strings: true } : {}), ...(s.entrySize ? { entrySize: s.entrySize } : {}),
      ...(s.tls ? { tls: true } : {}), ...(s.exclude ? { exclude: true } : {}), ...(s.elfType !== undefined ? { elfType: s.elfType } : {}),
      ...(s.elfName !== s.name ? { elfName: s.elfName } : {}), ...(s.group ? { group: s.group } : {}),
      ...(s.linkOrder !== undefined ? { linkOrder: this.linkOrderSection(s.linkOrder) } : {}),
      data: s.kind === 'nobits' ? new Uint8Array(0) : s.data.toBytes(), size: s.offset,
      relocations: s.relocations,
    }));
    const symbols: AsmSymbol[] = [];
    // GNU as leaves out a weak symbol that is neither defined nor used by a relocation.
    let relocated: Set<string> | undefined;
    const usedByRelocation = (name: string): boolean => {
      relocated ??= new Set(this.sections.flatMap((x) => x.relocations.map((r) => r.symbol)));
      return relocated.has(name);
    };
    for (const s of this.symbols.values()) {
      if (s.internal) continue;
      if (s.kind === 'undefined' && s.binding === 'weak' && !usedByRelocation(s.name)) continue;
      if (this.weakrefAliases.has(s.name)) continue;
      if (s.kind === 'undefined' && this.sections.some((x) => x.name === s.name)) continue;
      let section: string | undefined;
      let value = 0n;
      if (s.kind === 'label') { section = s.section!.name; value = BigInt(s.offset); }
      else if (s.kind === 'equ') {
        const v = this.lookup(s.name, Number.MAX_SAFE_INTEGER, true);
        if ('error' in v) section = '*ABS*';
        else if (v.kind === 'abs') { section = '*ABS*'; value = v.value; }
        else if (v.section !== null) { section = v.section; value = v.symbolOffset + v.addend; }
        else section = undefined;
      } else if (s.kind === 'common') { section = '*COM*'; value = BigInt(s.commonAlign ?? 1); }
      // A symbol only named through `.weakref` aliases is a weak reference.
      const weakref = s.kind === 'undefined' && s.binding === undefined && this.onlyWeaklyReferenced(s.name);
      if (weakref && !usedByRelocation(s.name)) continue;
      const binding = weakref ? 'weak' : s.binding ?? (s.kind === 'undefined' ? 'global' : 'local');
      const copied = s.kind === 'equ' && s.copyOf !== undefined ? this.symbols.get(s.copyOf) : undefined;
      const symbol: { -readonly [K in keyof AsmSymbol]: AsmSymbol[K] } = {
        name: s.name, section, value, size: s.size || (copied?.size ?? 0), type: s.type === 'notype' && copied ? copied.type : s.type, binding,
      };
      // (Set one by one, not spread from conditional objects: this runs once per symbol of a large file.)
      if (s.visibility) symbol.visibility = s.visibility;
      if (s.definedAt) symbol.definedAt = s.definedAt;
      symbols.push(symbol);
    }
    const lineTable = this.lines;
    const referenceList = this.references;
    let lines: AsmLine[] | undefined;
    let references: SymbolReference[] | undefined;
    let order: { mappingSymbols: AsmMappingSymbol[]; symbolOrder: SymbolOrderEntry[] } | undefined;
    const symbolOrderOf = (): { mappingSymbols: AsmMappingSymbol[]; symbolOrder: SymbolOrderEntry[] } => (order ??= this.symbolOrder());
    return {
      diagnostics: this.diagnostics, sections, symbols,
      // Made on first use (see LineTable and ReferenceList).
      get references(): SymbolReference[] { return (references ??= referenceList.toArray()); },
      get lines(): AsmLine[] { return (lines ??= lineTable.toArray()); },
      // Made on first use too: only the object writer reads them (not the language server's passes).
      get mappingSymbols(): AsmMappingSymbol[] { return symbolOrderOf().mappingSymbols; },
      get symbolOrder(): SymbolOrderEntry[] { return symbolOrderOf().symbolOrder; },
      fileName: this.options.fileName, macros: this.macros.list(),
      ...(this.fileSymbols.length > 0 ? { fileSymbols: this.fileSymbols } : {}),
      ...(this.sourceLines.length > 0 ? { sourceLines: this.sourceLines } : {}),
      ...(this.locRows.files.size > 0 ? { dwarfLines: { files: [...this.locRows.files.values()].sort((a, b) => a.number - b.number), rows: this.locRows.result() } } : {}),
    };
  }
}

/** A local label name (`.L...`): GNU as keeps such symbols out of the object unless a relocation needs them. */
function isLocalLabelName(name: string): boolean {
  return name.charCodeAt(0) === 46 && name.charCodeAt(1) === 76; // ".L"
}

/** The word matches /^[A-Za-z][\w.]*$/ (a possible mnemonic). */
function isMnemonicWord(word: string): boolean {
  const n = word.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i) | 0;
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (letter) continue;
    if (i === 0) return false;
    if ((c >= 48 && c <= 57) || c === 95 || c === 46) continue;
    return false;
  }
  return true;
}

function numericInExpression(text: string): boolean {
  return /(^|[^\w.$])[0-9]+[fb]($|[^\w.$])/.test(text) || /(^|[^\w.$])\.($|[^\w.$])/.test(text);
}

/** The attributes GNU as gives a section by its name when `.section` names none. */
function defaultSectionFlags(name: string): {
  alloc: boolean; write: boolean; execute: boolean; nobits: boolean; tls: boolean; elfType: SectionState['elfType'];
} {
  const is = (base: string): boolean => name === base || name.startsWith(`${base}.`);
  const d = { alloc: false, write: false, execute: false, nobits: false, tls: false, elfType: undefined as SectionState['elfType'] };
  if (is('.text') || name === '.init' || name === '.fini') return { ...d, alloc: true, execute: true };
  if (is('.bss')) return { ...d, alloc: true, write: true, nobits: true };
  if (is('.tbss')) return { ...d, alloc: true, write: true, nobits: true, tls: true };
  if (is('.tdata')) return { ...d, alloc: true, write: true, tls: true };
  if (is('.init_array')) return { ...d, alloc: true, write: true, elfType: 'init_array' };
  if (is('.fini_array')) return { ...d, alloc: true, write: true, elfType: 'fini_array' };
  if (is('.preinit_array')) return { ...d, alloc: true, write: true, elfType: 'preinit_array' };
  if (is('.data')) return { ...d, alloc: true, write: true };
  if (is('.rodata')) return { ...d, alloc: true };
  if (name.startsWith('.note')) return { ...d, elfType: 'note' };
  return d;
}

/** Assembles one translation unit. Never throws on user input. */
export function assembleUnit(source: string, options: AssembleOptions): { result: AssemblyResult; assembler: Assembler } {
  let asm = new Assembler(options);
  asm.run(source);
  // A label that pass 1 resolved was made global or weak below its use: assemble again, resolving no label in
  // pass 1, so that those uses get their relocations.
  const labelsInPassOne = !asm.earlyLabelsChanged;
  if (!labelsInPassOne) {
    asm = new Assembler(options, new Map(), false);
    asm.run(source);
  }
  // A .uleb128/.sleb128 of a label defined later got a guessed length: assemble again with the lengths found
  // (each attempt moves what follows, so a few may be needed; GNU as relaxes the same way).
  const lengths = new Map<number, number>();
  for (let attempt = 0; attempt < LEB_ATTEMPTS && asm.lebResized.size > 0; attempt++) {
    for (const [index, length] of asm.lebResized) lengths.set(index, length);
    asm = new Assembler(options, lengths, labelsInPassOne);
    asm.run(source);
  }
  for (const [index, length] of asm.lebResized) {
    const item = asm.items.find((i): i is LebItem => i.kind === 'leb' && i.index === index);
    if (item && length > item.size) asm.diagnostics.push({ file: item.file, line: item.line, column: item.column + 1, severity: 'error', message: 'leb128 value does not settle on a length' });
  }
  return { result: asm.result(), assembler: asm };
}

/** Attempts at a unit whose deferred LEB128 values change length (each usually settles in one). */
const LEB_ATTEMPTS = 4;
