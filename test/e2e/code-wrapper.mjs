#!/usr/bin/env node
// Stand-in for the VS Code executable given to @vscode/test-electron's runTests(). test-electron launches it with
// VS Code's command-line flags (--extensionDevelopmentPath=..., --extensionTestsPath=..., the workspace folder);
// instead of an Electron window this opens the code-server workbench that run.mjs started (E2E_SERVER_URL) in
// headless Chromium with the test payload in the URL. The workbench (with enable-smoke-test-driver) loads the
// development extension, runs the tests inside the real extension host and reports the exit code through
// window.codeAutomationExit, which becomes this process's exit code.
import { launchBrowser, consoleText } from './lib/browser.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';

const serverUrl = process.env.E2E_SERVER_URL;
const work = process.env.E2E_WORK_DIR;
const chromiumPath = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const timeoutMs = Number(process.env.E2E_SUITE_TIMEOUT_MS ?? 300_000);
if (!serverUrl || !work) {
  console.error('code-wrapper: E2E_SERVER_URL and E2E_WORK_DIR must be set (run test/e2e/run.mjs)');
  process.exit(2);
}

let devPath; let testsPath; let folder;
for (const a of process.argv.slice(2)) {
  if (a.startsWith('--extensionDevelopmentPath=')) devPath = a.slice('--extensionDevelopmentPath='.length);
  else if (a.startsWith('--extensionTestsPath=')) testsPath = a.slice('--extensionTestsPath='.length);
  else if (!a.startsWith('-')) folder = a;
}
if (!devPath || !testsPath || !folder) {
  console.error(`code-wrapper: need --extensionDevelopmentPath, --extensionTestsPath and a folder; got ${process.argv.slice(2).join(' ')}`);
  process.exit(2);
}

const host = new URL(serverUrl).host;
const remote = (p) => `vscode-remote://${host}${p}`;
const payload = [['extensionDevelopmentPath', remote(devPath)], ['extensionTestsPath', remote(testsPath)]];
if (process.env.E2E_EXTENSION_ENV) payload.push(['extensionEnvironment', process.env.E2E_EXTENSION_ENV]);
const url = `${serverUrl}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

mkdirSync(work, { recursive: true });
const { context, page } = await launchBrowser(work, chromiumPath);
let resolveExit;
const exitCode = new Promise((resolve) => { resolveExit = resolve; });
setTimeout(() => { console.error(`code-wrapper: no result within ${timeoutMs} ms`); resolveExit(1); }, timeoutMs).unref();
await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
const summaryFile = process.env.E2E_SUMMARY_FILE;
const failedNames = [];
page.on('console', async (msg) => {
  const { level, text } = await consoleText(msg);
  // The in-host runner (extension-tests/harness.ts) prints one FAIL line per failure and a closing summary line.
  const fail = /^\s*FAIL (.*) \(\d+ ms\)/.exec(text);
  if (fail) failedNames.push(fail[1]);
  if (summaryFile && text.startsWith('E2E-SUMMARY ')) {
    try { writeFileSync(summaryFile, JSON.stringify({ ...JSON.parse(text.slice('E2E-SUMMARY '.length)), failures: failedNames })); } catch { /* reported as missing */ }
  }
  // Extension test output arrives as INFO lines; workbench noise (network lookups, warnings) is kept out of the way.
  if (/^INFO$/i.test(level) || process.env.E2E_VERBOSE) console.log(text);
  else if (/error/i.test(level) && /aarch64-mte|extension host|Activating extension/i.test(text)) console.log(`[workbench ${level}] ${text}`);
});
page.on('pageerror', (e) => { if (process.env.E2E_VERBOSE) console.log(`[page error] ${e.message}`); });
await page.goto(url);
const code = await exitCode;
await context.close().catch(() => {});
process.exit(code);
