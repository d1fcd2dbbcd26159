// System instructions: the HINT space (NOP, YIELD, WFE, WFI, SEV, SEVL, BTI, PAC hints, ESB, CSDB, ...),
// barriers (CLREX, DSB, DMB, ISB, SB, SSBB, PSSBB, DSB nXS), PSTATE writes (MSR immediate, CFINV, XAFLAG,
// AXFLAG), SYS/SYSL with the DC, IC, AT, TLBI and prediction-restriction aliases, and MRS/MSR.

import type { Feature } from '../api.js';
import { custom, gpr, imm } from '../operands.js';
import { parseSystemRegister, systemRegisterFeature, systemRegisterName } from '../sysregs.js';
import { builders, type Fields, type Operand } from '../table.js';
import { featureName, hex, normaliseCase, parseImmediate } from '../text.js';

const { form, alias } = builders('system');

const Xt = gpr('Rt', 'x');

/** A hint given by name only (its CRm:op2 are fixed in the pattern). */
/**
 * A hint given by name only (its CRm:op2 are fixed in the pattern). Hints execute as NOP where the feature is
 * absent, so GNU as accepts them on every architecture: their feature stays 'base' (`needs` names the
 * extension that gives them meaning, for the summary).
 */
function hint<Id extends string>(id: Id, name: string, crm: string, op2: string, summary: string, needs?: 'pauth') {
  return form({ id, mnemonic: name, encoding: `11010101000000110010 ${crm} ${op2} 11111`, operands: [], summary: needs ? `${summary} (FEAT_PAuth; a NOP without it.)` : summary, specialises: ['HINT'] });
}

/** The 7-bit immediate of HINT, stored as CRm:op2. */
const hintImm: Operand = custom({
  syntax: '#<imm>',
  format: (f) => `#${hex((f.CRm! << 3) | f.op2!)}`,
  parse(text, f, ctx) {
    const v = parseImmediate(text, ctx);
    if (v.kind !== 'constant') return v.kind === 'error' ? v.message : `constant expression required at operand ${ctx.operandNumber}`;
    if (v.value < 0n || v.value > 127n) return `immediate value out of range 0 to 127 at operand ${ctx.operandNumber}`;
    f.CRm = Number(v.value >> 3n);
    f.op2 = Number(v.value & 7n);
    return undefined;
  },
});

/** A name operand backed by a small table of values for one field. */
function named(field: string, names: readonly (string | undefined)[], syntax: string, fallback?: (v: number) => string): Operand {
  return custom({
    syntax,
    format: (f) => names[f[field]!] ?? (fallback ? fallback(f[field]!) : `#${hex(f[field]!)}`),
    parse(text, f, ctx) {
      const n = normaliseCase(text.trim());
      const idx = n === undefined ? -1 : names.indexOf(n);
      if (idx >= 0) { f[field] = idx; return undefined; }
      if (fallback || text.trim().startsWith('#')) {
        const v = parseImmediate(text, ctx);
        if (v.kind === 'constant' && v.value >= 0n && v.value < BigInt(names.length)) { f[field] = Number(v.value); return undefined; }
        if (v.kind === 'constant') return `immediate value out of range 0 to ${names.length - 1} at operand ${ctx.operandNumber}`;
        if (v.kind === 'symbol' && fallback) return `constant expression required at operand ${ctx.operandNumber}`;
      }
      return `operand ${ctx.operandNumber} must be ${syntax}`;
    },
  });
}

const barrierNames = [undefined, 'oshld', 'oshst', 'osh', undefined, 'nshld', 'nshst', 'nsh', undefined, 'ishld', 'ishst', 'ish', undefined, 'ld', 'st', 'sy'];
const barrierOption = named('CRm', barrierNames, '<option>|#<imm>', (v) => `#0x${v.toString(16).padStart(2, '0')}`);
const nxsOption = named('imm2', ['oshnxs', 'nshnxs', 'ishnxs', 'synxs'], '<option>nXS');

/** Optional #imm in CRm that defaults to 15 (CLREX, ISB); 'sy' also means 15. */
const crm15Imm = imm('CRm', 4, { optional: true, defaultValue: 15 });
const crm15: Operand = {
  ...crm15Imm,
  parse: (text, f, ctx) => (normaliseCase(text.trim()) === 'sy' ? ((f.CRm = 15), undefined) : crm15Imm.parse(text, f, ctx)),
};

