// Memory system calls: brk, mmap, munmap, mprotect, madvise, msync, with Linux's arm64 rules for PROT_MTE
// (allowed on anonymous and data mappings and on RAM-based files, tmpfs and memfd; EINVAL on other file
// mappings; sticky under mprotect), for tagged pointers (brk and mmap addresses are not untagged; munmap,
// mprotect and madvise untag their address), and its errno choices. File mappings copy the file's contents;
// MAP_SHARED ones are kept coherent with the file at system calls (vfs/vfs.ts).
import {
  E, MADV_DONTNEED, MAP_ANONYMOUS, MAP_FIXED, MAP_FIXED_NOREPLACE, MAP_NORESERVE, MAP_PRIVATE, MAP_SHARED, MAP_SHARED_VALIDATE,
  MAP_TYPE, PAGE_SIZE, PROT_EXEC, PROT_GROWSDOWN, PROT_GROWSUP, PROT_MTE, PROT_READ, PROT_SEM, PROT_WRITE, TASK_SIZE,
} from '../constants.js';
import { PAGE, pageUp, type FileIdentity, type Vma, type VmaKind } from '../addressSpace.js';
import type { Kernel, SyscallOutcome } from '../kernel.js';
import { O_PATH } from '../files.js';
import type { VNode } from '../vfs/nodes.js';
import { describeOpenFile } from '../vfs/vfs.js';
import { isRegular } from './io.js';
import { punchHole } from './fileops.js';
import { vfsOf } from './vfsAccess.js';
import { SharedStore, sharedRef, type SharedRef } from '../sharedMemory.js';
import { liveKernels } from '../threads.js';


const UNTAG = 0x00ffffffffffffffn;
/** vm.mmap_min_addr as Debian sets it. */
const MMAP_MIN_ADDR = 0x10000n;

interface Perms { read: boolean; write: boolean; execute: boolean; tagged: boolean }

function permsFromProt(prot: number, tagged: boolean): Perms {
  return { read: (prot & PROT_READ) !== 0, write: (prot & PROT_WRITE) !== 0, execute: (prot & PROT_EXEC) !== 0, tagged };
}

/** Kinds of mapping on which Linux sets VM_MTE_ALLOWED (anonymous memory and VM_DATA_DEFAULT_FLAGS areas). */
function mteAllowed(kind: VmaKind): boolean {
  return kind === 'anonymous' || kind === 'heap' || kind === 'stack' || kind === 'shmem';
}

/**
 * Maps pages in the machine and records the mapping; false when the mapping could never fit in the memory
 * limit. Like Linux with overcommit, memory is only charged when touched (the machine enforces the limit then).
 * Only a writable mapping Linux accounts (not MAP_NORESERVE: `reserve` false) is refused for being larger than
 * the limit, as the heuristic overcommit check refuses one larger than RAM; PROT_NONE or MAP_NORESERVE address
 * space reservations of any size succeed.
 */
export function mapRange(
  k: Kernel, start: bigint, length: bigint, perms: Perms, kind: VmaKind, name: string, shared = false, file?: FileIdentity, shm?: SharedRef,
  reserve = true,
): boolean {
  if (perms.write && reserve && Number(length) > k.memoryLimitBytes) return false;
  unmapRange(k, start, start + length);
  try {
    if (shm && k.machine.mapShared) k.machine.mapShared(start, Number(length), perms, name, shm.store(), Number((start - shm.base) / PAGE));
    else k.machine.map(start, Number(length), perms, name);
  } catch {
    return false;
  }
  const vma: Vma = { start, end: start + length, ...perms, kind, name, shared, ...(file ? { file } : {}), ...(shm ? { shm } : {}) };
  k.addressSpace.add(vma);
  return true;
}

/** The file offset of the page at `page` of a file mapping, and the file's size now. */
function pageOfFile(k: Kernel, v: Vma, page: bigint): { offset: bigint; size: bigint } | undefined {
  if (!v.file?.node) return undefined;
  return { offset: v.file.offset + (page - v.start), size: BigInt(vfsOf(k).size(k, v.file.node)) };
}

