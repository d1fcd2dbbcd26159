// Memory system calls against Linux's rules (memory-tagging-extension.rst, tagged-address-abi.rst, mmap(2),
// mprotect(2), madvise(2)): PROT_MTE only on anonymous mappings, tags zero when mapped, PROT_MTE sticky under
// mprotect, MADV_DONTNEED zeroing data and tags, mmap/brk not untagging, munmap/mprotect/madvise untagging.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeProcess, EINVAL, ENOMEM, SCRATCH } from './helpers.js';
import { MMAP_BASE } from '../../emulator/linux/index.js';

const MMAP = 222, MUNMAP = 215, MPROTECT = 226, MADVISE = 233, BRK = 214, OPENAT = 56;
const RW = 3, MTE = 0x20, PRIVATE_ANON = 0x22, FIXED = 0x10;

function mmapAnon(t: ReturnType<typeof makeProcess>, length: number, prot: number, flags = PRIVATE_ANON, addr: bigint = 0n) {
  return t.syscall(MMAP, addr, length, prot, flags, -1, 0).value;
}

test('anonymous PROT_MTE mapping: placed below mmap_base, tagged, all tags 0', () => {
  const t = makeProcess();
  const a = mmapAnon(t, 8192, RW | MTE);
  assert.equal(a, MMAP_BASE - 8192n);
  const region = t.process.machine.regions().find((r) => r.start === a);
  assert.ok(region?.tagged, 'the region carries tags');
  assert.deepEqual(t.process.machine.readTags(a, 512), new Array(512).fill(0));
  // A second mapping goes below the first, top-down.
  assert.equal(mmapAnon(t, 4096, RW), a - 4096n);
});

test('mmap argument errors: zero length, unaligned offset, missing MAP_PRIVATE/SHARED, unaligned MAP_FIXED', () => {
  const t = makeProcess();
  assert.equal(mmapAnon(t, 0, RW), EINVAL);
  assert.equal(t.syscall(MMAP, 0, 4096, RW, PRIVATE_ANON, -1, 100).value, EINVAL);
  assert.equal(t.syscall(MMAP, 0, 4096, RW, 0x20, -1, 0).value, EINVAL);
  assert.equal(mmapAnon(t, 4096, RW, PRIVATE_ANON | FIXED, 0x500001n), EINVAL);
});

test('MAP_FIXED at a tagged address fails with ENOMEM: mmap does not untag (Linux >= 5.6)', () => {
  const t = makeProcess();
  assert.equal(mmapAnon(t, 4096, RW, PRIVATE_ANON | FIXED, 0x0200_0000_5000_0000n), ENOMEM);
  assert.equal(mmapAnon(t, 4096, RW, PRIVATE_ANON | FIXED, 0x5000_0000n), 0x5000_0000n);
  // MAP_FIXED_NOREPLACE over an existing mapping: EEXIST.
  assert.equal(mmapAnon(t, 4096, RW, PRIVATE_ANON | 0x100000, 0x5000_0000n), -17n);
});

test('PROT_MTE on a file mapping is EINVAL; a plain private file mapping holds the file bytes', () => {
  const files = { cwd: '/guest', readFile: (p: string) => (p === '/guest/data.bin' ? Uint8Array.from([1, 2, 3, 4]) : undefined), listDirectory: () => undefined };
  const t = makeProcess({ files });
  const fd = t.syscall(OPENAT, -100, t.scratch('data.bin'), 0).value;
  assert.equal(fd, 3n);
  assert.equal(t.syscall(MMAP, 0, 4096, 1 | MTE, 0x2, fd, 0).value, EINVAL);
  const a = t.syscall(MMAP, 0, 4096, 1, 0x2, fd, 0).value;
  assert.ok(a > 0n);
  assert.deepEqual([...t.process.machine.readMemory(a, 5).data], [1, 2, 3, 4, 0]);
  assert.equal(t.syscall(MMAP, 0, 4096, 1, 0x2, 77, 0).value, -9n, 'bad fd: EBADF');
});