const btiTargets: Operand = custom({
  syntax: '<targets>',
  optional: true,
  format: (f) => [undefined, 'c', 'j', 'jc'][f.targets!],
  parse(text, f, ctx) {
    const idx = ['', 'c', 'j', 'jc'].indexOf(normaliseCase(text.trim()) ?? '?');
    if (idx <= 0) return `unknown option to BTI at operand ${ctx.operandNumber}`;
    f.targets = idx;
    return undefined;
  },
  absent: (f) => { f.targets = 0; },
});

const csync: Operand = custom({
  syntax: 'csync',
  format: () => 'csync',
  parse: (text, _f, ctx) => (normaliseCase(text.trim()) === 'csync' ? undefined : `operand ${ctx.operandNumber} must be csync`),
});

// ---- PSTATE fields of MSR (immediate) ----------------------------------------------------------------------

const pstateFields: Record<string, readonly [number, number]> = {
  uao: [0, 3], pan: [0, 4], spsel: [0, 5], allint: [1, 0], ssbs: [3, 1], dit: [3, 2], tco: [3, 4], daifset: [3, 6], daifclr: [3, 7],
};
const pstateByEncoding = new Map(Object.entries(pstateFields).map(([n, [op1, op2]]) => [(op1 << 3) | op2, n] as const));

/** DAIFSet/DAIFClr take a 4-bit mask; the other fields a single bit. */
const pstateWide = (op1: number, op2: number): boolean => op1 === 3 && (op2 === 6 || op2 === 7);
const pstateValid = (f: Readonly<Fields>): boolean => pstateByEncoding.has((f.op1! << 3) | f.op2!) && (pstateWide(f.op1!, f.op2!) || f.CRm! <= 1);
const pstateImm: Operand = custom({
  syntax: '#<imm>',
  format: (f) => `#${hex(f.CRm!)}`,
  parse(text, f, ctx) {
    const v = parseImmediate(text, ctx);
    if (v.kind !== 'constant') return v.kind === 'error' ? v.message : `constant expression required at operand ${ctx.operandNumber}`;
    const max = pstateWide(f.op1!, f.op2!) ? 15 : 1;
    if (v.value < 0n || v.value > BigInt(max)) return `immediate value out of range 0 to ${max} at operand ${ctx.operandNumber}`;
    f.CRm = Number(v.value);
    return undefined;
  },
});

const pstateField: Operand = custom({
  syntax: '<pstatefield>',
  format: (f) => pstateByEncoding.get((f.op1! << 3) | f.op2!) ?? '?',
  parse(text, f, ctx) {
    const name = normaliseCase(text.trim()) ?? '';
    const e = pstateFields[name];
    if (!e) return `unknown or missing system register name at operand ${ctx.operandNumber}`;
    const feature = name === 'tco' ? 'mte' : name === 'ssbs' ? 'ssbs' : undefined;
    if (feature && !ctx.features.has(feature)) return `selected processor does not support PSTATE field name '${name}' (instruction requires: ${featureName(feature)})`;
    f.op1 = e[0];
    f.op2 = e[1];
    return undefined;
  },
});

/** SMSTART/SMSTOP's optional 'sm' or 'za' (both when omitted). */
const smMask: Operand = custom({
  syntax: '{sm|za}',
  optional: true,
  format: (f) => (f.mask === 1 ? 'sm' : f.mask === 2 ? 'za' : undefined),
  parse(text, f, ctx) {
    const n = normaliseCase(text.trim());
    if (n !== 'sm' && n !== 'za') return `operand ${ctx.operandNumber} must be sm or za`;
    f.mask = n === 'sm' ? 1 : 2;
    return undefined;
  },
  absent: (f) => { f.mask = 3; },
});

// ---- System register operands ------------------------------------------------------------------------------

function sysregOperand(write: boolean): Operand {
  return custom({
    syntax: '<systemreg>',
    format: (f) => systemRegisterName(f.sysreg!, write),
    parse(text, f, ctx) {
      const e = parseSystemRegister(text);
      if (e === undefined) return `unknown or missing system register name at operand ${ctx.operandNumber}`;
      const feature = systemRegisterFeature(text.trim());
      if (feature && !ctx.features.has(feature)) {
        return `selected processor does not support system register name '${text.trim().toLowerCase()}' (instruction requires: ${featureName(feature)})`;
      }
      f.sysreg = e;
      return undefined;
    },
  });
}

