// Regenerates the GNU reference data of the instruction-table tests (test/isa/expectations/*.json) by running
// the real tools: aarch64-linux-gnu-as -march=armv8.5-a+memtag and aarch64-linux-gnu-objdump -d (binutils 2.40).
//
//   node --import tsx scripts/gen-isa-expectations.mjs
//
// 1. disassembly.json: words chosen inside every form's pattern of our table plus uniformly random words, with
//    the text objdump prints for each (the table only picks the inputs; every expectation comes from objdump).
// 2. assembly.json: each line of test/isa/snippets/*.s with the word GNU as produces, its relocation (from
//    objdump -dr), or GNU as's error message.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const AS = 'aarch64-linux-gnu-as';
const OBJDUMP = 'aarch64-linux-gnu-objdump';
const MARCH = '-march=armv8.5-a+memtag+rng';
const work = mkdtempSync(join(tmpdir(), 'isa-expect-'));
const outDir = join(root, 'test/isa/expectations');
mkdirSync(outDir, { recursive: true });

function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.error) throw new Error(`${cmd} is not available (${r.error.message}); install binutils-aarch64-linux-gnu`);
  return r;
}

// ---- Disassembly -----------------------------------------------------------------------------------------

let seed = 0x2545f491;
function random32() {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed >>> 0;
}

const { allForms } = await import(join(root, 'emulator/isa/registry.ts'));
const words = [];
const seen = new Set();
function add(w) {
  w >>>= 0;
  if (!seen.has(w)) { seen.add(w); words.push(w); }
}
for (const def of allForms) {
  for (let k = 0; k < 12; k++) add((random32() & ~def.mask) | def.value);
  // Interesting field values: all zeros and all ones in the free bits.
  add(def.value);
  add(def.value | (~def.mask >>> 0));
}
// Exhaustive sweeps of the small system spaces: hints, barriers, PSTATE writes, SYS with CRn 7-9.
for (let i = 0; i < 128; i++) add(0xd503201f | (i << 5));
for (let i = 0; i < 128; i++) add(0xd503301f | (i << 5));
for (let i = 0; i < 1024; i++) add(0xd500401f | ((i >> 7) << 16) | (((i >> 3) & 15) << 8) | ((i & 7) << 5));
for (let op1 = 0; op1 < 8; op1++) for (const crn of [7, 8, 9]) for (let crm = 0; crm < 16; crm++) for (let op2 = 0; op2 < 8; op2++) {
  for (const rt of [0, 31]) add(0xd5080000 | (op1 << 16) | (crn << 12) | (crm << 8) | (op2 << 5) | rt);
}
// Uniformly random words in the groups we cover (everything but SIMD&FP and SVE/SME for now).
for (let k = 0; k < 4000; k++) {
  const w = random32();
  const op0 = (w >>> 25) & 0xf;
  if (op0 === 0b0111 || op0 === 0b1111 || op0 === 0 || op0 === 0b0010 || op0 === 0b0011 || op0 === 0b0001) continue;
  if ((op0 & 0b0101) === 0b0100 && ((w >>> 26) & 1) === 1) continue; // SIMD&FP loads/stores
  add(w);
}

const src = ['\t.text', '_start:', ...words.map((w) => `\t.inst 0x${w.toString(16).padStart(8, '0')}`)].join('\n') + '\n';
writeFileSync(join(work, 'words.s'), src);
let r = run(AS, [MARCH, '-o', join(work, 'words.o'), join(work, 'words.s')]);
if (r.status !== 0) throw new Error(r.stderr);
r = run(OBJDUMP, ['-d', join(work, 'words.o')]);
const disassembly = [];
for (const line of r.stdout.split('\n')) {
  const m = /^\s*([0-9a-f]+):\t([0-9a-f]{8}) \t(.*)$/.exec(line);
  if (!m) continue;
  disassembly.push({ address: `0x${m[1]}`, word: `0x${m[2]}`, text: m[3] });
}
if (disassembly.length !== words.length) throw new Error(`objdump printed ${disassembly.length} of ${words.length} words`);
writeFileSync(join(outDir, 'disassembly.json'), JSON.stringify({
  generatedBy: 'scripts/gen-isa-expectations.mjs',
  tool: run(OBJDUMP, ['--version']).stdout.split('\n')[0],
  note: 'Words at consecutive addresses of .text in an object whose only symbol is _start at 0; objdump -d text after the word.',
  cases: disassembly,
}, null, 0).replace(/\},\{/g, '},\n{') + '\n');

