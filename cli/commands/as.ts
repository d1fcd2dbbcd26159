// The `aarch64-mte as` subcommand: assembles one GNU as source file into an ELF relocatable object (like
// aarch64-linux-gnu-as) or, with --exe, into a statically linked executable. Diagnostics are printed as
// `file.s:LINE:COLUMN: error: message`, the form editors and compilers use; exit status 1 on any error.
import { readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError, type Command } from '../command.js';
import { tuneV8ForAssembly } from '../v8Tuning.js';
import { checkReadable, readRegularFile } from '../hostIo.js';
import { assemble, link, writeExecutable, writeObject, parseArchitecture, defaultFeatures } from '../../emulator/asm/index.js';
import type { AsmDiagnostic } from '../../emulator/asm/api.js';
import type { Feature } from '../../emulator/isa/api.js';

const help = `Usage: aarch64-mte as [options] file.s -o file.o
       aarch64-mte as --exe [options] file.s [more.s ...] -o program

Assembles AArch64 GNU assembler syntax (the dialect of aarch64-linux-gnu-as).

Options:
  -o FILE          output file (default: a.out)
  -march=ARCH      architecture and extensions, e.g. -march=armv8.5-a+memtag (default: armv8-a)
  -mcpu=CPU        accepted for compatibility; extensions after '+' are applied
  -g               emit DWARF line information (.debug_line) for source-level debugging
  --exe            link statically into an executable (entry _start, text at 0x400000, like GNU ld);
                   several input files are assembled separately and linked together
  -I DIR           also search DIR for .include and #include files (after the including file's directory)
  -h, --help       show this help

Files ending in .S are run through a small C preprocessor (#define, #include, #if) first.
Diagnostics: file.s:LINE:COLUMN: error: message (warnings likewise). Exit status: 0 ok, 1 errors, 2 usage.
`;

function format(d: AsmDiagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}\n`;
}

export const asCommand: Command = {
  name: 'as',
  help,
  run(args, io) {
    tuneV8ForAssembly();
    let output = 'a.out';
    const inputs: string[] = [];
    let features: readonly Feature[] = defaultFeatures;
    let debug = false;
    let exe = false;
    const includeDirs: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '-o') {
        const next = args[++i];
        if (next === undefined) throw new UsageError("option '-o' needs a file name");
        output = next;
      } else if (a.startsWith('-o') && a.length > 2) output = a.slice(2);
      else if (a.startsWith('-march=') || a.startsWith('-mcpu=')) {
        const cpu = a.startsWith('-mcpu=');
        const parsed = parseArchitecture(a.slice(a.indexOf('=') + 1), cpu);
        if ('error' in parsed) throw new UsageError(parsed.error);
        features = [...parsed.features];
      } else if (a === '-g' || a === '--gdwarf-3' || a === '--gdwarf-5' || a === '--gdwarf2' || a === '-gdwarf') debug = true;
      else if (a === '--exe') exe = true;
      else if (a === '-I') {
        const next = args[++i];
        if (next === undefined) throw new UsageError("option '-I' needs a directory");
        includeDirs.push(next);
      } else if (a.startsWith('-I')) includeDirs.push(a.slice(2));
      else if (a === '-EL' || a === '--64') continue;
      else if (a.startsWith('-')) throw new UsageError(`unknown option '${a}'`);
      else inputs.push(a);
    }
    if (inputs.length === 0) throw new UsageError('no input file');
    if (inputs.length > 1 && !exe) throw new UsageError('several input files need --exe (they are linked together)');
    // .include/#include: relative to the including file (the assembler asks that first), then the current
    // directory, then each -I directory, like GNU as.
    const readBinaryFile = (path: string): Uint8Array | undefined => {
      for (const candidate of [path, ...(path.startsWith('/') ? [] : includeDirs.map((d) => join(d, path)))]) {
        const bytes = readRegularFile(candidate);
        if (bytes !== undefined) return bytes;
      }
      return undefined;
    };
    const readFile = (path: string): string | undefined => {
      const bytes = readBinaryFile(path);
      return bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8');
    };
    const results = [];
    let failed = false;
    for (const input of inputs) {
      let source: string;
      const unreadable = checkReadable(input);
      if (unreadable !== undefined) {
        io.stderr(`aarch64-mte as: can't open ${input} for reading: ${unreadable.includes('no such file') ? 'No such file or directory' : unreadable}\n`);
        return 1;
      }
      try {
        source = readFileSync(input, 'utf8');
      } catch {
        io.stderr(`aarch64-mte as: can't open ${input} for reading: No such file or directory\n`);
        return 1;
      }
      const result = assemble(source, { fileName: input, readFile, readBinaryFile, features, preprocess: input.endsWith('.S') });
      for (const d of result.diagnostics) io.stderr(format(d));
      if (result.diagnostics.some((d) => d.severity === 'error')) failed = true;
      results.push(result);
    }
    if (failed) return 1;
    let bytes: Uint8Array;
    if (exe) {
      const linked = link(results);
      const own = new Set(results.flatMap((r) => r.diagnostics));
      for (const d of linked.diagnostics) if (!own.has(d)) io.stderr(format(d));
      if (!linked.image) return 1;
      bytes = writeExecutable(linked.image);
    } else bytes = writeObject(results[0]!, { debugInfo: debug, compDir: process.cwd() });
    try {
      writeFileSync(output, bytes);
      if (exe) chmodSync(output, 0o755);
    } catch (e) {
      io.stderr(`aarch64-mte as: can't write ${output}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
    return 0;
  },
};