/** 's0_<op1>_c<n>_c<m>_<op2>' for the op0 = 0 space that has no named registers. */
const sys0Name: Operand = custom({
  syntax: 's0_<op1>_c<n>_c<m>_<op2>',
  format: (f) => `s0_${f.op1}_c${f.CRn}_c${f.CRm}_${f.op2}`,
  parse(text, f, ctx) {
    const m = /^s0_([0-7])_c([0-9]|1[0-5])_c([0-9]|1[0-5])_([0-7])$/.exec(text.trim().toLowerCase());
    if (!m) return `unknown or missing system register name at operand ${ctx.operandNumber}`;
    f.op1 = Number(m[1]); f.CRn = Number(m[2]); f.CRm = Number(m[3]); f.op2 = Number(m[4]);
    return undefined;
  },
});

// ---- SYS / SYSL operands -----------------------------------------------------------------------------------

function cReg(field: string): Operand {
  return custom({
    syntax: `C<${field.slice(2).toLowerCase()}>`,
    format: (f) => `C${f[field]}`,
    parse(text, f, ctx) {
      const m = /^[cC]([0-9]|1[0-5])$/.exec(text.trim());
      if (!m) return `C0 - C15 expected at operand ${ctx.operandNumber}`;
      f[field] = Number(m[1]);
      return undefined;
    },
  });
}
const sysOp1 = imm('op1', 3, { format: 'dec', syntax: '#<op1>' });
const sysOp2 = imm('op2', 3, { format: 'dec', syntax: '#<op2>' });
const optionalXt: Operand = { ...Xt, optional: true, format: (f) => (f.Rt === 31 ? undefined : `x${f.Rt}`), absent: (f) => { f.Rt = 31; } };

/** System operation names used by DC, IC, AT, TLBI and the prediction restriction instructions. */
interface SysOp {
  readonly op1: number; readonly crn: number; readonly crm: number; readonly op2: number; readonly reg: boolean;
  /** The extension the operation name needs (GNU as rejects the name without it). */
  readonly feature?: Feature;
}
const op = (op1: number, crn: number, crm: number, op2: number, reg = true, feature?: Feature): SysOp =>
  (feature ? { op1, crn, crm, op2, reg, feature } : { op1, crn, crm, op2, reg });
/** A DC operation that reads or writes allocation tags: GNU as accepts its name with memtag only. */
const tagOp = (op1: number, crn: number, crm: number, op2: number): SysOp => op(op1, crn, crm, op2, true, 'mte');

