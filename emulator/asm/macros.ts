// .macro/.endm definitions and expansion (named parameters, defaults, :req, :vararg, \@, \(), .exitm) and the
// .rept/.irp/.irpc repetition blocks. Bodies are collected as raw lines and re-read after substitution.
import type { SourceLine } from './source.js';
import type { AsmMacro, SourceLocation } from './api.js';
import { splitArguments } from './source.js';
import type { Assembler } from './assembler.js';
import { maxExpandedLines } from './state.js';

export interface MacroParameter {
  readonly name: string;
  readonly defaultValue?: string;
  readonly required: boolean;
  readonly vararg: boolean;
}

export interface MacroDefinition {
  readonly name: string;
  readonly parameters: readonly MacroParameter[];
  readonly body: readonly SourceLine[];
  readonly definedAt: SourceLocation;
}

export interface CollectingBlock {
  readonly kind: 'macro' | 'rept';
  depth: number;
  readonly lines: SourceLine[];
  readonly startLine: SourceLine;
  finish(asm: Assembler): void;
}

export class MacroTable {
  private readonly table = new Map<string, MacroDefinition>();
  private counter = 0;

  get(name: string): MacroDefinition | undefined {
    return this.table.get(name) ?? this.table.get(name.toLowerCase());
  }

  /** The defined macros as the language server sees them. */
  list(): AsmMacro[] {
    return [...this.table.values()].map((m) => ({
      name: m.name,
      parameters: m.parameters.map((p) => p.name + (p.required ? ':req' : p.vararg ? ':vararg' : '') + (p.defaultValue !== undefined ? `=${p.defaultValue}` : '')),
      definedAt: m.definedAt,
    }));
  }

  get size(): number {
    return this.table.size;
  }

  has(name: string): boolean {
    return this.table.has(name);
  }

  remove(name: string): boolean {
    return this.table.delete(name) || this.table.delete(name.toLowerCase());
  }

  /** `.macro name params...`: starts collecting the body. */
  begin(asm: Assembler, header: string, column0: number): void {
    const m = /^([A-Za-z_.$][\w.$]*)\s*,?\s*(.*)$/.exec(header);
    if (!m) {
      asm.error('expected macro name', column0);
      asm.collecting = dropBlock('macro', asm.line);
      return;
    }
    const name = m[1]!;
    const parameters: MacroParameter[] = [];
    const paramText = m[2]!.trim();
    if (paramText !== '') {
      const normalized = paramText.replace(/\s*=\s*/g, '=');
      for (const raw of normalized.includes(',') ? normalized.split(',') : normalized.split(/\s+/)) {
        const p = raw.trim();
        if (p === '') continue;
        const pm = /^([A-Za-z_.$][\w.$]*)(?::(req|vararg))?(?:\s*=\s*(.*))?$/.exec(p);
        if (!pm) { asm.error(`bad macro parameter \`${p}'`, column0); continue; }
        parameters.push({
          name: pm[1]!, required: pm[2] === 'req', vararg: pm[2] === 'vararg',
          ...(pm[3] !== undefined ? { defaultValue: pm[3] } : {}),
        });
      }
    }
    const startLine = asm.line;
    const definedAt = asm.location(column0);
    const lines: SourceLine[] = [];
    asm.collecting = {
      kind: 'macro', depth: 1, lines, startLine,
      finish: (a) => {
        if (this.table.has(name)) {
          a.line = startLine;
          a.error(`Macro \`${name}' was already defined`, column0);
          return;
        }
        this.table.set(name, { name, parameters, body: lines, definedAt });
      },
    };
  }

