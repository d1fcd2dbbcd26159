// Symbol lookup for the objdump listing, following objdump's choices: symbols sorted by address and, at equal
// addresses, functions before objects, globals before locals, names not starting with '.', then by name; a target
// address is named by the preferred symbol at or below it (or the lowest symbol, as `<sym-0x..>`), and in a
// relocatable file an address inside the current section is named only by that section's symbols.

export interface ListingSymbol {
  readonly name: string;
  readonly value: bigint;
  readonly sectionIndex: number;
  readonly isFunction: boolean;
  readonly isObject: boolean;
  readonly isGlobal: boolean;
  readonly isLocal: boolean;
  /** ELF st_size: at equal addresses a larger symbol is preferred (objdump sorts larger first). */
  readonly size?: number;
}

export interface SymbolIndex {
  /** True when there are no symbols at all: targets are then printed as plain `0x...` addresses. */
  readonly empty: boolean;
  /** Name and offset for a branch or literal target. */
  nameFor(target: bigint, sectionIndex: number, sectionAddress: bigint, sectionSize: number, sectionName: string):
    { name: string; offset: bigint };
  /** Sorted addresses inside the section where a new symbol (and so a new header line) starts. */
  boundariesIn(sectionIndex: number, sectionAddress: bigint, sectionSize: number): bigint[];
  /** The header text for a region starting at the address: `sym`, `sym+0x10`, or the section name. */
  headerFor(address: bigint, sectionIndex: number, sectionName: string, sectionAddress: bigint): string;
  /** True when the symbol naming a region starting at the address is a data object (STT_OBJECT). */
  regionIsObject(address: bigint, sectionIndex: number): boolean;
  /** The address of the first symbol of the section strictly after the address. */
  nextSymbolAfter(address: bigint, sectionIndex: number): bigint | undefined;
}

/** objdump's order for symbols: by address, then by preference (most preferred first). */
function compareSymbols(a: ListingSymbol, b: ListingSymbol): number {
  if (a.value !== b.value) return a.value < b.value ? -1 : 1;
  if (a.isFunction !== b.isFunction) return a.isFunction ? -1 : 1;
  if (a.isObject !== b.isObject) return a.isObject ? -1 : 1;
  if (a.isLocal !== b.isLocal) return a.isLocal ? 1 : -1;
  if (a.isGlobal !== b.isGlobal) return a.isGlobal ? -1 : 1;
  if ((a.size ?? 0) !== (b.size ?? 0)) return (a.size ?? 0) > (b.size ?? 0) ? -1 : 1;
  const aDot = a.name.startsWith('.');
  const bDot = b.name.startsWith('.');
  if (aDot !== bDot) return aDot ? 1 : -1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Index of the last symbol whose value is <= target, or -1. */
function lastAtOrBelow(sorted: readonly ListingSymbol[], target: bigint): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.value <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Moves back to the first (most preferred) symbol with the same value. */
function firstOfValue(sorted: readonly ListingSymbol[], index: number): number {
  while (index > 0 && sorted[index - 1]!.value === sorted[index]!.value) index--;
  return index;
}

/** An allocated section, for naming targets of executables by the section that contains them. */
export interface ListingSectionRange {
  readonly index: number;
  readonly name: string;
  readonly address: bigint;
  readonly size: number;
}

export function buildSymbolIndex(symbols: readonly ListingSymbol[], relocatable: boolean,
  sections: readonly ListingSectionRange[] = []): SymbolIndex {
  const sorted = [...symbols].sort(compareSymbols);
  const bySection = new Map<number, ListingSymbol[]>();
  for (const s of sorted) {
    let list = bySection.get(s.sectionIndex);
    if (!list) bySection.set(s.sectionIndex, (list = []));
    list.push(s);
  }
  const inSection = (index: number) => bySection.get(index) ?? [];

  function nameFor(target: bigint, sectionIndex: number, sectionAddress: bigint, sectionSize: number,
    sectionName: string): { name: string; offset: bigint } {
    target = BigInt.asUintN(64, target);
    const insideSection = target >= sectionAddress && target < sectionAddress + BigInt(sectionSize);
    if (relocatable && insideSection) {
      const own = inSection(sectionIndex);
      const i = lastAtOrBelow(own, target);
      if (i < 0) return { name: sectionName, offset: target - sectionAddress };
      const s = own[firstOfValue(own, i)]!;
      return { name: s.name, offset: target - s.value };
    }
    // In an executable, a target inside an allocated section that has no symbols of its own is named after the
    // section (`<.plt+0x30>`, `<.got.plt+0x18>`), as GNU objdump prints it, not after another section's symbol.
    if (!relocatable) {
      const home = sections.find((s) => target >= s.address && target < s.address + BigInt(s.size));
      if (home && inSection(home.index).length === 0) {
        const j = lastAtOrBelow(sorted, target);
        if (j < 0 || sorted[j]!.sectionIndex !== home.index) return { name: home.name, offset: target - home.address };
      }
    }
    let i = lastAtOrBelow(sorted, target);
    if (i < 0) i = 0;
    i = firstOfValue(sorted, i);
    // At equal addresses, a symbol of the current section is preferred.
    let chosen = sorted[i]!;
    for (let j = i; j < sorted.length && sorted[j]!.value === chosen.value; j++) {
      if (sorted[j]!.sectionIndex === sectionIndex) { chosen = sorted[j]!; break; }
    }
    return { name: chosen.name, offset: target - chosen.value };
  }

  function boundariesIn(sectionIndex: number, sectionAddress: bigint, sectionSize: number): bigint[] {
    const end = sectionAddress + BigInt(sectionSize);
    const result: bigint[] = [];
    for (const s of inSection(sectionIndex)) {
      if (s.value > sectionAddress && s.value < end && result[result.length - 1] !== s.value) result.push(s.value);
    }
    return result;
  }

  function headerFor(address: bigint, sectionIndex: number, sectionName: string, sectionAddress: bigint): string {
    const own = inSection(sectionIndex);
    const i = lastAtOrBelow(own, address);
    if (i < 0) {
      // No symbol at or below: objdump names the region after the section's first symbol (`<sym-0x4>`), or
      // after the section itself when it has none.
      if (own.length > 0) return `${own[0]!.name}-0x${(own[0]!.value - address).toString(16)}`;
      const off = address - sectionAddress;
      return off === 0n ? sectionName : `${sectionName}+0x${off.toString(16)}`;
    }
    const s = own[firstOfValue(own, i)]!;
    const off = address - s.value;
    return off === 0n ? s.name : `${s.name}+0x${off.toString(16)}`;
  }

  function regionIsObject(address: bigint, sectionIndex: number): boolean {
    const own = inSection(sectionIndex);
    const i = lastAtOrBelow(own, address);
    return i >= 0 && own[firstOfValue(own, i)]!.isObject;
  }

  function nextSymbolAfter(address: bigint, sectionIndex: number): bigint | undefined {
    const own = inSection(sectionIndex);
    const i = lastAtOrBelow(own, address) + 1;
    return i < own.length ? own[i]!.value : undefined;
  }

  return { empty: sorted.length === 0, nameFor, boundariesIn, headerFor, regionIsObject, nextSymbolAfter };
}
