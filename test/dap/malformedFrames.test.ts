// The adapter process survives frames that are not protocol messages (a body that is not JSON, JSON null, a
// request without a command): each is reported (console output, or an error response) and the next request is
// answered. (test/fuzz/dapFraming.test.ts tries more kinds.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { adapterPath, ensureAdapterBuilt } from './helpers.js';

const frame = (body: string): string => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

test('malformed frames are reported and dropped; the session goes on', async () => {
  ensureAdapterBuilt();
  const child = spawn(process.execPath, [adapterPath], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let exited = false;
  child.stdout.on('data', (d: Buffer) => { out += d.toString('utf8'); });
  child.on('exit', () => { exited = true; });
  try {
    child.stdin.write(frame('{bad json'));
    child.stdin.write(frame('null'));
    child.stdin.write(frame(JSON.stringify({ seq: 1, type: 'request' })));
    child.stdin.write(frame(JSON.stringify({ seq: 2, type: 'request', command: 'threads' })));
    const deadline = Date.now() + 15_000;
    while (!out.includes('"request_seq":2,') && !exited && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    // A moment more: an adapter that shuts down on a bad frame does so right after answering.
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(exited, false, 'the adapter is still running');
    assert.match(out, /"request_seq":2,"command":"threads","success":true/);
    assert.match(out, /ignored a malformed message \(Unexpected token|ignored a malformed message \(.*JSON/);
    assert.match(out, /ignored a malformed message \(a message must be a JSON object, not null\)/);
    assert.match(out, /"request_seq":1,"command":"","success":false,"message":"a request needs a 'command' string"/);
  } finally {
    child.kill();
  }
});
