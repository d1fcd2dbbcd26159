// Regenerates test/asm/expectations/*.json from GNU as (binutils 2.40): for every test/asm/fixtures/*.s (and .S,
// through aarch64-linux-gnu-gcc -c) it records the object's section bytes, relocations, symbols and the
// assembler's diagnostics. The Node-only tests compare our assembler against these files.
// Usage: node --import tsx scripts/gen-asm-expectations.mjs   (needs aarch64-linux-gnu-as, -gcc and -ld)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'test/asm/fixtures');
const outDir = join(root, 'test/asm/expectations');
const march = '-march=armv8.5-a+memtag';
/** DW_AT_comp_dir of the fixtures' objects (GNU as --debug-prefix-map; the tests pass it as compDir). */
export const fixtureDir = '/asm-fixtures';

import { readObject } from '../test/asm/objectReader.ts';
import { elfToProgramImage } from '../emulator/elf/loader.ts';
import { parseElf } from '../emulator/elf/reader.ts';

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  if (r.error) { console.error(`gen-asm-expectations: cannot run ${cmd}: ${r.error.message}`); process.exit(1); }
  return r;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const tmp = mkdtempSync(join(tmpdir(), 'asm-exp-'));
  for (const name of readdirSync(fixtures).sort()) {
    if (!name.endsWith('.s') && !name.endsWith('.S')) continue;
    const obj = join(tmp, basename(name) + '.o');
    // Compiler output with its own DWARF names its directories itself (no remapping there).
    const ownDwarf = /^\s*\.section\s+\.debug_info\b/m.test(readFileSync(join(fixtures, name), 'utf8'));
    const r = name.endsWith('.S')
      ? run('aarch64-linux-gnu-gcc', ['-c', march, name, '-o', obj], fixtures)
      : run('aarch64-linux-gnu-as', [march, ...(ownDwarf ? [] : [`--debug-prefix-map=${fixtures}=${fixtureDir}`]), name, '-o', obj], fixtures);
    const diagnostics = [];
    for (const line of (r.stderr ?? '').split('\n')) {
      // file:LINE: Error: message, or file: Error: message for problems GNU as finds after reading the file.
      const m = /^[^:]+:(?:(\d+):)? (Error|Warning): (.*)$/.exec(line);
      if (m) diagnostics.push({ line: Number(m[1] ?? 0), severity: m[2].toLowerCase(), message: m[3] });
      else if (diagnostics.length > 0 && line !== '' && !/Assembler messages:$/.test(line)) diagnostics[diagnostics.length - 1].message += `\n${line}`;
    }
    const expectation = { source: name, tool: name.endsWith('.S') ? 'aarch64-linux-gnu-gcc -c' : `aarch64-linux-gnu-as ${march}`, diagnostics };
    // Debug sections too: the compiler's own (gcc -g -S) and those GNU as writes for .loc (their DW_AT_comp_dir
    // is the fixed fixtureDir, so that the expectations do not depend on where the repository is).
    if (r.status === 0) {
      const bytes = readFileSync(obj);
      Object.assign(expectation, readObject(new Uint8Array(bytes), { debugSections: true }));
      // The whole object file, for the test that ours is the same file byte for byte.
      if (!name.endsWith('.S')) expectation.objectSha256 = createHash('sha256').update(bytes).digest('hex');
    }
    writeFileSync(join(outDir, name.replace(/\.[sS]$/, (m) => (m === '.S' ? '.S' : '')) + '.json'), JSON.stringify(expectation, null, 1) + '\n');
    console.log(`${name}: ${r.status === 0 ? 'ok' : `${diagnostics.length} diagnostics`}`);
  }
  // Linked programs: examples/*.s through GNU as and GNU ld (default script), for the linker's tests.
  const examples = join(root, 'examples');
  for (const name of readdirSync(examples).sort()) {
    if (!name.endsWith('.s')) continue;
    const obj = join(tmp, name + '.o');
    const exe = join(tmp, name + '.exe');
    const a = run('aarch64-linux-gnu-as', [march, name, '-o', obj], examples);
    const l = a.status === 0 ? run('aarch64-linux-gnu-ld', [obj, '-o', exe], examples) : a;
    if (l.status !== 0) { console.error(`${name}: ${l.stderr}`); process.exit(1); }
    const bytes = new Uint8Array(readFileSync(exe));
    const image = elfToProgramImage(bytes, name);
    const parsed = parseElf(bytes);
    if (!image.ok || !parsed.ok) { console.error(`${name}: cannot read the linked program`); process.exit(1); }
    const loads = parsed.elf.programHeaders.filter((p) => p.type === 1);
    const headerBytes = 64 + 56 * parsed.elf.programHeaders.length;
    const expectation = {
      source: `examples/${name}`, tool: `aarch64-linux-gnu-as ${march} + aarch64-linux-gnu-ld`,
      entry: image.image.entry.toString(16),
      segments: loads.map((p, i) => ({
        vaddr: p.vaddr.toString(16), memSize: p.memSize, read: (p.flags & 4) !== 0, write: (p.flags & 2) !== 0, execute: (p.flags & 1) !== 0,
        // The first segment starts with the ELF and program headers, which are not program contents.
        skip: i === 0 ? headerBytes : 0,
        hex: Buffer.from(bytes.subarray(p.offset + (i === 0 ? headerBytes : 0), p.offset + p.fileSize)).toString('hex'),
      })),
      symbols: Object.fromEntries(image.image.symbols.filter((s) => s.type !== 'section' && s.type !== 'file' && !/^\$[xd]/.test(s.name))
        .map((s) => [s.name, s.address.toString(16)])),
    };
    writeFileSync(join(outDir, `link-${name.replace(/\.s$/, '')}.json`), JSON.stringify(expectation, null, 1) + '\n');
    console.log(`examples/${name}: linked`);
  }
  rmSync(tmp, { recursive: true, force: true });
}
