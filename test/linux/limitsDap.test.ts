// The task cap and the memory budget through the debug adapter's launch attributes (maxTasks, memoryLimit): the
// adapter survives a fork loop and a fork bomb (test/linux/limits/) and reports the program's exit codes.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { initializeArgs, root, startClient } from '../dap/helpers.js';

const dir = join(root, 'test', 'linux', 'limits');

let dc: DebugClient;
beforeEach(async () => { dc = await startClient(); });
afterEach(async () => { await dc.stop(); });

/** Stops seen by the last runToExit ("reason thread text"); each was continued. */
let stops: string[] = [];

/** Runs the program to its end, continuing past every stop (a signal stop explains a killed child first). */
async function runToExit(program: string, args: Record<string, unknown>): Promise<number> {
  stops = [];
  await dc.initializeRequest(initializeArgs);
  const initialized = dc.waitForEvent('initialized');
  await dc.launchRequest({ program, ...args } as DebugProtocol.LaunchRequestArguments);
  await initialized;
  const exited = dc.waitForEvent('exited', 60_000);
  dc.on('stopped', (e: DebugProtocol.StoppedEvent) => {
    stops.push(`${e.body.reason} ${e.body.threadId} ${e.body.text ?? ''}`);
    void dc.continueRequest({ threadId: e.body.threadId ?? 1 });
  });
  await dc.configurationDoneRequest();
  return (await exited).body.exitCode as number;
}

test('launch maxTasks: 10: fork-cap.s makes nine children before EAGAIN', async () => {
  assert.equal(await runToExit(join(dir, 'fork-cap.s'), { maxTasks: 10 }), 9);
});

test('launch memoryLimit "12M": fork-nomem.s sees ENOMEM and a child killed past the shared limit', async () => {
  assert.equal(await runToExit(join(dir, 'fork-nomem.s'), { memoryLimit: '12M' }), 0);
  // The child's SIGKILL at the memory limit is shown as a signal stop of that child before it ends.
  assert.deepEqual(stops, ['exception 1001 SIGKILL']);
});

test('fork-bomb.s under the default cap: the adapter runs it to its end', async () => {
  assert.equal(await runToExit(join(dir, 'fork-bomb.s'), {}), 0);
});

test('launch maxTasks must be a positive integer', async () => {
  await dc.initializeRequest(initializeArgs);
  await assert.rejects(dc.launchRequest({ program: join(dir, 'fork-cap.s'), maxTasks: 0 } as DebugProtocol.LaunchRequestArguments), /maxTasks/);
});
