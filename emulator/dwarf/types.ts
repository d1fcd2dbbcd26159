// C types described by DWARF, as the debugger shows them: a small type model built lazily from DIEs (so
// self-referencing structs work), with names spelled the way gdb's `whatis` prints them.

import { DW_AT, DW_TAG } from './constants.js';
import { attribute, type DebugInfo, type Die } from './info.js';

export type CType =
  | { readonly kind: 'void' }
  | { readonly kind: 'base'; readonly name: string; readonly size: number; readonly encoding: number }
  | { readonly kind: 'pointer'; readonly size: number; readonly target: () => CType }
  | { readonly kind: 'struct' | 'union'; readonly name: string | undefined; readonly size: number; readonly members: () => readonly Member[] }
  | { readonly kind: 'array'; readonly element: () => CType; readonly count: number | undefined }
  | { readonly kind: 'typedef'; readonly name: string; readonly target: () => CType }
  | { readonly kind: 'qualified'; readonly qualifier: 'const' | 'volatile' | 'restrict' | 'atomic'; readonly target: () => CType }
  | { readonly kind: 'enum'; readonly name: string | undefined; readonly size: number; readonly enumerators: readonly { name: string; value: bigint }[]; readonly signed: boolean }
  | { readonly kind: 'function'; readonly returns: () => CType; readonly parameters: () => readonly CType[]; readonly variadic: boolean }
  | { readonly kind: 'unknown'; readonly reason: string };

export interface Member {
  readonly name: string | undefined;
  readonly type: CType;
  readonly offset: number;
  /** Bit-field width and offset from the start of the containing struct, when the member is a bit-field. */
  readonly bitSize?: number;
  readonly bitOffset?: number;
}

export class TypeTable {
  private readonly cache = new Map<number, CType>();
  private readonly building = new Set<number>();
  constructor(private readonly info: DebugInfo) {}

  /** The type a DIE's DW_AT_type refers to (void when it has none). */
  typeOf(die: Die): CType {
    const ref = attribute(die, DW_AT.type);
    if (!ref) return { kind: 'void' };
    if (ref.kind === 'signature') return this.typeBySignature(ref.value);
    if (ref.kind !== 'reference') return { kind: 'unknown', reason: `type given by a ${ref.kind} attribute` };
    return this.typeAt(ref.offset);
  }

  /** The type a DW_FORM_ref_sig8 signature names, in a type unit (.debug_types, or DWARF 5 type units). */
  private typeBySignature(signature: bigint): CType {
    const die = this.info.dieBySignature(signature);
    if (!die) return { kind: 'unknown', reason: `no type unit with signature 0x${signature.toString(16).padStart(16, '0')}` };
    return this.typeAt(die.offset);
  }

  typeAt(offset: number): CType {
    const cached = this.cache.get(offset);
    if (cached) return cached;
    const die = this.info.dieAt(offset);
    // Only signature chains recurse eagerly (everything else is lazy): a cycle of them names no type.
    if (this.building.has(offset)) return { kind: 'unknown', reason: 'type signatures refer to each other in a cycle' };
    this.building.add(offset);
    const t: CType = die ? this.build(die) : { kind: 'unknown', reason: `no DIE at 0x${offset.toString(16)}` };
    this.building.delete(offset);
    this.cache.set(offset, t);
    return t;
  }

  private build(die: Die): CType {
    // A skeleton DIE (gcc -fdebug-types-section) stands for the type that its DW_AT_signature names.
    const signature = attribute(die, DW_AT.signature);
    if (signature?.kind === 'signature') return this.typeBySignature(signature.value);
    const name = stringAttribute(die, DW_AT.name);
    const size = numberAttribute(die, DW_AT.byte_size);
    const target = () => this.typeOf(die);
    switch (die.tag) {
      case DW_TAG.base_type: return { kind: 'base', name: name ?? '?', size: size ?? 0, encoding: numberAttribute(die, DW_AT.encoding) ?? 0 };
      case DW_TAG.pointer_type: case DW_TAG.reference_type: case DW_TAG.rvalue_reference_type:
        return { kind: 'pointer', size: size ?? 8, target };
      case DW_TAG.structure_type: case DW_TAG.class_type: case DW_TAG.union_type:
        return { kind: die.tag === DW_TAG.union_type ? 'union' : 'struct', name, size: size ?? 0, members: () => this.members(die) };
      case DW_TAG.array_type: return this.array(die);
      case DW_TAG.typedef: return { kind: 'typedef', name: name ?? '?', target };
      case DW_TAG.const_type: return { kind: 'qualified', qualifier: 'const', target };
      case DW_TAG.volatile_type: return { kind: 'qualified', qualifier: 'volatile', target };
      case DW_TAG.restrict_type: return { kind: 'qualified', qualifier: 'restrict', target };
      case DW_TAG.atomic_type: return { kind: 'qualified', qualifier: 'atomic', target };
      case DW_TAG.enumeration_type: {
        const enumerators = die.children.filter((c) => c.tag === DW_TAG.enumerator).map((c) => {
          const v = attribute(c, DW_AT.const_value);
          return { name: stringAttribute(c, DW_AT.name) ?? '?', value: v?.kind === 'constant' ? v.value : 0n };
        });
        const underlying = attribute(die, DW_AT.type) ? this.typeOf(die) : undefined;
        const base = underlying ? stripTypedefs(underlying) : undefined;
        const signed = base?.kind === 'base' ? base.encoding === 0x5 || base.encoding === 0x6 : false;
        return { kind: 'enum', name, size: size ?? 4, enumerators, signed };
      }
      case DW_TAG.subroutine_type: case DW_TAG.subprogram:
        return {
          kind: 'function', returns: target,
          parameters: () => die.children.filter((c) => c.tag === DW_TAG.formal_parameter).map((c) => this.typeOf(c)),
          variadic: die.children.some((c) => c.tag === DW_TAG.unspecified_parameters),
        };
      case DW_TAG.unspecified_type: return { kind: 'void' };
      default: return { kind: 'unknown', reason: `unsupported type DIE tag 0x${die.tag.toString(16)}` };
    }
  }

