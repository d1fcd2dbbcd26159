// Semantics of FEAT_I8MM (emulator/isa/groups/simdI8mm.ts): SMMLA/UMMLA/USMMLA add, to each word (i, j) of the 2x2
// matrix in Vd, the dot product of the eight bytes of row i of Vn (bytes 8i..8i+7) and row j of Vm; USDOT/SUDOT add
// four mixed-sign byte products to each word (by element: one 4-byte group of Vm for every word). Sums wrap modulo
// 2^32 as the Arm ARM's integer accumulation does; 64-bit forms zero the upper half of Vd.

import type { Cpu } from '../cpu.js';
import type { Builder } from './common.js';
import type { SimdI8mmFormId } from '../../isa/groups/simdI8mm.js';

const byte = (c: Cpu, reg: number, i: number, signed: boolean): number => {
  const b = c.v[reg * 16 + i]!;
  return signed ? (b << 24) >> 24 : b;
};

function mmla(nSigned: boolean, mSigned: boolean): Builder {
  return (d) => {
    const w = d.word, Rd = w & 31, Rn = (w >>> 5) & 31, Rm = (w >>> 16) & 31;
    return (c) => {
      const out: number[] = [];
      for (let i = 0; i < 2; i++) {
        for (let j = 0; j < 2; j++) {
          let sum = c.vView.getInt32(Rd * 16 + 4 * (2 * i + j), true);
          for (let k = 0; k < 8; k++) sum += byte(c, Rn, 8 * i + k, nSigned) * byte(c, Rm, 8 * j + k, mSigned);
          out.push(sum | 0);
        }
      }
      out.forEach((v, i) => c.vView.setInt32(Rd * 16 + 4 * i, v, true));
      c.pc += 4;
    };
  };
}

function dot(nSigned: boolean, mSigned: boolean, byElement: boolean): Builder {
  return (d) => {
    const w = d.word, Rd = w & 31, Rn = (w >>> 5) & 31, Rm = (w >>> 16) & 31, n = (w >>> 30) & 1 ? 4 : 2;
    const group = byElement ? (((w >>> 11) & 1) << 1) | ((w >>> 21) & 1) : -1;
    return (c) => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) {
        let sum = c.vView.getInt32(Rd * 16 + 4 * i, true);
        const g = group < 0 ? i : group;
        for (let k = 0; k < 4; k++) sum += byte(c, Rn, 4 * i + k, nSigned) * byte(c, Rm, 4 * g + k, mSigned);
        out.push(sum | 0);
      }
      c.v.fill(0, Rd * 16, Rd * 16 + 16);
      out.forEach((v, i) => c.vView.setInt32(Rd * 16 + 4 * i, v, true));
      c.pc += 4;
    };
  };
}

export const i8mmSemantics: Record<SimdI8mmFormId, Builder> = {
  SMMLA: mmla(true, true), UMMLA: mmla(false, false), USMMLA: mmla(false, true),
  USDOT_vec: dot(false, true, false), USDOT_elem: dot(false, true, true), SUDOT_elem: dot(true, false, true),
};
