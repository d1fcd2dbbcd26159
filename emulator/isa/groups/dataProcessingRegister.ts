// Data processing (register): logical and add/subtract with shifted or extended registers, add/subtract with
// carry, flag manipulation (RMIF, SETF8/16), conditional compare and select, 1-, 2- and 3-source operations
// including CRC32, pointer authentication and the MTE IRG/GMI/SUBP/SUBPS, with GNU's aliases.

import { cond, custom, extend, extendedRm, extendFinish, extendValid, gpr, imm, regShift } from '../operands.js';
import { builders, type Fields, type Operand } from '../table.js';

const { form, alias } = builders('dataProcessingRegister');

const Rd = gpr('Rd');
const Rn = gpr('Rn');
const Rm = gpr('Rm');
/** Rm of the shifted-register forms. */
const RmShifted = gpr('Rm', { field: 'sf' }, { shifted: true });
const Ra = gpr('Ra');
const RdSp = gpr('Rd', { field: 'sf' }, { sp: true });
const RnSp = gpr('Rn', { field: 'sf' }, { sp: true });
const Xd = gpr('Rd', 'x');
const Xn = gpr('Rn', 'x');
const Xm = gpr('Rm', 'x');
const Wn = gpr('Rn', 'w');
const Wm = gpr('Rm', 'w');
const XdSp = gpr('Rd', 'x', { sp: true });
const XnSp = gpr('Rn', 'x', { sp: true });
const XmSp = gpr('Rm', 'x', { sp: true });

/** A register written once but stored in two fields (CINC Rd, Rn, cond sets Rm = Rn). */
function sameRegister(first: Operand, copy: (f: Fields) => void): Operand {
  return custom({
    syntax: first.syntax,
    format: (f, ctx) => first.format(f, ctx),
    parse(text, f, ctx) {
      const err = first.parse(text, f, ctx);
      if (err === undefined) copy(f);
      return err;
    },
  });
}
const RnAlsoRm = sameRegister(Rn, (f) => { f.Rm = f.Rn!; });

const shiftValid = (f: Readonly<Fields>): boolean => f.sf === 1 || f.imm6! < 32;
const addShiftValid = (f: Readonly<Fields>): boolean => f.shift !== 3 && shiftValid(f);
const notAlNv = (f: Readonly<Fields>): boolean => f.cond! < 14;

const logicalNames = ['AND', 'BIC', 'ORR', 'ORN', 'EOR', 'EON', 'ANDS', 'BICS'] as const;
const logicalSummaries: Record<(typeof logicalNames)[number], string> = {
  AND: 'Bitwise AND (shifted register).',
  BIC: 'Bitwise bit clear: Rn AND NOT shifted Rm.',
  ORR: 'Bitwise OR (shifted register).',
  ORN: 'Bitwise OR NOT: Rn OR NOT shifted Rm.',
  EOR: 'Bitwise exclusive OR (shifted register).',
  EON: 'Bitwise exclusive OR NOT: Rn EOR NOT shifted Rm.',
  ANDS: 'Bitwise AND (shifted register), setting flags.',
  BICS: 'Bitwise bit clear (shifted register), setting flags.',
};

const addSubNames = [['ADD', 0, 0], ['ADDS', 0, 1], ['SUB', 1, 0], ['SUBS', 1, 1]] as const;

const twoSource = [
  ['UDIV', '000010', 'Unsigned divide: Rd = Rn / Rm (0 when Rm is 0).'],
  ['SDIV', '000011', 'Signed divide: Rd = Rn / Rm (0 when Rm is 0).'],
  ['LSLV', '001000', 'Logical shift left by register (amount modulo the register size).'],
  ['LSRV', '001001', 'Logical shift right by register.'],
  ['ASRV', '001010', 'Arithmetic shift right by register.'],
  ['RORV', '001011', 'Rotate right by register.'],
] as const;