  private members(die: Die): Member[] {
    return die.children.filter((c) => c.tag === DW_TAG.member).map((c) => {
      const location = attribute(c, DW_AT.data_member_location);
      const dataBitOffset = numberAttribute(c, DW_AT.data_bit_offset);
      const bitSize = numberAttribute(c, DW_AT.bit_size);
      const offset = location?.kind === 'constant' ? Number(location.value)
        : location?.kind === 'block' ? memberOffsetExpression(location.bytes) ?? 0
          : dataBitOffset !== undefined ? Math.floor(dataBitOffset / 8) : 0;
      const member: Member = { name: stringAttribute(c, DW_AT.name), type: this.typeOf(c), offset };
      if (bitSize === undefined) return member;
      if (dataBitOffset !== undefined) return { ...member, bitSize, bitOffset: dataBitOffset };
      // DWARF 2 and 3: DW_AT_bit_offset counts from the most significant bit of a storage unit of DW_AT_byte_size
      // bytes at the member's offset; on a little-endian target that is bit (size*8 - bit_offset - bit_size).
      const legacyOffset = numberAttribute(c, DW_AT.bit_offset);
      const storageSize = numberAttribute(c, DW_AT.byte_size) ?? sizeOf(member.type);
      const bitOffset = legacyOffset !== undefined ? offset * 8 + storageSize * 8 - legacyOffset - bitSize : offset * 8;
      return { ...member, bitSize, bitOffset };
    });
  }

  /** Multi-dimensional arrays become arrays of arrays, outermost dimension first. */
  private array(die: Die): CType {
    const counts = die.children.filter((c) => c.tag === DW_TAG.subrange_type).map((c) => {
      const count = numberAttribute(c, DW_AT.count);
      if (count !== undefined) return count;
      const upper = numberAttribute(c, DW_AT.upper_bound);
      const lower = numberAttribute(c, DW_AT.lower_bound) ?? 0;
      return upper !== undefined ? upper - lower + 1 : undefined;
    });
    const build = (i: number): CType => {
      if (i >= counts.length) return this.typeOf(die);
      return { kind: 'array', count: counts[i], element: () => build(i + 1) };
    };
    return counts.length ? build(0) : { kind: 'array', count: undefined, element: () => this.typeOf(die) };
  }
}

export function stringAttribute(die: Die, name: number): string | undefined {
  const v = attribute(die, name);
  return v?.kind === 'string' ? v.value : undefined;
}

export function numberAttribute(die: Die, name: number): number | undefined {
  const v = attribute(die, name);
  if (v?.kind !== 'constant') return undefined;
  return Number(v.signed ? v.value : BigInt.asIntN(64, v.value));
}

export function stripTypedefs(t: CType): CType {
  while (t.kind === 'typedef' || t.kind === 'qualified') t = t.target();
  return t;
}

export function sizeOf(t: CType): number {
  const s = stripTypedefs(t);
  switch (s.kind) {
    case 'base': case 'pointer': case 'struct': case 'union': case 'enum': return s.size;
    case 'array': return (s.count ?? 0) * sizeOf(s.element());
    default: return 0;
  }
}

/** The type's name as gdb's `whatis` prints it: 'point_t', 'unsigned char [3]', 'const char *', 'struct point'. */
export function typeName(t: CType): string {
  return declarator(t, '');
}

/** A declaration as gdb's `ptype` prints a member: 'unsigned char tag[3]', 'struct point *next'. */
export function declaration(t: CType, name: string): string {
  return declarator(t, name);
}

