// Integer data-processing semantics (Arm ARM "Data Processing -- Immediate" and "-- Register"): add/subtract
// with flags, logical, move wide, bitfield, extract, conditional compare/select, multiply, divide, shifts by
// register, CRC32 and the one-source bit operations. 64-bit values live in int32 halves; flags are lazy.

import * as cpuModule from '../cpu.js';
import type { Cpu } from '../cpu.js';
import * as aluModule from '../alu.js';
import { type Builder, fld, rsp, rz, wz, signExtend, undefinedOp } from './common.js';

const { FLAGS_ADD32, FLAGS_ADD64, FLAGS_LOGIC32, FLAGS_LOGIC64, FLAGS_SUB32, FLAGS_SUB64 } = cpuModule;
const { R, setResult, lsl64, lsr64, ror64, ror32, shift64, shift32, extend64, umul32, mul64, add64, mulHigh, div64, div32, clz64, cls64, cls32, rbit32, rev32, rev16, crc32: crcUpdate, decodeBitMasks } = aluModule;

function halves(v: bigint): [number, number] {
  return [Number(v & 0xffffffffn) | 0, Number((v >> 32n) & 0xffffffffn) | 0];
}

function setFlagsSub64(c: Cpu, al: number, ah: number, bl: number, bh: number, rl: number, rh: number): void {
  c.flagKind = FLAGS_SUB64; c.fal = al; c.fah = ah; c.fbl = bl; c.fbh = bh; c.frl = rl; c.frh = rh;
}

function setFlagsAdd64(c: Cpu, al: number, ah: number, bl: number, bh: number, rl: number, rh: number): void {
  c.flagKind = FLAGS_ADD64; c.fal = al; c.fah = ah; c.fbl = bl; c.fbh = bh; c.frl = rl; c.frh = rh;
}

/** Adds or subtracts (a, b) with flags written to `c`, result in R[0]/rh (64-bit) — shared by several forms. */
function addSub64(c: Cpu, al: number, ah: number, bl: number, bh: number, sub: boolean, setFlags: boolean): void {
  if (sub) {
    const s = (al >>> 0) - (bl >>> 0);
    const rl = s | 0;
    const rh = (ah - bh - (s < 0 ? 1 : 0)) | 0;
    if (setFlags) setFlagsSub64(c, al, ah, bl, bh, rl, rh);
    setResult(rl, rh);
  } else {
    add64(al, ah, bl, bh, 0);
    if (setFlags) setFlagsAdd64(c, al, ah, bl, bh, R[0], R[1]);
  }
}

function addSub32(c: Cpu, a: number, b: number, sub: boolean, setFlags: boolean): number {
  const r = sub ? (a - b) | 0 : (a + b) | 0;
  if (setFlags) {
    c.flagKind = sub ? FLAGS_SUB32 : FLAGS_ADD32; c.fal = a; c.fbl = b; c.frl = r;
  }
  return r;
}

// --- Immediate ----------------------------------------------------------------------------------------------

export function addSubImmediate(sub: boolean, setFlags: boolean): Builder {
  return (d) => {
    const sf = fld(d, 'sf', 1);
    const imm = fld(d, 'imm12') << (fld(d, 'sh', 0) * 12);
    const n = rsp(fld(d, 'Rn'));
    const t = setFlags ? wz(fld(d, 'Rd')) : rsp(fld(d, 'Rd'));
    if (sf === 0) {
      return (c) => {
        const x = c.x;
        x[2 * t] = addSub32(c, x[2 * n]!, imm, sub, setFlags);
        x[2 * t + 1] = 0;
        c.pc += 4;
      };
    }
    if (!setFlags && !sub) {
      return (c) => {
        const x = c.x;
        const s = (x[2 * n]! >>> 0) + imm;
        x[2 * t + 1] = (x[2 * n + 1]! + (s > 0xffffffff ? 1 : 0)) | 0;
        x[2 * t] = s | 0;
        c.pc += 4;
      };
    }
    if (!setFlags) {
      return (c) => {
        const x = c.x;
        const s = (x[2 * n]! >>> 0) - imm;
        x[2 * t + 1] = (x[2 * n + 1]! - (s < 0 ? 1 : 0)) | 0;
        x[2 * t] = s | 0;
        c.pc += 4;
      };
    }
    if (sub) {
      return (c) => {
        const x = c.x;
        const al = x[2 * n]!, ah = x[2 * n + 1]!;
        const s = (al >>> 0) - imm;
        const rl = s | 0, rh = (ah - (s < 0 ? 1 : 0)) | 0;
        c.flagKind = FLAGS_SUB64; c.fal = al; c.fah = ah; c.fbl = imm; c.fbh = 0; c.frl = rl; c.frh = rh;
        x[2 * t] = rl; x[2 * t + 1] = rh;
        c.pc += 4;
      };
    }
    return (c) => {
      const x = c.x;
      const al = x[2 * n]!, ah = x[2 * n + 1]!;
      add64(al, ah, imm, 0, 0);
      setFlagsAdd64(c, al, ah, imm, 0, R[0], R[1]);
      x[2 * t] = R[0]; x[2 * t + 1] = R[1];
      c.pc += 4;
    };
  };
}