/**
 * Pages of file mappings in [start, end) that lie wholly past the end of their file get no access in the machine,
 * so that touching one faults and becomes SIGBUS (BUS_ADRERR) as in Linux (filemap_fault); the mapping keeps its
 * protection. Called after mmap, mprotect, mremap and a change of a file's size.
 */
export function guardPastEnd(k: Kernel, start: bigint, end: bigint, node?: VNode): void {
  for (const v of k.addressSpace.overlapping(start, end)) {
    if (!v.file?.node || (node && !sameNode(v.file.node, node))) continue;
    // The first page wholly past the end of the file, as an address in this mapping.
    const firstPast = v.start + pageUp(BigInt(vfsOf(k).size(k, v.file.node))) - v.file.offset;
    const from = [v.start, start, firstPast].reduce((m, x) => (x > m ? x : m));
    const to = v.end < end ? v.end : end;
    if (from < to) k.machine.protect(from, Number(to - from), { read: false, write: false, execute: false, tagged: v.tagged });
  }
}

function sameNode(a: VNode, b: VNode): boolean {
  if (a.t === 'tmp' && b.t === 'tmp') return a.node === b.node;
  return a.t === 'host' && b.t === 'host' && a.host === b.host;
}

/**
 * A fault on a page of a file mapping that the machine keeps inaccessible: SIGBUS/BUS_ADRERR when the page
 * still lies past the end of the file and the mapping allows the access; 'retry' when the file has grown since
 * (the page gets the file's bytes and the mapping's protection, and the instruction runs again); undefined for
 * any other fault.
 */
export function filePageFault(k: Kernel, address: bigint, access: 'read' | 'write' | 'fetch'): 'sigbus' | 'retry' | undefined {
  const v = k.addressSpace.find(address & UNTAG);
  if (!v?.file?.node) return undefined;
  if (access === 'read' ? !v.read : access === 'write' ? !v.write : !v.execute) return undefined;
  const page = (address & UNTAG) & ~(PAGE - 1n);
  const f = pageOfFile(k, v, page)!;
  if (f.offset >= pageUp(f.size)) return 'sigbus';
  const machinePage = k.machine.regions().find((r) => r.start <= page && page < r.end);
  if (machinePage && (access === 'read' ? machinePage.read : access === 'write' ? machinePage.write : machinePage.execute)) return undefined;
  // A shared mapping's store fills the page from the file itself (and may hold another process's newer bytes).
  if (!v.shm) {
    const bytes = vfsOf(k).read(k, v.file.node, Number(f.offset), PAGE_SIZE);
    const data = new Uint8Array(PAGE_SIZE);
    if (typeof bytes !== 'number') data.set(bytes.subarray(0, PAGE_SIZE));
    k.machine.writeMemory(page, data);
  }
  k.machine.protect(page, PAGE_SIZE, v);
  return 'retry';
}

/** The file identity of a mapping at `address` (its offset moved from the mapping's start), if it maps a file. */
function fileAt(vma: Vma, address: bigint): FileIdentity | undefined {
  return vma.file ? { ...vma.file, offset: vma.file.offset + (address - vma.start) } : undefined;
}

/** Unmaps whatever is mapped in [start, end). */
export function unmapRange(k: Kernel, start: bigint, end: bigint): void {
  const stores = new Set<SharedStore>();
  for (const v of k.addressSpace.overlapping(start, end)) {
    const s = v.start > start ? v.start : start;
    const e = v.end < end ? v.end : end;
    k.machine.unmap(s, Number(e - s));
    if (v.shm?.store().file) stores.add(v.shm.store());
  }
  k.addressSpace.remove(start, end);
  // A file's store goes (its pages written to the file) once no live process maps it.
  const vfs = k.files.vfs;
  if (vfs) for (const store of stores) vfs.releaseStore(k, store, (st) => liveKernels(k).some((kk) => kk.addressSpace.all().some((v) => v.shm?.store() === st)));
}

export function sysBrk(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const requested = BigInt.asUintN(64, a[0]!);
  // Tagged values lie beyond TASK_SIZE and fail like any other bad address: brk returns the old break.
  if (requested < k.brkStart || requested >= TASK_SIZE) return k.brk;
  const oldEnd = pageUp(k.brk);
  const newEnd = pageUp(requested);
  if (newEnd > oldEnd) {
    if (k.addressSpace.overlapping(oldEnd, newEnd + PAGE).length > 0) return k.brk;
    if (!mapRange(k, oldEnd, newEnd - oldEnd, { read: true, write: true, execute: false, tagged: false }, 'heap', '[heap]')) return k.brk;
  } else if (newEnd < oldEnd) {
    unmapRange(k, newEnd, oldEnd);
  }
  k.brk = requested;
  return requested;
}

