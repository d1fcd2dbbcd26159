// Branches and exception generation: B, BL, B.cond, BC.cond, CBZ/CBNZ, TBZ/TBNZ, BR/BLR/RET, the pointer
// authentication branches (BRAA..., RETAA/RETAB), ERET/DRPS, and SVC/HVC/SMC/BRK/HLT/DCPS/UDF.

import { cond, custom, gpr, imm, label } from '../operands.js';
import { builders, type FormDef, type Operand } from '../table.js';
import { gprExpected } from '../operands.js';
import { gprName, parseGpr, parseImmediate } from '../text.js';

const { form } = builders('branch');

const Xn = gpr('Rn', 'x');
const XmSp = gpr('Rm', 'x', { sp: true });
const Rt = gpr('Rt');

const b26 = (reloc: 'R_AARCH64_JUMP26' | 'R_AARCH64_CALL26'): Operand => label({ field: 'imm26', bits: 26, scale: 4, relocs: { '': reloc } });
const b19 = label({ field: 'imm19', bits: 19, scale: 4, relocs: { '': 'R_AARCH64_CONDBR19' } });
const b14 = label({ field: 'imm14', bits: 14, scale: 4, relocs: { '': 'R_AARCH64_TSTBR14' } });

/** The register of TBZ/TBNZ: X when the bit number is 32 or more (b5), W otherwise. */
const tbRegister: Operand = custom({
  syntax: '<R><t>',
  format: (f) => gprName(f.Rt!, f.b5 === 1, false),
  parse(text, f, ctx) {
    const r = parseGpr(text);
    if (!r || r.isSp) return gprExpected(ctx.operandNumber, false);
    f.Rt = r.num;
    f._rt64 = r.is64 ? 1 : 0;
    return undefined;
  },
});

/** The bit number of TBZ/TBNZ, split into b5:b40. */
const tbBit: Operand = custom({
  syntax: '#<imm>',
  format: (f) => `#${(f.b5! << 5) | f.b40!}`,
  parse(text, f, ctx) {
    const v = parseImmediate(text, ctx);
    if (v.kind !== 'constant') return v.kind === 'error' ? v.message : `constant expression required at operand ${ctx.operandNumber}`;
    const limit = f._rt64 === 1 ? 63 : 31;
    if (v.value < 0n || v.value > BigInt(limit)) return `immediate value out of range 0 to ${limit} at operand ${ctx.operandNumber}`;
    f.b5 = Number(v.value >> 5n);
    f.b40 = Number(v.value & 31n);
    return undefined;
  },
});

/** RET's optional register (X30 when omitted). */
const retRegister: Operand = { ...Xn, optional: true, format: (f) => (f.Rn === 30 ? undefined : gprName(f.Rn!, true, false)), absent: (f) => { f.Rn = 30; } };

const imm16 = imm('imm16', 16);
const dcpsImm: Operand = imm('imm16', 16, { optional: true });

