// Which error responses VS Code shows to the user: a request naming a variables reference or frame made stale by a
// resume (a request racing a step; the extension's own views make such requests) is answered with showUser false,
// so no notification pops up; a malformed request the user made (a bad expression) keeps showUser true.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { MteDebugSession } from '../../debug-adapter/session.js';
import { fixture } from './helpers.js';

function inProcessSession() {
  const session = new MteDebugSession();
  const responses: DebugProtocol.Response[] = [];
  const events: DebugProtocol.Event[] = [];
  let seq = 1;
  (session as unknown as { sendResponse(r: DebugProtocol.Response): void }).sendResponse = (r) => { responses.push(r); };
  (session as unknown as { sendEvent(e: DebugProtocol.Event): void }).sendEvent = (e) => { events.push(e); };
  const request = async (command: string, args: unknown): Promise<DebugProtocol.Response> => {
    const s = seq++;
    session.handleMessage({ seq: s, type: 'request', command, arguments: args } as DebugProtocol.Request);
    for (let i = 0; i < 400; i++) {
      const r = responses.find((x) => x.request_seq === s);
      if (r) return r;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`no response to ${command}`);
  };
  return { session, request, events };
}

test('stale references are answered quietly; a bad expression is shown', async () => {
  const { session, request, events } = inProcessSession();
  await request('initialize', { adapterID: 'aarch64-mte', linesStartAt1: true, columnsStartAt1: true });
  assert.equal((await request('launch', { program: fixture('basic.s'), stopOnEntry: true })).success, true);
  await request('configurationDone', {});
  for (let i = 0; i < 200 && !events.some((e) => e.event === 'stopped'); i++) await new Promise((r) => setTimeout(r, 10));
  const stale = await request('variables', { variablesReference: 99999 });
  assert.equal(stale.success, false);
  assert.equal((stale.body as { error: DebugProtocol.Message }).error.showUser, false);
  const staleFrame = await request('scopes', { frameId: 999 });
  assert.equal((staleFrame.body as { error: DebugProtocol.Message }).error.showUser, false);
  const bad = await request('evaluate', { expression: 'nosuch + 1', context: 'watch' });
  assert.equal(bad.success, false);
  assert.match(bad.message ?? '', /no register or symbol named 'nosuch'/);
  assert.equal((bad.body as { error: DebugProtocol.Message }).error.showUser, true);
  await request('disconnect', { terminateDebuggee: true });
  session.dispose();
});
