// SVE (FEAT_SVE) integer arithmetic and logical forms: the predicated binary group (ADD/SUB/SUBR, SMAX/UMAX/SMIN/
// UMIN/SABD/UABD, MUL/SMULH/UMULH, SDIV/UDIV/SDIVR/UDIVR for s and d elements, ORR/EOR/AND/BIC: `Zdn, Pg/M, Zdn,
// Zm`), the unpredicated ADD/SUB/SQADD/UQADD/SQSUB/UQSUB, the unpredicated bitwise AND/ORR/EOR/BIC (.d, with MOV
// for ORR of one register), and SEL (with MOV Zd, Pg/M, Zn when Zm is Zd). Texts follow GNU as/objdump 2.40. Like
// every SVE form, these execute as undefined instructions (emulator/machine/exec/sve.ts): SVE is not advertised.

import { builders, type Fields } from '../table.js';
import { choice, fixedChoice } from './simdOperands.js';
import { governingMerging, predicate, deferredChecks, tiedZReg, zReg } from './sveOperands.js';

const { form, alias } = builders('simdFp');

const sizeBHSD = choice([['size', 2]], ['b', 'h', 's', 'd']);
const sizeSD = choice([['size', 2]], [undefined, undefined, 's', 'd']);

/** Predicated binary: 00000100 size 0 group:2 opc:3 000 Pg Zm Zdn. [id, group, opc, sizes, summary] */
const predicated = [
  ['ADD', '00', '000', 'Add'], ['SUB', '00', '001', 'Subtract'], ['SUBR', '00', '011', 'Reversed subtract (Zm - Zdn)'],
  ['SMAX', '01', '000', 'Signed maximum'], ['UMAX', '01', '001', 'Unsigned maximum'],
  ['SMIN', '01', '010', 'Signed minimum'], ['UMIN', '01', '011', 'Unsigned minimum'],
  ['SABD', '01', '100', 'Signed absolute difference'], ['UABD', '01', '101', 'Unsigned absolute difference'],
  ['MUL', '10', '000', 'Multiply'], ['SMULH', '10', '010', 'Signed multiply returning the high half'],
  ['UMULH', '10', '011', 'Unsigned multiply returning the high half'],
  ['SDIV', '10', '100', 'Signed divide'], ['UDIV', '10', '101', 'Unsigned divide'],
  ['SDIVR', '10', '110', 'Signed reversed divide (Zm / Zdn)'], ['UDIVR', '10', '111', 'Unsigned reversed divide (Zm / Zdn)'],
  ['ORR', '11', '000', 'Bitwise or'], ['EOR', '11', '001', 'Bitwise exclusive or'],
  ['AND', '11', '010', 'Bitwise and'], ['BIC', '11', '011', 'Bitwise clear (Zdn AND NOT Zm)'],
] as const;

function binaryPredicated<const N extends (typeof predicated)[number][0]>(name: N, group: string, opc: string, what: string) {
  const size = group === '10' && opc.startsWith('1') ? sizeSD : sizeBHSD;
  return form({
    id: `SVE_${name}_zpzz` as `SVE_${N}_zpzz`, mnemonic: name.toLowerCase(), feature: 'sve',
    encoding: `00000100 size:2 0 ${group} ${opc} 000 Pg:3 Zm:5 Zdn:5`,
    operands: [zReg('Zdn', size, 'defer'), governingMerging('Pg'), tiedZReg('Zdn', size), zReg('Zm', size, 'defer')],
    valid: (f: Readonly<Fields>) => size.format(f) !== undefined,
    finish: deferredChecks,
    summary: `${what}, active elements of Zdn and Zm into Zdn; inactive elements unchanged (SVE).`,
  });
}

/** Unpredicated add/subtract: 00000100 size 1 Zm 000 opc Zn Zd. */
const unpredicated = [
  ['ADD', '000', 'Add'], ['SUB', '001', 'Subtract'], ['SQADD', '100', 'Signed saturating add'],
  ['UQADD', '101', 'Unsigned saturating add'], ['SQSUB', '110', 'Signed saturating subtract'], ['UQSUB', '111', 'Unsigned saturating subtract'],
] as const;

