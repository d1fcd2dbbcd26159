// Memory tagging loads and stores (FEAT_MTE2): STG, STZG, ST2G, STZ2G (post-index, pre-index, signed offset),
// LDG, STGP, and the EL1-only bulk forms LDGM, STGM, STZGM. The tag arithmetic instructions (IRG, GMI, ADDG,
// SUBG, SUBP, SUBPS/CMPP) live in the data processing groups, where the Arm ARM encodes them.

import { gpr } from '../operands.js';
import { builders, type Operand } from '../table.js';
import { memBase, memOffset, memPreIndex, postIndexOffset, type OffsetOptions } from './loadStoreOperands.js';

const { form } = builders('memoryTagging');

const XtSp = gpr('Rt', 'x', { sp: true });
const Xt = gpr('Rt', 'x');
const Xt2 = gpr('Rt2', 'x');

/** The 9-bit signed offset of the tag stores, in units of the 16-byte tag granule. */
const imm9: OffsetOptions = { field: 'imm9', bits: 9, signed: true, scale: 4 };
/** The 7-bit signed offset of STGP, in units of 16 bytes. */
const simm7: OffsetOptions = { field: 'simm7', bits: 7, signed: true, scale: 4 };

/** LDG has only the offset form: GNU rejects '[Xn, #imm]!' with a writeback message. */
function noWriteback(inner: Operand): Operand {
  return {
    ...inner,
    parse(text, f, ctx) {
      if (/\]\s*!\s*$/.test(text)) return `unexpected address writeback at operand ${ctx.operandNumber}`;
      return inner.parse(text, f, ctx);
    },
  };
}

/** LDG has no post-index form either: a trailing '#imm' is GNU's writeback error, never printed. */
const noPostIndex: Operand = {
  syntax: '',
  optional: true,
  modifiesPrevious: true,
  format: () => undefined,
  parse: (_text, _f, ctx) => `unexpected address writeback at operand ${ctx.operandNumber}`,
};

const granuleNote = 'The address must be 16-byte aligned (a misaligned address raises an alignment fault). The store is not tag checked.';

interface TagStore {
  readonly name: 'STG' | 'STZG' | 'ST2G' | 'STZ2G';
  readonly opc: string;
  readonly summary: string;
  readonly operation: string;
}

const tagStores: readonly TagStore[] = [
  {
    name: 'STG', opc: '00', summary: 'Store allocation tag: sets the tag of the 16-byte granule at the address to the logical tag of Xt|SP.',
    operation: `Writes the allocation tag of one 16-byte granule: the granule at the address from Xn|SP (plus the offset) gets the tag held in bits 59:56 of Xt|SP. Data bytes are unchanged. ${granuleNote}`,
  },
  {
    name: 'STZG', opc: '01', summary: 'Store allocation tag and zero: sets the tag of one 16-byte granule and zeroes its 16 data bytes.',
    operation: `Writes the allocation tag of the 16-byte granule at the address from Xn|SP (plus the offset) to bits 59:56 of Xt|SP and zeroes the granule's data. ${granuleNote}`,
  },
  {
    name: 'ST2G', opc: '10', summary: 'Store allocation tags of two granules: tags 32 bytes with the logical tag of Xt|SP.',
    operation: `Writes the same allocation tag (bits 59:56 of Xt|SP) to the two consecutive 16-byte granules at the address from Xn|SP (plus the offset). Data bytes are unchanged. ${granuleNote}`,
  },
  {
    name: 'STZ2G', opc: '11', summary: 'Store allocation tags of two granules and zero them: tags and zeroes 32 bytes.',
    operation: `Writes the allocation tag in bits 59:56 of Xt|SP to the two consecutive 16-byte granules at the address from Xn|SP (plus the offset) and zeroes their 32 data bytes. ${granuleNote}`,
  },
];

const modes = [
  { suffix: 'post', op2: '01', operands: (): Operand[] => [memBase(false), postIndexOffset(imm9)], how: 'post-index: Xn|SP += offset after the store' },
  { suffix: 'off', op2: '10', operands: (): Operand[] => [memOffset(imm9)], how: 'signed offset' },
  { suffix: 'pre', op2: '11', operands: (): Operand[] => [memPreIndex(imm9)], how: 'pre-index: Xn|SP += offset before the store' },
] as const;

