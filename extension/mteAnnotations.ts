// What the editor shows about MTE while a session is stopped, computed without vscode (Node tests cover it):
// which source lines access memory through a pointer whose logical tag differs from the allocation tag of its
// target granule (flagged before the access faults), and what an MTE instruction will do with the current
// registers (the tag IRG picks, the granule STG tags, the pointer ADDG makes). Instructions arrive as GNU objdump
// text from the adapter's disassemble request; tag arithmetic reuses the emulator's own (emulator/machine/mteTags).

import { chooseNonExcludedTag, irgTag, isTagCheckedAccess } from '../emulator/machine/mteTags.js';
import { logicalTagOf, untagged } from './mteViewData.js';

const MASK64 = 0xffff_ffff_ffff_ffffn;

export interface MemoryOperand {
  readonly base: string;
  /** Immediate offset applied before the access (offset and pre-index forms). */
  readonly offset: bigint;
  readonly index?: { readonly register: string; readonly extend: string | undefined; readonly shift: number };
  readonly writeback: 'none' | 'pre' | 'post';
}

/** Splits 'str\tx1, [x19, #128]' into mnemonic and operand list (commas inside brackets kept). */
export function splitInstruction(text: string): { mnemonic: string; operands: string[] } {
  const [mnemonic = '', rest = ''] = text.replace(/\s*\/\/.*$/, '').trim().split(/\s+(.*)/s);
  const operands: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of rest) {
    if (c === '[' || c === '{') depth++;
    if (c === ']' || c === '}') depth--;
    if (c === ',' && depth === 0) { operands.push(current.trim()); current = ''; continue; }
    current += c;
  }
  if (current.trim()) operands.push(current.trim());
  return { mnemonic: mnemonic.toLowerCase(), operands };
}

function immediate(text: string | undefined): bigint | undefined {
  if (text === undefined) return undefined;
  const m = /^#?(-?)(0x[0-9a-f]+|\d+)$/i.exec(text.trim());
  return m ? (m[1] ? -BigInt(m[2]!) : BigInt(m[2]!)) : undefined;
}

/** The memory operand of a load/store in GNU syntax, or undefined when the instruction has none. */
export function memoryOperand(text: string): MemoryOperand | undefined {
  const { operands } = splitInstruction(text);
  const at = operands.findIndex((o) => o.startsWith('['));
  if (at < 0) return undefined;
  const m = /^\[([^\]]+)\](!?)$/.exec(operands[at]!);
  if (!m) return undefined;
  const parts = m[1]!.split(',').map((p) => p.trim());
  const base = parts[0]!.toLowerCase();
  let offset = 0n;
  let index: MemoryOperand['index'];
  if (parts[1] !== undefined) {
    const imm = immediate(parts[1]);
    if (imm !== undefined) offset = imm;
    else {
      const ext = /^(lsl|uxtw|sxtw|sxtx|uxtx)(?:\s+#(\d+))?$/i.exec(parts[2] ?? '');
      index = { register: parts[1].toLowerCase(), extend: ext?.[1]?.toLowerCase(), shift: ext?.[2] ? Number(ext[2]) : 0 };
    }
  }
  if (m[2] === '!') return { base, offset, writeback: 'pre', ...(index ? { index } : {}) };
  if (operands[at + 1] !== undefined && immediate(operands[at + 1]) !== undefined) return { base, offset: 0n, writeback: 'post' };
  return { base, offset, writeback: 'none', ...(index ? { index } : {}) };
}

export type RegisterReader = (name: string) => bigint | undefined;

/** Value of an X or W register operand as the instruction reads it. */
function operandValue(name: string, read: RegisterReader): bigint | undefined {
  const n = name.toLowerCase();
  if (n === 'xzr' || n === 'wzr') return 0n;
  if (/^w\d+$/.test(n)) { const v = read(`x${n.slice(1)}`); return v === undefined ? undefined : v & 0xffff_ffffn; }
  return read(n === 'wsp' ? 'sp' : n);
}

