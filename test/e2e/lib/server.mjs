// Starts and stops code-server for the end-to-end tests: its own process group (so stopping it also ends the
// extension host and the debug adapter it spawned), every file it writes kept inside the work folder, quiet
// workbench settings, and a wait for GET /healthz before any browser connects.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, writeFileSync, openSync } from 'node:fs';
import { join } from 'node:path';

/** User settings that keep the workbench quiet and deterministic (vscode-e2e.md). */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'debug.openDebug': 'openOnSessionStart',
  'debug.internalConsoleOptions': 'neverOpen',
  'editor.minimap.enabled': false,
  'window.commandCenter': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/** The folders code-server uses, all under `work`. */
export function serverDirs(work) {
  const dirs = {
    userData: join(work, 'user-data'),
    extensions: join(work, 'extensions'),
    xdgConfig: join(work, 'xdg-config'),
    xdgData: join(work, 'xdg-data'),
    xdgCache: join(work, 'xdg-cache'),
    tmp: join(work, 'tmp'),
    logs: join(work, 'logs'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify(QUIET_SETTINGS, null, 2));
  return dirs;
}

function serverEnv(toolchain, dirs) {
  return {
    ...process.env,
    PATH: `${toolchain.nodeBin}:${process.env.PATH}`,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
    TMPDIR: dirs.tmp,
    // The extension host must not inherit the test runner's Node options (tsx loaders and the like).
    NODE_OPTIONS: '',
  };
}

/** Installs a .vsix into the extensions folder with code-server's CLI. Throws with the CLI's output on failure. */
export function installVsix(toolchain, dirs, vsix) {
  const r = spawnSync(toolchain.node, [toolchain.codeServerEntry, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions,
    '--install-extension', vsix, '--force'], { env: serverEnv(toolchain, dirs), encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`code-server --install-extension ${vsix} failed (exit ${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  return (r.stdout + r.stderr).trim();
}

/**
 * Starts code-server on a free port serving `workspace`. Resolves once /healthz answers; `stop()` kills the whole
 * process group. Output goes to logs/code-server.log.
 */
export async function startServer(toolchain, dirs, workspace, { timeoutMs = 90_000 } = {}) {
  const port = await freePort();
  const logFile = join(dirs.logs, 'code-server.log');
  const out = openSync(logFile, 'a');
  const args = [toolchain.codeServerEntry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--reconnection-grace-time', '5',
    '--vscode-option', 'enable-smoke-test-driver', workspace];
  // detached: true makes the child a session and process-group leader (setsid), so kill(-pid) reaches everything.
  const child = spawn(toolchain.node, args, { env: serverEnv(toolchain, dirs), detached: true, stdio: ['ignore', out, out] });
  let exited = null;
  child.on('exit', (code, signal) => { exited = code ?? signal; });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline) {
      try { process.kill(-child.pid, 0); } catch { return; }
      spawnSync('sleep', ['0.1']);
    }
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  };
  const started = Date.now();
  for (;;) {
    if (exited !== null) throw new Error(`code-server exited early (${exited}); see ${logFile}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() - started > timeoutMs) { stop(); throw new Error(`code-server did not answer /healthz within ${timeoutMs} ms; see ${logFile}`); }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, port, pid: child.pid, logFile, stop, startupMs: Date.now() - started };
}
