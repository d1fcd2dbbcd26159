// Call frame information: the .cfi_* directives build one FDE per .cfi_startproc/.cfi_endproc region, written
// at the end of assembly as an .eh_frame section laid out like GNU as's (CIE "zR", code alignment 4, data
// alignment -8, return address x30, pc-relative sdata4 addresses with R_AARCH64_PREL32 relocations).
import { ByteBuffer } from './bytes.js';
import type { Assembler } from './assembler.js';
import type { SectionState } from './state.js';
import { splitArguments } from './source.js';

interface FrameRegion {
  readonly section: SectionState;
  readonly start: number;
  end: number;
  readonly program: ByteBuffer;
  lastLocation: number;
  cfaRegister: number;
  cfaOffset: bigint;
  readonly remembered: { register: number; offset: bigint }[];
  signalFrame: boolean;
  returnColumn: number;
  /** `.cfi_personality ENCODING, SYMBOL` and `.cfi_lsda ENCODING, SYMBOL` (C++ exception handling). */
  personality: { encoding: number; symbol: string } | undefined;
  lsda: { encoding: number; symbol: string } | undefined;
}

/** The size of a pointer of a DW_EH_PE encoding (absptr 8, udata2/sdata2 2, udata4/sdata4 4, udata8/sdata8 8). */
function pointerSize(encoding: number): number {
  switch (encoding & 0x0f) {
    case 0x02: case 0x0a: return 2;
    case 0x03: case 0x0b: return 4;
    default: return 8;
  }
}

/** DWARF register number of an AArch64 register name or number (x0-x30 = 0-30, sp = 31, v0-v31 = 64-95). */
export function dwarfRegister(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  if (t === 'sp' || t === 'wsp') return 31;
  if (t === 'fp') return 29;
  if (t === 'lr') return 30;
  const m = /^([xwvqdsbh])(\d+)$/.exec(t);
  if (!m) return undefined;
  const n = Number(m[2]);
  if (n > 31 || ((m[1] === 'x' || m[1] === 'w') && n > 30)) return undefined;
  return m[1] === 'x' || m[1] === 'w' ? n : 64 + n;
}

export class FrameInfo {
  private current: FrameRegion | undefined;
  private readonly done: FrameRegion[] = [];

  constructor(private readonly asm: Assembler) {}