const crcForms = [
  ['CRC32B', 0, '010000', 'CRC-32 checksum of a byte.'],
  ['CRC32H', 0, '010001', 'CRC-32 checksum of a halfword.'],
  ['CRC32W', 0, '010010', 'CRC-32 checksum of a word.'],
  ['CRC32X', 1, '010011', 'CRC-32 checksum of a doubleword.'],
  ['CRC32CB', 0, '010100', 'CRC-32C checksum of a byte.'],
  ['CRC32CH', 0, '010101', 'CRC-32C checksum of a halfword.'],
  ['CRC32CW', 0, '010110', 'CRC-32C checksum of a word.'],
  ['CRC32CX', 1, '010111', 'CRC-32C checksum of a doubleword.'],
] as const;

const pacForms = [
  ['PACIA', '000000', 'Sign the instruction address in Xd with key A and modifier Xn|SP.'],
  ['PACIB', '000001', 'Sign the instruction address in Xd with key B and modifier Xn|SP.'],
  ['PACDA', '000010', 'Sign the data address in Xd with key A and modifier Xn|SP.'],
  ['PACDB', '000011', 'Sign the data address in Xd with key B and modifier Xn|SP.'],
  ['AUTIA', '000100', 'Authenticate the instruction address in Xd with key A and modifier Xn|SP.'],
  ['AUTIB', '000101', 'Authenticate the instruction address in Xd with key B and modifier Xn|SP.'],
  ['AUTDA', '000110', 'Authenticate the data address in Xd with key A and modifier Xn|SP.'],
  ['AUTDB', '000111', 'Authenticate the data address in Xd with key B and modifier Xn|SP.'],
] as const;
const pacZeroForms = [
  ['PACIZA', '001000', 'Sign the instruction address in Xd with key A and a zero modifier.'],
  ['PACIZB', '001001', 'Sign the instruction address in Xd with key B and a zero modifier.'],
  ['PACDZA', '001010', 'Sign the data address in Xd with key A and a zero modifier.'],
  ['PACDZB', '001011', 'Sign the data address in Xd with key B and a zero modifier.'],
  ['AUTIZA', '001100', 'Authenticate the instruction address in Xd with key A and a zero modifier.'],
  ['AUTIZB', '001101', 'Authenticate the instruction address in Xd with key B and a zero modifier.'],
  ['AUTDZA', '001110', 'Authenticate the data address in Xd with key A and a zero modifier.'],
  ['AUTDZB', '001111', 'Authenticate the data address in Xd with key B and a zero modifier.'],
  ['XPACI', '010000', 'Strip the pointer authentication code from the instruction address in Xd.'],
  ['XPACD', '010001', 'Strip the pointer authentication code from the data address in Xd.'],
] as const;

const threeSource = [
  ['MADD', 'sf:1', '000', '0', 'Multiply-add: Rd = Ra + Rn * Rm.'],
  ['MSUB', 'sf:1', '000', '1', 'Multiply-subtract: Rd = Ra - Rn * Rm.'],
  ['SMADDL', '1', '001', '0', 'Signed multiply-add long: Xd = Xa + Wn * Wm.'],
  ['SMSUBL', '1', '001', '1', 'Signed multiply-subtract long: Xd = Xa - Wn * Wm.'],
  ['UMADDL', '1', '101', '0', 'Unsigned multiply-add long: Xd = Xa + Wn * Wm.'],
  ['UMSUBL', '1', '101', '1', 'Unsigned multiply-subtract long: Xd = Xa - Wn * Wm.'],
] as const;

const irgXm: Operand = { ...gpr('Rm', 'x'), optional: true, format: (f) => (f.Rm === 31 ? undefined : `x${f.Rm}`), absent: (f) => { f.Rm = 31; } };

