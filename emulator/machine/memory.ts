// Guest memory: a sparse 48-bit address space of 4 KiB pages with permissions, allocation tags (one 4-bit tag per
// 16-byte granule) for PROT_MTE pages only, a size limit, and a small software TLB the executor's fast paths use.
// Mappings are kept as regions; a page's bytes (and tags) are materialised on first touch by the guest, so large
// mappings cost nothing until used. Debugger access (peek/poke) never materialises, faults or checks tags.
import type { BackingPage, MemoryBudget, PageBacking } from './api.js';
export type { BackingPage, MemoryBudget, PageBacking } from './api.js';

export const PAGE_SIZE = 4096;
export const PAGE_SHIFT = 12;
export const GRANULES_PER_PAGE = 256;
/** Bytes of tag storage we account per materialised tagged page (one byte per granule). */
export const TAG_BYTES_PER_PAGE = GRANULES_PER_PAGE;

export const PERM_READ = 1;
export const PERM_WRITE = 2;
export const PERM_EXEC = 4;

export interface Perms {
  readonly read: boolean;
  readonly write: boolean;
  readonly execute: boolean;
  readonly tagged: boolean;
}

/** A materialised page. `ops` is the executor's decoded-instruction cache for it (null when not decoded). */
export class Page {
  readonly data: Uint8Array;
  readonly view: DataView;
  /** Aligned 32-bit view of the same bytes (the compiled tier's fast path for aligned accesses). */
  readonly words: Int32Array;
  tags: Uint8Array | null;
  perms: number;
  ops: unknown[] | null = null;
  /** Per instruction slot: 0, or the compiled block starting there (see blockCompiler.ts). */
  blocks: unknown[] | null = null;
  /** Per instruction slot: interpreted entries so far (compiled when hot; negative once refused). */
  heat: Int32Array | null = null;
  /** True when a watchpoint overlaps the page: such pages never enter the TLB. */
  watched = false;
  /** `shared`: a page of a PageBacking, whose buffers this page uses (tags too, when it has them). */
  constructor(readonly number: number, perms: number, tagged: boolean, shared?: BackingPage) {
    this.data = shared ? shared.data : new Uint8Array(PAGE_SIZE);
    this.view = new DataView(this.data.buffer);
    this.words = new Int32Array(this.data.buffer);
    this.perms = perms;
    this.tags = shared ? shared.tags : tagged ? new Uint8Array(GRANULES_PER_PAGE) : null;
  }
}

/** A mapping, in page numbers [start, end). */
export interface Region {
  start: number;
  end: number;
  perms: number;
  tagged: boolean;
  name: string;
  /** Shared memory: page n of this region is page n - base of the store. */
  backing?: { readonly store: PageBacking; readonly base: number };
}

/** A new page for page number `pn` of `region` (using its backing store's buffers for shared memory). */
function newPage(pn: number, region: Region): Page {
  const b = region.backing;
  return b ? new Page(pn, region.perms, region.tagged, b.store.page(pn - b.base, region.tagged)) : new Page(pn, region.perms, region.tagged);
}

/** The backing page of an untouched page number, when its region is shared memory and the store has it. */
function storedPage(pn: number, region: Region | undefined): BackingPage | undefined {
  const b = region?.backing;
  return b ? b.store.peekPage(pn - b.base) : undefined;
}

export const TLB_SIZE = 256;
export const CODE_TLB_SIZE = 64;

function allZero(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (bytes[i] !== 0) return false;
  return true;
}

function permBits(p: Perms): number {
  return (p.read ? PERM_READ : 0) | (p.write ? PERM_WRITE : 0) | (p.execute ? PERM_EXEC : 0);
}


/** Result of resolving a page for the guest: the page, or why not. */
export type PageLookup = Page | 'unmapped' | 'memoryLimit';

export class Memory {
  /** Sorted, non-overlapping mappings. */
  regions: Region[] = [];
  readonly pages = new Map<number, Page>();
  private ownBytes = 0;
  /** The budget this memory charges (its own unless shared with useBudget()). */
  budget: MemoryBudget;
  /** Read TLB: page numbers (or -1) and pages; the write TLB only holds writable, code-free pages. */
  readonly readKeys = new Float64Array(TLB_SIZE).fill(-1);
  readonly readPages: (Page | null)[] = new Array(TLB_SIZE).fill(null);
  readonly writeKeys = new Float64Array(TLB_SIZE).fill(-1);
  readonly writePages: (Page | null)[] = new Array(TLB_SIZE).fill(null);
  /**
   * Code TLB: the pages the executor last fetched instructions from (executable, with decoded ops), by page number.
   * Flushed with the data TLBs (every mapping, permission or page-set change); a hit is used only while the page
   * still has its decoded ops (code invalidation drops them).
   */
  readonly codeKeys = new Float64Array(CODE_TLB_SIZE).fill(-1);
  readonly codePages: (Page | null)[] = new Array(CODE_TLB_SIZE).fill(null);
  /** Called when mappings or permissions change, so the executor drops cached code and state. */
  onLayoutChange: (() => void) | null = null;
  /** Page numbers containing a watchpoint (the executor keeps these out of the TLB). */
  watchedPages = new Set<number>();

