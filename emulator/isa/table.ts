// The instruction table framework: how one instruction form is described, and the helpers that turn a
// description into the bit masks, field extractors and operand lists that the decoder, disassembler and
// assembler all share. Nothing outside this folder needs a second list of mnemonics.
//
// HOW TO ADD AN ENCODING GROUP (for example emulator/isa/groups/loadStore.ts)
//
// 1. Create emulator/isa/groups/<group>.ts and export two arrays:
//      export const fooForms = [ form({...}), ... ];     // real instructions (FormId members)
//      export const fooAliases = [ alias({...}), ... ];  // aliases, preferred disassembly or assembler-only
//    Get the builders with `const { form, alias } = builders('loadStore');` (from ../table.js).
//    `form` and `alias` are generic in the id, so `(typeof fooForms)[number]['id']` is a union of literals.
// 2. Each form gives:
//      id        stable id, Arm-ARM-like: 'ADD_imm', 'LDR_imm_post', 'STG_pre'. The executor keys semantics by it.
//      mnemonic  lower-case GNU mnemonic ('b.<cond>' for mnemonics with a condition suffix).
//      encoding  32 bits written most significant first as space-separated tokens: runs of '0'/'1' for
//                fixed bits, '-' for a bit that is ignored ("should be" bit, not checked), and 'name:width' for
//                a named field, e.g. 'sf:1 0 0 100010 sh:1 imm12:12 Rn:5 Rd:5'. Field names follow the Arm ARM.
//                A field that appears twice with a suffix '@hi' is not supported; use separate names
//                (immlo/immhi) and combine them in the operand kind.
//      operands  operand kinds from ./operands.ts (or your own built on them), in GNU syntax order. Each kind
//                knows how to format its fields, parse its text into fields, and whether it may be omitted.
//      summary   one line for hovers; `operation` longer text (MTE forms: effect on tags).
//      feature   'base' unless the form needs an extension ('mte', 'crc', 'pauth', ...).
//      valid     optional predicate over the fields: false means the word is UNALLOCATED (objdump: undefined).
//      finish    optional hook after the assembler parsed all operands: derive dependent fields (N = sf) or
//                return an error message.
//      specialises  ids of other non-alias forms whose pattern this form overlaps on purpose (it has more
//                fixed bits and wins). Any other overlap fails test/isa/table.test.ts.
// 3. Aliases use `alias({... aliasOf: 'BASE_ID', when?: (f) => boolean, asmOnly?: true })`. Their encoding
//    is the base pattern with some fields fixed; objdump prints the first alias (in table order) whose pattern
//    matches and whose `when` holds. `asmOnly` aliases are only accepted by the assembler (e.g. `add x0, x1,
//    #-1` assembling to SUB) and never printed.
// 4. Register the arrays in ./registry.ts (one import line each).
//
// OPERAND KINDS (./operands.ts, plus group-local ones such as ./groups/loadStoreOperands.ts): an Operand has
// `format(fields, ctx)` (objdump text, or undefined to omit an optional operand; may set ctx.comment/target),
// `parse(text, fields, ctx)` (GNU as text -> fields; returns an error message), optional `absent(fields)` for
// defaults, `modifiesPrevious` for ', lsl #12'-style modifiers that GNU numbers with the previous operand, and
// `inMnemonic` for the condition of b.<cond>. Scratch values shared between operands during parsing use field
// names starting with '_' (never encoded). SIMD&FP registers will be one more kind (a `vreg(field, arrangement)`
// next to `gpr`), with no change to the framework.
//
// GNU PREFERENCES: the assembler tries the forms and aliases of a mnemonic in table order (forms of all groups
// first, then aliases) and takes the first whose operands all parse; when all fail, the error of the candidate
// that got furthest is reported (an operand kind can set ctx.definite to insist on its message, or ctx.recoverable
// to give way to any other candidate's message).
// 5. Run `node --import tsx --test test/isa/*.test.ts`; regenerate GNU expectations with
//    `node scripts/gen-isa-expectations.mjs` when you add snippets to test/isa/snippets/.

import type { EncodingGroup, Feature, Fixup, FormInfo, ExpressionResolver, Symbolizer } from './api.js';

/** Decoded field values by name (raw unsigned values). Operand parsers fill in the same record. */
export type Fields = Record<string, number>;

/** Shared, mutable state while formatting one instruction. Operand kinds may add a comment or a target. */
export interface FormatContext {
  readonly address: bigint;
  readonly symbolize: Symbolizer | undefined;
  /** objdump's trailing comment (without '// '). */
  comment?: string;
  /** Separator placed before '// comment': a tab (default) or two spaces (b.cond). */
  commentSeparator?: string;
  target?: bigint;
}

