// The executor's one table: semantics for every instruction form of the ISA table, keyed by FormId. The mapped
// type below makes TypeScript prove that each non-alias form has semantics (SIMD&FP forms without integer
// semantics map explicitly to `undefinedOp`). `makeOp` decodes a word once (through emulator/isa's decode) and
// builds its closure; the Cpu caches closures per code page.

import { decode, type FormId } from '../isa/index.js';
import type { Op } from './cpu.js';
import { type Builder, type DecodeInput, undefinedOp } from './exec/common.js';
import * as dp from './exec/dataProcessing.js';
import * as ls from './exec/loadStore.js';
import * as bs from './exec/branchSystem.js';
import * as mte from './exec/mte.js';
import { fpScalarSemantics } from './exec/fp.js';
import { fpVectorSemantics } from './exec/fpVector.js';
import { simdLoadStoreSemantics } from './exec/simdLoadStore.js';
import { simdIntegerSemantics } from './exec/simdInteger.js';
import { simdPermuteSemantics } from './exec/simdPermute.js';
import { simdRdmSemantics } from './exec/simdRdm.js';
import { cryptoSemantics } from './exec/crypto.js';
import { bf16Semantics } from './exec/bf16.js';
import { i8mmSemantics } from './exec/i8mm.js';
import { sveSemantics } from './exec/sve.js';

const sized = (make: (size: number) => Builder): Builder => (d) => make(d.f['sz'] ? 8 : 4)(d);
/** LDRSB/LDRSH: opc0 = 0 -> 64-bit destination, 1 -> 32-bit. */
const signedLoad = (size: number, mode: ls.AddressMode, imm?: string): Builder =>
  (d) => ls.loadInt({ size, signed: true, dest64: !d.f['opc0'], mode, ...(imm ? { imm } : {}) })(d);

type SingleIds<S extends string> = `${'STRB' | 'LDRB' | 'LDRSB' | 'STRH' | 'LDRH' | 'LDRSH' | 'STR' | 'LDR' | 'LDRSW'}${S}`;

function singleForms<S extends string>(suffix: S, mode: ls.AddressMode, imm?: string): Record<SingleIds<S>, Builder> {
  const i = imm ? { imm } : {};
  const scaledMode = mode;
  return {
    [`STRB${suffix}`]: ls.storeInt({ size: 1, mode: scaledMode, ...i }),
    [`LDRB${suffix}`]: ls.loadInt({ size: 1, mode: scaledMode, ...i }),
    [`LDRSB${suffix}`]: signedLoad(1, scaledMode, imm),
    [`STRH${suffix}`]: ls.storeInt({ size: 2, mode: scaledMode, ...i }),
    [`LDRH${suffix}`]: ls.loadInt({ size: 2, mode: scaledMode, ...i }),
    [`LDRSH${suffix}`]: signedLoad(2, scaledMode, imm),
    [`STR${suffix}`]: sized((size) => ls.storeInt({ size, mode: scaledMode, ...i })),
    [`LDR${suffix}`]: sized((size) => ls.loadInt({ size, mode: scaledMode, ...i })),
    [`LDRSW${suffix}`]: ls.loadInt({ size: 4, signed: true, dest64: true, mode: scaledMode, ...i }),
  } as Record<SingleIds<S>, Builder>;
}

type UnscaledIds<St extends string, Ld extends string> = `${St}${'' | 'B' | 'H'}` | `${Ld}${'' | 'B' | 'H' | 'SB' | 'SH' | 'SW'}`;

function unscaledForms<St extends string, Ld extends string>(prefixStore: St, prefixLoad: Ld): Record<UnscaledIds<St, Ld>, Builder> {
  const mode: ls.AddressMode = 'unscaled';
  return {
    [`${prefixStore}B`]: ls.storeInt({ size: 1, mode }),
    [`${prefixLoad}B`]: ls.loadInt({ size: 1, mode }),
    [`${prefixLoad}SB`]: signedLoad(1, mode),
    [`${prefixStore}H`]: ls.storeInt({ size: 2, mode }),
    [`${prefixLoad}H`]: ls.loadInt({ size: 2, mode }),
    [`${prefixLoad}SH`]: signedLoad(2, mode),
    [prefixStore]: sized((size) => ls.storeInt({ size, mode })),
    [prefixLoad]: sized((size) => ls.loadInt({ size, mode })),
    [`${prefixLoad}SW`]: ls.loadInt({ size: 4, signed: true, dest64: true, mode }),
  } as Record<UnscaledIds<St, Ld>, Builder>;
}

