// The single-instruction assembler: finds the table's forms and aliases for a mnemonic, lets each one's operand
// kinds parse the GNU operand text, and encodes the first that fits (table order is GNU as's preference).
// Errors are values in GNU as's words; when every candidate fails, the one that parsed furthest explains why.

import type { AssembleInstructionContext, Feature, InstructionAssembly } from './api.js';
import { allDefs } from './registry.js';
import { encodeFields, type Fields, type FormDef, type Operand, type ParseContext } from './table.js';
import { featureName, looksImmediate, parseGpr } from './text.js';

export { featureName } from './text.js';

/**
 * What the assembler reads of an operand, every field present: the table's operands come from many factories
 * with different object shapes, so reading them directly in the candidate loop is a megamorphic property
 * access each time (and deoptimizes it as new shapes appear); these records share one shape.
 */
interface AsmOperand {
  readonly parse: Operand['parse'];
  readonly absent: ((f: Fields) => void) | undefined;
  readonly inMnemonic: boolean;
  readonly optional: boolean;
  readonly modifiesPrevious: boolean;
  readonly syntax: string;
}

function asmOperand(op: Operand): AsmOperand {
  return {
    parse: op.parse, absent: op.absent, inMnemonic: op.inMnemonic === true, optional: op.optional === true,
    modifiesPrevious: op.modifiesPrevious === true, syntax: op.syntax,
  };
}

/** The forms and aliases of one mnemonic, in table order, with how many operand texts each can take. */
interface Candidates {
  readonly defs: readonly FormDef[];
  /** Each def's operands as AsmOperand records. */
  readonly operands: readonly (readonly AsmOperand[])[];
  /** Operands each def requires (a text with fewer operands cannot assemble as that def). */
  readonly minOps: Uint8Array;
  /** Operands each def takes at most (a text with more cannot assemble as that def). */
  readonly maxOps: Uint8Array;
}

/**
 * The table's defs by mnemonic. Candidates (with their operand counts) are made for a mnemonic the first time
 * it is assembled: a file uses a few dozen of the table's mnemonics, and a fresh process pays for those only.
 */
interface MnemonicIndex {
  readonly exact: Map<string, FormDef[]>;
  /** Forms whose mnemonic carries a suffix operand, by the text before '.<': 'b' for 'b.<cond>'. */
  readonly suffixed: Map<string, FormDef[]>;
  readonly exactCandidates: Map<string, Candidates>;
  readonly suffixedCandidates: Map<string, Candidates>;
}

let index: MnemonicIndex | undefined;

function candidates(defs: readonly FormDef[]): Candidates {
  const minOps = new Uint8Array(defs.length);
  const maxOps = new Uint8Array(defs.length);
  for (let k = 0; k < defs.length; k++) {
    for (const op of defs[k]!.operands) {
      if (op.inMnemonic) continue;
      maxOps[k]++;
      if (!op.optional) minOps[k]++;
    }
  }
  return { defs, operands: defs.map((def) => def.operands.map(asmOperand)), minOps, maxOps };
}

function buildIndex(): MnemonicIndex {
  const exact = new Map<string, FormDef[]>();
  const suffixed = new Map<string, FormDef[]>();
  for (const def of allDefs) {
    const lt = def.mnemonic.indexOf('.<');
    const map = lt >= 0 ? suffixed : exact;
    const key = lt >= 0 ? def.mnemonic.slice(0, lt) : def.mnemonic;
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    list.push(def);
  }
  return { exact, suffixed, exactCandidates: new Map(), suffixedCandidates: new Map() };
}

/** The candidates of `key` in one half of the index, made on first use. */
function candidatesOf(defs: Map<string, FormDef[]>, made: Map<string, Candidates>, key: string): Candidates | undefined {
  const known = made.get(key);
  if (known !== undefined) return known;
  const list = defs.get(key);
  if (list === undefined) return undefined;
  const c = candidates(list);
  made.set(key, c);
  return c;
}

