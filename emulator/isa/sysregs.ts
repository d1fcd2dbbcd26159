// System registers known by name to MRS/MSR: the EL0-accessible ones, the ID registers Linux emulates for EL0
// reads, and the MTE control registers (named for disassembly). Encoding = o0:op1:CRn:CRm:op2 (15 bits).

import type { Feature, SystemRegisterInfo } from './api.js';
import { sysregReadNames, sysregWriteNames } from './sysregNames.js';

function enc(op0: number, op1: number, crn: number, crm: number, op2: number): number {
  return ((op0 - 2) << 14) | (op1 << 11) | (crn << 7) | (crm << 3) | op2;
}

type Access = 'r' | 'rw' | '-';

function reg(name: string, e: number, access: Access, summary: string): SystemRegisterInfo {
  return { name, encoding: e, summary, readableAtEL0: access !== '-', writableAtEL0: access === 'rw' };
}

const idReg = (name: string, crm: number, op2: number, summary: string): SystemRegisterInfo =>
  reg(name, enc(3, 0, 0, crm, op2), 'r', `${summary} (EL0 reads are emulated by Linux, showing sanitised values).`);

export const systemRegisterList: readonly SystemRegisterInfo[] = [
  reg('nzcv', enc(3, 3, 4, 2, 0), 'rw', 'Condition flags N, Z, C, V (bits 31:28).'),
  reg('daif', enc(3, 3, 4, 2, 1), '-', 'Interrupt mask bits (not accessible at EL0 under Linux).'),
  reg('fpcr', enc(3, 3, 4, 4, 0), 'rw', 'Floating-point control register.'),
  reg('fpsr', enc(3, 3, 4, 4, 1), 'rw', 'Floating-point status register.'),
  reg('dit', enc(3, 3, 4, 2, 5), 'rw', 'Data independent timing.'),
  reg('ssbs', enc(3, 3, 4, 2, 6), 'rw', 'Speculative store bypass safe.'),
  reg('tco', enc(3, 3, 4, 2, 7), 'rw', 'Tag check override: when 1, loads and stores are not tag checked (bit 25).'),
  reg('tpidr_el0', enc(3, 3, 13, 0, 2), 'rw', 'EL0 read/write software thread ID (thread pointer).'),
  reg('tpidrro_el0', enc(3, 3, 13, 0, 3), 'r', 'EL0 read-only software thread ID.'),
  reg('tpidr2_el0', enc(3, 3, 13, 0, 5), 'rw', 'EL0 read/write software thread ID register 2 (SME).'),
  reg('ctr_el0', enc(3, 3, 0, 0, 1), 'r', 'Cache type register: cache line sizes.'),
  reg('dczid_el0', enc(3, 3, 0, 0, 7), 'r', 'Data cache zero ID: block size of DC ZVA / DC GZVA (log2 words).'),
  reg('rndr', enc(3, 3, 2, 4, 0), 'r', 'Random number.'),
  reg('rndrrs', enc(3, 3, 2, 4, 1), 'r', 'Reseeded random number.'),
  reg('cntfrq_el0', enc(3, 3, 14, 0, 0), 'r', 'Counter-timer frequency.'),
  reg('cntpct_el0', enc(3, 3, 14, 0, 1), 'r', 'Counter-timer physical count.'),
  reg('cntvct_el0', enc(3, 3, 14, 0, 2), 'r', 'Counter-timer virtual count.'),
  reg('cntpctss_el0', enc(3, 3, 14, 0, 5), 'r', 'Self-synchronized physical count.'),
  reg('cntvctss_el0', enc(3, 3, 14, 0, 6), 'r', 'Self-synchronized virtual count.'),
  idReg('midr_el1', 0, 0, 'Main ID register'),
  idReg('mpidr_el1', 0, 5, 'Multiprocessor affinity register'),
  idReg('revidr_el1', 0, 6, 'Revision ID register'),
  idReg('id_aa64pfr0_el1', 4, 0, 'AArch64 processor feature register 0'),
  idReg('id_aa64pfr1_el1', 4, 1, 'AArch64 processor feature register 1 (MTE field, bits 11:8)'),
  idReg('id_aa64zfr0_el1', 4, 4, 'SVE feature ID register 0'),
  idReg('id_aa64smfr0_el1', 4, 5, 'SME feature ID register 0'),
  idReg('id_aa64dfr0_el1', 5, 0, 'AArch64 debug feature register 0'),
  idReg('id_aa64dfr1_el1', 5, 1, 'AArch64 debug feature register 1'),
  idReg('id_aa64afr0_el1', 5, 4, 'AArch64 auxiliary feature register 0'),
  idReg('id_aa64afr1_el1', 5, 5, 'AArch64 auxiliary feature register 1'),
  idReg('id_aa64isar0_el1', 6, 0, 'AArch64 instruction set attribute register 0'),
  idReg('id_aa64isar1_el1', 6, 1, 'AArch64 instruction set attribute register 1'),
  idReg('id_aa64isar2_el1', 6, 2, 'AArch64 instruction set attribute register 2'),
  idReg('id_aa64mmfr0_el1', 7, 0, 'AArch64 memory model feature register 0'),
  idReg('id_aa64mmfr1_el1', 7, 1, 'AArch64 memory model feature register 1'),
  idReg('id_aa64mmfr2_el1', 7, 2, 'AArch64 memory model feature register 2'),
  reg('gcr_el1', enc(3, 0, 1, 0, 6), '-', 'Tag control: Exclude mask for IRG and ADDG/SUBG, RRND (EL1 only; Linux sets it from prctl).'),
  reg('rgsr_el1', enc(3, 0, 1, 0, 5), '-', 'Random allocation tag seed for IRG (EL1 only).'),
  reg('gmid_el1', enc(3, 1, 0, 0, 4), '-', 'Multiple tag transfer ID: block size of LDGM/STGM/STZGM (EL1 only).'),
  reg('tfsre0_el1', enc(3, 0, 5, 6, 1), '-', 'Tag fault status for EL0 asynchronous tag check faults (EL1 only).'),
  reg('tfsr_el1', enc(3, 0, 5, 6, 0), '-', 'Tag fault status for EL1 (EL1 only).'),
  reg('sctlr_el1', enc(3, 0, 1, 0, 0), '-', 'System control register for EL1 (EL1 only).'),
  reg('currentel', enc(3, 0, 4, 2, 2), '-', 'Current exception level (EL1 only).'),
];