export function adr(page: boolean): Builder {
  return (d) => {
    const imm = BigInt(signExtend((fld(d, 'immhi') << 2) | fld(d, 'immlo'), 21));
    const base = page ? BigInt(d.pc) & ~4095n : BigInt(d.pc);
    const [lo, hi] = halves(base + (page ? imm << 12n : imm));
    const t = wz(fld(d, 'Rd'));
    return (c) => { c.x[2 * t] = lo; c.x[2 * t + 1] = hi; c.pc += 4; };
  };
}

/** opc: 0 AND, 1 ORR, 2 EOR, 3 ANDS. */
function logicOp(opc: number): (a: number, b: number) => number {
  switch (opc) {
    case 1: return (a, b) => a | b;
    case 2: return (a, b) => a ^ b;
    default: return (a, b) => a & b;
  }
}

export function logicalImmediate(opc: number): Builder {
  return (d) => {
    const sf = fld(d, 'sf', 1);
    const N = fld(d, 'N', 0);
    if (sf === 0 && N === 1) return undefinedOp(d.word);
    const masks = decodeBitMasks(N, fld(d, 'imms'), fld(d, 'immr'), true, sf ? 64 : 32);
    if (!masks) return undefinedOp(d.word);
    const [il, ih] = halves(masks.wmask);
    const n = rz(fld(d, 'Rn'));
    const t = opc === 3 ? wz(fld(d, 'Rd')) : rsp(fld(d, 'Rd'));
    const setFlags = opc === 3;
    if (opc === 1 && n === 31) {
      // MOV (bitmask immediate).
      const hi = sf ? ih : 0;
      return (c) => { c.x[2 * t] = il; c.x[2 * t + 1] = hi; c.pc += 4; };
    }
    const op = logicOp(opc);
    return (c) => {
      const x = c.x;
      const rl = op(x[2 * n]!, il);
      const rh = sf ? op(x[2 * n + 1]!, ih) : 0;
      if (setFlags) {
        c.flagKind = sf ? FLAGS_LOGIC64 : FLAGS_LOGIC32; c.frl = rl; c.frh = rh;
      }
      x[2 * t] = rl; x[2 * t + 1] = rh;
      c.pc += 4;
    };
  };
}

/** opc: 0 MOVN, 2 MOVZ, 3 MOVK. */
export function moveWide(opc: number): Builder {
  return (d) => {
    const sf = fld(d, 'sf', 1);
    const hw = fld(d, 'hw');
    if (sf === 0 && hw >= 2) return undefinedOp(d.word);
    const imm = fld(d, 'imm16');
    const t = wz(fld(d, 'Rd'));
    const pos = hw * 16;
    if (opc === 3) {
      const word = pos >= 32 ? 1 : 0;
      const shift = pos & 31;
      const keep = ~(0xffff << shift);
      return (c) => {
        const x = c.x;
        x[2 * t + word] = (x[2 * t + word]! & keep) | (imm << shift);
        if (!sf) x[2 * t + 1] = 0;
        c.pc += 4;
      };
    }
    let v = BigInt(imm) << BigInt(pos);
    if (opc === 0) v = ~v;
    if (!sf) v &= 0xffffffffn;
    const [lo, hi] = halves(v);
    return (c) => { c.x[2 * t] = lo; c.x[2 * t + 1] = hi; c.pc += 4; };
  };
}

