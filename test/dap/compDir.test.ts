// Breakpoints in a C program whose line table names its files relative to DW_AT_comp_dir (test/dwarf/comp-dir/,
// built from a build folder by its build.sh, DWARF 4 and 5): two files named util.c in different folders each get
// their own breakpoints, and the stops show the right file.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { launchToFirstStop, root, startClient, topFrame } from './helpers.js';

const dir = join(root, 'test', 'dwarf', 'comp-dir');
const srcUtil = join(dir, 'src', 'util.c');
const libUtil = join(dir, 'lib', 'util.c');
const header = join(dir, 'include', 'shared.h');

let dc: DebugClient;
beforeEach(async () => { dc = await startClient(); });
afterEach(async () => { await dc.stop(); });

for (const version of [4, 5]) {
  test(`DWARF ${version}: breakpoints in src/util.c, lib/util.c and a header found through -I`, async () => {
    const stop = await launchToFirstStop(dc, join(dir, `prog-dwarf${version}.elf`), {
      breakpoints: [{ file: srcUtil, lines: [3] }, { file: libUtil, lines: [4] }, { file: header, lines: [3] }],
    });
    assert.equal(stop.body.reason, 'breakpoint');
    let frame = await topFrame(dc);
    assert.deepEqual([frame.source?.path, frame.line], [srcUtil, 3]);
    const next = async (): Promise<DebugProtocol.StackFrame> => {
      const stopped = dc.waitForEvent('stopped');
      await dc.continueRequest({ threadId: 1 });
      await stopped;
      return topFrame(dc);
    };
    frame = await next();
    assert.deepEqual([frame.source?.path, frame.line], [libUtil, 4]);
    frame = await next();
    assert.deepEqual([frame.source?.path, frame.line], [header, 3]);
  });
}
