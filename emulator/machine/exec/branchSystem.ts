// Branches, exception generation (SVC, BRK), hints, barriers, PSTATE access (MSR immediate, CFINV...), MRS/MSR of
// the EL0-visible system registers (with the ID registers as Linux's trap-and-emulate shows them), and the SYS
// cache-maintenance operations (DC ZVA/GVA/GZVA and the permission-checked no-ops, IC IVAU).

import * as cpuModule from '../cpu.js';
import type { Cpu } from '../cpu.js';
import * as memoryModule from '../memory.js';
import * as aluModule from '../alu.js';
import { type Builder, type DecodeInput, type Op, fld, rz, wz, signExtend, undefinedOp } from './common.js';
const { PAGE_SIZE } = memoryModule;
const { STOP_SVC } = cpuModule;
const { branchTarget } = aluModule;

function target(d: DecodeInput, field: string, bits: number): number {
  return d.pc + signExtend(fld(d, field), bits) * 4;
}


export const branch: Builder = (d) => {
  const to = target(d, 'imm26', 26);
  return (c) => { c.pc = to; };
};

export const branchLink: Builder = (d) => {
  const to = target(d, 'imm26', 26);
  const ret = d.pc + 4;
  const lo = ret % 4294967296 | 0, hi = Math.floor(ret / 4294967296) | 0;
  return (c) => { c.x[60] = lo; c.x[61] = hi; c.pc = to; };
};

export const branchConditional: Builder = (d) => {
  const to = target(d, 'imm19', 19);
  const cond = fld(d, 'cond');
  if (cond === 14 || cond === 15) return (c) => { c.pc = to; };
  return (c) => { c.pc = c.conditionHolds(cond) ? to : c.pc + 4; };
};

export function compareBranch(nonZero: boolean): Builder {
  return (d) => {
    const to = target(d, 'imm19', 19);
    const sf = fld(d, 'sf', 1);
    const t = rz(fld(d, 'Rt'));
    return (c) => {
      const x = c.x;
      const zero = sf ? (x[2 * t]! | x[2 * t + 1]!) === 0 : x[2 * t] === 0;
      c.pc = zero !== nonZero ? to : c.pc + 4;
    };
  };
}

export function testBranch(nonZero: boolean): Builder {
  return (d) => {
    const to = target(d, 'imm14', 14);
    const bit = (fld(d, 'b5') << 5) | fld(d, 'b40');
    const t = rz(fld(d, 'Rt'));
    const slot = 2 * t + (bit >= 32 ? 1 : 0);
    const mask = 1 << (bit & 31);
    return (c) => {
      const set = (c.x[slot]! & mask) !== 0;
      c.pc = set === nonZero ? to : c.pc + 4;
    };
  };
}

/** BR, BLR, RET: the target is read before X30 is written (BLR X30 works). */
export function branchRegister(link: boolean): Builder {
  return (d) => {
    const n = rz(fld(d, 'Rn'));
    const ret = d.pc + 4;
    const lo = ret % 4294967296 | 0, hi = Math.floor(ret / 4294967296) | 0;
    return (c) => {
      const to = branchTarget(c.x[2 * n]!, c.x[2 * n + 1]!);
      if (link) { c.x[60] = lo; c.x[61] = hi; }
      c.pc = to;
    };
  };
}

export const supervisorCall: Builder = (d) => {
  const imm = fld(d, 'imm16');
  return (c) => { c.svcImmediate = imm; c.pc += 4; c.stop = STOP_SVC; };
};

export const breakpointInstruction: Builder = (d) => {
  const imm = fld(d, 'imm16');
  return (c) => { c.raise({ kind: 'breakpointInstruction', immediate: imm, pc: BigInt(c.pc) }); };
};

/** NOP, YIELD, WFE, WFI, SEV(L), BTI, PAC hints, CSDB, ...: no effect here. */
export const hint: Builder = () => (c) => { c.pc += 4; };

export const clearExclusive: Builder = () => (c) => { c.exclusiveAddress = -1; c.pc += 4; };

export const barrier: Builder = () => (c) => { c.pc += 4; };

export const invertCarry: Builder = () => (c) => { c.setNZCV(c.getNZCV() ^ 2); c.pc += 4; };

/** XAFLAG / AXFLAG (FEAT_FlagM2). */
export function flagConvert(toArm: boolean): Builder {
  return () => (c) => {
    const f = c.getNZCV();
    const n0 = (f >> 3) & 1, z0 = (f >> 2) & 1, c0 = (f >> 1) & 1, v0 = f & 1;
    let n: number, z: number, cc: number, v: number;
    if (toArm) { // XAFLAG
      n = (~c0 & ~z0) & 1; z = z0 & c0; cc = c0 | z0; v = (~c0 & z0) & 1;
    } else { // AXFLAG
      n = 0; z = z0 | v0; cc = c0 & ~v0 & 1; v = 0;
    }
    void n0;
    c.setNZCV((n << 3) | (z << 2) | (cc << 1) | v);
    c.pc += 4;
  };
}

