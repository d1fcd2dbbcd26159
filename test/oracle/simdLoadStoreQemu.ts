// Builds and runs SIMD test programs under qemu-aarch64 for the SIMD&FP load/store and permute oracle tests. A case
// body goes into test/machine/harness.s (tagged region at x28 = 0x200000000, untagged at x27, signal handler, and
// the dump of x0-x30, NZCV, 256 bytes of tagged memory and 16 tags), wrapped by a prologue that fills 1 KiB of the
// tagged region with xorshift data and loads V0-V31 from its second half, and an epilogue that writes V0-V31 (512
// bytes) to stdout before the harness dump. GNU as/ld build the program; qemu-aarch64 -cpu max gives the expected
// output. The same .text bytes run on our machine (test/machine/testKernel.ts runImage).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

export interface QemuCase {
  name: string;
  source: string;
  mode: 'none' | 'sync' | 'async';
  entry: string;
  text: string;
  stdout: string;
  exit: { code: number | null; signal: string | null };
}

export const TOOLS = ['qemu-aarch64', 'aarch64-linux-gnu-as', 'aarch64-linux-gnu-ld', 'aarch64-linux-gnu-objcopy'];

/** Name of a missing tool, or undefined when all are installed. */
export function missingTools(): string | undefined {
  for (const tool of TOOLS) {
    const r = spawnSync(tool, ['--version']);
    if (r.error || r.status !== 0) return tool;
  }
  return undefined;
}

/** Fills [x28, x28 + 1024) with xorshift data and loads V0-V31 from [x28 + 512, x28 + 1024). */
export const PROLOGUE = `
        .arch_extension fp16
        mov     x9, x28
        mov     x10, #0x6b43
        movk    x10, #0xa2f1, lsl #16
        movk    x10, #0x19d7, lsl #32
        movk    x10, #0x8e35, lsl #48
        mov     x11, #128
0:      str     x10, [x9], #8
        eor     x10, x10, x10, lsl #13
        eor     x10, x10, x10, lsr #7
        eor     x10, x10, x10, lsl #17
        subs    x11, x11, #1
        b.ne    0b
        add     x9, x28, #512
        ld1     {v0.16b-v3.16b}, [x9], #64
        ld1     {v4.16b-v7.16b}, [x9], #64
        ld1     {v8.16b-v11.16b}, [x9], #64
        ld1     {v12.16b-v15.16b}, [x9], #64
        ld1     {v16.16b-v19.16b}, [x9], #64
        ld1     {v20.16b-v23.16b}, [x9], #64
        ld1     {v24.16b-v27.16b}, [x9], #64
        ld1     {v28.16b-v31.16b}, [x9], #64
        mov     x9, #0
        mov     x10, #0
        mov     x11, #0
`;

/** Writes V0-V31 to stdout, keeping every X register. */
export const EPILOGUE = `
        sub     sp, sp, #560
        stp     x0, x1, [sp]
        stp     x2, x8, [sp, #16]
${Array.from({ length: 16 }, (_, i) => `        stp     q${2 * i}, q${2 * i + 1}, [sp, #${32 + 32 * i}]`).join('\n')}
        mov     x0, #1
        add     x1, sp, #32
        mov     x2, #512
        mov     x8, #64
        svc     #0
        ldp     x0, x1, [sp]
        ldp     x2, x8, [sp, #16]
        add     sp, sp, #560
`;

const modes = { none: 0, sync: 2, async: 4 } as const;

/** Assembles, links and runs one case body under qemu; returns the case with its expected output. */
export function runUnderQemu(name: string, body: string, mode: QemuCase['mode'] = 'sync'): QemuCase {
  const dir = mkdtempSync(join(tmpdir(), 'simd-case-'));
  try {
    writeFileSync(join(dir, 'body.s'), `${PROLOGUE}\n${body}\n${EPILOGUE}\n`);
    copyFileSync(join(root, 'test/machine/harness.s'), join(dir, 'harness.s'));
    const flags = 1 | modes[mode] | (0xffff << 3);
    const steps: [string, string[]][] = [
      ['aarch64-linux-gnu-as', ['-march=armv8.5-a+memtag+fp16', '-I', dir, '--defsym', `PRCTL_FLAGS=${flags}`, '-o', join(dir, 'h.o'), join(dir, 'harness.s')]],
      ['aarch64-linux-gnu-ld', ['-static', '-Ttext=0x400000', '-e', '_start', '-o', join(dir, 'h'), join(dir, 'h.o')]],
      ['aarch64-linux-gnu-objcopy', ['-O', 'binary', '-j', '.text', join(dir, 'h'), join(dir, 'h.bin')]],
    ];
    for (const [tool, args] of steps) {
      const r = spawnSync(tool, args, { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${tool} failed for ${name}:\n${r.stderr}`);
    }
    const r = spawnSync('qemu-aarch64', ['-cpu', 'max', join(dir, 'h')], { timeout: 20000 });
    return {
      name, source: body, mode, entry: '0x400000', text: readFileSync(join(dir, 'h.bin')).toString('hex'),
      stdout: r.stdout.toString('hex'), exit: { code: r.status, signal: r.signal },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Deterministic generator (xorshift32) for the random programs. */
export function random(seed: number): { int(n: number): number; pick<T>(a: readonly T[]): T } {
  let s = seed >>> 0 || 1;
  const next = () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s; };
  return {
    int: (n) => next() % n,
    pick: (a) => a[next() % a.length]!,
  };
}
