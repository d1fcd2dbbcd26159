// The process's view of its address space (Linux's VMAs): which page ranges are mapped, with what protection,
// whether they carry MTE tags, and what backs them (anonymous memory, a file, the program image, the stack,
// the heap). The kernel keeps this next to the machine's own page map because Linux rules depend on it:
// PROT_MTE is allowed only on anonymous mappings, mprotect cannot clear PROT_MTE, the brk heap cannot grow
// into another mapping, and the kernel's own user accesses need the protection bits.
import { PAGE_SIZE, TASK_SIZE } from './constants.js';
import type { VNode } from './vfs/nodes.js';
import type { SharedRef } from './sharedMemory.js';

/** 'shmem': a RAM-based file (tmpfs, memfd), on which Linux allows PROT_MTE. */
export type VmaKind = 'anonymous' | 'file' | 'shmem' | 'image' | 'stack' | 'heap' | 'vdso';

export interface Protection {
  readonly read: boolean;
  readonly write: boolean;
  readonly execute: boolean;
}

export interface Vma extends Protection {
  readonly start: bigint;
  readonly end: bigint;
  readonly tagged: boolean;
  readonly kind: VmaKind;
  readonly name: string;
  readonly shared: boolean;
  /** For a file mapping: the file offset of `start`, and the file's device and inode (as /proc/self/maps shows). */
  readonly file?: FileIdentity;
  /** MAP_SHARED memory: the store of pages it uses (shared with forked children and other mappings of the file). */
  readonly shm?: SharedRef;
  /** MADV_WIPEONFORK: a fork child gets this range zero-filled (with tag 0). */
  readonly wipeOnFork?: boolean;
}

export interface FileIdentity {
  readonly offset: bigint;
  /** st_dev as stat returns it (userspace encoding). */
  readonly dev: bigint;
  readonly ino: bigint;
  /** The mapped file (pages that lie wholly past its end raise SIGBUS when touched). */
  readonly node?: VNode;
}

/** The part [start, end) of a mapping; a file mapping's offset moves with its start. */
function part(v: Vma, start: bigint, end: bigint): Vma {
  if (!v.file || start === v.start) return { ...v, start, end };
  return { ...v, start, end, file: { ...v.file, offset: v.file.offset + (start - v.start) } };
}

/** Whether `b` continues the same file at the offset where `a` ends (or neither maps a file). */
function sameBacking(a: Vma, b: Vma): boolean {
  if ((a.shm === undefined) !== (b.shm === undefined)) return false;
  if (a.shm && b.shm && (a.shm.store() !== b.shm.store() || a.shm.base !== b.shm.base)) return false;
  if (!a.file || !b.file) return !a.file && !b.file;
  return a.file.dev === b.file.dev && a.file.ino === b.file.ino && a.file.offset + (a.end - a.start) === b.file.offset;
}

export const PAGE = BigInt(PAGE_SIZE);

export function pageDown(a: bigint): bigint { return a & ~(PAGE - 1n); }
export function pageUp(a: bigint): bigint { return (a + PAGE - 1n) & ~(PAGE - 1n); }

/** Sorted, non-overlapping list of mappings with split-on-change semantics. */
export class AddressSpace {
  private vmas: Vma[] = [];

  all(): readonly Vma[] { return this.vmas; }

  /** An independent copy (fork: the child gets the parent's mappings). */
  clone(): AddressSpace {
    const copy = new AddressSpace();
    copy.vmas = this.vmas.slice();
    return copy;
  }

  /** The mapping containing `address`, if any. */
  find(address: bigint): Vma | undefined {
    return this.vmas.find((v) => v.start <= address && address < v.end);
  }

  /** Mappings that intersect [start, end). */
  overlapping(start: bigint, end: bigint): Vma[] {
    return this.vmas.filter((v) => v.start < end && start < v.end);
  }

  /** True when every page of [start, end) is mapped. */
  fullyMapped(start: bigint, end: bigint): boolean {
    let cursor = start;
    for (const v of this.vmas) {
      if (v.end <= cursor) continue;
      if (v.start > cursor) return false;
      cursor = v.end;
      if (cursor >= end) return true;
    }
    return cursor >= end;
  }

  /** Removes [start, end) from every mapping, splitting mappings that straddle the edges. */
  remove(start: bigint, end: bigint): void {
    const out: Vma[] = [];
    for (const v of this.vmas) {
      if (v.end <= start || v.start >= end) { out.push(v); continue; }
      if (v.start < start) out.push(part(v, v.start, start));
      if (v.end > end) out.push(part(v, end, v.end));
    }
    this.vmas = out;
    this.merge();
  }

  /** Adds a mapping, replacing whatever was in its range. */
  add(vma: Vma): void {
    this.remove(vma.start, vma.end);
    this.vmas.push(vma);
    this.vmas.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    this.merge();
  }

  /** Joins neighbouring mappings with identical attributes, as Linux merges VMAs. */
  private merge(): void {
    const out: Vma[] = [];
    for (const v of this.vmas) {
      const last = out[out.length - 1];
      if (last && last.end === v.start && last.read === v.read && last.write === v.write && last.execute === v.execute
        && last.tagged === v.tagged && last.kind === v.kind && last.name === v.name && last.shared === v.shared && sameBacking(last, v)
        && (last.wipeOnFork ?? false) === (v.wipeOnFork ?? false)) {
        out[out.length - 1] = { ...last, end: v.end };
      } else {
        out.push(v);
      }
    }
    this.vmas = out;
  }

  /** Applies `change` to the parts of mappings inside [start, end), splitting at the edges. */
  update(start: bigint, end: bigint, change: (v: Vma) => Vma): void {
    const out: Vma[] = [];
    for (const v of this.vmas) {
      if (v.end <= start || v.start >= end) { out.push(v); continue; }
      if (v.start < start) out.push(part(v, v.start, start));
      out.push(change(part(v, v.start < start ? start : v.start, v.end > end ? end : v.end)));
      if (v.end > end) out.push(part(v, end, v.end));
    }
    this.vmas = out;
    this.merge();
  }

  /**
   * A free range of `length` bytes for mmap, searched top-down below `ceiling` like Linux's default allocator.
   * Returns undefined when nothing fits.
   */
  findFree(length: bigint, ceiling: bigint, floor: bigint = 0x10000n): bigint | undefined {
    let candidateEnd = ceiling;
    const sorted = [...this.vmas].sort((a, b) => (a.start > b.start ? -1 : a.start < b.start ? 1 : 0));
    for (const v of sorted) {
      if (v.start >= candidateEnd) continue;
      if (v.end <= candidateEnd - length) break;
      candidateEnd = v.start;
    }
    const start = candidateEnd - length;
    return start >= floor && candidateEnd <= TASK_SIZE ? start : undefined;
  }
}