const byName = new Map(systemRegisterList.map((r) => [r.name, r] as const));
const byEncoding = new Map(systemRegisterList.map((r) => [r.encoding, r] as const));

let readNames: Map<number, string> | undefined;
let writeNames: Map<number, string> | undefined;
let encodingByName: Map<string, number> | undefined;

function loadNames(): void {
  readNames = new Map();
  writeNames = new Map();
  encodingByName = new Map();
  for (const pair of sysregReadNames.split(' ')) {
    const [e, n] = pair.split(':') as [string, string];
    const enc = parseInt(e, 16);
    readNames.set(enc, n);
    encodingByName.set(n, enc);
  }
  for (const pair of sysregWriteNames.split(' ').filter((p) => p !== '')) {
    const [e, n] = pair.split(':') as [string, string];
    const enc = parseInt(e, 16);
    writeNames.set(enc, n);
    encodingByName.set(n, enc);
  }
  for (const r of systemRegisterList) encodingByName.set(r.name, r.encoding);
}

/** The name objdump prints for a system register in MRS (read) or MSR (write), or the generic s3_... name. */
export function systemRegisterName(encoding: number, write: boolean): string {
  if (!readNames) loadNames();
  return (write ? writeNames!.get(encoding) : undefined) ?? readNames!.get(encoding) ?? genericSystemRegisterName(encoding);
}

/** Parses a system register name (architectural or generic s<op0>_<op1>_c<n>_c<m>_<op2>) into its encoding. */
export function parseSystemRegister(text: string): number | undefined {
  if (!encodingByName) loadNames();
  const lower = text.trim().toLowerCase();
  return encodingByName!.get(lower) ?? parseGenericSystemRegister(lower);
}

export function systemRegisterByName(name: string): SystemRegisterInfo | undefined {
  return byName.get(name);
}

export function systemRegisterByEncoding(encoding: number): SystemRegisterInfo | undefined {
  return byEncoding.get(encoding);
}

/** The generic name objdump prints for an unnamed register: s3_3_c15_c2_0. */
export function genericSystemRegisterName(encoding: number): string {
  const op0 = (encoding >> 14) + 2;
  return `s${op0}_${(encoding >> 11) & 7}_c${(encoding >> 7) & 15}_c${(encoding >> 3) & 15}_${encoding & 7}`;
}

/** Parses 's3_3_c15_c2_0' (any case) into an encoding. */
export function parseGenericSystemRegister(text: string): number | undefined {
  const m = /^s([23])_([0-7])_c([0-9]|1[0-5])_c([0-9]|1[0-5])_([0-7])$/.exec(text.toLowerCase());
  if (!m) return undefined;
  return enc(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
}

/** Every system register name MRS/MSR accept (architectural names known to objdump plus our curated list). */
export function allSystemRegisterNames(): string[] {
  if (!encodingByName) loadNames();
  return [...encodingByName!.keys()].sort();
}

/** Registers GNU as accepts only with an architecture extension (as named by -march). */
const registerFeatures: Record<string, Feature> = {
  tco: 'mte', gcr_el1: 'mte', rgsr_el1: 'mte', gmid_el1: 'mte', tfsre0_el1: 'mte', tfsr_el1: 'mte', tfsr_el2: 'mte', tfsr_el3: 'mte', tfsr_el12: 'mte',
  rndr: 'rng', rndrrs: 'rng', ssbs: 'ssbs',
};

/** The extension a system register name needs in GNU as, if any. */
export function systemRegisterFeature(name: string): Feature | undefined {
  return registerFeatures[name.toLowerCase()];
}