/**
 * The type as gdb's `ptype` prints it: typedefs unrolled, and the struct, union or enum it is built on spelled out
 * with its members (`struct node {\n    int value;\n    struct node *next;\n} *`, `enum color {RED, GREEN = 5}`).
 * Members' own types are named, not expanded.
 */
export function ptypeText(t: CType): string {
  let expanded = false;
  const unroll = (x: CType): CType => {
    const s = x.kind === 'typedef' ? stripTypedefs(x) : x;
    switch (s.kind) {
      case 'pointer': return { ...s, target: () => unroll(s.target()) };
      case 'array': return { ...s, element: () => unroll(s.element()) };
      case 'qualified': return { ...s, target: () => unroll(s.target()) };
      case 'struct': case 'union': case 'enum':
        if (expanded) return s;
        expanded = true;
        return { kind: 'typedef', name: body(s), target: () => s };
      default: return s;
    }
  };
  return declarator(unroll(t), '');
}

/** `struct point {\n    int x;\n ...}` or `enum color {RED, GREEN = 5, BLUE}`. */
function body(t: Extract<CType, { kind: 'struct' | 'union' | 'enum' }>): string {
  const head = `${t.kind} ${t.name === undefined ? '' : `${t.name} `}`;
  if (t.kind === 'enum') {
    let next = 0n;
    const items = t.enumerators.map((e) => { const text = e.value === next ? e.name : `${e.name} = ${e.value}`; next = e.value + 1n; return text; });
    return `${head}{${items.join(', ')}}`;
  }
  const members = t.members().map((m) => `    ${declaration(m.type, m.name ?? '')}${m.bitSize !== undefined ? ` : ${m.bitSize}` : ''};\n`).join('');
  return `${head}{\n${members}}`;
}

/** gcc names some integer types the long way; debuggers (gdb) show the short C spelling. */
const SHORT_SPELLING: Readonly<Record<string, string>> = {
  'long int': 'long', 'long unsigned int': 'unsigned long', 'short int': 'short', 'short unsigned int': 'unsigned short',
  'long long int': 'long long', 'long long unsigned int': 'unsigned long long',
};

/** C declarator syntax: the type wrapped around an inner declarator (a name, '*', '[3]'...). */
function declarator(t: CType, inner: string): string {
  const join = (base: string, rest: string) => (rest === '' ? base : `${base} ${rest}`);
  switch (t.kind) {
    case 'void': return join('void', inner);
    case 'base': return join(SHORT_SPELLING[t.name] ?? t.name, inner);
    case 'typedef': return join(t.name, inner);
    case 'struct': case 'union': return join(`${t.kind} ${t.name ?? '{...}'}`, inner);
    case 'enum': return join(`enum ${t.name ?? '{...}'}`, inner);
    case 'unknown': return join('<unknown type>', inner);
    case 'qualified': {
      const target = t.target();
      // A qualifier binds to what is on its left in gdb's spelling of pointers ('char * const'), to the right otherwise.
      if (target.kind === 'pointer') return declarator(target, inner === '' ? t.qualifier : `${t.qualifier} ${inner}`);
      // A qualified array is an array of qualified elements; a qualifier already there is not repeated.
      const text = declarator(target, inner);
      return text.startsWith(`${t.qualifier} `) ? text : `${t.qualifier} ${text}`;
    }
    case 'pointer': {
      const target = t.target();
      const needsParens = target.kind === 'array' || target.kind === 'function';
      return declarator(target, needsParens ? `(*${inner})` : `*${inner}`);
    }
    case 'array': return declarator(t.element(), `${inner}[${t.count ?? ''}]`);
    case 'function': {
      const params = t.parameters().map(typeName);
      if (t.variadic) params.push('...');
      return declarator(t.returns(), `${inner}(${params.length ? params.join(', ') : 'void'})`);
    }
  }
}

/**
 * A member offset written as a location expression (DWARF 2 and 3, and strict DWARF): DW_OP_plus_uconst N, or
 * DW_OP_constu N, DW_OP_plus. Undefined for anything else.
 */
function memberOffsetExpression(bytes: Uint8Array): number | undefined {
  const uleb = (at: number): { value: number; next: number } | undefined => {
    let value = 0, shift = 0;
    for (let i = at; i < bytes.length; i++) {
      value += (bytes[i]! & 0x7f) * 2 ** shift;
      shift += 7;
      if ((bytes[i]! & 0x80) === 0) return { value, next: i + 1 };
    }
    return undefined;
  };
  const DW_OP_plus_uconst = 0x23, DW_OP_constu = 0x10, DW_OP_plus = 0x22;
  if (bytes[0] === DW_OP_plus_uconst) {
    const n = uleb(1);
    return n && n.next === bytes.length ? n.value : undefined;
  }
  if (bytes[0] === DW_OP_constu) {
    const n = uleb(1);
    return n && n.next === bytes.length - 1 && bytes[n.next] === DW_OP_plus ? n.value : undefined;
  }
  return undefined;
}
