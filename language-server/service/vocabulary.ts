// Operand vocabulary of A64 assembly that is not part of the instruction table: condition codes, shift and
// extend operators, relocation operators and the register files with their AAPCS64 roles. Mnemonics are NOT
// listed here; they come from emulator/isa forms(). The grammar generator uses these lists too.

export interface ConditionCode {
  readonly name: string;
  readonly meaning: string;
  readonly flags: string;
}

/** The A64 condition codes, including the GNU aliases hs (= cs) and lo (= cc). */
export const conditionCodes: readonly ConditionCode[] = [
  { name: 'eq', meaning: 'equal', flags: 'Z == 1' },
  { name: 'ne', meaning: 'not equal', flags: 'Z == 0' },
  { name: 'cs', meaning: 'carry set / unsigned higher or same', flags: 'C == 1' },
  { name: 'hs', meaning: 'unsigned higher or same (same as cs)', flags: 'C == 1' },
  { name: 'cc', meaning: 'carry clear / unsigned lower', flags: 'C == 0' },
  { name: 'lo', meaning: 'unsigned lower (same as cc)', flags: 'C == 0' },
  { name: 'mi', meaning: 'minus / negative', flags: 'N == 1' },
  { name: 'pl', meaning: 'plus / positive or zero', flags: 'N == 0' },
  { name: 'vs', meaning: 'overflow', flags: 'V == 1' },
  { name: 'vc', meaning: 'no overflow', flags: 'V == 0' },
  { name: 'hi', meaning: 'unsigned higher', flags: 'C == 1 && Z == 0' },
  { name: 'ls', meaning: 'unsigned lower or same', flags: 'C == 0 || Z == 1' },
  { name: 'ge', meaning: 'signed greater than or equal', flags: 'N == V' },
  { name: 'lt', meaning: 'signed less than', flags: 'N != V' },
  { name: 'gt', meaning: 'signed greater than', flags: 'Z == 0 && N == V' },
  { name: 'le', meaning: 'signed less than or equal', flags: 'Z == 1 || N != V' },
  { name: 'al', meaning: 'always', flags: 'any' },
  { name: 'nv', meaning: 'always (encoded as 0b1111)', flags: 'any' },
];

export const shiftOperators: readonly string[] = ['lsl', 'lsr', 'asr', 'ror', 'msl'];
export const extendOperators: readonly string[] = ['uxtb', 'uxth', 'uxtw', 'uxtx', 'sxtb', 'sxth', 'sxtw', 'sxtx'];

/** ELF relocation operators accepted in operands, e.g. `add x0, x0, :lo12:sym`. */
export const relocationOperators: readonly { readonly name: string; readonly meaning: string }[] = [
  { name: 'lo12', meaning: 'low 12 bits of the address (R_AARCH64_ADD_ABS_LO12_NC / LDST*_ABS_LO12_NC)' },
  { name: 'pg_hi21', meaning: 'page address bits 32:12 relative to the PC page (ADRP)' },
  { name: 'pg_hi21_nc', meaning: 'page address, no overflow check (ADRP)' },
  { name: 'got', meaning: 'page of the GOT entry (ADRP)' },
  { name: 'got_lo12', meaning: 'low 12 bits of the GOT entry address' },
  { name: 'abs_g0', meaning: 'bits 15:0 of the absolute address (MOVZ/MOVK)' },
  { name: 'abs_g0_nc', meaning: 'bits 15:0, no overflow check' },
  { name: 'abs_g1', meaning: 'bits 31:16 of the absolute address' },
  { name: 'abs_g1_nc', meaning: 'bits 31:16, no overflow check' },
  { name: 'abs_g2', meaning: 'bits 47:32 of the absolute address' },
  { name: 'abs_g2_nc', meaning: 'bits 47:32, no overflow check' },
  { name: 'abs_g3', meaning: 'bits 63:48 of the absolute address' },
  { name: 'abs_g0_s', meaning: 'signed bits 15:0 (MOVN/MOVZ)' },
  { name: 'abs_g1_s', meaning: 'signed bits 31:16' },
  { name: 'abs_g2_s', meaning: 'signed bits 47:32' },
  { name: 'tprel_hi12', meaning: 'bits 23:12 of the TLS offset (local exec)' },
  { name: 'tprel_lo12_nc', meaning: 'bits 11:0 of the TLS offset, no check (local exec)' },
];

export type RegisterClass = 'x' | 'w' | 'v' | 'q' | 'd' | 's' | 'h' | 'b';