type Ordering = '' | 'A' | 'L' | 'AL';
type AtomicName = 'LDADD' | 'LDCLR' | 'LDEOR' | 'LDSET' | 'LDSMAX' | 'LDSMIN' | 'LDUMAX' | 'LDUMIN' | 'SWP';
const ATOMIC_OPS: readonly [AtomicName, ls.AtomicOp][] = [
  ['LDADD', 'add'], ['LDCLR', 'clr'], ['LDEOR', 'eor'], ['LDSET', 'set'], ['LDSMAX', 'smax'], ['LDSMIN', 'smin'],
  ['LDUMAX', 'umax'], ['LDUMIN', 'umin'], ['SWP', 'swp'],
];
const ORDERINGS: readonly Ordering[] = ['', 'A', 'L', 'AL'];

/** LSE atomics and CAS: every ordering (irrelevant for one thread) and size. */
function atomicForms(): Record<`${AtomicName | 'CAS'}${Ordering}${'' | 'B' | 'H'}` | `CASP${Ordering}`, Builder> {
  const out: Record<string, Builder> = {};
  for (const o of ORDERINGS) {
    for (const [name, op] of ATOMIC_OPS) {
      out[`${name}${o}B`] = ls.atomic(op, 1);
      out[`${name}${o}H`] = ls.atomic(op, 2);
      out[`${name}${o}`] = sized((size) => ls.atomic(op, size));
    }
    out[`CAS${o}B`] = ls.compareAndSwap(1);
    out[`CAS${o}H`] = ls.compareAndSwap(2);
    out[`CAS${o}`] = sized((size) => ls.compareAndSwap(size));
    out[`CASP${o}`] = sized((size) => ls.compareAndSwapPair(size));
  }
  return out as Record<`${AtomicName | 'CAS'}${Ordering}${'' | 'B' | 'H'}` | `CASP${Ordering}`, Builder>;
}

const undefinedHere: Builder = (d) => undefinedOp(d.word);

