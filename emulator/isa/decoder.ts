// The decoder: a lookup on the top 12 bits of the word, built once from the table, then a short scan of the
// forms whose fixed bits agree (most specific first). Also finds the alias objdump prefers for a decoded word.

import type { DecodedInstruction } from './api.js';
import { allAliases, allForms } from './registry.js';
import { extractFields, type FormDef } from './table.js';

const KEY_BITS = 12;
const KEY_SHIFT = 32 - KEY_BITS;

let buckets: FormDef[][] | undefined;
let aliasesByBase: Map<string, FormDef[]> | undefined;

function popcount(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function build(): FormDef[][] {
  const table: FormDef[][] = [];
  const keyMask = ((1 << KEY_BITS) - 1) << KEY_SHIFT;
  for (let key = 0; key < 1 << KEY_BITS; key++) {
    const top = (key << KEY_SHIFT) >>> 0;
    const list: FormDef[] = [];
    for (const def of allForms as readonly FormDef[]) {
      const m = def.mask & keyMask;
      if (((top & m) >>> 0) === ((def.value & m) >>> 0)) list.push(def);
    }
    list.sort((a, b) => popcount(b.mask) - popcount(a.mask));
    table.push(list);
  }
  aliasesByBase = new Map();
  for (const a of allAliases as readonly FormDef[]) {
    if (a.asmOnly || a.aliasOf === undefined) continue;
    let list = aliasesByBase.get(a.aliasOf);
    if (!list) aliasesByBase.set(a.aliasOf, (list = []));
    list.push(a);
  }
  return table;
}

/** Decodes a word to its preferred non-alias form and raw fields; undefined when unallocated or unknown. */
export function decode(word: number): DecodedInstruction & { readonly form: FormDef } | undefined {
  word >>>= 0;
  const table = buckets ?? (buckets = build());
  const list = table[word >>> KEY_SHIFT]!;
  for (let i = 0; i < list.length; i++) {
    const def = list[i]!;
    if (((word & def.mask) >>> 0) !== def.value) continue;
    const fields = extractFields(def, word);
    if (def.valid && !def.valid(fields)) continue;
    return { word, form: def, fields };
  }
  return undefined;
}

/** The alias objdump prints for a decoded word (first matching alias in table order), with its own fields. */
export function preferredAlias(base: FormDef, word: number): { def: FormDef; fields: Record<string, number> } | undefined {
  if (!aliasesByBase) buckets ??= build();
  const list = aliasesByBase!.get(base.id);
  if (!list) return undefined;
  for (const a of list) {
    if (((word & a.mask) >>> 0) !== a.value) continue;
    const fields = extractFields(a, word);
    if (a.when && !a.when(fields)) continue;
    return { def: a, fields };
  }
  return undefined;
}
