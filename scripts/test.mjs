// Test tiers.
// - unit (npm test): build, typecheck, layer rules, then every test/**/*.test.ts except the oracle, e2e and
//   browser folders, with node's built-in test runner. Needs only Node.
// - oracle: test/oracle/**/*.test.ts. Needs GNU binutils, gcc and qemu-aarch64; fails, naming what is missing,
//   when a tool is absent.
// - e2e: the webviews in headless Chromium (test/browser), then the real VS Code harness in test/e2e.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tier = process.argv[2] ?? 'unit';
const filters = process.argv.slice(3);

function run(cmd, args, opts = {}) {
  console.log(`\n> ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (r.status !== 0) { console.error(`test: '${cmd} ${args.join(' ')}' failed (exit ${r.status ?? r.signal})`); process.exit(r.status || 1); }
}

function findTests(dir, exclude = []) {
  const out = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const rel = relative(join(root, 'test'), p);
    if (exclude.some((e) => rel === e || rel.startsWith(e + '/'))) continue;
    if (name === 'node_modules' || name === 'fixtures') continue;
    if (statSync(p).isDirectory()) out.push(...findTests(p, exclude));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out.sort();
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
if (tier === 'unit') {
  if (!process.env.SKIP_BUILD) {
    run('node', ['scripts/build.mjs']);
    run(npx, ['tsc', '-b']);
    run(npx, ['depcruise', '--config', '.dependency-cruiser.cjs', 'emulator', 'debug-adapter', 'language-server', 'extension', 'cli']);
  }
  let files = findTests(join(root, 'test'), ['oracle', 'e2e', 'browser']);
  if (filters.length) files = files.filter((f) => filters.some((x) => f.includes(x)));
  run('node', ['--import', 'tsx', '--test', '--test-reporter=spec', ...files]);
} else if (tier === 'oracle') {
  run('node', ['scripts/build.mjs']);
  let files = findTests(join(root, 'test/oracle'));
  if (filters.length) files = files.filter((f) => filters.some((x) => f.includes(x)));
  run('node', ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...files]);
} else if (tier === 'e2e') {
  run('node', ['scripts/build.mjs']);
  // The webviews' own logic, in headless Chromium without VS Code; then the real VS Code harness.
  run('node', ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...findTests(join(root, 'test/browser'))]);
  run('node', ['test/e2e/run.mjs', ...filters]);
} else {
  console.error(`test: unknown tier '${tier}' (unit, oracle, e2e)`);
  process.exit(2);
}
