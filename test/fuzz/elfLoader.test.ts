// Fuzz: mutated and truncated ELF files into the ELF reader and loader (emulator/elf) and, when the loader
// accepts one, into the Linux process set-up and a few thousand instructions of execution. Every input must give
// either a program image or a clear message naming the file, never an exception, an internal "unreadable ELF"
// fallback or a hang. Deterministic seeds; bounded time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { elfToProgramImage, parseElf } from '../../emulator/elf/index.js';
import { assembleProgram, writeExecutable } from '../../emulator/asm/index.js';
import { createLinuxProcess } from '../../emulator/linux/index.js';
import type { HostIO } from '../../emulator/machine/api.js';
import { describeError, random, type Random } from './random.js';

const corpus = new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'c', 'corpus-O2.elf')));

function smallExecutable(): Uint8Array {
  const linked = assembleProgram([
    '  .text', '  .globl _start', '_start:', '  adr x1, msg', '  mov x0, #1', '  mov x2, #3', '  mov x8, #64', '  svc #0',
    '  mov x0, #0', '  mov x8, #93', '  svc #0', '  .data', 'msg: .ascii "ok\\n"', '  .bss', '  .skip 64',
  ].join('\n'), { fileName: 'small.s' });
  assert.ok(linked.image, linked.diagnostics.map((d) => d.message).join('; '));
  return writeExecutable(linked.image!);
}
const small = smallExecutable();

const host: HostIO = {
  writeStdout: () => {}, writeStderr: () => {}, readStdin: () => new Uint8Array(0),
  nowNanoseconds: () => 0n,
};

/** Header fields (offset, size) worth setting to edge values. */
const FIELDS: readonly [number, number][] = [
  [4, 1], [5, 1], [6, 1], [16, 2], [18, 2], [20, 4], [24, 8], [32, 8], [40, 8], [52, 2], [54, 2], [56, 2], [58, 2], [60, 2], [62, 2],
];
const EDGE = [0n, 1n, 2n, 3n, 0x40n, 0x7fn, 0xffn, 0xffffn, 0xfffen, 0x7fffffffn, 0xffffffffn, 0x10000000000000n, 0xffffffffffffffffn, 0x8000000000000000n];

function put(bytes: Uint8Array, offset: number, size: number, value: bigint): void {
  for (let i = 0; i < size && offset + i < bytes.length; i++) bytes[offset + i] = Number((value >> BigInt(8 * i)) & 0xffn);
}
function get(bytes: Uint8Array, offset: number, size: number): number {
  let v = 0;
  for (let i = size - 1; i >= 0; i--) v = v * 256 + (bytes[offset + i] ?? 0);
  return v;
}

/** One mutation of `base`: header field edges, program/section header field edges, byte noise, truncation. */
function mutate(base: Uint8Array, r: Random): Uint8Array {
  const kind = r.below(5);
  if (kind === 0) return base.slice(0, r.below(Math.min(base.length, 8192)));
  const b = base.slice();
  const edits = 1 + r.below(4);
  for (let e = 0; e < edits; e++) {
    const what = r.below(4);
    if (what === 0) {
      const [o, s] = r.pick(FIELDS);
      put(b, o, s, r.chance(0.7) ? r.pick(EDGE) : BigInt(r.u32()));
    } else if (what === 1) {
      // a field of one program header
      const phoff = get(base, 32, 8), n = get(base, 56, 2);
      if (n > 0 && phoff < base.length) {
        const o = phoff + 56 * r.below(n) + r.pick([0, 4, 8, 16, 32, 40, 48]);
        put(b, o, o % 8 === 4 || o % 8 === 0 && r.chance(0.3) ? 4 : 8, r.chance(0.7) ? r.pick(EDGE) : BigInt(r.u32()) << BigInt(r.below(3) * 12));
      }
    } else if (what === 2) {
      // a field of one section header
      const shoff = get(base, 40, 8), n = get(base, 60, 2);
      if (n > 0 && shoff < base.length) {
        const o = shoff + 64 * r.below(n) + r.pick([0, 4, 8, 24, 32, 40, 44, 56]);
        put(b, o, r.chance(0.5) ? 4 : 8, r.chance(0.7) ? r.pick(EDGE) : BigInt(r.u32()));
      }
    } else {
      for (let k = 1 + r.below(16); k > 0; k--) b[r.below(Math.min(b.length, 4096))] = r.u32() & 0xff;
    }
  }
  return b;
}