  /** Handles one .cfi_* directive; returns false if the name is not one. */
  directive(name: string, args: string, column: number): void {
    const asm = this.asm;
    if (name === '.cfi_sections') return;
    if (name === '.cfi_startproc') {
      if (this.current) { asm.error('previous CFI entry not closed (missing .cfi_endproc)', column); return; }
      const section = asm.current;
      this.current = {
        section, start: section.offset, end: section.offset, program: new ByteBuffer(32), lastLocation: section.offset,
        cfaRegister: 31, cfaOffset: 0n, remembered: [], signalFrame: false, returnColumn: 30, personality: undefined, lsda: undefined,
      };
      return;
    }
    const f = this.current;
    if (!f) { asm.error('CFI instruction used without previous .cfi_startproc', column); return; }
    if (name === '.cfi_endproc') {
      f.end = f.section.offset;
      this.done.push(f);
      this.current = undefined;
      return;
    }
    const parts = splitArguments(args, column);
    const reg = (i: number): number | undefined => {
      const p = parts[i];
      const r = p ? dwarfRegister(p.text) : undefined;
      if (r === undefined) asm.error(`bad register expression`, p?.column ?? column);
      return r;
    };
    const num = (i: number): bigint | undefined => {
      const p = parts[i];
      if (!p) { asm.error('missing expression', column); return undefined; }
      return asm.absolute(p.text, p.column);
    };
    const p = f.program;
    const advance = (): void => {
      const here = f.section.offset;
      const delta = (here - f.lastLocation) / 4;
      if (delta <= 0) return;
      if (delta < 64) p.u8(0x40 | delta);
      else if (delta < 0x100) { p.u8(0x02); p.u8(delta); }
      else if (delta < 0x10000) { p.u8(0x03); p.u16(delta); }
      else { p.u8(0x04); p.u32(delta); }
      f.lastLocation = here;
    };
    const defCfaOffset = (offset: bigint): void => {
      f.cfaOffset = offset;
      if (offset < 0n) { p.u8(0x13); p.sleb(offset / -8n); } else { p.u8(0x0e); p.uleb(offset); }
    };
    const offsetRule = (r: number, offset: bigint): void => {
      const factored = offset / -8n;
      if (factored >= 0n && r < 64) { p.u8(0x80 | r); p.uleb(factored); }
      else if (factored >= 0n) { p.u8(0x05); p.uleb(r); p.uleb(factored); }
      else { p.u8(0x11); p.uleb(r); p.sleb(factored); }
    };
    switch (name) {
      case '.cfi_def_cfa': {
        const r = reg(0); const o = num(1);
        if (r === undefined || o === undefined) return;
        advance(); f.cfaRegister = r; f.cfaOffset = o;
        p.u8(0x0c); p.uleb(r); p.uleb(o);
        return;
      }
      case '.cfi_def_cfa_register': {
        const r = reg(0);
        if (r === undefined) return;
        advance(); f.cfaRegister = r; p.u8(0x0d); p.uleb(r);
        return;
      }
      case '.cfi_def_cfa_offset': {
        const o = num(0);
        if (o === undefined) return;
        advance(); defCfaOffset(o);
        return;
      }
      case '.cfi_adjust_cfa_offset': {
        const o = num(0);
        if (o === undefined) return;
        advance(); defCfaOffset(f.cfaOffset + o);
        return;
      }
      case '.cfi_offset': case '.cfi_rel_offset': {
        const r = reg(0); const o = num(1);
        if (r === undefined || o === undefined) return;
        advance(); offsetRule(r, name === '.cfi_offset' ? o : o - f.cfaOffset);
        return;
      }
      case '.cfi_restore': case '.cfi_undefined': case '.cfi_same_value': {
        for (let i = 0; i < parts.length; i++) {
          const r = reg(i);
          if (r === undefined) return;
          advance();
          if (name === '.cfi_restore') { if (r < 64) p.u8(0xc0 | r); else { p.u8(0x06); p.uleb(r); } }
          else { p.u8(name === '.cfi_undefined' ? 0x07 : 0x08); p.uleb(r); }
        }
        return;
      }
      case '.cfi_register': {
        const a = reg(0); const b = reg(1);
        if (a === undefined || b === undefined) return;
        advance(); p.u8(0x09); p.uleb(a); p.uleb(b);
        return;
      }
      case '.cfi_remember_state':
        advance(); f.remembered.push({ register: f.cfaRegister, offset: f.cfaOffset }); p.u8(0x0a);
        return;
      case '.cfi_restore_state': {
        advance();
        const s = f.remembered.pop();
        if (s) { f.cfaRegister = s.register; f.cfaOffset = s.offset; }
        p.u8(0x0b);
        return;
      }
      case '.cfi_escape': {
        advance();
        for (let i = 0; i < parts.length; i++) { const v = num(i); if (v !== undefined) p.u8(Number(v & 0xffn)); }
        return;
      }
      case '.cfi_signal_frame': f.signalFrame = true; return;
      case '.cfi_return_column': { const r = reg(0); if (r !== undefined) f.returnColumn = r; return; }
      case '.cfi_window_save': advance(); p.u8(0x2d); return;
      case '.cfi_negate_ra_state': advance(); p.u8(0x2d); return;
      case '.cfi_personality': case '.cfi_lsda': {
        const encoding = num(0);
        if (encoding === undefined) return;
        const e = Number(encoding & 0xffn);
        if (e === 0xff) { if (name === '.cfi_personality') f.personality = undefined; else f.lsda = undefined; return; }
        const symbol = parts[1]?.text ?? '';
        if (!/^[A-Za-z_.$][\w.$]*$/.test(symbol)) { asm.error('expected symbol name', parts[1]?.column ?? column); return; }
        asm.makeNamedSymbols({ type: 'sym', name: symbol, start: 0, end: symbol.length });
        if (name === '.cfi_personality') f.personality = { encoding: e, symbol }; else f.lsda = { encoding: e, symbol };
        return;
      }
      case '.cfi_label': case '.cfi_val_offset': case '.cfi_b_key_frame':
      case '.cfi_mte_tagged_frame':
        return;
      default:
        asm.error(`unknown pseudo-op: \`${name}'`, column);
    }
  }

