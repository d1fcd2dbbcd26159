import { assemble } from '../../emulator/asm/index.js';
const lines: string[] = ['.text'];
for (let i = 0; i < 100000 / 5; i++) {
  lines.push(`l${i}: add x0, x1, #${i % 4096}  // comment`, `  ldr x2, [x3, #8]`, `  sub w4, w5, #1`, `  .word l${i} - .`, `  mov x1, x2`);
}
const src = lines.join('\n');
for (let k = 0; k < 3; k++) {
  const t = performance.now();
  const r = assemble(src, { fileName: 'p.s' });
  console.log(`${(performance.now() - t).toFixed(0)} ms, ${r.diagnostics.length} diags`, r.diagnostics[0]?.message);
}