/** Semantics by form id (keys beyond the current FormId union are forms other groups will add). */
const semantics = {
  // Data processing (immediate).
  ADD_imm: dp.addSubImmediate(false, false),
  ADDS_imm: dp.addSubImmediate(false, true),
  SUB_imm: dp.addSubImmediate(true, false),
  SUBS_imm: dp.addSubImmediate(true, true),
  ADDG: mte.addSubTag(false),
  SUBG: mte.addSubTag(true),
  ADR: dp.adr(false),
  ADRP: dp.adr(true),
  AND_imm: dp.logicalImmediate(0),
  ORR_imm: dp.logicalImmediate(1),
  EOR_imm: dp.logicalImmediate(2),
  ANDS_imm: dp.logicalImmediate(3),
  MOVN: dp.moveWide(0),
  MOVZ: dp.moveWide(2),
  MOVK: dp.moveWide(3),
  SBFM: dp.bitfield(0),
  BFM: dp.bitfield(1),
  UBFM: dp.bitfield(2),
  EXTR: dp.extract,

  // Loads and stores (single register).
  ...singleForms('_imm', 'unsigned'),
  ...singleForms('_pre', 'pre'),
  ...singleForms('_post', 'post'),
  ...singleForms('_reg', 'register'),
  ...unscaledForms('STUR', 'LDUR'),
  ...unscaledForms('STTR', 'LDTR'),
  PRFM_imm: ls.prefetch,
  PRFM_reg: ls.prefetch,
  PRFM_lit: ls.prefetch,
  PRFUM: ls.prefetch,
  LDR_lit: sized((size) => ls.loadLiteral(size, false)),
  LDRSW_lit: ls.loadLiteral(4, true),
  LDRAA: undefinedHere,
  LDRAB: undefinedHere,
  LDRAA_pre: undefinedHere,
  LDRAB_pre: undefinedHere,
  STLURB: ls.storeOrdered(1, 'imm9'),
  STLURH: ls.storeOrdered(2, 'imm9'),
  STLUR: (d) => ls.storeOrdered(d.f['sz'] ? 8 : 4, 'imm9')(d),
  LDAPURB: ls.loadOrdered(1, false, 'imm9'),
  LDAPURH: ls.loadOrdered(2, false, 'imm9'),
  LDAPUR: (d) => ls.loadOrdered(d.f['sz'] ? 8 : 4, false, 'imm9')(d),
  LDAPURSB: (d) => ls.loadOrderedSigned(1, !d.f['opc0'])(d),
  LDAPURSH: (d) => ls.loadOrderedSigned(2, !d.f['opc0'])(d),
  LDAPURSW: ls.loadOrderedSigned(4, true),

  // Pairs.
  STP_off: sized((size) => ls.storePair({ size, mode: 'unsigned' })),
  LDP_off: sized((size) => ls.loadPair({ size, mode: 'unsigned' })),
  STP_pre: sized((size) => ls.storePair({ size, mode: 'pre' })),
  LDP_pre: sized((size) => ls.loadPair({ size, mode: 'pre' })),
  STP_post: sized((size) => ls.storePair({ size, mode: 'post' })),
  LDP_post: sized((size) => ls.loadPair({ size, mode: 'post' })),
  STNP: sized((size) => ls.storePair({ size, mode: 'unsigned' })),
  LDNP: sized((size) => ls.loadPair({ size, mode: 'unsigned' })),
  LDPSW_off: ls.loadPair({ size: 4, signed: true, mode: 'unsigned' }),
  LDPSW_pre: ls.loadPair({ size: 4, signed: true, mode: 'pre' }),
  LDPSW_post: ls.loadPair({ size: 4, signed: true, mode: 'post' }),

  // Exclusives, acquire/release.
  STXRB: ls.storeExclusive(1), STLXRB: ls.storeExclusive(1),
  LDXRB: ls.loadOrdered(1, true), LDAXRB: ls.loadOrdered(1, true),
  STXRH: ls.storeExclusive(2), STLXRH: ls.storeExclusive(2),
  LDXRH: ls.loadOrdered(2, true), LDAXRH: ls.loadOrdered(2, true),
  STXR: sized((size) => ls.storeExclusive(size)), STLXR: sized((size) => ls.storeExclusive(size)),
  LDXR: sized((size) => ls.loadOrdered(size, true)), LDAXR: sized((size) => ls.loadOrdered(size, true)),
  STXP: sized((size) => ls.storeExclusivePair(size)), STLXP: sized((size) => ls.storeExclusivePair(size)),
  LDXP: sized((size) => ls.loadExclusivePair(size)), LDAXP: sized((size) => ls.loadExclusivePair(size)),
  STLLRB: ls.storeOrdered(1), STLRB: ls.storeOrdered(1), LDLARB: ls.loadOrdered(1, false), LDARB: ls.loadOrdered(1, false),
  STLLRH: ls.storeOrdered(2), STLRH: ls.storeOrdered(2), LDLARH: ls.loadOrdered(2, false), LDARH: ls.loadOrdered(2, false),
  STLLR: sized((size) => ls.storeOrdered(size)), STLR: sized((size) => ls.storeOrdered(size)),
  LDLAR: sized((size) => ls.loadOrdered(size, false)), LDAR: sized((size) => ls.loadOrdered(size, false)),
  LDAPRB: ls.loadOrdered(1, false), LDAPRH: ls.loadOrdered(2, false), LDAPR: sized((size) => ls.loadOrdered(size, false)),
  ...atomicForms(),
  // FEAT_LS64 is not implemented (and not advertised).
  LD64B: undefinedHere, ST64B: undefinedHere, ST64BV: undefinedHere, ST64BV0: undefinedHere,

  // Data processing (register).
  AND_shift: dp.logicalShifted(0, false),
  BIC_shift: dp.logicalShifted(0, true),
  ORR_shift: dp.logicalShifted(1, false),
  ORN_shift: dp.logicalShifted(1, true),
  EOR_shift: dp.logicalShifted(2, false),
  EON_shift: dp.logicalShifted(2, true),
  ANDS_shift: dp.logicalShifted(3, false),
  BICS_shift: dp.logicalShifted(3, true),
  ADD_shift: dp.addSubShifted(false, false),
  ADDS_shift: dp.addSubShifted(false, true),
  SUB_shift: dp.addSubShifted(true, false),
  SUBS_shift: dp.addSubShifted(true, true),
  ADD_ext: dp.addSubExtended(false, false),
  ADDS_ext: dp.addSubExtended(false, true),
  SUB_ext: dp.addSubExtended(true, false),
  SUBS_ext: dp.addSubExtended(true, true),
  ADC: dp.addSubCarry(false, false),
  ADCS: dp.addSubCarry(false, true),
  SBC: dp.addSubCarry(true, false),
  SBCS: dp.addSubCarry(true, true),
  RMIF: dp.rotateMaskInsertFlags,
  SETF8: dp.setFlagsFromByte(8),
  SETF16: dp.setFlagsFromByte(16),
  CCMN_reg: dp.conditionalCompare(false, false),
  CCMN_imm: dp.conditionalCompare(false, true),
  CCMP_reg: dp.conditionalCompare(true, false),
  CCMP_imm: dp.conditionalCompare(true, true),
  CSEL: dp.conditionalSelect(0),
  CSINC: dp.conditionalSelect(1),
  CSINV: dp.conditionalSelect(2),
  CSNEG: dp.conditionalSelect(3),
  UDIV: dp.divide(false),
  SDIV: dp.divide(true),
  LSLV: dp.shiftVariable(0),
  LSRV: dp.shiftVariable(1),
  ASRV: dp.shiftVariable(2),
  RORV: dp.shiftVariable(3),
  CRC32B: dp.crc32(1, false),
  CRC32H: dp.crc32(2, false),
  CRC32W: dp.crc32(4, false),
  CRC32X: dp.crc32(8, false),
  CRC32CB: dp.crc32(1, true),
  CRC32CH: dp.crc32(2, true),
  CRC32CW: dp.crc32(4, true),
  CRC32CX: dp.crc32(8, true),
  SUBP: mte.subtractPointer(false),
  SUBPS: mte.subtractPointer(true),
  IRG: mte.insertRandomTag,
  GMI: mte.tagMaskInsert,
  RBIT: dp.oneSource('rbit'),
  REV16: dp.oneSource('rev16'),
  REV_32: (d) => dp.oneSource('rev')({ ...d, f: { ...d.f, sf: 0 } }),
  REV32: (d) => dp.oneSource('rev32')({ ...d, f: { ...d.f, sf: 1 } }),
  REV_64: (d) => dp.oneSource('rev')({ ...d, f: { ...d.f, sf: 1 } }),
  CLZ: dp.oneSource('clz'),
  CLS: dp.oneSource('cls'),
  MADD: dp.multiplyAdd(false),
  MSUB: dp.multiplyAdd(true),
  SMADDL: dp.multiplyAddLong(true, false),
  SMSUBL: dp.multiplyAddLong(true, true),
  UMADDL: dp.multiplyAddLong(false, false),
  UMSUBL: dp.multiplyAddLong(false, true),
  SMULH: dp.multiplyHigh(true),
  UMULH: dp.multiplyHigh(false),
  // FEAT_CSSC.
  CTZ: dp.oneSource('ctz'),
  CNT: dp.oneSource('cnt'),
  ABS: dp.oneSource('abs'),
  SMAX_reg: dp.minMax(true, true, false),
  UMAX_reg: dp.minMax(false, true, false),
  SMIN_reg: dp.minMax(true, false, false),
  UMIN_reg: dp.minMax(false, false, false),
  SMAX_imm: dp.minMax(true, true, true),
  UMAX_imm: dp.minMax(false, true, true),
  SMIN_imm: dp.minMax(true, false, true),
  UMIN_imm: dp.minMax(false, false, true),
  // Pointer authentication is not implemented (ID_AA64ISAR1 advertises none): the non-hint forms are undefined.
  PACGA: undefinedHere, PACIA: undefinedHere, PACIB: undefinedHere, PACDA: undefinedHere, PACDB: undefinedHere,
  AUTIA: undefinedHere, AUTIB: undefinedHere, AUTDA: undefinedHere, AUTDB: undefinedHere,
  PACIZA: undefinedHere, PACIZB: undefinedHere, PACDZA: undefinedHere, PACDZB: undefinedHere,
  AUTIZA: undefinedHere, AUTIZB: undefinedHere, AUTDZA: undefinedHere, AUTDZB: undefinedHere,
  XPACI: undefinedHere, XPACD: undefinedHere,

  // Branches and exception generation.
  B: bs.branch,
  BL: bs.branchLink,
  B_cond: bs.branchConditional,
  BC_cond: bs.branchConditional,
  CBZ: bs.compareBranch(false),
  CBNZ: bs.compareBranch(true),
  TBZ: bs.testBranch(false),
  TBNZ: bs.testBranch(true),
  BR: bs.branchRegister(false),
  BLR: bs.branchRegister(true),
  RET: bs.branchRegister(false),
  SVC: bs.supervisorCall,
  BRK: bs.breakpointInstruction,
  // EL1+ only, or pointer authentication (not implemented): undefined at EL0.
  ERET: undefinedHere, DRPS: undefinedHere, HVC: undefinedHere, SMC: undefinedHere, HLT: undefinedHere,
  DCPS1: undefinedHere, DCPS2: undefinedHere, DCPS3: undefinedHere, UDF: undefinedHere,
  BRAAZ: undefinedHere, BRABZ: undefinedHere, BLRAAZ: undefinedHere, BLRABZ: undefinedHere, RETAA: undefinedHere,
  RETAB: undefinedHere, ERETAA: undefinedHere, ERETAB: undefinedHere, BRAA: undefinedHere, BRAB: undefinedHere,
  BLRAA: undefinedHere, BLRAB: undefinedHere,

  // System: hints (PAC and BTI hints are NOPs without FEAT_PAuth/FEAT_BTI), barriers, PSTATE, registers, SYS.
  HINT: bs.hint, NOP: bs.hint, YIELD: bs.hint, WFE: bs.hint, WFI: bs.hint, SEV: bs.hint, SEVL: bs.hint,
  ESB: bs.hint, PSB: bs.hint, TSB: bs.hint, CSDB: bs.hint, CLEARBHB: bs.hint, BTI: bs.hint,
  XPACLRI: bs.hint, PACIA1716: bs.hint, PACIB1716: bs.hint, AUTIA1716: bs.hint, AUTIB1716: bs.hint,
  PACIAZ: bs.hint, PACIASP: bs.hint, PACIBZ: bs.hint, PACIBSP: bs.hint, AUTIAZ: bs.hint, AUTIASP: bs.hint,
  AUTIBZ: bs.hint, AUTIBSP: bs.hint,
  CLREX: bs.clearExclusive,
  DSB: bs.barrier, DMB: bs.barrier, ISB: bs.barrier, SB: bs.barrier, SSBB: bs.barrier, PSSBB: bs.barrier,
  DSB_nXS: bs.barrier,
  MSR_imm: bs.msrImmediate,
  CFINV: bs.invertCarry,
  XAFLAG: bs.flagConvert(true),
  AXFLAG: bs.flagConvert(false),
  SYS: bs.systemInstruction,
  SYSL: undefinedHere,
  MSR_reg: bs.moveToSystemRegister,
  MRS: bs.moveFromSystemRegister,
  MSR_sys0: undefinedHere,
  // SME streaming mode and TME are not implemented (not advertised).
  SMSTART: undefinedHere, SMSTOP: undefinedHere, TCOMMIT: undefinedHere, TCANCEL: undefinedHere, TSTART: undefinedHere,
  TTEST: undefinedHere,
  MRS_sys0: undefinedHere,

  // Memory tagging loads and stores.
  STG_post: mte.storeTag(1, false, 'post'),
  STG_off: mte.storeTag(1, false, 'offset'),
  STG_pre: mte.storeTag(1, false, 'pre'),
  STZG_post: mte.storeTag(1, true, 'post'),
  STZG_off: mte.storeTag(1, true, 'offset'),
  STZG_pre: mte.storeTag(1, true, 'pre'),
  ST2G_post: mte.storeTag(2, false, 'post'),
  ST2G_off: mte.storeTag(2, false, 'offset'),
  ST2G_pre: mte.storeTag(2, false, 'pre'),
  STZ2G_post: mte.storeTag(2, true, 'post'),
  STZ2G_off: mte.storeTag(2, true, 'offset'),
  STZ2G_pre: mte.storeTag(2, true, 'pre'),
  LDG: mte.loadTag,
  STGP_post: mte.storeTagPair('post'),
  STGP_off: mte.storeTagPair('offset'),
  STGP_pre: mte.storeTagPair('pre'),
  STZGM: mte.tagMultipleEl1Only,
  STGM: mte.tagMultipleEl1Only,
  LDGM: mte.tagMultipleEl1Only,
  ...simdLoadStoreSemantics,
  ...simdIntegerSemantics,
  ...simdPermuteSemantics,
  ...fpScalarSemantics,
  ...fpVectorSemantics,
  ...simdRdmSemantics,
  ...cryptoSemantics,
  ...bf16Semantics,
  ...i8mmSemantics,
  ...sveSemantics,
} satisfies Record<string, Builder>;
const semanticsById: Readonly<Record<string, Builder | undefined>> = semantics;

