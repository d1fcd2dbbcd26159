// Deterministic pseudo-random numbers for the fuzz tests (test/fuzz): a seeded xorshift generator, so that every
// run of `npm test` tries exactly the same inputs and a failure names the seed and case that reproduce it.

export interface Random {
  /** A uint32. */
  u32(): number;
  /** An integer in [0, n). */
  below(n: number): number;
  /** true with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

export function random(seed: number): Random {
  let s = (seed ^ 0x9e3779b9) >>> 0 || 1;
  const u32 = (): number => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s;
  };
  for (let i = 0; i < 8; i++) u32();
  return {
    u32,
    below: (n) => Math.floor((u32() / 2 ** 32) * n),
    chance: (p) => u32() / 2 ** 32 < p,
    pick: (items) => items[Math.floor((u32() / 2 ** 32) * items.length)]!,
  };
}

/** A readable rendering of an exception for assertion messages. */
export function describeError(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}
