// Generates syntaxes/aarch64-asm.tmLanguage.json, the TextMate grammar for AArch64 (+MTE) GNU assembly.
// The mnemonic lists, the system register names and the operation names (dc gva, ...) come from the one
// instruction table (emulator/isa forms(), systemRegisters() and operandVocabulary(): the DC/IC/AT/TLBI operations,
// barrier options, PSTATE fields and BTI targets, with MTE-ness asked of the table's own assembler, as
// language-server/service/operations.ts does for completion and hover); the operand
// vocabulary (condition codes, shifts, relocation operators) from language-server/service/vocabulary.ts. Nothing
// here lists mnemonics.
//
//   node --import tsx scripts/gen-grammar.ts          write the grammar
//   node --import tsx scripts/gen-grammar.ts --check  exit 1 when the committed grammar is stale
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EncodingGroup, FormInfo } from '../emulator/isa/api.js';
import { assembleInstruction, createResolver, forms, operandVocabulary, systemRegisters } from '../emulator/isa/index.js';
import { conditionCodes, extendOperators, relocationOperators, shiftOperators } from '../language-server/service/vocabulary.js';
import { systemOperationClasses, type SystemOperationClass } from '../language-server/service/operations.js';

export const scopeName = 'source.aarch64-asm';
export const grammarPath = join(__dirname, '..', 'syntaxes', 'aarch64-asm.tmLanguage.json');
const suffix = '.aarch64-asm';

/** Scope segment for each encoding group; MTE mnemonics get 'mte' whatever their group. */
const groupScope: Record<EncodingGroup, string> = {
  dataProcessingImmediate: 'data-processing-immediate',
  dataProcessingRegister: 'data-processing-register',
  loadStore: 'load-store',
  branch: 'branch',
  system: 'system',
  memoryTagging: 'mte',
  simdFp: 'simd-fp',
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Alternation of words, longest first so that a prefix never shadows a longer word. */
function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escapeRegExp).join('|');
}

interface MnemonicClass {
  readonly scope: string;
  readonly plain: string[];
  /** Templated mnemonics such as 'b.<cond>' as [prefix, suffix-after-template]. */
  readonly conditional: string[];
}

/** Groups the table's mnemonics by the scope they get. */
export function classifyMnemonics(all: readonly FormInfo[]): MnemonicClass[] {
  const byMnemonic = new Map<string, FormInfo[]>();
  for (const f of all) {
    const key = f.mnemonic.toLowerCase();
    let list = byMnemonic.get(key);
    if (!list) byMnemonic.set(key, (list = []));
    list.push(f);
  }
  const classes = new Map<string, MnemonicClass>();
  for (const [mnemonic, list] of byMnemonic) {
    const isMte = list.every((f) => f.feature === 'mte');
    // A mnemonic with both scalar and SIMD&FP forms (mul, add) takes its scalar group: scalar use is the common one.
    const scalar = list.filter((f) => f.group !== 'simdFp');
    const base = scalar.find((f) => !f.aliasOf) ?? scalar[0] ?? list.find((f) => !f.aliasOf) ?? list[0]!;
    const scope = isMte ? 'mte' : groupScope[base.group] === 'mte' ? 'system' : groupScope[base.group];
    let c = classes.get(scope);
    if (!c) classes.set(scope, (c = { scope, plain: [], conditional: [] }));
    if (mnemonic.includes('<cond>')) c.conditional.push(mnemonic.replace(/\.?<cond>.*$/, ''));
    else if (!mnemonic.includes('<')) c.plain.push(mnemonic);
  }
  // MTE first so that its scope wins if a word were ever in two classes.
  return [...classes.values()].sort((a, b) => (a.scope === 'mte' ? -1 : b.scope === 'mte' ? 1 : a.scope.localeCompare(b.scope)));
}

