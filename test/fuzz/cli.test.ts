// Fuzz test (unit tier) for the command line as a user meets it: `aarch64-mte run` and `aarch64-mte objdump -d`
// on damaged copies of a small static program (header and program/section header fields set to edge values, random
// bytes, truncation), and `run` with random option vectors (unknown options, missing and malformed values, sizes,
// counts, seeds, environment entries). Every case must end with an exit status and, for a refusal, a one-line
// message naming the problem; never an internal error (status 70) or a JavaScript stack trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProgram } from '../../cli/commands/run.js';
import { objdumpCommand } from '../../cli/commands/objdump.js';
import { UsageError, type CommandIO } from '../../cli/command.js';
import { random, type Random } from './random.js';

const hello = new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'programs', 'hello.elf')));

interface Outcome { status: number; stdout: string; stderr: string }

function capture(): { io: CommandIO; result: (status: number) => Outcome } {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const io: CommandIO = {
    stdout: (t) => { out.push(Buffer.from(t)); }, stderr: (t) => { err.push(Buffer.from(t)); },
    stdoutBytes: (b) => { out.push(Buffer.from(b)); }, stderrBytes: (b) => { err.push(Buffer.from(b)); },
  };
  return { io, result: (status) => ({ status, stdout: Buffer.concat(out).toString('latin1'), stderr: Buffer.concat(err).toString('latin1') }) };
}

/** `aarch64-mte run ARGS` in-process; a UsageError becomes status 2 and its message, as cli/main.ts does. */
function run(args: string[]): Outcome {
  const c = capture();
  try {
    return c.result(runProgram(args, c.io, { stdin: new Uint8Array(0) }));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    c.io.stderr(`aarch64-mte run: ${e.message}\n`);
    return c.result(2);
  }
}

async function objdump(args: string[]): Promise<Outcome> {
  const c = capture();
  return c.result(await objdumpCommand.run(args, c.io));
}

function checkOutcome(o: Outcome, label: string): void {
  const text = `${label}\nstatus ${o.status}\nstderr: ${o.stderr.slice(0, 2000)}`;
  assert.ok(Number.isInteger(o.status) && o.status >= 0 && o.status <= 255, text);
  assert.notEqual(o.status, 70, text);
  assert.doesNotMatch(o.stderr, /internal error|^\s+at .+:\d+:\d+\)?$|TypeError|RangeError|undefined|NaN|\[object/m, text);
}

function put(b: Uint8Array, offset: number, size: number, value: bigint): void {
  if (offset + size > b.length) return;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (size === 2) v.setUint16(offset, Number(value & 0xffffn), true);
  else if (size === 4) v.setUint32(offset, Number(value & 0xffffffffn), true);
  else v.setBigUint64(offset, BigInt.asUintN(64, value), true);
}

const EDGES = [0n, 1n, 7n, 0x10n, 0x38n, 0x40n, 0xfffn, 0x1000n, 0xffffn, 0x10000n, 0x7fffffffn, 0xffffffffn, 1n << 47n, 1n << 48n, (1n << 63n) - 1n, (1n << 64n) - 1n];

