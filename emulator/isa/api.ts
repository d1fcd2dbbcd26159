// The contract of the instruction layer (emulator/isa): the types that the decoder, executor, assembler,
// disassembler, grammar generator and language server share. The functions are exported from ./index.ts.
//
//   forms(): readonly FormInfo[]                        every instruction form and alias, from the one table
//   decode(word): DecodedInstruction | undefined        preferred (non-alias) form of a 32-bit word
//   disassemble(word, address, symbolize?): Disassembly GNU objdump's text for the word
//   assembleInstruction(mnemonic, operandText, ctx)     one source instruction -> word (+ fixup)
//   applyFixup(word, kind, value, place)                resolve a fixup the assembler can resolve itself
//   systemRegisters(): readonly SystemRegisterInfo[]    MRS/MSR names known to the table

export type Feature =
  | 'base' | 'crc' | 'lse' | 'rcpc' | 'rcpc2' | 'pauth' | 'bti' | 'mte' | 'flagm' | 'rng' | 'sb' | 'ssbs'
  | 'predres' | 'fp' | 'simd' | 'fp16' | 'fp16fml' | 'dotprod' | 'rdma' | 'aes' | 'sha2' | 'sha3' | 'sm4' | 'jscvt' | 'fcma' | 'frintts'
  | 'i8mm' | 'bf16' | 'lse2' | 'ls64' | 'cssc' | 'hbc' | 'mops' | 'xs' | 'sme' | 'tme' | 'rme' | 'sve'
  /**
   * Architecture levels, for what GNU as ties to the architecture rather than to an extension name: DC CVAP needs
   * Armv8.2-A, DC CVADP Armv8.5-A. (GNU as 2.40 also refuses the MTE instructions below Armv8.5-A even with
   * +memtag; this assembler takes them with memtag on any architecture, so `.arch_extension memtag` is enough.)
   */
  | 'v8.2' | 'v8.5';

export type EncodingGroup =
  | 'dataProcessingImmediate' | 'dataProcessingRegister' | 'loadStore' | 'branch' | 'system'
  | 'memoryTagging' | 'simdFp';

export interface FormInfo {
  /** Unique, stable id, e.g. 'IRG', 'ADD_imm_64', 'STG_post'. The executor keys its semantics by it. */
  readonly id: string;
  /** Lower-case mnemonic as GNU as accepts it ('b.cond' forms are listed as 'b.<cond>'). */
  readonly mnemonic: string;
  /** Operand syntax as shown to users, in Arm ARM style: 'irg <Xd|SP>, <Xn|SP>{, <Xm>}'. */
  readonly syntax: string;
  /** One-line summary for hovers and completion. */
  readonly summary: string;
  /** Longer explanation of the operation; MTE forms explain the effect on tags and granules. */
  readonly operation?: string;
  readonly group: EncodingGroup;
  readonly feature: Feature;
  /** For an alias: the id of the form it is an alias of. */
  readonly aliasOf?: string;
}

export interface DecodedInstruction {
  readonly word: number;
  readonly form: FormInfo;
  /** Raw values of the form's named bit fields (Rd, Rn, imm12, sh, ...), as unsigned integers. */
  readonly fields: Readonly<Record<string, number>>;
}

export interface Disassembly {
  readonly mnemonic: string;
  readonly operands: string;
  /** objdump's trailing comment without the '// ', e.g. '#0x10'. */
  readonly comment?: string;
  /** Branch or literal target address, when the instruction has one. */
  readonly target?: bigint;
  /** The text objdump prints after the word: mnemonic, tab, operands, and comment. */
  readonly text: string;
}

export type Symbolizer = (address: bigint) => { name: string; offset: bigint } | undefined;

