// Loads and stores of one general register: unsigned offset (LDR x0, [x1, #8]), unscaled (LDUR), pre/post-index,
// register offset with extend/shift, unprivileged (LDTR/STTR), PC-relative literal (LDR/LDRSW/PRFM), the
// pointer-authenticated LDRAA/LDRAB and the RCpc LDAPUR/STLUR family; PRFM/PRFUM take prefetch operation names.
//
// Field conventions for the executor: Rt (transfer register), Rn (base, 31 = SP), Rm/option/S (register offset),
// imm12 (unsigned offset, scaled by the access size), imm9 (signed byte offset), imm19 (literal, words).
// `sz` (bit 30 of LDR/STR W/X forms) is 1 for 64-bit accesses; `opc0` (bit 22 of LDRSB/LDRSH forms) is 1 when
// the destination is a W register. Every other size is fixed by the form id.

import { gpr, label } from '../operands.js';
import { builders, type Fields, type Operand } from '../table.js';
import type { Feature } from '../api.js';
import {
  memBase, memOffset, memPreIndex, memRegOffset, pacOffset, postIndexOffset, prefetchOp, regOffsetValid, sizedGpr,
  type OffsetOptions, type SizeLog2,
} from './loadStoreOperands.js';

const { form, alias } = builders('loadStore');

const Wt = sizedGpr(gpr('Rt', 'w'));
const Xt = sizedGpr(gpr('Rt', 'x'));
/** W or X by bit 30 (`sz`). */
const RtBySz = gpr('Rt', { field: 'sz' });
/** X when opc<0> is 0 (sign-extending loads to 64 bits), W when it is 1. */
const RtBySigned = gpr('Rt', { field: 'opc0', xWhen: 0 });
const bySz: SizeLog2 = (f: Readonly<Fields>) => 2 + f.sz!;

/** One size/opc combination of the single-register family, with its mnemonics in every addressing mode. */
interface SingleKind {
  /** Bits 31:30 (size) as encoding tokens. */
  readonly size: string;
  /** Bits 23:22 (opc) as encoding tokens. */
  readonly opc: string;
  readonly rt: Operand;
  readonly log2: SizeLog2;
  readonly what: string;
}

const kinds = {
  STRB: { size: '00', opc: '00', rt: Wt, log2: 0, what: 'Store byte' },
  LDRB: { size: '00', opc: '01', rt: Wt, log2: 0, what: 'Load byte, zero-extended' },
  LDRSB: { size: '00', opc: '1 opc0:1', rt: RtBySigned, log2: 0, what: 'Load byte, sign-extended' },
  STRH: { size: '01', opc: '00', rt: Wt, log2: 1, what: 'Store halfword' },
  LDRH: { size: '01', opc: '01', rt: Wt, log2: 1, what: 'Load halfword, zero-extended' },
  LDRSH: { size: '01', opc: '1 opc0:1', rt: RtBySigned, log2: 1, what: 'Load halfword, sign-extended' },
  STR: { size: '1 sz:1', opc: '00', rt: RtBySz, log2: bySz, what: 'Store register (word or doubleword)' },
  LDR: { size: '1 sz:1', opc: '01', rt: RtBySz, log2: bySz, what: 'Load register (word or doubleword)' },
  LDRSW: { size: '10', opc: '10', rt: Xt, log2: 2, what: 'Load word, sign-extended to 64 bits' },
  PRFM: { size: '11', opc: '10', rt: prefetchOp(), log2: 3, what: 'Prefetch memory' },
} as const satisfies Record<string, SingleKind>;

const unsignedOffset = (k: SingleKind): OffsetOptions => ({ field: 'imm12', bits: 12, signed: false, scale: k.log2, relocations: true, rangeInMessage: false });
const byteOffset9: OffsetOptions = { field: 'imm9', bits: 9, signed: true, scale: 0 };

function enc(k: SingleKind, middle: string): string {
  return `${k.size} 111 0 ${middle.replace('OPC', k.opc)} Rn:5 Rt:5`;
}