/** opc: 0 SBFM, 1 BFM, 2 UBFM. */
export function bitfield(opc: number): Builder {
  return (d) => {
    const sf = fld(d, 'sf', 1);
    const N = fld(d, 'N', sf);
    const immr = fld(d, 'immr');
    const imms = fld(d, 'imms');
    if (N !== sf || (sf === 0 && (immr >= 32 || imms >= 32))) return undefinedOp(d.word);
    const masks = decodeBitMasks(N, imms, immr, false, sf ? 64 : 32);
    if (!masks) return undefinedOp(d.word);
    const [wl, wh] = halves(masks.wmask);
    const [tl, th] = halves(masks.tmask);
    const n = rz(fld(d, 'Rn'));
    const t = wz(fld(d, 'Rd'));
    const rdRead = fld(d, 'Rd');
    if (sf === 0) {
      return (c) => {
        const x = c.x;
        const src = x[2 * n]!;
        const rot = ror32(src, immr);
        let r: number;
        if (opc === 2) r = rot & wl & tl;
        else if (opc === 0) {
          const top = ((src >>> imms) & 1) ? -1 : 0;
          r = (top & ~tl) | (rot & wl & tl);
        } else {
          const dst = x[2 * rdRead]!;
          const bot = (dst & ~wl) | (rot & wl);
          r = (dst & ~tl) | (bot & tl);
        }
        x[2 * t] = r; x[2 * t + 1] = 0;
        c.pc += 4;
      };
    }
    return (c) => {
      const x = c.x;
      const sl = x[2 * n]!, sh = x[2 * n + 1]!;
      ror64(sl, sh, immr);
      const bl = R[0] & wl, bh = R[1] & wh;
      let rl: number, rh: number;
      if (opc === 2) { rl = bl & tl; rh = bh & th; }
      else if (opc === 0) {
        const bit = imms < 32 ? (sl >>> imms) & 1 : (sh >>> (imms - 32)) & 1;
        const top = bit ? -1 : 0;
        rl = (top & ~tl) | (bl & tl); rh = (top & ~th) | (bh & th);
      } else {
        const dl = x[2 * rdRead]!, dh = x[2 * rdRead + 1]!;
        const botl = (dl & ~wl) | bl, both = (dh & ~wh) | bh;
        rl = (dl & ~tl) | (botl & tl); rh = (dh & ~th) | (both & th);
      }
      x[2 * t] = rl; x[2 * t + 1] = rh;
      c.pc += 4;
    };
  };
}

export const extract: Builder = (d) => {
  const sf = fld(d, 'sf', 1);
  const lsb = fld(d, 'imms');
  if (fld(d, 'N', sf) !== sf || (sf === 0 && lsb >= 32)) return undefinedOp(d.word);
  const n = rz(fld(d, 'Rn')), m = rz(fld(d, 'Rm')), t = wz(fld(d, 'Rd'));
  if (sf === 0) {
    return (c) => {
      const x = c.x;
      const lo = x[2 * m]!, hi = x[2 * n]!;
      x[2 * t] = lsb === 0 ? lo : (lo >>> lsb) | (hi << (32 - lsb));
      x[2 * t + 1] = 0;
      c.pc += 4;
    };
  }
  return (c) => {
    const x = c.x;
    const ml = x[2 * m]!, mh = x[2 * m + 1]!, nl = x[2 * n]!, nh = x[2 * n + 1]!;
    if (lsb === 0) { x[2 * t] = ml; x[2 * t + 1] = mh; }
    else {
      lsr64(ml, mh, lsb);
      const al = R[0], ah = R[1];
      lsl64(nl, nh, 64 - lsb);
      x[2 * t] = al | R[0]; x[2 * t + 1] = ah | R[1];
    }
    c.pc += 4;
  };
};

// --- Register -----------------------------------------------------------------------------------------------

