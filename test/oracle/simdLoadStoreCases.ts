// Test programs for the SIMD&FP load/store and permute forms: hand-written MTE fault cases and seeded random
// sequences over every addressing mode, arrangement, register list (including lists wrapping from v31 to v0), lane
// and immediate. The bodies run inside test/oracle/simdLoadStoreQemu.ts's harness; qemu-aarch64 gives the expected
// results (committed in test/machine/fixtures/simdLoadStore-qemu.json and simdPermute-qemu.json).
import { random } from './simdLoadStoreQemu.js';

type Rng = ReturnType<typeof random>;

const sizes = { b: 1, h: 2, s: 4, d: 8, q: 16 } as const;
const arrangements = ['8b', '16b', '4h', '8h', '2s', '4s', '2d'] as const;
const elementOf = (a: string): 'b' | 'h' | 's' | 'd' => a.replace(/[0-9]/g, '') as 'b' | 'h' | 's' | 'd';
const regBytes = (a: string): number => (a === '16b' || a === '8h' || a === '4s' || a === '2d' ? 16 : 8);

function list(first: number, count: number, suffix: string, r: Rng): string {
  const names = Array.from({ length: count }, (_, i) => `v${(first + i) % 32}.${suffix}`);
  if (count > 2 && first + count <= 32 && r.int(2) === 0) return `{${names[0]}-${names[count - 1]}}`;
  return `{${names.join(', ')}}`;
}

/** `add x20, x28, #off` with off in [lo, hi], aligned to `align`. */
function base(r: Rng, lo: number, hi: number, align = 1): string {
  const off = lo + r.int(Math.floor((hi - lo) / align) + 1) * align;
  return `        add     x20, x28, #${off}`;
}

/** Random load/store templates: each returns lines that keep every access inside the 1 KiB data block (stores
 * inside its first 256 bytes, which the harness dumps). */
