// DWARF constants the readers need: tag, attribute and form codes (from the DWARF 5 standard), with names for
// diagnostics and tests. Only the codes gcc and clang emit for C programs are named; others print as numbers.

export const DW_TAG: Readonly<Record<string, number>> = {
  array_type: 0x01, class_type: 0x02, entry_point: 0x03, enumeration_type: 0x04, formal_parameter: 0x05,
  label: 0x0a, lexical_block: 0x0b, member: 0x0d, pointer_type: 0x0f, reference_type: 0x10, compile_unit: 0x11,
  string_type: 0x12, structure_type: 0x13, subroutine_type: 0x15, typedef: 0x16, union_type: 0x17,
  unspecified_parameters: 0x18, variant: 0x19, common_block: 0x1a, common_inclusion: 0x1b, inheritance: 0x1c,
  inlined_subroutine: 0x1d, module: 0x1e, ptr_to_member_type: 0x1f, set_type: 0x20, subrange_type: 0x21,
  with_stmt: 0x22, access_declaration: 0x23, base_type: 0x24, catch_block: 0x25, const_type: 0x26,
  constant: 0x27, enumerator: 0x28, file_type: 0x29, friend: 0x2a, namelist: 0x2b, namelist_item: 0x2c,
  packed_type: 0x2d, subprogram: 0x2e, template_type_parameter: 0x2f, template_value_parameter: 0x30,
  thrown_type: 0x31, try_block: 0x32, variant_part: 0x33, variable: 0x34, volatile_type: 0x35,
  dwarf_procedure: 0x36, restrict_type: 0x37, interface_type: 0x38, namespace: 0x39, imported_module: 0x3a,
  unspecified_type: 0x3b, partial_unit: 0x3c, imported_unit: 0x3d, condition: 0x3f, shared_type: 0x40,
  type_unit: 0x41, rvalue_reference_type: 0x42, template_alias: 0x43, coarray_type: 0x44,
  generic_subrange: 0x45, dynamic_type: 0x46, atomic_type: 0x47, call_site: 0x48, call_site_parameter: 0x49,
  skeleton_unit: 0x4a, immutable_type: 0x4b, GNU_call_site: 0x4109, GNU_call_site_parameter: 0x410a,
};

