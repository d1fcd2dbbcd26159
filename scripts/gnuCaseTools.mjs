// Shared by the case generators (gen-isa-cases.mjs, gen-sve-cases.mjs): runs GNU as/objcopy/objdump in a scratch
// folder on a list of one-instruction lines and reports, per line, GNU as's error or the encoded bytes and
// objdump's text for them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const AS = 'aarch64-linux-gnu-as';
export const OBJDUMP = 'aarch64-linux-gnu-objdump';
export const OBJCOPY = 'aarch64-linux-gnu-objcopy';

/** A scratch folder (removed at exit) and the tools run in it; exits with a message when a tool is missing. */
export function createGnuCaseTools(prefix) {
  const script = prefix.replace(/-$/, '');
  for (const tool of [AS, OBJDUMP, OBJCOPY]) {
    const r = spawnSync(tool, ['--version']);
    if (r.error || r.status !== 0) {
      console.error(`${script}: required tool '${tool}' is missing (install binutils-aarch64-linux-gnu)`);
      process.exit(1);
    }
  }
  const work = mkdtempSync(join(tmpdir(), prefix));
  process.on('exit', () => rmSync(work, { recursive: true, force: true }));

  function run(cmd, args) {
    const r = spawnSync(cmd, args, { cwd: work, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
    return r;
  }

  /** objdump -D -b binary's text of each word (blanks collapsed), by index. */
  function objdumpTexts(words) {
    const buf = Buffer.alloc(words.length * 4);
    words.forEach((w, i) => buf.writeUInt32LE(w >>> 0, i * 4));
    writeFileSync(join(work, 'w.bin'), buf);
    const r = run(OBJDUMP, ['-D', '-z', '-b', 'binary', '-m', 'aarch64', 'w.bin']);
    const texts = new Array(words.length);
    for (const line of r.stdout.split('\n')) {
      const m = /^ *([0-9a-f]+):\t[0-9a-f]{8} \t(.*)$/.exec(line);
      if (m) texts[parseInt(m[1], 16) / 4] = m[2].replace(/\s+/g, ' ').trim();
    }
    return texts;
  }

  /**
   * Assembles `lines` (one instruction each) with `march`: GNU as's error for the lines it rejects (in `results`),
   * then the accepted lines again on their own (`good`, object good.o in the scratch folder) with their .text
   * bytes (4 per line).
   */
  function assembleLines(lines, march) {
    const results = new Array(lines.length);
    // First pass: find the lines GNU as rejects.
    writeFileSync(join(work, 'all.s'), lines.join('\n') + '\n');
    const first = run(AS, [march, '--no-warn', 'all.s', '-o', 'all.o']);
    for (const line of first.stderr.split('\n')) {
      const m = /^all\.s:(\d+): Error: (.*)$/.exec(line);
      if (m && results[Number(m[1]) - 1] === undefined) results[Number(m[1]) - 1] = { error: m[2] };
    }
    const good = lines.map((l, i) => ({ l, i })).filter((x) => results[x.i] === undefined);
    writeFileSync(join(work, 'good.s'), good.map((x) => x.l).join('\n') + '\n');
    const second = run(AS, [march, '--no-warn', 'good.s', '-o', 'good.o']);
    if (second.status !== 0) throw new Error(`GNU as failed on accepted lines:\n${second.stderr}`);
    run(OBJCOPY, ['-O', 'binary', '--only-section=.text', 'good.o', 'good.bin']);
    const bytes = readFileSync(join(work, 'good.bin'));
    if (bytes.length !== good.length * 4) throw new Error(`expected ${good.length * 4} bytes of .text, got ${bytes.length}`);
    return { results, good, bytes };
  }

  return { work, run, objdumpTexts, assembleLines };
}
