// ProgramImage: what a loadable program is, whichever way it was produced. The assembler's linker and the ELF
// reader both produce it; the Linux process loader consumes it. Addresses are bigint (this is not a hot path).

/** One loadable segment: `data` is copied to `vaddr`, the rest up to `memSize` is zero. */
export interface ProgramSegment {
  readonly vaddr: bigint;
  readonly data: Uint8Array;
  readonly memSize: number;
  readonly read: boolean;
  readonly write: boolean;
  readonly execute: boolean;
}

export interface ProgramSymbol {
  readonly name: string;
  readonly address: bigint;
  readonly size: number;
  readonly type: 'func' | 'object' | 'notype' | 'section' | 'file' | 'tls';
  readonly binding: 'local' | 'global' | 'weak';
}

/** One row of an address-to-source-line table (DWARF .debug_line, or the assembler's own table). */
export interface LineRow {
  readonly address: bigint;
  readonly file: string;
  readonly line: number;
  readonly column?: number;
  readonly isStatement?: boolean;
  readonly endSequence?: boolean;
}

export interface ProgramImage {
  /** Path or name the program was loaded from (for /proc/self/exe and reports). */
  readonly path: string;
  readonly entry: bigint;
  readonly segments: readonly ProgramSegment[];
  readonly symbols: readonly ProgramSymbol[];
  /** Address-to-line rows sorted by address, when known. */
  readonly lines?: readonly LineRow[];
  /** The raw ELF bytes, when the image came from (or was written as) an ELF file: the debugger reads DWARF from it. */
  readonly elf?: Uint8Array;
  /** ELF program header facts the auxiliary vector needs (AT_PHDR, AT_PHENT, AT_PHNUM). */
  readonly programHeaders?: { readonly address: bigint; readonly entrySize: number; readonly count: number };
  /** Static PIE: segments are relative to a load bias chosen by the loader. */
  readonly positionIndependent?: boolean;
}
