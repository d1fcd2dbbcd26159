// Completion, aware of where the cursor is: at the start of a statement it offers mnemonics (with operand
// snippets built from the table's syntax), macros and directives; in operands it offers what the matching
// forms' placeholders accept (registers of the right width, labels, numeric local labels, system registers,
// condition codes, shift/extend operators, relocation operators, constants after '#', the named operations of
// system instructions such as dc gva and dmb ish).
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type CompletionList, type Position, type Range } from 'vscode-languageserver';
import type { FeatureContext } from './context.js';
import { lineRange } from './context.js';
import { parseSyntax, snippetForSyntax, distinctSyntaxes, type InstructionCatalog } from './catalog.js';
import { statementAt } from './documentModel.js';
import { directives } from './directives.js';
import { operandTexts, rankForms } from './formMatching.js';
import { instructionMarkdown } from './hover.js';
import { conditionCodes, extendOperators, registerNames, relocationOperators, shiftOperators, type RegisterClass } from './vocabulary.js';

export interface CompletionOptions {
  readonly snippetSupport: boolean;
  /** The client understands CompletionList.itemDefaults.editRange (LSP 3.17): the range is sent once. */
  readonly itemDefaults?: boolean;
  /** The character that triggered completion, when a trigger character did. */
  readonly triggerCharacter?: string;
}

function wordBefore(text: string, character: number): { start: number; word: string } {
  let start = character;
  while (start > 0 && /[A-Za-z0-9_.$]/.test(text[start - 1]!)) start--;
  return { start, word: text.slice(start, character) };
}

/** What completion items carry in `data`, so that `resolveCompletion` can add the documentation later. */
export interface CompletionData {
  readonly kind: 'mnemonic';
  readonly mnemonic: string;
}

interface MnemonicCompletion {
  readonly name: string;
  readonly detail: string;
  readonly snippet: string;
  readonly mnemonic: string;
}

/** Mnemonic items depend only on the table: built once per catalog. */
const mnemonicCompletions = new WeakMap<InstructionCatalog, MnemonicCompletion[]>();

function mnemonicCompletionsOf(catalog: InstructionCatalog): MnemonicCompletion[] {
  let list = mnemonicCompletions.get(catalog);
  if (!list) {
    list = catalog.concreteMnemonics().map(({ name, entry }) => {
      const first = distinctSyntaxes(entry)[0]!;
      return { name, mnemonic: entry.mnemonic, detail: entry.mte ? `MTE: ${first.form.summary}` : first.form.summary, snippet: snippetForSyntax(first.syntax, name) };
    });
    mnemonicCompletions.set(catalog, list);
  }
  return list;
}

/** Adds the documentation (all syntaxes, summary, operation) to a mnemonic item. */
export function resolveCompletion(catalog: InstructionCatalog, item: CompletionItem): CompletionItem {
  const data = item.data as Partial<CompletionData> | undefined;
  if (data?.kind !== 'mnemonic' || typeof data.mnemonic !== 'string') return item;
  const entry = catalog.lookup(data.mnemonic);
  if (!entry) return item;
  return { ...item, documentation: { kind: MarkupKind.Markdown, value: instructionMarkdown(distinctSyntaxes(entry), entry.mte) } };
}

function mnemonicItems(ctx: FeatureContext, options: CompletionOptions, range: ReturnType<typeof lineRange>, word: string): CompletionItem[] {
  const items: CompletionItem[] = [];
  if (!word.startsWith('.')) {
    for (const m of mnemonicCompletionsOf(ctx.catalog)) {
      const data: CompletionData = { kind: 'mnemonic', mnemonic: m.mnemonic };
      items.push({
        label: m.name,
        kind: CompletionItemKind.Keyword,
        detail: m.detail,
        textEdit: { range, newText: options.snippetSupport ? m.snippet : m.name },
        insertTextFormat: options.snippetSupport ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        sortText: `1${m.name}`,
        data,
      });
    }
    for (const macro of ctx.model.macros.values()) {
      items.push({
        label: macro.name,
        kind: CompletionItemKind.Module,
        detail: `macro ${macro.name} ${macro.parameters.join(', ')}`.trim(),
        textEdit: { range, newText: macro.name },
        sortText: `0${macro.name}`,
      });
    }
  }
  for (const d of directives) {
    const snippet = snippetForSyntax(`${d.name}${d.arguments ? ' ' + d.arguments : ''}`);
    items.push({
      label: d.name,
      kind: CompletionItemKind.Keyword,
      detail: d.summary,
      textEdit: { range, newText: options.snippetSupport ? snippet : d.name },
      insertTextFormat: options.snippetSupport ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      sortText: `2${d.name}`,
    });
  }
  return items;
}

