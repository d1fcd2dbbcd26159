// Semantic tokens: what the TextMate grammar cannot know — which names are labels defined in this file, which
// mnemonics are macro invocations, which are MTE instructions (modifier 'mte'), which words are system
// registers. Custom types (register, mnemonic, directive, systemRegister) need the client's
// semanticTokenTypes contribution; their super types are given in the legend's documentation below.
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { FeatureContext } from './context.js';
import type { Token } from './lexer.js';

/**
 * Token types. Standard: label, macro, parameter, variable. Custom (declare in package.json
 * contributes.semanticTokenTypes): register (superType variable), mnemonic (superType keyword),
 * directive (superType keyword), systemRegister (superType variable).
 */
export const tokenTypes = ['label', 'register', 'mnemonic', 'directive', 'macro', 'parameter', 'variable', 'systemRegister'] as const;
/** Modifiers: declaration, readonly (constants), mte (custom: MTE instructions), defaultLibrary. */
export const tokenModifiers = ['declaration', 'readonly', 'mte', 'defaultLibrary'] as const;

export const semanticTokensLegend: SemanticTokensLegend = { tokenTypes: [...tokenTypes], tokenModifiers: [...tokenModifiers] };

type TokenType = (typeof tokenTypes)[number];
type TokenModifier = (typeof tokenModifiers)[number];

const typeIndex = new Map<TokenType, number>(tokenTypes.map((t, i) => [t, i]));
const modifierBit = new Map<TokenModifier, number>(tokenModifiers.map((m, i) => [m, 1 << i]));

export interface DecodedSemanticToken {
  readonly line: number;
  readonly start: number;
  readonly length: number;
  readonly type: TokenType;
  readonly modifiers: readonly TokenModifier[];
}

function emit(out: DecodedSemanticToken[], line: number, t: Token, type: TokenType, ...modifiers: TokenModifier[]): void {
  out.push({ line, start: t.start, length: t.end - t.start, type, modifiers });
}

/** Computes the semantic tokens of the document in a readable form (encoded by `encodeSemanticTokens`). */
export function computeSemanticTokens(ctx: FeatureContext, firstLine = 0, lastLine = Number.MAX_SAFE_INTEGER): DecodedSemanticToken[] {
  const out: DecodedSemanticToken[] = [];
  const model = ctx.model;
  const mnemonicCache = new Map<string, 'mte' | 'plain' | 'unknown'>();
  const end = Math.min(lastLine, model.lines.length - 1);
  for (let line = Math.max(0, firstLine); line <= end; line++) {
    for (const t of model.lines[line]!.lexed.tokens) {
      switch (t.kind) {
        case 'labelDefinition':
        case 'numericLabelDefinition':
          emit(out, line, t, 'label', 'declaration');
          break;
        case 'numericLabelReference':
          emit(out, line, t, 'label');
          break;
        case 'assignment':
          emit(out, line, t, 'variable', 'declaration', 'readonly');
          break;
        case 'register':
          emit(out, line, t, 'register');
          break;
        case 'directive':
          emit(out, line, t, 'directive');
          break;
        case 'macroParameter':
          emit(out, line, t, 'parameter');
          break;
        case 'mnemonic': {
          if (model.macros.has(t.text)) { emit(out, line, t, 'macro'); break; }
          let kind = mnemonicCache.get(t.text);
          if (!kind) {
            const entry = ctx.catalog.lookup(t.text);
            kind = entry ? (entry.mte ? 'mte' : 'plain') : 'unknown';
            mnemonicCache.set(t.text, kind);
          }
          if (kind === 'mte') emit(out, line, t, 'mnemonic', 'mte', 'defaultLibrary');
          else if (kind === 'plain') emit(out, line, t, 'mnemonic', 'defaultLibrary');
          break;
        }
        case 'symbol': {
          const defs = model.definitions.get(t.text);
          if (defs?.length) {
            const kind = defs[0]!.kind;
            if (kind === 'macro') emit(out, line, t, 'macro');
            else if (kind === 'constant') emit(out, line, t, 'variable', 'readonly');
            else emit(out, line, t, 'label');
          } else if (ctx.externalDefinitions?.has(t.text)) {
            emit(out, line, t, 'label');
          } else if (ctx.catalog.systemRegister(t.text)) {
            emit(out, line, t, 'systemRegister', 'defaultLibrary');
          }
          break;
        }
        default:
          break;
      }
    }
  }
  return out;
}

/** Encodes decoded tokens in the LSP relative format. */
export function encodeSemanticTokens(tokens: readonly DecodedSemanticToken[]): SemanticTokens {
  const data: number[] = [];
  let previousLine = 0;
  let previousStart = 0;
  for (const t of tokens) {
    const deltaLine = t.line - previousLine;
    const deltaStart = deltaLine === 0 ? t.start - previousStart : t.start;
    let bits = 0;
    for (const m of t.modifiers) bits |= modifierBit.get(m)!;
    data.push(deltaLine, deltaStart, t.length, typeIndex.get(t.type)!, bits);
    previousLine = t.line;
    previousStart = t.start;
  }
  return { data };
}
