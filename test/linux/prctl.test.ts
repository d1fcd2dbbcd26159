// prctl(PR_SET/GET_TAGGED_ADDR_CTRL): the semantics of Linux's arm64 set_tagged_addr_ctrl() and
// get_tagged_addr_ctrl() as described in Documentation/arm64/memory-tagging-extension.rst and
// tagged-address-abi.rst, including the EINVAL cases, and the effect on the machine's MTE state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeProcess, EINVAL, SCRATCH } from './helpers.js';

const PRCTL = 167;
const SET = 55;
const GET = 56;

test('the initial state after execve is all zero and checks are off', () => {
  const t = makeProcess();
  assert.equal(t.syscall(PRCTL, GET).value, 0n);
  const s = t.process.machine.mteState();
  assert.equal(s.mode, 'none');
  assert.equal(s.taggedAddressAbi, false);
});

test('ENABLE | SYNC | include mask 0xfffe reads back exactly and selects synchronous checks', () => {
  const t = makeProcess();
  assert.equal(t.syscall(PRCTL, SET, 0x1 | 0x2 | (0xfffe << 3)).value, 0n);
  assert.equal(t.syscall(PRCTL, GET).value, 0x7fff3n);
  const s = t.process.machine.mteState();
  assert.equal(s.mode, 'sync');
  assert.equal(s.includeMask, 0xfffe);
  assert.equal(s.taggedAddressAbi, true);
});

test('SYNC | ASYNC: both bits are kept and read back (0x7fff7), async is the mode in force', () => {
  // Linux keeps both TCF bits and uses the CPU's preferred mode (async by default); qemu 7.2 reads back 0x7fff3.
  const t = makeProcess();
  assert.equal(t.syscall(PRCTL, SET, 0x7fff7).value, 0n);
  assert.equal(t.syscall(PRCTL, GET).value, 0x7fff7n);
  assert.equal(t.process.machine.mteState().mode, 'async');
});

test('the MTE bits do not need PR_TAGGED_ADDR_ENABLE', () => {
  const t = makeProcess();
  assert.equal(t.syscall(PRCTL, SET, 0x6).value, 0n);
  assert.equal(t.syscall(PRCTL, GET).value, 0x6n);
  assert.equal(t.process.machine.mteState().taggedAddressAbi, false);
});

test('unknown bits, and non-zero arguments 3-5, give EINVAL and change nothing', () => {
  const t = makeProcess();
  assert.equal(t.syscall(PRCTL, SET, 0x3).value, 0n);
  assert.equal(t.syscall(PRCTL, SET, 1 << 19).value, EINVAL);
  assert.equal(t.syscall(PRCTL, SET, 1n << 40n).value, EINVAL);
  assert.equal(t.syscall(PRCTL, SET, 0x1, 1).value, EINVAL);
  assert.equal(t.syscall(PRCTL, SET, 0x1, 0, 1).value, EINVAL);
  assert.equal(t.syscall(PRCTL, SET, 0x1, 0, 0, 1).value, EINVAL);
  assert.equal(t.syscall(PRCTL, GET).value, 0x3n);
});

test('PR_GET_TAGGED_ADDR_CTRL with any non-zero argument gives EINVAL', () => {
  const t = makeProcess();
  for (const position of [1, 2, 3, 4]) {
    const args = [GET, 0, 0, 0, 0];
    args[position] = 1;
    assert.equal(t.syscall(PRCTL, ...args).value, EINVAL, `argument ${position + 1}`);
  }
});

test('an include mask of 0 is accepted (IRG then only generates tag 0) and turning everything off works', () => {
  const t = makeProcess();
  assert.equal(t.syscall(PRCTL, SET, 0x3).value, 0n);
  assert.equal(t.process.machine.mteState().includeMask, 0);
  assert.equal(t.syscall(PRCTL, SET, 0).value, 0n);
  assert.equal(t.syscall(PRCTL, GET).value, 0n);
  assert.equal(t.process.machine.mteState().mode, 'none');
});

test('unknown prctl options give EINVAL; PR_SET_NAME/PR_GET_NAME round-trip at most 15 bytes', () => {
  const t = makeProcess();
  assert.equal(t.syscall(PRCTL, 0x7fff).value, EINVAL);
  const name = t.scratch('a-rather-long-thread-name');
  assert.equal(t.syscall(PRCTL, 15, name).value, 0n);
  assert.equal(t.syscall(PRCTL, 16, name + 64n).value, 0n);
  const { data } = t.process.machine.readMemory(name + 64n, 16);
  assert.equal(Buffer.from(data).toString('latin1'), 'a-rather-long-t\0');
});

test('PR_SET_PDEATHSIG stores a signal (0-64, else EINVAL) that PR_GET_PDEATHSIG reads back (prctl(2))', () => {
  const t = makeProcess();
  assert.equal(t.syscall(167, 1, 15, 0, 0, 0).value, 0n);
  assert.equal(t.syscall(167, 2, SCRATCH, 0, 0, 0).value, 0n);
  assert.equal(new DataView(t.process.machine.readMemory(SCRATCH, 4).data.buffer).getInt32(0, true), 15);
  assert.equal(t.syscall(167, 1, 65, 0, 0, 0).value, -22n);
  assert.equal(t.syscall(167, 1, 0, 0, 0, 0).value, 0n);
});
