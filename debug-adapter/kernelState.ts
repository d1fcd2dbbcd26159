// Snapshots of the Linux layer's kernel state (address-space bookkeeping, brk, file table, signal actions, the
// seeded random source, the final stop) for reverse execution. Machine.snapshot() covers registers, memory and
// tags; the kernel object keeps its own state, which must come back too or a re-executed mmap would return a
// different address. The Linux layer has no snapshot API yet, so this deep-copies the kernel's own fields
// (objects, arrays, Maps, Sets, typed arrays, keeping prototypes) and restores them in place, leaving the
// machine, the host and the program image (shared, not kernel state) untouched.

type Saved = unknown;

function cloneValue(value: unknown, shared: ReadonlySet<object>, seen: Map<object, unknown>): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (typeof value === 'function') return value;
  if (shared.has(value)) return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (ArrayBuffer.isView(value)) {
    const copy = (value as unknown as { slice(): unknown }).slice();
    seen.set(value, copy);
    return copy;
  }
  if (value instanceof Map) {
    const copy = new Map();
    seen.set(value, copy);
    for (const [k, v] of value) copy.set(cloneValue(k, shared, seen), cloneValue(v, shared, seen));
    return copy;
  }
  if (value instanceof Set) {
    const copy = new Set();
    seen.set(value, copy);
    for (const v of value) copy.add(cloneValue(v, shared, seen));
    return copy;
  }
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    seen.set(value, copy);
    for (const v of value) copy.push(cloneValue(v, shared, seen));
    return copy;
  }
  const copy = Object.create(Object.getPrototypeOf(value) as object) as Record<string, unknown>;
  seen.set(value, copy);
  for (const key of Object.keys(value)) copy[key] = cloneValue((value as Record<string, unknown>)[key], shared, seen);
  return copy;
}

/** Writes `saved` into `target` in place (same object identities), cloning what it stores. */
function restoreInto(target: Record<string, unknown>, saved: Record<string, unknown>, shared: ReadonlySet<object>): void {
  for (const key of Object.keys(target)) if (!(key in saved)) delete target[key];
  for (const key of Object.keys(saved)) {
    const current = target[key];
    const wanted = saved[key];
    if (current !== null && typeof current === 'object' && !shared.has(current) && wanted !== null && typeof wanted === 'object'
      && Object.getPrototypeOf(current) === Object.getPrototypeOf(wanted) && !ArrayBuffer.isView(current)) {
      if (current instanceof Map) {
        current.clear();
        for (const [k, v] of wanted as Map<unknown, unknown>) current.set(k, cloneValue(v, shared, new Map()));
        continue;
      }
      if (current instanceof Set) {
        current.clear();
        for (const v of wanted as Set<unknown>) current.add(cloneValue(v, shared, new Map()));
        continue;
      }
      if (Array.isArray(current)) {
        current.length = 0;
        for (const v of wanted as unknown[]) current.push(cloneValue(v, shared, new Map()));
        continue;
      }
      restoreInto(current as Record<string, unknown>, wanted as Record<string, unknown>, shared);
      continue;
    }
    target[key] = cloneValue(wanted, shared, new Map());
  }
}

export class KernelStateKeeper {
  private readonly shared: ReadonlySet<object>;
  constructor(private readonly kernel: object | undefined, shared: readonly unknown[]) {
    this.shared = new Set(shared.filter((s): s is object => s !== null && typeof s === 'object'));
  }

  get available(): boolean { return this.kernel !== undefined; }

  capture(): Saved {
    if (!this.kernel) return undefined;
    return cloneValue(this.kernel, this.shared, new Map());
  }

  restore(saved: Saved): void {
    if (!this.kernel || saved === undefined) return;
    restoreInto(this.kernel as Record<string, unknown>, saved as Record<string, unknown>, this.shared);
  }
}
