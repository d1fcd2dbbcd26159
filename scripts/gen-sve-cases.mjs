// Regenerates test/isa/cases/sve.s, the assembler/disassembler case file of the SVE forms of the instruction table
// (emulator/isa/groups/sve*.ts), from GNU binutils 2.40. Inputs: for every SVE form, words with edge and random
// field values inside its pattern, disassembled by GNU objdump (words objdump calls undefined are dropped), plus
// hand-written lines (every pattern name, every element size, invalid operands, and lines assembled without SVE).
// Every input line is assembled by GNU as (-march=armv8-a+sve, or -march=armv8-a for the feature section): the
// expectation is GNU's encoding, GNU objdump's text of it when it differs from the source, or GNU's error message.
// Nothing is taken from our own assembler or disassembler. Same format as scripts/gen-isa-cases.mjs.
//
// Usage: node --import tsx scripts/gen-sve-cases.mjs        (needs aarch64-linux-gnu-as/objdump/objcopy)
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allForms } from '../emulator/isa/registry.js';
import { AS, OBJDUMP, createGnuCaseTools } from './gnuCaseTools.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'test/isa/cases/sve.s');
const MARCH_SVE = '-march=armv8-a+sve';
const MARCH_BASE = '-march=armv8-a';
const PER_FORM = 10;

const { run, objdumpTexts, assembleLines } = createGnuCaseTools('gen-sve-cases-');

// ---- Generated inputs: words inside each SVE form's pattern ------------------------------------------------

let seed = 0x5e5e2026;
function random32() {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed >>> 0;
}
const sveForms = allForms.filter((f) => f.feature === 'sve');
const generated = [];
for (const def of sveForms) {
  const words = [def.value, (def.value | ~def.mask) >>> 0];
  for (let k = 0; k < 40; k++) words.push(((random32() & ~def.mask) | def.value) >>> 0);
  const texts = objdumpTexts(words);
  const seen = new Set();
  for (const t of texts) {
    if (t === undefined || t.startsWith('.inst') || seen.has(t)) continue;
    seen.add(t);
    generated.push(t);
    if (seen.size >= PER_FORM) break;
  }
}

// ---- Hand-written inputs -------------------------------------------------------------------------------------

