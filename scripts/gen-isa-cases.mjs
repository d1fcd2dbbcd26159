// Regenerates test/isa/cases/*.s, the LLVM-MC-style assembler/disassembler case files, from GNU binutils 2.40.
// Inputs: for every form of the instruction table, words with edge field values are disassembled by GNU objdump
// (PC-relative targets rewritten as `.+offset`), plus hand-written lines (all MTE forms, symbolic operands with
// relocations, and invalid lines). Every input line is assembled by GNU as (-march=armv8.5-a+memtag): the
// expectation is GNU's encoding (`// encoding: [..]`), GNU's relocation (`// reloc: TYPE sym+addend`), GNU
// objdump's text of that encoding when it differs from the source (`// objdump: ..`), or GNU's error message
// (`// error: ..`). Nothing is taken from our own assembler or disassembler.
//
// Usage: node --import tsx scripts/gen-isa-cases.mjs        (needs aarch64-linux-gnu-as/objdump/objcopy)
import { writeFileSync, mkdirSync, readdirSync, unlinkSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allForms, allAliases } from '../emulator/isa/registry.js';
import { AS, OBJDUMP, createGnuCaseTools } from './gnuCaseTools.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'test/isa/cases');
const MARCH = '-march=armv8.5-a+memtag';
/** Generated words per form at most (after removing duplicates of objdump's text). */
const PER_FORM = 8;
/** Table features beyond -march=armv8.5-a+memtag, and the -march (plus our feature names) of extensions.s. */
const EXTENSIONS = {
  features: new Set(['ls64', 'cssc', 'mops', 'hbc', 'tme', 'sme', 'xs', 'fp16', 'bf16', 'fp16fml', 'aes', 'sha2', 'sha3', 'sm4', 'i8mm']),
  march: '-march=armv8.8-a+memtag+cssc+ls64+tme+sme+fp16+bf16+fp16fml+aes+sha3+sm4',
  ourFeatures: 'base crc lse rdma rcpc rcpc2 pauth bti mte flagm sb ssbs predres fp simd jscvt fcma frintts dotprod lse2 ls64 cssc mops hbc tme sme xs fp16 bf16 fp16fml aes sha2 sha3 sm4 i8mm v8.2 v8.5',
};


const { run, objdumpTexts, assembleLines } = createGnuCaseTools('gen-isa-cases-');

// ---- Hand-written inputs ---------------------------------------------------------------------------------

/** Every MTE form, valid and invalid (the expectation of each line comes from GNU as). */
const memoryTaggingLines = [
  'irg x0, x1', 'irg sp, sp, x2', 'irg x3, sp, xzr', 'gmi x0, x1, x2', 'gmi xzr, sp, x30',
  'addg x0, x1, #16, #1', 'addg sp, sp, #1008, #15', 'subg x0, x1, #0, #0', 'subg sp, sp, #1008, #15',
  'subp x0, x1, x2', 'subp x0, sp, sp', 'subps x0, sp, sp', 'subps xzr, x1, x2', 'cmpp x1, x2', 'cmpp sp, sp',
  'ldg x0, [x1]', 'ldg x0, [sp, #-4096]', 'ldg x30, [x2, #4080]',
  'stg x0, [x1]', 'stg sp, [x1, #16]!', 'stg x0, [x1], #-16', 'stg x0, [sp, #4080]', 'stg x0, [x1, #-4096]!',
  'stzg x0, [x1, #4080]', 'stzg x0, [x1, #-16]!', 'stzg x0, [x1], #16',
  'st2g x0, [x1]', 'st2g x0, [x1], #32', 'st2g sp, [x1, #-32]!',
  'stz2g x0, [x1, #-32]', 'stz2g x0, [x1, #-32]!', 'stz2g x0, [x1], #4080',
  'stgp x0, x1, [x2]', 'stgp x0, x1, [x2, #-1024]!', 'stgp x0, x1, [x2], #1008', 'stgp xzr, xzr, [sp, #1008]',
  'ldgm x0, [x1]', 'stgm x0, [x1]', 'stzgm x0, [sp]',
  'irg x0, x1, sp', 'irg w0, w1', 'addg x0, x1, #8, #1', 'addg x0, x1, #1024, #1', 'addg x0, x1, #16, #16',
  'ldg x0, [x1, #8]', 'ldg x0, [x1, #16]!', 'stg x0, [x1, #8]', 'stg x0, [x1, #4096]', 'stz2g x0, [x1], #4096',
  'stgp x0, x1, [x2, #8]', 'stgp x0, x1, [x2, #1024]', 'gmi sp, x1, x2', 'cmpp x1, xzr', 'subp x0, xzr, x1',
  'ldgm x0, [x1, #16]', 'stgm x0, [x1, #0]', 'stg x0, [x1, x2]',
];

