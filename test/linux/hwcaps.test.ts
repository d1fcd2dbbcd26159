// AT_HWCAP/AT_HWCAP2 against the ID registers an EL0 MRS reads and against the extensions the emulator executes.
// Linux derives each hwcap from an ID register field (Documentation/arch/arm64/elf_hwcaps.rst); the process must
// advertise exactly the hwcaps of the fields the guest reads, exactly the list below (each one executable: its
// table feature is in runnableFeatures), and never SVE, RNG, pointer authentication or BTI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linuxConstants } from '../../emulator/linux/index.js';
import { runnableFeatures } from '../../emulator/asm/features.js';
import type { Feature } from '../../emulator/isa/api.js';
import { makeProcess, tinyImage } from './helpers.js';

const { AT, HWCAP, HWCAP2, hwcapsFromIdRegisters } = linuxConstants;

/** Each advertised hwcap and the table feature whose instructions it promises ('base' for always-present ones). */
const ADVERTISED: Readonly<Record<string, Feature>> = {
  FP: 'fp', ASIMD: 'simd', AES: 'aes', PMULL: 'aes', SHA1: 'sha2', SHA2: 'sha2', SHA512: 'sha2', SHA3: 'sha3', SM3: 'sm4', SM4: 'sm4',
  CRC32: 'crc', ATOMICS: 'lse', FPHP: 'fp16', ASIMDHP: 'fp16', CPUID: 'base', ASIMDRDM: 'rdma', JSCVT: 'jscvt',
  FCMA: 'fcma', LRCPC: 'rcpc', DCPOP: 'base', ASIMDDP: 'dotprod', ASIMDFHM: 'fp16fml', DIT: 'base', FLAGM: 'flagm',
  SB: 'sb',
};
const ADVERTISED2: Readonly<Record<string, Feature>> = { DCPODP: 'base', FLAGM2: 'flagm', FRINT: 'frintts', BF16: 'bf16', I8MM: 'i8mm', MTE: 'mte' };

function auxvOf(words: number[]): { auxv: Map<number, bigint>; x: bigint[] } {
  const t = makeProcess({ image: tinyImage(words) });
  const m = t.process.machine;
  const sp = m.getSP();
  const view = new DataView(m.readMemory(sp, 8 * 64).data.buffer);
  const w = (i: number) => view.getBigUint64(8 * i, true);
  const auxv = new Map<number, bigint>();
  let i = 1;
  while (w(i) !== 0n) i++; // argv
  i++;
  while (w(i) !== 0n) i++; // envp
  for (i++; w(i) !== 0n; i += 2) auxv.set(Number(w(i)), w(i + 1));
  for (let k = 0; k < words.length; k++) m.step();
  return { auxv, x: [0, 1, 2, 3].map((r) => m.getX(r)) };
}

test('AT_HWCAP and AT_HWCAP2 are what Linux derives from the ID registers the guest reads with MRS', () => {
  // mrs x0, id_aa64isar0_el1; mrs x1, id_aa64isar1_el1; mrs x2, id_aa64pfr0_el1; mrs x3, id_aa64pfr1_el1
  const { auxv, x } = auxvOf([0xd5380600, 0xd5380621, 0xd5380402, 0xd5380423]);
  const byName = { ID_AA64ISAR0_EL1: x[0]!, ID_AA64ISAR1_EL1: x[1]!, ID_AA64PFR0_EL1: x[2]!, ID_AA64PFR1_EL1: x[3]! };
  const derived = hwcapsFromIdRegisters((name) => byName[name]);
  assert.equal(auxv.get(AT.HWCAP)!.toString(16), derived.hwcap.toString(16));
  assert.equal(auxv.get(AT.HWCAP2)!.toString(16), derived.hwcap2.toString(16));
});

test('the advertised hwcaps are exactly the reviewed list, each backed by an executable extension; never SVE', () => {
  const { auxv } = auxvOf([0xd503201f]);
  const hwcap = auxv.get(AT.HWCAP)!, hwcap2 = auxv.get(AT.HWCAP2)!;
  const names = Object.entries(HWCAP).filter(([, bit]) => (hwcap & BigInt(bit)) !== 0n).map(([n]) => n);
  const names2 = Object.entries(HWCAP2).filter(([, bit]) => (hwcap2 & BigInt(bit)) !== 0n).map(([n]) => n);
  assert.deepEqual(names.sort(), Object.keys(ADVERTISED).sort());
  assert.deepEqual(names2.sort(), Object.keys(ADVERTISED2).sort());
  for (const [name, feature] of [...Object.entries(ADVERTISED), ...Object.entries(ADVERTISED2)]) {
    assert.ok(runnableFeatures.includes(feature), `${name} needs ${feature}, which the emulator does not run`);
  }
  for (const absent of ['SVE', 'PACA', 'PACG', 'USCAT', 'ILRCPC', 'SSBS']) assert.ok(!names.includes(absent), absent);
  for (const absent of ['RNG', 'BTI']) assert.ok(!names2.includes(absent), absent);
});