export function sysMmap(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const hint = BigInt.asUintN(64, a[0]!);
  const requestedLength = BigInt.asUintN(64, a[1]!);
  const prot = Number(a[2]! & 0xffffffffn);
  const flags = Number(a[3]! & 0xffffffffn);
  const fd = Number(BigInt.asIntN(32, a[4]!));
  const offset = BigInt.asUintN(64, a[5]!);
  if ((offset & (PAGE - 1n)) !== 0n) return -E.INVAL;
  if (requestedLength === 0n) return -E.INVAL;
  const type = flags & MAP_TYPE;
  if (type !== MAP_SHARED && type !== MAP_PRIVATE && type !== MAP_SHARED_VALIDATE) return -E.INVAL;
  const length = pageUp(requestedLength);
  if (length === 0n || length > TASK_SIZE) return -E.NOMEM;
  const anonymous = (flags & MAP_ANONYMOUS) !== 0;
  const wantsMte = (prot & PROT_MTE) !== 0;

  let data: Uint8Array | undefined;
  let name = '';
  let kind: VmaKind = anonymous ? 'anonymous' : 'file';
  let shm: SharedRef | undefined;
  let sharedStore: SharedStore | undefined;
  let identity: FileIdentity | undefined;
  if (!anonymous) {
    const file = k.files.get(fd);
    if (!file || (file.flags & O_PATH) !== 0) return -E.BADF;
    const node = file.node;
    if (node.t === 'dev' && node.name === 'zero') {
      // /dev/zero: private mappings are anonymous memory, shared ones shared anonymous memory (shmem).
      kind = type === MAP_PRIVATE ? 'anonymous' : 'shmem';
      name = type === MAP_PRIVATE ? '' : '/dev/zero (deleted)';
      if (type !== MAP_PRIVATE) sharedStore = new SharedStore();
    } else {
      if (!isRegular(k, node) || node.t === 'proc') return -E.NODEV;
      if (!file.readable) return -E.ACCES;
      if (type !== MAP_PRIVATE && (prot & PROT_WRITE) !== 0 && !file.writable) return -E.ACCES;
      if (node.t === 'tmp' && type !== MAP_PRIVATE && (prot & PROT_WRITE) !== 0 && (node.node.seals & 0x18) !== 0) return -E.PERM;
      // arch_validate_flags(): VM_MTE needs VM_MTE_ALLOWED, which only anonymous memory and RAM-based files get.
      kind = node.t === 'tmp' ? 'shmem' : 'file';
      if (wantsMte && kind !== 'shmem') return -E.INVAL;
      const vfs = vfsOf(k);
      if (type === MAP_PRIVATE) {
        const bytes = vfs.read(k, node, Number(offset), Number(length));
        if (typeof bytes === 'number') return bytes;
        data = bytes;
      } else {
        // Shared: the file's one store of pages (its page cache), filled from the file as pages are used.
        sharedStore = vfs.storeFor(k, node, file.writable);
      }
      name = describeOpenFile(node, file.path);
      const stat = vfs.stat(k, node);
      if (typeof stat !== 'number') identity = { offset, dev: stat.dev, ino: stat.ino, node };
    }
  } else if (type !== MAP_PRIVATE) {
    sharedStore = new SharedStore();
  }

  let address: bigint;
  const fixed = (flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) !== 0;
  if (fixed) {
    if ((hint & (PAGE - 1n)) !== 0n) return -E.INVAL;
    if (hint < MMAP_MIN_ADDR) return -E.PERM;
    if (hint + length > TASK_SIZE) return -E.NOMEM; // Includes tagged addresses: mmap does not untag.
    if ((flags & MAP_FIXED) === 0 && k.addressSpace.overlapping(hint, hint + length).length > 0) return -E.EXIST;
    address = hint;
  } else {
    const aligned = hint & ~(PAGE - 1n);
    // A free, page-aligned hint inside the user address space is honoured; tagged hints lie outside it.
    if (aligned >= MMAP_MIN_ADDR && aligned + length <= TASK_SIZE && k.addressSpace.overlapping(aligned, aligned + length).length === 0) {
      address = aligned;
    } else {
      const free = k.addressSpace.findFree(length, k.mmapBase);
      if (free === undefined) return -E.NOMEM;
      address = free;
    }
  }
  const perms = permsFromProt(prot, wantsMte && mteAllowed(kind));
  // Byte 0 of a file's store is file offset 0; an anonymous store starts at the mapping.
  if (sharedStore) shm = sharedRef(sharedStore, address - (sharedStore.file ? offset : 0n));
  if (!mapRange(k, address, length, perms, kind, name, type !== MAP_PRIVATE, identity, shm, (flags & MAP_NORESERVE) === 0)) return -E.NOMEM;
  if (data && data.length > 0) k.machine.writeMemory(address, data);
  if (identity) guardPastEnd(k, address, address + length);
  return address;
}