type TagStoreId = `${TagStore['name']}_${(typeof modes)[number]['suffix']}`;

const stgpModes = [
  { suffix: 'post', bits: '001', operands: (): Operand[] => [memBase(false), postIndexOffset(simm7)], how: 'post-index' },
  { suffix: 'off', bits: '010', operands: (): Operand[] => [memOffset(simm7)], how: 'signed offset' },
  { suffix: 'pre', bits: '011', operands: (): Operand[] => [memPreIndex(simm7)], how: 'pre-index' },
] as const;

type StgpId = `STGP_${(typeof stgpModes)[number]['suffix']}`;

export const memoryTaggingForms = [
  ...tagStores.flatMap((s) => modes.map((m) => form({
    id: `${s.name}_${m.suffix}` as TagStoreId, mnemonic: s.name.toLowerCase(), feature: 'mte',
    encoding: `11011001 ${s.opc} 1 imm9:9 ${m.op2} Rn:5 Rt:5`, operands: [XtSp, ...m.operands()],
    summary: `${s.summary} (${m.how})`, operation: s.operation,
  }))),
  form({
    id: 'LDG', mnemonic: 'ldg', feature: 'mte', encoding: '11011001 01 1 imm9:9 00 Rn:5 Rt:5', operands: [Xt, noWriteback(memOffset(imm9)), noPostIndex],
    summary: 'Load allocation tag: inserts the tag of the granule at the address into bits 59:56 of Xt.',
    operation: 'Reads the allocation tag of the 16-byte granule containing the address from Xn|SP (plus the offset, which is a multiple of 16) and writes it to bits 59:56 of Xt; the other bits of Xt are unchanged. The load is not tag checked and needs no alignment.',
  }),
  ...stgpModes.map((m) => form({
    id: `STGP_${m.suffix}` as StgpId, mnemonic: 'stgp', feature: 'mte', encoding: `011010 ${m.bits} 0 simm7:7 Rt2:5 Rn:5 Rt:5`,
    operands: [Xt, Xt2, ...m.operands()],
    summary: `Store allocation tag and pair of registers: stores Xt, Xt2 to a 16-byte granule and sets its tag from the address (${m.how}).`,
    operation: `Stores the 16 bytes Xt and Xt2 to the granule at the address from Xn|SP (plus the offset, a multiple of 16) and sets the granule's allocation tag to the logical tag in bits 59:56 of that address (of Xn|SP). ${granuleNote}`,
  })),
  form({
    id: 'STZGM', mnemonic: 'stzgm', feature: 'mte', encoding: '11011001 00 1 000000000 00 Rn:5 Rt:5', operands: [Xt, memBase(true)],
    summary: 'Store tag and zero multiple (EL1 and above; UNDEFINED at EL0): tags and zeroes a GMID_EL1.BS-sized block.',
    operation: 'Writes the tag in bits 3:0 of Xt to every granule of the naturally aligned block (size from DCZID_EL0) containing the address in Xn|SP and zeroes the block. Not available at EL0.',
  }),
  form({
    id: 'STGM', mnemonic: 'stgm', feature: 'mte', encoding: '11011001 10 1 000000000 00 Rn:5 Rt:5', operands: [Xt, memBase(true)],
    summary: 'Store tag multiple (EL1 and above; UNDEFINED at EL0): writes 16 granule tags from Xt.',
    operation: 'Writes the allocation tags of the GMID_EL1.BS-sized block containing the address in Xn|SP from the 4-bit fields of Xt. Not available at EL0.',
  }),
  form({
    id: 'LDGM', mnemonic: 'ldgm', feature: 'mte', encoding: '11011001 11 1 000000000 00 Rn:5 Rt:5', operands: [Xt, memBase(true)],
    summary: 'Load tag multiple (EL1 and above; UNDEFINED at EL0): reads 16 granule tags into Xt.',
    operation: 'Reads the allocation tags of the GMID_EL1.BS-sized block containing the address in Xn|SP into the 4-bit fields of Xt. Not available at EL0.',
  }),
];

export const memoryTaggingAliases: never[] = [];
