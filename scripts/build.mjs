// Build: bundles every entry point with esbuild into dist/. Entries whose source does not exist yet are skipped
// with a printed note, so the build stays usable while layers are being added.
import { build } from 'esbuild';
import { existsSync, mkdirSync, cpSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');

/** Node-side bundles (CommonJS, one file each). */
const nodeEntries = [
  { in: 'extension/extension.ts', out: 'extension', external: ['vscode'] },
  { in: 'debug-adapter/main.ts', out: 'debugAdapter' },
  { in: 'language-server/main.ts', out: 'languageServer' },
  { in: 'cli/main.ts', out: 'cli', plugins: () => [cliSplit] },
  // One bundle per command, loaded by dist/cli.js when that command runs (cli/main.ts).
  { in: 'cli/commands/run.ts', out: 'cli-run', plugins: () => [cliSplit] },
  { in: 'cli/commands/as.ts', out: 'cli-as', plugins: () => [cliSplit] },
  { in: 'cli/commands/objdump.ts', out: 'cli-objdump', plugins: () => [cliSplit] },
  { in: 'cli/command.ts', out: 'cli-command' },
];

/**
 * The command line is split so that a command loads only its own code: cli/main.ts's requires of
 * ./commands/NAME.js become requires of the bundle dist/cli-NAME.js, and every cli bundle shares the one
 * dist/cli-command.js (so UsageError is one class for all of them).
 */
const cliSplit = {
  name: 'cli-split',
  setup(b) {
    b.onResolve({ filter: /^\.\/commands\/[a-z]+\.js$/ }, (args) =>
      args.importer.endsWith(join('cli', 'main.ts')) ? { path: `./cli-${args.path.slice('./commands/'.length, -3)}.js`, external: true } : undefined);
    b.onResolve({ filter: /(^|\/)command\.js$/ }, (args) =>
      join(args.resolveDir, args.path) === join(root, 'cli', 'command.js') ? { path: './cli-command.js', external: true } : undefined);
  },
};
/** Browser-side bundles for webviews (IIFE). */
const webEntries = [
  { in: 'extension/webview/memoryView.ts', out: 'webview/memoryView' },
  { in: 'extension/webview/tagMap.ts', out: 'webview/tagMap' },
];

mkdirSync(join(root, 'dist'), { recursive: true });
const jobs = [];
for (const e of nodeEntries) {
  if (!existsSync(join(root, e.in))) { console.log(`build: skip ${e.in} (not present yet)`); continue; }
  jobs.push(build({
    entryPoints: { [e.out]: join(root, e.in) }, outdir: join(root, 'dist'), bundle: true, platform: 'node',
    format: 'cjs', target: 'node20', sourcemap: !production, minify: production, external: e.external ?? [],
    logLevel: 'warning', mainFields: ['module', 'main'], plugins: e.plugins?.() ?? [],
  }));
}
for (const e of webEntries) {
  if (!existsSync(join(root, e.in))) { console.log(`build: skip ${e.in} (not present yet)`); continue; }
  jobs.push(build({
    entryPoints: { [e.out]: join(root, e.in) }, outdir: join(root, 'dist'), bundle: true, platform: 'browser',
    format: 'iife', target: 'es2022', sourcemap: !production, minify: production, logLevel: 'warning',
  }));
}
await Promise.all(jobs);
if (existsSync(join(root, 'extension/webview/media'))) cpSync(join(root, 'extension/webview/media'), join(root, 'dist/webview/media'), { recursive: true });
console.log(`build: ${jobs.length} bundles in dist/`);
