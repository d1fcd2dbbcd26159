// Standard input against qemu-aarch64: test/linux/stdin/stdio.c (gcc -static) and test/linux/stdin/stdin-state.s
// (GNU as/ld) run under qemu and under `aarch64-mte run` (from source, through tsx) with a pipe and with a regular
// file as standard input; stdout and exit status must agree (pipe: POLLHUP at the end and ESPIPE; file: lseek
// gives the position). A missing tool fails the test with its name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const root = join(__dirname, '..', '..');
const dir = join(root, 'test', 'linux', 'stdin');
const tools = ['aarch64-linux-gnu-gcc', 'aarch64-linux-gnu-as', 'aarch64-linux-gnu-ld', 'qemu-aarch64'];
const work = mkdtempSync(join(tmpdir(), 'stdin-oracle-'));
test.after(() => rmSync(work, { recursive: true, force: true }));
const runMain = `require(${JSON.stringify(join(root, 'cli', 'main.ts'))}).main(process.argv.slice(1)).then((s) => { process.exitCode = s; })`;

function requireTools(): void {
  const missing = tools.filter((t) => spawnSync('which', [t]).status !== 0);
  assert.deepEqual(missing, [], `missing tools: ${missing.join(', ')} (install gcc-aarch64-linux-gnu and qemu-user)`);
}

function sh(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  assert.equal(r.status, 0, `${cmd}: ${r.stderr}`);
}

/**
 * Runs `elf` under both with standard input a regular file (fd) or a shell pipe from printf. (Node's own 'pipe'
 * stdio is a socket pair, which Linux polls differently at its end: POLLIN, not POLLHUP.)
 */
function both(elf: string, stdin: { fd: number } | { input: string }): void {
  const ourCommand = [process.execPath, '--import', 'tsx', '-e', runMain, '--', 'run', elf];
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const spawn = (command: string[], cwd?: string) => 'fd' in stdin
    ? spawnSync(command[0]!, command.slice(1), { stdio: [stdin.fd, 'pipe', 'pipe'], cwd, timeout: 120000 })
    : spawnSync('/bin/sh', ['-c', `printf '%s' ${quote(stdin.input)} | ${command.map(quote).join(' ')}`], { cwd, timeout: 120000 });
  const q = spawn(['qemu-aarch64', '-cpu', 'max', elf]);
  const ours = spawn(ourCommand, root);
  assert.equal(q.status, 0, String(q.stderr));
  assert.equal((ours.stdout as Buffer).toString('latin1'), (q.stdout as Buffer).toString('latin1'), String(ours.stderr));
  assert.equal(ours.status, q.status);
}

test('stdin as a pipe and as a regular file: aarch64-mte run agrees with qemu-aarch64', () => {
  requireTools();
  const stdio = join(work, 'stdio');
  sh('aarch64-linux-gnu-gcc', ['-static', '-O1', '-o', stdio, join(dir, 'stdio.c')]);
  sh('aarch64-linux-gnu-as', ['-o', join(work, 'state.o'), join(dir, 'stdin-state.s')]);
  const state = join(work, 'state');
  sh('aarch64-linux-gnu-ld', ['-static', '-o', state, join(work, 'state.o')]);
  const file = join(work, 'input.txt');
  writeFileSync(file, '3 4\nhello world\nabc and more after the last line\n');
  for (const elf of [stdio, state]) {
    both(elf, { input: '3 4\nhello world\nabc' });
    both(elf, { input: '' });
    both(elf, { input: "1 2\nit's\n" });
    const fd = openSync(file, 'r');
    try { both(elf, { fd }); } finally { closeSync(fd); }
  }
});
