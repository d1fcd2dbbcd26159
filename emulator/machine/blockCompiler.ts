// The compiled tier: a hot basic block (entered often enough) is turned into one JavaScript function with
// `new Function`, so straight-line code runs without per-instruction dispatch and a block that branches back to
// itself loops inside the function. Hot integer forms (add/sub shifted and extended, logical, moves, ADR/ADRP,
// bitfield shifts and extracts, variable shifts, CLZ/REV, multiply-add, conditional select/compare, single
// loads/stores in every addressing mode, pairs of X registers, ADDG/SUBG, branches) are emitted as inline source;
// every other instruction calls its interpreter closure through one shared trampoline. V8 spends milliseconds
// optimising each generated function, so only blocks entered thousands of times are compiled (Cpu.blockThreshold)
// and only when at least half their instructions are inline; a factory compiled once serves every later machine of
// the process that compiles the same source (see `factories`). Exactness is kept the interpreter's way:
// `c.pc` is set before anything that can fault or stop, memory goes through Cpu.load/store (TLB, permissions, every
// granule's tag check before any byte is written), and after each access a pending stop (fault, watchpoint, code
// change) returns with the exact count of completed instructions. Blocks end before breakpoint addresses and never
// start at one (the interpreter's breakpoint op stops there); single-stepping always interprets. The check modes and
// GCR_EL1.Exclude are read once per block entry: only MSR (which ends a block) and the kernel change them.
//
// The same shape fits a WebAssembly backend later: the emitters below would produce wasm instead of JS source, with
// registers in i64 locals and the TLB probe and tag compare inlined as byte loads from a shared memory of hot pages.

import type { Cpu, Op } from './cpu.js';
import type { DecodedInstruction } from '../isa/api.js';
import { decode } from '../isa/index.js';
import * as aluModule from './alu.js';
const { decodeBitMasks, branchTarget } = aluModule;

/** A compiled block: runs at most `budget` instructions, returns how many completed (c.pc and c.stop updated). */
export type BlockFn = (c: Cpu, budget: number) => number;

const MAX_BLOCK = 48;
const ENDS_BLOCK = new Set(['B', 'BL', 'B_cond', 'BC_cond', 'CBZ', 'CBNZ', 'TBZ', 'TBNZ', 'BR', 'BLR', 'RET', 'SVC', 'BRK',
  'MSR_imm', 'MSR_reg', 'SYS', 'HVC', 'SMC', 'HLT', 'UDF', 'ERET']);

interface Emitted {
  /** JS statements; may use `x` (c.x), `c`, `n` (instructions completed before this pass), `K` placeholders. */
  code: string;
  /** The instruction ends the block: its code sets c.pc itself (and may `continue` the loop). */
  ends: boolean;
}

/**
 * Flags set by inline ADDS/SUBS stay in locals (Fk, Fal, ...; Fp = pending) and reach the Cpu's lazy-flag fields
 * only when something may read them: before every exit, fallback call and unfused condition.
 */
const FLUSH = '(Fp && (c.flagKind = Fk, c.fal = Fal, c.fah = Fah, c.fbl = Fbl, c.fbh = Fbh, c.frl = Frl, c.frh = Frh, Fp = false))';

function slotZ(r: number): number { return r === 31 ? 33 : r; }
function slotSP(r: number): number { return r === 31 ? 32 : r; }
function sext(v: number, bits: number): number { const s = 32 - bits; return (v << s) >> s; }

/**
 * `const bl = ..., bh = ...;` for register slot m shifted by a constant (type 0 LSL, 1 LSR, 2 ASR, 3 ROR; alu.ts
 * shift32/shift64). 32-bit operands leave bh = 0.
 */
function shiftedOperand(m: number, type: number, s: number, wide: boolean): string {
  const l = `x[${2 * m}]`, h = `x[${2 * m + 1}]`;
  if (!wide) {
    const v = s === 0 ? l : type === 0 ? `(${l} << ${s})` : type === 1 ? `((${l} >>> ${s}) | 0)` : type === 2 ? `(${l} >> ${s})`
      : `(((${l} >>> ${s}) | (${l} << ${32 - s})) | 0)`;
    return `const bl = ${v}, bh = 0;`;
  }
  if (s === 0) return `const bl = ${l}, bh = ${h};`;
  const pre = `const ml = ${l}, mh = ${h};`;
  if (s < 32) {
    const low = `((ml >>> ${s}) | (mh << ${32 - s}))`;
    switch (type) {
      case 0: return `${pre} const bl = ml << ${s}, bh = (mh << ${s}) | (ml >>> ${32 - s});`;
      case 1: return `${pre} const bl = ${low}, bh = (mh >>> ${s}) | 0;`;
      case 2: return `${pre} const bl = ${low}, bh = mh >> ${s};`;
      default: return `${pre} const bl = ${low}, bh = (mh >>> ${s}) | (ml << ${32 - s});`;
    }
  }
  const t = s - 32;
  switch (type) {
    case 0: return `${pre} const bl = 0, bh = ml << ${t};`;
    case 1: return `${pre} const bl = (mh >>> ${t}) | 0, bh = 0;`;
    case 2: return `${pre} const bl = mh >> ${t}, bh = mh >> 31;`;
    default: return t === 0 ? `${pre} const bl = mh, bh = ml;` : `${pre} const bl = (mh >>> ${t}) | (ml << ${32 - t}), bh = (ml >>> ${t}) | (mh << ${32 - t});`;
  }
}

/** `const bl = ..., bh = ...;` for ExtendReg(m, option) << shift (0..4) (alu.ts extend64). */
function extendedOperand(m: number, option: number, shift: number): string {
  const l = `x[${2 * m}]`;
  const ext = [
    `const el = ${l} & 0xff, eh = 0;`, `const el = ${l} & 0xffff, eh = 0;`, `const el = ${l}, eh = 0;`,
    `const el = ${l}, eh = x[${2 * m + 1}];`, `const el = (${l} << 24) >> 24, eh = el >> 31;`,
    `const el = (${l} << 16) >> 16, eh = el >> 31;`, `const el = ${l}, eh = el >> 31;`, `const el = ${l}, eh = x[${2 * m + 1}];`,
  ][option]!;
  if (shift === 0) return `${ext} const bl = el, bh = eh;`;
  return `${ext} const bl = el << ${shift}, bh = (eh << ${shift}) | (el >>> ${32 - shift});`;
}

