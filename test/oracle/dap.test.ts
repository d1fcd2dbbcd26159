// Oracle tests of the debug adapter: the DAP fixtures are built with GNU as/ld (with -g) and run under
// qemu-aarch64 -cpu max, with gdb-multiarch attached to qemu's gdb stub for the fault facts (signal, source line,
// the pointer's logical tag). The adapter must report the same facts, both for the .s source (assembled in
// process) and for the GNU-built ELF (lines from its .debug_line). Allocation tags come from the Linux
// documentation (a new PROT_MTE page has tag 0 everywhere), as qemu 7.2's gdb stub cannot read tags.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, markerLine, startClient, launchToFirstStop, topFrame, evaluate } from '../dap/helpers.js';

const TOOLS = ['aarch64-linux-gnu-as', 'aarch64-linux-gnu-ld', 'qemu-aarch64', 'gdb-multiarch'];
const work = mkdtempSync(join(tmpdir(), 'dap-oracle-'));

before(() => {
  for (const tool of TOOLS) {
    const r = spawnSync('which', [tool]);
    assert.equal(r.status, 0, `${tool} is not installed (install binutils-aarch64-linux-gnu, qemu-user and gdb-multiarch; see docs)`);
  }
});

function buildElf(name: string): string {
  const object = join(work, `${name}.o`);
  const exe = join(work, name);
  let r = spawnSync('aarch64-linux-gnu-as', ['-g', '-march=armv8.5-a+memtag', fixture(`${name}.s`), '-o', object], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  r = spawnSync('aarch64-linux-gnu-ld', [object, '-o', exe], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return exe;
}

function runQemu(exe: string, input = ''): { status: number | null; signal: string | null; stdout: string } {
  const r = spawnSync('qemu-aarch64', ['-cpu', 'max', exe], { encoding: 'utf8', input });
  return { status: r.status, signal: r.signal, stdout: r.stdout };
}

let port = 23400 + Math.floor(Math.random() * 1000);

/** Runs the program under qemu's gdb stub to its first signal and returns what gdb prints. */
async function gdbFacts(exe: string): Promise<{ signal: string; line: number; x0: bigint; pc: bigint }> {
  const p = port++;
  const qemu = spawn('qemu-aarch64', ['-cpu', 'max', '-g', String(p), exe], { stdio: 'ignore' });
  try {
    await new Promise((r) => setTimeout(r, 300));
    const r = spawnSync('gdb-multiarch', ['-nx', '-batch', '-ex', 'set architecture aarch64', '-ex', `target remote :${p}`, '-ex', 'continue',
      '-ex', 'info line *$pc', '-ex', 'p/x $x0', '-ex', 'p/x $pc', exe], { encoding: 'utf8', timeout: 30_000 });
    const out = r.stdout + r.stderr;
    const signal = /Program received signal (\w+)/.exec(out)?.[1];
    const line = /Line (\d+) of/.exec(out)?.[1];
    const values = [...out.matchAll(/^\$\d+ = (0x[0-9a-f]+)/gm)].map((m) => BigInt(m[1]!));
    assert.ok(signal && line && values.length === 2, `unexpected gdb output:\n${out}`);
    return { signal, line: Number(line), x0: values[0]!, pc: values[1]! };
  } finally {
    qemu.kill('SIGKILL');
  }
}

test('basic.s: exit status and output agree with qemu', async () => {
  const q = runQemu(buildElf('basic'));
  assert.equal(q.status, 7);
  assert.equal(q.stdout, 'hello\n');
  for (const program of [fixture('basic.s'), join(work, 'basic')]) {
    const dc = await startClient();
    try {
      await dc.initializeRequest({ adapterID: 'aarch64-mte', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
      const initialized = dc.waitForEvent('initialized');
      await dc.launchRequest({ program } as never);
      await initialized;
      const out = dc.assertOutput('stdout', q.stdout);
      const exited = dc.waitForEvent('exited');
      await dc.configurationDoneRequest();
      await out;
      assert.equal((await exited).body.exitCode, q.status);
    } finally {
      await dc.stop();
    }
  }
});

test('mte-fault.s: the stop line, the logical tag and the signal agree with qemu + gdb', async () => {
  const exe = buildElf('mte-fault');
  const q = runQemu(exe);
  assert.equal(q.signal, 'SIGSEGV', 'qemu kills the program with SIGSEGV');
  assert.equal(q.stdout, 'ok\n', 'the in-bounds stores succeed first');
  const facts = await gdbFacts(exe);
  assert.equal(facts.signal, 'SIGSEGV');
  assert.equal(facts.line, markerLine(fixture('mte-fault.s'), 'FAULT'));
  const qemuTag = Number(facts.x0 >> 56n);
  // The assembled source and the GNU-built ELF with its DWARF line table must both stop there.
  for (const program of [fixture('mte-fault.s'), exe]) {
    const dc = await startClient();
    try {
      const stop = await launchToFirstStop(dc, program);
      assert.equal(stop.body.reason, 'exception');
      const frame = await topFrame(dc);
      assert.equal(frame.line, facts.line, `${program}: stop line`);
      assert.equal(BigInt(frame.instructionPointerReference!), facts.pc, `${program}: faulting pc`);
      const x0 = BigInt(/^0x[0-9a-f]+/.exec(await evaluate(dc, 'x0'))![0]);
      assert.equal(Number(x0 >> 56n), qemuTag, 'logical tag as under qemu');
      const info = await dc.exceptionInfoRequest({ threadId: 1 });
      assert.ok(info.body.description!.includes(`Logical tag 0x${qemuTag.toString(16)}.`));
      assert.ok(info.body.description!.includes('Allocation tag 0x0'), 'a fresh PROT_MTE page has tag 0 (Linux documentation)');
      const exited = dc.waitForEvent('exited');
      await dc.continueRequest({ threadId: 1 });
      assert.equal((await exited).body.exitCode, 128 + 11, 'killed by SIGSEGV, like the qemu run');
    } finally {
      await dc.stop();
    }
  }
});

test('mte-async.s: both report SIGSEGV after the bad store (delivery point differs: Linux next kernel entry, qemu next block)', async () => {
  const exe = buildElf('mte-async');
  const q = runQemu(exe);
  assert.equal(q.signal, 'SIGSEGV');
  const facts = await gdbFacts(exe);
  assert.equal(facts.signal, 'SIGSEGV');
  assert.ok(facts.line > markerLine(fixture('mte-async.s'), 'ASYNC_STORE'), 'delivered after the store');
  const dc = await startClient();
  try {
    const stop = await launchToFirstStop(dc, fixture('mte-async.s'));
    assert.equal(stop.body.reason, 'exception');
    assert.equal((await topFrame(dc)).line, markerLine(fixture('mte-async.s'), 'ASYNC_DELIVERY'), 'Linux: at the next kernel entry');
  } finally {
    await dc.stop();
  }
});

test('echo.s: standard input reaches the program as under qemu', async () => {
  const q = runQemu(buildElf('echo'), 'line of input\n');
  assert.equal(q.stdout, 'line of input\n');
  const dc = await startClient();
  try {
    await dc.initializeRequest({ adapterID: 'aarch64-mte', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
    const initialized = dc.waitForEvent('initialized');
    await dc.launchRequest({ program: fixture('echo.s'), stdin: 'line of input\n', stdinEof: true } as never);
    await initialized;
    const out = dc.assertOutput('stdout', q.stdout);
    await dc.configurationDoneRequest();
    await out;
  } finally {
    await dc.stop();
  }
});

test('segv.s: an unmapped load stops on the same line and pc as under qemu + gdb', async () => {
  const exe = buildElf('segv');
  const facts = await gdbFacts(exe);
  assert.equal(facts.signal, 'SIGSEGV');
  const dc = await startClient();
  try {
    const stop = await launchToFirstStop(dc, exe);
    assert.equal(stop.body.reason, 'exception');
    const frame = await topFrame(dc);
    assert.equal(frame.line, facts.line);
    assert.equal(BigInt(frame.instructionPointerReference!), facts.pc);
  } finally {
    await dc.stop();
  }
});

test('args.s: argv, envp and exit status agree with qemu', async () => {
  const exe = buildElf('args');
  const q = spawnSync('qemu-aarch64', ['-cpu', 'max', exe, 'first', 'second'], { encoding: 'utf8', env: { GREETING: 'hi' } });
  assert.equal(q.stdout, 'first\nGREETING=hi\n');
  for (const program of [fixture('args.s'), exe]) {
    const dc = await startClient();
    try {
      await dc.initializeRequest({ adapterID: 'aarch64-mte', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
      const initialized = dc.waitForEvent('initialized');
      await dc.launchRequest({ program, args: ['first', 'second'], env: { GREETING: 'hi' } } as never);
      await initialized;
      const out = dc.assertOutput('stdout', q.stdout);
      const exited = dc.waitForEvent('exited');
      await dc.configurationDoneRequest();
      await out;
      assert.equal((await exited).body.exitCode, q.status);
    } finally {
      await dc.stop();
    }
  }
});

test('c/locals.elf: Locals and Globals agree with gdb\'s info locals (addresses aside: qemu places mmap elsewhere)', async () => {
  const exe = join(fixture('c'), 'locals.elf');
  const p = port++;
  const qemu = spawn('qemu-aarch64', ['-cpu', 'max', '-g', String(p), exe], { stdio: 'ignore' });
  let gdbOut = '';
  try {
    await new Promise((r) => setTimeout(r, 300));
    const line = markerLine(join(fixture('c'), 'locals.c'), 'C_FAULT');
    const r = spawnSync('gdb-multiarch', ['-nx', '-batch', '-ex', 'set architecture aarch64', '-ex', `target remote :${p}`, '-ex', `break locals.c:${line}`,
      '-ex', 'continue', '-ex', 'info locals', '-ex', 'p counter', exe], { encoding: 'utf8', timeout: 30_000 });
    gdbOut = r.stdout;
  } finally {
    qemu.kill('SIGKILL');
  }
  const gdbLocals = new Map([...gdbOut.matchAll(/^(\w+) = (.*)$/gm)].map((m) => [m[1]!, m[2]!]));
  const gdbCounter = /^\$1 = (.*)$/m.exec(gdbOut)?.[1];
  assert.ok(gdbLocals.has('count') && gdbCounter, `unexpected gdb output:\n${gdbOut}`);
  const dc = await startClient();
  try {
    const source = join(fixture('c'), 'locals.c');
    await launchToFirstStop(dc, exe, { breakpoints: [{ file: source, lines: [markerLine(source, 'C_FAULT')] }] });
    const frame = await topFrame(dc);
    const scopes = await dc.scopesRequest({ frameId: frame.id });
    const locals = (await dc.variablesRequest({ variablesReference: scopes.body.scopes.find((s) => s.name === 'Locals')!.variablesReference })).body.variables;
    const ours = new Map(locals.map((v) => [v.name, v.value]));
    assert.deepEqual([...ours.keys()].sort(), [...gdbLocals.keys()].sort());
    const withoutAddress = (v: string): string => v.replace(/^0x[0-9a-f]+/, 'ADDR').replace(/ <tag .*>$/, '');
    for (const [name, value] of gdbLocals) assert.equal(withoutAddress(ours.get(name)!), withoutAddress(value), name);
    assert.equal(ours.get('a')!.slice(0, 3), gdbLocals.get('a')!.slice(0, 3), 'the same logical tag (0x5...)');
    const globals = (await dc.variablesRequest({ variablesReference: scopes.body.scopes.find((s) => s.name === 'Globals')!.variablesReference })).body.variables;
    assert.equal(globals.find((v) => v.name === 'counter')?.value, gdbCounter);
  } finally {
    await dc.stop();
  }
});
