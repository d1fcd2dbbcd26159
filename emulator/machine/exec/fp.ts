// Floating-point semantics (scalar FP and Advanced SIMD floating-point vector forms of emulator/isa/groups/
// simdFloat*.ts) built on the soft-float helpers of ../fp.ts: every result and FPSR flag follows the Arm ARM's
// pseudocode under the current FPCR. Scalar writes clear the rest of the 128-bit register; vector writes of a
// 64-bit arrangement clear the upper half.

import type { Cpu } from '../cpu.js';
import * as fpModule from '../fp.js';
import type { Fmt, Rounding } from '../fp.js';
import { type Builder, type DecodeInput, put32, put64, wz } from './common.js';

/** The soft-float helpers as plain properties (a module namespace's getters are slow in hot paths under CJS).*/
const fp = { ...fpModule };

const { H, S, D } = fp;

// --- Register access ------------------------------------------------------------------------------------------

export function getElem(c: Cpu, reg: number, index: number, bits: number): bigint {
  const off = reg * 16 + index * (bits >> 3);
  const v = c.vView;
  if (bits === 64) return v.getBigUint64(off, true);
  if (bits === 32) return BigInt(v.getUint32(off, true));
  if (bits === 16) return BigInt(v.getUint16(off, true));
  return BigInt(v.getUint8(off));
}

export function setElem(c: Cpu, reg: number, index: number, bits: number, value: bigint): void {
  const off = reg * 16 + index * (bits >> 3);
  const v = c.vView;
  if (bits === 64) v.setBigUint64(off, BigInt.asUintN(64, value), true);
  else if (bits === 32) v.setUint32(off, Number(BigInt.asUintN(32, value)), true);
  else if (bits === 16) v.setUint16(off, Number(BigInt.asUintN(16, value)), true);
  else v.setUint8(off, Number(BigInt.asUintN(8, value)));
}

/** Writes a scalar and clears the rest of the 128-bit register. */
export function setScalar(c: Cpu, reg: number, bits: number, value: bigint): void {
  c.v.fill(0, reg * 16, reg * 16 + 16);
  setElem(c, reg, 0, bits, value);
}

function getX(c: Cpu, n: number): bigint {
  return n === 31 ? 0n : c.getBig(n);
}

function setGpr(c: Cpu, n: number, is64: boolean, value: bigint): void {
  const slot = wz(n);
  if (is64) put64(c, slot, Number(value & 0xffffffffn) | 0, Number((value >> 32n) & 0xffffffffn) | 0);
  else put32(c, slot, Number(value & 0xffffffffn) | 0);
}

// --- Form helpers ---------------------------------------------------------------------------------------------

/** The format of a typed form: '_h' ids are half precision, others single or double by ftype0. */
function fmtOf(d: DecodeInput): Fmt {
  if (d.id.endsWith('_h')) return H;
  return d.f['ftype0'] ? D : S;
}

type Make = (fmt: Fmt, d: DecodeInput) => (c: Cpu) => void;

/** Builder that advances the pc after the operation. */
function op(make: Make): Builder {
  return (d) => {
    const run = make(fmtOf(d), d);
    return (c) => { run(c); c.pc += 4; };
  };
}

type Pair<N extends string> = Record<N | `${N}_h`, Builder>;
function both<N extends string>(name: N, b: Builder): Pair<N> {
  return { [name]: b, [`${name}_h`]: b } as Pair<N>;
}

function unary(fn: (x: bigint, f: Fmt, c: Cpu) => bigint): Builder {
  return op((f, d) => {
    const rd = d.f['Rd']!, rn = d.f['Rn']!;
    return (c) => setScalar(c, rd, f.N, fn(getElem(c, rn, 0, f.N), f, c));
  });
}

function binary(fn: (x: bigint, y: bigint, f: Fmt, c: Cpu) => bigint, fast?: number): Builder {
  return op((f, d) => {
    const rd = d.f['Rd']!, rn = d.f['Rn']!, rm = d.f['Rm']!;
    if (fast !== undefined && f !== H) {
      // fp.fastArith: plain JavaScript arithmetic when FPCR and the operands allow it, else the exact path.
      const single = f === S;
      return (c) => {
        const v = c.vView;
        const a = single ? v.getFloat32(rn * 16, true) : v.getFloat64(rn * 16, true);
        const b = single ? v.getFloat32(rm * 16, true) : v.getFloat64(rm * 16, true);
        const r = fp.fastArith(fast, a, b, single, c);
        if (r === undefined) { setScalar(c, rd, f.N, fn(getElem(c, rn, 0, f.N), getElem(c, rm, 0, f.N), f, c)); return; }
        c.v.fill(0, rd * 16, rd * 16 + 16);
        if (single) v.setFloat32(rd * 16, r, true); else v.setFloat64(rd * 16, r, true);
      };
    }
    return (c) => setScalar(c, rd, f.N, fn(getElem(c, rn, 0, f.N), getElem(c, rm, 0, f.N), f, c));
  });
}

