// Hover: explains the token under the cursor — a mnemonic (syntax, summary and operation from the instruction
// table; MTE instructions in terms of tags and granules), a register, a label or symbol (its definition line),
// a numeric local label reference (the label it resolves to), a system register, a directive, a condition
// code, a relocation operator or a macro.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { FormInfo, SystemRegisterInfo } from '../../emulator/isa/api.js';
import type { FeatureContext } from './context.js';
import { lineRange } from './context.js';
import { tokenAt, type Span } from './documentModel.js';
import { findDirective } from './directives.js';
import { rankForms, operandTexts } from './formMatching.js';
import { parseSyntax } from './catalog.js';
import { fileNameOfUri } from './diagnostics.js';
import { conditionCodes, describeRegister, extendOperators, relocationOperators, shiftOperators } from './vocabulary.js';
import type { Token } from './lexer.js';

/** Background shown with every MTE instruction, so the operation text can speak of tags and granules. */
export const mteBackground =
  'Memory Tagging Extension (FEAT_MTE): memory carries a 4-bit **allocation tag** for every 16-byte **granule**; ' +
  'a pointer carries a 4-bit **logical tag** in bits 59:56. With tag checking enabled (PROT_MTE memory, ' +
  'PR_MTE_TCF_SYNC/ASYNC), a load or store whose logical tag differs from the granule\'s allocation tag ' +
  'raises a tag-check fault (SIGSEGV, SEGV_MTESERR or SEGV_MTEAERR).';

const code = (text: string): string => '```aarch64-asm\n' + text + '\n```';

export function instructionMarkdown(forms: readonly { syntax: string; form: FormInfo }[], mte: boolean, limit = 8): string {
  const first = forms[0]!.form;
  const parts: string[] = [];
  parts.push(`**${first.mnemonic}** — ${first.summary}${mte || first.feature === 'mte' ? ' *(MTE)*' : ''}`);
  parts.push(code(forms.slice(0, limit).map((f) => f.syntax).join('\n') + (forms.length > limit ? `\n// … ${forms.length - limit} more forms` : '')));
  if (first.operation) parts.push(first.operation);
  const otherSummaries = [...new Set(forms.slice(1, limit).map((f) => f.form.summary))].filter((s) => s !== first.summary);
  if (otherSummaries.length) parts.push(otherSummaries.map((s) => `- ${s}`).join('\n'));
  if (first.feature !== 'base') parts.push(`Requires feature \`${first.feature}\`${first.feature === 'mte' ? ' (`.arch armv8.5-a+memtag`)' : ''}.`);
  if (first.aliasOf) parts.push(`Alias of \`${first.aliasOf}\`.`);
  if (mte || first.feature === 'mte') parts.push(mteBackground);
  return parts.join('\n\n');
}

function systemRegisterMarkdown(r: SystemRegisterInfo): string {
  const e = r.encoding;
  const op0 = 2 + ((e >> 14) & 1);
  const op1 = (e >> 11) & 7;
  const crn = (e >> 7) & 15;
  const crm = (e >> 3) & 15;
  const op2 = e & 7;
  const access = r.readableAtEL0 || r.writableAtEL0
    ? `EL0 access: ${[r.readableAtEL0 ? 'read (mrs)' : '', r.writableAtEL0 ? 'write (msr)' : ''].filter(Boolean).join(', ')}.`
    : 'Not accessible at EL0: user-mode access traps (SIGILL under Linux).';
  return `**${r.name}** — system register\n\n${r.summary}\n\nEncoding S${op0}_${op1}_C${crn}_C${crm}_${op2}. ${access}`;
}

function definitionMarkdown(ctx: FeatureContext, name: string, at: Span, what: string): string {
  const text = ctx.model.lines[at.line]?.text.trim() ?? '';
  const flags: string[] = [];
  if (ctx.model.globals.has(name)) flags.push('global');
  const type = ctx.model.symbolTypes.get(name);
  if (type) flags.push(type);
  return `**${name}** — ${what}${flags.length ? ` (${flags.join(', ')})` : ''}, defined on line ${at.line + 1}\n\n${code(text)}`;
}

