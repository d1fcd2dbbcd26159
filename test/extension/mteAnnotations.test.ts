// Editor annotations while stopped: memory operands parsed from GNU objdump text, access addresses from register
// values, the architecture's rules on which accesses are tag-checked (not SP-based immediate accesses, not the tag
// instructions), and the explanation of MTE instructions with the current registers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessAddress, explainMteInstruction, isCheckedAccess, memoryOperand, predictMismatch, splitInstruction } from '../../extension/mteAnnotations.js';
import { irgTag, chooseNonExcludedTag } from '../../emulator/machine/mteTags.js';

const registers: Record<string, bigint> = {
  x0: 0x0300ffff80001000n, x1: 0x10n, x2: 0x0a00ffff80002000n, x19: 0x0100fffff7fff000n, sp: 0xfffff7ffe000n, x3: 0xffff_fffen,
};
const read = (n: string) => registers[n];

test('operands are split outside brackets', () => {
  assert.deepEqual(splitInstruction('ldp\tx0, x1, [sp, #16]'), { mnemonic: 'ldp', operands: ['x0', 'x1', '[sp, #16]'] });
  assert.deepEqual(splitInstruction('stg\tx0, [x0], #32  // comment'), { mnemonic: 'stg', operands: ['x0', '[x0]', '#32'] });
});

test('memory operands in every addressing form', () => {
  assert.deepEqual(memoryOperand('str\tx1, [x19, #128]'), { base: 'x19', offset: 128n, writeback: 'none' });
  assert.deepEqual(memoryOperand('ldr\tx1, [x19, #-8]!'), { base: 'x19', offset: -8n, writeback: 'pre' });
  assert.deepEqual(memoryOperand('ldr\tx1, [x19], #8'), { base: 'x19', offset: 0n, writeback: 'post' });
  assert.deepEqual(memoryOperand('ldr\tx1, [x0, x1, lsl #3]'), { base: 'x0', offset: 0n, writeback: 'none', index: { register: 'x1', extend: 'lsl', shift: 3 } });
  assert.deepEqual(memoryOperand('ldrb\tw1, [x0, w3, sxtw]'), { base: 'x0', offset: 0n, writeback: 'none', index: { register: 'w3', extend: 'sxtw', shift: 0 } });
  assert.equal(memoryOperand('add\tx0, x1, #4'), undefined);
});

test('access addresses keep the tag bits and apply extends', () => {
  assert.equal(accessAddress(memoryOperand('str\tx1, [x19, #128]')!, read), 0x0100fffff7fff080n);
  assert.equal(accessAddress(memoryOperand('ldr\tx1, [x19], #8')!, read), 0x0100fffff7fff000n);
  assert.equal(accessAddress(memoryOperand('ldr\tx5, [x0, x1, lsl #3]')!, read), 0x0300ffff80001080n);
  // w3 = 0xfffffffe sign-extended is -2.
  assert.equal(accessAddress(memoryOperand('ldrb\tw1, [x0, w3, sxtw]')!, read), 0x0300ffff80000ffen);
});

test('SP-based immediate accesses without write-back, tag instructions and prefetches are not checked', () => {
  assert.equal(isCheckedAccess('ldr\tx0, [sp, #8]'), false);
  // Arm ARM: tagchecked = wback || n != 31, so SP-based write-back forms are checked.
  assert.equal(isCheckedAccess('stp\tx29, x30, [sp, #-16]!'), true);
  assert.equal(isCheckedAccess('ldr\tx30, [sp], #16'), true);
  assert.equal(isCheckedAccess('ldr\tx0, [sp, x1]'), true);
  assert.equal(isCheckedAccess('stg\tx0, [x0]'), false);
  assert.equal(isCheckedAccess('ldg\tx0, [x0]'), false);
  assert.equal(isCheckedAccess('prfm\tpldl1keep, [x0]'), false);
  assert.equal(isCheckedAccess('str\tx1, [x19, #128]'), true);
});

test('a mismatch is predicted from registers and memory tags; untagged memory never is', () => {
  const tags = new Map<bigint, number | null>([[0xfffff7fff000n, 1], [0xfffff7fff080n, 0], [0xffff80001000n, null]]);
  const at = (a: bigint) => tags.get(a);
  assert.deepEqual(predictMismatch('str\tx1, [x19, #128]', read, at), { register: 'x19', address: 0x0100fffff7fff080n, logicalTag: 1, allocationTag: 0 });
  assert.equal(predictMismatch('str\tx1, [x19]', read, at), undefined, 'tags match');
  assert.equal(predictMismatch('ldr\tx1, [x0]', read, at), undefined, 'untagged memory');
  assert.equal(predictMismatch('stg\tx1, [x19, #128]', read, at), undefined, 'tag store');
});

test('MTE instructions are explained with the current registers', () => {
  const state = { includeMask: 0xfffe, rgsr: 0x12300 };
  const expectedIrg = irgTag(0x12300, 0x0001).tag;
  assert.match(explainMteInstruction('irg\tx0, x2', read, state, () => 0)!, new RegExp(`pick tag 0x${expectedIrg.toString(16)}: x0 = 0x0${expectedIrg.toString(16)}00ffff80002000`));
  assert.match(explainMteInstruction('irg\tx0, x2, x1', read, { includeMask: 0xfffe }, () => 0)!, /included tags \{1 2 3 5 6 7 8 9 a b c d e f\}/);
  const addg = chooseNonExcludedTag(3, 2, 0x0001);
  assert.match(explainMteInstruction('addg\tx5, x0, #32, #2', read, state, () => 0)!, new RegExp(`x5 = 0x0${addg}00ffff80001020`));
  assert.match(explainMteInstruction('st2g\tx2, [x0, #16]', read, state, () => 0)!, /granules \[0xffff80001010, 0xffff80001030\) to 0xa/);
  assert.match(explainMteInstruction('stg\tx2, [x0], #16', read, state, () => 0)!, /x0 is then updated \(post-index\)/);
  assert.match(explainMteInstruction('ldg\tx4, [x19]', read, state, () => 1)!, /granule 0xfffff7fff000 \(0x1\) into bits 59:56 of x4/);
  assert.match(explainMteInstruction('gmi\tx4, x2, x1', read, state, () => 0)!, /x4 = 0x410/);
  assert.match(explainMteInstruction('subp\tx4, x2, x0', read, state, () => 0)!, /= 4096\./);
  assert.equal(explainMteInstruction('add\tx0, x1, #1', read, state, () => 0), undefined);
});
