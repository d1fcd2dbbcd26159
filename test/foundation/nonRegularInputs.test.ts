// The command line refuses inputs that are not regular files (a FIFO would block the open, /dev/zero would be
// read forever) with one message instead of hanging: `run`, `objdump`, `as`, and files named by .incbin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProgram } from '../../cli/commands/run.js';
import { objdumpCommand } from '../../cli/commands/objdump.js';
import { asCommand } from '../../cli/commands/as.js';
import type { CommandIO } from '../../cli/command.js';

function capture(): { io: CommandIO; stderr: () => string } {
  let err = '';
  const io: CommandIO = { stdout: () => {}, stderr: (t) => { err += t; }, stdoutBytes: () => {}, stderrBytes: (b) => { err += Buffer.from(b).toString(); } };
  return { io, stderr: () => err };
}

/** A FIFO without a writer in a scratch folder, or undefined (with the reason printed) where mkfifo is missing. */
function makeFifo(dir: string): string | undefined {
  const path = join(dir, 'fifo');
  try {
    execFileSync('mkfifo', [path]);
    return path;
  } catch (e) {
    console.log(`# FIFO cases skipped: mkfifo failed (${(e as Error).message})`);
    return undefined;
  }
}

test('run, objdump and as refuse a FIFO and a device with one message, without blocking', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'nonregular-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const inputs = [existsSync('/dev/zero') ? '/dev/zero' : undefined, makeFifo(dir)].filter((x): x is string => x !== undefined);
  assert.ok(inputs.length > 0, 'neither /dev/zero nor mkfifo is available');
  for (const input of inputs) {
    const r = capture();
    assert.equal(runProgram([input], r.io, { stdin: new Uint8Array(0) }), 2, input);
    assert.match(r.stderr(), /is not a regular file/);
    assert.equal(r.stderr().trim().split('\n').length, 1);
    const o = capture();
    assert.equal(await objdumpCommand.run(['-d', input], o.io), 1, input);
    assert.match(o.stderr(), /is not an ordinary file/);
    const a = capture();
    assert.equal(await asCommand.run([input, '-o', join(dir, 'x.o')], a.io), 1, input);
    assert.match(a.stderr(), /can't open .* for reading: .*is not a regular file/);
  }
});

test('.incbin of a device is "file not found" as for a missing file, not an endless read', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'nonregular-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  if (!existsSync('/dev/zero')) { t.skip('no /dev/zero on this host'); return; }
  const source = join(dir, 'inc.s');
  writeFileSync(source, '\t.data\n\t.incbin "/dev/zero"\n\t.incbin "missing.bin"\n');
  const a = capture();
  assert.equal(await asCommand.run([source, '-o', join(dir, 'inc.o')], a.io), 1);
  const lines = a.stderr().trim().split('\n');
  assert.equal(lines.length, 2, a.stderr());
  // Both lines carry the same kind of message (the device is treated as a file that cannot be read).
  assert.equal(lines[0]!.replace(/.*: (Error|error): /, '').replace(/"[^"]*"|`[^']*'|\S*zero\S*|\S*missing\.bin\S*/g, 'F'),
    lines[1]!.replace(/.*: (Error|error): /, '').replace(/"[^"]*"|`[^']*'|\S*zero\S*|\S*missing\.bin\S*/g, 'F'));
});