/** MSR (immediate): PSTATE fields EL0 may write (TCO, DIT, SSBS); others are undefined at EL0. */
export const msrImmediate: Builder = (d) => {
  const op1 = fld(d, 'op1'), op2 = fld(d, 'op2'), crm = fld(d, 'CRm');
  if (op1 === 3 && op2 === 4) {
    const on = crm & 1;
    return (c) => { c.tco = on; c.updateCheckModes(); c.pc += 4; };
  }
  if (op1 === 3 && op2 === 2) {
    const on = crm & 1;
    return (c) => { c.dit = on; c.pc += 4; };
  }
  if (op1 === 3 && op2 === 1) return hint(d);
  if (op1 === 0 && op2 === 0 && crm === 0) return invertCarry(d);
  if (op1 === 0 && op2 === 1 && crm === 0) return flagConvert(true)(d);
  if (op1 === 0 && op2 === 2 && crm === 0) return flagConvert(false)(d);
  return undefinedOp(d.word);
};

/** The packed system register number: op0:op1:CRn:CRm:op2. */
export function sysregKey(op0: number, op1: number, crn: number, crm: number, op2: number): number {
  return (op0 << 14) | (op1 << 11) | (crn << 7) | (crm << 3) | op2;
}

function sysregFields(d: DecodeInput): number {
  if (d.f['o0'] !== undefined) return sysregKey(2 + fld(d, 'o0'), fld(d, 'op1'), fld(d, 'CRn'), fld(d, 'CRm'), fld(d, 'op2'));
  if (d.f['op0'] !== undefined) return sysregKey(fld(d, 'op0'), fld(d, 'op1'), fld(d, 'CRn'), fld(d, 'CRm'), fld(d, 'op2'));
  // A combined 15-bit field (o0:op1:CRn:CRm:op2) or the raw bits 19:5.
  const packed = d.f['sysreg'] ?? d.f['systemreg'] ?? (d.word >>> 5) & 0x7fff;
  return ((2 + (packed >> 14)) << 14) | (packed & 0x3fff);
}

export const SYSREG = {
  NZCV: sysregKey(3, 3, 4, 2, 0),
  DAIF: sysregKey(3, 3, 4, 2, 1),
  TCO: sysregKey(3, 3, 4, 2, 7),
  DIT: sysregKey(3, 3, 4, 2, 5),
  SSBS: sysregKey(3, 3, 4, 2, 6),
  FPCR: sysregKey(3, 3, 4, 4, 0),
  FPSR: sysregKey(3, 3, 4, 4, 1),
  TPIDR_EL0: sysregKey(3, 3, 13, 0, 2),
  TPIDRRO_EL0: sysregKey(3, 3, 13, 0, 3),
  CTR_EL0: sysregKey(3, 3, 0, 0, 1),
  DCZID_EL0: sysregKey(3, 3, 0, 0, 7),
  CNTFRQ_EL0: sysregKey(3, 3, 14, 0, 0),
  CNTVCT_EL0: sysregKey(3, 3, 14, 0, 2),
  CNTVCTSS_EL0: sysregKey(3, 3, 14, 0, 6),
  MIDR_EL1: sysregKey(3, 0, 0, 0, 0),
  MPIDR_EL1: sysregKey(3, 0, 0, 0, 5),
  REVIDR_EL1: sysregKey(3, 0, 0, 0, 6),
  ID_AA64PFR0_EL1: sysregKey(3, 0, 0, 4, 0),
  ID_AA64PFR1_EL1: sysregKey(3, 0, 0, 4, 1),
  ID_AA64DFR0_EL1: sysregKey(3, 0, 0, 5, 0),
  ID_AA64ISAR0_EL1: sysregKey(3, 0, 0, 6, 0),
  ID_AA64ISAR1_EL1: sysregKey(3, 0, 0, 6, 1),
  ID_AA64MMFR0_EL1: sysregKey(3, 0, 0, 7, 0),
  ID_AA64MMFR1_EL1: sysregKey(3, 0, 0, 7, 1),
  ID_AA64MMFR2_EL1: sysregKey(3, 0, 0, 7, 2),
} as const;

/** Counter frequency reported by CNTFRQ_EL0; CNTVCT_EL0 counts in these units. */
export const COUNTER_FREQUENCY = 1_000_000_000n;

