// The debug-information model against gdb: for executables built by gcc (test/dwarf/info-fixtures), the values of
// initialised globals (read from the executable, formatted like `print`), sizes, type names (`whatis`, `ptype`),
// and variable locations (`info scope`) must equal what gdb-multiarch answered for the same file
// (scripts/gen-info-fixtures.sh). gdb reads these statically, without running the program.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseElf } from '../../emulator/elf/reader.js';
import { elfFileToProgramImage } from '../../emulator/elf/loader.js';
import { buildDebugModel, type DebugModel, type Variable } from '../../emulator/dwarf/debugModel.js';
import { formatValue, readLocationBytes } from '../../emulator/dwarf/formatValue.js';
import { sizeOf, typeName, declaration, stripTypedefs } from '../../emulator/dwarf/types.js';
import type { Location } from '../../emulator/dwarf/location.js';
import { debugSections, infoFixtures } from './info.test.js';

const dir = join(__dirname, 'info-fixtures');

function load(name: string) {
  const bytes = readFileSync(join(dir, `${name}.elf`));
  const parsed = parseElf(bytes);
  assert.ok(parsed.ok);
  const image = elfFileToProgramImage(parsed.elf, name);
  assert.ok(image.ok);
  const readMemory = (address: bigint, size: number): Uint8Array | undefined => {
    for (const s of image.image.segments) {
      if (address >= s.vaddr && address + BigInt(size) <= s.vaddr + BigInt(s.memSize)) {
        const out = new Uint8Array(size);
        const offset = Number(address - s.vaddr);
        out.set(s.data.subarray(offset, offset + size));
        return out;
      }
    }
    return undefined;
  };
  const symbolize = (address: bigint) => image.image.symbols.find((s) => s.address === address && s.name)?.name;
  const model = buildDebugModel(debugSections(name));
  const gdb = readFileSync(join(dir, `${name}.gdb.txt`), 'utf8');
  return { model, readMemory, symbolize, gdb };
}

/** gdb's answers in command order: `$N = value` for print, `type = ...` for whatis/ptype. */
function gdbAnswers(text: string): string[] {
  const answers: string[] = [];
  for (const block of text.split(/\n(?=\$\d+ = |type = |No symbol|Scope for|Symbol |Function )/)) answers.push(block.replace(/^\$\d+ = /, '').replace(/^type = /, ''));
  return answers;
}

function printGlobal(m: ReturnType<typeof load>, name: string): string {
  const v = m.model.global(name);
  if (!v) return `No symbol "${name}" in current context.`;
  const location = m.model.locate(v, 0n, { readRegister: () => undefined, readMemory: () => undefined });
  const size = sizeOf(v.type);
  const bytes = readLocationBytes(location, size, { readMemory: m.readMemory, readRegister: () => undefined });
  return bytes ? formatValue(v.type, bytes, { symbolize: m.symbolize }) : '<optimized out>';
}

function ptypeStruct(model: DebugModel, name: string): string {
  const v = model.global('origin')!;
  const t = stripTypedefs(v.type);
  assert.ok(t.kind === 'struct' && t.name === name);
  return `struct ${name} {\n${t.members().map((m) => `    ${declaration(m.type, m.name ?? '')};`).join('\n')}\n}`;
}

function ptypeEnum(model: DebugModel): string {
  const t = stripTypedefs(model.global('favourite')!.type);
  assert.ok(t.kind === 'enum');
  let next = 0n;
  const items = t.enumerators.map((e) => { const s = e.value === next ? e.name : `${e.name} = ${e.value}`; next = e.value + 1n; return s; });
  return `enum ${t.name} {${items.join(', ')}}`;
}