/** One damaged copy of hello.elf and a description of the damage. */
function damaged(r: Random): { bytes: Uint8Array; what: string } {
  const b = hello.slice();
  const phoff = Number(new DataView(b.buffer).getBigUint64(32, true));
  const shoff = Number(new DataView(b.buffer).getBigUint64(40, true));
  switch (r.below(5)) {
    case 0: { // an ELF header field
      const fields: [number, number][] = [[16, 2], [18, 2], [20, 4], [24, 8], [32, 8], [40, 8], [52, 2], [54, 2], [56, 2], [58, 2], [60, 2], [62, 2]];
      const [o, s] = r.pick(fields);
      const v = r.pick(EDGES);
      put(b, o, s, v);
      return { bytes: b, what: `header offset ${o} = 0x${v.toString(16)}` };
    }
    case 1: { // a program header field of the first two entries
      const o = phoff + 56 * r.below(2) + r.pick([0, 4, 8, 16, 32, 40, 48]);
      const s = (o - phoff) % 56 < 8 ? 4 : 8;
      const v = r.pick(EDGES);
      put(b, o, s, v);
      return { bytes: b, what: `program header byte ${o} = 0x${v.toString(16)}` };
    }
    case 2: { // a section header field
      const o = shoff + 64 * r.below(8) + r.pick([0, 4, 24, 32, 40, 56]);
      const v = r.pick(EDGES);
      put(b, o, [0, 4, 40].includes((o - shoff) % 64) ? 4 : 8, v);
      return { bytes: b, what: `section header byte ${o} = 0x${v.toString(16)}` };
    }
    case 3: { // random bytes
      const n = 1 + r.below(8);
      for (let i = 0; i < n; i++) b[r.below(b.length)] = r.below(256);
      return { bytes: b, what: `${n} random bytes` };
    }
    default: {
      const n = r.below(b.length);
      return { bytes: b.subarray(0, n), what: `truncated to ${n} bytes` };
    }
  }
}

test('fuzz: run and objdump -d on damaged executables end with a status and a message, never an internal error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-fuzz-'));
  try {
    const r = random(7081);
    const statuses = new Set<number>();
    for (let i = 0; i < 120; i++) {
      const { bytes, what } = damaged(r);
      const path = join(dir, `case${i}.elf`);
      writeFileSync(path, bytes);
      const label = `case ${i}: ${what}`;
      const ran = run(['--max-instructions', '20000', path]);
      checkOutcome(ran, `run ${label}`);
      statuses.add(ran.status);
      if (ran.status === 2) assert.match(ran.stderr, /^aarch64-mte run: .*\S/m, `run ${label}: a refusal names the problem`);
      const dumped = await objdump(['-d', path]);
      checkOutcome(dumped, `objdump ${label}`);
    }
    // The damage must leave some programs running (hello exits 0) and get others refused (2) or killed (128+N).
    assert.ok(statuses.has(0) && statuses.has(2) && statuses.size >= 3, `statuses seen: ${[...statuses].join(' ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const OPTIONS = ['--seed', '--json', '--max-memory', '--max-tasks', '--max-instructions', '--core', '--env', '--root', '--bogus', '-x', '--', '-h'];
const VALUES = ['', '0', '-1', '1', '12', '4294967296', '1e3', '0x10', '64k', '1G', '3T', '99999999999999999999', 'abc', 'A=1', '=x', 'A', '/nonexistent/dir/f', '.', 'hello.elf:rw'];

function argVector(r: Random, program: string): string[] {
  const args: string[] = [];
  const n = r.below(5);
  for (let k = 0; k < n; k++) {
    const o = r.pick(OPTIONS);
    if (o === '-h') continue; // help is fine but uninteresting
    args.push(o);
    if (r.chance(0.85)) args.push(r.pick(VALUES));
  }
  if (r.chance(0.9)) args.push(program);
  if (r.chance(0.3)) args.push(r.pick(VALUES));
  return args;
}

test('fuzz: run with random option vectors gives a usage error or runs, never an internal error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-args-'));
  try {
    const program = join(dir, 'hello.elf');
    writeFileSync(program, hello);
    const r = random(31337);
    const statuses = new Set<number>();
    for (let i = 0; i < 150; i++) {
      // Files the command writes (--json, --core) go to the scratch folder, never the current one.
      const args = argVector(r, program).map((a, k, all) => (a === 'hello.elf:rw' ? `${dir}:rw`
        : all[k - 1] === '--json' || all[k - 1] === '--core' ? join(dir, `out-${k}`) : a));
      const withLimit = ['--max-instructions', '50000', ...args];
      const o = run(withLimit);
      checkOutcome(o, `case ${i}: run ${JSON.stringify(withLimit)}`);
      if (o.status === 2) assert.ok(o.stderr.trim().length > 0, `case ${i}: status 2 without a message: ${JSON.stringify(withLimit)}`);
      statuses.add(o.status);
    }
    assert.ok(statuses.has(0) && statuses.has(2), `statuses seen: ${[...statuses].join(' ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