/**
 * SIMD&FP forms are outside this executor's guarantee (they decode to an undefined-instruction fault until they get
 * semantics). When the ISA registry exports its `simdFpForms` array, their ids are excluded here automatically;
 * until then the conditional type is `never` and every form is required.
 */
type RegistryModule = typeof import('../isa/registry.js');
type SimdFpFormId = RegistryModule extends { readonly simdFpForms: readonly (infer F)[] } ? (F extends { readonly id: infer I } ? I : never) : never;
/** The forms that must have semantics: every non-alias integer, system and MTE form. */
export type ExecutableFormId = Exclude<FormId, SimdFpFormId>;

/** Every such form must have semantics: this assignment fails to compile when one is missing. */
const coverage: { readonly [K in ExecutableFormId]: Builder } = semantics;
void coverage;

/**
 * Families handled by pattern: FEAT_MOPS (CPY*, SET* except SETF8/SETF16) is neither implemented nor advertised
 * (ID_AA64ISAR2_EL1.MOPS = 0), so its prologue/main/epilogue forms are undefined instructions.
 */
const PATTERN_SEMANTICS: readonly [RegExp, Builder][] = [
  [/^(CPY|SET)(?!F8$|F16$)[A-Z]+$/, undefinedHere],
];

function lookup(id: string): Builder | undefined {
  const exact = semanticsById[id];
  if (exact) return exact;
  for (const [pattern, builder] of PATTERN_SEMANTICS) if (pattern.test(id)) return builder;
  return undefined;
}

