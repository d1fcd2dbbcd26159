// `npm start`: the main job. Builds everything, runs the headline demo (the Linux kernel documentation's MTE
// example, in assembly, under the emulator: it stops with a tag-check fault explained in gdb's words), packages
// the VS Code extension and says how to install it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const step = (title) => console.log(`\n\x1b[1m== ${title}\x1b[0m`);
function run(cmd, args, opts = {}) {
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
}

step('Build (esbuild bundles in dist/)');
if (run('node', ['scripts/build.mjs']).status !== 0) process.exit(1);

const demo = 'examples/mte-fault.s';
step(`Demo: aarch64-mte run ${demo}`);
console.log('A buffer is tagged with IRG/STG; writing one granule past its end trips a synchronous tag check.\n');
if (!existsSync(join(root, demo))) {
  console.error(`start: ${demo} is missing`);
  process.exit(1);
}
const r = run('node', ['bin/aarch64-mte.js', 'run', '--seed', '1', demo]);
// The guest dies with SIGSEGV (11): the command line exits with 128 + 11.
if (r.status !== 139) {
  console.error(`\nstart: the demo should end with SIGSEGV (exit status 139), got ${r.status}`);
  process.exit(1);
}
console.log('\n(exit status 139 = 128 + SIGSEGV, as a shell reports a program killed by the signal)');

step('Package the VS Code extension');
const p = run('npx', ['vsce', 'package', '--no-dependencies', '--no-rewrite-relative-links', '-o', 'dist/aarch64-mte.vsix'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (p.status === 0) {
  console.log('Packaged dist/aarch64-mte.vsix. Install it with:\n  code --install-extension dist/aarch64-mte.vsix');
  console.log('then open an .s file (try examples/mte-fault.s) and press F5.');
} else {
  console.error('start: packaging the extension failed (see above)');
  process.exit(1);
}