function hoverFor(ctx: FeatureContext, token: Token, line: number, statementOp: Token | undefined, statementOperands: readonly Token[]): string | undefined {
  switch (token.kind) {
    case 'mnemonic': {
      const macro = ctx.model.macros.get(token.text);
      if (macro) return definitionMarkdown(ctx, macro.name, macro, 'macro');
      const entry = ctx.catalog.lookup(token.text);
      if (!entry) return undefined;
      const written = operandTexts(ctx.model.lines[line]!.text, statementOperands);
      const ranked = rankForms(entry, written);
      if (!ranked.length) return undefined;
      // dc gva: the instruction is an MTE one when its operation is.
      const firstOperand = statementOperands[0];
      const mteOperation = firstOperand ? ctx.catalog.operation(token.text, firstOperand.text)?.mte === true : false;
      const markdown = instructionMarkdown(ranked, entry.mte || mteOperation);
      // b.ne, bc.ge: say what the written condition tests.
      const suffix = entry.mnemonic.includes('<cond>') ? token.text.toLowerCase().split('.').pop() : undefined;
      const condition = conditionCodes.find((c) => c.name === suffix);
      return condition ? `${markdown}\n\nCondition \`${condition.name}\`: ${condition.meaning} (${condition.flags}).` : markdown;
    }
    case 'directive': {
      const info = findDirective(token.text);
      return info ? `**${info.name}**${info.arguments ? ` \`${info.arguments}\`` : ''}\n\n${info.summary}` : undefined;
    }
    case 'register': {
      const r = describeRegister(token.text);
      return r ? `**${r.title}**\n\n${r.description}` : undefined;
    }
    case 'labelDefinition':
    case 'assignment':
    case 'symbol': {
      const definitions = ctx.model.definitions.get(token.text);
      if (definitions?.length) {
        const d = definitions[0]!;
        const what = d.kind === 'label' ? 'label' : d.kind === 'constant' ? 'symbol constant' : d.kind === 'common' ? 'common symbol' : 'macro';
        const refs = ctx.model.uses.filter((u) => u.name === token.text).length;
        return definitionMarkdown(ctx, token.text, d, what) + `\n\n${refs} reference${refs === 1 ? '' : 's'} in this file.`;
      }
      const external = ctx.externalDefinitions?.get(token.text);
      if (external) {
        const here = ctx.model.lines[external.line - 1]?.text.trim();
        return external.file === fileNameOfUri(ctx.document.uri) && here !== undefined
          ? `**${token.text}** — defined by the macro expansion on line ${external.line}\n\n${code(here)}`
          : `**${token.text}** — defined in ${external.file}, line ${external.line}`;
      }
      const lower = token.text.toLowerCase();
      const sysreg = ctx.catalog.systemRegister(lower);
      if (sysreg) return systemRegisterMarkdown(sysreg);
      if (statementOp?.kind === 'mnemonic') {
        const cond = conditionCodes.find((c) => c.name === lower);
        if (cond) return `**${cond.name}** — condition: ${cond.meaning} (${cond.flags})`;
        if (shiftOperators.includes(lower)) return `**${lower}** — shift operator`;
        if (extendOperators.includes(lower)) return `**${lower}** — extend operator: ${lower.startsWith('s') ? 'sign' : 'zero'}-extend the ${({ b: 'byte', h: 'halfword', w: 'word', x: 'doubleword' } as Record<string, string>)[lower[3]!]} of the register`;
        // An operation name written as an operand (dc gva, ...): the forms whose syntax names it.
        const entry = ctx.catalog.lookup(statementOp.text);
        if (entry) {
          const word = new RegExp(`(^|[^a-z0-9_])${lower.replace(/[.$]/g, '\\$&')}([^a-z0-9_]|$)`, 'i');
          const matching = entry.forms.filter((f) => word.test(f.syntax.slice(f.mnemonic.length)));
          if (matching.length) return instructionMarkdown(matching.map((form) => ({ syntax: form.syntax, form })), matching.every((f) => f.feature === 'mte'));
          // A named operand that is not an address (dc <op>, dmb <option>, prfm <prfop>): name the placeholder.
          const index = statementOperands.filter((t) => t.kind === 'punctuation' && t.text === ',' && t.end <= token.start).length;
          const ranked = rankForms(entry, operandTexts(ctx.model.lines[line]!.text, statementOperands));
          const placeholder = ranked.length ? parseSyntax(ranked[0]!.syntax).operands[index]?.text : undefined;
          const firstName = placeholder ? /<([^>]+)>/.exec(placeholder)?.[1] ?? '' : '';
          if (placeholder && firstName && !/label|imm|expr|addr|offset|amount/i.test(firstName) && !placeholder.startsWith('#')) {
            const operation = ctx.catalog.operation(statementOp.text, lower);
            const form = ranked[0]!.form;
            const parts = [`**${token.text}**${operation?.mte ? ' *(MTE)*' : ''} — the \`${placeholder}\` operand of`, code(ranked[0]!.syntax), form.summary];
            if (operation && form.operation) parts.push(form.operation);
            if (operation?.mte) parts.push('Requires feature `mte` (`.arch armv8.5-a+memtag`).', mteBackground);
            return parts.join('\n\n');
          }
        }
      }
      if (token.kind === 'labelDefinition') return `**${token.text}** — label`;
      return `**${token.text}** — symbol, not defined in this file (external or undefined)`;
    }
    case 'numericLabelDefinition': {
      const refs = ctx.model.numericUses.filter((u) => u.target && u.target.line === line && u.target.start === token.start).length;
      return `**${token.text}:** — numeric local label; refer to it as \`${token.text}b\` (backward) or \`${token.text}f\` (forward). ${refs} reference${refs === 1 ? '' : 's'} resolve here.`;
    }
    case 'numericLabelReference': {
      const use = ctx.model.numericUses.find((u) => u.line === line && u.start === token.start);
      if (!use?.target) return `**${token.text}** — no numeric label \`${token.text.slice(0, -1)}:\` ${token.text.endsWith('f') ? 'after' : 'before'} this point`;
      return definitionMarkdown(ctx, token.text, use.target, `${use.direction === 'f' ? 'next' : 'previous'} numeric local label ${use.label}:`);
    }
    case 'relocation': {
      const name = token.text.slice(1, -1).toLowerCase();
      const info = relocationOperators.find((r) => r.name === name);
      return info ? `**:${info.name}:** — relocation operator: ${info.meaning}` : `**${token.text}** — relocation operator`;
    }
    case 'number':
      return numberMarkdown(token.text);
    case 'macroParameter':
      return `**${token.text}** — macro parameter, replaced by the argument when the macro expands`;
    default:
      return undefined;
  }
}