test('mprotect: PROT_MTE cannot be cleared; PROT_MTE on the program image (a file mapping) is EINVAL', () => {
  const t = makeProcess();
  const a = mmapAnon(t, 4096, RW | MTE);
  t.process.machine.writeTags(a, [7]);
  assert.equal(t.syscall(MPROTECT, a, 4096, RW).value, 0n);
  assert.ok(t.process.machine.regions().find((r) => r.start === a)?.tagged);
  assert.deepEqual(t.process.machine.readTags(a, 1), [7]);
  assert.equal(t.syscall(MPROTECT, 0x400000n, 4096, 5 | MTE).value, EINVAL);
  // An untagged anonymous mapping can become tagged.
  const b = mmapAnon(t, 4096, RW);
  assert.equal(t.syscall(MPROTECT, b, 4096, RW | MTE).value, 0n);
  assert.ok(t.process.machine.regions().find((r) => r.start === b)?.tagged);
});

test('mprotect rejects unknown bits (PROT_BTI is not advertised), unaligned addresses, and holes (ENOMEM)', () => {
  const t = makeProcess();
  const a = mmapAnon(t, 4096, RW);
  assert.equal(t.syscall(MPROTECT, a, 4096, RW | 0x10).value, EINVAL);
  assert.equal(t.syscall(MPROTECT, a + 8n, 4096, RW).value, EINVAL);
  assert.equal(t.syscall(MPROTECT, a, 8192, RW).value, ENOMEM);
  // Tagged addresses are untagged by mprotect.
  assert.equal(t.syscall(MPROTECT, a | (5n << 56n), 4096, 1).value, 0n);
});

test('MADV_DONTNEED zeroes the data and the allocation tags of an anonymous PROT_MTE mapping', () => {
  const t = makeProcess();
  const a = mmapAnon(t, 8192, RW | MTE);
  const m = t.process.machine;
  m.writeMemory(a + 32n, Uint8Array.from([9, 9, 9]));
  m.writeTags(a, [3, 4, 5]);
  m.writeTags(a + 4096n, [6]);
  assert.equal(t.syscall(MADVISE, a, 4096, 4).value, 0n);
  assert.deepEqual([...m.readMemory(a + 32n, 3).data], [0, 0, 0]);
  assert.deepEqual(m.readTags(a, 3), [0, 0, 0]);
  assert.deepEqual(m.readTags(a + 4096n, 1), [6], 'outside the range: untouched');
  assert.equal(t.syscall(MADVISE, a, 4096, 999).value, EINVAL);
  assert.equal(t.syscall(MADVISE, a + 1n, 4096, 4).value, EINVAL);
});

test('munmap untags its address; unmapped memory disappears from the regions', () => {
  const t = makeProcess();
  const a = mmapAnon(t, 8192, RW);
  assert.equal(t.syscall(MUNMAP, a | (2n << 56n), 4096).value, 0n);
  const regions = t.process.machine.regions();
  assert.ok(!regions.some((r) => r.start <= a && a < r.end));
  assert.ok(regions.some((r) => r.start <= a + 4096n && a + 4096n < r.end));
  assert.equal(t.syscall(MUNMAP, a, 0).value, EINVAL);
  assert.equal(t.syscall(MUNMAP, a + 3n, 4096).value, EINVAL);
});

test('brk: starts at the page after the image, grows and shrinks, refuses tagged and too-small values', () => {
  const t = makeProcess();
  const start = t.syscall(BRK, 0).value;
  assert.equal(start, 0x411000n);
  assert.equal(t.syscall(BRK, start + 0x2000n).value, start + 0x2000n);
  const m = t.process.machine;
  m.writeMemory(start + 0x1ff0n, Uint8Array.from([1]));
  assert.equal(m.readMemory(start + 0x1ff0n, 1).readableLength, 1);
  assert.equal(t.syscall(BRK, 0x1000).value, start + 0x2000n, 'below the start: unchanged');
  assert.equal(t.syscall(BRK, (3n << 56n) | (start + 0x3000n)).value, start + 0x2000n, 'tagged: unchanged');
  assert.equal(t.syscall(BRK, start + 0x800n).value, start + 0x800n);
  assert.equal(m.readMemory(start + 0x1ff0n, 1).readableLength, 0, 'shrinking unmaps');
});

test('the memory limit makes mmap fail with ENOMEM', () => {
  const t = makeProcess({ memoryLimitBytes: 16 << 20 });
  assert.equal(mmapAnon(t, 64 << 20, RW), ENOMEM);
});