function binaryUnpredicated<const N extends (typeof unpredicated)[number][0]>(name: N, opc: string, what: string) {
  return form({
    id: `SVE_${name}_zzz` as `SVE_${N}_zzz`, mnemonic: name.toLowerCase(), feature: 'sve',
    encoding: `00000100 size:2 1 Zm:5 000 ${opc} Zn:5 Zd:5`,
    operands: [zReg('Zd', sizeBHSD, 'defer'), zReg('Zn', sizeBHSD, 'defer'), zReg('Zm', sizeBHSD, 'defer')], finish: deferredChecks,
    summary: `${what}, every element of Zn and Zm into Zd (SVE).`,
  });
}

const logical = [['AND', '00', 'Bitwise and'], ['ORR', '01', 'Bitwise or'], ['EOR', '10', 'Bitwise exclusive or'], ['BIC', '11', 'Bitwise clear (Zn AND NOT Zm)']] as const;

const dReg = (field: string) => zReg(field, fixedChoice('d'), 'defer');
const logicalSpec = (opc: string) => ({ encoding: `00000100 ${opc} 1 Zm:5 001100 Zn:5 Zd:5` });

const selSpec = {
  encoding: '00000101 size:2 1 Zm:5 11 Pg:4 Zn:5 Zd:5',
};

export const sveArithForms = [
  // Unpredicated first: GNU's message for `add z0.b, x1, x2` is the unpredicated form's.
  ...unpredicated.map(([name, opc, what]) => binaryUnpredicated(name, opc, what)),
  ...predicated.map(([name, group, opc, what]) => binaryPredicated(name, group, opc, what)),
  ...logical.map(([name, opc, what]) => form({
    id: `SVE_${name}_zzz_d` as `SVE_${typeof name}_zzz_d`, mnemonic: name.toLowerCase(), feature: 'sve', ...logicalSpec(opc),
    operands: [dReg('Zd'), dReg('Zn'), dReg('Zm')], finish: deferredChecks, summary: `${what} of the whole vectors Zn and Zm into Zd (SVE).`,
  })),
  form({
    id: 'SVE_SEL_z', mnemonic: 'sel', feature: 'sve', ...selSpec,
    operands: [zReg('Zd', sizeBHSD, 'defer'), predicate('Pg'), zReg('Zn', sizeBHSD, 'defer'), zReg('Zm', sizeBHSD, 'defer')], finish: deferredChecks,
    summary: 'Select: each element of Zd from Zn where Pg is true, else from Zm (SVE).',
  }),
];

export const sveArithAliases = [
  alias({
    id: 'SVE_MOV_ORR_zzz', mnemonic: 'mov', feature: 'sve', aliasOf: 'SVE_ORR_zzz_d', ...logicalSpec('01'),
    operands: [dReg('Zd'), dReg('Zn')], when: (f) => f['Zn'] === f['Zm'], finish: (f) => { f['Zm'] = f['Zn']!; return deferredChecks(f); },
    summary: 'Move a whole vector: ORR Zd.D, Zn.D, Zn.D (SVE).',
  }),
  alias({
    id: 'SVE_MOV_SEL_z', mnemonic: 'mov', feature: 'sve', aliasOf: 'SVE_SEL_z', ...selSpec,
    operands: [zReg('Zd', sizeBHSD, 'defer'), predicate('Pg', true), zReg('Zn', sizeBHSD, 'defer')], when: (f) => f['Zd'] === f['Zm'],
    finish: (f) => { f['Zm'] = f['Zd']!; return deferredChecks(f); },
    summary: 'Move the active elements of Zn into Zd, keeping the inactive ones: SEL Zd, Pg, Zn, Zd (SVE).',
  }),
];

export type SveArithFormId = (typeof sveArithForms)[number]['id'];
