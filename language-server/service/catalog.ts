// The instruction catalog: the language service's view of the one instruction table (emulator/isa forms() and
// systemRegisters()). Groups forms by mnemonic, expands templated mnemonics such as 'b.<cond>', tells MTE
// mnemonics apart, knows the named operations of system instructions (dc gva, dmb ish), and turns Arm-ARM syntax
// strings into operand lists and completion snippets.
import type { FormInfo, SystemRegisterInfo } from '../../emulator/isa/api.js';
import { conditionCodes } from './vocabulary.js';
import type { SystemOperationClass } from './operations.js';

/** What the language service needs from the instruction layer (injected so tests can pass the real table). */
export interface InstructionTable {
  forms(): readonly FormInfo[];
  systemRegisters(): readonly SystemRegisterInfo[];
  /** Named first operands of system instructions (dc gva, ...), MTE ones marked; optional (none without it). */
  systemOperations?(): readonly SystemOperationClass[];
}

/** A named operation as written after its mnemonic ('gva' after 'dc'). */
export interface SystemOperation {
  readonly name: string;
  readonly category: string;
  readonly mte: boolean;
}

export interface MnemonicEntry {
  /** Mnemonic as written in the table, possibly templated ('b.<cond>'). */
  readonly mnemonic: string;
  readonly forms: readonly FormInfo[];
  /** True when every form of the mnemonic belongs to the Memory Tagging Extension. */
  readonly mte: boolean;
}

/** One operand of a syntax string: its text and its range inside the full syntax string. */
export interface SyntaxOperand {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Splits a syntax such as 'irg <Xd|SP>, <Xn|SP>{, <Xm>}' into its mnemonic and operand pieces (split at every comma). */
export function parseSyntax(syntax: string): { mnemonic: string; operands: SyntaxOperand[] } {
  const space = syntax.search(/\s/);
  const mnemonic = space < 0 ? syntax : syntax.slice(0, space);
  const operands: SyntaxOperand[] = [];
  if (space < 0) return { mnemonic, operands };
  let pieceStart = space;
  const pushPiece = (end: number): void => {
    let s = pieceStart;
    let e = end;
    while (s < e && /[\s{}[\],]/.test(syntax[s]!)) s++;
    while (e > s && /[\s{}\]!]/.test(syntax[e - 1]!)) e--;
    if (e > s) operands.push({ text: syntax.slice(s, e), start: s, end: e });
  };
  for (let i = space; i < syntax.length; i++) {
    if (syntax[i] === ',') { pushPiece(i); pieceStart = i + 1; }
  }
  pushPiece(syntax.length);
  return { mnemonic, operands };
}

function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => '\\' + c);
}

