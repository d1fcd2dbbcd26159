// Semantics of FEAT_RDM (emulator/isa/groups/simdRdm.ts): SQRDMLAH/SQRDMLSH, vector, scalar and by element. Per
// the Arm ARM, each element computes (Vd << esize) +/- 2*Vn*Vm + (1 << (esize-1)), shifts it right by esize and
// saturates to a signed esize-bit value (setting FPSR.QC when it saturates); exact with BigInts. 64-bit vector
// and scalar results zero the rest of the 128-bit register. No form faults: each op ends at the next instruction.

import type { Cpu, Op } from '../cpu.js';
import type { Builder } from './common.js';
import type { SimdRdmFormId } from '../../isa/groups/simdRdm.js';

const QC = 1 << 27;

function readLane(c: Cpu, reg: number, esize: number, index: number): bigint {
  const off = reg * 16 + index * (esize >> 3);
  return BigInt(esize === 16 ? c.vView.getInt16(off, true) : c.vView.getInt32(off, true));
}

/** One element: the rounded, saturated high half of (acc << e) +/- 2*a*b. */
function element(c: Cpu, acc: bigint, a: bigint, b: bigint, e: number, subtract: boolean): bigint {
  const product = 2n * a * b;
  const sum = (acc << BigInt(e)) + (subtract ? -product : product) + (1n << BigInt(e - 1));
  const r = sum >> BigInt(e);
  const max = (1n << BigInt(e - 1)) - 1n;
  if (r > max) { c.fpsr |= QC; return max; }
  if (r < -max - 1n) { c.fpsr |= QC; return -max - 1n; }
  return r;
}

/** `byElement`: Vm is one element (register and index decoded from H:L:M / M:Rm as for SQRDMULH). */
function rdm(subtract: boolean, scalar: boolean, byElement: boolean): Builder {
  return (d) => {
    const w = d.word, Rd = w & 31, Rn = (w >>> 5) & 31, size = (w >>> 22) & 3, e = 8 << size;
    const n = scalar ? 1 : ((w >>> 30) & 1 ? 128 : 64) / e;
    const H = (w >>> 11) & 1, L = (w >>> 21) & 1, M = (w >>> 20) & 1;
    const Rm = byElement ? (size === 1 ? (w >>> 16) & 15 : (w >>> 16) & 31) : (w >>> 16) & 31;
    const index = byElement ? (size === 1 ? (H << 2) | (L << 1) | M : (H << 1) | L) : -1;
    const op: Op = (c) => {
      const out: bigint[] = [];
      const bElem = index >= 0 ? readLane(c, Rm, e, index) : 0n;
      for (let i = 0; i < n; i++) {
        const b = index >= 0 ? bElem : readLane(c, Rm, e, i);
        out.push(element(c, readLane(c, Rd, e, i), readLane(c, Rn, e, i), b, e, subtract));
      }
      const base = Rd * 16;
      c.v.fill(0, base, base + 16);
      for (let i = 0; i < n; i++) {
        if (e === 16) c.vView.setInt16(base + 2 * i, Number(out[i]!), true);
        else c.vView.setInt32(base + 4 * i, Number(out[i]!), true);
      }
      c.pc += 4;
    };
    return op;
  };
}

export const simdRdmSemantics: Record<SimdRdmFormId, Builder> = {
  SQRDMLAH_vec: rdm(false, false, false),
  SQRDMLSH_vec: rdm(true, false, false),
  SQRDMLAH_scalar: rdm(false, true, false),
  SQRDMLSH_scalar: rdm(true, true, false),
  SQRDMLAH_elem: rdm(false, false, true),
  SQRDMLSH_elem: rdm(true, false, true),
  SQRDMLAH_elem_scalar: rdm(false, true, true),
  SQRDMLSH_elem_scalar: rdm(true, true, true),
};
