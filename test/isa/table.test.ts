// Invariants of the one instruction table: unique ids, well-formed encodings, no unintended overlap between
// non-alias forms, aliases pointing at real forms and lying inside their patterns, and every form round-tripping
// encode -> decode -> disassemble -> assemble for sampled field values.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allAliases, allForms } from '../../emulator/isa/registry.js';
import { allSystemRegisterNames, decode, disassemble, assembleInstruction, createResolver, forms, operandVocabulary } from '../../emulator/isa/index.js';
import type { Feature } from '../../emulator/isa/api.js';
import type { FormDef } from '../../emulator/isa/table.js';

const defs = allForms as readonly FormDef[];
const aliases = allAliases as readonly FormDef[];
/** Every feature some form needs, so the round trip exercises the whole table. */
const allFeatures = new Set<Feature>([...[...allForms, ...allAliases].map((d) => d.feature), 'rng', 'ssbs', 'mte', 'v8.2', 'v8.5']);

test('form and alias ids are unique', () => {
  const seen = new Set<string>();
  for (const d of [...defs, ...aliases]) {
    assert.ok(!seen.has(d.id), `duplicate id ${d.id}`);
    seen.add(d.id);
  }
  assert.equal(forms().length, seen.size);
});

test('every alias names an existing non-alias form and lies inside its pattern', () => {
  const byId = new Map(defs.map((d) => [d.id, d] as const));
  for (const a of aliases) {
    const base = byId.get(a.aliasOf ?? '');
    assert.ok(base, `${a.id}: aliasOf '${a.aliasOf}' is not a form`);
    // The alias fixes at least the bits the base fixes, to the same values.
    assert.equal((a.mask & base.mask) >>> 0, base.mask, `${a.id} leaves bits fixed by ${base.id} free`);
    assert.equal((a.value & base.mask) >>> 0, base.value, `${a.id} contradicts ${base.id}'s fixed bits`);
  }
});

test('non-alias forms do not overlap unless one declares it specialises the other', () => {
  const byId = new Map(defs.map((d) => [d.id, d] as const));
  // 'specialises' is transitive: NOP specialises HINT, which specialises MSR_sys0.
  const closure = (d: FormDef): Set<string> => {
    const out = new Set<string>();
    const stack = [...d.specialises];
    while (stack.length) {
      const id = stack.pop()!;
      if (out.has(id)) continue;
      out.add(id);
      stack.push(...(byId.get(id)?.specialises ?? []));
    }
    return out;
  };
  for (let i = 0; i < defs.length; i++) {
    for (let j = i + 1; j < defs.length; j++) {
      const a = defs[i]!;
      const b = defs[j]!;
      const common = (a.mask & b.mask) >>> 0;
      if (((a.value & common) >>> 0) !== ((b.value & common) >>> 0)) continue;
      const declared = closure(a).has(b.id) || closure(b).has(a.id);
      assert.ok(declared, `${a.id} and ${b.id} overlap without a 'specialises' declaration`);
      const spec = closure(a).has(b.id) ? a : b;
      const general = spec === a ? b : a;
      assert.equal((spec.mask & general.mask) >>> 0, general.mask, `${spec.id} must fix every bit ${general.id} fixes`);
    }
  }
});

test('every form has a summary, a lower-case mnemonic and a syntax', () => {
  for (const d of [...defs, ...aliases]) {
    assert.ok(d.summary.length > 5, `${d.id} summary`);
    assert.equal(d.mnemonic, d.mnemonic.toLowerCase(), `${d.id} mnemonic`);
    assert.ok(d.syntax.startsWith(d.mnemonic), `${d.id} syntax`);
  }
});

/** Deterministic pseudo-random words inside a form's pattern. */
function* samples(def: FormDef, count: number): Generator<number> {
  let seed = 0x9e3779b9 ^ def.value;
  for (let k = 0; k < count; k++) {
    seed = (Math.imul(seed ^ (seed >>> 15), 0x85ebca6b) + k) >>> 0;
    seed = (seed ^ (seed >>> 13)) >>> 0;
    yield ((seed & ~def.mask) | def.value) >>> 0;
  }
}

test('every form round-trips: decode -> disassemble -> assemble gives the same word', () => {
  const address = 0x400000n;
  // `.` is the instruction's address (a location, as a label would be).
  const resolver = createResolver((name) => (name === '.' ? address : undefined));
  let checked = 0;
  const failures: string[] = [];
  for (const def of defs) {
    let decodedOnce = false;
    for (const word of samples(def, 64)) {
      const d = decode(word);
      if (!d || d.form.id !== def.id) continue;
      decodedOnce = true;
      const dis = disassemble(word, address);
      // Without a symbolizer, targets print as 0x-prefixed addresses. GNU as reads a plain number as an offset
      // from the instruction, so the target is given back relative to `.` (as a label would resolve).
      let operands = dis.operands.replace(/ +$/, '');
      if (dis.target !== undefined) {
        const printed = `0x${dis.target.toString(16)}`;
        const delta = BigInt.asIntN(64, dis.target - address);
        operands = operands.replace(printed, delta < 0n ? `.-${-delta}` : `.+${delta}`);
      }
      const res = assembleInstruction(dis.mnemonic, operands, { address, features: allFeatures, resolver });
      checked++;
      // objdump prints LD64B/ST64B with any Rt, GNU as takes only the valid ones (even, up to x22).
      if (!res.ok && res.message.startsWith('invalid Rt register number in 64-byte load/store')) continue;
      if (!res.ok) failures.push(`${def.id} ${word.toString(16)} '${dis.text}': ${res.message}`);
      else if (res.word !== word) {
        // A different encoding is fine only when it prints the same (ignored bits, equivalent forms).
        const again = disassemble(res.word, address).text;
        if (again !== dis.text) failures.push(`${def.id} ${word.toString(16)} '${dis.text}' -> ${res.word.toString(16)} '${again}'`);
      }
    }
    assert.ok(decodedOnce, `no sampled word decodes as ${def.id}`);
  }
  assert.deepEqual(failures.slice(0, 20), []);
  assert.ok(checked > defs.length);
});

test('the operand vocabulary offered to editors is accepted by the assembler and printed back', () => {
  const ctx = { address: 0n, features: allFeatures, resolver: createResolver() };
  const v = operandVocabulary();
  const roundTrip = (mnemonic: string, operands: string): string => {
    const r = assembleInstruction(mnemonic, operands, ctx);
    assert.ok(r.ok, `${mnemonic} ${operands}: ${r.ok ? '' : r.message}`);
    return disassemble(r.word, 0n).text;
  };
  for (const name of v.dc!) assert.equal(roundTrip('dc', `${name}, x3`), `dc\t${name}, x3`);
  for (const name of v.barrier!) assert.equal(roundTrip('dmb', name), `dmb\t${name}`);
  for (const name of v.condition!.slice(0, 14)) assert.match(roundTrip('csel', `x0, x1, x2, ${name}`), new RegExp(`^csel\\tx0, x1, x2, ${name}`));
  let named = 0;
  for (const name of allSystemRegisterNames()) {
    const text = roundTrip('mrs', `x1, ${name}`);
    if (text === `mrs\tx1, ${name}`) named++;
  }
  // A few registers have two names for one encoding (objdump prints one of them).
  assert.ok(named > allSystemRegisterNames().length - 10, `${named} of ${allSystemRegisterNames().length} print back by name`);
});