// ---- Unsigned offset, pre-index, post-index, register offset -------------------------------------------

function unsignedForm<Id extends string>(id: Id, mnemonic: string, k: SingleKind) {
  return form({ id, mnemonic, encoding: enc(k, '01 OPC imm12:12'), operands: [k.rt, memOffset(unsignedOffset(k))],
    summary: `${k.what} at [Xn|SP + unsigned scaled offset].` });
}

function preForm<Id extends string>(id: Id, mnemonic: string, k: SingleKind) {
  return form({ id, mnemonic, encoding: enc(k, '00 OPC 0 imm9:9 11'), operands: [k.rt, memPreIndex(byteOffset9)],
    summary: `${k.what} at [Xn|SP + offset], then write the address back to Xn|SP (pre-index).` });
}

function postForm<Id extends string>(id: Id, mnemonic: string, k: SingleKind) {
  return form({ id, mnemonic, encoding: enc(k, '00 OPC 0 imm9:9 01'), operands: [k.rt, memBase(false), postIndexOffset(byteOffset9)],
    summary: `${k.what} at [Xn|SP], then add the offset to Xn|SP (post-index).` });
}

function regForm<Id extends string>(id: Id, mnemonic: string, k: SingleKind) {
  return form({ id, mnemonic, encoding: enc(k, '00 OPC 1 Rm:5 option:3 S:1 10'), operands: [k.rt, memRegOffset(k.log2)],
    valid: regOffsetValid, summary: `${k.what} at [Xn|SP + Rm, extended and optionally shifted by the access size].` });
}

function unscaledForm<Id extends string>(id: Id, mnemonic: string, k: SingleKind) {
  return form({ id, mnemonic, encoding: enc(k, '00 OPC 0 imm9:9 00'), operands: [k.rt, memOffset(byteOffset9)],
    summary: `${k.what} at [Xn|SP + signed unscaled byte offset].` });
}

function unprivilegedForm<Id extends string>(id: Id, mnemonic: string, k: SingleKind) {
  return form({ id, mnemonic, encoding: enc(k, '00 OPC 0 imm9:9 10'), operands: [k.rt, memOffset(byteOffset9)],
    summary: `${k.what} with EL0 (unprivileged) permissions at [Xn|SP + signed offset].` });
}

/** GNU as assembles `ldr x0, [x1, #-8]` (an offset the scaled form cannot hold) as LDUR. */
function unscaledFallback<Id extends string>(id: Id, mnemonic: string, aliasOf: string, k: SingleKind) {
  return alias({ id, mnemonic, aliasOf, asmOnly: true, encoding: enc(k, '00 OPC 0 imm9:9 00'),
    operands: [k.rt, memOffset({ ...byteOffset9, rangeInMessage: false })],
    summary: `${k.what} at an unscaled offset (assembled as the unscaled form).` });
}

const literal = label({ field: 'imm19', bits: 19, scale: 4, relocs: { '': 'R_AARCH64_LD_PREL_LO19', got: 'R_AARCH64_GOT_LD_PREL19' } });

