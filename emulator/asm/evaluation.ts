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
      const recorded = this.recorded ?? (this.recorded = new Set<number>());
      let at = item.operands.indexOf(text);
      while (at >= 0 && recorded.has(at)) at = item.operands.indexOf(text, at + 1);
      if (at >= 0) {
        recorded.add(at);
        this.asm.recordReferencesAt(node, item, item.operandColumn + at);
      }
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
 * The resolver of an attempt to encode an instruction already in pass 1: it answers only expressions made of
 * numbers. Anything else (a symbol, `.`, a syntax error) sets `deferred`, and the instruction is encoded in
 * pass 2 as usual, so the result never differs from encoding every instruction in pass 2.
 */
export class ConstantResolver {
  deferred = false;

  evaluate(text: string): OperandValue | { kind: 'error'; message: string } {
    // A name (a symbol or `.`) anywhere in the text defers it without parsing (`b label` is the common case).
    if (namePattern.test(text)) {
      this.deferred = true;
      return { kind: 'error', message: 'deferred to pass 2' };
    }
    const node = parseExpression(text);
    if ('error' in node || !isConstantTree(node)) {
      this.deferred = true;
      return { kind: 'error', message: 'deferred to pass 2' };
    }
    const v = evaluate(node, noSymbols);
    if ('error' in v || v.kind !== 'abs') {
      this.deferred = true;
      return { kind: 'error', message: 'deferred to pass 2' };
    }
    return { kind: 'constant', value: v.value };
  }
}