const dcOps: Record<string, SysOp> = {
  ivac: op(0, 7, 6, 1), isw: op(0, 7, 6, 2), igvac: tagOp(0, 7, 6, 3), igsw: tagOp(0, 7, 6, 4), igdvac: tagOp(0, 7, 6, 5), igdsw: tagOp(0, 7, 6, 6),
  csw: op(0, 7, 10, 2), cgsw: tagOp(0, 7, 10, 4), cgdsw: tagOp(0, 7, 10, 6), cisw: op(0, 7, 14, 2), cigsw: tagOp(0, 7, 14, 4), cigdsw: tagOp(0, 7, 14, 6),
  zva: op(3, 7, 4, 1), gva: tagOp(3, 7, 4, 3), gzva: tagOp(3, 7, 4, 4),
  cvac: op(3, 7, 10, 1), cgvac: tagOp(3, 7, 10, 3), cgdvac: tagOp(3, 7, 10, 5),
  cvau: op(3, 7, 11, 1),
  cvap: op(3, 7, 12, 1, true, 'v8.2'), cgvap: tagOp(3, 7, 12, 3), cgdvap: tagOp(3, 7, 12, 5),
  cipapa: op(6, 7, 14, 1), cigdpapa: op(6, 7, 14, 5),
  cvadp: op(3, 7, 13, 1, true, 'v8.5'), cgvadp: tagOp(3, 7, 13, 3), cgdvadp: tagOp(3, 7, 13, 5),
  civac: op(3, 7, 14, 1), cigvac: tagOp(3, 7, 14, 3), cigdvac: tagOp(3, 7, 14, 5),
};
const icOps: Record<string, SysOp> = { ialluis: op(0, 7, 1, 0, false), iallu: op(0, 7, 5, 0, false), ivau: op(3, 7, 5, 1) };
const atOps: Record<string, SysOp> = {
  s1e1r: op(0, 7, 8, 0), s1e1w: op(0, 7, 8, 1), s1e0r: op(0, 7, 8, 2), s1e0w: op(0, 7, 8, 3), s1e1rp: op(0, 7, 9, 0), s1e1wp: op(0, 7, 9, 1),
  s1e2r: op(4, 7, 8, 0), s1e2w: op(4, 7, 8, 1), s12e1r: op(4, 7, 8, 4), s12e1w: op(4, 7, 8, 5), s12e0r: op(4, 7, 8, 6), s12e0w: op(4, 7, 8, 7),
  s1e3r: op(6, 7, 8, 0), s1e3w: op(6, 7, 8, 1),
};
const tlbiOps: Record<string, SysOp> = {
  vmalle1os: op(0, 8, 1, 0, false), vae1os: op(0, 8, 1, 1), aside1os: op(0, 8, 1, 2), vaae1os: op(0, 8, 1, 3), vale1os: op(0, 8, 1, 5), vaale1os: op(0, 8, 1, 7),
  rvae1is: op(0, 8, 2, 1), rvaae1is: op(0, 8, 2, 3), rvale1is: op(0, 8, 2, 5), rvaale1is: op(0, 8, 2, 7),
  vmalle1is: op(0, 8, 3, 0, false), vae1is: op(0, 8, 3, 1), aside1is: op(0, 8, 3, 2), vaae1is: op(0, 8, 3, 3), vale1is: op(0, 8, 3, 5), vaale1is: op(0, 8, 3, 7),
  rvae1os: op(0, 8, 5, 1), rvaae1os: op(0, 8, 5, 3), rvale1os: op(0, 8, 5, 5), rvaale1os: op(0, 8, 5, 7),
  rvae1: op(0, 8, 6, 1), rvaae1: op(0, 8, 6, 3), rvale1: op(0, 8, 6, 5), rvaale1: op(0, 8, 6, 7),
  vmalle1: op(0, 8, 7, 0, false), vae1: op(0, 8, 7, 1), aside1: op(0, 8, 7, 2), vaae1: op(0, 8, 7, 3), vale1: op(0, 8, 7, 5), vaale1: op(0, 8, 7, 7),
  ipas2e1is: op(4, 8, 0, 1), ipas2le1is: op(4, 8, 0, 5), alle2os: op(4, 8, 1, 0, false), vae2os: op(4, 8, 1, 1), alle1os: op(4, 8, 1, 4, false), vale2os: op(4, 8, 1, 5), vmalls12e1os: op(4, 8, 1, 6, false),
  alle2is: op(4, 8, 3, 0, false), vae2is: op(4, 8, 3, 1), alle1is: op(4, 8, 3, 4, false), vale2is: op(4, 8, 3, 5), vmalls12e1is: op(4, 8, 3, 6, false),
  ipas2e1: op(4, 8, 4, 1), ipas2le1: op(4, 8, 4, 5),
  ripas2e1is: op(4, 8, 0, 2), ripas2le1is: op(4, 8, 0, 6), ipas2e1os: op(4, 8, 4, 0), ripas2e1: op(4, 8, 4, 2), ripas2e1os: op(4, 8, 4, 3),
  ipas2le1os: op(4, 8, 4, 4), ripas2le1: op(4, 8, 4, 6), ripas2le1os: op(4, 8, 4, 7),
  rvae2is: op(4, 8, 2, 1), rvale2is: op(4, 8, 2, 5), rvae2os: op(4, 8, 5, 1), rvale2os: op(4, 8, 5, 5), rvae2: op(4, 8, 6, 1), rvale2: op(4, 8, 6, 5),
  rvae3is: op(6, 8, 2, 1), rvale3is: op(6, 8, 2, 5), rvae3os: op(6, 8, 5, 1), rvale3os: op(6, 8, 5, 5), rvae3: op(6, 8, 6, 1), rvale3: op(6, 8, 6, 5),
  alle2: op(4, 8, 7, 0, false), vae2: op(4, 8, 7, 1), alle1: op(4, 8, 7, 4, false), vale2: op(4, 8, 7, 5), vmalls12e1: op(4, 8, 7, 6, false),
  alle3os: op(6, 8, 1, 0, false), vae3os: op(6, 8, 1, 1), vale3os: op(6, 8, 1, 5),
  alle3is: op(6, 8, 3, 0, false), vae3is: op(6, 8, 3, 1), vale3is: op(6, 8, 3, 5),
  paallos: op(6, 8, 1, 4, false), rpaos: op(6, 8, 4, 3), rpalos: op(6, 8, 4, 7), paall: op(6, 8, 7, 4, false),
  alle3: op(6, 8, 7, 0, false), vae3: op(6, 8, 7, 1), vale3: op(6, 8, 7, 5),
};
const rctxOps: Record<string, SysOp> = { cfp: op(3, 7, 3, 4), dvp: op(3, 7, 3, 5), cpp: op(3, 7, 3, 7) };

