// Builds the single-instruction differential programs: for each case, load a random register state (X0-X30, SP,
// NZCV and, for SIMD&FP forms, V0-V31, FPCR, FPSR), execute one instruction word, and store the state after it
// (plus the signal it raised, if any, and a hash of the memory buffer for load/store forms). The program is plain
// GNU assembly: it runs unchanged under qemu-aarch64 and under the emulator, and the two dumps are compared.
//
// Faults do not end the run: a SIGSEGV/SIGBUS/SIGILL/SIGTRAP/SIGFPE handler on an alternate stack records the
// signal number and si_code, advances the saved pc past the instruction and returns through rt_sigreturn.

/**
 * A register's input value: a number, or an address `bufferOffset` bytes into the memory buffer (with logical tag
 * `tag` in bits 59:56 when the buffer is the tagged one).
 */
export type RegisterValue = bigint | { readonly bufferOffset: number; readonly tag?: number };

/**
 * In tag-checking programs the buffer is a PROT_MTE mapping at this fixed address (MAP_FIXED), tagged per 256-byte
 * block by `blockTag`, and the process runs with synchronous tag checks and IRG's include mask = {IRG_TAG}.
 */
export const MTE_BUFFER = 0x7000000000n;
export const IRG_TAG = 5;
/** Allocation tag of the granule at `offset` in the tagged buffer. */
export function blockTag(offset: number): number {
  return ((offset >> 8) * 7 + 3) & 15;
}

/** One case: the instruction word and its input state. */
export interface DifferentialCase {
  readonly word: number;
  readonly formId: string;
  /** X0..X30 then SP (32 values); an object is an address inside the memory buffer. */
  readonly x: readonly RegisterValue[];
  /** NZCV in bits 31:28. */
  readonly nzcv: number;
  /** V0..V31 as 16-byte little-endian values (absent for integer forms). */
  readonly v?: Uint8Array;
  readonly fpcr?: number;
  readonly fpsr?: number;
  /** Hash the memory buffer after the instruction (load/store forms). */
  readonly memory: boolean;
}

/** Bytes of the memory buffer that load/store cases address (SP and base registers point into its middle). */
export const BUFFER_SIZE = 65536;
/** Offset of the per-case output record fields (bytes). */
export const OUT = {
  x: 0, // X0..X30: 31 * 8
  sp: 248,
  nzcv: 256,
  signal: 264, // u32 signal number, u32 si_code
  memoryHash: 272,
  fpsr: 280,
  fpcr: 288,
  v: 296, // 32 * 16
  size: 296 + 512,
} as const;

const hex64 = (v: bigint): string => `0x${BigInt.asUintN(64, v).toString(16)}`;
const valueText = (v: RegisterValue, mte: boolean): string => {
  if (typeof v === 'bigint') return hex64(v);
  if (!mte) return `buffer + ${v.bufferOffset}`;
  return hex64((BigInt(v.tag ?? 0) << 56n) | (MTE_BUFFER + BigInt(v.bufferOffset)));
};