/**
 * The ID register values an EL0 MRS reads under Linux (the kernel's sanitised, user-visible view): only fields
 * this emulator implements are advertised, and AT_HWCAP/AT_HWCAP2 are derived from these values as Linux derives
 * them (emulator/linux/constants.ts HWCAP_ID_FIELDS). PFR0: EL0/EL1 AArch64, FP = AdvSIMD = 1 (with FP16), DIT.
 * PFR1: MTE = 2 (FEAT_MTE2). ISAR0: AES = 2 (with PMULL), SHA1 = 1, SHA2 = 2 (with SHA512), CRC32 = 1, Atomic = 2,
 * RDM = 1, SHA3 = 1, SM3 = 1, SM4 = 1, DP = 1, FHM = 1, TS = 2 (FlagM2). ISAR1: DPB = 2 (DC CVAP/CVADP), JSCVT, FCMA, LRCPC,
 * FRINTTS, SB, BF16, I8MM = 1. Not advertised: SVE, RNDR, pointer authentication, BTI, SSBS, LRCPC2.
 */
export const ID_REGISTER_VALUES: ReadonlyMap<number, bigint> = new Map<number, bigint>([
  [SYSREG.MIDR_EL1, 0x00000000410fd0c0n],
  [SYSREG.MPIDR_EL1, 0x80000000n],
  [SYSREG.REVIDR_EL1, 0n],
  [SYSREG.ID_AA64PFR0_EL1, 0x0001000000110011n],
  [SYSREG.ID_AA64PFR1_EL1, 0x0000000000000200n],
  [SYSREG.ID_AA64DFR0_EL1, 0x0000000000000006n],
  [SYSREG.ID_AA64ISAR0_EL1, 0x0021111110212120n],
  [SYSREG.ID_AA64ISAR1_EL1, 0x0010101100111002n],
  [SYSREG.ID_AA64MMFR0_EL1, 0n],
  [SYSREG.ID_AA64MMFR1_EL1, 0n],
  [SYSREG.ID_AA64MMFR2_EL1, 0n],
]);

/** Reads a system register for MRS; undefined when EL0 may not read it (SIGILL). */
export function readSystemRegister(c: Cpu, key: number): bigint | undefined {
  switch (key) {
    case SYSREG.NZCV: return BigInt(c.getNZCV() << 28);
    case SYSREG.TCO: return BigInt(c.tco << 25);
    case SYSREG.FPCR: return BigInt(c.fpcr >>> 0);
    case SYSREG.FPSR: return BigInt(c.fpsr >>> 0);
    case SYSREG.TPIDR_EL0: return c.tpidr;
    case SYSREG.TPIDRRO_EL0: return c.tpidrro;
    case SYSREG.CTR_EL0: return 0x8444c004n;
    case SYSREG.DCZID_EL0: return 4n;
    case SYSREG.CNTFRQ_EL0: return COUNTER_FREQUENCY;
    case SYSREG.CNTVCT_EL0:
    case SYSREG.CNTVCTSS_EL0: return c.clock ? c.clock() : BigInt(c.icount);
    case SYSREG.DIT: return BigInt(c.dit) << 24n;
    case SYSREG.SSBS: return 0n;
    default: break;
  }
  // Linux emulates EL0 reads of the whole ID register space op0=3, op1=0, CRn=0, CRm=0..7 (unlisted ones read 0).
  if ((key >> 7) === (sysregKey(3, 0, 0, 0, 0) >> 7)) {
    const crm = (key >> 3) & 15;
    if (crm === 0 && ![SYSREG.MIDR_EL1, SYSREG.MPIDR_EL1, SYSREG.REVIDR_EL1].includes(key as never)) return undefined;
    return ID_REGISTER_VALUES.get(key) ?? 0n;
  }
  return undefined;
}

/** Writes a system register for MSR; false when EL0 may not write it. */
export function writeSystemRegister(c: Cpu, key: number, value: bigint): boolean {
  switch (key) {
    case SYSREG.NZCV: c.setNZCV(Number((value >> 28n) & 15n)); return true;
    case SYSREG.TCO: c.tco = Number((value >> 25n) & 1n); c.updateCheckModes(); return true;
    case SYSREG.FPCR: c.fpcr = Number(value & 0x07c80000n); return true; // AHP DN FZ RMode FZ16 (fp.ts FPCR_MASK)
    case SYSREG.FPSR: c.fpsr = Number(value & 0xf800009fn) | 0; return true; // fp.ts FPSR_MASK
    case SYSREG.TPIDR_EL0: c.tpidr = value & 0xffffffffffffffffn; return true;
    case SYSREG.DIT: c.dit = Number((value >> 24n) & 1n); return true;
    case SYSREG.SSBS: return true;
    default: return false;
  }
}