test('mremap: shrinks in place, grows in place when free, moves with data and tags when it must', () => {
  const t = makeProcess();
  const m = t.process.kernel.machine;
  const a = mmapAnon(t, 4 * 4096, RW | MTE);
  m.writeMemory(a + 16n, Uint8Array.from([7, 8]));
  m.writeTags(a, [3, 9]);
  assert.equal(t.syscall(216, a, 4 * 4096, 2 * 4096, 0).value, a, 'shrink');
  assert.equal(m.readMemory(a + 2n * 4096n, 1).readableLength, 0);
  assert.equal(t.syscall(216, a, 2 * 4096, 3 * 4096, 0).value, a, 'grow into the freed page');
  const blocker = mmapAnon(t, 4096, RW, PRIVATE_ANON | FIXED, a + 3n * 4096n);
  assert.equal(blocker, a + 3n * 4096n);
  assert.equal(t.syscall(216, a, 3 * 4096, 8 * 4096, 0).value, ENOMEM, 'no room and no MREMAP_MAYMOVE');
  const moved = t.syscall(216, a | (4n << 56n), 3 * 4096, 8 * 4096, 1).value;
  assert.ok(moved > 0n && moved !== a);
  assert.deepEqual([...m.readMemory(moved + 16n, 2).data], [7, 8]);
  assert.deepEqual(m.readTags(moved, 2), [3, 9]);
  assert.ok(m.regions().find((r) => r.start <= moved && moved < r.end)?.tagged);
  assert.equal(m.readMemory(a, 1).readableLength, 0, 'the old range is gone');
  assert.equal(t.syscall(216, a + 1n, 4096, 4096, 0).value, EINVAL);
});

test('mmap hints: a free aligned hint is used; below mmap_min_addr MAP_FIXED is EPERM', () => {
  const t = makeProcess();
  assert.equal(mmapAnon(t, 4096, RW, PRIVATE_ANON, 0x7000_0000n), 0x7000_0000n);
  assert.equal(mmapAnon(t, 4096, RW, PRIVATE_ANON, 0x7000_0000n), MMAP_BASE - 4096n, 'taken: falls back');
  assert.equal(mmapAnon(t, 4096, RW, PRIVATE_ANON | FIXED, 0x1000n), -1n);
});

test('address-space reservations: PROT_NONE or MAP_NORESERVE mappings of any size succeed; an accounted writable one past the limit is ENOMEM', () => {
  // Linux's heuristic overcommit (mmap(2) MAP_NORESERVE; proc(5) overcommit_memory 0) accounts only writable
  // private mappings without MAP_NORESERVE; memory is charged when touched either way.
  const t = makeProcess({ memoryLimitBytes: 64 << 20 });
  const TiB = 1n << 40n;
  const none = t.syscall(222, 0, TiB, 0, 0x22, -1, 0).value; // PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS
  assert.ok(none > 0n, `PROT_NONE reservation: ${none}`);
  assert.equal(t.syscall(226, none, 1 << 20, 3).value, 0n, 'mprotect commits a part');
  t.process.machine.writeMemory(none + 100n, Uint8Array.of(7));
  const rw = t.syscall(222, 0, TiB, 3, 0x4022, -1, 0).value; // RW, MAP_NORESERVE
  assert.ok(rw > 0n, `RW MAP_NORESERVE: ${rw}`);
  assert.equal(t.syscall(222, 0, 128 << 20, 3, 0x22, -1, 0).value, -12n, 'accounted and larger than the limit');
  assert.equal(t.syscall(215, none, TiB).value, 0n);
  assert.equal(t.syscall(215, rw, TiB).value, 0n);
});

