// DebugTarget directly: an instruction step of a thread whose time slice is used up. The scheduler then runs the
// other thread first (as Linux may); the step still executes exactly one instruction of the stepped thread and
// the stop belongs to it. Fixture: test/dap/fixtures/threads-step.s.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname } from 'node:path';
import { DebugTarget } from '../../debug-adapter/debugTarget.js';
import { loadProgram } from '../../debug-adapter/loadProgram.js';
import { schedulerOf } from '../../emulator/linux/threads.js';
import type { EmulatedProcess } from '../../emulator/linux/index.js';
import { fixture } from './helpers.js';

function launch(): DebugTarget {
  const path = fixture('threads-step.s');
  const loaded = loadProgram(path);
  assert.ok(loaded.ok, loaded.ok ? '' : loaded.message);
  const created = DebugTarget.create({
    image: loaded.image, argv: [path], envp: [], cwd: dirname(path), seed: 0, readRoots: [dirname(path)], writeRoots: [],
    onOutput: () => undefined,
  });
  assert.ok(created.ok, created.ok ? '' : created.message);
  return created.target;
}

test('stepping an instruction at the end of the thread\'s time slice: the other thread runs, the stop is the stepped thread\'s', async () => {
  const t = launch();
  const loop = t.info.symbolAddress('main_loop')!;
  t.setBreakpointAddresses([loop]);
  const hit = await t.resume('continue');
  assert.equal(hit.kind, 'breakpoint');
  assert.equal(t.stoppedThreadId, 1);
  t.setBreakpointAddresses([]);
  const sched = schedulerOf((t.process as EmulatedProcess).kernel)!;
  assert.ok(sched, 'the program has made a thread');
  const childBefore = sched.threads.find((x) => x.tid === 1001)!;
  assert.ok(childBefore);
  t.selectThread(1001);
  const childPc = t.machine.getPC();
  t.selectThread(1);
  // The main thread's slice is used up: the next instruction the scheduler runs is the other thread's.
  sched.sliceUsed = sched.timeSlice;
  const stop = await t.resume('instruction', 1);
  assert.equal(stop.kind, 'step');
  assert.equal(t.stoppedThreadId, 1, 'the stop is the stepped thread\'s');
  assert.equal(t.machine.getPC(), loop + 4n, 'exactly one instruction of the stepped thread ran');
  t.selectThread(1001);
  assert.notEqual(t.machine.getPC(), childPc, 'the other thread ran meanwhile');
  t.selectThread(1);
  // A line step over the rest of the loop line also stays on the main thread.
  sched.sliceUsed = sched.timeSlice - 1;
  const next = await t.resume('next', 1);
  assert.equal(next.kind, 'step');
  assert.equal(t.stoppedThreadId, 1);
  assert.equal(t.info.lineAt(t.machine.getPC())?.line, t.info.lineAt(loop + 8n)!.line, 'at the `bl work` line');
});
