// Named first operands of the system instructions (dc gva, ic iallu, at s1e1r, tlbi vmalle1is, dmb ish, msr daifset,
// bti c), from the instruction table's operand vocabulary, each marked MTE when the table's own assembler accepts it
// with every feature and refuses it without 'mte'. Pure: the table's functions are passed in. Used by the grammar
// generator (scripts/gen-grammar.ts) and, through the injected table, by completion and hover.
import type { Feature, FormInfo, SystemRegisterInfo } from '../../emulator/isa/api.js';

export interface SystemOperationClass {
  /** The operandVocabulary() category: 'dc', 'ic', 'at', 'tlbi', 'barrier', 'pstate', 'bti'. */
  readonly category: string;
  /** Mnemonics whose first operand is one of `names` (lower case). */
  readonly mnemonics: readonly string[];
  readonly names: readonly string[];
  readonly mte: boolean;
}

export interface OperationSources {
  forms(): readonly FormInfo[];
  systemRegisters(): readonly SystemRegisterInfo[];
  operandVocabulary(): Readonly<Record<string, readonly string[]>>;
  /** True when the table's assembler accepts `mnemonic operands` with these features. */
  assembles(mnemonic: string, operands: string, features: ReadonlySet<Feature>): boolean;
}

/**
 * Which placeholder of a form's syntax each vocabulary category fills: 'dc' fills `<op>` of the forms whose mnemonic
 * is 'dc', 'barrier' fills `<option>` (dmb, dsb), and so on. Categories not listed are not operations.
 */
const vocabularyPlaceholders: Record<string, { readonly placeholder: string; readonly sameMnemonic: boolean }> = {
  dc: { placeholder: '<op>', sameMnemonic: true },
  ic: { placeholder: '<op>', sameMnemonic: true },
  at: { placeholder: '<op>', sameMnemonic: true },
  tlbi: { placeholder: '<op>', sameMnemonic: true },
  barrier: { placeholder: '<option>', sameMnemonic: false },
  pstate: { placeholder: '<pstatefield>', sameMnemonic: false },
  bti: { placeholder: '<targets>', sameMnemonic: false },
};

/** The operands as a form's syntax writes them, optional braces dropped: 'dc <op>, <Xt>' -> ['<op>', '<Xt>']. */
function operandsOf(f: FormInfo): string[] {
  return f.syntax.slice(f.mnemonic.length).replace(/[{}]/g, '').split(',').map((o) => o.trim());
}

/**
 * The system operations split by category and MTE-ness (deterministic order). Names that are also system registers
 * (msr tco) are left to the system registers.
 */
export function systemOperationClasses(sources: OperationSources): SystemOperationClass[] {
  const all = sources.forms();
  const vocabulary = sources.operandVocabulary();
  const sysregs = new Set(sources.systemRegisters().map((r) => r.name.toLowerCase()));
  const everyFeature = new Set<Feature>(['mte', ...all.map((f) => f.feature)]);
  const withoutMte = new Set<Feature>([...everyFeature].filter((f) => f !== 'mte'));
  const out: SystemOperationClass[] = [];
  for (const [category, { placeholder, sameMnemonic }] of Object.entries(vocabularyPlaceholders)) {
    const names = [...new Set((vocabulary[category] ?? []).map((n) => n.toLowerCase()))].filter((n) => !sysregs.has(n));
    const users = all.filter((f) => (!sameMnemonic || f.mnemonic === category) && operandsOf(f)[0]!.split('|')[0] === placeholder);
    if (!names.length || !users.length) continue;
    const mnemonics = [...new Set(users.map((f) => f.mnemonic.toLowerCase()))].sort();
    const needsMte = (name: string): boolean => users.some((f) => {
      const operands = operandsOf(f).length > 1 ? `${name}, x0` : name;
      return sources.assembles(f.mnemonic, operands, everyFeature) && !sources.assembles(f.mnemonic, operands, withoutMte);
    });
    const mte = names.filter(needsMte).sort();
    const other = names.filter((n) => !mte.includes(n)).sort();
    if (mte.length) out.push({ category, mnemonics, names: mte, mte: true });
    if (other.length) out.push({ category, mnemonics, names: other, mte: false });
  }
  return out;
}
