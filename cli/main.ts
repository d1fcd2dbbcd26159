// Entry point of the `aarch64-mte` command line: dispatches to run, as and objdump. Any unexpected error is
// reported as one line (with the subcommand) and exit status 70; usage errors give exit status 2.
// A command's module is loaded only when that command runs: the build makes each one its own bundle
// (scripts/build.mjs), so `aarch64-mte as` never parses the emulator and `run` never parses the assembler's
// writer paths it does not use.
import { UsageError, type Command, type CommandIO } from './command.js';
import { writeAllSync } from './syncOutput.js';

interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  /** Loads the command's module (a separate bundle in dist/, the TypeScript module under tsx). */
  load(): Command;
}

const commands: readonly CommandEntry[] = [
  { name: 'run', summary: 'run an AArch64 Linux program (.s or static ELF) in the emulator',
    load: () => (require('./commands/run.js') as typeof import('./commands/run.js')).runCommand },
  { name: 'as', summary: 'assemble a .s file into an ELF object or (--exe) an executable',
    load: () => (require('./commands/as.js') as typeof import('./commands/as.js')).asCommand },
  { name: 'objdump', summary: 'disassemble an AArch64 ELF or raw binary file like GNU objdump',
    load: () => (require('./commands/objdump.js') as typeof import('./commands/objdump.js')).objdumpCommand },
];

const io: CommandIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stdoutBytes: (b) => writeAllSync(1, b),
  stderrBytes: (b) => writeAllSync(2, b),
};

function usage(): string {
  const lines = ['Usage: aarch64-mte <command> [options]', '', 'Commands:'];
  for (const c of commands) lines.push(`  ${c.name.padEnd(9)}${c.summary}`);
  lines.push('', "Run 'aarch64-mte <command> --help' for a command's options.");
  return lines.join('\n') + '\n';
}

/**
 * A reader that stops early (`aarch64-mte objdump -d prog | head`) closes the pipe: like GNU tools ended by
 * SIGPIPE, the command stops quietly instead of reporting the failed write.
 */
function stopQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

export async function main(argv: readonly string[]): Promise<number> {
  stopQuietlyOnClosedPipe(process.stdout);
  stopQuietlyOnClosedPipe(process.stderr);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') { io.stdout('aarch64-mte 0.1.0\n'); return 0; }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`aarch64-mte: unknown command '${name}'\n${usage()}`);
    return 2;
  }
  try {
    const command = entry.load();
    if (rest.includes('--help') || rest.includes('-h')) { io.stdout(command.help); return 0; }
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`aarch64-mte ${name}: ${e.message}\nRun 'aarch64-mte ${name} --help' for usage.\n`);
      return 2;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(`aarch64-mte ${name}: internal error: ${message}\n`);
    return 70;
  }
}

if (typeof require !== "undefined" && require.main === module) {
  main(process.argv.slice(2)).then((status) => { process.exitCode = status; });
}
