// The end-to-end tier (`npm run test:e2e`, after the build): installs code-server and Node 24 if needed
// (install.mjs), packages the extension into a .vsix and installs it, starts code-server in its own process group,
// then runs (a) the extension-host tests through @vscode/test-electron's runTests() with code-wrapper.mjs as the
// "VS Code executable", and (b) UI checks with playwright-core in Debian's Chromium. Screenshots go to
// test-results/e2e/; everything code-server writes stays in test-results/e2e-work/. The process group is always
// killed at the end. Prints `N passed, N failed` and exits non-zero on any failure.
// Options: --update-screenshots copies stopped-on-entry.png to docs/screenshots/ when its test passed.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { runTests } from '@vscode/test-electron';
import { install, toolchain } from './install.mjs';
import { installVsix, serverDirs, startServer } from './lib/server.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { stageRepository } from './lib/stage.mjs';
import { uiTests } from './ui/smoke.ui.mjs';
import { uiTests as languageUiTests } from './ui/language.ui.mjs';
import { uiTests as mteUiTests } from './ui/mte.ui.mjs';
import { uiTests as cProgramUiTests } from './ui/cprogram.ui.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const work = join(root, 'test-results', 'e2e-work');
const resultsDir = join(root, 'test-results', 'e2e');
const workspace = join(here, 'workspace');
const updateScreenshots = process.argv.includes('--update-screenshots');
const began = Date.now();

let passed = 0;
let failed = 0;
const failures = [];
const elapsed = () => `${((Date.now() - began) / 1000).toFixed(0)} s`;
const log = (msg) => console.log(`e2e [${elapsed()}]: ${msg}`);
function record(name, error) {
  if (error) { failed++; failures.push(name); console.log(`  FAIL ${name}\n       ${String(error?.stack ?? error).split('\n').slice(0, 8).join('\n       ')}`); }
  else { passed++; console.log(`  ok   ${name}`); }
}

/** Bundles the extension-host tests into one CommonJS file VS Code can require. */
async function bundleExtensionTests() {
  const outfile = join(work, 'extension-tests', 'index.js');
  await build({
    entryPoints: [join(here, 'extension-tests', 'index.ts')], outfile, bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', external: ['vscode'], sourcemap: 'inline', logLevel: 'warning',
  });
  return outfile;
}

/** Packages the extension as the user gets it (vsce, no node_modules) and returns the .vsix path. */
function packageVsix() {
  const vsix = join(work, 'aarch64-mte.vsix');
  const stage = join(work, 'package-stage');
  stageRepository(root, stage);
  const vsce = join(root, 'node_modules', '.bin', 'vsce');
  const r = spawnSync(vsce, ['package', '--no-dependencies', '--skip-license', '--no-rewrite-relative-links', '-o', vsix],
    { cwd: stage, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`vsce package failed (exit ${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  return vsix;
}

async function runExtensionHostSuite(server, testsBundle) {
  const summaryFile = join(work, 'extension-host-summary.json');
  rmSync(summaryFile, { force: true });
  let error;
  try {
    await runTests({
      vscodeExecutablePath: join(here, 'code-wrapper.mjs'),
      extensionDevelopmentPath: root,
      extensionTestsPath: testsBundle,
      launchArgs: [workspace],
      reuseMachineInstall: true,
      extensionTestsEnv: {
        E2E_SERVER_URL: server.url, E2E_WORK_DIR: work, E2E_SUMMARY_FILE: summaryFile, E2E_CHROMIUM: toolchain.chromium,
        E2E_SUITE_TIMEOUT_MS: '300000',
      },
    });
  } catch (e) { error = e; }
  if (!existsSync(summaryFile)) {
    record('extension-host suite reported a summary', error ?? new Error('no E2E-SUMMARY line from the extension host'));
    return;
  }
  const s = JSON.parse(readFileSync(summaryFile, 'utf8'));
  passed += s.passed;
  failed += s.failed;
  for (const name of s.failures ?? []) failures.push(`extension-host: ${name}`);
  if (s.failed === 0 && error) record('extension-host suite exit code', error);
}

async function runUiSuite(server) {
  const { context, page } = await launchBrowser(work, toolchain.chromium);
  const ctx = { page, serverUrl: server.url, workspace, resultsDir };
  try {
    for (const [name, fn, timeoutMs = 90_000] of [...uiTests(ctx), ...languageUiTests(ctx), ...mteUiTests(ctx), ...cProgramUiTests(ctx)]) {
      let timer;
      try {
        await Promise.race([fn(), new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs); })]);
        record(`ui: ${name}`);
      } catch (e) {
        record(`ui: ${name}`, e);
        const shot = join(resultsDir, `failure-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`);
        await page.screenshot({ path: shot }).catch(() => {});
        console.log(`       screenshot: ${shot}`);
      } finally { clearTimeout(timer); }
    }
  } finally {
    await context.close().catch(() => {});
  }
  if (updateScreenshots) {
    if (ctx.stoppedScreenshot) {
      mkdirSync(join(root, 'docs', 'screenshots'), { recursive: true });
      copyFileSync(ctx.stoppedScreenshot, join(root, 'docs', 'screenshots', 'stopped-on-entry.png'));
      log('copied stopped-on-entry.png to docs/screenshots/');
    } else log('not updating docs/screenshots: the stop-on-entry test did not pass');
  }
}

let server;
const stopServer = () => { if (server) { server.stop(); server = undefined; } };
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { stopServer(); process.exit(130); });
process.on('exit', stopServer);

try {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  mkdirSync(resultsDir, { recursive: true });
  install();
  for (const f of ['dist/extension.js', 'dist/debugAdapter.js']) {
    if (!existsSync(join(root, f))) console.log(`e2e: warning: ${f} is missing (run node scripts/build.mjs); tests that need it will fail`);
  }
  const testsBundle = await bundleExtensionTests();
  const vsix = packageVsix();
  const dirs = serverDirs(work);
  installVsix(toolchain, dirs, vsix);
  log(`packaged and installed ${vsix}`);
  // The MTE scenarios debug the kernel documentation's example itself, staged into the workspace (not a copy in git).
  copyFileSync(join(root, 'examples', 'mte-fault.s'), join(workspace, 'mte-fault.s'));
  server = await startServer(toolchain, dirs, workspace);
  log(`code-server ${server.url} (process group ${server.pid}) answered /healthz in ${server.startupMs} ms`);

  log('suite (a): extension-host tests via @vscode/test-electron runTests()');
  await runExtensionHostSuite(server, testsBundle);
  log('suite (b): UI checks with playwright-core + Chromium');
  await runUiSuite(server);
} catch (e) {
  record('e2e harness setup', e);
} finally {
  stopServer();
}

writeFileSync(join(resultsDir, 'summary.json'), JSON.stringify({ passed, failed, failures, seconds: Math.round((Date.now() - began) / 1000) }, null, 2));
if (failures.length) console.log(`failed: ${failures.join('; ')}`);
console.log(`e2e finished in ${elapsed()}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
