// The contract of the assembler (emulator/asm): GNU as syntax in, sections + symbols + line table + diagnostics
// out. It never throws on user input. Functions exported from ./index.ts:
//
//   assemble(source, options): AssemblyResult           one translation unit (object-file level)
//   link(results, options?): LinkResult                   static link of assembled units into a ProgramImage
//   writeObject(result, options?): Uint8Array             ELF64 ET_REL that aarch64-linux-gnu-ld links
//   writeExecutable(image): Uint8Array                    ELF64 ET_EXEC (symtab, .debug_line) for qemu/gdb
//   assembleProgram(source, options): LinkResult          assemble + link, what `run prog.s` and the debugger use

import type { Feature, RelocKind } from '../isa/api.js';
import type { ProgramImage } from '../program.js';

export interface SourceLocation {
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
}

export interface AsmDiagnostic extends SourceLocation {
  readonly endColumn?: number;
  readonly severity: 'error' | 'warning';
  /** Message in GNU as's spirit: "operand 2 must be an integer register", "instruction requires: memtag". */
  readonly message: string;
}

export interface AssembleOptions {
  readonly fileName: string;
  /** Reads a file named by `.include` (relative to the including file); undefined when it cannot be read. */
  readonly readFile?: (path: string) => string | undefined;
  /** Reads a file named by `.incbin` as bytes (same search as readFile); without it .incbin is an error. */
  readonly readBinaryFile?: (path: string) => Uint8Array | undefined;
  /** Features enabled before any `.arch` directive (like `-march=armv8.5-a+memtag`). Default: base only. */
  readonly features?: readonly Feature[];
  /** Apply the C preprocessor subset (#define/#include/#if) for .S files. */
  readonly preprocess?: boolean;
}

export interface AsmRelocation {
  readonly offset: number;
  readonly kind: RelocKind;
  readonly symbol: string;
  readonly addend: bigint;
  /** `.reloc` of an ELF type `kind` does not name (R_AARCH64_NONE...): the type written to the object. */
  readonly elfType?: number;
}

export interface AsmSection {
  readonly name: string;
  readonly kind: 'progbits' | 'nobits';
  readonly alloc: boolean;
  readonly write: boolean;
  readonly execute: boolean;
  readonly align: number;
  /** The name in the object when `name` differs from it (`name` is unique; the second section of a name, in
   * another group or link order, is named `NAME\u00001`, the third `NAME\u00002`...). */
  readonly elfName?: string;
  /** "o" flag (SHF_LINK_ORDER): the section (key) it is ordered after, sh_link in the object. */
  readonly linkOrder?: string;
  /** The section group it belongs to (SHF_GROUP; a COMDAT group when `comdat`). */
  readonly group?: { readonly name: string; readonly comdat: boolean };
  /** Another ELF section type than the kind's (SHT_NOTE, SHT_INIT_ARRAY, SHT_FINI_ARRAY, SHT_PREINIT_ARRAY). */
  readonly elfType?: 'note' | 'init_array' | 'fini_array' | 'preinit_array';
  /** "e" flag: excluded from links (SHF_EXCLUDE; split DWARF's .dwo sections). */
  readonly exclude?: boolean;
  /** "T" flag: thread-local storage (SHF_TLS); symbols defined in it are STT_TLS. */
  readonly tls?: boolean;
  /** "M" and "S" section flags (mergeable, strings) and the entry size given with them. */
  readonly merge?: boolean;
  readonly strings?: boolean;
  readonly entrySize?: number;
  /** Contents (progbits) or an empty array (nobits). */
  readonly data: Uint8Array;
  readonly size: number;
  readonly relocations: readonly AsmRelocation[];
}

export interface AsmSymbol {
  readonly name: string;
  /** Section name; undefined for an undefined (external) symbol; '*ABS*' for .equ constants. */
  readonly section: string | undefined;
  readonly value: bigint;
  readonly size: number;
  readonly type: 'func' | 'object' | 'notype';
  readonly binding: 'local' | 'global' | 'weak';
  /** ELF symbol visibility from .hidden/.protected/.internal (default when absent). */
  readonly visibility?: 'hidden' | 'protected' | 'internal';
  /** Where it was defined, for go-to-definition. */
  readonly definedAt?: SourceLocation;
}