  constructor(limitBytes: number) {
    this.budget = { limit: limitBytes, used: 0 };
  }

  /** The limit of the (possibly shared) budget. */
  get limitBytes(): number { return this.budget.limit; }

  /** Bytes of this memory's pages and tags; changes are charged to the budget. */
  get inUseBytes(): number { return this.ownBytes; }
  set inUseBytes(value: number) {
    this.budget.used += value - this.ownBytes;
    this.ownBytes = value;
  }

  /** Charges this memory's pages to `budget` from now on (moving what it holds from the old one). */
  useBudget(budget: MemoryBudget): void {
    if (budget === this.budget) return;
    this.budget.used -= this.ownBytes;
    budget.used += this.ownBytes;
    this.budget = budget;
  }

  flushTlb(): void {
    this.codeKeys.fill(-1);
    this.codePages.fill(null);
    this.readKeys.fill(-1);
    this.writeKeys.fill(-1);
    this.readPages.fill(null);
    this.writePages.fill(null);
  }

  /** Drops one page from the write TLB (done when the page gets decoded code, so writes go the slow way). */
  evictWrite(pageNumber: number): void {
    const i = pageNumber & (TLB_SIZE - 1);
    if (this.writeKeys[i] === pageNumber) {
      this.writeKeys[i] = -1;
      this.writePages[i] = null;
    }
  }