const loadStoreTemplates: ((r: Rng) => string[])[] = [
  (r) => {
    const w = r.pick(['b', 'h', 's', 'd', 'q'] as const);
    const load = r.int(2) === 0;
    const size = sizes[w];
    return [base(r, 0, 64), `        ${load ? 'ldr' : 'str'}     ${w}${r.int(32)}, [x20, #${size * r.int(Math.floor(176 / size))}]`];
  },
  (r) => {
    const w = r.pick(['b', 'h', 's', 'd', 'q'] as const);
    return [base(r, 64, 128), `        ${r.int(2) ? 'ldur' : 'stur'}    ${w}${r.int(32)}, [x20, #${r.int(120) - 60}]`];
  },
  (r) => {
    const w = r.pick(['b', 'h', 's', 'd', 'q'] as const);
    const op = r.int(2) ? 'ldr' : 'str';
    const off = r.int(80) - 40;
    return [base(r, 64, 128), r.int(2) ? `        ${op}     ${w}${r.int(32)}, [x20, #${off}]!` : `        ${op}     ${w}${r.int(32)}, [x20], #${off}`];
  },
  (r) => {
    const w = r.pick(['b', 'h', 's', 'd', 'q'] as const);
    const size = sizes[w];
    const shift = Math.log2(size);
    const op = r.int(2) ? 'ldr' : 'str';
    const k = r.int(8) - 4;
    const ext = r.pick([`x21`, `x21, lsl #${shift}`, `w21, sxtw`, `w21, sxtw #${shift}`, `w21, uxtw #${shift}`]);
    const kk = ext.includes('uxtw') ? Math.abs(k) : k;
    return [base(r, 96, 128), `        mov     x21, #${kk}`, `        ${op}     ${w}${r.int(32)}, [x20, ${ext}]`];
  },
  (r) => {
    const w = r.pick(['s', 'd', 'q'] as const);
    const t = r.int(32);
    return [`        ldr     ${w}${t}, 7f`, '        b       8f', '        .p2align 4', `7:      .quad 0x${r.int(2 ** 30).toString(16)}${r.int(2 ** 30).toString(16)}, 0x${r.int(2 ** 30).toString(16)}5a5a`, '8:'];
  },
  (r) => {
    const w = r.pick(['s', 'd', 'q'] as const);
    const size = sizes[w];
    const mode = r.int(4);
    const load = r.int(2) === 0;
    const a = r.int(32), b = load ? (a + 1 + r.int(31)) % 32 : r.int(32);
    const off = size * (r.int(5) - 2);
    const m = mode === 3 ? (load ? 'ldnp' : 'stnp') : load ? 'ldp' : 'stp';
    const addr = mode === 0 || mode === 3 ? `[x20, #${off}]` : mode === 1 ? `[x20, #${off}]!` : `[x20], #${off}`;
    return [base(r, 64, 96, 16), `        ${m}     ${w}${a}, ${w}${b}, ${addr}`];
  },
  (r) => {
    const n = r.pick([1, 1, 2, 3, 4]);
    const regs = n === 1 ? 1 + r.int(4) : n;
    const arr = n === 1 ? r.pick([...arrangements, '1d']) : r.pick(arrangements);
    const bytes = regs * (arr === '1d' ? 8 : regBytes(arr));
    const load = r.int(2) === 0;
    const post = r.int(3);
    const tail = post === 0 ? '' : post === 1 ? `, #${bytes}` : ', x21';
    const pre = post === 2 ? [`        mov     x21, #${r.int(64) - 32}`] : [];
    return [base(r, 0, 256 - bytes - 32, 1), ...pre, `        ${load ? 'ld' : 'st'}${n}     ${list(r.int(32), regs, arr, r)}, [x20]${tail}`];
  },
  (r) => {
    const n = 1 + r.int(4);
    const e = r.pick(['b', 'h', 's', 'd'] as const);
    const lane = r.int(16 / sizes[e]);
    const load = r.int(2) === 0;
    const post = r.int(3);
    const tail = post === 0 ? '' : post === 1 ? `, #${n * sizes[e]}` : ', x21';
    const pre = post === 2 ? [`        mov     x21, #${r.int(64) - 32}`] : [];
    return [base(r, 0, 200), ...pre, `        ${load ? 'ld' : 'st'}${n}     ${list(r.int(32), n, e, r)}[${lane}], [x20]${tail}`];
  },
  (r) => {
    const n = 1 + r.int(4);
    const arr = r.pick([...arrangements, '1d']);
    const esize = sizes[elementOf(arr === '1d' ? 'd' : arr)];
    const post = r.int(3);
    const tail = post === 0 ? '' : post === 1 ? `, #${n * esize}` : ', x21';
    const pre = post === 2 ? [`        mov     x21, #${r.int(64) - 32}`] : [];
    return [base(r, 0, 900), ...pre, `        ld${n}r    ${list(r.int(32), n, arr, r)}, [x20]${tail}`];
  },
];

/** A random load/store program of `length` templates. */
export function randomLoadStoreBody(seed: number, length: number): string {
  const r = random(seed);
  const lines: string[] = [];
  for (let i = 0; i < length; i++) lines.push(...r.pick(loadStoreTemplates)(r));
  return lines.join('\n');
}

const gpr64 = (r: Rng): string => {
  const parts = Array.from({ length: 4 }, () => r.int(0x10000));
  return [`        mov     x3, #${parts[0]}`, ...parts.slice(1).map((p, i) => `        movk    x3, #${p}, lsl #${16 * (i + 1)}`)].join('\n');
};

const fp8 = ['1.0', '-1.0', '0.5', '2.0', '31.0', '0.125', '-0.1875', '1.9375', '-15.5', '3.0'];

