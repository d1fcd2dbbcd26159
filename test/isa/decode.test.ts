// The executor reads decoded fields by their Arm ARM names: this pins the form ids and field values of words
// assembled by GNU as (aarch64-linux-gnu-as -march=armv8.5-a+memtag), so a rename in the table is noticed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decode } from '../../emulator/isa/index.js';

const cases: [word: number, gnu: string, id: string, fields: Record<string, number>][] = [
  [0x914007e0, 'add x0, sp, #0x1, lsl #12', 'ADD_imm', { sf: 1, sh: 1, imm12: 1, Rn: 31, Rd: 0 }],
  [0x91810c20, 'addg x0, x1, #0x10, #0x3', 'ADDG', { uimm6: 1, uimm4: 3, Rn: 1, Rd: 0 }],
  [0x9adf13e0, 'irg x0, sp', 'IRG', { Rm: 31, Rn: 31, Rd: 0 }],
  [0xbac1001f, 'cmpp x0, x1', 'SUBPS', { Rm: 1, Rn: 0, Rd: 31 }],
  [0xf2a24681, 'movk x1, #0x1234, lsl #16', 'MOVK', { sf: 1, hw: 1, imm16: 0x1234, Rd: 1 }],
  [0x92401c20, 'and x0, x1, #0xff', 'AND_imm', { sf: 1, N: 1, immr: 0, imms: 7, Rn: 1, Rd: 0 }],
  [0xd3442c20, 'ubfx x0, x1, #4, #8', 'UBFM', { sf: 1, N: 1, immr: 4, imms: 11, Rn: 1, Rd: 0 }],
  [0x8b226be0, 'add x0, sp, x2, lsl #2', 'ADD_ext', { sf: 1, Rm: 2, option: 3, imm3: 2, Rn: 31, Rd: 0 }],
  [0xfa433804, 'ccmp x0, #0x3, #0x4, cc', 'CCMP_imm', { sf: 1, imm5: 3, cond: 3, Rn: 0, nzcv: 4 }],
  [0x1a9f37e0, 'cset w0, cs', 'CSINC', { sf: 0, Rm: 31, cond: 3, Rn: 31, Rd: 0 }],
  [0x54fffee1, 'b.ne', 'B_cond', { imm19: 0x7fff7, cond: 1 }],
  [0x361ffda0, 'tbz w0, #3', 'TBZ', { b5: 0, b40: 3, imm14: 0x3fed, Rt: 0 }],
  [0xd503245f, 'bti c', 'BTI', { targets: 1 }],
  [0xd53b42e0, 'mrs x0, tco', 'MRS', { sysreg: 0x5a17, Rt: 0 }],
  [0xd503419f, 'msr tco, #0x1', 'MSR_imm', { op1: 3, CRm: 1, op2: 4 }],
  [0xd50b7460, 'dc gva, x0', 'SYS', { op1: 3, CRn: 7, CRm: 4, op2: 3, Rt: 0 }],
  [0xd92e4d99, 'stg x25, [x12, #3648]!', 'STG_pre', { imm9: 228, Rn: 12, Rt: 25 }],
  [0x68bd3ca5, 'stgp x5, x15, [x5], #-96', 'STGP_post', { simm7: 0x7a, Rt2: 15, Rn: 5, Rt: 5 }],
  [0xd9600000, 'ldg x0, [x0]', 'LDG', { imm9: 0, Rn: 0, Rt: 0 }],
  [0xd4000001, 'svc #0x0', 'SVC', { imm16: 0 }],
];

for (const [word, gnu, id, fields] of cases) {
  test(`${word.toString(16)} (${gnu}) decodes as ${id}`, () => {
    const d = decode(word);
    assert.ok(d, 'decodes');
    assert.equal(d.form.id, id);
    for (const [name, value] of Object.entries(fields)) assert.equal(d.fields[name], value, `field ${name}`);
  });
}