for (const name of infoFixtures) {
  test(`${name}: globals, sizes and type names equal gdb's`, () => {
    const m = load(name);
    assert.deepEqual(m.model.errors, []);
    const answers = gdbAnswers(m.gdb);
    const ours = [
      printGlobal(m, 'origin'), printGlobal(m, 'message'), printGlobal(m, 'counter'), printGlobal(m, 'ratio'), printGlobal(m, 'favourite'),
      String(sizeOf(m.model.global('origin')!.type)),
      typeName(m.model.global('origin')!.type),
      (() => { const t = stripTypedefs(m.model.global('origin')!.type); return t.kind === 'struct' ? typeName(t.members()[2]!.type) : '?'; })(),
      m.model.global('message') ? typeName(m.model.global('message')!.type) : 'No symbol "message" in current context.',
      typeName(m.model.global('counter')!.type),
      (() => { const f = m.model.functions.find((x) => x.name === 'accumulate'); return f ? typeName(m.model.types.typeAt(f.die.offset)) : 'No symbol "accumulate" in current context.'; })(),
      ptypeStruct(m.model, 'point'),
      ptypeEnum(m.model),
    ];
    assert.deepEqual(ours, answers.slice(0, ours.length).map((a) => a.trim()));
  });

  test(`${name}: variable locations in _start and accumulate agree with gdb's info scope`, () => {
    const m = load(name);
    const cfa = 0x7fff0000n;
    const ctx = { readRegister: (n: number) => (n === 31 ? cfa - 0x100n : BigInt(n)), readMemory: () => undefined, callFrameAddress: () => cfa };
    for (const fn of ['_start', 'accumulate']) {
      const scope = new RegExp(`Scope for ${fn}:\\n([\\s\\S]*?)(?=\\nScope for|\\nFunction|$)`).exec(m.gdb);
      const f = m.model.functions.find((x) => x.name === fn);
      if (!scope) { assert.equal(f, undefined, `gdb has no ${fn}; neither should we`); continue; }
      assert.ok(f, fn);
      const symbols = [...scope[1]!.matchAll(/Symbol (\w+) is ([\s\S]*?)(?=\nSymbol |$)/g)];
      assert.ok(symbols.length > 0);
      for (const [, variable, description] of symbols) {
        const v: Variable | undefined = f.scope.variables.find((x) => x.name === variable) ?? m.model.variablesAt(f.lowPc).find((x) => x.name === variable);
        assert.ok(v, `${fn}: ${variable}`);
        const length = /length (\d+)\./.exec(description!);
        if (length) assert.equal(sizeOf(v.type), Number(length[1]), `${variable} size`);
        const fbreg = /DW_OP_fbreg (-?\d+)/.exec(description!);
        const register = /a variable in \$x(\d+)/.exec(description!);
        if (/optimized out/.test(description!)) {
          assert.equal(m.model.locate(v, f.lowPc, ctx).kind, 'unavailable', variable);
        } else if (/multi-location/.test(description!)) {
          for (const range of description!.matchAll(/Range (0x[0-9a-f]+)-(0x[0-9a-f]+): ([\s\S]*?)(?=\n\s*Range|\n, length|$)/g)) {
            const [start, end] = [BigInt(range[1]!), BigInt(range[2]!)];
            if (start === end) continue; // an empty range covers no pc
            const expected = [...range[3]!.matchAll(/DW_OP_addr (0x[0-9a-f]+)\n(\s+\d+: DW_OP_stack_value\n)?\s+\[(\d+)-byte piece\]|an empty (\d+)-byte piece/g)].map((p) =>
              p[4] ? { kind: 'empty', size: Number(p[4]) } : { kind: p[2] ? 'value' : 'memory', address: BigInt(p[1]!), size: Number(p[3]) });
            const loc = m.model.locate(v, start, ctx);
            assert.equal(loc.kind, 'pieces', `${variable} at ${range[1]}`);
            const pieces = loc.kind === 'pieces' ? loc.pieces.map((p) => p.location.kind === 'empty' ? { kind: 'empty', size: p.size }
              : { kind: p.location.kind, address: p.location.kind === 'memory' ? p.location.address : p.location.kind === 'value' ? p.location.value : -1n, size: p.size }) : [];
            assert.deepEqual(pieces, expected, `${variable} pieces at ${range[1]}`);
          }
        } else if (fbreg) {
          assert.deepEqual(m.model.locate(v, f.lowPc, ctx), { kind: 'memory', address: cfa + BigInt(fbreg[1]!) } satisfies Location, variable);
        } else if (register) {
          assert.deepEqual(m.model.locate(v, f.lowPc, ctx), { kind: 'register', register: Number(register[1]) }, variable);
        } else {
          assert.fail(`${fn}: unrecognised gdb description for ${variable}: ${description}`);
        }
      }
    }
  });
}

test('readProgramDebugInfo gathers lines, call frames and the model from one ELF', async () => {
  const { readProgramDebugInfo } = await import('../../emulator/dwarf/index.js');
  const parsed = parseElf(readFileSync(join(dir, 'gcc-O0.elf')));
  assert.ok(parsed.ok);
  const info = readProgramDebugInfo(parsed.elf);
  assert.deepEqual(info.errors, []);
  assert.ok(info.lines.some((r) => r.file.endsWith('vars.c') && r.line === 16), 'line rows of _start');
  assert.equal(info.callFrames.length, 1);
  assert.ok(info.callFrames[0]!.frames.length >= 2);
  assert.ok(info.model?.functions.some((f) => f.name === 'accumulate'));
  // A stripped program: no sections, no errors, nothing to offer.
  const stripped = readProgramDebugInfo({ ...parsed.elf, sections: parsed.elf.sections.filter((s) => !s.name.startsWith('.debug') && s.name !== '.eh_frame') });
  assert.deepEqual([stripped.lines.length, stripped.callFrames.length, stripped.model, stripped.errors.length], [0, 0, undefined, 0]);
});