/** opc: 0 AND, 1 ORR, 2 EOR, 3 ANDS; invert: BIC, ORN, EON, BICS. */
export function logicalShifted(opc: number, invert: boolean): Builder {
  return (d) => {
    const sf = fld(d, 'sf', 1);
    const amount = fld(d, 'imm6');
    if (sf === 0 && amount >= 32) return undefinedOp(d.word);
    const type = fld(d, 'shift');
    const n = rz(fld(d, 'Rn')), m = rz(fld(d, 'Rm')), t = wz(fld(d, 'Rd'));
    const setFlags = opc === 3;
    if (opc === 1 && !invert && n === 31 && amount === 0) {
      // MOV (register): the hottest logical form.
      if (sf) return (c) => { const x = c.x; x[2 * t] = x[2 * m]!; x[2 * t + 1] = x[2 * m + 1]!; c.pc += 4; };
      return (c) => { const x = c.x; x[2 * t] = x[2 * m]!; x[2 * t + 1] = 0; c.pc += 4; };
    }
    const op = logicOp(opc);
    if (sf === 0) {
      return (c) => {
        const x = c.x;
        let b = shift32(x[2 * m]!, type, amount);
        if (invert) b = ~b;
        const r = op(x[2 * n]!, b);
        if (setFlags) { c.flagKind = FLAGS_LOGIC32; c.frl = r; }
        x[2 * t] = r; x[2 * t + 1] = 0;
        c.pc += 4;
      };
    }
    return (c) => {
      const x = c.x;
      shift64(x[2 * m]!, x[2 * m + 1]!, type, amount);
      let bl = R[0], bh = R[1];
      if (invert) { bl = ~bl; bh = ~bh; }
      const rl = op(x[2 * n]!, bl), rh = op(x[2 * n + 1]!, bh);
      if (setFlags) { c.flagKind = FLAGS_LOGIC64; c.frl = rl; c.frh = rh; }
      x[2 * t] = rl; x[2 * t + 1] = rh;
      c.pc += 4;
    };
  };
}

export function addSubShifted(sub: boolean, setFlags: boolean): Builder {
  return (d) => {
    const sf = fld(d, 'sf', 1);
    const type = fld(d, 'shift');
    const amount = fld(d, 'imm6');
    if (type === 3 || (sf === 0 && amount >= 32)) return undefinedOp(d.word);
    const n = rz(fld(d, 'Rn')), m = rz(fld(d, 'Rm')), t = wz(fld(d, 'Rd'));
    if (sf === 0) {
      return (c) => {
        const x = c.x;
        x[2 * t] = addSub32(c, x[2 * n]!, shift32(x[2 * m]!, type, amount), sub, setFlags);
        x[2 * t + 1] = 0;
        c.pc += 4;
      };
    }
    if (amount === 0) {
      return (c) => {
        const x = c.x;
        addSub64(c, x[2 * n]!, x[2 * n + 1]!, x[2 * m]!, x[2 * m + 1]!, sub, setFlags);
        x[2 * t] = R[0]; x[2 * t + 1] = R[1];
        c.pc += 4;
      };
    }
    return (c) => {
      const x = c.x;
      shift64(x[2 * m]!, x[2 * m + 1]!, type, amount);
      addSub64(c, x[2 * n]!, x[2 * n + 1]!, R[0], R[1], sub, setFlags);
      x[2 * t] = R[0]; x[2 * t + 1] = R[1];
      c.pc += 4;
    };
  };
}

export function addSubExtended(sub: boolean, setFlags: boolean): Builder {
  return (d) => {
    const sf = fld(d, 'sf', 1);
    const option = fld(d, 'option');
    const shift = fld(d, 'imm3');
    if (shift > 4) return undefinedOp(d.word);
    const n = rsp(fld(d, 'Rn')), m = rz(fld(d, 'Rm'));
    const t = setFlags ? wz(fld(d, 'Rd')) : rsp(fld(d, 'Rd'));
    return (c) => {
      const x = c.x;
      extend64(x[2 * m]!, x[2 * m + 1]!, option, shift);
      if (sf === 0) {
        x[2 * t] = addSub32(c, x[2 * n]!, R[0], sub, setFlags);
        x[2 * t + 1] = 0;
      } else {
        addSub64(c, x[2 * n]!, x[2 * n + 1]!, R[0], R[1], sub, setFlags);
        x[2 * t] = R[0]; x[2 * t + 1] = R[1];
      }
      c.pc += 4;
    };
  };
}