/** Rd = Rn +/- (bl, bh) from an operand prelude, with the flag locals when `flags` (mirrors alu addSub32/64). */
function addSubCode(operand: string, rn: number, rd: number, sub: boolean, flags: boolean, wide: boolean): string {
  if (!wide) {
    let code = `{ ${operand} const a = x[${2 * rn}]; const r = (a ${sub ? '-' : '+'} bl) | 0;`;
    if (flags) code += ` Fk = ${sub ? 5 : 4}; Fal = a; Fah = 0; Fbl = bl; Fbh = 0; Frl = r; Frh = 0; Fp = true;`;
    return `${code} x[${2 * rd}] = r; x[${2 * rd + 1}] = 0; }`;
  }
  const arith = sub
    ? `const s = (al >>> 0) - (bl >>> 0); const rl = s | 0, rh = (ah - bh - (s < 0 ? 1 : 0)) | 0;`
    : `const s = (al >>> 0) + (bl >>> 0); const rl = s | 0, rh = (ah + bh + (s > 4294967295 ? 1 : 0)) | 0;`;
  let code = `{ ${operand} const al = x[${2 * rn}], ah = x[${2 * rn + 1}]; ${arith}`;
  if (flags) code += ` Fk = ${sub ? 2 : 1}; Fal = al; Fah = ah; Fbl = bl; Fbh = bh; Frl = rl; Frh = rh; Fp = true;`;
  return `${code} x[${2 * rd}] = rl; x[${2 * rd + 1}] = rh; }`;
}

/** Emits an interpreter-closure call for instruction k (the fallback for every form without an inline emitter). */
function fallback(k: number, pc: number, ends: boolean): Emitted {
  const stopCheck = `if (c.stop !== 0) return n + ${k} + ((c.stop === 1 || c.stop === 3) ? 0 : 1);`;
  return {
    code: `c.pc = ${pc}; c.icount = ic + n + ${k}; ${FLUSH}; call(ops[${k}], c); ${stopCheck}${ends ? ` return n + ${k + 1};` : ''}`,
    ends,
  };
}

