// Load/store pair of general registers: LDP/STP (offset, pre-index, post-index), LDPSW, and the non-temporal
// LDNP/STNP. STGP (the MTE pair store, opc=01 L=0) belongs to the memory-tagging group.
//
// Fields: Rt, Rt2, Rn (31 = SP), imm7 (signed offset scaled by the register size); `sz` (bit 31) is 1 for X pairs.

import { gpr } from '../operands.js';
import { builders, type Fields, type Operand } from '../table.js';
import { memBase, memOffset, memPreIndex, postIndexOffset, sizedGpr, type OffsetOptions } from './loadStoreOperands.js';

const { form } = builders('loadStore');

const RtBySz = gpr('Rt', { field: 'sz' });
const Rt2BySz = gpr('Rt2', { field: 'sz' });
const Xt = sizedGpr(gpr('Rt', 'x'));
const Xt2 = sizedGpr(gpr('Rt2', 'x'));

const pairOffset: OffsetOptions = { field: 'imm7', bits: 7, signed: true, scale: (f: Readonly<Fields>) => 2 + f.sz! };
const wordPairOffset: OffsetOptions = { field: 'imm7', bits: 7, signed: true, scale: 2 };

type Mode = 'off' | 'pre' | 'post' | 'nt';
const modeBits: Record<Mode, string> = { nt: '000', post: '001', off: '010', pre: '011' };

function addressOperands(mode: Mode, o: OffsetOptions): Operand[] {
  if (mode === 'pre') return [memPreIndex(o)];
  if (mode === 'post') return [memBase(false), postIndexOffset(o)];
  return [memOffset(o)];
}

const modeText: Record<Mode, string> = {
  off: 'at [Xn|SP + scaled offset]',
  pre: 'at [Xn|SP + scaled offset], writing the address back (pre-index)',
  post: 'at [Xn|SP], then adding the scaled offset to Xn|SP (post-index)',
  nt: 'at [Xn|SP + scaled offset], with a non-temporal hint',
};

function pairForm<Id extends string>(id: Id, load: boolean, mode: Mode) {
  const mnemonic = mode === 'nt' ? (load ? 'ldnp' : 'stnp') : load ? 'ldp' : 'stp';
  return form({
    id, mnemonic,
    encoding: `sz:1 0 101 0 ${modeBits[mode]} ${load ? 1 : 0} imm7:7 Rt2:5 Rn:5 Rt:5`,
    operands: [RtBySz, Rt2BySz, ...addressOperands(mode, pairOffset)],
    summary: `${load ? 'Load' : 'Store'} a pair of registers ${modeText[mode]}.`,
  });
}

/** LDPSW with Rt == Rt2, or with writeback to a transfer register, is rejected by objdump (undefined). */
function ldpswValid(writeback: boolean) {
  return (f: Readonly<Fields>): boolean => {
    if (f.Rt === f.Rt2) return false;
    if (writeback && f.Rn !== 31 && (f.Rn === f.Rt || f.Rn === f.Rt2)) return false;
    return true;
  };
}

function ldpswForm<Id extends string>(id: Id, mode: Exclude<Mode, 'nt'>) {
  return form({
    id, mnemonic: 'ldpsw',
    encoding: `01 101 0 ${modeBits[mode]} 1 imm7:7 Rt2:5 Rn:5 Rt:5`,
    operands: [Xt, Xt2, ...addressOperands(mode, wordPairOffset)],
    valid: ldpswValid(mode !== 'off'),
    summary: `Load a pair of words, sign-extended to 64 bits, ${modeText[mode]}.`,
  });
}

export const loadStorePairForms = [
  pairForm('STP_off', false, 'off'),
  pairForm('LDP_off', true, 'off'),
  pairForm('STP_pre', false, 'pre'),
  pairForm('LDP_pre', true, 'pre'),
  pairForm('STP_post', false, 'post'),
  pairForm('LDP_post', true, 'post'),
  pairForm('STNP', false, 'nt'),
  pairForm('LDNP', true, 'nt'),
  ldpswForm('LDPSW_off', 'off'),
  ldpswForm('LDPSW_pre', 'pre'),
  ldpswForm('LDPSW_post', 'post'),
];
