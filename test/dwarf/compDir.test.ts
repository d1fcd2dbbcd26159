// Relative file names in line tables (test/dwarf/comp-dir/, built by its build.sh from a build folder that is
// neither the sources' folder nor the executables'): DWARF 4 and DWARF 5 names are resolved against the unit's
// DW_AT_comp_dir and its include directories. Expectations are gdb-multiarch's (`info sources` full names,
// `info line FUNC` lines and addresses), recorded in prog-dwarf{4,5}.gdb-sources.txt. The debugger then finds each
// source under the program's folder by the longest tail of that path, so the two util.c files stay apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseElf, sectionBytes } from '../../emulator/elf/reader.js';
import { joinPath, lineRowsByAddress, parseDebugLine } from '../../emulator/dwarf/lineProgram.js';
import { compilationDirectories } from '../../emulator/dwarf/info.js';
import { readProgramDebugInfo } from '../../emulator/dwarf/index.js';
import { loadProgram } from '../../debug-adapter/loadProgram.js';
import { ProgramInfo } from '../../debug-adapter/programInfo.js';

const dir = join(__dirname, 'comp-dir');

function gdbFacts(version: number): { sources: string[]; lines: { file: string; line: number; address: bigint }[] } {
  const text = readFileSync(join(dir, `prog-dwarf${version}.gdb-sources.txt`), 'utf8').trim().split('\n');
  const sources = text[0]!.split(', ').map((s) => joinPath(s, ''));
  const lines = text.slice(1).map((l) => {
    const m = /^Line (\d+) of "([^"]+)" starts at address (0x[0-9a-f]+)/.exec(l);
    assert.ok(m, l);
    return { line: Number(m[1]), file: m[2]!, address: BigInt(m[3]!) };
  });
  return { sources, lines };
}

function sections(version: number) {
  const parsed = parseElf(readFileSync(join(dir, `prog-dwarf${version}.elf`)));
  assert.ok(parsed.ok);
  const s = (name: string) => sectionBytes(parsed.elf, name);
  return {
    elf: parsed.elf,
    line: { debugLine: s('.debug_line')!, debugLineStr: s('.debug_line_str'), debugStr: s('.debug_str') },
    info: { debugInfo: s('.debug_info')!, debugAbbrev: s('.debug_abbrev')!, debugStr: s('.debug_str'), debugLineStr: s('.debug_line_str'), debugStrOffsets: s('.debug_str_offsets') },
  };
}

test('joinPath joins relative names and folds . and .. in absolute paths', () => {
  assert.equal(joinPath('/b/build', '../src/a.c'), '/b/src/a.c');
  assert.equal(joinPath('/b/build', '/abs/a.c'), '/abs/a.c');
  assert.equal(joinPath('', 'a.c'), 'a.c');
  assert.equal(joinPath('rel', './a.c'), 'rel/./a.c', 'relative results are left as they are');
  assert.equal(joinPath('/b/', ''), '/b');
});

for (const version of [4, 5]) {
  test(`DWARF ${version}: every unit's compilation directory, by line-table offset`, () => {
    const s = sections(version);
    const dirs = compilationDirectories(s.info);
    assert.equal(dirs.size, 3, 'three units (main.c, src/util.c, lib/util.c)');
    for (const d of dirs.values()) assert.equal(d, '/comp-dir-fixture/build');
  });

  test(`DWARF ${version}: file names resolved against DW_AT_comp_dir and include directories, as gdb names them`, () => {
    const s = sections(version);
    const gdb = gdbFacts(version);
    const result = parseDebugLine({ ...s.line, debugInfo: s.info.debugInfo, debugAbbrev: s.info.debugAbbrev, debugStrOffsets: s.info.debugStrOffsets });
    assert.deepEqual(result.errors, []);
    const rows = lineRowsByAddress(result);
    const files = new Set(rows.map((r) => r.file));
    assert.deepEqual([...files].sort(), [...gdb.sources].sort());
    for (const fact of gdb.lines) {
      const row = rows.find((r) => r.address === fact.address && !r.endSequence);
      assert.ok(row, `a row at 0x${fact.address.toString(16)}`);
      assert.equal(row.line, fact.line);
      assert.equal(row.file, joinPath('/comp-dir-fixture/build', fact.file));
    }
    // The whole-program reader gives the same rows.
    assert.deepEqual(readProgramDebugInfo(s.elf).lines.map((r) => r.file), rows.map((r) => r.file));
    // Without .debug_info the names stay as the line table writes them (relative to an unknown folder).
    const bare = lineRowsByAddress(parseDebugLine(s.line));
    const util = bare.find((r) => !r.endSequence && r.address === gdb.lines.find((l) => l.file.endsWith('lib/util.c'))!.address)!;
    assert.equal(util.file, version === 4 ? '../lib/util.c' : '/comp-dir-fixture/lib/util.c', 'DWARF 5 writes the compilation directory as directory 0');
  });

  test(`DWARF ${version}: the debugger finds each source under the program's folder, the two util.c apart`, () => {
    const path = join(dir, `prog-dwarf${version}.elf`);
    const loaded = loadProgram(path);
    assert.ok(loaded.ok);
    const info = new ProgramInfo(loaded.image, dir);
    const gdb = gdbFacts(version);
    for (const fact of gdb.lines) {
      const expected = join(dir, fact.file.replace(/^\.\.\//, ''));
      assert.deepEqual(info.lineAt(fact.address), { file: expected, line: fact.line });
    }
    const lib = info.addressesForLine(join(dir, 'lib', 'util.c'), 4);
    assert.ok(lib && lib.line === 4, 'a breakpoint on lib/util.c:4 binds');
    assert.equal(info.symbolize(lib.addresses[0]!)?.name, 'util_lib');
    const src = info.addressesForLine(join(dir, 'src', 'util.c'), 3);
    assert.ok(src && src.line === 3 && src.addresses[0] !== lib.addresses[0], 'src/util.c:3 is another place');
  });
}