const patterns = ['pow2', 'vl1', 'vl2', 'vl3', 'vl4', 'vl5', 'vl6', 'vl7', 'vl8', 'vl16', 'vl32', 'vl64', 'vl128', 'vl256', '#14', '#28', 'mul4', 'mul3', 'all'];
const hand = [
  'cntb x0', 'cnth x1, all', 'cntw x2, all, mul #2', 'cntd x30, pow2, mul #16', 'cntb xzr, #14', 'CNTB X0, VL8',
  ...patterns.map((p, i) => `cnt${'bhwd'[i % 4]} x${i}, ${p}`),
  ...patterns.map((p, i) => `ptrue p${i % 16}.${'bhsd'[i % 4]}, ${p}`),
  'ptrue p0.b', 'ptrues p15.d', 'ptrue p7.h, all', 'ptrues p1.s, vl1',
  'incb x0', 'decb x1, vl2', 'inch x2, all, mul #3', 'dech x3, mul4, mul #16', 'incw x4', 'decw x5, #20', 'incd x6, vl256', 'decd xzr',
  'inch z0.h', 'dech z1.h, vl4', 'incw z2.s, all, mul #5', 'decw z3.s', 'incd z31.d, pow2, mul #2', 'decd z4.d, #17',
  'sqincb x0', 'sqincb x0, w0', 'sqincb x1, w1, vl3, mul #4', 'uqincb w2', 'uqincb x3, all, mul #2', 'sqdech x4', 'sqdech x5, w5, pow2',
  'uqdech w6, mul3', 'uqdecw x7', 'sqincw x8, w8', 'uqincd w9, all, mul #16', 'sqdecd x10', 'uqdecd x11, vl1',
  'sqinch z0.h', 'uqinch z1.h, vl2', 'sqdech z2.h, all, mul #7', 'uqdech z3.h', 'sqincw z4.s', 'uqincw z5.s', 'sqdecw z6.s, #15',
  'uqdecw z7.s', 'sqincd z8.d', 'uqincd z9.d, mul4', 'sqdecd z10.d', 'uqdecd z11.d, vl256, mul #9',
  'whilelo p0.b, x1, x2', 'whilelo p1.h, w1, w2', 'whilelo p2.s, xzr, xzr', 'whilelo p15.d, wzr, w30',
  'whilelt p0.b, x1, x2', 'whilelt p3.h, w4, w5', 'whilelt p4.s, x6, x7', 'whilelt p5.d, w8, w9',
  'whilele p0.b, x1, x2', 'whilele p6.h, w4, w5', 'whilele p7.s, x6, x7', 'whilele p8.d, w8, w9',
  'whilels p0.b, x1, x2', 'whilels p9.h, w4, w5', 'whilels p10.s, x6, x7', 'whilels p11.d, w8, w9',
  'mov z0.b, w0', 'mov z1.h, wsp', 'mov z2.s, w30', 'mov z3.d, x4', 'mov z4.d, sp', 'mov z31.b, wzr',
  'dup z0.b, w1', 'dup z1.h, w2', 'dup z2.s, wsp', 'dup z3.d, xzr',
  'mov z0.b, #-128', 'mov z0.b, #127', 'mov z0.b, #255', 'mov z0.b, #128', 'mov z0.b, #-200', 'mov z0.b, #-256',
  'mov z0.h, #127, lsl #8', 'mov z0.h, #-256', 'mov z0.h, #32512', 'mov z0.h, #-32768', 'mov z0.h, #65280', 'mov z0.h, #0, lsl #8',
  'mov z0.s, #0', 'mov z0.s, #0x7f00', 'mov z0.s, #0xffffff00', 'mov z0.s, #-1', 'mov z0.d, #-1', 'mov z0.d, #-32768', 'mov z0.d, #5',
  'dupm z0.h, #257', 'dupm z0.s, #-2', 'dupm z0.d, #0xff', 'dupm z0.h, #1', 'dupm z0.b, #0x55', 'dupm z1.s, #0xff00ff00', 'dupm z2.d, #0x8000000000000000',
  'mov z0.h, #255', 'mov z0.d, #0xff00', 'mov z0.s, #0x10000', 'mov z0.h, #-129', 'mov z0.h, #-32769', 'mov z0.s, #0xff00ff00', 'mov z0.d, #0xfffffffffffffffe',
  'mov z0.d, #0x1234', 'dupm z0.b, #0', 'dupm z0.h, #0x10000', 'mov z0.h, #257', 'dupm z0.s, #5', 'mov z0.s, #0x7fffffff',
  'dup z0.d, #5', 'dup z0.h, #1, lsl #8', 'dup z0.s, #-128, lsl #8', 'dup z0.b, #-1', 'dup z0.h, #255, lsl #0',
  'ld1b {z0.b}, p0/z, [x0]', 'ld1b {z0.h}, p0/z, [x0, #1, mul vl]', 'ld1b {z0.s}, p7/z, [sp, #-8, mul vl]', 'ld1b {z0.d}, p0/z, [x0, x1]',
  'ld1b z1.b, p1/z, [x2]', 'ld1b {z0.b}, p0/z, [x0, #0, mul vl]', 'LD1B {Z0.B}, P0/Z, [X0, X1]',
  'ld1h {z0.h}, p0/z, [x0, x1, lsl #1]', 'ld1h {z1.s}, p1/z, [x2, #7, mul vl]', 'ld1h {z2.d}, p2/z, [x3, x30, lsl #1]',
  'ld1w {z0.s}, p0/z, [x0, x1, lsl #2]', 'ld1w {z3.d}, p3/z, [sp, #-1, mul vl]', 'ld1d {z0.d}, p0/z, [x0, x1, lsl #3]', 'ld1d {z31.d}, p7/z, [x30]',
  'ld1sb {z0.h}, p0/z, [x0, #7, mul vl]', 'ld1sb {z0.s}, p0/z, [x0, x1]', 'ld1sb {z0.d}, p0/z, [x0]',
  'ld1sh {z0.s}, p0/z, [x0, x1, lsl #1]', 'ld1sh {z0.d}, p0/z, [x0, #-2, mul vl]', 'ld1sw {z0.d}, p0/z, [x0, x1, lsl #2]', 'ld1sw {z5.d}, p5/z, [x5]',
  'st1b {z0.b}, p0, [x0]', 'st1b {z0.h}, p1, [x1, #3, mul vl]', 'st1b {z0.s}, p2, [x2, x3]', 'st1b {z0.d}, p0, [x0, x1]',
  'st1h {z0.h}, p0, [x0, x1, lsl #1]', 'st1h {z0.s}, p0, [x0, #-1, mul vl]', 'st1h {z0.d}, p7, [sp]',
  'st1w {z0.s}, p0, [x0, x1, lsl #2]', 'st1w {z0.d}, p0, [x0, x1, lsl #2]', 'st1w {z9.s}, p4, [x9, #-8, mul vl]',
  'st1d {z0.d}, p0, [x0, x1, lsl #3]', 'st1d {z31.d}, p7, [x0, #7, mul vl]',
  // Invalid lines: GNU's messages.
  'cntb x0, vl9', 'cntb w0', 'cntb x0, all, mul #17', 'cntb x0, all, mul #0', 'cntb x0, #32', 'cntb x0, mul #2',
  'ptrue p16.b', 'ptrue p0.q', 'ptrue z0.b', 'ptrue p0', 'whilelo p0.b, x1, w2', 'whilelo p0.b, sp, x2',
  'mov z0.b, x0', 'mov z0.d, w0', 'mov z0.b, #256', 'mov z0.b, #-257', 'mov z0.h, #257', 'mov z0.h, #65536', 'mov z0.b, #1, lsl #8',
  'ld1b {z0.b}, p8/z, [x0]', 'ld1b {z0.b}, p0, [x0]', 'ld1b {z0.b}, p0/m, [x0]', 'ld1b {z0.b}, p0/z, [x0, #8, mul vl]',
  'ld1b {z0.b}, p0/z, [x0, #1]', 'ld1b {z0.b}, p0/z, [x0, xzr]', 'ld1b {z0.b}, p0/z, [x0, x1, lsl #1]', 'ld1h {z0.h}, p0/z, [x0, x1]',
  'ld1h {z0.b}, p0/z, [x0]', 'ld1b {z0.b, z1.b}, p0/z, [x0]', 'st1b {z0.b}, p0/z, [x0]', 'st1w {z0.h}, p0, [x0]', 'ld1b {z0.b}, p0/z, [w0]',
  'ld1d {z0.d}, p0/z, [x0, x1, lsl #2]', 'incb w0', 'inch z0.b', 'incb z0.b', 'inch w0', 'sqinch w0', 'sqincb w0', 'inch z0.s', 'sqinch z0.b', 'cnth z0.h',
  // Integer arithmetic and logical (emulator/isa/groups/sveArith.ts), valid and invalid.
  'add z0.b, p0/m, z0.b, z1.b', 'subr z31.d, p7/m, z31.d, z0.d', 'sdiv z1.s, p1/m, z1.s, z2.s', 'udivr z3.d, p2/m, z3.d, z4.d',
  'umulh z5.h, p3/m, z5.h, z6.h', 'bic z7.b, p4/m, z7.b, z8.b', 'ADD Z0.S, P0/M, Z0.S, Z1.S', 'sqsub z0.h, z1.h, z2.h', 'uqadd z0.d, z31.d, z0.d',
  'and z0.d, z1.d, z2.d', 'orr z3.d, z4.d, z4.d', 'mov z5.d, z6.d', 'eor z0.d, z0.d, z0.d', 'bic z9.d, z10.d, z11.d',
  'sel z0.b, p15, z1.b, z2.b', 'sel z1.s, p1, z2.s, z1.s', 'mov z2.h, p3/m, z4.h', 'mov z2.d, p15/m, z2.d',
  'add z0.b, p0/m, z1.b, z2.b', 'add z0.b, p0/z, z0.b, z2.b', 'add z0.b, p0/m, z0.h, z2.b', 'sdiv z0.b, p0/m, z0.b, z1.b',
  'add z0.s, p8/m, z0.s, z1.s', 'add z0.b, p0, z0.b, z1.b', 'orr z0.s, z1.s, z2.s', 'and z0.d, z1.d, z2.s', 'add z0.b, z1.b, z2.h',
  'add z0.b, p0/m, z0.b', 'sel z0.b, p0/m, z1.b, z2.b', 'sel z0.b, p0.b, z1.b, z2.b', 'mov z0.b, p0, z1.b', 'mov z0.b, p0/z, z1.b',
  'mul z0.s, p0/m, z0.s, z1.d', 'smax z0.b, p0/m, z1.b, z1.b', 'add x0, z1.b, z2.b', 'add z0.b, x1, x2',
  // Multiply-adds and compares.
  'mla z0.b, p0/m, z1.b, z2.b', 'msb z3.d, p7/m, z4.d, z5.d', 'fmla z0.h, p1/m, z2.h, z3.h', 'fnmsb z31.d, p7/m, z30.d, z29.d',
  'fmad z0.b, p0/m, z1.b, z2.b', 'mad z0.s, p0/z, z1.s, z2.s', 'fmls z0.s, p0/m, z1.s, z2.d',
  'cmple p0.b, p0/z, z1.b, z2.b', 'cmplo p0.d, p0/z, z1.d, z2.d', 'cmplt p15.h, p7/z, z31.h, z0.h', 'cmpls p1.s, p2/z, z3.s, z4.s',
  'cmpgt p0.b, p0/z, z1.b, #16', 'cmpgt p0.b, p0/z, z1.b, #-17', 'cmphi p0.b, p0/z, z1.b, #128', 'cmpeq p0.d, p0/z, z1.d, z2.d',
  'cmpeq p0.d, p0/z, z1.s, z2.d', 'cmpeq p0.b, p0/m, z1.b, z2.b', 'cmpeq p0.b, p0/z, z1.b, #0x7', 'cmpeq p0.b, p0/z, z1.b, 3',
  'cmpeq p0.h, p0/z, z1.b, z2.b', 'cmpne p0.d, p0/z, z1.d, #-16', 'cmphs p0.h, p0/z, z1.h, #127', 'cmplo p0.s, p0/z, z1.s, #0',
  'cmpge p0.b, p0/z, z1.b, z2.d', 'cmpge p0.d, p0/z, z1.d, z2.d', 'cmpls p0.h, p0/z, z1.h, z2.d', 'cmpeq p0.b, p0/z, z1.b, #-1',
  'cmphi p0.b, p0/z, z1.b, #-1', 'cmpgt p8.b, p8/z, z1.b, #1',
  // Predicate logical operations and moves.
  'mov p1.b, p3.b', 'movs p1.b, p3.b', 'mov p1.b, p2/z, p3.b', 'movs p15.b, p15/z, p0.b', 'not p1.b, p2/z, p3.b', 'nots p1.b, p2/z, p3.b',
  'mov p1.b, p2/m, p3.b', 'sel p1.b, p2, p3.b, p4.b', 'orr p1.b, p2/z, p3.b, p3.b', 'eor p1.b, p2/z, p3.b, p2.b', 'nands p1.b, p2/z, p4.b, p3.b',
  'and p1.h, p2/z, p3.b, p4.b', 'and p1.b, p2/m, p3.b, p4.b', 'mov p1.b, p3.h', 'orr p1.b, p2, p3.b, p4.b', 'sel p1.b, p2/z, p3.b, p4.b',
  'nor p16.b, p2/z, p3.b, p4.b', 'orn p1.b, p2/z, z3.b, p4.b',
  // Load and broadcast.
  'ld1rb {z0.b}, p0/z, [x0, #63]', 'ld1rh {z0.h}, p0/z, [x0, #2]', 'ld1rd {z0.d}, p0/z, [sp, #504]', 'ld1rsw {z0.d}, p0/z, [x0]',
  'ld1rb {z0.b}, p0/z, [x0, #0]', 'ld1rsb z1.h, p7/z, [x2, #1]', 'ld1rw {z2.s}, p3/z, [x4, #252]',
  'ld1rb {z0.b}, p0/z, [x0, #64]', 'ld1rh {z0.h}, p0/z, [x0, #3]', 'ld1rw {z0.s}, p0/z, [x0, #-4]', 'ld1rb {z0.b}, p0/z, [x0, x1]',
  'ld1rb {z0.b}, p0/z, [x0, #1, mul vl]', 'ld1rh {z0.b}, p0/z, [x0]', 'ld1rd {z0.d}, p0, [x0]',
  // LDR/STR of whole registers.
  'ldr z0, [x0]', 'ldr z1, [sp, #-256, mul vl]', 'str z2, [x3, #255, mul vl]', 'ldr p0, [x0, #1, mul vl]', 'str p15, [sp, #-1, mul vl]',
  'ldr z0, [x0, #0, mul vl]', 'LDR Z0, [X0]', 'ldr z0, [x0, #256, mul vl]', 'ldr z0.b, [x0]', 'ldr p0.b, [x0]', 'ldr z0, [x0, #1]',
  'ldr z0, [x0, x1]', 'str z0, [x0, #-257, mul vl]', 'str p0, [w0]',
  // Floating-point arithmetic.
  'fadd z0.h, p0/m, z0.h, z1.h', 'fdivr z31.d, p7/m, z31.d, z30.d', 'fscale z1.s, p1/m, z1.s, z2.s', 'fmul z0.s, z1.s, z2.s',
  'frsqrts z3.d, z4.d, z5.d', 'fadd z0.b, p0/m, z0.b, z1.b', 'fadd z0.b, z1.b, z2.b', 'fsub z0.s, p0/m, z1.s, z2.s', 'fmax z0.d, p0/z, z0.d, z1.d',
  'sxtb z0.h, p0/m, z1.h', 'uxtw z2.d, p7/m, z3.d', 'cnot z4.b, p1/m, z5.b', 'fneg z6.h, p2/m, z7.h', 'not z8.d, p3/m, z9.d',
  'sxtb z0.b, p0/m, z1.b', 'uxth z0.h, p0/m, z1.h', 'abs z0.s, p0/z, z1.s', 'neg z0.s, p0/m, z1.d', 'cls z0.b, p0, z1.b',
  'saddv d0, p0, z1.b', 'uaddv d31, p7, z30.d', 'smaxv b0, p1, z2.b', 'andv d3, p2, z4.d', 'orv h5, p3, z6.h', 'movprfx z0, z1',
  'movprfx z0.s, p0/z, z1.s', 'movprfx z2.d, p7/m, z3.d', 'saddv d0, p0, z1.d', 'smaxv s0, p0, z1.b', 'uaddv s0, p0, z1.s', 'eorv b0, p0/z, z1.b',
  'movprfx z0.b, z1.b', 'movprfx z0.b, p0, z1.b',
  // CPY (immediate) and its MOV alias.
  'cpy z0.b, p0/z, #1', 'cpy z0.h, p15/m, #-128, lsl #8', 'mov z0.s, p1/z, #256', 'mov z0.b, p1/m, #255', 'cpy z0.d, p1/m, #0',
  'mov z0.h, p1/z, #0, lsl #8', 'mov z0.h, p2/m, #-32768', 'mov z0.d, p3/z, #-1', 'cpy z0.b, p1, #1', 'mov z0.s, p1/m, #257',
  'dup z0.h, #255, lsl #8', 'dup z0.h, #-128, lsl #8', 'dup z0.h, #-129, lsl #8', 'mov z0.h, #-1, lsl #0', 'dup z0.b, #255, lsl #0', 'dup z0.b, #200', 'dup z0.h, #128, lsl #0', 'mov z0.s, #256, lsl #8',
];
/** Lines assembled without SVE: GNU refuses each as an instruction the processor does not support. */
const withoutSve = ['cntb x0', 'incd x1, all, mul #2', 'ptrue p0.b', 'whilelo p0.b, x1, x2', 'mov z0.b, w0', 'mov z0.d, #1',
  'ld1b {z0.b}, p0/z, [x0]', 'st1d {z0.d}, p0, [x0, x1, lsl #3]', 'sqincb x0, w0', 'add z0.b, p0/m, z0.b, z1.b', 'mov z0.d, z1.d', 'ldr z0, [x0]', 'str p1, [x2, #3, mul vl]'];