/** The virtual address (tag bits included) the access will use, from the current register values. */
export function accessAddress(op: MemoryOperand, read: RegisterReader): bigint | undefined {
  const base = operandValue(op.base, read);
  if (base === undefined) return undefined;
  let address = base + op.offset;
  if (op.index) {
    let index = operandValue(op.index.register, read);
    if (index === undefined) return undefined;
    if (op.index.extend === 'sxtw') index = BigInt.asIntN(32, index & 0xffff_ffffn);
    else if (op.index.extend === 'uxtw') index &= 0xffff_ffffn;
    address += index << BigInt(op.index.shift);
  }
  return address & MASK64;
}

/** MTE tag instructions: their memory operand is not tag-checked (they read or write tags themselves). */
const TAG_INSTRUCTIONS = new Set(['stg', 'stzg', 'st2g', 'stz2g', 'stgp', 'ldg', 'ldgm', 'stgm', 'stzgm']);
/** Instructions with a memory operand that make no data access. */
const NO_ACCESS = new Set(['prfm', 'prfum']);

/**
 * Whether the access will be tag-checked, by the executor's own rule (isTagCheckedAccess); tag instructions and
 * prefetches make no checked access.
 */
export function isCheckedAccess(text: string): boolean {
  const { mnemonic } = splitInstruction(text);
  const op = memoryOperand(text);
  if (!op || TAG_INSTRUCTIONS.has(mnemonic) || NO_ACCESS.has(mnemonic)) return false;
  return isTagCheckedAccess(op.base === 'sp' || op.base === 'wsp', op.writeback !== 'none', op.index !== undefined);
}

export interface LineFlag {
  readonly register: string;
  readonly address: bigint;
  readonly logicalTag: number;
  readonly allocationTag: number;
}

/**
 * The mismatch an instruction would hit now: its access address (from current registers), its logical tag, and
 * the allocation tag of the target granule (`allocationTagAt` gives null for untagged memory, which is never checked).
 */
export function predictMismatch(text: string, read: RegisterReader, allocationTagAt: (untaggedAddress: bigint) => number | null | undefined): LineFlag | undefined {
  if (!isCheckedAccess(text)) return undefined;
  const op = memoryOperand(text)!;
  const address = accessAddress(op, read);
  if (address === undefined) return undefined;
  const allocationTag = allocationTagAt(untagged(address) & ~0xfn);
  if (allocationTag === null || allocationTag === undefined) return undefined;
  const logicalTag = logicalTagOf(address);
  return logicalTag === allocationTag ? undefined : { register: op.base, address, logicalTag, allocationTag };
}

export interface MteState {
  /** IRG/ADDG/SUBG include mask (bits 0-15). */
  readonly includeMask: number;
  /** Full RGSR_EL1 (TAG in 3:0, SEED in 23:8), when the adapter reports it. */
  readonly rgsr?: number;
}

const hex = (v: bigint | number) => `0x${v.toString(16)}`;
/** Pointers with all 16 digits, so the tag nibble (bits 59:56) is always the third digit. */
const pointer = (v: bigint) => `0x${v.toString(16).padStart(16, '0')}`;
const tagList = (mask: number) => Array.from({ length: 16 }, (_, i) => i).filter((i) => (mask >> i) & 1).map((i) => i.toString(16)).join(' ') || 'none';

/**
 * What an MTE instruction will do with the current registers, in a sentence or two; undefined for other
 * instructions. `allocationTagAt` answers LDG's question (the tag in memory).
 */