function ternary(negAddend: boolean, negProduct: boolean): Builder {
  return op((f, d) => {
    const rd = d.f['Rd']!, rn = d.f['Rn']!, rm = d.f['Rm']!, ra = d.f['Ra']!;
    return (c) => {
      let a = getElem(c, ra, 0, f.N);
      let n = getElem(c, rn, 0, f.N);
      if (negAddend) a = fp.neg(a, f);
      if (negProduct) n = fp.neg(n, f);
      setScalar(c, rd, f.N, fp.mulAdd(a, n, getElem(c, rm, 0, f.N), f, c));
    };
  });
}

function compareOp(withZero: boolean, signal: boolean): Builder {
  return op((f, d) => {
    const rn = d.f['Rn']!, rm = d.f['Rm'] ?? 0;
    return (c) => c.setNZCV(fp.compare(getElem(c, rn, 0, f.N), withZero ? 0n : getElem(c, rm, 0, f.N), f, c, signal));
  });
}

function condCompare(signal: boolean): Builder {
  return op((f, d) => {
    const rn = d.f['Rn']!, rm = d.f['Rm']!, cond = d.f['cond']!, nzcv = d.f['nzcv']!;
    return (c) => c.setNZCV(c.conditionHolds(cond) ? fp.compare(getElem(c, rn, 0, f.N), getElem(c, rm, 0, f.N), f, c, signal) : nzcv);
  });
}

function toIntOp(rounding: Rounding | 'fpcr', unsigned: boolean, fixedPoint: boolean): Builder {
  return op((f, d) => {
    const rd = d.f['Rd']!, rn = d.f['Rn']!, sf = d.f['sf']!;
    const fb = fixedPoint ? 64 - d.f['scale']! : 0;
    const bits = sf ? 64 : 32;
    return (c) => {
      const r = rounding === 'fpcr' ? fp.roundingOf(c) : rounding;
      setGpr(c, rd, sf === 1, fp.toFixed(getElem(c, rn, 0, f.N), f, fb, unsigned, bits, r, c));
    };
  });
}

function fromIntOp(unsigned: boolean, fixedPoint: boolean): Builder {
  return op((f, d) => {
    const rd = d.f['Rd']!, rn = d.f['Rn']!, sf = d.f['sf']!;
    const fb = fixedPoint ? 64 - d.f['scale']! : 0;
    const bits = sf ? 64 : 32;
    return (c) => setScalar(c, rd, f.N, fp.fromFixed(BigInt.asUintN(bits, getX(c, rn)), bits, fb, unsigned, f, fp.roundingOf(c), c));
  });
}

const roundIntOp = (rounding: Rounding | 'fpcr', exact: boolean): Builder =>
  unary((x, f, c) => fp.roundInt(x, f, rounding === 'fpcr' ? fp.roundingOf(c) : rounding, exact, c));

const roundIntNOp = (rounding: Rounding | 'fpcr', intBits: number): Builder =>
  unary((x, f, c) => fp.roundIntN(x, f, rounding === 'fpcr' ? fp.roundingOf(c) : rounding, intBits, c));

const FCVT_FORMATS: readonly (Fmt | undefined)[] = [S, D, undefined, H];

