// Robustness: every system call in the table, called with random and hostile arguments (tagged, huge, negative,
// misaligned, unmapped pointers), must return a value or a stop, never throw, and never leave the process in an
// inconsistent state (the address space and the machine's regions agree).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeProcess, SCRATCH } from './helpers.js';
import { linuxConstants } from '../../emulator/linux/index.js';

const NUMBERS = Object.values(linuxConstants.SYS).filter((n) => n !== linuxConstants.SYS.exit && n !== linuxConstants.SYS.exit_group);
const INTERESTING = [0n, 1n, 2n, 3n, 0x20n, 0x22n, 4096n, -1n, -100n, 0xffffffffn, 1n << 63n, 0x0a00000000000000n,
  SCRATCH, SCRATCH + 1n, SCRATCH | (3n << 56n), 0x400000n, 0x7ffffffff000n, 1n << 48n, 0xfffffffffffffff0n];

test('random arguments to every system call never throw', () => {
  let seed = 99;
  const random = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed; };
  const pick = (): bigint => {
    const r = random() % 4;
    if (r === 0) return BigInt(random()) | (BigInt(random()) << 32n);
    return INTERESTING[random() % INTERESTING.length]!;
  };
  let t = makeProcess({ stdin: [1, 2, 3] });
  let restarts = 0;
  for (let round = 0; round < 4000; round++) {
    const nr = NUMBERS[random() % NUMBERS.length]!;
    const args = [pick(), pick(), pick(), pick(), pick(), pick()];
    let result;
    try {
      result = t.syscall(nr, ...args);
    } catch (e) {
      assert.fail(`syscall ${nr}(${args.map((a) => '0x' + BigInt.asUintN(64, a).toString(16)).join(', ')}) threw: ${(e as Error).stack}`);
    }
    if (result.stop && (result.stop.kind === 'killed' || result.stop.kind === 'exit')) {
      t = makeProcess({ stdin: [1, 2, 3] });
      restarts++;
    }
  }
  assert.ok(restarts < 400, `the process ended ${restarts} times: the fuzzing mostly exercised process start`);
  // The kernel's view of the address space matches the machine's regions.
  const vmas = t.process.kernel.addressSpace.all();
  for (const v of vmas) {
    for (let a = v.start; a < v.end; a += 0x100000n) {
      assert.ok(t.process.machine.regions().some((r) => r.start <= a && a < r.end), `0x${a.toString(16)} mapped in the machine`);
    }
  }
});