// ---- Assemble with GNU as and write the case file --------------------------------------------------------------

function expectations(lines, march) {
  const { results, good, bytes } = assembleLines(lines, march);
  const texts = objdumpTexts(good.map((_, k) => bytes.readUInt32LE(k * 4)));
  good.forEach((x, k) => { results[x.i] = { bytes: [...bytes.subarray(k * 4, k * 4 + 4)], objdump: texts[k] }; });
  return results;
}

function render(lines, results) {
  return lines.map((line, i) => {
    const r = results[i];
    if (r.error !== undefined) return `${line} // error: ${r.error}`;
    let text = `${line} // encoding: [${r.bytes.map((b) => `0x${b.toString(16).padStart(2, '0')}`).join(',')}]`;
    if (r.objdump !== line.replace(/\s+/g, ' ').trim()) text += ` // objdump: ${r.objdump}`;
    return text;
  });
}

const sveLines = [...new Set([...generated, ...hand])];
const out = [
  '// sve: assembler and disassembler cases of the SVE forms, generated by scripts/gen-sve-cases.mjs from GNU binutils 2.40',
  `// (${AS} ${MARCH_SVE}, then ${MARCH_BASE} for the last section; ${OBJDUMP} -D -b binary). Do not edit; regenerate instead.`,
  '// <source> // encoding: [bytes] {// objdump: text when it differs from the source}',
  '// <source> // error: GNU as message',
  '// features: base fp simd sve',
  ...render(sveLines, expectations(sveLines, MARCH_SVE)),
  '// Without SVE (-march=armv8-a):',
  '// features: base fp simd',
  ...render(withoutSve, expectations(withoutSve, MARCH_BASE)),
];
writeFileSync(outFile, out.join('\n') + '\n');
console.log(`gen-sve-cases: ${sveLines.length + withoutSve.length} lines (${generated.length} generated from ${sveForms.length} forms) -> ${outFile}`);
