// The Linux layer against qemu-aarch64 -cpu max (qemu-user 7.2): every program fixture (test/fixtures/programs/*.s)
// is assembled and linked with GNU as/ld, run under qemu, and run by `aarch64-mte run` both as the GNU-built ELF
// and as source assembled in-process. Stdout and exit status (128 + signal) must agree, except where Linux and
// qemu differ (test/linux/linuxDifferences.ts, from the shared guide mte-linux.md): there Linux's behaviour is
// asserted and qemu's output must really differ. Also checks that the committed fixture binaries are up to date.
// A missing tool fails the test with its name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { expectedLinuxStdout, LINUX_DIFFERENCES } from '../linux/linuxDifferences.js';

const root = join(__dirname, '..', '..');
const fixtures = join(root, 'test/fixtures/programs');
const cli = join(root, 'bin/aarch64-mte.js');
const tools = ['aarch64-linux-gnu-as', 'aarch64-linux-gnu-ld', 'qemu-aarch64'];
const work = mkdtempSync(join(tmpdir(), 'linux-oracle-'));
test.after(() => rmSync(work, { recursive: true, force: true }));

function exec(cmd: string, args: string[], cwd = work, input = '') {
  const r = spawnSync(cmd, args, { cwd, encoding: 'latin1', timeout: 60000, input });
  const status = r.status ?? (r.signal ? 128 + (({ SIGSEGV: 11, SIGILL: 4, SIGBUS: 7, SIGTRAP: 5, SIGABRT: 6 } as Record<string, number>)[r.signal] ?? 0) : -1);
  return { status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function requireTools(): void {
  const missing = tools.filter((t) => spawnSync('which', [t]).status !== 0);
  assert.deepEqual(missing, [], `missing tools: ${missing.join(', ')} (install binutils-aarch64-linux-gnu and qemu-user)`);
}

function build(name: string): string {
  const object = join(work, `${name}.o`);
  const elf = join(work, `${name}.elf`);
  const as = exec('aarch64-linux-gnu-as', ['-march=armv8.5-a+memtag', join(fixtures, `${name}.s`), '-o', object]);
  assert.equal(as.status, 0, as.stderr);
  const ld = exec('aarch64-linux-gnu-ld', ['-static', object, '-o', elf]);
  assert.equal(ld.status, 0, ld.stderr);
  return elf;
}

const programs = readdirSync(fixtures).filter((f) => f.endsWith('.s')).map((f) => f.slice(0, -2)).sort();

/** The argument lists and inputs each program is run with. */
function variants(name: string): { args: string[]; stdin: string }[] {
  if (name === 'exit42') return [{ args: ['first', 'second arg'], stdin: '' }];
  if (name === 'faults') return ['u', 'w', 'i', 'g', 'b', 'a', 'x'].map((a) => ({ args: [a], stdin: '' }));
  if (name === 'echo-stdin') return [{ args: [], stdin: 'one line\nand a longer second line of input\n' }];
  return [{ args: [], stdin: '' }];
}

test('the built CLI exists', () => {
  assert.ok(spawnSync('node', [cli, '--version'], { encoding: 'utf8' }).status === 0, `${cli} does not run: npm run build`);
});

for (const name of programs) {
  for (const { args, stdin } of variants(name)) test(`${name} ${args.join(' ')}: qemu-aarch64 and aarch64-mte run agree${LINUX_DIFFERENCES[name] ? ' (Linux behaviour where they differ)' : ''}`, () => {
    requireTools();
    const elf = build(name);
    const q = exec('qemu-aarch64', ['-cpu', 'max', elf, ...args], work, stdin);
    const expected = expectedLinuxStdout(name, q.stdout);
    if (LINUX_DIFFERENCES[name]) assert.notEqual(expected, q.stdout, `qemu no longer differs for ${name}: ${LINUX_DIFFERENCES[name]!.reason}`);
    const ours = exec('node', [cli, 'run', elf, ...args], work, stdin);
    assert.equal(ours.stdout, expected, `GNU-built ELF; stderr: ${ours.stderr}`);
    assert.equal(ours.status, q.status, 'exit status of the GNU-built ELF');
    const fromSource = exec('node', [cli, 'run', join(fixtures, `${name}.s`), ...args], work, stdin);
    const expectedFromSource = expected.replace(`${elf}\n`, `${join(fixtures, `${name}.s`)}\n`);
    assert.equal(fromSource.stdout, expectedFromSource, `assembled in-process; stderr: ${fromSource.stderr}`);
    assert.equal(fromSource.status, q.status, 'exit status of the source run');
  });
}

test('the committed fixture binaries match a fresh GNU as/ld build (rerun scripts/build-fixtures.sh if not)', () => {
  requireTools();
  for (const name of programs) {
    const fresh = readFileSync(build(name));
    const committed = readFileSync(join(fixtures, `${name}.elf`));
    assert.ok(fresh.equals(committed), `${name}.elf is stale`);
  }
});