export function explainMteInstruction(text: string, read: RegisterReader, state: MteState, allocationTagAt: (untaggedAddress: bigint) => number | null | undefined): string | undefined {
  const { mnemonic, operands } = splitInstruction(text);
  const reg = (i: number) => (operands[i] ? operandValue(operands[i]!, read) : undefined);
  const withTag = (pointer: bigint, tag: number) => (pointer & ~(0xfn << 56n)) | (BigInt(tag) << 56n);
  const exclude = (~state.includeMask) & 0xffff;
  switch (mnemonic) {
    case 'irg': {
      const source = reg(1);
      if (source === undefined) return undefined;
      const extraExclude = operands[2] ? Number((reg(2) ?? 0n) & 0xffffn) : 0;
      const allowed = (~(exclude | extraExclude)) & 0xffff;
      let next = '';
      if (state.rgsr !== undefined) {
        const t = irgTag(state.rgsr, exclude | extraExclude).tag;
        next = ` With the current RGSR_EL1 (${hex(state.rgsr)}) it will pick tag ${hex(t)}: ${operands[0]} = ${pointer(withTag(source, t))}.`;
      }
      return `IRG inserts a random allocation tag into ${operands[1]} (${pointer(source)}), choosing among the included tags {${tagList(allowed)}}.${next}`;
    }
    case 'addg': case 'subg': {
      const source = reg(1);
      const offset = immediate(operands[2]);
      const tagOffset = immediate(operands[3]);
      if (source === undefined || offset === undefined || tagOffset === undefined) return undefined;
      const tag = chooseNonExcludedTag(logicalTagOf(source), Number(tagOffset), exclude);
      // Arm ARM: the sum (or difference) with bits 59:56 replaced by the chosen tag.
      const result = withTag((mnemonic === 'addg' ? source + offset : source - offset) & MASK64, tag);
      return `${mnemonic.toUpperCase()} makes ${operands[0]} = ${pointer(result)}: address ${hex(untagged(source))} ${mnemonic === 'addg' ? '+' : '-'} ${offset}, logical tag ${hex(logicalTagOf(source))} advanced by ${tagOffset} over the included tags → ${hex(tag)}.`;
    }
    case 'stg': case 'stzg': case 'st2g': case 'stz2g': case 'stgp': {
      const op = memoryOperand(text);
      const source = reg(0);
      if (!op || source === undefined) return undefined;
      const address = accessAddress(op, read);
      if (address === undefined) return undefined;
      const granules = mnemonic === 'st2g' || mnemonic === 'stz2g' ? 2 : 1;
      const start = untagged(address);
      const zero = mnemonic.startsWith('stz') ? ' and zeroes their data' : mnemonic === 'stgp' ? ` and stores ${operands[0]}, ${operands[1]} as data` : '';
      const wb = op.writeback === 'none' ? '' : ` ${op.base} is then updated (${op.writeback}-index).`;
      return `${mnemonic.toUpperCase()} sets the allocation tag of ${granules === 1 ? 'granule' : 'granules'} [${hex(start)}, ${hex(start + BigInt(16 * granules))}) to ${hex(logicalTagOf(source))} (the logical tag of ${operands[0]})${zero}.${wb}`;
    }
    case 'ldg': {
      const op = memoryOperand(text);
      if (!op) return undefined;
      const address = accessAddress(op, read);
      if (address === undefined) return undefined;
      const tag = allocationTagAt(untagged(address) & ~0xfn);
      return `LDG reads the allocation tag of granule ${hex(untagged(address) & ~0xfn)}${tag === null ? ' (untagged memory: it reads 0)' : tag === undefined ? '' : ` (${hex(tag)})`} into bits 59:56 of ${operands[0]}.`;
    }
    case 'gmi': {
      const pointer = reg(1);
      const mask = reg(2);
      if (pointer === undefined || mask === undefined) return undefined;
      const result = (mask | (1n << BigInt(logicalTagOf(pointer)))) & MASK64;
      return `GMI adds the logical tag of ${operands[1]} (${hex(logicalTagOf(pointer))}) to the exclusion mask: ${operands[0]} = ${hex(result)}.`;
    }
    case 'subp': case 'subps': case 'cmpp': {
      const a = reg(mnemonic === 'cmpp' ? 0 : 1);
      const b = reg(mnemonic === 'cmpp' ? 1 : 2);
      if (a === undefined || b === undefined) return undefined;
      const d = BigInt.asIntN(56, (a & 0x00ff_ffff_ffff_ffffn) - (b & 0x00ff_ffff_ffff_ffffn));
      return `${mnemonic.toUpperCase()} compares the 56-bit addresses, ignoring tags: ${hex(untagged(a))} - ${hex(untagged(b))} = ${d}.`;
    }
    default: return undefined;
  }
}