/** Conditions GNU as accepts in the dotless spelling of B.<cond> (bne, bhs, blo, ...). */
const legacyConditions = new Set(['eq', 'ne', 'cs', 'hs', 'cc', 'lo', 'mi', 'pl', 'vs', 'vc', 'hi', 'ls', 'ge', 'lt', 'gt', 'le']);

/** Every mnemonic the assembler accepts, for completion and grammars ('b.<cond>' listed once). */
export function mnemonics(): string[] {
  return [...new Set(allDefs.map((d) => d.mnemonic))].sort();
}

interface Attempt {
  readonly score: number;
  readonly message: string;
  readonly column: number | undefined;
  /** The message already quotes the instruction (no ' -- `insn'' suffix). */
  readonly whole?: boolean;
}

/** Assembles one instruction. `column` in an error is the 0-based offset in operandText of the bad operand. */
export function assembleInstruction(mnemonic: string, operandText: string, ctx: AssembleInstructionContext): InstructionAssembly {
  const idx = index ?? (index = buildIndex());
  const lower = mnemonic.toLowerCase();
  let cands = candidatesOf(idx.exact, idx.exactCandidates, lower);
  let suffix: string | undefined;
  if (!cands) {
    const dot = lower.indexOf('.');
    if (dot > 0) {
      cands = candidatesOf(idx.suffixed, idx.suffixedCandidates, lower.slice(0, dot));
      suffix = mnemonic.slice(dot + 1);
    } else if (lower.length === 3 && lower.charCodeAt(0) === 98 && legacyConditions.has(lower.slice(1))) {
      // GNU as (and GCC's output) also spells B.<cond> without the dot, for the sixteen standard names but AL, NV.
      cands = candidatesOf(idx.suffixed, idx.suffixedCandidates, 'b');
      suffix = lower.slice(1);
    }
  }
  if (!cands) return { ok: false, message: `unknown mnemonic \`${lower}' -- \`${shownInstruction(mnemonic, operandText)}'` };
  // An operand kind that assembled another instruction while parsing would get a list of its own.
  if (sharedListBusy) return assembleCandidates(cands, suffix, mnemonic, operandText, ctx, { count: 0, texts: [], starts: [] }, newParseContext());
  sharedListBusy = true;
  try {
    return assembleCandidates(cands, suffix, mnemonic, operandText, ctx, sharedList, sharedContext);
  } finally {
    sharedListBusy = false;
  }
}

function assembleCandidates(cands: Candidates, suffix: string | undefined, mnemonic: string, operandText: string,
  ctx: AssembleInstructionContext, list: OperandList, pctx: MutableParseContext): InstructionAssembly {
  const ops = operandList(operandText, list);
  pctx.address = ctx.address;
  pctx.features = ctx.features;
  pctx.resolver = ctx.resolver;
  // Fast path: the first def (in table order) that assembles wins, and a def that cannot take this many operands
  // cannot assemble, so only the others are tried. When none assembles, every def is tried again below so that
  // the error explained is the same as if all had been tried.
  const { defs, operands, minOps, maxOps } = cands;
  const n = ops.count;
  for (let k = 0; k < defs.length; k++) {
    if (n < minOps[k]! || n > maxOps[k]!) continue;
    const result = tryForm(defs[k]!, operands[k]!, ops, suffix, ctx, pctx, mnemonic, operandText, true);
    if (result === undefined) return success(defs[k]!, pctx);
  }
  if (ctx.withoutErrorMessage) return notAssembled;
  let best: Attempt | undefined;
  for (let k = 0; k < defs.length; k++) {
    const def = defs[k]!;
    const result = tryForm(def, operands[k]!, ops, suffix, ctx, pctx, mnemonic, operandText, false);
    if (result === undefined) return success(def, pctx);
    if (!best || result.score > best.score) best = result;
  }
  const b = best!;
  const message = b.whole ? b.message : `${b.message} -- \`${shownInstruction(mnemonic, operandText)}'`;
  return b.column === undefined ? { ok: false, message } : { ok: false, message, column: b.column };
}

/** Operand texts (trimmed) and their 0-based start offsets in the operand text. */
interface OperandList {
  count: number;
  readonly texts: string[];
  readonly starts: number[];
}

