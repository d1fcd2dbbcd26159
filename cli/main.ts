// Entry point of the `aarch64-mte` command line: dispatches to run, as and objdump. Any unexpected error is
// reported as one line (with the subcommand) and exit status 70; usage errors give exit status 2.
import { UsageError, type Command, type CommandIO } from './command.js';
import { runCommand } from './commands/run.js';
import { asCommand } from './commands/as.js';
import { objdumpCommand } from './commands/objdump.js';

const commands: readonly Command[] = [runCommand, asCommand, objdumpCommand];

const io: CommandIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stdoutBytes: (b) => process.stdout.write(b),
  stderrBytes: (b) => process.stderr.write(b),
};

function usage(): string {
  const lines = ['Usage: aarch64-mte <command> [options]', '', 'Commands:'];
  for (const c of commands) lines.push(`  ${c.name.padEnd(9)}${c.summary}`);
  lines.push('', "Run 'aarch64-mte <command> --help' for a command's options.");
  return lines.join('\n') + '\n';
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') { io.stdout('aarch64-mte 0.1.0\n'); return 0; }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`aarch64-mte: unknown command '${name}'\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) { io.stdout(command.help); return 0; }
  try {
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
