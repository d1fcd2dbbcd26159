// Memory Tagging Extension instructions at EL0: IRG, GMI, ADDG, SUBG, SUBP, SUBPS, LDG, STG, STZG, ST2G, STZ2G,
// STGP (post-index, pre-index, signed offset). Tag stores are unchecked, need write permission and 16-byte
// alignment, and are ignored on untagged (non-PROT_MTE) pages; LDG reads 0 there. LDGM/STGM/STZGM are EL1-only.

import * as cpuModule from '../cpu.js';
import type { Cpu } from '../cpu.js';
import * as aluModule from '../alu.js';
import * as memoryModule from '../memory.js';
import * as mteTagsModule from '../mteTags.js';
import { type Builder, type Op, fld, rsp, rz, wz, signExtend, undefinedOp } from './common.js';
const { chooseNonExcludedTag, irgTag } = mteTagsModule;
const { PAGE_SIZE } = memoryModule;
const { FLAGS_SUB64 } = cpuModule;

const { R, setResult, add64 } = aluModule;

const TAG_SHIFT_IN_HI = 24;
const TAG_MASK_IN_HI = 0x0f000000;

/** IRG Xd|SP, Xn|SP{, Xm}: random tag excluding GCR_EL1.Exclude | Xm<15:0>. */
export const insertRandomTag: Builder = (d) => {
  const n = rsp(fld(d, 'Rn')), m = rz(fld(d, 'Rm')), t = rsp(fld(d, 'Rd'));
  return (c) => {
    const x = c.x;
    const exclude = (c.gcrExclude | x[2 * m]!) & 0xffff;
    const r = irgTag(c.rgsr, exclude);
    c.rgsr = r.rgsr;
    const lo = x[2 * n]!, hi = x[2 * n + 1]!;
    x[2 * t] = lo;
    x[2 * t + 1] = (hi & ~TAG_MASK_IN_HI) | (r.tag << TAG_SHIFT_IN_HI);
    c.pc += 4;
  };
};

/** GMI Xd, Xn|SP, Xm: Xm with the bit of Xn's logical tag set. */
export const tagMaskInsert: Builder = (d) => {
  const n = rsp(fld(d, 'Rn')), m = rz(fld(d, 'Rm')), t = wz(fld(d, 'Rd'));
  return (c) => {
    const x = c.x;
    const tag = (x[2 * n + 1]! >>> TAG_SHIFT_IN_HI) & 15;
    const hi = x[2 * m + 1]!;
    x[2 * t] = x[2 * m]! | (1 << tag);
    x[2 * t + 1] = hi;
    c.pc += 4;
  };
};

/** ADDG/SUBG Xd|SP, Xn|SP, #uimm6*16, #uimm4: address +/- offset, tag stepped by uimm4 skipping excluded tags. */
export function addSubTag(subtract: boolean): Builder {
  return (d) => {
    const n = rsp(fld(d, 'Rn')), t = rsp(fld(d, 'Rd'));
    const offset = fld(d, 'uimm6') * 16;
    const tagOffset = fld(d, 'uimm4');
    return (c) => {
      const x = c.x;
      const lo = x[2 * n]!, hi = x[2 * n + 1]!;
      const tag = chooseNonExcludedTag((hi >>> TAG_SHIFT_IN_HI) & 15, tagOffset, c.gcrExclude);
      if (subtract) add64(lo, hi, -offset | 0, offset === 0 ? 0 : -1, 0);
      else add64(lo, hi, offset, 0, 0);
      x[2 * t] = R[0];
      x[2 * t + 1] = (R[1] & ~TAG_MASK_IN_HI) | (tag << TAG_SHIFT_IN_HI);
      c.pc += 4;
    };
  };
}

/** SUBP/SUBPS Xd, Xn|SP, Xm|SP: SignExtend(Xn<55:0>) - SignExtend(Xm<55:0>). */
export function subtractPointer(setFlags: boolean): Builder {
  return (d) => {
    const n = rsp(fld(d, 'Rn')), m = rsp(fld(d, 'Rm')), t = wz(fld(d, 'Rd'));
    return (c) => {
      const x = c.x;
      const al = x[2 * n]!, ah = (x[2 * n + 1]! << 8) >> 8;
      const bl = x[2 * m]!, bh = (x[2 * m + 1]! << 8) >> 8;
      const s = (al >>> 0) - (bl >>> 0);
      const rl = s | 0, rh = (ah - bh - (s < 0 ? 1 : 0)) | 0;
      if (setFlags) {
        c.flagKind = FLAGS_SUB64; c.fal = al; c.fah = ah; c.fbl = bl; c.fbh = bh; c.frl = rl; c.frh = rh;
      }
      x[2 * t] = rl; x[2 * t + 1] = rh;
      c.pc += 4;
    };
  };
}

export type TagAddressing = 'post' | 'pre' | 'offset';

