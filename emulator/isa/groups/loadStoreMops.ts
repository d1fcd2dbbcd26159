// Memory copy and memory set (FEAT_MOPS): the prologue/main/epilogue triples CPYF{P,M,E}* and CPY{P,M,E}*
// with their sixteen unprivileged/non-temporal read/write options, SET{P,M,E}{,T,N,TN}, and the MTE variants
// SETG{P,M,E}* that also set the allocation tags of the granules they store to.
//
// The ids are typed as `CPY${string}`/`SET${string}` patterns: the executor's coverage check does not demand
// semantics for them yet (unknown ids execute as undefined instructions). Give them literal types once the
// executor implements MOPS.
//
// Fields: Rd (destination address, written back), Rs (CPY: source address, written back; SET: the byte value),
// Rn (remaining byte count, written back). Registers must be distinct and not 31 (SET's Rs may be XZR);
// objdump prints any other encoding as undefined.

import { builders, type Fields, type Operand } from '../table.js';
import type { Feature } from '../api.js';
import { gprName, parseGpr } from '../text.js';

const { form } = builders('loadStore');

/** '[Xn]!' or 'Xn!' (the register is written back), or a plain 'Xn' (SET's value register). */
function mopsRegister(field: string, shape: 'address' | 'writeback' | 'plain', role: string): Operand {
  return {
    syntax: shape === 'address' ? `[<X${field[1]!.toLowerCase()}>]!` : shape === 'writeback' ? `<X${field[1]!.toLowerCase()}>!` : `<X${field[1]!.toLowerCase()}>`,
    format(f) {
      const name = gprName(f[field]!, true, false);
      return shape === 'address' ? `[${name}]!` : shape === 'writeback' ? `${name}!` : name;
    },
    parse(text, f, ctx) {
      let t = text.trim();
      if (shape === 'address') {
        const m = /^\[\s*([^\]]*?)\s*\]\s*!$/.exec(t);
        if (!m) return `operand ${ctx.operandNumber} must be a register ${role} address with writeback`;
        t = m[1]!;
      } else if (shape === 'writeback') {
        if (!t.endsWith('!')) return `operand ${ctx.operandNumber} must be an integer register with writeback`;
        t = t.slice(0, -1).trim();
      }
      const r = parseGpr(t);
      if (!r || r.isSp) return shape === 'plain' ? `operand ${ctx.operandNumber} must be an integer register` : `integer 64-bit register expected at operand ${ctx.operandNumber}`;
      if (!r.is64) return `integer 64-bit register expected at operand ${ctx.operandNumber}`;
      f[field] = r.num;
      return undefined;
    },
  };
}

function distinct(f: Readonly<Fields>): boolean {
  return f.Rd !== f.Rs && f.Rd !== f.Rn && f.Rs !== f.Rn;
}

function checkDistinct(f: Fields): string | undefined {
  return distinct(f) ? undefined : 'the three register operands must be distinct from one another';
}

const stages = [
  { suffix: 'P', op1: '00', what: 'prologue' },
  { suffix: 'M', op1: '01', what: 'main part' },
  { suffix: 'E', op1: '10', what: 'epilogue' },
] as const;

/** The option suffix of a copy for op2 (bit 0 WT, bit 1 RT, bit 2 WN, bit 3 RN), in GNU's spelling. */
function copyOptionSuffix(op2: number): string {
  const wt = op2 & 1, rt = (op2 >> 1) & 1, wn = (op2 >> 2) & 1, rn = (op2 >> 3) & 1;
  const t = wt && rt ? 't' : wt ? 'wt' : rt ? 'rt' : '';
  const n = wn && rn ? 'n' : wn ? 'wn' : rn ? 'rn' : '';
  return t + n;
}

const copyOptions = Array.from({ length: 16 }, (_, op2) => ({ op2, suffix: copyOptionSuffix(op2) }));
const setOptions = [
  { op2: 0, suffix: '' }, { op2: 1, suffix: 't' }, { op2: 2, suffix: 'n' }, { op2: 3, suffix: 'tn' },
] as const;

function bits4(v: number): string {
  return v.toString(2).padStart(4, '0');
}

function copyForms() {
  const dst = mopsRegister('Rd', 'address', 'destination');
  const src = mopsRegister('Rs', 'address', 'source');
  const count = mopsRegister('Rn', 'writeback', 'count');
  return (['CPYF', 'CPY'] as const).flatMap((base, o0) => stages.flatMap((st) => copyOptions.map((o) => form({
    id: `${base}${st.suffix}${o.suffix.toUpperCase()}` as `${typeof base}${string}`,
    mnemonic: `${base}${st.suffix}${o.suffix}`.toLowerCase(),
    feature: 'mops' as Feature,
    encoding: `00 011 ${o0} 01 ${st.op1} 0 Rs:5 ${bits4(o.op2)} 01 Rn:5 Rd:5`,
    operands: [dst, src, count],
    valid: (f: Readonly<Fields>) => distinct(f) && f.Rd !== 31 && f.Rs !== 31 && f.Rn !== 31,
    finish: checkDistinct,
    summary: `Memory copy${base === 'CPYF' ? ' forward-only' : ''}, ${st.what}: copies Xn bytes from [Xs] to [Xd], updating all three.`,
  }))));
}

function setForms() {
  const dst = mopsRegister('Rd', 'address', 'destination');
  const count = mopsRegister('Rn', 'writeback', 'count');
  const value = mopsRegister('Rs', 'plain', 'value');
  return (['SET', 'SETG'] as const).flatMap((base, o0) => stages.flatMap((st) => setOptions.map((o) => form({
    id: `${base}${st.suffix}${o.suffix.toUpperCase()}` as `${typeof base}${string}`,
    mnemonic: `${base}${st.suffix}${o.suffix}`.toLowerCase(),
    feature: 'mops' as Feature,
    encoding: `00 011 ${o0} 01 11 0 Rs:5 ${bits4((stages.indexOf(st) << 2) | o.op2)} 01 Rn:5 Rd:5`,
    operands: [dst, count, value],
    valid: (f: Readonly<Fields>) => distinct(f) && f.Rd !== 31 && f.Rn !== 31,
    finish: checkDistinct,
    summary: base === 'SETG'
      ? `Memory set with tags, ${st.what}: stores the low byte of Xs to Xn bytes at [Xd] and sets the allocation tags of those granules to the tag of Xd (Xd and Xn must be 16-byte aligned).`
      : `Memory set, ${st.what}: stores the low byte of Xs to Xn bytes at [Xd], updating Xd and Xn.`,
  }))));
}

export const loadStoreMopsForms = [...copyForms(), ...setForms()];
