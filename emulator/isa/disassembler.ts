// The disassembler: objdump -d text for one word, formatted by the operand kinds of the decoded form (or of the
// alias objdump prefers). Undefined words print as objdump does: `.inst\t0x........ ; undefined`.

import type { Disassembly, Symbolizer } from './api.js';
import { decode, preferredAlias } from './decoder.js';
import type { FormatContext } from './table.js';

/** Two hex digits per byte value: formatting undefined words is hot when disassembling data or random words. */
const HEX_BYTE = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

function hex8(word: number): string {
  return HEX_BYTE[(word >>> 24) & 0xff]! + HEX_BYTE[(word >>> 16) & 0xff]! + HEX_BYTE[(word >>> 8) & 0xff]! + HEX_BYTE[word & 0xff]!;
}

export function disassemble(word: number, address: bigint, symbolize?: Symbolizer): Disassembly {
  word >>>= 0;
  const d = decode(word);
  if (!d) {
    const operands = `0x${hex8(word)}`;
    // objdump marks the reserved block 0x0020_0000-0x003f_ffff "not yet implemented" rather than undefined.
    const why = word >>> 21 === 1 ? 'NYI' : 'undefined';
    return { mnemonic: '.inst', operands, text: `.inst\t${operands} ; ${why}` };
  }
  let def = d.form;
  let fields = d.fields as Record<string, number>;
  const a = preferredAlias(def, word);
  if (a) { def = a.def; fields = a.fields; }
  const ctx: FormatContext = { address, symbolize, comment: undefined, commentSeparator: undefined, target: undefined };
  let mnemonic = def.mnemonic;
  let operands = '';
  const ops = def.operands;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    const text = op.format(fields, ctx);
    if (text === undefined) continue;
    if (op.inMnemonic) {
      mnemonic = mnemonic.replace(/<[a-z]+>/, text);
      continue;
    }
    operands = operands === '' ? text : `${operands}, ${text}`;
  }
  let text = operands === '' ? mnemonic : `${mnemonic}\t${operands}`;
  if (ctx.comment !== undefined) text += `${ctx.commentSeparator ?? '\t'}// ${ctx.comment}`;
  const out: { mnemonic: string; operands: string; text: string; comment?: string; target?: bigint } = { mnemonic, operands, text };
  if (ctx.comment !== undefined) out.comment = ctx.comment;
  if (ctx.target !== undefined) out.target = ctx.target;
  return out;
}
