// Reads the parts of an ELF64 relocatable object that the assembler tests compare (section bytes and flags,
// relocations with section symbols named by their section, symbols, mapping symbols). Used by the expectation
// generator (scripts/gen-asm-expectations.mjs, through tsx) and by the oracle tests.

export interface ObjectSection {
  kind: 'progbits' | 'nobits'; alloc: boolean; write: boolean; execute: boolean; merge: boolean; strings: boolean; tls: boolean; entrySize: number;
  /** ELF section type when not PROGBITS/NOBITS (7 note, 14 init_array...); 0 otherwise. */
  elfType: number;
  /** The section group (signature) it belongs to, or null. */
  group: string | null;
  size: number; align: number; hex: string;
  relocations: { offset: number; kind: string; symbol: string; addend: string }[];
}

export interface ObjectSummary {
  sections: Record<string, ObjectSection>;
  symbols: { name: string; section: string | null; value: string; size: number; type: string; binding: string; visibility: string }[];
  mapping: { section: string; offset: number; kind: string }[];
  files: string[];
  /** Every symbol-table entry in order: `section NAME`, `file NAME`, `$x SECTION+OFFSET`, `BINDING NAME`. */
  order: string[];
  /** SHT_GROUP sections in order: signature, GRP_COMDAT, member sections (by key). */
  groups: { signature: string; comdat: boolean; members: string[] }[];
}

const relocNames: Record<number, string> = {
  0: 'R_AARCH64_NONE',
  257: 'R_AARCH64_ABS64', 258: 'R_AARCH64_ABS32', 259: 'R_AARCH64_ABS16', 260: 'R_AARCH64_PREL64', 261: 'R_AARCH64_PREL32',
  262: 'R_AARCH64_PREL16', 263: 'R_AARCH64_MOVW_UABS_G0', 264: 'R_AARCH64_MOVW_UABS_G0_NC', 265: 'R_AARCH64_MOVW_UABS_G1',
  266: 'R_AARCH64_MOVW_UABS_G1_NC', 267: 'R_AARCH64_MOVW_UABS_G2', 268: 'R_AARCH64_MOVW_UABS_G2_NC', 269: 'R_AARCH64_MOVW_UABS_G3',
  270: 'R_AARCH64_MOVW_SABS_G0', 271: 'R_AARCH64_MOVW_SABS_G1', 272: 'R_AARCH64_MOVW_SABS_G2', 273: 'R_AARCH64_LD_PREL_LO19',
  274: 'R_AARCH64_ADR_PREL_LO21', 275: 'R_AARCH64_ADR_PREL_PG_HI21', 276: 'R_AARCH64_ADR_PREL_PG_HI21_NC',
  277: 'R_AARCH64_ADD_ABS_LO12_NC', 278: 'R_AARCH64_LDST8_ABS_LO12_NC', 279: 'R_AARCH64_TSTBR14', 280: 'R_AARCH64_CONDBR19',
  282: 'R_AARCH64_JUMP26', 283: 'R_AARCH64_CALL26', 284: 'R_AARCH64_LDST16_ABS_LO12_NC', 285: 'R_AARCH64_LDST32_ABS_LO12_NC',
  286: 'R_AARCH64_LDST64_ABS_LO12_NC', 299: 'R_AARCH64_LDST128_ABS_LO12_NC', 309: 'R_AARCH64_GOT_LD_PREL19', 311: 'R_AARCH64_ADR_GOT_PAGE',
  312: 'R_AARCH64_LD64_GOT_LO12_NC', 549: 'R_AARCH64_TLSLE_ADD_TPREL_HI12', 550: 'R_AARCH64_TLSLE_ADD_TPREL_LO12',
  551: 'R_AARCH64_TLSLE_ADD_TPREL_LO12_NC', 541: 'R_AARCH64_TLSIE_ADR_GOTTPREL_PAGE21', 542: 'R_AARCH64_TLSIE_LD64_GOTTPREL_LO12_NC',
  562: 'R_AARCH64_TLSDESC_ADR_PAGE21', 563: 'R_AARCH64_TLSDESC_LD64_LO12', 564: 'R_AARCH64_TLSDESC_ADD_LO12', 569: 'R_AARCH64_TLSDESC_CALL',
};

