// The shape of one `aarch64-mte` subcommand. Commands return an exit status and never throw on user input;
// a thrown UsageError becomes a one-line message and exit status 2.

export interface CommandIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Raw bytes to stdout (guest output). */
  stdoutBytes(bytes: Uint8Array): void;
  stderrBytes(bytes: Uint8Array): void;
}

export interface Command {
  readonly name: string;
  readonly help: string;
  run(args: readonly string[], io: CommandIO): Promise<number> | number;
}

export class UsageError extends Error {}