/** One use of a symbol in an operand or data directive, for find-references and rename. */
export interface SymbolReference extends SourceLocation {
  readonly name: string;
  readonly endColumn: number;
}

export interface AsmLine {
  readonly section: string;
  readonly offset: number;
  readonly file: string;
  readonly line: number;
  /** True for an instruction; false for a data directive (kept out of DWARF and the program's line rows). */
  readonly instruction?: boolean;
}

export interface AsmMacro {
  readonly name: string;
  /** Parameter names with `=default`, `:req` or `:vararg` as written. */
  readonly parameters: readonly string[];
  readonly definedAt: SourceLocation;
}

export interface AssemblyResult {
  readonly diagnostics: readonly AsmDiagnostic[];
  readonly sections: readonly AsmSection[];
  readonly symbols: readonly AsmSymbol[];
  readonly references: readonly SymbolReference[];
  /** One row per emitted instruction or data directive. */
  readonly lines: readonly AsmLine[];
  /** Rows from `.loc` directives (compiler output): the source the instructions came from. When present, the
   * object's .debug_line and a linked program's line rows use these instead of the assembly lines. */
  readonly sourceLines?: readonly AsmLine[];
  /** `.file N`/`.loc` of compiler output, for the object's DWARF line program (written like GNU as's). */
  readonly dwarfLines?: { readonly files: readonly DwarfLineFile[]; readonly rows: readonly DwarfLineRow[] };
  /** Macros defined by .macro, for completion, hover and go-to-definition. */
  readonly macros?: readonly AsmMacro[];
  /** Names given by `.file "name"` (compiler output), in order: the object's STT_FILE symbols. */
  readonly fileSymbols?: readonly string[];
  /** The unit's file name (AssembleOptions.fileName). */
  readonly fileName?: string;
  /** Code/data boundaries, written as the $x/$d mapping symbols of the ELF object (by section, then offset). */
  readonly mappingSymbols?: readonly AsmMappingSymbol[];
  /**
   * The order GNU as writes the object's symbols in (the order it made them): the symbol table lists the local
   * ones in this order, then the global ones. Section symbols of sections not listed follow the locals.
   */
  readonly symbolOrder?: readonly SymbolOrderEntry[];
}

/** A `.file N` entry of compiler output: number 0 names the compilation directory and main file (DWARF 5). */
export interface DwarfLineFile {
  readonly number: number;
  /** The directory given separately (`.file N "dir" "name"`); otherwise the name may hold one. */
  readonly directory: string | undefined;
  readonly name: string;
}

/** A row of the DWARF line program from `.loc`: the place of the instruction it describes and its attributes. */
export interface DwarfLineRow {
  readonly section: string;
  readonly offset: number;
  /** `.file` number. */
  readonly file: number;
  readonly line: number;
  readonly column: number;
  readonly isStmt: boolean;
  readonly discriminator: number;
  readonly isa: number;
  /** 1 basic_block, 2 prologue_end, 4 epilogue_begin. */
  readonly flags: number;
  /**
   * The row is written with DW_LNE_set_address although it follows another of its section: GNU as does so for a
   * `view -0` row when it cannot tell that the address moved (same place, or a new frag after the last row's).
   */
  readonly setAddress?: boolean;
}

/** A code ('x') or data ('d') boundary: the object's $x/$d mapping symbol at `offset` of `section`. */
export interface AsmMappingSymbol {
  readonly section: string;
  readonly offset: number;
  readonly kind: 'x' | 'd';
}

/** One entry of AssemblyResult.symbolOrder: a named symbol, a section's symbol, an STT_FILE symbol or a mapping symbol. */
export type SymbolOrderEntry =
  | { readonly kind: 'symbol' | 'section' | 'file'; readonly name: string }
  | { readonly kind: 'mapping'; readonly index: number }
  /** Where GNU as makes the symbols of the DWARF sections it writes itself (before .eh_frame's). */
  | { readonly kind: 'dwarf' };

export interface LinkOptions {
  /** Address of the first loadable segment (default 0x400000, like GNU ld for aarch64). */
  readonly base?: bigint;
  readonly entrySymbol?: string;
}

export interface LinkResult {
  readonly diagnostics: readonly AsmDiagnostic[];
  /** Undefined when errors prevented a program. */
  readonly image: ProgramImage | undefined;
}