// ---- Assembly --------------------------------------------------------------------------------------------

const snippetDir = join(root, 'test/isa/snippets');
const assembly = [];
const symbols = {};
const marches = {};
for (const file of readdirSync(snippetDir).filter((f) => f.endsWith('.s')).sort()) {
  const lines = readFileSync(join(snippetDir, file), 'utf8').split('\n');
  // A first line '// march: <arch>' assembles the file for another architecture (default MARCH).
  const marchLine = /^\/\/ march: (\S+)/.exec(lines[0] ?? '');
  const march = marchLine ? `-march=${marchLine[1]}` : MARCH;
  const items = [];
  lines.forEach((raw, i) => {
    const text = raw.replace(/\/\/.*$/, '').trim();
    if (text === '' || text.endsWith(':') || text.startsWith('.')) return;
    items.push({ line: i + 1, text });
  });
  // Pass 1: find the lines GNU as rejects.
  const errors = new Map();
  const body = (list) => ['\t.text', '_start:', ...list.map((it) => `\t${it.text}`), 'sym_local:', '\t.data', 'data_sym:', '\t.quad 0'].join('\n') + '\n';
  writeFileSync(join(work, 'snip.s'), body(items));
  r = run(AS, [march, '-o', join(work, 'snip.o'), join(work, 'snip.s')]);
  for (const e of r.stderr.split('\n')) {
    const m = /^[^:]*snip\.s:(\d+): Error: (.*)$/.exec(e);
    if (m) { const it = items[Number(m[1]) - 3]; if (it && !errors.has(it)) errors.set(it, m[2]); }
  }
  const good = items.filter((it) => !errors.has(it));
  writeFileSync(join(work, 'snip.s'), body(good));
  r = run(AS, [march, '-o', join(work, 'snip.o'), join(work, 'snip.s')]);
  if (r.status !== 0) throw new Error(`${file}: second pass failed:\n${r.stderr}`);
  r = run(OBJDUMP, ['-dr', join(work, 'snip.o')]);
  const decoded = [];
  for (const line of r.stdout.split('\n')) {
    const m = /^\s*([0-9a-f]+):\t([0-9a-f]{8}) \t(.*)$/.exec(line);
    if (m) { decoded.push({ word: `0x${m[2]}`, text: m[3] }); continue; }
    const rel = /^\s*[0-9a-f]+: (R_AARCH64_\w+)\t(.*)$/.exec(line);
    if (rel && decoded.length) {
      const t = rel[2];
      const mm = /^(.*?)(?:([+-])0x([0-9a-f]+))?$/.exec(t);
      decoded[decoded.length - 1].reloc = { kind: rel[1], symbol: mm[1], addend: mm[2] ? `${mm[2] === '-' ? '-' : ''}0x${mm[3]}` : '0x0' };
    }
  }
  if (decoded.length !== good.length) throw new Error(`${file}: ${decoded.length} words for ${good.length} lines (a line emitted more than one word?)`);
  symbols[file] = { _start: '0x0', sym_local: `0x${(good.length * 4).toString(16)}` };
  marches[file] = march.slice('-march='.length);
  let k = 0;
  for (const it of items) {
    const space = it.text.search(/\s/);
    const mnemonic = space < 0 ? it.text : it.text.slice(0, space);
    const operands = space < 0 ? '' : it.text.slice(space + 1).trim();
    if (errors.has(it)) assembly.push({ file, line: it.line, mnemonic, operands, error: errors.get(it) });
    else {
      const d = decoded[k++];
      assembly.push({ file, line: it.line, mnemonic, operands, address: `0x${((k - 1) * 4).toString(16)}`, word: d.word, text: d.text, ...(d.reloc ? { reloc: d.reloc } : {}) });
    }
  }
}
writeFileSync(join(outDir, 'assembly.json'), JSON.stringify({
  generatedBy: 'scripts/gen-isa-expectations.mjs',
  tool: run(AS, ['--version']).stdout.split('\n')[0],
  march: MARCH,
  note: 'Each snippet line assembled in .text after _start (address = offset); symbols: _start, sym_local (end of .text, per file below), data_sym (.data), others undefined.',
  symbols,
  marches,
  cases: assembly,
}, null, 0).replace(/\},\{/g, '},\n{') + '\n');
console.log(`disassembly: ${disassembly.length} words; assembly: ${assembly.length} lines -> ${outDir}`);
