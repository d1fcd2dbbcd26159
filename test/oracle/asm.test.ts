// The assembler against the real GNU toolchain (binutils 2.40, qemu-user 7.2, gdb 13): for the examples and the
// test fixtures, GNU as and ours must produce identical section bytes, relocations and `objdump -dr` text;
// our objects must link with GNU ld; our `as --exe` executables and the ld-linked ones must behave under
// `qemu-aarch64 -cpu max` exactly like the GNU-built program (stdout, exit status, signal); the DWARF line
// table of `-g` must decode to the same rows as GNU as -g; and gdb must map addresses of our executable to
// source lines. A missing tool fails the test with its name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { join, basename, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { assemble, link, parseArchitecture, writeExecutable, writeObject } from '../../emulator/asm/index.js';
import type { Feature } from '../../emulator/isa/api.js';
import { readObject } from '../asm/objectReader.js';

const root = join(__dirname, '..', '..');
const tools = ['aarch64-linux-gnu-as', 'aarch64-linux-gnu-ld', 'aarch64-linux-gnu-objdump', 'qemu-aarch64', 'gdb-multiarch'];
const march = 'armv8.5-a+memtag';
const features = [...(parseArchitecture(march) as { features: Set<Feature> }).features];
const work = mkdtempSync(join(tmpdir(), 'asm-oracle-'));
test.after(() => rmSync(work, { recursive: true, force: true }));

function missingTools(): string[] {
  return tools.filter((t) => spawnSync('which', [t]).status !== 0);
}

