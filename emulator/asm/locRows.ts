// The rows of the DWARF line program as GNU as records them from `.file N` and `.loc` (compiler output): a `.loc`
// is attached to the next instruction (or put at the current place when another `.loc` comes first), with its
// file, line, column, is_stmt (which stays set until changed), discriminator, ISA and block flags.
import type { DwarfLineFile, DwarfLineRow } from './api.js';
import type { SectionState } from './state.js';

/** `.loc` flags: DW_LNS_set_basic_block, DW_LNS_set_prologue_end, DW_LNS_set_epilogue_begin. */
export const LOC_BASIC_BLOCK = 1, LOC_PROLOGUE_END = 2, LOC_EPILOGUE_BEGIN = 4;

/** A `.loc` waiting for its instruction: a row's attributes, and whether it resets the view (`view -0`). */
interface PendingLoc extends Omit<DwarfLineRow, 'section' | 'offset' | 'setAddress'> {
  readonly resetView: boolean;
}

interface Row {
  readonly section: SectionState;
  readonly offset: number;
  readonly frag: number;
  readonly loc: PendingLoc;
}

export class LocRows {
  /** `.file N` entries by number (0: the compilation directory and main file of DWARF 5). */
  readonly files = new Map<number, DwarfLineFile>();
  private readonly rows: Row[] = [];
  private pending: PendingLoc | undefined;
  private isStmt = true;
  private isa = 0;

  /** `.file N "name"` or `.file N "dir" "name"` (an optional MD5 is ignored). */
  file(number: number, first: string, second: string | undefined): void {
    this.files.set(number, second !== undefined ? { number, directory: first, name: second } : { number, directory: undefined, name: first });
  }

  /**
   * `.loc FILE LINE [COLUMN] [options]`, already split into its numbers and option words. A `.loc` not yet
   * attached to an instruction is put at `here` first, as GNU as does.
   */
  loc(file: number, line: number, column: number, options: readonly string[], here: SectionState): string | undefined {
    if (this.pending) this.attach(here);
    let flags = 0;
    let discriminator = 0;
    let resetView = false;
    let view = false;
    for (let i = 0; i < options.length; i++) {
      const word = options[i]!;
      const value = (): number | undefined => {
        const text = options[++i];
        return text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
      };
      if (word === 'basic_block') flags |= LOC_BASIC_BLOCK;
      else if (word === 'prologue_end') flags |= LOC_PROLOGUE_END;
      else if (word === 'epilogue_begin') flags |= LOC_EPILOGUE_BEGIN;
      else if (word === 'is_stmt') {
        const v = value();
        if (v === 0) this.isStmt = false;
        else if (v === 1) this.isStmt = true;
        else return 'is_stmt value not 0 or 1';
      } else if (word === 'isa') {
        const v = value();
        if (v === undefined) return 'isa number less than zero';
        this.isa = v;
      } else if (word === 'discriminator') {
        const v = value();
        if (v === undefined) return 'discriminator less than zero';
        discriminator = v;
      } else if (word === 'view') {
        view = true;
        resetView = options[++i] === '-0';
      }
      else return `unknown .loc sub-directive \`${word}'`;
    }
    this.pending = { file, line, column, isStmt: this.isStmt, discriminator, isa: this.isa, flags, resetView };
    // A `.loc` naming a view is a row at once (its view number may be used before the next instruction).
    if (view) this.attach(here);
    return undefined;
  }

  /** An instruction at the current place of `section`: the pending `.loc`, if any, becomes its row. */
  attach(section: SectionState): void {
    const p = this.pending;
    if (!p) return;
    this.pending = undefined;
    this.rows.push({ section, offset: section.offset, frag: section.currentFrag, loc: p });
  }

  /** The rows, with the set_address GNU as forces for some `view -0` rows (see DwarfLineRow.setAddress). */
  result(): DwarfLineRow[] {
    const last = new Map<SectionState, Row>();
    return this.rows.map((r) => {
      const prev = last.get(r.section);
      last.set(r.section, r);
      const { resetView, ...loc } = r.loc;
      const setAddress = resetView && prev !== undefined && (prev.frag === r.frag ? prev.offset === r.offset
        : r.offset === r.section.fragStart(r.frag) && prev.offset >= r.section.fragFixEnd(prev.frag));
      return { section: r.section.name, offset: r.offset, ...loc, ...(setAddress ? { setAddress: true } : {}) };
    });
  }
}
