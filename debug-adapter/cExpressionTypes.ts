// Bridges C variables described by DWARF (emulator/dwarf types, values read by cLocals.ts) into the expression
// evaluator's small type model (expressions.ts): integers, pointers, structs and unions by address, arrays decayed
// to pointers (keeping the array type for sizeof), float and double, enums with their enumerators, bit-field members,
// and anything else (long double, functions) as opaque values that can be shown but not combined.

import { sizeOf, stripTypedefs, typeName as dwarfTypeName, type CType as DwarfType } from '../emulator/dwarf/index.js';
import type { CValueData } from './cLocals.js';
import type { CType, EvalValue } from './expressions.js';

const DW_ATE_boolean = 0x2, DW_ATE_float = 0x4, DW_ATE_signed = 0x5, DW_ATE_signed_char = 0x6, DW_ATE_unsigned_char = 0x8;

/** The evaluator's view of a DWARF type. */
export function expressionType(type: DwarfType): CType {
  const t = stripTypedefs(type);
  const name = dwarfTypeName(type);
  switch (t.kind) {
    case 'void': return { kind: 'void' };
    case 'base':
      if (t.encoding === DW_ATE_float) return t.size === 4 || t.size === 8 ? { kind: 'float', size: t.size, name } : { kind: 'opaque', name, size: t.size };
      if (![1, 2, 4, 8].includes(t.size)) return { kind: 'opaque', name, size: t.size };
      return {
        kind: 'int', size: t.size as 1 | 2 | 4 | 8, signed: t.encoding === DW_ATE_signed || t.encoding === DW_ATE_signed_char, name: t.encoding === DW_ATE_boolean ? '_Bool' : name,
        ...(t.size === 1 && (t.encoding === DW_ATE_signed_char || t.encoding === DW_ATE_unsigned_char) ? { char: true } : {}),
      };
    case 'enum':
      if (![1, 2, 4, 8].includes(t.size)) return { kind: 'opaque', name, size: t.size };
      return { kind: 'int', size: t.size as 1 | 2 | 4 | 8, signed: t.signed, name, enumerators: t.enumerators };
    case 'pointer': return { kind: 'pointer', to: expressionType(t.target()) };
    case 'struct': case 'union':
      return {
        kind: 'record', name, size: t.size, source: type,
        member: (member) => {
          const m = t.members().find((x) => x.name === member);
          if (!m) return undefined;
          const base = { offset: m.offset, type: expressionType(m.type) };
          return m.bitSize !== undefined ? { ...base, bitSize: m.bitSize, bitOffset: m.bitOffset ?? m.offset * 8 } : base;
        },
      };
    case 'array': return { kind: 'array', element: expressionType(t.element()), count: t.count ?? 0 };
    default: return { kind: 'opaque', name, size: Math.max(0, sizeOf(type)) };
  }
}

/** A C variable's value for the evaluator; undefined when it cannot be one (an array or struct not in memory). */
export function expressionValue(data: CValueData): EvalValue | undefined {
  const type = expressionType(data.type);
  const lvalue = data.address === undefined ? {}
    : data.bitField ? { lvalue: { kind: 'bitfield' as const, address: data.address, bitOffset: data.bitField.bitOffset, bitSize: data.bitField.bitSize } }
      : { lvalue: { kind: 'memory' as const, address: data.address, size: Math.max(1, data.bytes.length) } };
  if (type.kind === 'array') return data.address === undefined ? undefined : { value: data.address, type: { kind: 'pointer', to: type.element }, arrayType: type };
  if (type.kind === 'record') return data.address === undefined ? { value: 0n, type } : { value: data.address, type, ...lvalue };
  if (type.kind === 'void') return undefined;
  let value = 0n;
  for (let i = Math.min(data.bytes.length, 8) - 1; i >= 0; i--) value = (value << 8n) | BigInt(data.bytes[i]!);
  return { value, type, ...lvalue };
}
