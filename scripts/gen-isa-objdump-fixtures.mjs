// Rebuilds the objdump listing fixtures in test/isa/cases/objdump/: every *.s there is assembled and linked
// with GNU as/ld (an executable `<name>` and an object `<name>.o`), the object's .text is also saved as raw
// `<name>.bin`, and GNU objdump 2.40's listings are saved as the expectations: `<file>.d.txt` (-d),
// `<file>.D.txt` (-D) and `<name>.bin.D.txt` (-D -b binary -m aarch64). A source whose first line contains
// "(object file)" is only assembled. test/isa/objdump.test.ts compares
// `aarch64-mte objdump` with them without needing binutils.
//
// Usage: node scripts/gen-isa-objdump-fixtures.mjs
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'test/isa/cases/objdump');

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.error || r.status !== 0) {
    console.error(`gen-isa-objdump-fixtures: ${cmd} ${args.join(' ')} failed: ${r.error?.message ?? r.stderr}`);
    process.exit(1);
  }
  return r.stdout;
}

for (const source of readdirSync(dir).filter((f) => f.endsWith('.s')).sort()) {
  const name = source.slice(0, -2);
  run('aarch64-linux-gnu-as', ['-march=armv8.5-a+memtag', source, '-o', `${name}.o`]);
  // A source whose first line says "(object file)" is not linked (it refers to undefined symbols).
  const objectOnly = readFileSync(join(dir, source), 'utf8').split('\n')[0].includes('(object file)');
  if (!objectOnly) run('aarch64-linux-gnu-ld', [`${name}.o`, '-o', name]);
  run('aarch64-linux-gnu-objcopy', ['-O', 'binary', '--only-section=.text', `${name}.o`, `${name}.bin`]);
  for (const file of objectOnly ? [`${name}.o`] : [name, `${name}.o`]) {
    writeFileSync(join(dir, `${file}.d.txt`), run('aarch64-linux-gnu-objdump', ['-d', file]));
    writeFileSync(join(dir, `${file}.D.txt`), run('aarch64-linux-gnu-objdump', ['-D', file]));
  }
  writeFileSync(join(dir, `${name}.bin.D.txt`), run('aarch64-linux-gnu-objdump', ['-D', '-b', 'binary', '-m', 'aarch64', `${name}.bin`]));
  console.log(`gen-isa-objdump-fixtures: ${name}`);
}