/** Ids that have semantics (for the coverage test). */
export function semanticsIds(): string[] {
  return Object.keys(semantics);
}

export function missingSemantics(ids: readonly string[]): string[] {
  return ids.filter((id) => lookup(id) === undefined);
}

/**
 * Ops are pure functions of (word, pc) (fork already shares them between machines), so the ops built for one
 * machine serve every later machine of the process that runs the same code at the same address: a program run
 * again, a forked child, a restarted debug session. Bounded: the table is cleared when it reaches OP_CACHE_LIMIT.
 */
const OP_CACHE_LIMIT = 1 << 16;
const opCache = new Map<number, { word: number; op: Op }>();

/** Decodes one word and builds its op (unknown or unallocated words raise an undefined-instruction fault). */
export function makeOp(word: number, pc: number): Op {
  const cached = opCache.get(pc);
  if (cached !== undefined && cached.word === word) return cached.op;
  const op = buildOp(word, pc);
  if (opCache.size >= OP_CACHE_LIMIT) opCache.clear();
  opCache.set(pc, { word, op });
  return op;
}

function buildOp(word: number, pc: number): Op {
  const decoded = decode(word);
  if (!decoded) return undefinedOp(word);
  const builder = lookup(decoded.form.id);
  if (!builder) return undefinedOp(word);
  const input: DecodeInput = { id: decoded.form.id, f: decoded.fields, word, pc };
  try {
    return builder(input);
  } catch {
    // A form whose fields do not match its semantics (a table change): treat the word as undefined, never crash.
    return undefinedOp(word);
  }
}

export { bs, mte };