/** ParseContext as this module fills it in for each instruction. */
type MutableParseContext = { -readonly [K in keyof ParseContext]: ParseContext[K] };

function newParseContext(): MutableParseContext {
  return { address: 0n, features: new Set(), resolver: { evaluate: () => ({ kind: 'error', message: '' }) }, operandNumber: 0, definite: false, fixup: undefined };
}

/** Reused between calls: the list and context are read only while their instruction is assembled. */
const sharedList: OperandList = { count: 0, texts: [], starts: [] };
const sharedContext = newParseContext();
let sharedListBusy = false;

/** The answer when the caller asked for no error message. */
const notAssembled: InstructionAssembly = { ok: false, message: 'does not assemble' };

/** What a quick attempt returns on failure: the reason is worked out only when every def failed. */
const failed: Attempt = { score: -1, message: '', column: undefined };

/** Splits an operand list at top-level commas (not inside [], {} or ()), as splitOperands does. */
function operandList(text: string, out: OperandList): OperandList {
  out.count = 0;
  const n = text.length;
  if (text.indexOf('[') < 0 && text.indexOf('(') < 0 && text.indexOf('{') < 0) {
    // No brackets: every comma separates (the common case, found with indexOf rather than a loop over characters).
    let start = 0;
    for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', start)) {
      pushOperand(out, text, start, comma);
      start = comma + 1;
    }
    if (out.count > 0) pushOperand(out, text, start, n);
    else {
      let a = 0;
      while (a < n && text.charCodeAt(a) <= 32) a++;
      if (a < n) pushOperand(out, text, 0, n);
    }
    return out;
  }
  let depth = 0;
  let start = 0;
  let blank = true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123 || c === 40) depth++; // [ { (
    else if (c === 93 || c === 125 || c === 41) depth--; // ] } )
    else if (c === 44 && depth <= 0) { // ,
      pushOperand(out, text, start, i);
      start = i + 1;
    }
    if (c > 32) blank = false;
  }
  if (!blank || out.count > 0) pushOperand(out, text, start, n);
  return out;
}

function pushOperand(out: OperandList, text: string, from: number, to: number): void {
  let a = from;
  let b = to;
  while (a < b && text.charCodeAt(a) <= 32) a++;
  while (b > a && text.charCodeAt(b - 1) <= 32) b--;
  const k = out.count++;
  out.texts[k] = a === 0 && b === text.length ? text : text.slice(a, b);
  out.starts[k] = a;
}

/**
 * The instruction as GNU echoes it in messages: its input scrubber drops white space except between two characters
 * of names or numbers, where one space stays (`mul x1`, but `lsl#3` and `x0,x1`).
 */
function shownInstruction(mnemonic: string, operandText: string): string {
  const text = operandText.trim().replace(/\s+/g, (space: string, at: number, all: string) =>
    (/[\w.$]/.test(all[at - 1] ?? '') && /[\w.$]/.test(all[at + space.length] ?? '') ? ' ' : ''));
  return `${mnemonic} ${text}`.trim();
}

/** The fields of the last tryForm (complete when it succeeded). */
let parsedFields: Fields = {};

function success(def: FormDef, pctx: ParseContext): InstructionAssembly {
  const word = encodeFields(def, parsedFields);
  return pctx.fixup ? { ok: true, word, fixup: pctx.fixup } : { ok: true, word };
}