/** Base + offset for the tag load/store forms (offset already scaled by 16). */
function tagAddress(c: Cpu, base: number, offset: number, mode: TagAddressing): void {
  const x = c.x;
  if (mode === 'post') setResult(x[2 * base]!, x[2 * base + 1]!);
  else add64(x[2 * base]!, x[2 * base + 1]!, offset | 0, offset < 0 ? -1 : 0, 0);
}

function writeBackTag(c: Cpu, base: number, offset: number, mode: TagAddressing): void {
  if (mode === 'offset') return;
  const x = c.x;
  add64(x[2 * base]!, x[2 * base + 1]!, offset | 0, offset < 0 ? -1 : 0, 0);
  x[2 * base] = R[0];
  x[2 * base + 1] = R[1];
}

/** LDG Xt, [Xn|SP, #simm]: Xt's tag bits := allocation tag of the (16-byte aligned) address; 0 if untagged. */
export const loadTag: Builder = (d) => {
  const n = rsp(fld(d, 'Rn')), t = wz(fld(d, 'Rt'));
  const offset = signExtend(fld(d, 'imm9'), 9) * 16;
  return (c) => {
    tagAddress(c, n, offset, 'offset');
    const lo = R[0] & ~15, hi = R[1];
    const pages = c.probe(lo, hi, 1, 'read');
    if (!pages) return;
    const page = pages[0]!;
    const tag = page.tags ? page.tags[(lo & (PAGE_SIZE - 1)) >> 4]! : 0;
    const x = c.x;
    x[2 * t + 1] = (x[2 * t + 1]! & ~TAG_MASK_IN_HI) | (tag << TAG_SHIFT_IN_HI);
    c.pc += 4;
  };
};

/**
 * STG/STZG/ST2G/STZ2G Xt|SP, [Xn|SP...]: set `granules` (1 or 2) allocation tags to Xt's logical tag, zeroing the
 * data too for the Z forms. Misaligned addresses are alignment faults; untagged pages keep no tags.
 */
export function storeTag(granules: 1 | 2, zero: boolean, mode: TagAddressing): Builder {
  return (d) => {
    const n = rsp(fld(d, 'Rn')), t = rsp(fld(d, 'Rt'));
    const offset = signExtend(fld(d, 'imm9'), 9) * 16;
    return (c) => {
      tagAddress(c, n, offset, mode);
      const lo = R[0], hi = R[1];
      const x = c.x;
      const tag = (x[2 * t + 1]! >>> TAG_SHIFT_IN_HI) & 15;
      if ((lo & 15) !== 0) { c.raiseAccess('alignment', lo, hi, 'write'); return; }
      const pages = c.probe(lo, hi, 16 * granules, 'write');
      if (!pages) return;
      writeTagsAndZero(c, lo, hi, granules, zero, tag);
      writeBackTag(c, n, offset, mode);
      c.pc += 4;
    };
  };
}

function writeTagsAndZero(c: Cpu, lo: number, hi: number, granules: number, zero: boolean, tag: number): void {
  for (let i = 0; i < granules; i++) {
    const a = ((lo >>> 0) + 16 * i);
    const glo = a | 0, ghi = hi + (a > 0xffffffff ? 1 : 0);
    const page = c.mem.pages.get((ghi & 0xffff) * 1048576 + (glo >>> 12))!;
    const off = glo & (PAGE_SIZE - 1);
    if (zero) {
      page.data.fill(0, off, off + 16);
      if (page.ops !== null) c.invalidateCode(page);
    }
    if (page.tags !== null) c.setTag(page, off >> 4, tag);
  }
}

/** STGP Xt, Xt2, [Xn|SP...]: stores the pair (unchecked) and sets the granule's tag from the address. */
export function storeTagPair(mode: TagAddressing): Builder {
  return (d) => {
    const n = rsp(fld(d, 'Rn')), t = rz(fld(d, 'Rt')), t2 = rz(fld(d, 'Rt2'));
    const offset = signExtend(fld(d, 'simm7'), 7) * 16;
    return (c) => {
      tagAddress(c, n, offset, mode);
      const lo = R[0], hi = R[1];
      if ((lo & 15) !== 0) { c.raiseAccess('alignment', lo, hi, 'write'); return; }
      const x = c.x;
      if (!c.store16(lo, hi, false, x[2 * t]!, x[2 * t + 1]!, x[2 * t2]!, x[2 * t2 + 1]!)) return;
      writeTagsAndZero(c, lo, hi, 1, false, (hi >>> TAG_SHIFT_IN_HI) & 15);
      writeBackTag(c, n, offset, mode);
      c.pc += 4;
    };
  };
}

/** LDGM, STGM, STZGM: EL1 and above only. */
export const tagMultipleEl1Only: Builder = (d) => undefinedOp(d.word);

export type { Op };
