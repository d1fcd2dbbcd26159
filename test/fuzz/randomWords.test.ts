// Fuzz: random 32-bit words executed as the next instruction of a Linux process (sync tag checks on, a PROT_MTE
// mapping, random register values: pointers into it with random tags, into the stack and code, small and huge
// numbers). The run must end in a guest-visible way (exit, a signal, or the step limit), never a host exception;
// a word the decoder leaves unallocated, and an SVE word (not advertised), must raise SIGILL with ILL_ILLOPC as
// on Linux. Also runs random words as a whole code page (control flow through garbage). Deterministic seeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assembleProgram } from '../../emulator/asm/index.js';
import { decode, disassemble } from '../../emulator/isa/index.js';
import { createLinuxProcess } from '../../emulator/linux/index.js';
import type { HostIO, LinuxProcess, StopReason } from '../../emulator/machine/api.js';
import type { ProgramImage } from '../../emulator/program.js';
import { describeError, random, type Random } from './random.js';

const SIGILL = 4;
const ILL_ILLOPC = 1;

const host: HostIO = {
  writeStdout: () => {}, writeStderr: () => {}, readStdin: () => new Uint8Array(0), nowNanoseconds: () => 0n,
};

/** prctl(sync checks, all tags but 0), a 64 KiB PROT_MTE mapping, then the word under test, then exit(0). */
const linked = assembleProgram([
  '  .text', '  .globl _start', '_start:',
  '  mov x0, #55', '  mov x1, #0xfff3', '  movk x1, #7, lsl #16', '  mov x2, #0', '  mov x3, #0', '  mov x4, #0', '  mov x8, #167', '  svc #0',
  '  mov x0, #0', '  mov x1, #0x10000', '  mov x2, #0x23', '  mov x3, #0x22', '  mov x4, #-1', '  mov x5, #0', '  mov x8, #222', '  svc #0',
  '  .globl word', 'word:', '  nop', '  mov x0, #0', '  mov x8, #93', '  svc #0',
].join('\n'), { fileName: 'words.s', features: ['base', 'mte'] });
assert.ok(linked.image, linked.diagnostics.map((d) => `${d.line}: ${d.message}`).join('; '));
const image: ProgramImage = linked.image!;
const wordAddress = image.symbols.find((s) => s.name === 'word')!.address;
const textSegment = image.segments.findIndex((s) => s.vaddr <= wordAddress && wordAddress < s.vaddr + BigInt(s.data.length));
const wordOffset = Number(wordAddress - image.segments[textSegment]!.vaddr);

function withWord(word: number): ProgramImage {
  const data = image.segments[textSegment]!.data.slice();
  new DataView(data.buffer).setUint32(wordOffset, word >>> 0, true);
  return { ...image, segments: image.segments.map((s, i) => (i === textSegment ? { ...s, data } : s)) };
}

function randomValue(r: Random, mte: bigint, sp: bigint): bigint {
  switch (r.below(7)) {
    case 0: return mte + BigInt(r.below(0x10000)) + (BigInt(r.below(16)) << 56n);
    case 1: return mte + BigInt(r.below(0x400) * 16);
    case 2: return sp - BigInt(r.below(4096));
    case 3: return wordAddress + BigInt(r.below(64) * 4 - 128);
    case 4: return BigInt(r.below(256));
    case 5: return (BigInt(r.u32()) << 32n) | BigInt(r.u32());
    default: return 0xffffffffffffffffn - BigInt(r.below(16));
  }
}

function startAtWord(word: number, r: Random): LinuxProcess {
  const created = createLinuxProcess({ program: withWord(word), argv: ['words'], envp: [], host, seed: 7, memoryLimitBytes: 32 << 20 });
  if (!created.ok) assert.fail(created.message);
  const p = created.process;
  p.machine.addBreakpoint(wordAddress);
  const first = p.run({ maxSteps: 100 });
  assert.equal(first.kind, 'breakpoint', `prelude: ${first.kind}`);
  p.machine.removeBreakpoint(wordAddress);
  const mte = p.machine.getX(0);
  const sp = p.machine.getSP();
  for (let n = 0; n < 31; n++) p.machine.setX(n, randomValue(r, mte, sp));
  if (r.chance(0.3)) p.machine.setSP(randomValue(r, mte, sp) & ~0xfn);
  p.machine.setNZCV((r.below(16) << 28) >>> 0);
  for (let v = 0; v < 32; v += 1 + r.below(4)) {
    const bytes = new Uint8Array(16);
    for (let i = 0; i < 16; i++) bytes[i] = r.u32() & 0xff;
    p.machine.setV(v, bytes);
  }
  return p;
}