/** Loads/stores edge cases and invalid lines beyond the generated ones. */
const loadStoreLines = [
  'ldr x0, [x1, #8]', 'ldr x0, [x1, #8]!', 'ldr x0, [x1], #8', 'ldr x0, [x1, #-8]', 'ldr x0, [x1, #1]',
  'ldr w0, [x1, #-256]', 'ldr x0, [x1, #32760]', 'ldrb w0, [x1, #4095]', 'ldrh w0, [x1, #8190]', 'ldrh w0, [x1, #3]',
  'ldr x0, [sp, #-256]!', 'str xzr, [sp, #255]!', 'strb wzr, [x1], #-256', 'ldrsb x0, [x1]', 'ldrsb w0, [x1, #1]!',
  'ldrb w0, [x1, x2]', 'ldrb w0, [x1, x2, lsl #0]', 'ldrb w0, [x1, w2, uxtw]', 'ldrb w0, [x1, w2, sxtw #0]',
  'ldrh w0, [x1, x2, lsl #1]', 'ldr x0, [x1, w2, uxtw #3]', 'ldr x0, [x1, x2, sxtx]', 'ldr w0, [x1, x2, sxtx #2]',
  'ldr x0, [x1, x2, lsl #0]', 'str w0, [sp, xzr, lsl #2]', 'ldrsw x0, [x1, w2, sxtw #2]',
  'prfm pldl1keep, [x0]', 'prfm pstl3strm, [x0, #32760]', 'prfm #31, [x0]', 'prfm #6, [x0, #8]', 'prfm plil2keep, [x1, x2, lsl #3]',
  'prfm pldl1keep, [x0, #-8]', 'prfum pstl3strm, [x0, #-1]', 'prfm pldl2strm, .+8',
  'ldur x0, [x1]', 'ldur x0, [x1, #-256]', 'sturh w0, [sp, #255]', 'ldtr x0, [x1]', 'ldtrsb x0, [x1, #-3]', 'sttrh w0, [x1, #255]',
  'ldp x0, x1, [sp, #-512]!', 'ldpsw x0, x1, [x2], #8', 'ldnp w0, w1, [x2, #4]', 'stp xzr, xzr, [sp]', 'stp w0, w1, [x2, #252]',
  'ldp x0, x1, [x2], #504', 'stnp x0, x1, [x2, #-512]',
  'ldxr w0, [x1]', 'ldxrb w0, [sp]', 'stxr w2, x0, [x1]', 'stxrh w2, w0, [x1, #0]', 'ldaxp x0, x1, [x2]', 'stlxp w3, w0, w1, [x2]',
  'ldxp w0, w1, [x1]', 'stxp w0, x0, x1, [x2]', 'ldar x0, [x1]', 'stlr w0, [sp]', 'ldlarb w0, [x1]', 'stllrh w0, [x1]', 'ldarh w0, [x1, #0]',
  'ldapr x0, [x1]', 'ldaprb w0, [x1]', 'ldaprh w0, [x1]', 'ldapur x0, [x1, #-256]', 'ldapursb x0, [x1, #255]', 'ldapursh w0, [x1]',
  'stlur w0, [x1, #1]', 'stlurb w0, [x1]', 'ldapursw x0, [x1]',
  'cas x0, x1, [x2]', 'casalb w0, w1, [sp]', 'caslh w0, w1, [x2]', 'casa w0, w1, [x2]', 'casp x0, x1, x2, x3, [x4]',
  'caspal w0, w1, w2, w3, [x4]', 'caspa x30, xzr, x28, x29, [sp]',
  'swp x0, x1, [x2]', 'swpah w0, w1, [x2]', 'swpalb w0, wzr, [x2]', 'ldadd x0, x1, [x2]', 'ldadd x0, xzr, [x2]', 'stadd x0, [x2]',
  'staddl x0, [x2]', 'ldaddal w0, wzr, [x2]', 'stsmaxlb w0, [x1]', 'ldumin x0, x1, [sp]', 'ldset x0, x1, [x2]', 'ldeorb w0, w1, [x2]',
  'stclrh w0, [x1]', 'steor x0, [x1]', 'stset w0, [x1]', 'stsmin x0, [x1]', 'stumax w0, [x1]', 'stuminlh w0, [x1]',
  'ldraa x0, [x1]', 'ldraa x0, [x1, #-4096]', 'ldrab x0, [sp, #4088]!', 'ldrab x0, [x1, #8]',
  // Invalid lines.
  'add x0, x1, x2, lsl #3, x4', 'orr w0, w1, w2, ror #3, w4', 'irg x0, x1, x2, x4', 'ldr x0, [x1, #32768]', 'ldr x0, [x1, #-257]', 'ldr x0, [x1, x2, lsl #2]', 'ldr x0, [w1]', 'ldr x0, [x1, w2]',
  'ldr x0, [x1, x2, uxtw]', 'ldrb w0, [x1, x2, lsl #1]', 'ldr x0, [x1], #256', 'ldp x0, x1, [x2, #4]',
  'ldp x0, x1, [x2, #1024]', 'ldp x0, w1, [x2]', 'stxr w0, x1, [x2, #8]', 'stxr x0, x1, [x2]',
  'casp x1, x2, x3, x4, [x5]', 'casp x0, x2, x4, x5, [x6]', 'prfm foo, [x0]', 'prfm #32, [x0]', 'ldrsw w0, [x1]', 'ldp x0, x1, [x2]!',
  'ldr x0, [x1, #8', 'ldr w0, [xzr]', 'strb w0, [x1, #4096]', 'ldtr x0, [x1, #256]', 'ldapur w0, [x1, #256]',
  'ldr x0, [x1, #1, lsl #2]', 'ldp w0, w1, [x2, #:lo12:sym]', 'ldraa x0, [x1, #4]', 'ldraa x0, [x1, #4096]',
  'stadd x0, x1, [x2]', 'ldxr x0, [x1, #8]', 'ldr x0, [x1, x2, lsl #3]!', 'str x0, [x1], x2',
  'ldr x0, [x32]', 'ldr x0, [x1, x2, asr #3]', 'ldr x0, [x1, w2, lsl #3]', 'ldr x0, [x1, x2, sxtw]', 'ldrh x0, [x1]',
  'strb x0, [x1]', 'ldrsb w0, [x1, #4096]', 'stp x0, x1, [x2, #-520]', 'ldp w0, w1, [x2, #2]', 'ldpsw x0, x1, [x2, #3]',
  'ldnp x0, x1, [x2, #1]!', 'stxp w0, x1, w2, [x3]', 'ldxp x0, w1, [x2]', 'ldar x0, [x1, #8]', 'cas x0, w1, [x2]',
  'casp x0, x1, x2, x4, [x5]', 'casp w0, w1, x2, x3, [x4]', 'prfm pldl4keep, [x0]', 'prfm x0, [x0]', 'ldraa w0, [x1]',
  'ldapr x0, [x1, #8]', 'ldtrb x0, [x1]', 'ldur x0, [x1, x2]', 'ldur x0, [x1]!', 'ldtr x0, [x1, #8]!', 'ldr x0, [sp, #32768]',
  'ldr x0, [x1, #:lo12:sym]!', 'stz2g x0, [x1, #17]!',
  // Accepted spellings.
  'LDR X0, [X1]', 'ldr x0,[x1,x2,LSL #3]', 'ldr x0, [x1, x2, lsl 3]', 'PRFM PLDL1KEEP, [X0]', 'ldr x0, [x1, 8]',
  'ldr x0, [x1, -8]', 'ldr w0, [x1], #-0', 'ldr x0, [ x1 , # 8 ]', 'ldr x0, [x1, #(4+4)]', 'ldp x29, x30, [sp], 16',
  'prfm 5, [x0]', 'ldadd x0, x1, [x2, 0]', 'ldrb w0, [fp, #1]', 'ldr lr, [sp, #8]', 'ldr x0, [ip0]', 'ldaxp x0, x1, [x2, #0]',
];

