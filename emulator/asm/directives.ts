// Assembler directives (.section, data, alignment, symbols, conditionals, .include, .arch, ...). Each handler
// reads its argument text and reports errors at the argument's column; none throws.
import type { Assembler } from './assembler.js';
import { relocationKindByName } from './elfWriter.js';
import { maxSectionBytes } from './state.js';
import { splitArguments, parseStringList, splitLines } from './source.js';
import { beginRepeat } from './macros.js';
import { applyExtension, parseArchitecture } from './features.js';
import type { Feature } from '../isa/api.js';

const dataSizes: Readonly<Record<string, number>> = {
  '.byte': 1, '.hword': 2, '.short': 2, '.2byte': 2, '.half': 2, '.word': 4, '.long': 4, '.int': 4, '.4byte': 4,
  '.quad': 8, '.xword': 8, '.dword': 8, '.8byte': 8,
  // The Motorola-style names GNU as also takes (.dc.a is an address: 8 bytes here).
  '.dc.b': 1, '.dc': 2, '.dc.w': 2, '.dc.l': 4, '.dc.a': 8,
};

/** ELF relocation types `.reloc` may name, by R_AARCH64_ name or BFD_RELOC_ alias (numbers from the AArch64 ELF ABI). */
const directiveRelocationTypes: Readonly<Record<string, number>> = {
  R_AARCH64_NONE: 0, BFD_RELOC_NONE: 0, BFD_RELOC_64: 257, BFD_RELOC_32: 258, BFD_RELOC_16: 259,
  BFD_RELOC_64_PCREL: 260, BFD_RELOC_32_PCREL: 261, BFD_RELOC_16_PCREL: 262,
};

/** Which block-structure directive a word is, for body collection. */
export function blockDirectiveKind(word: string): 'macro' | 'endm' | 'rept' | 'endr' | undefined {
  switch (word) {
    case '.macro': return 'macro';
    case '.endm': return 'endm';
    case '.rept': case '.irp': case '.irpc': return 'rept';
    case '.endr': return 'endr';
    default: return undefined;
  }
}

function unquote(text: string): string {
  const t = text.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
}

/** Where .include/.incbin look first for `file`: relative to the including file. */
function includedPath(asm: Assembler, file: string): string {
  return file.startsWith('/') ? file : dirname(asm.line.file) + file;
}

/** A file named by .include/.incbin: relative to the including file, else as written (the reader's own search). */
function readIncluded<T>(asm: Assembler, file: string, read: ((path: string) => T | undefined) | undefined): T | undefined {
  const path = includedPath(asm, file);
  return read?.(path) ?? (path !== file ? read?.(file) : undefined);
}

function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i + 1);
}

