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
console.log(`wrote ${CASES} random cases`);
