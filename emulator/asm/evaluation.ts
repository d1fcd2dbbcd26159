// Evaluation contexts of the second pass: the symbol/`.` scope of one expression, and the ExpressionResolver
// the ISA layer calls for an instruction's operands (which also records the symbol references it sees).
import type { OperandValue } from '../isa/api.js';
import type { Assembler } from './assembler.js';
import { evaluate, parseExpression, type EvalContext, type ExprNode, type Value } from './expression.js';
import type { InstructionItem, SectionState } from './state.js';

/** The symbol and `.` context of one expression evaluation. */
export class EvaluationScope implements EvalContext {
  readonly pcrelSection?: string;
  readonly pcrelPlace?: bigint;

  constructor(private readonly asm: Assembler, private readonly seq: number, private readonly section: SectionState,
    private readonly offset: number, private readonly final: boolean, pcrel: boolean) {
    if (pcrel) {
      this.pcrelSection = section.name;
      this.pcrelPlace = BigInt(offset);
    }
  }

  symbol(name: string): Value | { error: string } {
    return this.asm.lookup(name, this.seq, this.final);
  }

  dot(): Value {
    return { kind: 'rel', section: this.section.name, symbol: this.section.name, symbolOffset: 0n, addend: BigInt(this.offset) };
  }
}

/** Evaluates an instruction's operand expressions for the ISA layer and records the symbols they use. */
export class InstructionResolver {
  /** Operand-text positions whose references are recorded (the ISA layer may evaluate a text several times). */
  private recorded: Set<number> | undefined;

  constructor(private readonly asm: Assembler, private readonly item: InstructionItem) {}

  evaluate(text: string): OperandValue | { kind: 'error'; message: string } {
    const item = this.item;
    const node = parseExpression(text);
    if ('error' in node) return { kind: 'error', message: node.error };
    if (!item.expanded && node.type !== 'num') {
      const at = claimOccurrence(item.operands, text, this.recorded ??= new Set<number>());
      if (at >= 0) this.asm.recordReferencesAt(node, item, item.operandColumn + at);
    }
    const v = this.asm.evaluateNode(node, item.seq, item.section, item.offset, true);
    if ('error' in v) return { kind: 'error', message: v.error };
    if (v.kind === 'abs') return { kind: 'constant', value: v.value };
    if (v.pcrel) return { kind: 'error', message: 'invalid expression' };
    return { kind: 'symbol', symbol: v.symbol, addend: v.addend };
  }
}


/** True when an expression has no symbol and no `.`: its value is the same in either pass. */
function isConstantTree(node: ExprNode): boolean {
  switch (node.type) {
    case 'num': return true;
    case 'unary': return isConstantTree(node.arg);
    case 'binary': return isConstantTree(node.left) && isConstantTree(node.right);
    default: return false;
  }
}

/** The start of a name: a letter, `_`, `.` or `$` not inside a number (`0x1f` and `1f` do not match). */
const namePattern = /(?:^|[^0-9A-Za-z_.$])[A-Za-z_.$]/;

const noSymbols: EvalContext = {
  symbol: () => ({ error: 'non-constant expression' }),
  dot: () => ({ kind: 'abs', value: 0n }),
};

/**
 * The resolver of an attempt to encode an instruction already in pass 1. It answers expressions made of numbers
 * and, when the assembler names its place (`place`), expressions of symbols as they are known so far: a label
 * defined above answers as that symbol, and the assembler keeps the encoding only if it can resolve the fixup
 * itself (see Assembler.encodeEarly). Anything else (a symbol not yet defined, a syntax error) sets `deferred`,
 * and the instruction is encoded in pass 2 as usual, so the result never differs from encoding every
 * instruction in pass 2.
 */
