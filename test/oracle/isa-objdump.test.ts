// Whole-listing comparison of `aarch64-mte objdump` with GNU objdump 2.40: small programs are assembled and
// linked with GNU as/ld (executables and relocatable objects, with data in code, zero runs, several symbols at
// one address, branches to symbols); a raw binary is listed with `-D -b binary -m aarch64`. The listings must
// be byte-for-byte identical. Bad input (not ELF, truncated) must give a clear message and a non-zero status.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../../emulator/isa/index.js';
import { objdumpCommand } from '../../cli/commands/objdump.js';
import type { CommandIO } from '../../cli/command.js';
import { AS, AS_MARCH, OBJDUMP, inSimdFpSpace, missingTool, seededRandom, withTempDirAsync, wordsToBytes } from './isa-tools.js';

const LD = 'aarch64-linux-gnu-ld';

/** Runs our objdump command in-process, returning stdout, stderr and the exit status. */
async function ours(args: string[]): Promise<{ stdout: string; stderr: string; status: number }> {
  let stdout = '';
  let stderr = '';
  const io: CommandIO = {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    stdoutBytes: () => {},
    stderrBytes: () => {},
  };
  const status = await objdumpCommand.run(args, io);
  return { stdout, stderr, status };
}

function theirs(args: string[], cwd: string): string {
  const r = spawnSync(OBJDUMP, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(r.status, 0, `${OBJDUMP} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

function run(tool: string, args: string[], cwd: string): void {
  const r = spawnSync(tool, args, { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, `${tool} ${args.join(' ')} failed: ${r.stderr}`);
}

/** Fixture programs: loads/stores, data-processing, data in code, zero runs, symbols, literal pools. */
const programs: Record<string, string> = {
  memory: `
    .text
    .globl _start
    .type _start, %function
_start:
    mov x0, #0
    ldr x1, [sp, #8]
    ldp x2, x3, [sp, #-16]!
    stp x2, x3, [sp], #16
    ldrb w4, [x1, x2]
    ldrsw x5, [x1, w2, sxtw #2]
    ldxr x6, [x1]
    stxr w7, x6, [x1]
    ldadd x0, x1, [x2]
    stadd x0, [x2]
    casal w0, w1, [sp]
    prfm pldl1keep, [x0, #64]
    ldr x8, =0x123456789
    add x0, x0, #1
    .word 0, 0, 0, 0
local_label:
alt_label:
    ldur x9, [x0, #-1]
    .byte 1, 2
    .align 2
    .globl second
second:
    sub sp, sp, #32
    ldapr w0, [x1]
    .word 0x12345678
    .hword 0x1234
    .byte 7
    .align 3
    .quad 0
    .data
table:
    .quad 1, 2, 3
`,
  branches: `
    .text
    .globl _start
_start:
    bl helper
    b.ne _start
    adr x1, message
    adrp x2, message
    ldr x3, message
    cbz x0, helper
    tbz w0, #3, _start
helper:
    ret
    .data
message:
    // Data that -D decodes as base instructions, then a tail shorter than a word.
    .word 0x12345678
    .byte 1, 2, 3
`,
};

test('objdump -d/-D listings of GNU-built executables and objects equal GNU objdump', { timeout: 120_000 }, async () => {
  for (const tool of [OBJDUMP, AS, LD]) {
    const missing = missingTool(tool);
    assert.equal(missing, undefined, missing);
  }
  await withTempDirAsync(async (dir) => {
    const mismatches: string[] = [];
    for (const [name, source] of Object.entries(programs)) {
      writeFileSync(join(dir, `${name}.s`), source);
      run(AS, [AS_MARCH, `${name}.s`, '-o', `${name}.o`], dir);
      run(LD, [`${name}.o`, '-o', name], dir);
      for (const file of [name, `${name}.o`]) {
        for (const mode of ['-d', '-D']) {
          const expected = theirs([mode, file], dir);
          const got = await ours([mode, join(dir, file)]);
          assert.equal(got.status, 0, got.stderr);
          const actual = got.stdout.split(join(dir, file)).join(file);
          if (actual !== expected) mismatches.push(`${mode} ${file}:\n${firstDifference(expected, actual)}`);
        }
      }
    }
    assert.deepEqual(mismatches, []);
  });
});

const cProgram = `
static const char msg[] = "hello, objdump\\n";
long table[8] = {1, 2, 3};
static long sum(const long *p, int n) { long s = 0; for (int i = 0; i < n; i++) s += p[i] * (i + 1); return s; }
int helper(int x) { switch (x) { case 0: return 3; case 1: return 7; case 2: return 11; case 3: return 19; case 4: return 23; default: return x * 5; } }
void _start(void) {
  long r = sum(table, 8) + helper((int)table[1]);
  register long x8 __asm__("x8") = 93; register long x0 __asm__("x0") = r + msg[3];
  __asm__ volatile("svc #0" :: "r"(x8), "r"(x0));
  for (;;) {}
}
`;

test('objdump -d listing of a gcc-compiled program and object equals GNU objdump', async () => {
  const GCC = 'aarch64-linux-gnu-gcc';
  for (const tool of [OBJDUMP, GCC]) {
    const missing = missingTool(tool);
    assert.equal(missing, undefined, missing);
  }
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'c.c'), cProgram);
    const flags = ['-O2', '-mgeneral-regs-only', '-march=armv8.5-a+memtag'];
    run(GCC, [...flags, '-nostdlib', '-static', '-o', 'cprog', 'c.c'], dir);
    run(GCC, [...flags, '-c', '-o', 'c.o', 'c.c'], dir);
    for (const file of ['cprog', 'c.o']) {
      const expected = theirs(['-d', file], dir);
      const got = await ours(['-d', join(dir, file)]);
      assert.equal(got.status, 0, got.stderr);
      const actual = got.stdout.split(join(dir, file)).join(file);
      assert.equal(actual, expected, firstDifference(expected, actual));
    }
  });
});

/**
 * Replaces the instruction text of SIMD&FP/SVE/SME words that the table does not decode yet so layouts can be
 * compared; words it decodes (Advanced SIMD, FP, the SVE forms) are compared as they are.
 */
function maskSimd(listing: string): string {
  return listing.replace(/^( *[0-9a-f]+:\t)([0-9a-f]{8})( \t).*$/gm, (line, a: string, w: string, b: string) =>
    inSimdFpSpace(parseInt(w, 16)) && decode(parseInt(w, 16)) === undefined ? `${a}${w}${b}<SIMD&FP/SVE/SME>` : line)
    // A word cut by the next symbol is listed without its hex, so its class is unknown here: mask its text.
    .replace(/^( *[0-9a-f]+:\t \t).*$/gm, '$1<word cut by a symbol>');
}

test('objdump -d/-D of a static glibc program equals GNU objdump (SIMD&FP text masked)', { timeout: 300_000 }, async () => {
  const GCC = 'aarch64-linux-gnu-gcc';
  for (const tool of [OBJDUMP, GCC]) {
    const missing = missingTool(tool);
    assert.equal(missing, undefined, missing);
  }
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'hello.c'), '#include <stdio.h>\nint main(void) { puts("hello"); return 0; }\n');
    run(GCC, ['-static', '-O2', '-o', 'hello', 'hello.c'], dir);
    run(GCC, ['-O2', '-g', '-c', '-o', 'hello.o', 'hello.c'], dir);
    for (const file of ['hello', 'hello.o']) {
      for (const mode of ['-d', '-D']) {
        const expected = maskSimd(theirs([mode, file], dir));
        const got = await ours([mode, join(dir, file)]);
        assert.equal(got.status, 0, got.stderr);
        const actual = maskSimd(got.stdout.split(join(dir, file)).join(file));
        assert.ok(actual === expected, `${mode} ${file}: ${firstDifference(expected, actual)}`);
      }
    }
  });
});

test('objdump -d/-D of the examples/*.s programs (built by GNU as/ld) equals GNU objdump', async () => {
  for (const tool of [OBJDUMP, AS, LD]) {
    const missing = missingTool(tool);
    assert.equal(missing, undefined, missing);
  }
  const examples = join(__dirname, '..', '..', 'examples');
  const sources = readdirSync(examples).filter((f) => f.endsWith('.s'));
  assert.ok(sources.length > 0, 'no examples/*.s');
  await withTempDirAsync(async (dir) => {
    const mismatches: string[] = [];
    for (const source of sources) {
      const name = source.slice(0, -2);
      run(AS, [AS_MARCH, join(examples, source), '-o', `${name}.o`], dir);
      run(LD, [`${name}.o`, '-o', name], dir);
      for (const file of [name, `${name}.o`]) {
        for (const mode of ['-d', '-D']) {
          const expected = maskSimd(theirs([mode, file], dir));
          const got = await ours([mode, join(dir, file)]);
          const actual = maskSimd(got.stdout.split(join(dir, file)).join(file));
          if (actual !== expected) mismatches.push(`${mode} ${file}: ${firstDifference(expected, actual)}`);
        }
      }
    }
    assert.deepEqual(mismatches, []);
  });
});

test('objdump -D -b binary -m aarch64 listing of raw words equals GNU objdump', async () => {
  const missing = missingTool(OBJDUMP);
  assert.equal(missing, undefined, missing);
  await withTempDirAsync(async (dir) => {
    const rnd = seededRandom(77);
    const words = new Uint32Array(4096);
    for (let i = 0; i < words.length; i++) {
      // Words the table decodes (this test is about the listing's layout; isa-disasm covers all words), with
      // zero runs of several lengths.
      let r = rnd();
      while (decode(r) === undefined) r = rnd();
      words[i] = i % 97 < 3 || (i % 211 < 7 && i > 100) ? 0 : r;
    }
    const bytes = wordsToBytes(words);
    // An odd tail: the last word is cut short, as objdump then reports out-of-bounds.
    writeFileSync(join(dir, 'raw.bin'), bytes.subarray(0, bytes.length - 1));
    for (const extra of [[], ['-z']]) {
      const args = ['-D', '-b', 'binary', '-m', 'aarch64', ...extra, 'raw.bin'];
      const expected = theirs(args, dir);
      const got = await ours([...args.slice(0, -1), join(dir, 'raw.bin')]);
      assert.equal(got.status, 0, got.stderr);
      const actual = got.stdout.split(join(dir, 'raw.bin')).join('raw.bin');
      assert.equal(actual, expected, firstDifference(expected, actual));
    }
  });
});

test('objdump rejects bad input with a message and a non-zero status', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'text.txt'), 'not an ELF file\n');
    const notElf = await ours(['-d', join(dir, 'text.txt')]);
    assert.notEqual(notElf.status, 0);
    assert.match(notElf.stderr, /not an ELF file/);
    const missingFile = await ours(['-d', join(dir, 'nope')]);
    assert.notEqual(missingFile.status, 0);
    assert.match(missingFile.stderr, /No such file/);
    // A truncated copy of a real executable.
    writeFileSync(join(dir, 't.s'), '.globl _start\n_start: mov x0, #1\n');
    run(AS, ['t.s', '-o', 't.o'], dir);
    run(LD, ['t.o', '-o', 't'], dir);
    const full = readFileSync(join(dir, 't'));
    writeFileSync(join(dir, 'cut'), full.subarray(0, 100));
    const cut = await ours(['-d', join(dir, 'cut')]);
    assert.notEqual(cut.status, 0);
    assert.match(cut.stderr, /cut: .*(outside|past the end|truncated)/);
    assert.doesNotMatch(cut.stderr, /\n\s+at /, 'no stack trace');
  });
});

/** The first differing line with a little context, for failure messages. */
function firstDifference(expected: string, actual: string): string {
  const e = expected.split('\n');
  const a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      return `line ${i + 1}:\n  objdump: ${JSON.stringify(e[i])}\n  ours:    ${JSON.stringify(a[i])}`;
    }
  }
  return 'identical';
}