const permuteTemplates: ((r: Rng) => string[])[] = [
  (r) => { const a = r.pick(arrangements); const e = elementOf(a); return [`        dup     v${r.int(32)}.${a}, v${r.int(32)}.${e}[${r.int(16 / sizes[e])}]`]; },
  (r) => { const e = r.pick(['b', 'h', 's', 'd'] as const); return [`        ${r.pick(['mov', 'dup'])}     ${e}${r.int(32)}, v${r.int(32)}.${e}[${r.int(16 / sizes[e])}]`]; },
  (r) => { const a = r.pick(arrangements); return [gpr64(r), `        dup     v${r.int(32)}.${a}, ${a === '2d' ? 'x' : 'w'}3`]; },
  (r) => { const e = r.pick(['b', 'h', 's', 'd'] as const); return [gpr64(r), `        ${r.pick(['mov', 'ins'])}     v${r.int(32)}.${e}[${r.int(16 / sizes[e])}], ${e === 'd' ? 'x' : 'w'}3`]; },
  (r) => { const e = r.pick(['b', 'h', 's', 'd'] as const); return [`        ${r.pick(['mov', 'ins'])}     v${r.int(32)}.${e}[${r.int(16 / sizes[e])}], v${r.int(32)}.${e}[${r.int(16 / sizes[e])}]`]; },
  (r) => {
    const [dest, e] = r.pick([['w', 'b'], ['w', 'h'], ['w', 's'], ['x', 'd']] as const);
    return [`        umov    ${dest}${r.int(20)}, v${r.int(32)}.${e}[${r.int(16 / sizes[e])}]`];
  },
  (r) => {
    const [dest, e] = r.pick([['w', 'b'], ['w', 'h'], ['x', 'b'], ['x', 'h'], ['x', 's']] as const);
    return [`        smov    ${dest}${r.int(20)}, v${r.int(32)}.${e}[${r.int(16 / sizes[e])}]`];
  },
  (r) => { const q = r.int(2); const a = q ? '16b' : '8b'; return [`        ext     v${r.int(32)}.${a}, v${r.int(32)}.${a}, v${r.int(32)}.${a}, #${r.int(q ? 16 : 8)}`]; },
  (r) => { const a = r.pick(arrangements); const op = r.pick(['zip1', 'zip2', 'uzp1', 'uzp2', 'trn1', 'trn2']); return [`        ${op}    v${r.int(32)}.${a}, v${r.int(32)}.${a}, v${r.int(32)}.${a}`]; },
  (r) => {
    const n = 1 + r.int(4);
    const a = r.pick(['8b', '16b']);
    const idx = r.int(32);
    return [`        ldr     q${idx}, [x28, #${256 + 16 * r.int(4)}]`, `        ${r.pick(['tbl', 'tbx'])}     v${r.int(32)}.${a}, ${list(r.int(32), n, '16b', r)}, v${idx}.${a}`];
  },
  (r) => {
    const [op, a, shifts] = r.pick([
      ['movi', r.pick(['2s', '4s']), ['', ', lsl #8', ', lsl #16', ', lsl #24', ', msl #8', ', msl #16']],
      ['mvni', r.pick(['2s', '4s']), ['', ', lsl #8', ', lsl #16', ', lsl #24', ', msl #8', ', msl #16']],
      ['orr', r.pick(['2s', '4s']), ['', ', lsl #8', ', lsl #16', ', lsl #24']],
      ['bic', r.pick(['2s', '4s']), ['', ', lsl #8', ', lsl #16', ', lsl #24']],
      ['movi', r.pick(['4h', '8h']), ['', ', lsl #8']],
      ['mvni', r.pick(['4h', '8h']), ['', ', lsl #8']],
      ['orr', r.pick(['4h', '8h']), ['', ', lsl #8']],
      ['bic', r.pick(['4h', '8h']), ['', ', lsl #8']],
      ['movi', r.pick(['8b', '16b']), ['']],
    ] as const);
    return [`        ${op}    v${r.int(32)}.${a}, #0x${r.int(256).toString(16)}${r.pick(shifts)}`];
  },
  (r) => {
    const bytes = Array.from({ length: 8 }, () => (r.int(2) ? 'ff' : '00')).join('');
    return [r.int(2) ? `        movi    d${r.int(32)}, #0x${bytes}` : `        movi    v${r.int(32)}.2d, #0x${bytes}`];
  },
  (r) => [`        fmov    v${r.int(32)}.${r.pick(['2s', '4s', '2d', '4h', '8h'])}, #${r.pick(fp8)}`],
];