  expand(asm: Assembler, macro: MacroDefinition, argText: string, column0: number): void {
    const values = new Map<string, string>();
    let pieces = splitArguments(argText, column0).map((p) => p.text);
    if (pieces.length === 1 && macro.parameters.length > 1 && /\s/.test(pieces[0]!) && !/["(]/.test(pieces[0]!)) {
      pieces = pieces[0]!.split(/\s+/);
    }
    let positional = 0;
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      const named = /^([A-Za-z_.$][\w.$]*)\s*=(?!=)\s*(.*)$/.exec(piece);
      if (named && macro.parameters.some((p) => p.name === named[1])) {
        values.set(named[1]!, named[2]!);
        continue;
      }
      const param = macro.parameters[positional];
      if (!param) {
        if (piece !== '') asm.error(`too many positional arguments`, column0);
        break;
      }
      if (param.vararg) {
        values.set(param.name, pieces.slice(i).join(', '));
        positional++;
        break;
      }
      if (piece !== '') values.set(param.name, piece);
      positional++;
    }
    for (const p of macro.parameters) {
      if (values.has(p.name)) continue;
      if (p.required) asm.error(`missing value for required parameter \`${p.name}' of macro \`${macro.name}'`, column0);
      values.set(p.name, p.defaultValue ?? '');
    }
    const count = String(this.counter++);
    const invocation = asm.line;
    const lines = macro.body.map((l) => ({
      text: substitute(l.text, values, count),
      file: invocation.file,
      line: invocation.line,
      expanded: true,
    }));
    asm.pushLines(lines, true);
  }
}

/** Replaces \name, \@ and \() in a body line. */
export function substitute(text: string, values: ReadonlyMap<string, string>, counter: string | undefined): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\(\(\)|@|[A-Za-z_.$][\w.$]*)/g, (whole, name: string) => {
    if (name === '()') return '';
    if (name === '@') return counter ?? whole;
    // gas matches the longest parameter name that is a prefix of the identifier.
    if (values.has(name)) return values.get(name)!;
    for (let n = name.length - 1; n > 0; n--) {
      const prefix = name.slice(0, n);
      if (values.has(prefix)) return values.get(prefix)! + name.slice(n);
    }
    return whole;
  });
}

function dropBlock(kind: 'macro' | 'rept', startLine: SourceLine): CollectingBlock {
  return { kind, depth: 1, lines: [], startLine, finish: () => undefined };
}

/** .rept count / .irp name, values / .irpc name, chars: collects the body, then expands it. */
export function beginRepeat(asm: Assembler, directive: '.rept' | '.irp' | '.irpc', args: string, column0: number): void {
  const startLine = asm.line;
  const lines: SourceLine[] = [];
  let expand: (body: readonly SourceLine[]) => SourceLine[] = () => [];
  if (directive === '.rept') {
    const count = args.trim() === '' ? 0n : asm.absolute(args, column0);
    if (count !== undefined && count < 0n) asm.error('negative count for REPT - ignored', column0);
    const n = count === undefined ? 0 : Number(count < 0n ? 0n : count > 1000000n ? 1000000n : count);
    expand = (body) => {
      const out: SourceLine[] = [];
      if (n * body.length > maxExpandedLines) {
        asm.line = startLine;
        asm.error(`.rept expands to more than ${maxExpandedLines} lines; ignored`, column0);
        return out;
      }
      for (let i = 0; i < n; i++) for (const l of body) out.push(l);
      return out;
    };
  } else {
    const m = /^([A-Za-z_.$][\w.$]*)\s*(?:,\s*(.*))?$/.exec(args.trim());
    if (!m) {
      asm.error('missing model parameter', column0);
    } else {
      const name = m[1]!;
      const rest = m[2] ?? '';
      const items = directive === '.irp'
        ? (rest.trim() === '' ? [''] : (rest.includes(',') ? splitArguments(rest, 0).map((p) => p.text) : rest.trim().split(/\s+/)))
        : (rest.trim() === '' ? [''] : [...rest.trim()]);
      expand = (body) => {
        const out: SourceLine[] = [];
        for (const value of items) {
          const map = new Map([[name, value]]);
          for (const l of body) {
            const text = substitute(l.text, map, undefined);
            out.push(text === l.text ? l : { ...l, text, expanded: true });
          }
        }
        return out;
      };
    }
  }
  asm.collecting = {
    kind: 'rept', depth: 1, lines, startLine,
    finish: (a) => a.pushLines(expand(lines), false),
  };
}
