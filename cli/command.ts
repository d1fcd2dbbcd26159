// The shape of one `aarch64-mte` subcommand. Commands return an exit status and never throw on user input;
// a thrown UsageError becomes a one-line message and exit status 2.

export interface CommandIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Raw bytes to stdout (guest output). Returns `false` when the stream is closed (EPIPE); other results mean written. */
  stdoutBytes(bytes: Uint8Array): unknown;
  stderrBytes(bytes: Uint8Array): unknown;
}

export interface Command {
  readonly name: string;
  readonly help: string;
  run(args: readonly string[], io: CommandIO): Promise<number> | number;
}

export class UsageError extends Error {}
