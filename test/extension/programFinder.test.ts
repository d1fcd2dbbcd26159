// Unit tests of extension/programFinder.ts: which files are taken as the executable built from a C source. The ELF
// files are real gcc output committed in the repository (test/dap/fixtures/c/*.elf, test/fixtures/c/corpus-O0.elf
// and test/extension/fixtures/c-program, rebuilt by its build.sh); each test copies them into a fresh folder.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCommandFor, checkProgram, findProgramsForSource, noProgramMessage, programNameFor } from '../../extension/programFinder.js';

const dapC = join(__dirname, '..', 'dap', 'fixtures', 'c');
const corpus = join(__dirname, '..', 'fixtures', 'c', 'corpus-O0.elf');
const countFixture = join(__dirname, 'fixtures', 'c-program');
const made: string[] = [];
after(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });

function folder(): string {
  const d = mkdtempSync(join(tmpdir(), 'aarch64-mte-finder-'));
  made.push(d);
  return d;
}
function copy(from: string, to: string, mtimeSeconds?: number): string {
  mkdirSync(join(to, '..'), { recursive: true });
  copyFileSync(from, to);
  if (mtimeSeconds !== undefined) utimesSync(to, mtimeSeconds, mtimeSeconds);
  return to;
}
const T0 = 1_700_000_000;

test('the executable next to its source, named by its line table, is found; other files are not', async () => {
  const d = folder();
  const source = copy(join(dapC, 'locals.c'), join(d, 'locals.c'), T0);
  copy(join(dapC, 'locals.elf'), join(d, 'locals.elf'), T0 + 10);
  copy(join(dapC, 'structs.elf'), join(d, 'structs.elf'), T0 + 20); // built from structs.c, not locals.c
  copy(corpus, join(d, 'a.out'), T0 + 30); // AArch64 but built without -g: no line table
  writeFileSync(join(d, 'Makefile'), 'all:\n');
  writeFileSync(join(d, 'notes'), 'not an ELF file\n');
  const r = await findProgramsForSource(source, { workspaceFolders: [d] });
  assert.deepEqual(r.programs.map((p) => p.path), [join(d, 'locals.elf')]);
  assert.equal(r.programs[0]!.stale, false);
  const reasons = Object.fromEntries(r.rejected.map((x) => [x.path.slice(d.length + 1), x.reason]));
  assert.deepEqual(reasons, { 'a.out': 'no line table: build it with -g', 'structs.elf': 'its line table does not name locals.c' });
});

test('several executables come newest first; one older than the source is marked stale', async () => {
  const d = folder();
  const source = copy(join(dapC, 'unwind.c'), join(d, 'unwind.c'), T0 + 100);
  copy(join(dapC, 'unwind.elf'), join(d, 'unwind'), T0 + 50);
  copy(join(dapC, 'unwind.elf'), join(d, 'unwind.elf'), T0 + 200);
  const r = await findProgramsForSource(source, { workspaceFolders: [d] });
  assert.deepEqual(r.programs.map((p) => [p.path.slice(d.length + 1), p.stale]), [['unwind.elf', false], ['unwind', true]]);
});

test('an executable in a build folder whose line table names ../src/count.c is found from the workspace', async () => {
  const ws = folder();
  const source = copy(join(countFixture, 'src', 'count.c'), join(ws, 'src', 'count.c'), T0);
  copy(join(countFixture, 'build', 'count'), join(ws, 'build', 'count'), T0 + 1);
  // The same bytes elsewhere name a ../src/count.c that is not this source.
  copy(join(countFixture, 'build', 'count'), join(ws, 'other', 'deep', 'count'), T0 + 2);
  const r = await findProgramsForSource(source, { workspaceFolders: [ws] });
  assert.deepEqual(r.programs.map((p) => p.path), [join(ws, 'build', 'count')]);
  assert.deepEqual(r.rejected.map((x) => [x.path, x.reason]), [[join(ws, 'other', 'deep', 'count'), 'its line table does not name count.c']]);
  // Without a workspace folder, the build folder beside the source is not searched (only the source's folder and
  // its own build folders are), so nothing is found.
  const alone = await findProgramsForSource(source, {});
  assert.deepEqual(alone.programs, []);
});

