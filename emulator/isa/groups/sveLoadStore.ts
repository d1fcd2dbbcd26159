// SVE (FEAT_SVE) contiguous loads and stores: LD1B/LD1H/LD1W/LD1D, the sign-extending LD1SB/LD1SH/LD1SW, and
// ST1B/ST1H/ST1W/ST1D, each for every element size its encoding allows, with a scalar plus immediate address
// ([Xn|SP{, #imm, mul vl}], imm in -8..7 vector lengths) or a scalar plus scalar address ([Xn|SP, Xm{, lsl #s}],
// Xm not XZR), and the load-and-broadcast LD1RB/LD1RH/LD1RW/LD1RD/LD1RSB/LD1RSH/LD1RSW ([Xn|SP{, #imm}], imm an
// unsigned 6-bit multiple of the memory element size), and LDR/STR of whole vector and predicate registers ([Xn|SP{,
// #imm, mul vl}], imm in -256..255). Loads take a zeroing governing predicate (p0/z), stores a plain one (p0). SVE is not implemented
// or advertised by the emulator: these forms execute as undefined instructions (emulator/machine/exec/sve.ts).

import { builders, type Fields } from '../table.js';
import { fixedChoice } from './simdOperands.js';
import { deferredChecks, governing, memMulVl, memMulVl9, memScalarIndex, memUImm6, predicate, zList, zWhole } from './sveOperands.js';

const { form } = builders('simdFp');

const bits = (value: number, width: number): string => value.toString(2).padStart(width, '0');
const notZr = (f: Readonly<Fields>): boolean => f['Rm'] !== 31;
const memoryName = ['byte', 'halfword', 'word', 'doubleword'] as const;
const letters = ['b', 'h', 's', 'd'] as const;
type Letter = (typeof letters)[number];

/** Contiguous load of elements of `esize` from memory elements of `msize` (log2 bytes), by dtype. */
function load<const M extends string, const E extends Letter, const A extends 'imm' | 'reg'>(
  mnemonic: M, dtype: number, msize: number, esize: E, signed: boolean, address: A,
) {
  const summary = `Load ${memoryName[msize]}s${signed ? ', sign-extended' : msize < letters.indexOf(esize) ? ', zero-extended' : ''}, to the active ${esize} elements of Zt (inactive elements zero) from contiguous memory at ${address === 'imm' ? 'Xn + imm * VL' : `Xn + Xm * ${1 << msize}`} (SVE).`;
  return form({
    id: `SVE_${mnemonic.toUpperCase()}_${esize}_${address}` as `SVE_${Uppercase<M>}_${E}_${A}`, mnemonic, feature: 'sve',
    encoding: address === 'imm'
      ? `1010010 ${bits(dtype, 4)} 0 imm4:4 101 Pg:3 Rn:5 Zt:5`
      : `1010010 ${bits(dtype, 4)} Rm:5 010 Pg:3 Rn:5 Zt:5`,
    operands: [zList('Zt', fixedChoice(esize)), governing('Pg', true), address === 'imm' ? memMulVl() : memScalarIndex(msize)],
    summary,
    ...(address === 'reg' ? { valid: notZr } : {}),
  });
}

function store<const M extends string, const E extends Letter, const A extends 'imm' | 'reg'>(mnemonic: M, msize: number, esize: E, address: A) {
  const size = letters.indexOf(esize);
  return form({
    id: `SVE_${mnemonic.toUpperCase()}_${esize}_${address}` as `SVE_${Uppercase<M>}_${E}_${A}`, mnemonic, feature: 'sve',
    encoding: address === 'imm'
      ? `1110010 ${bits(msize, 2)} ${bits(size, 2)} 0 imm4:4 111 Pg:3 Rn:5 Zt:5`
      : `1110010 ${bits(msize, 2)} ${bits(size, 2)} Rm:5 010 Pg:3 Rn:5 Zt:5`,
    operands: [zList('Zt', fixedChoice(esize)), governing('Pg', false), address === 'imm' ? memMulVl() : memScalarIndex(msize)],
    summary: `Store the active ${esize} elements of Zt${msize < size ? `, truncated to ${memoryName[msize]}s,` : ''} to contiguous memory at ${address === 'imm' ? 'Xn + imm * VL' : `Xn + Xm * ${1 << msize}`} (SVE).`,
    ...(address === 'reg' ? { valid: notZr } : {}),
  });
}

function loadBoth<const M extends string, const E extends Letter>(mnemonic: M, dtype: number, msize: number, esize: E, signed = false) {
  return [load(mnemonic, dtype, msize, esize, signed, 'imm'), load(mnemonic, dtype, msize, esize, signed, 'reg')];
}

function storeBoth<const M extends string, const E extends Letter>(mnemonic: M, msize: number, esize: E) {
  return [store(mnemonic, msize, esize, 'imm'), store(mnemonic, msize, esize, 'reg')];
}