function finish(p: LinuxProcess, steps: number): StopReason {
  let stop: StopReason = p.run({ maxSteps: steps });
  // A signal stop the kernel reports to a debugger (not fatal) continues into the handler or the default action.
  for (let i = 0; i < 4 && stop.kind === 'signal'; i++) stop = p.run({ maxSteps: steps });
  return stop;
}

const isSve = (word: number): boolean => decode(word)?.form.feature === 'sve';

test('fuzz: random words run as one instruction end in exit, a signal or the limit; unallocated and SVE words give SIGILL', () => {
  const r = random(0xa64);
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const word = r.u32();
    const label = `word 0x${word.toString(16).padStart(8, '0')} (#${i})`;
    let stop: StopReason;
    try {
      stop = finish(startAtWord(word, r), 300);
    } catch (e) {
      assert.fail(`${label}: host exception: ${describeError(e)}`);
    }
    const key = stop.kind === 'killed' ? `killed ${stop.signal}` : stop.kind;
    counts[key] = (counts[key] ?? 0) + 1;
    assert.ok(['exit', 'killed', 'limit'].includes(stop.kind), `${label}: stop ${JSON.stringify(stop, (_k, v) => (typeof v === 'bigint' ? v.toString(16) : v))}`);
    if (decode(word) === undefined || isSve(word)) {
      assert.equal(stop.kind, 'killed', `${label}: unallocated/SVE word must kill with SIGILL`);
      if (stop.kind === 'killed') {
        assert.equal(stop.signal, SIGILL, `${label}: signal`);
        assert.equal(stop.code, ILL_ILLOPC, `${label}: si_code`);
      }
    }
  }
  assert.ok((counts['killed 4'] ?? 0) > 100 && (counts.exit ?? 0) > 100, JSON.stringify(counts));
});

test('fuzz: a code page of random allocated words (control flow through garbage) never throws', () => {
  const r = random(0xc0de);
  for (let i = 0; i < 200; i++) {
    const p = startAtWord(0xd503201f, r);
    // Allocated, non-SVE words only, so that execution goes on for a while instead of stopping at once.
    const page = new Uint8Array(4096);
    const view = new DataView(page.buffer);
    for (let k = 0; k < page.length; k += 4) {
      let w = r.u32();
      while (decode(w) === undefined || isSve(w)) w = r.u32();
      view.setUint32(k, w, true);
    }
    // Write the garbage over the code from the word on (the text page is writable through the debugger API).
    p.machine.writeMemory(wordAddress, page.subarray(0, 4096 - Number(wordAddress & 0xfffn)));
    try {
      const stop = finish(p, 20000);
      assert.ok(['exit', 'killed', 'limit'].includes(stop.kind), `page #${i}: stop ${stop.kind}`);
    } catch (e) {
      assert.fail(`page #${i}: host exception: ${describeError(e)}`);
    }
  }
});

test('fuzz: disassembling 100,000 random words never throws and always gives text', () => {
  const r = random(0xd15a);
  for (let i = 0; i < 100_000; i++) {
    const word = r.u32();
    const address = BigInt(r.u32()) << BigInt(r.below(4) * 8);
    let text: string;
    try {
      text = disassemble(word, address, (a) => (a % 7n === 0n ? { name: 'sym', offset: a & 0xffn } : undefined)).text;
    } catch (e) {
      assert.fail(`word 0x${word.toString(16)} at 0x${address.toString(16)}: ${describeError(e)}`);
    }
    assert.ok(text.length > 0 && !/undefined|NaN|\[object/.test(text.replace(/ ; undefined$/, '')), `word 0x${word.toString(16)}: '${text}'`);
  }
});
