// Which error responses VS Code shows to the user: a request naming a variables reference or frame made stale by a
// resume (a request racing a step; the extension's own views make such requests) is answered with showUser false,
// so no notification pops up; a malformed request the user made (a bad expression) keeps showUser true.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { fixture, inProcessSession } from './helpers.js';

test('stale references are answered quietly; a bad expression is shown', async () => {
  const h = await inProcessSession();
  const { request } = h;
  await h.launch({ program: fixture('basic.s'), stopOnEntry: true });
  const stale = await request('variables', { variablesReference: 99999 });
  assert.equal(stale.success, false);
  assert.equal((stale.body as { error: DebugProtocol.Message }).error.showUser, false);
  const staleFrame = await request('scopes', { frameId: 999 });
  assert.equal((staleFrame.body as { error: DebugProtocol.Message }).error.showUser, false);
  const bad = await request('evaluate', { expression: 'nosuch + 1', context: 'watch' });
  assert.equal(bad.success, false);
  assert.match(bad.message ?? '', /no register or symbol named 'nosuch'/);
  assert.equal((bad.body as { error: DebugProtocol.Message }).error.showUser, true);
  await h.close();
});