/** Shared, mutable state while parsing one instruction's operands. */
export interface ParseContext {
  readonly address: bigint;
  readonly features: ReadonlySet<Feature>;
  readonly resolver: ExpressionResolver;
  /** Set by an operand whose value is symbolic and needs a relocation. */
  fixup?: Fixup;
  /** 1-based operand number being parsed, for messages. */
  operandNumber: number;
  /** Set by an operand to make its error message take precedence over other candidate forms' errors. */
  definite?: boolean;
  /**
   * Set by an operand whose error GNU as only reports when no other candidate form has a better one (its
   * "recoverable" errors, e.g. 'immediate operand required' for a register where a pattern or immediate goes).
   */
  recoverable?: boolean;
}

/** One operand kind bound to fields: formats fields as GNU syntax and parses GNU syntax back into fields. */
export interface Operand {
  /** Arm-ARM-like syntax shown in hovers, e.g. '<Xd|SP>' or '#<imm>'. */
  readonly syntax: string;
  /** May be left out in assembly (then `absent` fills defaults) and is omitted in disassembly when default. */
  readonly optional?: boolean;
  /** Returns the operand text, or undefined to omit an optional operand. */
  format(f: Readonly<Fields>, ctx: FormatContext): string | undefined;
  /** Parses the operand text into fields; returns an error message, or undefined on success. */
  parse(text: string, f: Fields, ctx: ParseContext): string | undefined;
  /** Fills defaults when an optional operand is not written. */
  absent?(f: Fields): void;
  /** The operand is written in the mnemonic after a '.', as in b.<cond>. */
  readonly inMnemonic?: boolean;
  /**
   * A modifier of the previous operand (', lsl #12', ', uxtw #2'): GNU numbers it with that operand in
   * messages, so ParseContext.operandNumber is the previous operand's number while it is parsed.
   */
  readonly modifiesPrevious?: boolean;
}

export interface FieldSpec {
  readonly name: string;
  readonly lsb: number;
  readonly width: number;
}

export interface FormSpec<Id extends string> {
  readonly id: Id;
  readonly mnemonic: string;
  readonly encoding: string;
  readonly operands: readonly Operand[];
  readonly summary: string;
  readonly operation?: string;
  readonly feature?: Feature;
  readonly valid?: (f: Readonly<Fields>) => boolean;
  readonly specialises?: readonly string[];
  /** Runs after all operands parsed: derives dependent fields (e.g. N = sf) or rejects; returns an error. */
  readonly finish?: (f: Fields) => string | undefined;
}

export interface AliasSpec<Id extends string> extends FormSpec<Id> {
  readonly aliasOf: string;
  /** Preferred-disassembly condition beyond the pattern. */
  readonly when?: (f: Readonly<Fields>) => boolean;
  /** Accepted by the assembler only, never printed by the disassembler. */
  readonly asmOnly?: boolean;
}

/** A form ready for use: FormInfo (the public part) plus masks, fields and operands. */
export interface FormDef<Id extends string = string> extends FormInfo {
  readonly id: Id;
  readonly mask: number;
  readonly value: number;
  readonly fieldSpecs: readonly FieldSpec[];
  readonly operands: readonly Operand[];
  readonly valid: ((f: Readonly<Fields>) => boolean) | undefined;
  readonly specialises: readonly string[];
  readonly isAlias: boolean;
  readonly when: ((f: Readonly<Fields>) => boolean) | undefined;
  readonly asmOnly: boolean;
  readonly finish: ((f: Fields) => string | undefined) | undefined;
  /** Extracts this form's fields from a word (compiled once from fieldSpecs). */
  readonly extract: (word: number) => Fields;
}

export interface ParsedEncoding {
  readonly mask: number;
  readonly value: number;
  readonly fields: readonly FieldSpec[];
}

/** Parses 'sf:1 0 0 100010 sh:1 imm12:12 Rn:5 Rd:5' into mask, value and field positions. */
export function parseEncoding(text: string): ParsedEncoding {
  let bit = 32;
  let mask = 0;
  let value = 0;
  const fields: FieldSpec[] = [];
  for (const token of text.trim().split(/\s+/)) {
    const colon = token.indexOf(':');
    if (colon >= 0) {
      const name = token.slice(0, colon);
      const width = Number(token.slice(colon + 1));
      if (!Number.isInteger(width) || width <= 0) throw new Error(`bad field width in '${token}' of '${text}'`);
      bit -= width;
      fields.push({ name, lsb: bit, width });
      continue;
    }
    for (const ch of token) {
      bit -= 1;
      if (ch === '1') { mask |= 1 << bit; value |= 1 << bit; }
      else if (ch === '0') mask |= 1 << bit;
      else if (ch !== '-') throw new Error(`bad character '${ch}' in encoding '${text}'`);
    }
  }
  if (bit !== 0) throw new Error(`encoding '${text}' has ${32 - bit} bits, not 32`);
  return { mask: mask >>> 0, value: value >>> 0, fields };
}