/** Writes bytes (7 * i) mod 80 at [x28 + 256, x28 + 320): table indexes, a fifth of them out of range for one register. */
const TABLE_INDEXES = `
        add     x9, x28, #256
        mov     x10, #0
1:      mov     x11, #7
        mul     x11, x11, x10
        mov     x12, #80
        udiv    x13, x11, x12
        msub    x11, x13, x12, x11
        strb    w11, [x9, x10]
        add     x10, x10, #1
        cmp     x10, #64
        b.ne    1b
`;

/** A random permute/copy/immediate program of `length` templates. */
export function randomPermuteBody(seed: number, length: number): string {
  const r = random(seed);
  const lines: string[] = [TABLE_INDEXES];
  for (let i = 0; i < length; i++) lines.push(...r.pick(permuteTemplates)(r));
  return lines.join('\n');
}

/** Hand-written MTE cases for SIMD&FP accesses: every granule of a Q, pair or structure access is checked, and a
 * faulting access changes neither memory, registers nor the base register. */
export const mteLoadStoreCases: { name: string; mode: 'none' | 'sync' | 'async'; body: string }[] = [
  {
    name: 'mte_q_load_store_tag_ok', mode: 'sync', body: `
        // Granules 2-5 of the tagged block get tag 3; accesses through a pointer with tag 3 pass.
        add     x20, x28, #32
        movk    x20, #0x0300, lsl #48
        stg     x20, [x20]
        stg     x20, [x20, #16]
        st2g    x20, [x20, #32]
        ldr     q1, [x20, #8]
        str     q2, [x20, #40]
        stp     q3, q4, [x20]
        ld4     {v8.16b-v11.16b}, [x20]
        st1     {v12.2d-v15.2d}, [x20]
        ld1r    {v16.4s}, [x20], #4`,
  },
  {
    name: 'mte_q_load_crosses_bad_granule', mode: 'sync', body: `
        add     x20, x28, #32
        movk    x20, #0x0300, lsl #48
        stg     x20, [x20]
        ldr     q5, [x20, #8]`,
  },
  {
    name: 'mte_stp_q_second_granule_bad', mode: 'sync', body: `
        add     x20, x28, #32
        movk    x20, #0x0300, lsl #48
        stg     x20, [x20]
        stp     q3, q4, [x20], #32`,
  },
  {
    name: 'mte_st4_last_granule_bad', mode: 'sync', body: `
        add     x20, x28, #32
        movk    x20, #0x0300, lsl #48
        stg     x20, [x20]
        stg     x20, [x20, #16]
        stg     x20, [x20, #32]
        st4     {v0.16b-v3.16b}, [x20], #64`,
  },
  {
    name: 'mte_ld1_lane_post_register_bad', mode: 'sync', body: `
        add     x20, x28, #48
        movk    x20, #0x0500, lsl #48
        mov     x21, #16
        ld3     {v30.s, v31.s, v0.s}[2], [x20], x21`,
  },
  {
    name: 'mte_sp_base_unchecked', mode: 'sync', body: `
        // A base of SP without write-back is not checked (SP holds tag 0 and the stack is untagged here anyway).
        sub     sp, sp, #64
        str     q6, [sp]
        ldr     q8, [sp]
        st1     {v7.2d}, [sp]
        ld1     {v9.2d}, [sp]
        stp     d1, d2, [sp, #16]
        ldp     q10, q11, [sp]
        stur    q12, [sp, #33]
        ldr     q13, [sp, #32]
        add     sp, sp, #64`,
  },
  {
    name: 'mte_async_st1_writes_and_reports', mode: 'async', body: `
        add     x20, x28, #16
        movk    x20, #0x0700, lsl #48
        st1     {v1.16b, v2.16b}, [x20]
        mov     x0, #1
        mov     x1, sp
        mov     x2, #0
        mov     x8, #64                 // write of 0 bytes: a kernel entry that delivers the async fault
        svc     #0`,
  },
  {
    name: 'mte_literal_and_unmapped', mode: 'sync', body: `
        ldr     q9, 7f
        b       8f
        .p2align 4
7:      .quad 0x0123456789abcdef, 0xfedcba9876543210
8:      mov     x20, #0x100000
        ld2     {v1.4s, v2.4s}, [x20]`,
  },
];
