// The assembler's line rows (which source line produced the bytes at each section offset), kept in parallel
// typed arrays while a unit is assembled: one row per instruction or data directive would otherwise be one
// long-lived object per source line. AsmLine objects are made only when a consumer asks for them (the linker,
// the language server, debug info); `aarch64-mte as` without -g never does.
import type { AsmLine } from './api.js';

export class LineTable {
  private readonly sectionNames = new Names();
  private readonly fileNames = new Names();
  private section = new Int32Array(256);
  private offset = new Uint32Array(256);
  private file = new Int32Array(256);
  private line = new Int32Array(256);
  private instruction = new Uint8Array(256);
  count = 0;

  /** Adds a row; a row at the same section and offset as the last one replaces it (the later line wins). */
  add(section: string, offset: number, file: string, line: number, instruction: boolean): void {
    const sectionId = this.sectionNames.id(section);
    let at = this.count;
    if (at > 0 && this.section[at - 1] === sectionId && this.offset[at - 1] === offset) at--;
    else {
      if (at === this.section.length) this.grow();
      this.count++;
    }
    this.section[at] = sectionId;
    this.offset[at] = offset;
    this.file[at] = this.fileNames.id(file);
    this.line[at] = line;
    this.instruction[at] = instruction ? 1 : 0;
  }

  /** The rows as AsmLine objects, in the order they were added. */
  toArray(): AsmLine[] {
    const out: AsmLine[] = new Array<AsmLine>(this.count);
    for (let i = 0; i < this.count; i++) {
      out[i] = {
        section: this.sectionNames.name(this.section[i]!), offset: this.offset[i]!, file: this.fileNames.name(this.file[i]!),
        line: this.line[i]!, instruction: this.instruction[i] === 1,
      };
    }
    return out;
  }

  private grow(): void {
    const n = this.section.length * 2;
    const widen = <T extends Int32Array | Uint32Array | Uint8Array>(a: T, make: new (n: number) => T): T => { const b = new make(n); b.set(a); return b; };
    this.section = widen(this.section, Int32Array);
    this.offset = widen(this.offset, Uint32Array);
    this.file = widen(this.file, Int32Array);
    this.line = widen(this.line, Int32Array);
    this.instruction = widen(this.instruction, Uint8Array);
  }
}

/** Numbers for names (sections, files); the last name asked for is answered without a map lookup. */
class Names {
  private readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  private last = '';
  private lastId = -1;

  id(name: string): number {
    if (name === this.last && this.lastId >= 0) return this.lastId;
    let id = this.ids.get(name);
    if (id === undefined) { id = this.names.length; this.names.push(name); this.ids.set(name, id); }
    this.last = name;
    this.lastId = id;
    return id;
  }

  name(id: number): string {
    return this.names[id]!;
  }
}