/** Decimal, hex and binary forms of an integer literal; for a 64-bit pointer-sized value, its MTE logical tag. */
export function numberMarkdown(text: string): string | undefined {
  if (!/^(?:0[xX][0-9a-fA-F]+|0[bB][01]+|[0-9]+)$/.test(text)) return undefined;
  let value: bigint;
  try {
    value = BigInt(text.replace(/^0[bB]/, '0b').replace(/^0[xX]/, '0x'));
  } catch {
    return undefined;
  }
  if (value < 10n) return undefined;
  const lines = [`**${text}** = ${value.toString(10)} = 0x${value.toString(16)}${value < 1n << 32n ? ` = 0b${value.toString(2)}` : ''}`];
  if (value >= 1n << 56n && value < 1n << 64n) {
    lines.push(`As a pointer: logical tag ${(value >> 56n) & 0xfn} (bits 59:56), address 0x${(value & ((1n << 56n) - 1n)).toString(16)}.`);
  }
  return lines.join('\n\n');
}

export function doHover(ctx: FeatureContext, position: Position): Hover | null {
  const found = tokenAt(ctx.model, position.line, position.character);
  if (!found) return null;
  const { token, statement } = found;
  const value = hoverFor(ctx, token, position.line, statement?.op, statement?.operands ?? []);
  if (!value) return null;
  return { contents: { kind: MarkupKind.Markdown, value }, range: lineRange(position.line, token.start, token.end) };
}