/** Inline source for the hot forms; undefined means "use the closure". */
function emit(d: DecodedInstruction, k: number, pc: number, start: number, end: number): Emitted | undefined {
  const f = d.fields;
  const id = d.form.id;
  const memStop = (done: number): string => `if (c.stop !== 0) { c.pc = ${pc + 4}; return n + ${done}; }`;
  switch (id) {
    case 'ADD_imm': case 'SUB_imm': case 'ADDS_imm': case 'SUBS_imm': {
      const sub = id.startsWith('SUB');
      const flags = id.endsWith('S_imm');
      const imm = f['imm12']! << ((f['sh'] ?? 0) * 12);
      const rn = slotSP(f['Rn']!);
      const rd = flags ? slotZ(f['Rd']!) : slotSP(f['Rd']!);
      if (f['sf'] === 0) {
        const op = sub ? '-' : '+';
        let code = `{ const a = x[${2 * rn}]; const r = (a ${op} ${imm}) | 0;`;
        if (flags) code += ` Fk = ${sub ? 5 : 4}; Fal = a; Fah = 0; Fbl = ${imm}; Fbh = 0; Frl = r; Frh = 0; Fp = true; F = r;`;
        code += ` x[${2 * rd}] = r; x[${2 * rd + 1}] = 0; }`;
        return { code, ends: false };
      }
      let code = `{ const al = x[${2 * rn}], ah = x[${2 * rn + 1}]; const s = (al >>> 0) ${sub ? '-' : '+'} ${imm};`;
      code += sub ? ` const rl = s | 0, rh = (ah - (s < 0 ? 1 : 0)) | 0;` : ` const rl = s | 0, rh = (ah + (s > 4294967295 ? 1 : 0)) | 0;`;
      if (flags) code += ` Fk = ${sub ? 2 : 1}; Fal = al; Fah = ah; Fbl = ${imm}; Fbh = 0; Frl = rl; Frh = rh; Fp = true; F = rl | rh;`;
      code += ` x[${2 * rd}] = rl; x[${2 * rd + 1}] = rh; }`;
      return { code, ends: false };
    }
    case 'ORR_shift': case 'AND_shift': case 'EOR_shift': case 'ANDS_shift':
    case 'ORN_shift': case 'BIC_shift': case 'EON_shift': case 'BICS_shift': {
      const sf = f['sf']!, amount = f['imm6']!;
      if (sf === 0 && amount >= 32) return undefined;
      const rm = f['Rm']!, rn = f['Rn']!, rd = slotZ(f['Rd']!);
      if (id === 'ORR_shift' && rn === 31 && amount === 0) {
        return { code: `x[${2 * rd}] = x[${2 * rm}]; x[${2 * rd + 1}] = ${sf ? `x[${2 * rm + 1}]` : '0'};`, ends: false };
      }
      const invert = id === 'ORN_shift' || id === 'BIC_shift' || id === 'EON_shift' || id === 'BICS_shift';
      const op = id.startsWith('ORR') || id.startsWith('ORN') ? '|' : id.startsWith('EOR') || id.startsWith('EON') ? '^' : '&';
      const flags = id === 'ANDS_shift' || id === 'BICS_shift';
      const b = (v: string): string => invert ? `~${v}` : v;
      let code = `{ ${shiftedOperand(rm, f['shift']!, amount, sf === 1)} const rl = x[${2 * rn}] ${op} ${b('bl')}, rh = ${sf ? `x[${2 * rn + 1}] ${op} ${b('bh')}` : '0'};`;
      if (flags) code += ` Fk = ${sf ? 3 : 6}; Frl = rl; Frh = rh; Fp = true;`;
      code += ` x[${2 * rd}] = rl; x[${2 * rd + 1}] = rh; }`;
      return { code, ends: false };
    }
    case 'ADD_shift': case 'SUB_shift': case 'ADDS_shift': case 'SUBS_shift': {
      const sf = f['sf']!, type = f['shift']!, amount = f['imm6']!;
      if (type === 3 || (sf === 0 && amount >= 32)) return undefined;
      const rm = f['Rm']!, rn = f['Rn']!, rd = slotZ(f['Rd']!);
      return { code: addSubCode(shiftedOperand(rm, type, amount, sf === 1), rn, rd, id.startsWith('SUB'), id.includes('S_'), sf === 1), ends: false };
    }
    case 'ADD_ext': case 'SUB_ext': case 'ADDS_ext': case 'SUBS_ext': {
      const shift = f['imm3']!;
      if (shift > 4) return undefined;
      const flags = id.includes('S_');
      const rn = slotSP(f['Rn']!), rd = flags ? slotZ(f['Rd']!) : slotSP(f['Rd']!);
      return { code: addSubCode(extendedOperand(f['Rm']!, f['option']!, shift), rn, rd, id.startsWith('SUB'), flags, f['sf'] === 1), ends: false };
    }
    case 'ADR': case 'ADRP': {
      const imm = sext((f['immhi']! << 2) | f['immlo']!, 21);
      const value = id === 'ADRP' ? (pc - (pc % 4096)) + imm * 4096 : pc + imm;
      const v = BigInt.asUintN(64, BigInt(value));
      const rd = slotZ(f['Rd']!);
      return { code: `x[${2 * rd}] = ${Number(v & 0xffffffffn) | 0}; x[${2 * rd + 1}] = ${Number(v >> 32n) | 0};`, ends: false };
    }
    case 'MOVK': {
      const sf = f['sf']!, hw = f['hw']!;
      if (sf === 0 && hw >= 2) return undefined;
      const rd = slotZ(f['Rd']!);
      const slot = 2 * rd + (hw >= 2 ? 1 : 0), sh = (hw * 16) & 31;
      return { code: `x[${slot}] = (x[${slot}] & ${~(0xffff << sh)}) | ${(f['imm16']! << sh) | 0};${sf ? '' : ` x[${2 * rd + 1}] = 0;`}`, ends: false };
    }
    case 'LSLV': case 'LSRV': case 'ASRV': case 'RORV': {
      const rn = f['Rn']!, rm = f['Rm']!, rd = slotZ(f['Rd']!);
      const type = ['LSLV', 'LSRV', 'ASRV', 'RORV'].indexOf(id);
      if (f['sf'] === 0) {
        const v = [`v << a`, `(v >>> a) | 0`, `v >> a`, `((v >>> a) | (v << (32 - a))) | 0`][type]!;
        return { code: `{ const v = x[${2 * rn}], a = x[${2 * rm}] & 31; x[${2 * rd}] = ${v}; x[${2 * rd + 1}] = 0; }`, ends: false };
      }
      const small = [
        'rl = l << a; rh = (h << a) | (l >>> (32 - a));',
        'rl = (l >>> a) | (h << (32 - a)); rh = (h >>> a) | 0;',
        'rl = (l >>> a) | (h << (32 - a)); rh = h >> a;',
        'rl = (l >>> a) | (h << (32 - a)); rh = (h >>> a) | (l << (32 - a));',
      ][type]!;
      const large = [
        'rl = 0; rh = l << b;',
        'rl = (h >>> b) | 0; rh = 0;',
        'rl = h >> b; rh = h >> 31;',
        'if (b === 0) { rl = h; rh = l; } else { rl = (h >>> b) | (l << (32 - b)); rh = (l >>> b) | (h << (32 - b)); }',
      ][type]!;
      return {
        code: `{ const l = x[${2 * rn}], h = x[${2 * rn + 1}], a = x[${2 * rm}] & 63; let rl = l, rh = h; if (a >= 32) { const b = a - 32; ${large} } else if (a !== 0) { ${small} } x[${2 * rd}] = rl; x[${2 * rd + 1}] = rh; }`,
        ends: false,
      };
    }
    case 'CLZ': case 'REV_64': {
      const rn = f['Rn']!, rd = slotZ(f['Rd']!);
      if (id === 'CLZ') {
        if (f['sf'] === 0) return { code: `x[${2 * rd}] = Math.clz32(x[${2 * rn}]); x[${2 * rd + 1}] = 0;`, ends: false };
        return { code: `{ const h = x[${2 * rn + 1}]; x[${2 * rd}] = h !== 0 ? Math.clz32(h) : 32 + Math.clz32(x[${2 * rn}]); x[${2 * rd + 1}] = 0; }`, ends: false };
      }
      const swap = (v: string): string => `((${v} << 24) | ((${v} & 0xff00) << 8) | ((${v} >>> 8) & 0xff00) | (${v} >>> 24))`;
      return { code: `{ const l = x[${2 * rn}], h = x[${2 * rn + 1}]; x[${2 * rd}] = ${swap('h')}; x[${2 * rd + 1}] = ${swap('l')}; }`, ends: false };
    }
    case 'CCMP_imm': case 'CCMP_reg': case 'CCMN_imm': case 'CCMN_reg': {
      // Flags of Rn -/+ operand into the flag locals when the condition holds, else the literal nzcv.
      const sub = id.startsWith('CCMP');
      const imm = id.endsWith('_imm');
      const rn = f['Rn']!;
      const rm = imm ? 0 : f['Rm']!;
      const bl = imm ? `${f['imm5']!}` : `x[${2 * rm}]`;
      const bh = imm ? '0' : `x[${2 * rm + 1}]`;
      const test = `(${FLUSH}, c.conditionHolds(${f['cond']!}))`;
      const otherwise = `c.setNZCV(${f['nzcv']!}); Fp = false;`; // the locals may be pending when the condition was fused
      if (f['sf'] === 0) {
        return {
          code: `if ${test} { const a = x[${2 * rn}], b = ${bl}; const r = (a ${sub ? '-' : '+'} b) | 0; Fk = ${sub ? 5 : 4}; Fal = a; Fah = 0; Fbl = b; Fbh = 0; Frl = r; Frh = 0; Fp = true; F = r; } else { ${otherwise} }`,
          ends: false,
        };
      }
      const arith = sub
        ? `const s = (al >>> 0) - (bl >>> 0); const rl = s | 0, rh = (ah - bh - (s < 0 ? 1 : 0)) | 0;`
        : `const s = (al >>> 0) + (bl >>> 0); const rl = s | 0, rh = (ah + bh + (s > 4294967295 ? 1 : 0)) | 0;`;
      return {
        code: `if ${test} { const al = x[${2 * rn}], ah = x[${2 * rn + 1}], bl = ${bl}, bh = ${bh}; ${arith} Fk = ${sub ? 2 : 1}; Fal = al; Fah = ah; Fbl = bl; Fbh = bh; Frl = rl; Frh = rh; Fp = true; F = rl | rh; } else { ${otherwise} }`,
        ends: false,
      };
    }
    case 'MADD': case 'MSUB': case 'UMADDL': case 'UMSUBL': case 'SMADDL': case 'SMSUBL': {
      const rn = f['Rn']!, rm = f['Rm']!, ra = f['Ra']!, rd = slotZ(f['Rd']!);
      const sub = id === 'MSUB' || id.endsWith('SUBL');
      if (id.startsWith('M') && f['sf'] === 0) {
        return { code: `{ const r = (x[${2 * ra}] ${sub ? '-' : '+'} Math.imul(x[${2 * rn}], x[${2 * rm}])) | 0; x[${2 * rd}] = r; x[${2 * rd + 1}] = 0; }`, ends: false };
      }
      // Low 64 bits of the product from 16-bit pieces (as alu.umul32/mul64), then Ra +/- it.
      let code = `{ const al = x[${2 * rn}], bl = x[${2 * rm}]; const a0 = al & 0xffff, a1 = al >>> 16, b0 = bl & 0xffff, b1 = bl >>> 16;`;
      code += ` const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1; const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);`;
      code += ` const pl = ((mid << 16) | (p00 & 0xffff)) | 0;`;
      if (id.startsWith('M')) code += ` const ph = (p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16) + Math.imul(al, x[${2 * rm + 1}]) + Math.imul(x[${2 * rn + 1}], bl)) | 0;`;
      else if (id.startsWith('U')) code += ` const ph = (p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)) | 0;`;
      else code += ` const ph = (((p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)) | 0) - (al < 0 ? bl : 0) - (bl < 0 ? al : 0)) | 0;`;
      code += sub
        ? ` const s = (x[${2 * ra}] >>> 0) - (pl >>> 0); const rh = (x[${2 * ra + 1}] - ph - (s < 0 ? 1 : 0)) | 0;`
        : ` const s = (x[${2 * ra}] >>> 0) + (pl >>> 0); const rh = (x[${2 * ra + 1}] + ph + (s > 4294967295 ? 1 : 0)) | 0;`;
      code += ` x[${2 * rd}] = s | 0; x[${2 * rd + 1}] = rh; }`;
      return { code, ends: false };
    }
    case 'AND_imm': case 'ORR_imm': case 'EOR_imm': case 'ANDS_imm': {
      const sf = f['sf']!, N = f['N'] ?? 0;
      if (sf === 0 && N === 1) return undefined;
      const masks = decodeBitMasks(N, f['imms']!, f['immr']!, true, sf ? 64 : 32);
      if (!masks) return undefined;
      const lo = Number(masks.wmask & 0xffffffffn) | 0, hi = sf ? Number((masks.wmask >> 32n) & 0xffffffffn) | 0 : 0;
      if (id === 'ANDS_imm') {
        const rn = f['Rn']!, rd = slotZ(f['Rd']!);
        return {
          code: `{ const rl = x[${2 * rn}] & ${lo}, rh = ${sf ? `x[${2 * rn + 1}] & ${hi}` : '0'}; Fk = ${sf ? 3 : 6}; Frl = rl; Frh = rh; Fp = true; x[${2 * rd}] = rl; x[${2 * rd + 1}] = rh; }`,
          ends: false,
        };
      }
      const rn = f['Rn']!, rd = slotSP(f['Rd']!);
      if (id === 'ORR_imm' && rn === 31) return { code: `x[${2 * rd}] = ${lo}; x[${2 * rd + 1}] = ${hi};`, ends: false };
      const op = id === 'AND_imm' ? '&' : id === 'ORR_imm' ? '|' : '^';
      return { code: `{ const h = ${sf ? `x[${2 * rn + 1}] ${op} ${hi}` : '0'}; x[${2 * rd}] = x[${2 * rn}] ${op} ${lo}; x[${2 * rd + 1}] = h; }`, ends: false };
    }
    case 'BR': case 'BLR': case 'RET': {
      // The target is read before X30 is written (BLR X30).
      const rn = f['Rn']!;
      const ret = pc + 4;
      const link = id === 'BLR' ? ` x[60] = ${ret % 4294967296 | 0}; x[61] = ${Math.floor(ret / 4294967296) | 0};` : '';
      return { code: `{ const to = bt(x[${2 * rn}], x[${2 * rn + 1}]);${link} c.pc = to; return n + ${k + 1}; }`, ends: true };
    }
    case 'NOP':
      return { code: '', ends: false };
    case 'MOVZ': case 'MOVN': {
      const hw = f['hw']!;
      if (f['sf'] === 0 && hw >= 2) return undefined;
      let v = BigInt(f['imm16']!) << BigInt(hw * 16);
      if (id === 'MOVN') v = ~v;
      if (f['sf'] === 0) v &= 0xffffffffn;
      const lo = Number(v & 0xffffffffn) | 0, hi = Number((v >> 32n) & 0xffffffffn) | 0;
      const rd = slotZ(f['Rd']!);
      return { code: `x[${2 * rd}] = ${lo}; x[${2 * rd + 1}] = ${hi};`, ends: false };
    }
    case 'LDR_imm': case 'STR_imm': case 'LDRB_imm': case 'STRB_imm': case 'LDRH_imm': case 'STRH_imm':
    case 'LDR_post': case 'STR_post': case 'LDRB_post': case 'STRB_post': case 'LDRH_post': case 'STRH_post':
    case 'LDR_pre': case 'STR_pre': case 'LDRB_pre': case 'STRB_pre': case 'LDRH_pre': case 'STRH_pre':
    case 'LDUR': case 'STUR': case 'LDURB': case 'STURB': case 'LDURH': case 'STURH':
    case 'LDR_reg': case 'STR_reg': case 'LDRB_reg': case 'STRB_reg': case 'LDRH_reg': case 'STRH_reg': {
      const mode = id.endsWith('_post') ? 'post' : id.endsWith('_pre') ? 'pre' : id.endsWith('_reg') ? 'register'
        : id.startsWith('LDUR') || id.startsWith('STUR') ? 'unscaled' : 'unsigned';
      const kind = id.replace(/_(imm|pre|post|reg)$/, '').replace(/^(LD|ST)UR/, '$1R');
      const size = kind === 'LDRB' || kind === 'STRB' ? 1 : kind === 'LDRH' || kind === 'STRH' ? 2 : f['sz'] ? 8 : 4;
      const off = mode === 'unsigned' ? f['imm12']! * size : mode === 'register' ? 0 : sext(f['imm9']!, 9);
      const rn = slotSP(f['Rn']!);
      const load = id.startsWith('LD');
      // Arm ARM: tagchecked = wback || n != 31 (register offsets are always checked).
      const checked = f['Rn'] !== 31 || mode === 'pre' || mode === 'post' || mode === 'register';
      // Register offset: Xm (LSL/SXTX), Wm zero- or sign-extended (UXTW/SXTW), shifted by log2(size) when S = 1.
      let regOffset = '';
      if (mode === 'register') {
        const m = f['Rm']!, option = f['option']!, amount = f['S'] ? Math.log2(size) : 0;
        const mh = option === 3 || option === 7 ? `x[${2 * m + 1}]` : option === 2 ? '0' : option === 6 ? `(x[${2 * m}] >> 31)` : undefined;
        if (mh === undefined) return undefined;
        regOffset = amount === 0
          ? `const ol = x[${2 * m}], oh = ${mh};`
          : `const ml = x[${2 * m}], mh = ${mh}; const ol = ml << ${amount}, oh = (mh << ${amount}) | (ml >>> ${32 - amount});`;
      }
      if (load && (mode === 'pre' || mode === 'post') && f['Rt'] === f['Rn'] && f['Rn'] !== 31) return undefined;
      const addressOffset = mode === 'post' ? 0 : off;
      const writeBack = mode === 'pre' || mode === 'post'
        ? ` { const w = (x[${2 * rn}] >>> 0) + ${off >>> 0}; x[${2 * rn + 1}] = (x[${2 * rn + 1}] + ${off < 0 ? -1 : 0} + (w > 4294967295 ? 1 : 0)) | 0; x[${2 * rn}] = w | 0; }`
        : '';
      // The TLB probe and the tag compare are inlined; anything unusual (miss, page crossing, mismatch, async
      // recording, watchpoints) takes Cpu.load/store, which redoes the access exactly.
      const sync = `c.pc = ${pc}; c.icount = ic + n + ${k};`;
      const offLo = addressOffset >>> 0, offHi = addressOffset < 0 ? -1 : 0;
      let code = mode === 'register'
        ? `{ ${regOffset} const s = (x[${2 * rn}] >>> 0) + (ol >>> 0); const lo = s | 0, hi = (x[${2 * rn + 1}] + oh + (s > 4294967295 ? 1 : 0)) | 0;`
        : `{ const s = (x[${2 * rn}] >>> 0) + ${offLo}; const lo = s | 0, hi = (x[${2 * rn + 1}] + ${offHi} + (s > 4294967295 ? 1 : 0)) | 0;`;
      code += ` const pn = (hi & 0xffff) * 1048576 + (lo >>> 12); const ti = pn & 255; const o = lo & 4095; let done = false;`;
      code += ` if ((hi & 0xff0000) === 0 && o <= ${4096 - size} && ${load ? 'rk' : 'wk'}[ti] === pn) { const pg = ${load ? 'rp' : 'wp'}[ti];`;
      const tagOk = checked
        ? ` const tg = pg.tags; if (tg === null || ${load ? 'rc' : 'wc'} === 0 || (tg[o >> 4] === ((hi >>> 24) & 15)${size > 1 ? ` && tg[(o + ${size - 1}) >> 4] === ((hi >>> 24) & 15)` : ''}))`
        : '';
      if (load) {
        const rt = slotZ(f['Rt']!);
        const read = size === 8
          ? `if ((o & 3) === 0) { const w = pg.words; x[${2 * rt}] = w[o >> 2]; x[${2 * rt + 1}] = w[(o >> 2) + 1]; } else { x[${2 * rt}] = pg.view.getInt32(o, true); x[${2 * rt + 1}] = pg.view.getInt32(o + 4, true); }`
          : size === 4 ? `x[${2 * rt}] = pg.view.getInt32(o, true); x[${2 * rt + 1}] = 0;`
            : size === 2 ? `x[${2 * rt}] = pg.view.getUint16(o, true); x[${2 * rt + 1}] = 0;`
              : `x[${2 * rt}] = pg.data[o]; x[${2 * rt + 1}] = 0;`;
        code += `${tagOk} { ${read} done = true; } }`;
        code += ` if (!done) { ${sync} if (!c.load(lo, hi, ${size}, ${checked})) return n + ${k}; x[${2 * rt}] = c.ldLo; x[${2 * rt + 1}] = ${size === 8 ? 'c.ldHi' : '0'}; ${writeBack} ${memStop(k + 1)} } else {${writeBack} } }`;
      } else {
        const rt = f['Rt']!;
        const write = size === 8
          ? `if ((o & 3) === 0) { const w = pg.words; w[o >> 2] = x[${2 * rt}]; w[(o >> 2) + 1] = x[${2 * rt + 1}]; } else { pg.view.setInt32(o, x[${2 * rt}], true); pg.view.setInt32(o + 4, x[${2 * rt + 1}], true); }`
          : size === 4 ? `pg.view.setInt32(o, x[${2 * rt}], true);` : size === 2 ? `pg.view.setInt16(o, x[${2 * rt}], true);` : `pg.data[o] = x[${2 * rt}];`;
        code += `${tagOk} { ${write} done = true; } }`;
        code += ` if (!done) { ${sync} if (!c.store(lo, hi, ${size}, ${checked}, x[${2 * rt}], x[${2 * rt + 1}])) return n + ${k}; ${writeBack} ${memStop(k + 1)} } else {${writeBack} } }`;
      }
      return { code, ends: false };
    }
    case 'LDP_off': case 'STP_off': case 'LDP_pre': case 'STP_pre': case 'LDP_post': case 'STP_post': {
      if (f['sz'] !== 1) return undefined;
      const mode = id.endsWith('_pre') ? 'pre' : id.endsWith('_post') ? 'post' : 'off';
      const off = sext(f['imm7']!, 7) * 8;
      const rn = slotSP(f['Rn']!);
      const load = id.startsWith('LDP');
      const rt = f['Rt']!, rt2 = f['Rt2']!;
      if (load && (rt === rt2 || (mode !== 'off' && (rt === f['Rn'] || rt2 === f['Rn']) && f['Rn'] !== 31))) return undefined;
      const checked = f['Rn'] !== 31 || mode !== 'off';
      const addressOffset = mode === 'post' ? 0 : off;
      const writeBack = mode !== 'off'
        ? ` { const w = (x[${2 * rn}] >>> 0) + ${off >>> 0}; x[${2 * rn + 1}] = (x[${2 * rn + 1}] + ${off < 0 ? -1 : 0} + (w > 4294967295 ? 1 : 0)) | 0; x[${2 * rn}] = w | 0; }`
        : '';
      const sync = `c.pc = ${pc}; c.icount = ic + n + ${k};`;
      let code = `{ const s = (x[${2 * rn}] >>> 0) + ${addressOffset >>> 0}; const lo = s | 0, hi = (x[${2 * rn + 1}] + ${addressOffset < 0 ? -1 : 0} + (s > 4294967295 ? 1 : 0)) | 0;`;
      code += ` const pn = (hi & 0xffff) * 1048576 + (lo >>> 12); const ti = pn & 255; const o = lo & 4095; let done = false;`;
      code += ` if ((hi & 0xff0000) === 0 && o <= 4080 && (o & 3) === 0 && ${load ? 'rk' : 'wk'}[ti] === pn) { const pg = ${load ? 'rp' : 'wp'}[ti];`;
      const tagOk = checked
        ? ` const tg = pg.tags; if (tg === null || ${load ? 'rc' : 'wc'} === 0 || (tg[o >> 4] === ((hi >>> 24) & 15) && tg[(o + 15) >> 4] === ((hi >>> 24) & 15)))`
        : '';
      const t1 = slotZ(rt), t2 = slotZ(rt2);
      if (load) {
        code += `${tagOk} { const w = pg.words, i = o >> 2; x[${2 * t1}] = w[i]; x[${2 * t1 + 1}] = w[i + 1]; x[${2 * t2}] = w[i + 2]; x[${2 * t2 + 1}] = w[i + 3]; done = true; } }`;
        code += ` if (!done) { ${sync} if (!c.load16(lo, hi, ${checked})) return n + ${k}; x[${2 * t1}] = c.ldLo; x[${2 * t1 + 1}] = c.ldHi; x[${2 * t2}] = c.ld2Lo; x[${2 * t2 + 1}] = c.ld2Hi; ${writeBack} ${memStop(k + 1)} } else {${writeBack} } }`;
      } else {
        code += `${tagOk} { const w = pg.words, i = o >> 2; w[i] = x[${2 * rt}]; w[i + 1] = x[${2 * rt + 1}]; w[i + 2] = x[${2 * rt2}]; w[i + 3] = x[${2 * rt2 + 1}]; done = true; } }`;
        code += ` if (!done) { ${sync} if (!c.store16(lo, hi, ${checked}, x[${2 * rt}], x[${2 * rt + 1}], x[${2 * rt2}], x[${2 * rt2 + 1}])) return n + ${k}; ${writeBack} ${memStop(k + 1)} } else {${writeBack} } }`;
      }
      return { code, ends: false };
    }
    case 'ADDG': case 'SUBG': {
      const rn = slotSP(f['Rn']!), rd = slotSP(f['Rd']!);
      const offset = f['uimm6']! * 16;
      const tagOffset = f['uimm4']!;
      const add = id === 'ADDG';
      // With a zero tag offset and a non-excluded tag the tag is unchanged (ChooseNonExcludedTag's fast case).
      const tagExpr = tagOffset === 0
        ? `((gx >>> t0) & 1) === 0 ? t0 : chooseTag(t0, 0, gx)`
        : `chooseTag(t0, ${tagOffset}, gx)`;
      let code = `{ const al = x[${2 * rn}], ah = x[${2 * rn + 1}]; const t0 = (ah >>> 24) & 15; const tag = ${tagExpr};`;
      code += add
        ? ` const s = (al >>> 0) + ${offset}; const rh = (ah + (s > 4294967295 ? 1 : 0)) | 0;`
        : ` const s = (al >>> 0) - ${offset}; const rh = (ah - (s < 0 ? 1 : 0)) | 0;`;
      code += ` x[${2 * rd}] = s | 0; x[${2 * rd + 1}] = (rh & ~0x0f000000) | (tag << 24); }`;
      return { code, ends: false };
    }
    case 'TBZ': case 'TBNZ': {
      const to = pc + sext(f['imm14']!, 14) * 4;
      const bit = (f['b5']! << 5) | f['b40']!;
      const rt = f['Rt']!;
      const test = `(x[${2 * rt + (bit >= 32 ? 1 : 0)}] & ${(1 << (bit & 31)) | 0}) ${id === 'TBZ' ? '===' : '!=='} 0`;
      const taken = to === start
        ? `if (n + ${k + 1} + ${end - start >> 2} <= budget) { n += ${k + 1}; continue; } c.pc = ${to}; return n + ${k + 1};`
        : `c.pc = ${to}; return n + ${k + 1};`;
      return { code: `if (${test}) { ${taken} } c.pc = ${pc + 4}; return n + ${k + 1};`, ends: true };
    }
    case 'BL': {
      const to = pc + sext(f['imm26']!, 26) * 4;
      const ret = pc + 4;
      return { code: `x[60] = ${ret % 4294967296 | 0}; x[61] = ${Math.floor(ret / 4294967296) | 0}; c.pc = ${to}; return n + ${k + 1};`, ends: true };
    }
    case 'CSEL': case 'CSINC': case 'CSINV': case 'CSNEG': {
      const rn = f['Rn']!, rm = f['Rm']!, rd = slotZ(f['Rd']!);
      const sf = f['sf'] === 1;
      let other: string;
      if (id === 'CSEL') other = `rl = x[${2 * rm}]; rh = x[${2 * rm + 1}];`;
      else if (id === 'CSINV') other = `rl = ~x[${2 * rm}]; rh = ~x[${2 * rm + 1}];`;
      else if (id === 'CSINC') other = `{ const s = (x[${2 * rm}] >>> 0) + 1; rl = s | 0; rh = (x[${2 * rm + 1}] + (s > 4294967295 ? 1 : 0)) | 0; }`;
      else other = `{ const s = (~x[${2 * rm}] >>> 0) + 1; rl = s | 0; rh = (~x[${2 * rm + 1}] + (s > 4294967295 ? 1 : 0)) | 0; }`;
      return {
        code: `{ let rl, rh; if ((${FLUSH}, c.conditionHolds(${f['cond']}))) { rl = x[${2 * rn}]; rh = x[${2 * rn + 1}]; } else { ${other} } x[${2 * rd}] = rl; x[${2 * rd + 1}] = ${sf ? 'rh' : '0'}; }`,
        ends: false,
      };
    }
    case 'UBFM': case 'SBFM': {
      // The shift aliases LSL/LSR (UBFM) and ASR (SBFM), UBFX/UXTB/UXTH of low bits, SXTB/SXTH/SXTW.
      const immr = f['immr']!, imms = f['imms']!;
      const rn = f['Rn']!, rd = slotZ(f['Rd']!);
      let code: string | undefined;
      if (f['sf'] === 0 && f['N'] === 0) {
        if (imms === 31 && immr > 0) code = `x[${2 * rd}] = x[${2 * rn}] ${id === 'SBFM' ? '>>' : '>>>'} ${immr} | 0; x[${2 * rd + 1}] = 0;`;
        else if (id === 'UBFM' && imms + 1 === immr) code = `x[${2 * rd}] = x[${2 * rn}] << ${31 - imms}; x[${2 * rd + 1}] = 0;`;
        else if (id === 'UBFM' && immr <= imms && imms < 31) code = `x[${2 * rd}] = (x[${2 * rn}] >>> ${immr}) & ${(2 ** (imms - immr + 1) - 1) | 0}; x[${2 * rd + 1}] = 0;`;
        else if (id === 'SBFM' && immr === 0 && (imms === 7 || imms === 15)) code = `x[${2 * rd}] = (x[${2 * rn}] << ${31 - imms}) >> ${31 - imms}; x[${2 * rd + 1}] = 0;`;
        return code === undefined ? undefined : { code, ends: false };
      }
      if (f['sf'] !== 1 || f['N'] !== 1) return undefined;
      if (id === 'UBFM' && immr <= imms && imms < 31) {
        return { code: `x[${2 * rd}] = (x[${2 * rn}] >>> ${immr}) & ${(2 ** (imms - immr + 1) - 1) | 0}; x[${2 * rd + 1}] = 0;`, ends: false };
      }
      if (id === 'SBFM' && immr === 0 && (imms === 7 || imms === 15 || imms === 31)) {
        return { code: `{ const v = ${imms === 31 ? `x[${2 * rn}]` : `(x[${2 * rn}] << ${31 - imms}) >> ${31 - imms}`}; x[${2 * rd}] = v; x[${2 * rd + 1}] = v >> 31; }`, ends: false };
      }
      if (imms === 63 && immr > 0) {
        const sh = immr;
        const arith = id === 'SBFM';
        if (sh < 32) code = `{ const l = x[${2 * rn}], h = x[${2 * rn + 1}]; x[${2 * rd}] = (l >>> ${sh}) | (h << ${32 - sh}); x[${2 * rd + 1}] = h ${arith ? '>>' : '>>>'} ${sh}; }`;
        else if (sh === 32) code = `{ const h = x[${2 * rn + 1}]; x[${2 * rd}] = h; x[${2 * rd + 1}] = ${arith ? 'h >> 31' : '0'}; }`;
        else code = `{ const h = x[${2 * rn + 1}]; x[${2 * rd}] = h ${arith ? '>>' : '>>>'} ${sh - 32}; x[${2 * rd + 1}] = ${arith ? 'h >> 31' : '0'}; }`;
      } else if (id === 'UBFM' && imms + 1 === immr) {
        const sh = 63 - imms;
        if (sh < 32) code = `{ const l = x[${2 * rn}], h = x[${2 * rn + 1}]; x[${2 * rd + 1}] = (h << ${sh}) | (l >>> ${32 - sh}); x[${2 * rd}] = l << ${sh}; }`;
        else code = `{ const l = x[${2 * rn}]; x[${2 * rd + 1}] = l << ${sh - 32}; x[${2 * rd}] = 0; }`;
      }
      return code === undefined ? undefined : { code, ends: false };
    }
    case 'B': {
      const to = pc + sext(f['imm26']!, 26) * 4;
      if (to === start) return { code: `if (n + ${k + 1} + ${end - start >> 2} <= budget) { n += ${k + 1}; continue; } c.pc = ${to}; return n + ${k + 1};`, ends: true };
      return { code: `c.pc = ${to}; return n + ${k + 1};`, ends: true };
    }
    case 'B_cond': case 'CBZ': case 'CBNZ': {
      const to = pc + sext(f['imm19']!, 19) * 4;
      let test: string;
      if (id === 'B_cond') {
        const cond = f['cond']!;
        if (cond >= 14) test = 'true';
        else test = `(${FLUSH}, c.conditionHolds(${cond}))`;
      } else {
        const rt = f['Rt']!;
        const zero = f['sf'] ? `(x[${2 * rt}] | x[${2 * rt + 1}]) === 0` : `x[${2 * rt}] === 0`;
        test = id === 'CBZ' ? zero : `!(${zero})`;
      }
      const taken = to === start
        ? `if (n + ${k + 1} + ${end - start >> 2} <= budget) { n += ${k + 1}; continue; } c.pc = ${to}; return n + ${k + 1};`
        : `c.pc = ${to}; return n + ${k + 1};`;
      return { code: `if (${test}) { ${taken} } c.pc = ${pc + 4}; return n + ${k + 1};`, ends: true };
    }
    default:
      return undefined;
  }
}