  /** The relocation of an encoded pointer (pc-relative or absolute) to `symbol` at `offset` of .eh_frame. */
  private pointer(section: SectionState, offset: number, size: number, encoding: number, symbol: string): void {
    const pcrel = (encoding & 0x70) === 0x10;
    const kind = size === 8 ? (pcrel ? 'R_AARCH64_PREL64' : 'R_AARCH64_ABS64') : size === 2 ? (pcrel ? 'R_AARCH64_PREL16' : 'R_AARCH64_ABS16')
      : pcrel ? 'R_AARCH64_PREL32' : 'R_AARCH64_ABS32';
    section.relocations.push(this.asm.relocation(offset, kind, symbol, 0n));
  }

  /** Writes .eh_frame (and its relocations) when any frame was described. */
  finish(): void {
    if (this.current) {
      this.asm.error('open CFI at the end of file; missing .cfi_endproc directive');
      this.current = undefined;
    }
    if (this.done.length === 0) return;
    const asm = this.asm;
    const section = asm.section('.eh_frame', 'a', 'progbits');
    if (section.align < 8) section.align = 8;
    const out = section.data;
    const cies = new Map<string, number>();
    const pointers: { offset: number; size: number; encoding: number; symbol: string }[] = [];
    for (const [index, f] of this.done.entries()) {
      const key = `${f.signalFrame}:${f.returnColumn}:${f.personality ? `${f.personality.encoding}:${f.personality.symbol}` : ''}:${f.lsda?.encoding ?? ''}`;
      let cie = cies.get(key);
      if (cie === undefined) {
        cie = out.length;
        cies.set(key, cie);
        const body = new ByteBuffer(32);
        body.u32(0); // CIE id
        body.u8(1); // version
        body.cstring(`z${f.personality ? 'P' : ''}${f.lsda ? 'L' : ''}R${f.signalFrame ? 'S' : ''}`);
        body.uleb(4); body.sleb(-8); body.uleb(f.returnColumn);
        // Augmentation data: the personality routine's pointer, the LSDA encoding, FDE pointers pc-relative sdata4.
        const personalitySize = f.personality ? pointerSize(f.personality.encoding) : 0;
        body.uleb((f.personality ? 1 + personalitySize : 0) + (f.lsda ? 1 : 0) + 1);
        if (f.personality) {
          body.u8(f.personality.encoding);
          pointers.push({ offset: out.length + 4 + body.length, size: personalitySize, encoding: f.personality.encoding, symbol: f.personality.symbol });
          body.fill(personalitySize);
        }
        if (f.lsda) body.u8(f.lsda.encoding);
        body.u8(0x1b);
        body.u8(0x0c); body.uleb(31); body.uleb(0); // DW_CFA_def_cfa sp, 0
        body.alignTo(4);
        out.u32(body.length); out.append(body.toBytes());
        for (const p of pointers.splice(0)) this.pointer(section, p.offset, p.size, p.encoding, p.symbol);
        // GNU as aligns after each CIE: the first such alignment puts a $d there.
        section.variablePiece('align', 0);
      }
      const start = out.length;
      out.u32(0); // length, patched
      out.u32(out.length - cie); // CIE pointer: distance from this field back to the CIE
      const pcBegin = out.length;
      section.relocations.push({ offset: pcBegin, kind: 'R_AARCH64_PREL32', symbol: f.section.name, addend: BigInt(f.start) });
      out.u32(0);
      out.u32(f.end - f.start);
      if (f.lsda) {
        const size = pointerSize(f.lsda.encoding);
        out.uleb(size); // augmentation data: the LSDA pointer
        this.pointer(section, out.length, size, f.lsda.encoding, f.lsda.symbol);
        out.fill(size);
      } else out.uleb(0); // augmentation data length
      out.append(f.program.toBytes());
      // FDEs end on a 4-byte boundary; GNU as pads the last one so that the section ends on 8.
      out.alignTo(index === this.done.length - 1 ? 8 : 4);
      out.patch32(start, out.length - start - 4);
    }
  }
}
