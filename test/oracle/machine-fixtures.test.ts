// The machine's committed qemu expectations (test/machine/fixtures/qemu-expectations.json) must be what qemu and
// GNU as produce today for the cases in test/machine/cases: a case edited without regenerating its expectation
// would otherwise be checked against a stale answer. The file is regenerated with the real tools, compared with
// the committed one, and the committed content is put back whatever happens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const fixture = join(root, 'test', 'machine', 'fixtures', 'qemu-expectations.json');

test('test/machine/fixtures/qemu-expectations.json is up to date with qemu-aarch64 and GNU as', () => {
  for (const tool of ['qemu-aarch64', 'aarch64-linux-gnu-as', 'aarch64-linux-gnu-ld']) {
    const r = spawnSync(tool, ['--version']);
    assert.ok(!r.error && r.status === 0, `${tool} is missing: install qemu-user and binutils-aarch64-linux-gnu`);
  }
  const committed = readFileSync(fixture, 'utf8');
  try {
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'gen-machine-expectations.mjs')], { cwd: root, encoding: 'utf8', timeout: 600_000 });
    assert.equal(r.status, 0, `the generator failed:\n${r.stdout}\n${r.stderr}`);
    const fresh = readFileSync(fixture, 'utf8');
    const cases = (text: string) => (JSON.parse(text) as { cases: { name: string }[] }).cases;
    const stale = cases(fresh).filter((c) => JSON.stringify(c) !== JSON.stringify(cases(committed).find((o) => o.name === c.name))).map((c) => c.name);
    assert.deepEqual(stale, [], `stale expectations (run node scripts/gen-machine-expectations.mjs and commit): ${stale.join(', ')}`);
    assert.equal(cases(fresh).length, cases(committed).length);
  } finally {
    writeFileSync(fixture, committed);
  }
});
