// MTE tag arithmetic shared by the executor: the architectural RandomTag LFSR (RGSR_EL1.SEED), the
// ChooseNonExcludedTag walk used by IRG/ADDG/SUBG, and helpers for the tag bits of a pointer. Written from the
// Arm ARM pseudocode (AArch64.RandomTag, NextRandomTagBit, AArch64.ChooseNonExcludedTag).

/** RGSR_EL1 layout: TAG in bits 3:0, SEED in bits 23:8. */
export const RGSR_TAG_MASK = 0xf;
export const RGSR_SEED_SHIFT = 8;

/** One step of the 16-bit LFSR: top = seed<5> ^ seed<3> ^ seed<2> ^ seed<0>; seed = top:seed<15:1>. */
function nextRandomTagBit(seed: number): { bit: number; seed: number } {
  const top = ((seed >>> 5) ^ (seed >>> 3) ^ (seed >>> 2) ^ seed) & 1;
  return { bit: top, seed: ((top << 15) | (seed >>> 1)) & 0xffff };
}

/** AArch64.RandomTag: four LFSR bits, bit 0 first. Returns the tag and the advanced RGSR_EL1 value. */
export function randomTag(rgsr: number): { tag: number; rgsr: number } {
  let seed = (rgsr >>> RGSR_SEED_SHIFT) & 0xffff;
  let tag = 0;
  for (let i = 0; i < 4; i++) {
    const step = nextRandomTagBit(seed);
    tag |= step.bit << i;
    seed = step.seed;
  }
  const next = (rgsr & ~(0xffff << RGSR_SEED_SHIFT)) | (seed << RGSR_SEED_SHIFT);
  return { tag, rgsr: next >>> 0 };
}

/**
 * AArch64.ChooseNonExcludedTag(tag, offset, exclude): with every tag excluded the result is 0; with offset 0 the
 * start tag itself is moved past excluded tags; otherwise step `offset` times, skipping excluded tags.
 */
export function chooseNonExcludedTag(tag: number, offset: number, exclude: number): number {
  exclude &= 0xffff;
  if (exclude === 0xffff) return 0;
  tag &= 0xf;
  offset &= 0xf;
  if (offset === 0) {
    while ((exclude >>> tag) & 1) tag = (tag + 1) & 0xf;
  }
  while (offset !== 0) {
    offset--;
    tag = (tag + 1) & 0xf;
    while ((exclude >>> tag) & 1) tag = (tag + 1) & 0xf;
  }
  return tag;
}

/**
 * IRG's choice of tag (GCR_EL1.RRND = 0 path): start from RGSR_EL1.TAG, offset by RandomTag, skip excluded tags,
 * and store the chosen tag back in RGSR_EL1.TAG. With every tag excluded the tag is 0 and RGSR is unchanged.
 */
export function irgTag(rgsr: number, exclude: number): { tag: number; rgsr: number } {
  if ((exclude & 0xffff) === 0xffff) return { tag: 0, rgsr };
  const start = rgsr & RGSR_TAG_MASK;
  const random = randomTag(rgsr);
  const tag = chooseNonExcludedTag(start, random.tag, exclude);
  return { tag, rgsr: ((random.rgsr & ~RGSR_TAG_MASK) | tag) >>> 0 };
}

/** The RGSR_EL1 value for a user-visible seed: the seed goes to SEED (16 bits; 0 would lock the LFSR, so 1). */
export function rgsrForSeed(seed: number): number {
  let s = (seed ^ (seed >>> 16)) & 0xffff;
  if (s === 0) s = 1;
  return (s << RGSR_SEED_SHIFT) >>> 0;
}

/** The logical tag of a pointer: bits 59:56. */
export function pointerLogicalTag(pointer: bigint): number {
  return Number((pointer >> 56n) & 0xfn);
}

/** The address a pointer refers to with its top byte removed (TBI: bits 63:56 are not part of the address). */
export function pointerAddress(pointer: bigint): bigint {
  return pointer & 0x00ff_ffff_ffff_ffffn;
}

/**
 * Whether a load or store is tag-checked (Arm ARM: tagchecked = wback || n != 31 for immediate offsets; register
 * offsets are always checked): only a base of SP with an immediate offset (or none) and no write-back is exempt.
 * The executor and the editor's mismatch prediction both use this one definition.
 */
export function isTagCheckedAccess(baseIsSp: boolean, writeback: boolean, registerOffset: boolean): boolean {
  return !baseIsSp || writeback || registerOffset;
}
