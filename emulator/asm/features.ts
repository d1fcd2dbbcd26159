// Architecture names and extensions (-march, .arch, .arch_extension, .cpu) to the ISA layer's feature set,
// following GNU as's names (memtag, crc, lse, ...).
import type { Feature } from '../isa/api.js';

const extensionNames: Readonly<Record<string, readonly Feature[]>> = {
  memtag: ['mte'], mte: ['mte'], crc: ['crc'], lse: ['lse'], rcpc: ['rcpc'], rcpc2: ['rcpc2'], pauth: ['pauth'],
  bti: ['bti'], flagm: ['flagm'], rng: ['rng'], sb: ['sb'], ssbs: ['ssbs'], predres: ['predres'], fp: ['fp'],
  simd: ['fp', 'simd'], fp16: ['fp', 'fp16'], fp16fml: ['fp', 'fp16', 'fp16fml'], dotprod: ['simd', 'dotprod'], rdma: ['simd', 'rdma'], rdm: ['simd', 'rdma'], aes: ['simd', 'aes'],
  sha2: ['simd', 'sha2'], sha3: ['simd', 'sha2', 'sha3'], sm4: ['simd', 'sm4'], crypto: ['simd', 'aes', 'sha2'], jscvt: ['jscvt'],
  fcma: ['fcma'], frintts: ['frintts'], i8mm: ['i8mm'], bf16: ['bf16'], lse2: ['lse2'], ls64: ['ls64'],
  cssc: ['cssc'], sve: ['fp', 'simd', 'sve'],
};

const v80: readonly Feature[] = ['base', 'fp', 'simd'];
const v81: readonly Feature[] = [...v80, 'crc', 'lse', 'rdma'];
const v82: readonly Feature[] = [...v81, 'v8.2'];
const v83: readonly Feature[] = [...v82, 'pauth', 'rcpc', 'jscvt', 'fcma'];
const v84: readonly Feature[] = [...v83, 'flagm', 'lse2', 'rcpc2', 'dotprod'];
const v85: readonly Feature[] = [...v84, 'sb', 'ssbs', 'predres', 'bti', 'frintts', 'v8.5'];
const v86: readonly Feature[] = [...v85, 'i8mm', 'bf16'];
const v87: readonly Feature[] = [...v86, 'ls64'];

const architectures: Readonly<Record<string, readonly Feature[]>> = {
  'armv8-a': v80, 'armv8.1-a': v81, 'armv8.2-a': v82, 'armv8.3-a': v83, 'armv8.4-a': v84, 'armv8.5-a': v85,
  'armv8.6-a': v86, 'armv8.7-a': v87, 'armv8.8-a': v87, 'armv9-a': [...v85, 'sve'], 'armv9.1-a': [...v86, 'sve'],
  'armv9.2-a': [...v87, 'sve'], 'armv9.3-a': [...v87, 'sve'], 'armv8-r': v80,
};

/** GNU as's default architecture (armv8-a: base, FP and Advanced SIMD). */
export const defaultFeatures: readonly Feature[] = v80;

/**
 * Every extension the emulator executes: what `aarch64-mte run` and the debugger enable when they assemble a
 * program themselves (GNU as would need -march for them). Extensions whose instructions the machine treats as
 * undefined (SVE, SME, MOPS, LS64) are left out, so such a program gets the assembler's diagnostic
 * instead of a SIGILL at run time.
 */
export const runnableFeatures: readonly Feature[] = [
  'base', 'fp', 'simd', 'crc', 'lse', 'rcpc', 'pauth', 'bti', 'mte', 'flagm', 'rng', 'sb', 'ssbs',
  'fp16', 'fp16fml', 'dotprod', 'jscvt', 'fcma', 'frintts', 'bf16', 'cssc', 'rdma', 'aes', 'sha2', 'sha3', 'sm4', 'i8mm',
  'v8.2', 'v8.5',
];

export function applyExtension(set: Set<Feature>, name: string): string | undefined {
  const lower = name.toLowerCase();
  const negate = lower.startsWith('no');
  const key = negate ? lower.slice(2) : lower;
  const features = extensionNames[key];
  if (!features) return `unknown architectural extension \`${key}'`;
  if (negate) {
    if (key === 'simd') set.delete('simd');
    else if (key === 'fp') { set.delete('fp'); set.delete('simd'); }
    else for (const f of features) if (f !== 'fp' && f !== 'simd') set.delete(f);
  } else {
    for (const f of features) set.add(f);
    // From Armv8.4-A on, FP16 includes the FP16 multiply-add long instructions (GNU as: armv8.4-a+fp16 and
    // `.arch armv8.4-a` then `.arch_extension fp16` take FMLAL; armv8.2-a+fp16 does not).
    if (key === 'fp16' && v84.every((f) => set.has(f))) set.add('fp16fml');
  }
  return undefined;
}

/** Parses `armv8.5-a+memtag+nocrc` (or a CPU name with extensions when `cpu` is set). */
export function parseArchitecture(text: string, cpu = false): { features: Set<Feature> } | { error: string } {
  const parts = text.trim().toLowerCase().split('+');
  const head = parts[0] ?? '';
  const base = cpu ? (head === '' ? undefined : v82) : architectures[head];
  if (!base) return { error: cpu ? `unknown cpu \`${text}'` : `unknown architecture \`${text}'` };
  const set = new Set<Feature>(base);
  let removing = false;
  for (const ext of parts.slice(1)) {
    // GNU as: `+nofp+sha2` is refused (additions come first, then removals).
    if (ext.startsWith('no')) removing = true;
    else if (removing) return { error: 'must specify extensions to add before specifying those to remove' };
    const err = applyExtension(set, ext);
    if (err) return { error: err };
  }
  return { features: set };
}