/** Key of a system operation; aliases fix CRn in their pattern, so it is taken from the table when absent. */
function sysKey(f: Readonly<Fields>, crn: number): number {
  return (f.op1! << 11) | ((f.CRn ?? crn) << 7) | (f.CRm! << 3) | f.op2!;
}

function opTable(ops: Record<string, SysOp>) {
  const byKey = new Map<number, [string, SysOp]>();
  const crn = Object.values(ops)[0]!.crn;
  for (const [name, o] of Object.entries(ops)) byKey.set((o.op1 << 11) | (o.crn << 7) | (o.crm << 3) | o.op2, [name, o]);
  return {
    lookup: (f: Readonly<Fields>) => byKey.get(sysKey(f, crn)),
    operand(withReg: boolean): Operand {
      return custom({
        syntax: '<op>',
        format: (f) => byKey.get(sysKey(f, crn))?.[0] ?? '?',
        parse(text, f, ctx) {
          const o = ops[normaliseCase(text.trim()) ?? ''];
          if (!o) return `unknown or missing operation name at operand ${ctx.operandNumber}`;
          const name = normaliseCase(text.trim())!;
          if (o.feature && !ctx.features.has(o.feature)) {
            return `selected processor does not support system register name '${name}' (instruction requires: ${featureName(o.feature)})`;
          }
          if (o.reg !== withReg) {
            ctx.definite = true;
            return withReg ? `extraneous register at operand ${ctx.operandNumber + 1}` : `missing register at operand ${ctx.operandNumber + 1}`;
          }
          f.op1 = o.op1; f.CRn = o.crn; f.CRm = o.crm; f.op2 = o.op2;
          return undefined;
        },
      });
    },
  };
}

const dcTable = opTable(dcOps);
const icTable = opTable(icOps);
const atTable = opTable(atOps);
const tlbiTable = opTable(tlbiOps);
const rctx: Operand = custom({
  syntax: 'rctx',
  format: () => 'rctx',
  parse: (text, _f, ctx) => (normaliseCase(text.trim()) === 'rctx' ? undefined : `operand ${ctx.operandNumber} must be rctx`),
});
const setRt31 = (f: Fields): undefined => { f.Rt = 31; return undefined; };

const SYS_ENC = '1101010100 0 01 op1:3 CRn:4 CRm:4 op2:3 Rt:5';