/** Removes optional groups: '{' not followed by a space opens an optional part up to its matching '}'. */
export function stripOptionalParts(operandText: string): string {
  let out = '';
  let i = 0;
  while (i < operandText.length) {
    const c = operandText[i]!;
    if (c === '{' && operandText[i + 1] !== ' ') {
      let depth = 1;
      let j = i + 1;
      while (j < operandText.length && depth > 0) {
        if (operandText[j] === '{') depth++;
        else if (operandText[j] === '}') depth--;
        j++;
      }
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  return out.trim();
}

/** A completion snippet for a form: the mnemonic followed by its mandatory operands as tab stops. */
export function snippetForSyntax(syntax: string, mnemonicAsTyped?: string): string {
  const space = syntax.search(/\s/);
  const mnemonic = mnemonicAsTyped ?? (space < 0 ? syntax : syntax.slice(0, space));
  if (space < 0) return escapeSnippet(mnemonic);
  const operands = stripOptionalParts(syntax.slice(space + 1));
  let stop = 0;
  let body = '';
  let i = 0;
  while (i < operands.length) {
    if (operands[i] === '<') {
      const close = operands.indexOf('>', i);
      if (close > i) {
        body += `\${${++stop}:${escapeSnippet(operands.slice(i + 1, close))}}`;
        i = close + 1;
        continue;
      }
    }
    body += escapeSnippet(operands[i]!);
    i++;
  }
  return body ? `${escapeSnippet(mnemonic)} ${body}` : escapeSnippet(mnemonic);
}

function templateToRegExp(template: string): RegExp {
  const parts = template.split(/(<[^>]+>)/).map((part) => {
    if (part === '<cond>') return `(?:${conditionCodes.map((c) => c.name).join('|')})`;
    if (part.startsWith('<')) return '[a-z0-9]+';
    return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`^${parts.join('')}$`, 'i');
}

export class InstructionCatalog {
  private readonly byMnemonic = new Map<string, MnemonicEntry>();
  private readonly templates: { pattern: RegExp; entry: MnemonicEntry }[] = [];
  private readonly systemRegisterByName = new Map<string, SystemRegisterInfo>();
  private readonly table: InstructionTable;
  private operationsByMnemonic: Map<string, SystemOperation[]> | undefined;
  readonly entries: readonly MnemonicEntry[];
  readonly systemRegisterList: readonly SystemRegisterInfo[];

  constructor(table: InstructionTable) {
    const grouped = new Map<string, FormInfo[]>();
    for (const form of safeList(() => table.forms())) {
      const key = form.mnemonic.toLowerCase();
      let list = grouped.get(key);
      if (!list) grouped.set(key, (list = []));
      list.push(form);
    }
    const entries: MnemonicEntry[] = [];
    for (const [mnemonic, forms] of grouped) {
      // Real instructions first, then aliases, so hovers lead with the base form.
      const ordered = [...forms.filter((f) => !f.aliasOf), ...forms.filter((f) => f.aliasOf)];
      const entry: MnemonicEntry = { mnemonic, forms: ordered, mte: forms.every((f) => f.feature === 'mte') };
      entries.push(entry);
      this.byMnemonic.set(mnemonic, entry);
      if (mnemonic.includes('<')) this.templates.push({ pattern: templateToRegExp(mnemonic), entry });
    }
    entries.sort((a, b) => a.mnemonic.localeCompare(b.mnemonic));
    this.entries = entries;
    this.systemRegisterList = safeList(() => table.systemRegisters());
    for (const r of this.systemRegisterList) this.systemRegisterByName.set(r.name.toLowerCase(), r);
    this.table = table;
  }

  /** The named operations a mnemonic takes as its first operand ('dc' -> gva, gzva, civac, ...); built on first use. */
  operationsOf(mnemonic: string): readonly SystemOperation[] {
    if (!this.operationsByMnemonic) {
      const map = new Map<string, SystemOperation[]>();
      for (const c of safeList(() => this.table.systemOperations?.() ?? [])) {
        for (const m of c.mnemonics) {
          let list = map.get(m);
          if (!list) map.set(m, (list = []));
          for (const name of c.names) list.push({ name, category: c.category, mte: c.mte });
        }
      }
      this.operationsByMnemonic = map;
    }
    return this.operationsByMnemonic.get(mnemonic.toLowerCase()) ?? [];
  }

  /** The operation `name` of `mnemonic` (case-insensitive), if the table lists it. */
  operation(mnemonic: string, name: string): SystemOperation | undefined {
    const lower = name.toLowerCase();
    return this.operationsOf(mnemonic).find((o) => o.name === lower);
  }

  /** The catalog entry for a mnemonic as written in source (case-insensitive; 'b.eq' finds 'b.<cond>'). */
  lookup(mnemonic: string): MnemonicEntry | undefined {
    const lower = mnemonic.toLowerCase();
    const direct = this.byMnemonic.get(lower);
    if (direct) return direct;
    return this.templates.find((t) => t.pattern.test(lower))?.entry;
  }

  systemRegister(name: string): SystemRegisterInfo | undefined {
    return this.systemRegisterByName.get(name.toLowerCase());
  }

  /** Concrete mnemonics for completion: templated ones expanded ('b.<cond>' -> b.eq, b.ne, ...). */
  concreteMnemonics(): { name: string; entry: MnemonicEntry }[] {
    const out: { name: string; entry: MnemonicEntry }[] = [];
    for (const entry of this.entries) {
      if (entry.mnemonic.includes('<cond>')) {
        for (const c of conditionCodes) out.push({ name: entry.mnemonic.replace('<cond>', c.name), entry });
      } else if (!entry.mnemonic.includes('<')) {
        out.push({ name: entry.mnemonic, entry });
      }
    }
    return out;
  }
}

function safeList<T>(get: () => readonly T[]): readonly T[] {
  try {
    return get();
  } catch {
    return [];
  }
}

/** Distinct syntaxes of a mnemonic's forms, base forms first. */
export function distinctSyntaxes(entry: MnemonicEntry): { syntax: string; form: FormInfo }[] {
  const seen = new Set<string>();
  const out: { syntax: string; form: FormInfo }[] = [];
  for (const form of entry.forms) {
    if (seen.has(form.syntax)) continue;
    seen.add(form.syntax);
    out.push({ syntax: form.syntax, form });
  }
  return out;
}