export type RelocKind =
  | 'R_AARCH64_ABS64' | 'R_AARCH64_ABS32' | 'R_AARCH64_ABS16' | 'R_AARCH64_PREL64' | 'R_AARCH64_PREL32'
  | 'R_AARCH64_PREL16' | 'R_AARCH64_MOVW_UABS_G0' | 'R_AARCH64_MOVW_UABS_G0_NC' | 'R_AARCH64_MOVW_UABS_G1'
  | 'R_AARCH64_MOVW_UABS_G1_NC' | 'R_AARCH64_MOVW_UABS_G2' | 'R_AARCH64_MOVW_UABS_G2_NC'
  | 'R_AARCH64_MOVW_UABS_G3' | 'R_AARCH64_MOVW_SABS_G0' | 'R_AARCH64_MOVW_SABS_G1' | 'R_AARCH64_MOVW_SABS_G2'
  | 'R_AARCH64_LD_PREL_LO19' | 'R_AARCH64_ADR_PREL_LO21' | 'R_AARCH64_ADR_PREL_PG_HI21'
  | 'R_AARCH64_ADR_PREL_PG_HI21_NC' | 'R_AARCH64_ADD_ABS_LO12_NC' | 'R_AARCH64_LDST8_ABS_LO12_NC'
  | 'R_AARCH64_LDST16_ABS_LO12_NC' | 'R_AARCH64_LDST32_ABS_LO12_NC' | 'R_AARCH64_LDST64_ABS_LO12_NC'
  | 'R_AARCH64_LDST128_ABS_LO12_NC' | 'R_AARCH64_TSTBR14' | 'R_AARCH64_CONDBR19' | 'R_AARCH64_JUMP26'
  | 'R_AARCH64_CALL26' | 'R_AARCH64_ADR_GOT_PAGE' | 'R_AARCH64_LD64_GOT_LO12_NC' | 'R_AARCH64_GOT_LD_PREL19'
  | 'R_AARCH64_TLSLE_ADD_TPREL_HI12' | 'R_AARCH64_TLSLE_ADD_TPREL_LO12' | 'R_AARCH64_TLSLE_ADD_TPREL_LO12_NC'
  | 'R_AARCH64_TLSIE_ADR_GOTTPREL_PAGE21' | 'R_AARCH64_TLSIE_LD64_GOTTPREL_LO12_NC'
  | 'R_AARCH64_TLSDESC_ADR_PAGE21' | 'R_AARCH64_TLSDESC_LD64_LO12' | 'R_AARCH64_TLSDESC_ADD_LO12' | 'R_AARCH64_TLSDESC_CALL';

/** A value an operand expression evaluated to: a constant, or a symbol plus addend (a relocation candidate). */
export type OperandValue =
  /**
   * `location` marks an address (a resolved label or `.`) rather than a plain number: a PC-relative operand takes
   * a location as its target and a plain number as the offset from the instruction, as GNU as does (`b 8`).
   */
  | { readonly kind: 'constant'; readonly value: bigint; readonly location?: boolean }
  | { readonly kind: 'symbol'; readonly symbol: string; readonly addend: bigint };

export interface ExpressionResolver {
  /** Evaluates an expression's text (without '#', without a ':lo12:'-style prefix). */
  evaluate(text: string): OperandValue | { readonly kind: 'error'; readonly message: string };
}

export interface AssembleInstructionContext {
  /** Address of this instruction (section offset while assembling an object). */
  readonly address: bigint;
  /** Enabled architecture features (from -march, .arch, .arch_extension). */
  readonly features: ReadonlySet<Feature>;
  readonly resolver: ExpressionResolver;
  /**
   * The caller only needs to know whether the text assembles (it retries later otherwise): on failure the
   * message is not worked out (a generic one is returned), which skips trying every form again.
   */
  readonly withoutErrorMessage?: boolean;
}

export interface Fixup {
  readonly kind: RelocKind;
  /** The symbol the relocation names; ABSOLUTE_SYMBOL for a constant address (ELF symbol index 0, `*ABS*`). */
  readonly symbol: string;
  readonly addend: bigint;
}

/** The fixup symbol of a constant address: the relocation's value is its addend alone. */
export const ABSOLUTE_SYMBOL = '*ABS*';

export type InstructionAssembly =
  | { readonly ok: true; readonly word: number; readonly fixup?: Fixup }
  | { readonly ok: false; readonly message: string; readonly column?: number };

export interface SystemRegisterInfo {
  /** Lower-case GNU name, e.g. 'tpidr_el0', 'tco', 'gcr_el1'. */
  readonly name: string;
  /** op0:op1:CRn:CRm:op2 packed as the 15-bit field of MRS/MSR (o0 = op0-2). */
  readonly encoding: number;
  readonly summary: string;
  readonly readableAtEL0: boolean;
  readonly writableAtEL0: boolean;
}