export const fpScalarSemantics = {
  ...both('FMOV_reg', unary((x) => x)),
  ...both('FABS', unary((x, f) => fp.abs(x, f))),
  ...both('FNEG', unary((x, f) => fp.neg(x, f))),
  ...both('FSQRT', unary((x, f, c) => fp.sqrt(x, f, c))),
  ...both('FRINTN', roundIntOp(fp.RN, false)),
  ...both('FRINTP', roundIntOp(fp.RP, false)),
  ...both('FRINTM', roundIntOp(fp.RM, false)),
  ...both('FRINTZ', roundIntOp(fp.RZ, false)),
  ...both('FRINTA', roundIntOp(fp.RA, false)),
  ...both('FRINTX', roundIntOp('fpcr', true)),
  ...both('FRINTI', roundIntOp('fpcr', false)),
  FRINT32Z: roundIntNOp(fp.RZ, 32),
  FRINT32X: roundIntNOp('fpcr', 32),
  FRINT64Z: roundIntNOp(fp.RZ, 64),
  FRINT64X: roundIntNOp('fpcr', 64),
  FCVT: ((d) => {
    const from = FCVT_FORMATS[d.f['ftype']!]!, to = FCVT_FORMATS[d.f['opc']!]!;
    const rd = d.f['Rd']!, rn = d.f['Rn']!;
    return (c) => {
      setScalar(c, rd, to.N, fp.convert(getElem(c, rn, 0, from.N), from, to, fp.roundingOf(c), c));
      c.pc += 4;
    };
  }) as Builder,
  BFCVT: ((d) => {
    const rd = d.f['Rd']!, rn = d.f['Rn']!;
    return (c) => {
      setScalar(c, rd, 16, fp.convert(getElem(c, rn, 0, 32), S, fp.BF, fp.roundingOf(c), c));
      c.pc += 4;
    };
  }) as Builder,
  ...both('FMUL', binary((x, y, f, c) => fp.mul(x, y, f, c), 2)),
  ...both('FDIV', binary((x, y, f, c) => fp.div(x, y, f, c), 3)),
  ...both('FADD', binary((x, y, f, c) => fp.add(x, y, f, c), 0)),
  ...both('FSUB', binary((x, y, f, c) => fp.sub(x, y, f, c), 1)),
  ...both('FMAX', binary((x, y, f, c) => fp.maxMin(x, y, f, c, true))),
  ...both('FMIN', binary((x, y, f, c) => fp.maxMin(x, y, f, c, false))),
  ...both('FMAXNM', binary((x, y, f, c) => fp.maxMinNum(x, y, f, c, true))),
  ...both('FMINNM', binary((x, y, f, c) => fp.maxMinNum(x, y, f, c, false))),
  ...both('FNMUL', binary((x, y, f, c) => fp.neg(fp.mul(x, y, f, c), f))),
  ...both('FMADD', ternary(false, false)),
  ...both('FMSUB', ternary(false, true)),
  ...both('FNMADD', ternary(true, true)),
  ...both('FNMSUB', ternary(true, false)),
  ...both('FCMP', compareOp(false, false)),
  ...both('FCMP_zero', compareOp(true, false)),
  ...both('FCMPE', compareOp(false, true)),
  ...both('FCMPE_zero', compareOp(true, true)),
  ...both('FCCMP', condCompare(false)),
  ...both('FCCMPE', condCompare(true)),
  ...both('FCSEL', op((f, d) => {
    const rd = d.f['Rd']!, rn = d.f['Rn']!, rm = d.f['Rm']!, cond = d.f['cond']!;
    return (c) => setScalar(c, rd, f.N, getElem(c, c.conditionHolds(cond) ? rn : rm, 0, f.N));
  })),
  ...both('FMOV_imm', op((f, d) => {
    const rd = d.f['Rd']!;
    const value = fp.expandImm(d.f['imm8']!, f);
    return (c) => setScalar(c, rd, f.N, value);
  })),
  ...both('FCVTNS', toIntOp(fp.RN, false, false)),
  ...both('FCVTNU', toIntOp(fp.RN, true, false)),
  ...both('FCVTAS', toIntOp(fp.RA, false, false)),
  ...both('FCVTAU', toIntOp(fp.RA, true, false)),
  ...both('FCVTPS', toIntOp(fp.RP, false, false)),
  ...both('FCVTPU', toIntOp(fp.RP, true, false)),
  ...both('FCVTMS', toIntOp(fp.RM, false, false)),
  ...both('FCVTMU', toIntOp(fp.RM, true, false)),
  ...both('FCVTZS', toIntOp(fp.RZ, false, false)),
  ...both('FCVTZU', toIntOp(fp.RZ, true, false)),
  ...both('FCVTZS_fix', toIntOp(fp.RZ, false, true)),
  ...both('FCVTZU_fix', toIntOp(fp.RZ, true, true)),
  ...both('SCVTF', fromIntOp(false, false)),
  ...both('UCVTF', fromIntOp(true, false)),
  ...both('SCVTF_fix', fromIntOp(false, true)),
  ...both('UCVTF_fix', fromIntOp(true, true)),
  FJCVTZS: ((d) => {
    const rd = d.f['Rd']!, rn = d.f['Rn']!;
    return (c) => {
      const r = fp.jsConvert(getElem(c, rn, 0, 64), c);
      setGpr(c, rd, false, r.value);
      c.setNZCV(r.z ? 0b0100 : 0);
      c.pc += 4;
    };
  }) as Builder,
  FMOV_to_gpr: op((f, d) => {
    const rd = d.f['Rd']!, rn = d.f['Rn']!;
    return (c) => setGpr(c, rd, f.N === 64, getElem(c, rn, 0, f.N));
  }),
  FMOV_from_gpr: op((f, d) => {
    const rd = d.f['Rd']!, rn = d.f['Rn']!;
    return (c) => setScalar(c, rd, f.N, BigInt.asUintN(f.N, getX(c, rn)));
  }),
  FMOV_to_gpr_h: op((_f, d) => {
    const rd = d.f['Rd']!, rn = d.f['Rn']!, sf = d.f['sf']!;
    return (c) => setGpr(c, rd, sf === 1, getElem(c, rn, 0, 16));
  }),
  FMOV_from_gpr_h: op((_f, d) => {
    const rd = d.f['Rd']!, rn = d.f['Rn']!;
    return (c) => setScalar(c, rd, 16, BigInt.asUintN(16, getX(c, rn)));
  }),
  FMOV_to_top: op((_f, d) => {
    const rd = d.f['Rd']!, rn = d.f['Rn']!;
    return (c) => setGpr(c, rd, true, getElem(c, rn, 1, 64));
  }),
  FMOV_from_top: op((_f, d) => {
    const rd = d.f['Rd']!, rn = d.f['Rn']!;
    return (c) => setElem(c, rd, 1, 64, getX(c, rn));
  }),
} satisfies Record<string, Builder>;