export const DW_AT: Readonly<Record<string, number>> = {
  sibling: 0x01, location: 0x02, name: 0x03, ordering: 0x09, byte_size: 0x0b, bit_offset: 0x0c, bit_size: 0x0d,
  stmt_list: 0x10, low_pc: 0x11, high_pc: 0x12, language: 0x13, discr: 0x15, discr_value: 0x16,
  visibility: 0x17, import: 0x18, string_length: 0x19, common_reference: 0x1a, comp_dir: 0x1b,
  const_value: 0x1c, containing_type: 0x1d, default_value: 0x1e, inline: 0x20, is_optional: 0x21,
  lower_bound: 0x22, producer: 0x25, prototyped: 0x27, return_addr: 0x2a, start_scope: 0x2c, bit_stride: 0x2e,
  upper_bound: 0x2f, abstract_origin: 0x31, accessibility: 0x32, address_class: 0x33, artificial: 0x34,
  base_types: 0x35, calling_convention: 0x36, count: 0x37, data_member_location: 0x38, decl_column: 0x39,
  decl_file: 0x3a, decl_line: 0x3b, declaration: 0x3c, discr_list: 0x3d, encoding: 0x3e, external: 0x3f,
  frame_base: 0x40, friend: 0x41, identifier_case: 0x42, macro_info: 0x43, namelist_item: 0x44, priority: 0x45,
  segment: 0x46, specification: 0x47, static_link: 0x48, type: 0x49, use_location: 0x4a,
  variable_parameter: 0x4b, virtuality: 0x4c, vtable_elem_location: 0x4d, allocated: 0x4e, associated: 0x4f,
  data_location: 0x50, byte_stride: 0x51, entry_pc: 0x52, use_UTF8: 0x53, extension: 0x54, ranges: 0x55,
  trampoline: 0x56, call_column: 0x57, call_file: 0x58, call_line: 0x59, description: 0x5a,
  binary_scale: 0x5b, decimal_scale: 0x5c, small: 0x5d, decimal_sign: 0x5e, digit_count: 0x5f,
  picture_string: 0x60, mutable: 0x61, threads_scaled: 0x62, explicit: 0x63, object_pointer: 0x64,
  endianity: 0x65, elemental: 0x66, pure: 0x67, recursive: 0x68, signature: 0x69, main_subprogram: 0x6a,
  data_bit_offset: 0x6b, const_expr: 0x6c, enum_class: 0x6d, linkage_name: 0x6e, string_length_bit_size: 0x6f,
  string_length_byte_size: 0x70, rank: 0x71, str_offsets_base: 0x72, addr_base: 0x73, rnglists_base: 0x74,
  dwo_name: 0x76, reference: 0x77, rvalue_reference: 0x78, macros: 0x79, call_all_calls: 0x7a,
  call_all_source_calls: 0x7b, call_all_tail_calls: 0x7c, call_return_pc: 0x7d, call_value: 0x7e,
  call_origin: 0x7f, call_parameter: 0x80, call_pc: 0x81, call_tail_call: 0x82, call_target: 0x83,
  call_target_clobbered: 0x84, call_data_location: 0x85, call_data_value: 0x86, noreturn: 0x87,
  alignment: 0x88, export_symbols: 0x89, deleted: 0x8a, defaulted: 0x8b, loclists_base: 0x8c,
  MIPS_linkage_name: 0x2007, GNU_vector: 0x2107, GNU_call_site_value: 0x2111, GNU_call_site_target: 0x2113,
  GNU_tail_call: 0x2115, GNU_all_tail_call_sites: 0x2116, GNU_all_call_sites: 0x2117, GNU_locviews: 0x2137,
  GNU_entry_view: 0x2138,
};

export const DW_FORM = {
  addr: 0x01, block2: 0x03, block4: 0x04, data2: 0x05, data4: 0x06, data8: 0x07, string: 0x08, block: 0x09,
  block1: 0x0a, data1: 0x0b, flag: 0x0c, sdata: 0x0d, strp: 0x0e, udata: 0x0f, ref_addr: 0x10, ref1: 0x11,
  ref2: 0x12, ref4: 0x13, ref8: 0x14, ref_udata: 0x15, indirect: 0x16, sec_offset: 0x17, exprloc: 0x18,
  flag_present: 0x19, strx: 0x1a, addrx: 0x1b, ref_sup4: 0x1c, strp_sup: 0x1d, data16: 0x1e, line_strp: 0x1f,
  ref_sig8: 0x20, implicit_const: 0x21, loclistx: 0x22, rnglistx: 0x23, ref_sup8: 0x24, strx1: 0x25,
  strx2: 0x26, strx3: 0x27, strx4: 0x28, addrx1: 0x29, addrx2: 0x2a, addrx3: 0x2b, addrx4: 0x2c,
  GNU_addr_index: 0x1f01, GNU_str_index: 0x1f02, GNU_ref_alt: 0x1f20, GNU_strp_alt: 0x1f21,
} as const;

/** DW_ATE base type encodings. */
export const DW_ATE = {
  address: 0x1, boolean: 0x2, complex_float: 0x3, float: 0x4, signed: 0x5, signed_char: 0x6, unsigned: 0x7,
  unsigned_char: 0x8, UTF: 0x10,
} as const;

function invert(table: Readonly<Record<string, number>>): ReadonlyMap<number, string> {
  return new Map(Object.entries(table).map(([k, v]) => [v, k]));
}
const tagNames = invert(DW_TAG);
const attributeNames = invert(DW_AT);

export function tagName(tag: number): string {
  return `DW_TAG_${tagNames.get(tag) ?? `0x${tag.toString(16)}`}`;
}
export function attributeName(attribute: number): string {
  return `DW_AT_${attributeNames.get(attribute) ?? `0x${attribute.toString(16)}`}`;
}