/** Literal words in operand syntax (operation names such as 'gva', barrier options such as 'ish'), by MTE-ness. */
export function operationNames(all: readonly FormInfo[]): { mte: string[]; other: string[] } {
  const vocabulary = new Set([...shiftOperators, ...extendOperators, ...conditionCodes.map((c) => c.name)]);
  const features = new Map<string, boolean>();
  for (const f of all) {
    const space = f.syntax.search(/\s/);
    if (space < 0) continue;
    // Placeholders become a marker so that 's0_<op1>' does not yield the word 's0_'.
    const operandText = f.syntax.slice(space).replace(/<[^>]*>/g, '\u0001');
    for (const m of operandText.matchAll(/(?<![#\w.\u0001])([a-z][a-z0-9_]*)(?![\w.\u0001])/g)) {
      const word = m[1]!;
      if (vocabulary.has(word) || /^[xwvqdshb]\d*$/.test(word) || word === 'sp' || word === 'wsp' || word.length < 2) continue;
      features.set(word, (features.get(word) ?? true) && f.feature === 'mte');
    }
  }
  const mte: string[] = [];
  const other: string[] = [];
  for (const [word, isMte] of features) (isMte ? mte : other).push(word);
  return { mte: mte.sort(), other: other.sort() };
}

/** The system operations (dc gva, dmb ish, ...) of the table, MTE ones apart (language-server/service/operations.ts). */
export function systemOperations(all: readonly FormInfo[]): SystemOperationClass[] {
  const resolver = createResolver();
  return systemOperationClasses({
    forms: () => all,
    systemRegisters,
    operandVocabulary,
    assembles: (mnemonic, operands, features) => assembleInstruction(mnemonic, operands, { address: 0n, features, resolver }).ok,
  });
}

type Rule = Record<string, unknown>;

/** Builds the grammar object (deterministic: same table, same output). */
export function generateGrammar(): Rule {
  const all = forms();
  const classes = classifyMnemonics(all);
  const operations = operationNames(all);
  const conditions = alternation(conditionCodes.map((c) => c.name));
  // A statement starts at the line start, after ';', or after a label's ':' and at least one blank (so the
  // symbol in ':lo12:sym' is never taken for a mnemonic).
  const statementStart = '(?:^[ \\t]*|(?<=;)[ \\t]*|(?<=:)[ \\t]+)';
  const mnemonicEnd = '(?=[ \\t]|$|;|//|/\\*)';

  const mnemonicRules: Rule[] = [];
  // 'dc gva' and the like: the mnemonic and its named operation in one rule, before the plain mnemonics.
  const scopeOf = new Map(classes.flatMap((c) => c.plain.map((m) => [m, `keyword.mnemonic.${c.scope}${suffix}`] as const)));
  for (const op of systemOperations(all)) {
    const byScope = new Map<string, string[]>();
    for (const m of op.mnemonics) {
      const scope = scopeOf.get(m);
      if (scope) byScope.set(scope, [...(byScope.get(scope) ?? []), m]);
    }
    for (const [scope, mnemonics] of byScope) {
      mnemonicRules.push({
        match: `(?i)${statementStart}(${alternation(mnemonics)})[ \\t]+(${alternation(op.names)})(?![\\w.$])`,
        captures: { '1': { name: scope }, '2': { name: `support.constant.operation${op.mte ? '.mte' : ''}${suffix}` } },
      });
    }
  }
  for (const c of classes) {
    const scope = `keyword.mnemonic.${c.scope}${suffix}`;
    if (c.conditional.length) {
      mnemonicRules.push({
        match: `(?i)${statementStart}(${alternation(c.conditional)})(\\.)(${conditions})${mnemonicEnd}`,
        captures: { '1': { name: scope }, '2': { name: `punctuation.separator.condition${suffix}` }, '3': { name: `support.constant.condition${suffix}` } },
      });
    }
    if (c.plain.length) mnemonicRules.push({ match: `(?i)${statementStart}(${alternation(c.plain)})${mnemonicEnd}`, captures: { '1': { name: scope } } });
  }

  const sysregNames = systemRegisters().map((r) => r.name.toLowerCase());
  const operationRules: Rule[] = [];
  if (operations.mte.length) operationRules.push({ match: `(?i)(?<=[\\s,])(${alternation(operations.mte)})\\b(?![.:])`, name: `support.constant.operation.mte${suffix}` });
  if (operations.other.length) operationRules.push({ match: `(?i)(?<=[\\s,])(${alternation(operations.other)})\\b(?![.:])`, name: `support.constant.operation${suffix}` });

  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'AArch64 Assembly (GNU as, MTE)',
    scopeName,
    comment: 'GENERATED by scripts/gen-grammar.ts from emulator/isa (forms(), systemRegisters()). Do not edit by hand.',
    fileTypes: ['s', 'S', 'asm'],
    patterns: [
      { include: '#comments' },
      { include: '#preprocessor' },
      { include: '#label-definitions' },
      { include: '#mnemonics' },
      { include: '#directives' },
      { include: '#macro-invocation' },
      { include: '#operands' },
    ],
    repository: {
      comments: {
        patterns: [
          { name: `comment.block${suffix}`, begin: '/\\*', end: '\\*/', beginCaptures: { '0': { name: `punctuation.definition.comment${suffix}` } }, endCaptures: { '0': { name: `punctuation.definition.comment${suffix}` } } },
          { name: `comment.line.double-slash${suffix}`, match: '(//).*$', captures: { '1': { name: `punctuation.definition.comment${suffix}` } } },
          {
            name: `comment.line.number-sign${suffix}`,
            match: '^[ \\t]*(#)(?![ \\t]*(?:include|include_next|define|undef|if|ifdef|ifndef|elif|else|endif|error|warning|pragma|line)\\b).*$',
            captures: { '1': { name: `punctuation.definition.comment${suffix}` } },
          },
        ],
      },
      preprocessor: {
        patterns: [
          {
            name: `meta.preprocessor.include${suffix}`,
            match: '^[ \\t]*(#)[ \\t]*(include|include_next)\\b[ \\t]*(?:(<[^>]*>)|("[^"]*"))?',
            captures: {
              '1': { name: `punctuation.definition.directive${suffix}` },
              '2': { name: `keyword.control.directive.include${suffix}` },
              '3': { name: `string.quoted.other.lt-gt.include${suffix}` },
              '4': { name: `string.quoted.double.include${suffix}` },
            },
          },
          {
            name: `meta.preprocessor.macro${suffix}`,
            match: '^[ \\t]*(#)[ \\t]*(define|undef)\\b[ \\t]*([A-Za-z_][A-Za-z0-9_]*)?(.*)$',
            captures: {
              '1': { name: `punctuation.definition.directive${suffix}` },
              '2': { name: `keyword.control.directive.define${suffix}` },
              '3': { name: `entity.name.function.preprocessor${suffix}` },
              '4': { patterns: [{ include: '#comments' }, { include: '#operands' }] },
            },
          },
          {
            name: `meta.preprocessor.conditional${suffix}`,
            match: '^[ \\t]*(#)[ \\t]*(if|ifdef|ifndef|elif|else|endif|error|warning|pragma|line)\\b(.*)$',
            captures: {
              '1': { name: `punctuation.definition.directive${suffix}` },
              '2': { name: `keyword.control.directive.conditional${suffix}` },
              '3': { patterns: [{ include: '#comments' }, { include: '#operands' }] },
            },
          },
        ],
      },
      'label-definitions': {
        patterns: [
          {
            match: `${statementStart}([0-9]+)[ \\t]*(:)(?!:)`,
            captures: { '1': { name: `entity.name.label.numeric${suffix}` }, '2': { name: `punctuation.separator.label${suffix}` } },
          },
          {
            match: `${statementStart}(\\.L[A-Za-z0-9_.$]*)[ \\t]*(:)(?!:)`,
            captures: { '1': { name: `entity.name.label.local${suffix}` }, '2': { name: `punctuation.separator.label${suffix}` } },
          },
          {
            match: `${statementStart}([A-Za-z_.$][A-Za-z0-9_.$]*)[ \\t]*(:)(?!:)`,
            captures: { '1': { name: `entity.name.label${suffix}` }, '2': { name: `punctuation.separator.label${suffix}` } },
          },
          {
            match: `${statementStart}([A-Za-z_$][A-Za-z0-9_.$]*)[ \\t]*(==?)(?!=)`,
            captures: { '1': { name: `entity.name.constant${suffix}` }, '2': { name: `keyword.operator.assignment${suffix}` } },
          },
        ],
      },
      mnemonics: { patterns: mnemonicRules },
      directives: {
        patterns: [
          {
            match: `(?i)${statementStart}(\\.macro)\\b[ \\t]*([A-Za-z_.$][A-Za-z0-9_.$]*)?`,
            captures: { '1': { name: `keyword.other.directive.macro${suffix}` }, '2': { name: `entity.name.function.macro${suffix}` } },
          },
          {
            match: `(?i)${statementStart}(\\.(?:section|pushsection))\\b[ \\t]*("[^"]*"|[A-Za-z_.$][A-Za-z0-9_.$]*)?`,
            captures: { '1': { name: `keyword.other.directive.section${suffix}` }, '2': { name: `entity.name.section${suffix}` } },
          },
          {
            match: `(?i)${statementStart}(\\.(?:if[a-z]*|else|elseif|endif|rept|irpc?|endr|endm|exitm))\\b`,
            captures: { '1': { name: `keyword.control.directive${suffix}` } },
          },
          {
            match: `(?i)${statementStart}(\\.(?:arch|arch_extension|cpu))\\b[ \\t]*([A-Za-z0-9_.+-]+)?`,
            captures: { '1': { name: `keyword.other.directive${suffix}` }, '2': { name: `support.constant.architecture${suffix}` } },
          },
          { match: `${statementStart}(\\.[A-Za-z_][A-Za-z0-9_.$]*)`, captures: { '1': { name: `keyword.other.directive${suffix}` } } },
        ],
      },
      'macro-invocation': {
        match: `${statementStart}([A-Za-z_$][A-Za-z0-9_.$]*)${mnemonicEnd}`,
        captures: { '1': { name: `entity.name.function.macro.call${suffix}` } },
      },
      operands: {
        patterns: [
          { include: '#comments' },
          { include: '#strings' },
          { include: '#relocations' },
          { include: '#registers' },
          { include: '#shifts' },
          { include: '#conditions' },
          { include: '#system-registers' },
          ...operationRules,
          { include: '#numbers' },
          { include: '#symbols' },
          { include: '#punctuation' },
        ],
      },
      strings: {
        patterns: [
          {
            name: `string.quoted.double${suffix}`,
            begin: '"',
            end: '"|$',
            beginCaptures: { '0': { name: `punctuation.definition.string.begin${suffix}` } },
            endCaptures: { '0': { name: `punctuation.definition.string.end${suffix}` } },
            patterns: [{ name: `constant.character.escape${suffix}`, match: '\\\\(?:[0-7]{1,3}|x[0-9A-Fa-f]+|[bfnrtv"\\\\])' }],
          },
          { name: `string.quoted.single.character${suffix}`, match: "'(?:\\\\.|[^\\\\'])'?" },
        ],
      },
      relocations: {
        patterns: [
          {
            match: `(?i)(:)(${alternation(relocationOperators.map((r) => r.name))})(:)`,
            captures: { '1': { name: `punctuation.definition.relocation${suffix}` }, '2': { name: `support.function.relocation${suffix}` }, '3': { name: `punctuation.definition.relocation${suffix}` } },
          },
          { match: '(:)([A-Za-z_][A-Za-z0-9_]*)(:)', captures: { '1': { name: `punctuation.definition.relocation${suffix}` }, '2': { name: `support.function.relocation${suffix}` }, '3': { name: `punctuation.definition.relocation${suffix}` } } },
        ],
      },
      registers: {
        patterns: [
          {
            match: '(?i)\\b(v(?:[12]?[0-9]|3[01]))(?:(\\.)(16b|8b|4b|8h|4h|2h|4s|2s|2d|1d|1q|b|h|s|d|q))?(?:(\\[)([0-9]+)(\\]))?(?![\\w.$])',
            captures: {
              '1': { name: `variable.other.register.vector${suffix}` },
              '2': { name: `punctuation.separator.arrangement${suffix}` },
              '3': { name: `support.type.arrangement${suffix}` },
              '4': { name: `punctuation.definition.index.begin${suffix}` },
              '5': { name: `constant.numeric.index${suffix}` },
              '6': { name: `punctuation.definition.index.end${suffix}` },
            },
          },
          { match: '(?i)\\b[qdshb](?:[12]?[0-9]|3[01])(?![\\w.$])', name: `variable.other.register.fp${suffix}` },
          { match: '(?i)\\b(?:w?sp|[xw]zr)(?![\\w.$])', name: `variable.language.register.special${suffix}` },
          { match: '(?i)\\b(?:fp|lr|ip0|ip1)(?![\\w.$])', name: `variable.other.register.alias${suffix}` },
          { match: '(?i)\\bx(?:[12]?[0-9]|30)(?![\\w.$])', name: `variable.other.register.general.x${suffix}` },
          { match: '(?i)\\bw(?:[12]?[0-9]|30)(?![\\w.$])', name: `variable.other.register.general.w${suffix}` },
        ],
      },
      shifts: {
        patterns: [
          { match: `(?i)(?<=,)[ \\t]*(${alternation(shiftOperators)})\\b(?![.:])`, captures: { '1': { name: `keyword.operator.shift${suffix}` } } },
          { match: `(?i)(?<=,)[ \\t]*(${alternation(extendOperators)})\\b(?![.:])`, captures: { '1': { name: `keyword.operator.extend${suffix}` } } },
        ],
      },
      conditions: {
        match: `(?i)(?<=,)[ \\t]*(${conditions})\\b(?=[ \\t]*(?:$|;|//|/\\*))`,
        captures: { '1': { name: `support.constant.condition${suffix}` } },
      },
      'system-registers': {
        patterns: [
          ...(sysregNames.length ? [{ match: `(?i)(?<=[\\s,])(${alternation(sysregNames)})\\b(?![.:$])`, name: `support.variable.system-register${suffix}` }] : []),
          { match: '(?i)\\bs[0-3]_[0-7]_c(?:1[0-5]|[0-9])_c(?:1[0-5]|[0-9])_[0-7]\\b', name: `support.variable.system-register.generic${suffix}` },
        ],
      },
      numbers: {
        patterns: [
          { match: '\\b[0-9]+[fb]\\b', name: `entity.name.label.numeric.reference${suffix}` },
          { match: '#', name: `keyword.operator.immediate${suffix}` },
          { match: '(?i)\\b0x[0-9a-f]+\\b', name: `constant.numeric.hex${suffix}` },
          { match: '(?i)\\b0b[01]+\\b', name: `constant.numeric.binary${suffix}` },
          { match: '(?i)\\b[0-9]+\\.[0-9]+(?:e[-+]?[0-9]+)?\\b', name: `constant.numeric.float${suffix}` },
          { match: '(?i)\\b[0-9]+e[-+]?[0-9]+\\b', name: `constant.numeric.float${suffix}` },
          { match: '\\b[0-9]+\\b', name: `constant.numeric.decimal${suffix}` },
        ],
      },
      symbols: {
        patterns: [
          { match: '\\\\[A-Za-z_][A-Za-z0-9_]*', name: `variable.parameter.macro${suffix}` },
          { match: '[%@](?:function|object|progbits|nobits|notype|gnu_indirect_function|tls_object|common)\\b', name: `support.type.symbol-type${suffix}` },
          { match: '(?<![\\w$])\\.L[A-Za-z0-9_.$]*', name: `variable.other.label.local${suffix}` },
          { match: '(?<![\\w$])\\.(?![\\w$])', name: `variable.language.location-counter${suffix}` },
          { match: '[A-Za-z_.$][A-Za-z0-9_.$]*', name: `variable.other.symbol${suffix}` },
        ],
      },
      punctuation: {
        patterns: [
          { match: ',', name: `punctuation.separator.operand${suffix}` },
          { match: ';', name: `punctuation.separator.statement${suffix}` },
          { match: '\\[', name: `punctuation.definition.address.begin${suffix}` },
          { match: '\\]', name: `punctuation.definition.address.end${suffix}` },
          { match: '!', name: `keyword.operator.writeback${suffix}` },
          { match: '\\{', name: `punctuation.definition.list.begin${suffix}` },
          { match: '\\}', name: `punctuation.definition.list.end${suffix}` },
          { match: '=', name: `keyword.operator.literal-pool${suffix}` },
          { match: '<<|>>|[-+*/%&|^~<>()]', name: `keyword.operator.arithmetic${suffix}` },
        ],
      },
    },
  };
}

/** The grammar file's text as the generator writes it. */
export function grammarText(): string {
  return JSON.stringify(generateGrammar(), null, 2) + '\n';
}

if (typeof require !== 'undefined' && require.main === module) {
  const text = grammarText();
  if (process.argv.includes('--check')) {
    let current = '';
    try { current = readFileSync(grammarPath, 'utf8'); } catch { /* missing counts as stale */ }
    if (current !== text) {
      console.error('gen-grammar: syntaxes/aarch64-asm.tmLanguage.json is stale; run `node --import tsx scripts/gen-grammar.ts`');
      process.exit(1);
    }
    console.log('gen-grammar: grammar is up to date');
  } else {
    writeFileSync(grammarPath, text);
    console.log(`gen-grammar: wrote ${grammarPath}`);
  }
}