export const loadStoreSingleForms = [
  unsignedForm('STRB_imm', 'strb', kinds.STRB),
  unsignedForm('LDRB_imm', 'ldrb', kinds.LDRB),
  unsignedForm('LDRSB_imm', 'ldrsb', kinds.LDRSB),
  unsignedForm('STRH_imm', 'strh', kinds.STRH),
  unsignedForm('LDRH_imm', 'ldrh', kinds.LDRH),
  unsignedForm('LDRSH_imm', 'ldrsh', kinds.LDRSH),
  unsignedForm('STR_imm', 'str', kinds.STR),
  unsignedForm('LDR_imm', 'ldr', kinds.LDR),
  unsignedForm('LDRSW_imm', 'ldrsw', kinds.LDRSW),
  unsignedForm('PRFM_imm', 'prfm', kinds.PRFM),

  preForm('STRB_pre', 'strb', kinds.STRB),
  preForm('LDRB_pre', 'ldrb', kinds.LDRB),
  preForm('LDRSB_pre', 'ldrsb', kinds.LDRSB),
  preForm('STRH_pre', 'strh', kinds.STRH),
  preForm('LDRH_pre', 'ldrh', kinds.LDRH),
  preForm('LDRSH_pre', 'ldrsh', kinds.LDRSH),
  preForm('STR_pre', 'str', kinds.STR),
  preForm('LDR_pre', 'ldr', kinds.LDR),
  preForm('LDRSW_pre', 'ldrsw', kinds.LDRSW),

  postForm('STRB_post', 'strb', kinds.STRB),
  postForm('LDRB_post', 'ldrb', kinds.LDRB),
  postForm('LDRSB_post', 'ldrsb', kinds.LDRSB),
  postForm('STRH_post', 'strh', kinds.STRH),
  postForm('LDRH_post', 'ldrh', kinds.LDRH),
  postForm('LDRSH_post', 'ldrsh', kinds.LDRSH),
  postForm('STR_post', 'str', kinds.STR),
  postForm('LDR_post', 'ldr', kinds.LDR),
  postForm('LDRSW_post', 'ldrsw', kinds.LDRSW),

  regForm('STRB_reg', 'strb', kinds.STRB),
  regForm('LDRB_reg', 'ldrb', kinds.LDRB),
  regForm('LDRSB_reg', 'ldrsb', kinds.LDRSB),
  regForm('STRH_reg', 'strh', kinds.STRH),
  regForm('LDRH_reg', 'ldrh', kinds.LDRH),
  regForm('LDRSH_reg', 'ldrsh', kinds.LDRSH),
  regForm('STR_reg', 'str', kinds.STR),
  regForm('LDR_reg', 'ldr', kinds.LDR),
  regForm('LDRSW_reg', 'ldrsw', kinds.LDRSW),
  regForm('PRFM_reg', 'prfm', kinds.PRFM),

  unscaledForm('STURB', 'sturb', kinds.STRB),
  unscaledForm('LDURB', 'ldurb', kinds.LDRB),
  unscaledForm('LDURSB', 'ldursb', kinds.LDRSB),
  unscaledForm('STURH', 'sturh', kinds.STRH),
  unscaledForm('LDURH', 'ldurh', kinds.LDRH),
  unscaledForm('LDURSH', 'ldursh', kinds.LDRSH),
  unscaledForm('STUR', 'stur', kinds.STR),
  unscaledForm('LDUR', 'ldur', kinds.LDR),
  unscaledForm('LDURSW', 'ldursw', kinds.LDRSW),
  unscaledForm('PRFUM', 'prfum', kinds.PRFM),

  unprivilegedForm('STTRB', 'sttrb', kinds.STRB),
  unprivilegedForm('LDTRB', 'ldtrb', kinds.LDRB),
  unprivilegedForm('LDTRSB', 'ldtrsb', kinds.LDRSB),
  unprivilegedForm('STTRH', 'sttrh', kinds.STRH),
  unprivilegedForm('LDTRH', 'ldtrh', kinds.LDRH),
  unprivilegedForm('LDTRSH', 'ldtrsh', kinds.LDRSH),
  unprivilegedForm('STTR', 'sttr', kinds.STR),
  unprivilegedForm('LDTR', 'ldtr', kinds.LDR),
  unprivilegedForm('LDTRSW', 'ldtrsw', kinds.LDRSW),

  form({ id: 'LDR_lit', mnemonic: 'ldr', encoding: '0 sz:1 011 0 00 imm19:19 Rt:5', operands: [RtBySz, literal],
    summary: 'Load register (word or doubleword) from a PC-relative literal address (+-1 MiB).' }),
  form({ id: 'LDRSW_lit', mnemonic: 'ldrsw', encoding: '10 011 0 00 imm19:19 Rt:5', operands: [Xt, literal],
    summary: 'Load word, sign-extended, from a PC-relative literal address.' }),
  form({ id: 'PRFM_lit', mnemonic: 'prfm', encoding: '11 011 0 00 imm19:19 Rt:5', operands: [prefetchOp(), literal],
    summary: 'Prefetch memory at a PC-relative literal address.' }),

  ...(['LDRAA', 'LDRAB'] as const).map((name, m) => form({
    id: name, mnemonic: name.toLowerCase(), feature: 'pauth' as Feature,
    encoding: `11 111 0 00 ${m} S:1 1 imm9:9 0 1 Rn:5 Rt:5`, operands: [Xt, pacOffset(false)],
    summary: `Load doubleword after authenticating the base address with data key ${m ? 'B' : 'A'}.`,
  })),
  ...(['LDRAA_pre', 'LDRAB_pre'] as const).map((id, m) => form({
    id, mnemonic: m ? 'ldrab' : 'ldraa', feature: 'pauth' as Feature,
    encoding: `11 111 0 00 ${m} S:1 1 imm9:9 1 1 Rn:5 Rt:5`, operands: [Xt, pacOffset(true)],
    summary: `Load doubleword after authenticating the base with data key ${m ? 'B' : 'A'}, writing the address back.`,
  })),

  ...rcpcUnscaled(),
];