/** ADC/ADCS/SBC/SBCS: flags computed eagerly (carry-in makes the lazy forms inexact). */
export function addSubCarry(sub: boolean, setFlags: boolean): Builder {
  return (d) => {
    const sf = fld(d, 'sf', 1);
    const n = rz(fld(d, 'Rn')), m = rz(fld(d, 'Rm')), t = wz(fld(d, 'Rd'));
    return (c) => {
      const x = c.x;
      const cin = (c.getNZCV() >> 1) & 1;
      const al = x[2 * n]!;
      let bl = x[2 * m]!;
      if (sub) bl = ~bl;
      if (sf === 0) {
        const s = (al >>> 0) + (bl >>> 0) + cin;
        const r = s | 0;
        if (setFlags) {
          const v = ((~(al ^ bl)) & (al ^ r)) < 0 ? 1 : 0;
          c.setNZCV((r < 0 ? 8 : 0) | (r === 0 ? 4 : 0) | (s > 0xffffffff ? 2 : 0) | v);
        }
        x[2 * t] = r; x[2 * t + 1] = 0;
      } else {
        const ah = x[2 * n + 1]!;
        let bh = x[2 * m + 1]!;
        if (sub) bh = ~bh;
        const sl = (al >>> 0) + (bl >>> 0) + cin;
        const sh = (ah >>> 0) + (bh >>> 0) + (sl > 0xffffffff ? 1 : 0);
        const rl = sl | 0, rh = sh | 0;
        if (setFlags) {
          const v = ((~(ah ^ bh)) & (ah ^ rh)) < 0 ? 1 : 0;
          c.setNZCV((rh < 0 ? 8 : 0) | ((rl | rh) === 0 ? 4 : 0) | (sh > 0xffffffff ? 2 : 0) | v);
        }
        x[2 * t] = rl; x[2 * t + 1] = rh;
      }
      c.pc += 4;
    };
  };
}

/** CCMP/CCMN, register or immediate second operand. */
export function conditionalCompare(sub: boolean, immediate: boolean): Builder {
  return (d) => {
    const sf = fld(d, 'sf', 1);
    const cond = fld(d, 'cond');
    const nzcv = fld(d, 'nzcv');
    const n = rz(fld(d, 'Rn'));
    const imm = immediate ? fld(d, 'imm5') : 0;
    const m = immediate ? 0 : rz(fld(d, 'Rm'));
    return (c) => {
      if (!c.conditionHolds(cond)) { c.setNZCV(nzcv); c.pc += 4; return; }
      const x = c.x;
      const bl = immediate ? imm : x[2 * m]!;
      if (sf === 0) addSub32(c, x[2 * n]!, bl, sub, true);
      else addSub64(c, x[2 * n]!, x[2 * n + 1]!, bl, immediate ? 0 : x[2 * m + 1]!, sub, true);
      c.pc += 4;
    };
  };
}

/** kind: 0 CSEL, 1 CSINC, 2 CSINV, 3 CSNEG. */
export function conditionalSelect(kind: number): Builder {
  return (d) => {
    const sf = fld(d, 'sf', 1);
    const cond = fld(d, 'cond');
    const n = rz(fld(d, 'Rn')), m = rz(fld(d, 'Rm')), t = wz(fld(d, 'Rd'));
    return (c) => {
      const x = c.x;
      let rl: number, rh: number;
      if (c.conditionHolds(cond)) { rl = x[2 * n]!; rh = x[2 * n + 1]!; }
      else {
        rl = x[2 * m]!; rh = x[2 * m + 1]!;
        if (kind === 1) { add64(rl, rh, 1, 0, 0); rl = R[0]; rh = R[1]; }
        else if (kind === 2) { rl = ~rl; rh = ~rh; }
        else if (kind === 3) { add64(~rl, ~rh, 1, 0, 0); rl = R[0]; rh = R[1]; }
      }
      x[2 * t] = rl; x[2 * t + 1] = sf ? rh : 0;
      c.pc += 4;
    };
  };
}

/** MADD/MSUB. */
export function multiplyAdd(subtract: boolean): Builder {
  return (d) => {
    const sf = fld(d, 'sf', 1);
    const n = rz(fld(d, 'Rn')), m = rz(fld(d, 'Rm')), a = rz(fld(d, 'Ra')), t = wz(fld(d, 'Rd'));
    if (sf === 0) {
      return (c) => {
        const x = c.x;
        const p = Math.imul(x[2 * n]!, x[2 * m]!);
        x[2 * t] = subtract ? (x[2 * a]! - p) | 0 : (x[2 * a]! + p) | 0;
        x[2 * t + 1] = 0;
        c.pc += 4;
      };
    }
    return (c) => {
      const x = c.x;
      mul64(x[2 * n]!, x[2 * n + 1]!, x[2 * m]!, x[2 * m + 1]!);
      let pl = R[0], ph = R[1];
      if (subtract) { add64(~pl, ~ph, 1, 0, 0); pl = R[0]; ph = R[1]; }
      add64(x[2 * a]!, x[2 * a + 1]!, pl, ph, 0);
      x[2 * t] = R[0]; x[2 * t + 1] = R[1];
      c.pc += 4;
    };
  };
}

