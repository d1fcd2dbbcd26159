// Exclusive, ordered and atomic accesses: LDXR/STXR/LDAXR/STLXR (all sizes), LDXP/STXP/LDAXP/STLXP,
// LDAR/STLR/LDLAR/STLLR, LDAPR (RCpc), the LSE atomics CAS/CASP/SWP/LD<op> in every ordering (none, A, L, AL)
// and size (B, H, W/X), the ST<op> aliases objdump prints when the loaded value is discarded, and LD64B/ST64B.
//
// Fields: Rs (status or compare/operand register), Rt, Rt2, Rn (31 = SP); `sz` (bit 30, or bit 30 of CASP) is 1
// for X registers. Fields the architecture ignores but GNU as writes as ones (Rs, Rt2 of LDXR...) are named so
// the assembler can set them; objdump does not check them, so neither does the decoder.

import { gpr } from '../operands.js';
import { builders, type Fields, type Operand } from '../table.js';
import type { Feature } from '../api.js';
import { gprName, parseGpr } from '../text.js';
import { memBase, sizedGpr } from './loadStoreOperands.js';

const { form, alias } = builders('loadStore');

const base = memBase(true);
const Ws = sizedGpr(gpr('Rs', 'w'));
const Wt = sizedGpr(gpr('Rt', 'w'));
const Xt = sizedGpr(gpr('Rt', 'x'));
const RtBySz = gpr('Rt', { field: 'sz' });
const Rt2BySz = gpr('Rt2', { field: 'sz' });
const RsBySz = gpr('Rs', { field: 'sz' });

/** Sets the ignored register fields to 31, as GNU as does. */
function ones(...names: string[]) {
  return (f: Fields): undefined => {
    for (const n of names) f[n] = 31;
    return undefined;
  };
}

/** The three size groups of byte/halfword/register accesses: bits 31:30 and the transfer register kind. */
const sizes = [
  { suffix: 'B', size: '00', rt: Wt, rs: Ws, what: 'byte' },
  { suffix: 'H', size: '01', rt: Wt, rs: Ws, what: 'halfword' },
  { suffix: '', size: '1 sz:1', rt: RtBySz, rs: RsBySz, what: 'register' },
] as const;

// ---- Exclusives -----------------------------------------------------------------------------------------

const exclusiveSpecs = [
  { name: 'STXR', l: 0, o0: 0, what: 'Store exclusive' },
  { name: 'STLXR', l: 0, o0: 1, what: 'Store-release exclusive' },
  { name: 'LDXR', l: 1, o0: 0, what: 'Load exclusive' },
  { name: 'LDAXR', l: 1, o0: 1, what: 'Load-acquire exclusive' },
] as const;

function exclusiveForms() {
  return sizes.flatMap((s) => exclusiveSpecs.map((e) => form({
    id: `${e.name}${s.suffix}` as `${typeof e.name}${typeof s.suffix}`,
    mnemonic: `${e.name}${s.suffix}`.toLowerCase(),
    encoding: `${s.size} 001000 0 ${e.l} 0 Rs:5 ${e.o0} Rt2:5 Rn:5 Rt:5`,
    operands: e.l ? [s.rt, base] : [Ws, s.rt, base],
    finish: e.l ? ones('Rs', 'Rt2') : ones('Rt2'),
    summary: e.l
      ? `${e.what} ${s.what}: load and mark [Xn|SP] for exclusive access.`
      : `${e.what} ${s.what}: store if the exclusive monitor allows it; Ws = 0 on success, 1 on failure.`,
  })));
}

const exclusivePairSpecs = [
  { name: 'STXP', l: 0, o0: 0, what: 'Store exclusive pair' },
  { name: 'STLXP', l: 0, o0: 1, what: 'Store-release exclusive pair' },
  { name: 'LDXP', l: 1, o0: 0, what: 'Load exclusive pair' },
  { name: 'LDAXP', l: 1, o0: 1, what: 'Load-acquire exclusive pair' },
] as const;

function exclusivePairForms() {
  return exclusivePairSpecs.map((e) => form({
    id: e.name,
    mnemonic: e.name.toLowerCase(),
    encoding: `1 sz:1 001000 0 ${e.l} 1 Rs:5 ${e.o0} Rt2:5 Rn:5 Rt:5`,
    operands: e.l ? [RtBySz, Rt2BySz, base] : [Ws, RtBySz, Rt2BySz, base],
    ...(e.l ? { finish: ones('Rs') } : {}),
    summary: `${e.what} of registers at [Xn|SP].`,
  }));
}

// ---- Load-acquire / store-release -----------------------------------------------------------------------

const orderedSpecs = [
  { name: 'STLLR', l: 0, o0: 0, feature: 'base', what: 'Store LORelease' },
  { name: 'STLR', l: 0, o0: 1, feature: 'base', what: 'Store-release' },
  { name: 'LDLAR', l: 1, o0: 0, feature: 'base', what: 'Load LOAcquire' },
  { name: 'LDAR', l: 1, o0: 1, feature: 'base', what: 'Load-acquire' },
] as const;

