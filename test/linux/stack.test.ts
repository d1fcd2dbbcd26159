// The initial stack and auxiliary vector, checked against the layout Linux's execve builds (fs/exec.c,
// fs/binfmt_elf.c create_elf_tables(), arm64 ARCH_DLINFO): argc at SP (16-byte aligned), argv[] and envp[]
// NULL-terminated and pointing at their strings, AT_* pairs ending with AT_NULL, AT_RANDOM 16 bytes,
// AT_EXECFN and AT_PLATFORM "aarch64", HWCAP2_MTE advertised and no FP/ASIMD unless the machine has them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildInitialStack, linuxConstants } from '../../emulator/linux/index.js';
import { makeProcess, tinyImage } from './helpers.js';

const { AT } = linuxConstants;

function readCString(read: (a: bigint, n: number) => Uint8Array, address: bigint): string {
  const bytes = read(address, 256);
  return Buffer.from(bytes.subarray(0, bytes.indexOf(0))).toString('utf8');
}

test('buildInitialStack: argc, argv, envp, auxv and strings in Linux order', () => {
  const top = 0x1000000000000n;
  const s = buildInitialStack({
    stackTop: top, argv: ['/bin/prog', 'one', 'twö'], envp: ['A=1', 'PATH=/bin'], execFileName: '/bin/prog', platform: 'aarch64',
    randomBytes: Uint8Array.from({ length: 16 }, (_, i) => i + 1),
    aux: { hwcap: 0x980n, hwcap2: 1n << 18n, pageSize: 4096, phdr: 0x400040n, phent: 56, phnum: 3, base: 0n, entry: 0x400100n, uid: 5, gid: 6, minSigStackSize: 4720, clockTicks: 100 },
  });
  assert.equal(s.sp % 16n, 0n);
  const mem = s.bytes;
  const view = new DataView(mem.buffer);
  const word = (i: number) => view.getBigUint64(i * 8, true);
  const read = (a: bigint, n: number) => mem.subarray(Number(a - s.sp), Number(a - s.sp) + n);
  assert.equal(word(0), 3n);
  assert.deepEqual([1, 2, 3].map((i) => readCString(read, word(i))), ['/bin/prog', 'one', 'twö']);
  assert.equal(word(4), 0n);
  assert.deepEqual([5, 6].map((i) => readCString(read, word(i))), ['A=1', 'PATH=/bin']);
  assert.equal(word(7), 0n);
  const auxv = new Map<number, bigint>();
  const keys: number[] = [];
  for (let i = 8; ; i += 2) {
    keys.push(Number(word(i)));
    auxv.set(Number(word(i)), word(i + 1));
    if (word(i) === 0n) break;
  }
  // arm64's ARCH_DLINFO entry comes first (no vDSO here), then create_elf_tables()' fixed order.
  assert.deepEqual(keys, [AT.MINSIGSTKSZ, AT.HWCAP, AT.PAGESZ, AT.CLKTCK, AT.PHDR, AT.PHENT, AT.PHNUM, AT.BASE, AT.FLAGS,
    AT.ENTRY, AT.UID, AT.EUID, AT.GID, AT.EGID, AT.SECURE, AT.RANDOM, AT.HWCAP2, AT.EXECFN, AT.PLATFORM, AT.NULL]);
  assert.equal(auxv.get(AT.PAGESZ), 4096n);
  assert.equal(auxv.get(AT.PHDR), 0x400040n);
  assert.equal(auxv.get(AT.ENTRY), 0x400100n);
  assert.equal(auxv.get(AT.SECURE), 0n);
  assert.deepEqual([...read(auxv.get(AT.RANDOM)!, 16)], Array.from({ length: 16 }, (_, i) => i + 1));
  assert.equal(readCString(read, auxv.get(AT.PLATFORM)!), 'aarch64');
  assert.equal(readCString(read, auxv.get(AT.EXECFN)!), '/bin/prog');
  // Strings sit above the tables; the file name is the highest, just below the zero top word.
  assert.equal(auxv.get(AT.EXECFN)! + 10n, top - 8n);
  assert.ok(word(1) > auxv.get(AT.RANDOM)!);
  assert.ok(auxv.get(AT.RANDOM)! < auxv.get(AT.PLATFORM)!);
  assert.equal(s.sp + BigInt(mem.length), top);
});

test('the process starts with SP at argc and the auxv advertising MTE, FP, ASIMD and integer features, no SVE', () => {
  const t = makeProcess({ argv: ['/guest/tiny', 'x'], envp: ['K=V'] });
  const m = t.process.machine;
  const sp = m.getSP();
  assert.equal(sp % 16n, 0n);
  assert.equal(m.getPC(), 0x400000n);
  const words = new DataView(m.readMemory(sp, 8 * 64).data.buffer);
  const w = (i: number) => words.getBigUint64(8 * i, true);
  assert.equal(w(0), 2n);
  assert.equal(readCString((a, n) => m.readMemory(a, n).data, w(2)), 'x');
  assert.equal(readCString((a, n) => m.readMemory(a, n).data, w(4)), 'K=V');
  const auxv = new Map<number, bigint>();
  for (let i = 6; w(i) !== 0n; i += 2) auxv.set(Number(w(i)), w(i + 1));
  const hwcap2 = auxv.get(AT.HWCAP2)!;
  assert.equal(hwcap2 & (1n << 18n), 1n << 18n, 'HWCAP2_MTE');
  const hwcap = auxv.get(AT.HWCAP)!;
  assert.equal(hwcap & 0x3n, 0x3n, 'HWCAP_FP and HWCAP_ASIMD');
  assert.equal(hwcap & (1n << 22n), 0n, 'no HWCAP_SVE');
  assert.equal(hwcap & (1n << 7n), 1n << 7n, 'HWCAP_CRC32');
  assert.equal(hwcap & (1n << 8n), 1n << 8n, 'HWCAP_ATOMICS');
  assert.equal(auxv.get(AT.ENTRY), 0x400000n);
  // The stack region is named and untagged.
  const stack = m.regions().find((r) => r.name === '[stack]');
  assert.ok(stack && stack.start < sp && sp < stack.end && !stack.tagged);
});

test('a position-independent image is loaded at a page-aligned bias; symbols and entry move with it', () => {
  const t = makeProcess({ image: { ...tinyImage(), entry: 0x400000n, positionIndependent: true } });
  const bias = t.process.loadBias;
  assert.ok(bias > 0n && bias % 4096n === 0n);
  assert.equal(t.process.machine.getPC(), 0x400000n + bias);
  assert.equal(t.process.program.symbols[0]!.address, 0x400000n + bias);
  assert.equal(t.process.program.positionIndependent, false);
});

test('the same seed gives the same AT_RANDOM bytes; another seed gives others', () => {
  const bytes = (seed: number) => {
    const t = makeProcess({ seed });
    const m = t.process.machine;
    const s = t.process.initialStack;
    return [...m.readMemory(s.randomAddress, 16).data];
  };
  assert.deepEqual(bytes(3), bytes(3));
  assert.notDeepEqual(bytes(3), bytes(4));
});
