// Writes test/machine/cases/random_dp_<n>.s: seeded random sequences of integer data-processing instructions
// (every operand form, flags, conditions, bitfields, multiply/divide, CRC) over random 64-bit register values. Run
// scripts/gen-machine-expectations.mjs afterwards to record qemu's results; the tests compare ours with them.
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let state = 0x2545f491;
function rnd(n) {
  state ^= state << 13; state >>>= 0; state ^= state >>> 17; state ^= state << 5; state >>>= 0;
  return state % n;
}
const pick = (a) => a[rnd(a.length)];
const reg = () => rnd(16);
const X = () => `x${reg()}`;
const W = () => `w${reg()}`;
const R = (sf) => (sf ? X() : W());
const conds = ['eq', 'ne', 'cs', 'cc', 'mi', 'pl', 'vs', 'vc', 'hi', 'ls', 'ge', 'lt', 'gt', 'le', 'al'];
const shifts = ['lsl', 'lsr', 'asr'];
const bitmask64 = ['0xff', '0xffff0000ffff0000', '0x5555555555555555', '0x7ffffffffffffffe', '0x8000000000000001', '0xf0f0f0f0f0f0f0f0', '0x3fc', '0xfffffffffffff000'];
const bitmask32 = ['0xff', '0xffff0000', '0x55555555', '0x7ffffffe', '0x80000001', '0xf0f0f0f0', '0x3fc'];
function hex64() {
  const parts = [];
  for (let i = 0; i < 4; i++) parts.push(rnd(0x10000).toString(16).padStart(4, '0'));
  const special = ['0x8000000000000000', '0x7fffffffffffffff', '0xffffffffffffffff', '0x0', '0x1', '0xffffffff', '0x80000000', '0x7fffffff'];
  return rnd(4) === 0 ? pick(special) : '0x' + parts.join('');
}

const templates = [
  () => { const sf = rnd(2); const op = pick(['add', 'sub', 'adds', 'subs']); return `${op} ${R(sf)}, ${R(sf)}, #${rnd(4096)}${rnd(3) === 0 ? ', lsl #12' : ''}`; },
  () => { const sf = rnd(2); const op = pick(['add', 'sub', 'adds', 'subs']); return `${op} ${R(sf)}, ${R(sf)}, ${R(sf)}, ${pick(shifts)} #${rnd(sf ? 64 : 32)}`; },
  () => { const op = pick(['add', 'sub', 'adds', 'subs']); const ext = pick(['uxtb', 'uxth', 'uxtw', 'sxtb', 'sxth', 'sxtw']); return `${op} ${X()}, ${X()}, ${W()}, ${ext} #${rnd(5)}`; },
  () => { const sf = rnd(2); return `${pick(['adc', 'adcs', 'sbc', 'sbcs'])} ${R(sf)}, ${R(sf)}, ${R(sf)}`; },
  () => { const sf = rnd(2); return `${pick(['and', 'orr', 'eor', 'ands', 'bic', 'orn', 'eon', 'bics'])} ${R(sf)}, ${R(sf)}, ${R(sf)}, ${pick([...shifts, 'ror'])} #${rnd(sf ? 64 : 32)}`; },
  () => { const sf = rnd(2); return `${pick(['and', 'orr', 'eor', 'ands'])} ${R(sf)}, ${R(sf)}, #${pick(sf ? bitmask64 : bitmask32)}`; },
  () => { const sf = rnd(2); return `${pick(['movz', 'movk', 'movn'])} ${R(sf)}, #${rnd(65536)}, lsl #${16 * rnd(sf ? 4 : 2)}`; },
  () => { const sf = rnd(2); const size = sf ? 64 : 32; const lsb = rnd(size); const width = 1 + rnd(size - lsb); return `${pick(['ubfx', 'sbfx', 'bfi', 'bfxil', 'ubfiz', 'sbfiz'])} ${R(sf)}, ${R(sf)}, #${lsb}, #${width}`; },
  () => { const sf = rnd(2); return `${pick(['lsl', 'lsr', 'asr', 'ror'])} ${R(sf)}, ${R(sf)}, #${rnd(sf ? 64 : 32)}`; },
  () => { const sf = rnd(2); return `extr ${R(sf)}, ${R(sf)}, ${R(sf)}, #${rnd(sf ? 64 : 32)}`; },
  () => { const sf = rnd(2); return `${pick(['ccmp', 'ccmn'])} ${R(sf)}, ${rnd(2) ? R(sf) : '#' + rnd(32)}, #${rnd(16)}, ${pick(conds)}`; },
  () => { const sf = rnd(2); return `${pick(['csel', 'csinc', 'csinv', 'csneg'])} ${R(sf)}, ${R(sf)}, ${R(sf)}, ${pick(conds)}`; },
  () => { const sf = rnd(2); return `${pick(['cset', 'csetm'])} ${R(sf)}, ${pick(conds.slice(0, 14))}`; },
  () => { const sf = rnd(2); return `${pick(['madd', 'msub'])} ${R(sf)}, ${R(sf)}, ${R(sf)}, ${R(sf)}`; },
  () => `${pick(['smaddl', 'smsubl', 'umaddl', 'umsubl'])} ${X()}, ${W()}, ${W()}, ${X()}`,
  () => `${pick(['smulh', 'umulh'])} ${X()}, ${X()}, ${X()}`,
  () => { const sf = rnd(2); return `${pick(['udiv', 'sdiv', 'lslv', 'lsrv', 'asrv', 'rorv'])} ${R(sf)}, ${R(sf)}, ${R(sf)}`; },
  () => { const sf = rnd(2); return `${pick(sf ? ['clz', 'cls', 'rbit', 'rev', 'rev16', 'rev32'] : ['clz', 'cls', 'rbit', 'rev', 'rev16'])} ${R(sf)}, ${R(sf)}`; },
  () => { const k = pick(['b', 'h', 'w', 'x']); return `${pick(['crc32', 'crc32c'])}${k} ${W()}, ${W()}, ${k === 'x' ? X() : W()}`; },
  () => `mrs ${X()}, nzcv`,
  () => { const sf = rnd(2); return `${pick(['cmp', 'cmn', 'tst'])} ${R(sf)}, ${R(sf)}`; },
  () => { const sf = rnd(2); return `${pick(['neg', 'negs', 'ngc', 'ngcs', 'mvn'])} ${R(sf)}, ${R(sf)}`; },
];