export const systemForms = [
  // ---- Hints ----
  form({ id: 'HINT', mnemonic: 'hint', encoding: '11010101000000110010 CRm:4 op2:3 11111', operands: [hintImm], summary: 'Hint instruction: executes as NOP unless the hint number has a defined meaning.', specialises: ['MSR_sys0'] }),
  hint('NOP', 'nop', '0000', '000', 'No operation.'),
  hint('YIELD', 'yield', '0000', '001', 'Yield: hint that this thread may give way to others (a NOP here).'),
  hint('WFE', 'wfe', '0000', '010', 'Wait for event (returns at once in the emulator).'),
  hint('WFI', 'wfi', '0000', '011', 'Wait for interrupt (returns at once in the emulator).'),
  hint('SEV', 'sev', '0000', '100', 'Send event.'),
  hint('SEVL', 'sevl', '0000', '101', 'Send event local.'),
  hint('XPACLRI', 'xpaclri', '0000', '111', 'Strip the pointer authentication code from X30.', 'pauth'),
  hint('PACIA1716', 'pacia1716', '0001', '000', 'Sign X17 with key A and modifier X16.', 'pauth'),
  hint('PACIB1716', 'pacib1716', '0001', '010', 'Sign X17 with key B and modifier X16.', 'pauth'),
  hint('AUTIA1716', 'autia1716', '0001', '100', 'Authenticate X17 with key A and modifier X16.', 'pauth'),
  hint('AUTIB1716', 'autib1716', '0001', '110', 'Authenticate X17 with key B and modifier X16.', 'pauth'),
  hint('ESB', 'esb', '0010', '000', 'Error synchronization barrier.'),
  form({ id: 'PSB', mnemonic: 'psb', encoding: '11010101000000110010 0010 001 11111', operands: [csync], summary: 'Profiling synchronization barrier.', specialises: ['HINT'] }),
  form({ id: 'TSB', mnemonic: 'tsb', encoding: '11010101000000110010 0010 010 11111', operands: [csync], summary: 'Trace synchronization barrier.', specialises: ['HINT'] }),
  hint('CSDB', 'csdb', '0010', '100', 'Consumption of speculative data barrier.'),
  hint('CLEARBHB', 'clearbhb', '0010', '110', 'Clear branch history.'),
  hint('PACIAZ', 'paciaz', '0011', '000', 'Sign X30 with key A and a zero modifier.', 'pauth'),
  hint('PACIASP', 'paciasp', '0011', '001', 'Sign the return address in X30 with key A and SP as modifier (function entry).', 'pauth'),
  hint('PACIBZ', 'pacibz', '0011', '010', 'Sign X30 with key B and a zero modifier.', 'pauth'),
  hint('PACIBSP', 'pacibsp', '0011', '011', 'Sign the return address in X30 with key B and SP as modifier.', 'pauth'),
  hint('AUTIAZ', 'autiaz', '0011', '100', 'Authenticate X30 with key A and a zero modifier.', 'pauth'),
  hint('AUTIASP', 'autiasp', '0011', '101', 'Authenticate the return address in X30 with key A and SP as modifier (before RET).', 'pauth'),
  hint('AUTIBZ', 'autibz', '0011', '110', 'Authenticate X30 with key B and a zero modifier.', 'pauth'),
  hint('AUTIBSP', 'autibsp', '0011', '111', 'Authenticate the return address in X30 with key B and SP as modifier.', 'pauth'),
  form({ id: 'BTI', mnemonic: 'bti', encoding: '11010101000000110010 0100 targets:2 0 11111', operands: [btiTargets], summary: 'Branch target identification: marks a valid target of indirect branches (c: calls, j: jumps).', specialises: ['HINT'] }),
  // ---- Barriers ----
  form({ id: 'CLREX', mnemonic: 'clrex', encoding: '11010101000000110011 CRm:4 010 11111', operands: [crm15], summary: 'Clear the local exclusive monitor.', specialises: ['MSR_sys0'] }),
  form({ id: 'DSB', mnemonic: 'dsb', encoding: '11010101000000110011 CRm:4 100 11111', operands: [barrierOption], summary: 'Data synchronization barrier.', specialises: ['MSR_sys0'] }),
  form({ id: 'SSBB', mnemonic: 'ssbb', encoding: '11010101000000110011 0000 100 11111', operands: [], summary: 'Speculative store bypass barrier.', specialises: ['DSB'] }),
  form({ id: 'PSSBB', mnemonic: 'pssbb', encoding: '11010101000000110011 0100 100 11111', operands: [], summary: 'Physical speculative store bypass barrier.', specialises: ['DSB'] }),
  form({ id: 'DSB_nXS', mnemonic: 'dsb', feature: 'xs', encoding: '11010101000000110011 imm2:2 10 001 11111', operands: [nxsOption], summary: 'Data synchronization barrier, nXS memory variant.', specialises: ['MSR_sys0'] }),
  form({ id: 'DMB', mnemonic: 'dmb', encoding: '11010101000000110011 CRm:4 101 11111', operands: [barrierOption], summary: 'Data memory barrier.', specialises: ['MSR_sys0'] }),
  form({ id: 'ISB', mnemonic: 'isb', encoding: '11010101000000110011 CRm:4 110 11111', operands: [crm15], summary: 'Instruction synchronization barrier.', specialises: ['MSR_sys0'] }),
  form({ id: 'SB', mnemonic: 'sb', feature: 'sb', encoding: '11010101000000110011 0000 111 11111', operands: [], summary: 'Speculation barrier.', specialises: ['MSR_sys0'] }),
  // ---- PSTATE ----
  form({ id: 'MSR_imm', mnemonic: 'msr', encoding: '1101010100000 op1:3 0100 CRm:4 op2:3 11111', operands: [pstateField, pstateImm], summary: 'Write an immediate to a PSTATE field (TCO, DAIFSet, SSBS, ...).', operation: 'MSR TCO, #1 sets PSTATE.TCO so that loads and stores are not tag checked until MSR TCO, #0; the other fields are set the same way (DAIFSet/DAIFClr trap at EL0 under Linux).', valid: pstateValid, specialises: ['MSR_sys0'] }),
  form({ id: 'SMSTART', mnemonic: 'smstart', feature: 'sme', encoding: '1101010100000 011 0100 0 mask:2 1 011 11111', operands: [smMask], summary: 'Enable streaming SVE mode and/or the ZA array (SME).', valid: (f) => f.mask !== 0, specialises: ['MSR_imm', 'MSR_sys0'] }),
  form({ id: 'SMSTOP', mnemonic: 'smstop', feature: 'sme', encoding: '1101010100000 011 0100 0 mask:2 0 011 11111', operands: [smMask], summary: 'Disable streaming SVE mode and/or the ZA array (SME).', valid: (f) => f.mask !== 0, specialises: ['MSR_imm', 'MSR_sys0'] }),
  form({ id: 'TCOMMIT', mnemonic: 'tcommit', feature: 'tme', encoding: '11010101000000110011 0000 011 11111', operands: [], summary: 'Commit the current transaction (TME).', specialises: ['MSR_sys0'] }),
  form({ id: 'TSTART', mnemonic: 'tstart', feature: 'tme', encoding: '1101010100 1 00 011 0011 0000 011 Rt:5', operands: [Xt], summary: 'Start a transaction (TME); Xt receives 0 or the failure cause.', specialises: ['MRS_sys0'] }),
  form({ id: 'TTEST', mnemonic: 'ttest', feature: 'tme', encoding: '1101010100 1 00 011 0011 0001 011 Rt:5', operands: [Xt], summary: 'Test the transaction depth (TME).', specialises: ['MRS_sys0'] }),
  form({ id: 'CFINV', mnemonic: 'cfinv', feature: 'flagm', encoding: '1101010100000 000 0100 0000 000 11111', operands: [], summary: 'Invert the carry flag.', specialises: ['MSR_imm', 'MSR_sys0'] }),
  form({ id: 'XAFLAG', mnemonic: 'xaflag', encoding: '1101010100000 000 0100 0000 001 11111', operands: [], summary: 'Convert floating-point condition flags from an external format to Arm format.', specialises: ['MSR_imm', 'MSR_sys0'] }),
  form({ id: 'AXFLAG', mnemonic: 'axflag', encoding: '1101010100000 000 0100 0000 010 11111', operands: [], summary: 'Convert floating-point condition flags from Arm format to an external format.', specialises: ['MSR_imm', 'MSR_sys0'] }),
  // ---- System instructions and registers ----
  form({ id: 'SYS', mnemonic: 'sys', encoding: SYS_ENC, operands: [sysOp1, cReg('CRn'), cReg('CRm'), sysOp2, optionalXt], summary: 'System instruction (cache, TLB and address translation operations).' }),
  form({ id: 'SYSL', mnemonic: 'sysl', encoding: '1101010100 1 01 op1:3 CRn:4 CRm:4 op2:3 Rt:5', operands: [Xt, sysOp1, cReg('CRn'), cReg('CRm'), sysOp2], summary: 'System instruction with result.' }),
  form({ id: 'MSR_reg', mnemonic: 'msr', encoding: '1101010100 0 1 sysreg:15 Rt:5', operands: [sysregOperand(true), Xt], summary: 'Write Xt to a system register.', operation: 'Writes Xt to the named system register. At EL0 under Linux only NZCV, FPCR, FPSR, TPIDR_EL0, TCO and a few other PSTATE views are writable; anything else raises SIGILL.' }),
  form({ id: 'MRS', mnemonic: 'mrs', encoding: '1101010100 1 1 sysreg:15 Rt:5', operands: [Xt, sysregOperand(false)], summary: 'Read a system register into Xt.', operation: 'Reads the named system register into Xt. At EL0 only the registers Linux allows can be read (NZCV, FPCR, FPSR, TPIDR_EL0, TPIDRRO_EL0, CTR_EL0, DCZID_EL0, the counters, TCO, ...); ID registers such as ID_AA64PFR1_EL1 are emulated by Linux with sanitised values. Others raise SIGILL.' }),
  form({ id: 'MSR_sys0', mnemonic: 'msr', encoding: '1101010100 0 00 op1:3 CRn:4 CRm:4 op2:3 Rt:5', operands: [sys0Name, Xt], summary: 'Write to an op0=0 system encoding with no defined instruction (UNDEFINED).' }),
  form({ id: 'MRS_sys0', mnemonic: 'mrs', encoding: '1101010100 1 00 op1:3 CRn:4 CRm:4 op2:3 Rt:5', operands: [Xt, sys0Name], summary: 'Read from an op0=0 system encoding (UNDEFINED).' }),
];