function labelItems(ctx: FeatureContext, range: ReturnType<typeof lineRange>, line: number): CompletionItem[] {
  const items: CompletionItem[] = [];
  for (const [name, defs] of ctx.model.definitions) {
    const d = defs[0]!;
    if (d.kind === 'macro') continue;
    const kind = d.kind === 'constant' ? CompletionItemKind.Constant : ctx.model.symbolTypes.get(name) === 'function' ? CompletionItemKind.Function : CompletionItemKind.Reference;
    items.push({ label: name, kind, detail: `${d.kind} on line ${d.line + 1}`, textEdit: { range, newText: name }, sortText: `0${name}` });
  }
  for (const [name, at] of ctx.externalDefinitions ?? []) {
    if (!ctx.model.definitions.has(name)) items.push({ label: name, kind: CompletionItemKind.Reference, detail: `${at.file}:${at.line}`, textEdit: { range, newText: name }, sortText: `0${name}` });
  }
  // Numeric local labels: the nearest one in each direction.
  const seen = new Set<string>();
  for (const d of ctx.model.numericDefinitions) {
    const label = d.line < line ? `${d.label}b` : `${d.label}f`;
    if (d.line < line) seen.delete(label);
    if (seen.has(label)) continue;
    seen.add(label);
  }
  for (const label of seen) {
    items.push({ label, kind: CompletionItemKind.Reference, detail: `numeric local label ${label.slice(0, -1)} (${label.endsWith('f') ? 'forward' : 'backward'})`, textEdit: { range, newText: label }, sortText: `0${label}` });
  }
  return items;
}

/** What each operandVocabulary() category of system operations is, for completion details. */
const operationCategoryNames: Record<string, string> = {
  dc: 'data cache operation', ic: 'instruction cache operation', at: 'address translation operation',
  tlbi: 'TLB invalidation operation', barrier: 'barrier option', pstate: 'PSTATE field', bti: 'branch target type',
};

function registerItems(classes: Iterable<RegisterClass>, extra: readonly string[], range: ReturnType<typeof lineRange>): CompletionItem[] {
  const items: CompletionItem[] = [];
  for (const cls of classes) {
    for (const name of registerNames(cls)) items.push({ label: name, kind: CompletionItemKind.Variable, textEdit: { range, newText: name }, sortText: `1${cls}${name.slice(1).padStart(2, '0')}` });
  }
  for (const name of extra) items.push({ label: name, kind: CompletionItemKind.Variable, textEdit: { range, newText: name }, sortText: `1${name}` });
  return items;
}

