// Relocation arithmetic on instruction words: patches the fields of a word for a resolved fixup (the assembler
// for local symbols, the static linker for everything else). Data relocations are handled by the caller.

import type { RelocKind } from './api.js';

export type FixupResult = { readonly ok: true; readonly word: number } | { readonly ok: false; readonly message: string };

function insert(word: number, value: number, lsb: number, width: number): number {
  const m = (width >= 32 ? 0xffffffff : (1 << width) - 1) << lsb;
  return ((word & ~m) | ((value << lsb) & m)) >>> 0;
}

function fits(v: bigint, bits: number): boolean {
  const lim = 1n << BigInt(bits - 1);
  return v >= -lim && v < lim;
}

function pcRelative(word: number, delta: bigint, bits: number, lsb: number, what: string): FixupResult {
  if ((delta & 3n) !== 0n) return { ok: false, message: `${what} target is not 4-byte aligned` };
  const units = delta >> 2n;
  if (!fits(units, bits)) return { ok: false, message: `${what} target out of range` };
  return { ok: true, word: insert(word, Number(BigInt.asUintN(bits, units)), lsb, bits) };
}

/**
 * Applies a relocation to an instruction word. `value` is S + A (symbol value plus addend) and `place` is P,
 * the address of the instruction. Returns the patched word or an error (overflow, misalignment, GOT needed).
 */