/** GNU assembly for the cases; `bufferFill` seeds the buffer contents. */
export function differentialSource(cases: readonly DifferentialCase[], bufferFill: Uint8Array, withSimd: boolean, mte = false): string {
  const out: string[] = [];
  const emit = (s: string) => out.push(s);
  emit('\t.arch armv8.5-a+memtag+crc+lse+rcpc+flagm+sb');
  emit('\t.data');
  emit('\t.balign 16');
  emit('fault_info: .quad 0');
  emit('\t.balign 16');
  emit('buffer:');
  for (let i = 0; i < bufferFill.length; i += 16) emit(`\t.byte ${Array.from(bufferFill.subarray(i, i + 16)).join(',')}`);
  emit('\t.balign 16');
  emit('sigaction_record: .quad handler, 0x4c000004, restorer, 0'); // SA_SIGINFO|SA_ONSTACK|SA_RESTORER|SA_NODEFER
  emit('altstack_record: .quad altstack, 0, 16384');
  cases.forEach((c, i) => {
    emit('\t.balign 16');
    emit(`in_${i}: .quad ${[...c.x.map((v) => valueText(v, mte)), hex64(BigInt(c.nzcv >>> 0))].join(', ')}`);
    if (withSimd && c.v) {
      emit(`\t.quad ${hex64(BigInt(c.fpcr ?? 0))}, ${hex64(BigInt(c.fpsr ?? 0))}`);
      emit(`vin_${i}: .byte ${Array.from(c.v).join(',')}`);
    }
  });
  emit('\t.bss');
  emit('\t.balign 16');
  emit('altstack: .skip 16384');
  emit(`results: .skip ${cases.length * OUT.size}`);
  emit('\t.text');
  emit('\t.global _start');
  emit('handler:');
  emit('\tldr x9, =fault_info');
  emit('\tstr w0, [x9]');
  emit('\tldr w10, [x1, #8]');
  emit('\tstr w10, [x9, #4]');
  emit('\tldr x10, [x2, #440]'); // ucontext.uc_mcontext.pc
  emit('\tadd x10, x10, #4');
  emit('\tstr x10, [x2, #440]');
  emit('\tret');
  emit('restorer:');
  emit('\tmov x8, #139'); // rt_sigreturn
  emit('\tsvc #0');
  emit('\t.ltorg');
  emit('_start:');
  emit('\tldr x0, =altstack_record');
  emit('\tmov x1, #0');
  emit('\tmov x8, #132'); // sigaltstack
  emit('\tsvc #0');
  for (const sig of [4, 5, 7, 8, 11]) { // SIGILL SIGTRAP SIGBUS SIGFPE SIGSEGV
    emit(`\tmov x0, #${sig}`);
    emit('\tldr x1, =sigaction_record');
    emit('\tmov x2, #0');
    emit('\tmov x3, #8');
    emit('\tmov x8, #134'); // rt_sigaction
    emit('\tsvc #0');
  }
  if (mte) {
    emit(`\tldr x0, =${hex64(MTE_BUFFER)}`);
    emit(`\tmov x1, #${BUFFER_SIZE}`);
    emit('\tmov x2, #0x23'); // PROT_READ | PROT_WRITE | PROT_MTE
    emit('\tmov x3, #0x32'); // MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED
    emit('\tmov x4, #-1');
    emit('\tmov x5, #0');
    emit('\tmov x8, #222'); // mmap
    emit('\tsvc #0');
    emit('\tldr x2, =buffer');
    emit(`\tldr x3, =${hex64(MTE_BUFFER)}`);
    emit('\tmov x4, #0');
    emit('3:\tldp x5, x6, [x2], #16');
    emit('\tlsr x7, x4, #4'); // 256-byte block number
    emit('\tmov x9, #7');
    emit('\tmul x7, x7, x9');
    emit('\tadd x7, x7, #3');
    emit('\tand x7, x7, #15');
    emit('\torr x10, x3, x7, lsl #56');
    emit('\tstgp x5, x6, [x10]');
    emit('\tadd x3, x3, #16');
    emit('\tadd x4, x4, #1');
    emit(`\tcmp x4, #${BUFFER_SIZE / 16}`);
    emit('\tb.ne 3b');
    emit('\tmov x0, #55'); // prctl(PR_SET_TAGGED_ADDR_CTRL, ENABLE | TCF_SYNC | include mask)
    emit(`\tmov x1, #${1 | 2 | ((1 << IRG_TAG) << 3)}`);
    emit('\tmov x2, #0');
    emit('\tmov x3, #0');
    emit('\tmov x4, #0');
    emit('\tmov x8, #167');
    emit('\tsvc #0');
  }
  cases.forEach((c, i) => {
    emit(`case_${i}: // ${c.formId}`);
    emit(`\tldr x0, =in_${i}`);
    if (withSimd && c.v) {
      emit('\tldp x1, x2, [x0, #264]');
      emit('\tmsr fpcr, x1');
      emit('\tmsr fpsr, x2');
      emit('\tadd x1, x0, #280');
      for (let r = 0; r < 32; r += 2) emit(`\tldp q${r}, q${r + 1}, [x1], #32`);
    }
    emit('\tldr x1, [x0, #256]');
    emit('\tmsr nzcv, x1');
    emit('\tldr x1, [x0, #248]');
    emit('\tmov sp, x1');
    for (let r = 1; r < 31; r += 2) emit(`\tldp x${r}, x${r + 1}, [x0, #${8 * r}]`);
    emit('\tldr x0, [x0]');
    emit(`\t.inst 0x${(c.word >>> 0).toString(16).padStart(8, '0')}`);
    emit('\tmsr tpidr_el0, x0');
    emit(`\tldr x0, =results + ${i * OUT.size}`);
    for (let r = 1; r < 31; r += 2) emit(`\tstp x${r}, x${r + 1}, [x0, #${8 * r}]`);
    emit('\tmrs x1, tpidr_el0');
    emit('\tstr x1, [x0]');
    emit('\tmov x1, sp');
    emit(`\tstr x1, [x0, #${OUT.sp}]`);
    emit('\tmrs x1, nzcv');
    emit(`\tstr x1, [x0, #${OUT.nzcv}]`);
    if (withSimd && c.v) {
      emit('\tmrs x1, fpsr');
      emit(`\tstr x1, [x0, #${OUT.fpsr}]`);
      emit('\tmrs x1, fpcr');
      emit(`\tstr x1, [x0, #${OUT.fpcr}]`);
      emit(`\tadd x1, x0, #${OUT.v}`);
      for (let r = 0; r < 32; r += 2) emit(`\tstp q${r}, q${r + 1}, [x1], #32`);
    }
    emit('\tldr x2, =fault_info');
    emit('\tldr x1, [x2]');
    emit(`\tstr x1, [x0, #${OUT.signal}]`);
    emit('\tstr xzr, [x2]');
    if (c.memory && mte) {
      // Data and allocation tags of the tagged buffer, read with tag checks suspended.
      emit('\tmsr tco, #1');
      emit(`\tldr x2, =${hex64(MTE_BUFFER)}`);
      emit(`\tmov x3, #${BUFFER_SIZE / 16}`);
      emit('\tmov x1, #0');
      emit('1:\tmov x5, x2');
      emit('\tldg x5, [x2]');
      emit('\tldp x4, x6, [x2], #16');
      emit('\teor x1, x4, x1, ror #59');
      emit('\teor x1, x6, x1, ror #59');
      emit('\teor x1, x5, x1, ror #13');
      emit('\tsubs x3, x3, #1');
      emit('\tb.ne 1b');
      emit('\tmsr tco, #0');
      emit(`\tstr x1, [x0, #${OUT.memoryHash}]`);
    } else if (c.memory) {
      emit('\tldr x2, =buffer');
      emit(`\tmov x3, #${BUFFER_SIZE / 8}`);
      emit('\tmov x1, #0');
      emit('1:\tldr x4, [x2], #8');
      emit('\teor x1, x4, x1, ror #59');
      emit('\tsubs x3, x3, #1');
      emit('\tb.ne 1b');
      emit(`\tstr x1, [x0, #${OUT.memoryHash}]`);
    }
    emit('\tb 2f');
    emit('\t.ltorg');
    emit('2:');
  });
  emit('\tmov x0, #1');
  emit('\tldr x1, =results');
  emit(`\tldr x2, =${cases.length * OUT.size}`);
  emit('\tmov x8, #64'); // write
  emit('\tsvc #0');
  emit('\tmov x0, #0');
  emit('\tmov x8, #93'); // exit
  emit('\tsvc #0');
  emit('\t.ltorg');
  return out.join('\n') + '\n';
}