/** What a syntax placeholder accepts, as completion categories. */
function categoriesOf(placeholder: string): { registers: Set<RegisterClass>; extra: Set<string>; labels: boolean; sysregs: boolean; conditions: boolean; shifts: boolean; words: Set<string> } {
  const c = { registers: new Set<RegisterClass>(), extra: new Set<string>(), labels: false, sysregs: false, conditions: false, shifts: false, words: new Set<string>() };
  const re = /<([^>]+)>/g;
  let m: RegExpExecArray | null;
  let any = false;
  while ((m = re.exec(placeholder))) {
    any = true;
    const inner = m[1]!;
    const lower = inner.toLowerCase();
    const first = inner[0]!;
    if (/^[XWVQDSHBR]/.test(first) && /^[XWVQDSHBR][a-z0-9]*(\|[A-Za-z]+)?$/.test(inner.split('.')[0]!)) {
      // 'R' is the table's width-generic register: both X and W registers.
      const classes: RegisterClass[] = first === 'R' ? ['x', 'w'] : [first.toLowerCase() as RegisterClass];
      for (const cls of classes) {
        c.registers.add(cls);
        if (/\|SP/i.test(inner)) c.extra.add(cls === 'w' ? 'wsp' : 'sp');
        else if (cls === 'x') c.extra.add('xzr');
        else if (cls === 'w') c.extra.add('wzr');
      }
    } else if (/label|target|addr/.test(lower)) c.labels = true;
    else if (/sysreg|systemreg|pstatefield/.test(lower)) c.sysregs = true;
    else if (lower === 'cond') c.conditions = true;
    else if (/shift|extend|amount/.test(lower)) c.shifts = true;
  }
  if (!any) {
    const word = placeholder.replace(/[#[\]{}!]/g, '').trim();
    if (/^[a-z][a-z0-9_]*$/i.test(word)) c.words.add(word.toLowerCase());
  }
  return c;
}

function operandItems(ctx: FeatureContext, position: Position, start: number): CompletionItem[] {
  const parsed = ctx.model.lines[position.line]!;
  const statement = statementAt(parsed, position.character)!;
  const range = lineRange(position.line, start, position.character);
  const before = parsed.text.slice(statement.operandsStart, position.character);
  const items: CompletionItem[] = [];
  // ':' starts a relocation operator.
  const reloc = /:([a-z0-9_]*)$/i.exec(before);
  if (reloc && !/:[a-z0-9_]+:[a-z0-9_]*$/i.test(before)) {
    const relocRange = lineRange(position.line, position.character - reloc[0].length, position.character);
    return relocationOperators.map((r) => ({ label: `:${r.name}:`, kind: CompletionItemKind.Operator, detail: r.meaning, textEdit: { range: relocRange, newText: `:${r.name}:` } }));
  }
  const op = statement.op;
  if (!op || op.kind !== 'mnemonic') return labelItems(ctx, range, position.line);
  const macro = ctx.model.macros.get(op.text);
  if (macro) return [...labelItems(ctx, range, position.line), ...registerItems(['x', 'w'], ['sp', 'xzr', 'wzr'], range)];
  if (/#\s*[A-Za-z0-9_.$]*$/.test(before)) {
    // After '#': constants only.
    for (const [name, defs] of ctx.model.definitions) {
      if (defs[0]!.kind === 'constant') items.push({ label: name, kind: CompletionItemKind.Constant, detail: `constant on line ${defs[0]!.line + 1}`, textEdit: { range, newText: name } });
    }
    return items;
  }
  const entry = ctx.catalog.lookup(op.text);
  const commaCount = (before.match(/,/g) ?? []).length;
  const registers = new Set<RegisterClass>();
  const extra = new Set<string>();
  const words = new Set<string>();
  let labels = false, sysregs = false, conditions = false, shifts = false;
  if (entry) {
    const operandTokens = statement.operands.filter((t) => t.start < position.character);
    const written = operandTexts(parsed.text, operandTokens);
    const ranked = rankForms(entry, written);
    const bestScore = ranked[0]?.score ?? 0;
    for (const r of ranked) {
      if (r.score < bestScore - 3) continue;
      const piece = parseSyntax(r.syntax).operands[commaCount];
      if (!piece) continue;
      const c = categoriesOf(piece.text);
      c.registers.forEach((x) => registers.add(x));
      c.extra.forEach((x) => extra.add(x));
      c.words.forEach((x) => words.add(x));
      labels ||= c.labels; sysregs ||= c.sysregs; conditions ||= c.conditions; shifts ||= c.shifts;
    }
  } else {
    registers.add('x'); registers.add('w'); labels = true;
  }
  if (registers.size || extra.size) items.push(...registerItems(registers, [...extra], range));
  if (labels) items.push(...labelItems(ctx, range, position.line));
  if (sysregs) {
    for (const r of ctx.catalog.systemRegisterList) items.push({ label: r.name, kind: CompletionItemKind.EnumMember, detail: r.summary, textEdit: { range, newText: r.name }, sortText: `0${r.name}` });
  }
  if (conditions) for (const cc of conditionCodes) items.push({ label: cc.name, kind: CompletionItemKind.EnumMember, detail: `${cc.meaning} (${cc.flags})`, textEdit: { range, newText: cc.name } });
  if (shifts) for (const s of [...shiftOperators, ...extendOperators]) items.push({ label: s, kind: CompletionItemKind.Operator, textEdit: { range, newText: s } });
  for (const w of words) items.push({ label: w, kind: CompletionItemKind.EnumMember, textEdit: { range, newText: w }, sortText: `0${w}` });
  // dc gva, dmb ish, msr daifset, bti c: the named operations the table lists for the mnemonic's first operand.
  if (commaCount === 0) {
    for (const o of ctx.catalog.operationsOf(op.text)) {
      const what = operationCategoryNames[o.category] ?? `${o.category} operand`;
      items.push({ label: o.name, kind: CompletionItemKind.EnumMember, detail: o.mte ? `MTE: ${what}` : what, textEdit: { range, newText: o.name }, sortText: `0${o.name}` });
    }
  }
  return items;
}

/** Moves the shared edit range into itemDefaults, so that a list of 700 mnemonics does not repeat it 700 times. */
function compact(list: CompletionList, range: Range, options: CompletionOptions): CompletionList {
  if (!options.itemDefaults) return list;
  const sameRange = (r: Range): boolean =>
    r.start.line === range.start.line && r.start.character === range.start.character && r.end.line === range.end.line && r.end.character === range.end.character;
  const items = list.items.map((item) => {
    const edit = item.textEdit;
    if (!edit || !('range' in edit) || !sameRange(edit.range)) return item;
    const { textEdit: _dropped, ...rest } = item;
    return { ...rest, insertText: edit.newText };
  });
  return { ...list, itemDefaults: { editRange: range }, items };
}

export function doComplete(ctx: FeatureContext, position: Position, options: CompletionOptions): CompletionList {
  const list = completeAt(ctx, position, options);
  const parsed = ctx.model.lines[position.line];
  if (!parsed) return list;
  const character = Math.min(position.character, parsed.text.length);
  return compact(list, lineRange(position.line, wordBefore(parsed.text, character).start, character), options);
}

function completeAt(ctx: FeatureContext, position: Position, options: CompletionOptions): CompletionList {
  const parsed = ctx.model.lines[position.line];
  if (!parsed) return { isIncomplete: false, items: [] };
  const character = Math.min(position.character, parsed.text.length);
  const inComment = parsed.lexed.tokens.some((t) => (t.kind === 'comment' || t.kind === 'preprocessor' || t.kind === 'string') && t.start < character && (character < t.end || (t.kind !== 'string' && character === t.end)));
  if (inComment) return { isIncomplete: false, items: [] };
  const { start, word } = wordBefore(parsed.text, character);
  const statement = statementAt(parsed, start);
  const range = lineRange(position.line, start, character);
  const atMnemonic = !statement || !statement.op || (statement.op.start <= start && start <= statement.op.end && character <= statement.op.end)
    || (statement.op && start < statement.op.start);
  // ':' only means something inside operands (a relocation operator); after a label it is just the colon.
  if (options.triggerCharacter === ':' && (atMnemonic || !statement?.op)) return { isIncomplete: false, items: [] };
  if (atMnemonic && !(statement?.op?.kind === 'assignment')) {
    // The first word of a statement (after any labels): a mnemonic, macro or directive.
    return { isIncomplete: false, items: mnemonicItems(ctx, options, range, word) };
  }
  return { isIncomplete: false, items: operandItems(ctx, { line: position.line, character }, start) };
}
