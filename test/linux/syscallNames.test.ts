// System call names in the notes about unimplemented calls (syscallTable.ts): the generic AArch64 numbering of
// include/uapi/asm-generic/unistd.h (splice 76, tee 77, socket 198, recvmmsg 243, wait4 260, pidfd_send_signal 424),
// and the same names as the implemented calls' table wherever both have one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { syscallName } from '../../emulator/linux/syscallTable.js';
import { SYS } from '../../emulator/linux/constants.js';
import { makeProcess } from './helpers.js';

test('syscallName knows the generic numbers; an unsupported call is noted by name', () => {
  assert.deepEqual([76, 77, 198, 243, 260, 424, 450].map(syscallName), ['splice', 'tee', 'socket', 'recvmmsg', 'wait4', 'pidfd_send_signal', 'set_mempolicy_home_node']);
  assert.equal(syscallName(244), 'syscall_244', 'the architecture-specific range has no generic names');
  for (const [name, number] of Object.entries(SYS)) assert.equal(syscallName(number), name);
  const t = makeProcess();
  assert.equal(t.syscall(186, 0, 0, 0).value, -38n); // msgget
  assert.ok(t.process.diagnostics.some((d) => d.includes('msgget (186)')), t.process.diagnostics.join('\n'));
});
