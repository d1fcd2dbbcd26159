// /proc/self/maps for the program's own segments, as Linux's ELF loader maps them (fs/binfmt_elf.c elf_map and the
// bss tail by vm_brk; show_map_vma formats them): the pages holding a PT_LOAD segment's file bytes map the
// executable at the page-aligned p_offset, the pages only the bss covers are anonymous. The expected ranges are
// worked out from `aarch64-linux-gnu-readelf -lW test/fixtures/c/corpus-O0.elf`:
//   LOAD 0x000000 0x400000 filesz 0x0c43a3 memsz 0x0c43a3 R E
//   LOAD 0x0cc760 0x4dc760 filesz 0x005a08 memsz 0x015080 RW
// qemu-aarch64 7.2 gives the same offsets for a static glibc program reading its own maps (it also shows the
// alignment gap between the segments as ---p, which Linux unmaps).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { elfToProgramImage } from '../../emulator/elf/loader.js';
import { createLinuxProcess } from '../../emulator/linux/index.js';
import { procMaps } from '../../emulator/linux/syscalls/fs.js';
import { EINVAL, makeProcess, recordingHost } from './helpers.js';

const elfPath = join(__dirname, '..', 'fixtures', 'c', 'corpus-O0.elf');

test('/proc/self/maps: the executable\'s segments at their file offsets with its path; the bss tail is anonymous', () => {
  const loaded = elfToProgramImage(new Uint8Array(readFileSync(elfPath)), '/prog/corpus');
  assert.ok(loaded.ok);
  const created = createLinuxProcess({ program: loaded.image, argv: ['/prog/corpus'], host: recordingHost() });
  assert.ok(created.ok);
  const lines = procMaps(created.process.kernel).split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
  const image = lines.filter((l) => /^004/.test(l));
  assert.equal(image.length, 3, lines.join('\n'));
  assert.match(image[0]!, /^00400000-004c5000 r-xp 00000000 [0-9a-f]{2}:[0-9a-f]{2} [1-9]\d* \/prog\/corpus$/);
  assert.match(image[1]!, /^004dc000-004e3000 rw-p 000cc000 [0-9a-f]{2}:[0-9a-f]{2} [1-9]\d* \/prog\/corpus$/);
  assert.equal(image[2], '004e3000-004f2000 rw-p 00000000 00:00 0');
  // The inode is the one fstat of /proc/self/exe gives, the same on both lines.
  assert.equal(image[0]!.split(' ')[4], image[1]!.split(' ')[4]);
});

test('PROT_MTE: EINVAL on the executable\'s pages, allowed on its anonymous bss tail (VM_DATA_DEFAULT_FLAGS)', () => {
  const loaded = elfToProgramImage(new Uint8Array(readFileSync(elfPath)), '/prog/corpus');
  assert.ok(loaded.ok);
  const p = makeProcess({ image: loaded.image, argv: ['/prog/corpus'] });
  assert.equal(p.syscall(226, 0x4dc000, 0x1000, 0x23).value, EINVAL);
  assert.equal(p.syscall(226, 0x4e3000, 0x1000, 0x23).value, 0n);
  assert.deepEqual(p.process.machine.readTags(0x4e3000n, 1), [0]);
});