test('build folders under the source folder are searched outside any workspace folder, and their programs checked', async () => {
  const d = folder();
  const source = copy(join(dapC, 'unwind.c'), join(d, 'unwind.c'), T0);
  // A file of the source's name next to the program is what the adapter opens (locateSource), so copy it too.
  copy(join(dapC, 'unwind.c'), join(d, 'out', 'unwind.c'), T0);
  copy(join(dapC, 'unwind.elf'), join(d, 'out', 'prog'), T0 + 1);
  const r = await findProgramsForSource(source, {});
  assert.deepEqual(r.programs.map((p) => p.path), []);
  assert.equal(r.rejected[0]?.reason, 'its line table does not name unwind.c', 'out/prog names out/unwind.c, not this one');
});

test('checkProgram names what is wrong: another machine, an object file, no line table', () => {
  const elf = new Uint8Array(readFileSync(join(dapC, 'locals.elf')));
  assert.equal(checkProgram(elf, '/w/locals.elf', '/w/locals.c'), undefined);
  assert.equal(checkProgram(elf, '/w/locals.elf', '/w/other.c'), 'its line table does not name other.c');
  const x86 = elf.slice();
  x86[18] = 62; x86[19] = 0;
  assert.match(checkProgram(x86, '/w/locals.elf', '/w/locals.c')!, /^x86-64, not AArch64/);
  const object = elf.slice();
  object[16] = 1; object[17] = 0;
  assert.match(checkProgram(object, '/w/locals.elf', '/w/locals.c')!, /not an executable/);
  assert.equal(checkProgram(new Uint8Array(readFileSync(corpus)), '/w/a.out', '/w/locals.c'), 'no line table: build it with -g');
  assert.match(checkProgram(new TextEncoder().encode('\x7fELF garbage'), '/w/x', '/w/x.c')!, /not a readable AArch64 ELF file/);
});

test('nothing found: the message gives the exact gcc command, the folder, launch.json and why candidates failed', async () => {
  const d = folder();
  const source = copy(join(dapC, 'locals.c'), join(d, 'locals.c'), T0);
  copy(corpus, join(d, 'locals'), T0 + 1);
  const r = await findProgramsForSource(source, { workspaceFolders: [d] });
  assert.deepEqual(r.programs, []);
  assert.equal(buildCommandFor(source), 'aarch64-linux-gnu-gcc -g -static -march=armv8.5-a+memtag locals.c -o locals');
  const message = noProgramMessage(r);
  assert.ok(message.includes('aarch64-linux-gnu-gcc -g -static -march=armv8.5-a+memtag locals.c -o locals'), message);
  assert.ok(message.includes(`in ${d}:`), message);
  assert.match(message, /launch\.json/);
  assert.match(message, /locals \(no line table: build it with -g\)/);
  // A missing source or folder is not an error either.
  const missing = await findProgramsForSource(join(d, 'nowhere', 'x.c'), { workspaceFolders: [join(d, 'nowhere')] });
  assert.deepEqual(missing, { source: join(d, 'nowhere', 'x.c'), programs: [], rejected: [] });
});

test('the program name follows gcc -o conventions and the command quotes awkward names for the shell', () => {
  assert.equal(programNameFor('/w/hello.c'), 'hello');
  assert.equal(buildCommandFor('/w/my prog.c'), "aarch64-linux-gnu-gcc -g -static -march=armv8.5-a+memtag 'my prog.c' -o 'my prog'");
});

test('an executable built from another folder (DWARF names ../src/x.c against its DW_AT_comp_dir) matches its sources', () => {
  // test/dwarf/comp-dir: built in ./build with the compilation directory recorded as /comp-dir-fixture/build, so
  // the line table's files are /comp-dir-fixture/src/main.c, .../src/util.c and .../lib/util.c (gdb agrees:
  // prog-dwarf4.gdb-sources.txt).
  const dir = join(__dirname, '..', 'dwarf', 'comp-dir');
  for (const version of [4, 5]) {
    const program = join(dir, `prog-dwarf${version}.elf`);
    const elf = new Uint8Array(readFileSync(program));
    assert.equal(checkProgram(elf, program, join(dir, 'src', 'main.c')), undefined, `DWARF ${version}: src/main.c`);
    assert.equal(checkProgram(elf, program, join(dir, 'lib', 'util.c')), undefined, `DWARF ${version}: lib/util.c`);
    assert.equal(checkProgram(elf, program, join(dir, 'other', 'main.c')), 'its line table does not name main.c', `DWARF ${version}: other/main.c`);
  }
});