/** Validates an (address, length) pair for munmap/mprotect/madvise; returns [start, end) or an errno. */
function pageRange(addressArg: bigint, lengthArg: bigint): [bigint, bigint] | number {
  const start = BigInt.asUintN(64, addressArg) & UNTAG;
  if ((start & (PAGE - 1n)) !== 0n) return -E.INVAL;
  const length = pageUp(BigInt.asUintN(64, lengthArg));
  if (BigInt.asUintN(64, lengthArg) !== 0n && length === 0n) return -E.INVAL;
  if (start + length > TASK_SIZE) return -E.INVAL;
  return [start, start + length];
}

export function sysMunmap(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const range = pageRange(a[0]!, a[1]!);
  if (typeof range === 'number') return range;
  if (range[0] === range[1]) return -E.INVAL;
  unmapRange(k, range[0], range[1]);
  return 0;
}

export function sysMprotect(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const prot = Number(a[2]! & 0xffffffffn);
  const range = pageRange(a[0]!, a[1]!);
  if (typeof range === 'number') return range;
  // arch_validate_prot(): only R, W, X, SEM and MTE (no BTI: the emulator does not advertise it).
  const known = PROT_READ | PROT_WRITE | PROT_EXEC | PROT_SEM | PROT_MTE | PROT_GROWSDOWN | PROT_GROWSUP;
  if ((prot & ~known) !== 0) return -E.INVAL;
  if ((prot & PROT_GROWSDOWN) !== 0 && (prot & PROT_GROWSUP) !== 0) return -E.INVAL;
  const [start, end] = range;
  if (start === end) return 0;
  if (!k.addressSpace.fullyMapped(start, end)) return -E.NOMEM;
  const wantsMte = (prot & PROT_MTE) !== 0;
  if (wantsMte && k.addressSpace.overlapping(start, end).some((v) => !mteAllowed(v.kind))) return -E.INVAL;
  for (const v of k.addressSpace.overlapping(start, end)) {
    const s = v.start > start ? v.start : start;
    const e = v.end < end ? v.end : end;
    // VM_MTE is never cleared by mprotect.
    k.machine.protect(s, Number(e - s), permsFromProt(prot, v.tagged || wantsMte));
  }
  k.addressSpace.update(start, end, (v) => ({ ...v, ...permsFromProt(prot, v.tagged || wantsMte) }));
  guardPastEnd(k, start, end);
  return 0;
}

const MADV_REMOVE = 9;
const MADV_WIPEONFORK = 18;
const MADV_KEEPONFORK = 19;

/** A fork child's copy of MADV_WIPEONFORK ranges: zeros with tag 0 (its pages go back to the budget). */
export function wipeOnFork(k: Kernel): void {
  for (const v of k.addressSpace.all()) {
    if (!v.wipeOnFork) continue;
    if (k.machine.discardPages) { k.machine.discardPages(v.start, Number(v.end - v.start)); continue; }
    const zeros = new Uint8Array(PAGE_SIZE);
    for (let p = v.start; p < v.end; p += PAGE) k.machine.writeMemory(p, zeros);
    if (v.tagged) k.machine.clearTags(v.start, Number(v.end - v.start));
  }
}

