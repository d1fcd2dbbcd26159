// test/linux/fs-links.c (symlinkat/linkat errnos, O_TMPFILE named by linkat, /proc/self/maps offsets and inodes
// of a split file mapping) compiled with aarch64-linux-gnu-gcc -static and run under qemu-aarch64 (which forwards
// file calls to the host kernel) and by the emulator in-process, in fresh folders (a writable root for the
// emulator) and a new folder under /dev/shm. The outputs must be equal line for line. Skips, saying why, without
// the tools. The host kernel decides linkat(AT_EMPTY_PATH): Linux 6.10+ allows it for a file the caller opened
// (earlier kernels need CAP_DAC_READ_SEARCH), which the emulator follows; an older host run as non-root differs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tmpdir } from 'node:os';
import { runCli } from '../linux/runCli.js';

const root = join(__dirname, '..', '..');
const missing = ['aarch64-linux-gnu-gcc', 'qemu-aarch64'].filter((t) => spawnSync('which', [t]).status !== 0);
const skip = missing.length > 0 ? `missing tools: ${missing.join(', ')} (install gcc-aarch64-linux-gnu and qemu-user)`
  : !existsSync('/dev/shm') ? 'the host has no /dev/shm (tmpfs) for the O_TMPFILE cases' : false;
if (skip) console.log(`# fsLinksQemu: skipped, ${skip}`);

const work = mkdtempSync(join(tmpdir(), 'fs-links-oracle-'));
test.after(() => rmSync(work, { recursive: true, force: true }));

test('fs-links.c (glibc, static): links, O_TMPFILE and /proc/self/maps give the same results as under qemu', { skip }, () => {
  const elf = join(work, 'fs-links');
  const cc = spawnSync('aarch64-linux-gnu-gcc', ['-static', '-O1', '-o', elf, join(root, 'test/linux/fs-links.c')], { encoding: 'utf8' });
  assert.equal(cc.status, 0, cc.stderr);
  const q = join(work, 'qemu');
  const e = join(work, 'emu');
  mkdirSync(q);
  mkdirSync(e);
  const shm = `mte-links-${basename(work)}`;
  const qemu = spawnSync('qemu-aarch64', [elf, q, shm], { encoding: 'latin1', timeout: 60000 });
  rmSync(join('/dev/shm', shm), { recursive: true, force: true });
  assert.equal(qemu.status, 0, qemu.stderr);
  const emu = runCli(['--root', `${e}:rw`, elf, e, shm]);
  assert.equal(emu.status, 0, emu.stderr);
  assert.match(qemu.stdout, /linkat\(t, "", AT_FDCWD, path, AT_EMPTY_PATH\) +0 0/, 'the host kernel links an O_TMPFILE file by AT_EMPTY_PATH');
  assert.equal(emu.stdout, qemu.stdout);
});
