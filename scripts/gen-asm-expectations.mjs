// Regenerates test/asm/expectations/*.json from GNU as (binutils 2.40): for every test/asm/fixtures/*.s (and .S,
// through aarch64-linux-gnu-gcc -c) it records the object's section bytes, relocations, symbols and the
// assembler's diagnostics. The Node-only tests compare our assembler against these files.
// Usage: node scripts/gen-asm-expectations.mjs   (needs aarch64-linux-gnu-as and aarch64-linux-gnu-gcc)
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'test/asm/fixtures');
const outDir = join(root, 'test/asm/expectations');
const march = '-march=armv8.5-a+memtag';

const relocNames = {
  257: 'R_AARCH64_ABS64', 258: 'R_AARCH64_ABS32', 259: 'R_AARCH64_ABS16', 260: 'R_AARCH64_PREL64', 261: 'R_AARCH64_PREL32',
  262: 'R_AARCH64_PREL16', 263: 'R_AARCH64_MOVW_UABS_G0', 264: 'R_AARCH64_MOVW_UABS_G0_NC', 265: 'R_AARCH64_MOVW_UABS_G1',
  266: 'R_AARCH64_MOVW_UABS_G1_NC', 267: 'R_AARCH64_MOVW_UABS_G2', 268: 'R_AARCH64_MOVW_UABS_G2_NC', 269: 'R_AARCH64_MOVW_UABS_G3',
  270: 'R_AARCH64_MOVW_SABS_G0', 271: 'R_AARCH64_MOVW_SABS_G1', 272: 'R_AARCH64_MOVW_SABS_G2', 273: 'R_AARCH64_LD_PREL_LO19',
  274: 'R_AARCH64_ADR_PREL_LO21', 275: 'R_AARCH64_ADR_PREL_PG_HI21', 276: 'R_AARCH64_ADR_PREL_PG_HI21_NC',
  277: 'R_AARCH64_ADD_ABS_LO12_NC', 278: 'R_AARCH64_LDST8_ABS_LO12_NC', 279: 'R_AARCH64_TSTBR14', 280: 'R_AARCH64_CONDBR19',
  282: 'R_AARCH64_JUMP26', 283: 'R_AARCH64_CALL26', 284: 'R_AARCH64_LDST16_ABS_LO12_NC', 285: 'R_AARCH64_LDST32_ABS_LO12_NC',
  286: 'R_AARCH64_LDST64_ABS_LO12_NC', 299: 'R_AARCH64_LDST128_ABS_LO12_NC', 311: 'R_AARCH64_ADR_GOT_PAGE',
  312: 'R_AARCH64_LD64_GOT_LO12_NC', 549: 'R_AARCH64_TLSLE_ADD_TPREL_HI12', 551: 'R_AARCH64_TLSLE_ADD_TPREL_LO12_NC',
};