/** NZCV pieces as JS expressions over the flag locals, for an inline ADDS/SUBS of a known kind (mirrors getNZCV). */
function flagExpressions(sub: boolean, wide: boolean): { n: string; z: string; c: string; v: string } {
  if (wide) {
    return {
      n: '(Frh < 0)',
      z: '((Frl | Frh) === 0)',
      c: sub
        ? '((Fah >>> 0) > (Fbh >>> 0) || (Fah === Fbh && (Fal >>> 0) >= (Fbl >>> 0)))'
        : '((Frh >>> 0) < (Fah >>> 0) || (Frh === Fah && (Frl >>> 0) < (Fal >>> 0)))',
      v: sub ? '(((Fah ^ Fbh) & (Fah ^ Frh)) < 0)' : '(((~(Fah ^ Fbh)) & (Fah ^ Frh)) < 0)',
    };
  }
  return {
    n: '(Frl < 0)',
    z: '(Frl === 0)',
    c: sub ? '((Fal >>> 0) >= (Fbl >>> 0))' : '((Frl >>> 0) < (Fal >>> 0))',
    v: sub ? '(((Fal ^ Fbl) & (Fal ^ Frl)) < 0)' : '(((~(Fal ^ Fbl)) & (Fal ^ Frl)) < 0)',
  };
}