/** Reads the parts of an ELF64 relocatable object the tests compare. */
export function readObject(bytes: Uint8Array, options: { debugSections?: boolean } = {}): ObjectSummary {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shoff = Number(dv.getBigUint64(0x28, true));
  const shnum = dv.getUint16(0x3c, true);
  const shstrndx = dv.getUint16(0x3e, true);
  const headers: { nameOff: number; type: number; flags: number; offset: number; size: number; link: number; info: number; align: number; entsize: number; name?: string }[] = [];
  for (let i = 0; i < shnum; i++) {
    const o = shoff + i * 64;
    headers.push({
      nameOff: dv.getUint32(o, true), type: dv.getUint32(o + 4, true), flags: Number(dv.getBigUint64(o + 8, true)),
      offset: Number(dv.getBigUint64(o + 24, true)), size: Number(dv.getBigUint64(o + 32, true)),
      link: dv.getUint32(o + 40, true), info: dv.getUint32(o + 44, true), align: Number(dv.getBigUint64(o + 48, true)),
      entsize: Number(dv.getBigUint64(o + 56, true)),
    });
  }
  const str = (table: { offset: number }, off: number): string => { let e = off; while (bytes[table.offset + e] !== 0) e++; return Buffer.from(bytes.subarray(table.offset + off, table.offset + e)).toString('utf8'); };
  for (const h of headers) h.name = str(headers[shstrndx]!, h.nameOff);
  const symtab = headers.find((h) => h.type === 2);
  const symbols: { name: string; type: number; bind: number; other: number; shndx: number; value: bigint; size: number }[] = [];
  if (symtab) {
    const strtab = headers[symtab.link]!;
    for (let o = symtab.offset; o < symtab.offset + symtab.size; o += 24) {
      const info = bytes[o + 4]!;
      const shndx = dv.getUint16(o + 6, true);
      symbols.push({
        name: str(strtab, dv.getUint32(o, true)), type: info & 15, bind: info >> 4, other: bytes[o + 5]! & 3, shndx,
        value: dv.getBigUint64(o + 8, true), size: Number(dv.getBigUint64(o + 16, true)),
      });
    }
  }
  // Section groups; a section is keyed by its name, or by `NAME\u0000N` when N earlier sections have the name (as
  // the assembler keys sections of one name in several groups or link orders).
  const groupOf = new Map<number, string>();
  const groups: ObjectSummary['groups'] = [];
  for (const h of headers) {
    if (h.type !== 17) continue;
    const sig = symbols[h.info]?.name ?? '';
    const words: number[] = [];
    for (let o = h.offset; o < h.offset + h.size; o += 4) words.push(dv.getUint32(o, true));
    for (const m of words.slice(1)) groupOf.set(m, sig);
    groups.push({ signature: sig, comdat: (words[0]! & 1) !== 0, members: words.slice(1) as unknown as string[] });
  }
  const keys: string[] = [];
  const seen = new Map<string, number>();
  headers.forEach((h) => {
    const before = seen.get(h.name!) ?? 0;
    keys.push(before > 0 && h.type !== 17 ? `${h.name}\u0000${before}` : h.name!);
    seen.set(h.name!, before + 1);
  });
  for (const g of groups) g.members = (g.members as unknown as number[]).map((m) => keys[m]!);
  const sectionName = (idx: number): string | undefined => (idx === 0 ? undefined : idx === 0xfff1 ? '*ABS*' : idx === 0xfff2 ? '*COM*' : keys[idx]);
  const sections: Record<string, ObjectSection> = {};
  for (const [i, h] of headers.entries()) {
    // PROGBITS, NOBITS, NOTE, INIT_ARRAY, FINI_ARRAY, PREINIT_ARRAY.
    if (h.type !== 1 && h.type !== 8 && h.type !== 7 && h.type !== 14 && h.type !== 15 && h.type !== 16) continue;
    // DWARF sections are left out unless asked for (those GNU as writes itself for .loc or -g are laid out
    // differently from ours); compiler output that writes its own .debug_info asks for them.
    if (h.name!.startsWith('.debug') && !options.debugSections) continue;
    sections[keys[i]!] = {
      kind: h.type === 8 ? 'nobits' as const : 'progbits' as const, alloc: (h.flags & 2) !== 0, write: (h.flags & 1) !== 0, execute: (h.flags & 4) !== 0,
      merge: (h.flags & 0x10) !== 0, strings: (h.flags & 0x20) !== 0, tls: (h.flags & 0x400) !== 0, entrySize: h.entsize,
      elfType: h.type === 1 || h.type === 8 ? 0 : h.type, group: groupOf.get(i) ?? null,
      size: h.size, align: h.align,
      hex: h.type === 8 ? '' : Buffer.from(bytes.subarray(h.offset, h.offset + h.size)).toString('hex'),
      relocations: [],
    };
  }
  for (const h of headers) {
    if (h.type !== 4) continue;
    const target = keys[h.info]!;
    if (!sections[target]) continue;
    for (let o = h.offset; o < h.offset + h.size; o += 24) {
      const info = dv.getBigUint64(o + 8, true);
      const sym = symbols[Number(info >> 32n)]!;
      const type = Number(info & 0xffffffffn);
      sections[target]!.relocations.push({
        offset: Number(dv.getBigUint64(o, true)), kind: relocNames[type] ?? `type${type}`,
        symbol: (sym.type === 3 ? sectionName(sym.shndx) : sym.name) ?? '', addend: dv.getBigInt64(o + 16, true).toString(),
      });
    }
  }
  const outSymbols = symbols.slice(1).filter((s) => s.type !== 3 && s.type !== 4 && !/^\$[xd](\.|$)/.test(s.name)).map((s) => ({
    name: s.name, section: sectionName(s.shndx) ?? null, value: s.value.toString(), size: s.size,
    type: s.type === 2 ? 'func' : s.type === 1 ? 'object' : s.type === 6 ? 'tls' : 'notype', binding: s.bind === 0 ? 'local' : s.bind === 2 ? 'weak' : 'global',
    visibility: ['default', 'internal', 'hidden', 'protected'][s.other]!,
  }));
  const mapping = symbols.filter((s) => /^\$[xd]$/.test(s.name)).map((s) => ({ section: sectionName(s.shndx) ?? '', offset: Number(s.value), kind: s.name[1]! }));
  // STT_FILE symbols, in symbol-table order.
  const files = symbols.filter((s) => s.type === 4).map((s) => s.name);
  const bindings = ['local', 'global', 'weak'];
  const order = symbols.slice(1).map((s) => (s.type === 3 ? `section ${sectionName(s.shndx)}` : s.type === 4 ? `file ${s.name}`
    : /^\$[xd]$/.test(s.name) ? `${s.name} ${sectionName(s.shndx)}+${s.value.toString(16)}` : `${bindings[s.bind] ?? s.bind} ${s.name}`));
  return { sections, symbols: outSymbols, mapping, files, order, groups };
}

