// Regenerates test/e2e/workspace/hello.elf, the ELF counterpart of hello.s that the end-to-end tests debug, with the
// GNU tools (aarch64-linux-gnu-as and -ld), so the fixture comes from an outside assembler, not from ours.
// Usage: node test/e2e/makeFixtures.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const workspace = join(dirname(fileURLToPath(import.meta.url)), 'workspace');
const tmp = mkdtempSync(join(tmpdir(), 'e2e-fixtures-'));
function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.error?.message ?? r.stderr}`);
}
try {
  run('aarch64-linux-gnu-as', ['-march=armv8.5-a+memtag', '-o', join(tmp, 'hello.o'), join(workspace, 'hello.s')]);
  run('aarch64-linux-gnu-ld', ['-static', '--build-id=none', '-o', join(workspace, 'hello.elf'), join(tmp, 'hello.o')]);
  console.log(`wrote ${join(workspace, 'hello.elf')}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