export const dataProcessingRegisterForms = [
  // ---- Logical (shifted register) ----
  ...logicalNames.map((name, i) => form({
    id: `${name}_shift` as `${typeof name}_shift`, mnemonic: name.toLowerCase(),
    encoding: `sf:1 ${(i >> 2) & 1}${(i >> 1) & 1} 01010 shift:2 ${i & 1} Rm:5 imm6:6 Rn:5 Rd:5`,
    operands: [Rd, Rn, RmShifted, regShift(true)], summary: logicalSummaries[name], valid: shiftValid,
  })),
  // ---- Add/subtract (shifted and extended register) ----
  ...addSubNames.map(([name, op, s]) => form({
    id: `${name}_shift` as `${typeof name}_shift`, mnemonic: name.toLowerCase(),
    encoding: `sf:1 ${op} ${s} 01011 shift:2 0 Rm:5 imm6:6 Rn:5 Rd:5`,
    operands: [Rd, Rn, RmShifted, regShift(false)], summary: `${name === 'ADD' || name === 'ADDS' ? 'Add' : 'Subtract'} (shifted register)${s ? ', setting flags' : ''}.`, valid: addShiftValid,
  })),
  ...addSubNames.map(([name, op, s]) => form({
    id: `${name}_ext` as `${typeof name}_ext`, mnemonic: name.toLowerCase(),
    encoding: `sf:1 ${op} ${s} 01011 00 1 Rm:5 option:3 imm3:3 Rn:5 Rd:5`,
    operands: [s ? Rd : RdSp, RnSp, extendedRm(), extend(s === 1)], summary: `${name === 'ADD' || name === 'ADDS' ? 'Add' : 'Subtract'} (extended register)${s ? ', setting flags' : ''}.`, valid: extendValid, finish: extendFinish,
  })),
  // ---- Add/subtract with carry ----
  ...([['ADC', 0, 0], ['ADCS', 0, 1], ['SBC', 1, 0], ['SBCS', 1, 1]] as const).map(([name, op, s]) => form({
    id: name, mnemonic: name.toLowerCase(), encoding: `sf:1 ${op} ${s} 11010000 Rm:5 000000 Rn:5 Rd:5`,
    operands: [Rd, Rn, Rm], summary: `${op ? 'Subtract with carry: Rd = Rn - Rm - 1 + C' : 'Add with carry: Rd = Rn + Rm + C'}${s ? ', setting flags' : ''}.`,
  })),
  // ---- Flag manipulation ----
  form({ id: 'RMIF', mnemonic: 'rmif', feature: 'flagm', encoding: '1 0 1 11010000 imm6:6 00001 Rn:5 0 mask:4', operands: [Xn, imm('imm6', 6, { format: 'dec', syntax: '#<shift>' }), imm('mask', 4, { format: 'dec', syntax: '#<mask>' })], summary: 'Rotate Xn right and insert the selected low 4 bits into NZCV.' }),
  form({ id: 'SETF8', mnemonic: 'setf8', feature: 'flagm', encoding: '0 0 1 11010000 000000 0 0010 Rn:5 0 1101', operands: [Wn], summary: 'Set N and Z from bit 7 and the low byte of Wn; V from bit 8 XOR bit 7.' }),
  form({ id: 'SETF16', mnemonic: 'setf16', feature: 'flagm', encoding: '0 0 1 11010000 000000 1 0010 Rn:5 0 1101', operands: [Wn], summary: 'Set N and Z from bit 15 and the low halfword of Wn; V from bit 16 XOR bit 15.' }),
  // ---- Conditional compare ----
  ...([['CCMN', 0], ['CCMP', 1]] as const).flatMap(([name, op]) => [
    form({ id: `${name}_reg` as `${typeof name}_reg`, mnemonic: name.toLowerCase(), encoding: `sf:1 ${op} 1 11010010 Rm:5 cond:4 0 0 Rn:5 0 nzcv:4`, operands: [Rn, Rm, imm('nzcv', 4, { syntax: '#<nzcv>' }), cond()], summary: `Conditional compare${op ? '' : ' negative'} (register): flags of Rn ${op ? '-' : '+'} Rm if cond, else nzcv.` }),
    form({ id: `${name}_imm` as `${typeof name}_imm`, mnemonic: name.toLowerCase(), encoding: `sf:1 ${op} 1 11010010 imm5:5 cond:4 1 0 Rn:5 0 nzcv:4`, operands: [Rn, imm('imm5', 5), imm('nzcv', 4, { syntax: '#<nzcv>' }), cond()], summary: `Conditional compare${op ? '' : ' negative'} (immediate): flags of Rn ${op ? '-' : '+'} imm5 if cond, else nzcv.` }),
  ]),
  // ---- Conditional select ----
  form({ id: 'CSEL', mnemonic: 'csel', encoding: 'sf:1 0 0 11010100 Rm:5 cond:4 00 Rn:5 Rd:5', operands: [Rd, Rn, Rm, cond()], summary: 'Conditional select: Rd = cond ? Rn : Rm.' }),
  form({ id: 'CSINC', mnemonic: 'csinc', encoding: 'sf:1 0 0 11010100 Rm:5 cond:4 01 Rn:5 Rd:5', operands: [Rd, Rn, Rm, cond()], summary: 'Conditional select increment: Rd = cond ? Rn : Rm + 1.' }),
  form({ id: 'CSINV', mnemonic: 'csinv', encoding: 'sf:1 1 0 11010100 Rm:5 cond:4 00 Rn:5 Rd:5', operands: [Rd, Rn, Rm, cond()], summary: 'Conditional select invert: Rd = cond ? Rn : NOT Rm.' }),
  form({ id: 'CSNEG', mnemonic: 'csneg', encoding: 'sf:1 1 0 11010100 Rm:5 cond:4 01 Rn:5 Rd:5', operands: [Rd, Rn, Rm, cond()], summary: 'Conditional select negation: Rd = cond ? Rn : -Rm.' }),
  // ---- Data processing (2 source) ----
  ...twoSource.map(([name, opcode, summary]) => form({ id: name, mnemonic: name.toLowerCase(), encoding: `sf:1 0 0 11010110 Rm:5 ${opcode} Rn:5 Rd:5`, operands: [Rd, Rn, Rm], summary })),
  ...crcForms.map(([name, sf, opcode, summary]) => form({
    id: name, mnemonic: name.toLowerCase(), feature: 'crc', encoding: `${sf} 0 0 11010110 Rm:5 ${opcode} Rn:5 Rd:5`,
    operands: [gpr('Rd', 'w'), gpr('Rn', 'w'), gpr('Rm', sf ? 'x' : 'w')], summary,
  })),
  form({ id: 'PACGA', mnemonic: 'pacga', feature: 'pauth', encoding: '1 0 0 11010110 Rm:5 001100 Rn:5 Rd:5', operands: [Xd, Xn, XmSp], summary: 'Compute a generic pointer authentication code of Xn with modifier Xm|SP into the top half of Xd.' }),
  form({
    id: 'SUBP', mnemonic: 'subp', feature: 'mte', encoding: '1 0 0 11010110 Rm:5 000000 Rn:5 Rd:5', operands: [Xd, XnSp, XmSp],
    summary: 'Subtract pointers: Xd = Xn<55:0> - Xm<55:0> (sign-extended 56-bit addresses, tags ignored).',
    operation: 'Both operands are taken as 56-bit addresses with the tag byte removed and sign-extended from bit 55; the difference is written to Xd. Flags are unchanged.',
  }),
  form({
    id: 'IRG', mnemonic: 'irg', feature: 'mte', encoding: '1 0 0 11010110 Rm:5 000100 Rn:5 Rd:5', operands: [XdSp, XnSp, irgXm],
    summary: 'Insert random tag: Xd = Xn with a random logical tag not excluded by GCR_EL1.Exclude OR Xm<15:0>.',
    operation: 'Copies Xn|SP to Xd|SP and replaces bits 59:56 with a random allocation tag chosen from the tags that are not excluded. The exclusion set is GCR_EL1.Exclude (under Linux: the complement of the PR_MTE_TAG_MASK given to prctl(PR_SET_TAGGED_ADDR_CTRL)) combined with the mask in Xm<15:0>. If every tag is excluded, tag 0 is used. Memory and allocation tags are not touched: follow with STG/STZG/ST2G to colour memory.',
  }),
  form({
    id: 'GMI', mnemonic: 'gmi', feature: 'mte', encoding: '1 0 0 11010110 Rm:5 000101 Rn:5 Rd:5', operands: [Xd, XnSp, Xm],
    summary: 'Tag mask insert: Xd = Xm with bit <tag of Xn> set (build an exclusion mask for IRG).',
    operation: 'Reads the logical tag in bits 59:56 of Xn|SP and sets that bit in the 16-bit exclusion mask taken from Xm, writing the result to Xd.',
  }),
  form({
    id: 'SUBPS', mnemonic: 'subps', feature: 'mte', encoding: '1 0 1 11010110 Rm:5 000000 Rn:5 Rd:5', operands: [Xd, XnSp, XmSp],
    summary: 'Subtract pointers, setting flags: Xd = Xn<55:0> - Xm<55:0> and NZCV from the 64-bit subtraction.',
    operation: 'Like SUBP but also sets N, Z, C and V as a 64-bit SUBS of the two sign-extended 56-bit addresses. CMPP is SUBPS with XZR as destination.',
  }),
  // ---- Data processing (1 source) ----
  form({ id: 'RBIT', mnemonic: 'rbit', encoding: 'sf:1 1 0 11010110 00000 000000 Rn:5 Rd:5', operands: [Rd, Rn], summary: 'Reverse the bit order.' }),
  form({ id: 'REV16', mnemonic: 'rev16', encoding: 'sf:1 1 0 11010110 00000 000001 Rn:5 Rd:5', operands: [Rd, Rn], summary: 'Reverse the bytes in each halfword.' }),
  form({ id: 'REV_32', mnemonic: 'rev', encoding: '0 1 0 11010110 00000 000010 Rn:5 Rd:5', operands: [gpr('Rd', 'w'), gpr('Rn', 'w')], summary: 'Reverse the bytes of a 32-bit register.' }),
  form({ id: 'REV32', mnemonic: 'rev32', encoding: '1 1 0 11010110 00000 000010 Rn:5 Rd:5', operands: [Xd, Xn], summary: 'Reverse the bytes in each 32-bit word of a 64-bit register.' }),
  form({ id: 'REV_64', mnemonic: 'rev', encoding: '1 1 0 11010110 00000 000011 Rn:5 Rd:5', operands: [Xd, Xn], summary: 'Reverse the bytes of a 64-bit register.' }),
  form({ id: 'CLZ', mnemonic: 'clz', encoding: 'sf:1 1 0 11010110 00000 000100 Rn:5 Rd:5', operands: [Rd, Rn], summary: 'Count leading zero bits.' }),
  form({ id: 'CLS', mnemonic: 'cls', encoding: 'sf:1 1 0 11010110 00000 000101 Rn:5 Rd:5', operands: [Rd, Rn], summary: 'Count leading sign bits (excluding the sign bit itself).' }),
  ...pacForms.map(([name, opcode, summary]) => form({ id: name, mnemonic: name.toLowerCase(), feature: 'pauth', encoding: `1 1 0 11010110 00001 ${opcode} Rn:5 Rd:5`, operands: [Xd, XnSp], summary })),
  ...pacZeroForms.map(([name, opcode, summary]) => form({ id: name, mnemonic: name.toLowerCase(), feature: 'pauth', encoding: `1 1 0 11010110 00001 ${opcode} 11111 Rd:5`, operands: [Xd], summary })),
  // ---- Common short sequence compression (FEAT_CSSC) ----
  ...([['CTZ', '000110', 'Count trailing zero bits.'], ['CNT', '000111', 'Count the set bits (population count).'], ['ABS', '001000', 'Absolute value.']] as const).map(([name, opcode, summary]) => form({
    id: name, mnemonic: name.toLowerCase(), feature: 'cssc', encoding: `sf:1 1 0 11010110 00000 ${opcode} Rn:5 Rd:5`, operands: [Rd, Rn], summary,
  })),
  ...([['SMAX', '011000', 'Signed maximum.'], ['UMAX', '011001', 'Unsigned maximum.'], ['SMIN', '011010', 'Signed minimum.'], ['UMIN', '011011', 'Unsigned minimum.']] as const).map(([name, opcode, summary]) => form({
    id: `${name}_reg` as `${typeof name}_reg`, mnemonic: name.toLowerCase(), feature: 'cssc', encoding: `sf:1 0 0 11010110 Rm:5 ${opcode} Rn:5 Rd:5`, operands: [Rd, Rn, Rm], summary: `${summary} (register)`,
  })),
  ...([['SMAX', '0000', true], ['UMAX', '0001', false], ['SMIN', '0010', true], ['UMIN', '0011', false]] as const).map(([name, opc, signed]) => form({
    id: `${name}_imm` as `${typeof name}_imm`, mnemonic: name.toLowerCase(), feature: 'cssc', encoding: `sf:1 0 0 10001 11 ${opc} imm8:8 Rn:5 Rd:5`,
    operands: [Rd, Rn, imm('imm8', 8, { signed, format: 'dec' })], summary: `${signed ? 'Signed' : 'Unsigned'} ${name.endsWith('MAX') ? 'maximum' : 'minimum'} with an 8-bit immediate.`,
  })),
  // ---- Data processing (3 source) ----
  ...threeSource.map(([name, sf, op31, o0, summary]) => form({
    id: name, mnemonic: name.toLowerCase(), encoding: `${sf} 00 11011 ${op31} Rm:5 ${o0} Ra:5 Rn:5 Rd:5`,
    operands: sf === '1' ? [Xd, Wn, Wm, gpr('Ra', 'x')] : [Rd, Rn, Rm, Ra], summary,
  })),
  form({ id: 'SMULH', mnemonic: 'smulh', encoding: '1 00 11011 010 Rm:5 0 Ra:5 Rn:5 Rd:5', operands: [Xd, Xn, Xm], summary: 'Signed multiply high: Xd = (Xn * Xm) >> 64.', finish: (f) => { f.Ra = 31; return undefined; } }),
  form({ id: 'UMULH', mnemonic: 'umulh', encoding: '1 00 11011 110 Rm:5 0 Ra:5 Rn:5 Rd:5', operands: [Xd, Xn, Xm], summary: 'Unsigned multiply high: Xd = (Xn * Xm) >> 64.', finish: (f) => { f.Ra = 31; return undefined; } }),
];