const KNOWN_ADVICE = new Set([0, 1, 2, 3, 4, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 25, 100, 101]);

export function sysMadvise(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const advice = Number(BigInt.asIntN(32, a[2]!));
  const range = pageRange(a[0]!, a[1]!);
  if (typeof range === 'number') return range;
  if (!KNOWN_ADVICE.has(advice)) return -E.INVAL;
  const [start, end] = range;
  if (start === end) return 0;
  if (advice === MADV_REMOVE) {
    // madvise(2): frees the range of shared memory (tmpfs, memfd, shared anonymous), which then reads as zeros with
    // tag 0 in every mapping; EINVAL for a private mapping (MADV_REMOVE needs VM_SHARED).
    const vmas = k.addressSpace.overlapping(start, end);
    if (vmas.some((v) => !v.shared || !v.shm)) return -E.INVAL;
    for (const v of vmas) {
      const s = v.start > start ? v.start : start;
      const e = v.end < end ? v.end : end;
      const store = v.shm!.store();
      if (store.file?.node) {
        const offset = s - v.shm!.base;
        const r = punchHole(k, store.file.node, offset, e - s);
        if (r < 0) return r;
        continue;
      }
      for (let p = s; p < e; p += PAGE) {
        const page = store.pages.get(Number((p - v.shm!.base) / PAGE));
        if (page) { page.data.fill(0); page.tags?.fill(0); }
      }
    }
  } else if (advice === MADV_WIPEONFORK || advice === MADV_KEEPONFORK) {
    // madvise(2): private anonymous memory only (EINVAL for shared or file mappings); a fork child gets zeros.
    const vmas = k.addressSpace.overlapping(start, end);
    if (vmas.some((v) => v.shared || v.file !== undefined || v.kind === 'shmem' || v.kind === 'file')) return -E.INVAL;
    k.addressSpace.update(start, end, (v) => ({ ...v, wipeOnFork: advice === MADV_WIPEONFORK }));
  } else if (advice === MADV_DONTNEED) {
    for (const v of k.addressSpace.overlapping(start, end)) {
      if (!mteAllowed(v.kind) || v.shared || v.kind === 'shmem') continue; // File pages would be re-read from the file; shared pages stay.
      const s = v.start > start ? v.start : start;
      const e = v.end < end ? v.end : end;
      // The pages go back to the memory budget, as Linux frees them; they read as zeros with zero tags.
      if (k.machine.discardPages) { k.machine.discardPages(s, Number(e - s)); continue; }
      const zeros = new Uint8Array(PAGE_SIZE);
      for (let p = s; p < e; p += PAGE) k.machine.writeMemory(p, zeros);
      if (v.tagged) k.machine.clearTags(s, Number(e - s));
    }
  }
  return k.addressSpace.fullyMapped(start, end) ? 0 : -E.NOMEM;
}

const MREMAP_MAYMOVE = 1;
const MREMAP_FIXED = 2;
const MREMAP_DONTUNMAP = 4;

/** Copies data and (for tagged mappings) allocation tags from one range to another. */
function copyRange(k: Kernel, from: bigint, to: bigint, length: bigint, tagged: boolean): void {
  for (let offset = 0n; offset < length; offset += PAGE) {
    const { data } = k.machine.readMemory(from + offset, PAGE_SIZE);
    k.machine.writeMemory(to + offset, data);
    if (tagged) {
      const tags = k.machine.readTags(from + offset, PAGE_SIZE / 16).map((t) => t ?? 0);
      k.machine.writeTags(to + offset, tags);
    }
  }
}

/**
 * mremap(old_address, old_size, new_size, flags, new_address): shrink in place, grow in place when the pages
 * after the mapping are free, else move (MREMAP_MAYMOVE) with contents and tags. old_address is untagged;
 * new_address is not (a tagged one is outside the address space).
 */