function orderedForms() {
  return sizes.flatMap((s) => orderedSpecs.map((e) => form({
    id: `${e.name}${s.suffix}` as `${typeof e.name}${typeof s.suffix}`,
    mnemonic: `${e.name}${s.suffix}`.toLowerCase(),
    // objdump checks Rs<3:0> and Rt2 of LDAR and LDARB (not Rs<4>), all of Rs for LDARH, nothing of the others.
    encoding: e.name === 'LDAR'
      ? `${s.size} 001000 1 1 0 ${s.suffix === 'H' ? '1' : 'Rs4:1'} 1111 1 11111 Rn:5 Rt:5`
      : `${s.size} 001000 1 ${e.l} 0 Rs:5 ${e.o0} Rt2:5 Rn:5 Rt:5`,
    operands: [s.rt, base],
    finish: e.name === 'LDAR' ? ones('Rs4') : ones('Rs', 'Rt2'),
    summary: `${e.what} ${s.what} at [Xn|SP].`,
  })));
}

function ldaprForms() {
  return sizes.map((s) => form({
    id: `LDAPR${s.suffix}` as `LDAPR${typeof s.suffix}`,
    mnemonic: `ldapr${s.suffix.toLowerCase()}`,
    feature: 'rcpc' as Feature,
    encoding: `${s.size} 111 0 00 1 0 1 11111 1 100 00 Rn:5 Rt:5`,
    operands: [s.rt, base],
    summary: `Load-acquire RCpc ${s.what} at [Xn|SP] (may be reordered after earlier store-releases).`,
  }));
}

// ---- Compare and swap -----------------------------------------------------------------------------------

const orderings = [
  { suffix: '', a: 0, r: 0, what: '' },
  { suffix: 'A', a: 1, r: 0, what: ', acquire' },
  { suffix: 'L', a: 0, r: 1, what: ', release' },
  { suffix: 'AL', a: 1, r: 1, what: ', acquire and release' },
] as const;

function casForms() {
  return sizes.flatMap((s) => orderings.map((o) => form({
    id: `CAS${o.suffix}${s.suffix}` as `CAS${typeof o.suffix}${typeof s.suffix}`,
    mnemonic: `cas${o.suffix}${s.suffix}`.toLowerCase(),
    feature: 'lse' as Feature,
    encoding: `${s.size} 001000 1 ${o.a} 1 Rs:5 ${o.r} 11111 Rn:5 Rt:5`,
    operands: [s.rs, s.rt, base],
    summary: `Compare and swap ${s.what}${o.what}: if [Xn|SP] == Rs then store Rt; Rs = old value.`,
  })));
}

/** The second register of an even/odd pair (CASP): printed as field+1, must be written as field+1. */
function pairNext(field: string): Operand {
  return {
    syntax: `<R${field.replace(/^R/, '').toLowerCase()}+1>`,
    format(f) {
      return gprName((f[field]! + 1) & 31, f.sz === 1, false);
    },
    parse(text, f, ctx) {
      const r = parseGpr(text);
      if (!r || r.isSp) return `operand ${ctx.operandNumber} must be an integer register`;
      if (r.is64 !== (f.sz === 1) || r.num !== f[field]! + 1) {
        ctx.definite = true;
        return `reg pair must be contiguous at operand ${ctx.operandNumber}`;
      }
      return undefined;
    },
  };
}

/** The first register of an even/odd pair. */
function pairFirst(field: string): Operand {
  const reg = gpr(field, { field: 'sz' });
  return {
    syntax: reg.syntax,
    format: reg.format,
    parse(text, f, ctx) {
      const err = reg.parse(text, f, ctx);
      if (err) return err;
      if (f[field]! % 2 !== 0) { ctx.definite = true; return `reg pair must start from even reg at operand ${ctx.operandNumber}`; }
      return undefined;
    },
  };
}

function caspForms() {
  return orderings.map((o) => form({
    id: `CASP${o.suffix}` as `CASP${typeof o.suffix}`,
    mnemonic: `casp${o.suffix.toLowerCase()}`,
    feature: 'lse' as Feature,
    encoding: `0 sz:1 001000 0 ${o.a} 1 Rs:5 ${o.r} 11111 Rn:5 Rt:5`,
    operands: [pairFirst('Rs'), pairNext('Rs'), pairFirst('Rt'), pairNext('Rt'), base],
    valid: (f: Readonly<Fields>) => f.Rs! % 2 === 0 && f.Rt! % 2 === 0,
    summary: `Compare and swap a pair${o.what}: if [Xn|SP] == Rs:Rs+1 then store Rt:Rt+1.`,
  }));
}

// ---- Atomic memory operations ---------------------------------------------------------------------------

