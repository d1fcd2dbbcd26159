// Shared memory objects: the pages behind MAP_SHARED mappings, like Linux's shmem objects and page cache. Every
// machine that maps one (the process that made the mapping and the children it forks, and every MAP_SHARED mapping
// of the same file) uses the store's page buffers through the machine's PageBacking, so writes and MTE allocation
// tags are seen by all of them at once. Anonymous shared memory is one store per mmap call; a file's store is one
// per file (vfs/vfs.ts keeps them), filled from the file when a page is first used and kept coherent with the file
// at the system calls that read or change it (flush: store pages into the file; refresh: file into store pages).
// Futexes without FUTEX_PRIVATE_FLAG in such memory are keyed by (store, offset), so waiters in different processes
// meet (syscalls/process.ts, threads.ts).
import type { BackingPage, PageBacking } from '../machine/api.js';
import { PAGE_SIZE } from './constants.js';
import type { Kernel } from './kernel.js';
import type { VNode } from './vfs/nodes.js';

const GRANULES_PER_PAGE = PAGE_SIZE / 16;
let nextStoreId = 1;

export class SharedStore implements PageBacking {
  readonly id = nextStoreId++;
  readonly pages = new Map<number, BackingPage>();
  /** For a file's store: the file (its bytes fill new pages), whether any writable mapping was made, and how to read it. */
  file: { node: VNode; writable: boolean; read: (offset: number, length: number) => Uint8Array | undefined } | undefined;

  page(index: number, tagged: boolean): BackingPage {
    let p = this.pages.get(index);
    if (!p) {
      const data = new Uint8Array(PAGE_SIZE);
      const bytes = this.file?.read(index * PAGE_SIZE, PAGE_SIZE);
      if (bytes) data.set(bytes.subarray(0, PAGE_SIZE));
      p = { data, tags: null };
      this.pages.set(index, p);
    }
    if (tagged && !p.tags) p.tags = new Uint8Array(GRANULES_PER_PAGE);
    return p;
  }

  peekPage(index: number): BackingPage | undefined {
    // A file's page reads as the file even before anyone touched it (creating it costs no guest memory).
    return this.pages.get(index) ?? (this.file ? this.page(index, false) : undefined);
  }

  /** Copies the store's pages into the file (`write` at byte offsets), within `size` bytes. */
  flushTo(size: number, write: (offset: number, bytes: Uint8Array) => void): void {
    const indexes = [...this.pages.keys()].filter((i) => i * PAGE_SIZE < size).sort((a, b) => a - b);
    // Runs of consecutive pages are written at once.
    for (let i = 0; i < indexes.length;) {
      let j = i + 1;
      while (j < indexes.length && indexes[j] === indexes[j - 1]! + 1) j++;
      const first = indexes[i]!;
      const length = Math.min((j - i) * PAGE_SIZE, size - first * PAGE_SIZE);
      const bytes = new Uint8Array(length);
      for (let n = i; n < j; n++) {
        const d = this.pages.get(indexes[n]!)!.data;
        const at = (n - i) * PAGE_SIZE;
        bytes.set(d.subarray(0, Math.min(PAGE_SIZE, length - at)), at);
      }
      write(first * PAGE_SIZE, bytes);
      i = j;
    }
  }

  /** Copies the file's bytes (zeros past its end) into the pages the store has. */
  refreshFrom(read: (offset: number, length: number) => Uint8Array | undefined): void {
    for (const [index, p] of this.pages) {
      const bytes = read(index * PAGE_SIZE, PAGE_SIZE);
      p.data.fill(0);
      if (bytes) p.data.set(bytes.subarray(0, PAGE_SIZE));
    }
  }
}

/**
 * How a mapping uses a store: byte `address - base` of the store is at `address`. `store` is a function so that the
 * debugger's kernel-state snapshots (which deep-copy plain data) keep the one store the machines use.
 */
export interface SharedRef {
  readonly store: () => SharedStore;
  readonly base: bigint;
}

export function sharedRef(store: SharedStore, base: bigint): SharedRef {
  return { store: () => store, base };
}

/** The futex key of a user address: (store, offset) in shared memory, else undefined (private: per process). */
export function sharedFutexKey(k: Kernel, address: bigint): string | undefined {
  const v = k.addressSpace.find(address);
  if (!v?.shm) return undefined;
  return `${v.shm.store().id}:${address - v.shm.base}`;
}
