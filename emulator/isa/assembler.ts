// The single-instruction assembler: finds the table's forms and aliases for a mnemonic, lets each one's operand
// kinds parse the GNU operand text, and encodes the first that fits (table order is GNU as's preference).
// Errors are values in GNU as's words; when every candidate fails, the one that parsed furthest explains why.

import type { AssembleInstructionContext, Feature, InstructionAssembly } from './api.js';
import { allDefs } from './registry.js';
import { encodeFields, type Fields, type FormDef, type ParseContext } from './table.js';
import { looksImmediate, parseGpr, splitOperands } from './text.js';

interface MnemonicIndex {
  readonly exact: Map<string, FormDef[]>;
  /** Forms whose mnemonic carries a suffix operand, by the text before '.<': 'b' for 'b.<cond>'. */
  readonly suffixed: Map<string, FormDef[]>;
}

let index: MnemonicIndex | undefined;

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
  return { exact, suffixed };
}

/** Every mnemonic the assembler accepts, for completion and grammars ('b.<cond>' listed once). */
export function mnemonics(): string[] {
  return [...new Set(allDefs.map((d) => d.mnemonic))].sort();
}

/** GNU's name of a feature in "instruction requires" messages. */
export function featureName(feature: Feature): string {
  switch (feature) {
    case 'mte': return 'memtag';
    case 'pauth': return 'pac';
    case 'fp': return 'fp';
    default: return feature;
  }
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
  // The instruction as GNU echoes it in messages (built only when needed).
  const shown = (): string => `${mnemonic} ${operandText.replace(/\s+/g, '')}`.trim();
  const lower = mnemonic.toLowerCase();
  let candidates = idx.exact.get(lower);
  let suffix: string | undefined;
  if (!candidates) {
    const dot = lower.indexOf('.');
    if (dot > 0) {
      candidates = idx.suffixed.get(lower.slice(0, dot));
      suffix = mnemonic.slice(dot + 1);
    }
  }
  if (!candidates) return { ok: false, message: `unknown mnemonic \`${lower}' -- \`${shown()}'` };
  const ops = splitOperands(operandText);
  let best: Attempt | undefined;
  for (const def of candidates) {
    const result = tryForm(def, ops, suffix, ctx, shown);
    if ('word' in result) return result.fixup ? { ok: true, word: result.word, fixup: result.fixup } : { ok: true, word: result.word };
    if (!best || result.score > best.score) best = result;
  }
  const b = best!;
  const message = b.whole ? b.message : `${b.message} -- \`${shown()}'`;
  return b.column === undefined ? { ok: false, message } : { ok: false, message, column: b.column };
}

type TryResult = Attempt | { readonly word: number; readonly fixup: ParseContext['fixup'] };

function tryForm(def: FormDef, ops: { text: string; start: number }[], suffix: string | undefined, ctx: AssembleInstructionContext, shown: () => string): TryResult {
  const f: Fields = {};
  const pctx: ParseContext = { address: ctx.address, features: ctx.features, resolver: ctx.resolver, operandNumber: 0 };
  let i = 0;
  for (const op of def.operands) {
    if (op.inMnemonic) {
      pctx.operandNumber = 0;
      const err = op.parse(suffix ?? '', f, pctx);
      if (err !== undefined) return { score: 0, message: `unknown mnemonic \`${def.mnemonic.slice(0, def.mnemonic.indexOf('.') + 1)}${suffix ?? ''}'`, column: undefined };
      continue;
    }
    pctx.operandNumber = op.modifiesPrevious ? i : i + 1;
    if (i < ops.length) {
      const o = ops[i]!;
      if (o.text === '' && !op.optional) return { score: i * 2, message: `missing operand ${i + 1}`, column: o.start };
      pctx.definite = false;
      const err = op.parse(o.text, f, pctx);
      if (err !== undefined) {
        // GNU's feature messages quote the offending name and are not followed by the echoed instruction.
        const whole = err.startsWith('selected processor does not support');
        return { score: i * 2 + 1 + (pctx.definite ? 1000 : 0) - (kindMismatch(o.text, err) ? 1 : 0), message: err, column: o.start, whole };
      }
      i++;
    } else if (op.optional) {
      op.absent?.(f);
    } else if (ops.length === 0 && op.syntax === '<label>') {
      return { score: 0, message: 'invalid address at operand 1', column: undefined };
    } else if (ops.length === 0 && op.syntax.startsWith('#')) {
      return { score: 0, message: 'missing immediate expression at operand 1', column: undefined };
    } else {
      return { score: i * 2, message: `comma expected between operands at operand ${i + 1}`, column: undefined };
    }
  }
  if (i < ops.length) return { score: i * 2, message: `unexpected characters following instruction at operand ${i}`, column: ops[i]!.start };
  if (def.finish) {
    const err = def.finish(f);
    if (err !== undefined) return { score: i * 2, message: err, column: undefined };
  }
  if (def.feature !== 'base' && !ctx.features.has(def.feature)) {
    return { score: 10000, message: `selected processor does not support \`${shown()}' (instruction requires: ${featureName(def.feature)})`, column: undefined, whole: true };
  }
  return { word: encodeFields(def, f), fixup: pctx.fixup };
}

/** An error about the operand's class when the text is plainly of another class (another form will explain better). */
function kindMismatch(text: string, message: string): boolean {
  if (message.startsWith('invalid addressing mode')) return true;
  if (looksImmediate(text)) return /register/.test(message);
  if (parseGpr(text) !== undefined) return /immediate|expression|condition/.test(message);
  return false;
}