export class ConstantResolver {
  deferred = false;
  /** An answer came from a symbol or `.`: the encoding depends on the place and may not be remembered. */
  usedSymbols = false;
  /** How many answers were a symbol (each becomes the fixup of an encoding that keeps it). */
  symbolAnswers = 0;
  /** Where the instruction is, for symbol answers; undefined: numbers only. */
  place: { asm: Assembler; seq: number; section: SectionState; offset: number } | undefined;
  /** Symbol expressions answered (node and operand text), recorded as references only if the attempt is kept. */
  readonly answeredNodes: ExprNode[] = [];
  readonly answeredTexts: string[] = [];

  /** Starts an attempt. */
  reset(place: ConstantResolver['place']): void {
    this.deferred = false;
    this.usedSymbols = false;
    this.symbolAnswers = 0;
    this.place = place;
    // (Truncating an array is a runtime call even when it is empty: most attempts answer no symbol.)
    if (this.answeredNodes.length > 0) {
      this.answeredNodes.length = 0;
      this.answeredTexts.length = 0;
    }
  }

  evaluate(text: string): OperandValue | { kind: 'error'; message: string } {
    // A name (a symbol or `.`) anywhere in the text: without a place it defers without parsing.
    if (namePattern.test(text)) {
      if (this.place !== undefined) return this.evaluateSymbols(text, this.place);
      return this.defer();
    }
    const node = parseExpression(text);
    if ('error' in node || !isConstantTree(node)) return this.defer();
    const v = evaluate(node, noSymbols);
    if ('error' in v || v.kind !== 'abs') return this.defer();
    return { kind: 'constant', value: v.value };
  }

  /** As InstructionResolver answers in pass 2, from the symbols defined so far (pass-1 lookups). */
  private evaluateSymbols(text: string, place: NonNullable<ConstantResolver['place']>): OperandValue | { kind: 'error'; message: string } {
    const node = parseExpression(text);
    if ('error' in node) return this.defer();
    const v = place.asm.evaluateNode(node, place.seq, place.section, place.offset, false);
    if ('error' in v || (v.kind === 'rel' && v.pcrel)) return this.defer();
    this.usedSymbols = true;
    if (node.type !== 'num') {
      this.answeredNodes.push(node);
      this.answeredTexts.push(text);
    }
    if (v.kind === 'abs') return { kind: 'constant', value: v.value };
    this.symbolAnswers++;
    return { kind: 'symbol', symbol: v.symbol, addend: v.addend };
  }

  private defer(): { kind: 'error'; message: string } {
    this.deferred = true;
    return deferredAnswer;
  }
}

const deferredAnswer = { kind: 'error', message: 'deferred to pass 2' } as const;

/**
 * The references of a kept pass-1 attempt, where InstructionResolver would record them in pass 2: each
 * occurrence of an answered text in the operands once (the ISA layer may evaluate a text several times).
 */
export function recordAnsweredReferences(asm: Assembler, resolver: ConstantResolver, operands: string, operandColumn: number): void {
  const n = resolver.answeredNodes.length;
  if (n === 1) {
    // The common case (`b label`): one answer, its first occurrence.
    const at = operands.indexOf(resolver.answeredTexts[0]!);
    if (at >= 0) asm.recordReferences(resolver.answeredNodes[0]!, operandColumn + at);
    return;
  }
  const recorded = new Set<number>();
  for (let i = 0; i < n; i++) {
    const at = claimOccurrence(operands, resolver.answeredTexts[i]!, recorded);
    if (at >= 0) asm.recordReferences(resolver.answeredNodes[i]!, operandColumn + at);
  }
}

/**
 * The first place of `text` in the operand text not in `claimed`, now claimed; -1 when there is none (an operand
 * text evaluated several times has its references recorded once per occurrence).
 */
function claimOccurrence(operands: string, text: string, claimed: Set<number>): number {
  let at = operands.indexOf(text);
  while (at >= 0 && claimed.has(at)) at = operands.indexOf(text, at + 1);
  if (at >= 0) claimed.add(at);
  return at;
}