export const moveFromSystemRegister: Builder = (d) => {
  const key = sysregFields(d);
  const t = wz(fld(d, 'Rt'));
  if (key === SYSREG.NZCV) {
    return (c) => { c.x[2 * t] = c.getNZCV() << 28; c.x[2 * t + 1] = 0; c.pc += 4; };
  }
  const word = d.word;
  return (c) => {
    const v = readSystemRegister(c, key);
    if (v === undefined) { undefinedOp(word)(c); return; }
    c.setBig(t, v);
    c.pc += 4;
  };
};

export const moveToSystemRegister: Builder = (d) => {
  const key = sysregFields(d);
  const t = rz(fld(d, 'Rt'));
  const word = d.word;
  return (c) => {
    if (!writeSystemRegister(c, key, c.getBig(t))) { undefinedOp(word)(c); return; }
    c.pc += 4;
  };
};

const DC_ZVA = sysregKey(1, 3, 7, 4, 1);
const DC_GVA = sysregKey(1, 3, 7, 4, 3);
const DC_GZVA = sysregKey(1, 3, 7, 4, 4);
const IC_IVAU = sysregKey(1, 3, 7, 5, 1);
/** DC by-VA cleans/invalidates that EL0 may use (with or without tags): permission-checked no-ops. */
const DC_MAINTENANCE = new Set<number>([
  sysregKey(1, 3, 7, 11, 1), sysregKey(1, 3, 7, 10, 1), sysregKey(1, 3, 7, 12, 1), sysregKey(1, 3, 7, 13, 1),
  sysregKey(1, 3, 7, 14, 1), sysregKey(1, 3, 7, 10, 3), sysregKey(1, 3, 7, 10, 5), sysregKey(1, 3, 7, 12, 3),
  sysregKey(1, 3, 7, 12, 5), sysregKey(1, 3, 7, 13, 3), sysregKey(1, 3, 7, 13, 5), sysregKey(1, 3, 7, 14, 3),
  sysregKey(1, 3, 7, 14, 5),
]);

const ZVA_BYTES = 64;

/** SYS (DC/IC/TLBI/AT/...): the EL0-permitted cache operations; everything else is undefined at EL0. */
export const systemInstruction: Builder = (d) => {
  const key = sysregKey(1, fld(d, 'op1'), fld(d, 'CRn'), fld(d, 'CRm'), fld(d, 'op2'));
  const t = rz(fld(d, 'Rt'));
  if (key === DC_ZVA || key === DC_GVA || key === DC_GZVA) {
    const zero = key !== DC_GVA;
    const tags = key !== DC_ZVA;
    return (c) => { if (dcZeroOrTag(c, t, zero, tags)) c.pc += 4; };
  }
  if (key === IC_IVAU) {
    return (c) => {
      const x = c.x;
      const lo = x[2 * t]!, hi = x[2 * t + 1]!;
      if (!c.probe(lo, hi, 1, 'read')) return;
      const page = c.mem.pages.get((hi & 0xffff) * 1048576 + (lo >>> 12));
      if (page) c.invalidateCode(page);
      c.pc += 4;
    };
  }
  if (DC_MAINTENANCE.has(key)) {
    return (c) => {
      const x = c.x;
      if (!c.probe(x[2 * t]! & ~63, x[2 * t + 1]!, 1, 'read')) return;
      c.pc += 4;
    };
  }
  return undefinedOp(d.word);
};

/**
 * DC ZVA (zero 64 bytes; a checked store), DC GVA (set the tags of 64 bytes from the address's tag), DC GZVA
 * (both, the data part unchecked). Tag writes to untagged memory are ignored.
 */
function dcZeroOrTag(c: Cpu, t: number, zero: boolean, tags: boolean): boolean {
  const x = c.x;
  const lo0 = x[2 * t]!, hi = x[2 * t + 1]!;
  const lo = lo0 & ~(ZVA_BYTES - 1);
  const pages = c.probe(lo, hi, ZVA_BYTES, 'write');
  if (!pages) return false;
  if (zero && !tags) {
    // A normal (checked) store of 64 zero bytes.
    c.scratch.fill(0);
    return c.slowAccess(lo, hi, ZVA_BYTES, 'write', true);
  }
  const page = pages[0]!;
  const off = lo & (PAGE_SIZE - 1);
  if (zero) {
    page.data.fill(0, off, off + ZVA_BYTES);
    if (page.ops !== null) c.invalidateCode(page);
  }
  if (page.tags !== null) {
    const tag = (hi >>> 24) & 15;
    for (let g = off >> 4; g < (off + ZVA_BYTES) >> 4; g++) c.setTag(page, g, tag);
  }
  return true;
}

export type { Op };
