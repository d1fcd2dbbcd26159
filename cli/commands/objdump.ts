// The `aarch64-mte objdump` subcommand: GNU objdump-compatible disassembly listings of AArch64 ELF files
// (`-d`, `-D`) and of raw binary files (`-D -b binary -m aarch64`). The listing itself is emulator/disasm/objdump.ts.
import { readFileSync, statSync } from 'node:fs';
import { UsageError, type Command } from '../command.js';
import { objdumpListing } from '../../emulator/disasm/objdump.js';

const help = `Usage: aarch64-mte objdump <option(s)> <file(s)>
Display the disassembly of AArch64 object files, like GNU objdump.

Options:
  -d, --disassemble          Display assembler contents of executable sections
  -D, --disassemble-all      Display assembler contents of all sections
  -b, --target=BFDNAME       Input format: 'binary' for raw instruction bytes (ELF is detected otherwise)
  -m, --architecture=MACHINE Architecture of raw input: only 'aarch64'
  -z, --disassemble-zeroes   Do not skip blocks of zeroes when disassembling
  -h, --help                 Display this information

Examples:
  aarch64-mte objdump -d prog
  aarch64-mte objdump -D -b binary -m aarch64 code.bin
`;

interface ParsedArgs {
  disassemble: boolean;
  disassembleAll: boolean;
  binary: boolean;
  zeroes: boolean;
  files: string[];
}

function parseArgs(args: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = { disassemble: false, disassembleAll: false, binary: false, zeroes: false, files: [] };
  const setTarget = (value: string | undefined) => {
    if (value === undefined) throw new UsageError("option '-b' needs a value (binary)");
    if (value === 'binary') parsed.binary = true;
    else if (value === 'elf64-littleaarch64') parsed.binary = false;
    else throw new UsageError(`unsupported input format '${value}' (use 'binary' or 'elf64-littleaarch64')`);
  };
  const setMachine = (value: string | undefined) => {
    if (value === undefined) throw new UsageError("option '-m' needs a value (aarch64)");
    if (value !== 'aarch64') throw new UsageError(`unsupported architecture '${value}' (only 'aarch64')`);
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-d' || a === '--disassemble') parsed.disassemble = true;
    else if (a === '-D' || a === '--disassemble-all') parsed.disassembleAll = true;
    else if (a === '-z' || a === '--disassemble-zeroes') parsed.zeroes = true;
    else if (a === '-b') setTarget(args[++i]);
    else if (a.startsWith('--target=')) setTarget(a.slice('--target='.length));
    else if (a.startsWith('-b') && a.length > 2) setTarget(a.slice(2));
    else if (a === '-m') setMachine(args[++i]);
    else if (a.startsWith('--architecture=')) setMachine(a.slice('--architecture='.length));
    else if (a.startsWith('-m') && a.length > 2) setMachine(a.slice(2));
    else if (/^-[dDz]{2,}$/.test(a)) {
      for (const c of a.slice(1)) {
        if (c === 'd') parsed.disassemble = true;
        else if (c === 'D') parsed.disassembleAll = true;
        else parsed.zeroes = true;
      }
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option '${a}'`);
    else parsed.files.push(a);
  }
  if (!parsed.disassemble && !parsed.disassembleAll) throw new UsageError('give -d or -D');
  if (parsed.files.length === 0) throw new UsageError('no input file');
  return parsed;
}

export const objdumpCommand: Command = {
  name: 'objdump',
  help,
  run(args, io) {
    const parsed = parseArgs(args);
    let status = 0;
    for (const file of parsed.files) {
      let bytes: Uint8Array;
      try {
        const st = statSync(file);
        if (st.isDirectory()) {
          io.stderr(`aarch64-mte objdump: '${file}': is a directory\n`);
          status = 1;
          continue;
        }
        if (!st.isFile()) {
          // GNU objdump: "Warning: 'FILE' is not an ordinary file" (a FIFO would block, /dev/zero never end).
          io.stderr(`aarch64-mte objdump: '${file}': is not an ordinary file\n`);
          status = 1;
          continue;
        }
        bytes = new Uint8Array(readFileSync(file));
      } catch (e) {
        const code = (e as { code?: string }).code;
        io.stderr(`aarch64-mte objdump: '${file}': ${code === 'ENOENT' ? 'No such file' : (e as Error).message}\n`);
        status = 1;
        continue;
      }
      const result = objdumpListing(bytes, {
        fileName: file,
        disassembleAll: parsed.disassembleAll,
        binary: parsed.binary,
        disassembleZeroes: parsed.zeroes,
      });
      if (!result.ok) {
        io.stderr(`aarch64-mte objdump: ${result.message}\n`);
        status = 1;
        continue;
      }
      io.stdout(result.text);
    }
    return status;
  },
};