export interface RegisterDescription {
  readonly name: string;
  readonly title: string;
  readonly description: string;
}

const gprRole = (n: number): string => {
  if (n <= 7) return 'argument / result register (AAPCS64)';
  if (n === 8) return 'indirect result location; Linux syscall number';
  if (n <= 15) return 'temporary (caller-saved)';
  if (n === 16 || n === 17) return `intra-procedure-call scratch register ip${n - 16} (caller-saved)`;
  if (n === 18) return 'platform register (caller-saved on Linux)';
  if (n <= 28) return 'callee-saved register';
  if (n === 29) return 'frame pointer (fp)';
  return 'link register (lr): return address written by bl/blr';
};

const mteNote = 'Under MTE, bits 59:56 of a 64-bit pointer hold its logical (address) tag; loads and stores through it are checked against the allocation tag of each 16-byte granule.';

/** Describes a register operand (case-insensitive), or undefined when `text` is not a register. */
export function describeRegister(text: string): RegisterDescription | undefined {
  const lower = text.toLowerCase();
  const bare = lower.replace(/\[\d+\]$/, '');
  const [base, arrangement] = bare.split('.', 2) as [string, string | undefined];
  let m: RegExpExecArray | null;
  if (base === 'sp') return { name: lower, title: 'sp — stack pointer (64-bit)', description: `Must stay 16-byte aligned when used for memory access. ${mteNote}` };
  if (base === 'wsp') return { name: lower, title: 'wsp — low 32 bits of the stack pointer', description: 'Only valid where an instruction accepts the stack pointer.' };
  if (base === 'xzr') return { name: lower, title: 'xzr — 64-bit zero register', description: 'Reads as zero; writes are discarded.' };
  if (base === 'wzr') return { name: lower, title: 'wzr — 32-bit zero register', description: 'Reads as zero; writes are discarded.' };
  if (base === 'fp') return { name: lower, title: 'fp — frame pointer (x29)', description: gprRole(29) };
  if (base === 'lr') return { name: lower, title: 'lr — link register (x30)', description: gprRole(30) };
  if ((m = /^ip([01])$/.exec(base))) return { name: lower, title: `ip${m[1]} — x${16 + Number(m[1])}`, description: gprRole(16 + Number(m[1])) };
  if ((m = /^x(\d+)$/.exec(base)) && Number(m[1]) <= 30) {
    return { name: lower, title: `x${m[1]} — 64-bit general-purpose register`, description: `${gprRole(Number(m[1]))}. ${mteNote}` };
  }
  if ((m = /^w(\d+)$/.exec(base)) && Number(m[1]) <= 30) {
    return { name: lower, title: `w${m[1]} — low 32 bits of x${m[1]}`, description: `${gprRole(Number(m[1]))}. Writing a W register zeroes bits 63:32 of the X register.` };
  }
  if ((m = /^([vqdshb])(\d+)$/.exec(base)) && Number(m[2]) <= 31) {
    const widths: Record<string, string> = { v: 'vector', q: '128-bit', d: '64-bit', s: '32-bit', h: '16-bit', b: '8-bit' };
    const callee = Number(m[2]) >= 8 && Number(m[2]) <= 15 ? ' Bits 63:0 of v8-v15 are callee-saved.' : '';
    const arr = arrangement ? ` Arrangement .${arrangement}: ${describeArrangement(arrangement)}.` : '';
    return { name: lower, title: `${base} — ${widths[m[1]!]} SIMD&FP register`, description: `SIMD&FP register ${m[2]}.${arr}${callee}` };
  }
  return undefined;
}

function describeArrangement(arrangement: string): string {
  const m = /^(\d*)([bhsdq])$/.exec(arrangement);
  if (!m) return arrangement;
  const bits: Record<string, number> = { b: 8, h: 16, s: 32, d: 64, q: 128 };
  const lanes = m[1] ? `${m[1]} lanes of ` : 'one element of ';
  return `${lanes}${bits[m[2]!]} bits`;
}

/** Register names offered by completion for one class (x0..x30, w0..w30, v0..v31, ...). */
export function registerNames(cls: RegisterClass): string[] {
  const count = cls === 'x' || cls === 'w' ? 31 : 32;
  return Array.from({ length: count }, (_, i) => `${cls}${i}`);
}

/** Vector arrangement suffixes (for v registers). */
export const vectorArrangements: readonly string[] = ['16b', '8b', '8h', '4h', '4s', '2s', '2d', '1d', '1q', '4b', '2h'];