const READS_CONDITION = new Set(['B_cond', 'CSEL', 'CSINC', 'CSINV', 'CSNEG', 'CCMP_imm', 'CCMP_reg', 'CCMN_imm', 'CCMN_reg']);
const ARITHMETIC_SETTERS = new Set(['SUBS_imm', 'ADDS_imm', 'SUBS_shift', 'ADDS_shift', 'SUBS_ext', 'ADDS_ext']);
const LOGICAL_SETTERS = new Set(['ANDS_imm', 'ANDS_shift', 'BICS_shift']);
const FUSABLE_SETTERS = new Set([...ARITHMETIC_SETTERS, ...LOGICAL_SETTERS]);

/**
 * Fuses a flag-setting ADDS/SUBS/ANDS/BICS emitted inline earlier in the block (no flag writer or closure since)
 * into a condition: it is computed from the flag locals without materialising NZCV. Logical ones clear C and V.
 */
function fuseCondition(prev: DecodedInstruction | undefined, cond: number): string | undefined {
  if (!prev) return undefined;
  const id = prev.form.id;
  const wide = prev.fields['sf'] === 1;
  let e: { n: string; z: string; c: string; v: string };
  if (ARITHMETIC_SETTERS.has(id)) e = flagExpressions(id.startsWith('SUBS'), wide);
  else if (LOGICAL_SETTERS.has(id)) e = wide ? { n: '(Frh < 0)', z: '((Frl | Frh) === 0)', c: 'false', v: 'false' } : { n: '(Frl < 0)', z: '(Frl === 0)', c: 'false', v: 'false' };
  else return undefined;
  const base = [
    e.z, e.c, e.n, e.v,
    `(${e.c} && !${e.z})`, `(${e.n} === ${e.v})`, `(!${e.z} && ${e.n} === ${e.v})`, 'true',
  ][cond >> 1]!;
  if (cond >= 14) return 'true';
  return (cond & 1) === 1 ? `!${base}` : base;
}