/** Symbolic operands: the expectation is GNU's relocation (type, symbol, addend) and the encoded addend bits. */
const relocationLines = [
  'ldr x0, [x1, :lo12:sym]', 'ldrb w0, [x1, #:lo12:sym]', 'ldrh w0, [x1, #:lo12:sym+2]', 'ldr w1, [x0, #:lo12:sym+3]',
  'ldr x0, [x1, #:got_lo12:sym]', 'str x0, [x1, :lo12:sym+8]', 'ldr x0, sym', 'ldrsw x0, sym+4', 'prfm pldl1keep, sym',
  'ldr w3, sym-8', 'adrp x0, sym', 'adr x0, sym+1', 'add x0, x0, :lo12:sym', 'b sym', 'bl sym', 'b.ne sym',
  'cbz x0, sym', 'tbz x0, #1, sym', 'movz x0, #:abs_g1:sym', 'movk x0, #:abs_g0_nc:sym',
];

// ---- Words generated from the table -----------------------------------------------------------------------

function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

function edgeValues(width) {
  const max = 2 ** width - 1;
  return [...new Set([0, 1, max, 2 ** (width - 1), 2 ** (width - 1) - 1])].filter((v) => v <= max);
}

/** Words inside a pattern with edge field values (others random). */
function wordsFor(def, rnd) {
  const words = [];
  const put = (values, randomRest) => {
    let w = randomRest ? (rnd() & ~def.mask) | def.value : def.value;
    for (const s of def.fieldSpecs) {
      const v = values[s.name];
      if (v === undefined) continue;
      const m = 2 ** s.width - 1;
      w = (w & ~(m << s.lsb)) | ((v & m) << s.lsb);
    }
    words.push(w >>> 0);
  };
  put(Object.fromEntries(def.fieldSpecs.map((s) => [s.name, 0])), false);
  put(Object.fromEntries(def.fieldSpecs.map((s) => [s.name, 2 ** s.width - 1])), false);
  for (const s of def.fieldSpecs) for (const v of edgeValues(s.width)) put({ [s.name]: v }, true);
  return words;
}

