// Regenerates test/machine/fixtures/qemu-expectations.json: every case in test/machine/cases/*.s is placed in
// test/machine/harness.s, assembled with GNU as (-march=armv8.5-a+memtag), linked at 0x400000, and run under
// `qemu-aarch64 -cpu max`. The fixture keeps the .text bytes, the exit status and qemu's stdout (register, memory and
// tag dumps), which test/machine/qemuCases.test.ts compares with our machine's output.
//
// Case header lines: `// mode: none|sync|async` (prctl TCF, default sync), `// include: 0x...` (IRG include mask,
// default 0xffff), and `// linux-patch: <byte offset> <hex bytes> <reason>` where Linux (or the hardware the project
// emulates) differs from qemu-user 7.2: the test expects qemu's output with those bytes replaced (mte-linux.md).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const casesDir = join(root, 'test/machine/cases');
const out = join(root, 'test/machine/fixtures/qemu-expectations.json');
const only = process.argv[2];

function run(cmd, args) {
  const r = spawnSync(cmd, args);
  if (r.status !== 0) {
    console.error(`${cmd} failed:\n${r.stderr}`);
    process.exit(1);
  }
}

function header(text, key, fallback) {
  const m = text.match(new RegExp(`^//\\s*${key}:\\s*(.+)$`, 'm'));
  return m ? m[1].trim() : fallback;
}

const modes = { none: 0, sync: 2, async: 4 };
const qemuVersion = execFileSync('qemu-aarch64', ['--version']).toString().split('\n')[0];
const asVersion = execFileSync('aarch64-linux-gnu-as', ['--version']).toString().split('\n')[0];
const results = [];
for (const file of readdirSync(casesDir).filter((f) => f.endsWith('.s')).sort()) {
  if (only && !file.includes(only)) continue;
  const name = basename(file, '.s');
  const body = readFileSync(join(casesDir, file), 'utf8');
  const mode = header(body, 'mode', 'sync');
  const include = Number(header(body, 'include', '0xffff'));
  const flags = 1 | modes[mode] | (include << 3);
  const linuxPatches = [...body.matchAll(/^\/\/\s*linux-patch:\s*(\d+)\s+([0-9a-fA-F]+)\s+(.+)$/gm)]
    .map((m) => ({ offset: Number(m[1]), hex: m[2].toLowerCase(), reason: m[3].trim() }));
  const dir = mkdtempSync(join(tmpdir(), 'machine-case-'));
  copyFileSync(join(casesDir, file), join(dir, 'body.s'));
  copyFileSync(join(root, 'test/machine/harness.s'), join(dir, 'harness.s'));
  run('aarch64-linux-gnu-as', ['-march=armv8.5-a+memtag', '-I', dir, `--defsym`, `PRCTL_FLAGS=${flags}`, '-o', join(dir, 'h.o'), join(dir, 'harness.s')]);
  run('aarch64-linux-gnu-ld', ['-static', '-Ttext=0x400000', '-e', '_start', '-o', join(dir, 'h'), join(dir, 'h.o')]);
  execFileSync('aarch64-linux-gnu-objcopy', ['-O', 'binary', '-j', '.text', join(dir, 'h'), join(dir, 'h.bin')]);
  const text = readFileSync(join(dir, 'h.bin'));
  const r = spawnSync('qemu-aarch64', ['-cpu', 'max', join(dir, 'h')], { timeout: 20000 });
  results.push({
    name, mode, include, prctlFlags: flags, entry: '0x400000', text: text.toString('hex'),
    stdout: r.stdout.toString('hex'), exit: { code: r.status, signal: r.signal },
    ...(linuxPatches.length ? { linuxPatches } : {}),
  });
  console.log(`${name}: exit ${r.status ?? r.signal}, ${r.stdout.length} bytes of output`);
}
let previous = { cases: [] };
try { previous = JSON.parse(readFileSync(out, 'utf8')); } catch { /* first run */ }
const merged = only ? [...previous.cases.filter((c) => !results.some((r) => r.name === c.name)), ...results].sort((a, b) => a.name.localeCompare(b.name)) : results;
writeFileSync(out, JSON.stringify({ generatedBy: 'scripts/gen-machine-expectations.mjs', qemu: qemuVersion, as: asVersion, cases: merged }, null, 1) + '\n');
