// /proc/self/maps for the program's own segments, as Linux's ELF loader maps them (fs/binfmt_elf.c elf_map and the
// bss tail by vm_brk; show_map_vma formats them): the pages holding a PT_LOAD segment's file bytes map the
// executable at the page-aligned p_offset, the pages only the bss covers are anonymous. The fixture (a static glibc
// program, rebuilt by the C corpus scripts) has a text and a data segment; the expected lines are worked out from
// its program headers, read here as `aarch64-linux-gnu-readelf -lW` prints them (Offset, VirtAddr, FileSiz,
// MemSiz). qemu-aarch64 7.2 gives the same offsets for a static glibc program reading its own maps (it also shows
// the alignment gap between the segments as ---p, which Linux unmaps).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { elfToProgramImage } from '../../emulator/elf/loader.js';
import { createLinuxProcess } from '../../emulator/linux/index.js';
import { procMaps } from '../../emulator/linux/syscalls/fs.js';
import { EINVAL, makeProcess, recordingHost } from './helpers.js';

const elfPath = join(__dirname, '..', 'fixtures', 'c', 'corpus-O0.elf');

interface Load { offset: bigint; vaddr: bigint; filesz: bigint; memsz: bigint }

/** The PT_LOAD program headers of an ELF64 little-endian file. */
function loads(elf: Uint8Array): Load[] {
  const v = new DataView(elf.buffer, elf.byteOffset, elf.length);
  const phoff = Number(v.getBigUint64(0x20, true));
  const out: Load[] = [];
  for (let i = 0; i < v.getUint16(0x38, true); i++) {
    const at = phoff + i * v.getUint16(0x36, true);
    if (v.getUint32(at, true) !== 1) continue;
    out.push({ offset: v.getBigUint64(at + 8, true), vaddr: v.getBigUint64(at + 16, true), filesz: v.getBigUint64(at + 32, true), memsz: v.getBigUint64(at + 40, true) });
  }
  return out;
}

const down = (x: bigint) => x & ~0xfffn;
const up = (x: bigint) => (x + 0xfffn) & ~0xfffn;
const hex = (x: bigint) => x.toString(16).padStart(8, '0');

test('/proc/self/maps: the executable\'s segments at their file offsets with its path; the bss tail is anonymous', () => {
  const bytes = new Uint8Array(readFileSync(elfPath));
  const [text, data] = loads(bytes);
  assert.ok(text && data && data.memsz > data.filesz, 'a text segment and a data segment with a bss');
  const loaded = elfToProgramImage(bytes, '/prog/corpus');
  assert.ok(loaded.ok);
  const created = createLinuxProcess({ program: loaded.image, argv: ['/prog/corpus'], host: recordingHost() });
  assert.ok(created.ok);
  const lines = procMaps(created.process.kernel).split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
  const image = lines.filter((l) => {
    if (!/^[0-9a-f]+-/.test(l)) return false;
    const start = BigInt(`0x${l.split('-')[0]}`);
    return start >= down(text.vaddr) && start < up(data.vaddr + data.memsz);
  });
  assert.equal(image.length, 3, lines.join('\n'));
  const id = '[0-9a-f]{2}:[0-9a-f]{2} [1-9]\\d* \\/prog\\/corpus$';
  assert.match(image[0]!, new RegExp(`^${hex(down(text.vaddr))}-${hex(up(text.vaddr + text.filesz))} r-xp ${hex(down(text.offset))} ${id}`));
  assert.match(image[1]!, new RegExp(`^${hex(down(data.vaddr))}-${hex(up(data.vaddr + data.filesz))} rw-p ${hex(down(data.offset))} ${id}`));
  assert.equal(image[2], `${hex(up(data.vaddr + data.filesz))}-${hex(up(data.vaddr + data.memsz))} rw-p 00000000 00:00 0`);
  // The inode is the one fstat of /proc/self/exe gives, the same on both lines.
  assert.equal(image[0]!.split(' ')[4], image[1]!.split(' ')[4]);
});

test('PROT_MTE: EINVAL on the executable\'s pages, allowed on its anonymous bss tail (VM_DATA_DEFAULT_FLAGS)', () => {
  const bytes = new Uint8Array(readFileSync(elfPath));
  const data = loads(bytes)[1]!;
  const loaded = elfToProgramImage(bytes, '/prog/corpus');
  assert.ok(loaded.ok);
  const p = makeProcess({ image: loaded.image, argv: ['/prog/corpus'] });
  assert.equal(p.syscall(226, down(data.vaddr), 0x1000, 0x23).value, EINVAL);
  const bss = up(data.vaddr + data.filesz);
  assert.equal(p.syscall(226, bss, 0x1000, 0x23).value, 0n);
  assert.deepEqual(p.process.machine.readTags(bss, 1), [0]);
});
