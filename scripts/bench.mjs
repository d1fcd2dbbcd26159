// `npm run bench`: runs every bench/*.bench.ts (each exports `bench()` returning measurements) and prints them,
// with the reference tool's figure measured in the same run and the ratio where a bench provides one.
// Speed is reported here, never asserted in tests. Each bench file is bundled with esbuild exactly as the product
// bundles are (no development transform in the measured code), with __dirname kept pointing at bench/.
import { readdirSync, existsSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
const filter = process.argv[2];
const dir = join(root, 'bench');
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter))).sort() : [];
const rows = [];
let failed = 0;
for (const f of files) {
  process.stdout.write(`bench: ${f} ... `);
  try {
    const outfile = join(root, 'out', 'bench', f.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(outfile), { recursive: true });
    await build({
      entryPoints: [join(dir, f)], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
      packages: 'external', define: { __dirname: JSON.stringify(dir) }, logLevel: 'error',
    });
    const mod = require(outfile);
    const results = await mod.bench();
    console.log('done');
    for (const r of results) rows.push({ file: f, ...r });
  } catch (e) {
    failed++;
    console.log(`failed: ${e instanceof Error ? e.message : e}`);
  }
}
const fmt = (v) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(3));
console.log('\n' + ['measurement'.padEnd(52), 'ours'.padStart(12), 'reference'.padStart(26), 'ratio'.padStart(8)].join(' '));
for (const r of rows) {
  const ref = r.reference ? `${fmt(r.reference.value)} (${r.reference.name})` : '';
  const ratio = r.reference && r.reference.value ? `${(r.value / r.reference.value).toFixed(2)}x` : '';
  console.log([r.name.padEnd(52), `${fmt(r.value)} ${r.unit}`.padStart(12), ref.padStart(26), ratio.padStart(8)].join(' '));
}
if (failed) { console.error(`\nbench: ${failed} bench file(s) failed`); process.exit(1); }
