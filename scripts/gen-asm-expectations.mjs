// Regenerates test/asm/expectations/*.json from GNU as (binutils 2.40): for every test/asm/fixtures/*.s (and .S,
// through aarch64-linux-gnu-gcc -c) it records the object's section bytes, relocations, symbols and the
// assembler's diagnostics. The Node-only tests compare our assembler against these files.
// Usage: node --import tsx scripts/gen-asm-expectations.mjs   (needs aarch64-linux-gnu-as, -gcc and -ld)
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'test/asm/fixtures');
const outDir = join(root, 'test/asm/expectations');
const march = '-march=armv8.5-a+memtag';

import { readObject } from '../test/asm/objectReader.ts';

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
    const r = name.endsWith('.S')
      ? run('aarch64-linux-gnu-gcc', ['-c', march, name, '-o', obj], fixtures)
      : run('aarch64-linux-gnu-as', [march, name, '-o', obj], fixtures);
    const diagnostics = [];
    for (const line of (r.stderr ?? '').split('\n')) {
      const m = /^[^:]+:(\d+): (Error|Warning): (.*)$/.exec(line);
      if (m) diagnostics.push({ line: Number(m[1]), severity: m[2].toLowerCase(), message: m[3] });
      else if (diagnostics.length > 0 && line !== '' && !/Assembler messages:$/.test(line)) diagnostics[diagnostics.length - 1].message += `\n${line}`;
    }
    const expectation = { source: name, tool: name.endsWith('.S') ? 'aarch64-linux-gnu-gcc -c' : `aarch64-linux-gnu-as ${march}`, diagnostics };
    if (r.status === 0) Object.assign(expectation, readObject(new Uint8Array(readFileSync(obj))));
    writeFileSync(join(outDir, name.replace(/\.[sS]$/, (m) => (m === '.S' ? '.S' : '')) + '.json'), JSON.stringify(expectation, null, 1) + '\n');
    console.log(`${name}: ${r.status === 0 ? 'ok' : `${diagnostics.length} diagnostics`}`);
  }
  rmSync(tmp, { recursive: true, force: true });
}