function run(cmd: string, args: string[], cwd = root) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 20000 });
  return { status: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function requireTools(): void {
  const missing = missingTools();
  assert.deepEqual(missing, [], `missing tools: ${missing.join(', ')} (install binutils-aarch64-linux-gnu, qemu-user, gdb-multiarch)`);
}

const sources = [
  ...readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.s')).map((f) => `examples/${f}`),
  ...readdirSync(join(root, 'test/asm/fixtures')).filter((f) => f.endsWith('.s') && !f.startsWith('errors')).map((f) => `test/asm/fixtures/${f}`),
];

function ours(source: string, debugInfo = false): { object: string; result: ReturnType<typeof assemble> } {
  const text = readFileSync(join(root, source), 'utf8');
  const result = assemble(text, {
    fileName: source, features,
    readFile: (path: string) => { try { return readFileSync(join(root, path), 'utf8'); } catch { return undefined; } },
    readBinaryFile: (path: string) => { try { return new Uint8Array(readFileSync(join(root, path))); } catch { return undefined; } },
  });
  const object = join(work, `ours-${basename(source)}${debugInfo ? '-g' : ''}.o`);
  writeFileSync(object, writeObject(result, { debugInfo, compDir: root }));
  return { object, result };
}

function gnu(source: string, debugInfo = false): string {
  const object = join(work, `gnu-${basename(source)}${debugInfo ? '-g' : ''}.o`);
  const r = run('aarch64-linux-gnu-as', [`-march=${march}`, '-I', dirname(source), ...(debugInfo ? ['-g'] : []), source, '-o', object]);
  assert.equal(r.status, 0, r.stderr);
  return object;
}

for (const source of sources) {
  test(`${source}: identical sections, relocations and objdump -dr text`, () => {
    requireTools();
    const mine = ours(source);
    assert.deepEqual(mine.result.diagnostics.filter((d) => d.severity === 'error'), []);
    const theirs = gnu(source);
    const a = readObject(new Uint8Array(readFileSync(mine.object)));
    const b = readObject(new Uint8Array(readFileSync(theirs)));
    assert.deepEqual(a.sections, b.sections);
    const dump = (o: string) => run('aarch64-linux-gnu-objdump', ['-dr', o]).stdout.split('\n').slice(2).join('\n');
    assert.equal(dump(mine.object), dump(theirs));
  });
}

/** Runs a program under qemu and returns what a test compares. */
function behaviour(program: string) {
  chmodSync(program, 0o755);
  const r = run('qemu-aarch64', ['-cpu', 'max', program], work);
  return { stdout: r.stdout, status: r.status, signal: r.signal };
}

for (const source of sources.filter((s) => s.startsWith('examples/'))) {
  test(`${source}: ld-linked object and --exe executable behave like the GNU-built program under qemu`, () => {
    requireTools();
    const name = basename(source, '.s');
    const gnuExe = join(work, `gnu-${name}`);
    assert.equal(run('aarch64-linux-gnu-ld', [gnu(source), '-o', gnuExe]).status, 0);
    const expected = behaviour(gnuExe);

    const mine = ours(source);
    const ldExe = join(work, `ld-${name}`);
    const l = run('aarch64-linux-gnu-ld', [mine.object, '-o', ldExe]);
    assert.equal(l.status, 0, l.stderr);
    assert.deepEqual(behaviour(ldExe), expected, 'our object linked by GNU ld');

    const linked = link([mine.result]);
    assert.ok(linked.image, linked.diagnostics.map((d) => d.message).join('\n'));
    const exe = join(work, `exe-${name}`);
    writeFileSync(exe, writeExecutable(linked.image));
    assert.deepEqual(behaviour(exe), expected, 'our --exe executable');
    if (name === 'mte-fault') {
      assert.equal(expected.signal, 'SIGSEGV', 'the out-of-bounds store takes a tag-check fault');
      assert.match(expected.stdout, /a\[0\] and a\[15\] stored/);
      assert.doesNotMatch(expected.stdout, /not active/);
    }
    if (name === 'mte-tags') assert.equal(expected.status, 5, 'LDG reads back the tag ADDG chose');
  });

  test(`${source}: -g line table decodes like GNU as -g; gdb maps our executable's addresses to lines`, () => {
    requireTools();
    const rows = (o: string) => run('aarch64-linux-gnu-objdump', ['--dwarf=decodedline', o]).stdout.split('\n')
      .map((l) => /^(\S+)\s+(\d+)\s+(0x[0-9a-f]+)/.exec(l)).filter((m) => m !== null).map((m) => `${basename(m[1]!)}:${m[2]} @${m[3]}`);
    const mine = ours(source, true);
    const want = rows(gnu(source, true));
    assert.ok(want.length > 0);
    assert.deepEqual(rows(mine.object), want);

    const linked = link([mine.result]);
    const exe = join(work, `gdb-${basename(source, '.s')}`);
    writeFileSync(exe, writeExecutable(linked.image!));
    const first = linked.image!.lines![0]!;
    const g = run('gdb-multiarch', ['-batch', '-nx', '-ex', `info line *0x${first.address.toString(16)}`, exe]);
    assert.match(g.stdout, new RegExp(`Line ${first.line} of "${source.replace(/[.]/g, '\\.')}" starts at address 0x${first.address.toString(16)}`), g.stdout + g.stderr);
  });
}

test('gdb-multiarch steps source lines of an `as --exe` program running under qemu-aarch64 -g', async () => {
  requireTools();
  const source = 'examples/hello.s';
  const linked = link([ours(source).result]);
  const exe = join(work, 'gdb-step-hello');
  writeFileSync(exe, writeExecutable(linked.image!));
  chmodSync(exe, 0o755);
  const port = String(20000 + Math.floor(Math.random() * 20000));
  const qemu = spawn('qemu-aarch64', ['-g', port, exe], { stdio: 'ignore' });
  try {
    await new Promise((r) => setTimeout(r, 500));
    const lines = readFileSync(join(root, source), 'utf8').split('\n');
    const target = lines.findIndex((l) => /mov\s+x0, #0/.test(l)) + 1;
    const g = run('gdb-multiarch', ['-batch', '-nx', '-ex', `target remote :${port}`, '-ex', `break hello.s:${target}`,
      '-ex', 'continue', '-ex', 'next', '-ex', 'next', '-ex', 'info line *$pc', '-ex', 'kill', exe]);
    assert.match(g.stdout, new RegExp(`Breakpoint 1, _start \\(\\) at .*hello\\.s:${target}`), g.stdout + g.stderr);
    assert.match(g.stdout, new RegExp(`^${target + 1}\\s+mov\\s+x8, #SYS_exit`, 'm'));
    assert.match(g.stdout, new RegExp(`Line ${target + 2} of ".*hello\\.s"`));
  } finally {
    qemu.kill();
  }
});

test('.file/.loc compiler output: our .debug_line decodes like GNU as (no -g needed)', () => {
  requireTools();
  const source = 'test/asm/fixtures/loc.s';
  const rows = (o: string) => run('aarch64-linux-gnu-objdump', ['--dwarf=decodedline', o]).stdout.split('\n')
    .map((l) => /^(\S+)\s+(\d+|-)\s+(0x[0-9a-f]+)/.exec(l)).filter((m) => m !== null).map((m) => `${m[1]}:${m[2]} @${m[3]}`);
  const want = rows(gnu(source));
  assert.ok(want.length >= 3, want.join('\n'));
  assert.deepEqual(rows(ours(source).object), want);
});
