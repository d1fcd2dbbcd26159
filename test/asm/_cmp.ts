import { assemble, writeObject, link, writeExecutable, parseArchitecture } from '../../emulator/asm/index.js';
import { readFileSync, writeFileSync } from 'node:fs';
const f = process.argv[2]!;
const feats = [...(parseArchitecture('armv8-a') as any).features];
const r = assemble(readFileSync(f, 'utf8'), { fileName: f, features: feats });
for (const d of r.diagnostics) console.log(`${d.line}:${d.column} ${d.severity}: ${d.message}`);
writeFileSync(process.argv[3]!, writeObject(r, { debugInfo: true }));
const l = link([r]);
for (const d of l.diagnostics) console.log(`link ${d.line}:${d.column} ${d.severity}: ${d.message}`);
if (l.image) { writeFileSync(process.argv[4]!, writeExecutable(l.image)); }
