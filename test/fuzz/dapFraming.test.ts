// Fuzz: malformed Debug Adapter Protocol frames on the adapter process's stdin (node dist/debugAdapter.js):
// bodies that are not JSON, JSON that is not an object (null, arrays, strings, numbers), requests without a
// command, events and stray responses from the client, a bad Content-Length header. The process must stay up
// and keep answering: a valid `threads` request after each bad frame gets its response. Deterministic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { adapterPath, ensureAdapterBuilt } from '../dap/helpers.js';

function frame(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

const BAD: readonly [string, string][] = [
  ['a body that is not JSON', frame('{bad json')],
  ['null', frame('null')],
  ['an array', frame('[1,2,3]')],
  ['a string', frame('"text"')],
  ['a number', frame('5')],
  ['a request without a command', frame(JSON.stringify({ seq: 1, type: 'request' }))],
  ['an event from the client', frame(JSON.stringify({ seq: 2, type: 'event', event: 'x' }))],
  ['a stray response', frame(JSON.stringify({ seq: 3, type: 'response', request_seq: 99, success: true, command: 'runInTerminal' }))],
  ['a non-numeric Content-Length', 'Content-Length: abc\r\n\r\n'],
];

/** Sends the bad frames one by one, each followed by a threads request; returns the labels left unanswered. */
async function survivors(): Promise<{ unanswered: string[]; exited: string | undefined }> {
  ensureAdapterBuilt();
  const child = spawn(process.execPath, [adapterPath], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let exited: string | undefined;
  child.stdout.on('data', (d: Buffer) => { out += d.toString('utf8'); });
  child.on('exit', (code, signal) => { exited = `exit ${code} ${signal ?? ''}`; });
  const unanswered: string[] = [];
  try {
    let seq = 100;
    for (const [label, bad] of BAD) {
      if (exited) { unanswered.push(label); continue; }
      child.stdin.write(bad);
      const s = seq++;
      child.stdin.write(frame(JSON.stringify({ seq: s, type: 'request', command: 'threads' })));
      const pattern = `"request_seq":${s},`;
      const deadline = Date.now() + 15_000;
      while (!out.includes(pattern) && !exited && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      if (!out.includes(pattern)) unanswered.push(`${label}${exited ? ` (adapter ${exited})` : ''}`);
    }
  } finally {
    child.kill();
  }
  return { unanswered, exited };
}

test('fuzz: malformed frames never end the adapter process', async () => {
  const { unanswered } = await survivors();
  assert.deepEqual(unanswered, []);
});