/** Parses the operands as `def`; undefined on success (fields in pctx.fields, fixup in pctx.fixup), else why not. */
function tryForm(def: FormDef, operands: readonly AsmOperand[], ops: OperandList, suffix: string | undefined,
  ctx: AssembleInstructionContext, pctx: ParseContext, mnemonic: string, operandText: string, quick: boolean): Attempt | undefined {
  const f: Fields = {};
  pctx.fixup = undefined;
  pctx.definite = false;
  pctx.operandNumber = 0;
  let i = 0;
  for (let k = 0; k < operands.length; k++) {
    const op = operands[k]!;
    if (op.inMnemonic) {
      pctx.operandNumber = 0;
      const err = op.parse(suffix ?? '', f, pctx);
      if (err !== undefined) return quick ? failed : { score: 0, message: `unknown mnemonic \`${def.mnemonic.slice(0, def.mnemonic.indexOf('.') + 1)}${suffix ?? ''}'`, column: undefined };
      continue;
    }
    pctx.operandNumber = op.modifiesPrevious ? i : i + 1;
    if (i < ops.count) {
      const text = ops.texts[i]!;
      if (text === '' && !op.optional) return quick ? failed : { score: i * 2, message: `missing operand ${i + 1}`, column: ops.starts[i]! };
      pctx.definite = false;
      pctx.recoverable = false;
      const err = op.parse(text, f, pctx);
      if (err !== undefined) {
        if (quick) return failed;
        // GNU's feature messages quote the offending name and are not followed by the echoed instruction.
        const whole = err.startsWith('selected processor does not support');
        const weight = pctx.definite ? 1000 : pctx.recoverable ? -100000 : 0;
        return { score: i * 2 + 1 + weight - (kindMismatch(text, err) ? 1 : 0), message: err, column: ops.starts[i]!, whole };
      }
      i++;
    } else if (op.optional) {
      if (op.absent !== undefined) op.absent(f);
    } else if (quick) {
      return failed;
    } else if (ops.count === 0 && op.syntax === '<label>') {
      return { score: 0, message: 'invalid address at operand 1', column: undefined };
    } else if (ops.count === 0 && op.syntax.startsWith('#')) {
      return { score: 0, message: 'missing immediate expression at operand 1', column: undefined };
    } else {
      return { score: i * 2, message: `comma expected between operands at operand ${i + 1}`, column: undefined };
    }
  }
  if (i < ops.count) {
    if (quick) return failed;
    // GNU numbers a modifier (', lsl #3') with the operand it modifies: count the texts that are not modifiers.
    let number = 0;
    for (let k = 0, t = 0; k < operands.length && t < i; k++) {
      const op = operands[k]!;
      if (op.inMnemonic) continue;
      if (!op.modifiesPrevious) number++;
      t++;
    }
    return { score: i * 2, message: `unexpected characters following instruction at operand ${number}`, column: ops.starts[i]! };
  }
  if (def.finish) {
    const err = def.finish(f);
    if (err !== undefined) return quick ? failed : { score: i * 2, message: err, column: undefined };
  }
  const missing = missingFeature(def.feature, ctx.features);
  if (missing !== undefined) {
    return quick ? failed : { score: 10000, message: `selected processor does not support \`${shownInstruction(mnemonic, operandText)}' (instruction requires: ${featureName(missing)})`, column: undefined, whole: true };
  }
  parsedFields = f;
  return undefined;
}

/**
 * What GNU as 2.40 also requires of an extension's instructions: the extensions it depends on (disabling one, as
 * `+nosimd` or `.arch_extension nosha2` do, disables the instructions of its dependants) and the architecture level
 * (SHA3 and SM3/SM4 instructions need Armv8.2-A even with +sha3 or +sm4).
 */
const featureRequires: Partial<Record<Feature, readonly Feature[]>> = {
  aes: ['simd'], sha2: ['simd'], sha3: ['simd', 'sha2', 'v8.2'], sm4: ['simd', 'v8.2'],
};

/** The first feature a form needs that `features` lacks: its own, then those it requires. */
function missingFeature(feature: Feature, features: ReadonlySet<Feature>): Feature | undefined {
  if (feature === 'base') return undefined;
  if (!features.has(feature)) return feature;
  const more = featureRequires[feature];
  if (more) for (const f of more) if (!features.has(f)) return f;
  return undefined;
}

/** An error about the operand's class when the text is plainly of another class (another form will explain better). */
function kindMismatch(text: string, message: string): boolean {
  if (message.startsWith('invalid addressing mode')) return true;
  if (looksImmediate(text)) return /register/.test(message);
  if (parseGpr(text) !== undefined) return /immediate|expression|condition/.test(message);
  return false;
}