/** objdump -D -b binary texts of words, by index. */
/** Rewrites an absolute PC-relative target ('0x40', '0xffff...') of objdump's text as '.+off' from `address`. */
function relativeSource(text, address, mnemonic) {
  const m = /^(.*?)(0x[0-9a-f]+)$/.exec(text);
  if (!m) return text;
  const target = BigInt(m[2]);
  const base = mnemonic === 'adrp' ? address & ~0xfffn : address;
  const off = BigInt.asIntN(64, target - base);
  return `${m[1]}${off < 0n ? `.-0x${(-off).toString(16)}` : `.+0x${off.toString(16)}`}`;
}

const defs = [...allForms, ...allAliases.filter((a) => !a.asmOnly)];
const byGroup = new Map();
const addLine = (group, line) => {
  if (!byGroup.has(group)) byGroup.set(group, []);
  const list = byGroup.get(group);
  if (!list.includes(line)) list.push(line);
};
{
  const rnd = seeded(2026);
  const words = [];
  const owner = [];
  for (const def of defs) for (const w of wordsFor(def, rnd)) { words.push(w); owner.push(def); }
  const texts = objdumpTexts(words);
  const perForm = new Map();
  for (let i = 0; i < words.length; i++) {
    const text = texts[i];
    if (!text || text.startsWith('.inst') || text.startsWith('udf') && owner[i].mnemonic !== 'udf') continue;
    const def = owner[i];
    // Keep words that objdump prints with the form's own mnemonic (or an alias of it).
    const mnemonic = text.split(' ')[0];
    const expected = def.mnemonic.replace(/\.<[a-z]+>$/, '');
    if (mnemonic !== def.mnemonic && !mnemonic.startsWith(expected + '.')) continue;
    const count = perForm.get(def.id) ?? 0;
    if (count >= PER_FORM) continue;
    perForm.set(def.id, count + 1);
    // objdump's trailing comment ('// #0', '// b.none') is not part of the source.
    const source = text.replace(/\s*\/\/.*$/, '');
    // Forms of extensions that -march=armv8.5-a+memtag does not enable go to extensions.s (its own -march).
    // SVE forms have their own file and generator (scripts/gen-sve-cases.mjs, assembled with +sve).
    if (def.feature === 'sve') continue;
    const group = EXTENSIONS.features.has(def.feature) ? 'extensions' : def.group;
    if (!def.syntax.includes('<label>')) { addLine(group, source); continue; }
    // ADRP's `.+page` always needs a relocation in GNU as; ADRP is covered by relocations.s instead.
    if (mnemonic === 'adrp') continue;
    addLine(group, relativeSource(source, BigInt(i * 4), mnemonic));
  }
}
for (const l of memoryTaggingLines) addLine('memoryTagging', l);
for (const l of loadStoreLines) addLine('loadStore', l);
for (const l of relocationLines) addLine('relocations', l);