export function sysMremap(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const old = BigInt.asUintN(64, a[0]!) & UNTAG;
  const oldSize = pageUp(BigInt.asUintN(64, a[1]!));
  const newSize = pageUp(BigInt.asUintN(64, a[2]!));
  const flags = Number(a[3]! & 0xffffffffn);
  const target = BigInt.asUintN(64, a[4]!);
  if ((old & (PAGE - 1n)) !== 0n) return -E.INVAL;
  if ((flags & ~(MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP)) !== 0) return -E.INVAL;
  if ((flags & MREMAP_FIXED) !== 0 && (flags & MREMAP_MAYMOVE) === 0) return -E.INVAL;
  // MREMAP_DONTUNMAP (mremap(2), Linux 5.7+): a move that leaves the old range mapped and empty; needs MAYMOVE and
  // equal sizes.
  const dontUnmap = (flags & MREMAP_DONTUNMAP) !== 0;
  if (dontUnmap && ((flags & MREMAP_MAYMOVE) === 0 || oldSize !== newSize)) return -E.INVAL;
  if (newSize === 0n || oldSize === 0n) return -E.INVAL;
  const vma = k.addressSpace.find(old);
  if (!vma || old + oldSize > vma.end) return -E.FAULT; // The old range is not one mapping.
  // A private file mapping's old range would read the file again: not modelled (EINVAL, as before Linux 5.13).
  if (dontUnmap && !vma.shm && vma.file) return -E.INVAL;
  if ((flags & MREMAP_FIXED) !== 0) {
    if ((target & (PAGE - 1n)) !== 0n) return -E.INVAL;
    if (target + newSize > TASK_SIZE) return -E.NOMEM;
    if (target < old + oldSize && old < target + newSize) return -E.INVAL;
  }
  const perms = { read: vma.read, write: vma.write, execute: vma.execute, tagged: vma.tagged };
  if ((flags & MREMAP_FIXED) === 0 && !dontUnmap) {
    if (newSize <= oldSize) {
      if (newSize < oldSize) unmapRange(k, old + newSize, old + oldSize);
      return old;
    }
    if (old + newSize <= TASK_SIZE && k.addressSpace.overlapping(old + oldSize, old + newSize).length === 0) {
      if (!mapRange(k, old + oldSize, newSize - oldSize, perms, vma.kind, vma.name, vma.shared, fileAt(vma, old + oldSize), vma.shm)) return -E.NOMEM;
      return old;
    }
    if ((flags & MREMAP_MAYMOVE) === 0) return -E.NOMEM;
  }
  const destination = (flags & MREMAP_FIXED) !== 0 ? target : k.addressSpace.findFree(newSize, k.mmapBase);
  if (destination === undefined) return -E.NOMEM;
  // Shared memory moves with its store (the same pages, tags and file); private memory is copied.
  const shm = vma.shm ? { store: vma.shm.store, base: vma.shm.base + (destination - old) } : undefined;
  if (!mapRange(k, destination, newSize, perms, vma.kind, vma.name, vma.shared, fileAt(vma, old), shm)) return -E.NOMEM;
  if (!shm) copyRange(k, old, destination, newSize < oldSize ? newSize : oldSize, vma.tagged);
  if (!dontUnmap) unmapRange(k, old, old + oldSize);
  else if (!shm) {
    // The old range stays mapped without its pages: zeros with tag 0 (shared memory keeps showing its store).
    if (k.machine.discardPages) k.machine.discardPages(old, Number(oldSize));
    else {
      const zeros = new Uint8Array(PAGE_SIZE);
      for (let p = old; p < old + oldSize; p += PAGE) k.machine.writeMemory(p, zeros);
      if (vma.tagged) k.machine.clearTags(old, Number(oldSize));
    }
  }
  guardPastEnd(k, destination, destination + newSize);
  return destination;
}

const MS_ASYNC = 1;
const MS_INVALIDATE = 2;
const MS_SYNC = 4;

/** msync: validates like Linux, then writes shared file mappings back to their files. */
export function sysMsync(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const flags = Number(a[2]! & 0xffffffffn);
  if ((flags & ~(MS_ASYNC | MS_INVALIDATE | MS_SYNC)) !== 0) return -E.INVAL;
  if ((flags & MS_ASYNC) !== 0 && (flags & MS_SYNC) !== 0) return -E.INVAL;
  const range = pageRange(a[0]!, a[1]!);
  if (typeof range === 'number') return range;
  const [start, end] = range;
  if (start === end) return 0;
  k.files.vfs?.flushAll(k);
  return k.addressSpace.fullyMapped(start, end) ? 0 : -E.NOMEM;
}