test('MADV_WIPEONFORK: a fork child gets zeros with tag 0 there, the parent keeps its data; EINVAL for shared memory; MADV_KEEPONFORK undoes it', async () => {
  // madvise(2): "the child process will see zero-filled memory in this range"; private anonymous mappings only.
  const { schedulerOf } = await import('../../emulator/linux/threads.js');
  const t = makeProcess();
  const a = t.syscall(222, 0, 8192, 0x23, 0x22, -1, 0).value; // PROT_READ|PROT_WRITE|PROT_MTE, private anonymous
  const m = t.process.machine;
  m.writeMemory(a, Uint8Array.of(42));
  m.writeMemory(a + 4096n, Uint8Array.of(43));
  m.writeTags(a, [7]);
  const shared = t.syscall(222, 0, 4096, 3, 0x21, -1, 0).value;
  assert.equal(t.syscall(233, shared, 4096, 18).value, EINVAL, 'MAP_SHARED');
  assert.equal(t.syscall(233, a, 4096, 18).value, 0n);
  const pid = t.syscall(220, 17, 0, 0, 0, 0).value; // fork: clone(SIGCHLD)
  assert.ok(pid > 0n);
  const child = schedulerOf(t.process.kernel)!.findThread(Number(pid))!.process.kernel;
  assert.equal(child.machine.readMemory(a, 1).data[0], 0, 'wiped in the child');
  assert.equal(child.machine.readTags(a, 1)[0], 0, 'tag 0');
  assert.equal(child.machine.readMemory(a + 4096n, 1).data[0], 43, 'the page after the range is copied');
  assert.equal(m.readMemory(a, 1).data[0], 42, 'the parent keeps its data');
  assert.equal(t.syscall(233, a, 4096, 19).value, 0n);
  assert.equal(t.process.kernel.addressSpace.all().some((v) => v.wipeOnFork), false);
});

test('mremap MREMAP_DONTUNMAP moves the pages (data and tags) and leaves the old range mapped and empty; sizes must match', () => {
  // mremap(2): MREMAP_DONTUNMAP needs MREMAP_MAYMOVE and old_size == new_size (EINVAL otherwise).
  const t = makeProcess();
  const m = t.process.machine;
  const old = t.syscall(222, 0, 8192, 0x23, 0x22, -1, 0).value; // PROT_MTE private anonymous
  m.writeMemory(old, Uint8Array.of(99));
  m.writeTags(old, [6]);
  assert.equal(t.syscall(216, old, 8192, 4096, 1 | 4, 0).value, EINVAL, 'different sizes');
  assert.equal(t.syscall(216, old, 8192, 8192, 4, 0).value, EINVAL, 'without MREMAP_MAYMOVE');
  const moved = t.syscall(216, old, 8192, 8192, 1 | 4, 0).value;
  assert.ok(moved > 0n && moved !== old);
  assert.equal(m.readMemory(moved, 1).data[0], 99);
  assert.equal(m.readTags(moved, 1)[0], 6);
  assert.equal(m.readMemory(old, 1).data[0], 0, 'the old range reads zeros');
  assert.equal(m.readTags(old, 1)[0], 0);
  assert.ok(t.process.kernel.addressSpace.find(old), 'and is still mapped');
});

test('hole punching: fallocate PUNCH_HOLE|KEEP_SIZE zeroes a memfd range (size kept, mapped pages too); MADV_REMOVE frees shared memory, EINVAL for private', () => {
  // fallocate(2) (tmpfs supports punching; PUNCH_HOLE needs KEEP_SIZE), madvise(2) MADV_REMOVE (needs VM_SHARED).
  const t = makeProcess();
  const m = t.process.machine;
  const fd = t.syscall(279, t.scratch('m', 0x800), 0).value; // memfd_create
  assert.equal(t.syscall(64, fd, t.scratch('a'.repeat(1024), 0x900), 1024).value, 1024n);
  assert.equal(t.syscall(47, fd, 2, 0, 10).value, -95n, 'PUNCH_HOLE without KEEP_SIZE');
  const map = t.syscall(222, 0, 4096, 3, 1, fd, 0).value; // MAP_SHARED
  assert.equal(m.readMemory(map + 600n, 1).data[0], 0x61);
  assert.equal(t.syscall(47, fd, 3, 512, 256).value, 0n);
  assert.equal(m.readMemory(map + 600n, 1).data[0], 0, 'the mapping sees the hole');
  assert.equal(m.readMemory(map + 800n, 1).data[0], 0x61);
  assert.equal(t.syscall(67, fd, SCRATCH + 0xa00n, 1, 513).value, 1n);
  assert.equal(m.readMemory(SCRATCH + 0xa00n, 1).data[0], 0, 'pread sees it too');
  m.writeMemory(map, Uint8Array.of(0x7a));
  assert.equal(t.syscall(233, map, 4096, 9).value, 0n, 'MADV_REMOVE');
  assert.equal(m.readMemory(map, 1).data[0], 0);
  assert.equal(m.readMemory(map + 800n, 1).data[0], 0);
  const priv = t.syscall(222, 0, 4096, 3, 0x22, -1, 0).value;
  assert.equal(t.syscall(233, priv, 4096, 9).value, EINVAL);
});