/** LDAPUR/STLUR (RCpc, unscaled signed offset): load-acquire RCpc / store-release. */
function rcpcUnscaled() {
  const k = (size: string, opc: string, rt: Operand, what: string) => ({ size, opc, rt, what });
  const specs = [
    ['STLURB', k('00', '00', Wt, 'Store-release byte')],
    ['LDAPURB', k('00', '01', Wt, 'Load-acquire RCpc byte, zero-extended')],
    ['LDAPURSB', k('00', '1 opc0:1', RtBySigned, 'Load-acquire RCpc byte, sign-extended')],
    ['STLURH', k('01', '00', Wt, 'Store-release halfword')],
    ['LDAPURH', k('01', '01', Wt, 'Load-acquire RCpc halfword, zero-extended')],
    ['LDAPURSH', k('01', '1 opc0:1', RtBySigned, 'Load-acquire RCpc halfword, sign-extended')],
    ['STLUR', k('1 sz:1', '00', RtBySz, 'Store-release register')],
    ['LDAPUR', k('1 sz:1', '01', RtBySz, 'Load-acquire RCpc register')],
    ['LDAPURSW', k('10', '10', Xt, 'Load-acquire RCpc word, sign-extended')],
  ] as const;
  return specs.map(([id, s]) => form({
    id, mnemonic: id.toLowerCase(), feature: 'rcpc2' as Feature,
    encoding: `${s.size} 011001 ${s.opc} 0 imm9:9 00 Rn:5 Rt:5`, operands: [s.rt, memOffset(byteOffset9)],
    summary: `${s.what} at [Xn|SP + signed unscaled offset].`,
  }));
}

export const loadStoreSingleAliases = [
  unscaledFallback('STRB_imm_unscaled', 'strb', 'STURB', kinds.STRB),
  unscaledFallback('LDRB_imm_unscaled', 'ldrb', 'LDURB', kinds.LDRB),
  unscaledFallback('LDRSB_imm_unscaled', 'ldrsb', 'LDURSB', kinds.LDRSB),
  unscaledFallback('STRH_imm_unscaled', 'strh', 'STURH', kinds.STRH),
  unscaledFallback('LDRH_imm_unscaled', 'ldrh', 'LDURH', kinds.LDRH),
  unscaledFallback('LDRSH_imm_unscaled', 'ldrsh', 'LDURSH', kinds.LDRSH),
  unscaledFallback('STR_imm_unscaled', 'str', 'STUR', kinds.STR),
  unscaledFallback('LDR_imm_unscaled', 'ldr', 'LDUR', kinds.LDR),
  unscaledFallback('LDRSW_imm_unscaled', 'ldrsw', 'LDURSW', kinds.LDRSW),
  unscaledFallback('PRFM_imm_unscaled', 'prfm', 'PRFUM', kinds.PRFM),
];