export const branchForms = [
  form({ id: 'B', mnemonic: 'b', encoding: '0 00101 imm26:26', operands: [b26('R_AARCH64_JUMP26')], summary: 'Branch to a PC-relative label (+/-128MB).' }),
  form({ id: 'BL', mnemonic: 'bl', encoding: '1 00101 imm26:26', operands: [b26('R_AARCH64_CALL26')], summary: 'Branch with link: X30 = PC + 4, then branch to a PC-relative label.' }),
  form({ id: 'B_cond', mnemonic: 'b.<cond>', encoding: '0101010 0 imm19:19 0 cond:4', operands: [cond('cond', { inMnemonic: 'b' }), b19], summary: 'Branch conditionally to a PC-relative label (+/-1MB).' }),
  form({ id: 'BC_cond', mnemonic: 'bc.<cond>', feature: 'hbc', encoding: '0101010 0 imm19:19 1 cond:4', operands: [cond('cond', { inMnemonic: 'bc' }), b19], summary: 'Branch consistent conditionally (hinted as not behaving like a conditional branch).' }),
  form({ id: 'CBZ', mnemonic: 'cbz', encoding: 'sf:1 011010 0 imm19:19 Rt:5', operands: [Rt, b19], summary: 'Compare and branch if zero.' }),
  form({ id: 'CBNZ', mnemonic: 'cbnz', encoding: 'sf:1 011010 1 imm19:19 Rt:5', operands: [Rt, b19], summary: 'Compare and branch if not zero.' }),
  form({ id: 'TBZ', mnemonic: 'tbz', encoding: 'b5:1 011011 0 b40:5 imm14:14 Rt:5', operands: [tbRegister, tbBit, b14], summary: 'Test bit and branch if zero (+/-32KB).' }),
  form({ id: 'TBNZ', mnemonic: 'tbnz', encoding: 'b5:1 011011 1 b40:5 imm14:14 Rt:5', operands: [tbRegister, tbBit, b14], summary: 'Test bit and branch if not zero (+/-32KB).' }),
  form({ id: 'BR', mnemonic: 'br', encoding: '1101011 0000 11111 000000 Rn:5 00000', operands: [Xn], summary: 'Branch to the address in Xn.' }),
  form({ id: 'BLR', mnemonic: 'blr', encoding: '1101011 0001 11111 000000 Rn:5 00000', operands: [Xn], summary: 'Branch with link to the address in Xn.' }),
  form({ id: 'RET', mnemonic: 'ret', encoding: '1101011 0010 11111 000000 Rn:5 00000', operands: [retRegister], summary: 'Return: branch to the address in Xn (default X30).' }),
  form({ id: 'ERET', mnemonic: 'eret', encoding: '1101011 0100 11111 000000 11111 00000', operands: [], summary: 'Exception return (EL1 and above; UNDEFINED at EL0).' }),
  form({ id: 'DRPS', mnemonic: 'drps', encoding: '1101011 0101 11111 000000 11111 00000', operands: [], summary: 'Debug restore process state (Debug state only).' }),
  form({ id: 'BRAAZ', mnemonic: 'braaz', feature: 'pauth', encoding: '1101011 0000 11111 00001 0 Rn:5 11111', operands: [Xn], summary: 'Authenticate Xn with key A and a zero modifier, then branch to it.' }),
  form({ id: 'BRABZ', mnemonic: 'brabz', feature: 'pauth', encoding: '1101011 0000 11111 00001 1 Rn:5 11111', operands: [Xn], summary: 'Authenticate Xn with key B and a zero modifier, then branch to it.' }),
  form({ id: 'BLRAAZ', mnemonic: 'blraaz', feature: 'pauth', encoding: '1101011 0001 11111 00001 0 Rn:5 11111', operands: [Xn], summary: 'Authenticate Xn with key A and a zero modifier, then branch with link.' }),
  form({ id: 'BLRABZ', mnemonic: 'blrabz', feature: 'pauth', encoding: '1101011 0001 11111 00001 1 Rn:5 11111', operands: [Xn], summary: 'Authenticate Xn with key B and a zero modifier, then branch with link.' }),
  form({ id: 'RETAA', mnemonic: 'retaa', feature: 'pauth', encoding: '1101011 0010 11111 00001 0 11111 11111', operands: [], summary: 'Authenticate X30 with key A and SP as modifier, then return.' }),
  form({ id: 'RETAB', mnemonic: 'retab', feature: 'pauth', encoding: '1101011 0010 11111 00001 1 11111 11111', operands: [], summary: 'Authenticate X30 with key B and SP as modifier, then return.' }),
  form({ id: 'ERETAA', mnemonic: 'eretaa', feature: 'pauth', encoding: '1101011 0100 11111 00001 0 11111 11111', operands: [], summary: 'Authenticated exception return with key A (EL1 and above).' }),
  form({ id: 'ERETAB', mnemonic: 'eretab', feature: 'pauth', encoding: '1101011 0100 11111 00001 1 11111 11111', operands: [], summary: 'Authenticated exception return with key B (EL1 and above).' }),
  form({ id: 'BRAA', mnemonic: 'braa', feature: 'pauth', encoding: '1101011 1000 11111 00001 0 Rn:5 Rm:5', operands: [Xn, XmSp], summary: 'Authenticate Xn with key A and modifier Xm|SP, then branch to it.' }),
  form({ id: 'BRAB', mnemonic: 'brab', feature: 'pauth', encoding: '1101011 1000 11111 00001 1 Rn:5 Rm:5', operands: [Xn, XmSp], summary: 'Authenticate Xn with key B and modifier Xm|SP, then branch to it.' }),
  form({ id: 'BLRAA', mnemonic: 'blraa', feature: 'pauth', encoding: '1101011 1001 11111 00001 0 Rn:5 Rm:5', operands: [Xn, XmSp], summary: 'Authenticate Xn with key A and modifier Xm|SP, then branch with link.' }),
  form({ id: 'BLRAB', mnemonic: 'blrab', feature: 'pauth', encoding: '1101011 1001 11111 00001 1 Rn:5 Rm:5', operands: [Xn, XmSp], summary: 'Authenticate Xn with key B and modifier Xm|SP, then branch with link.' }),
  // ---- Exception generation ----
  form({ id: 'SVC', mnemonic: 'svc', encoding: '11010100 000 imm16:16 000 01', operands: [imm16], summary: 'Supervisor call: system call into the kernel (Linux: number in X8, arguments in X0-X5).', operation: 'Enters the kernel. Linux takes the system call number from X8 and arguments from X0-X5 and returns the result (or -errno) in X0; the immediate is ignored. Tagged pointers may be passed to system calls once PR_TAGGED_ADDR_ENABLE is set with prctl.' }),
  form({ id: 'HVC', mnemonic: 'hvc', encoding: '11010100 000 imm16:16 000 10', operands: [imm16], summary: 'Hypervisor call (UNDEFINED at EL0).' }),
  form({ id: 'SMC', mnemonic: 'smc', encoding: '11010100 000 imm16:16 000 11', operands: [imm16], summary: 'Secure monitor call (UNDEFINED at EL0).' }),
  form({ id: 'BRK', mnemonic: 'brk', encoding: '11010100 001 imm16:16 000 00', operands: [imm16], summary: 'Breakpoint instruction: raises a debug exception (Linux: SIGTRAP).' }),
  form({ id: 'HLT', mnemonic: 'hlt', encoding: '11010100 010 imm16:16 000 00', operands: [imm16], summary: 'Halt instruction: enters debug state when halting is enabled, else UNDEFINED.' }),
  form({ id: 'DCPS1', mnemonic: 'dcps1', encoding: '11010100 101 imm16:16 000 01', operands: [dcpsImm], summary: 'Debug change PE state to EL1 (Debug state only).' }),
  form({ id: 'DCPS2', mnemonic: 'dcps2', encoding: '11010100 101 imm16:16 000 10', operands: [dcpsImm], summary: 'Debug change PE state to EL2 (Debug state only).' }),
  form({ id: 'DCPS3', mnemonic: 'dcps3', encoding: '11010100 101 imm16:16 000 11', operands: [dcpsImm], summary: 'Debug change PE state to EL3 (Debug state only).' }),
  form({ id: 'TCANCEL', mnemonic: 'tcancel', feature: 'tme', encoding: '11010100 011 imm16:16 000 00', operands: [imm('imm16', 16, { format: 'dec' })], summary: 'Cancel the current transaction (TME), with a reason code.' }),
  form({ id: 'UDF', mnemonic: 'udf', encoding: '0000000000000000 imm16:16', operands: [imm('imm16', 16, { format: 'dec' })], summary: 'Permanently undefined: raises an undefined instruction exception (Linux: SIGILL).' }),
];

export const branchAliases: FormDef<never>[] = [];