export function runDirective(asm: Assembler, name: string, args: string, col: number, stmtCol: number): void {
  const size = dataSizes[name];
  if (size !== undefined) {
    asm.addLineRow();
    for (const a of splitArguments(args, col)) {
      if (a.text === '') { asm.error('missing expression', a.column); continue; }
      asm.emitData(size, a.text, a.column);
    }
    return;
  }
  switch (name) {
    case '.text': case '.data': case '.bss':
      asm.switchTo(asm.section(name));
      return;
    case '.section': case '.pushsection': {
      const parts = splitArguments(args, col);
      const first = parts[0];
      if (!first || first.text === '') { asm.error('missing section name', col); return; }
      const secName = unquote(first.text);
      const flags = parts[1] ? unquote(parts[1].text) : undefined;
      const typeText = parts[2]?.text.replace(/^[@%]/, '');
      if (flags !== undefined && !/^[awxMSGTR?doe0-9]*$/.test(flags)) {
        asm.error('unrecognized .section attribute: want a,e,o,w,x,M,S,G,T or number', parts[1]!.column);
      }
      const type = typeText === 'nobits' || typeText === 'progbits' || typeText === 'note' || typeText === 'init_array'
        || typeText === 'fini_array' || typeText === 'preinit_array' ? typeText : undefined;
      // After the type: the entry size of "M", then the group of "G" and its linkage (comdat).
      let next = 3;
      const sizePart = flags?.includes('M') ? parts[next++] : undefined;
      let linkOrder: string | undefined;
      if (flags?.includes('o')) {
        const o = parts[next++];
        if (!o || !/^[A-Za-z_.$][\w.$]*$/.test(o.text)) { asm.error('expected symbol name', o?.column ?? col); return; }
        linkOrder = o.text; // (a name looked up when the object is written, not a use of the symbol)
      }
      let group: { name: string; comdat: boolean } | undefined;
      if (flags?.includes('G')) {
        const g = parts[next++];
        if (!g || g.text === '') { asm.error('group name expected', col); return; }
        group = { name: unquote(g.text), comdat: /^comdat$/i.test(parts[next]?.text ?? '') };
      } else if (flags?.includes('?')) group = asm.current.group;
      if (name === '.pushsection') asm.sectionStack.push({ current: asm.current, previous: asm.previous });
      const isNew = !asm.sections.some((x) => x.elfName === secName && x.group?.name === group?.name && x.linkOrder === linkOrder);
      // GNU as gives a new section its symbol now, unless a section of that name has one already.
      const named = asm.sections.some((x) => x.elfName === secName);
      const section = asm.section(secName, flags, type, group, linkOrder);
      if (isNew && !named) asm.logSection(section);
      if (isNew && section.merge && sizePart) section.entrySize = Number(asm.absolute(sizePart.text, sizePart.column) ?? 0n);
      asm.switchTo(section);
      return;
    }
    case '.popsection': {
      const top = asm.sectionStack.pop();
      if (!top) { asm.error('.popsection without corresponding .pushsection', stmtCol); return; }
      asm.current = top.current;
      asm.previous = top.previous;
      return;
    }
    case '.previous': {
      if (!asm.previous) { asm.error('.previous without corresponding .section; ignored', stmtCol, 9); return; }
      const p = asm.previous;
      asm.previous = asm.current;
      asm.current = p;
      return;
    }
    case '.global': case '.globl': case '.weak': case '.local': {
      const binding = name === '.weak' ? 'weak' : name === '.local' ? 'local' : 'global';
      for (const a of splitArguments(args, col)) {
        if (!/^[A-Za-z_.$][\w.$]*$/.test(a.text)) { asm.error(`expected symbol name, not \`${a.text}'`, a.column); continue; }
        asm.symbol(a.text).binding = binding;
        asm.recordReferences({ type: 'sym', name: a.text, start: 0, end: a.text.length }, a.column);
      }
      return;
    }
    case '.hidden': case '.protected': case '.internal': {
      for (const a of splitArguments(args, col)) {
        if (!/^[A-Za-z_.$][\w.$]*$/.test(a.text)) { asm.error(`expected symbol name, not \`${a.text}'`, a.column); continue; }
        asm.symbol(a.text).visibility = name.slice(1) as 'hidden' | 'protected' | 'internal';
      }
      return;
    }
    case '.unreq':
      if (!asm.registerAliases.delete(args.trim())) asm.error(`unknown register alias '${args.trim()}'`, col);
      return;
    case '.type': {
      const m = /^([A-Za-z_.$][\w.$]*)\s*,\s*[@%]?(\w+)\s*$/.exec(args);
      if (!m) { asm.error('expected `.type symbol, @type\'', col); return; }
      const t = m[2]!.toLowerCase();
      const type = t === 'function' || t === 'stt_func' ? 'func' : t === 'object' || t === 'stt_object' ? 'object'
        : t === 'notype' || t === 'stt_notype' ? 'notype' : undefined;
      if (!type) { asm.error(`unrecognized symbol type "${m[2]}"`, col); return; }
      asm.symbol(m[1]!).type = type;
      asm.recordReferences({ type: 'sym', name: m[1]!, start: 0, end: m[1]!.length }, col);
      return;
    }
    case '.size': {
      const parts = splitArguments(args, col);
      if (parts.length !== 2 || !/^[A-Za-z_.$][\w.$]*$/.test(parts[0]!.text)) { asm.error('expected `.size symbol, expression\'', col); return; }
      // Evaluated at the end of assembly, like GNU as, so `.size f, .Lend - f` may come before .Lend.
      asm.deferSize(parts[0]!.text, parts[0]!.column, parts[1]!.text, parts[1]!.column);
      return;
    }
    case '.inst': {
      asm.addLineRow(true);
      // An .inst word is code for the mapping symbols.
      for (const a of splitArguments(args, col)) asm.emitData(4, a.text, a.column, 'x');
      return;
    }
    case '.ascii': case '.asciz': case '.string': {
      asm.addLineRow();
      for (const a of splitArguments(args, col)) {
        const r = parseStringList(a.text);
        if ('error' in r) { asm.error(r.error, a.column); continue; }
        asm.emitBytes(name === '.ascii' ? r.bytes : [...r.bytes, 0]);
      }
      return;
    }
    case '.reloc': {
      // .reloc OFFSET, TYPE[, EXPRESSION]: a relocation of any type at a place of the current section.
      const parts = splitArguments(args, col);
      if (parts.length < 2 || parts[0]!.text === '' || parts[1]!.text === '') { asm.error('expected offset and relocation name', col); return; }
      const node = asm.parse(parts[0]!.text, parts[0]!.column);
      if (!node) return;
      asm.recordReferences(node, parts[0]!.column);
      const at = asm.evaluateNode(node, asm.seq, asm.current, asm.current.offset, false);
      if ('error' in at) { asm.error(at.error, parts[0]!.column + at.at); return; }
      const offset = at.kind === 'abs' ? at.value : at.section === asm.current.name ? at.symbolOffset + at.addend : undefined;
      if (offset === undefined || offset < 0n) { asm.error('bad offset expression', parts[0]!.column); return; }
      const typeName = parts[1]!.text;
      const known = relocationKindByName(typeName);
      const elfType = known ? undefined : directiveRelocationTypes[typeName];
      if (!known && elfType === undefined) { asm.error(`unrecognized reloc type`, parts[1]!.column); return; }
      const kind = known ?? ({ 257: 'R_AARCH64_ABS64', 258: 'R_AARCH64_ABS32', 259: 'R_AARCH64_ABS16', 260: 'R_AARCH64_PREL64', 261: 'R_AARCH64_PREL32', 262: 'R_AARCH64_PREL16' } as const)[elfType as 257] ?? 'R_AARCH64_ABS64';
      const exprPart = parts[2];
      const expr = exprPart ? asm.parse(exprPart.text, exprPart.column) : undefined;
      if (exprPart && !expr) return;
      if (expr) { asm.recordReferences(expr, exprPart!.column); asm.makeNamedSymbols(expr); }
      asm.addRelocationItem(Number(offset), kind, known || (elfType !== undefined && elfType >= 257 && elfType <= 262) ? undefined : elfType,
        expr, true, exprPart?.column ?? col);
      return;
    }
    case '.weakref': {
      // .weakref ALIAS, TARGET: ALIAS stands for TARGET, which is a weak reference unless named directly.
      const parts = splitArguments(args, col);
      const alias = parts[0]?.text ?? '';
      const target = parts[1]?.text ?? '';
      if (!/^[A-Za-z_.$][\w.$]*$/.test(alias) || !/^[A-Za-z_.$][\w.$]*$/.test(target)) { asm.error('expected symbol name', col); return; }
      asm.defineEquate(alias, target, parts[1]!.column, parts[0]!.column, 'set');
      asm.weakrefAliases.add(alias);
      const lines = asm.weakrefTargets.get(target) ?? new Set<string>();
      lines.add(`${asm.line.file}:${asm.line.line}`);
      asm.weakrefTargets.set(target, lines);
      return;
    }
    case '.tlsdesccall': {
      // Marks the BLR of a TLS descriptor call (R_AARCH64_TLSDESC_CALL at the next instruction).
      const symbol = args.trim();
      if (!/^[A-Za-z_.$][\w.$]*$/.test(symbol)) { asm.error(`expected symbol name, not \`${symbol}'`, col); return; }
      asm.addDirectiveRelocation('R_AARCH64_TLSDESC_CALL', symbol, col);
      return;
    }
    case '.uleb128': case '.sleb128': {
      asm.addLineRow();
      for (const a of splitArguments(args, col)) asm.emitLeb(name === '.sleb128', a.text, a.column);
      return;
    }
    case '.octa': {
      // 16-byte constants (no relocation has this size).
      asm.addLineRow();
      for (const a of splitArguments(args, col)) {
        // A plain number may be wider than the 64 bits of expressions.
        const v = /^(0[xX][0-9a-fA-F]+|[1-9][0-9]*|0)$/.test(a.text) ? BigInt(a.text) : asm.absolute(a.text, a.column);
        if (v === undefined) continue;
        const bytes: number[] = [];
        for (let i = 0n; i < 16n; i++) bytes.push(Number((BigInt.asUintN(128, v) >> (8n * i)) & 0xffn));
        asm.emitBytes(bytes);
      }
      return;
    }
    case '.float': case '.single': case '.double': {
      asm.addLineRow();
      const bytes = name === '.double' ? 8 : 4;
      for (const a of splitArguments(args, col)) {
        const v = Number(a.text.replace(/^0[fdFD]/, ''));
        if (Number.isNaN(v) && !/nan/i.test(a.text)) { asm.error(`bad floating-point constant \`${a.text}'`, a.column); continue; }
        const view = new DataView(new ArrayBuffer(bytes));
        if (bytes === 8) view.setFloat64(0, v, true); else view.setFloat32(0, v, true);
        asm.emitBytes(new Uint8Array(view.buffer));
      }
      return;
    }
    case '.balignw': case '.balignl': case '.p2alignw': case '.p2alignl': {
      // Alignment with a 2- or 4-byte fill pattern (little-endian); the padding must be a whole number of patterns.
      const parts = splitArguments(args, col);
      const first = parts[0];
      if (!first || first.text === '') { asm.error('expected alignment', col); return; }
      const n = asm.absolute(first.text, first.column);
      if (n === undefined) return;
      const fill = parts[1] && parts[1].text !== '' ? asm.absolute(parts[1].text, parts[1].column) : undefined;
      const max = parts[2] && parts[2].text !== '' ? asm.absolute(parts[2].text, parts[2].column) : undefined;
      const p2 = name.startsWith('.p2');
      if (p2 ? n < 0n || n > 31n : n <= 0n || (n & (n - 1n)) !== 0n) { asm.error('alignment not a power of 2', first.column); return; }
      const alignment = p2 ? 2 ** Number(n) : Number(n);
      const width = name.endsWith('w') ? 2 : 4;
      const s = asm.current;
      if (fill === undefined) { asm.alignTo(alignment, undefined, max === undefined ? undefined : Number(max)); return; }
      if (alignment > s.align) s.align = alignment;
      let pad = (alignment - (s.offset % alignment)) % alignment;
      if (max !== undefined && BigInt(pad) > max) pad = 0;
      // GNU as writes the whole patterns that fit and reports the rest.
      if (pad % width !== 0) asm.error(`alignment padding (${pad} ${pad === 1 ? 'byte' : 'bytes'}) not a multiple of ${width}`, col);
      const whole = pad - (pad % width);
      s.variablePiece('align', whole);
      if (s.kind === 'nobits') {
        if (whole > 0 && fill !== 0n) asm.error(`attempt to store non-zero value in section \`${s.name}'`, col);
        s.nobitsSize += whole;
        return;
      }
      for (let i = 0; i < whole; i++) s.data.u8(Number((fill >> BigInt(8 * (i % width))) & 0xffn));
      return;
    }
    case '.ds.b': case '.ds.w': case '.ds.l': case '.ds.d': case '.ds.x': case '.ds': {
      // .ds.SIZE count[, fill]: count units of the size (b 1, w 2, l 4, d 8, x 12), zero-filled.
      const unit = { '.ds.b': 1, '.ds.w': 2, '.ds': 2, '.ds.l': 4, '.ds.d': 8, '.ds.x': 12 }[name]!;
      const parts = splitArguments(args, col);
      const count = parts[0] ? asm.absolute(parts[0].text, parts[0].column) : undefined;
      if (count === undefined) return;
      asm.addLineRow();
      asm.emitFill(Number(count) * unit, 0);
      return;
    }
    case '.incbin': {
      const parts = splitArguments(args, col);
      const file = unquote(parts[0]?.text ?? '');
      if (file === '') { asm.error('missing file name for .incbin', col); return; }
      const bytes = readIncluded(asm, file, asm.options.readBinaryFile);
      if (bytes === undefined) { asm.error(`file not found: ${file}`, col, args.length); return; }
      const skip = parts[1] ? asm.absolute(parts[1].text, parts[1].column) : 0n;
      const count = parts[2] ? asm.absolute(parts[2].text, parts[2].column) : undefined;
      if (skip === undefined || (parts[2] && count === undefined)) return;
      if (skip < 0n || skip > BigInt(bytes.length)) { asm.error(`skip (${skip}) or count (${count ?? 0}) invalid for file size (${bytes.length})`, col); return; }
      const end = count === undefined ? bytes.length : Number(skip + count);
      if (end > bytes.length || (count !== undefined && count < 0n)) { asm.error(`skip (${skip}) or count (${count}) invalid for file size (${bytes.length})`, col); return; }
      asm.addLineRow();
      if (asm.current.kind !== 'nobits' && asm.current.offset + (end - Number(skip)) > maxSectionBytes) { asm.error(`.incbin of ${file} would grow the section past ${maxSectionBytes / 0x100000} MiB`, col); return; }
      asm.emitBytes(bytes.subarray(Number(skip), end));
      return;
    }
    case '.balign': case '.p2align': case '.align': {
      const parts = splitArguments(args, col);
      const first = parts[0];
      if (!first || first.text === '') { asm.alignTo(4, undefined, undefined); return; }
      const n = asm.absolute(first.text, first.column);
      if (n === undefined) return;
      const fill = parts[1] && parts[1].text !== '' ? asm.absolute(parts[1].text, parts[1].column) : undefined;
      const max = parts[2] && parts[2].text !== '' ? asm.absolute(parts[2].text, parts[2].column) : undefined;
      let alignment: number;
      if (name === '.balign') {
        if (n <= 0n || (n & (n - 1n)) !== 0n) { asm.error('alignment not a power of 2', first.column); return; }
        alignment = Number(n);
      } else {
        if (n < 0n || n > 31n) { asm.report('warning', 'alignment too large: 63 assumed', first.column); return; }
        alignment = 2 ** Number(n);
      }
      asm.alignTo(alignment, fill === undefined ? undefined : Number(fill & 0xffn), max === undefined ? undefined : Number(max));
      return;
    }
    case '.skip': case '.space': case '.zero': {
      const parts = splitArguments(args, col);
      const first = parts[0];
      if (!first || first.text === '') { asm.error('missing size expression', col); return; }
      const n = asm.absolute(first.text, first.column, '.space, .nops or .fill specifies non-absolute value');
      if (n === undefined) return;
      if (n < 0n || n > 0xffffffffn) { asm.error(`${name} with negative or huge size ignored`, first.column); return; }
      const fill = name !== '.zero' && parts[1] ? asm.absolute(parts[1].text, parts[1].column) : 0n;
      asm.addLineRow();
      asm.emitFill(Number(n), Number((fill ?? 0n) & 0xffn));
      return;
    }
    case '.fill': {
      const parts = splitArguments(args, col);
      const repeat = parts[0] ? asm.absolute(parts[0].text, parts[0].column, '.space, .nops or .fill specifies non-absolute value') : undefined;
      if (repeat === undefined) { if (!parts[0]) asm.error('missing repeat count', col); return; }
      const sz = parts[1] ? asm.absolute(parts[1].text, parts[1].column) : 1n;
      const value = parts[2] ? asm.absolute(parts[2].text, parts[2].column) : 0n;
      if (sz === undefined || value === undefined) return;
      if (repeat < 0n || repeat * (sz < 0n ? 0n : sz > 8n ? 8n : sz) > BigInt(maxSectionBytes)) { asm.error('.fill repeat count out of range', parts[0]!.column); return; }
      if (sz > 8n) asm.report('warning', '.fill size clamped to 8', parts[1]!.column);
      const unit = Math.min(Number(sz < 0n ? 0n : sz), 8);
      const bytes: number[] = [];
      const v32 = BigInt.asUintN(32, value);
      for (let i = 0; i < unit; i++) bytes.push(i < 4 ? Number((v32 >> BigInt(8 * i)) & 0xffn) : 0);
      asm.addLineRow();
      if (bytes.every((b) => b === 0)) asm.emitFill(Number(repeat) * unit, 0);
      else {
        const all = new Uint8Array(Number(repeat) * unit);
        for (let r = 0; r < all.length; r += unit) all.set(bytes, r);
        asm.emitBytes(all);
      }
      return;
    }
    case '.org': {
      // An absolute offset, or a place in the current section (`.org start + 64`).
      const node = asm.parse(args, col);
      if (!node) return;
      asm.recordReferences(node, col);
      const r = asm.evaluateNode(node, asm.seq, asm.current, asm.current.offset, false);
      if ('error' in r) { asm.error(r.error, col + r.at); return; }
      const v = r.kind === 'abs' ? r.value : r.section === asm.current.name ? r.symbolOffset + r.addend : undefined;
      if (v === undefined) { asm.error('attempt to move .org into another section', col); return; }
      const here = BigInt(asm.current.offset);
      if (v < here) { asm.error('attempt to move .org backwards', col); return; }
      asm.emitFill(Number(v - here), 0, 'other');
      return;
    }
    case '.equ': case '.set': case '.equiv': {
      const parts = splitArguments(args, col);
      const sym = parts[0];
      if (!sym || !/^[A-Za-z_.$][\w.$]*$/.test(sym.text) || parts.length < 2) {
        asm.error(`expected symbol name and expression after ${name}`, col);
        return;
      }
      const exprStart = args.indexOf(',') + 1;
      const exprText = args.slice(exprStart);
      const exprCol = col + exprStart + (exprText.length - exprText.trimStart().length);
      asm.defineEquate(sym.text, exprText.trim(), exprCol, sym.column, name === '.equiv' ? 'equiv' : name === '.equ' ? 'equ' : 'set');
      return;
    }
    case '.comm': case '.lcomm': {
      const parts = splitArguments(args, col);
      const sym = parts[0]?.text ?? '';
      const sz = parts[1] ? asm.absolute(parts[1].text, parts[1].column) : undefined;
      if (!/^[A-Za-z_.$][\w.$]*$/.test(sym) || sz === undefined) { asm.error(`expected symbol name and size after ${name}`, col); return; }
      const alignArg = parts[2] ? asm.absolute(parts[2].text, parts[2].column) : undefined;
      const s = asm.symbol(sym);
      if (s.kind !== 'undefined') { asm.error(`symbol \`${sym}' is already defined`, col); return; }
      s.size = Number(sz);
      s.definedAt = asm.location(col);
      // `.local sym` before `.comm sym` makes a local common: allocated in .bss like .lcomm.
      if (name === '.lcomm' || s.binding === 'local') {
        const saved = asm.current;
        asm.current = asm.section('.bss');
        // Without an alignment, GNU as aligns by size (at most 8).
        const natural = sz >= 8n ? 8 : sz >= 4n ? 4 : sz >= 2n ? 2 : 1;
        asm.alignTo(alignArg !== undefined ? Number(alignArg) || 1 : natural, 0, undefined);
        s.kind = 'label'; s.section = asm.current; s.offset = asm.current.offset; s.type = 'object';
        asm.emitFill(Number(sz), 0, 'other');
        asm.current = saved;
      } else {
        s.kind = 'common'; s.commonAlign = Number(alignArg ?? 8n); s.binding = 'global'; s.type = 'object';
      }
      return;
    }
    case '.arch': case '.cpu': {
      const r = parseArchitecture(args, name === '.cpu');
      if ('error' in r) { asm.error(r.error, col, args.length); return; }
      asm.features = r.features;
      return;
    }
    case '.arch_extension': {
      const set = new Set<Feature>(asm.features);
      const err = applyExtension(set, args.trim());
      if (err) { asm.error(err, col, args.length); return; }
      asm.features = set;
      return;
    }
    case '.include': {
      const file = unquote(args);
      if (file === '') { asm.error('missing file name for .include', col); return; }
      const path = includedPath(asm, file);
      const text = readIncluded(asm, file, asm.options.readFile);
      if (text === undefined) { asm.error(`can't open ${file} for reading: No such file or directory`, col, args.length); return; }
      asm.pushLines(splitLines(text, path), false);
      return;
    }
    case '.macro':
      asm.macros.begin(asm, args, col);
      return;
    case '.endm':
      asm.error('.endm outside of a macro', stmtCol, 5);
      return;
    case '.exitm':
      asm.exitMacro();
      return;
    case '.purgem': {
      if (!asm.macros.remove(args.trim())) asm.error(`macro \`${args.trim()}' was not defined`, col);
      return;
    }
    case '.rept': case '.irp': case '.irpc':
      beginRepeat(asm, name, args, col);
      return;
    case '.endr':
      asm.error('.endr without preceding .rept, .irc, or .irp', stmtCol, 5);
      return;
    case '.if': case '.ifne': case '.ifeq': case '.ifge': case '.ifgt': case '.ifle': case '.iflt': {
      if (!asm.active) { asm.pushCondition(false); return; }
      const v = asm.absolute(args, col, `non-constant expression in "${name}" statement`) ?? 0n;
      const truth = name === '.if' || name === '.ifne' ? v !== 0n : name === '.ifeq' ? v === 0n : name === '.ifge' ? v >= 0n
        : name === '.ifgt' ? v > 0n : name === '.ifle' ? v <= 0n : v < 0n;
      asm.pushCondition(truth);
      return;
    }
    case '.ifdef': case '.ifndef': case '.ifnotdef': {
      const s = asm.symbols.get(args.trim());
      const defined = s !== undefined && s.kind !== 'undefined';
      asm.pushCondition(name === '.ifdef' ? defined : !defined);
      return;
    }
    case '.ifb': case '.ifnb':
      asm.pushCondition((args.trim() === '') === (name === '.ifb'));
      return;
    case '.ifc': case '.ifnc': {
      const parts = splitArguments(args, col);
      const a = unquote(parts[0]?.text ?? '');
      const b = unquote(parts[1]?.text ?? '');
      asm.pushCondition((a === b) === (name === '.ifc'));
      return;
    }
    case '.ifeqs': case '.ifnes': {
      const parts = splitArguments(args, col);
      if (parts.length !== 2) { asm.error(`expected two strings after ${name}`, col); asm.pushCondition(false); return; }
      const a = unquote(parts[0]!.text);
      const b = unquote(parts[1]!.text);
      asm.pushCondition((a === b) === (name === '.ifeqs'));
      return;
    }
    case '.else':
      asm.elseCondition(undefined, true);
      return;
    case '.elseif': {
      const top = asm.conditions[asm.conditions.length - 1];
      const value = top && top.parentActive && !top.taken ? (asm.absolute(args, col) ?? 0n) !== 0n : false;
      asm.elseCondition(value, false);
      return;
    }
    case '.endif':
      if (asm.conditions.length === 0) asm.error('".endif" without ".if"', stmtCol, 6);
      else asm.conditions.pop();
      return;
    case '.err':
      asm.error('.err encountered', stmtCol);
      return;
    case '.error': case '.warning': {
      const msg = args.trim() === '' ? `${name} directive invoked in source file` : unquote(args);
      asm.report(name === '.error' ? 'error' : 'warning', msg, stmtCol);
      return;
    }
    case '.print':
      return;
    case '.ltorg': case '.pool':
      asm.flushLiteralPools(asm.current);
      return;
    case '.end':
      asm.ended = true;
      return;
    case '.ident': {
      // Collected in .comment (mergeable strings) after a leading NUL, as GNU as does.
      const r = parseStringList(args);
      if ('error' in r) { asm.error(r.error, col); return; }
      const isNew = !asm.sections.some((x) => x.name === '.comment');
      const comment = asm.section('.comment', 'MS', 'progbits');
      if (isNew) { comment.entrySize = 1; comment.data.u8(0); }
      for (const b of r.bytes) comment.data.u8(b);
      comment.data.u8(0);
      return;
    }
    case '.file': {
      // `.file N "name"` or `.file N "dir" "name"` number a source file for .loc; `.file "name"` only names it.
      const m = /^(\d+)\s+"([^"]*)"(?:\s+"([^"]*)")?/.exec(args);
      if (m) {
        asm.dwarfFiles.set(Number(m[1]), m[3] !== undefined ? (m[2] ? `${m[2]}/${m[3]}` : m[3]) : m[2]!);
        asm.locRows.file(Number(m[1]), m[2]!, m[3]);
      }
      else {
        const named = /^"([^"]*)"\s*$/.exec(args);
        if (named) asm.logFileSymbol(named[1]!);
      }
      return;
    }
    case '.loc': {
      const m = /^(\d+)\s+(\d+)(?:\s+(\d+))?/.exec(args);
      if (!m) { asm.error('file number less than one', col); return; }
      const file = asm.dwarfFiles.get(Number(m[1]));
      if (file === undefined) { asm.error(`unassigned file number ${m[1]}`, col); return; }
      asm.currentLoc = { file, line: Number(m[2]) };
      const problem = asm.locRows.loc(Number(m[1]), Number(m[2]), Number(m[3] ?? 0), args.slice(m[0].length).split(/[\s,]+/).filter((w) => w !== ''),
        asm.current);
      if (problem) asm.error(problem, col);
      // Location views: a row at the address of the previous row is its next view, a row at a new address view 0
      // (`view -0` forces 0); `view SYMBOL` defines the symbol as that number (gcc refers to it in .debug_loclists).
      const current = asm.current;
      const last = asm.lastLocRow;
      const view = /\bview\s+(\S+)/.exec(args);
      const forced = view?.[1] === '-0';
      const number = !forced && last && last.section === current && last.offset === current.offset ? last.view + 1 : 0;
      asm.lastLocRow = { section: current, offset: current.offset, view: number };
      if (view && /^[A-Za-z_.$][\w.$]*$/.test(view[1]!)) {
        const at = col + view.index + view[0].length - view[1]!.length;
        asm.defineEquate(view[1]!, String(number), at, at, 'set');
      }
      return;
    }
    case '.func': case '.endfunc': case '.loc_mark_labels': case '.variant_pcs':
    case '.altmacro': case '.noaltmacro': case '.eject': case '.psize': case '.title': case '.sbttl': case '.list':
    case '.nolist': case '.addrsig': case '.addrsig_sym':
      return;
    default:
      if (name.startsWith('.cfi_')) { asm.cfi.directive(name, args, col); return; }
      asm.error(`unknown pseudo-op: \`${name}'`, stmtCol, name.length);
  }
}