  findRegion(pageNumber: number): Region | undefined {
    const r = this.regions;
    let lo = 0;
    let hi = r.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = r[mid]!;
      if (pageNumber < m.start) hi = mid - 1;
      else if (pageNumber >= m.end) lo = mid + 1;
      else return m;
    }
    return undefined;
  }

  /** The page for a guest access, materialising it (within the limit) if mapped but untouched. */
  touch(pageNumber: number): PageLookup {
    const existing = this.pages.get(pageNumber);
    if (existing) return existing;
    const region = this.findRegion(pageNumber);
    if (!region) return 'unmapped';
    const cost = PAGE_SIZE + (region.tagged ? TAG_BYTES_PER_PAGE : 0);
    if (this.budget.used + cost > this.budget.limit) return 'memoryLimit';
    const page = newPage(pageNumber, region);
    page.watched = this.watchedPages.has(pageNumber);
    this.pages.set(pageNumber, page);
    this.inUseBytes += cost;
    return page;
  }

  /** Loads a page into the TLBs after the caller checked permissions. */
  fillTlb(page: Page): void {
    if (page.watched) return;
    const i = page.number & (TLB_SIZE - 1);
    if (page.perms & PERM_READ) {
      this.readKeys[i] = page.number;
      this.readPages[i] = page;
    }
    if (page.perms & PERM_WRITE && page.ops === null) {
      this.writeKeys[i] = page.number;
      this.writePages[i] = page;
    }
  }

  // --- Mapping -------------------------------------------------------------------------------------------------

  /** Removes [start, end) page numbers from the region list (splitting regions) and drops their pages. */
  private carve(start: number, end: number): void {
    const out: Region[] = [];
    for (const r of this.regions) {
      if (r.end <= start || r.start >= end) {
        out.push(r);
        continue;
      }
      if (r.start < start) out.push({ ...r, end: start });
      if (r.end > end) out.push({ ...r, start: end });
    }
    this.regions = out;
    for (const [n, page] of this.pages) {
      if (n >= start && n < end) {
        this.pages.delete(n);
        this.inUseBytes -= PAGE_SIZE + (page.tags ? TAG_BYTES_PER_PAGE : 0);
      }
    }
  }

  /**
   * Drops the materialised pages of [start, end) page numbers but keeps the mappings: they read as zeros with zero
   * tags again and give their memory back (MADV_DONTNEED of private anonymous memory). Returns the dropped pages.
   */
  discard(start: number, end: number): Page[] {
    const dropped: Page[] = [];
    if (end - start < this.pages.size) {
      for (let n = start; n < end; n++) { const p = this.pages.get(n); if (p) dropped.push(p); }
    } else {
      for (const [n, p] of this.pages) if (n >= start && n < end) dropped.push(p);
    }
    for (const p of dropped) {
      this.pages.delete(p.number);
      this.inUseBytes -= PAGE_SIZE + (p.tags ? TAG_BYTES_PER_PAGE : 0);
    }
    if (dropped.length > 0) this.flushTlb();
    return dropped;
  }

  private sortRegions(): void {
    this.regions.sort((a, b) => a.start - b.start);
  }

  /** `backing`: the mapping is shared memory whose page startPage is page `firstIndex` of the store. */
  map(startPage: number, endPage: number, perms: Perms, name: string, backing?: { store: PageBacking; firstIndex: number }): void {
    this.carve(startPage, endPage);
    const region: Region = { start: startPage, end: endPage, perms: permBits(perms), tagged: perms.tagged, name };
    if (backing) region.backing = { store: backing.store, base: startPage - backing.firstIndex };
    this.regions.push(region);
    this.sortRegions();
    this.layoutChanged();
  }

  unmap(startPage: number, endPage: number): void {
    this.carve(startPage, endPage);
    this.layoutChanged();
  }

  /** Changes permissions of the mapped parts of [start, end); returns false if part of the range is unmapped. */
  protect(startPage: number, endPage: number, perms: Perms): boolean {
    let covered = 0;
    const out: Region[] = [];
    for (const r of this.regions) {
      if (r.end <= startPage || r.start >= endPage) {
        out.push(r);
        continue;
      }
      const s = Math.max(r.start, startPage);
      const e = Math.min(r.end, endPage);
      covered += e - s;
      if (r.start < s) out.push({ ...r, end: s });
      out.push({ ...r, start: s, end: e, perms: permBits(perms), tagged: perms.tagged });
      if (r.end > e) out.push({ ...r, start: e });
    }
    this.regions = out;
    this.sortRegions();
    const bits = permBits(perms);
    for (const [n, page] of this.pages) {
      if (n < startPage || n >= endPage) continue;
      page.perms = bits;
      page.ops = null;
      page.blocks = null;
      page.heat = null;
      if (perms.tagged && !page.tags) {
        const b = this.findRegion(n)?.backing;
        // Shared memory gets (or creates) its store's tags, so that every machine mapping it sees the same ones.
        page.tags = b ? b.store.page(n - b.base, true).tags! : new Uint8Array(GRANULES_PER_PAGE);
        this.inUseBytes += TAG_BYTES_PER_PAGE;
      } else if (!perms.tagged && page.tags) {
        page.tags = null;
        this.inUseBytes -= TAG_BYTES_PER_PAGE;
      }
    }
    this.layoutChanged();
    return covered === endPage - startPage;
  }

  private layoutChanged(): void {
    this.flushTlb();
    this.onLayoutChange?.();
  }

  /** Merged view of the mappings for regions(): adjacent regions with equal attributes are joined. */
  mergedRegions(): Region[] {
    const out: Region[] = [];
    for (const r of this.regions) {
      const last = out[out.length - 1];
      if (last && last.end === r.start && last.perms === r.perms && last.tagged === r.tagged && last.name === r.name) {
        last.end = r.end;
      } else out.push({ ...r });
    }
    return out;
  }

  // --- Debugger access (no faults, no tag checks, no materialisation on reads) ---------------------------------

  /** Reads up to `length` bytes from a 48-bit address; stops at the first unmapped page. */
  peek(address: number, length: number): { data: Uint8Array; readableLength: number } {
    const data = new Uint8Array(length);
    let done = 0;
    while (done < length) {
      const a = address + done;
      const pn = Math.floor(a / PAGE_SIZE);
      const off = a - pn * PAGE_SIZE;
      const n = Math.min(PAGE_SIZE - off, length - done);
      const page = this.pages.get(pn);
      if (page) data.set(page.data.subarray(off, off + n), done);
      else {
        const region = this.findRegion(pn);
        if (!region) break;
        const stored = storedPage(pn, region);
        if (stored) data.set(stored.data.subarray(off, off + n), done);
      }
      done += n;
    }
    return { data, readableLength: done };
  }

  /**
   * Writes bytes regardless of permissions; stops at unmapped memory (or the limit); returns bytes written.
   * Zeros written to a mapped page that was never touched change nothing (it reads as zeros with zero tags), so
   * that page stays unmaterialised (a kernel zeroing a large range, as MADV_DONTNEED does, costs no memory).
   */
  poke(address: number, bytes: Uint8Array, onCodeWrite: (page: Page) => void): number {
    let done = 0;
    while (done < bytes.length) {
      const a = address + done;
      const pn = Math.floor(a / PAGE_SIZE);
      const off = a - pn * PAGE_SIZE;
      const n = Math.min(PAGE_SIZE - off, bytes.length - done);
      if (!this.pages.has(pn) && allZero(bytes, done, done + n)) {
        const region = this.findRegion(pn);
        if (region && !storedPage(pn, region)) { done += n; continue; }
      }
      const page = this.touch(pn);
      if (typeof page === 'string') break;
      page.data.set(bytes.subarray(done, done + n), off);
      if (page.ops) onCodeWrite(page);
      done += n;
    }
    return done;
  }

  /** Allocation tag of the granule at a 48-bit address: a number, null (untagged or unmapped). */
  peekTag(address: number): number | null {
    const pn = Math.floor(address / PAGE_SIZE);
    const granule = Math.floor((address - pn * PAGE_SIZE) / 16);
    const page = this.pages.get(pn);
    if (page) return page.tags ? page.tags[granule]! : null;
    const region = this.findRegion(pn);
    if (!region || !region.tagged) return null;
    return storedPage(pn, region)?.tags?.[granule] ?? 0;
  }
}