export const dataProcessingRegisterAliases = [
  alias({ id: 'MOV_orr_reg', mnemonic: 'mov', aliasOf: 'ORR_shift', encoding: 'sf:1 01 01010 00 0 Rm:5 000000 11111 Rd:5', operands: [Rd, Rm], summary: 'Move register: Rd = Rm (ORR with the zero register).' }),
  alias({ id: 'UXTW', mnemonic: 'uxtw', aliasOf: 'ORR_shift', asmOnly: true, encoding: '0 01 01010 00 0 Rm:5 000000 11111 Rd:5', operands: [gpr('Rd', 'x'), gpr('Rm', 'w')], summary: 'Zero-extend word (assembled as MOV Wd, Wn).' }),
  alias({ id: 'MVN', mnemonic: 'mvn', aliasOf: 'ORN_shift', encoding: 'sf:1 01 01010 shift:2 1 Rm:5 imm6:6 11111 Rd:5', operands: [Rd, RmShifted, regShift(true)], summary: 'Bitwise NOT: Rd = NOT shifted Rm.' }),
  alias({ id: 'TST_shift', mnemonic: 'tst', aliasOf: 'ANDS_shift', encoding: 'sf:1 11 01010 shift:2 0 Rm:5 imm6:6 Rn:5 11111', operands: [Rn, RmShifted, regShift(true)], summary: 'Test bits: sets flags on Rn AND shifted Rm.' }),
  alias({ id: 'CMN_shift', mnemonic: 'cmn', aliasOf: 'ADDS_shift', encoding: 'sf:1 0 1 01011 shift:2 0 Rm:5 imm6:6 Rn:5 11111', operands: [Rn, RmShifted, regShift(false)], summary: 'Compare negative: sets flags on Rn + shifted Rm.' }),
  alias({ id: 'CMP_shift', mnemonic: 'cmp', aliasOf: 'SUBS_shift', encoding: 'sf:1 1 1 01011 shift:2 0 Rm:5 imm6:6 Rn:5 11111', operands: [Rn, RmShifted, regShift(false)], summary: 'Compare: sets flags on Rn - shifted Rm.' }),
  alias({ id: 'NEG', mnemonic: 'neg', aliasOf: 'SUB_shift', encoding: 'sf:1 1 0 01011 shift:2 0 Rm:5 imm6:6 11111 Rd:5', operands: [Rd, RmShifted, regShift(false)], summary: 'Negate: Rd = -shifted Rm.' }),
  alias({ id: 'NEGS', mnemonic: 'negs', aliasOf: 'SUBS_shift', encoding: 'sf:1 1 1 01011 shift:2 0 Rm:5 imm6:6 11111 Rd:5', operands: [Rd, RmShifted, regShift(false)], summary: 'Negate, setting flags.' }),
  alias({ id: 'CMN_ext', mnemonic: 'cmn', aliasOf: 'ADDS_ext', encoding: 'sf:1 0 1 01011 00 1 Rm:5 option:3 imm3:3 Rn:5 11111', operands: [RnSp, extendedRm(), extend(true)], summary: 'Compare negative (extended register).', finish: extendFinish }),
  alias({ id: 'CMP_ext', mnemonic: 'cmp', aliasOf: 'SUBS_ext', encoding: 'sf:1 1 1 01011 00 1 Rm:5 option:3 imm3:3 Rn:5 11111', operands: [RnSp, extendedRm(), extend(true)], summary: 'Compare (extended register).', finish: extendFinish }),
  alias({ id: 'NGC', mnemonic: 'ngc', aliasOf: 'SBC', encoding: 'sf:1 1 0 11010000 Rm:5 000000 11111 Rd:5', operands: [Rd, Rm], summary: 'Negate with carry: Rd = -Rm - 1 + C.' }),
  alias({ id: 'NGCS', mnemonic: 'ngcs', aliasOf: 'SBCS', encoding: 'sf:1 1 1 11010000 Rm:5 000000 11111 Rd:5', operands: [Rd, Rm], summary: 'Negate with carry, setting flags.' }),
  alias({ id: 'CSET', mnemonic: 'cset', aliasOf: 'CSINC', encoding: 'sf:1 0 0 11010100 11111 cond:4 01 11111 Rd:5', operands: [Rd, cond('cond', { inverted: true, noAlNv: true })], summary: 'Conditional set: Rd = cond ? 1 : 0.', when: notAlNv }),
  alias({ id: 'CINC', mnemonic: 'cinc', aliasOf: 'CSINC', encoding: 'sf:1 0 0 11010100 Rm:5 cond:4 01 Rn:5 Rd:5', operands: [Rd, RnAlsoRm, cond('cond', { inverted: true, noAlNv: true })], summary: 'Conditional increment: Rd = cond ? Rn + 1 : Rn.', when: (f) => f.Rm === f.Rn && f.Rn !== 31 && notAlNv(f) }),
  alias({ id: 'CSETM', mnemonic: 'csetm', aliasOf: 'CSINV', encoding: 'sf:1 1 0 11010100 11111 cond:4 00 11111 Rd:5', operands: [Rd, cond('cond', { inverted: true, noAlNv: true })], summary: 'Conditional set mask: Rd = cond ? -1 : 0.', when: notAlNv }),
  alias({ id: 'CINV', mnemonic: 'cinv', aliasOf: 'CSINV', encoding: 'sf:1 1 0 11010100 Rm:5 cond:4 00 Rn:5 Rd:5', operands: [Rd, RnAlsoRm, cond('cond', { inverted: true, noAlNv: true })], summary: 'Conditional invert: Rd = cond ? NOT Rn : Rn.', when: (f) => f.Rm === f.Rn && f.Rn !== 31 && notAlNv(f) }),
  alias({ id: 'CNEG', mnemonic: 'cneg', aliasOf: 'CSNEG', encoding: 'sf:1 1 0 11010100 Rm:5 cond:4 01 Rn:5 Rd:5', operands: [Rd, RnAlsoRm, cond('cond', { inverted: true, noAlNv: true })], summary: 'Conditional negate: Rd = cond ? -Rn : Rn.', when: (f) => f.Rm === f.Rn && notAlNv(f) }),
  alias({ id: 'LSL_reg', mnemonic: 'lsl', aliasOf: 'LSLV', encoding: 'sf:1 0 0 11010110 Rm:5 001000 Rn:5 Rd:5', operands: [Rd, Rn, Rm], summary: 'Logical shift left by register.' }),
  alias({ id: 'LSR_reg', mnemonic: 'lsr', aliasOf: 'LSRV', encoding: 'sf:1 0 0 11010110 Rm:5 001001 Rn:5 Rd:5', operands: [Rd, Rn, Rm], summary: 'Logical shift right by register.' }),
  alias({ id: 'ASR_reg', mnemonic: 'asr', aliasOf: 'ASRV', encoding: 'sf:1 0 0 11010110 Rm:5 001010 Rn:5 Rd:5', operands: [Rd, Rn, Rm], summary: 'Arithmetic shift right by register.' }),
  alias({ id: 'ROR_reg', mnemonic: 'ror', aliasOf: 'RORV', encoding: 'sf:1 0 0 11010110 Rm:5 001011 Rn:5 Rd:5', operands: [Rd, Rn, Rm], summary: 'Rotate right by register.' }),
  alias({ id: 'CMPP', mnemonic: 'cmpp', aliasOf: 'SUBPS', feature: 'mte', encoding: '1 0 1 11010110 Rm:5 000000 Rn:5 11111', operands: [XnSp, XmSp], summary: 'Compare pointers: sets flags on Xn<55:0> - Xm<55:0> (SUBPS to XZR).' }),
  alias({ id: 'REV64', mnemonic: 'rev64', aliasOf: 'REV_64', asmOnly: true, encoding: '1 1 0 11010110 00000 000011 Rn:5 Rd:5', operands: [Xd, Xn], summary: 'Reverse the bytes of a 64-bit register (another name of REV).' }),
  alias({ id: 'MUL', mnemonic: 'mul', aliasOf: 'MADD', encoding: 'sf:1 00 11011 000 Rm:5 0 11111 Rn:5 Rd:5', operands: [Rd, Rn, Rm], summary: 'Multiply: Rd = Rn * Rm.' }),
  alias({ id: 'MNEG', mnemonic: 'mneg', aliasOf: 'MSUB', encoding: 'sf:1 00 11011 000 Rm:5 1 11111 Rn:5 Rd:5', operands: [Rd, Rn, Rm], summary: 'Multiply-negate: Rd = -(Rn * Rm).' }),
  alias({ id: 'SMULL', mnemonic: 'smull', aliasOf: 'SMADDL', encoding: '1 00 11011 001 Rm:5 0 11111 Rn:5 Rd:5', operands: [Xd, Wn, Wm], summary: 'Signed multiply long: Xd = Wn * Wm.' }),
  alias({ id: 'SMNEGL', mnemonic: 'smnegl', aliasOf: 'SMSUBL', encoding: '1 00 11011 001 Rm:5 1 11111 Rn:5 Rd:5', operands: [Xd, Wn, Wm], summary: 'Signed multiply-negate long: Xd = -(Wn * Wm).' }),
  alias({ id: 'UMULL', mnemonic: 'umull', aliasOf: 'UMADDL', encoding: '1 00 11011 101 Rm:5 0 11111 Rn:5 Rd:5', operands: [Xd, Wn, Wm], summary: 'Unsigned multiply long: Xd = Wn * Wm.' }),
  alias({ id: 'UMNEGL', mnemonic: 'umnegl', aliasOf: 'UMSUBL', encoding: '1 00 11011 101 Rm:5 1 11111 Rn:5 Rd:5', operands: [Xd, Wn, Wm], summary: 'Unsigned multiply-negate long: Xd = -(Wn * Wm).' }),
];