function syntaxOf(mnemonic: string, operands: readonly Operand[]): string {
  let text = mnemonic;
  let first = true;
  for (const op of operands) {
    if (op.inMnemonic || op.syntax === '') continue;
    const sep = first ? ' ' : ', ';
    text += op.optional ? `{${sep}${op.syntax}}` : sep + op.syntax;
    first = false;
  }
  return text;
}

function build<Id extends string>(currentGroup: EncodingGroup, spec: FormSpec<Id>, aliasPart: { aliasOf?: string; when?: (f: Readonly<Fields>) => boolean; asmOnly?: boolean }): FormDef<Id> {
  const enc = parseEncoding(spec.encoding);
  const def: FormDef<Id> = {
    id: spec.id,
    mnemonic: spec.mnemonic,
    syntax: syntaxOf(spec.mnemonic, spec.operands),
    summary: spec.summary,
    // Every def has every property (undefined when absent): one object shape, so the assembler's and decoder's
    // reads of a def stay monomorphic.
    operation: spec.operation,
    group: currentGroup,
    feature: spec.feature ?? 'base',
    aliasOf: aliasPart.aliasOf,
    mask: enc.mask,
    value: enc.value,
    fieldSpecs: enc.fields,
    operands: spec.operands,
    valid: spec.valid,
    specialises: spec.specialises ?? [],
    isAlias: aliasPart.aliasOf !== undefined,
    when: aliasPart.when,
    asmOnly: aliasPart.asmOnly ?? false,
    finish: spec.finish,
    // Compiled on first use (then it replaces itself): most forms are never decoded in a given process, and
    // generating 1,600 functions up front was paid by every command at start-up.
    extract: (word: number): Fields => {
      const compiled = compileExtractor(enc.fields);
      (def as { extract: (word: number) => Fields }).extract = compiled;
      return compiled(word);
    },
  };
  return def;
}

/**
 * Returns the `form` and `alias` builders of one encoding group:
 *   const { form, alias } = builders('branch');
 * `form` describes one real instruction form; `alias` an alias of a real form (preferred disassembly and/or
 * accepted assembler syntax).
 */
export function builders(group: EncodingGroup) {
  return {
    form<Id extends string>(spec: FormSpec<Id>): FormDef<Id> {
      return build(group, spec, {});
    },
    alias<Id extends string>(spec: AliasSpec<Id>): FormDef<Id> {
      return build(group, spec, { aliasOf: spec.aliasOf, ...(spec.when ? { when: spec.when } : {}), ...(spec.asmOnly ? { asmOnly: true } : {}) });
    },
  };
}

/** Extracts the named fields of a form from a word. */
export function extractFields(def: FormDef, word: number): Fields {
  return def.extract(word);
}

function fieldMask(width: number): number {
  return width >= 32 ? 0xffffffff : (1 << width) - 1;
}

/**
 * Builds the field extractor of one form. Decoding runs once per executed or disassembled word, so where the
 * host allows it the extractor is a generated function returning an object literal (one hidden class per form,
 * several times faster than adding properties in a loop); otherwise a loop does the same work.
 */
function compileExtractor(fields: readonly FieldSpec[]): (word: number) => Fields {
  const safe = fields.every((s) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(s.name) && s.width < 32);
  if (safe) {
    const body = `return {${fields.map((s) => `${s.name}: (w >>> ${s.lsb}) & ${fieldMask(s.width)}`).join(', ')}};`;
    try {
      return new Function('w', body) as (word: number) => Fields;
    } catch {
      // Code generation is disallowed (for example by a content security policy): use the loop below.
    }
  }
  return (word) => {
    const f: Fields = {};
    for (const s of fields) f[s.name] = ((word >>> s.lsb) & fieldMask(s.width)) >>> 0;
    return f;
  };
}

/** Builds a word from a form's fixed bits and field values (missing fields are 0, extra bits are masked). */
export function encodeFields(def: FormDef, f: Readonly<Fields>): number {
  let word = def.value;
  for (const s of def.fieldSpecs) {
    const v = f[s.name] ?? 0;
    const m = s.width >= 32 ? 0xffffffff : (1 << s.width) - 1;
    word = (word & ~(m << s.lsb)) | ((v & m) << s.lsb);
  }
  return word >>> 0;
}