type BlockFactory = (ops: Op[], chooseTag: unknown, call: (op: Op, c: Cpu) => void, bt: unknown) => BlockFn;

/**
 * Block factories by source text, shared by every machine of the process. The source is a pure function of the
 * block's instructions and addresses (the interpreter closures it calls are passed in), so a block compiled again
 * (a program run again, a forked child, a restarted session) reuses the factory, and with it the code V8 already
 * optimised for it instead of optimising a copy (V8's optimising compile of a block costs milliseconds).
 */
const FACTORY_CACHE_LIMIT = 4096;
const factories = new Map<string, BlockFactory>();

/**
 * Compiles the block starting at `start` (a pc inside `words`' page, whose base is `pageBase`). `closures` gives
 * the interpreter op for an instruction index (built on demand).
 */
export function compileBlock(start: number, pageBase: number, view: DataView, closure: (index: number) => Op,
  chooseTag: (tag: number, offset: number, exclude: number) => number, breakpoints: ReadonlySet<number>, allInline = false): CompiledBlock | null {
  // The same words at the same address without breakpoints make the same block: reuse its factory without decoding
  // and emitting it again.
  const first = (start - pageBase) >> 2;
  if (breakpoints.size === 0) {
    const known = compiledBlocks.get(start);
    if (known !== undefined && sameWords(known.words, view, first)) {
      if (allInline && !known.allInline) return null;
      const ops: Op[] = [];
      for (let i = 0; i < known.words.length; i++) ops.push(closure(first + i));
      const fn = known.factory(ops, chooseTag, callOp, branchTarget) as CompiledBlock;
      fn.size = known.words.length;
      return fn;
    }
  }
  const decoded: (DecodedInstruction | undefined)[] = [];
  const ops: Op[] = [];
  let pc = start;
  for (let i = 0; i < MAX_BLOCK && pc < pageBase + 4096; i++, pc += 4) {
    if (i > 0 && breakpoints.has(pc)) break; // the block ends before a breakpoint
    const index = (pc - pageBase) >> 2;
    const d = decode(view.getUint32(index * 4, true));
    decoded.push(d);
    ops.push(closure(index));
    if (!d || ENDS_BLOCK.has(d.form.id)) { pc += 4; break; }
  }
  const end = pc;
  const parts: string[] = [];
  let endsInside = false;
  let inline = 0;
  // The last inline ADDS/SUBS whose operands are still in the flag locals (no flag writer or closure since): a
  // condition read after it (B.cond, CSEL family, CCMP) is computed from the locals without materialising NZCV.
  let flagSource: DecodedInstruction | undefined;
  for (let k = 0; k < decoded.length; k++) {
    const d = decoded[k];
    const ipc = start + 4 * k;
    let e = d ? emit(d, k, ipc, start, end) : undefined;
    if (d && e && READS_CONDITION.has(d.form.id)) {
      const needle = `(${FLUSH}, c.conditionHolds(${d.fields['cond']}))`;
      const fused = fuseCondition(flagSource, d.fields['cond']!);
      if (fused && e.code.includes(needle)) e = { code: e.code.replace(needle, `(${fused})`), ends: e.ends };
    }
    if (d && e) flagSource = FUSABLE_SETTERS.has(d.form.id) ? d : d.form.id.startsWith('CCM') ? undefined : flagSource;
    else flagSource = undefined;
    if (e) inline++;
    else e = fallback(k, ipc, d === undefined || ENDS_BLOCK.has(d.form.id));
    parts.push(e.code);
    if (e.ends) { endsInside = true; break; }
  }
  // A block made mostly of interpreter-closure calls (SIMD&FP, system, atomics) runs no faster compiled, and
  // compiling it costs more than thousands of interpreted executions: leave it to the interpreter.
  if (inline * 2 < parts.length || (allInline && inline < parts.length)) return null;
  const everyInline = inline === parts.length;
  if (!endsInside) parts.push(`c.pc = ${end}; return n + ${decoded.length};`);
  const flushed = parts.map((p) => p.replace(/return (n[^;]*);/g, `return (${FLUSH}, $1);`));
  parts.length = 0;
  parts.push(...flushed);
  // The prologue reads only the state the block uses (every entry pays for it).
  const text = parts.join('\n');
  const prologue = [['rk', 'c.mem.readKeys'], ['rp', 'c.mem.readPages'], ['wk', 'c.mem.writeKeys'], ['wp', 'c.mem.writePages'],
    ['rc', 'c.readCheck'], ['wc', 'c.writeCheck'], ['gx', 'c.gcrExclude']]
    .filter(([name]) => new RegExp(`\\b${name}\\b`).test(text)).map(([name, value]) => ` const ${name} = ${value};`).join('');
  const body = `"use strict"; return function block(c, budget) { let Fp = false, Fk = 0, Fal = 0, Fah = 0, Fbl = 0, Fbh = 0, Frl = 0, Frh = 0; const x = c.x; const ic = c.icount;${prologue} let n = 0; let F = 1; for (;;) {\n${text}\n} };`;
  let factory = factories.get(body);
  if (factory === undefined) {
    factory = new Function('ops', 'chooseTag', 'call', 'bt', body) as BlockFactory;
    if (factories.size >= FACTORY_CACHE_LIMIT) factories.clear();
    factories.set(body, factory);
  }
  if (breakpoints.size === 0) {
    if (compiledBlocks.size >= FACTORY_CACHE_LIMIT) compiledBlocks.clear();
    const words = new Uint32Array(decoded.length);
    for (let i = 0; i < words.length; i++) words[i] = view.getUint32((first + i) * 4, true);
    compiledBlocks.set(start, { words, factory, allInline: everyInline });
  }
  const fn = factory(ops, chooseTag, callOp, branchTarget) as CompiledBlock;
  fn.size = decoded.length;
  return fn;
}

/**
 * Blocks compiled in this process by start address: their instruction words, factory, and whether every instruction
 * was inline. A block is a pure function of its words and address when no breakpoint shortens it.
 */
const compiledBlocks = new Map<number, { words: Uint32Array; factory: BlockFactory; allInline: boolean }>();

function sameWords(words: Uint32Array, view: DataView, first: number): boolean {
  if (first + words.length > 1024) return false;
  for (let i = 0; i < words.length; i++) if (view.getUint32((first + i) * 4, true) !== words[i]) return false;
  return true;
}

/**
 * Every fallback goes through this one function: its call site sees every op (megamorphic), so V8's optimising
 * compiler does not inline interpreter closures into each block, which made optimising one block cost milliseconds.
 */
function callOp(op: Op, c: Cpu): void { op(c); }

/** A compiled block and its instruction count (it is entered only with at least that much budget left). */
export type CompiledBlock = BlockFn & { size: number };
