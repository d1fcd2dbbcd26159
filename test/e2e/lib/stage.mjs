// Copies the files a clean checkout would hold after a build (tracked and untracked-but-not-ignored files, plus
// dist/) into a staging folder, so vsce packages exactly what a release build would, without walking the local
// caches (.cache/e2e holds code-server's ~800 MB of node_modules, which vsce would otherwise scan for ~30 s).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

function listDist(root, rel = 'dist') {
  const out = [];
  const abs = join(root, rel);
  if (!existsSync(abs)) return out;
  for (const name of readdirSync(abs)) {
    const p = `${rel}/${name}`;
    if (statSync(join(root, p)).isDirectory()) out.push(...listDist(root, p));
    else if (!name.endsWith('.vsix')) out.push(p);
  }
  return out;
}

/** Stages the repository at `root` into `stage` and returns the number of files copied. */
export function stageRepository(root, stage) {
  const r = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`git ls-files failed: ${r.stderr}`);
  const files = [...new Set([...r.stdout.split('\0').filter(Boolean), ...listDist(root)])];
  rmSync(stage, { recursive: true, force: true });
  let copied = 0;
  for (const f of files) {
    const from = join(root, f);
    if (!existsSync(from) || statSync(from).isDirectory()) continue; // Deleted but still tracked, or a submodule.
    mkdirSync(dirname(join(stage, f)), { recursive: true });
    copyFileSync(from, join(stage, f));
    copied++;
  }
  return copied;
}