// ---- Assemble with GNU as and write the case files -----------------------------------------------------------

/** Assembles lines; returns per line either { error } or { bytes, reloc?, objdump }. */
function expectations(lines, march) {
  const { results, good, bytes } = assembleLines(lines, march);
  const relocs = new Map();
  for (const line of run(OBJDUMP, ['-r', '-j', '.text', 'good.o']).stdout.split('\n')) {
    const m = /^([0-9a-f]{16}) (R_AARCH64_\w+)\s+(.*)$/.exec(line);
    if (m) relocs.set(parseInt(m[1], 16), `${m[2]} ${m[3].trim()}`);
  }
  const texts = objdumpTexts(good.map((_, k) => bytes.readUInt32LE(k * 4)));
  good.forEach((x, k) => {
    results[x.i] = { bytes: [...bytes.subarray(k * 4, k * 4 + 4)], reloc: relocs.get(k * 4), objdump: texts[k] };
  });
  return results;
}

const header = (group, march) => [
  `// ${group}: assembler and disassembler cases, generated by scripts/gen-isa-cases.mjs from GNU binutils 2.40`,
  `// (${AS} ${march}, ${OBJDUMP} -D -b binary). Do not edit; regenerate instead.`,
  '// <source> // encoding: [bytes] {// reloc: TYPE target} {// objdump: text when it differs from the source}',
  '// The n-th encoding line of a file is at address 4*(n-1): `.` and objdump\'s PC-relative targets refer to it.',
  '// <source> // error: GNU as message',
];

mkdirSync(outDir, { recursive: true });
// sve.s belongs to scripts/gen-sve-cases.mjs.
for (const f of readdirSync(outDir)) if (f.endsWith('.s') && f !== 'sve.s') unlinkSync(join(outDir, f));
let total = 0;
for (const [group, lines] of [...byGroup].sort((a, b) => a[0].localeCompare(b[0]))) {
  const extensions = group === 'extensions';
  const results = expectations(lines, extensions ? EXTENSIONS.march : MARCH);
  const out = header(group, extensions ? EXTENSIONS.march : MARCH);
  if (extensions) out.push(`// features: ${EXTENSIONS.ourFeatures}`);
  lines.forEach((line, i) => {
    const r = results[i];
    if (r.error !== undefined) { out.push(`${line} // error: ${r.error}`); return; }
    let text = `${line} // encoding: [${r.bytes.map((b) => `0x${b.toString(16).padStart(2, '0')}`).join(',')}]`;
    if (r.reloc) text += ` // reloc: ${r.reloc}`;
    if (!r.reloc && r.objdump !== line.replace(/\s+/g, ' ').trim()) text += ` // objdump: ${r.objdump}`;
    out.push(text);
  });
  writeFileSync(join(outDir, `${group}.s`), out.join('\n') + '\n');
  total += lines.length;
  console.log(`gen-isa-cases: ${group}.s: ${lines.length} lines`);
}
console.log(`gen-isa-cases: ${total} lines in ${byGroup.size} files`);
