// Evaluation contexts of the second pass: the symbol/`.` scope of one expression, and the ExpressionResolver
// the ISA layer calls for an instruction's operands (which also records the symbol references it sees).
import type { OperandValue } from '../isa/api.js';
import type { Assembler } from './assembler.js';
import { parseExpression, type EvalContext, type Value } from './expression.js';
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
  private readonly recorded = new Set<number>();

  constructor(private readonly asm: Assembler, private readonly item: InstructionItem) {}

  evaluate(text: string): OperandValue | { kind: 'error'; message: string } {
    const item = this.item;
    const node = parseExpression(text);
    if ('error' in node) return { kind: 'error', message: node.error };
    if (!item.expanded && node.type !== 'num') {
      let at = item.operands.indexOf(text);
      while (at >= 0 && this.recorded.has(at)) at = item.operands.indexOf(text, at + 1);
      if (at >= 0) {
        this.recorded.add(at);
        this.asm.recordReferencesAt(node, item.loc, item.operandColumn + at);
      }
    }
    const v = this.asm.evaluateNode(node, item.seq, item.section, item.offset, true);
    if ('error' in v) return { kind: 'error', message: v.error };
    if (v.kind === 'abs') return { kind: 'constant', value: v.value };
    if (v.pcrel) return { kind: 'error', message: 'invalid expression' };
    return { kind: 'symbol', symbol: v.symbol, addend: v.addend };
  }
}

