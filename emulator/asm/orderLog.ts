// Compact records the assembler keeps for the object's symbol table: a section's $x/$d mapping symbols and the
// log of the order GNU as makes symbols in. A large file makes one mapping symbol per code/data switch and one log
// entry per symbol, so both are parallel typed arrays rather than one long-lived object per entry (which the
// garbage collector would copy, twice, on the way to the old generation).

/** Grows a typed array to at least `needed` elements, keeping its contents. */
function grown<T extends Float64Array | Int32Array | Uint8Array>(array: T, needed: number, make: new (n: number) => T): T {
  if (needed <= array.length) return array;
  let n = array.length * 2;
  while (n < needed) n *= 2;
  const b = new make(n);
  b.set(array);
  return b;
}

/**
 * Indices 0..count-1 not flagged removed, in ascending `keys` order, equal keys in index order. The lists are
 * almost always in order already: checked as they are gathered, and sorted only when they are not.
 */
function keptInOrder(count: number, removed: Uint8Array, keys: Float64Array): number[] {
  const kept: number[] = [];
  let sorted = true;
  for (let i = 0; i < count; i++) {
    if (removed[i] === 1) continue;
    if (kept.length > 0 && keys[i]! < keys[kept[kept.length - 1]!]!) sorted = false;
    kept.push(i);
  }
  if (!sorted) kept.sort((a, b) => keys[a]! - keys[b]! || a - b);
  return kept;
}

/** A section's mapping symbols in the order they were made; `removed` when GNU as's rules drop one again. */
export class MappingList {
  private offsets = new Float64Array(16);
  private kinds = new Uint8Array(16);
  private removedFlags = new Uint8Array(16);
  count = 0;

  /** Adds a mapping symbol of `kind` at `offset`; its index. */
  add(offset: number, kind: 'x' | 'd'): number {
    const i = this.count++;
    if (i === this.offsets.length) {
      this.offsets = grown(this.offsets, i + 1, Float64Array);
      this.kinds = grown(this.kinds, i + 1, Uint8Array);
      this.removedFlags = grown(this.removedFlags, i + 1, Uint8Array);
    }
    this.offsets[i] = offset;
    this.kinds[i] = kind === 'x' ? 0 : 1;
    return i;
  }

  offset(i: number): number {
    return this.offsets[i]!;
  }

  kind(i: number): 'x' | 'd' {
    return this.kinds[i] === 0 ? 'x' : 'd';
  }

  removed(i: number): boolean {
    return this.removedFlags[i] === 1;
  }

  remove(i: number): void {
    this.removedFlags[i] = 1;
  }

  /** Indices of the kept mapping symbols by offset (equal offsets in the order made). */
  keptByOffset(): number[] {
    return keptInOrder(this.count, this.removedFlags, this.offsets);
  }
}

/** What a log entry records. */
export const OrderKind = { symbol: 0, section: 1, mapping: 2, file: 3, dwarf: 4 } as const;
export type OrderKind = (typeof OrderKind)[keyof typeof OrderKind];

/**
 * Symbols in the order GNU as would make them (its symbol table keeps that order): a named symbol at its first
 * mention, a section symbol when `.section` makes the section, a mapping symbol, an STT_FILE symbol, the DWARF
 * sections' symbols. `major` is the number of pass-2 items made before the entry; a symbol first named by a
 * pass-2 item i sorts at i + 0.5. Entries are listed by major, in log order among equal majors.
 */
export class OrderLog {
  private majors = new Float64Array(64);
  private kinds = new Uint8Array(64);
  private removedFlags = new Uint8Array(64);
  /** The mapping symbol's index in its section's MappingList (mapping entries). */
  private mappingIndices = new Int32Array(64);
  /** The symbol's, section's or file's name; the section's name for a mapping entry. */
  private readonly names: string[] = [];
  count = 0;

  /** Adds an entry; its index. */
  push(major: number, kind: OrderKind, name: string, mappingIndex = -1): number {
    const i = this.count++;
    if (i === this.majors.length) {
      this.majors = grown(this.majors, i + 1, Float64Array);
      this.kinds = grown(this.kinds, i + 1, Uint8Array);
      this.removedFlags = grown(this.removedFlags, i + 1, Uint8Array);
      this.mappingIndices = grown(this.mappingIndices, i + 1, Int32Array);
    }
    this.majors[i] = major;
    this.kinds[i] = kind;
    this.mappingIndices[i] = mappingIndex;
    this.names.push(name);
    return i;
  }

  major(i: number): number {
    return this.majors[i]!;
  }

  kind(i: number): OrderKind {
    return this.kinds[i]! as OrderKind;
  }

  name(i: number): string {
    return this.names[i]!;
  }

  mappingIndex(i: number): number {
    return this.mappingIndices[i]!;
  }

  remove(i: number): void {
    this.removedFlags[i] = 1;
  }

  /** Indices of the entries not removed, by major (equal majors in log order). */
  keptByMajor(): number[] {
    return keptInOrder(this.count, this.removedFlags, this.majors);
  }
}