/** Reads the parts of an ELF64 relocatable object the tests compare. */
export function readObject(bytes) {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shoff = Number(dv.getBigUint64(0x28, true));
  const shnum = dv.getUint16(0x3c, true);
  const shstrndx = dv.getUint16(0x3e, true);
  const headers = [];
  for (let i = 0; i < shnum; i++) {
    const o = shoff + i * 64;
    headers.push({
      nameOff: dv.getUint32(o, true), type: dv.getUint32(o + 4, true), flags: Number(dv.getBigUint64(o + 8, true)),
      offset: Number(dv.getBigUint64(o + 24, true)), size: Number(dv.getBigUint64(o + 32, true)),
      link: dv.getUint32(o + 40, true), info: dv.getUint32(o + 44, true), align: Number(dv.getBigUint64(o + 48, true)),
    });
  }
  const str = (table, off) => { let e = off; while (bytes[table.offset + e] !== 0) e++; return Buffer.from(bytes.subarray(table.offset + off, table.offset + e)).toString('utf8'); };
  for (const h of headers) h.name = str(headers[shstrndx], h.nameOff);
  const symtab = headers.find((h) => h.type === 2);
  const symbols = [];
  if (symtab) {
    const strtab = headers[symtab.link];
    for (let o = symtab.offset; o < symtab.offset + symtab.size; o += 24) {
      const info = bytes[o + 4];
      const shndx = dv.getUint16(o + 6, true);
      symbols.push({
        name: str(strtab, dv.getUint32(o, true)), type: info & 15, bind: info >> 4, shndx,
        value: dv.getBigUint64(o + 8, true), size: Number(dv.getBigUint64(o + 16, true)),
      });
    }
  }
  const sectionName = (idx) => (idx === 0 ? undefined : idx === 0xfff1 ? '*ABS*' : idx === 0xfff2 ? '*COM*' : headers[idx]?.name);
  const sections = {};
  for (const h of headers) {
    if (h.type !== 1 && h.type !== 8) continue;
    if (h.name.startsWith('.debug') || h.name === '.comment' || h.name.startsWith('.note')) continue;
    sections[h.name] = {
      kind: h.type === 8 ? 'nobits' : 'progbits', alloc: (h.flags & 2) !== 0, write: (h.flags & 1) !== 0, execute: (h.flags & 4) !== 0,
      size: h.size, align: h.align,
      hex: h.type === 8 ? '' : Buffer.from(bytes.subarray(h.offset, h.offset + h.size)).toString('hex'),
      relocations: [],
    };
  }
  for (const h of headers) {
    if (h.type !== 4) continue;
    const target = headers[h.info].name;
    if (!sections[target]) continue;
    for (let o = h.offset; o < h.offset + h.size; o += 24) {
      const info = dv.getBigUint64(o + 8, true);
      const sym = symbols[Number(info >> 32n)];
      const type = Number(info & 0xffffffffn);
      sections[target].relocations.push({
        offset: Number(dv.getBigUint64(o, true)), kind: relocNames[type] ?? `type${type}`,
        symbol: sym.type === 3 ? sectionName(sym.shndx) : sym.name, addend: dv.getBigInt64(o + 16, true).toString(),
      });
    }
  }
  const outSymbols = symbols.slice(1).filter((s) => s.type !== 3 && s.type !== 4 && !/^\$[xd](\.|$)/.test(s.name)).map((s) => ({
    name: s.name, section: sectionName(s.shndx) ?? null, value: s.value.toString(), size: s.size,
    type: s.type === 2 ? 'func' : s.type === 1 ? 'object' : 'notype', binding: s.bind === 0 ? 'local' : s.bind === 2 ? 'weak' : 'global',
  }));
  const mapping = symbols.filter((s) => /^\$[xd]$/.test(s.name)).map((s) => ({ section: sectionName(s.shndx), offset: Number(s.value), kind: s.name[1] }));
  return { sections, symbols: outSymbols, mapping };
}

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  if (r.error) { console.error(`gen-asm-expectations: cannot run ${cmd}: ${r.error.message}`); process.exit(1); }
  return r;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const tmp = mkdtempSync(join(tmpdir(), 'asm-exp-'));
  for (const name of readdirSync(fixtures).sort()) {
    if (!name.endsWith('.s') && !name.endsWith('.S')) continue;
    const obj = join(tmp, basename(name) + '.o');
    const r = name.endsWith('.S')
      ? run('aarch64-linux-gnu-gcc', ['-c', march, name, '-o', obj], fixtures)
      : run('aarch64-linux-gnu-as', [march, name, '-o', obj], fixtures);
    const diagnostics = [];
    for (const line of (r.stderr ?? '').split('\n')) {
      const m = /^[^:]+:(\d+): (Error|Warning): (.*)$/.exec(line);
      if (m) diagnostics.push({ line: Number(m[1]), severity: m[2].toLowerCase(), message: m[3] });
      else if (diagnostics.length > 0 && line !== '' && !/Assembler messages:$/.test(line)) diagnostics[diagnostics.length - 1].message += `\n${line}`;
    }
    const expectation = { source: name, tool: name.endsWith('.S') ? 'aarch64-linux-gnu-gcc -c' : `aarch64-linux-gnu-as ${march}`, diagnostics };
    if (r.status === 0) Object.assign(expectation, readObject(new Uint8Array(readFileSync(obj))));
    writeFileSync(join(outDir, name.replace(/\.[sS]$/, (m) => (m === '.S' ? '.S' : '')) + '.json'), JSON.stringify(expectation, null, 1) + '\n');
    console.log(`${name}: ${r.status === 0 ? 'ok' : `${diagnostics.length} diagnostics`}`);
  }
  rmSync(tmp, { recursive: true, force: true });
}