/** Load and broadcast (LD1R*): one element from Xn + imm6 * msize to every active element of Zt, by dtype. */
function loadBroadcast<const M extends string, const E extends Letter>(mnemonic: M, dtype: number, msize: number, esize: E, signed = false) {
  const d = bits(dtype, 4);
  return form({
    id: `SVE_${mnemonic.toUpperCase()}_${esize}` as `SVE_${Uppercase<M>}_${E}`, mnemonic, feature: 'sve',
    encoding: `1000010 ${d.slice(0, 2)} 1 imm6:6 1 ${d.slice(2)} Pg:3 Rn:5 Zt:5`,
    operands: [zList('Zt', fixedChoice(esize)), governing('Pg', true), memUImm6(msize)],
    summary: `Load one ${memoryName[msize]}${signed ? ', sign-extended,' : ''} from Xn + imm and broadcast it to the active ${esize} elements of Zt (inactive zero) (SVE).`,
  });
}

export const sveLoadStoreForms = [
  ...loadBoth('ld1b', 0b0000, 0, 'b'), ...loadBoth('ld1b', 0b0001, 0, 'h'), ...loadBoth('ld1b', 0b0010, 0, 's'),
  ...loadBoth('ld1b', 0b0011, 0, 'd'), ...loadBoth('ld1sw', 0b0100, 2, 'd', true), ...loadBoth('ld1h', 0b0101, 1, 'h'),
  ...loadBoth('ld1h', 0b0110, 1, 's'), ...loadBoth('ld1h', 0b0111, 1, 'd'), ...loadBoth('ld1sh', 0b1000, 1, 'd', true),
  ...loadBoth('ld1sh', 0b1001, 1, 's', true), ...loadBoth('ld1w', 0b1010, 2, 's'), ...loadBoth('ld1w', 0b1011, 2, 'd'),
  ...loadBoth('ld1sb', 0b1100, 0, 'd', true), ...loadBoth('ld1sb', 0b1101, 0, 's', true), ...loadBoth('ld1sb', 0b1110, 0, 'h', true),
  ...loadBoth('ld1d', 0b1111, 3, 'd'),
  ...storeBoth('st1b', 0, 'b'), ...storeBoth('st1b', 0, 'h'), ...storeBoth('st1b', 0, 's'), ...storeBoth('st1b', 0, 'd'),
  ...storeBoth('st1h', 1, 'h'), ...storeBoth('st1h', 1, 's'), ...storeBoth('st1h', 1, 'd'),
  ...storeBoth('st1w', 2, 's'), ...storeBoth('st1w', 2, 'd'),
  ...storeBoth('st1d', 3, 'd'),
  loadBroadcast('ld1rb', 0b0000, 0, 'b'), loadBroadcast('ld1rb', 0b0001, 0, 'h'), loadBroadcast('ld1rb', 0b0010, 0, 's'),
  loadBroadcast('ld1rb', 0b0011, 0, 'd'), loadBroadcast('ld1rsw', 0b0100, 2, 'd', true), loadBroadcast('ld1rh', 0b0101, 1, 'h'),
  loadBroadcast('ld1rh', 0b0110, 1, 's'), loadBroadcast('ld1rh', 0b0111, 1, 'd'), loadBroadcast('ld1rsh', 0b1000, 1, 'd', true),
  loadBroadcast('ld1rsh', 0b1001, 1, 's', true), loadBroadcast('ld1rw', 0b1010, 2, 's'), loadBroadcast('ld1rw', 0b1011, 2, 'd'),
  loadBroadcast('ld1rsb', 0b1100, 0, 'd', true), loadBroadcast('ld1rsb', 0b1101, 0, 's', true), loadBroadcast('ld1rsb', 0b1110, 0, 'h', true),
  loadBroadcast('ld1rd', 0b1111, 3, 'd'),
  form({
    id: 'SVE_LDR_z', mnemonic: 'ldr', feature: 'sve', encoding: '1000010 110 imm9h:6 010 imm9l:3 Rn:5 Zt:5',
    operands: [zWhole('Zt'), memMulVl9()], finish: deferredChecks,
    summary: 'Load a whole vector register from Xn + imm * VL (SVE).',
  }),
  form({
    id: 'SVE_LDR_p', mnemonic: 'ldr', feature: 'sve', encoding: '1000010 110 imm9h:6 000 imm9l:3 Rn:5 0 Pt:4',
    operands: [predicate('Pt'), memMulVl9()], finish: deferredChecks,
    summary: 'Load a whole predicate register from Xn + imm * PL (SVE).',
  }),
  form({
    id: 'SVE_STR_z', mnemonic: 'str', feature: 'sve', encoding: '1110010 110 imm9h:6 010 imm9l:3 Rn:5 Zt:5',
    operands: [zWhole('Zt'), memMulVl9()], finish: deferredChecks,
    summary: 'Store a whole vector register to Xn + imm * VL (SVE).',
  }),
  form({
    id: 'SVE_STR_p', mnemonic: 'str', feature: 'sve', encoding: '1110010 110 imm9h:6 000 imm9l:3 Rn:5 0 Pt:4',
    operands: [predicate('Pt'), memMulVl9()], finish: deferredChecks,
    summary: 'Store a whole predicate register to Xn + imm * PL (SVE).',
  }),
];

export const sveLoadStoreAliases = [] as const;

export type SveLoadStoreFormId = (typeof sveLoadStoreForms)[number]['id'];