const sysAlias = <Id extends string>(id: Id, mnemonic: string, table: ReturnType<typeof opTable>, withReg: boolean, summary: string, crn: number, feature?: 'predres', operation?: string) =>
  alias({
    id, mnemonic, aliasOf: 'SYS', encoding: `1101010100 0 01 op1:3 ${crn.toString(2).padStart(4, '0')} CRm:4 op2:3 Rt:5`,
    operands: withReg ? [table.operand(true), Xt] : [table.operand(false)],
    summary, when: (f) => table.lookup(f)?.[1].reg === withReg,
    ...(withReg ? {} : { finish: setRt31 }), ...(feature ? { feature } : {}), ...(operation ? { operation } : {}),
  });

export const systemAliases = [
  sysAlias('DC', 'dc', dcTable, true, 'Data cache operation by address (DC ZVA zeroes a block; DC GVA/GZVA set allocation tags).', 7, undefined,
    'DC ZVA zeroes the naturally aligned block (DCZID_EL0 gives its size) containing the address in Xt. DC GVA sets the allocation tag of every granule of that block to the logical tag in bits 59:56 of Xt; DC GZVA does both. GVA/GZVA need PROT_MTE memory. The cache maintenance operations (CVAU, CIVAC, ...) have no architectural effect in the emulator beyond their permission checks.'),
  sysAlias('IC', 'ic', icTable, true, 'Instruction cache invalidate by address.', 7),
  sysAlias('IC_all', 'ic', icTable, false, 'Instruction cache invalidate all (EL1).', 7),
  sysAlias('AT', 'at', atTable, true, 'Address translation (EL1 and above).', 7),
  sysAlias('TLBI', 'tlbi', tlbiTable, true, 'TLB invalidate by address or ASID (EL1 and above).', 8),
  sysAlias('TLBI_all', 'tlbi', tlbiTable, false, 'TLB invalidate all (EL1 and above).', 8),
  ...(['cfp', 'dvp', 'cpp'] as const).map((name) => alias({
    id: name.toUpperCase() as 'CFP' | 'DVP' | 'CPP', mnemonic: name, aliasOf: 'SYS', feature: 'predres',
    encoding: `1101010100 0 01 011 0111 0011 ${rctxOps[name]!.op2.toString(2).padStart(3, '0')} Rt:5`, operands: [rctx, Xt],
    summary: `${name === 'cfp' ? 'Control flow' : name === 'dvp' ? 'Data value' : 'Cache'} prediction restriction by context.`,
  })),
];

/** Names accepted as operands of the system instructions, for completion in editors. */
export const systemOperandNames = {
  dc: Object.keys(dcOps),
  ic: Object.keys(icOps),
  at: Object.keys(atOps),
  tlbi: Object.keys(tlbiOps),
  barrier: barrierNames.filter((n): n is string => n !== undefined),
  pstate: Object.keys(pstateFields),
  bti: ['c', 'j', 'jc'],
} as const;