export function applyFixup(word: number, kind: RelocKind, value: bigint, place: bigint): FixupResult {
  const delta = BigInt.asIntN(64, value - place);
  switch (kind) {
    case 'R_AARCH64_JUMP26':
    case 'R_AARCH64_CALL26':
      return pcRelative(word, delta, 26, 0, 'branch');
    case 'R_AARCH64_CONDBR19':
      return pcRelative(word, delta, 19, 5, 'conditional branch');
    case 'R_AARCH64_LD_PREL_LO19':
      return pcRelative(word, delta, 19, 5, 'literal load');
    case 'R_AARCH64_TSTBR14':
      return pcRelative(word, delta, 14, 5, 'test and branch');
    case 'R_AARCH64_ADR_PREL_LO21': {
      if (!fits(delta, 21)) return { ok: false, message: 'adr target out of range' };
      const v = Number(BigInt.asUintN(21, delta));
      return { ok: true, word: insert(insert(word, v & 3, 29, 2), v >>> 2, 5, 19) };
    }
    case 'R_AARCH64_ADR_PREL_PG_HI21':
    case 'R_AARCH64_ADR_PREL_PG_HI21_NC': {
      const pages = BigInt.asIntN(64, (value & ~0xfffn) - (place & ~0xfffn)) >> 12n;
      if (kind === 'R_AARCH64_ADR_PREL_PG_HI21' && !fits(pages, 21)) return { ok: false, message: 'adrp target out of range' };
      const v = Number(BigInt.asUintN(21, pages));
      return { ok: true, word: insert(insert(word, v & 3, 29, 2), v >>> 2, 5, 19) };
    }
    case 'R_AARCH64_ADD_ABS_LO12_NC':
      return { ok: true, word: insert(word, Number(value & 0xfffn), 10, 12) };
    case 'R_AARCH64_LDST8_ABS_LO12_NC':
    case 'R_AARCH64_LDST16_ABS_LO12_NC':
    case 'R_AARCH64_LDST32_ABS_LO12_NC':
    case 'R_AARCH64_LDST64_ABS_LO12_NC':
    case 'R_AARCH64_LDST128_ABS_LO12_NC': {
      const shift = { R_AARCH64_LDST8_ABS_LO12_NC: 0, R_AARCH64_LDST16_ABS_LO12_NC: 1, R_AARCH64_LDST32_ABS_LO12_NC: 2, R_AARCH64_LDST64_ABS_LO12_NC: 3, R_AARCH64_LDST128_ABS_LO12_NC: 4 }[kind];
      const lo = Number(value & 0xfffn);
      if (lo % (1 << shift) !== 0) return { ok: false, message: `low 12 bits of the address are not a multiple of the ${1 << shift}-byte access size` };
      return { ok: true, word: insert(word, lo >> shift, 10, 12) };
    }
    case 'R_AARCH64_MOVW_UABS_G0':
    case 'R_AARCH64_MOVW_UABS_G0_NC':
    case 'R_AARCH64_MOVW_UABS_G1':
    case 'R_AARCH64_MOVW_UABS_G1_NC':
    case 'R_AARCH64_MOVW_UABS_G2':
    case 'R_AARCH64_MOVW_UABS_G2_NC':
    case 'R_AARCH64_MOVW_UABS_G3': {
      const group = Number(kind.charAt(kind.indexOf('_G') + 2));
      const checked = !kind.endsWith('_NC') && group < 3;
      const v = BigInt.asUintN(64, value);
      if (checked && v >> BigInt(16 * (group + 1)) !== 0n) return { ok: false, message: `value does not fit in ${16 * (group + 1)} bits (${kind})` };
      return { ok: true, word: insert(word, Number((v >> BigInt(16 * group)) & 0xffffn), 5, 16) };
    }
    case 'R_AARCH64_MOVW_SABS_G0':
    case 'R_AARCH64_MOVW_SABS_G1':
    case 'R_AARCH64_MOVW_SABS_G2': {
      const group = Number(kind.charAt(kind.indexOf('_G') + 2));
      const v = BigInt.asIntN(64, value);
      if (!fits(v, 16 * (group + 1) + 1)) return { ok: false, message: `value does not fit in ${16 * (group + 1)} signed bits (${kind})` };
      // A negative value is loaded with MOVN of the inverted chunk; otherwise MOVZ.
      const chunk = v < 0n ? (~v >> BigInt(16 * group)) & 0xffffn : (v >> BigInt(16 * group)) & 0xffffn;
      const w = insert(word, v < 0n ? 0 : 1, 30, 1);
      return { ok: true, word: insert(w, Number(chunk), 5, 16) };
    }
    case 'R_AARCH64_TLSLE_ADD_TPREL_HI12':
      if (BigInt.asUintN(64, value) >> 24n !== 0n) return { ok: false, message: 'TLS offset out of range' };
      return { ok: true, word: insert(word, Number((value >> 12n) & 0xfffn), 10, 12) };
    case 'R_AARCH64_TLSLE_ADD_TPREL_LO12':
      if (BigInt.asUintN(64, value) >> 12n !== 0n) return { ok: false, message: 'TLS offset out of range' };
      return { ok: true, word: insert(word, Number(value & 0xfffn), 10, 12) };
    case 'R_AARCH64_TLSLE_ADD_TPREL_LO12_NC':
      return { ok: true, word: insert(word, Number(value & 0xfffn), 10, 12) };
    case 'R_AARCH64_ADR_GOT_PAGE':
    case 'R_AARCH64_LD64_GOT_LO12_NC':
    case 'R_AARCH64_GOT_LD_PREL19':
      return { ok: false, message: `${kind} needs a global offset table entry (resolved by the linker)` };
    case 'R_AARCH64_TLSIE_ADR_GOTTPREL_PAGE21':
    case 'R_AARCH64_TLSIE_LD64_GOTTPREL_LO12_NC':
    case 'R_AARCH64_TLSDESC_ADR_PAGE21':
    case 'R_AARCH64_TLSDESC_LD64_LO12':
    case 'R_AARCH64_TLSDESC_ADD_LO12':
    case 'R_AARCH64_TLSDESC_CALL':
      return { ok: false, message: `${kind} (initial-exec or descriptor TLS) is resolved by a linker that relaxes TLS sequences; the built-in linker takes local-exec TLS only (-ftls-model=local-exec)` };
    default:
      return { ok: false, message: `${kind} is a data relocation, not an instruction fixup` };
  }
}