const atomicOps = [
  { name: 'LDADD', o3: 0, opc: '000', what: 'add' },
  { name: 'LDCLR', o3: 0, opc: '001', what: 'bit clear' },
  { name: 'LDEOR', o3: 0, opc: '010', what: 'exclusive OR' },
  { name: 'LDSET', o3: 0, opc: '011', what: 'bit set' },
  { name: 'LDSMAX', o3: 0, opc: '100', what: 'signed maximum' },
  { name: 'LDSMIN', o3: 0, opc: '101', what: 'signed minimum' },
  { name: 'LDUMAX', o3: 0, opc: '110', what: 'unsigned maximum' },
  { name: 'LDUMIN', o3: 0, opc: '111', what: 'unsigned minimum' },
  { name: 'SWP', o3: 1, opc: '000', what: 'swap' },
] as const;

function atomicForms() {
  return atomicOps.flatMap((op) => orderings.flatMap((o) => sizes.map((s) => form({
    id: `${op.name}${o.suffix}${s.suffix}` as `${typeof op.name}${typeof o.suffix}${typeof s.suffix}`,
    mnemonic: `${op.name}${o.suffix}${s.suffix}`.toLowerCase(),
    feature: 'lse' as Feature,
    encoding: `${s.size} 111 0 00 ${o.a} ${o.r} 1 Rs:5 ${op.o3} ${op.opc} 00 Rn:5 Rt:5`,
    operands: [s.rs, s.rt, base],
    summary: op.name === 'SWP'
      ? `Swap ${s.what}${o.what}: Rt = [Xn|SP]; [Xn|SP] = Rs.`
      : `Atomic ${op.what} on ${s.what}${o.what}: Rt = [Xn|SP]; [Xn|SP] = [Xn|SP] ${op.what} Rs.`,
  }))));
}

/** ST<op>{L}{B|H}: the LD<op> forms without acquire whose loaded value goes to the zero register. */
function atomicStoreAliases() {
  const storeOrderings = orderings.filter((o) => o.a === 0);
  return atomicOps.filter((op) => op.o3 === 0).flatMap((op) => storeOrderings.flatMap((o) => sizes.map((s) => {
    const st = `ST${op.name.slice(2)}${o.suffix}${s.suffix}`;
    return alias({
      id: st as `ST${string}`,
      mnemonic: st.toLowerCase(),
      aliasOf: `${op.name}${o.suffix}${s.suffix}`,
      feature: 'lse' as Feature,
      encoding: `${s.size} 111 0 00 0 ${o.r} 1 Rs:5 0 ${op.opc} 00 Rn:5 11111`,
      operands: [s.rs, base],
      summary: `Atomic ${op.what} on ${s.what}${o.what}, without returning the old value.`,
    });
  })));
}

// ---- 64-byte single-copy atomic accesses (LS64) -----------------------------------------------------------

/**
 * Rt of LD64B/ST64B/ST64BV/ST64BV0: the first of eight consecutive X registers, so it must be even and at most
 * X22 (Rt<4:3> = '11' or Rt<0> = '1' is UNDEFINED); GNU as rejects the others.
 */
const Xt64: Operand = {
  ...Xt,
  parse(text, f, ctx) {
    const err = Xt.parse(text, f, ctx);
    if (err !== undefined) return err;
    if ((f.Rt! & 1) !== 0 || f.Rt! > 22) return `invalid Rt register number in 64-byte load/store at operand ${ctx.operandNumber}`;
    return undefined;
  },
};

function ls64Forms() {
  return [
    form({ id: 'LD64B', mnemonic: 'ld64b', feature: 'ls64' as Feature, encoding: '11 111 0 00 0 0 1 11111 1 101 00 Rn:5 Rt:5',
      operands: [Xt64, base], summary: 'Single-copy atomic 64-byte load into Xt..Xt+7.' }),
    form({ id: 'ST64B', mnemonic: 'st64b', feature: 'ls64' as Feature, encoding: '11 111 0 00 0 0 1 11111 1 001 00 Rn:5 Rt:5',
      operands: [Xt64, base], summary: 'Single-copy atomic 64-byte store from Xt..Xt+7.' }),
    form({ id: 'ST64BV', mnemonic: 'st64bv', feature: 'ls64' as Feature, encoding: '11 111 0 00 0 0 1 Rs:5 1 011 00 Rn:5 Rt:5',
      operands: [gpr('Rs', 'x'), Xt64, base], summary: 'Single-copy atomic 64-byte store with status result in Xs.' }),
    form({ id: 'ST64BV0', mnemonic: 'st64bv0', feature: 'ls64' as Feature, encoding: '11 111 0 00 0 0 1 Rs:5 1 010 00 Rn:5 Rt:5',
      operands: [gpr('Rs', 'x'), Xt64, base], summary: 'Single-copy atomic 64-byte store (with ACCDATA_EL1) and status result.' }),
  ];
}

export const loadStoreAtomicForms = [
  ...exclusiveForms(),
  ...exclusivePairForms(),
  ...orderedForms(),
  ...ldaprForms(),
  ...casForms(),
  ...caspForms(),
  ...atomicForms(),
  ...ls64Forms(),
];

export const loadStoreAtomicAliases = [...atomicStoreAliases()];