/** SMADDL/SMSUBL/UMADDL/UMSUBL: 32x32 -> 64 plus Xa. */
export function multiplyAddLong(signed: boolean, subtract: boolean): Builder {
  return (d) => {
    const n = rz(fld(d, 'Rn')), m = rz(fld(d, 'Rm')), a = rz(fld(d, 'Ra')), t = wz(fld(d, 'Rd'));
    return (c) => {
      const x = c.x;
      const p = x[2 * n]!, q = x[2 * m]!;
      umul32(p, q);
      let pl = R[0], ph = R[1];
      if (signed) ph = (ph - (p < 0 ? q : 0) - (q < 0 ? p : 0)) | 0;
      if (subtract) { add64(~pl, ~ph, 1, 0, 0); pl = R[0]; ph = R[1]; }
      add64(x[2 * a]!, x[2 * a + 1]!, pl, ph, 0);
      x[2 * t] = R[0]; x[2 * t + 1] = R[1];
      c.pc += 4;
    };
  };
}

export function multiplyHigh(signed: boolean): Builder {
  return (d) => {
    const n = rz(fld(d, 'Rn')), m = rz(fld(d, 'Rm')), t = wz(fld(d, 'Rd'));
    return (c) => {
      const x = c.x;
      mulHigh(x[2 * n]!, x[2 * n + 1]!, x[2 * m]!, x[2 * m + 1]!, signed);
      x[2 * t] = R[0]; x[2 * t + 1] = R[1];
      c.pc += 4;
    };
  };
}

export function divide(signed: boolean): Builder {
  return (d) => {
    const sf = fld(d, 'sf', 1);
    const n = rz(fld(d, 'Rn')), m = rz(fld(d, 'Rm')), t = wz(fld(d, 'Rd'));
    return (c) => {
      const x = c.x;
      if (sf === 0) { x[2 * t] = div32(x[2 * n]!, x[2 * m]!, signed); x[2 * t + 1] = 0; }
      else {
        div64(x[2 * n]!, x[2 * n + 1]!, x[2 * m]!, x[2 * m + 1]!, signed);
        x[2 * t] = R[0]; x[2 * t + 1] = R[1];
      }
      c.pc += 4;
    };
  };
}

/** LSLV/LSRV/ASRV/RORV: type 0..3; the amount is Rm modulo the data size. */
export function shiftVariable(type: number): Builder {
  return (d) => {
    const sf = fld(d, 'sf', 1);
    const n = rz(fld(d, 'Rn')), m = rz(fld(d, 'Rm')), t = wz(fld(d, 'Rd'));
    return (c) => {
      const x = c.x;
      if (sf === 0) { x[2 * t] = shift32(x[2 * n]!, type, x[2 * m]! & 31); x[2 * t + 1] = 0; }
      else {
        shift64(x[2 * n]!, x[2 * n + 1]!, type, x[2 * m]! & 63);
        x[2 * t] = R[0]; x[2 * t + 1] = R[1];
      }
      c.pc += 4;
    };
  };
}

/** CRC32B/H/W/X and CRC32C*: bytes 1, 2, 4, 8. */
export function crc32(bytes: number, castagnoli: boolean): Builder {
  return (d) => {
    const n = rz(fld(d, 'Rn')), m = rz(fld(d, 'Rm')), t = wz(fld(d, 'Rd'));
    return (c) => {
      const x = c.x;
      x[2 * t] = crcUpdate(x[2 * n]!, x[2 * m]!, x[2 * m + 1]!, bytes, castagnoli);
      x[2 * t + 1] = 0;
      c.pc += 4;
    };
  };
}

export type OneSourceKind = 'rbit' | 'rev16' | 'rev32' | 'rev' | 'clz' | 'cls' | 'ctz' | 'cnt' | 'abs';