const CASES = 24;
const LENGTH = 80;
for (let n = 0; n < CASES; n++) {
  const lines = [
    `// Random integer data-processing sequence ${n} (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).`,
    '// mode: none',
  ];
  for (let r = 0; r < 16; r++) lines.push(`        ldr     x${r}, =${hex64()}`);
  lines.push(`        msr     nzcv, x${reg()}`);
  for (let i = 0; i < LENGTH; i++) lines.push(`        ${pick(templates)()}`);
  lines.push('        b       1f', '        .ltorg', '1:');
  writeFileSync(join(root, `test/machine/cases/random_dp_${String(n).padStart(2, '0')}.s`), lines.join('\n') + '\n');
}

// Loads and stores: base x20 = x28 + 128 (the tagged region, mode none, so the dump shows every store), index
// registers x16/x17, data registers x0-x15.
const B = 'x20';
/** Two different registers (a load pair into the same register is CONSTRAINED UNPREDICTABLE). */
function pair() {
  const a = reg();
  let b = reg();
  while (b === a) b = reg();
  return [a, b];
}
const reset = `add ${B}, x28, #128`;
const lsTemplates = [
  () => { const k = pick([['ldrb', 'w', 1], ['ldrh', 'w', 2], ['ldr', 'w', 4], ['ldr', 'x', 8], ['ldrsb', pick(['w', 'x']), 1], ['ldrsh', pick(['w', 'x']), 2], ['ldrsw', 'x', 4]]); return `${k[0]} ${k[1]}${reg()}, [${B}, #${k[2] * rnd(15)}]`; },
  () => { const k = pick([['strb', 'w', 1], ['strh', 'w', 2], ['str', 'w', 4], ['str', 'x', 8]]); return `${k[0]} ${k[1]}${reg()}, [${B}, #${k[2] * rnd(15)}]`; },
  () => `${pick(['ldur', 'stur'])} ${pick(['w', 'x'])}${reg()}, [${B}, #${rnd(256) - 128}]`,
  () => `${pick(['ldurb', 'sturb', 'ldursb', 'ldurh', 'sturh', 'ldursh'])} w${reg()}, [${B}, #${rnd(256) - 128}]`,
  () => `${reset}\n        ${pick(['ldr', 'str'])} ${pick(['w', 'x'])}${reg()}, [${B}, #${rnd(64) - 32}]!\n        mov x19, ${B}`,
  () => `${reset}\n        ${pick(['ldr', 'str', 'ldrb', 'strb', 'ldrsh'])} ${pick(['w'])}${reg()}, [${B}], #${rnd(64) - 32}\n        mov x18, ${B}`,
  () => `mov x16, #${rnd(15)}\n        ${pick(['ldr', 'str'])} x${reg()}, [${B}, x16, lsl #3]`,
  () => `mov x17, #${rnd(64) - 32}\n        ${pick(['ldrb', 'ldrsb', 'strb', 'ldrh', 'strh'])} w${reg()}, [${B}, w17, sxtw]`,
  () => { const w = pick(['w', 'x']); const [a, b] = pair(); return `${pick(['ldp', 'stp', 'ldnp', 'stnp'])} ${w}${a}, ${w}${b}, [${B}, #${(w === 'x' ? 8 : 4) * (rnd(16) - 8)}]`; },
  () => { const [a, b] = pair(); return `ldpsw x${a}, x${b}, [${B}, #${4 * (rnd(16) - 8)}]`; },
  () => { const [a, b] = pair(); return `${reset}\n        ${pick(['ldp', 'stp'])} x${a}, x${b}, [${B}, #${8 * (rnd(8) - 4)}]!\n        mov x19, ${B}`; },
  () => { const [a, b] = pair(); return `${reset}\n        ${pick(['ldp', 'stp'])} x${a}, x${b}, [${B}], #${8 * (rnd(8) - 4)}\n        mov x19, ${B}`; },
  () => { const t = reg(); return `ldxr x${t}, [${B}]\n        stxr w16, x${reg()}, [${B}]\n        mov x17, x16`; },
  () => { const sz = pick(['b', 'h', '', '']); const w = sz === '' ? pick(['w', 'x']) : 'w'; return `${pick(['ldadd', 'ldclr', 'ldeor', 'ldset', 'ldsmax', 'ldsmin', 'ldumax', 'ldumin', 'swp'])}${pick(['', 'a', 'l', 'al'])}${sz} ${w}${reg()}, ${w}${reg()}, [${B}]`; },
  () => { const w = pick(['w', 'x']); return `${pick(['cas', 'casa', 'casal'])} ${w}${reg()}, ${w}${reg()}, [${B}]`; },
  // Aligned base: qemu-user 7.2 does not fault unaligned LDAPR (our model has no FEAT_LSE2, so the Arm ARM says
  // alignment fault, which test/machine/tagChecks.test.ts and the fault_alignment case cover).
  () => `${reset}\n        ${pick(['ldar', 'ldapr', 'stlr'])} ${pick(['w', 'x'])}${reg()}, [${B}]`,
];
const LS_CASES = 12;
for (let n = 0; n < LS_CASES; n++) {
  const lines = [
    `// Random load/store sequence ${n} (scripts/gen-machine-random-cases.mjs, seeded; regenerate both).`,
    '// mode: none',
  ];
  for (let r = 0; r < 16; r++) lines.push(`        ldr     x${r}, =${hex64()}`);
  lines.push(`        ${reset}`);
  for (let r = 0; r < 32; r++) lines.push(`        str     x${r % 16}, [${B}, #${8 * (r - 16)}]`);
  for (let i = 0; i < LENGTH; i++) lines.push(`        ${pick(lsTemplates)()}`);
  lines.push('        b       1f', '        .ltorg', '1:');
  writeFileSync(join(root, `test/machine/cases/random_ls_${String(n).padStart(2, '0')}.s`), lines.join('\n') + '\n');
}
console.log(`wrote ${CASES} random data-processing and ${LS_CASES} load/store cases`);
