// Applies AArch64 ELF relocations: data relocations (ABS/PREL 16/32/64) here, instruction-word relocations
// through the ISA layer's applyFixup. Used by the assembler for fixups it resolves itself and by the linker.
import type { RelocKind } from '../isa/api.js';
import { applyFixup } from '../isa/index.js';
import { read32, write32, writeUint } from './bytes.js';

const pcRelative: ReadonlySet<RelocKind> = new Set<RelocKind>([
  'R_AARCH64_PREL64', 'R_AARCH64_PREL32', 'R_AARCH64_PREL16', 'R_AARCH64_LD_PREL_LO19', 'R_AARCH64_ADR_PREL_LO21',
  'R_AARCH64_TSTBR14', 'R_AARCH64_CONDBR19', 'R_AARCH64_JUMP26', 'R_AARCH64_CALL26',
]);

/** Size in bytes of the field a relocation patches (data relocations) or 4 for instruction words. */
export function relocationSize(kind: RelocKind): number {
  switch (kind) {
    case 'R_AARCH64_ABS64': case 'R_AARCH64_PREL64': return 8;
    case 'R_AARCH64_ABS16': case 'R_AARCH64_PREL16': return 2;
    default: return 4;
  }
}

/** Resolves one relocation into a 32-bit instruction word through the ISA layer's fixup arithmetic. */
export function relocateWord(word: number, kind: RelocKind, value: bigint, place: bigint): number | string {
  const r = applyFixup(word, kind, value, place);
  return r.ok ? r.word >>> 0 : r.message;
}

/** Applies a relocation at `offset` of `data`; returns an error message or undefined. */
export function applyRelocation(data: Uint8Array, offset: number, kind: RelocKind, value: bigint, place: bigint): string | undefined {
  switch (kind) {
    case 'R_AARCH64_ABS64': writeUint(data, offset, value, 8); return undefined;
    case 'R_AARCH64_PREL64': writeUint(data, offset, value - place, 8); return undefined;
    case 'R_AARCH64_ABS32': case 'R_AARCH64_PREL32': case 'R_AARCH64_ABS16': case 'R_AARCH64_PREL16': {
      const size = relocationSize(kind);
      const v = pcRelative.has(kind) ? value - place : value;
      const bits = BigInt(size * 8);
      if (v < -(1n << (bits - 1n)) || v >= (1n << bits)) return `relocation ${kind} truncated: value 0x${BigInt.asUintN(64, v).toString(16)} does not fit`;
      writeUint(data, offset, v, size);
      return undefined;
    }
    default: {
      const r = relocateWord(read32(data, offset), kind, value, place);
      if (typeof r === 'string') return r;
      write32(data, offset, r);
      return undefined;
    }
  }
}