function check(bytes: Uint8Array, label: string): 'rejected' | 'loaded' {
  let result;
  try {
    result = elfToProgramImage(bytes, 'fuzz.elf');
  } catch (e) {
    assert.fail(`${label}: the loader threw: ${describeError(e)}`);
  }
  if (!result.ok) {
    assert.match(result.message, /^fuzz\.elf: \S/, `${label}: message names the file`);
    assert.doesNotMatch(result.message, /unreadable ELF file|undefined|NaN|\[object/, `${label}: ${result.message}`);
    return 'rejected';
  }
  try {
    const created = createLinuxProcess({ program: result.image, argv: ['fuzz.elf'], envp: [], host, seed: 1, memoryLimitBytes: 64 << 20 });
    if (created.ok) {
      const stop = created.process.run({ maxSteps: 5000 });
      assert.ok(['exit', 'killed', 'limit', 'signal', 'breakpoint', 'waitingForInput'].includes(stop.kind), `${label}: stop ${stop.kind}`);
    } else {
      assert.ok(created.message.length > 0, `${label}: empty process message`);
    }
  } catch (e) {
    assert.fail(`${label}: the process set-up or run threw: ${describeError(e)}`);
  }
  return 'loaded';
}

test('fuzz: mutated small executables are loaded or refused with a message, never throw', () => {
  const r = random(0x5eed01);
  const counts = { rejected: 0, loaded: 0 };
  for (let i = 0; i < 1500; i++) counts[check(mutate(small, r), `small #${i}`)]++;
  assert.ok(counts.rejected > 100 && counts.loaded > 50, JSON.stringify(counts));
});

test('fuzz: mutated glibc executable headers are loaded or refused with a message, never throw', () => {
  const r = random(0x5eed02);
  const counts = { rejected: 0, loaded: 0 };
  for (let i = 0; i < 100; i++) counts[check(mutate(corpus, r), `corpus #${i}`)]++;
  assert.ok(counts.rejected > 10, JSON.stringify(counts));
});

test('fuzz: every truncation of the ELF header and program headers is refused cleanly', () => {
  const phEnd = get(small, 32, 8) + 56 * get(small, 56, 2);
  for (let n = 0; n < phEnd; n++) {
    const parsed = parseElf(small.slice(0, n));
    assert.equal(parsed.ok, false, `truncated to ${n} bytes`);
    if (!parsed.ok) assert.doesNotMatch(parsed.message, /unreadable ELF file/, `truncated to ${n}: ${parsed.message}`);
  }
});

test('found by fuzzing: a segment whose file offset and address differ modulo the page, and an entry point past 2^48, are refused as Linux refuses them', () => {
  const phoff = get(small, 32, 8);
  const odd = small.slice();
  put(odd, phoff + 16, 8, 0x400123n);
  const r1 = elfToProgramImage(odd, 'odd.elf');
  assert.equal(r1.ok, false);
  if (!r1.ok) assert.match(r1.message, /^odd\.elf: loadable segment 0: file offset 0x0 and address 0x400123 differ modulo the page size/);
  const far = small.slice();
  put(far, 24, 8, 0xffffffffffffffffn);
  const r2 = elfToProgramImage(far, 'far.elf');
  assert.equal(r2.ok, false);
  if (!r2.ok) assert.match(r2.message, /^far\.elf: entry point 0xffffffffffffffff lies outside the 48-bit user address space/);
});