export function oneSource(kind: OneSourceKind): Builder {
  return (d) => {
    const sf = fld(d, 'sf', 1);
    const n = rz(fld(d, 'Rn')), t = wz(fld(d, 'Rd'));
    if (sf === 0 && kind === 'rev32') return undefinedOp(d.word);
    return (c) => {
      const x = c.x;
      const lo = x[2 * n]!, hi = x[2 * n + 1]!;
      let rl = 0, rh = 0;
      if (sf === 0) {
        switch (kind) {
          case 'rbit': rl = rbit32(lo); break;
          case 'rev16': rl = rev16(lo); break;
          case 'rev': rl = rev32(lo); break;
          case 'clz': rl = Math.clz32(lo); break;
          case 'ctz': rl = lo === 0 ? 32 : 31 - Math.clz32(lo & -lo); break;
          case 'cnt': rl = popcount32(lo); break;
          case 'abs': rl = lo < 0 ? -lo | 0 : lo; break;
          default: rl = cls32(lo);
        }
      } else {
        switch (kind) {
          case 'rbit': rl = rbit32(hi); rh = rbit32(lo); break;
          case 'rev16': rl = rev16(lo); rh = rev16(hi); break;
          case 'rev32': rl = rev32(lo); rh = rev32(hi); break;
          case 'rev': rl = rev32(hi); rh = rev32(lo); break;
          case 'clz': rl = clz64(lo, hi); break;
          case 'ctz': rl = lo !== 0 ? 31 - Math.clz32(lo & -lo) : hi !== 0 ? 63 - Math.clz32(hi & -hi) : 64; break;
          case 'cnt': rl = popcount32(lo) + popcount32(hi); break;
          case 'abs':
            if (hi < 0) { add64(~lo, ~hi, 1, 0, 0); rl = R[0]!; rh = R[1]!; } else { rl = lo; rh = hi; }
            break;
          default: rl = cls64(lo, hi);
        }
      }
      x[2 * t] = rl; x[2 * t + 1] = rh;
      c.pc += 4;
    };
  };
}


/** RMIF Xn, #shift, #mask (FEAT_FlagM): rotate Xn right and insert the selected low 4 bits into NZCV. */
export const rotateMaskInsertFlags: Builder = (d) => {
  const n = rz(fld(d, 'Rn'));
  const shift = fld(d, 'imm6');
  const mask = fld(d, 'mask');
  return (c) => {
    ror64(c.x[2 * n]!, c.x[2 * n + 1]!, shift);
    const bits = R[0] & 15;
    c.setNZCV((c.getNZCV() & ~mask) | (bits & mask));
    c.pc += 4;
  };
};

/** SETF8/SETF16 (FEAT_FlagM): N = bit 7/15, Z = low byte/halfword is zero, V = bit 8/16 XOR bit 7/15; C kept. */
export function setFlagsFromByte(bits: 8 | 16): Builder {
  return (d) => {
    const n = rz(fld(d, 'Rn'));
    return (c) => {
      const v = c.x[2 * n]!;
      const top = (v >>> (bits - 1)) & 1;
      const nz = (top << 3) | ((v & ((1 << bits) - 1)) === 0 ? 4 : 0);
      const ov = ((v >>> bits) & 1) ^ top;
      c.setNZCV(nz | (c.getNZCV() & 2) | ov);
      c.pc += 4;
    };
  };
}

function popcount32(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** SMAX/SMIN/UMAX/UMIN (FEAT_CSSC), register or 8-bit immediate (signed for SMAX/SMIN). */
export function minMax(signed: boolean, max: boolean, immediate: boolean): Builder {
  return (d) => {
    const sf = fld(d, 'sf', 1);
    const n = rz(fld(d, 'Rn')), t = wz(fld(d, 'Rd'));
    const m = immediate ? 0 : rz(fld(d, 'Rm'));
    const imm = immediate ? (signed ? signExtend(fld(d, 'imm8'), 8) : fld(d, 'imm8')) : 0;
    return (c) => {
      const x = c.x;
      const al = x[2 * n]!, ah = sf ? x[2 * n + 1]! : signed ? al >> 31 : 0;
      const bl = immediate ? imm | 0 : x[2 * m]!;
      const bh = immediate ? (imm < 0 ? -1 : 0) : sf ? x[2 * m + 1]! : signed ? bl >> 31 : 0;
      let less: boolean;
      if (ah !== bh) less = signed ? ah < bh : ah >>> 0 < bh >>> 0;
      else less = al >>> 0 < bl >>> 0;
      const pickA = max ? !less : less;
      x[2 * t] = pickA ? al : bl;
      x[2 * t + 1] = sf ? (pickA ? ah : bh) : 0;
      c.pc += 4;
    };
  };
}
